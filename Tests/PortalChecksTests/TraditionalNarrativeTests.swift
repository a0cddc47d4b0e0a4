@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// A report in traditional characters (a 繁體 mirror site, a report typed so)
/// reads as the simplified one: the forms' `folding` covers the characters
/// of their words. Sentences: round sixteen's real preambles (南平 2012,
/// 宁波 2020, 东城 2013, 湖里 2018) and 东城区's figures, converted by OpenCC s2t.
extension NarrativeFormDataTests {
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aPreambleInTraditionalCharactersScopesAsTheSimplifiedOne(id: String) throws {
        let claims = try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims)
        let year = id == "gov-info-2021" ? 2021 : 2020
        let nanping = "本報告由南平市人民政府信息公開工作領導小組辦公室根據《中華人民共和國政府信息公開條例》（以下簡稱《條例》）要求，彙總南平市各縣（市、區）、市政府各有關部門政府信息公開工作情況編制而成。本報告中所列數據的統計時限自2012年1月1日至2012年12月31日。"
        let ningbo = "本年度報告根據《中華人民共和國政府信息公開條例》相關要求，由寧波市人民政府辦公廳綜合政府各級行政機關的政府信息公開工作年度報告編制而成。"
        let dongcheng2013 = "本報告是根據《中華人民共和國政府信息公開條例》要求，以及2013年度東城區人民政府和各街道、委辦局的政府信息公開工作年度報告編制。"
        let huli = "根據《中華人民共和國政府信息公開條例》、《福建省政府信息公開辦法》規定，向社會公佈2018年度本級政府（機關）信息公開年度報告。"
        let both = "全年全區共受理申請公開800件，結轉下年度辦理39件，區政府本級共受理206件，結轉下年度辦理6件。"
        let district = "全區受理政府信息依申請公開961件，完成全區54家政府信息公開工作年度報告公開工作。"
        for region in [nanping, ningbo, dongcheng2013] {
            #expect(Self.scoped(claims, year: year, preamble: region, both) == "received=800! carriedForward=39!", "\(region)")
        }
        #expect(Self.scoped(claims, year: year, preamble: huli, district) == "received=961~")
        #expect(Self.scoped(claims, year: year, preamble: nil, district) == "received=961!")
        #expect(Self.scoped(claims, year: year, preamble: nil, both) == "received=800~ carriedForward=39~ carriedForward=6~")
    }
}
