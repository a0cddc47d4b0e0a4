@testable import PortalCLI
import Testing

@Suite("portal import's report of the checks")
struct ImportReportTests {
    /// Figures OCR read that break an identity are not said to be the agency's error: a misread digit is as likely.
    @Test func anIdentityBrokenInFiguresOCRReadIsNotBlamedOnTheAgency() {
        let scanned = ImportReport.checksHeading(broken: 2, acknowledged: 0, readByOCR: true)
        #expect(scanned.contains("2 errors in the figures as OCR read them"))
        #expect(scanned.contains("compare each cell named with the scan"))
        #expect(!scanned.contains("not the import's"))
        let published = ImportReport.checksHeading(broken: 1, acknowledged: 0, readByOCR: false)
        #expect(published == "  checks: 1 error in the published figures (the report's own problems, not the import's):")
        #expect(ImportReport.checksHeading(broken: 0, acknowledged: 0, readByOCR: true) == "  checks: the published figures pass every check")
        #expect(ImportReport.checksHeading(broken: 0, acknowledged: 3, readByOCR: false).hasPrefix("  checks: 3 errors in the published report, acknowledged"))
    }
}
