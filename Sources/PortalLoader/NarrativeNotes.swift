import Foundation

/// Notes for the people who edit a narrative: HTML comments (`<!-- … -->`),
/// such as the guidance `portal new report` writes into a new section.
///
/// They are not part of the report, so they are dropped as the file is
/// read: no page, download or search index carries them, and a section
/// that holds only its note is empty (`empty-narrative` says so). cmark's
/// safe mode would hide them on the page, but not from the downloads.
enum NarrativeNotes {
    static func strip(_ text: String) -> String {
        // A byte scan first: most narratives have no note, and Foundation's
        // `contains`/`range(of:)` fold Unicode on the way (≈ 12 % of
        // `portal check` at 10,000 reports).
        guard hasNote(text) else { return text }
        var kept = ""
        var rest = text[...]
        while let open = rest.range(of: "<!--"), let close = rest[open.upperBound...].range(of: "-->") {
            kept += rest[..<open.lowerBound]
            rest = rest[close.upperBound...]
        }
        return kept + rest
    }

    /// Whether `<!--` occurs in the text: `memchr` to each `<` (a vectorised
    /// scan; a byte loop here was 1.5 % of a cold `portal check`).
    static func hasNote(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count >= 4 else { return false }
            var index = 0
            while index <= bytes.count - 4 {
                guard let found = memchr(base + index, Int32(UInt8(ascii: "<")), bytes.count - 3 - index) else { return false }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if base[index + 1] == UInt8(ascii: "!"), base[index + 2] == UInt8(ascii: "-"), base[index + 3] == UInt8(ascii: "-") { return true }
                index += 1
            }
            return false
        }
    }
}
