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

    /// A town's government named short in the title (`建平乡政府2025年…报告`, 镇赉 建平乡 2025: 政府 without 人民) whose report
    /// prints the same town's 人民政府 (`2025年,建平乡人民政府严格按照…`; an address, `地址:建水县青龙镇人民政府` under 青龙镇政府, 2019):
    /// the name in full. Printed only short, it stays as printed.
    static func townsGovernmentInFull(_ name: String, in opening: ArraySlice<SourceLine>) -> String? {
        guard name.hasSuffix("政府"), !name.hasSuffix("人民政府") else { return nil }
        let town = name.dropLast(2)
        guard let last = town.last, "乡镇".contains(last) else { return nil }
        let full = town + "人民政府"
        return opening.contains { $0.cells == nil && $0.text.filter { !$0.isWhitespace }.contains(full) } ? String(full) : nil
    }
}
