import Foundation

/// A body's short name as its report defines it: 广西壮族自治区北部湾经济区规划建设管理办公室(以下简称自治区北部湾办),
/// after which the title and the text print the short one.
enum ShortName {
    /// The full name `short` stands for in the preamble's `（以下简称…）`, when the words before it read as an agency's name.
    /// Read in simplified characters (a 繁體 mirror's 以下簡稱), the full name taken as printed: the simplified text keeps
    /// every character's place and UTF-16 length, so the match's range is the printed text's.
    static func inFull(_ short: String, in preamble: ArraySlice<SourceLine>) -> String? {
        let plainShort = LabelText.simplifying(short)
        let quoted = NSRegularExpression.escapedPattern(for: plainShort)
        guard let regex = try? NSRegularExpression(pattern:
            #"([^。，,；;：:（(）)《》“”"由]{4,40})[（(]以下简称[“"]?"# + quoted + #"[”"]?[）)]"#) else { return nil }
        for line in preamble where line.cells == nil {
            let printed = line.text.filter { !$0.isWhitespace }
            let text = LabelText.simplifying(printed)
            guard text.contains(plainShort), let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let range = Range(match.range(at: 1), in: printed) else { continue }
            let name = String(printed[range])
            if LabelText.simplifying(name) != plainShort, SignedAgency.isAgencyName(name) { return name }
        }
        return nil
    }
}
