import Foundation

/// A web page that shows its report as pictures (a site's article of page scans or one long picture, no text): the
/// pictures as the page was saved with them (a browser's “save page, complete” writes them to a folder beside it and
/// points the page at them), read with `--ocr` as the report's pictures are. Never fetched: a picture the page names
/// by a web address is missing, and so is one outside the page's folder.
enum PagePictures {
    /// Narrower pictures are a page's icons, logos and QR codes, not a report's pages.
    static let narrowest = 400

    struct Found {
        /// The report's pictures, in the page's order: each one's name and bytes.
        var saved: [(name: String, data: Data)] = []
        /// The addresses of pictures not saved beside the page (web addresses, files not there).
        var missing: [String] = []
    }

    /// The pictures `sources` (as the page's `src` give them) of the page saved at `page`.
    static func saved(_ sources: [String], besidePage page: URL) -> Found {
        let folder = page.deletingLastPathComponent().standardizedFileURL.path
        return found(sources) { address in
            guard !address.contains("://"), !address.hasPrefix("//"), !address.hasPrefix("/") else { return nil }
            let path = String(address.prefix { $0 != "?" && $0 != "#" })
            let file = URL(fileURLWithPath: path.removingPercentEncoding ?? path, relativeTo: URL(fileURLWithPath: folder + "/")).standardizedFileURL
            guard file.path.hasPrefix(folder + "/"), let data = FileManager.default.contents(atPath: file.path) else { return nil }
            return (file.lastPathComponent, data)
        }
    }

    /// The pictures `sources` of a page saved as one file (`.mhtml`): the message's parts, found by the address each
    /// had on the site (`Content-Location`, a `src` resolved against the page's own) or by `cid:`.
    static func saved(_ sources: [String], inMessage parts: [MHTMLReader.Part], pageLocation: String?) -> Found {
        var byLocation: [String: MHTMLReader.Part] = [:], byID: [String: MHTMLReader.Part] = [:]
        for part in parts where part.type.lowercased().hasPrefix("image/") {
            // The first part under an address is the picture (a browser saves each once).
            if let location = part.location, byLocation[comparable(location)] == nil { byLocation[comparable(location)] = part }
            if let id = part.id, byID[id] == nil { byID[id] = part }
        }
        let base = pageLocation.flatMap { URL(string: $0) ?? URL(string: $0.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed) ?? "") }
        return found(sources) { address in
            let part: MHTMLReader.Part?
            if address.lowercased().hasPrefix("cid:") {
                part = byID[String(address.dropFirst(4))]
            } else {
                let encoded = address.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed.union(["%", "#"])) ?? address
                let resolved = URL(string: encoded, relativeTo: base)?.absoluteString ?? address
                part = byLocation[comparable(resolved)] ?? byLocation[comparable(address)]
            }
            guard let part else { return nil }
            let name = (part.location.flatMap { URL(string: $0)?.lastPathComponent } ?? part.id).flatMap { $0.isEmpty ? nil : $0 } ?? "picture"
            return (name.removingPercentEncoding ?? name, part.body)
        }
    }

    /// An address as compared: percent escapes decoded, no fragment.
    private static func comparable(_ address: String) -> String {
        let kept = String(address.prefix { $0 != "#" }).trimmingCharacters(in: .whitespacesAndNewlines)
        return kept.removingPercentEncoding ?? kept
    }

    /// The report's pictures among `sources`, `data:` ones read here, the others through `lookup` (nil: not saved).
    private static func found(_ sources: [String], lookup: (String) -> (name: String, data: Data)?) -> Found {
        var found = Found()
        for source in sources {
            let address = source.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !address.isEmpty else { continue }
            if address.hasPrefix("data:") {
                if let data = inline(address), let picture = reportPicture(data, name: "picture-\(found.saved.count + 1)") { found.saved.append(picture) }
            } else if let (name, data) = lookup(address) {
                if let picture = reportPicture(data, name: name) { found.saved.append(picture) }
            } else {
                found.missing.append(address)
            }
        }
        return found
    }

    /// A picture of a report's page: a PNG, JPEG, GIF or WebP at least `narrowest` wide (a damaged one is kept, to be
    /// refused naming it); nil for icons and other files.
    private static func reportPicture(_ data: Data, name: String) -> (name: String, data: Data)? {
        let width: Int?
        switch PublishedPictures.kind(of: data) {
        case "PNG": width = data.count >= 24 ? Int(PNGPicture.bigEndian([UInt8](data.prefix(24)), 16)) : nil
        case "JPEG": width = (try? JPEGPicture(data))?.width
        case "GIF": width = data.count >= 8 ? Int(data[data.startIndex + 6]) | Int(data[data.startIndex + 7]) << 8 : nil
        case "WebP": width = WebPPicture.dimensions(data)?.width
        default: return nil
        }
        guard (width ?? narrowest) >= narrowest else { return nil }
        return (name, data)
    }

    /// A `data:` address's bytes (base64 only: a picture is never written as text).
    private static func inline(_ address: String) -> Data? {
        guard let comma = address.firstIndex(of: ","), address[..<comma].hasSuffix(";base64") else { return nil }
        return Data(base64Encoded: String(address[address.index(after: comma)...]), options: .ignoreUnknownCharacters)
    }
}
