import Foundation

/// The agency a report without a title names in the sentence that publishes it
/// (现公布某街道2023年政府信息公开工作年度报告, 特向社会公布2022年度某局某分局政府信息公开工作年度报告,
/// 现向社会公开《某市人民政府办公室2022年…报告》, 现将某镇2022年…报告进行公开, 某街道特编制2023年…报告,
/// 某局现向社会公开《2023年政府信息公开工作年度报告》, 梳理编制某海关关区2023年…报告, 特编制并向社会公布2022年度某高新区公开年度报告,
/// …要求，发布某局2022年…报告, 特向社會公佈某局2020年政府資訊公開工作年度報告, 对2024年某局政府信息公开工作情况报告如下,
/// …数据编制完成《某县2022年…报告》, 现公布某市某镇本年度政府信息公开工作情况, 现向社会公开发布《某乡人民政府2025年度…报告》,
/// 《某县人民政府办公室2020年…报告》已经某县人民政府办公室同意，现予公布),
/// or in the sentence listing its parts (全文包括某旗人民政府办公室政府信息公开总体情况, …), naming the work it
/// reports on (结合某局2022年政府信息公开工作实际, 结合2024年某局政府信息公开工作实际, 结合某局信息公开工作实际情况编制,
/// 结合某局(以下简称“某局”)政府信息公开工作有关统计数据撰写, 结合2023年某街道各科室的信息公开工作实际情况编制本报告), the one body
/// whose figures it gathers (汇总2024年某镇的政府信息公开年度报告编制而成) or whose year's work it sums up (全面总结某街道办事处
/// 2025年政府信息公开工作情况), or opening with the report's name (某局2022年…报告(以下简称年报)是根据…):
/// the name beside the report's year, or before the verb, as printed.
extension SignedAgency {
    /// The verbs a report's publishing sentence uses before the report (`ReportYear.publishedReport`
    /// reads its year after them). (现形成 as 现编制: …提高政务公开水平。现形成《海城市卫生健康局2025年…报告》, 海城 2025.)
    static let publishingVerbs = "现公布|向社会公布|向社会公开|现公开|现发布|现编制|特编制|现形成|特形成|现将"
    /// The verbs that follow the agency in a sentence that says it wrote the report.
    /// (编制完成: 铜川市公安局编制完成2024年政府信息公开年度报告.)
    /// (特此编制: 兴华镇人民政府特此编制2024年度政府信息公开工作年度报告, 梅河口 2024.)
    static let compilingVerbs = "特此编制|特编制|现编制|编制了|编制完成|撰写了"

    /// The one name the text's publishing sentences give (three characters will do: 武山镇); none,
    /// or several different: nil.
    static func publisher(in lines: ArraySlice<SourceLine>) -> String? {
        var names = Set<String>()
        for line in WrappedSentences.paragraphs(lines) where line.cells == nil {
            let printed = Array(ReportYear.arabic(LabelText.fold(line.text)).filter { !$0.isWhitespace })
            // (A Taiwan conversion's words, 政府資訊 for 政府信息, as long as the mainland ones: the places stay.)
            let simplified = Array(LabelText.mainlandWords(String(printed))).map { LabelText.simplified[$0] ?? $0 }
            for (start, found) in candidates(in: String(simplified)) {
                // 全文包括某乡人民政府信息公开总体情况: 政府 is both the name's and the report's word.
                let end = String(simplified[start..<found]).hasSuffix("人民") && simplified[found...].starts(with: "政府") ? found + 2 : found
                // The name as printed, told by its simplified form (北坡鎮 ends in 镇).
                var name = String(printed[start..<end]), plainName = String(simplified[start..<end])
                // 本级政府(机关), the old national template's words for the body itself, filled in (特向社会公布2019年度
                // 青龙镇政府(机关)信息公开年度报告, 建水县 2019): the name before the brackets, 政府 the name's own.
                let body = Self.bodyItself.first { plainName.hasSuffix($0) && plainName.count > $0.count }
                if let body { name.removeLast(body.count); plainName.removeLast(body.count) }
                // …分局政府信息公开: 政府 is the report's word; 某镇人民政府信息公开: the name's.
                else if plainName.hasSuffix("政府"), !plainName.hasSuffix("人民政府") { name.removeLast(2); plainName.removeLast(2) }
                // A template's 单位 left after the name that filled its blank (全文包括XX单位2025年…总体情况, filled as
                // 五原县农牧和科技局单位, 五原 2025): the word of the template, not the name's.
                else if plainName.hasSuffix("单位"), isAgencyName(String(plainName.dropLast(2)), ends: nameEnds, shortest: 4) {
                    name.removeLast(2); plainName.removeLast(2)
                }
                if isAgencyName(plainName, ends: reportNameEnds, shortest: 3) || withItsOffice(plainName), !unitOfAnother.contains(where: plainName.hasPrefix),
                   !namesAZoneByItsKind(plainName) { names.insert(name) }
            }
        }
        return names.count == 1 ? names.first : nil
    }

