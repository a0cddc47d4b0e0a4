import Foundation
import PortalModel

/// A name printed where the publisher's stands (a title's, a line of its own above the report, a breadcrumb's step) that holds
/// what no body's name holds: Latin letters or `_`. A spam mirror puts a betting site's name in the place's (`365bet网上娱乐_365BETAPP官网_365体育平台网址
/// 人民政府合作交流办公室`, a 合作交流办 2022; the breadcrumb `当前位置:首页 > bt365彩票官方app_…直播365体育财政局 > 信息公开专栏`, a 南京
/// 财政局 2020): never taken, but said, so that the refusal does not claim the report prints no name.
struct MarkedName: Equatable {
    var name: String
    /// The letters and marks no name holds, as printed (`365bet`, `_`).
    var marks: [String]
    var line: Int
    /// A step of the page's breadcrumb (当前位置:首页 > … > 信息公开专栏), the section the site files the report under.
    var inBreadcrumb = false

    /// The first such name in the opening `lines`: the words before a year (a title's) or the whole line, or a breadcrumb's
    /// step, ending as a body's name ends (…办公室, …局, …人民政府).
    static func find(in lines: ArraySlice<SourceLine>) -> MarkedName? {
        for line in lines where line.cells == nil {
            var text = line.text.filter { !$0.isWhitespace }
            if let steps = breadcrumbSteps(text) {
                if let step = steps.lazy.compactMap({ marked(String($0), line: line.position.line) }).first {
                    var named = step
                    named.inBreadcrumb = true
                    return named
                }
                continue
            }
            if let year = text.range(ofPattern: #"(19|20)[0-9]{2}年"#) { text = String(text[..<year.lowerBound]) }
            if let named = marked(text, line: line.position.line) { return named }
        }
        return nil
    }

    /// `text` as a body's name holding letters or marks no name holds; nil if it ends as no body's name, or holds none.
    private static func marked(_ text: String, line: Int) -> MarkedName? {
        guard text.count <= 60, Agency.Kind.from(name: text) != .other,
              text.contains(where: { ("\u{4E00}"..."\u{9FFF}").contains($0) }) else { return nil }
        var marks: [String] = []
        var rest = text[...]
        while let mark = rest.range(ofPattern: #"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|_"#) {
            if !marks.contains(String(rest[mark])) { marks.append(String(rest[mark])) }
            rest = rest[mark.upperBound...]
        }
        return marks.isEmpty ? nil : MarkedName(name: text, marks: marks, line: line)
    }

    /// A breadcrumb's steps after its label (`当前位置:首页>某局>信息公开专栏` → 首页, 某局, 信息公开专栏), spaces already out;
    /// nil for a line that is no breadcrumb.
    static func breadcrumbSteps(_ text: String) -> [Substring]? {
        guard let label = text.prefixMatch(of: /(?:您?当前的?位置|您的位置|所在位置)[:：]?/) else { return nil }
        let steps = text[label.range.upperBound...].split(whereSeparator: { ">＞»›/".contains($0) })
        return steps.count >= 2 ? steps : nil
    }

    /// The refusal's words, after “The report prints no publisher's name: ”.
    var message: String {
        "it prints “\(name)” (line \(line)) "
            + (inBreadcrumb ? "as a step of the page's breadcrumb (当前位置), where the body's name stands" : "where a body's name stands")
            + ", with letters and marks no body's name holds ("
            + marks.map { "“\($0)”" }.joined(separator: ", ")
            + "): a copied page may have put another site's name in the body's place"
    }
}
