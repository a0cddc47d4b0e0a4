import Foundation
import PortalModel

/// A published file → its format and lines, or the reason it cannot be read.
enum Extraction {
    /// `ocr`: a PDF without a readable text layer is read by OCR (`--ocr`).
    static func lines(of data: Data, file: URL, path: String, ocr: Bool = false) -> Result<SourceDocument, ImportFailure> {
        let whole = SourceLocation(path: path)
        guard !data.isEmpty else {
            return .failure(.error(.importEmpty, at: whole, "the file is empty", hint: "download the report again"))
        }
        if PublishedPictures.kind(of: data) != nil {
            return ocr ? lines(ofPictures: [(file.lastPathComponent, data)], path: path) : .failure(PublishedPictures.withoutOCR(data, path: path))
        }
        guard var format = SourceFormat.detect(data) else {
            return .failure(.error(.importUnknownFormat, at: whole,
                                   "not a report file: \(SourceFormat.unsupported(data) ?? "the content is neither Word (.docx, .doc), WPS, OpenDocument (.odt), PDF, OFD, a web page nor text")",
                                   hint: "import the report's Word, PDF, OFD or web version; a report published as PNG, JPEG, GIF or WebP pictures is read with --ocr (a TIFF scan: make it a PDF, e.g. with tiff2pdf, and import that with --ocr)"))
        }
        let lines: Result<[SourceLine], ImportFailure>
        var pageDates: [String] = []
        var pageTitles: [String] = []
        var pictures: [String] = []
        var attachments: [SourceDocument.Attachment] = []
        var warnings: [Diagnostic] = []
        var paragraphsAsText = false
        switch format {
        case .pdf, .pdfOCR, .pictureOCR:
            let read = PDFExtractor.lines(of: file, path: path)
            if ocr, case .failure(let failure) = read, failure.diagnostics.contains(where: { [Rule.importScannedPdf.id, Rule.importGarbledPdf.id].contains($0.rule) }) {
                let scanned = PDFExtractor.lines(ofScanned: file, path: path)
                lines = scanned.map(\.lines)
                format = .pdfOCR
                let setting = (try? scanned.get().settings).flatMap(UprightPages.described).map { " (\($0) before reading)" } ?? ""
                warnings.append(.warning(.importOCR, at: whole, "the PDF's pages were read by OCR (Tesseract, \(ScannedPages.language))\(setting): every figure and sentence is what it read, not text the agency published",
                                         hint: "compare each cell and narrative with the original before building; the checks catch a misread figure only where it breaks an identity"))
            } else {
                lines = read
            }
        case .pdfWordBoxes: lines = PDFExtractor.lines(ofWordBoxes: data, path: path)
        case .docx, .doc, .rtf, .odt:
            let body = format == .docx ? DocxExtractor.body(of: data, path: path) : DocExtractor.body(of: file, format: format, path: path)
            lines = body.map(\.lines)
            paragraphsAsText = (try? body.get().readAsText) ?? false
        case .wordXML:
            // Flat OPC holds a .docx's parts: read as one. Word 2003's own XML is converted by LibreOffice, as a .doc is.
            let body: Result<ParagraphTables.Body, ImportFailure>
            if WordParts.isFlatPackage(data.prefix(4096)) {
                guard let parts = WordParts.flat(data) else {
                    return .failure(.error(.importUnreadable, at: whole, "a Word XML document (Flat OPC) that is not well-formed XML or declares entities",
                                           hint: "open it in Word or WPS and save it as .docx"))
                }
                body = DocxExtractor.body(of: .flat(parts), path: path)
            } else {
                body = DocExtractor.body(of: file, format: format, path: path)
            }
            lines = body.map(\.lines)
            paragraphsAsText = (try? body.get().readAsText) ?? false
        case .ofd:
            let read = OFDExtractor.lines(of: data, path: path)
            lines = read.map(\.lines)
            warnings = (try? read.get().warnings) ?? []
        case .html, .mhtml, .pdfPlacedHTML:
            let read: Result<HTMLExtractor.Page, ImportFailure>
            // A PDF converted to a page of text placed by coordinates (pdftohtml's): read as the PDF.
            // (`detect` says `html` for it: only its layout tells it apart.)
            if format != .mhtml, let text = TextDecoding.decode(data, charset: HTMLExtractor.declaredCharset(data)),
               let pages = PlacedTextPage.pages(html: text) {
                lines = PlacedTextExtractor.lines(of: pages, what: "the page of placed text (a PDF converted to HTML, as pdftohtml writes it)", path: path)
                format = .pdfPlacedHTML
                break
            }
            if format != .mhtml {
                read = HTMLExtractor.page(of: data, path: path)
            } else {
                guard let page = MHTMLReader.page(of: data) else {
                    return .failure(.error(.importUnreadable, at: whole, "a saved web page (.mhtml) without the page in it (no text/html part)",
                                           hint: "save the page again from the browser, as “Webpage, HTML only”"))
                }
                read = HTMLExtractor.page(of: page.html, path: path, charset: page.charset)
            }
            if case .success(let page) = read, let tooLong = tooLong(characters(of: page.lines), at: whole) { return .failure(tooLong) }
            // A page without a table: its paragraphs read as a text, as a Word file's are.
            let body = read.map { ParagraphTables.body($0.lines) }
            lines = body.map(\.lines)
            paragraphsAsText = (try? body.get().readAsText) ?? false
            pageDates = (try? read.get().dates) ?? []
            attachments = (try? read.get().attachments) ?? []
            pageTitles = (try? read.get().titles) ?? []
            pictures = (try? read.get().pictures) ?? []
        case .pdfXML:
            guard let pages = PlacedTextPage.pages(xml: data) else {
                return .failure(.error(.importUnreadable, at: whole, "pdftohtml's XML of a PDF (pdf2xml) that cannot be parsed or holds no page",
                                       hint: "import the PDF it was made from"))
            }
            lines = PlacedTextExtractor.lines(of: pages, what: "pdftohtml's XML of a PDF (pdf2xml)", path: path)
        case .text:
            guard let text = TextDecoding.decode(data, charset: nil) else {
                return .failure(.error(.importEncoding, at: whole, "the text is in an encoding the import does not know (not UTF-8, UTF-16 or GBK/GB18030)",
                                       hint: "save it as UTF-8 and import it again"))
            }
            if let tooLong = tooLong(text.count, at: whole) { return .failure(tooLong) }
            let restored = LineBreaks.restored(text)
            lines = .success(TextExtractor.lines(of: restored.text, fileLines: restored.fileLines))
        }
        if case .success(let read) = lines, let tooLong = tooLong(characters(of: read), at: whole) {
            return .failure(tooLong)
        }
        return lines.map {
            var document = SourceDocument(format: format, lines: $0, pageDates: pageDates, attachments: attachments, warnings: warnings)
            document.paragraphsAsText = paragraphsAsText
            document.outsideTitles = pageTitles + [file.deletingPathExtension().lastPathComponent]
            document.pictures = pictures
            return document
        }
    }

    /// The reference report's text is under 4,000 characters, a long report's some tens of thousands; past a million a
    /// file is not one report (a collection, a data export), and reading it line by line would take minutes.
    static let longestText = 1_000_000

    private static func characters(of lines: [SourceLine]) -> Int {
        lines.reduce(0) { $0 + $1.text.count + ($1.cells?.reduce(0) { $0 + $1.count } ?? 0) }
    }

    private static func tooLong(_ characters: Int, at whole: SourceLocation) -> ImportFailure? {
        guard characters > longestText else { return nil }
        return .error(.importUnreadable, at: whole, "the file's text is \(characters) characters long; no published report's is longer than \(longestText)",
                      hint: "check that this is one report, not a collection of them or a data export; import each report's own file")
    }
}
