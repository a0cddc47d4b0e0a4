import Foundation
import PortalModel
import PortalTestSupport
@testable import PortalWrite
import Testing

/// The site a build replaced is kept as a spare beside the output, and the
/// next build brings it up to date and swaps it in (`SpareOutput`).
@Suite("Spare output")
struct SpareOutputTests {
    let scratch: ScratchFolder
    var parent: URL { scratch.url }

    init() throws {
        scratch = try ScratchFolder("portal-spare")
    }

    var output: URL { parent.appendingPathComponent("public") }
    var spare: URL { parent.appendingPathComponent(".public.spare") }

    /// One build of `files` (path → text), with `kept` taken from the
    /// build it replaces, as the pipeline opens it. Returns whether the
    /// spare was used, and the build for the next one to replace.
    @discardableResult
    func build(_ files: [String: String], kept: [String] = [], after previous: PreviousBuild?) throws -> (usedSpare: Bool, next: PreviousBuild) {
        let sink = try SpareOutput.open(output: output, previous: previous)
        for (path, text) in files.sorted(by: { $0.key < $1.key }) { try sink.write(path, contents: Data(text.utf8)) }
        for path in kept { #expect(sink.reuse(path), "\(path) not kept") }
        let manifest = try sink.commit()
        return (sink is SpareOutput, PreviousBuild(manifest: manifest, finished: Date().timeIntervalSince1970))
    }

    func text(_ folder: URL) throws -> [String: String] {
        try snapshotFolder(folder).filter { $0.key != Manifest.fileName && $0.key != SpareFolder.stateName }
            .mapValues { String(decoding: $0, as: UTF8.self) }
    }

    static func inode(_ url: URL) -> UInt64 {
        var info = stat()
        return lstat(url.path, &info) == 0 ? UInt64(info.st_ino) : 0
    }

    static let first = ["index.html": "1", "a/page.html": "A", "gone/page.html": "G"]
    static let second = ["index.html": "2", "a/page.html": "A", "gone/page.html": "G"]
    static let third = ["index.html": "3", "a/page.html": "A", "new/x.html": "X"]

    @Test func theSpareIsMadeFromTheReplacedSiteThenBroughtUpToDate() throws {
        let one = try build(Self.first, after: nil)
        #expect(!one.usedSpare)
        #expect(!FileManager.default.fileExists(atPath: spare.path), "a first build has no site to keep")
        let two = try build(Self.second, after: one.next)
        #expect(!two.usedSpare)
        // The replaced site is kept, and known clean.
        #expect(SpareFolder(beside: output).verified() == one.next.manifest)
        let kept = Self.inode(spare.appendingPathComponent("a/page.html"))

        let three = try build(Self.third, after: two.next)
        #expect(three.usedSpare)
        #expect(try text(output) == Self.third)
        // An unchanged file stays where it was: the same file, not written again.
        #expect(Self.inode(output.appendingPathComponent("a/page.html")) == kept)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("gone").path), "a folder left empty is removed")
        #expect(Manifest.parse(try Data(contentsOf: output.appendingPathComponent(Manifest.fileName))) == three.next.manifest)
        // The site it replaced is the spare now.
        #expect(try text(spare) == Self.second)
        #expect(SpareFolder(beside: output).verified() == two.next.manifest)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: parent.path)) == ["public", ".public.spare"])
    }

    /// After a staged build the spare shares most files with the live site
    /// by hard link: changing one in the spare must not change the live one.
    @Test func aFileSharedWithTheLiveSiteIsReplacedNotWrittenInto() throws {
        let one = try build(Self.first, after: nil)
        let two = try build(["index.html": "2", "a/page.html": "A"], kept: ["gone/page.html"], after: one.next)
        let shared = output.appendingPathComponent("gone/page.html")
        #expect(Self.inode(shared) == Self.inode(spare.appendingPathComponent("gone/page.html")))
        let sink = try SpareOutput.open(output: output, previous: two.next)
        try sink.write("gone/page.html", contents: Data("changed".utf8))
        #expect(try String(contentsOf: shared, encoding: .utf8) == "G", "the live site changed before the swap")
        try sink.write("index.html", contents: Data("3".utf8))
        try sink.commit()
        #expect(try text(output) == ["index.html": "3", "gone/page.html": "changed"])
        #expect(try text(spare) == ["index.html": "2", "a/page.html": "A", "gone/page.html": "G"])
    }

    /// A file kept from the live site that the spare holds otherwise (it
    /// changed in the last build) is copied from the live site.
    @Test func aKeptFileTheSpareLacksIsCopiedFromTheLiveSite() throws {
        let one = try build(["index.html": "1", "k.json": "K1"], after: nil)
        let two = try build(["index.html": "2", "k.json": "K2", "only-two.json": "O"], after: one.next)
        let sink = try SpareOutput.open(output: output, previous: two.next)
        #expect(sink is SpareOutput)
        try sink.write("index.html", contents: Data("3".utf8))
        #expect(sink.reuse("k.json"))
        #expect(sink.reuse("only-two.json"))
        #expect(sink.reusedContents("k.json") == Data("K2".utf8))
        #expect(sink.reusedContents("only-two.json") == Data("O".utf8))
        #expect(!sink.reuse("missing.json"))
        let manifest = try sink.commit()
        let expected = ["index.html": "3", "k.json": "K2", "only-two.json": "O"]
        #expect(try text(output) == expected)
        let clean = try StagedOutput(output: parent.appendingPathComponent("clean"))
        for (path, text) in expected { try clean.write(path, contents: Data(text.utf8)) }
        #expect(manifest == (try clean.commit()))
    }

    @Test func twoWritesOfOnePathAreRefused() throws {
        let one = try build(Self.first, after: nil)
        let two = try build(Self.second, after: one.next)
        let sink = try SpareOutput.open(output: output, previous: two.next)
        #expect(sink is SpareOutput)
        try sink.write("a.html", contents: Data())
        #expect(throws: StagedOutput.WriteError.self) { try sink.write("a.html", contents: Data()) }
        #expect(throws: StagedOutput.WriteError.self) { try sink.write("../outside.html", contents: Data()) }
    }

    /// Each path is claimed once, kept or written; a file only the spare
    /// lists (gone from the live site since) is never kept.
    @Test func eachPathIsClaimedOnceAndOnlyTheLiveSitesFilesAreKept() throws {
        let one = try build(["index.html": "1", "old.html": "O", "same.html": "S"], after: nil)
        let two = try build(["index.html": "2", "k.json": "K", "same.html": "S"], after: one.next)
        let sink = try SpareOutput.open(output: output, previous: two.next)
        #expect(sink is SpareOutput)
        #expect(!sink.reuse("old.html"), "the spare has it, the live site does not")
        #expect(sink.reuse("k.json") && sink.reuse("same.html"))
        #expect(!sink.reuse("k.json") && !sink.reuse("same.html"), "kept once")
        #expect(throws: StagedOutput.WriteError.self) { try sink.write("same.html", contents: Data("S".utf8)) }
        try sink.write("new.html", contents: Data("N".utf8))
        #expect(throws: StagedOutput.WriteError.self) { try sink.write("new.html", contents: Data("N".utf8)) }
        #expect(!sink.reuse("new.html"))
        #expect(sink.reusedContents("k.json") == Data("K".utf8) && sink.reusedContents("old.html") == nil)
        try sink.write("index.html", contents: Data("3".utf8))
        try sink.commit()
        #expect(try text(output) == ["index.html": "3", "k.json": "K", "same.html": "S", "new.html": "N"])
    }

    /// The live site's list and the spare's, walked side by side: each path
    /// once, with its live entry (the first of a path listed twice) and its
    /// place among the spare's files.
    @Test func theTableOfPathsHoldsEachPathOnceFromBothLists() {
        func entry(_ path: String, _ size: Int = 1) -> Manifest.Entry { Manifest.Entry(path: path, size: size, sha256: "x") }
        let (table, slots) = PathSlot.table(previous: [entry("a"), entry("b", 1), entry("b", 2), entry("d")],
                                            spare: [entry("b"), entry("c"), entry("d"), entry("e/f")])
        #expect(table.count == 5 && slots.count == 5)
        func slot(_ path: String) -> PathSlot? { table[path].map { slots[$0] } }
        #expect(slot("a")?.previous == entry("a") && slot("a")?.spare == nil)
        #expect(slot("b")?.previous == entry("b", 1) && slot("b")?.spare == 0)
        #expect(slot("c")?.previous == nil && slot("c")?.spare == 1)
        #expect(slot("d")?.previous == entry("d") && slot("d")?.spare == 2)
        #expect(slot("e/f")?.previous == nil && slot("e/f")?.spare == 3)
        #expect(!slots.contains { $0.claimed })
        #expect(PathSlot.table(previous: [], spare: []).0.isEmpty)
    }

    /// A failed build leaves the live site as it was; the spare it had
    /// begun to change is dirty, and the next build stages and keeps the
    /// site it replaces as a clean spare again.
    @Test func aDiscardedBuildLeavesTheSiteAndADirtySpare() throws {
        let one = try build(Self.first, after: nil)
        let two = try build(Self.second, after: one.next)
        let before = try snapshotFolder(output)
        let sink = try SpareOutput.open(output: output, previous: two.next)
        try sink.write("index.html", contents: Data("half-built".utf8))
        sink.discard()
        #expect(try snapshotFolder(output) == before)
        #expect(SpareFolder(beside: output).verified() == nil)
        let three = try build(Self.third.filter { $0.key != "a/page.html" }, kept: ["a/page.html"], after: two.next)
        #expect(!three.usedSpare)
        #expect(try text(output) == Self.third)
        #expect(try text(spare) == Self.second)
        #expect(try build(Self.first, after: three.next).usedSpare)
        #expect(try text(output) == Self.first)
    }

    /// What may happen to the spare between builds.
    enum Damage: String, CaseIterable, Sendable {
        case fileEditedInPlace, fileAdded, fileRemoved, folderAdded, manifestEdited, markRemoved, spareRemoved, spareReplaced
    }

    /// A spare anyone changed is never swapped in: the build stages, the
    /// output is the new site exactly, and the site it replaced is the
    /// clean spare from then on.
    @Test(arguments: Damage.allCases)
    func aSpareChangedByHandIsNotUsed(_ damage: Damage) throws {
        let one = try build(Self.first, after: nil)
        let two = try build(Self.second, after: one.next)
        // Past the kernel's coarse clock tick: a change now is later than the mark.
        Thread.sleep(forTimeInterval: 0.05)
        let fm = FileManager.default
        switch damage {
        case .fileEditedInPlace:
            let handle = try FileHandle(forWritingTo: spare.appendingPathComponent("a/page.html"))
            try handle.write(contentsOf: Data("B".utf8))
            try handle.close()
        case .fileAdded: try Data("x".utf8).write(to: spare.appendingPathComponent("a/extra.html"))
        case .fileRemoved: try fm.removeItem(at: spare.appendingPathComponent("gone/page.html"))
        case .folderAdded: try fm.createDirectory(at: spare.appendingPathComponent("a/more"), withIntermediateDirectories: false)
        case .manifestEdited: try Data("{}".utf8).write(to: spare.appendingPathComponent(Manifest.fileName))
        case .markRemoved: try fm.removeItem(at: spare.appendingPathComponent(SpareFolder.stateName))
        case .spareRemoved: try fm.removeItem(at: spare)
        case .spareReplaced:
            let copy = parent.appendingPathComponent("copy")
            try fm.copyItem(at: spare, to: copy)
            try fm.removeItem(at: spare)
            try fm.moveItem(at: copy, to: spare)
        }
        let three = try build(Self.third.filter { $0.key != "a/page.html" }, kept: ["a/page.html"], after: two.next)
        #expect(!three.usedSpare, "\(damage)")
        #expect(try text(output) == Self.third)
        #expect(try text(spare) == Self.second)
        let four = try build(Self.first, after: three.next)
        #expect(four.usedSpare, "\(damage)")
        #expect(try text(output) == Self.first)
    }
}
