import Foundation

/// The office to contact taken as the publisher of a report that prints no other name, where it cannot be another
/// body's: part 一's opening clause names exactly that body as its subject (冠县人社局 2023: no title, 请与冠县人力资源和
/// 社会保障局联系, then 一 opens `2023年,冠县人力资源和社会保障局认真贯彻…`). A contact alone is not a publisher (round
/// twenty-one: a 人民政府's report says 请与市政府办公室联系), and an office that speaks for a government is never taken,
/// whatever 一 says: its report may be the government's (保山市人民政府办公室 2024). Nor is a contact whose report speaks
/// as that kind of body (我局 under 请与晋城市城区市场监督管理局联系, 2023; 我乡 under 请与大演乡党政办联系, 2025): see
/// `contactTheTextSpeaksAs`.
extension SignedAgency {
    /// The contact the text names, when part 一's first sentence opens with it and it is no office of a government's.
    static func contactOpeningPartOne(contact: String?, partOne: ArraySlice<SourceLine>) -> String? {
        guard let contact, !speaksForAGovernment(contact), let clause = openingClause(of: partOne) else { return nil }
        // The contact, or the department behind its office (请与袁州区林业局行政办公室联系 under 2023年,袁州区林业局以…, 2023).
        for name in Set([contact, bodyBehindContact(contact)]).sorted(by: { $0.count > $1.count }) {
            let plain = LabelText.simplifying(name)
            guard clause.hasPrefix(plain) else { continue }
            // 冠县人力资源和社会保障局办公室…, …局和县医保局…, …局所属单位…: a longer name or another body than the contact.
            return lengthenings.contains(where: clause.dropFirst(plain.count).hasPrefix) ? nil : name
        }
        return contactNamedByItsLevel(clause, contact: contact) ?? bodyWithoutItsCity(clause, contact: contact)
    }

