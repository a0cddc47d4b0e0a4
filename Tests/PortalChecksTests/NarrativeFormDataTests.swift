import Foundation
@testable import PortalChecks
import PortalLoader
import PortalModel
import Testing

/// The narrative checks' words are the form file's: `narrativeBreakdowns`
/// and the claims' `kindOf`, `unlessBefore`, `including`/`includingAs` are
/// read from it, and a mistake in them is reported against the file.
@Suite("Narrative form data")
struct NarrativeFormDataTests {
    static func shipped() throws -> String {
        let folder = try #require(FormLoader.builtInFormsFolder)
        return try String(contentsOf: folder.appendingPathComponent("gov-info-2021.yaml"), encoding: .utf8)
    }

    static func messages(_ text: String) -> [String] {
        FormLoader.parse(text, path: "forms/test.yaml").diagnostics.map(\.message)
    }

    @Test func theShippedFormReadsCleanly() throws {
        let (form, diagnostics) = FormLoader.parse(try Self.shipped(), path: "forms/gov-info-2021.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let claims = try #require(form?.narrativeClaims)
        #expect(claims.claim("received")?.includingAs == "handled")
        #expect(claims.claim("reviewUpheld")?.kindOf == ["行政复议"])
        #expect(claims.claim("directUpheld")?.kindOf.contains("直接起诉") == true)
        #expect(claims.claim("reviews")?.unlessBefore.isEmpty == false)
        #expect(form?.narrativeBreakdowns.openers.first == "其中")
    }

    @Test func aClaimOfLastYearsMustExist() throws {
        let text = try Self.shipped().replacingOccurrences(of: "includingAs: handled", with: "includingAs: handledTwice")
        #expect(Self.messages(text).contains { $0.contains("“handledTwice”, which is not a claim of the form") })
    }

    @Test func theWholeOfAClaimMustExist() throws {
        let text = try Self.shipped().replacingOccurrences(of: "allOf: reviews,", with: "allOf: reviewz,")
        #expect(Self.messages(text).contains { $0.contains("is all of “reviewz”, which is not a claim of the form") })
    }

    @Test func aBreakdownTotalMustBeAClaim() throws {
        let text = try Self.shipped().replacingOccurrences(of: "totals: [received, closed,", with: "totals: [received, answered,")
        #expect(Self.messages(text).contains { $0.contains("narrativeBreakdowns.totals names “answered”") })
    }

    @Test func anUnknownKeyOfTheBlockIsReported() throws {
        let text = try Self.shipped().replacingOccurrences(of: "  openers: [其中", with: "  openings: [其中")
        #expect(Self.messages(text).contains { $0.contains("openings") })
    }
}