    /// The brackets the old template put after 本级政府 (政府(机关)): the body itself, no part of its name.
    static let bodyItself = ["(机关)", "（机关）", "(本级机关)", "（本级机关）"]

    /// How a report that prints no publisher's name names one all the same: a publishing sentence's name without its
    /// place, or an agency named only as the office to contact (`officeToContact`: read once by the recogniser).
    static func clue(in lines: ArraySlice<SourceLine>, officeToContact: String?) -> AgencyClue? {
        if let name = placelessPublisher(in: lines) { return .placelessPublisher(name) }
        return officeToContact.map(AgencyClue.officeToContact)
    }

    /// The agency the text asks readers to contact about the report (请与冠县人力资源和社会保障局联系), when its name says its place.
    static func officeToContact(in lines: ArraySlice<SourceLine>) -> String? {
        for line in WrappedSentences.paragraphs(lines) where line.cells == nil {
            // Read in simplified characters (a 繁體 mirror's 請與某縣某局聯繫), the name taken as printed.
            let printed = line.text.filter { !$0.isWhitespace }
            let text = LabelText.simplifying(printed)
            guard let regex = contactSentence, let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let range = Range(match.range(at: 1), in: text) else { continue }
            let name = String(text[range])
            // (A 街道's or 镇's 党政综合办, 党政办 — 安泰街道党政综合办, 福州 2024 — ends in no name's word but speaks for its body,
            // whose name may be three characters: 请与大演乡党政办联系, 石台 大演乡 2025.)
            let body = government(name)
            if isAgencyName(name) || body != name && (isAgencyName(body) || isAgencyName(body, shortest: 3) && ["乡", "镇", "街道"].contains(where: body.hasSuffix)),
               namesItsPlace(name) {
                return LabelText.printed(name, in: text, printed: printed)
            }
        }
        return nil
    }

