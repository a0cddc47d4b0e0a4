import CLibXML2
import Foundation
import PortalModel

/// A scanned PDF read by OCR, when the operator asks for it (`portal import --ocr`).
///
/// Many offices print the signed report and publish the scan: a PDF of page
/// pictures without a text layer. Poppler's `pdftoppm` renders each page at
/// 300 dpi in grey (a colour scan without its red seal, `ColourScan`) and Tesseract (its Simplified Chinese model, `chi_sim`)
/// reads each character with its box (hOCR with character boxes): a table's
/// cells one by one (`PageCells`: read as a page, a table's rules read as
/// characters and its wrapped labels' rows set their figures between lines),
/// the rest of the page as a page. Those are
/// made into words here and read as a PDF's word boxes are (`PDFWordBoxes`):
/// the layout text made from them, each figure placed under its column, so a
/// scan goes through the same rows, columns and checks as a text layer. What
/// OCR misreads, the checks' identities catch where a figure takes part in one;
/// the import says the report was read by OCR (`import-ocr`) and keeps
/// `format: pdf-ocr`, which the report's page tells readers.
enum ScannedPages {
    /// Pixels per inch of the rendered pages: Tesseract reads 10.5-point print best from about 300.
    static let resolution = 300.0
    static let language = "chi_sim"
    /// A report runs to a few dozen pages; a longer scan is not one report (and would take many minutes).
    static let maximumPages = 60
    /// Rendering takes about a second a page, Tesseract a few.
    static let secondsPerPage: TimeInterval = 30
    private static let install = "install tesseract-ocr and tesseract-ocr-chi-sim (apt-get install -y tesseract-ocr tesseract-ocr-chi-sim), or type the report by hand"

    /// One page as read: its size in points and its words, boxes in points from its top left.
    struct Page {
        var width: Double
        var height: Double
        var words: [WordBox]
    }

