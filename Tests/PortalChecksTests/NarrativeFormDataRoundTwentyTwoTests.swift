@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// Round twenty-two's readings, in both forms.
extension NarrativeFormDataTests {
    /// Round twenty-one's misses read now, each by its form words: the figure
    /// before the noun (制发3份规范性文件 — 钦州市政府办公室 2024, certain: 规范性文件
    /// follows the figure in its item), a none of new ones (年内未出台新的行政规范性文件
    /// — 桐柏县城郊乡 2025), the figure carried forward in 除…以外 (除4件转结2022年办理以外
    /// — 淮安市清江浦区 2021), a reason after the figure's unit (1条属于重复申请 —
    /// 乌鲁木齐高新区 2020). With the words taken out each reads as before.
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func roundTwentyOnesMissesAreRead(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        let plain = Self.changing(claims) { claim in
            claim.phrases.removeAll { $0.contains("#规范性文件") || $0 == "#属于重复申请" }
            claim.none.removeAll { $0.contains("新的") }
            claim.after.removeAll { $0 == "转结…下年" }
        }
        // The trial form reads no 废止 (its table has no such column).
        let repealed = id == "gov-info-2021" ? " normativeDocumentsRepealed=18~" : ""
        // (sentence, read now, read without the round's words)
        let cases = [
            ("\(year)年制发3份规范性文件，废止18份规范性文件。", "normativeDocumentsIssued=3!" + repealed, String(repealed.dropFirst())),
            ("年内未出台新的行政规范性文件。", "normativeDocumentsIssued=0!", ""),
            ("除4件转结\(year + 1)年办理以外，均依法依规完成答复。", "carriedForward=4!", ""),
            ("收到政务信息公开申请7条，其中3条已公开；1条属于重复申请，不予以处理。", "received=7! notProcessedRepeated=1!", "received=7!"),
        ]
        Self.expectReadNowAndBefore(cases, now: claims, before: plain, year: year)
        // 制定出台了16件行政规范性文件 (荔湾区 2023, a government's) stays unread.
        #expect(Self.statements(claims, year: year, "\(year)年制定出台了16件行政规范性文件。") == "")
    }

    /// Each (sentence, read now, read without the round's words): what the
    /// claims read now and what `before` (the words taken out) read.
    static func expectReadNowAndBefore(_ cases: [(String, String, String)], now claims: NarrativeClaims, before plain: NarrativeClaims, year: Int) {
        for (sentence, now, before) in cases {
            #expect(statements(claims, year: year, sentence) == now, "\(sentence)")
            #expect(statements(plain, year: year, sentence) == before, "\(sentence)")
        }
    }

    /// A built-in form's claims and the year its reports are read as here
    /// (2021 for the 2021 form, 2020 for the trial form).
    static func builtIn(_ id: String) throws -> (claims: NarrativeClaims, year: Int) {
        (try #require(FormLoader.builtInForms().forms[id]?.narrativeClaims), id == "gov-info-2021" ? 2021 : 2020)
    }

    /// The claims with each one changed (form words taken out), to show what
    /// a sentence read before they were there.
    static func changing(_ claims: NarrativeClaims, _ change: (inout NarrativeClaim) -> Void) -> NarrativeClaims {
        var changed = claims
        changed.claims = claims.claims.map { claim in
            var claim = claim
            change(&claim)
            return claim
        }
        return changed
    }
}
