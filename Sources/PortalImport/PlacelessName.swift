import Foundation

/// A title naming its agency without the place it serves (住建局 2025年…报告, 安阳县 2025; 县教育局2023年…报告,
/// 民和 2023; 水务局2020年…报告): every county has such a bureau, so the name alone publishes under no one.
extension SignedAgency {
    /// The words a place's level is printed with when a name opens with the level alone (县教育局, 区卫健局, 市政府办公室).
    private static let bareLevels: [Character] = ["省", "市", "县", "縣", "区", "區", "州", "旗", "盟"]

    /// The words a department's name ends with.
    private static let departmentEnds = ["局", "分局", "委员会", "委", "办公室", "厅", "办"]
    /// The common names of the departments every county, city or district has (住建局, 农业农村局, 卫生健康委员会), before
    /// their ending: a title naming one of these alone names no one. Not any name ending in 局 or 委员会: a body
    /// of its own may hold its place without a level (上海海事局, 长江水利委员会, 太湖流域管理局) and is written as printed.
    private static let departmentStems: Set<String> = [
        "住建", "住房和城乡建设", "住房城乡建设", "住房保障和房产管理", "房产管理", "教育", "教育体育", "教育和体育", "卫健", "卫生健康",
        "卫生和计划生育", "卫计", "公安", "财政", "农业农村", "农业", "农业农村和水利", "水务", "水利", "民政", "司法", "自然资源",
        "自然资源和规划", "规划和自然资源", "国土资源", "生态环境", "环境保护", "环保", "交通运输", "交通", "市场监督管理", "市场监管",
        "人力资源和社会保障", "人力资源社会保障", "人社", "审计", "统计", "退役军人事务", "医疗保障", "医保", "应急管理", "安全生产监督管理",
        "商务", "文化和旅游", "文化广电和旅游", "文化广电旅游", "文化旅游", "文旅", "文广旅", "林业", "林业和草原", "信访", "发展和改革",
        "发展改革", "发改", "工业和信息化", "工信", "经济和信息化", "经信", "科学技术", "科技", "人民防空", "人防", "城市管理",
        "城市管理综合执法", "城管", "综合行政执法", "行政审批服务", "行政审批", "数据资源管理", "大数据", "机关事务管理", "国有资产监督管理",
        "国资", "体育", "粮食和物资储备", "粮食", "气象", "地震", "档案", "民族宗教事务", "民族宗教", "乡村振兴", "扶贫开发", "畜牧兽医",
        "商务和投资促进", "投资促进", "城乡规划", "规划", "城乡建设", "住房公积金管理", "政府", "人民政府",
    ]

    /// Whether a name says no place: a department's common name alone (农业农村局, 市场监督管理局), or after a level with no
    /// place's name before it (县教育局, 区卫健局, 市政府办公室). A name with anything else before the department's words
    /// (安阳县住建局, 上海海事局, 浦东公安分局) says its place, and a national body is named without one (自然资源部, 海关总署).
    static func printsNoPlace(_ name: String) -> Bool {
        let plain = Substring(LabelText.simplifying(name))
        if let first = plain.first, bareLevels.contains(first), isDepartmentsCommonName(plain.dropFirst()) || isBranchOfALevelsDepartment(plain.dropFirst()) {
            return true
        }
        return isDepartmentsCommonName(plain)
    }

    /// After a level alone, a department's common name and one of its 分局 (市公安局青山分局, 市公安局青山区分局, 市生态环境局某分局):
    /// the branch's area is named, not the city whose bureau it belongs to (武汉 and 包头 both have a 青山区).
    private static func isBranchOfALevelsDepartment(_ name: Substring) -> Bool {
        guard name.hasSuffix("分局"), let bureau = name.firstIndex(of: "局") else { return false }
        let branch = name[name.index(after: bureau)...].dropLast(2)
        return isDepartmentsCommonName(name[...bureau]) && (1...6).contains(branch.count)
    }

    private static func isDepartmentsCommonName(_ name: Substring) -> Bool {
        ["人民政府", "政府"].contains(name)
            || departmentEnds.contains { end in name.hasSuffix(end) && departmentStems.contains(String(name.dropLast(end.count))) }
    }

    /// The department's common name `text` opens with, the longest (市场监管局按照… → 市场监管局).
    static func departmentsCommonName(opening text: Substring) -> Substring? {
        guard text.count >= 2 else { return nil }
        return (2...min(text.count, 16)).reversed().lazy.map { text.prefix($0) }
            .first { isDepartmentsCommonName($0) && !["人民政府", "政府"].contains(String($0)) }
    }

