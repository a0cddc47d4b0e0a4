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
        Data(serializedBytes())
    }

    /// `serialized()` as the bytes made, not copied into a `Data` (a build's
    /// manifest is ≈ 8 MB at 10,000 reports, made while the site is held).
    func serializedBytes() -> [UInt8] {
        ManifestText(entries).bytes
    }

    public static func parse(_ data: Data) -> Manifest? {
        if let manifest = parseOwnLines(data) { return manifest }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let files = object["files"] as? [Any] else { return nil }
        var entries: [Entry] = []
        for file in files {
            // manifest@2: [path, size, sha256]; manifest@1 (a site built before): an object naming them.
            if let line = file as? [Any], line.count == 3, let path = line[0] as? String, let size = line[1] as? Int,
               let sha = line[2] as? String {
                entries.append(Entry(path: path, size: size, sha256: sha))
            } else if let file = file as? [String: Any], let path = file["path"] as? String, let size = file["size"] as? Int,
                      let sha = file["sha256"] as? String {
                entries.append(Entry(path: path, size: size, sha256: sha))
            } else {
                return nil
            }
        }
        return Manifest(entries: entries)
    }

    /// The layout `serialized()` writes, read line by line: a site of
    /// 50,000 reports lists 190,000 files, which JSONSerialization reads
    /// several times slower and into far more memory. Byte by byte: every
    /// rebuild reads two manifests (the live site's and the spare's), and
    /// Foundation's string search took a sixth of a one-change rebuild.
    /// Anything else (a path with an escape, another layout) returns nil
    /// for the general parser.
    static func parseOwnLines(_ data: Data) -> Manifest? {
        data.withUnsafeBytes { raw -> Manifest? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let header = ManifestText.header, footer = ManifestText.footer
            guard bytes.count >= header.count + footer.count, bytes.starts(with: header),
                  bytes[(bytes.count - footer.count)...].elementsEqual(footer) else { return nil }
            var entries: [Entry] = []
            entries.reserveCapacity(bytes.count / 160)
            var start = header.count
            let end = bytes.count - footer.count
            while start < end {
                var lineEnd = start
                while lineEnd < end, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                // Every line but the last ends with a comma.
                var last = lineEnd
                if lineEnd < end {
                    guard last > start, bytes[last - 1] == UInt8(ascii: ",") else { return nil }
                    last -= 1
                }
                guard let entry = Self.entry(UnsafeBufferPointer(rebasing: bytes[start..<last])) else { return nil }
                entries.append(entry)
                start = lineEnd + 1
            }
            return Manifest(entries: entries)
        }
    }

    /// One line without its comma: `["…",…,"…"]` (path, size, sha256).
    private static func entry(_ line: UnsafeBufferPointer<UInt8>) -> Entry? {
        let pathStart = Array("[\"".utf8), sizeStart = Array("\",".utf8)
        let hashStart = Array(",\"".utf8), close = Array("\"]".utf8)
        guard line.count > pathStart.count + sizeStart.count + hashStart.count + close.count, line.starts(with: pathStart),
              line[(line.count - close.count)...].elementsEqual(close), !line.contains(UInt8(ascii: "\\")) else { return nil }
        // A path holds no quote unescaped: the first one ends it.
        guard let pathEnd = line[pathStart.count...].firstIndex(of: UInt8(ascii: "\"")),
              line[pathEnd...].starts(with: sizeStart) else { return nil }
        var position = pathEnd + sizeStart.count
        var size = 0
        let digits = position
        while position < line.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[position]), position - digits < 18 {
            size = size * 10 + Int(line[position] - UInt8(ascii: "0"))
            position += 1
        }
        guard position > digits, line[position...].starts(with: hashStart) else { return nil }
        let hash = position + hashStart.count
        guard hash <= line.count - close.count else { return nil }
        return Entry(path: String(decoding: UnsafeBufferPointer(rebasing: line[pathStart.count..<pathEnd]), as: UTF8.self), size: size,
                     sha256: String(decoding: UnsafeBufferPointer(rebasing: line[hash..<(line.count - close.count)]), as: UTF8.self))
    }
}
