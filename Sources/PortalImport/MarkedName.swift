import Foundation
import PortalModel

/// A name printed where the publisher's stands (a title's, a line of its own above the report) that holds what no body's name
/// holds: Latin letters or `_`. A spam mirror puts a betting site's name in the place's (`365bet网上娱乐_365BETAPP官网_365体育平台网址
/// 人民政府合作交流办公室`, a 合作交流办 2022): never taken, but said, so that the refusal does not claim the report prints no name.
struct MarkedName: Equatable {
    var name: String
    /// The letters and marks no name holds, as printed (`365bet`, `_`).
    var marks: [String]
    var line: Int

    /// The first such name in the opening `lines`: the words before a year (a title's) or the whole line, ending as a body's
    /// name ends (…办公室, …局, …人民政府).
    static func find(in lines: ArraySlice<SourceLine>) -> MarkedName? {
        for line in lines where line.cells == nil {
            var text = line.text.filter { !$0.isWhitespace }
            if let year = text.range(ofPattern: #"(19|20)[0-9]{2}年"#) { text = String(text[..<year.lowerBound]) }
            guard text.count <= 60, Agency.Kind.from(name: text) != .other,
                  text.contains(where: { ("\u{4E00}"..."\u{9FFF}").contains($0) }) else { continue }
            var marks: [String] = []
            var rest = text[...]
            while let mark = rest.range(ofPattern: #"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|_"#) {
                if !marks.contains(String(rest[mark])) { marks.append(String(rest[mark])) }
                rest = rest[mark.upperBound...]
            }
            if !marks.isEmpty { return MarkedName(name: text, marks: marks, line: line.position.line) }
        }
        return nil
    }

    /// The refusal's words, after “The report prints no publisher's name: ”.
    var message: String {
        "it prints “\(name)” (line \(line)) where a body's name stands, with letters and marks no body's name holds ("
            + marks.map { "“\($0)”" }.joined(separator: ", ")
            + "): a copied page may have put another site's name in the body's place"
    }
}
