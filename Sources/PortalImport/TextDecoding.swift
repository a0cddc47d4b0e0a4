import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns the bytes of a text or a web page into a String. Older government
/// sites publish in GBK/GB2312/GB18030; Foundation on Linux does not decode
/// those, glibc's iconv does (GB18030 is a superset of both, so one decoder
/// serves the three names).
enum TextDecoding {
    /// The text, or nil when the bytes are not in the encoding the label
    /// names (or, unlabelled, in none the import knows).
    static func decode(_ bytes: Data, charset label: String?) -> String? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(data: bytes.dropFirst(3), encoding: .utf8) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes) }
        switch label.map(normalized) {
        case "utf8"?: return String(data: bytes, encoding: .utf8)
        case let name? where chineseCharsets.contains(name): return iconv(bytes, from: "GB18030")
        case .some: return nil
        case nil:
            // No label: UTF-16 when the bytes hold NULs (its ASCII half bytes are 0),
            // UTF-8 when they are valid UTF-8 (a GBK text almost never is).
            if bytes.contains(0), let text = utf16(bytes) { return text }
            if let text = String(data: bytes, encoding: .utf8) { return text }
            return iconv(bytes, from: "GB18030")
        }
    }

    /// A text saved as UTF-16 (Windows' “Unicode”), with or without its
    /// byte-order mark: without one, the order that reads as text, when
    /// nearly every character is a letter, figure, CJK or punctuation
    /// (arbitrary bytes read as UTF-16 give mostly unassigned or rare ones).
    static func utf16(_ bytes: Data) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) { return String(data: bytes.dropFirst(2), encoding: .utf16LittleEndian) }
        if bytes.starts(with: [0xFE, 0xFF]) { return String(data: bytes.dropFirst(2), encoding: .utf16BigEndian) }
        guard bytes.count >= 16, bytes.count % 2 == 0 else { return nil }
        for encoding in [String.Encoding.utf16LittleEndian, .utf16BigEndian] {
            // A sample may end inside a surrogate pair.
            guard let text = String(data: bytes, encoding: encoding) ?? String(data: bytes.dropLast(2), encoding: encoding) else { continue }
            let sample = text.unicodeScalars.prefix(4096)
            let plain = sample.filter { scalar in
                scalar.properties.isWhitespace || (0x20..<0x7F).contains(scalar.value)
                    || (0x3000..<0x30FF).contains(scalar.value) || (0x4E00..<0xA000).contains(scalar.value)
                    || (0xFF00..<0xFFF0).contains(scalar.value) || (0x2000..<0x2070).contains(scalar.value)
            }.count
            if plain * 100 >= sample.count * 95 { return text }
        }
        return nil
    }

    /// Whether a charset label is one `decode` knows.
    static func isKnown(_ label: String) -> Bool {
        let name = normalized(label)
        return name == "utf8" || chineseCharsets.contains(name)
    }

    private static let chineseCharsets: Set<String> = ["gbk", "gb2312", "gb18030", "cp936", "xgbk", "euccn", "hzgb2312"]

    private static func normalized(_ label: String) -> String {
        label.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    private static func iconv(_ data: Data, from encoding: String) -> String? {
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = [UInt8](data)
        var output = [UInt8](repeating: 0, count: data.count * 4 + 16)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                // A byte sequence that is not GB18030 makes iconv fail: the
                // text is then in an encoding we do not know, not mangled.
                guard Glibc.iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(decoding: output.prefix(written), as: UTF8.self)
    }
}
