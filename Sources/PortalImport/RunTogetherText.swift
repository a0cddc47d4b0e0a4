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
    /// its wrapped lines joined with spaces inside words) — or opening a long line, its part run on after it (汉台区农业农村局
    /// 2025 as the store keeps it: `二、主动公开政府信息情况 第二十条第(一)项 信息内容 … 规 章 0 0 0 …`, the tables' cells joined
    /// with spaces). The part's title in the form's other wordings too (鹿城区新居民服务中心 2023: `…联系。 一、总体概况 (一)…`
    /// run on in its first line). The line and the wording printed; nil if none.
    static func heading(_ number: String, _ titles: [String], in lines: ArraySlice<SourceLine>) -> (line: SourceLine, printed: String)? {
        let headings = titles.map { (key: SectionLocator.key(number + $0), printed: number + "、" + $0) }
        for line in lines where line.cells == nil && line.text.count > 100 {
            let words = line.text.split(whereSeparator: \.isWhitespace).map { SectionLocator.key(String($0)) }
            if let heading = headings.first(where: { heading in
                words.first == heading.key || words.dropFirst().contains { $0.hasPrefix(heading.key) }
            }) { return (line, heading.printed) }
        }
        return nil
    }

    /// The first line above `end` that the reader broke at a part's heading run on inside it (`TextExtractor.runOnHeadings`:
    /// the pieces share the file's line), when the line was long: the opening's line breaks lost, and with them, maybe, the
    /// title above it (襄州区 2022 as the store keeps it: …事项。 一、总体情况 2022年,… （一）… （二）… in one line, no title).
    /// Its line number in the file; nil if none.
    static func brokenLine(in lines: ArraySlice<SourceLine>) -> Int? {
        var index = lines.startIndex
        while index < lines.endIndex {
            let number = lines[index].position.line
            let pieces = lines[index...].prefix { $0.position.line == number && $0.cells == nil }
            if pieces.count > 1, pieces.reduce(0, { $0 + $1.text.count }) > 200 { return number }
            index += max(pieces.count, 1)
        }
        return nil
    }

    /// The refusal for a report whose agency cannot be told, where `line` ran the opening together: the lost line breaks
    /// named first, as the cause (a title lost with them), then the agency's flags.
    static func noAgency(line: Int, path: String) -> Diagnostic {
        .error(.importNoAgency, at: SourceLocation(path: path, line: line),
               "which agency published this? The report prints no agency name, and the text runs its opening into this line (the preamble, a part's heading and its paragraphs): its line breaks were lost there, and a title above it may have been lost with them",
               hint: "import the page or the Word or PDF file itself, or restore the line breaks (the title, each heading and paragraph on a line of its own) in a copy and import the copy; or pass --agency <slug>")
    }
}
