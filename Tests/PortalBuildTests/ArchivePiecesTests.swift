import Foundation
@testable import PortalBuild
import PortalRender
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
        // Without a kept file the year's pieces are written whole, as after a miss.
        try FileManager.default.removeItem(at: Self.pieces(site, 2022))
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

    static func kept(_ site: TestSite, _ year: Int) -> DerivedParts.YearPieces? {
        DerivedSnapshots(root: site.root, key: CheckCache(root: site.root).key).readPieces(year)
    }

    /// A rebuild that makes a few pieces anew adds them at the end of the
    /// year's file (what was there stays byte for byte), and the latest
    /// piece of a report is the one read; once the file would pass twice
    /// the year's pieces it is written whole again.
    @Test func changedPiecesAreAppendedAndTheFileIsWrittenWholeWhenItGrows() throws {
        let site = try TestSite()
        try DerivedPartsTests.expectCachedEqualsClean(site, "first build")
        let whole = try Data(contentsOf: Self.pieces(site, 2022))
        let count = try #require(Self.kept(site, 2022)).pieces.count
        var previous = whole
        var appended = 0, rewritten = 0
        for round in 1...8 {
            try Self.switchNarrative(site, to: round % 2)
            try DerivedPartsTests.expectCachedEqualsClean(site, "round \(round)")
            let now = try Data(contentsOf: Self.pieces(site, 2022))
            #expect(now.count <= 2 * whole.count + 64, "never much more than twice the year's pieces")
            if now.count > previous.count, now.prefix(previous.count) == previous {
                appended += 1
            } else {
                rewritten += 1
                #expect(now.count < previous.count)
            }
            let kept = try #require(Self.kept(site, 2022))
            #expect(kept.pieces.count == count)
            #expect(Set(kept.pieces.map(\.folder)).count == count, "one piece a report, the latest")
            previous = now
        }
        #expect(appended >= 2)
        #expect(rewritten >= 1)
    }

    /// The pieces read are the latest: after an append, the changed
    /// report's piece is the appended one; a file cut back to its first
    /// record (what an earlier build kept) makes that report's piece again,
    /// since the older piece's key is not the report's.
    @Test func theLatestPieceIsTakenAndAnOlderOneNever() throws {
        let site = try TestSite()
        let street = "example-street/2022"
        let key = { (site: TestSite) in try #require(Self.kept(site, 2022)).pieces.first { $0.folder == street }?.key }
        try DerivedPartsTests.expectCachedEqualsClean(site, "first build")
        let whole = try Data(contentsOf: Self.pieces(site, 2022))
        let first = try key(site)
        try Self.switchNarrative(site, to: 1)
        try DerivedPartsTests.expectCachedEqualsClean(site, "second version")
        let grown = try Data(contentsOf: Self.pieces(site, 2022))
        #expect(grown.count > whole.count && grown.prefix(whole.count) == whole, "the changed piece appended")
        #expect(try key(site) != first, "the appended piece is the one read")
        #expect(try key(site) != nil)
        // The archive written again from the kept pieces alone (2021 changed: 2022 compares with it).
        try site.edit("content/agencies/example-education/2021/overview.md", replacing: "。", with: "。（已更新）")
        try DerivedPartsTests.expectCachedEqualsClean(site, "2022's archive from the kept pieces")
        try whole.write(to: Self.pieces(site, 2022))
        try site.edit("content/agencies/example-education/2021/overview.md", replacing: "。（已更新）", with: "。")
        try DerivedPartsTests.expectCachedEqualsClean(site, "the file cut back to its first record")
    }

    /// A report of the year added or removed: the file is written whole,
    /// with exactly the year's pieces.
    @Test func aReportAddedOrRemovedWritesTheYearWhole() throws {
        let site = try TestSite()
        try DerivedPartsTests.expectCachedEqualsClean(site, "first build")
        let count = try #require(Self.kept(site, 2022)).pieces.count
        let report = "content/agencies/example-street/2022"
        try FileManager.default.moveItem(at: site.url(report), to: site.url("aside"))
        try DerivedPartsTests.expectCachedEqualsClean(site, "a 2022 report removed")
        let removed = try Data(contentsOf: Self.pieces(site, 2022))
        #expect(try #require(Self.kept(site, 2022)).pieces.count == count - 1)
        try FileManager.default.moveItem(at: site.url("aside"), to: site.url(report))
        try DerivedPartsTests.expectCachedEqualsClean(site, "the report back")
        let back = try Data(contentsOf: Self.pieces(site, 2022))
        #expect(back.prefix(removed.count) != removed, "written whole, not appended to")
        #expect(try #require(Self.kept(site, 2022)).pieces.count == count)
    }
}
