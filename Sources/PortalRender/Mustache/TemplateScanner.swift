/// Reads a template's characters for `TemplateParser`: the reading steps of
/// swift-mustache's own parser, character by character (a "\r\n" is one
/// character, as there), so that both split a template the same way.
struct TemplateScanner {
    struct Overflow: Error {}

    let text: String
    var position: String.Index

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    var reachedEnd: Bool { position == text.endIndex }

    /// The current character, "\0" at the end.
    var current: Character { reachedEnd ? "\0" : text[position] }

    mutating func advance() { position = text.index(after: position) }

    /// Reads `character` if it is next; past the end is an error.
    mutating func read(_ character: Character) throws -> Bool {
        guard !reachedEnd else { throw Overflow() }
        guard text[position] == character else { return false }
        advance()
        return true
    }

    /// Reads `string` if it is next; fewer characters left is an error.
    mutating func read(string: String) throws -> Bool {
        guard !string.isEmpty else { return true }
        let count = string.count
        guard text.distance(from: position, to: text.endIndex) >= count else { throw Overflow() }
        let end = text.index(position, offsetBy: count)
        guard text[position..<end] == string else { return false }
        position = end
        return true
    }

    @discardableResult
    mutating func read(while characters: Set<Character>) -> Substring {
        read(while: { characters.contains($0) })
    }

    @discardableResult
    mutating func read(while accepts: (Character) -> Bool) -> Substring {
        let start = position
        while !reachedEnd, accepts(text[position]) { advance() }
        return text[start..<position]
    }

    /// Reads up to the first of `characters`, or to the end.
    mutating func read(upTo characters: Set<Character>) -> Substring {
        read(while: { !characters.contains($0) })
    }

    /// Skips past `end` (a comment's closing delimiter), matched as
    /// swift-mustache matches it; not found is an error.
    mutating func skip(past end: String) throws {
        guard !end.isEmpty else { return }
        let start = position
        var matched = end.startIndex
        while !reachedEnd {
            if text[position] == end[matched] {
                matched = end.index(after: matched)
                if matched == end.endIndex {
                    advance()
                    return
                }
            } else {
                matched = end.startIndex
            }
            advance()
        }
        position = start
        throw Overflow()
    }
}
