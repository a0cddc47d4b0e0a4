/// How much of a narrative reappears from last year's report: sentence by
/// sentence, on normalised text, in time linear in the text's length.
///
/// Each text is cut into sentences at 。；！？ (and their ASCII forms) and at
/// line ends. A sentence is normalised: Markdown marks, whitespace,
/// punctuation and symbols are dropped, then every run of digits becomes
/// one `#`, so a sentence that only updates its figures or its year
/// (“2021年共收到申请12件” → “2022年共收到申请15件”) still counts as
/// repeated. Headings (lines starting with `#`) and sentences shorter than
/// `minimumLength` characters after normalising (“无。”, “1.”) are left out
/// of both sides. Sentences are compared as UTF-8 bytes (`Sentences`); as
/// Strings (canonical equivalence) when one holds a composable scalar.
/// Last year's sentences go into a hash set once (`SentenceSet`); this
/// year's are looked up in it. The share is the characters of this year's
/// sentences found in last year's over the characters of all of them.
/// The compare page (`theme/assets/compare.js`) marks repeated sentences
/// with the same rules.
public struct CopiedText: Sendable, Equatable {
    /// Normalised characters of the text's counted sentences.
    public var characters: Int
    /// Of those, the characters of sentences that last year's text has.
    public var repeatedCharacters: Int
    public var sentences: Int
    public var repeatedSentences: Int

    /// Sentences shorter than this (normalised) are not counted.
    public static let minimumLength = 6

    /// The share repeated, 0…1; nil when the text has no counted sentence.
    public var share: Double? {
        characters == 0 ? nil : Double(repeatedCharacters) / Double(characters)
    }

    /// The share as a whole percentage, rounded down (so 100 means every
    /// sentence was repeated).
    public var percent: Int? {
        characters == 0 ? nil : repeatedCharacters * 100 / characters
    }

    public init(characters: Int, repeatedCharacters: Int, sentences: Int, repeatedSentences: Int) {
        self.characters = characters
        self.repeatedCharacters = repeatedCharacters
        self.sentences = sentences
        self.repeatedSentences = repeatedSentences
    }

    /// `text` measured against `previous`.
    public init(_ text: String, previous: String) {
        self.init(text, previous: previous, hash: SentenceSet.hash)
    }

    /// `hash`: how a sentence's bytes are hashed (a test forces collisions
    /// with it; a hit is always confirmed byte for byte).
    init(_ text: String, previous: String, hash: @escaping (UnsafeRawBufferPointer) -> Int) {
        let last = Sentences(previous), this = Sentences(text)
        // Bytes are the sentences' only spelling unless one holds a composable
        // scalar (a combining mark…, rare): then Strings, whose equality is canonical.
        let spelledOnce = !last.composable && !this.composable
        let earlier = spelledOnce ? SentenceSet(last, hash: hash) : nil
        let earlierTexts = spelledOnce ? [] : Set((0..<last.count).map(last.text(of:)))
        var measured = CopiedText(characters: 0, repeatedCharacters: 0, sentences: 0, repeatedSentences: 0)
        for index in 0..<this.count {
            let length = this.lengths[index]
            measured.characters += length
            measured.sentences += 1
            if earlier?.contains(this, index) ?? earlierTexts.contains(this.text(of: index)) {
                measured.repeatedCharacters += length
                measured.repeatedSentences += 1
            }
        }
        self = measured
    }

    /// The counted sentences of a Markdown text, normalised, in order.
    public static func sentences(_ text: String) -> [String] {
        measuredSentences(text).map(\.text)
    }

    /// The counted sentences with their lengths in scalars.
    static func measuredSentences(_ text: String) -> [(text: String, length: Int)] {
        let sentences = Sentences(text)
        return (0..<sentences.count).map { index in
            (text: sentences.text(of: index), length: sentences.lengths[index])
        }
    }

    /// What cutting and normalising does with a scalar other than a line end.
    enum Role: UInt8 {
        case kept, dropped, digit, sentenceEnd
        /// Kept, but a scalar that canonical composition could change or
        /// combine (a combining mark, a compatibility ideograph…): the
        /// sentences are compared as Strings.
        case keptComposable
    }

    static func role(of scalar: Unicode.Scalar) -> Role {
        scalar.value <= 0xFFFF ? planeZero[Int(scalar.value)] : classify(scalar)
    }

    /// The role of every scalar of the Basic Multilingual Plane, worked out
    /// once by `classify`: punctuation (，、：“”), digits and Latin letters
    /// are most of what is not an ideograph, and each asked Unicode's
    /// tables for every occurrence (a twentieth of a build).
    private static let planeZero: [Role] = (0...0xFFFF).map { value in
        Unicode.Scalar(UInt32(value)).map(classify) ?? .kept
    }

    /// Sentence ends cut; whitespace, punctuation and symbols are dropped
    /// before digits are folded, so “1.5” and “12 34” are one number each.
    static func classify(_ scalar: Unicode.Scalar) -> Role {
        if sentenceEnds.contains(scalar) { return .sentenceEnd }
        if scalar.properties.isWhitespace || dropped(scalar) { return .dropped }
        if ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar) { return .digit }
        return inNFC.contains { $0.contains(scalar.value) } ? .kept : .keptComposable
    }

    /// Scalars in these ranges are in NFC whatever surrounds them (no
    /// canonical decomposition, combining class 0, never the second of a
    /// composition): Latin, CJK ideographs and punctuation, kana, Hangul
    /// syllables, fullwidth forms. A sentence of only these is its own NFC.
    private static let inNFC: [Range<UInt32>] = [
        0..<0x300, 0x3000..<0x302A, 0x3030..<0x3099, 0x309B..<0x3100, 0x3400..<0x4DC0,
        0x4E00..<0xA000, 0xAC00..<0xD7A4, 0xFF00..<0xFFF0, 0x20000..<0x2F800,
    ]

    private static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", "！", "？", ";", "!", "?"]

    /// Punctuation, symbols and Markdown marks carry no wording.
    private static func dropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default:
            false
        }
    }
}
