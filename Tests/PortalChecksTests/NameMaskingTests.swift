@testable import PortalChecks
import PortalTestSupport
import Testing

/// Agency names are masked in one pass over a narrative; the result must be
/// what masking each name in turn gives, overlapping names and repeats too.
@Suite("Agency names masked")
struct NameMaskingTests {
    /// Masking each name in turn, left to right, after its last match: the
    /// behaviour the one pass replaces.
    static func nameByName(_ text: NarrativeText, _ names: [[Unicode.Scalar]]) -> [Unicode.Scalar] {
        var masked = text.scalars
        for name in names where !name.isEmpty {
            var i = 0
            while let found = text.firstMatch(of: [name], in: i..<text.scalars.count) {
                for j in found { masked[j] = "某" }
                i = found.upperBound
            }
        }
        return masked
    }

    @Test func aRealSentenceKeepsItsFiguresAndLosesTheNames() {
        let names = ["行政审批服务局", "审批服务局", "信访局"].map { Array($0.unicodeScalars) }
        let text = NarrativeText("区行政审批服务局收到申请12件，信访局3件。", folding: ScalarFolding([:]))
        #expect(String(String.UnicodeScalarView(text.maskingNames(names).scalars)) == "区某某某某某某某收到申请12件，某某某3件。")
    }

    /// A name that overlaps itself is masked from the left, as it reads.
    @Test func aNameOverlappingItselfIsMaskedFromTheLeft() {
        let text = NarrativeText("审审审批", folding: ScalarFolding([:]))
        let names = [Array("审审".unicodeScalars), Array("审批".unicodeScalars)]
        #expect(text.maskingNames(names).scalars == Self.nameByName(text, names))
        #expect(String(String.UnicodeScalarView(text.maskingNames([names[0]]).scalars)) == "某某审批")
    }

    /// Texts of a small alphabet, so names overlap, repeat and touch.
    @Test(arguments: 0..<200)
    func onePassEqualsNameByName(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) + 1)
        let alphabet: [Unicode.Scalar] = ["审", "批", "，"]
        let names: [[Unicode.Scalar]] = (0..<Int(random.next() % 5)).map { _ in
            (0..<Int(random.next() % 4)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
        }
        let text = String(String.UnicodeScalarView((0..<Int(random.next() % 40)).map { _ in
            alphabet[Int(random.next() % UInt64(alphabet.count))]
        }))
        let narrative = NarrativeText(text, folding: ScalarFolding([:]))
        #expect(narrative.maskingNames(names).scalars == Self.nameByName(narrative, names), "\(text) \(names)")
    }
}
