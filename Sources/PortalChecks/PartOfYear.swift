import PortalModel

/// Part of the year named in a sentence before its figure (2021年1月至11月,
/// 1-11月, 截至11月底): a month before December that ends a span or the
/// period counted, so the figure is not the year's. The words are the
/// form's (`monthSpanWords`, `monthEndWords`).
struct PartOfYear {
    private let spanWords: [[Unicode.Scalar]]
    private let endWords: [[Unicode.Scalar]]
    private let otherPeriodWords: [[Unicode.Scalar]]

    init(_ claims: NarrativeClaims) {
        spanWords = claims.monthSpanWords.map { Array($0.unicodeScalars) }
        endWords = claims.monthEndWords.map { Array($0.unicodeScalars) }
        otherPeriodWords = claims.otherPeriodWords.map { Array($0.unicodeScalars) }
    }

    /// True when the range names a month before December after a span word
    /// (至11月, 1-11月, 截至2021年11月) or before an end word (11月底).
    func isNamed(in text: NarrativeText, _ range: Range<Int>) -> Bool {
        for i in range where text.scalars[i] == "月" {
            guard let (month, start) = month(endingAt: i, in: text, floor: range.lowerBound), (1...11).contains(month) else { continue }
            if endWords.contains(where: { text.hasPrefix($0, at: i + 1) }) { return true }
            // Past spaces and the year it may name: 至 2021年11月.
            var j = start
            while j > range.lowerBound, NarrativeText.spaces.contains(text.scalars[j - 1]) { j -= 1 }
            if j - 5 >= range.lowerBound, text.scalars[j - 1] == "年", (j - 5..<j - 1).allSatisfy({ NumberReader.digit(text.scalars[$0]) != nil }) {
                j -= 5
            }
            if spanWords.contains(where: { text.hasSuffix($0, endingAt: j, notBefore: range.lowerBound) }) { return true }
        }
        return false
    }

    /// The month's number written just before 月 (11, 十一) and where it starts.
    private func month(endingAt index: Int, in text: NarrativeText, floor: Int) -> (Int, Int)? {
        var j = index
        while j > floor, NumberReader.digit(text.scalars[j - 1]) != nil { j -= 1 }
        if j < index {
            guard index - j <= 2 else { return nil }
            return (text.scalars[j..<index].reduce(0) { $0 * 10 + (NumberReader.digit($1) ?? 0) }, j)
        }
        while j > floor, NumberReader.isChineseNumeral(text.scalars[j - 1]) { j -= 1 }
        guard j < index, let month = NumberReader.chinese(text.scalars[j..<index]) else { return nil }
        return (month, j)
    }

    /// True when a clause in `range` (the figure's sentence before its clause) names a period other than the year
    /// (`otherPeriodWords`) at its end and states none of `figures` (sorted by start): a time heading the sentence
    /// (2021年上半年，共收到…申请5件), so the figures after it are that period's. A clause stating a figure (上半年召开会议
    /// 2次) is a statement of its own. Not a word `isTheYear` says is the report's year so far (今年以来, 2021年以来).
    func headsSentence(in text: NarrativeText, _ range: Range<Int>, figures: [StatedNumber], isTheYear: (Range<Int>) -> Bool) -> Bool {
        otherPeriodWords.contains { word in
            var from = range.lowerBound
            while let found = text.firstMatch(of: [word], in: from..<range.upperBound) {
                from = found.lowerBound + 1
                guard !isTheYear(found) else { continue }
                let clause = text.start(of: found.lowerBound, ends: NarrativeText.clauseEnds)..<text.end(of: found.lowerBound, ends: NarrativeText.clauseEnds)
                // The period ends its clause (2021年上半年，; 近三年来，): a heading, not an event's time (在第三季度开展培训，).
                guard clause.upperBound <= range.upperBound, text.skipping(NarrativeText.spaces, from: found.upperBound) == clause.upperBound
                else { continue }
                // The first figure at or after the clause's start (binary search: the figures are in order).
                var low = 0, high = figures.count
                while low < high {
                    let middle = (low + high) / 2
                    if figures[middle].start < clause.lowerBound { low = middle + 1 } else { high = middle }
                }
                if low == figures.count || figures[low].start >= clause.upperBound { return true }
            }
            return false
        }
    }
}
