import Foundation

/// A body's short name as its report defines it: 广西壮族自治区北部湾经济区规划建设管理办公室(以下简称自治区北部湾办),
/// after which the title and the text print the short one.
enum ShortName {
    /// The full name `short` stands for in the preamble's `（以下简称…）`, when the words before it read as an agency's name.
    static func inFull(_ short: String, in preamble: ArraySlice<SourceLine>) -> String? {
        let quoted = NSRegularExpression.escapedPattern(for: short)
        guard let regex = try? NSRegularExpression(pattern:
            #"([^。，,；;：:（(）)《》“”"由]{4,40})[（(]以下简称[“"]?"# + quoted + #"[”"]?[）)]"#) else { return nil }
        for line in preamble where line.cells == nil {
            let text = line.text.filter { !$0.isWhitespace }
            guard text.contains(short), let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let range = Range(match.range(at: 1), in: text) else { continue }
            let name = String(text[range])
            if name != short, SignedAgency.isAgencyName(name) { return name }
        }
        return nil
    }
}
