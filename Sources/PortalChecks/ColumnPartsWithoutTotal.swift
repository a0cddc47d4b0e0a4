import Foundation
import PortalModel

/// One kind of applicant's figure stated with the verb and no total before
/// it (收到自然人依申请公开事项1件 — 东台市文广旅局 2023; 答复公民申请3件): the
/// kind's column of the row the verb names (一 自然人, 三（七） 自然人), probable.
/// The kind's words put the total's phrases out (收到自然人 is an unless word
/// of 本年新收), so the text is read again with them masked — only where a
/// figure the first reading left has exactly one kind before it in its
/// clause (most narratives name 公民、法人和其他组织 only in boilerplate).
extension ColumnPartReader {
    func statementsWithoutTotal(in text: NarrativeText, year: Int, read: [NarrativeStatement],
                                numbers: [StatedNumber]? = nil) -> [NarrativeStatement] {
        guard !words.isEmpty else { return [] }
        let readAt = Set(read.map(\.range.lowerBound))
        guard (numbers ?? matcher.numbers(in: text)).contains(where: { number in
            number.unit != .percent && !readAt.contains(number.start) && oneKind(before: number.start, in: text) != nil
        }) else { return [] }
        let masked = text.maskingNames(words.kinds.flatMap(\.words))
        return matcher.statements(in: masked, year: year).compactMap { statement in
            let figure = statement.range.lowerBound
            guard !statement.writtenAsNone, words.totals.contains(statement.claim.id), !readAt.contains(figure) else { return nil }
            // After a total of the same row in the sentence, a part is the list reader's.
            let sentenceStart = text.start(of: figure, ends: NarrativeText.sentenceEnds)
            guard !read.contains(where: { $0.claim.id == statement.claim.id && (sentenceStart..<figure).contains($0.range.lowerBound) }) else { return nil }
            // Exactly one kind named before the figure in its clause.
            guard let kind = oneKind(before: figure, in: text) else { return nil }
            return NarrativeStatement(claim: Self.claim(of: kind.part, in: statement.claim), value: statement.value, precision: statement.precision,
                                      range: statement.range, unitEnd: statement.unitEnd, certain: false)
        }
    }

    /// The one kind of applicant named before `figure` in its clause, or nil.
    private func oneKind(before figure: Int, in text: NarrativeText) -> ColumnPartWords.Kind? {
        let clause = text.start(of: figure, ends: NarrativeText.clauseEnds)..<figure
        let named = words.kinds.filter { kind in kind.words.contains { text.contains($0, in: clause) } }
        return named.count == 1 ? named.first : nil
    }
}
