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
/// of both sides. Last year's sentences go into a hash set once; this
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
        let earlier = Set(Self.measuredSentences(previous).map(\.text))
        var measured = CopiedText(characters: 0, repeatedCharacters: 0, sentences: 0, repeatedSentences: 0)
        for (sentence, length) in Self.measuredSentences(text) {
            measured.characters += length
            measured.sentences += 1
            if earlier.contains(sentence) {
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

    /// The counted sentences with their lengths in scalars, counted while
    /// they are cut (a view's `count` walks it again). A sentence is
    /// gathered as UTF-8 bytes and made a String once, when it is counted.
    static func measuredSentences(_ text: String) -> [(text: String, length: Int)] {
        var result: [(text: String, length: Int)] = []
        var current: [UInt8] = []
        current.reserveCapacity(256)
        var length = 0
        var inDigits = false
        var atLineStart = true
        var heading = false
        func finish() {
            if !heading, length >= minimumLength { result.append((String(decoding: current, as: UTF8.self), length)) }
            current.removeAll(keepingCapacity: true)
            length = 0
            inDigits = false
        }
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                finish()
                atLineStart = true
                heading = false
                continue
            }
            if atLineStart {
                if scalar == " " || scalar == "\t" { continue }
                atLineStart = false
                heading = scalar == "#"
            }
            // Most of a narrative is CJK ideographs (letters, category Lo):
            // kept as they are without asking Unicode's tables.
            if scalar.value >= 0x4E00 && scalar.value <= 0x9FFF {
                inDigits = false
                UTF8.encode(scalar) { current.append($0) }
                length += 1
                continue
            }
            switch role(of: scalar) {
            case .sentenceEnd:
                finish()
            case .dropped:
                continue
            case .digit:
                if !inDigits {
                    current.append(UInt8(ascii: "#"))
                    length += 1
                }
                inDigits = true
            case .kept:
                inDigits = false
                UTF8.encode(scalar) { current.append($0) }
                length += 1
            }
        }
        finish()
        return result
    }

    /// What cutting and normalising does with a scalar other than a line end.
    enum Role: UInt8 {
        case kept, dropped, digit, sentenceEnd
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
        return .kept
    }

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
