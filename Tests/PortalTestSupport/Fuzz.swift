import Foundation

/// Inputs for fuzz tests: built from an alphabet of the pieces a format
/// is made of (so most inputs get past the first character), or made by
/// mutating real files. Seeded: a failure names the seed that replays it.
public struct Fuzz {
    public var random: SeededRandom

    public init(seed: UInt64? = nil) {
        random = SeededRandom(seed: seed)
    }

    /// Up to `length` pieces drawn from `alphabet`, joined.
    public mutating func text(from alphabet: [String], length: ClosedRange<Int>) -> String {
        let count = Int.random(in: length, using: &random)
        return (0..<count).map { _ in alphabet.randomElement(using: &random)! }.joined()
    }

    /// `original` with a few random edits: bytes replaced, inserted or
    /// removed, lines duplicated, swapped or dropped, pieces of `alphabet`
    /// put in. Invalid UTF-8 is possible on purpose.
    public mutating func mutate(_ original: String, alphabet: [String], edits: ClosedRange<Int> = 1...6) -> Data {
        var bytes = Array(original.utf8)
        for _ in 0..<Int.random(in: edits, using: &random) {
            guard !bytes.isEmpty else { bytes = Array((alphabet.randomElement(using: &random) ?? "").utf8); continue }
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0: bytes[at] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.insert(contentsOf: Array((alphabet.randomElement(using: &random) ?? "").utf8), at: at)
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...8, using: &random)))
            default:
                var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
                let line = Int.random(in: 0..<lines.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: lines.insert(lines[line], at: line)
                case 1: lines.swapAt(line, Int.random(in: 0..<lines.count, using: &random))
                default: if lines.count > 1 { lines.remove(at: line) }
                }
                bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
            }
        }
        return Data(bytes)
    }

    /// A binary file (a zip, a PDF) with up to eight bytes replaced at
    /// random and, half the time, cut short: mostly stopped at the container.
    public mutating func damage(_ original: Data) -> Data {
        var bytes = [UInt8](original)
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
        }
        if Bool.random(using: &random) { bytes.removeLast(Int.random(in: 0..<bytes.count, using: &random)) }
        return Data(bytes)
    }

    /// How many inputs each fuzz test tries: a bounded run in CI, more
    /// with `PORTAL_ROUNDS` (scripts/fuzz).
    public static func rounds(_ fallback: Int) -> Int { SeededRandom.rounds(fallback) }

    /// Pieces of YAML: indicators, quotes, indentation, scalars, Chinese text.
    public static let yamlAlphabet = [
        "key", "received", "form", ":", ": ", " ", "  ", "\n", "\n  ", "\n    ", "[", "]", ", ", ",", "{", "}", "\"", "'", "\\",
        "#", " # 注释", "- ", "&a ", "*a", "!", "!!str ", "|", ">", "~", "null", "0", "12", "-3", "0.35", "1e3", "填", "下沙街道",
        "\t", "\r", "?", "%", "@", "`", "\u{FEFF}", "---", "...", "\"\\u0041\"", "''",
    ]
}
