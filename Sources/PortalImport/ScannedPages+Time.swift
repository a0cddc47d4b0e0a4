import Foundation
import PortalModel

/// The time Tesseract takes to read a scan, and what the import says when it takes too long.
extension ScannedPages {
    /// Tesseract's threads (OpenMP) spin waiting for each other where the processor is shared: on this project's shared
    /// machine a grey scan's page cost 8.3 s of the processor with them and 2.7 s in one thread (tesseract-ocr/tesseract
    /// #3109, #1035). One thread, unless the operator set `OMP_THREAD_LIMIT` themselves.
    static var tesseractEnvironment: [String: String] {
        ProcessInfo.processInfo.environment["OMP_THREAD_LIMIT"] == nil ? ["OMP_THREAD_LIMIT": "1"] : [:]
    }

    /// The refusal of a scan Tesseract did not finish reading: `timeout` seconds of the processor's time allowed for its
    /// `pictures` (pages or cells), `processorSeconds` had. Having had less than half its allowance, it was kept from the
    /// processor by the machine's other work for `ExternalTool.busiestMachine` times the allowance on the clock: the scan
    /// is not at fault, and importing it again when the machine is quieter reads it.
    static func unfinished(pictures: Int, timeout: TimeInterval, processorSeconds used: Double?, path: String) -> ImportFailure {
        let whole = SourceLocation(path: path)
        let what = "\(pictures) picture\(pictures == 1 ? "" : "s") of the scan"
        if let used, used < timeout / 2 {
            return .error(.importUnreadable, at: whole,
                "Tesseract did not finish reading the \(what) in \(Int(timeout * ExternalTool.busiestMachine)) s, having had \(Int(used.rounded())) s of the processor's time of the \(Int(timeout)) s allowed: the machine is busy with other work, the scan is not at fault",
                hint: "import it again when the machine is less busy")
        }
        return .error(.importUnreadable, at: whole,
            "Tesseract did not finish reading the \(what) in \(Int(timeout)) s\(used == nil ? "" : " of the processor's time") (\(Int(secondsPerPage)) s a page)",
            hint: "import the pages in smaller PDFs, or type the report by hand")
    }

    /// A page's picture with next to no ink (`leastPrint` pixels darker than half-grey, a third of one character's), read
    /// as what it is, a page of no words, its size in pixels; nil for a page that prints anything. A page all table leaves
    /// such a rest when its cells are cut out (`splitIntoCells`), and in grey with grain Tesseract spent over a minute of
    /// the processor on one without reading a word (set G, 厦门市司法局's page 3: 17 dark pixels; in black and white 0.5 s).
    static func blankPage(_ picture: PagePicture) -> PageRead? {
        var dark = 0
        for pixel in picture.pixels where pixel < PageCells.inkBelow {
            dark += 1
            if dark >= leastPrint { return nil }
        }
        return PageRead(size: [0, 0, Double(picture.width), Double(picture.height)], lines: [])
    }

    /// Fewer dark pixels than this on a page: no print (a printed character at 300 dpi has some 300, a page's number too).
    static let leastPrint = 100
}
