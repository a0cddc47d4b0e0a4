import Foundation

/// Where an imported report came from (`source:` in report.yaml): the
/// published file kept beside it, so a reader can compare with the original.
public struct ReportSource: Sendable, Hashable {
    /// Name of the file as the agency published it.
    public var originalName: String
    /// SHA-256 of the file, lower-case hex: the same file imports the same.
    public var sha256: String
    /// The format found in the file's content: docx, pdf, html or text.
    public var format: String
    /// Day of the import (YYYY-MM-DD).
    public var imported: String
    /// The copy beside report.yaml, e.g. source.pdf.
    public var file: String
    /// Where that copy is on disk (set by the loader): the build publishes
    /// it beside the report's page as the 原文 download.
    public var location: URL?

    public init(originalName: String, sha256: String, format: String, imported: String, file: String, location: URL? = nil) {
        self.originalName = originalName
        self.sha256 = sha256
        self.format = format
        self.imported = imported
        self.file = file
        self.location = location
    }

    /// A scan read by OCR (`portal import --ocr`): its figures and text are what OCR read from the
    /// pictures, which readers are told beside the original.
    public var readByOCR: Bool { format == "pdf-ocr" || format == "picture-ocr" }

    /// How the 原文 download is labelled: PDF, OFD, Word, ODT, 网页 or 文本.
    public var formatLabel: String {
        switch format {
        case "pdf", "pdf-ocr", "picture-ocr": "PDF"
        case "ofd": "OFD"
        case "docx", "doc", "rtf", "word-xml": "Word"
        case "odt": "ODT"
        case "html", "mhtml", "pdf-word-boxes", "pdf-html": "网页"
        default: "文本"
        }
    }
}
