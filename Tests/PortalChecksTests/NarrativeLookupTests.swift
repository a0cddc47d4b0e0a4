@testable import PortalChecks
import PortalLoader
import PortalTestSupport
import Testing

/// The narrative reading's look-ups made for speed — scalar sets as bits,
/// phrases tried only where their first scalar stands, phrase lists indexed
/// by first scalar — against the plain scans they replace, on seeded random
/// texts of a small alphabet (so that phrases overlap, repeat and touch).
@Suite("Narrative look-ups")
struct NarrativeLookupTests {
    static let alphabet: [Unicode.Scalar] = ["审", "批", "申", "请", "，", "。", "1", "件"]

    static func randomScalars(_ random: inout SeededRandom, count: Int) -> [Unicode.Scalar] {
        (0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
    }

    static func text(_ scalars: [Unicode.Scalar]) -> NarrativeText {
        NarrativeText(String(String.UnicodeScalarView(scalars)), folding: ScalarFolding([:]))
    }

    /// A phrase of one to three parts, each gap 0 to 4.
    static func randomPhrase(_ random: inout SeededRandom) -> PhrasePattern {
        var pattern = PhrasePattern("")
        for number in 0..<(1 + Int(random.next() % 3)) {
            pattern.parts.append(randomScalars(&random, count: 1 + Int(random.next() % 2)))
            pattern.gaps.append(number == 0 ? 0 : Int(random.next() % 5))
        }
        return pattern
    }

    /// The scans before: every start tried, a match's parts in order.
    static func plainMatchEnd(_ text: NarrativeText, _ parts: [[Unicode.Scalar]], at index: Int, in range: Range<Int>, gaps: [Int]) -> Int? {
        func matches(_ word: [Unicode.Scalar], at index: Int) -> Bool {
            index + word.count <= text.scalars.count && word.indices.allSatisfy { text.scalars[index + $0] == word[$0] }
        }
        guard let first = parts.first, matches(first, at: index) else { return nil }
        var end = index + first.count
        for (number, part) in parts.enumerated().dropFirst() {
            let limit = min(range.upperBound, end + (number < gaps.count ? gaps[number] : 12) + part.count)
            guard let start = (end..<max(end, limit - part.count + 1)).first(where: { matches(part, at: $0) }) else { return nil }
            end = start + part.count
        }
        return end
    }

    static func plainLastMatch(_ text: NarrativeText, _ parts: [[Unicode.Scalar]], in range: Range<Int>, gaps: [Int]) -> Range<Int>? {
        guard let first = parts.first, !first.isEmpty else { return nil }
        var best: Range<Int>?
        var i = range.lowerBound
        while i + first.count <= range.upperBound {
            if let end = plainMatchEnd(text, parts, at: i, in: range, gaps: gaps), best.map({ end >= $0.upperBound }) ?? true { best = i..<end }
            i += 1
        }
        return best
    }

    static func plainFirstMatch(_ text: NarrativeText, _ parts: [[Unicode.Scalar]], in range: Range<Int>, gaps: [Int]) -> Range<Int>? {
        guard let first = parts.first, !first.isEmpty else { return nil }
        var i = range.lowerBound
        while i + first.count <= range.upperBound {
            if let end = plainMatchEnd(text, parts, at: i, in: range, gaps: gaps) { return i..<end }
            i += 1
        }
        return nil
    }

    /// A range inside the text, now and then reaching past its end.
    static func randomRange(_ random: inout SeededRandom, count: Int) -> Range<Int> {
        let lower = Int(random.next() % UInt64(count + 1))
        let upper = lower + Int(random.next() % UInt64(count - lower + 3))
        return lower..<upper
    }

    @Test(arguments: 0..<300)
    func matchesAreThePlainScans(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) + 1)
        let text = Self.text(Self.randomScalars(&random, count: Int(random.next() % 40)))
        let phrase = Self.randomPhrase(&random)
        let range = Self.randomRange(&random, count: text.scalars.count)
        let described = "\(String(String.UnicodeScalarView(text.scalars))) \(phrase.parts) \(phrase.gaps) \(range)"
        #expect(text.lastMatch(of: phrase.parts, in: range, gaps: phrase.gaps) == Self.plainLastMatch(text, phrase.parts, in: range, gaps: phrase.gaps), "\(described)")
        #expect(text.firstMatch(of: phrase.parts, in: range, gaps: phrase.gaps) == Self.plainFirstMatch(text, phrase.parts, in: range, gaps: phrase.gaps), "\(described)")
        #expect(text.contains(phrase.parts[0], in: range) == (Self.plainLastMatch(text, [phrase.parts[0]], in: range, gaps: []) != nil), "\(described)")
    }

    /// Every phrase of a list found in one pass: each one's last match, in list order.
    @Test(arguments: 0..<300)
    func anIndexFindsWhatEachPhraseFinds(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) + 1000)
        let text = Self.text(Self.randomScalars(&random, count: Int(random.next() % 40)))
        let phrases = (0..<Int(random.next() % 12)).map { _ in Self.randomPhrase(&random) } + [PhrasePattern("")]
        let range = Self.randomRange(&random, count: text.scalars.count)
        let expected = phrases.indices.compactMap { index in
            Self.plainLastMatch(text, phrases[index].parts, in: range, gaps: phrases[index].gaps).map { "\(index):\($0)" }
        }
        let found = PhraseIndex(phrases).lastMatches(in: text, range).map { "\($0.phrase):\($0.span)" }
        #expect(found == expected, "\(String(String.UnicodeScalarView(text.scalars))) \(phrases.map(\.parts)) \(range)")
    }

    /// Bits against a hashed set, over members, their neighbours and
    /// scalars from every range a narrative holds.
    @Test(arguments: 0..<50)
    func aScalarSetHoldsItsMembersOnly(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) + 2000)
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF00...0xFFEF, 0x1F300...0x1F5FF]
        func any() -> Unicode.Scalar {
            let range = ranges[Int(random.next() % UInt64(ranges.count))]
            return Unicode.Scalar(range.lowerBound + UInt32(random.next() % UInt64(range.count)))!
        }
        let members = (0..<Int(random.next() % 20)).map { _ in any() }
        let set = ScalarSet(members), hashed = Set(members)
        let probes = members.flatMap { member in [-1, 0, 1, 64].compactMap { Unicode.Scalar(UInt32(Int(member.value) + $0)) } } + (0..<200).map { _ in any() }
        for probe in probes {
            #expect(set.contains(probe) == hashed.contains(probe), "\(probe) in \(members)")
        }
    }

    /// The clause ends as a set and as the switch the zero statements use.
    @Test func clauseEndsAgreeWithTheSwitch() {
        let disagree = (UInt32(0)..<0x10000).compactMap { Unicode.Scalar($0) }.filter { NarrativeText.clauseEnds.contains($0) != NarrativeText.isClauseEnd($0) }
        #expect(disagree.isEmpty)
    }

    /// Every narrative rule reads a narrative once, prepared once; the
    /// statements of the prepared text are the text's own (preparing twice
    /// changes nothing), on the corpus and on random texts of years,
    /// carry-over words and agency names.
    @Test func preparingTwiceChangesNothing() throws {
        let form = try #require(FormLoader.builtInForms().forms["gov-info-2021"])
        let matcher = NarrativeMatcher(form.narrativeClaims)
        #expect(!matcher.agencyNames.contains { $0.contains("某") })
        var random = SeededRandom(seed: 7)
        let pieces = ["2020", "2021", "2022", "年", "度", "结转", "转至", "较", "行政审批服务局", "审批", "局", "收到申请", "3件", "，", "。"]
        let texts = NarrativeClaimsCorpusTests.cases.map { String($0.split(separator: " => ")[0]) }
            + (0..<300).map { _ in (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined() }
        for sentence in texts {
            let reading = NarrativeReading(NarrativeText(sentence, folding: matcher.folding), year: 2021, matcher: matcher)
            #expect(matcher.prepared(reading.prepared, year: 2021).scalars == reading.prepared.scalars, "\(sentence)")
            #expect(NarrativeClaimsCorpusTests.describe(matcher.statements(in: reading.prepared, year: 2021))
                == NarrativeClaimsCorpusTests.describe(reading.statements), "\(sentence)")
        }
    }
}
