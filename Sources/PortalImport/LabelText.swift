import Foundation
import PortalModel

/// Label text reduced to what identifies it, so that a published label
/// matches the form's whatever its widths, spaces, punctuation, line
/// breaks and numbering style: （一）予以公开, (一)予以公开 and 一、予以公开
/// all read 一予以公开.
struct LabelText: Equatable {
    let characters: [Character]

    init(_ text: String) {
        characters = Self.reduced.value(text) {
            Self.mainlandWords(Self.fold(text)).compactMap { $0.isLetter || $0.isNumber ? Self.simplified[$0] ?? $0 : nil }
        }
    }

    /// The forms' labels are reduced again for every import and every row, a line's text by more than one step:
    /// each reduced once.
    private static let reduced = Memo<String, [Character]>(limit: 8_000)

    /// A converter's Taiwan phrasing (OpenCC's s2twp, a site's 繁體 mode: 政府資訊 for 政府信息,
    /// 規範性檔案 for 规范性文件, 專案 for 项目) in the mainland words the forms print, for
    /// matching only. Each phrase is as long as its mainland word, so a label's characters keep their places.
    static func mainlandWords(_ text: String) -> String {
        guard text.contains(where: { $0 == "資" || $0 == "檔" || $0 == "專" }) else { return text }
        return taiwanPhrases.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    private static let taiwanPhrases = [("資訊", "信息"), ("檔案", "文件"), ("專案", "项目")]

    /// Traditional characters to their simplified forms (a page saved in its site's 繁體 mode: 一、總體情況,
    /// 結合…實際情況編制本報告), for matching only: the published text is kept as printed. OpenCC's table
    /// (`TraditionalCharacters`), and the characters it gives more than one form for that the reports use in one sense
    /// (於 于, 開 开, 劃 划, 衹 只).
    static let simplified = TraditionalCharacters.table(overriding: "於于開开劃划衹只祇只")

    /// `text` with the traditional characters of `simplified` in their
    /// simplified forms, for matching only. Every character keeps its place and its length in UTF-16 (both forms
    /// are in the basic CJK block), so a match's offsets, or its `NSRange`, are the printed text's too.
    static func simplifying(_ text: some Sequence<Character>) -> String {
        String(text.map { simplified[$0] ?? $0 })
    }

    /// `name`, found in `plain` (`printed` in simplified characters, character for character), as `printed` prints it.
    static func printed(_ name: String, in plain: String, printed: String) -> String {
        guard let range = plain.range(of: name) else { return name }
        let start = plain.distance(from: plain.startIndex, to: range.lowerBound), count = name.count
        return String(printed.dropFirst(start).prefix(count))
    }

    var isEmpty: Bool { characters.isEmpty }
    var string: String { String(characters) }

    /// The label without its numbering (一、 （三） 1. 1、), for reports that leave it out.
    /// Compiled once: `core` runs for every label cell of every table line.
    static func core(of label: String) -> LabelText {
        guard let numbering,
              let match = numbering.firstMatch(in: label, range: NSRange(label.startIndex..., in: label)),
              let range = Range(match.range, in: label) else { return LabelText(label) }
        return LabelText(String(label[range.upperBound...]))
    }

    private static let numbering = try? NSRegularExpression(
        pattern: #"^\s*([（(]?[一二三四五六七八九十]+[)）]?[、.．]?|[（(]?[0-9０-９]+[)）]?[、.．]?)"#)

    /// Full-width letters and digits to half-width (NFKC), the minus sign to “-”, a converter's pinyin glosses left out.
    static func fold(_ text: String) -> String {
        let folded = withoutPinyinGlosses(text.precomposedStringWithCompatibilityMapping)
        // Foundation's search is costly and the minus sign rare: looked for among the scalars first.
        return folded.unicodeScalars.contains("\u{2212}") ? folded.replacingOccurrences(of: "\u{2212}", with: "-") : folded
    }

    /// The text without the pinyin a mirror's simplified-to-traditional converter writes after some
    /// characters (報(bào)告, 職業(yè), 公開(kāi)工作: 泾县's, 义乌工商's, 西藏's mirrors), which would cut a title's or a
    /// heading's words apart. A gloss is a bracketed run of one to six lowercase Latin letters right after a
    /// Chinese character; (一) and (a) after a space or a figure are not.
    static func withoutPinyinGlosses(_ text: String) -> String {
        // Most lines hold no gloss: only a Latin lowercase letter in brackets makes one possible.
        guard text.unicodeScalars.contains("("), text.unicodeScalars.contains(where: { $0.properties.isLowercase }) else { return text }
        let characters = Array(text)
        var kept: [Character] = []
        kept.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            if characters[index] == "(", let previous = kept.last, isIdeograph(previous) {
                var end = index + 1
                while end < characters.count, end - index <= 7, characters[end].isLowercase, characters[end].isLetter,
                      characters[end].unicodeScalars.allSatisfy({ $0.value < 0x0300 || (0x1E00...0x1EFF).contains($0.value) }) { end += 1 }
                if end > index + 1, end - index <= 7, end < characters.count, characters[end] == ")" {
                    index = end + 1
                    continue
                }
            }
            kept.append(characters[index])
            index += 1
        }
        return String(kept)
    }

    /// A Chinese character (CJK unified ideographs and extension A).
    static func isIdeograph(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) } ?? false
    }
}

