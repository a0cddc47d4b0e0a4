/// Notes for the people who edit a narrative: HTML comments (`<!-- … -->`),
/// such as the guidance `portal new report` writes into a new section.
///
/// They are not part of the report, so they are dropped as the file is
/// read: no page, download or search index carries them, and a section
/// that holds only its note is empty (`empty-narrative` says so). cmark's
/// safe mode would hide them on the page, but not from the downloads.
enum NarrativeNotes {
    static func strip(_ text: String) -> String {
        guard text.contains("<!--") else { return text }
        var kept = ""
        var rest = text[...]
        while let open = rest.range(of: "<!--"), let close = rest[open.upperBound...].range(of: "-->") {
            kept += rest[..<open.lowerBound]
            rest = rest[close.upperBound...]
        }
        return kept + rest
    }
}
