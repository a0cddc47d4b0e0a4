import Foundation
@testable import PortalBuild
import PortalTestSupport
import Testing

/// Each year's archive pieces (every report.json deflated, for
/// `reports.jsonl.gz`) are kept in `.portal-cache/derived/<year>.pieces`,
/// apart from the agencies' parts: a rebuild reads only the pieces of the
/// years whose archive it writes, and a piece is taken only under its
/// report's `DerivationKey`.
@Suite("Archive pieces")
struct ArchivePiecesTests {
    static let narrative = "content/agencies/example-street/2022/overview.md"
    static func pieces(_ site: TestSite, _ year: Int) -> URL { site.url(".portal-cache/derived/\(year).pieces") }

    /// Writes one of two versions of a 2022 narrative: each build after a
    /// switch writes 2022's archive (and reads its pieces), no other year's.
    static func switchNarrative(_ site: TestSite, to version: Int) throws {
        let text = try site.read(narrative).replacingOccurrences(of: "（第二版）", with: "")
        try site.write(narrative, version == 0 ? text : text + "（第二版）")
    }

    /// Another year's pieces are not read when its archive is kept: a
    /// damaged 2020 file stays as it is through a change in 2022, and is
    /// written anew by the build that writes 2020's archive.
    @Test func onlyTheYearsWhoseArchiveIsWrittenReadTheirPieces() throws {
        let site = try TestSite()
        try DerivedPartsTests.expectCachedEqualsClean(site, "first build")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.url(".portal-cache/derived").path)
            .filter { $0.hasSuffix(".pieces") }.sorted() == ["2020.pieces", "2021.pieces", "2022.pieces"])
        let saved2020 = try Data(contentsOf: Self.pieces(site, 2020))
        let saved2022 = try Data(contentsOf: Self.pieces(site, 2022))
        try Data("not read".utf8).write(to: Self.pieces(site, 2020))
        try Self.switchNarrative(site, to: 1)
        #expect(try DerivedPartsTests.expectCachedEqualsClean(site, "a 2022 narrative changed") == DerivedPartsTests.reports - 1)
        #expect(try Data(contentsOf: Self.pieces(site, 2020)) == Data("not read".utf8), "2020's archive was kept: its pieces unread")
        #expect(try Data(contentsOf: Self.pieces(site, 2022)) != saved2022, "the changed report's piece was kept")
        try site.edit("content/agencies/example-district/2020/overview.md", replacing: "。", with: "。（已更新）")
        try DerivedPartsTests.expectCachedEqualsClean(site, "a 2020 narrative changed")
        #expect(try Data(contentsOf: Self.pieces(site, 2020)) != Data("not read".utf8), "written anew")
        #expect(try Data(contentsOf: Self.pieces(site, 2020)) != saved2020, "with the changed report's piece")
    }

    /// A damaged, truncated, foreign or other-key pieces file is a miss: the
    /// year's pieces are made again, the archive is right, the file written anew.
    @Test func aDamagedPiecesFileIsIgnored() throws {
        let site = try TestSite()
        try DerivedPartsTests.expectCachedEqualsClean(site, "first build")
        var saved: [Data] = [try Data(contentsOf: Self.pieces(site, 2022))]
        try Self.switchNarrative(site, to: 1)
        try DerivedPartsTests.expectCachedEqualsClean(site, "second version")
        saved.append(try Data(contentsOf: Self.pieces(site, 2022)))
        var version = 1
        var flipped = saved[1]
        flipped[flipped.count - 10] ^= 0x01
        let otherKey = Data(saved[1].replacingOccurrences(of: Data(CheckCache(root: site.root).key.utf8),
                                                          with: Data(String(repeating: "0", count: 64).utf8)))
        for damaged in LoadSnapshotTests.damaged(saved[1], format: DerivedSnapshots.piecesFormat) + [flipped, otherKey] {
            try damaged.write(to: Self.pieces(site, 2022))
            version = 1 - version
            try Self.switchNarrative(site, to: version)
            try DerivedPartsTests.expectCachedEqualsClean(site, "a damaged 2022.pieces")
            #expect(try Data(contentsOf: Self.pieces(site, 2022)) == saved[version], "written anew")
        }
    }
}
