import Foundation
import PortalModel

/// A body part 一 names once only, opening one of its sentences, in a report that prints no publisher's name anywhere else
/// (抚远市生态环境局 2020: the passage opens at 一, `2020年,抚远市生态环境局认真贯彻…` once; 宣汉 2019: `县退役军人事务局自
/// 2019年3月15日挂牌成立以来…`, its county only in `宣汉县退役军人事务局工作QQ群`). Said in the refusal, never taken: a
/// sentence telling the year's work is no byline, and once is less than the twice a part 一's subject must be printed to be
/// said as the body whose work it tells (`subjectOfPartOne`).
struct NamedOnceInPartOne: Equatable {
    var name: String
    let line: Int
    /// The name prints no place (县退役军人事务局): which one, the text does not say.
    let placeless: Bool
    /// A placeless name printed with words before it only in a channel's name (`宣汉县退役军人事务局工作QQ群`).
    var channel: PlacelessNameInAChannel?
    /// A 街道's, 镇's or 乡's name without the county or district it belongs to (`2023年,杨村街道坚持…`, 杨村街道 2023):
    /// its name in full, the text does not say with it. (Not said to be printed nowhere: a page may name its district
    /// elsewhere — 芙蓉街道 2022's `重庆市武隆区人民政府网站`, 岩腊乡 2019's `《安顺市西秀区人民政府办公室…》` —, which is not read.)
    var withoutItsCounty = false
    /// A city's, county's or district's name alone (`2022年,乌鲁木齐市坚持…`, 乌鲁木齐 2022): the place whose year's work part 一
    /// tells — its government's report, or the whole place's.
    var aPlace = false
    /// A 分局 named by its short name alone (`2019年,揭东分局在区委…`, 揭东分局 2019): which bureau's branch, of which city, the
    /// text does not say (a 公安局's, a 税务局's, a 自然资源局's…).
    var aBranch = false
    /// Printed in the preamble's sentences, not part 一's (小营街道 2024: no title, `2024年,在区政府…的引领下,小营街道办事处严格
    /// 依照…,现将本年度工作情况报告如下`).
    var inPreamble = false
    /// Opening the preamble's first sentence past its year, a town's name alone (泰丰街道 2025: the title `政府信息公开工作年度报告`
    /// alone, `2025年,泰丰街道严格按照…` under it), as part 一's would (`openingTheYearsWork`).
    var openingThePreamble = false
    /// A national body's name (`国家疾控局坚持以…`, 国家疾病预防控制局 2025, whose page prints no title): 国家 is its place, and the
    /// name may be its short one (简称), which is no official name.
    var aNationalBody = false

    /// The refusal's words.
    var message: String {
        inPreamble
            ? "the preamble opens \(openingThePreamble ? "its first sentence" : "one clause only") with “\(name)” (line \(line)), as the body whose work it tells"
                + (withoutItsCounty ? ", without the county or district it belongs to" : "")
                + ": a sentence of the year's work is no byline, so the name is not taken as the publisher's"
            : aNationalBody
            ? "part 一 opens its first sentence with “\(name)” (line \(line)), a national body's name, as the body whose work it tells: a sentence of the year's work is no byline (and the name may be its short one, 简称, which is no official name), so the name is not taken as the publisher's"
            : aBranch
            ? "part 一 opens its first sentence with “\(name)” (line \(line)), a branch (分局) by its short name, without the bureau it is a branch of nor its city (the text names neither): a sentence of the year's work is no byline, so the name is not taken as the publisher's"
            : aPlace
            ? "part 一 opens its first sentence with “\(name)” (line \(line)), the place whose year's work it tells — its government's, or the whole place's with its departments' and towns': a sentence of the year's work is no byline, so no publisher is taken"
            : withoutItsCounty
            ? "part 一 opens its first sentence with “\(name)” (line \(line)), as the body whose work it tells, without the county or district it belongs to: a sentence of the year's work is no byline, so the name is not taken as the publisher's"
            : placeless
            ? "part 一 opens one sentence only with “\(name)” (line \(line)), without its place (which \(name.prefix(1)), the text does not say)"
                + (channel.map { "; \($0.said(name))" } ?? "")
            : "part 一 opens one sentence only with “\(name)” (line \(line)), as the body whose work it tells: a sentence of the year's work is no byline (a report tells other bodies' work too), so the name is not taken as the publisher's"
    }

