/// Published text made Markdown that renders as the same text.
///
/// A report's wording is published as published, but cmark reads some of it
/// as syntax: 注：带*号的数据…带*号的 turns the stars into emphasis and drops
/// them, a line `- 3 -` becomes a list, `1. ` a numbered list that cmark may
/// renumber, `<b>` is raw HTML the portal never passes through (the text
/// between would lose its tags and the tags their letters). Each such mark
/// gets CommonMark's backslash, which renders as nothing; everything else is
/// left as typed, so the files stay readable for the staff who edit them.
enum MarkdownLiteral {
    /// One line of text (no line breaks). `atLineStart`: the text begins a
    /// line of the Markdown file, where block marks count.
    static func line(_ text: String, atLineStart: Bool) -> String {
        var scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(scalars.count + 8)
        let start = atLineStart ? blockMarkEnd(scalars) : 0
        if start > 0 {
            // The mark's last character gets the backslash: `\#`, `\-`, `1\.`, `\>`.
            out.append(contentsOf: scalars[0..<(start - 1)])
            out.append("\\")
            out.append(scalars[start - 1])
        }
        scalars = Array(scalars[start...])
        for (index, scalar) in scalars.enumerated() {
            if needsEscape(scalar, before: index > 0 ? scalars[index - 1] : nil,
                           after: index + 1 < scalars.count ? scalars[index + 1] : nil) {
                out.append("\\")
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// Characters that are syntax wherever they stand. `_` inside a word
    /// (a web address's `col_123`) is never emphasis, so it stays bare; `&`
    /// only where an entity could start (`&nbsp;`, `&#32;`); `]` only where
    /// a link or a link definition would start (`](`, `]:`): with no
    /// definition, 国办发[2019]54号 is text and is written as typed.
    private static func needsEscape(_ scalar: Unicode.Scalar, before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        switch scalar {
        case "\\", "*", "`", "<": true
        case "]": after == "(" || after == ":"
        case "_": !(isWordScalar(before) && isWordScalar(after))
        case "&": after.map { $0 == "#" || ($0.isASCII && $0.properties.isAlphabetic) } ?? false
        default: false
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.isASCII ? scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) : scalar.properties.isAlphabetic
    }

    /// How many scalars at the line's start a block construct would take
    /// (0 for none): a heading `#`, a quote `>`, a list item `-`/`+` or
    /// `12.`/`12)` before a space, a rule or setext underline of `-`/`=`
    /// (`*` and `_` are escaped wherever they stand).
    private static func blockMarkEnd(_ scalars: [Unicode.Scalar]) -> Int {
        guard let first = scalars.first else { return 0 }
        switch first {
        case "#", ">", "-", "+", "=":
            return 1
        case "0"..."9":
            var end = 0
            while end < scalars.count, end < 9, ("0"..."9").contains(scalars[end]) { end += 1 }
            let next = end + 1
            guard end < scalars.count, scalars[end] == "." || scalars[end] == ")",
                  next == scalars.count || scalars[next] == " " || scalars[next] == "\t" else { return 0 }
            return next
        default:
            return 0
        }
    }
}
