import Foundation
import PortalModel

/// A PDF → lines, through poppler's `pdftotext -layout`, which keeps a
/// table row on one line (its cells separated by spaces) and marks pages
/// with form feeds.
enum PDFExtractor {
    /// pdftotext reads a report of 30 pages in well under a second; a damaged PDF can loop.
    static let timeout: TimeInterval = 60

    static func lines(of file: URL, path: String) -> Result<[SourceLine], ImportFailure> {
        guard let tool = ExternalTool.executable("pdftotext") else {
            return .failure(.error(.importToolMissing, at: SourceLocation(path: path),
                                   "cannot read a PDF: pdftotext is not installed",
                                   hint: "install poppler-utils (scripts/setup does), or import the Word or web version"))
        }
        let data: Data
        switch ExternalTool.run(tool, ["-layout", "-enc", "UTF-8", "-q", file.path, "-"], timeout: timeout) {
        case .notStarted(let reason):
            return .failure(.error(.importUnreadable, at: SourceLocation(path: path), "pdftotext could not be started: \(reason)"))
        case .timedOut:
            return .failure(.error(.importUnreadable, at: SourceLocation(path: path), "pdftotext did not finish reading the PDF in \(Int(timeout)) s; the file may be damaged",
                                   hint: "download it again, or import the Word or web version of the report"))
        case .finished(let status, _) where status != 0:
            return .failure(.error(.importUnreadable, at: SourceLocation(path: path),
                                   "the PDF cannot be read (pdftotext failed with status \(status)); the file may be damaged",
                                   hint: "download it again, or import the Word or web version of the report"))
        case .finished(_, let output):
            data = output
        }
        // Where each word sits on the page, from a second reading (`-bbox-layout`); without it, the text as it is.
        let boxes: PDFWordBoxes? = if case .finished(0, let xhtml) = ExternalTool.run(tool, ["-bbox-layout", "-enc", "UTF-8", "-q", file.path, "-"], timeout: timeout) {
            PDFWordBoxes(xhtml: xhtml)
        } else {
            nil
        }
        let text = String(decoding: data, as: UTF8.self)
        if let place = boxes?.placeNoPageReaches { return .failure(noPageReaches(place, path: path, named: nil)) }
        if let cut = boxes?.figuresPastTheEdge, !cut.isEmpty { return .failure(FigurePastTheEdge.refusal(cut, text: text, path: path)) }
        return reading(boxes?.withoutDiagonalText(text) ?? text, boxes: boxes, path: path).map { pictured($0, file: file) }
    }

    /// A PDF's text saved as poppler's word boxes (`pdftotext -bbox-layout` or `-bbox`), read as
    /// the PDF is: its `-layout` text made from the boxes, and the boxes placing its figures.
    static func lines(ofWordBoxes data: Data, path: String) -> Result<[SourceLine], ImportFailure> {
        let boxes = PDFWordBoxes(xhtml: data)
        if let place = boxes.placeNoPageReaches { return .failure(noPageReaches(place, path: path, named: "these PDF word boxes (pdftotext -bbox)")) }
        if !boxes.figuresPastTheEdge.isEmpty {
            let layout = boxes.layoutText
            return .failure(FigurePastTheEdge.refusal(boxes.figuresPastTheEdge, text: layout.text, fileLines: layout.fileLines, path: path))
        }
        if let page = boxes.undirected.min() {
            return .failure(.error(.importUnreadable, at: SourceLocation(path: path),
                                   "page \(page) of these PDF word boxes (pdftotext -bbox) has lines running in different directions: its reading order cannot be told from the boxes",
                                   hint: "import the PDF itself, whose text pdftotext lays out"))
        }
        return boxes.joiningSplitRowCells(path: path).flatMap { boxes in
            let layout = boxes.layoutText
            return reading(layout.text, fileLines: layout.fileLines, boxes: boxes, path: path, named: "these PDF word boxes (pdftotext -bbox)")
        }
    }

    /// A PDF whose pages are pictures (or whose text is garbled) read by OCR (`--ocr`, `ScannedPages`):
    /// the words Tesseract read, with their boxes, read as a PDF's word boxes are.
    /// `settings`: the pages turned upright or levelled before they were read.
    static func lines(ofScanned file: URL, path: String) -> Result<(lines: [SourceLine], settings: [UprightPages.Setting]), ImportFailure> {
        ScannedPages.pages(of: file, path: path).flatMap { pages, settings in lines(ofScannedPages: pages, path: path).map { ($0, settings) } }
    }

    /// The words OCR read on a scan's pages, read as a PDF's word boxes are.
    static func lines(ofScannedPages pages: [ScannedPages.Page], path: String) -> Result<[SourceLine], ImportFailure> {
        // A row's dashes or 无 set a little lower than its figures, where its label starts higher, are the row's as in word boxes read alone.
        PDFWordBoxes(scanned: pages).joiningSplitRowCells(path: path).flatMap { boxes in
            PDFTextLayer.lines(of: boxes.layoutText.text, boxes: boxes).mapError { problem in
                switch problem {
                case .noText(let letters):
                    return .error(.importScannedPdf, at: SourceLocation(path: path),
                                  "OCR read \(letters == 0 ? "no text" : "only \(letters) characters") on the \(pages.count) scanned pages: they are blank, photographs, or too faint or small to read",
                                  hint: "scan the printed report again at 300 dpi or more, or type it by hand")
                case .garbled:
                    return .error(.importGarbledPdf, at: SourceLocation(path: path),
                                  "what OCR read on the \(pages.count) scanned pages is not a report's text (\(problem.garbledWhat)): the scan is too poor, or not of Chinese print",
                                  hint: "scan the printed report again at 300 dpi or more, or type it by hand")
                }
            }
        }
    }

