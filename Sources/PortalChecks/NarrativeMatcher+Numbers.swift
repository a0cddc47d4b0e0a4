import Foundation
import PortalModel

/// The figures of a text with their units, and the words that put a figure out of scope.
extension NarrativeMatcher {
    /// Every number with a unit, in order of appearance.
    func numbers(in text: NarrativeText) -> [StatedNumber] {
        let scalars = text.scalars
        var found: [StatedNumber] = []
        var i = 0
        while i < scalars.count {
            let start = i
            var value: Decimal, decimals = 0
            if NumberReader.digit(scalars[i]) != nil {
                guard let arabic = NumberReader.arabic(in: scalars, at: i) else { i += 1; continue }
                (value, decimals, i) = arabic
            } else if NumberReader.isChineseNumeral(scalars[i]) {
                while i < scalars.count, NumberReader.isChineseNumeral(scalars[i]) { i += 1 }
                // 三万元: the 万 belongs to the unit.
                let run = i - 1 > start && scalars[i - 1] == "万" && i < scalars.count && scalars[i] == "元" ? start..<(i - 1) : start..<i
                guard let parsed = NumberReader.chinese(scalars[run]) else { continue }
                // 无一起被纠错, 未发生一起: “not one”, no figure (a none for zeros()).
                if run.count == 1, scalars[start] == "一", Self.notOne.contains(where: { text.hasSuffix($0, endingAt: start, notBefore: 0) }) {
                    i = run.upperBound
                    continue
                }
                value = Decimal(parsed)
                i = run.upperBound
            } else {
                i += 1
                continue
            }
            let end = i
            // Printed PDFs put spaces around numbers: 申请 3119 件.
            while i < scalars.count, NarrativeText.spaces.contains(scalars[i]) { i += 1 }
            // 100余件, 100多件
            var approximate = false
            for word in approximateAfter where text.hasPrefix(word, at: i) {
                approximate = true
                i += word.count
                break
            }
            guard i < scalars.count else { break }
            let unit: StatedNumber.Unit
            if NumberReader.countUnits.contains(scalars[i]) {
                unit = .count
                i += 1
            } else if scalars[i] == "%" || scalars[i] == "％" {
                unit = .percent
                i += 1
            } else if scalars[i] == "万", i + 1 < scalars.count, scalars[i + 1] == "元" {
                unit = .tenThousandYuan
                i += 2
            } else {
                continue
            }
            found.append(StatedNumber(start: start, end: end, value: value, decimals: decimals, unit: unit,
                                      unitEnd: i, approximate: approximate))
        }
        return found
    }

    func isApproximate(_ number: StatedNumber, in text: NarrativeText, floor: Int) -> Bool {
        approximateBefore.contains { text.hasSuffix($0, endingAt: number.start, notBefore: floor) }
            || approximateAfter.contains { text.hasPrefix($0, at: number.unitEnd) }
    }

    /// True when `word` is in the range as a word of its own: not where it
    /// straddles the edge of a phrase's word (结转办理 is 结转 + 办理, not 转办).
    func scopesOut(_ word: [Unicode.Scalar], _ text: NarrativeText, in range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while let found = text.firstMatch(of: [word], in: i..<range.upperBound) {
            if !phraseWords.contains(where: { straddles($0, found, text) }), !notScoping.holds(found, in: text) { return true }
            i = found.lowerBound + 1
        }
        return false
    }

    /// A phrase word that overlaps `span` without either holding the other.
    private func straddles(_ phrase: [Unicode.Scalar], _ span: Range<Int>, _ text: NarrativeText) -> Bool {
        let from = max(0, span.lowerBound - phrase.count + 1)
        for start in from..<span.upperBound where start + phrase.count <= text.scalars.count {
            let candidate = start..<(start + phrase.count)
            guard candidate.overlaps(span), !(candidate.lowerBound <= span.lowerBound && candidate.upperBound >= span.upperBound),
                  !(span.lowerBound <= candidate.lowerBound && span.upperBound >= candidate.upperBound),
                  text.hasPrefix(phrase, at: start) else { continue }
            return true
        }
        return false
    }
}
