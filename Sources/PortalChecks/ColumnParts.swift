import Foundation
import PortalModel

/// The form's kinds of applicant as the reader matches them (自然人, 公民,
/// 法人或其他组织…), compiled once per form.
struct ColumnPartWords {
    struct Kind {
        var part: NarrativeColumnPart
        var words: [[Unicode.Scalar]]
    }

    let kinds: [Kind]
    let fillers: [[Unicode.Scalar]]
    let totals: Set<String>
    let openers: [[Unicode.Scalar]]
    let all: [[Unicode.Scalar]]
    let shareWords: [[Unicode.Scalar]]

    init(_ breakdowns: NarrativeBreakdowns) {
        kinds = breakdowns.columnParts.map { Kind(part: $0, words: $0.words.map { Array($0.unicodeScalars) }) }
        fillers = breakdowns.columnFillers.map { Array($0.unicodeScalars) }
        totals = Set(breakdowns.columnTotals)
        openers = breakdowns.openers.map { Array($0.unicodeScalars) }
        all = breakdowns.columnAll.map { Array($0.unicodeScalars) }
        shareWords = breakdowns.columnShareWords.map { Array($0.unicodeScalars) }
    }

    var isEmpty: Bool { kinds.isEmpty || totals.isEmpty }
}

/// Reads the parts by applicant a narrative lists after a total of table 三:
/// 全年共收到申请10件，其中自然人申请8件、法人或其他组织申请2件 states 一 自然人 = 8
/// and 一 法人或其他组织 (its five columns) = 2; after 办结9件 the row is 三（七）.
/// Only a part that is its kind and filler words, one figure and at most a
/// share is read; the list stops at the first part that is anything else.
struct ColumnPartReader {
    let words: ColumnPartWords
    let matcher: NarrativeMatcher

    /// The parts' statements, given the statements the matcher read in the
    /// text (and its numbers, when known).
    func statements(in text: NarrativeText, after statements: [NarrativeStatement], numbers: [StatedNumber]? = nil) -> [NarrativeStatement] {
        read(in: text, after: statements, numbers: numbers).statements
    }

    /// The parts' statements, and the parts stated only as a share of the
    /// total (其中自然人申请占90%: 一 自然人 / 一 总计).
    func read(in text: NarrativeText, after statements: [NarrativeStatement],
              numbers: [StatedNumber]? = nil) -> (statements: [NarrativeStatement], shares: [ColumnShare]) {
        guard !words.isEmpty else { return ([], []) }
        let numbers = numbers ?? matcher.numbers(in: text)
        var found: [NarrativeStatement] = []
        var shares: [ColumnShare] = []
        for (index, total) in statements.enumerated() where words.totals.contains(total.claim.id) && !total.writtenAsNone {
            let sentenceStart = text.start(of: total.range.lowerBound, ends: NarrativeText.sentenceEnds)
            // 受理20件，办结18件，其中自然人申请15件: either total may be meant.
            let alone = !statements[..<index].contains { words.totals.contains($0.claim.id) && $0.range.lowerBound >= sentenceStart }
            for part in parts(after: total, numbers: numbers, in: text) {
                let claim = Self.claim(of: part.kind, in: total.claim)
                if let share = part.share {
                    shares.append(ColumnShare(claim: claim, total: total.claim, share: share))
                    continue
                }
                found.append(NarrativeStatement(claim: claim, value: part.number?.value ?? total.value, precision: part.number?.precision ?? total.precision,
                                                range: part.range, unitEnd: part.number?.unitEnd ?? part.range.upperBound,
                                                certain: total.certain && alone))
            }
        }
        return (found, shares)
    }

    /// The column claim of one kind of applicant in a total's row: 一 自然人
    /// for 本年新收 and 自然人 (its id `received.自然人`).
    static func claim(of kind: NarrativeColumnPart, in total: NarrativeClaim) -> NarrativeClaim {
        let cells = total.cells.flatMap { ref in kind.columns.map { CellRef(table: ref.table, row: ref.row, column: $0) } }
        return NarrativeClaim(id: "\(total.id).\(kind.label)", label: "\(total.label)（\(kind.label)）", cells: cells)
    }

