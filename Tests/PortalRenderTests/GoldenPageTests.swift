import Foundation
import PortalTestSupport
import Testing

/// Rendered pages and downloads compared byte for byte with files checked
/// by a person once. After an intended change, re-record with
/// `PORTAL_RECORD=1 swift test --filter GoldenPageTests`, then read the diff.
@Suite("Golden pages")
struct GoldenPageTests {
    static let goldenFiles = [
        "index.html",
        "agencies/index.html",
        "agencies/xiasha/index.html",
        "agencies/xiasha/2021/index.html",
        "agencies/example-district/2020/index.html",
        // A report published with an acknowledged problem: the 数据核对说明 box,
        // its mark on the agency and year pages, and its JSON.
        "agencies/example-education/2022/index.html",
        "agencies/example-education/index.html",
        "years/2022/index.html",
        "agencies/example-education/2022/report.json",
        "years/index.html",
        "years/2021/index.html",
        "data/index.html",
        "404.html",
        "agencies/xiasha/2021/report.json",
        "agencies/xiasha/2021/report.csv",
        "data/key-figures.csv",
        "data/forms/gov-info-2019.json",
    ]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")

    @Test(arguments: goldenFiles)
    func matchesGoldenFile(path: String) throws {
        let rendered = try #require(try ExamplePortal.render().files[path], "\(path) was not rendered")
        let golden = Self.folder.appendingPathComponent(path.replacingOccurrences(of: "/", with: "__"))
        if ProcessInfo.processInfo.environment["PORTAL_RECORD"] == "1" {
            try rendered.write(to: golden)
            return
        }
        let expected = try Data(contentsOf: golden)
        if rendered != expected {
            let actual = golden.appendingPathExtension("actual")
            try? rendered.write(to: actual)
            Issue.record("\(path) differs from its golden file; the new output is in \(actual.path)")
        }
    }
}
