import Foundation
@testable import PortalImport
import PortalModel
import XCTest

/// Round twenty-nine (VARIANTS.md): real reports found by search — 街道 of 北京 and 天津, 乡镇 of 浙江 and 吉林, 县/区 人民政府,
/// 开发区/园区 管委会 — kept as the store gave them (`real-pages/twentynine/`, long paragraphs shortened) and completed with
/// the invented report's rows (`variants/browser-copy.txt`).
final class RealPagesTwentyNineTests: XCTestCase {
    /// 沂源县人民政府 2023 (山东): over the preamble the page's bar of the report's other versions, `音频 动漫 图解 电子书 H5`.
    /// Before: **silent**, the bar the preamble's first paragraph. Now page furniture.
    func testTheVersionsBarIsNoPreamble() throws {
        let file = try realPageCompleted("twentynine", "yiyuan-2023")
        let report = try realPageReport(file, agency: "沂源县人民政府", year: 2023, published: "2024-02-19")
        XCTAssertTrue(report.narratives["preamble"]?.value.hasPrefix("根据《中华人民共和国政府信息公开条例》(国务院令第711)") == true,
                      "\(report.narratives)")
        let matches = HTMLDocumentReader.isChromeLine
        XCTAssertTrue(matches("音频           动漫         图解         电子书           H5"))
        XCTAssertTrue(matches("视频 图解"))
        // One word alone, or the words in a sentence, are no bar.
        XCTAssertFalse(matches("音频"))
        XCTAssertFalse(matches("通过音频、动漫、图解等形式解读年报。"))
    }

    /// 凤卧镇 2024 (浙江 平阳): no title; `…精神,由凤卧镇结合有关统计数据编制。`, the 镇's name three characters.
    /// Before: refused **wrongly** (the hint its 公共服务办公室). Now the compiler the sentence names.
    func testACompilerOfThreeCharacters() throws {
        let file = try realPageCompleted("twentynine", "fengwo-2024")
        _ = try realPageReport(file, agency: "凤卧镇", year: 2024, published: nil)
        let compiled = { (text: String) in SignedAgency.compiler(in: TextExtractor.lines(of: text)[...]) }
        XCTAssertEqual(compiled("本报告依据《条例》精神,由凤卧镇结合有关统计数据编制。"), "凤卧镇")
        // Three characters of no place, or of the site's own, name no one.
        XCTAssertNil(compiled("本报告依据《条例》精神,由办公室结合有关统计数据编制。"))
        XCTAssertNil(compiled("本报告依据《条例》精神,由县政府结合有关统计数据编制。"))
        XCTAssertNil(compiled("本报告依据《条例》精神,由全镇结合有关统计数据编制。"))
    }

    /// 兴华镇 2024 (吉林 梅河口): no title; `…公信力,兴华镇人民政府特此编制2024年度政府信息公开工作年度报告。`
    /// Before: refused **wrongly**, the 镇 named only as the office to contact. Now 特此编制 a compiling verb as 特编制 is.
    func testHerebyCompiled() throws {
        let file = try realPageCompleted("twentynine", "xinghua-2024")
        // (Round eighty-four: with the county its address prints, `地址:梅河口市兴华镇兴华村`.)
        _ = try realPageReport(file, agency: "梅河口市兴华镇人民政府", year: 2024, published: nil)
    }

    /// 戴村镇 2024 (浙江 萧山): no title; particulars as rows, `发布机构 | 戴村镇 | 主题分类 | …`; its name otherwise only in 一.
    /// Before: refused **wrongly** (no agency). Now the particulars' three-character 镇.
    func testTheParticularsThreeCharacterTown() throws {
        let file = try realPageCompleted("twentynine", "daicun-2024")
        let report = try realPageReport(file, agency: "戴村镇", year: 2024, published: "2025-01-16")
        XCTAssertNil(report.narratives["preamble"], "\(report.narratives)")
        // The particulars' office of no place is no publisher.
        let office = TextExtractor.lines(of: "发布机构 | 办公室 | 主题分类 | 综合政务 |")
        XCTAssertNil(SignedAgency.issuer(in: office[...]))
    }
}
