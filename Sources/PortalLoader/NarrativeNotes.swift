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

    /// Whether `<!--` occurs in the text.
    static func hasNote(_ text: String) -> Bool {
        let marker: [UInt8] = Array("<!--".utf8)
        var utf8 = text
        return utf8.withUTF8 { bytes in
            guard bytes.count >= marker.count else { return false }
            var index = 0
            while index <= bytes.count - marker.count {
                if bytes[index] == marker[0], bytes[index + 1] == marker[1], bytes[index + 2] == marker[2], bytes[index + 3] == marker[3] {
                    return true
                }
                index += 1
            }
            return false
        }
    }
}
