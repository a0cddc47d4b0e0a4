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
        out.append(UInt8(ascii: "["))
        quote(entry.path, into: &out)
        out.append(UInt8(ascii: ","))
        out.append(contentsOf: String(entry.size).utf8)
        out.append(contentsOf: ",\"".utf8)
        out.append(contentsOf: entry.sha256.utf8)
        out.append(contentsOf: "\"]".utf8)
    }

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
