import Foundation
import PortalModel

/// An old Word `.doc` (Word 97–2003), WPS `.wps`, `.rtf` or OpenDocument `.odt` file → lines: LibreOffice
/// (`soffice --headless`) saves it as `.docx`, which `DocxExtractor` reads.
/// Many agencies still attach .doc files; the text tools for them (antiword,
/// catdoc) drop table rows or garble text in files saved by other programs,
/// which LibreOffice reads whole.
enum DocExtractor {
    /// Longer than any real conversion (a few seconds): a stuck LibreOffice is stopped.
    static let timeout: TimeInterval = 120

    static func body(of file: URL, format: SourceFormat, path: String) -> Result<ParagraphTables.Body, ImportFailure> {
        let whole = SourceLocation(path: path)
        guard let tool = ExternalTool.executable("soffice") ?? ExternalTool.executable("libreoffice") else {
            return .failure(.error(.importToolMissing, at: whole,
                                   "cannot read an old Word .doc, WPS .wps, .rtf or OpenDocument .odt file: LibreOffice (soffice) is not installed",
                                   hint: "install libreoffice-writer-nogui (scripts/setup --for-tests does), or save the file as .docx and import that"))
        }
        // Its own profile and output folder: LibreOffice refuses to run twice on one profile.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("portal-doc-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        // An .odt keeps its name: LibreOffice reads a package by its name's filter.
        let input = scratch.appendingPathComponent(format == .odt ? "source.odt" : "source.doc")
        let output = scratch.appendingPathComponent("out")
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            // A name LibreOffice reads as Word whatever the original was called (report.wps, 下载.htm…).
            try FileManager.default.copyItem(at: file, to: input)
        } catch {
            return .failure(.error(.importUnreadable, at: whole, "cannot prepare the conversion: \(error.localizedDescription)"))
        }
        let arguments = ["-env:UserInstallation=file://\(scratch.path)/profile", "--headless", "--norestore",
                         "--convert-to", "docx:MS Word 2007 XML", "--outdir", output.path, input.path]
        let status: Int32
        switch ExternalTool.run(tool, arguments, timeout: timeout) {
        case .notStarted(let reason):
            return .failure(.error(.importUnreadable, at: whole, "LibreOffice could not be started: \(reason)"))
        case .timedOut:
            return .failure(.error(.importUnreadable, at: whole, "LibreOffice did not finish reading the file in \(Int(timeout)) s",
                                   hint: "open it in Word or WPS, save it as .docx and import that"))
        case .finished(let exit, _):
            status = exit
        }
        guard status == 0,
              let converted = try? Data(contentsOf: output.appendingPathComponent("source.docx")), !converted.isEmpty else {
            return .failure(.error(.importUnreadable, at: whole,
                                   "the .doc/.wps/.rtf/.odt file cannot be read (LibreOffice could not convert it); it may be damaged or not a text document",
                                   hint: "download it again, or open it in Word or WPS, save it as .docx and import that"))
        }
        return DocxExtractor.body(of: converted, path: path)
    }
}
