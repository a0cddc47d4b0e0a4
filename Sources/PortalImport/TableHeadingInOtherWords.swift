import Foundation
import PortalModel

extension ReportRecogniser {
    /// The line right above a part's table that numbers it as that part, in other words than the form's (沙依巴克区 2019:
    /// `二、` / `主要公开政府信息情况`, 主要 for 主动, its number alone on the line above): the heading as printed, so the
    /// refusal names it, as part 一's does, rather than saying the table stands under no heading. A short line of no sentence.
    static func tableHeadingInOtherWords(_ section: FormSection, above table: SourceLine, in lines: [SourceLine]) -> String? {
        guard let at = lines.firstIndex(where: { $0.position == table.position && $0.text == table.text }) else { return nil }
        let above = lines[..<at].filter { $0.cells == nil && !$0.text.allSatisfy(\.isWhitespace) }
            .suffix(2).map { $0.text.trimmingCharacters(in: .whitespaces) }
        guard let last = above.last else { return nil }
        let numberAlone = above.count == 2 && above[0].range(ofPattern: "^\(section.number)\\s*、$") != nil
        let heading = numberAlone ? above[0] + last : last
        guard heading.count <= 30, heading.range(ofPattern: "^\(section.number)\\s*、") != nil,
              !heading.contains(where: { "。，；,;".contains($0) }) else { return nil }
        return heading
    }
}
