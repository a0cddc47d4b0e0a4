import Foundation
import PortalModel

/// Who published a report whose title names no one (2022年政府信息公开工作年度报告,
/// as an agency's own site prints it): the name the report is signed with —
/// 某区卫生健康局 on the line above (or below) the date under its last section —
/// else the agency its preamble says compiled it (本报告由某局编制).
/// Only a line that reads as an agency's name counts: short, no sentence
/// punctuation, ending in a word for a body of government.
enum SignedAgency {
    /// Words an agency's name ends with, longest first.
    static let nameEnds = ["街道办事处", "管理委员会", "人民政府", "办事处", "办公室", "办公厅", "委员会", "管委会", "政府",
                           "街道", "中心", "农场", "林场", "牧场", "局", "委", "厅", "署", "院", "镇", "乡", "处", "所", "站", "队", "会",
                           // The people's organisations' short names (公主岭市残疾人联合会, 以下简称“市残联”).
                           "残联", "侨联", "文联", "妇联", "工商联", "科协"]
    /// The same with the words a report's own name for its agency may end with: a place for its
    /// government (合江县2022年…报告, 现公布兴义市2022年…报告), 部, 社, 室, 馆, 行, 机关 (某区人民政府机关).
    static let reportNameEnds = nameEnds + ["部", "社", "室", "馆", "行", "区", "县", "市", "州", "旗", "盟", "机关"]

    /// `reportStart`: the first section heading's line.
    static func name(in lines: [SourceLine], reportStart: Int) -> String? {
        let preamble = lines[..<min(reportStart, lines.count)]
        // The report the text says it publishes is named in full (现向社会公开《某市人民政府办公室2022年…报告》): as printed.
        // The name alone on the first line comes first: the sentence may shorten it (现公布示范区国资局…).
        let publishedAs = publisher(in: lines.prefix(max(reportStart, 40)))
        if let name = signature(in: lines, reportStart: reportStart) ?? compiler(in: preamble) ?? opening(of: preamble) {
            // A government's office signs its government's report — unless the text publishes the report under the office's
            // own name (现发布《银川市人民政府办公室2022年…报告》, the office's title in a Word file whose page header named it).
            if let publishedAs, publishedAs != government(publishedAs), government(publishedAs) == government(name) { return publishedAs }
            // …or a unit of that government compiles it (《同心县人民政府办公室2020年…报告》已经…同意，现予公布, 本报告由同心县人民政府
            // 政务公开办公室…编制, 2020): the report the text publishes is the office's, as its title says.
            if let publishedAs, publishedAs != government(publishedAs),
               LabelText.simplifying(name).hasPrefix(LabelText.simplifying(government(publishedAs))) { return publishedAs }
            return government(name)
        }
        return publishedAs ?? issuer(in: lines.prefix(min(reportStart, 30)))
    }

