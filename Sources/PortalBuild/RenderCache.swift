import Crypto
import Foundation
import PortalModel
import PortalSupport
import PortalWrite

/// What a build keeps for the next one: each report's render key (see
/// `RenderReuse`), in `.portal-cache/` in the site folder, which git ignores.
/// The keys describe one output folder as one build left it; they are used
/// only while that folder still holds exactly that build (its manifest's
/// digest is recorded with them), so a hand-edited or foreign output is
/// rendered in full.
struct RenderCache {
    let root: URL
    let output: URL

    static let folderName = ".portal-cache"

    var file: URL {
        let name = SHA256.hash(data: Data(output.path.utf8)).prefix(8).lowercaseHex
        return root.appendingPathComponent(Self.folderName).appendingPathComponent("render-\(name).json")
    }

    /// What the build now in the output folder left: its keys, manifest and
    /// end; nil when there is none, or the folder no longer holds it.
    func previous() -> (keys: [String: String], build: PreviousBuild)? {
        guard let data = try? Data(contentsOf: file), let saved = Self.parse(data),
              let live = try? Data(contentsOf: output.appendingPathComponent(Manifest.fileName)),
              Self.digest(live) == saved.manifest, let manifest = Manifest.parse(live) else { return nil }
        return (saved.keys, PreviousBuild(manifest: manifest, finished: saved.finished))
    }

    /// The layout `save` writes, one key per line (tens of thousands at
    /// national scale), or nil when the file is anything else. The keys
    /// are read byte by byte (Foundation's string search on every line was
    /// a tenth of a one-change rebuild).
    static func parse(_ data: Data) -> (manifest: String, finished: Double, keys: [String: String])? {
        data.withUnsafeBytes { raw -> (manifest: String, finished: Double, keys: [String: String])? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let newline = UInt8(ascii: "\n"), quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
            guard let headEnd = bytes.firstIndex(of: newline) else { return nil }
            let head = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<headEnd]), as: UTF8.self)
            guard !head.contains("\\"), head.hasPrefix("{\"format\":\"transparency-portal/render-cache@2\",\"manifest\":\""),
                  let manifestEnd = head.range(of: "\",\"finished\":"), let finishedEnd = head.range(of: ",\"keys\":{"),
                  let finished = Double(head[manifestEnd.upperBound..<finishedEnd.lowerBound]) else { return nil }
            let manifest = String(head[head.index(head.startIndex, offsetBy: 59)..<manifestEnd.lowerBound])
            // The lines after the head, empty ones aside: "folder":"key", each, then }}.
            var lines: [Range<Int>] = []
            var start = headEnd + 1
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
                if end > start { lines.append(start..<end) }
                start = end + 1
            }
            guard let last = lines.popLast(), bytes[last].elementsEqual("}}".utf8) else { return nil }
            var keys: [String: String] = [:]
            keys.reserveCapacity(lines.count)
            for var line in lines {
                if bytes[line.upperBound - 1] == UInt8(ascii: ",") { line = line.lowerBound..<(line.upperBound - 1) }
                // "folder":"key": four quotes, the first and last at the ends, ":" between the middle two.
                guard line.count >= 5, bytes[line.lowerBound] == quote, bytes[line.upperBound - 1] == quote,
                      !bytes[line].contains(backslash),
                      let folderEnd = bytes[(line.lowerBound + 1)..<line.upperBound].firstIndex(of: quote),
                      folderEnd + 3 < line.upperBound, bytes[folderEnd + 1] == UInt8(ascii: ":"), bytes[folderEnd + 2] == quote,
                      !bytes[(folderEnd + 3)..<(line.upperBound - 1)].contains(quote) else { return nil }
                keys[String(decoding: UnsafeBufferPointer(rebasing: bytes[(line.lowerBound + 1)..<folderEnd]), as: UTF8.self)] =
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[(folderEnd + 3)..<(line.upperBound - 1)]), as: UTF8.self)
            }
            return (manifest, finished, keys)
        }
    }

    /// Saves the keys of the build just swapped in. A cache that cannot be
    /// written costs the next build time, never correctness. `digest`: the
    /// SHA-256 of the manifest file as the build wrote it, when it knows it
    /// (else the manifest is serialized again to hash it).
    func save(_ keys: [String: String], manifest: @autoclosure () -> Manifest, digest: String? = nil) {
        // A moment after the swap: every file of the new site is older.
        let finished = Date().timeIntervalSince1970
        let digest = digest ?? Self.digest(manifest().serializedData())
        // Made as bytes in one buffer (≈ 1 MB at 10,000 reports), at the end of a build that still holds the site.
        var text: [UInt8] = []
        text.reserveCapacity(256 + keys.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count + 7 })
        text.append(contentsOf: "{\"format\":\"transparency-portal/render-cache@2\",\"manifest\":\"\(digest)\",".utf8)
        text.append(contentsOf: "\"finished\":\(finished),\"keys\":{\n".utf8)
        for (position, folder) in keys.keys.sorted().enumerated() {
            if position > 0 { text.append(contentsOf: ",\n".utf8) }
            text.append(UInt8(ascii: "\""))
            text.append(contentsOf: folder.utf8)
            text.append(contentsOf: "\":\"".utf8)
            text.append(contentsOf: keys[folder]!.utf8)
            text.append(UInt8(ascii: "\""))
        }
        text.append(contentsOf: "\n}}\n".utf8)
        Self.makeFolder(file.deletingLastPathComponent())
        text.withUnsafeMutableBytes { bytes in
            try? Data(bytesNoCopy: bytes.baseAddress!, count: bytes.count, deallocator: .none).write(to: file, options: .atomic)
        }
        // `.portal-cache/` itself: check.cache's temporary of a killed run.
        SnapshotFile.removeOrphans(in: file.deletingLastPathComponent())
    }

    /// `.portal-cache/`, with a `.gitignore` that keeps it out of git in any
    /// site (pytest's and Ruff's habit).
    static func makeFolder(_ folder: URL) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ignore = folder.appendingPathComponent(".gitignore")
        if !FileManager.default.fileExists(atPath: ignore.path) {
            try? Data("# Written by portal: its caches, safe to delete.\n*\n".utf8).write(to: ignore, options: .atomic)
        }
    }

    /// Everything besides the content that every page is made of: the
    /// portal program, the theme, site.yaml and the site's own forms.
    static func buildInputs(root: URL) -> String {
        var hasher = SHA256()
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
        if let attributes = try? FileManager.default.attributesOfItem(atPath: executable.path) {
            hasher.update(data: Data("\(executable.path)|\(attributes[.size] ?? "")|\((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)".utf8))
        }
        for folder in ["theme", "content/forms"] {
            for path in files(under: root.appendingPathComponent(folder)) { add(path, relativeTo: root, to: &hasher) }
        }
        add(root.appendingPathComponent("content/site.yaml"), relativeTo: root, to: &hasher)
        return hasher.finalize().lowercaseHex
    }

    static func add(_ file: URL, relativeTo root: URL, to hasher: inout SHA256) {
        let contents = (try? Data(contentsOf: file)) ?? Data()
        hasher.update(data: Data("\(file.path.dropFirst(root.path.count))|\(contents.count)|".utf8))
        hasher.update(data: contents)
    }

    static func files(under folder: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var found: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { found.append(url) }
        }
        return found.sorted { $0.path < $1.path }
    }

    static func digest(_ data: Data) -> String {
        SHA256.hash(data: data).lowercaseHex
    }
}
