import Foundation
import PortalModel

/// How a report that prints no publisher's name names one all the same: what the refusal says, and — when it is the
/// office to contact — the name its hint offers to import as.
enum AgencyClue: Equatable {
    /// The title's name serves no place the text prints (区统计局 in the title, no 某某区 anywhere); `partOne`, the same
    /// name with its place opening a sentence of part 一 (公安局's title, `2019年白水县公安局在…`, 白水 2019): said, not taken.
    /// `channel`, the words naming the same name with words before it only as a channel's (`以及德安县应急管理局微信公众号`,
    /// 德安 2020) and their line: said, not taken (where the place starts in running text, the words do not tell).
    case placelessTitle(String, partOne: String? = nil, channel: PlacelessNameInAChannel? = nil)
    /// A publishing sentence's name without its place (现公布区统计局2023年…报告: which 区?); `sitesGovernment`, the name on
    /// the line above a title naming no one, read as the site's header (金口河区人民政府, over a 区交通运输局's report).
    case placelessPublisher(String, sitesGovernment: String? = nil)
    /// An agency named only as the office to contact (请与保山市人民政府办公室联系): it may have compiled another's report.
    case officeToContact(String)
    /// A body named only in part 一's sentences, as the one whose work they tell (皮山县统计局 2023).
    case partOneSubject(String)
    /// A body named only in the preamble's sentences, as the one whose work they tell (余杭区统计局 2022).
    case preambleSubject(String)
    /// A department named by its level alone as the subject of part 一's sentences (市农业农村局, 汉中 2025); `sitesGovernment`
    /// as for `placelessPublisher` (区交通运输局's report under the header 金口河区人民政府); `aCharacterShort`, the name with a
    /// place printed a character short of it (衡阳's mirror: `衡阳市机关事务管理遵循…`, 局 lost): named in the hint, not taken.
    case placelessSubject(String, sitesGovernment: String? = nil, aCharacterShort: ACharacterShort? = nil)
    /// A body named only inside a document's title, and the line (《宝山区友谊路街道…纲要》, 友谊路街道 2025): the document's
    /// name, not a byline; its hint offers the name to import as.
    case insideATitle(String, title: String, line: Int)
    /// A body named only as its website's owner, the words and the line (`通过渝中区人民政府大溪沟街道办事处子网站…`, 大溪沟街道
    /// 2020): the site that keeps the report, not a byline; its hint offers the name to import as.
    case websiteOwner(String, website: String, line: Int)
    /// The first body part 一 opens a sentence with, once only (抚远市生态环境局 2020; 宣汉's placeless 县退役军人事务局): said,
    /// where and why it was not taken; with its place, its hint offers the name to import as.
    case namedOnceInPartOne(NamedOnceInPartOne)
    /// A town's own name alone heading a title of its year's document, the title, the line, and whether the text ends
    /// before its 》 (岩腊乡 2019: `特制定《岩腊乡2019年政务公开工作实施方案`): said with the name in full to give, not taken.
    case headingItsOwnYearsDocument(String, title: String, line: Int, cut: Bool)
    /// A name where the publisher's stands holding Latin letters or `_` (a spam mirror's betting site in the place's): said.
    case markedName(MarkedName)

    /// The refusal's words, after “The report prints no publisher's name: ”.
    var message: String {
        switch self {
        case .placelessTitle(let name, nil, let channel):
            "its title names it “\(name)”, without the place it serves, and neither its preamble, its signature nor its office to contact prints that place"
                + (channel.map { "; \($0.said(name))" } ?? "")
        case .placelessTitle(let name, let partOne?, _):
            "its title names it “\(name)”, without the place it serves, and neither its preamble, its signature nor its office to contact prints that place; part 一 opens a sentence with “\(partOne)”"
        case .placelessPublisher(let name, let site):
            "it names it “\(name)”, without its place (which \(name.prefix(1)), the text does not say)"
                + Self.sitesGovernmentSaid(site)
        case .officeToContact(let name): "it names “\(name)” only as the office to contact"
        case .partOneSubject(let name): "it names “\(name)” only in part 一's sentences, as the body whose work they tell"
        case .preambleSubject(let name): "it names “\(name)” only in its preamble's sentences, as the body whose work they tell"
        case .placelessSubject(let name, let site, _):
            "it names “\(name)” in part 一's sentences, as the body whose work they tell, without its place (which \(name.prefix(1)), the text does not say)"
                + Self.sitesGovernmentSaid(site)
        case .insideATitle(let name, let title, let line):
            "it names “\(name)” only inside a document's title (\(title), line \(line)), which names the document, not who published the report"
        case .websiteOwner(let name, let website, let line):
            "it names “\(name)” only as its website's owner (\(website), line \(line)): the site that keeps the report, not who published it"
        case .headingItsOwnYearsDocument(let name, let title, let line, let cut):
            "it names “\(name)” only at the head of the title of a document of its year (\(title), line \(line)\(cut ? ", the text ending before its 》" : "")), "
                + "a town by its own name without the county or district it belongs to: a document's title is no byline, so the name is not taken as the publisher's"
        case .namedOnceInPartOne(let named): named.message
        case .markedName(let marked): marked.message
        }
    }

    /// The site's government printed over the title (`sitesGovernment`), said as what it is.
    private static func sitesGovernmentSaid(_ site: String?) -> String {
        site.map { "; “\($0)”, on the line above its title, is the site's government (the page's header), not the body whose report it is" } ?? ""
    }

    /// The office to contact, when that is all the report names: the hint says how to import as it.
    var officeToContact: String? {
        if case .officeToContact(let name) = self { name } else { nil }
    }

