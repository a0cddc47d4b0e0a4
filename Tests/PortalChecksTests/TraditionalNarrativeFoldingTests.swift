@testable import PortalChecks
import PortalModel
import Testing

/// A 繁體 mirror's narrative reads as its simplified text, whatever characters it holds (session 38): the narratives are
/// folded through OpenCC's whole table (`TraditionalCharacters`) before the form's own `folding`, which holds the characters
/// of the corpus's sentences and of the form's words as each round met them. 異 was not among them: 未收到對…答覆的異議,
/// a reaction to an answer (`unless: 异议`), was read as no application received (received=0!), a false error against
/// any report that received some.
extension NarrativeFormDataTests {
    @Test(arguments: ["gov-info-2021", "gov-info-2019"])
    func aTraditionalNarrativeReadsAsItsSimplifiedText(id: String) throws {
        let (claims, year) = try Self.builtIn(id)
        for (traditional, simplified) in [
            ("\(year)年，本單位未收到對依申請公開答覆的異議。", "\(year)年，本单位未收到对依申请公开答复的异议。"),
            ("\(year)年，共收到政府信息公開申請12件，均已按時答覆。", "\(year)年，共收到政府信息公开申请12件，均已按时答复。"),
        ] {
            #expect(Self.statements(claims, year: year, traditional) == Self.statements(claims, year: year, simplified), "\(traditional)")
        }
        #expect(Self.statements(claims, year: year, "\(year)年，本單位未收到對依申請公開答覆的異議。") == "")
    }
}
