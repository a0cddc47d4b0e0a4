import Foundation

/// The kind of file a report was published as, told from its content (its
/// first bytes), not its name: government sites often serve a .doc that is
/// a web page, or a PDF saved as .htm.
public enum SourceFormat: String, Sendable, Equatable, CaseIterable {
    case docx
    /// OFD (开放版式文档, GB/T 33190), the national fixed-layout format: a zip archive with `OFD.xml`.
    case ofd
    /// An old Word .doc (97–2003) or a WPS .wps: an OLE compound file.
    case doc
    case pdf
    /// A PDF whose pages are pictures (a scan) read by OCR, when the operator asks (`--ocr`): never
    /// told by `detect` (the file is a PDF), named by the extraction that read it so.
    case pdfOCR = "pdf-ocr"
    /// A report published as pictures (PNG or JPEG pages, or one long picture) read by OCR (`--ocr`), put together as one
    /// PDF (`PublishedPictures`), which is kept as its original: never told by `detect` (a picture is no report file).
    case pictureOCR = "picture-ocr"
    /// A PDF's text saved as poppler's word boxes (`pdftotext -bbox-layout` or `-bbox`): an XHTML file, read as the PDF is.
    case pdfWordBoxes = "pdf-word-boxes"
    /// A PDF converted to a web page of text placed by coordinates (pdftohtml's `-s`/`-c` page): read as
    /// the PDF is. Told apart from a web page only by reading its layout (`PlacedTextPage`), so
    /// `detect` says `html` and the extraction names it.
    case pdfPlacedHTML = "pdf-html"
    /// A PDF converted to poppler's XML (`pdftohtml -xml`, pdf2xml): text placed by coordinates, read as the PDF is.
    case pdfXML = "pdf-xml"
    /// A Word document saved as one XML file: Word 2003 XML (`w:wordDocument`) or Flat OPC
    /// (`pkg:package`, Word's “Word XML 文档”), as systems filling Word templates by text save them (often named .doc).
    case wordXML = "word-xml"
    case html
    /// A web page saved as one file (.mhtml, .mht).
    case mhtml
    /// Rich Text Format (Word's “save as .rtf”): read, as .doc is, through LibreOffice.
    case rtf
    /// OpenDocument text (.odt, GB/T 35980's ODF, which LibreOffice, WPS and 永中 save): read, as .doc is, through LibreOffice.
    case odt
    case text

    /// What a file holds, or nil when it is none of these (binary data, an image…).
    public static func detect(_ data: Data) -> SourceFormat? {
        let head = data.prefix(1024)
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            if OFDPackage.isOFD(data) { return .ofd }
            return isOpenDocumentText(head) ? .odt : .docx
        }
        if head.starts(with: Array("%PDF".utf8)) { return .pdf }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .doc }
        if head.starts(with: Array("{\\rtf".utf8)) { return .rtf }
        if MHTMLReader.detect(data.prefix(4096)) { return .mhtml }
        if PDFWordBoxes.isWordBoxes(data.prefix(8192)) { return .pdfWordBoxes }
        if PlacedTextPage.isPDFToXML(head) { return .pdfXML }
        if isWordXML(data.prefix(4096)) { return .wordXML }
        if looksLikeHTML(head) { return .html }
        // Text saved as UTF-16 (Windows' “Unicode”): its ASCII characters' other half is a NUL.
        if data.prefix(8192).contains(0), let text = TextDecoding.utf16(data.prefix(8192)) {
            return looksLikeHTML(Data(text.prefix(1024).utf8)) ? .html : .text
        }
        if looksLikeText(data) { return .text }
        return nil
    }

    /// What a file the import cannot read is, when its first bytes say so (PNG, JPEG, GIF and WebP pictures are read:
    /// `PublishedPictures`).
    public static func unsupported(_ data: Data) -> String? {
        let known: [([UInt8], String)] = [
            ([0x49, 0x49, 0x2A, 0x00], "a TIFF image"),
            ([0x4D, 0x4D, 0x00, 0x2A], "a TIFF image"),
            ([0x52, 0x61, 0x72, 0x21], "a RAR archive"),
            ([0x37, 0x7A, 0xBC, 0xAF], "a 7-Zip archive"),
        ]
        return known.first { data.starts(with: $0.0) }?.1
    }

    /// The extension of the original kept beside the report (source.docx…).
    public var fileExtension: String {
        switch self {
        case .docx: "docx"
        case .ofd: "ofd"
        case .doc: "doc"
        case .pdf, .pdfOCR, .pictureOCR: "pdf"
        case .html, .pdfWordBoxes, .pdfPlacedHTML: "html"
        case .pdfXML, .wordXML: "xml"
        case .mhtml: "mhtml"
        case .rtf: "rtf"
        case .odt: "odt"
        case .text: "txt"
        }
    }

    /// A printed page's layout (PDF, OFD): lines wrapped at its width, a gap between Chinese and Western characters.
    var isFixedLayout: Bool {
        readsAsPDF || self == .ofd
    }

    /// A PDF, or what a converter kept of a PDF's printed text and where it stood.
    var readsAsPDF: Bool {
        [.pdf, .pdfOCR, .pictureOCR, .pdfWordBoxes, .pdfPlacedHTML, .pdfXML].contains(self)
    }

    /// Pictures of print read by OCR: a scan or a report's published pictures.
    public var readByOCR: Bool {
        self == .pdfOCR || self == .pictureOCR
    }

    /// Word's XML documents name their program (`<?mso-application progid="Word.Document"?>`) or open with their root.
    private static func isWordXML(_ head: Data) -> Bool {
        ["progid=\"Word.Document\"", "<w:wordDocument", "<pkg:package"].contains { head.range(of: Data($0.utf8)) != nil }
    }

    /// An OpenDocument package names its kind in its first entry, `mimetype`, stored
    /// uncompressed (ODF 1.2, part 3, 3.3): the name at byte 30, its content right after.
    private static func isOpenDocumentText(_ head: Data) -> Bool {
        let bytes = [UInt8](head.prefix(100))
        let name = Array("mimetype".utf8), kind = Array("application/vnd.oasis.opendocument.text".utf8)
        guard bytes.count >= 38 + kind.count, Array(bytes[30..<38]) == name else { return false }
        return Array(bytes[38..<(38 + kind.count)]) == kind
    }

    private static func looksLikeHTML(_ head: Data) -> Bool {
        // Latin-1 keeps every byte, so GBK pages are searched as well as UTF-8 ones.
        let text = String(decoding: head.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        return ["<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<table", "<p>"].contains { text.contains($0) }
    }

    /// Text has no NUL bytes and few control characters; it may be in any
    /// of the encodings `TextDecoding` knows.
    private static func looksLikeText(_ data: Data) -> Bool {
        guard !data.isEmpty else { return false }
        var controls = 0
        for byte in data.prefix(8192) {
            if byte == 0 { return false }
            if byte < 0x09 || (byte > 0x0D && byte < 0x20) { controls += 1 }
        }
        return controls * 50 < min(data.count, 8192)
    }
}
