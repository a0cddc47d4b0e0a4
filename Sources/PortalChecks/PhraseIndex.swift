/// A list of phrases indexed by their first scalar, built once per form:
/// every phrase of the list found in a stretch of text in one pass over it,
/// instead of one pass per phrase (a form has hundreds of phrases, and each
/// figure's context is read against all of them).
struct PhraseIndex {
    private let patterns: [PhrasePattern]
    /// The scalars some phrase starts with; each one's phrases, in list order.
    private let firsts: ScalarSet
    private let byFirst: [Unicode.Scalar: [Int]]

    init(_ patterns: [PhrasePattern]) {
        self.patterns = patterns
        var byFirst: [Unicode.Scalar: [Int]] = [:]
        for (index, pattern) in patterns.enumerated() {
            // An empty phrase matches nowhere (as `lastMatch` reads it).
            guard let head = pattern.parts.first?.first else { continue }
            byFirst[head, default: []].append(index)
        }
        self.byFirst = byFirst
        firsts = ScalarSet(byFirst.keys)
    }

    /// True when some phrase of the list is in `range`.
    func containsAny(in text: NarrativeText, _ range: Range<Int>) -> Bool {
        let scalars = text.scalars
        var i = range.lowerBound
        let end = min(range.upperBound, scalars.count)
        while i < end {
            defer { i += 1 }
            guard firsts.contains(scalars[i]), let phrases = byFirst[scalars[i]] else { continue }
            for phrase in phrases where i + patterns[phrase].parts[0].count <= range.upperBound
                && text.matchEnd(of: patterns[phrase].parts, at: i, in: range, maxGap: PhrasePattern.shortGap, gaps: patterns[phrase].gaps) != nil {
                return true
            }
        }
        return false
    }

    /// Each phrase's last match in `range`, exactly as
    /// `text.lastMatch(of: pattern.parts, in: range, gaps: pattern.gaps)`
    /// finds it, for the phrases that match, in list order.
    func lastMatches(in text: NarrativeText, _ range: Range<Int>) -> [(phrase: Int, span: Range<Int>)] {
        var found: [(phrase: Int, span: Range<Int>)] = []
        let scalars = text.scalars
        var i = range.lowerBound
        let end = min(range.upperBound, scalars.count)
        while i < end {
            defer { i += 1 }
            guard firsts.contains(scalars[i]), let phrases = byFirst[scalars[i]] else { continue }
            for phrase in phrases {
                let pattern = patterns[phrase]
                guard i + pattern.parts[0].count <= range.upperBound,
                      let matchEnd = text.matchEnd(of: pattern.parts, at: i, in: range, maxGap: PhrasePattern.shortGap, gaps: pattern.gaps) else { continue }
                // Later starts replace earlier ones that end no further.
                if let known = found.firstIndex(where: { $0.phrase == phrase }) {
                    if matchEnd >= found[known].span.upperBound { found[known].span = i..<matchEnd }
                } else {
                    found.append((phrase, i..<matchEnd))
                }
            }
        }
        if found.count > 1 { found.sort { $0.phrase < $1.phrase } }
        return found
    }
}
