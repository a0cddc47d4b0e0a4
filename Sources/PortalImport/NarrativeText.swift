import Foundation

/// Running text of a report → Markdown, keeping the published wording:
/// one paragraph per paragraph, sub-headings such as （一）主动公开 as `###`.
enum NarrativeText {
    /// The paragraphs of the text lines (table rows are not narrative).
    static func paragraphs(_ lines: ArraySlice<SourceLine>) -> [String] {
        var paragraphs: [String] = []
        for line in lines where line.cells == nil {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            if line.startsParagraph || paragraphs.isEmpty {
                paragraphs.append(text)
            } else {
                // A PDF line wrapped by the layout: Chinese takes no space between
                // lines; a number beside Chinese gets the space pdftotext prints within a line.
                let previous = paragraphs[paragraphs.count - 1]
                paragraphs[paragraphs.count - 1] += needsSpace(previous.last, text.first) ? " " + text : text
            }
        }
        return paragraphs
    }

    private static func needsSpace(_ left: Character?, _ right: Character?) -> Bool {
        guard let left, let right else { return false }
        return (left.isASCII && left.isNumber && !right.isASCII && right.isLetter)
            || (right.isASCII && right.isNumber && !left.isASCII && left.isLetter)
    }

    static func markdown(_ paragraphs: [String]) -> String? {
        guard !paragraphs.isEmpty else { return nil }
        return paragraphs.map { isSubheading($0) ? "### \($0)" : $0 }.joined(separator: "\n\n") + "\n"
    }

    /// （一）主动公开信息情况 on its own: numbered, short, not a sentence.
    static func isSubheading(_ paragraph: String) -> Bool {
        paragraph.count <= 30
            && paragraph.range(of: #"^[（(][一二三四五六七八九十]+[)）]"#, options: .regularExpression) != nil
            && !paragraph.contains("。") && !paragraph.hasSuffix("；") && !paragraph.hasSuffix("：")
    }
}