    /// The first name a clause of part 一 opens with: a name with its place (`openingName`), or a department's level and common
    /// name alone (`placelessOpeningName`); nil if no clause opens with one.
    static func find(in lines: ArraySlice<SourceLine>, channelsIn searched: ArraySlice<SourceLine>) -> NamedOnceInPartOne? {
        for line in lines where line.cells == nil {
            for clause in SignedAgency.clauses(of: line) {
                if let name = SignedAgency.openingName(clause) ?? openingNameWithANote(clause) ?? openingZonesCommittee(clause) {
                    return NamedOnceInPartOne(name: name, line: line.position.line, placeless: false)
                }
                if let name = SignedAgency.placelessOpeningName(clause) {
                    return NamedOnceInPartOne(name: name, line: line.position.line, placeless: true,
                                              channel: PlacelessNameInAChannel.find(name, in: searched))
                }
            }
        }
        return openingTheYearsWork(in: lines)
    }

    /// The first name with its place a clause of the preamble's sentences opens with (小营街道 2024: `…的引领下,小营街道办事处严格
    /// 依照…`), where part 一 opens none and the preamble prints no name twice (`subjectOfPreamble`): the clue, never taken. A
    /// 街道's, 镇's or 乡's name with no county or district before it is said so. Only lines of sentences: a page's labels
    /// (来源:某街道办事处) are no clause of the report's.
    static func find(inPreamble lines: ArraySlice<SourceLine>) -> NamedOnceInPartOne? {
        for line in lines where line.cells == nil && line.text.contains(where: { "，,。".contains($0) }) {
            for clause in SignedAgency.clauses(of: line) {
                guard let name = SignedAgency.openingName(clause) ?? openingZonesCommittee(clause) else { continue }
                let place = name.firstMatch(of: /^\p{Han}{1,6}?(?:[省市县区旗盟州]|街道|镇|乡)/).map { String($0.output) } ?? ""
                return NamedOnceInPartOne(name: name, line: line.position.line, placeless: false,
                                          withoutItsCounty: ["街道", "镇", "乡"].contains(where: place.hasSuffix), inPreamble: true)
            }
        }
        // A town's own name alone opening its first sentence past the year, as in part 一 (泰丰街道 2025).
        guard let first = lines.first(where: { $0.cells == nil && !$0.text.allSatisfy(\.isWhitespace) }),
              var named = townOpeningTheYearsWork(ReportYear.arabic(LabelText.fold(first.text)).filter { !$0.isWhitespace }, line: first) else { return nil }
        named.inPreamble = true
        named.openingThePreamble = true
        return named
    }

    /// The name a clause opens with, a note in brackets inside it after its place (宁波高新区 2019: `2019年,宁波国家高新区(新材料科技城)
    /// 管委会办公室政务公开工作…`: the zone and, in brackets, the other name it goes by), kept as printed with its note: the name read
    /// without the note (`openingName`) must open with the words before it and run on past it. For the refusal's clue only,
    /// as every name here is: a note inside a name is not read where a name is taken.
    static func openingNameWithANote(_ clause: Substring) -> String? {
        guard let match = clause.firstMatch(of: /^((?:19|20)[0-9]{2}年度?)?(\p{Han}{2,12}?[省市县区旗盟州])([(（][\p{Han}]{2,12}[)）])(\p{Han})/) else { return nil }
        let (before, note) = (String(match.output.2), String(match.output.3))
        let plain = clause.replacingCharacters(in: match.output.3.startIndex..<match.output.3.endIndex, with: "")
        guard let name = SignedAgency.openingName(Substring(plain)), name.count > before.count,
              name.hasPrefix(before) else { return nil }
        return before + note + name.dropFirst(before.count)
    }