    /// The body behind the office to contact, where part 一's opening clause names it without its city's name before it, as a
    /// body names itself among its city's (可与厦门火炬高新区管委会办公室联系, then `2025年,火炬高新区管委会坚持…`, 厦门火炬高新区
    /// 2025; 深圳市福田区某局 as 福田区某局): what is left out is a place's name alone (厦门, 深圳市: no body's word in it), what is
    /// printed names its own place (火炬高新区, 福田区) and a body. A department's common name alone (教育局) is no such name.
    private static func bodyWithoutItsCity(_ clause: String, contact: String) -> String? {
        let body = bodyBehindContact(contact), plain = LabelText.simplifying(body)
        guard plain.count >= 7 else { return nil }
        for cut in 2...min(6, plain.count - 5) {
            let (city, named) = (plain.prefix(cut), plain.dropFirst(cut))
            guard clause.hasPrefix(named), city.range(ofPattern: #"^\p{Han}{2,4}?[省市]?$"#) != nil,
                  !city.contains(where: { "局委办厅院部会所处站中心区县".contains($0) }),
                  named.range(ofPattern: #"^\p{Han}{2,8}?[市区县旗州盟]"#) != nil, isAgencyName(String(named), shortest: 5),
                  !lengthenings.contains(where: clause.dropFirst(named.count).hasPrefix) else { continue }
            return body
        }
        return nil
    }

    /// The body behind the office to contact, where part 一's opening clause names it by its place's level, as a body's report
    /// names itself among its place's (2023年,市市场监管局按照…, under 可与广元市市场监督管理局办公室联系, 广元 2023; 2023年,区商务
    /// 和经济合作局严格按照…, under 请与广元市昭化区商务和经济合作局联系, 昭化 2023): the level the place ends with (广元市: 市),
    /// then the department's own name after its place, or a short name of it (`isShortName`: 市场监管局 for 市场监督管理局).
    /// Another department of the level (市财政局), the department of another level (区市场监管局 under a 市's bureau) or a
    /// government's office (its report may be the government's) is not the contact speaking.
    private static func contactNamedByItsLevel(_ clause: String, contact: String) -> String? {
        let body = bodyBehindContact(contact), plain = LabelText.simplifying(body)
        guard !speaksForAGovernment(body), namesItsPlace(body), let level = clause.first, ["市", "县", "区", "旗", "州", "盟"].contains(level)
        else { return nil }
        let spoken = clause.dropFirst()
        for split in plain.indices where plain[split] == level {
            let department = plain[plain.index(after: split)...]
            guard plain[...split].count >= 2, isAgencyName(String(department), shortest: 3) else { continue }
            let named = spoken.hasPrefix(department) ? spoken.prefix(department.count)
                : departmentsCommonName(opening: spoken).flatMap { isShortName($0, of: department) ? $0 : nil }
            if let named, !lengthenings.contains(where: spoken.dropFirst(named.count).hasPrefix) { return body }
        }
        return nil
    }

    /// The bodies a government's report may name as its office to contact (请与市政府办公室联系, 请与县政务服务中心联系,
    /// 请与丽水市人民政府办公室政府信息公开中心联系): a 人民政府's 办公室 or 办公厅 (政府办 is in both), a 乡镇's 党政办,
    /// a 政务服务, 政务公开 or 政府信息公开 body, a 领导小组's office.
    static func speaksForAGovernment(_ name: String) -> Bool {
        ["政府办", "党政办", "政务服务", "政务公开", "政府信息公开", "政务数据", "大数据", "领导小组"]
            .contains(where: name.contains)
    }

    /// Words after a name that make it another body's: a division of it, a second body, its units.
    private static let lengthenings = nameEnds + ["党组", "党委", "所属", "下属", "直属", "机关", "系统", "各", "和", "与", "及", "、", "（", "("]

    /// Part 一's first sentence's first clause, past its year (2023年, 2023年度), in simplified characters: the first line
    /// under the heading that holds a sentence's punctuation (a sub-heading alone, （一）政府信息公开基本情况, holds none).
    private static func openingClause(of partOne: ArraySlice<SourceLine>) -> String? {
        for line in partOne.dropFirst() where line.cells == nil {
            let text = foldedText(line)
            guard text.contains(where: { "。，,；;".contains($0) }) else { continue }
            var sentence = Substring(text)
            // (The year said as this year too, `今年以来,荣昌区林业局认真贯彻…`: 荣昌区林业局 2019.)
            if let year = sentence.range(ofPattern: "^(" + openingYear + #"|今年|本年度?)(以来)?[，,]?"#) { sentence = sentence[year.upperBound...] }
            return String(sentence.prefix { !"。，,；;：:".contains($0) })
        }
        return nil
    }

    /// The body an office to contact speaks for, as the hint offers it and as `contactTheTextSpeaksAs` takes it. A
    /// department's 办公室 (硚口区卫健局办公室, 2024) speaks for the department; so does a 街道's or 镇's 党政综合办 or 党政办公室
    /// (or a 乡's 党建办) for its body (安泰街道党政综合办, 福州 2024; 富文镇人民政府党政办公室, 定安 2023), 人民政府 in its name or
    /// not. (A county's 人民政府办公室 may publish its own report: kept as printed; a 乡's or 镇's has no report of its own —
    /// a town has no departments publishing theirs —: 请与沧源佤族自治县糯良乡人民政府办公室联系, 糯良乡 2022, speaks for the town;
    /// so does any office of its government, 厚镇人民政府综合与经济发展办公室, 蓝田 厚镇 2025.)
    /// A body's 政务公开工作领导小组办公室 (南宁市西乡塘区西乡塘街道…, 2024) does the body's work, a 人民政府's aside: the body
    /// whose group it is.
    static func bodyBehindContact(_ contact: String) -> String {
        // Read in simplified characters (a 繁體 mirror's 奉新縣…管委會辦公室), the name kept as printed.
        let plain = LabelText.simplifying(contact)
        let partyAndGovernment = plain.range(ofPattern: #"(党政(综合)?|党建)办(公室)?$"#) != nil
            || plain.range(ofPattern: townGovernmentsOffice) != nil
        var office = partyAndGovernment || (plain.hasSuffix("办公室") || plain.hasSuffix("办")) && !plain.contains("政府")
            ? government(contact) : contact
        // (…or its 信息公开办公室: 请及时联系吉林市龙潭区山前街道办事处信息公开办公室, 山前街道 2023.)
        if let group = office.range(ofPattern: #"(政府信息公开|政务公开|信息公开)(工作)?(领导小组(办公室)?|办公室)$"#),
           case let body = String(office[..<group.lowerBound]), isAgencyName(body), namesItsPlace(body) {
            office = body
        }
        return office
    }

    /// The body behind the office to contact, where the report names no other and speaks as that kind of body: 我局 or
    /// 本局 for a 局 (晋城市城区市场监督管理局 2023, 昭化区医疗保障局 2023), 我乡 for a 乡 (大演乡 2025), 我街道 for a 街道, 我委
    /// for a 委员会 or 管委会, 我区 for a zone. A 局's report says 我局 and a 乡's 我乡: the contact is then the body that speaks,
    /// not an office answering for another (a 乡's report naming the 县政府办 says 我乡; a 中心's naming its 局 says 我中心).
    /// A government's office is never taken (`speaksForAGovernment`), and the body must name its place (大演乡, three
    /// characters, does).
    static func contactTheTextSpeaksAs(contact: String?, opening: ArraySlice<SourceLine>) -> String? {
        // The body, not the contact: a 街道's 政务公开工作领导小组办公室 is the 街道's (西乡塘街道 2024).
        contact.flatMap { bodyTheTextSpeaksAs(bodyBehindContact($0), opening: opening) }
    }

    /// The body part 一's first sentence opens with, by its name with its place, in a report that names no one else (no
    /// title, byline, publishing sentence nor office to contact) and speaks as that kind of body (榕城区医疗保障局 2025:
    /// `现将2025年度我局…报告如下`, then `2025年,榕城区医疗保障局坚持…`): the body that speaks. A name once in a sentence of the
    /// year's work is no byline (`NamedOnceInPartOne`: a report tells other bodies' work too), but the sentence that opens
    /// the account of a report calling itself 我局 tells the work of the 局 that speaks. Taken as printed (a 繁體 page's
    /// name, read simplified, is not found as printed: not taken).
    static func partOneSubjectTheTextSpeaksAs(partOne: ArraySlice<SourceLine>, opening: ArraySlice<SourceLine>) -> String? {
        guard let clause = openingClause(of: partOne), let name = openingName(Substring(clause)),
              partOne.contains(where: { $0.text.filter { !$0.isWhitespace }.contains(name) }) else { return nil }
        return bodyTheTextSpeaksAs(name, opening: opening)
    }

    /// `body` where the text speaks as its kind (我局 for a 局…) and it is no government's office, with its place.
    private static func bodyTheTextSpeaksAs(_ body: String, opening: ArraySlice<SourceLine>) -> String? {
        let plain = LabelText.simplifying(body)
        guard !speaksForAGovernment(body), isAgencyName(body, shortest: 3) && namesItsPlace(body) || isPlacesZone(plain),
              let words = selfWords.first(where: { plain.range(ofPattern: $0.ending) != nil })?.words
        else { return nil }
        return opening.contains { line in
            let text = foldedText(line)
            return words.contains { text.contains($0) }
        } ? body : nil
    }

    /// How a body's report names itself, by how the body's name ends.
    private static let selfWords: [(ending: String, words: [String])] = [
        (#"局$"#, ["我局", "本局"]),
        (#"(开发区|高新区|园区|示范区|试验区|合作区)(管理委员会|管委会)?$"#, ["我区", "本区", "我委", "本委"]),
        (#"(委员会|委)$"#, ["我委", "本委"]),
        (#"厅$"#, ["我厅", "本厅"]),
        (#"街道(办事处)?$"#, ["我街道", "本街道"]),
        (#"镇(人民政府|政府)?$"#, ["我镇", "本镇"]),
        (#"乡(人民政府|政府)?$"#, ["我乡", "本乡"]),
        (#"苏木(人民政府|政府)?$"#, ["我苏木", "本苏木"]),
    ]
}
