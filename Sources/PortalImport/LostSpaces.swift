/// Spaces a site lost converting its page to GBK: an indentation of
/// non-breaking spaces (U+00A0, which GBK lacks) saved as `?` — 海棠新城's
/// report prints its title again as `????????重庆市大足区…`. A run of two or
/// more at a line's start, before a Chinese character or a figure (`???2021年…`), is that indentation;
/// a line of nothing else (`?`, `?? ?? ??`: a spacer paragraph, 西藏's mirrors) is blank; a `?` anywhere
/// else is the text's own (`??? 为什么`).
enum LostSpaces {
    static func removed(_ line: String) -> String {
        guard line.first == "?" || line.first?.isWhitespace == true, line.contains("?") else { return line }
        if line.allSatisfy({ $0 == "?" || $0 == " " || $0 == "\u{3000}" }) { return String(repeating: " ", count: line.count) }
        let marks = line.prefix { $0 == "?" }
        guard marks.count >= 2, let next = line.dropFirst(marks.count).first,
              next.isNumber || next.unicodeScalars.first.map({ (0x4E00...0x9FFF).contains($0.value) }) == true else { return line }
        return String(repeating: " ", count: marks.count) + line.dropFirst(marks.count)
    }

    /// The same spaces closing the lines: a mirror whose every paragraph ends in a non-breaking space prints `…公开。?` and
    /// `(一)主动公开情况?` (辽宁's mirrors of its cities' reports, 鞍山 and 辽阳 2019). Told by a full stop before the `?`, which
    /// no question prints: where two lines or more end so, a run of `?` closing any line after a Chinese character or a
    /// full-width mark is those spaces; else every `?` stays the text's own.
    static func trailingRemoved(_ lines: [String]) -> [String] {
        guard lines.lazy.filter({ $0.range(ofPattern: #"。\s*\?+\s*$"#) != nil }).prefix(2).count == 2 else { return lines }
        return lines.map { line in
            guard let marks = line.range(ofPattern: #"(?<=[\x{3000}-\x{303F}\x{4E00}-\x{9FFF}\x{FF00}-\x{FFEF}])\s*\?+\s*$"#) else { return line }
            return String(line[..<marks.lowerBound])
        }
    }
}
