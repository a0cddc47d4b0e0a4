import Foundation
import PortalModel

/// Reads a text file as UTF-8, turning every way it can fail into a
/// diagnostic instead of a crash.
enum TextFile {
    static func read(_ url: URL, displayPath: String, log: DiagnosticLog) -> String? {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            log.error("io", at: SourceLocation(path: displayPath), "cannot read the file: \(describe(error))")
            return nil
        }
        guard var text = String(data: data, encoding: .utf8) else {
            log.error("encoding", at: SourceLocation(path: displayPath, line: firstInvalidLine(data)),
                      "the file is not valid UTF-8",
                      hint: "save it as UTF-8 (in many editors: “Save with encoding” → UTF-8); GBK files must be converted")
            return nil
        }
        // A byte-order mark is harmless but would shift column numbers.
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// The 1-based line holding the first byte that breaks UTF-8, so the
    /// error points close to the problem.
    private static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for (offset, byte) in data.enumerated() where byte == UInt8(ascii: "\n") {
            let end = data.startIndex + offset
            if String(data: data[start..<end], encoding: .utf8) == nil { return line }
            line += 1
            start = end + 1
        }
        return line
    }

    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
           let posix = POSIXErrorCode(rawValue: Int32(underlying.code)), underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(posix.rawValue))
        }
        if ns.domain == NSCocoaErrorDomain, ns.code == NSFileReadNoSuchFileError { return "no such file" }
        return ns.localizedDescription
    }
}
