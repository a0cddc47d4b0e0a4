import Foundation
import PortalModel

/// A report published as pictures — a page of JPEG scans, screenshots, or one long picture made for phones
/// (长图) — put together as one PDF of A4-wide pages, which the scanned-PDF reading (`ScannedPages`) reads by OCR.
///
/// A long picture is cut into pages of about an A4 sheet's height, each cut where a row of the picture holds the
/// least ink (a white band between lines, else the gap between two table rows), never through a line of text: the
/// tables then turn the page as printed reports' do. A picture that is not a long page is one page as it is.
enum PublishedPictures {
    /// Past 40 million pixels (a 2,480-pixel-wide picture 16,000 long) a picture is not one report's page or long page.
    static let largestPicture = 40_000_000
    /// A picture up to this many times an A4 sheet's height (at its width) is one page.
    static let longestPage = 1.15

    /// What kind of picture `data` is, in the words a refusal uses; nil for anything else.
    static func kind(of data: Data) -> String? {
        if data.starts(with: PNGPicture.signature) { return "PNG" }
        if JPEGPicture.isJPEG(data) { return "JPEG" }
        if GIFPicture.isGIF(data) { return "GIF" }
        if WebPPicture.isWebP(data) { return "WebP" }
        return nil
    }

    /// The pictures (named as the operator named them, in the order they are the report's pages) as one PDF, and how
    /// many pages it has; or why they cannot be.
    static func pdf(of pictures: [(name: String, data: Data)], path: String) -> Result<(pdf: Data, pages: Int), ImportFailure> {
        let whole = SourceLocation(path: path)
        var read: [PicturesPDF.Picture] = []
        for picture in pictures {
            do throws(PictureProblem) {
                switch kind(of: picture.data) {
                case "PNG": read.append(.png(try PNGPicture(picture.data)))
                case "JPEG":
                    let header = try JPEGPicture(picture.data)
                    guard header.width * header.height <= largestPicture else { throw .tooLarge(width: header.width, height: header.height) }
                    read.append(.jpeg(picture.data, header))
                case "GIF": read.append(.gif(try GIFPicture(picture.data)))
                case "WebP":
                    switch WebPPicture.decoded(picture.data) {
                    case .success(let decoded): read.append(.png(decoded))
                    case .failure(.picture(let problem)): throw problem
                    case .failure(.toolMissing):
                        return .failure(.error(.importToolMissing, at: SourceLocation(path: picture.name), "cannot read a WebP picture: libwebp's dwebp is not installed", hint: WebPPicture.install))
                    }
                default:
                    return .failure(.error(.importUnknownFormat, at: SourceLocation(path: picture.name),
                                           "not a PNG, JPEG, GIF or WebP picture: \(SourceFormat.unsupported(picture.data) ?? "a file of another kind") among the pictures of one report",
                                           hint: "name only the report's pictures (PNG, JPEG, GIF or WebP) together; import a PDF, Word or web version on its own"))
                }
            } catch {
                return .failure(refusal(error, name: picture.name))
            }
        }
        var pages: [PicturesPDF.Page] = []
        for (index, picture) in read.enumerated() {
            switch cuts(of: picture, path: path) {
            case .success(let rows): pages += zip(rows, rows.dropFirst()).map { PicturesPDF.Page(picture: index, top: $0, bottom: $1) }
            case .failure(let failure): return .failure(failure)
            }
        }
        guard pages.count <= ScannedPages.maximumPages else {
            return .failure(.error(.importUnreadable, at: whole, "the \(pictures.count) picture\(pictures.count == 1 ? "" : "s") make \(pages.count) pages of A4's proportions: more than \(ScannedPages.maximumPages), not one report, and too long to read by OCR",
                                   hint: "import each report's pictures on their own"))
        }
        return .success((PicturesPDF.data(pictures: read, pages: pages), pages.count))
    }

    /// A picture imported without `--ocr`: refused, naming the option (and how several pictures make one report).
    static func withoutOCR(_ data: Data, path: String) -> ImportFailure {
        .error(.importPictures, at: SourceLocation(path: path),
               "a \(kind(of: data) ?? "picture") picture: a report published as pictures has no text to read; the import reads figures from pictures only by OCR, when asked",
               hint: "import it with --ocr (Tesseract reads it, then compare every figure with the picture); a report published as several pictures: name them all with --ocr --one-report")
    }

    /// A picture imported alone and refused for parts of a report it lacks may be one page of several: the first such
    /// refusal's hint says how to import them together.
    static func onePageOfSeveral(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let partial = [Rule.importNoReport, .importSectionMissing, .importNoTables, .importIncompleteTable].map(\.id)
        guard let index = diagnostics.firstIndex(where: { $0.severity == .error && partial.contains($0.rule) }) else { return diagnostics }
        var diagnostics = diagnostics
        let more = "a picture may be one page of a report published as several: import all its pictures together with --ocr --one-report"
        diagnostics[index].hint = diagnostics[index].hint.map { "\($0); \(more)" } ?? more
        return diagnostics
    }

