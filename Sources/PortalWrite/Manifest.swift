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

    public var totalSize: Int { entries.reduce(0) { $0 + $1.size } }

    /// One entry per line, so a diff of two manifests reads well.
    public func serialized() -> String {
        var out = "{\"format\":\"transparency-portal/manifest@1\",\"files\":[\n"
        out += entries.map { entry in
            "{\"path\":\(Manifest.quote(entry.path)),\"size\":\(entry.size),\"sha256\":\"\(entry.sha256)\"}"
        }.joined(separator: ",\n")
        out += "\n]}\n"
        return out
    }

    public static func parse(_ data: Data) -> Manifest? {
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

    /// Lower-case hex of a digest.
    public static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in digest {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