    /// The issuing body a disclosure catalogue's particulars name above the article (`• 发文机构:札达县人民政府`,
    /// `发布机构 | 某县人民政府 |`), for a report whose own text names none (札达县 2023: 2023年度政府信息公开年度报告, 我办现向全社会公布…).
    static func issuer(in lines: ArraySlice<SourceLine>) -> String? {
        // (发文单位 as 发文机关: `| 发文单位 | 武汉市地方金融管理局 |`, 武汉市地方金融管理局 2025.)
        let labels: Set<String> = ["发布机构", "发文机构", "发文机关", "发布单位", "发文单位"]
        let plain = { (text: String) in LabelText.simplifying(text.filter { !$0.isWhitespace && !"•·*-:：".contains($0) }) }
        for line in lines {
            var value: String?
            if let cells = line.cells {
                if let at = cells.firstIndex(where: { labels.contains(plain($0)) }), at + 1 < cells.count { value = cells[at + 1] }
            } else if let label = line.text.range(ofPattern: #"^\s*[-•·*]?\s*(发|發)\s*(布|文)\s*((机|機)\s*(构|構|关|關)|单\s*位|單\s*位)\s*[:：]?\s*"#) {
                value = String(line.text[label.upperBound...])
                // The particulars' next label on the same line (`- 发文机关:文昌市昌洒镇 成文日期:2021-01-19`, 昌洒镇 2020): its own.
                if let next = value?.range(ofPattern: #"\s+(\p{Han}\s?){2,6}[:：]"#) { value = String(value![..<next.lowerBound]) }
            }
            if let name = value?.filter({ !$0.isWhitespace }), isAgencyName(name) || isPlaceAlone(name), namesItsPlace(name) { return name }
        }
        return nil
    }

    /// A 乡镇's or a county's two-character name and its level, three characters in all, standing for its
    /// government (由凤卧镇结合有关统计数据编制, 平阳 2024; `发布机构 | 戴村镇 |`, 萧山 2024): too short for
    /// `isAgencyName`, whose four characters keep out 办公室 and the like. 本镇, 该县, 全区: no one's.
    static func isPlaceAlone(_ name: String) -> Bool {
        name.count == 3 && isAgencyName(name, ends: ["镇", "乡", "县", "旗"], shortest: 3)
            && !unitOfAnother.contains(where: name.hasPrefix)
    }

    /// `name` with the place the report's own text prints before it (梅河口市退役軍人事務局 for a title's 退役軍人事務局),
    /// when `name` says no place at all: nil when it says one (西城区金融街街道), or the text names another body.
    static func withItsPlace(_ name: String, in lines: [SourceLine], reportStart: Int) -> String? {
        // (No level at all, whatever the name's last word, or a level alone: 县教育局.)
        guard name.range(ofPattern: #"[省市县縣区區旗盟州镇鎮乡鄉]|街道"#) == nil || printsNoPlace(name),
              let fuller = self.name(in: lines, reportStart: reportStart), fuller.count > name.count,
              LabelText.simplifying(fuller).hasSuffix(LabelText.simplifying(name)), namesItsPlace(fuller) else { return nil }
        // The place as the text prints it before the name as the title prints it (a sentence read in simplified characters).
        return String(fuller.dropLast(name.count)) + name
    }

    /// Whether a name says whose body it is: a place or a body's own word before the words every body's name may
    /// end in. 政府办公室, 办公室 (乌拉特前旗 2021's particulars: `发布机构 | 政府办公室 |`) name an office of no place, and
    /// 区政府办公室, 县委办 one of a place the text does not say: the site's shorthand, not the agency's name; 校长办公室, 院长办公室
    /// an office inside a body the text does not name.
    static func namesItsPlace(_ name: String) -> Bool {
        var rest = Substring(name)
        while let end = nameEnds.first(where: { rest.hasSuffix($0) && rest.count > $0.count }) {
            rest = rest.dropLast(end.count)
        }
        return !rest.isEmpty && !nameEnds.contains(String(rest)) && !["人民", "党政", "综合", "党政综合", "校长", "院长", "党委", "行政"].contains(String(rest))
            && !unitOfAnother.contains(where: name.hasPrefix)
    }

    /// A government's report is compiled and signed by its office (本报告由某市人民政府办公室编制;
    /// an office's own report names itself in its title): the report is the government's. Read in simplified
    /// characters (a 繁體 mirror's 某區教育局辦公室), the body's name kept as printed.
    static func government(_ name: String) -> String {
        let plain = LabelText.simplifying(name)
        let body = government(simplified: plain)
        guard body != plain else { return name }
        let kept = zip(body, plain).prefix { $0 == $1 }.count
        return String(name.prefix(kept)) + body.dropFirst(kept)
    }

    /// A 镇's, 乡's or 苏木's government's office, whatever its name (its 办公室, 党政办公室, 综合与经济发展办公室): the office's
    /// words after the government's name, matched at a simplified name's end. One pattern for both readers of it — the
    /// government an office stands for (`government`) and the body behind an office to contact (`bodyBehindContact`).
    static let townGovernmentsOffice = #"(?<=(镇|乡|苏木)人民政府)\p{Han}{0,12}?办公室$"#

    private static func government(simplified name: String) -> String {
        for office in ["人民政府办公室", "人民政府办公厅"] where name.hasSuffix(office) && name.count > office.count {
            return String(name.dropLast(3))
        }
        // A 镇's or 乡's government's office of any name (请联系厚镇人民政府综合与经济发展办公室, 蓝田 厚镇 2025): a town has no
        // departments of its own, its offices are its government's.
        if let office = name.range(ofPattern: townGovernmentsOffice) {
            let body = String(name[..<office.lowerBound])
            if namesItsPlace(body) { return body }
        }
        // A department's office (海南省地震局办公室编制), a division inside it: the report is the department's; so is
        // its 综合办公室 (请与集宁区农牧水利局综合办公室联系, 2024) or 行政办公室 (请与袁州区林业局行政办公室联系, 2023), and its 信息中心
        // compiling its figures (由袁州区市场监督管理局信息中心结合有关统计数据编制, 袁州 2019); a 管委会's too (奉新高新区管委会办公室,
        // 2022); and its 党政办公室 (请联系:硚口区水务和湖泊局党政办公室, 2025: the bureau's Party-and-administration office, no body
        // of its own). (A 党委's office, 县委办公室, is a body of its own.)
        if let unit = name.range(ofPattern: #"(综合办公室|行政办公室|党政办公室|党政办|办公室|信息中心)$"#),
           case let department = String(name[..<unit.lowerBound]), ["局", "厅", "委员会", "管委会", "委"].contains(where: department.hasSuffix),
           !["党委", "省委", "市委", "州委", "盟委", "县委", "区委", "旗委"].contains(where: department.hasSuffix),
           isAgencyName(department), namesItsPlace(department) {
            return department
        }
        // A 街道's or a 镇's 党政办(公室) compiles the body's own report (由上海市闵行区新虹街道办事处党政办编制, 2024): the body's.
        // So does a zone's, named with its place (由燕郊高新区党政办公室编制, 2025); 高新区 alone is no one's. (党政综合办:
        // 安泰街道党政综合办, 福州 2024; a 乡's 党建办 too, 请与金坑乡人民政府党建办联系, 邵武 2025.)
        if let office = name.range(ofPattern: #"(党政综合办公室|党政综合办|党政办公室|党政办|党建办公室|党建办)$"#) {
            let body = String(name[..<office.lowerBound])
            if body.range(ofPattern: #"(街道办事处|街道|镇|乡|苏木)(人民政府)?$"#) != nil, namesItsPlace(body) { return body }
            if isPlacesZone(body) { return body }
        }
        // A zone's 综合办公室 likewise, its office and no body of its own (请与安徽舒城经济开发区综合办公室联系, 舒城 2025);
        // and a 街道's, 镇's or 乡's own (综合)办公室 (请与青阳县杜村乡办公室联系, 青阳 2024).
        if let office = name.range(ofPattern: #"综合办(公室)?$|(?<!人民政府)办公室$"#) {
            let body = String(name[..<office.lowerBound])
            if isPlacesZone(body) && name[office].hasPrefix("综合") { return body }
            if body.range(ofPattern: #"(街道办事处|街道|镇|乡|苏木)$"#) != nil, namesItsPlace(body) { return body }
        }
        // A school's or a hospital's office compiles the body's own report (由呼伦贝尔学院党政办公室牵头编制, 2021; 某学院校长办公室,
        // 某医院院长办公室): an office inside the body is not the body, whose report it is. (Another body's 综合办公室 is kept as
        // printed: 示例县人民医院综合办公室, round thirty-eight.)
        if let office = name.range(ofPattern: #"(校长办公室|院长办公室|党政办公室|党委办公室|办公室)$"#),
           case let body = String(name[..<office.lowerBound]), body.count >= 4,
           body.range(ofPattern: #"(大学|学院|学校|中学|小学|幼儿园|医院|卫生院)$"#) != nil {
            return body
        }
        // A government's 政务公开工作领导小组办公室 compiles the government's own report (南宁市良庆区…领导小组办公室编制,
        // 城区本级): the place's 人民政府. A zone's or a 街道's group is no 人民政府's: kept as printed.
        if let group = name.range(ofPattern: #"政务公开(工作)?领导小组办公室$"#) {
            let place = String(name[..<group.lowerBound])
            if ["县", "区", "市", "旗", "州", "盟"].contains(where: place.hasSuffix), place.count >= 3,
               !["开发区", "新区", "园区", "景区", "管理区", "试验区", "保税区", "示范区", "合作区"].contains(where: place.hasSuffix) {
                return place + "人民政府"
            }
        }
        return name
    }

    /// A development zone named with its place (燕郊高新区, 河北饶阳经济开发区管委会): 高新区, 经济开发区 alone say no place.
    static func isPlacesZone(_ name: String) -> Bool {
        let zone = #"(开发区|经开区|高新区|园区|新区|试验区|示范区|合作区)(管理委员会|管委会)?$"#
        guard let end = name.range(ofPattern: zone) else { return false }
        let place = name[..<end.lowerBound].replacingMatches(ofPattern: #"(国家级|经济技术|高新技术产业|高新技术|经济|高新|工业|产业|综合|保税)+$"#,
                                                                with: "")
        return place.count >= 2 && !unitOfAnother.contains(where: place.hasPrefix)
    }

    /// The name beside the date the report is signed with, on its last lines.
    static func signature(in lines: [SourceLine], reportStart: Int) -> String? {
        let tail = lines[min(reportStart, lines.count)...].filter { $0.cells == nil }
            .map { $0.text.filter { !$0.isWhitespace } }.filter { !$0.isEmpty }.suffix(6)
        let texts = Array(tail)
        guard let dateIndex = texts.lastIndex(where: isDate) else { return nil }
        let beside = [dateIndex - 1, dateIndex + 1].filter { texts.indices.contains($0) }.map { texts[$0] }
        return beside.first { isAgencyName($0) }
    }

    /// Where the report ends in a text that may carry a page footer after it (Apache Tika prints a
    /// Word file's footer after its body): after the signature — a name and a date on its last
    /// lines — when what follows is a few short lines of no sentence (示例市人民政府办公室印发, — 3 —).
    /// `end` otherwise.
    static func endOfSignature(_ lines: [SourceLine], from start: Int, to end: Int) -> Int {
        let printed = (start..<end).filter { lines[$0].cells == nil && !lines[$0].text.allSatisfy(\.isWhitespace) }
        let text = { (index: Int) in lines[index].text.filter { !$0.isWhitespace } }
        guard let dateAt = printed.suffix(5).last(where: { isDate(text($0)) }), let position = printed.firstIndex(of: dateAt) else { return end }
        let above = position > 0 && isAgencyName(text(printed[position - 1]))
        // The name under the date when there is none above it.
        let last = !above && position + 1 < printed.count && isAgencyName(text(printed[position + 1])) ? position + 1 : position
        guard above || last > position else { return end }
        let after = printed[(last + 1)...]
        guard !after.isEmpty, after.count <= 3, after.allSatisfy({ text($0).count <= 30 && !text($0).contains(where: { "。；;".contains($0) }) }) else { return end }
        return printed[last] + 1
    }

    /// A title naming no one signed under it (政府信息公开工作年度报告 / 武昌经开区管委会（滨江商务区管委会） / 2026年1月8日,
    /// 武昌经开区 2025): the name on the line under the title when the date it was signed stands alone on the next.
    /// The name's and the date's lines, or nil.
    static func byline(in lines: [SourceLine], underTitle title: Int, reportStart: Int) -> (name: String, lines: ClosedRange<Int>)? {
        let printed = lines.indices.dropFirst(title + 1).prefix { $0 < reportStart }
            .filter { lines[$0].cells == nil && !lines[$0].text.allSatisfy(\.isWhitespace) }.prefix(2)
        guard printed.count == 2, let first = printed.first, let last = printed.last else { return nil }
        let name = lines[first].text.filter { !$0.isWhitespace }
        guard isAgencyName(name), isDate(lines[last].text.filter { !$0.isWhitespace }) else { return nil }
        return (name, first...last)
    }

    /// A report printed without a title under its agency's name alone (示例市示范区国资局, then the
    /// preamble): the text's first line, when it reads as a name and the preamble's sentences follow
    /// it (a page's first line, 欢迎访问某区人民政府门户网站, stands over its menus).
    static func opening(of preamble: ArraySlice<SourceLine>) -> String? {
        let printed = preamble.filter { !$0.text.allSatisfy(\.isWhitespace) }
        guard printed.count >= 2, printed[0].cells == nil, printed[1].cells == nil, printed[1].text.contains("。") else { return nil }
        let name = printed[0].text.filter { !$0.isWhitespace }
        return isAgencyName(name) ? name : nil
    }

    /// 本报告由某局编制 / 本年度报告由某局根据…编制; the report the sentence's subject, its compiler at its end
    /// (本报告根据…要求，由某县人民政府办公室编制), or any sentence's clause naming the figures it compiled from (…要求，由某局结合有关统计数据编制);
    /// the compiler the subject (…要求，某局编制完成本报告; 某局依据《…》规定，编制本报告).
    static func compiler(in preamble: ArraySlice<SourceLine>) -> String? {
        for line in WrappedSentences.paragraphs(preamble) where line.cells == nil {
            // Read in simplified characters (a 繁體 mirror's 本年報是根據…由某區教育局辦公室編制的…), the name taken as printed.
            let printed = line.text.filter { !$0.isWhitespace }
            let text = LabelText.simplifying(printed)
            let asPrinted = { (name: String) in LabelText.printed(name, in: text, printed: printed) }
            if let match = text.range(ofPattern: #"本(年度)?(年度)?报告由"#) {
                let rest = text[match.upperBound...]
                if let stop = rest.range(ofPattern: #"(根据|依据|按照|依照|结合|编制|制作|负责)"#),
                   isAgencyName(String(rest[..<stop.lowerBound])), namesItsPlace(government(String(rest[..<stop.lowerBound]))) {
                    if let name = compiled(by: String(rest[..<stop.lowerBound]), in: text) { return asPrinted(name) }
                    continue
                }
            }
            if let name = compilerOfItsOwnReport(text) { return asPrinted(name) }
            let range = NSRange(text.startIndex..., in: text)
            for regex in compilerSentences {
                guard let match = regex.firstMatch(in: text, range: range), let bounds = Range(match.range(at: 1), in: text) else { continue }
                let name = String(text[bounds])
                // 我县政府办公室, 区政府办公室: a name relative to a place the text does not say. (某街道办事处党政办: the
                // 街道's office, whose name ends in no body's word, stands for the 街道: `government`.)
                // (校长办公室, 党政办公室 alone: an office inside a body the text does not name, no one's.)
                if isAgencyName(name) || isAgencyName(government(name)) || isPlaceAlone(name), !unitOfAnother.contains(where: name.hasPrefix),
                   namesItsPlace(government(name)) || isPlaceAlone(name) {
                    if let name = compiled(by: name, in: text) { return asPrinted(name) }
                }
            }
        }
        return nil
    }

    /// Whose report a compiler's is: a report compiled from the whole place's bodies' work is the place's (本年度报告由
    /// 长春经济技术开发区政务服务和营商环境建设局依据…以及全区各部门信息公开工作编制而成, 2025: the district's, its 一 says 经开区):
    /// the zone the compiler's name opens with, or the government whose office it is — else no one the text names.
    static func compiled(by name: String, in text: String) -> String? {
        let sentence = text.split(separator: "。").first { $0.contains(name) } ?? Substring(text)
        guard sentence.range(ofPattern: #"全(区|县|市|旗|州|盟|省)(各|所属各?)(部门|单位|乡镇|街道)"#) != nil else { return name }
        if government(name).hasSuffix("人民政府") { return name }
        if let zone = name.range(ofPattern: #"^.+?(开发区|经开区|高新区|园区|新区|试验区|示范区|合作区)(管理委员会|管委会)?"#),
           isPlacesZone(String(name[zone])) { return String(name[zone]) }
        return nil
    }

    /// A sentence opening with the report that ends naming its compiler (…要求，由某局编制。), and one whose
    /// subject is the compiler (…要求，某局编制完成本报告): the name after the clause's comma.
    private static let compilerSentences = [
        // (…由某局办公室编制并依法公开，…: a verb after 编制 joined by 并. …条例》要求由某局编制。, no comma before 由: 福州's
        // bodies' template, 福州市司法局 2020.)
        // (本年报是根据…要求，由某区教育局办公室编制的2024年度…报告。: the sentence naming the report again after 编制的, 浦口区教育局
        // 2024; 本年报, the annual report.)
        // (Its name shortened after it: …要求,由南宁经济技术开发区管理委员会(以下简称经开区管委会)编制。, 南宁经开区 2021.)
        #"^本(?:年度)?(?:报告|年报)[^。]{0,160}(?:[，,]|要求|规定)由([^。，,；;：:（(《》]{2,40}?)(?:[（(]以下简称[^）)]{0,20}[）)])?编制(?:并[^。，,；;]{1,10}|的(?:19|20)[0-9]{2}年度?[^。，,；;《》]{0,30}?(?:报告|年报))?(?:[。，,]|$)"#,
        // …要求，由某区委信访局结合有关统计数据编制。: the report not the sentence's subject, but compiled from the body's
        // own figures. (…要求，由某区行政审批局编制。 alone may name another body's compiler: 武鸣's 富鸣集团 2023.)
        #"[，,]由([^。，,；;：:（(《》]{2,40}?)(?:[（(]以下简称[^）)]{0,20}[）)])?结合[^。，,；;《》]{0,20}?(?:统计)?数据编制(?:完成|而成)?(?:[。，,]|$)"#,
        #"(?:^|[。，,；;：:）)])([^。，,；;：:（(《》由]{2,40}?)(?:编制完成|编制|撰写|制作)了?本(?:年度)?报告"#,
        // The compiler the subject opening the sentence, the rules it follows before the verb (北京市重大项目建设指挥部办公室依据
        // 《…条例》…第五十条规定，编制本报告, 北京 2025: 北京's template with its name first).
        #"^([^。，,；;：:（(《》]{4,40}?)(?:依据|根据|按照|依照)《[^。]{0,160}?[，,]?(?:编制完成|编制|撰写|制作)了?本(?:年度)?报告"#,
        // …opening the clause after the rules the sentence cites, the work it compiles from after 根据 (根据《…条例》…要求,上饶市人民
        // 政府根据全市2022年度政府信息公开工作开展情况,编制本报告, 上饶 2022 on a casino's mirror).
        #"^(?:根据|依据|按照|依照)《[^。]{0,160}?[，,]([^。，,；;：:（(《》由]{4,40}?)(?:依据|根据|按照|依照)[^。《》]{0,60}?[，,]?(?:编制完成|编制|撰写|制作)了?本(?:年度)?报告"#,
    ].compactMap { try? NSRegularExpression(pattern: $0) }

    /// Whether two names are one body's, one shortened from the other: the shorter's characters
    /// all stand, in order, in the longer (钱塘区下沙街道办事处 in 杭州市钱塘区人民政府下沙街道办事处).
    static func sameBody(_ a: String, _ b: String) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        var rest = long[...]
        for character in short {
            guard let found = rest.firstIndex(of: character) else { return false }
            rest = rest[rest.index(after: found)...]
        }
        return true
    }

    static func isDate(_ text: String) -> Bool {
        guard let (_, length) = DateText.read(text, from: text.startIndex) else { return false }
        return length == text.count
    }

    /// `figures`: a name may hold figures (示例区第2街道办事处; beside a signature's date they are
    /// the date's); `ends`: the words a name may end in; `shortest`: its fewest characters.
    static func isAgencyName(_ text: String, figures: Bool = false, ends: [String] = nameEnds, shortest: Int = 4) -> Bool {
        // Its end read in simplified characters (a 繁體 mirror's 西藏自治區人民政府辦公廳) and without a note in brackets
        // closing it (海关总署(本级机关)).
        let name = Agency.Kind.simplifiedEndings(Agency.withoutClosingNote(text))
        return (shortest...40).contains(text.count)
            && !text.contains(where: { "。，,；;：:、！？!?“”\"《》".contains($0) })
            && (figures ? !isDate(text) : !text.contains(where: isFigure))
            && !text.hasPrefix("本") && !text.contains("报告")
            // A template's placeholder (由xx县中医院编制完成, ××局) names no one.
            && text.lowercased().range(ofPattern: #"xx|××|ｘｘ"#) == nil
            && ends.contains { name.hasSuffix($0) }
    }

    /// A digit, half or full width: 十 in 十堰市, 三 in 三明市, 万 in 万州区 are numbers to Swift, not figures.
    private static func isFigure(_ character: Character) -> Bool {
        character.unicodeScalars.first?.properties.numericType == .decimal
    }
}