    /// The one kind of applicant a range names with fillers only (自然人申请), or nil.
    func kind(only range: Range<Int>, in text: NarrativeText) -> NarrativeColumnPart? {
        guard let found = kinds(in: range, text), let first = found.first, found.allSatisfy({ $0 == first }) else { return nil }
        return words.kinds[first].part
    }

    /// A part: its kind, and its figure (none where the sentence says every
    /// one was of that kind: 均为自然人申请), or only its share (自然人申请占90%).
    private struct Part {
        var kind: NarrativeColumnPart
        var number: StatedNumber?
        var range: Range<Int>
        var share: StatedNumber?
    }

    private func parts(after total: NarrativeStatement, numbers: [StatedNumber], in text: NarrativeText) -> [Part] {
        let scalars = text.scalars
        // 共收到8份政府信息公开申请，均为…: past the total's noun, to its clause's end.
        var i = text.end(of: total.unitEnd, ends: NarrativeText.clauseEnds)
        guard !numbers.contains(where: { $0.start >= total.unitEnd && $0.start < i }) else { return [] }
        if i < scalars.count, scalars[i] == "（" || scalars[i] == "(" {
            guard let close = (i..<scalars.count).first(where: { scalars[$0] == "）" || scalars[$0] == ")" }) else { return [] }
            // 36件（均为自然人提交）: every one of the total.
            if let kind = allOf(i + 1..<close, text) { return [Part(kind: words.kinds[kind].part, range: i + 1..<close)] }
            if words.openers.contains(where: { text.hasPrefix($0, at: i + 1) }) {
                // 15件（其中自然人申请12件、…）: the list is inside.
                i += 1
            } else {
                // 15件（含上年结转3件），其中…: the brackets are the total's (read as both years).
                guard matcher.claims.claims.contains(where: { $0.includingAs == total.claim.id }) else { return [] }
                i = close + 1
            }
        }
        i = skip(from: i, in: text, over: ["，", ",", "：", ":", " ", "\u{3000}"])
        // 共收到8份申请，均为自然人申请。
        let first = itemEnd(from: i, in: text)
        if let kind = allOf(i..<first, text) { return [Part(kind: words.kinds[kind].part, range: i..<first)] }
        if let opener = words.openers.first(where: { text.hasPrefix($0, at: i) }) {
            i = skip(from: i + opener.count, in: text, over: ["，", ",", "：", ":", " ", "\u{3000}"])
        }
        var found: [Part] = []
        var itemStart = i
        while itemStart < scalars.count {
            let itemEnd = self.itemEnd(from: itemStart, in: text)
            let inItem = numbers.filter { $0.start >= itemStart && $0.unitEnd <= itemEnd }
            let figures = inItem.filter { $0.unit != .percent }
            // 自然人申请占90%: only the share of the total.
            if figures.isEmpty, inItem.count == 1, let share = inItem.first, let kind = shareKind(itemStart..<share.start, text) {
                found.append(Part(kind: words.kinds[kind].part, range: share.start..<share.end, share: share))
                guard itemEnd < scalars.count, BreakdownReader.listSeparators.contains(scalars[itemEnd]) else { break }
                itemStart = itemEnd + 1
                continue
            }
            guard figures.count == 1, let figure = figures.first, figure.unit == .count, !figure.approximate,
                  !matcher.isApproximate(figure, in: text, floor: itemStart) else { break }
            // 自然人申请8件 or 8件为自然人申请: the kind on one side, fillers only on the other.
            let before = kinds(in: itemStart..<figure.start, text)
            let after = kinds(in: afterFigure(figure, to: itemEnd, in: text), text)
            guard let before, let after, before.count + after.count >= 1,
                  let kind = (before + after).first, (before + after).allSatisfy({ $0 == kind }) else { break }
            found.append(Part(kind: words.kinds[kind].part, number: figure, range: figure.start..<figure.end))
            guard itemEnd < scalars.count, BreakdownReader.listSeparators.contains(scalars[itemEnd]) else { break }
            itemStart = itemEnd + 1
            // A share in an item of its own: 自然人申请8件，占80%.
            let next = self.itemEnd(from: itemStart, in: text)
            if numbers.contains(where: { $0.unit == .percent && $0.start >= itemStart && $0.unitEnd <= next }),
               !numbers.contains(where: { $0.unit != .percent && $0.start >= itemStart && $0.unitEnd <= next }),
               text.contains([BreakdownReader.shareWord], in: itemStart..<next) {
                guard next < scalars.count, BreakdownReader.listSeparators.contains(scalars[next]) else { break }
                itemStart = next + 1
            }
        }
        return found
    }