    /// The pages as read, and what was done to set each upright and level before it was read.
    static func pages(of file: URL, path: String) -> Result<(pages: [Page], settings: [UprightPages.Setting]), ImportFailure> {
        let whole = SourceLocation(path: path)
        guard let render = ExternalTool.executable("pdftoppm") else {
            return .failure(.error(.importToolMissing, at: whole, "cannot read a scanned PDF by OCR: pdftoppm is not installed", hint: "install poppler-utils (scripts/setup does)"))
        }
        guard let tesseract = ExternalTool.executable("tesseract") else {
            return .failure(.error(.importToolMissing, at: whole, "cannot read a scanned PDF by OCR: tesseract is not installed", hint: Self.install))
        }
        guard case .finished(0, let listed) = ExternalTool.run(tesseract, ["--list-langs"], timeout: 30),
              case let languages = String(decoding: listed, as: UTF8.self).split(whereSeparator: \.isNewline), languages.contains(Substring(language)) else {
            return .failure(.error(.importToolMissing, at: whole, "cannot read a scanned PDF by OCR: Tesseract has no Simplified Chinese model (\(language))", hint: Self.install))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("portal-ocr-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)) != nil else {
            return .failure(.error(.importUnreadable, at: whole, "cannot make a folder for the scanned pages in \(FileManager.default.temporaryDirectory.path)"))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        // One page more than allowed is rendered, to tell a scan that is too long. Grey PGM: set upright here, then read.
        // A scan in colour is rendered in colour and its red ink (a seal) left out of the grey (`ColourScan`).
        let rendering: ExternalTool.Outcome
        if let colourPages = colourPageCount(of: file) {
            rendering = ColourScan.render(file, by: render, resolution: resolution, pages: min(colourPages, maximumPages + 1), into: folder, timeout: secondsPerPage)
        } else {
            rendering = ExternalTool.run(render, ["-r", "\(Int(resolution))", "-gray", "-l", "\(maximumPages + 1)", file.path, folder.appendingPathComponent("page").path],
                                         timeout: secondsPerPage * Double(maximumPages))
        }
        let images = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .compactMap { name -> (number: Int, path: String)? in
                guard name.hasPrefix("page-"), name.hasSuffix(".pgm"), let number = Int(name.dropFirst(5).dropLast(4)) else { return nil }
                return (number, folder.appendingPathComponent(name).path)
            }
            .sorted { $0.number < $1.number }
        guard case .finished(0, _) = rendering, !images.isEmpty else {
            return .failure(.error(.importUnreadable, at: whole, "the scanned PDF's pages cannot be rendered for OCR (pdftoppm \(rendering.ranOutOfTime ? "did not finish" : "failed")); the file may be damaged",
                                   hint: "download it again, or ask the agency for the Word or web version"))
        }
        guard images.count <= maximumPages else {
            return .failure(.error(.importUnreadable, at: whole, "a scan of more than \(maximumPages) pages: not one report, and too long to read by OCR",
                                   hint: "import each report's pages as a PDF of its own"))
        }
        let settings = UprightPages.setUpright(images, tesseract: tesseract, orientationModel: languages.contains("osd"), timeout: secondsPerPage)
        let split = splitIntoCells(images.map(\.path), folder: folder)
        // `--psm 6`: each page (or cell) one block of text, so that a row of text is one of Tesseract's lines.
        // English beside Chinese for the cells: a lone figure reads as digits, not as the character it looks like.
        let cellLanguage = languages.contains("eng") ? language + "+eng" : language
        var raw: [PageRead]
        // A page all table leaves blank paper to read (`blankPage`): not given to Tesseract.
        let blanks = split.blanks
        let printed = blanks.indices.filter { blanks[$0] == nil }
        switch printed.isEmpty ? .success(Data()) : read(printed.map { split.pages[$0] }, by: tesseract, language: language, listedIn: folder.appendingPathComponent("pages.txt"), path: path) {
        case .success(let hocr):
            var read = printed.isEmpty ? [] : Self.read(hocr: hocr)[...]
            raw = blanks.map { blank in blank ?? read.popFirst() ?? PageRead(size: [], lines: []) }
        case .failure(let failure): return .failure(failure)
        }
        if !split.cells.isEmpty {
            // Each cell twice, as cut out and softened (`agreed`): one run over both lists.
            let cells: [PageRead]
            switch read(split.cells.map(\.path) + split.cells.map(\.softenedPath), by: tesseract, language: cellLanguage,
                        listedIn: folder.appendingPathComponent("cells.txt"), path: path) {
            case .success(let hocr): cells = Self.read(hocr: hocr)
            case .failure(let failure): return .failure(failure)
            }
            guard cells.count == 2 * split.cells.count, raw.count == images.count else {
                return .failure(.error(.importUnreadable, at: whole, "Tesseract read \(cells.count) of the scan's \(2 * split.cells.count) pictures of table cells", hint: Self.install))
            }
            var readings = zip(cells.prefix(split.cells.count), cells.suffix(split.cells.count)).map { CellReadings(sharp: $0, softened: $1) }
            let disputed = readings.indices.filter { Self.disputed(readings[$0].sharp, readings[$0].softened) || Self.loopsToConfirm(readings[$0].sharp, readings[$0].softened) }
            // `--psm 8`: the cell one word — read as a line or a block, a lone 5 came out as `)` or a 9.
            if !disputed.isEmpty,
               case .success(let hocr) = read(disputed.map { split.cells[$0].path }, by: tesseract, language: cellLanguage, layout: 8,
                                               listedIn: folder.appendingPathComponent("disputed.txt"), path: path),
               case let oneWord = Self.read(hocr: hocr), oneWord.count == disputed.count {
                for (index, reading) in zip(disputed, oneWord) { readings[index].asOneWord = reading }
            }
            // Latin letters in a cell of no figure: the English model read Chinese it could not place (`3.fEk“=` for
            // 3.危及“三): the cell read again in Chinese alone.
            let lettered = readings.indices.filter { Self.lettered(readings[$0]) }
            if !lettered.isEmpty, cellLanguage != language,
               case .success(let hocr) = read(lettered.map { split.cells[$0].path }, by: tesseract, language: language,
                                               listedIn: folder.appendingPathComponent("lettered.txt"), path: path),
               case let chinese = Self.read(hocr: hocr), chinese.count == lettered.count {
                for (index, reading) in zip(lettered, chinese) { readings[index].inChineseAlone = reading }
            }
            raw = placing(readings, of: split.cells, on: raw)
        }
        return .success((pages(read: raw, pictures: images.map(\.path)), settings))
    }

    /// The number of pages of a scan holding a picture in colour (`pdfimages -list`, `pdfinfo`, of the same poppler-utils
    /// as `pdftoppm`); nil for a scan in grey or black and white, or when either tool cannot tell.
    private static func colourPageCount(of file: URL) -> Int? {
        guard let images = ExternalTool.executable("pdfimages"), let info = ExternalTool.executable("pdfinfo"),
              case .finished(0, let list) = ExternalTool.run(images, ["-list", file.path], timeout: secondsPerPage),
              ColourScan.holdsColour(imageList: String(decoding: list, as: UTF8.self)),
              case .finished(0, let report) = ExternalTool.run(info, [file.path], timeout: secondsPerPage) else { return nil }
        return ColourScan.pageCount(info: String(decoding: report, as: UTF8.self))
    }

    /// Tesseract's hOCR, with character boxes, of the pictures listed (one page of hOCR each).
    private static func read(_ pictures: [String], by tesseract: URL, language: String, layout: Int = 6, listedIn list: URL, path: String) -> Result<Data, ImportFailure> {
        let whole = SourceLocation(path: path)
        guard (try? Data(pictures.map { $0 + "\n" }.joined().utf8).write(to: list)) != nil else {
            return .failure(.error(.importUnreadable, at: whole, "cannot write the list of scanned pages in \(list.deletingLastPathComponent().path)"))
        }
        // `--dpi`: a PGM does not say its resolution, and Tesseract's guess from the text's size varies by page.
        let arguments = [list.path, "stdout", "-l", language, "--psm", "\(layout)", "--dpi", "\(Int(resolution))", "-c", "hocr_char_boxes=1", "hocr"]
        // A cell takes Tesseract a small part of a page's time; the pages' allowance covers them.
        let timeout = secondsPerPage * Double(min(pictures.count, maximumPages))
        switch ExternalTool.run(tesseract, arguments, timeout: timeout, environment: tesseractEnvironment, countingProcessorTime: true) {
        case .finished(0, let hocr):
            return .success(hocr)
        case .timedOut(let used):
            return .failure(unfinished(pictures: pictures.count, timeout: timeout, processorSeconds: used, path: path))
        case .finished(let status, _):
            return .failure(.error(.importUnreadable, at: whole, "Tesseract failed reading the scanned pages (status \(status))", hint: Self.install))
        case .notStarted(let reason):
            return .failure(.error(.importUnreadable, at: whole, "Tesseract could not be started: \(reason)", hint: Self.install))
        }
    }

    /// A character as Tesseract read it, its box in pixels.
    struct Glyph: Equatable {
        var text: String
        var left, top, right, bottom: Double
        /// Tesseract's confidence in its reading (`x_conf`, 0–100).
        var confidence = 100.0
        /// A table cell's character read with less than `leastCellConfidence`: a figure holding one is not taken.
        var unsure = false
        /// The table cell it was read in (`CellToRead`, numbered over the scan): nil for the text around tables.
        var cell: Int?
        /// The word Tesseract read it in (`ocrx_word`, numbered over the hOCR read): a figure's digits are one word.
        var word: Int?
        /// That cell's top and bottom on the page, in pixels (`CellToRead`): moved with the character.
        var cellBand: ClosedRange<Double>?
        /// What its cell's ink is shaped as where that denies the reading (`DigitShapes`: a 2 where a 7 was read), told the operator.
        var shapeSays: String?
        var height: Double { bottom - top }

        /// The character read in a cell's picture, placed on the page (the picture's corner at `x`, `y`).
        func moved(x: Double, y: Double) -> Glyph {
            var moved = self
            (moved.left, moved.right, moved.top, moved.bottom) = (left + x, right + x, top + y, bottom + y)
            moved.cellBand = cellBand.map { ($0.lowerBound + y)...($0.upperBound + y) }
            return moved
        }
    }

    /// Tesseract's hOCR (pages `ocr_page` with their `bbox`, lines `ocr_line`/`ocr_header`/…,
    /// characters `ocrx_cinfo` with their `x_bboxes`) → its pages, in points.
    /// `pictures`: the PGM files Tesseract read, page by page, against which its figures' boxes are fitted.
    static func pages(hocr: Data, pictures: [String] = []) -> [Page] {
        pages(read: read(hocr: hocr), pictures: pictures)
    }

    /// One page of hOCR as read: its `bbox` (left, top, right, bottom) and its lines' characters, in pixels.
    struct PageRead {
        var size: [Double]
        var lines: [[Glyph]]
    }

    static func read(hocr: Data) -> [PageRead] {
        guard hocr.range(of: Data("<!ENTITY".utf8)) == nil, let document = XMLPart.parse(hocr, name: "ocr.hocr", recovering: true) else { return [] }
        defer { xmlFreeDoc(document) }
        var pages: [PageRead] = []
        var words = 0
        func visit(_ first: xmlNodePtr?, line: Int?, word: Int? = nil) {
            var node = first
            while let element = node {
                defer { node = element.pointee.next }
                guard element.pointee.type == XML_ELEMENT_NODE else { continue }
                let kind = attribute(element, "class") ?? "", title = attribute(element, "title") ?? ""
                if kind == "ocr_page" {
                    pages.append(PageRead(size: numbers(after: "bbox", in: title), lines: []))
                    visit(element.pointee.children, line: nil)
                } else if lineClasses.contains(kind), !pages.isEmpty {
                    pages[pages.count - 1].lines.append([])
                    visit(element.pointee.children, line: pages[pages.count - 1].lines.count - 1)
                } else if kind == "ocrx_word" {
                    words += 1
                    visit(element.pointee.children, line: line, word: words)
                } else if kind == "ocrx_cinfo", let line, !pages.isEmpty {
                    let box = numbers(after: "x_bboxes", in: title)
                    let text = content(element)
                    guard box.count == 4, !text.isEmpty else { continue }
                    var glyph = Glyph(text: text, left: box[0], top: box[1], right: box[2], bottom: box[3])
                    glyph.confidence = numbers(after: "x_conf", in: title).first ?? 100
                    glyph.word = word
                    pages[pages.count - 1].lines[line].append(glyph)
                } else {
                    visit(element.pointee.children, line: line, word: word)
                }
            }
        }
        visit(xmlDocGetRootElement(document), line: nil)
        return pages
    }

    /// The pages as read → their words in points. `pictures`: the PGM files of the pages as set upright, against
    /// which Tesseract's figures' boxes are fitted.
    static func pages(read pages: [PageRead], pictures: [String] = []) -> [Page] {
        let points = 72 / resolution
        return pages.enumerated().map { number, page in
            let size = page.size.count == 4 ? (page.size[2] - page.size[0], page.size[3] - page.size[1]) : (0, 0)
            let typical = typicalHeight(page.lines.joined())
            var page = page
            // Read again from its file rather than kept from `UprightPages`: an A4 page at 300 dpi is 8.7 MB of grey,
            // and holding up to `maximumPages` of them while Tesseract runs would cost half a gigabyte.
            if number < pictures.count, let data = FileManager.default.contents(atPath: pictures[number]), let picture = PagePicture(pgm: data) {
                page.lines = page.lines.map { fitted(line: $0, to: picture, typicalHeight: typical) }
            }
            let slope = skew(of: page.lines, typicalHeight: typical)
            let straight = page.lines.map { $0.filter { !isRule($0, typicalHeight: typical) }.map { levelled($0, slope: slope) } }
            let boxes = straight.flatMap { Self.words(of: $0, typicalHeight: typical) }.map { word in
                WordBox(text: word.text, xMin: word.left * points, xMax: word.right * points, yMin: word.top * points, yMax: word.bottom * points, cell: word.cell,
                        cellBand: word.cellBand.map { ($0.lowerBound * points)...($0.upperBound * points) })
            }
            return Page(width: size.0 * points, height: size.1 * points, words: boxes)
        }
    }

    /// How far a page's lines fall for each pixel to the right (a sheet fed askew: 0.01 is 0.6°), from
    /// the pairs of characters of one kind (two figures' digits, two Chinese characters: their boxes' middles
    /// sit alike) at least an inch apart on one of Tesseract's lines and within half a character's height of
    /// each other (on the same printed line: a table's row, not a label wrapped below it); the median
    /// of their slopes. Under 20 pairs: none (0).
    static func skew(of lines: [[Glyph]], typicalHeight: Double) -> Double {
        var slopes: [Double] = []
        for line in lines {
            let marks = line.compactMap { character -> (x: Double, y: Double, digit: Bool)? in
                guard let first = character.text.first else { return nil }
                let digit = isDigit(first)
                guard digit || LabelText.isIdeograph(first) else { return nil }
                return ((character.left + character.right) / 2, (character.top + character.bottom) / 2, digit)
            }
            for (index, first) in marks.enumerated() {
                for second in marks[(index + 1)...] where second.digit == first.digit {
                    let dx = second.x - first.x, dy = second.y - first.y
                    if abs(dx) >= resolution, abs(dy) < typicalHeight / 2 { slopes.append(dy / dx) }
                }
            }
        }
        guard slopes.count >= 20 else { return 0 }
        slopes.sort()
        return slopes[slopes.count / 2]
    }

    /// A figure's digit with its box fitted to the ink it stands on. Tesseract's boxes are its model's
    /// guess at where each character it read lies, and on a row of small figures they can be wrong: a
    /// zero where the paper is white, one zero's box spanning the row's last seven, boxes twice a digit's
    /// width (table 四 of a scan levelled by 0.7°), which would join figures that stand apart. A digit's
    /// box with no ink is nil (dropped, unless its word holds it between digits: `fitted(line:)`); one wider than a
    /// digit is, cut to the first run of inked columns in it.
    static func fitted(_ glyph: Glyph, to picture: PagePicture, typicalHeight: Double) -> Glyph? {
        guard glyph.text.count == 1, isDigit(glyph.text.first) else { return glyph }
        let left = max(0, Int(glyph.left)), right = min(picture.width - 1, Int(glyph.right))
        let top = max(0, Int(glyph.top)), bottom = min(picture.height - 1, Int(glyph.bottom))
        guard left <= right, top <= bottom else { return glyph }
        let inked = (left...right).map { x in (top...bottom).contains { picture.pixels[$0 * picture.width + x] < 128 } }
        guard let first = inked.firstIndex(of: true) else { return nil }
        guard glyph.right - glyph.left > 0.8 * typicalHeight else { return glyph }
        // A digit's strokes may leave a column or two blank (a thin 1's serif): a run ends at three blank columns.
        var end = first, blank = 0
        for index in first..<inked.count {
            if inked[index] { end = index; blank = 0 } else { blank += 1; if blank >= 3 { break } }
        }
        let rows = (top...bottom).filter { y in (left + first...left + end).contains { picture.pixels[y * picture.width + $0] < 128 } }
        var fitted = glyph
        fitted.left = Double(left + first)
        fitted.right = Double(left + end + 1)
        fitted.top = Double(rows.first ?? top)
        fitted.bottom = Double((rows.last ?? bottom) + 1)
        return fitted
    }

    /// A table's vertical rule read as a character (。”, 丨, 1): thinner than ⅖ of the text's height and
    /// taller than 1.4 times it, as no printed character of the text is; or read as a mark that is printed
    /// small (。，、 and quotes, a third of a character's height) but stands as tall as a character.
    static func isRule(_ character: Glyph, typicalHeight: Double) -> Bool {
        let thin = character.right - character.left <= 0.4 * typicalHeight
        return thin && (character.height >= 1.4 * typicalHeight || (smallMarks.contains(character.text) && character.height >= 0.8 * typicalHeight))
    }

    private static let smallMarks: Set<String> = ["。", "，", "、", "“", "”", "‘", "’", ".", ",", "'", "\""]

    /// The character's box turned back by the page's skew (a small angle: its sine is the slope).
    static func levelled(_ character: Glyph, slope: Double) -> Glyph {
        guard slope != 0 else { return character }
        let x = (character.left + character.right) / 2, y = (character.top + character.bottom) / 2
        let dx = slope * y, dy = -slope * x
        return character.moved(x: dx, y: dy)
    }

    private static let lineClasses: Set<String> = ["ocr_line", "ocr_header", "ocr_textfloat", "ocr_caption"]

    /// The median height of a page's Chinese characters (its body text's size), in pixels.
    static func typicalHeight(_ characters: some Sequence<Glyph>) -> Double {
        let heights = characters.filter { $0.text.first.map(LabelText.isIdeograph) ?? false }.map(\.height).sorted()
        return heights.isEmpty ? 40 : heights[heights.count / 2]
    }

    private static func attribute(_ element: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(element, name) else { return nil }
        defer { free(value) }
        return String(cString: value)
    }

    private static func content(_ element: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(element) else { return "" }
        defer { free(value) }
        return String(cString: value).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The numbers after `key` in an hOCR title (`bbox 0 0 2550 3300; ppageno 0`).
    static func numbers(after key: String, in title: String) -> [Double] {
        guard let field = title.split(separator: ";").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key + " ") }) else { return [] }
        return field.split(separator: " ").dropFirst().compactMap { Double($0) }
    }
}
