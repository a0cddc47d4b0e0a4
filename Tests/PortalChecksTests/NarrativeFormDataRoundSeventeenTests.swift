@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round seventeen's words, in both forms; without them each sentence reads as before.
extension NarrativeFormDataTests {
    /// `ownLevelFigureWords`: a level's word scopes a government's report only
    /// where words of applications follow it in its clause (区政府本级共受理206件
    /// — 东城区 2023). Real uses of a level's word for another matter scope
    /// nothing: 乌拉特前旗 2021's 对旗本级有关信息进行收集, 东城区 2023's 其中区政府
    /// 本级文件344件 (its 政策文件库), 海南省财政厅 2023's 全省及省本级预算执行情况;
    /// so the report's region figures stay its own (certain). Without the
    /// key every level's word scopes (round sixteen's reading, a warning).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aLevelsWordOfAnotherMatterDoesNotScopeTheReport(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        var plain = claims
        plain.ownLevelFigureWords = []
        // The region's figure (made up: the real pages' figures are in other
        // words), and each real sentence of another matter in the report.
        let figure = "全旗共收到政府信息公开申请12件。"
        let otherMatters = [
            "2021年，我旗紧紧围绕《中华人民共和国政府信息公开条例》，不断提高公开信息的全面性、时效性和规范性，重点强化了对旗本级有关信息进行收集、录入、更新，推动了全旗政府信息工作按上级要求深入开展。",
            "区政府政策文件库共政策收录547件，其中区政府本级文件344件、区政府办文件54件、区政府部门文件149件。",
            "在厅门户网站上主动公开《海南省2022年预算执行情况和2023年预算草案的报告》，向社会公众介绍说明2022年全省及省本级预算执行情况和2023年全省和省本级预算编制、结构、用途等情况。",
        ]
        for other in otherMatters {
            let text = NarrativeText(other + figure, folding: claims.scalarFolding)
            #expect(NarrativeMatcher(claims).reportScope(preamble: nil, narratives: [text]) == .undecided, "\(other)")
            #expect(NarrativeMatcher(plain).reportScope(preamble: nil, narratives: [text]) == .levelNamed, "\(other)")
            #expect(Self.statements(claims, year: year, other + figure).hasSuffix("received=12!"), "\(other)")
            #expect(Self.statements(plain, year: year, other + figure).hasSuffix("received=12~"), "\(other)")
        }
        // The level's applications still scope it (东城区 2023), in its own
        // sentence or in another narrative.
        let both = "全年全区共受理申请公开800件，结转下年度办理39件，区政府本级共受理206件，结转下年度办理6件。"
        #expect(Self.statements(claims, year: year, both) == "received=800~ carriedForward=39~ carriedForward=6~")
        let levelApart = NarrativeText("区政府本级共收到政府信息公开申请206件。", folding: claims.scalarFolding)
        #expect(NarrativeMatcher(claims).reportScope(preamble: nil, narratives: [NarrativeText(figure, folding: claims.scalarFolding), levelApart]) == .levelNamed)
    }

    /// A department's report naming its government's level before a figure
    /// of applications (全年办理市政府本级依申请公开答复263件 — 苏州市人民政府办公室
    /// 2023, which answers for the city government's own level): the figure
    /// may be the level's rather than the office's table, so probable. A
    /// department naming no level reads as before (certain).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aDepartmentsFigureAfterItsGovernmentsLevelIsProbable(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let suzhou = "做好市政府本级依申请公开答复以及政府信息公开行政复议、行政诉讼应诉，指导全市各级行政机关规范开展依申请公开工作。全年办理市政府本级依申请公开答复263件，政府信息公开行政复议、行政诉讼案件24件。"
        let read = { (claims: NarrativeClaims, sentence: String) -> String in
            var matcher = NarrativeMatcher(claims)
            matcher.regionIsOwn = false
            let text = NarrativeText(sentence, folding: claims.scalarFolding)
            matcher.departmentNamesLevel = matcher.namesOwnLevel([text])
            return matcher.statements(in: text, year: year).map { "\($0.claim.id)=\($0.value.plainText)\($0.certain ? "!" : "~")" }.joined(separator: " ")
        }
        var plain = claims
        plain.ownLevelWords = []
        #expect(read(claims, suzhou).contains("closed=263~"))
        #expect(read(plain, suzhou).contains("closed=263!"))
        // 苏州市机关事务管理局 2024: no level named.
        #expect(read(claims, "\(year)年，苏州市机关事务管理局受理、办理、答复依申请公开2件，办结2件。") == "closed=2!")
        // A level's word of another matter (海南省财政厅 2023) leaves its figures certain.
        let finance = "向社会公众介绍说明全省及省本级预算执行情况。\(year)年受理政府信息依申请公开事项46件，办结44件。"
        #expect(read(claims, finance) == "received=46! closed=44!")
    }

    /// `everyWayWords`: ways listed before 等方式 (等渠道, 等途径) are every way
    /// in, not one channel (东城区审计局 2024: 全年通过信函、电子邮件等方式受理了
    /// 政府信息公开申请2件): the figure is read, as probable. One channel named
    /// (通过信函受理…2件), a way after the list, or a weak phrase still reads
    /// nothing (子长市: 累计办理…通过…门户网站、邮寄等途径依申请公开信息合计12件,
    /// read since round thirty-three by a phrase of its own, probable).
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func waysListedBeforeEveryWayWordsAreEveryWayIn(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        var plain = claims
        plain.everyWayWords = []
        let dongcheng = "\(year)年，规范做好依申请公开受理答复工作，全年通过信函、电子邮件等方式受理了政府信息公开申请2件，均为当年新件，无上年结转件。"
        #expect(Self.statements(claims, year: year, dongcheng) == "received=2~ carriedOver=0!")
        #expect(Self.statements(plain, year: year, dongcheng) == "carriedOver=0!")
        // 网络 (a way before the figure, `unlessBeforeFigure`) listed with the rest.
        #expect(Self.statements(claims, year: year, "通过线上、信函等渠道收到依申请公开信息16件，已全部按期限答复办结。") == "received=16~")
        #expect(Self.statements(claims, year: year, "全年通过信函受理了政府信息公开申请2件。") == "")
        #expect(Self.statements(claims, year: year, "全年通过信函、电子邮件等方式受理了政府信息公开申请2件，其中网上申请1件。").isEmpty == false)
        // 子长市's: a phrase of its own since round thirty-three (closed, probable); without it, nothing.
        let zichang = "\(year)年度，子长市累计办理公民、法人或其他组织通过市政府门户网站、邮寄等途径依申请公开信息合计12件，已全部按期限答复办结。"
        #expect(Self.statements(claims, year: year, zichang) == "closed=12~")
        #expect(Self.statements(Self.changing(claims) { $0.phrases.removeAll { $0 == "办理……依申请公开信息合计" } }, year: year, zichang) == "")
    }
}
