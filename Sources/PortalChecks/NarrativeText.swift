import PortalModel

/// A narrative as the matcher reads it: Unicode scalars (one per Chinese
/// character, as the loader counts columns), folded one for one, with the
/// places where clauses and sentences end.
struct NarrativeText {
    let scalars: [Unicode.Scalar]
    /// The text as written, for quotes.
    let original: [Unicode.Scalar]
    /// Punctuation that ends a clause; 、 only separates items of a list.
    static let clauseEnds: ScalarSet = ["，", ",", "；", ";", "。", "：", ":", "！", "!", "？", "?", "（", "）", "(", ")", "\n", "【", "】"]
    static let spaces: ScalarSet = [" ", "\u{3000}", "\u{00A0}"]
    static let sentenceEnds: ScalarSet = ["；", ";", "。", "！", "!", "？", "?", "\n"]

    init(_ text: String, folding: ScalarFolding) {
        // One decoding pass (Array(text.unicodeScalars) counts them first).
        var original: [Unicode.Scalar] = []
        original.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { original.append(scalar) }
        self.original = original
        scalars = folding.isEmpty ? original : folding.folded(original)
    }

    private init(scalars: [Unicode.Scalar], original: [Unicode.Scalar]) {
        self.scalars = scalars
        self.original = original
    }

    /// Agency names that hold another matter's words (行政审批服务局 holds
    /// 审批, 信访局 信访) written over with 某, in place, so that the words
    /// name the agency and not what its figure counts.
    ///
    /// One pass over the text, not one per name (this ran for every
    /// narrative of every report, twice): each name is tried only where its
    /// first scalar stands, and only after the end of its own last match, so
    /// the result is the same as scanning for each name in turn.
    func maskingNames(_ names: [[Unicode.Scalar]]) -> NarrativeText {
        let names = names.filter { !$0.isEmpty }
        guard !names.isEmpty else { return self }
        // A handful of distinct first scalars: an array beats hashing each scalar of the text.
        // Each first's names (by number, in order), so a common first (公 of 公民、法人…, beside
        // 公开) tries its few names only, not every name.
        var firsts: [Unicode.Scalar] = []
        var namesOf: [[Int]] = []
        for (number, name) in names.enumerated() {
            if let known = firsts.firstIndex(of: name[0]) { namesOf[known].append(number) } else {
                firsts.append(name[0])
                namesOf.append([number])
            }
        }
        var masked = scalars
        var changed = false
        var nextFree = [Int](repeating: 0, count: names.count)
        for index in scalars.indices {
            guard let first = firsts.firstIndex(of: scalars[index]) else { continue }
            for number in namesOf[first] where index >= nextFree[number] && matches(names[number], at: index) {
                for j in index..<(index + names[number].count) { masked[j] = "某" }
                changed = true
                nextFree[number] = index + names[number].count
            }
        }
        return changed ? NarrativeText(scalars: masked, original: original) : self
    }

