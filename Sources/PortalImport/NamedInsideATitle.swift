import Foundation
import PortalModel

/// A body named only inside a document's title (友谊路街道 2025: `完成《友谊路街道主动公开事项目录》编制`, `编制《宝山区友谊路街道
/// 国民经济和社会发展第十五个五年规划纲要》`): a name inside 《》 is the document's, not a byline, so it is never taken as the
/// publisher. Where the report names no publisher otherwise, the refusal says it, and where.
extension SignedAgency {
    /// The name with its place that opens a title inside 《》 in `lines` (宝山区友谊路街道), the title as printed (its first
    /// twenty characters) and the line:
    /// the first such name, or a later one naming it with more of its place. A 街道's, a 镇's or a department's only: a
    /// government's name opens the titles of the rules a report cites (《上海市政府信息公开规定》), no clue to its publisher.
    static func namedInsideATitle(in lines: ArraySlice<SourceLine>) -> (name: String, title: String, line: Int)? {
        var found: (name: String, title: String, line: Int)?
        for line in lines where line.cells == nil {
            let text = foldedText(line)
            for title in text.split(separator: "《", omittingEmptySubsequences: false).dropFirst() {
                guard let close = title.firstIndex(of: "》"), let name = openingName(title[..<close]),
                      [.subdistrict, .town, .department].contains(Agency.Kind.from(name: name)) else { continue }
                // A government's office sending a notice (《安顺市人民政府办公室关于印发…的通知》, 岩腊乡 2019): the sender of the
                // rules the report's body follows, no clue to which body that is.
                if title[..<close].dropFirst(name.count).hasPrefix("关于"), name.range(ofPattern: #"政府办公[室厅]$"#) != nil { continue }
                guard found == nil || name.count > found!.name.count && name.hasSuffix(found!.name) else { continue }
                let printed = title[..<close]
                found = (name, "《" + printed.prefix(20) + (printed.count > 20 ? "…" : "") + "》", line.position.line)
            }
        }
        return found
    }
}

/// A town's own name alone heading a document of its year (岩腊乡 2019: `特制定《岩腊乡2019年政务公开工作实施方案`, the title cut
/// by the store before its 》): the body that wrote its own year's plan, most likely the report's — a clue for the refusal,
/// never taken (a title is no byline, and the name lacks the county or district it belongs to).
extension SignedAgency {
    /// The 乡's, 镇's, 街道's or 苏木's name opening a title in 《》 directly before a year (closed or cut at its line's end),
    /// the title as printed (its first twenty characters), the line, and whether the line ends before its 》: the first
    /// such. Not a name with its place (the titles `namedInsideATitle` reads), nor words that are no town's name (各乡镇, 全镇, 城乡).
    static func headingItsOwnYearsDocument(in lines: ArraySlice<SourceLine>) -> (name: String, title: String, line: Int, cut: Bool)? {
        for line in lines where line.cells == nil {
            let text = foldedText(line)
            for title in text.split(separator: "《", omittingEmptySubsequences: false).dropFirst() {
                let close = title.firstIndex(of: "》")
                let printed = title[..<(close ?? title.endIndex)]
                guard let match = printed.firstMatch(of: /^(\p{Han}{2,6}?(?:街道|镇|乡|苏木))(?:19|20)[0-9]{2}年/) else { continue }
                let name = String(match.output.1)
                guard !name.contains(where: { "省市县区旗盟州党委政府和及与、".contains($0) }), !name.contains("乡镇"),
                      !["各", "全", "本", "我", "该", "城乡", "乡村"].contains(where: name.hasPrefix) else { continue }
                let shown = "《" + printed.prefix(20) + (printed.count > 20 ? "…" : "") + (close == nil ? "" : "》")
                return (name, shown, line.position.line, close == nil)
            }
        }
        return nil
    }
}