    /// The one kind a range names after an all-word (均为自然人申请), with
    /// fillers only; nil for anything else.
    private func allOf(_ range: Range<Int>, _ text: NarrativeText) -> Int? {
        var start = range.lowerBound
        while start < range.upperBound, NarrativeText.spaces.contains(text.scalars[start]) { start += 1 }
        guard let word = words.all.first(where: { start + $0.count <= range.upperBound && text.hasPrefix($0, at: start) }),
              let kinds = kinds(in: (start + word.count)..<range.upperBound, text), let kind = kinds.first,
              kinds.allSatisfy({ $0 == kind }) else { return nil }
        return kind
    }

    /// True when a kind of applicant's words are in the range.
    func namesKind(in range: Range<Int>, _ text: NarrativeText) -> Bool {
        words.kinds.contains { kind in kind.words.contains { text.contains($0, in: range) } }
    }

    /// The one kind a share's label names: its kind and fillers, then a share
    /// word right before the figure (自然人申请占比90%).
    private func shareKind(_ label: Range<Int>, _ text: NarrativeText) -> Int? {
        guard let word = words.shareWords.filter({ $0.count <= label.count && text.hasPrefix($0, at: label.upperBound - $0.count) })
                .max(by: { $0.count < $1.count }),
              let kinds = kinds(in: label.lowerBound..<(label.upperBound - word.count), text), let kind = kinds.first,
              kinds.allSatisfy({ $0 == kind }) else { return nil }
        return kind
    }

    /// After the figure: a bracketed share (（占80%）) is left out.
    private func afterFigure(_ figure: StatedNumber, to end: Int, in text: NarrativeText) -> Range<Int> {
        var i = figure.unitEnd
        if i < end, text.scalars[i] == "（" || text.scalars[i] == "(",
           let close = (i..<end).first(where: { text.scalars[$0] == "）" || text.scalars[$0] == ")" }),
           text.contains([BreakdownReader.shareWord], in: i..<close) {
            i = close + 1
        }
        return i..<end
    }

    /// The kinds (indices) a range names when it is only kinds' words and
    /// fillers, the longest word first; nil when anything else is in it.
    private func kinds(in range: Range<Int>, _ text: NarrativeText) -> [Int]? {
        var i = range.lowerBound
        var found: [Int] = []
        while i < range.upperBound {
            if NarrativeText.spaces.contains(text.scalars[i]) { i += 1; continue }
            var best: (length: Int, kind: Int?) = (0, nil)
            for (kind, entry) in words.kinds.enumerated() {
                for word in entry.words where word.count > best.length && i + word.count <= range.upperBound && text.hasPrefix(word, at: i) {
                    best = (word.count, kind)
                }
            }
            for word in words.fillers where word.count > best.length && i + word.count <= range.upperBound && text.hasPrefix(word, at: i) {
                best = (word.count, nil)
            }
            guard best.length > 0 else { return nil }
            if let kind = best.kind { found.append(kind) }
            i += best.length
        }
        return found
    }

    private func skip(from start: Int, in text: NarrativeText, over marks: Set<Unicode.Scalar>) -> Int {
        var i = start
        while i < text.scalars.count, marks.contains(text.scalars[i]) { i += 1 }
        return i
    }

    /// The next list separator or end of the list, brackets inside the item included.
    private func itemEnd(from start: Int, in text: NarrativeText) -> Int {
        var i = start, depth = 0
        while i < text.scalars.count {
            let c = text.scalars[i]
            if c == "（" || c == "(" {
                depth += 1
            } else if c == "）" || c == ")" {
                if depth == 0 { break }
                depth -= 1
            } else if depth == 0, BreakdownReader.listSeparators.contains(c) || BreakdownReader.listEnds.contains(c) {
                break
            }
            i += 1
        }
        return i
    }
}

/// A part by applicant stated only as its share of the total: 其中自然人申请占90%.
struct ColumnShare {
    /// The part's column of the total's row, and the total.
    var claim: NarrativeClaim
    var total: NarrativeClaim
    var share: StatedNumber
}
