/// Published text made Markdown that renders as the same text.
///
/// A report's wording is published as published, but cmark reads some of it
/// as syntax: 注：带*号的数据…带*号的 turns the stars into emphasis and drops
/// them, a line `- 3 -` becomes a list, `1. ` a numbered list that cmark may
/// renumber, `<b>` is raw HTML the portal never passes through (the text
/// between would lose its tags and the tags their letters), a line `~~~`
/// opens a code block that swallows the rest of the section. Each such mark
/// gets CommonMark's backslash, which renders as nothing; everything else is
/// left as typed, so the files stay readable for the staff who edit them:
/// 印发<中华人民共和国…格式>的通知, -0.5%, #1楼 are no syntax and stay bare.
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
            let isSyntax = scalar == "<" ? opensTag(scalars[(index + 1)...])
                : needsEscape(scalar, before: index > 0 ? scalars[index - 1] : nil, after: index + 1 < scalars.count ? scalars[index + 1] : nil)
            if isSyntax {
                out.append("\\")
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// After a `<`, what could make it a tag, a comment or an autolink: a
    /// Latin letter, `/`, `!` or `?` (`<b>`, `</b>`, `<!--`, `<http://…>`), or
    /// ASCII without a space up to a `>` (an e-mail's autolink, `<12345@qq.com>`).
    /// 《关于印发<中华人民共和国…格式>的通知》 and 数量<5件 are text.
    private static func opensTag(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let next = rest.first, next.isASCII else { return false }
        if next == "/" || next == "!" || next == "?" || next.properties.isAlphabetic { return true }
        guard let close = rest.firstIndex(of: ">") else { return false }
        return rest[..<close].allSatisfy { $0.isASCII && !$0.properties.isWhitespace }
    }

    /// Characters that are syntax wherever they stand (`<`: see `opensTag`). `_` inside a word
    /// (a web address's `col_123`) is never emphasis, so it stays bare; `&`
    /// only where an entity could start (`&nbsp;`, `&#32;`); `]` only where
    /// a link or a link definition would start (`](`, `]:`): with no
    /// definition, 国办发[2019]54号 is text and is written as typed.
    private static func needsEscape(_ scalar: Unicode.Scalar, before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        switch scalar {
        case "\\", "*", "`": true
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
    /// (0 for none): a heading `#`…`######` before a space, a quote `>`, a
    /// list item `-`/`+` or `12.`/`12)` before a space, a rule or setext
    /// underline (a line of `-` or of `=` alone), a code fence `~~~` (`*`,
    /// `_` and the backtick are escaped wherever they stand).
    private static func blockMarkEnd(_ scalars: [Unicode.Scalar]) -> Int {
        guard let first = scalars.first else { return 0 }
        let endsMark = { (index: Int) in index >= scalars.count || scalars[index] == " " || scalars[index] == "\t" }
        let isRunOf = { (mark: Unicode.Scalar) in scalars.allSatisfy { $0 == mark || $0 == " " || $0 == "\t" } }
        switch first {
        case ">":
            return 1
        case "#":
            let marks = scalars.prefix { $0 == "#" }.count
            return marks <= 6 && endsMark(marks) ? 1 : 0
        case "-":
            return endsMark(1) || isRunOf("-") ? 1 : 0
        case "+":
            return endsMark(1) ? 1 : 0
        case "=":
            return isRunOf("=") ? 1 : 0
        case "~":
            return scalars.prefix(3).allSatisfy { $0 == "~" } && scalars.count >= 3 ? 1 : 0
        case "0"..."9":
            var end = 0
            while end < scalars.count, end < 9, ("0"..."9").contains(scalars[end]) { end += 1 }
            let next = end + 1
            guard end < scalars.count, scalars[end] == "." || scalars[end] == ")", endsMark(next) else { return 0 }
            return next
        default:
            return 0
        }
    }
}
