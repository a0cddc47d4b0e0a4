import Foundation
import PortalModel

/// A PDF → lines, through poppler's `pdftotext -layout`, which keeps a
/// table row on one line (its cells separated by spaces) and marks pages
/// with form feeds.
enum PDFExtractor {
    static func lines(of file: URL, path: String) -> Result<[SourceLine], ImportFailure> {
        guard let tool = executable("pdftotext") else {
            return .failure(.error(.importToolMissing, at: SourceLocation(path: path),
                                   "cannot read a PDF: pdftotext is not installed",
                                   hint: "install poppler-utils (scripts/setup does), or import the Word or web version"))
        }
        let process = Process()
        process.executableURL = tool
        process.arguments = ["-layout", "-enc", "UTF-8", "-q", file.path, "-"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            return .failure(.error(.importUnreadable, at: SourceLocation(path: path), "pdftotext could not be started: \(error.localizedDescription)"))
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(.error(.importUnreadable, at: SourceLocation(path: path),
                                   "the PDF cannot be read (pdftotext failed with status \(process.terminationStatus)); the file may be damaged",
                                   hint: "download it again, or import the Word or web version of the report"))
        }
        let text = String(decoding: data, as: UTF8.self)
        let lines = TextExtractor.lines(of: text, layout: true)
        let letters = lines.reduce(0) { $0 + $1.text.filter { !$0.isWhitespace }.count }
        guard letters >= 20 else {
            return .failure(.error(.importScannedPdf, at: SourceLocation(path: path),
                                   "scanned PDF, no text layer: the pages are images, there is no text to read",
                                   hint: "ask the agency for the Word or web version, or type the report by hand; the import never guesses figures from images"))
        }
        return .success(lines)
    }

    /// A program on PATH (or in the usual places when PATH is bare).
    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        return folders.lazy.map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
