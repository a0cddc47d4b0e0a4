/// A reader for the plain YAML that content files are written in: nested
/// `key: value` mappings, one-line `[a, b, "c"]` lists, plain or simply
/// quoted scalars and comments. It gives the same nodes, at the same lines
/// and columns, as Yams would, about ten times faster, which matters with
/// tens of thousands of reports.
///
/// Anything else (anchors, tags, block lists, multi-line values, escapes,
/// duplicate keys, tabs, syntax errors…) makes it give up with `nil`, and
/// the file goes through Yams, which handles all of YAML and words the
/// errors. So the fast path never has to be right about anything unusual.
enum FlatYAML {
    static func parse(_ text: String) -> YAMLNode? {
        var lines: [Line] = []
        var number = 0
        for raw in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            var bytes = Array(raw)
            if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
            if bytes.contains(UInt8(ascii: "\t")) || bytes.contains(UInt8(ascii: "\r")) || hasUnusualCharacter(bytes) { return nil }
            let indent = bytes.prefix { $0 == UInt8(ascii: " ") }.count
            // Blank and comment-only lines carry nothing.
            if indent == bytes.count || bytes[indent] == UInt8(ascii: "#") { continue }
            // A block list's item (`- `): never a key, so the walk below would give up at it; giving up
            // here spares the rest of a long file's lines (a form file's first list is at its line 18 of 1,200).
            if bytes[indent] == UInt8(ascii: "-"), indent + 1 == bytes.count || bytes[indent + 1] == UInt8(ascii: " ") { return nil }
            lines.append(Line(number: number, indent: indent, bytes: bytes))
        }
        guard let first = lines.first, first.indent == 0 else { return nil }
        var position = 0
        guard let root = mapping(&lines[...], at: &position, indent: 0), position == lines.count else { return nil }
        return root
    }

    /// Characters YAML treats otherwise than plain text: control
    /// characters (which libyaml refuses anywhere, comments included), a
    /// byte-order mark inside the text, the Unicode line breaks (NEL, LS,
    /// PS) and the non-characters U+FFFE/U+FFFF. Found by fuzzing against
    /// Yams; such files go to Yams, which words the error.
    static func hasUnusualCharacter(_ bytes: some RandomAccessCollection<UInt8>) -> Bool {
        let bytes = Array(bytes)
        for index in bytes.indices {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F { return true }
            guard byte == 0xC2 || byte == 0xE2 || byte == 0xEF, index + 1 < bytes.count else { continue }
            let next = bytes[index + 1]
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            switch (byte, next) {
            case (0xC2, 0x80...0x9F): return true                       // C1 controls and NEL
            case (0xE2, 0x80) where third == 0xA8 || third == 0xA9: return true  // LS, PS
            case (0xEF, 0xBB) where third == 0xBF: return true          // BOM
            case (0xEF, 0xBF) where third == 0xBE || third == 0xBF: return true  // U+FFFE, U+FFFF
            default: continue
            }
        }
        return false
    }

    private struct Line {
        var number: Int
        var indent: Int
        var bytes: [UInt8]
    }

    /// The mapping whose keys sit at `indent`, from `position` on.
    private static func mapping(_ lines: inout ArraySlice<Line>, at position: inout Int, indent: Int, depth: Int = 0) -> YAMLNode? {
        // Deeper than any content file: Yams's path refuses it with a diagnostic.
        guard depth < YAMLNode.maxDepth else { return nil }
        var pairs: [YAMLNode.Pair] = []
        var keys: Set<String> = []
        var mark: YAMLNode.Mark?
        while position < lines.count {
            let line = lines[lines.startIndex + position]
            if line.indent < indent { break }
            guard line.indent == indent else { return nil }
            var cursor = Cursor(line: line)
            guard let key = cursor.key(), keys.insert(key.string).inserted else { return nil }
            mark = mark ?? key.mark
            position += 1
            cursor.skipSpaces()
            let value: YAMLNode
            if cursor.atEndOrComment {
                // Nothing after the colon: a nested mapping must follow.
                guard position < lines.count, lines[lines.startIndex + position].indent > indent,
                      let nested = mapping(&lines, at: &position, indent: lines[lines.startIndex + position].indent, depth: depth + 1)
                else { return nil }
                value = nested
            } else {
                guard let inline = cursor.inlineValue() else { return nil }
                value = inline
            }
            pairs.append(YAMLNode.Pair(key: .scalar(key), value: value))
        }
        guard let mark else { return nil }
        return .mapping(pairs, mark)
    }

    /// Walks one line's bytes, counting columns in Unicode scalars as libyaml does.
    private struct Cursor {
        let line: Line
        var index: Int
        var column: Int

        init(line: Line) {
            self.line = line
            index = line.indent
            column = line.indent + 1
        }

        var bytes: [UInt8] { line.bytes }
        var current: UInt8? { index < bytes.count ? bytes[index] : nil }
        var mark: YAMLNode.Mark { YAMLNode.Mark(line: line.number, column: column) }

        mutating func advance() {
            index += 1
            // Continuation bytes do not start a scalar.
            if index >= bytes.count || bytes[index] & 0xC0 != 0x80 { column += 1 }
        }

        mutating func skipSpaces() {
            while current == UInt8(ascii: " ") { advance() }
        }

        /// The end of the line, or a comment (which needs a space before it).
        var atEndOrComment: Bool {
            guard let byte = current else { return true }
            return byte == UInt8(ascii: "#") && index > 0 && bytes[index - 1] == UInt8(ascii: " ")
        }

        /// `name:` at the cursor: letters, digits, `_` and `-` only.
        mutating func key() -> YAMLNode.Scalar? {
            let start = mark
            var name: [UInt8] = []
            while let byte = current, Self.isKeyByte(byte) {
                name.append(byte)
                advance()
            }
            guard !name.isEmpty, current == UInt8(ascii: ":") else { return nil }
            advance()
            guard current == nil || current == UInt8(ascii: " ") else { return nil }
            return YAMLNode.Scalar(string: String(decoding: name, as: UTF8.self), style: .plain, mark: start)
        }

        static func isKeyByte(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }

        /// What follows `key: ` on the same line: a one-line list or a scalar,
        /// then only spaces and a comment.
        mutating func inlineValue() -> YAMLNode? {
            let value: YAMLNode
            if current == UInt8(ascii: "[") {
                guard let list = flowList() else { return nil }
                value = list
            } else {
                guard let scalar = scalar(inList: false) else { return nil }
                value = .scalar(scalar)
            }
            skipSpaces()
            return atEndOrComment ? value : nil
        }

        mutating func flowList() -> YAMLNode? {
            let start = mark
            advance()
            var items: [YAMLNode] = []
            skipSpaces()
            if current == UInt8(ascii: "]") {
                advance()
                return .sequence(items, start)
            }
            while true {
                skipSpaces()
                guard let item = scalar(inList: true) else { return nil }
                items.append(.scalar(item))
                skipSpaces()
                if current == UInt8(ascii: ",") {
                    advance()
                    continue
                }
                guard current == UInt8(ascii: "]") else { return nil }
                advance()
                return .sequence(items, start)
            }
        }

        mutating func scalar(inList: Bool) -> YAMLNode.Scalar? {
            guard let first = current else { return nil }
            if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") { return quoted(first) }
            return plain(inList: inList)
        }

        /// A quoted scalar without escapes (`\` or a doubled `'` give up).
        mutating func quoted(_ quote: UInt8) -> YAMLNode.Scalar? {
            let start = mark
            advance()
            var text: [UInt8] = []
            while let byte = current, byte != quote {
                if byte == UInt8(ascii: "\\") { return nil }
                text.append(byte)
                advance()
            }
            guard current == quote else { return nil }
            advance()
            if quote == UInt8(ascii: "'"), current == quote { return nil }
            return YAMLNode.Scalar(string: String(decoding: text, as: UTF8.self), style: .quoted, mark: start)
        }

        /// A plain scalar that cannot be mistaken for anything else: it
        /// starts with a letter, digit, CJK character, `+` or `.`, or `-`
        /// before a digit, and holds no YAML indicator.
        mutating func plain(inList: Bool) -> YAMLNode.Scalar? {
            let start = mark
            guard let first = current else { return nil }
            let next = index + 1 < bytes.count ? bytes[index + 1] : nil
            let startsWell = Self.isKeyByte(first) && first != UInt8(ascii: "-") || first >= 0x80
                || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
                || (first == UInt8(ascii: "-") && next.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } == true)
            guard startsWell else { return nil }
            var text: [UInt8] = []
            while let byte = current {
                if inList, byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") { break }
                if byte == UInt8(ascii: " ") {
                    // A space ends the scalar before a comment or the end; any
                    // other text after it is left to Yams.
                    var lookahead = self
                    lookahead.skipSpaces()
                    if lookahead.atEndOrComment || (inList && (lookahead.current == UInt8(ascii: ",") || lookahead.current == UInt8(ascii: "]"))) { break }
                    return nil
                }
                if [UInt8(ascii: ":"), UInt8(ascii: "#"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
                    UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
                    UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"),
                    UInt8(ascii: "@"), UInt8(ascii: "`")].contains(byte) { return nil }
                text.append(byte)
                advance()
            }
            guard !text.isEmpty else { return nil }
            return YAMLNode.Scalar(string: String(decoding: text, as: UTF8.self), style: .plain, mark: start)
        }
    }
}
