import Foundation

/// A web page saved as one file (Chrome's and Edge's “Webpage, Single
/// File”, `.mhtml`; IE's `.mht`): a MIME message whose first text/html part
/// is the page, in quoted-printable or base64. Read as it is, its Chinese
/// text would be `=E4=B8=80`… and its lines cut at 76 characters.
enum MHTMLReader {
    /// Whether the first bytes are a MIME message holding a page.
    static func detect(_ head: Data) -> Bool {
        let text = String(decoding: head.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        return text.contains("mime-version:") && text.contains("multipart/related")
    }

    /// One part of the message: its type, where the page it was saved from had it (`Content-Location`), its
    /// `Content-ID` (without `<>`), and its bytes decoded.
    struct Part {
        var type: String
        var location: String?
        var id: String?
        var body: Data
    }

    /// The page: its bytes and the charset its part declares; nil when the
    /// message holds no text/html part.
    static func page(of data: Data) -> (html: Data, charset: String?, location: String?)? {
        guard let part = parts(of: data, upTo: { $0.lowercased().hasPrefix("text/html") }).first(where: { $0.type.lowercased().hasPrefix("text/html") }) else { return nil }
        return (part.body, parameter("charset", in: part.type), part.location)
    }

    /// The message's parts in its order, up to and including the first whose type `last` accepts (all without it).
    static func parts(of data: Data, upTo last: (String) -> Bool = { _ in false }) -> [Part] {
        let bytes = [UInt8](data)
        let (headers, bodyStart) = Self.headers(bytes, from: 0)
        guard let boundary = parameter("boundary", in: headers["content-type"] ?? "") else { return [] }
        let delimiter = Array("--\(boundary)".utf8)
        var parts: [Part] = []
        var position = bodyStart
        while let start = find(delimiter, in: bytes, from: position) {
            var partStart = start + delimiter.count
            // The closing delimiter (--boundary--) ends the message.
            if bytes[partStart...].starts(with: Array("--".utf8)) { break }
            while partStart < bytes.count, bytes[partStart] != 0x0A { partStart += 1 }
            let (partHeaders, contentStart) = Self.headers(bytes, from: partStart + 1)
            let end = find(delimiter, in: bytes, from: contentStart) ?? bytes.count
            let type = partHeaders["content-type"] ?? "text/plain"
            let body = Array(bytes[min(contentStart, end)..<end])
            let encoding = (partHeaders["content-transfer-encoding"] ?? "").lowercased().trimmingCharacters(in: .whitespaces)
            let decoded: Data = switch encoding {
            case "quoted-printable": Data(quotedPrintable(body))
            case "base64": Data(base64Encoded: String(decoding: body, as: UTF8.self), options: .ignoreUnknownCharacters) ?? Data()
            default: Data(body)
            }
            let id = partHeaders["content-id"].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "<> ")) }
            parts.append(Part(type: type, location: partHeaders["content-location"], id: id, body: decoded))
            if last(type) { break }
            position = end
        }
        return parts
    }

    /// Header fields from `start` to the blank line (folded lines joined), names lower-cased.
    private static func headers(_ bytes: [UInt8], from start: Int) -> ([String: String], Int) {
        var fields: [String: String] = [:]
        var last: String?
        var position = start
        while position < bytes.count {
            var end = position
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let line = String(decoding: bytes[position..<end], as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            position = end + 1
            if line.isEmpty { break }
            if line.first == " " || line.first == "\t", let name = last {
                fields[name, default: ""] += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].lowercased()
                fields[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                last = name
            }
        }
        return (fields, position)
    }

    /// `name=value` or `name="value"` in a header's parameters.
    private static func parameter(_ name: String, in header: String) -> String? {
        for part in header.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == name else { continue }
            return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start <= bytes.count - needle.count else { return nil }
        var position = start
        while position <= bytes.count - needle.count {
            if bytes[position] == needle[0], bytes[position..<position + needle.count].elementsEqual(needle) { return position }
            position += 1
        }
        return nil
    }

    /// RFC 2045: `=XX` is a byte, `=` at a line's end joins it to the next.
    static func quotedPrintable(_ body: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var position = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            default: nil
            }
        }
        while position < body.count {
            let byte = body[position]
            guard byte == UInt8(ascii: "=") else {
                out.append(byte)
                position += 1
                continue
            }
            if position + 2 < body.count, let high = hex(body[position + 1]), let low = hex(body[position + 2]) {
                out.append(high << 4 | low)
                position += 3
            } else if position + 1 < body.count, body[position + 1] == 0x0A {
                position += 2
            } else if position + 2 < body.count, body[position + 1] == 0x0D, body[position + 2] == 0x0A {
                position += 3
            } else {
                out.append(byte)
                position += 1
            }
        }
        return out
    }
}