    /// The hint of a clue that says how to import as a name the text prints only in part: a town's without its county, a
    /// department's by its level alone (市国资委, 天津 2024: which 市, the text does not say).
    var hintInFull: String? {
        switch self {
        case .namedOnceInPartOne(let named): named.hintInFull ?? (named.placeless ? Self.hintWithItsPlace(named.name) : nil)
        case .headingItsOwnYearsDocument(let name, _, _, _): NamedOnceInPartOne.hintWithItsCounty(name)
        case .placelessSubject(let name, _, let short?): Self.hintWithItsPlace(name) + short.said
        case .placelessSubject(let name, _, _), .placelessPublisher(let name, _), .placelessTitle(let name, nil, _): Self.hintWithItsPlace(name)
        default: nil
        }
    }

    /// How to import as a department the text names without its place: its name in full, the place's name before the
    /// department's (市国资委 → 某市国资委), in an agency.yaml written first. The place is the operator's to say.
    static func hintWithItsPlace(_ name: String) -> String {
        let level = name.first.map { "省市县区州旗盟".contains($0) ? "the \($0)'s name" : nil } ?? nil
        let department = level == nil ? name : String(name.dropFirst())
        return "if that body published it, write content/agencies/<slug>/agency.yaml with its name in full (\(level ?? "its place's name") before “\(department)”) "
            + "and “kind: \(Agency.Kind.ofPrinted(name: name).rawValue)”, then import again with --agency <slug>; if another body did, pass --agency <slug> of that agency's folder"
    }

    /// The clue with each name quoted as the page prints it (a 繁體 page's 楊村街道, read in simplified characters as 杨村街道):
    /// `printed` gives a name's printed form.
    func quoted(as printed: (String) -> String) -> AgencyClue {
        switch self {
        case .placelessTitle(let name, let partOne, let channel): return .placelessTitle(printed(name), partOne: partOne.map(printed), channel: channel)
        case .placelessPublisher(let name, let site): return .placelessPublisher(printed(name), sitesGovernment: site)
        case .officeToContact(let name): return .officeToContact(printed(name))
        case .partOneSubject(let name): return .partOneSubject(printed(name))
        case .preambleSubject(let name): return .preambleSubject(printed(name))
        case .placelessSubject(let name, let site, let short): return .placelessSubject(printed(name), sitesGovernment: site, aCharacterShort: short)
        case .insideATitle(let name, let title, let line): return .insideATitle(printed(name), title: title, line: line)
        case .websiteOwner(let name, let website, let line): return .websiteOwner(printed(name), website: website, line: line)
        case .headingItsOwnYearsDocument(let name, let title, let line, let cut): return .headingItsOwnYearsDocument(printed(name), title: title, line: line, cut: cut)
        case .namedOnceInPartOne(var named):
            named.name = printed(named.name)
            return .namedOnceInPartOne(named)
        case .markedName: return self
        }
    }

    /// The name the hint offers to import as, when the report names its body only inside a document's title, as its
    /// website's owner, or with its place only in part 一 under a placeless title.
    var nameToImportAs: String? {
        switch self {
        case .insideATitle(let name, _, _), .websiteOwner(let name, _, _), .placelessTitle(_, let name?, _): name
        case .namedOnceInPartOne(let named) where !named.placeless && !named.withoutItsCounty && !named.aPlace && !named.aBranch && !named.aNationalBody: named.name
        default: nil
        }
    }
}

extension AgencyClue {
    /// `name`, read in simplified characters, as the first of `lines` holding it prints it (杨村街道 → 楊村街道 on a 繁體
    /// page); as read when no line holds it one character for one.
    static func printed(_ name: String, in lines: ArraySlice<SourceLine>) -> String {
        for line in lines where line.cells == nil {
            let printed = LabelText.fold(line.text).filter { !$0.isWhitespace }
            if printed.contains(name) { return name }
            let plain = LabelText.simplifying(printed)
            if plain.count == printed.count, plain.contains(name) { return LabelText.printed(name, in: plain, printed: printed) }
        }
        return name
    }
}

/// A placeless name's words printed with a place before them and its last character missing (`2025年,衡阳市机关事务管理遵循…`
/// beside `市机关事务管理局` twice, on a spam mirror's copy): the name in full it may be, a character lost. Said in the hint as
/// a candidate to check, never written: the lost character is a guess, and a mirror may have altered the words.
struct ACharacterShort: Equatable {
    /// As printed, its place included (衡阳市机关事务管理).
    var printed: String
    /// The name it may be: the printed words and the placeless name's last character (衡阳市机关事务管理局).
    var inFull: String
    var line: Int

    /// The first clause opening, past its year, with `name`'s words after its level (市) and a place before them, its last
    /// character left out.
    static func find(_ name: String, in lines: ArraySlice<SourceLine>) -> ACharacterShort? {
        guard let level = name.first, "省市县区州旗盟".contains(level), name.count >= 4, let last = name.last else { return nil }
        let words = NSRegularExpression.escapedPattern(for: String(name.dropFirst().dropLast()))
        let pattern = #"^\p{Han}{2,4}?"# + String(level) + words + "(?!" + String(last) + ")"
        for line in lines where line.cells == nil {
            for clause in SignedAgency.clauses(of: line) {
                let opening = SignedAgency.pastOpeningYear(clause)
                guard let found = opening.range(ofPattern: pattern),
                      case let printed = String(opening[found]), !["全", "本", "我", "各"].contains(where: printed.hasPrefix) else { continue }
                return ACharacterShort(printed: printed, inFull: printed + String(last), line: line.position.line)
            }
        }
        return nil
    }

    /// The hint's words after the placeless name's.
    var said: String {
        "; line \(line) prints “\(printed)”, a character short of “\(inFull)”: if that is the body, check its name in the published report before writing it"
    }
}
