import Foundation
import PortalModel

/// Reads one printed cell. Faithful: a blank stays blank, a dash stays a
/// dash, nothing becomes 0 that was not printed as 0.
enum CellText {
    /// Marks printed instead of a number that a table row may hold (無: 无 as a 繁體 mirror prints it).
    static let blankMarks: Set<String> = ["", "-", "—", "–", "/", "\\", "无", "無"]
    private static let dashes: Set<Character> = ["-", "—", "–", "―"]
    /// Units printed after a figure: counts (件, 条, 个, 项, 次) and the fee column's 万元.
    static let units = ["万元", "件", "条", "个", "项", "次"]

    /// A cell's value, or nil when the text is not a number or a known mark.
    static func value(_ text: String) -> CellValue? {
        var folded = LabelText.fold(text).trimmingCharacters(in: .whitespacesAndNewlines)
        if isGlued(folded) { return nil }
        // A dash printed double or as a run (——, --): one dash.
        if folded.count > 1, folded.allSatisfy(dashes.contains) { return .blank("-") }
        if blankMarks.contains(folded) { return .blank(folded == "—" || folded == "–" ? "-" : folded) }
        // 12件, 3条: the count's unit printed in the cell (never 元: the form counts money in 万元).
        if let unit = units.first(where: { folded.hasSuffix($0) }), folded.count > unit.count {
            folded = String(folded.dropLast(unit.count)).trimmingCharacters(in: .whitespaces)
            guard folded.last?.isNumber == true else { return nil }
        }
        let digits = folded.replacingOccurrences(of: ",", with: "")
        guard digits.range(ofPattern: #"^[+-]?[0-9]+(\.[0-9]+)?$"#) != nil,
              folded == digits || folded.range(ofPattern: #"^[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$"#) != nil,
              let number = Decimal(string: digits.hasPrefix("+") ? String(digits.dropFirst()) : digits, locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        return .number(number)
    }

    /// A change printed with its word (`增10`, `减4`, `增加2`, `减少1`; 郑州 中原区, 渠县 2020) in a column of changes (the trial
    /// form's 本年增/减, `signedCount`): the figure signed, as `+10` and `-4` are; nil for any other text.
    static func change(_ text: String) -> CellValue? {
        let folded = LabelText.simplifying(LabelText.fold(text)).filter { !$0.isWhitespace }
        // No change said in words (`行政许可 | 0 | 未增未减 | 0`, 始兴县退役军人事务局 2020): 0, as the column's figure would be.
        if noChange.contains(folded) { return .number(0) }
        guard let word = folded.range(ofPattern: "^(\(changeWords.joined(separator: "|")))(?=[0-9])"),
              case .number(let figure)? = value(String(folded[word.upperBound...])), figure >= 0 else { return nil }
        return .number(folded.hasPrefix("减") ? -figure : figure)
    }

    /// The words a change is printed with before its figure, the longer first (增加10 is +10, not 增 and 加10).
    static let changeWords = ["增加", "增", "减少", "减"]

    /// The words a column of changes says “no change” with, whole.
    static let noChange: Set<String> = ["未增未减", "无增无减", "无增减"]

    /// Whether a token at the end of a text line is a cell: a number or a
    /// dash (a lone 无 or / in running text is not taken for one).
    static func isCellToken(_ token: String) -> Bool {
        // Kept with the row's figures, so that the row is refused quoting it, not read short.
        if isGlued(token) || isUnsure(token) { return true }
        guard let value = value(token) else { return false }
        if case .blank(let mark) = value { return mark == "-" }
        return true
    }

    /// What OCR marks a table cell with where it is unsure (`ScannedPages`): a figure it read with low confidence
    /// (`9⁇`), or ink in a cell it read nothing from (`⁇`). Never a cell's value: the row is refused naming the
    /// cell, not read short nor its figure guessed.
    static let unsureMark: Character = "⁇"

    static func isUnsure(_ token: String) -> Bool {
        unsureReading(token) != nil
    }

    /// Between an unsure figure and the figure its ink's shape says (`DigitShapes`) in the token OCR leaves: `7≠2⁇`, read
    /// 7, the ink shaped as a 2. Only the reading is ever written (`7?`); the other figure is told the operator.
    static let shapeMark: Character = "≠"

    /// An unsure cell's token: the reading, the figure its ink's shape says where that differs, the mark.
    static func unsure(_ reading: some StringProtocol, shapeSays shape: String? = nil) -> String {
        String(reading) + (shape.map { $0 == reading ? "" : String(shapeMark) + $0 } ?? "") + String(unsureMark)
    }

    /// The reading of an unsure cell's token and the figure its ink's shape says (nil where none was said); nil for any other token.
    static func unsureReading(_ token: String) -> (reading: String, shapeSays: String?)? {
        guard token.last == unsureMark else { return nil }
        let parts = token.dropLast().split(separator: shapeMark, maxSplits: 1, omittingEmptySubsequences: false)
        guard let reading = parts.first, printsDigitsOnly(reading) else { return nil }
        guard parts.count == 2 else { return (String(reading), nil) }
        return !reading.isEmpty && !parts[1].isEmpty && printsDigitsOnly(parts[1]) ? (String(reading), String(parts[1])) : nil
    }

    /// Whether a text is digits, commas and points only (nothing, too): what OCR reads of a cell's figure.
    static func printsDigitsOnly(_ text: some StringProtocol) -> Bool {
        text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }
    }

    /// Digits starting with a 0 (`002`, `00`): no count is printed so, but
    /// figures printed against each other are (a browser laying a table out
    /// wider than the paper overlaps its last columns). Which digit is whose
    /// cell cannot be told, so it is never read as one number.
    static func isGlued(_ text: String) -> Bool {
        let digits = LabelText.fold(text)
        return digits.count >= 2 && digits.first == "0" && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A sum printed with 元 (152790元): no cell's value — the 2021 form's fee column counts 万元, the 2019 form's
    /// 采购总金额 prints no unit and reports fill it in either — so never converted nor read as a bare figure.
    static func isSumInYuan(_ text: String) -> Bool {
        LabelText.fold(text).trimmingCharacters(in: .whitespaces).range(ofPattern: "^\(sumFigure)元$") != nil
    }

    /// A sum printed with 万 alone (旺苍县林业局 2019's 采购总金额 `2601.953875万`, six decimals: to the 分 in 万元): a sum of money
    /// whose unit the page shortened — no cell's value here (a count's column would read it as ten thousand of it).
    static func isSumInWan(_ text: String) -> Bool {
        LabelText.fold(text).trimmingCharacters(in: .whitespaces).range(ofPattern: "^\(sumFigure)万$") != nil
    }

    /// The sum in 元 a row's printed line ends in, its unit a word apart as a PDF's text may set it (`政府集中采购  11  62506 元`).
    static func sumInYuan(ending line: String) -> Substring? {
        line.range(ofPattern: "\(sumFigure)\\s*元\\s*$").map { line[$0] }
    }

    private static let sumFigure = #"[0-9][0-9,]*(\.[0-9]+)?"#

    /// Marks printed for nothing that stand for one cell each, whatever their neighbours: 无 and / (a dash does not:
    /// `——` is one dash).
    private static let singleMarks: Set<Character> = ["无", "無", "/", "／"]

    /// A word of two or more such marks run together (`无无`, `//`): a browser's print of a narrow table sets two cells'
    /// marks against each other. Each is a cell of its own.
    static func marksRunTogether(_ word: String) -> [String]? {
        guard word.count >= 2, word.allSatisfy(singleMarks.contains) else { return nil }
        return word.map { String($0) }
    }

    /// Whether a word prints marks for nothing (无, /, —, run together or not): a row printing one is no row printed blank.
    static func printsMarks(_ word: some StringProtocol) -> Bool {
        !word.isEmpty && word.allSatisfy { singleMarks.contains($0) || dashes.contains($0) || $0 == "\\" }
    }

    /// Whether the text holds a figure (not only a mark).
    static func isNumber(_ text: String) -> Bool {
        value(text)?.number != nil
    }
}
