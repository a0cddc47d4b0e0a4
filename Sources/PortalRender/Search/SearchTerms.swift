import Foundation

/// How text becomes index keys, the same way in `theme/assets/search.js`:
/// NFKC (full-width digits and letters become ASCII), ASCII lower-cased;
/// then every run of Chinese characters gives its character bigrams
/// (Chinese has no spaces: any two-character substring must be findable)
/// and every run of ASCII letters and digits is one term. Anything else
/// (punctuation, spaces, line breaks) separates runs.
enum SearchTerms {
    /// Terms longer than this are not indexed (hashes, long numbers): no one types them.
    static let longestTerm = 32

    static func isHan(_ value: UInt32) -> Bool {
        (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0x20000...0x3134F).contains(value)
    }

    static func isTermCharacter(_ value: UInt32) -> Bool {
        (0x30...0x39).contains(value) || (0x61...0x7A).contains(value)
    }

    /// A bigram packed in one integer (two scalars of 21 bits): cheap to
    /// hash when 50,000 reports' keys are gathered.
    static func bigram(_ first: UInt32, _ second: UInt32) -> UInt64 { UInt64(first) << 21 | UInt64(second) }

    static func bigramText(_ key: UInt64) -> String {
        var text = ""
        text.unicodeScalars.append(Unicode.Scalar(UInt32(key >> 21))!)
        text.unicodeScalars.append(Unicode.Scalar(UInt32(key & 0x1F_FFFF))!)
        return text
    }

    /// The keys of `text`, added to the two sets.
    static func keys(of text: String, bigrams: inout Set<UInt64>, terms: inout Set<String>) {
        var previousHan: UInt32?
        var term = String.UnicodeScalarView()
        func endTerm() {
            if !term.isEmpty, term.count <= longestTerm { terms.insert(String(term)) }
            term.removeAll()
        }
        for scalar in compatible(text).unicodeScalars {
            var value = scalar.value
            // Full-width ASCII, as NFKC would; then ASCII capitals lower-cased.
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if (0x41...0x5A).contains(value) { value += 0x20 }
            if isHan(value) {
                endTerm()
                if let previous = previousHan { bigrams.insert(bigram(previous, value)) }
                previousHan = value
            } else if isTermCharacter(value) {
                previousHan = nil
                term.append(Unicode.Scalar(value)!)
            } else {
                previousHan = nil
                endTerm()
            }
        }
        endTerm()
    }

    /// The text NFKC-normalised where that can change its keys. Usual report
    /// text (ASCII, the common Han blocks, punctuation, full-width forms,
    /// which `keys` folds itself) has nothing NFKC would turn into a Han
    /// character, letter or digit, so it skips Foundation's normaliser, which
    /// costs more than the rest of the indexing.
    static func compatible(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0...0x7F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x2000...0x206F, 0x3000...0x3037, 0x303B...0x303F, 0xFF01...0xFF5E: true
            default: false
            }
        }
        return plain ? text : text.precomposedStringWithCompatibilityMapping
    }

    /// Keys in the order shards hold them: by UTF-16 code units, as
    /// JavaScript compares strings.
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf16.lexicographicallyPrecedes(b.utf16)
    }
}
