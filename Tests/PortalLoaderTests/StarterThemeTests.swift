import Foundation
@testable import PortalLoader
import PortalTestSupport
import Testing

/// The theme `portal new site` writes is the example portal's, byte for byte.
@Suite struct StarterThemeTests {
    @Test func theProgramCarriesTheThemeAsItIs() throws {
        let theme = Repository.root.appendingPathComponent("theme")
        let onDisk = try snapshotFolder(theme).filter { !$0.key.split(separator: "/").contains { $0.hasPrefix(".") } }
        let carried = Dictionary(uniqueKeysWithValues: SiteSkeleton.themeFiles.map { ($0.path, $0.data) })
        #expect(carried.count == StarterTheme.files.count, "a file of the carried theme is not valid base64")
        // When this fails, theme/ changed: run scripts/embed-theme.
        #expect(Set(carried.keys) == Set(onDisk.keys), "run scripts/embed-theme")
        for (path, data) in onDisk.sorted(by: { $0.key < $1.key }) {
            #expect(carried[path] == data, "theme/\(path) differs from the carried copy: run scripts/embed-theme")
        }
    }
}
