import PortalLoader
import PortalModel
@testable import PortalChecks
import Testing

/// Rule report-publisher: the name the preamble publishes the report under, against the agency's.
@Suite("Report publisher")
struct ReportPublisherTests {
    static func agency(_ name: String, _ kind: Agency.Kind, short: String? = nil, former: [String] = []) -> Agency {
        var agency = Agency(slug: "a", name: name, shortName: short ?? name, kind: kind, location: SourceLocation(path: "agency.yaml"))
        agency.formerNames = former.map { Agency.FormerName($0) }
        return agency
    }

    @Test func anotherKindOrAnotherTownIsAnotherBody() {
        let town = Self.agency("建水县面甸镇人民政府", .town)
        // 面甸镇 2025 (real): a bureau's report sentence left in a town's.
        #expect(ReportPublisherCheck.isAnotherBody("建水县民族宗教事务局", than: town))
        #expect(ReportPublisherCheck.isAnotherBody("建水县曲江镇人民政府", than: town))
        #expect(ReportPublisherCheck.isAnotherBody("某街道办事处", than: Self.agency("某区人民政府另一街道办事处", .subdistrict)))
        // 陇西县德兴乡 2022 (real): the county's sentence left in a 乡's.
        #expect(ReportPublisherCheck.isAnotherBody("陇西县人民政府", than: Self.agency("陇西县德兴乡", .town)))
    }

    @Test func itsOwnNameShortenedIsItself() {
        let town = Self.agency("建水县面甸镇人民政府", .town, former: ["建水县面甸乡人民政府"])
        for printed in ["建水县面甸镇人民政府", "面甸镇", "建水县面甸镇", "面甸镇政府", "建水县面甸乡人民政府"] {
            #expect(!ReportPublisherCheck.isAnotherBody(printed, than: town), "\(printed)")
        }
        // A department's name shortened (卫健局 for 卫生健康局) is not read as another body; nor what names no body's kind.
        let health = Self.agency("杭州市钱塘区卫生健康局", .department)
        for printed in ["钱塘区卫健局", "杭州市钱塘区卫生健康局", "本机关", "本单位"] {
            #expect(!ReportPublisherCheck.isAnotherBody(printed, than: health), "\(printed)")
        }
        #expect(!ReportPublisherCheck.isAnotherBody("江永县", than: Self.agency("江永县人民政府", .government)))
    }

    @Test func theNameBeforeTheYearAndTitleIsRead() {
        let words = ReportPeriodCheck.Words(FormLoader.builtInForms().forms["gov-info-2021"]!.narrativeClaims)
        let cases: [(String, [String])] = [
            ("根据…规定，现公布建水县民族宗教事务局2025年度政府信息公开工作年度报告。", ["建水县民族宗教事务局"]),
            ("现将《面甸镇2025年政府信息公开工作年度报告》予以公布。", ["面甸镇"]),
            ("现向社会公布2025年政府信息公开工作年度报告。", []),
            // The same report titled 政务公开工作年度报告 (陇西县德兴乡 2022, the county's sentence copied).
            ("根据…规定,现公布陇西县人民政府2022年政务公开工作年度报告。", ["陇西县人民政府"]),
            ("本机关编制了2025年度政府信息公开工作年度报告。", []),
            // A notice's title cited in 《》 publishes nothing (西秀区 黄腊乡 2020: its 全市 read as a city's name).
            ("根据《关于做好全市2020年度政府信息公开工作年度报告编写工作的通知》要求，现公布西秀区黄腊乡2020年政府信息公开工作年度报告。", ["西秀区黄腊乡"]),
        ]
        for (sentence, names) in cases {
            let text = NarrativeText(sentence, folding: words.folding)
            #expect(ReportPublisherCheck.publishers(in: text, words: words).map(\.1) == names, "\(sentence)")
        }
    }

    /// A 繁體 mirror's agency is written as printed (文昌閣鄉, 2025); its preamble is read in simplified characters, so its
    /// own name there reads 文昌阁乡: the agency's names are read the same way, not taken for another 乡.
    @Test func aTraditionalNameIsReadAsThePreambleIs() {
        let words = ReportPeriodCheck.Words(FormLoader.builtInForms().forms["gov-info-2021"]!.narrativeClaims)
        let text = NarrativeText("現特向社會公布文昌閣鄉2025年度政府信息公開年度報告。", folding: words.folding)
        let town = Self.agency("文昌閣鄉", .town)
        #expect(ReportPublisherCheck.publishers(in: text, words: words).map(\.1) == ["文昌阁乡"])
        #expect(!ReportPublisherCheck.isAnotherBody("文昌阁乡", than: town, folding: words.folding))
        #expect(ReportPublisherCheck.isAnotherBody("示例县另一乡", than: town, folding: words.folding))
    }
}
