import Foundation

/// The importer's patterns, each compiled once for the process.
///
/// Foundation on Linux compiles the pattern of `range(of:options: .regularExpression)` through a cache of ten entries,
/// keyed by a string it formats on every call (`_createRegexForPattern`); the importer asks some 130 patterns a line, so
/// each call compiled its pattern anew: a sixth of a short report's import (BENCHMARKS.md, "Session 50"). Patterns made
/// from a document's own words (an agency's name quoted) are many, so the cache is bounded: past `limit` it starts afresh.
enum CompiledPatterns {
    /// More than the importer's fixed patterns and the names one import quotes.
    static let limit = 2048

    struct Key: Hashable {
        var pattern: String
        var caseInsensitive: Bool
    }

    static let shared = Memo<Key, NSRegularExpression?>(limit: limit)

    /// The compiled pattern; nil when it is no pattern ICU reads (as Foundation's own search then finds nothing).
    static func regex(_ pattern: String, caseInsensitive: Bool = false, in memo: Memo<Key, NSRegularExpression?> = shared) -> NSRegularExpression? {
        memo.value(Key(pattern: pattern, caseInsensitive: caseInsensitive)) {
            try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        }
    }
}

extension StringProtocol {
    /// The first match of an ICU pattern, as `range(of: pattern, options: .regularExpression)` finds it (`^` at the text's
    /// start, a substring's included), with the pattern compiled once (`CompiledPatterns`).
    func range(ofPattern pattern: String, caseInsensitive: Bool = false) -> Range<Index>? {
        guard let regex = CompiledPatterns.regex(pattern, caseInsensitive: caseInsensitive) else { return nil }
        let text = String(self)
        let found = regex.rangeOfFirstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count))
        guard found.location != NSNotFound else { return nil }
        let start = utf16.index(startIndex, offsetBy: found.location)
        return start..<utf16.index(start, offsetBy: found.length)
    }

    /// Every match of an ICU pattern replaced by a template (`$1` for a group), as
    /// `replacingOccurrences(of:with:options: .regularExpression)` does, the pattern compiled once.
    func replacingMatches(ofPattern pattern: String, with template: String) -> String {
        let text = String(self)
        guard let regex = CompiledPatterns.regex(pattern) else { return text }
        return regex.stringByReplacingMatches(in: text, range: NSRange(location: 0, length: text.utf16.count), withTemplate: template)
    }
}
