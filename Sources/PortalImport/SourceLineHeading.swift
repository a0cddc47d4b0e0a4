import Foundation

extension TextExtractor {
    /// A page's `来源:` field run into the article's first heading, as a copy of the page keeps it when the site sets the
    /// article right after the field with no break between (普陀's pages, 长寿路街道 2020: `2021年01月22日 来源: 上海普陀一、总体情况`):
    /// the field, then the heading on a line of its own. Only part 一's heading, closing a short line of no sentence: the
    /// field's value is a name, never a sentence's text.
    static func sourceThenHeading(_ line: String) -> [String] {
        guard line.count <= 80, line.contains("来源"), line.contains("一、"),
              let regex = sourceRunIntoHeading,
              let match = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
              let field = Range(match.range(at: 1), in: line), let heading = Range(match.range(at: 2), in: line) else { return [line] }
        return [String(line[field]), String(line[heading])]
    }

    private static let sourceRunIntoHeading = try? NSRegularExpression(
        pattern: #"^(.*来源\s*[：:][^。，,；;]*?)\s*(一、[^\s。，,；;：:]{2,12}(?:情况|概况|概述))\s*$"#)
}
