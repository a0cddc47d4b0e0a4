import Foundation
import PortalModel

/// Totals listed after a none, under its one negation, to the end of the sentence: 截至2025年12月31日，我局未受理
/// 政府信息公开申请，行政复议和行政诉讼 (柴桑区林业局 2025), or with 、 — the reviews and lawsuits are denied as the
/// applications are, none of each.
extension NarrativeMatcher {
    /// Words between the items of such a list.
    private static let listJoins: [[Unicode.Scalar]] = ["、", "，", ",", "和", "及", "与", "或", "以及"].map { Array($0.unicodeScalars) }
    /// Words a list may end on: 行政复议和行政诉讼案件.
    private static let listEnds: [[Unicode.Scalar]] = ["案件", "事项", "的情况发生", "情况发生", "的情况", "情况", "的情形", "情形"]
        .map { Array($0.unicodeScalars) }
    /// Verbs an item may repeat after its join: …行政复议，提起行政诉讼的情况.
    private static let itemVerbs: [[Unicode.Scalar]] = ["被提起", "提起"].map { Array($0.unicodeScalars) }
    private static let commas: ScalarSet = ["，", ","]

    /// The totals listed right after the none at `span` (its claim's `claim`)
    /// when the rest of the sentence is that list alone, each by its claim and
    /// where it stands; [] otherwise: …申请，行政复议和行政诉讼均为0 and
    /// …申请，行政复议和行政诉讼情况良好 say more than the list, and are read
    /// by their own words or not at all. An item is a gapless phrase or bare
    /// phrase (行政复议, 行政诉讼, 复议, 诉讼) of a total its bare word may name
    /// (`bareAfterSentence`: reviews, lawsuits), after another total's none,
    /// perhaps after its verb (提起). After the reviews' none, the lawsuits' own
    /// phrases read them in its clause (未发生行政复议、行政诉讼); after a comma they
    /// cannot, so the list does: 全年未发生因政府信息公开申请行政复议，提起行政诉讼的情况
    /// (丁桥镇 2021), 无因政府信息产生行政复议，提起行政诉讼情况发生 — one none over both.
    func totalsListed(after span: Range<Int>, of claim: Int, in text: NarrativeText) -> [(claim: Int, range: Range<Int>)] {
        guard !bareAfterSentence.contains(claim) || span.upperBound < text.scalars.count && Self.commas.contains(text.scalars[span.upperBound])
        else { return [] }
        let end = text.end(of: span.upperBound, ends: NarrativeText.sentenceEnds)
        var items: [(claim: Int, range: Range<Int>)] = []
        var i = span.upperBound
        while i < end, let join = Self.listJoins.first(where: { text.matches($0, at: i) }) {
            i += join.count
            if let verb = Self.itemVerbs.first(where: { text.matches($0, at: i) }) { i += verb.count }
            guard let item = listableTotals.filter({ $0.claim != claim && text.matches($0.word, at: i) }).max(by: { $0.word.count < $1.word.count })
            else { return [] }
            items.append((item.claim, i..<(i + item.word.count)))
            i += item.word.count
        }
        if let close = Self.listEnds.first(where: { text.matches($0, at: i) }) { i += close.count }
        return i == end ? items : []
    }

    /// The totals' words an item of such a list may be: only read where a none is.
    private var listableTotals: [(claim: Int, word: [Unicode.Scalar])] {
        bareAfterSentence.sorted().filter { kindOf[$0] == nil }.flatMap { index in
            (claims.claims[index].phrases + claims.claims[index].barePhrases)
                .filter { !$0.contains("…") && !$0.contains("#") && $0.count >= 2 }
                .map { (index, Array($0.unicodeScalars)) }
        }
    }

    /// The listed totals' nones: certain as the head's none is, unless the
    /// head's words hold one of the item's `unless` words (受理 of a review is
    /// a review body's caseload: 未受理…申请，行政复议 — probable) or its
    /// `certainWith` words stand nowhere in the sentence.
    func nonesListed(after head: NarrativeStatement, span: Range<Int>, of claim: Int, in text: NarrativeText,
                     sentence: Range<Int>) -> [(claim: Int, statement: NarrativeStatement)] {
        totalsListed(after: span, of: claim, in: text).map { item in
            let certain = head.certain && !unless[item.claim].contains { text.contains($0, in: sentence.lowerBound..<span.upperBound) }
                && (certainWith[item.claim].isEmpty || certainWith[item.claim].contains { text.contains($0, in: sentence) })
            return (item.claim, NarrativeStatement(claim: claims.claims[item.claim], value: 0, precision: 1,
                                                   range: item.range.lowerBound..<(item.range.lowerBound + 1),
                                                   unitEnd: item.range.upperBound, certain: certain, writtenAsNone: true))
        }
    }
}
