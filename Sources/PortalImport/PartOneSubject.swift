import Foundation

/// The agency part 一 names as the subject of its sentences, for a report that prints no publisher's name anywhere
/// else (皮山县统计局 2023: no title, a preamble naming no one, then in 一 `2022年,皮山县统计局组织相关人员…`,
/// `皮山县统计局严格落实…`). Said in the refusal only, never taken: part 一 tells who did the work, and a
/// government's report tells its departments' work as well as its own.
extension SignedAgency {
    /// The first name with its place a clause of part 一 opens with that is `name` with a place before it (白水县公安局 for a
    /// title's 公安局, 白水 2019: `2019年白水县公安局在县委、县政府…的领导下`); nil if none is.
    static func placed(_ name: String, inPartOne lines: ArraySlice<SourceLine>) -> String? {
        let plain = LabelText.simplifying(name)
        for line in lines where line.cells == nil {
            if let fuller = clauses(of: line).lazy.compactMap(openingName)
                .first(where: { $0.count > plain.count && $0.hasSuffix(plain) }) { return fuller }
        }
        return nil
    }

    /// The name, with its place, that most of part 一's clauses open with (the first on a tie); nil if none does.
    static func subjectOfPartOne(in lines: ArraySlice<SourceLine>) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for line in lines where line.cells == nil {
            for clause in clauses(of: line) {
                guard let name = openingName(clause) else { continue }
                if counts[name] == nil { order.append(name) }
                counts[name, default: 0] += 1
            }
        }
        // Twice at least: a clause opening once with what reads as a name may be a sentence's words (接受全区政府…);
        // `order` is first seen first, so keeping a name only when its count is higher keeps the first on a tie.
        var subject: (name: String, count: Int)?
        for name in order {
            let count = counts[name]!
            if count >= 2, count > subject?.count ?? 0 { subject = (name, count) }
        }
        return subject?.name
    }

    /// A department named by its level and common name alone as the subject of part 一's clauses, twice at least (汉中市
    /// 农业农村局 2025: `2025年,市农业农村局坚持…`, `市农业农村局共受理…`, no title, no other name): which 市, the text does not
    /// say. Said in the refusal, never taken, as a name with its place is. The preamble's clauses count with part 一's: a
    /// preamble telling the year's work opens as part 一 does (青山区公安分局 2025: `2025年,区公安分局坚持…` in each), and
    /// a 分局 of a level's bureau is named whole (市公安局青山分局, not 市公安局).
    static func placelessSubjectOfPartOne(in lines: ArraySlice<SourceLine>, preamble: ArraySlice<SourceLine> = []) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for line in Array(preamble) + Array(lines) where line.cells == nil {
            for clause in clauses(of: line) {
                guard let name = placelessOpeningName(clause) else { continue }
                if counts[name] == nil { order.append(name) }
                counts[name, default: 0] += 1
            }
        }
        return order.first { counts[$0]! >= 2 }
    }

    /// A line's text as the name readers read it: folded to simplified characters, without spaces.
    static func foldedText(_ line: SourceLine) -> String {
        LabelText.simplifying(LabelText.fold(line.text).filter { !$0.isWhitespace })
    }

    /// A text's clauses, cut at the marks that end one (。，,；;：:): a name opens a clause.
    static func clauses(_ text: String) -> [Substring] {
        text.split(whereSeparator: { "。，,；;：:".contains($0) })
    }

    /// A line's clauses, folded (`foldedText`).
    static func clauses(of line: SourceLine) -> [Substring] { clauses(foldedText(line)) }

    /// A year opening a clause before its subject: `2025年`, `2025年度`, its 年 doubled (`2025年年度五通桥区教育局加强…`,
    /// 五通桥区教育局 2025: not 年度五通桥区教育局).
    static let openingYear = #"(19|20)[0-9]{2}年(年?度)?"#

    /// The clause past its opening year (`openingYear`), or as it is.
    static func pastOpeningYear(_ clause: Substring) -> Substring {
        clause.range(ofPattern: "^" + openingYear).map { clause[$0.upperBound...] } ?? clause
    }

    /// The department a clause opens with by its level and common name alone, past a year (2025年,市农业农村局坚持… →
    /// 市农业农村局): the shortest such opening, a 分局 whole (区公安分局, not 区公安局…); nil if the clause opens otherwise.
    static func placelessOpeningName(_ clause: Substring) -> String? {
        let clause = pastOpeningYear(clause)
        let characters = Array(clause.prefix(12))
        guard characters.count >= 3, "省市县区州旗盟".contains(characters[0]) else { return nil }
        let lengths = (3...characters.count).filter { length in
            let name = String(characters[..<length])
            return nameEnds.contains(where: name.hasSuffix) && printsNoPlace(name)
        }
        guard let length = lengths.first(where: { String(characters[..<$0]).hasSuffix("分局") }) ?? lengths.first else { return nil }
        return String(characters[..<length])
    }

    /// The body a preamble's sentences tell of, where they name no publisher (2022年，余杭区统计局坚持…，进一步完善余杭区统计局
    /// 政务公开工作，现将本机关…报告如下, 余杭 2022): a name with its place that opens one of its clauses and is printed again.
    /// Said, never taken, as part 一's subject is.
    static func subjectOfPreamble(in lines: ArraySlice<SourceLine>) -> String? {
        let text = lines.filter { $0.cells == nil }.map(foldedText).joined()
        return clauses(text).lazy.compactMap(openingName)
            .first { text.components(separatedBy: $0).count > 2 }
    }

    /// The agency's name a clause opens with, past a year (2023年皮山县统计局…): up to the first word a name ends in
    /// (皮山县统计局, not 皮山县统计局组织相关人员多次学习政府), with the words that lengthen a name after it (某镇人民政府,
    /// 某局办公室). Only a name with its place (皮山县…; not 县统计局, whose county the text does not say, nor
    /// 统计局主动通过县政府, a clause running on to another body), never one opening with a preposition (通过县政府…).
    static func openingName(_ clause: Substring) -> String? {
        var clause = pastOpeningYear(clause)
        // Past the words that count a list's items (一是根据区政府…, 岩腊乡 2019: “firstly, according to…”), as past a year.
        if let item = clause.range(ofPattern: #"^[一二三四五六七八九十]是"#) { clause = clause[item.upperBound...] }
        let characters = Array(clause.prefix(24))
        // (社会 is no body's 会: 文成县人力资源和社会保障局, not 文成县人力资源和社会.)
        guard var length = (2...max(2, characters.count)).first(where: { length in
            length <= characters.count && nameEnds.contains { String(characters[..<length]).hasSuffix($0) }
                && !String(characters[..<length]).hasSuffix("社会")
        }) else { return nil }
        // A longer end run on from the shorter one found first (管委 of 管委会, 宁波高新区 2019's `…管委会办公室`; 委 of 委员会).
        if let more = (1...3).last(where: { more in
            length + more <= characters.count && nameEnds.contains { $0.count > more && String(characters[..<(length + more)]).hasSuffix($0) }
        }) { length += more }
        var name = String(characters[..<length])
        let rest = String(characters[length...])
        if let longer = ["人民政府", "办公室", "办公厅", "管理委员会", "委员会", "街道办事处", "办事处"].first(where: rest.hasPrefix) { name += longer }
        // The place, then the body's own words (统计局, 人民政府, 卫生健康委), eight characters at most: a clause's
        // words run on to a word a name ends in (北碚区坚持以…中国特色社会), and 政府 is a place's alone (桐柏县通过政府).
        guard isAgencyName(name), namesItsPlace(name), !prepositions.contains(where: name.hasPrefix),
              let place = name.range(ofPattern: #"^\p{Han}{1,6}?([省市县区旗盟州镇乡]|街道)(?=\p{Han})"#) else { return nil }
        let body = name[place.upperBound...]
        // (A bureau's common name may run to ten: 人力资源和社会保障局.)
        guard body.count <= (body.hasSuffix("局") ? 10 : 8), !body.hasSuffix("政府") || ["政府", "人民政府"].contains(String(body)) else { return nil }
        // A level's 委 alone is the Party's committee (市委, 县委: `2025年,紧扣市委、市政府中心工作部署`, 大冶 2025, a verb read as
        // the place), never a government's body, whose 委 has its words (发改委, 卫健委).
        guard !["委", "党委", "工委", "党工委"].contains(String(body)) else { return nil }
        return name
    }

    /// Words a clause opens with before the body it names (通过县政府门户网站, 在县委…的领导下): no place's first
    /// characters (于都县, 和田市, 将乐县 and 从江县 open with 于, 和, 将, 从: not listed).
    /// (围绕市委…, 武汉市地方金融管理局 2025: `2025年,我局坚持…,围绕市委…`.)
    private static let prepositions = ["在", "通过", "由", "对", "向", "经", "按照", "依托", "结合", "根据", "依据", "与", "及", "把", "按",
                                       "围绕", "紧紧围绕"]
}