    /// The years of the carry-over rows and of a comparison written as the
    /// form's words, in place (上上上上年 for 2020年, so positions do not
    /// move): in a 2021 report 2020年结转 (转至今年) is 上年结转, 结转2022年度 is
    /// 结转下年度 and 较2020年增加 is 较上年增加, so the phrases read them and
    /// the rule on other years does not skip them. The report's year before
    /// 以来 is the year so far (2021年以来 reads 今今今今年以来, holding the
    /// form's 今年以来), not a span of years (大庙乡 2024).
    func namingCarryYears(_ year: Int) -> NarrativeText {
        var folded = scalars
        var changed = false
        var i = 0
        while i + 4 < folded.count {
            defer { i += 1 }
            guard folded[i + 4] == "年", i == 0 || NumberReader.digit(folded[i - 1]) == nil,
                  (0..<4).allSatisfy({ NumberReader.digit(folded[i + $0]) != nil }),
                  let found = Int(String(String.UnicodeScalarView(folded[i..<(i + 4)]))) else { continue }
            var next = i + 5
            if next < folded.count, folded[next] == "度" { next += 1 }
            let word: Unicode.Scalar
            // 其中结转2020年3件 (红桥区政府办 2024) is carried from last year too.
            if found == year - 1, Self.carriedFrom.contains(where: { hasPrefix($0, at: next) })
                || i > 0 && Self.comparedWith.contains(folded[i - 1])
                || Self.carriedFromBefore.contains(where: { hasSuffix($0, endingAt: i, notBefore: 0) }) {
                word = "上"
            } else if found == year + 1, Self.carryVerbs.contains(where: { hasSuffix($0, endingAt: i, notBefore: 0) }) {
                word = "下"
            } else if found == year, next == i + 5, hasPrefix(Self.since, at: next) {
                word = "今"
            } else {
                continue
            }
            for j in i..<(i + 4) { folded[j] = word }
            changed = true
        }
        return changed ? NarrativeText(scalars: folded, original: original) : self
    }

    private static let comparedWith: ScalarSet = ["较", "比", "与", "同"]
    private static let since = Array("以来".unicodeScalars)
    /// After last year's number: 2020年结转, 2020年转结, 2020年转至今年办理.
    private static let carriedFrom: [[Unicode.Scalar]] = ["结转", "转结", "转至", "转入", "转来"].map { Array($0.unicodeScalars) }
    /// Before last year's number: 其中结转2020年3件.
    private static let carriedFromBefore: [[Unicode.Scalar]] = ["结转"].map { Array($0.unicodeScalars) }
    /// Before next year's number: 结转2022年, 除4件转结2022年办理以外 (清江浦区 2021).
    private static let carryVerbs: [[Unicode.Scalar]] = ["结转", "结转至", "结转到", "转入", "转至", "顺延至", "顺延到", "转结", "转结至", "转结到"]
        .map { Array($0.unicodeScalars) }

