import Foundation

/// Every file of a built site with its size and SHA-256, written beside the
/// site. Deploys diff against it; tests use it to prove two builds equal.
public struct Manifest: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var path: String
        public var size: Int
        public var sha256: String

        public init(path: String, size: Int, sha256: String) {
            self.path = path
            self.size = size
            self.sha256 = sha256
        }
    }

    public static let fileName = ".portal-manifest.json"

    /// Sorted by path.
    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries.sorted { $0.path < $1.path }
    }

    /// Entries already sorted by path (`LiveOutput` keeps the order of the
    /// manifest it patches: 40,000 paths at 10,000 reports).
    init(sorted entries: [Entry]) {
        self.entries = entries
    }

    public var totalSize: Int { entries.reduce(0) { $0 + $1.size } }

    /// One entry per line, so a diff of two manifests reads well.
    public func serialized() -> String {
        String(decoding: serializedData(), as: UTF8.self)
    }

    /// `serialized()` as bytes.
    public func serializedData() -> Data {
        Data(ManifestText(entries).bytes)
    }

    public static func parse(_ data: Data) -> Manifest? {
        if let manifest = parseOwnLines(data) { return manifest }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let files = object["files"] as? [[String: Any]] else { return nil }
        var entries: [Entry] = []
        for file in files {
            guard let path = file["path"] as? String, let size = file["size"] as? Int,
                  let sha = file["sha256"] as? String else { return nil }
            entries.append(Entry(path: path, size: size, sha256: sha))
        }
        return Manifest(entries: entries)
    }

    /// The layout `serialized()` writes, read line by line: a site of
    /// 50,000 reports lists 190,000 files, which JSONSerialization reads
    /// several times slower and into far more memory. Anything else (a
    /// path with an escape, another layout) returns nil for the general parser.
    static func parseOwnLines(_ data: Data) -> Manifest? {
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3, lines.first == "{\"format\":\"transparency-portal/manifest@1\",\"files\":[",
              lines.removeLast() == "", lines.removeLast() == "]}" else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(lines.count - 1)
        for var line in lines.dropFirst() {
            if line.hasSuffix(",") { line = line.dropLast() }
            guard line.hasPrefix("{\"path\":\""), line.hasSuffix("\"}"), !line.contains("\\"),
                  let sizeStart = line.range(of: "\",\"size\":"), let hashStart = line.range(of: ",\"sha256\":\"", range: sizeStart.upperBound..<line.endIndex),
                  let size = Int(line[sizeStart.upperBound..<hashStart.lowerBound]) else { return nil }
            let path = String(line[line.index(line.startIndex, offsetBy: 9)..<sizeStart.lowerBound])
            let hash = String(line[hashStart.upperBound..<line.index(line.endIndex, offsetBy: -2)])
            entries.append(Entry(path: path, size: size, sha256: hash))
        }
        return Manifest(entries: entries)
    }
}
