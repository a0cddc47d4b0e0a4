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
}