/// Where a label was found in a table's text: the positions of its first
/// and last character in the stream.
struct LabelMatch: Equatable {
    var start: Int
    var end: Int
}

/// The text of a table region as one stream of label characters, each
/// remembering the line it came from, so that a label wrapped over lines or
/// interleaved with the pieces of a merged group label (（六）其 / 他处理
/// printed beside the rows they span) is still found.
struct LabelStream {
    private(set) var characters: [Character] = []
    private(set) var lineOfCharacter: [Int] = []

    mutating func append(_ text: LabelText, line: Int) {
        characters += text.characters
        lineOfCharacter += Array(repeating: line, count: text.characters.count)
    }

    /// The first place from `start` where the label's characters occur in
    /// order with at most `maxGap` foreign characters between two of them.
    func find(_ label: LabelText, from start: Int, maxGap: Int = 6) -> LabelMatch? {
        let wanted = label.characters
        guard let first = wanted.first, start < characters.count else { return nil }
        var position = start
        while position < characters.count {
            guard let begin = characters[position...].firstIndex(of: first) else { return nil }
            if let end = follow(wanted, from: begin, maxGap: maxGap) { return LabelMatch(start: tightest(wanted, from: begin, to: end, maxGap: maxGap), end: end) }
            position = begin + 1
        }
        return nil
    }

    /// The last start of the label that ends where the match found ends: a stray first character a few
    /// characters earlier (现行有效件数's 行, the heading above 行政规范性文件 when 规章's label is lost,
    /// 汉台 徐望镇 2025) is not the label's, nor is its line the row's.
    private func tightest(_ wanted: [Character], from begin: Int, to end: Int, maxGap: Int) -> Int {
        var start = begin
        var position = begin + 1
        while position < end, let later = characters[position..<end].firstIndex(of: wanted[0]) {
            if follow(wanted, from: later, maxGap: maxGap) == end { start = later }
            position = later + 1
        }
        return start
    }

    /// The first place from `start` where the label's characters occur in order, as `find` has
    /// them, but for at most `misread` of them, which may be missing or other characters (OCR's
    /// 担 for 握, a character lost): the first found is one of the first `misread + 1`, and each
    /// one missing leaves a place for the character read instead of it.
    func find(_ label: LabelText, from start: Int, maxGap: Int = 6, misread: Int) -> LabelMatch? {
        let wanted = label.characters
        guard misread > 0, wanted.count > misread, start < characters.count else { return misread == 0 ? find(label, from: start, maxGap: maxGap) : nil }
        let heads = Set(wanted.prefix(misread + 1))
        var position = start
        while position < characters.count {
            guard let begin = characters[position...].firstIndex(where: heads.contains) else { return nil }
            // The wanted characters before the one found are the first ones missed.
            for skipped in wanted.indices.prefix(misread + 1) where wanted[skipped] == characters[begin] {
                if let end = follow(Array(wanted[skipped...]), from: begin, maxGap: maxGap, misread: misread - skipped) {
                    return LabelMatch(start: begin, end: end)
                }
            }
            position = begin + 1
        }
        return nil
    }

    /// Whether the label occurs again, character for character, in `range`.
    func occursExactly(_ label: LabelText, in range: Range<Int>) -> Int? {
        let wanted = label.characters
        guard !wanted.isEmpty, range.count >= wanted.count else { return nil }
        var position = range.lowerBound
        while position + wanted.count <= range.upperBound {
            if characters[position] == wanted[0], Array(characters[position..<position + wanted.count]) == wanted { return position }
            position += 1
        }
        return nil
    }

    private func follow(_ wanted: [Character], from begin: Int, maxGap: Int, misread: Int = 0) -> Int? {
        var last = begin
        var missed = 0
        for character in wanted.dropFirst() {
            // Each character missed so far stands somewhere in the text: the window is as much wider.
            let window = (last + 1)..<min(characters.count, last + 2 + maxGap + missed)
            guard let next = characters[window].firstIndex(of: character) else {
                missed += 1
                if missed > misread { return nil }
                continue
            }
            last = next
        }
        return last
    }
}
