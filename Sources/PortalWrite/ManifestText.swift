import Crypto
import Foundation

/// A manifest's text, with where each entry's line is in it: a patch of
/// `portal serve` that changes a few files rewrites their lines and copies
/// the rest, instead of serializing 190,000 lines (50,000 reports) again.
struct ManifestText {
    private(set) var bytes: [UInt8]
    /// Each entry's line: its first byte, and its length.
    private var starts: [Int]
    private var lengths: [Int]

    /// `manifest@2` writes an entry as `[path, size, sha256]`: `@1`'s
    /// objects named the three on each of 45,000 lines at 10,000 reports
    /// (≈ 1.1 MB). `Manifest.parse` reads both.
    static let header = Array("{\"format\":\"transparency-portal/manifest@2\",\"files\":[\n".utf8)
    static let separator = Array(",\n".utf8)
    static let footer = Array("\n]}\n".utf8)

    init(_ entries: [Manifest.Entry]) {
        bytes = []
        bytes.reserveCapacity(entries.count * 180 + 64)
        starts = []
        starts.reserveCapacity(entries.count)
        lengths = []
        lengths.reserveCapacity(entries.count)
        bytes.append(contentsOf: Self.header)
        for (position, entry) in entries.enumerated() {
            if position > 0 { bytes.append(contentsOf: Self.separator) }
            let start = bytes.count
            Self.line(entry, into: &bytes)
            starts.append(start)
            lengths.append(bytes.count - start)
        }
        bytes.append(contentsOf: Self.footer)
    }

    var count: Int { starts.count }

    /// The text with the lines of `changes` (positions in the same list of entries) rewritten.
    mutating func replace(_ changes: [Int: Manifest.Entry]) {
        guard !changes.isEmpty else { return }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + changes.count * 64)
        var copied = 0
        var shift = 0
        var unshifted = 0
        for position in changes.keys.sorted() {
            // Lines between two changed ones move by what the earlier changes added or took away.
            for moved in unshifted..<position { starts[moved] += shift }
            let oldStart = starts[position]
            out.append(contentsOf: bytes[copied..<oldStart])
            let newStart = out.count
            Self.line(changes[position]!, into: &out)
            copied = oldStart + lengths[position]
            shift += (out.count - newStart) - lengths[position]
            starts[position] = newStart
            lengths[position] = out.count - newStart
            unshifted = position + 1
        }
        for moved in unshifted..<starts.count { starts[moved] += shift }
        out.append(contentsOf: bytes[copied...])
        bytes = out
    }

    /// One entry's line, as `Manifest.serialized()` writes it.
    static func line(_ entry: Manifest.Entry, into out: inout [UInt8]) {
        line(path: entry.path, size: entry.size, into: &out) { $0.append(contentsOf: entry.sha256.utf8) }
    }

    /// A line whose digest `sha256` appends (as hex) where it goes.
    static func line(path: String, size: Int, into out: inout [UInt8], sha256: (inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "["))
        quote(path, into: &out)
        out.append(UInt8(ascii: ","))
        out.append(contentsOf: String(size).utf8)
        out.append(contentsOf: ",\"".utf8)
        sha256(&out)
        out.append(contentsOf: "\"]".utf8)
    }

    /// Writes the text of `count` lines to `file` as it makes them, a
    /// buffer at a time, and returns its SHA-256: the same bytes as
    /// `ManifestText(entries).bytes`, never held whole (≈ 8 MB at 10,000
    /// reports, made at the end of a build that still holds the site).
    /// `line(position, &out)` appends the line at `position` (as `line(_:into:)`).
    static func write(_ count: Int, to file: String, line: (Int, inout [UInt8]) -> Void) throws -> SHA256.Digest {
        var hasher = SHA256()
        try FileWriter.stream(to: file) { flush in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(Self.flushSize + 1024)
            func pass() throws {
                hasher.update(data: buffer)
                try flush(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
            buffer.append(contentsOf: Self.header)
            for position in 0..<count {
                if position > 0 { buffer.append(contentsOf: Self.separator) }
                line(position, &buffer)
                if buffer.count >= Self.flushSize { try pass() }
            }
            buffer.append(contentsOf: Self.footer)
            try pass()
        }
        return hasher.finalize()
    }

    /// Bytes written at a time by `write(_:to:line:)`.
    static let flushSize = 1 << 16

    private static func quote(_ text: String, into out: inout [UInt8]) {
        // Paths almost never hold a character JSON escapes.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: text.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            default:
                if scalar.value < 0x20 { quoted += String(format: "\\u%04x", scalar.value) } else { quoted.unicodeScalars.append(scalar) }
            }
        }
        out.append(contentsOf: (quoted + "\"").utf8)
    }
}
