import Foundation

/// Scanned pages set upright and level before Tesseract reads them (see `PagePicture`).
enum UprightPages {
    /// Tesseract's orientation model must be at least this sure before a page is turned: upright pages
    /// of real and made-up scans scored 7–18 for upright, a table scanned on its side 5.3 for its turn.
    static let leastOrientationConfidence = 3.0
    /// Skew smaller than this is left: it is what a straight page measures (±0.05°), and turning a page
    /// blurs its strokes a little.
    static let leastSkew = 0.1

    /// What was done to one page, for the import's warning.
    struct Setting: Equatable {
        var page: Int
        var quarterTurns: Int
        var levelledBy: Double
    }

    /// Each page's picture (PGM files, rewritten where changed) turned upright by the quarter turns
    /// Tesseract's orientation model (`osd`, when installed) reads and levelled by its measured skew.
    /// A page that cannot be read or written is left as rendered: OCR then reads it as it is.
    static func setUpright(_ images: [(number: Int, path: String)], tesseract: URL, orientationModel: Bool, timeout: TimeInterval) -> [Setting] {
        var settings: [Setting] = []
        for image in images {
            let url = URL(fileURLWithPath: image.path)
            guard let data = try? Data(contentsOf: url), var picture = PagePicture(pgm: data) else { continue }
            var quarters = orientationModel ? quarterTurns(of: image.path, tesseract: tesseract, timeout: timeout) : 0
            // The model's quarter turn taken only for a page whose lines run down it (`LinesOfText`).
            if quarters % 2 == 1, !LinesOfText(picture).runDown { quarters = 0 }
            picture = picture.quarterTurned(clockwise: quarters)
            let skew = picture.skew()
            let levelled = abs(skew) >= leastSkew
            if levelled { picture = picture.turned(by: skew) }
            guard quarters != 0 || levelled else { continue }
            guard (try? picture.pgm.write(to: url)) != nil else { continue }
            settings.append(Setting(page: image.number, quarterTurns: quarters, levelledBy: levelled ? skew : 0))
        }
        return settings
    }

    /// The clockwise quarter turns that set a page upright, as Tesseract's orientation model reads them
    /// (`--psm 0`); 0 where it finds too few characters or is unsure. One run a page: a page it cannot
    /// judge (a blank one) stops a run over a list of pages.
    static func quarterTurns(of path: String, tesseract: URL, timeout: TimeInterval) -> Int {
        guard case .finished(0, let output) = ExternalTool.run(tesseract, [path, "stdout", "--psm", "0", "--dpi", "300"], timeout: timeout,
                                                                     environment: ScannedPages.tesseractEnvironment, countingProcessorTime: true) else { return 0 }
        return quarterTurns(osd: String(decoding: output, as: UTF8.self))
    }

    /// What was done, for the import's warning: `page 3 turned 90° to stand upright; pages 1–6 levelled (askew by 0.58–0.63°)`.
    static func described(_ settings: [Setting]) -> String? {
        func pages(_ numbers: [Int]) -> String {
            numbers.count == 1 ? "page \(numbers[0])" : "pages " + numbers.map(String.init).joined(separator: ", ")
        }
        var parts: [String] = []
        for turns in 1...3 {
            let turned = settings.filter { $0.quarterTurns == turns }.map(\.page)
            if !turned.isEmpty { parts.append("\(pages(turned)) turned \(turns * 90)° to stand upright") }
        }
        let askew = settings.filter { $0.levelledBy != 0 }
        if let least = askew.map({ abs($0.levelledBy) }).min(), let most = askew.map({ abs($0.levelledBy) }).max() {
            let angles = [least, most].map { String(format: "%.2f", $0) }
            parts.append("\(pages(askew.map(\.page))) levelled (askew by \(angles[0] == angles[1] ? angles[0] : angles.joined(separator: "–"))°)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// `Rotate: 90` … `Orientation confidence: 5.34` (Tesseract's OSD report) → 1.
    static func quarterTurns(osd report: String) -> Int {
        var rotate: Int?, confidence: Double?
        for line in report.split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if parts[0] == "Rotate" { rotate = Int(parts[1]) }
            if parts[0] == "Orientation confidence" { confidence = Double(parts[1]) }
        }
        guard let rotate, [90, 180, 270].contains(rotate), let confidence, confidence >= leastOrientationConfidence else { return 0 }
        return rotate / 90
    }
}