    /// A zone's committee a clause opens with, its place's names printed without their 省 or 市 (从化 2022: `…领导下,广东从化经济
    /// 开发区管理委员会认真贯彻…`, which `openingName` does not read as a place): for the refusal's clue only. Not a zone named by
    /// its kind alone (开发区管委会), nor a clause's words before it (在, 全区, 我区).
    static func openingZonesCommittee(_ clause: Substring) -> String? {
        guard let match = clause.firstMatch(of: /^(?:(?:19|20)[0-9]{2}年度?)?(\p{Han}{2,8}?(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区)(?:管理委员会|管委会))/) else { return nil }
        let name = String(match.output.1)
        guard !SignedAgency.namesAZoneByItsKind(name),
              !(SignedAgency.unitOfAnother + ["在", "通过", "由", "对", "向", "经", "按照", "依托", "结合", "根据", "依据", "与", "及", "围绕"]).contains(where: name.hasPrefix)
        else { return nil }
        return name
    }

    /// A 街道, 镇, 乡 or 苏木 named by its own name alone as the subject of part 一's first sentence, past its year (杨村街道 2023:
    /// `2023年,杨村街道坚持以…`, no title, a preamble naming no one): the clue to quote where nothing else names a body, with its
    /// hint — the name in full needs the county or district the text does not print. Only there: a sentence opening with the
    /// year's work names its doer first, and a town's name is its own only with words before its unit (全镇, 本乡, 我街道 are no
    /// names; 城乡 and the like are words, kept out by the year and the unit's place).
    static func openingTheYearsWork(in lines: ArraySlice<SourceLine>) -> NamedOnceInPartOne? {
        guard let (text, line) = ReportYear.firstSentence(of: lines) else { return nil }
        guard opensWithATownsWords(text) else {
            return branchOpeningTheYearsWork(text, line: line.position.line) ?? placeOpeningTheYearsWork(text, line: line.position.line)
                ?? nationalBodyOpening(text, line: line.position.line)
        }
        return townOpeningTheYearsWork(text, line: line)
    }

    private static func opensWithATownsWords(_ text: String) -> Bool {
        text.firstMatch(of: /^(?:19|20)[0-9]{2}年度?[,，](\p{Han}{2,6}?(?:街道|镇|乡|苏木))(\p{Han})/) != nil
    }

    /// A 街道's, 镇's, 乡's or 苏木's own name alone opening `text`, a first sentence, past its year.
    private static func townOpeningTheYearsWork(_ text: String, line: SourceLine) -> NamedOnceInPartOne? {
        guard let match = text.firstMatch(of: /^(?:19|20)[0-9]{2}年度?[,，](\p{Han}{2,6}?(?:街道|镇|乡|苏木))(\p{Han})/) else { return nil }
        let name = LabelText.simplifying(String(match.output.1))
        // (Not a clause running on from a preposition or a pronoun — 在杨村街道, 全镇 — nor a body's name, which
        // `openingName` reads: 杨村街道办事处, 大营镇人民政府; nor a town's office or committee: 镇党委.)
        guard !(SignedAgency.unitOfAnother + ["街道", "在", "通过", "按照", "围绕", "统筹", "城乡", "乡村"]).contains(where: name.hasPrefix),
              !name.contains(where: { "党委政府和及与、".contains($0) }),
              !["办", "人", "党", "政", "委"].contains(String(match.output.2)) else { return nil }
        return NamedOnceInPartOne(name: name, line: line.position.line, placeless: false, withoutItsCounty: true)
    }

    /// A 分局 by its short name opening part 一's first sentence past its year (`2019年,揭东分局在区委…`): its place's name and 分局,
    /// nothing of its bureau (公安局, 税务局) before it; not a pronoun's (我分局, 本分局, 全分局) nor a clause's (在揭东分局).
    private static func branchOpeningTheYearsWork(_ text: String, line: Int) -> NamedOnceInPartOne? {
        guard let match = text.firstMatch(of: /^(?:19|20)[0-9]{2}年度?[,，](\p{Han}{2,4}?分局)/) else { return nil }
        let name = LabelText.simplifying(String(match.output.1))
        guard !(SignedAgency.unitOfAnother + ["在", "通过", "按照", "围绕", "统筹"]).contains(where: name.hasPrefix),
              !name.dropLast(2).contains(where: { "局委厅办党和及与、".contains($0) }) else { return nil }
        return NamedOnceInPartOne(name: name, line: line, placeless: false, aBranch: true)
    }

