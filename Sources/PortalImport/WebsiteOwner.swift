import Foundation
import PortalModel

/// A body named only as its website's owner (大溪沟街道 2020: `通过渝中区人民政府大溪沟街道办事处子网站主动公开…`): the site
/// that keeps a report is no byline (a government's site keeps its departments' and 街道's reports), so the owner is never
/// taken as the publisher. Where the report names no publisher otherwise, the refusal says it, and where.
extension SignedAgency {
    /// The words a website is called by after its owner's name, longest first.
    static let websiteWords = ["子网站", "门户网站", "政务网站", "政府网站", "网站", "官网"]

    /// The first body named as a website's owner in `lines`, the words as printed (`…大溪沟街道办事处子网站`) and the line: a
    /// name with its place, the whole of a clause after the word that opens it (通过, 依托…). A 街道's, a 镇's or a
    /// department's only: a government's site (通过县人民政府门户网站) keeps many bodies' reports, no clue to the publisher.
    static func namedAsWebsitesOwner(in lines: ArraySlice<SourceLine>) -> (name: String, website: String, line: Int)? {
        for line in lines where line.cells == nil {
            let text = foldedText(line)
            var searched = text.startIndex
            while let word = websiteWords.compactMap({ text.range(of: $0, range: searched..<text.endIndex) })
                .min(by: { $0.lowerBound < $1.lowerBound || $0.lowerBound == $1.lowerBound && $0.upperBound > $1.upperBound }) {
                searched = word.upperBound
                let before = text[..<word.lowerBound]
                let clause = before[(before.lastIndex(where: { "。，,；;：:、()（）《》“”\"".contains($0) }).map(before.index(after:)) ?? before.startIndex)...]
                guard let opener = websiteOpeners.compactMap({ clause.range(of: $0, options: .backwards) }).max(by: { $0.upperBound < $1.upperBound })
                else { continue }
                let name = String(clause[opener.upperBound...])
                guard isAgencyName(name), namesItsPlace(name), [.subdistrict, .town, .department].contains(Agency.Kind.from(name: name))
                else { continue }
                return (name, "…" + name + text[word], line.position.line)
            }
        }
        return nil
    }

    /// The words a clause opens with before the site it names (通过…子网站, 依托…门户网站, 在…网站上).
    private static let websiteOpeners = ["通过", "依托", "利用", "借助", "登录", "在"]
}
