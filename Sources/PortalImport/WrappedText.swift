import Foundation

/// Plain text wrapped at a width (`pdftotext` without `-layout`, text
/// pasted from a PDF viewer): most lines of running text end inside a
/// sentence. There, as in a PDF, a line continues the paragraph above
/// unless a blank line comes between, the line above ends a sentence or is
/// a heading, or the line itself opens with a heading's number. Text with a
/// paragraph a line (copied from a page or Word) is left as it is.
enum WrappedText {
    /// `lines` with `startsParagraph` set as above when the text is wrapped;
    /// `blankBefore`: the numbers of lines that follow a blank line; `doubleSpaced`: a blank
    /// line follows every line (`DoubleSpacedText`), so in wrapped text none ends a paragraph.
    static func paragraphsMarked(_ lines: [SourceLine], blankBefore: Set<Int>, doubleSpaced: Bool = false) -> [SourceLine] {
        guard isWrapped(lines) else { return clauseBreaksJoined(lines, blankBefore: blankBefore) }
        let blankBefore = doubleSpaced ? [] : blankBefore
        var marked = lines
        var previous: String?
        for index in marked.indices where marked[index].cells == nil {
            let text = marked[index].text
            // A figure alone on a line is a table's cell (cells a line each), a date alone a signature's:
            // never a paragraph's words.
            marked[index].startsParagraph = previous.map { endsParagraph($0) || standsAlone($0) || isItemHeading($0) } ?? true
                || blankBefore.contains(marked[index].position.line) || opensHeading(text) || standsAlone(text)
            previous = text
        }
        // A sentence that ends at the margin does not end its paragraph: as in a PDF's
        // layout text, by the lines' widths (the text's own, its indents lost).
        var widths: [Int: Int] = [:]
        for index in marked.indices where marked[index].cells == nil { widths[index] = printedWidth(marked[index].text) }
        let margin = margin(of: marked, widths: widths)
        // (A line ending a sentence a little short of the margin by its half-width characters reaches it: a browser's
        // Chinese font prints figures wider than a column and half-width commas and brackets near Chinese width, so the
        // next line's first character did not fit — …至202112月31日止。 / 本报告的电子版…, …(以下简称《条例》),编制本报告。 / 本年报…)
        var reach = widths
        // (Not before a line opening with a number, 1.2020年在…: an item's, as a sentence short of the margin says.)
        for (index, width) in widths where marked[index].text.last.map(sentenceEnds.contains) == true
            && (index + 1 == marked.count || !opensNumber(marked[index + 1].text)) {
            reach[index] = width + halfWidthSlack(marked[index].text)
        }
        let byWidth = shortLinesMarked(marked.map { line in var line = line; line.startsParagraph = false; return line }, widths: reach, margin: margin)
        for index in marked.indices where marked[index].cells == nil && marked[index].startsParagraph && !byWidth[index].startsParagraph {
            let line = marked[index]
            // Only a continuation the widths tell: a line after a blank line, or a heading, still starts one.
            if !blankBefore.contains(line.position.line), !opensHeading(line.text), !standsAlone(line.text), index > 0,
               !standsAlone(marked[index - 1].text), !isItemHeading(marked[index - 1].text) {
                marked[index].startsParagraph = false
            }
        }
        // A blank line right after a line of running text that reaches the margin inside a sentence ends nothing:
        // PDFBox (Apache Tika's text of a PDF) sets one where a line's figures, in another font, change its height.
        // (A paragraph's first line reaches it by its indent, two characters the text lost; a line with figures prints
        // wider than its characters count — Word's and LibreOffice's gap between Chinese and Latin, a space in the text
        // or none —, so within three characters of it. Many texts type a half-width comma after Chinese: 2023年,本街道…)
        // A paragraph's first line ending a sentence at the margin by its lost indent (…公开信息 320条。) ends its
        // paragraph no more than a full line does further down (`shortLinesMarked`).
        for index in marked.indices.dropFirst() where marked[index].cells == nil && marked[index].startsParagraph
            && marked[index - 1].cells == nil && marked[index - 1].startsParagraph && !blankBefore.contains(marked[index].position.line) {
            let previous = marked[index - 1].text, text = marked[index].text
            guard let width = widths[index - 1], width + 4 > margin, previous.last.map(sentenceEnds.contains) == true, isRunningText(previous),
                  !opensItem(text), !opensNumber(text), !standsAlone(text), !standsAlone(previous), !isIndented(text, width: widths[index], margin: margin) else { continue }
            marked[index].startsParagraph = false
        }
        // A line well short of the margin that ends no sentence still ended its paragraph when the next is a contact's
        // label (联系地址:… / 邮编:… / 电话:…, a line each) or a full line of running text (…报告如下 with its 。 left out).
        for index in marked.indices.dropFirst() where marked[index].cells == nil && !marked[index].startsParagraph
            && marked[index - 1].cells == nil {
            guard let width = widths[index - 1], marked[index - 1].text.count >= 2 else { continue }
            let text = marked[index].text
            // (A paragraph ending in a figure without its full stop, …完整率为 100% / 今年,…: the Chinese character opening
            // the next line, no unit of the figure's, would have fit on the line, its figures printed wide — short of the
            // margin, or of the full line above it in its paragraph, a table's labels narrowing the text's margin.)
            let reach = width + halfWidthSlack(marked[index - 1].text) + 2
            let above = index >= 2 && !marked[index - 1].startsParagraph && marked[index - 2].cells == nil
                && marked[index - 2].text.last.map(breaksInside) == true ? widths[index - 2] : nil
            if endsInFigure(marked[index - 1].text), reach <= margin || (above.map { reach + 2 <= $0 } ?? false),
               let first = text.first, isHan(first), !"件条份个项次日月年人家万元余号".contains(first),
               isRunningText(text) || typesHalfWidthCommas(text), !opensItem(text) {
                marked[index].startsParagraph = true
                continue
            }
            guard width < margin - 12 else { continue }
            // (The short line one of no marks — a title, …报告如下 —: a line that is a clause, ；对事前…尽早公开公 in
            // pdftotext's raw text, may be a piece of its paragraph; nor one stopping short before a Latin word too long
            // for the rest of it: 链接:http:// / www.…)
            let previous = marked[index - 1].text
            if opensLabel(text) || previous.last.map(isHan) == true && !previous.contains(where: isMark) && !endsInAClauseWord(previous)
                && text.count >= 15 && isRunningText(text)
                && (widths[index] ?? 0) >= margin - 6 && text.firstMatch(of: /^[(（]?[A-Za-z0-9@._\/:\-]{4,}/) == nil {
                marked[index].startsParagraph = true
            }
        }
        for index in marked.indices.dropFirst() where marked[index].cells == nil && marked[index].startsParagraph
            && blankBefore.contains(marked[index].position.line) && marked[index - 1].cells == nil {
            let indent = marked[index - 1].startsParagraph ? 4 : 0
            guard let width = widths[index - 1],
                  continuesAcrossBlankLine(marked[index - 1].text, width: width + indent, next: marked[index].text, margin: margin) else { continue }
            marked[index].startsParagraph = false
        }
        itemsOpenedAfterUnfinishedLines(&marked)
        return marked
    }

    /// Whether `next` goes on with `previous` (`width` its printed width, a paragraph's first line's indent counted)
    /// across the blank line PDFBox set between them: `previous` is running text reaching the margin inside a sentence.
    private static func continuesAcrossBlankLine(_ previous: String, width: Int, next text: String, margin: Int) -> Bool {
        // (A figure at the margin and its unit on the next line, 政府文件14 / 份、…, breaks inside a sentence too; so do
        // a title's 《…》 or 〈…〉 and a phone number's dash, 电话:023- / 48357955)。)
        let figureThenUnit = previous.last?.isASCII == true && previous.last?.isNumber == true && text.first.map { "件条份个项次日月年人家万元余".contains($0) } == true
        let dashThenFigures = previous.last.map { "-—".contains($0) } == true && text.first?.isNumber == true
        // (Running text: a line with a mark, one under a run-in heading, （一）…。持续…, or with no marks at all before a
        // line of running text, 主动公 / 开信息82条,…)
        let running = isRunningText(previous) || !opensHeading(previous) && previous.contains(where: isMark) || opensHeading(previous) && previous.contains("。")
            || hasNoMarks(previous) && !previous.hasSuffix("报告") && (isRunningText(text) || text.contains(","))
        // (A line stopping short before a Latin word too long for the rest of it, 网站 / https://…, 电子邮 / 箱:a@b.cn,
        // reaches the margin with it.)
        let word = text.firstMatch(of: /^[^A-Za-z0-9\s]{0,2}[A-Za-z0-9@._\/:\-]{10,}/).map { printedWidth(String($0.output)) } ?? 0
        guard let last = previous.last, breaksInside(last) || ",》〉>".contains(last) || figureThenUnit || dashThenFigures, running,
              width + word >= margin - 6, !opensItem(text), !standsAlone(text) else { return false }
        return true
    }

    /// A paragraph a line (copied from a page or a Word file, Apache Tika's text of one): a line ending in a comma ends no
    /// paragraph — it is a manual line break (Shift+Enter, `w:br`) inside one, which Tika prints as a line of its own —
    /// so the next line continues it, unless a blank line, a heading's or an item's number, a figure or a date alone
    /// comes first.
    static func clauseBreaksJoined(_ lines: [SourceLine], blankBefore: Set<Int>) -> [SourceLine] {
        var marked = lines
        for index in marked.indices.dropFirst() where marked[index].cells == nil && marked[index - 1].cells == nil {
            let previous = marked[index - 1].text.trimmingCharacters(in: .whitespaces)
            let text = marked[index].text.trimmingCharacters(in: .whitespaces)
            // (A half-width comma after Chinese too: many pages and files type it so, 2023年,汉阴县…)
            guard let last = previous.last, last == "，" || last == "、" || last == "," && previous.dropLast().last.map({ isHan($0) || "）)》”".contains($0) }) == true,
                  !text.isEmpty,
                  !blankBefore.contains(marked[index].position.line), !opensItem(text), !standsAlone(text) else { continue }
            marked[index].startsParagraph = false
        }
        return marked
    }

    /// Most long lines of running text end inside a sentence, or, in a short
    /// text (a few paragraphs), two or more lines of it reach about one width,
    /// a page's (60 Chinese characters at most), one of them breaking inside a sentence.
    static func isWrapped(_ lines: [SourceLine]) -> Bool {
        // (A web page's furniture — 当前位置：…, 上一篇：… — breaks inside no sentence: left out, told once a line, its
        // test being a long pattern.)
        let long = lines.filter { $0.cells == nil && $0.text.count >= 15 && !HTMLDocumentReader.isChromeLine($0.text) }
        return endsInsideMostly(long) || reachesOneWidth(long)
    }

    /// `long`: the lines of text of 15 characters or more, not a page's furniture.
    private static func reachesOneWidth(_ long: [SourceLine]) -> Bool {
        let running = long.filter { isRunningText($0.text) || typesHalfWidthCommas($0.text) }
        guard let widest = running.map({ printedWidth($0.text) }).max(), widest <= 120 else { return false }
        // (Within three characters: a line holding figures, narrower than Chinese, stops short of the margin.)
        let atMargin = running.filter { printedWidth($0.text) >= widest - 6 }
        return atMargin.count >= 2 && atMargin.contains { $0.text.last.map { breaksInside($0) || $0.isASCII && $0.isLetter || $0.isNumber } ?? false }
    }

    /// A contact's label opening a line: 联系地址: / 邮编: / 电话:.
    private static func opensLabel(_ line: String) -> Bool {
        line.range(ofPattern: #"^(联系)?(地址|邮编|邮政编码|电话|传真|电子邮箱|邮箱|网址)[:：]"#) != nil
    }

    /// Fifteen characters or more of Chinese without a mark (a title, a heading — or running text wrapped before its first).
    private static func hasNoMarks(_ line: String) -> Bool {
        line.count >= 15 && !line.contains("  ") && !opensHeading(line) && line.last.map(isHan) == true
            && !line.contains(where: isMark)
    }

    /// A line ending in a word no title or sentence ends with (the 的 of 需要加强和改进的 / 地方, a 和, a 对 …): a clause
    /// `pdftotext -raw` broke where the PDF's text runs break, its paragraph going on.
    private static func endsInAClauseWord(_ line: String) -> Bool {
        line.last.map { "的和与及或并对在把被向从将之其".contains($0) } == true
    }

    private static func isMark(_ character: Character) -> Bool { "，。、；：（）《》〈〉“”,.;:()<>\"".contains(character) }

    /// `long`: as `reachesOneWidth`'s.
    private static func endsInsideMostly(_ long: [SourceLine]) -> Bool {
        var inside = 0
        var ended = 0
        for line in long {
            guard let last = line.text.last else { continue }
            if sentenceEnds.contains(last) {
                ended += 1
            } else if isHan(last) || last == "，" || last == "、" || last == ",", isRunningText(line.text) || typesHalfWidthCommas(line.text) {
                // (A title, a heading or a site's welcome line breaks inside no sentence.)
                inside += 1
            }
        }
        return inside > ended
    }

    static let sentenceEnds: Set<Character> = ["。", "！", "？", "；", "：", "!", "?", ";", ":"]

    /// PDF text of a document without first-line indents (Word's default
    /// style, exported to PDF): `pdftotext -layout` prints every line at
    /// the margin, so only the width tells a paragraph's last line. A line
    /// that stops short of the text's width (two characters or more) and
    /// ends a sentence or is a heading ends its paragraph. The width is the
    /// middle width of the lines of running text (not a table's header, a
    /// heading or a title) that break inside a sentence, which run to the margin; with fewer than three of them,
    /// the width of the widest line of running text. A line ending a sentence at the margin ends its paragraph when
    /// the next opens a numbered item (2.有的…, （二）).
    /// `margin`: the text's, when the caller has it already (`margin(of:widths:)`).
    static func shortLinesMarked(_ lines: [SourceLine], widths: [Int: Int], margin: Int? = nil) -> [SourceLine] {
        let margin = margin ?? Self.margin(of: lines, widths: widths)
        var marked = lines
        var previous: (text: String, width: Int)?
        for index in marked.indices where marked[index].cells == nil {
            let text = marked[index].text
            if let previous, endsParagraph(previous.text), previous.width <= margin || opensItem(text) || isIndented(text, width: widths[index], margin: margin) {
                marked[index].startsParagraph = true
            }
            // A colon before a Latin word too long for the rest of its line (电子邮箱: / dxzdzb@163.com;联系地址…): Word moved the
            // address whole to the next line, so the line stops short of the margin and its paragraph goes on.
            if let previous, marked[index].startsParagraph, previous.text.last == ":" || previous.text.last == "：",
               let word = text.trimmingCharacters(in: .whitespaces).firstMatch(of: /^[A-Za-z0-9@._\/:\-]{6,}/),
               previous.width + word.output.count >= margin, !opensItem(text) {
                marked[index].startsParagraph = false
            }
            // A sub-heading short of the margin ends its line's paragraph though it holds a comma (（三）完善公开制度规范，加强
            // 政府信息管理: most do); and a line short of the margin ends its paragraph before a heading's number though it ends
            // no sentence (…发送给申请人, its 。 left out): a wrapped paragraph's lines run to the margin.
            if let previous, previous.width <= margin, opensHeading(previous.text) && !previous.text.contains("。") || opensHeading(text) {
                marked[index].startsParagraph = true
            }
            // A date alone is a signature's, under a name set right (as Word files sign): the name's line then reaches
            // the margin by its indent, and still the date is no words of its paragraph.
            if previous != nil, isDateAlone(text) { marked[index].startsParagraph = true }
            previous = widths[index].map { (text, $0) }
        }
        itemsOpenedAfterUnfinishedLines(&marked)
        return marked
    }

    /// Where a full line of running text stops, in columns (less four: a line of figures, narrower than
    /// Chinese, stops short): as `shortLinesMarked` says.
    private static func margin(of lines: [SourceLine], widths: [Int: Int]) -> Int {
        let running = lines.indices.filter { index in
            lines[index].cells == nil && lines[index].text.count >= 15 && lines[index].text.last.map(breaksInside) == true
                && isRunningText(lines[index].text)
        }.compactMap { widths[$0] }.sorted()
        // Too few of them (a short report): the widest line of running text reaches the margin.
        let widest = lines.indices.filter { lines[$0].cells == nil && lines[$0].text.count >= 15 && isRunningText(lines[$0].text) }
            .compactMap { widths[$0] }.max()
        return running.count >= 3 ? running[running.count / 2] - 4 : widest.map { $0 - 4 } ?? Int.max
    }

    /// A paragraph's first line whose indent the text lost (a PDF's text without
    /// its layout): it breaks inside a sentence, as full lines do, yet stops
    /// short of the margin by the indent (two characters).
    private static func isIndented(_ text: String, width: Int?, margin: Int) -> Bool {
        guard let width, let last = text.last, text.count >= 10 else { return false }
        return breaksInside(last) && width <= margin && isRunningText(text)
    }

    /// A figure, a dash or a mark for nothing alone on a line (a table's cell), or a date (a signature's).
    private static func standsAlone(_ line: String) -> Bool {
        !line.contains(where: \.isWhitespace) && line.count <= 12 && CellText.value(line) != nil || isDateAlone(line)
    }

    private static func isDateAlone(_ line: String) -> Bool {
        line.range(ofPattern: #"^\s*[0-9]{4}\.[0-9]{1,2}\.[0-9]{1,2}\s*$"#) != nil || line.range(ofPattern: #"^\s*([0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[0-9一二三四五六七八九十]{1,3}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*日\s*$"#) != nil
    }

    /// A line of sentences, not a table's header (a layout gap, two spaces or
    /// more, between its words), a heading or a title (no punctuation).
    private static func isRunningText(_ line: String) -> Bool {
        !line.contains("  ") && !opensHeading(line) && line.contains(where: { "，。、；：（）《》“”".contains($0) })
    }

    /// Running text whose commas are typed half-width after Chinese (2023年,本街道…, as many pages type them): counted
    /// only where the text's being wrapped is decided — its margin is still taken from lines with full-width marks.
    private static func typesHalfWidthCommas(_ line: String) -> Bool {
        !line.contains("  ") && !opensHeading(line) && line.contains(/\p{Han},/)
    }

    /// Columns a line's half-width characters may take beyond `printedWidth` in a browser's print: a quarter column a
    /// figure, one a comma, colon or bracket.
    private static func halfWidthSlack(_ line: String) -> Int {
        (line.count(where: { $0.isASCII && $0.isNumber }) + 3) / 4 + line.count(where: { ",;:()".contains($0) })
    }

    /// A line ending in a figure or a percentage (…完整率为 100%), no mark after it.
    private static func endsInFigure(_ line: String) -> Bool {
        line.last.map { $0 == "%" || $0.isASCII && $0.isNumber } == true && !line.contains("  ") && !opensHeading(line)
    }

    /// Columns a line takes on the page: two for a Chinese or full-width character, one otherwise.
    static func printedWidth(_ line: String) -> Int {
        var width = 0
        for scalar in line.unicodeScalars.reversed().drop(while: { $0 == " " }) {
            width += (0x2E80...0xFF60).contains(scalar.value) || (0xFFE0...0xFFE6).contains(scalar.value)
                || (0x20000...0x3FFFD).contains(scalar.value) ? 2 : 1
        }
        return width
    }

    /// 2.有的… / 2、 / （二） / 二、 at a line's start (not 2.5%).
    private static func opensItem(_ line: String) -> Bool {
        opensHeading(line) || opensNumberedItem(line)
    }

    /// A number and its stop at a line's start, whatever follows: an item's (1.2020年在…), or a figure's (2.5%…).
    private static func opensNumber(_ line: String) -> Bool {
        line.firstMatch(of: /^[0-9]{1,2}[.．、]/) != nil
    }

    /// A numbered item (1.政务… / 2、有的… / （3）加强…: a Chinese word after the number, never a figure's 1.5 or 1、2) opening
    /// a line under one that ends inside a clause starts a paragraph: the line above is a list's lead-in with its colon
    /// left out (…主要表现在以下几个方面), an item with its 。 left out, or a line the page cut at its edge (a browser's
    /// `white-space: nowrap`). A sentence wrapped before a number has a mark before it (…为：1.…；2.…), not a word.
    private static func itemsOpenedAfterUnfinishedLines(_ marked: inout [SourceLine]) {
        for index in marked.indices.dropFirst() where marked[index].cells == nil && !marked[index].startsParagraph
            && marked[index - 1].cells == nil && marked[index - 1].text.last.map(isHan) == true
            && marked[index].text.firstMatch(of: /^([0-9]{1,2}[.．、]|[（(][0-9]{1,2}[)）])\p{Han}/) != nil {
            marked[index].startsParagraph = true
        }
    }

    /// 2.有的… / 2、 at a line's start (not 2.5%).
    private static func opensNumberedItem(_ line: String) -> Bool {
        line.range(ofPattern: #"^[0-9]{1,2}[.．、](?![0-9])"#) != nil
    }

    private static func breaksInside(_ last: Character) -> Bool {
        isHan(last) || last == "，" || last == "、"
    }

    private static func endsParagraph(_ line: String) -> Bool {
        guard let last = line.last else { return true }
        return sentenceEnds.contains(last) || isHeading(line)
    }

    /// `1、政府信息公开的内容`, `2.加强组织领导` on a line of their own: a numbered item's heading, short and
    /// without a sentence's marks or a row's figures (`1.属于国家秘密 0 0 0`), ends its paragraph.
    private static func isItemHeading(_ line: String) -> Bool {
        line.count <= 20 && opensNumberedItem(line)
            && !line.contains(where: { "，。；：,;:".contains($0) }) && line.last.map { !$0.isNumber } == true
    }

    /// 一、总体情况 / （一）主动公开 on a line of their own.
    private static func isHeading(_ line: String) -> Bool {
        opensHeading(line) && line.count <= 30 && !line.contains("。") && !line.contains("，")
    }

    private static func opensHeading(_ line: String) -> Bool {
        line.range(ofPattern: #"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])"#) != nil
    }

    private static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } ?? false
    }
}