    /// 请与某局办公室联系, 请联系某局, 可与某局取得联系, 请联系：某局办公室，地址… (硚口区卫健局 2024), 请及时联系某街道办事处
    /// 信息公开办公室(地址… (山前街道 2023).
    private static let contactSentence = try? NSRegularExpression(pattern: #"(?:请与|可与|请联系[：:]?|请及时与|请及时联系[：:]?)([^。，,；;：:（(）)《》“”]{4,30}?)(?:取得联系|联系|[（(，,。])"#)

    /// A publishing sentence's name without its place (特向社会公布2020年度县应急管理局信息公开年度报告: which 县?).
    static func placelessPublisher(in lines: ArraySlice<SourceLine>) -> String? {
        for line in WrappedSentences.paragraphs(lines) where line.cells == nil {
            let printed = Array(ReportYear.arabic(LabelText.fold(line.text)).filter { !$0.isWhitespace })
            let simplified = String(Array(LabelText.mainlandWords(String(printed))).map { LabelText.simplified[$0] ?? $0 })
            for (start, found) in candidates(in: simplified) {
                let name = String(Array(simplified)[start..<found])
                if ["区", "县", "市", "州", "省", "镇", "乡"].contains(where: name.hasPrefix), isAgencyName(name, shortest: 3) { return name }
            }
        }
        return nil
    }

    /// 某县人民政府（某县人民政府办公室）: an agency and, in brackets, the office that does its work, one
    /// report's publisher as a title prints it (六盘水市人民政府(市人民政府办公室)): kept as printed.
    static func withItsOffice(_ name: String) -> Bool {
        guard let open = name.firstIndex(where: { $0 == "（" || $0 == "(" }), name.last == "）" || name.last == ")" else { return false }
        let outer = String(name[..<open]), inner = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        return isAgencyName(outer, ends: reportNameEnds, shortest: 3) && isAgencyName(inner, shortest: 3)
    }

    /// 区人民政府办公室, 市政府: a name relative to the place the site is for, which the text does not say;
    /// 全市, 各县区: the whole, not one agency.
    static let unitOfAnother = ["区", "县", "市", "州", "省", "镇", "乡", "本", "我", "全", "各", "该"]

    /// 开发区管委会, 高新区管理委员会: the zone the site is for, named by its kind and committee alone, relative to the site as
    /// 区人民政府 is (结合开发区管委会信息公开工作有关统计数据撰写, 舒城经济开发区 2025, whose own name only its office to contact
    /// prints). (高新区公安分局 is kept: round sixteen's, a bureau of its zone.)
    static func namesAZoneByItsKind(_ name: String) -> Bool {
        name.range(ofPattern: #"^(经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|经开区|工业园区|园区|示范区|新区)?(管委会|管理委员会)$"#) != nil
    }

    /// Character offsets of the names a sentence may give: after the verb, before or after
    /// the report's year (…2023年度政府信息公开…报告); before the verb, after the clause's start.
    /// Compiled once: the preamble's every line is tried.
    private static let patterns = [
        // (Two verbs joined: 特编制并向社会公布2022年度某高新区公开年度报告. 发布 alone after a clause: …相关要求，发布某局2022年…报告.
        // 发布 after a verb, 公开发布 as one: 现向社会公开发布《张家川县连五乡人民政府2025年度…报告》, 连五乡 2025.)
        // (Its name shortened after it, before the year: 特向社会公布国家税务总局佛山市税务局(以下简称“佛山市税务局”)2020年…报告, 佛山 2020.)
        #"(?:(?:(?:\#(publishingVerbs))(?:发布)?|编制(?:了|完成)?|(?:^|[，,])发布)并?)+《?(?:((?:19|20)[0-9]{2})年度?([^《》。，,；;：:]{2,40}?)(?=信息公开|公开(?:工作)?年度报告)|([^《》。，,；;：:0-9]{2,40}?)(?:[（(]以下简称[^）)]{0,20}[）)])?(?:19|20)[0-9]{2}年度?[^。，；]{0,16}?(?:报告|年报))"#,
        #"(?:^|[。，,；;：:）)])([^。，,；;：:（(]{2,40}?)(?:\#(compilingVerbs))(?:19|20)[0-9]{2}年"#,
        // The year said as 本年度 (现公布某市某镇本年度政府信息公开工作情况: the statistics period gives it).
        #"(?:\#(publishingVerbs))([^《》。，,；;：:0-9]{2,40}?)本年度(?:政府信息公开|政务公开|信息公开)工作(?:情况|年度报告|报告)"#,
        // The agency the subject, the report's name its year on (某局现向社会公开《2023年政府信息公开工作年度报告》).
        #"(?:^|[。，,；;：:）)])([^。，,；;：:（(《》]{2,40}?)(?:现向社会公开|现向社会公布|现公布|现发布)《(?:19|20)[0-9]{2}年度?[^《》。]{0,16}(?:报告|年报)》"#,
        // The report named first, the verb after it, as a notice publishes a document (《同心县人民政府办公室2020年…报告》已经
        // 同心县人民政府办公室同意，现予公布, 同心 2020): the name before the report's year inside the 《》.
        #"《([^《》。，,；;：:0-9]{2,40}?)(?:19|20)[0-9]{2}年度?[^《》。]{0,16}?(?:报告|年报)》[^。《》]{0,30}?(?:现予公布|现予以公布|现予公开|现予以公开)"#,
        // The parts it lists, the first named for the agency whose they are (全文包括某旗2025年政府信息公开总体情况).
        // The report naming itself as its first words (某局2022年政府信息公开工作年度报告(以下简称年报)是根据…).
        #"^([^。，,；;：:（(《》0-9]{2,40}?)(?:19|20)[0-9]{2}年度?[^。，,；;]{0,16}?(?:报告|年报)(?:[（(]以下简称|是根据|是依据)"#,
        // The work it reports on (结合某局2022年政府信息公开工作实际，编制发布本报告).
        // (Its name shortened after it: 结合国家税务总局某区税务局(以下简称“某区税务局”)政府信息公开工作有关统计数据撰写.)
        #"结合([^。，,；;：:（(《》0-9]{2,40}?)(?:[（(]以下简称[^）)]{0,20}[）)])?(?:(?:19|20)[0-9]{2}年度?)?(?:政府信息公开|政务公开|信息公开)工作(?:实际|有关统计数据|情况)"#,
        // The year before the name, its sections after it (结合2023年某市某区某街道各科室的信息公开工作实际情况编制本报告):
        // five characters at least, a name with its place (结合2019年高新区政府信息公开工作实际 names none).
        #"结合(?:19|20)[0-9]{2}年度?([^。，,；;：:（(《》0-9]{5,40}?)各(?:科室|部门|单位|处室)的?(?:政府信息公开|政务公开|信息公开)工作(?:实际|有关统计数据|情况)"#,
        // The year before the whole name (结合2024年威海市文登区退役军人事务局政府信息公开工作实际，编制发布本报告, 文登区退役军人事务局
        // 2024): five characters at least, and no 各 (the sections', above); 政府 before 信息公开 the report's word (结合2019年
        // 高新区政府信息公开工作实际 names none: not 高新区政府).
        #"结合(?:19|20)[0-9]{2}年度?([^。，,；;：:（(《》0-9各]{5,40}?)(?:政府信息公开|政务公开|(?<!政府)信息公开)工作(?:实际|有关统计数据|情况)"#,
        // The work it reports on as the sentence introducing the report (对2024年某局政府信息公开工作情况报告如下).
        #"(?:^|[。，,；;：:）)])对(?:19|20)[0-9]{2}年度?([^。，,；;：:（(《》0-9]{2,40}?)(?:政府信息公开|政务公开|信息公开)工作(?:情况)?(?:报告|总结)如下"#,
        // The year's work published, not the report (现公布长春净月高新技术产业开发区教育局2025年度政府信息公开工作情况。, 净月 2025):
        // the sentence ends there, the name before the year.
        #"(?:现公布|现公开|现发布|向社会公布|向社会公开)([^《》。，,；;：:0-9]{2,40}?)(?:19|20)[0-9]{2}年度?(?:政府信息公开|政务公开|信息公开)工作情况(?:[。，,；;]|$)"#,
        // The body whose year's work it is compiled from (根据精河工业园区管理委员会的政府信息公开年度工作情况进行编制, 精河 2021),
        // as 结合某局…工作实际 says.
        #"根据([^。，,；;：:、（(《》0-9]{2,40}?)的(?:(?:19|20)[0-9]{2}年度?)?(?:政府信息公开|政务公开|信息公开)(?:年度)?工作(?:实际|情况)(?:进行)?编制"#,
        // The one body whose own figures it gathers (汇总2024年小河镇的政府信息公开年度报告编制而成, 巧家 小河镇 2024; 综合某乡政府
        // 信息公开工作情况编制而成): a county's words for its whole (汇总全县各乡镇、各部门的…) name no one body.
        #"(?:汇总|综合)(?:(?:19|20)[0-9]{2}年度?)?([^。，,；;：:、（(《》0-9]{2,40}?)的?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度报告|年报|情况)编制"#,
        // The one body whose year's work it sums up (全面总结西宁市城中区人民政府礼让街街道办事处2025年政府信息公开工作情况,
        // 礼让街 2025): the year beside the name, as a county's words for its whole (总结全区…) name no one body.
        #"总结(?:(?:19|20)[0-9]{2}年度?)?([^。，,；;：:、（(《》0-9]{2,40}?)(?:19|20)[0-9]{2}年度?(?:政府信息公开|政务公开|信息公开)工作(?:开展)?情况"#,
        #"总结(?:19|20)[0-9]{2}年度?([^。，,；;：:、（(《》0-9]{2,40}?)(?:政府信息公开|政务公开|信息公开)工作(?:开展)?情况"#,
        // (全文涵盖巴彦高勒镇人民政府2025年政府信息公开总体情况: the same list, 涵盖 for 包括.)
        #"(?:全文|报告|内容)(?:包括|涵盖)([^。，,；;：:、《》0-9]{2,40}?)(?:(?:19|20)[0-9]{2}年度?)?政府信息公开(?:工作)?总体情况"#,
    ].compactMap { try? NSRegularExpression(pattern: $0) }

    /// Whether text ends inside a 《…》 it opened.
    private static func citing(_ text: Substring) -> Bool {
        text.reduce(0) { depth, character in character == "《" ? depth + 1 : character == "》" ? max(0, depth - 1) : depth } > 0
    }

    private static func candidates(in text: String) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        let range = NSRange(text.startIndex..., in: text)
        // (…报告如下 is rare: a line without it is not searched for it.)
        // (…本年度…工作情况 likewise: a line without 本年度 is not searched for it.)
        for regex in patterns where (!regex.pattern.hasSuffix("如下") || text.contains("如下")) && (!regex.pattern.contains("本年度") || text.contains("本年度")) {
            for match in regex.matches(in: text, range: range) {
                for group in 1..<match.numberOfRanges {
                    let r = match.range(at: group)
                    guard r.location != NSNotFound, let bounds = Range(r, in: text), !text[bounds].allSatisfy(\.isNumber) else { continue }
                    // A name inside a cited document's title is not the publisher's (按照《关于编制某县2022年…报告的通知》).
                    if let whole = Range(match.range, in: text), citing(text[..<whole.lowerBound]) { continue }
                    // 政府 after a department's name opens the report's words (现将2020年度县交通运输局政府信息公开工作年度报告如下,
                    // 珙县 2020; 现将2025年度市残联政府信息公开…, 公主岭市残联 2025): only a government's name ends 政府 (某县人民政府,
                    // 县政府, 某镇政府: 人民 or a level before it); after any other body's, 政府 is the report's.
                    let end = text.distance(from: text.startIndex, to: bounds.upperBound)
                    let before = text[bounds].dropLast(2)
                    let reportsWord = text[bounds].hasSuffix("政府") && !before.isEmpty
                        && !before.hasSuffix("人民") && before.last.map { "省市县区州旗盟镇乡".contains($0) } == false
                    found.append((text.distance(from: text.startIndex, to: bounds.lowerBound), reportsWord ? end - 2 : end))
                }
            }
        }
        return found
    }
}

extension SignedAgency {
    /// The subject of a sentence compiling a report its own body's (…有关规定,宣恩縣教育局編制了縣教育局2020年…報告, 宣恩 2020, a
    /// 繁體 mirror): the report names the compiler with less of its place. `text` in simplified characters. Another body's
    /// report (某县人民政府办公室编制了某县2020年…报告) is not the compiler's; a report named by its year alone is
    /// (大营镇党政办公室编制了《2023年度…报告》: the town's, its 党政办公室 its office).
    static func compilerOfItsOwnReport(_ text: String) -> String? {
        // (The mirror's converter glosses some characters in pinyin: 年度報(bào)告.)
        let text = LabelText.withoutPinyinGlosses(text)
        let range = NSRange(text.startIndex..., in: text)
        guard let match = ownReportCompiled?.firstMatch(in: text, range: range), let subject = Range(match.range(at: 1), in: text),
              let named = Range(match.range(at: 2), in: text) else { return nil }
        let name = String(text[subject]), reportsBody = String(text[named])
        guard isAgencyName(name), namesItsPlace(name), !unitOfAnother.contains(where: name.hasPrefix) else { return nil }
        // The report named by its year alone (大营镇党政办公室编制了《2023年度政府信息公开工作报告》, 大营镇 2023): the compiler's
        // own — its body's, where it is an office (`government`) — as 本报告由某局编制 says.
        if reportsBody.isEmpty { return name }
        guard name.count > reportsBody.count, name.hasSuffix(reportsBody) else { return nil }
        return name
    }

    private static let ownReportCompiled = try? NSRegularExpression(pattern:
        #"(?:^|[。，,；;：:）)])([^。，,；;：:（(《》由]{4,40}?)编制(?:完成)?了《?([^。，,；;：:（(《》0-9]{0,30}?)(?:19|20)[0-9]{2}年度?[^。，,；;《》]{0,30}?(?:报告|年报)"#)
}