    private static func refusal(_ problem: PictureProblem, name: String) -> ImportFailure {
        switch problem {
        case .damaged(let what):
            return .error(.importUnreadable, at: SourceLocation(path: name), "the picture cannot be read: \(what); the file may be damaged or cut short",
                          hint: "download the picture again, or save it again as PNG or JPEG")
        case .tooLarge(let width, let height):
            return .error(.importUnreadable, at: SourceLocation(path: name),
                          "the picture is \(width) × \(height) pixels; no report's page or long page is larger than \(largestPicture / 1_000_000) million",
                          hint: "check that it is the report's own picture; a larger one can be cut into pages and named together")
        }
    }

    /// The rows at which a picture is cut into pages, its first row and its end included (`[0, height]`: one page).
    static func cuts(of picture: PicturesPDF.Picture, path: String) -> Result<[Int], ImportFailure> {
        // A long picture's pages are an A4 sheet's proportions.
        let pageRows = Double(picture.width) * PicturesPDF.a4Height / PicturesPDF.a4Width
        guard picture.width <= picture.height, Double(picture.height) > pageRows * longestPage else { return .success([0, picture.height]) }
        switch inkProfile(of: picture, path: path) {
        case .success(let profile):
            let scale = Double(picture.height) / Double(profile.count)
            return .success(cuts(inkPerRow: profile, pageRows: pageRows / scale).map { min(picture.height, Int((Double($0) * scale).rounded())) })
        case .failure(let failure): return .failure(failure)
        }
    }

    /// Where a long picture is cut, given the ink in each of its rows (`inkPerRow`) and a page's height in rows:
    /// each page ends between 60 % and 100 % of a page down, at the row of least ink nearest its full height, in the
    /// middle of the white band that row stands in (which may run on to the longest page allowed).
    static func cuts(inkPerRow ink: [Int], pageRows: Double) -> [Int] {
        var cuts = [0]
        let page = max(2, Int(pageRows.rounded()))
        while Double(ink.count - cuts[cuts.count - 1]) > Double(page) * longestPage {
            let top = cuts[cuts.count - 1], end = top + page, start = top + page * 6 / 10
            let best = (start..<end).min { (ink[$0], end - $0) < (ink[$1], end - $1) } ?? end
            // The band of rows as bare as the best, around it.
            var (upper, lower) = (best, best)
            while upper > start, ink[upper - 1] <= ink[best] { upper -= 1 }
            // The band may run past a page's height, up to the longest page allowed.
            while lower + 1 < min(ink.count, top + Int(Double(page) * longestPage)), ink[lower + 1] <= ink[best] { lower += 1 }
            cuts.append((upper + lower + 1) / 2)
        }
        return cuts + [ink.count]
    }

    /// The dark pixels of each row of the picture, rendered small by poppler (`pdftoppm`, grey) from a one-page PDF of it:
    /// a JPEG is not decoded here, and a PNG's rows are counted the same way.
    private static func inkProfile(of picture: PicturesPDF.Picture, path: String) -> Result<[Int], ImportFailure> {
        let whole = SourceLocation(path: path)
        guard let render = ExternalTool.executable("pdftoppm") else {
            return .failure(.error(.importToolMissing, at: whole, "cannot cut a long picture into pages: pdftoppm is not installed", hint: "install poppler-utils (scripts/setup does)"))
        }
        // 400 pixels wide, at most 14,400 points long (a PDF page's limit).
        let width = min(400, 14_400 * Double(picture.width) / Double(picture.height))
        let pdf = PicturesPDF.data(pictures: [picture], pages: [.init(picture: 0, top: 0, bottom: picture.height)], widths: [width])
        let rendered = ScratchFolder.using("picture") { folder -> PagePicture? in
            let file = folder.appendingPathComponent("picture.pdf"), profile = folder.appendingPathComponent("profile")
            guard (try? pdf.write(to: file)) != nil,
                  case .finished(0, _) = ExternalTool.run(render, ["-r", "72", "-gray", "-singlefile", file.path, profile.path], timeout: ScannedPages.secondsPerPage),
                  let data = FileManager.default.contents(atPath: profile.appendingPathExtension("pgm").path) else { return nil }
            return PagePicture(pgm: data)
        }
        guard let small = rendered ?? nil else {
            return .failure(.error(.importUnreadable, at: whole, "the long picture cannot be rendered to be cut into pages (pdftoppm failed); the picture may be damaged",
                                   hint: "download the picture again, or save it again as PNG or JPEG"))
        }
        return .success((0..<small.height).map { row in
            small.pixels[(row * small.width)..<((row + 1) * small.width)].reduce(0) { $0 + ($1 < 160 ? 1 : 0) }
        })
    }
}
