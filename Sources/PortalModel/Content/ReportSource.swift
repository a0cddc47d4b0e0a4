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

    public init(originalName: String, sha256: String, format: String, imported: String, file: String) {
        self.originalName = originalName
        self.sha256 = sha256
        self.format = format
        self.imported = imported
        self.file = file
    }
}
