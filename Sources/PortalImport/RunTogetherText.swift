import Foundation
import PortalModel

/// A text whose line breaks were lost: the report's headings run on inside one long line
/// (…年度报告 一、总体情况 2019年，… 二、主动公开政府信息情况 …), as a page's text comes when its
/// paragraphs were joined. Its tables cannot be told either: refused, naming the line.
enum RunTogetherText {
    /// The line holding two or more of the form's headings, numbered, after a space; nil if none.
    static func line(in lines: [SourceLine], form: FormDefinition) -> SourceLine? {
        let headings = form.sections.map { SectionLocator.key($0.number + $0.title) }
        return lines.first { line in
            guard line.cells == nil, line.text.count > 200 else { return false }
            let words = line.text.split(whereSeparator: \.isWhitespace).map { SectionLocator.key(String($0)) }
            return headings.filter { heading in words.contains { $0.hasPrefix(heading) } }.count >= 2
        }
    }

    /// The line holding one heading (`number` + `title`, 一、总体情况) run on after other text, after a space, where the
    /// text's reader did not break it (`TextExtractor.runOnHeadings` breaks one after a sentence's end): the preamble and
    /// part 一 joined (乌拉特中旗 巴音乌兰苏木 2021's Word text on a document site: …网站上公布。(http://…) 一、总体情况 2021 年，…,
    /// its wrapped lines joined with spaces inside words). Nil if none.
    static func heading(_ number: String, _ title: String, in lines: ArraySlice<SourceLine>) -> SourceLine? {
        let heading = SectionLocator.key(number + title)
        return lines.first { line in
            guard line.cells == nil, line.text.count > 100 else { return false }
            return line.text.split(whereSeparator: \.isWhitespace).dropFirst().contains { SectionLocator.key(String($0)).hasPrefix(heading) }
        }
    }
}
