import Crypto
import Foundation
import PortalModel
import PortalTestSupport
@testable import PortalWrite
import Testing

@Suite("Staged output")
struct StagedOutputTests {
    let scratch: ScratchFolder
    var parent: URL { scratch.url }

    init() throws {
        scratch = try ScratchFolder("portal-write")
    }

    var output: URL { parent.appendingPathComponent("public") }

    @Test func commitPutsTheNewSiteInPlaceAndRemovesTheOld() throws {
        let first = try StagedOutput(output: output)
        try first.write("index.html", contents: Data("one".utf8))
        try first.write("old/page.html", contents: Data("old".utf8))
        try first.commit()
        let second = try StagedOutput(output: output)
        try second.write("index.html", contents: Data("two".utf8))
        let manifest = try second.commit()
        let files = try snapshotFolder(output)
        #expect(files.keys.sorted() == [Manifest.fileName, "index.html"])
        #expect(files["index.html"] == Data("two".utf8))
        #expect(manifest.entries.map(\.path) == ["index.html"])
        // Nothing is left beside the output: no staging or old folders.
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["public"])
    }

    @Test func manifestRecordsSizeAndSHA256() throws {
        let staged = try StagedOutput(output: output)
        try staged.write("a.txt", contents: Data("abc".utf8))
        let manifest = try staged.commit()
        #expect(manifest.entries == [Manifest.Entry(path: "a.txt", size: 3, sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")])
        let written = try Data(contentsOf: output.appendingPathComponent(Manifest.fileName))
        #expect(Manifest.parse(written) == manifest)
    }

    /// The manifest is written from the record of what was written and
    /// kept: the text `Manifest.serialized()` gives of the same entries,
    /// whatever order the files came in.
    @Test func theManifestWrittenFromTheRecordIsTheSerializedOne() throws {
        let first = try StagedOutput(output: output)
        for index in (0..<600).reversed() { try first.write("kept/\(index).html", contents: Data("page \(index)".utf8)) }
        try first.commit()
        let previous = Manifest.parse(try Data(contentsOf: output.appendingPathComponent(Manifest.fileName)))!
        // A second build keeps half the files (linked), writes the rest anew, and adds some.
        let second = try StagedOutput(output: output, previous: PreviousBuild(manifest: previous, finished: Date().timeIntervalSince1970 + 1))
        for index in 0..<600 {
            if index.isMultiple(of: 2) {
                #expect(second.reuse("kept/\(index).html"))
            } else {
                try second.write("kept/\(index).html", contents: Data("page \(index) again".utf8))
            }
        }
        try second.write("新/页.html", contents: Data("新".utf8))
        let totals = second.totals
        let manifest = try second.commit()
        let written = try Data(contentsOf: output.appendingPathComponent(Manifest.fileName))
        #expect(written == manifest.serializedData())
        #expect(manifest.entries.count == 601 && totals.files == 601 && totals.bytes == manifest.totalSize)
        #expect(second.manifestDigest == SHA256.hash(data: written).lowercaseHex)
        #expect(manifest.entries.filter { $0.path.hasPrefix("kept/") && Int($0.path.dropFirst(5).prefix { $0.isNumber })!.isMultiple(of: 2) }
            == previous.entries.filter { Int($0.path.dropFirst(5).prefix { $0.isNumber })!.isMultiple(of: 2) })
    }

    /// Manifests are read back line by line; paths with escapes go through
    /// the general JSON parser, with the same result.
    @Test func manifestsReadBackExactly() throws {
        let plain = Manifest(entries: [Manifest.Entry(path: "agencies/下沙/2021/index.html", size: 33_000, sha256: String(repeating: "a", count: 64)),
                                       Manifest.Entry(path: "data/portal.csv", size: 0, sha256: String(repeating: "0", count: 64))])
        #expect(Manifest.parseOwnLines(Data(plain.serialized().utf8)) == plain)
        let escaped = Manifest(entries: [Manifest.Entry(path: "a \"quoted\" \\ name.txt", size: 1, sha256: String(repeating: "b", count: 64))])
        #expect(Manifest.parseOwnLines(Data(escaped.serialized().utf8)) == nil)
        #expect(Manifest.parse(Data(escaped.serialized().utf8)) == escaped)
        #expect(Manifest.parse(Data(Manifest(entries: []).serialized().utf8)) == Manifest(entries: []))
        #expect(Manifest.parseOwnLines(Data(Manifest(entries: []).serialized().utf8)) == Manifest(entries: []))
    }

    /// The line reader takes its own layout only: any cut or changed byte
    /// of the structure is not read as another manifest.
    @Test func theLineReaderRefusesAnyOtherText() throws {
        let manifest = Manifest(entries: (0..<3).map { Manifest.Entry(path: "p/\($0).html", size: 10 * $0 + 7, sha256: String(repeating: "c", count: 64)) })
        let text = Array(manifest.serialized().utf8)
        #expect(Manifest.parseOwnLines(Data(text)) == manifest)
        for cut in 0..<(text.count - 1) {
            #expect(Manifest.parseOwnLines(Data(text[..<cut])) == nil, "cut at \(cut)")
        }
        for (from, to) in [(",17,", ",1x7,"), (",17,", ",,"), ("\"],\n[\"p/2", "\"]\n[\"p/2"),
                           ("[\"p/1", "[p/1"), (",\"cccc", ",cccc"), ("]}", "]")] {
            let changed = manifest.serialized().replacingOccurrences(of: from, with: to)
            #expect(changed != manifest.serialized())
            #expect(Manifest.parseOwnLines(Data(changed.utf8)) == nil, "\(to)")
        }
    }

    /// manifest@2 writes each entry as [path, size, sha256]; a manifest@1
    /// left by an earlier build (an object a line) is still read.
    @Test func aManifestIsAnArrayALineAndTheObjectsOfVersionOneStillRead() throws {
        let manifest = Manifest(entries: (0..<2).map { Manifest.Entry(path: "p/\($0).html", size: 10 * $0 + 7, sha256: String(repeating: "c", count: 64)) })
        let hash = String(repeating: "c", count: 64)
        #expect(manifest.serialized() == "{\"format\":\"transparency-portal/manifest@2\",\"files\":[\n[\"p/0.html\",7,\"\(hash)\"],\n[\"p/1.html\",17,\"\(hash)\"]\n]}\n")
        let versionOne = "{\"format\":\"transparency-portal/manifest@1\",\"files\":[\n{\"path\":\"p/0.html\",\"size\":7,\"sha256\":\"\(hash)\"},\n{\"path\":\"p/1.html\",\"size\":17,\"sha256\":\"\(hash)\"}\n]}\n"
        #expect(Manifest.parse(Data(versionOne.utf8)) == manifest)
        #expect(Manifest.parse(manifest.serializedData()) == manifest)
    }

    /// A joined file is streamed in pieces of every size, small and larger
    /// than the write buffer: the file and its manifest line hold exactly
    /// the bytes given, in order, however many times the buffer was flushed.
    @Test func aStreamedFileHoldsEveryPieceAcrossFlushes() throws {
        var expected = Data()
        var pieces: [Data] = []
        var seed: UInt8 = 7
        for size in [0, 1, 1_000, HashedStreamFile.flushSize - 1, 1, HashedStreamFile.flushSize, 3 * HashedStreamFile.flushSize + 5, 17] {
            let piece = Data((0..<size).map { _ in seed &+= 31; return seed })
            pieces.append(piece)
            expected.append(piece)
        }
        let staged = try StagedOutput(output: output)
        let file = try staged.stream("data/joined.json")
        for piece in pieces { try file.append(piece) }
        try file.close()
        let manifest = try staged.commit()
        #expect(try Data(contentsOf: output.appendingPathComponent("data/joined.json")) == expected)
        #expect(manifest.entries == [Manifest.Entry(path: "data/joined.json", size: expected.count,
                                                    sha256: SHA256.hash(data: expected).lowercaseHex)])
    }

    @Test func discardLeavesThePreviousOutputUntouched() throws {
        let first = try StagedOutput(output: output)
        try first.write("index.html", contents: Data("good".utf8))
        try first.commit()
        let before = try snapshotFolder(output)
        let second = try StagedOutput(output: output)
        try second.write("index.html", contents: Data("half-built".utf8))
        second.discard()
        #expect(try snapshotFolder(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["public"])
    }

    @Test func anAbandonedStagingFolderIsCleanedUp() throws {
        do {
            let staged = try StagedOutput(output: output)
            try staged.write("index.html", contents: Data("x".utf8))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
    }

    @Test(arguments: ["../escape.html", "/etc/passwd", "a/../../b", "", "a//b", "./a"])
    func pathsOutsideTheOutputAreRefused(path: String) throws {
        let staged = try StagedOutput(output: output)
        #expect(throws: StagedOutput.WriteError.self) { try staged.write(path, contents: Data()) }
        staged.discard()
    }

    @Test func twoWritesToOnePathAreAnError() throws {
        let staged = try StagedOutput(output: output)
        try staged.write("a.html", contents: Data())
        #expect(throws: StagedOutput.WriteError.self) { try staged.write("a.html", contents: Data()) }
        staged.discard()
    }
}

@Suite("Abandoned staging folders")
struct AbandonedStagingTests {
    @Test func aKilledBuildsStagingFolderIsRemovedByTheNextBuild() throws {
        let scratch = try ScratchFolder("portal-write")
        let parent = scratch.url
        let dead = parent.appendingPathComponent(".public.staging-2147483646-abcdef12")
        let alive = parent.appendingPathComponent(".public.staging-\(ProcessInfo.processInfo.processIdentifier)-other")
        for folder in [dead, alive] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let staged = try StagedOutput(output: parent.appendingPathComponent("public"))
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(FileManager.default.fileExists(atPath: alive.path), "a live process's folder is not touched")
        staged.discard()
    }
}