    /// A city's, county's or district's own name opening part 一's first sentence past its year (`2022年,乌鲁木齐市坚持…`): not a
    /// zone's (经开区: no 人民政府), nor the place's committee or government (市委, 县政府), nor a pronoun's (全市, 本县).
    private static func placeOpeningTheYearsWork(_ text: String, line: Int) -> NamedOnceInPartOne? {
        guard let match = text.firstMatch(of: /^(?:19|20)[0-9]{2}年度?[,，](\p{Han}{2,7}?[市县区旗])(\p{Han})/) else { return nil }
        let name = LabelText.simplifying(String(match.output.1))
        guard !(SignedAgency.unitOfAnother + ["城区", "辖区", "社区", "园区", "在", "通过", "按照", "围绕", "统筹"]).contains(where: name.hasPrefix),
              name.range(ofPattern: #"(开发区|经开区|高新区|新区|园区|试验区|示范区|合作区|管理区|保税区|景区|城区|社区|辖区)$"#) == nil,
              !name.contains(where: { "党委政府局和及与、".contains($0) }),
              !["委", "政", "人", "党", "办", "直", "级", "属"].contains(String(match.output.2)) else { return nil }
        return NamedOnceInPartOne(name: name, line: line, placeless: false, aPlace: true)
    }

    /// A national body's name opening part 一's first sentence, past its year if it prints one (`国家疾控局坚持以…`): 国家, a
    /// name's words, and a body's ending (局, 总局, 委员会, 委, 署); not a body's office or committee (国家疾控局办公室, …党组).
    private static func nationalBodyOpening(_ text: String, line: Int) -> NamedOnceInPartOne? {
        guard let match = text.firstMatch(of: /^(?:(?:19|20)[0-9]{2}年度?[,，])?(国家\p{Han}{1,8}?(?:总局|委员会|局|委|署))(\p{Han})/) else { return nil }
        let name = LabelText.simplifying(String(match.output.1))
        // (Nor the national body's local bureau, named after it: 国家税务总局某市税务局.)
        let after = text[match.output.1.endIndex...]
        guard !name.contains(where: { "和及与、".contains($0) }), !["办", "党", "机", "直", "系", "所", "属"].contains(String(match.output.2)),
              after.prefixMatch(of: /\p{Han}{1,10}?[省市县区州旗盟]\p{Han}{0,6}?局/) == nil else { return nil }
        return NamedOnceInPartOne(name: name, line: line, placeless: false, aNationalBody: true)
    }

    /// The hint for a town's name without its county, or a place's name alone: how to import as it, its name in full.
    var hintInFull: String? {
        if aPlace {
            let government = name + "人民政府"
            return "if “\(government)” published it, write content/agencies/<slug>/agency.yaml with “name: \(government)” and “kind: government”, "
                + "then import again with --agency <slug>; if another body did (one of its departments), pass --agency <slug> of that agency's folder"
        }
        if aNationalBody {
            return "if “\(name)” published it, write content/agencies/<slug>/agency.yaml with its official name in full (a short name, such as 国家疾控局 for 国家疾病预防控制局, is not one) "
                + "and “kind: department”, then import again with --agency <slug>; if another body did, pass --agency <slug> of that agency's folder"
        }
        if aBranch {
            return "if “\(name)” published it, write content/agencies/<slug>/agency.yaml with its name in full (its bureau's name before “\(name.dropLast(2))分局”, as 某市公安局\(name.dropLast(2))分局) "
                + "and “kind: department”, then import again with --agency <slug>; if another body did, pass --agency <slug> of that agency's folder"
        }
        return withoutItsCounty ? Self.hintWithItsCounty(name) : nil
    }

    /// How to import as a town the text names without its county or district (杨村街道, 岩腊乡): its name in full, in an
    /// agency.yaml written first. The county is the operator's to say.
    static func hintWithItsCounty(_ name: String) -> String {
        "if “\(name)” published it, write content/agencies/<slug>/agency.yaml with its name in full (its county's or district's name before “\(name)”) "
            + "and “kind: \(Agency.Kind.ofPrinted(name: name).rawValue)”, then import again with --agency <slug>; if another body did, pass --agency <slug> of that agency's folder"
    }
}
