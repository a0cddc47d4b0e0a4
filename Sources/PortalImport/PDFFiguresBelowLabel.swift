/// A row's figures that the layout text sets on the line above their label's.
///
/// A browser's print centres a row's label and its figures in the row, and
/// where a group's label or a blank row's label runs over the lines beside
/// it, `pdftotext -layout` may print a row's figures on the line above its
/// own label: `三、本年 法提供 没有现成信息需要另行制作  53 0 0 0 0 0 53` /
/// `度办理结  3.补正后申请内容仍不明确` (岱山 海洋渔业局 2023, Chromium's print).
/// The word boxes print `53 … 53` level with `3.` and `度办理结`, 17 pt under
/// `没有现成信息需要另行制作` (row 2, blank): read as the layout has it, row 2
/// took row 3's figures and row 3 was written blank. The figures are moved
/// to the line below when that line holds every other word of their printed
/// line and their own line none of them; else the lines stay as they are.
extension PDFWordBoxes {
    func movingFiguresToTheirLabel(_ lines: [SourceLine]) -> [SourceLine] {
        var lines = lines
        for (page, printed) in pages {
            guard let (rows, layout) = Self.rowsLinedUp(lines, page: page, printed: printed) else { continue }
            for (row, index) in zip(rows, layout) where index + 1 < lines.count {
                let below = lines[index + 1]
                let tokens = Self.tokens(lines[index].text)
                let figures = Self.rowFigures(lines[index].text)
                let own = tokens.dropLast(figures.count).joined()
                let words = Self.labelWords(printed[row])
                let under = below.text.filter { !$0.isWhitespace }
                guard !own.isEmpty, !words.isEmpty, below.cells == nil, below.position.page == page, Self.rowFigures(below.text).isEmpty,
                      words.allSatisfy({ under.contains($0) && !own.contains($0) }),
                      let label = Self.replacingWords(of: lines[index].text, figures, with: figures.map { _ in "" }) else { continue }
                lines[index].text = String(label.reversed().drop(while: \.isWhitespace).reversed())
                lines[index + 1].text = ([below.text] + figures).joined(separator: "  ")
            }
        }
        return lines
    }
}
