@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round sixteen's words, in both forms; without them each sentence reads as before.
extension NarrativeFormDataTests {
    /// A government's sentence read under the scope its report's words give
    /// (`NarrativeMatcher.reportScope`): the preamble and the narratives.
    static func scoped(_ claims: NarrativeClaims, year: Int, preamble: String?, _ sentence: String) -> String {
        let matcher = NarrativeMatcher(claims)
        let text = NarrativeText(sentence, folding: claims.scalarFolding)
        var scoped = matcher
        scoped.reportScope = matcher.reportScope(preamble: preamble.map { NarrativeText($0, folding: claims.scalarFolding) }, narratives: [text])
        return scoped.statements(in: text, year: year).map { "\($0.claim.id)=\($0.value.plainText)\($0.certain ? "!" : "~")" }.joined(separator: " ")
    }

    /// `regionReportWords` and `ownLevelReportWords`: the preamble's words of
    /// the report's scope, as real preambles write them. The region's report
    /// (汇总…编制 — 南平市 2012, 综合…编制 — 宁波市 2020, 和各…年度报告编制 —
    /// 东城区 2013) reads the region's figures as its own and the level's as
    /// the level's (probable); the level's (本级政府（机关）— 湖里区 2018) reads
    /// the region's as the region's. A preamble saying neither (东城区 2024:
    /// 依据…第五十条规定，编制本报告) leaves the reading as it was.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aPreambleSayingWhoseReportItIsScopesTheRegionsFigures(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        var plain = claims
        plain.regionReportWords = []
        plain.ownLevelReportWords = []
        let nanping = "本报告由南平市人民政府信息公开工作领导小组办公室根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，汇总南平市各县（市、区）、市政府各有关部门政府信息公开工作情况编制而成。本报告中所列数据的统计时限自2012年1月1日至2012年12月31日。"
        let ningbo = "本年度报告根据《中华人民共和国政府信息公开条例》相关要求，由宁波市人民政府办公厅综合政府各级行政机关的政府信息公开工作年度报告编制而成。"
        let dongcheng2013 = "本报告是根据《中华人民共和国政府信息公开条例》要求，以及2013年度东城区人民政府和各街道、委办局的政府信息公开工作年度报告编制。"
        let huli = "根据《中华人民共和国政府信息公开条例》、《福建省政府信息公开办法》规定，向社会公布2018年度本级政府（机关）信息公开年度报告。"
        let dongcheng2024 = "依据《中华人民共和国政府信息公开条例》（以下简称《政府信息公开条例》）第五十条规定，编制本报告。"
        // 东城区 2023's sentence: in the region's report the district's figures
        // are the tables' and the level's 6 after 区政府本级 yields to them.
        let both = "全年全区共受理申请公开800件，结转下年度办理39件，区政府本级共受理206件，结转下年度办理6件。"
        // 齐齐哈尔市 2018, 青岛市 2018, 深圳市 2018, 拉萨市 2016: more of the region's (punctuation
        // full width; a web address and some clauses of 南平 and 深圳 left out).
        let more = ["本年度报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《齐齐哈尔市人民政府信息公开若干规定》（以下简称《规定》）的要求，由市政府办公室综合各县（市）、区政府和市政府各委、办、局的政府信息公开工作情况，在全面总结全市2018年政府信息公开工作、统计汇总政府信息公开主要数据指标基础上编制而成。",
                    "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）以及2018年度青岛市政府各部门和各区、市政府的信息公开工作年度报告编制。",
                    "本报告由概述、主动公开政府信息情况、依申请公开政府信息受理情况、政府信息公开相关费用情况、申请行政复议和提起行政诉讼情况、存在问题及改进措施六部分组成，内容涵盖全市各区人民政府（新区管委会）、市政府各部门2018年1月1日至2018年12月31日的政府信息公开工作情况，电子版可在深圳市人民政府门户网站下载。",
                    "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定和西藏自治区人民政府办公厅《关于做好2016年政府信息公开年度报告编制公布及数据统计工作的通知》（藏政办发明电〔2017〕14号）要求，由拉萨市政府办公厅综合汇总六县二区政府和市属各部门信息公开年报编制。"]
        for region in more {
            #expect(Self.scoped(claims, year: year, preamble: region, both) == "received=800! carriedForward=39!", "\(region)")
        }
        for region in [nanping, ningbo, dongcheng2013] {
            #expect(Self.scoped(claims, year: year, preamble: region, both) == "received=800! carriedForward=39!", "\(region)")
            #expect(Self.scoped(plain, year: year, preamble: region, both) == "received=800~ carriedForward=39~ carriedForward=6~", "\(region)")
        }
        // 东城区 2024's sentence, no level named: the level's report reads it as the region's.
        let district = "全区受理政府信息依申请公开961件，完成全区54家政府信息公开工作年度报告公开工作。"
        #expect(Self.scoped(claims, year: year, preamble: huli, district) == "received=961~")
        #expect(Self.scoped(plain, year: year, preamble: huli, district) == "received=961!")
        for undecided in [dongcheng2024, nil] {
            #expect(Self.scoped(claims, year: year, preamble: undecided, district) == "received=961!")
            #expect(Self.scoped(claims, year: year, preamble: undecided, both) == "received=800~ carriedForward=39~ carriedForward=6~")
        }
        // A level's figure in the region's report, in a sentence of its own.
        #expect(Self.scoped(claims, year: year, preamble: nanping, "区政府本级共收到政府信息公开申请206件。") == "received=206~")
        #expect(Self.scoped(claims, year: year, preamble: nil, "区政府本级共收到政府信息公开申请206件。") == "received=206!")
    }
}
