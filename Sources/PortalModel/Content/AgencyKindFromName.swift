extension Agency.Kind {
    /// The kind an official name says: …街道办事处, …镇/乡人民政府 (内蒙古's 苏木, a 乡: …苏木人民政府; 宾县三宝乡政府, its
    /// contact's short form), …人民政府 (and …人民政府机关, the government with its office),
    /// …局/委员会/办公室 and a zone's committee (…开发区管委会: its government's body, reporting by 01-31 as a department does) (a department). Endings compared by hand, not by regular expressions: the checks ask it of
    /// every report's preamble (`ReportPublisherCheck`), and ICU's regex engine stays out of the build.
    public static func from(name: String) -> Agency.Kind {
        if name.hasSuffix("街道办事处") || name.hasSuffix("街道") { return .subdistrict }
        let withoutGovernment = ["人民政府机关", "人民政府", "政府"].first(where: name.hasSuffix).map { String(name.dropLast($0.count)) } ?? name
        if ["镇", "乡", "苏木"].contains(where: withoutGovernment.hasSuffix) { return .town }
        // …人民政府机关 (城口县人民政府机关 2020: `对以城口县人民政府及其办公室名义(以下统称县政府机关)…`): the government and its
        // office reporting together, the government's report — listed, and due (03-31), as a government's.
        if name.hasSuffix("人民政府") || name.hasSuffix("人民政府机关") { return .government }
        if isRegionAlone(name) { return .government }
        if governsAZone(name) { return .department }
        if ["局", "委员会", "委", "办公室", "办", "厅", "中心", "署"].contains(where: name.hasSuffix) { return .department }
        return .other
    }

    /// The kind of a body named as its report prints it, for the agency an import writes: as `from(name:)`, and also a
    /// region's government by its short name (镇宁自治县政府) and a name in traditional characters (a page saved in its
    /// site's 繁體 mode: 西藏自治區人民政府辦公廳 is a department), a note in brackets after it left aside. Not for the publisher check, which compares a preamble's
    /// name with the agency's: a traditional name cannot be compared with a simplified one, and a 县政府 there may be
    /// the county's government named in passing.
    public static func ofPrinted(name printed: String) -> Agency.Kind {
        let name = simplifiedEndings(Agency.withoutClosingNote(printed))
        if name.hasSuffix("政府"), !name.hasSuffix("人民政府") {
            let region = String(name.dropLast(2))
            // Not 本县政府, 全市政府: a region named by a pronoun is no body's name.
            if region.count >= 2, isRegionAlone(region), !["本", "我", "全", "该"].contains(where: region.hasPrefix) { return .government }
        }
        return from(name: name)
    }

    /// A province, county, banner, city or district named alone (江永县, 塔城市, 晋安区: a title 江永县2023年…报告; 云南省 2019's
    /// `2019年云南省政府信息公开工作年度报告`): the region's own report, its government's, as 某县人民政府 would say; a zone or park
    /// of a region (高新技术产业开发区, 示范区, 园区, 新区, 片区; a customs district, 某海关关区) is a body of its own, still `other`.
    public static func isRegionAlone(_ name: String) -> Bool {
        ["省", "县", "旗", "市", "区"].contains(where: name.hasSuffix)
            && !zoneWords.contains { name.hasSuffix($0 + "区") }
    }

    /// A zone's committee (武昌经开区管委会, 重庆巫溪工业园区管理委员会, 西安临潼旅游商贸开发区管理委员会): the body its region's
    /// government set up to run the zone (派出机构), no 人民政府 — a department for its report's deadline (条例 第五十条: a
    /// government's department publishes by 01-31, a government by 03-31) and for the narrative checks, which then do not
    /// take its 全区 figures for its own (a miss, never a false error). Its kind was `other` or `department` by its name's ending before.
    public static func governsAZone(_ name: String) -> Bool {
        guard let committee = ["管委会", "管理委员会"].first(where: name.hasSuffix) else { return false }
        let zone = name.dropLast(committee.count)
        // (Some name before the zone's kind: 开发区管委会 alone is the site's own zone named relatively, not a name.)
        return committeeZones.contains { zone.hasSuffix($0) && zone.count > $0.count }
    }

    /// A zone's own body, which names itself 我区 (the narratives' `zoneSelfWords`): a zone's committee (`governsAZone`:
    /// 武昌经开区管委会, 深圳市深汕特别合作区管理委员会 too) or a zone named alone (燕郊高新区, 安徽舒城经济开发区), in traditional
    /// characters too, a closing note left aside. Not a zone's department (武汉东湖新技术开发区发展改革局) nor its committee's
    /// office (南湖新区管委会办公室): their 我区 is the zone, the region they serve.
    public static func namesAZone(_ name: String) -> Bool {
        let simple = simplifiedEndings(Agency.withoutClosingNote(name))
        if governsAZone(simple) { return true }
        let zone = ["管委会", "管理委员会"].first(where: simple.hasSuffix).map { String(simple.dropLast($0.count)) } ?? simple
        return zone.count > 3 && (committeeZones.contains(where: zone.hasSuffix) || zoneWords.contains { zone.hasSuffix($0 + "区") })
    }

    /// The kinds of zone a committee governs, by the end of the zone's name: …经济技术开发区, …经济开发区, …高新技术产业开发区
    /// and …开发区 end in 开发区, …工业园区 in 园区.
    private static let committeeZones = ["开发区", "高新区", "经开区", "园区", "示范区", "新区"]

    /// The characters the endings above (and a name's units: 縣, 區, 鎮) are written with, from their traditional forms; no
    /// others (ICU's Traditional-Simplified would also turn the simplified 乾安县 into 干安县).
    public static func simplifiedEndings(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { simplifiedCharacters[$0] != nil }) else { return name }
        return String(String.UnicodeScalarView(name.unicodeScalars.map { simplifiedCharacters[$0] ?? $0 }))
    }

    private static let simplifiedCharacters: [Unicode.Scalar: Unicode.Scalar] = [
        "縣": "县", "區": "区", "鎮": "镇", "鄉": "乡", "廳": "厅", "辦": "办", "員": "员", "會": "会", "處": "处", "門": "门", "關": "关",
        "園": "园", "範": "范", "試": "试", "驗": "验", "經": "经", "濟": "济", "綜": "综", "業": "业", "礦": "矿", "開": "开", "發": "发",
        "實": "实", "產": "产",
    ]

    private static let zoneWords = ["开发", "园", "示范", "保税", "合作", "试验", "实验", "高新", "新", "片", "景", "功能", "管理", "矿",
                                    "林", "特", "度假", "经济", "综合", "产业", "关"]
}

extension Agency {
    /// `name` without a note in brackets closing it, when something stands before the note: the note says which part of
    /// the body reports (海关总署(本级机关), 开阳县人民政府(开阳县人民政府办公室)), not what body it is.
    public static func withoutClosingNote(_ name: String) -> String {
        guard let last = name.last, last == ")" || last == "）",
              let open = name.lastIndex(where: { $0 == "(" || $0 == "（" }), open > name.startIndex else { return name }
        return String(name[..<open])
    }

    /// A name as compared with another body's: without spaces, 人民政府 and a closing 办事处 (杭州市钱塘区人民政府下沙街道办事处
    /// → 杭州市钱塘区下沙街道), so that a report's shorter or fuller form of it is the same name.
    public static func nameCore(_ name: String) -> String {
        var text = name.filter { !$0.isWhitespace }.replacingOccurrences(of: "人民政府", with: "")
        if text.hasSuffix("办事处") { text.removeLast(3) }
        return text
    }
}
