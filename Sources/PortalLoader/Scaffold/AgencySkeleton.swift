import PortalModel

/// agency.yaml of a new agency: the keys the loader requires, and the
/// optional ones as comments to fill in.
public struct AgencySkeleton: Sendable {
    public var name: String
    public var kind: Agency.Kind
    public var parent: String?

    public init(name: String, kind: Agency.Kind, parent: String?) {
        self.name = name
        self.kind = kind
        self.parent = parent
    }

    public var agencyYAML: String {
        let kinds = Agency.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        var lines = [
            "name: \(Self.scalar(name))   # full official name",
            "shortName: \(Self.scalar(name))   # used in lists and breadcrumbs: shorten it, e.g. 下沙街道",
            "kind: \(kind.rawValue)   # \(kinds)",
        ]
        if let parent { lines.append("parent: \(parent)   # slug of the agency it reports to") }
        lines += [
            "# contact:",
            "#   phone: 0571-00000000",
            "#   address: ",
            "#   postcode: \"000000\"   # quote it, or YAML reads a number",
            "#   email: gk@example.gov.cn",
            "# website: https://www.example.gov.cn/",
            "# formerNames:   # names it had before it was renamed: its earlier reports print them",
            "#   - name: ",
            "#     until: 2018   # the last year it had that name",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML value written plain when it reads back as the same text,
    /// double-quoted otherwise (a colon, a leading quote, a word YAML
    /// would read as a number or a boolean).
    static func scalar(_ text: String) -> String {
        let special = Set("-?:,[]{}#&*!|>'\"%@`")
        let plain = !text.isEmpty && text.first.map { !special.contains($0) && !$0.isWhitespace } == true
            && text.last.map { !$0.isWhitespace } == true
            && !text.contains(": ") && !text.contains(" #") && !text.contains("\n")
            && Double(text) == nil && !["true", "false", "yes", "no", "null", "~", "on", "off"].contains(text.lowercased())
        guard !plain else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
