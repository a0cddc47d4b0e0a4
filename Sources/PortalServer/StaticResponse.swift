import Foundation

/// One response to a GET or HEAD of a file, computed without any server:
/// content type, validators (ETag, Last-Modified) and their 304s, byte
/// ranges and their 206/416. HTML can be decorated (live reload, error
/// overlay) before ranges apply.
public struct StaticResponse: Sendable, Equatable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    public struct Request: Sendable {
        public var isHead = false
        public var ifNoneMatch: String?
        public var ifModifiedSince: String?
        public var range: String?
        public var ifRange: String?

        public init(isHead: Bool = false, ifNoneMatch: String? = nil, ifModifiedSince: String? = nil,
                    range: String? = nil, ifRange: String? = nil) {
            self.isHead = isHead
            self.ifNoneMatch = ifNoneMatch
            self.ifModifiedSince = ifModifiedSince
            self.range = range
            self.ifRange = ifRange
        }
    }

    /// - Parameters:
    ///   - variant: part of the ETag for decorated HTML, so a page changes
    ///     validator when the overlay appears or goes.
    public static func file(_ path: String, request: Request, status: Int = 200, variant: String = "",
                            decorate: ((Data) -> Data)? = nil) throws -> StaticResponse {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let modified = (attributes[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
        var body = try Data(contentsOf: URL(fileURLWithPath: path))
        let type = ContentType.of(path)
        if let decorate, type.hasPrefix("text/html") { body = decorate(body) }

        let tag = "\"\(String(body.count, radix: 16))-\(String(Int(modified.timeIntervalSince1970 * 1000), radix: 16))\(variant.isEmpty ? "" : "-" + variant)\""
        let lastModified = HTTPDate.format(modified)
        var headers = [
            "Content-Type": type,
            "ETag": tag,
            "Last-Modified": lastModified,
            "Accept-Ranges": "bytes",
            // The preview always revalidates, so an edit shows on the next load.
            "Cache-Control": "no-cache",
        ]
        var response = StaticResponse(status: status, headers: headers, body: body)
        guard status == 200 else { return response.finished(head: request.isHead) }

        if let match = request.ifNoneMatch {
            if match.split(separator: ",").contains(where: { let t = $0.trimmingCharacters(in: .whitespaces); return t == tag || t == "W/" + tag || t == "*" }) {
                return StaticResponse(status: 304, headers: headers, body: Data()).finished(head: true)
            }
        } else if variant.isEmpty, let since = request.ifModifiedSince.flatMap(HTTPDate.parse),
                  Int(modified.timeIntervalSince1970) <= Int(since.timeIntervalSince1970) {
            return StaticResponse(status: 304, headers: headers, body: Data()).finished(head: true)
        }

        if let rangeHeader = request.range, request.ifRange == nil || request.ifRange == tag || request.ifRange == lastModified {
            switch ByteRange.parse(rangeHeader, size: body.count) {
            case .none:
                break
            case .unsatisfiable:
                headers["Content-Range"] = "bytes */\(body.count)"
                return StaticResponse(status: 416, headers: headers, body: Data()).finished(head: request.isHead)
            case .range(let range):
                headers["Content-Range"] = "bytes \(range.lowerBound)-\(range.upperBound)/\(body.count)"
                response = StaticResponse(status: 206, headers: headers, body: body.subdata(in: range.lowerBound..<(range.upperBound + 1)))
            }
        }
        return response.finished(head: request.isHead)
    }

    /// Sets Content-Length and drops the body of a HEAD (or 304).
    func finished(head: Bool) -> StaticResponse {
        var copy = self
        copy.headers["Content-Length"] = String(body.count)
        if head || status == 304 { copy.body = Data() }
        if status == 304 { copy.headers["Content-Length"] = nil }
        return copy
    }
}

enum ByteRange: Equatable {
    case none
    case unsatisfiable
    case range(ClosedRange<Int>)

    /// One range of `bytes=a-b`, `bytes=a-` or `bytes=-n`. Anything else
    /// (several ranges, other units, bad syntax) is ignored: the whole file
    /// is sent, as RFC 9110 allows.
    static func parse(_ header: String, size: Int) -> ByteRange {
        let value = header.trimmingCharacters(in: .whitespaces)
        guard value.hasPrefix("bytes="), !value.contains(",") else { return .none }
        let spec = value.dropFirst("bytes=".count)
        let parts = spec.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return .none }
        let first = parts[0].trimmingCharacters(in: .whitespaces), last = parts[1].trimmingCharacters(in: .whitespaces)
        if first.isEmpty {
            guard let suffix = Int(last) else { return .none }
            guard suffix > 0, size > 0 else { return .unsatisfiable }
            return .range(max(0, size - suffix)...(size - 1))
        }
        guard let start = Int(first), start >= 0 else { return .none }
        let end = last.isEmpty ? Int.max : Int(last)
        guard let end, end >= start else { return .none }
        guard start < size else { return .unsatisfiable }
        return .range(start...min(end, size - 1))
    }
}

enum ContentType {
    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8", "csv": "text/csv; charset=utf-8",
        "xml": "application/xml; charset=utf-8", "svg": "image/svg+xml; charset=utf-8",
        "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8",
        "webmanifest": "application/manifest+json; charset=utf-8",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "ico": "image/x-icon", "pdf": "application/pdf", "woff2": "font/woff2", "woff": "font/woff",
        "zip": "application/zip",
    ]

    static func of(_ path: String) -> String {
        byExtension[(path as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
    }
}

/// IMF-fixdate, the one date format HTTP headers use.
enum HTTPDate {
    private static func formatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter
    }

    static func format(_ date: Date) -> String { formatter().string(from: date) }
    static func parse(_ text: String) -> Date? { formatter().date(from: text) }
}
