/// A preamble's sentences as whole paragraphs, for the searches that read one sentence at a time (the publishing
/// sentence's name and year, the statistics period, the office to contact). A PDF wraps them at its margin: at 16 pt a
/// line holds about 28 characters, so 现公布开阳县人民政府2023年政府信 / 息公开工作年度报告 or 统计期限为 / 2023年1月1日… fall on
/// two lines, and a search line by line finds nothing — or a wrong name in the part it sees. The lines the layout
/// marked as continuing the paragraph above (`startsParagraph` false) are read with it; a text of a paragraph a line
/// is as it was.
enum WrappedSentences {
    static func paragraphs(_ lines: ArraySlice<SourceLine>) -> [SourceLine] {
        var joined: [SourceLine] = []
        for line in lines {
            if line.cells == nil, !line.startsParagraph, let last = joined.last, last.cells == nil {
                joined[joined.count - 1].text = last.text + line.text.trimmingCharacters(in: .whitespaces)
            } else {
                joined.append(line)
            }
        }
        return joined
    }
}
