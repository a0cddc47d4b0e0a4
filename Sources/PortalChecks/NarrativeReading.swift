/// One narrative read once for every narrative rule (figures, changes from
/// last year, consistency): the text as written and as the phrases read it
/// (carry-over years named, the agency's names masked), the numbers in each
/// and the statements. Each rule read all of it again before: three to five
/// readings of every narrative in a cold check.
struct NarrativeReading {
    /// The narrative, folded.
    let text: NarrativeText
    let year: Int
    /// `text` as `NarrativeMatcher.prepared` gives it.
    let prepared: NarrativeText
    /// The numbers with a unit in `text` and in `prepared` (the same array
    /// when preparing changed nothing).
    let numbers: [StatedNumber]
    let preparedNumbers: [StatedNumber]
    /// What the matcher reads in the text (`NarrativeMatcher.statements`).
    let statements: [NarrativeStatement]

    /// (`borrowing`: an initializer's parameters are owned, and a matcher passed
    /// so was copied field by field for every narrative.)
    init(_ text: NarrativeText, year: Int, matcher: borrowing NarrativeMatcher) {
        self.text = text
        self.year = year
        prepared = matcher.prepared(text, year: year)
        preparedNumbers = matcher.numbers(in: prepared)
        numbers = prepared.scalars == text.scalars ? preparedNumbers : matcher.numbers(in: text)
        statements = matcher.statements(inPrepared: prepared, year: year, numbers: preparedNumbers)
    }
}
