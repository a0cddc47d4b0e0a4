import PortalModel

/// Whether a PDF's text layer can be read at all.
///
/// A font embedded without a ToUnicode map (some converters, printer
/// drivers, Chromium's Type 3 glyphs once the map is lost) prints right but
/// gives pdftotext each glyph's code instead of its character: ASCII and
/// Latin-1 junk (`!"#$%&'()*`, `ÓgC(¸³◊`), private-use characters, or
/// Chinese characters that are not the printed ones — while the digits'
/// font often keeps its map, so figures still read. Imported, it would give
/// nonsense narratives and rows placed by chance; it is refused instead.
///
/// Measured on the fixtures: the text of the 19 genuine PDFs holds none of
/// the characters no Chinese report prints (of 25,000); PDFs whose fonts lost
/// their maps, 41–50 %. With a share of the report's distinct Chinese
/// characters losing their map (a font subset), their junk is 0.6–3 % at 2 %
/// of them, 0–1.2 % at 0.5–1 % (the import then refused for a broken table
/// label, but for one character lost of 248, which read as junk in a
/// narrative): the limit is 0.5 %, far above genuine text.
enum PDFTextLayer {
    static let junkLimit = 0.005

    /// Why a printed page's text (a PDF's, an OFD's, a converted PDF's) is not read.
    enum Unreadable: Error {
        /// Fewer than 20 letters in all: the pages are pictures, or their characters shapes.
        case noText(letters: Int)
        /// The characters are not the printed ones; `worst` is the line holding the most junk.
        case garbled(share: Double, worst: SourceLine?)

        /// What is wrong with the characters, as the refusals say it.
        var garbledWhat: String {
            guard case .garbled(let share, _) = self else { return "it holds no text" }
            return share >= junkLimit ? "\(Int((share * 100).rounded())) % of its characters are not text" : "its Chinese characters are not the printed ones"
        }
    }

    /// A printed page's layout text → its lines, placed by its word boxes: the one reading the PDF,
    /// the OFD and a PDF converted to placed text or word boxes share; each names its own refusals.
    static func lines(of text: String, fileLines: [Int]? = nil, boxes: PDFWordBoxes?) -> Result<[SourceLine], Unreadable> {
        let lines = TextExtractor.lines(of: text, layout: true, fileLines: fileLines)
        let letters = lines.reduce(0) { $0 + $1.text.count { !$0.isWhitespace } }
        guard letters >= 20 else { return .failure(.noText(letters: letters)) }
        let (share, worst) = junk(in: lines)
        if share >= junkLimit || !looksChinese(lines) { return .failure(.garbled(share: share, worst: worst)) }
        return .success(boxes?.placing(lines) ?? lines)
    }

    /// The share of non-space characters that are junk, and the line holding the most (the first of those).
    static func junk(in lines: [SourceLine]) -> (share: Double, worst: SourceLine?) {
        var total = 0, junk = 0, most = 0
        var worst: SourceLine?
        for line in lines {
            // A lone symbol before the text is a bullet (Word's Symbol-font bullets read as U+F0B7).
            var characters = Array(line.text.filter { !$0.isWhitespace })
            if let head = line.text.split(whereSeparator: \.isWhitespace).first, head.count == 1, characters.count > 1 {
                characters.removeFirst()
            }
            let bad = characters.filter(isJunk).count
            total += characters.count
            junk += bad
            if bad > most { (most, worst) = (bad, line) }
        }
        return (total == 0 ? 0 : Double(junk) / Double(total), worst)
    }

    /// Chinese characters that are not the printed ones (a CID font read
    /// through the wrong character collection) are each a real character,
    /// but a report's text is full of a few dozen common ones (的, 公, 开,
    /// 信, 息, 政, 府, 年…): about 38–48 % of its Chinese characters in the
    /// fixtures, a few percent in text of characters drawn at random.
    static func looksChinese(_ lines: [SourceLine]) -> Bool {
        var chinese = 0, common = 0
        for line in lines {
            for scalar in line.text.unicodeScalars where (0x4E00...0x9FFF).contains(scalar.value) {
                chinese += 1
                if commonCharacters.contains(scalar) { common += 1 }
            }
        }
        return chinese < 200 || Double(common) / Double(chinese) >= 0.1
    }

    private static let commonCharacters = Set("的一是在了和有为不人中年公开政府信息工作情况申请报告本区市县局进行主动依法行政办理部门及对等".unicodeScalars)

    /// A character no Chinese report prints: ASCII symbols other than
    /// punctuation, brackets and a breadcrumb's `>` (`!#$&*=?\^`{}`), Latin-1 letters, private-use characters, the
    /// replacement character, controls, letterlike symbols (ℜ) and the like.
    static func isJunk(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        let value = scalar.value
        if value < 0x80 { return value < 0x20 || "!#$&*=?\\^`{}".unicodeScalars.contains(scalar) }
        return !expected.contains { $0.contains(value) }
    }

    private static let expected: [ClosedRange<UInt32>] = [
        0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3FFFF, 0x2E80...0x2FDF,  // Chinese characters, radicals
        0x3000...0x303F, 0xFF00...0xFFEF, 0xFE10...0xFE1F, 0xFE30...0xFE4F,  // Chinese punctuation, full-width forms
        0x2000...0x206F, 0x2190...0x21FF, 0x2200...0x22FF, 0x2460...0x24FF, 0x2150...0x218F,  // dashes and quotes, arrows, ≤ √, ① Ⅰ
        0x2500...0x27BF,  // box drawing, ■ □ ●, ★, ✓
        0xA0...0xA0, 0xA7...0xA7, 0xB0...0xB1, 0xB7...0xB7, 0xD7...0xD7, 0xF7...0xF7,  // § ° ± · × ÷
        0x2103...0x2103, 0x2116...0x2116,  // ℃ №
    ]
}
