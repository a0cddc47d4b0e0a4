import Foundation
import Testing
@testable import PortalLoader

/// The signature stands for everything the loader reads of a folder: any
/// change it would see must change it, and nothing it cannot vouch for may be kept.
@Suite("Folder signatures")
struct FolderSignatureTests {
    /// An agency folder with one report folder, made for one test.
    struct Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("signature-\(UUID().uuidString)")

        init() throws {
            try write("agency.yaml", "name: 示例\n")
            try write("2021/report.yaml", "year: 2021\n")
            try write("2021/overview.md", "概述。\n")
        }

        func write(_ path: String, _ text: String) throws {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }

        /// The signature as a build takes it, a moment after every change.
        var signature: FolderSignature { FolderSignature.of(url.path, now: FolderSignature.now() + 10_000_000_000, settle: 1) }
    }

    @Test func anUntouchedFolderSignsTheSameAndIsKeepable() throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.url) }
        #expect(folder.signature == folder.signature)
        #expect(folder.signature.keepable)
        #expect(folder.signature.digest.count == 64)
    }

    @Test func everyChangeTheLoaderWouldSeeChangesIt() throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.url) }
        var seen = [folder.signature.digest]
        func changed(_ change: () throws -> Void) throws {
            // Past the clock's tick (file times move in steps of a few milliseconds).
            Thread.sleep(forTimeInterval: 0.02)
            try change()
            let now = folder.signature.digest
            #expect(!seen.contains(now))
            seen.append(now)
        }
        let manager = FileManager.default
        // Same size, other bytes: the times move.
        try changed { try folder.write("2021/overview.md", "概要。\n") }
        try changed { try folder.write("2021/attachment.pdf", "%PDF") }
        try changed { try manager.removeItem(at: folder.url.appendingPathComponent("2021/attachment.pdf")) }
        try changed { try manager.moveItem(at: folder.url.appendingPathComponent("2021"), to: folder.url.appendingPathComponent("2022")) }
        try changed { try folder.write(".hidden", "") }
        // Where one name ends and the next begins counts: "ab" + "c" is not "a" + "bc".
        try changed { try folder.write("2022/ab", ""); try folder.write("2022/c", "") }
        try changed {
            try manager.removeItem(at: folder.url.appendingPathComponent("2022/ab"))
            try manager.removeItem(at: folder.url.appendingPathComponent("2022/c"))
            try folder.write("2022/a", "")
            try folder.write("2022/bc", "")
        }
    }

    @Test func aFolderItCannotVouchForIsNotKeepable() throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.url) }
        // Just changed: a second change in the same clock tick would leave every stamp as it is.
        #expect(!FolderSignature.of(folder.url.path, settle: 60).keepable)
        // A link: what it leads to can change unseen.
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("2021/linked.md").path,
                                                   withDestinationPath: "/etc/hostname")
        #expect(!folder.signature.keepable)
        // Missing, or a link in place of the folder.
        #expect(!FolderSignature.of(folder.url.path + "-gone", settle: 0).keepable)
        let link = folder.url.path + "-link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.url.path)
        defer { try? FileManager.default.removeItem(atPath: link) }
        #expect(!FolderSignature.of(link, settle: 0).keepable)
    }

    /// The listing read with getdents64 names what the file system's own
    /// listing names, whether the folder takes one read or many (3,000
    /// long names are ≈ 250 KB of entries, eight times the buffer).
    @Test(arguments: [0, 3, 3_000])
    func aListingNamesEveryEntryOnce(count: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("listing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for number in 0..<count {
            let name = number % 3 == 0 ? ".hidden-\(number)" : "报告-\(number)-" + String(repeating: "x", count: 40)
            if number % 5 == 0 {
                try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: false)
            } else {
                try Data().write(to: folder.appendingPathComponent(name))
            }
        }
        let directory = open(folder.path, O_RDONLY | O_DIRECTORY)
        #expect(directory >= 0)
        defer { close(directory) }
        let expected = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(expected.count == count)
        #expect(FolderSignature.names(in: directory) == expected)
        // The listing without getdents64 (another descriptor: a listing reads its descriptor to the end).
        let again = open(folder.path, O_RDONLY | O_DIRECTORY)
        defer { close(again) }
        #expect(FolderSignature.streamed(again) == expected)
        // A file is not a folder: it cannot be listed.
        try Data("x".utf8).write(to: folder.appendingPathComponent("file"))
        let file = open(folder.appendingPathComponent("file").path, O_RDONLY)
        defer { close(file) }
        #expect(FolderSignature.names(in: file) == nil)
    }

    /// Subfolders as the loader lists content/agencies: folders and links to
    /// folders, sorted; not files, links to files or nowhere, or hidden names.
    @Test func subfoldersAreFoldersAndLinksToFoldersNotFilesOrHiddenOnes() throws {
        let folder = try Folder()
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let manager = FileManager.default
        try folder.write("b-agency/agency.yaml", "name: 乙\n")
        try folder.write("中文机关/agency.yaml", "name: 丙\n")
        try folder.write(".hidden/agency.yaml", "name: 丁\n")
        try folder.write("notes.txt", "不是文件夹\n")
        try manager.createSymbolicLink(atPath: folder.url.appendingPathComponent("a-linked").path, withDestinationPath: "b-agency")
        try manager.createSymbolicLink(atPath: folder.url.appendingPathComponent("c-file-link").path, withDestinationPath: "notes.txt")
        try manager.createSymbolicLink(atPath: folder.url.appendingPathComponent("d-nowhere").path, withDestinationPath: "gone")
        let listed = try #require(FolderListing.subfolders(of: folder.url.path))
        #expect(listed == ["2021", "a-linked", "b-agency", "中文机关"])
        // As Foundation sees them (what the loader used before).
        let seen = try manager.contentsOfDirectory(atPath: folder.url.path).filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".") && manager.fileExists(atPath: folder.url.appendingPathComponent(name).path, isDirectory: &isFolder)
                && isFolder.boolValue
        }
        #expect(listed == seen.sorted())
        #expect(FolderListing.subfolders(of: folder.url.appendingPathComponent("notes.txt").path) == [])
        #expect(FolderListing.subfolders(of: folder.url.appendingPathComponent("missing").path) == [])
    }
}

