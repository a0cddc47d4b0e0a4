import PortalModel

/// Words that hold a scoping word without its sense (the form's
/// `notScopingWords`): 今年以来 is the year so far, not 以来's span of
/// years; 申请办件 is an application's file, not 办件's other matter.
/// A scoping word found only inside one of them puts nothing out.
struct NotScoping {
    private let words: [[Unicode.Scalar]]

    init(_ claims: NarrativeClaims) {
        words = claims.notScopingWords.map { Array($0.unicodeScalars) }
    }

    /// True when `word` is in the range somewhere outside every one of the words.
    func contains(_ word: [Unicode.Scalar], in text: NarrativeText, _ range: Range<Int>) -> Bool {
        guard !words.isEmpty else { return text.contains(word, in: range) }
        var i = range.lowerBound
        while let found = text.firstMatch(of: [word], in: i..<range.upperBound) {
            if !holds(found, in: text) { return true }
            i = found.lowerBound + 1
        }
        return false
    }

    /// True when one of the words, longer than the span, covers it.
    func holds(_ span: Range<Int>, in text: NarrativeText) -> Bool {
        text.covers(span, withOneOf: words)
    }
}
