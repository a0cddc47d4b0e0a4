import Foundation

/// Plain text wrapped at a width (`pdftotext` without `-layout`, text
/// pasted from a PDF viewer): most lines of running text end inside a
/// sentence. There, as in a PDF, a line continues the paragraph above
/// unless a blank line comes between, the line above ends a sentence or is
/// a heading, or the line itself opens with a heading's number. Text with a
/// paragraph a line (copied from a page or Word) is left as it is.
enum WrappedText {
    /// `lines` with `startsParagraph` set as above when the text is wrapped;
    /// `blankBefore`: the numbers of lines that follow a blank line.
    static func paragraphsMarked(_ lines: [SourceLine], blankBefore: Set<Int>) -> [SourceLine] {
        guard isWrapped(lines) else { return lines }
        var marked = lines
        var previous: String?
        for index in marked.indices where marked[index].cells == nil {
            let text = marked[index].text
            marked[index].startsParagraph = previous.map { endsParagraph($0) } ?? true
                || blankBefore.contains(marked[index].position.line) || opensHeading(text)
            previous = text
        }
        return marked
    }

    /// Most long lines of running text end inside a sentence.
    static func isWrapped(_ lines: [SourceLine]) -> Bool {
        var inside = 0
        var ended = 0
        for line in lines where line.cells == nil && line.text.count >= 15 {
            guard let last = line.text.last else { continue }
            if sentenceEnds.contains(last) { ended += 1 } else if isHan(last) || last == "，" || last == "、" { inside += 1 }
        }
        return inside > ended
    }

    static let sentenceEnds: Set<Character> = ["。", "！", "？", "；", "：", "!", "?", ";", ":"]

    private static func endsParagraph(_ line: String) -> Bool {
        guard let last = line.last else { return true }
        return sentenceEnds.contains(last) || isHeading(line)
    }

    /// 一、总体情况 / （一）主动公开 on a line of their own.
    private static func isHeading(_ line: String) -> Bool {
        opensHeading(line) && line.count <= 30 && !line.contains("。") && !line.contains("，")
    }

    private static func opensHeading(_ line: String) -> Bool {
        line.range(of: #"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])"#, options: .regularExpression) != nil
    }

    private static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } ?? false
    }
}