    /// Whether `short` is a short name (简称) of the department `full` names: both a department's common names, and the
    /// short one made as short names are, its characters standing in order in the full one's from its first (市场监管局 of
    /// 市场监督管理局, 人社局 of 人力资源和社会保障局, 卫健委 of 卫生健康委员会). A merged department's other half opens otherwise
    /// (体育局 is not 教育体育局's), and another department's name holds other characters (财政局).
    static func isShortName(_ short: Substring, of full: Substring) -> Bool {
        isDepartmentsCommonName(full) && short.first == full.first && sameBody(String(short), String(full))
    }

    /// `name` with the place the office to contact prints before exactly the same name (请与资溪县农业农村局联系 under
    /// 农业农村局2020年度…报告, 资溪 2020): the report's own body, with its place. Not a contact of another body
    /// (某县人民政府办公室), nor one whose name goes on after it (某县农业农村局办事处: compared whole), but for a
    /// department's own office, which is the department's (联系梅河口市应急管理局政务公开办公室 under 应急管理局2025年…报告,
    /// 梅河口 2025): a 局's or 委's 办公室, never a government's (某县人民政府办公室 is a body of its own).
    static func withContactsPlace(_ name: String, contact: String?) -> String? {
        guard printsNoPlace(name), let contact, contact.count > name.count else { return nil }
        let plainName = LabelText.simplifying(name)
        let own = withoutOwnOffice(contact, of: name), plainContact = LabelText.simplifying(own)
        guard plainContact.hasSuffix(plainName) else { return nil }
        let place = String(own.dropLast(name.count))
        // The place is a place's name (资溪县), not a level alone nor another body's (某局下属…); before a name opening with
        // its level (县应急管理局, 铜鼓 2020: 请与铜鼓县应急管理局办公室联系), the place's own name (铜鼓), not a level's word (全, 本).
        // A department's only: a government's or its office's (区人民政府办公室) stays as rounds decided, the site's shorthand.
        if let level = name.first, bareLevels.contains(level) {
            guard !["人民政府", "政府"].contains(where: plainName.dropFirst().hasPrefix),
                  let last = place.last, !bareLevels.contains(last), !["镇", "乡", "鎮", "鄉"].contains(last),
                  !unitOfAnother.contains(where: place.hasPrefix), isAgencyName(place + name) else { return nil }
            return place + name
        }
        guard place.count >= 2, let last = place.last, bareLevels.contains(last) || ["镇", "乡", "鎮", "鄉"].contains(last),
              isAgencyName(place + name) else { return nil }
        return place + name
    }

    /// The contact less the office inside the department it ends with (某市应急管理局政务公开办公室 → 某市应急管理局; 办公室,
    /// 综合办公室, 信息公开办公室): only after a department's name, never a government's, whose 办公室 is a body of its own.
    /// (Read in simplified characters, a 繁體 mirror's 某市應急管理局政務公開辦公室; the department's name kept as printed.)
    private static func withoutOwnOffice(_ contact: String, of name: String) -> String {
        let plain = LabelText.simplifying(contact), plainName = LabelText.simplifying(name)
        guard !["人民政府", "政府"].contains(where: { plainName.hasSuffix($0) }),
              let office = plain.range(ofPattern: #"(政务公开|信息公开|政府信息公开|综合|党政综合)?办公室$"#),
              plain[..<office.lowerBound].hasSuffix(plainName) else { return contact }
        return String(contact.prefix(plain.distance(from: plain.startIndex, to: office.lowerBound)))
    }

    /// A town's, township's or subdistrict's own name alone in the title (铺前镇2020年…报告) where the report's own name for
    /// its publisher is the same with its county before it (`发文机关:文昌市铺前镇`, 铺前镇 2020): the name in full, as a
    /// title's 退役军人事务局 takes its preamble's place. Only exactly the same name after a county's, city's or district's
    /// name (never another body's: 文昌市铺前镇卫生院 ends otherwise); a name whose own words print a place (东至县青山乡) is kept.
    static func withItsCounty(_ name: String, in lines: [SourceLine], reportStart: Int) -> String? {
        let plain = LabelText.simplifying(name)
        guard let unit = plain.range(ofPattern: #"(镇|乡|街道|街道办事处|苏木)(人民政府)?$"#),
              plain[..<unit.lowerBound].count >= 2,
              !printsAPlace(ownWords: plain[..<unit.lowerBound]),
              let fuller = self.name(in: lines, reportStart: reportStart), fuller.count > name.count,
              LabelText.simplifying(fuller).hasSuffix(plain) else { return nil }
        let place = String(fuller.dropLast(name.count))
        guard LabelText.simplifying(place).range(ofPattern: #"^\p{Han}{1,12}[县市区旗]$"#) != nil,
              !unitOfAnother.contains(where: place.hasPrefix) else { return nil }
        return place + name
    }
}