    /// A word or page whose place no page reaches (a coordinate that is no number, or beyond the largest page a PDF can
    /// have): the file is damaged or was edited, and no layout can be read from it. `named`: what the file is, when not the PDF.
    private static func noPageReaches(_ place: (page: Int, line: Int, what: String), path: String, named: String?) -> ImportFailure {
        .error(.importUnreadable, at: SourceLocation(path: path, line: named == nil ? 0 : place.line),
               "\(named ?? "the PDF") place\(named == nil ? "s" : "") \(place.what) on page \(place.page), where no page reaches (a PDF's page is at most 14,400 units a side): the file is damaged or was edited, and its layout cannot be read",
               hint: named == nil ? "download it again, print it to PDF again from the original, or import the Word or web version" : "make the word boxes again from the PDF (pdftotext -bbox-layout), or import the PDF itself")
    }

    /// The lines of a PDF's layout text, placed by its word boxes; refused when the text is missing or garbled.
    /// `named`: what the file is, said in a refusal when it is not the PDF itself.
    /// pdftotext's own text (not made from the boxes) has a table's page that does not line up with the boxes
    /// read from them where that places it (`PDFPagesFromBoxes`).
    static func reading(_ text: String, fileLines: [Int]? = nil, boxes: PDFWordBoxes?, path: String, named: String? = nil) -> Result<[SourceLine], ImportFailure> {
        let read = readingAsLaidOut(text, fileLines: fileLines, boxes: boxes, path: path, named: named)
        guard let boxes, !boxes.joinsSplitRowCells, fileLines == nil else { return read }
        return tablePagesFromBoxes(read, text: text, boxes: boxes) { readingAsLaidOut($0, fileLines: $2, boxes: $1, path: path, named: named) }
    }

    private static func readingAsLaidOut(_ text: String, fileLines: [Int]? = nil, boxes: PDFWordBoxes?, path: String, named: String?) -> Result<[SourceLine], ImportFailure> {
        PDFTextLayer.lines(of: text, fileLines: fileLines, boxes: boxes).mapError { problem in
            switch problem {
            case .noText:
                return .error(.importScannedPdf, at: SourceLocation(path: path),
                              named.map { "\($0) hold no text: the PDF they were made from is scanned (its pages images) or its characters drawn as shapes" }
                                  ?? "scanned PDF, no text layer: the pages are images (or their characters are drawn as shapes), there is no text to read",
                              hint: named == nil ? "import it with --ocr to read its pages by OCR (Tesseract), then compare every figure with the original; or ask the agency for the Word or web version" : "ask the agency for the Word or web version, or type the report by hand; the import never guesses figures from images")
            case .garbled(_, let worst):
                let sample = worst.map { line in
                    let printable = line.text.unicodeScalars.filter { $0.value >= 0x20 }.map(String.init).joined()
                    return "; e.g. page \(line.position.page ?? 1): “\(printable.trimmingCharacters(in: .whitespaces).prefix(40))”"
                } ?? ""
                return .error(.importGarbledPdf, at: SourceLocation(path: path, line: worst?.position.line ?? 0),
                              "\(named.map { "the text of \($0)" } ?? "the PDF's text") cannot be read: \(problem.garbledWhat) (its fonts carry no map from glyphs to characters)\(sample)",
                              hint: named == nil ? "print the report to PDF again from the original, import the Word or web version, or import it with --ocr to read its printed pages by OCR" : "print the report to PDF again from the original, or import the Word or web version; the import never guesses characters or figures from a garbled text")
            }
        }
    }

    /// The lines of pages that hold a picture (`pdfimages -list`, of the same
    /// poppler-utils) marked: a table pasted as an image has no text to read.
    /// Without the tool, nothing is marked.
    private static func pictured(_ lines: [SourceLine], file: URL) -> [SourceLine] {
        guard let tool = ExternalTool.executable("pdfimages"),
              case .finished(0, let output) = ExternalTool.run(tool, ["-list", file.path], timeout: timeout) else { return lines }
        let pages = picturePages(String(decoding: output, as: UTF8.self))
        guard !pages.isEmpty else { return lines }
        return lines.map { line in
            var line = line
            line.holdsPicture = line.position.page.map(pages.contains) ?? false
            return line
        }
    }

    /// The pages `pdfimages -list` names for images of a table's size (at
    /// least 100 × 40 pixels: not a rule, a bullet or a seal's fragment).
    static func picturePages(_ list: String) -> Set<Int> {
        var pages = Set<Int>()
        for row in list.split(separator: "\n").dropFirst(2) {
            let fields = row.split(whereSeparator: \.isWhitespace)
            guard fields.count > 4, let page = Int(fields[0]), fields[2] == "image",
                  let width = Int(fields[3]), let height = Int(fields[4]), width >= 100, height >= 40 else { continue }
            pages.insert(page)
        }
        return pages
    }
}
