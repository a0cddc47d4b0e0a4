import PortalLoader
import Testing

/// An agency's folder name becomes its URL: `^[a-z0-9][a-z0-9-]*$`.
@Suite("Agency slug rule")
struct AgencySlugRuleTests {
    @Test(arguments: ["xiasha", "a", "0", "hangzhou-shangcheng", "agency-02125", "9-", "a--b"])
    func slugsAreTaken(_ name: String) {
        #expect(AgencyReader.isSlug(name))
    }

    @Test(arguments: ["", "-xiasha", "Xia Sha", "xiasha/", "xia_sha", "xia.sha", "下沙", "ｘiasha", "xiasha\n", " xiasha", "XIASHA", "é"])
    func otherNamesAreNot(_ name: String) {
        #expect(!AgencyReader.isSlug(name))
    }
}