    /// Whether a scalar ends a clause (the set above, as a switch: the
    /// zero statements look at every character).
    static func isClauseEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", ",", "；", ";", "。", "：", ":", "！", "!", "？", "?", "（", "）", "(", ")", "\n", "【", "】": true
        default: false
        }
    }

    /// Start of the clause (or sentence) holding `index`: just after the
    /// previous end mark.
    func start(of index: Int, ends: ScalarSet) -> Int {
        var i = index
        while i > 0, !ends.contains(scalars[i - 1]) { i -= 1 }
        return i
    }

    /// End of the clause (or sentence) holding `index`: its end mark.
    func end(of index: Int, ends: ScalarSet) -> Int {
        var i = index
        while i < scalars.count, !ends.contains(scalars[i]) { i += 1 }
        return i
    }

    /// Whether `word` occurs in `range` (the first occurrence will do).
    func contains(_ word: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        firstMatch(of: [word], in: range) != nil
    }

    /// The last occurrence of a phrase in `range`: its parts in order, each
    /// gap at most `maxGap` scalars (or `gaps[i]` before part i, when given).
    /// Returns the span of the whole match: of the starts whose match ends
    /// furthest, the last.
    func lastMatch(of parts: [[Unicode.Scalar]], in range: Range<Int>, maxGap: Int = 12, gaps: [Int] = []) -> Range<Int>? {
        guard let first = parts.first, let head = first.first else { return nil }
        var best: Range<Int>?
        // Only where the first scalar stands is a match tried.
        var i = range.lowerBound
        let last = min(range.upperBound, scalars.count) - first.count
        while i <= last {
            if scalars[i] == head, let end = matchEnd(of: parts, at: i, in: range, maxGap: maxGap, gaps: gaps),
               best.map({ end >= $0.upperBound }) ?? true {
                best = i..<end
            }
            i += 1
        }
        return best
    }

    /// The first occurrence of a phrase in `range` (as `lastMatch`).
    func firstMatch(of parts: [[Unicode.Scalar]], in range: Range<Int>, maxGap: Int = 12, gaps: [Int] = []) -> Range<Int>? {
        guard let first = parts.first, let head = first.first else { return nil }
        var i = range.lowerBound
        let last = min(range.upperBound, scalars.count) - first.count
        while i <= last {
            if scalars[i] == head, let end = matchEnd(of: parts, at: i, in: range, maxGap: maxGap, gaps: gaps) { return i..<end }
            i += 1
        }
        return nil
    }

    /// End of the phrase starting at `index`, its gaps within bounds.
    func matchEnd(of parts: [[Unicode.Scalar]], at index: Int, in range: Range<Int>, maxGap: Int, gaps: [Int]) -> Int? {
        guard let first = parts.first, matches(first, at: index) else { return nil }
        var end = index + first.count
        for number in parts.indices.dropFirst() {
            let part = parts[number]
            let gap = number < gaps.count ? gaps[number] : maxGap
            guard let found = firstMatch(part, from: end, limit: min(range.upperBound, end + gap + part.count)) else { return nil }
            end = found
        }
        return end
    }

    func matches(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + word.count <= scalars.count else { return false }
        var offset = 0
        while offset < word.count {
            if scalars[index + offset] != word[offset] { return false }
            offset += 1
        }
        return true
    }

    /// End of the first occurrence of `word` starting in [from, limit).
    private func firstMatch(_ word: [Unicode.Scalar], from: Int, limit: Int) -> Int? {
        guard let head = word.first else { return from <= limit && from <= scalars.count ? from : nil }
        var i = from
        let last = min(limit, scalars.count) - word.count
        while i <= last {
            if scalars[i] == head, matches(word, at: i) { return i + word.count }
            i += 1
        }
        return nil
    }

    func hasSuffix(_ word: [Unicode.Scalar], endingAt index: Int, notBefore floor: Int) -> Bool {
        index - word.count >= floor && matches(word, at: index - word.count)
    }

    func hasPrefix(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        matches(word, at: index)
    }

    /// True when one of `words`, longer than the span, covers it (今年以来
    /// covers 以来; 撤销复议申请 covers 复议申请).
    func covers(_ span: Range<Int>, withOneOf words: [[Unicode.Scalar]]) -> Bool {
        words.contains { word in
            guard word.count > span.count else { return false }
            let first = max(0, span.upperBound - word.count)
            return (first...span.lowerBound).contains { hasPrefix(word, at: $0) }
        }
    }

    /// True when `index` is inside a book title (《…》) that closes before
    /// `end`: words running out of a title are no phrase of the sentence
    /// (主动公开《…关于印发〈…〉的通知》等32件规范性文件 — 湖南省人社厅 2025 — issued none).
    func isInTitle(_ index: Int, closingBefore end: Int) -> Bool {
        var i = index
        while i > 0, scalars[i - 1] != "》", !Self.sentenceEnds.contains(scalars[i - 1]) {
            i -= 1
            if scalars[i] == "《" { return (index..<min(end, scalars.count)).contains { scalars[$0] == "》" } }
        }
        return false
    }

    /// Whether `word` occurs in `range` other than inside a book title that
    /// closes before `end` (`isInTitle`).
    func containsOutsideTitles(_ word: [Unicode.Scalar], in range: Range<Int>, before end: Int) -> Bool {
        var from = range.lowerBound
        while let found = firstMatch(of: [word], in: from..<range.upperBound) {
            if !isInTitle(found.lowerBound, closingBefore: end) { return true }
            from = found.lowerBound + 1
        }
        return false
    }

    /// Where `word` stands right before the titles holding `index` (one title
    /// or several listed: 《…》《…》, 《…》、《…》) whose last closes at most
    /// `within` scalars before `end`: 印发《关于印发…的通知》等规范性文件, the verb
    /// outside the titles, the noun after 等. Nil when another word stands there.
    func wordBeforeTitles(holding index: Int, word: [Unicode.Scalar], closingWithin within: Int, of end: Int) -> Int? {
        guard var open = titleOpening(before: index) else { return nil }
        while open > 0 {
            let close = open >= 2 && scalars[open - 1] == "、" ? open - 2 : open - 1
            guard scalars[close] == "》", let earlier = titleOpening(before: close) else { break }
            open = earlier
        }
        guard let close = (index..<min(end, scalars.count)).last(where: { scalars[$0] == "》" }), end - close - 1 <= within,
              open >= word.count, hasPrefix(word, at: open - word.count) else { return nil }
        return open - word.count
    }

    /// The 《 of the title `index` is in, looking back within its sentence.
    private func titleOpening(before index: Int) -> Int? {
        var i = index
        while i > 0 {
            i -= 1
            if scalars[i] == "《" { return i }
            if scalars[i] == "》" || Self.sentenceEnds.contains(scalars[i]) { return nil }
        }
        return nil
    }

    /// The first index from `index` on whose scalar is not one of `skipped`:
    /// past the spaces after a figure's unit (申请 3119 件 （含…）).
    func skipping(_ skipped: ScalarSet, from index: Int) -> Int {
        var i = index
        while i < scalars.count, skipped.contains(scalars[i]) { i += 1 }
        return i
    }

    /// Line and column (1-based, in scalars) of an index, in the file
    /// whose first character is at `base`.
    func location(of index: Int, base: SourceLocation) -> SourceLocation {
        var line = max(base.line, 1), column = 1
        for scalar in scalars[..<index] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(path: base.path, line: line, column: column)
    }

    /// The sentence around a figure, as a person would quote it: markup
    /// trimmed, shortened around the figure when long.
    func quote(around range: Range<Int>) -> String {
        let start = self.start(of: range.lowerBound, ends: Self.sentenceEnds)
        let end = self.end(of: range.upperBound, ends: Self.sentenceEnds)
        var from = start, to = end
        while from < to, " \t#>*-_".unicodeScalars.contains(scalars[from]) { from += 1 }
        while to > from, " \t*_".unicodeScalars.contains(scalars[to - 1]) { to -= 1 }
        var prefix = "", suffix = ""
        if range.lowerBound - from > 30 { from = range.lowerBound - 30; prefix = "…" }
        if to - range.upperBound > 30 { to = range.upperBound + 30; suffix = "…" }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: original[from..<to])
        return prefix + String(text) + suffix
    }
}

/// Characters read as others before matching (traditional → simplified),
/// with a table over the Basic Multilingual Plane so that folding a
/// character costs one array read, not a hash (every scalar of every
/// narrative is folded).
struct ScalarFolding {
    /// What each BMP scalar reads as (itself when not folded); empty when nothing is.
    private let table: [UInt32]
    /// Scalars beyond the BMP.
    private let wide: [Unicode.Scalar: Unicode.Scalar]

    init(_ map: [Unicode.Scalar: Unicode.Scalar]) {
        var table: [UInt32] = map.isEmpty ? [] : Array(0..<0x10000)
        var wide: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (key, value) in map {
            if key.value < 0x10000 { table[Int(key.value)] = value.value } else { wide[key] = value }
        }
        self.table = table
        self.wide = wide
    }

    var isEmpty: Bool { table.isEmpty }

    /// The scalars folded, in one pass over the table.
    func folded(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard !table.isEmpty else { return scalars }
        return table.withUnsafeBufferPointer { table in
            scalars.map { scalar in
                let value = Int(scalar.value)
                // The table holds only scalars: a value read back is one.
                return value < table.count ? Unicode.Scalar(table[value]).unsafelyUnwrapped : wide[scalar] ?? scalar
            }
        }
    }
}
