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
        var found = Found()
        let folder = page.deletingLastPathComponent().standardizedFileURL.path
        for source in sources {
            let address = source.trimmingCharacters(in: .whitespacesAndNewlines)
            if address.hasPrefix("data:") {
                if let data = inline(address), let (name, picture) = reportPicture(data, name: "picture-\(found.saved.count + 1)") { found.saved.append((name, picture)) }
                continue
            }
            guard !address.isEmpty, !address.contains("://"), !address.hasPrefix("//"), !address.hasPrefix("/") else {
                if !address.isEmpty { found.missing.append(address) }
                continue
            }
            let path = String(address.prefix { $0 != "?" && $0 != "#" })
            let file = URL(fileURLWithPath: path.removingPercentEncoding ?? path, relativeTo: URL(fileURLWithPath: folder + "/")).standardizedFileURL
            guard file.path.hasPrefix(folder + "/"), let data = FileManager.default.contents(atPath: file.path) else {
                found.missing.append(address)
                continue
            }
            if let picture = reportPicture(data, name: file.lastPathComponent) { found.saved.append(picture) }
        }
        return found
    }

    /// A picture of a report's page: a PNG or JPEG at least `narrowest` wide (a damaged one is kept, to be refused
    /// naming it); nil for icons and other files.
    private static func reportPicture(_ data: Data, name: String) -> (name: String, data: Data)? {
        guard let kind = PublishedPictures.kind(of: data) else { return nil }
        let width = kind == "PNG" ? (data.count >= 24 ? Int(PNGPicture.bigEndian([UInt8](data.prefix(24)), 16)) : nil) : (try? JPEGPicture(data))?.width
        guard (width ?? narrowest) >= narrowest else { return nil }
        return (name, data)
    }

    /// A `data:` address's bytes (base64 only: a picture is never written as text).
    private static func inline(_ address: String) -> Data? {
        guard let comma = address.firstIndex(of: ","), address[..<comma].hasSuffix(";base64") else { return nil }
        return Data(base64Encoded: String(address[address.index(after: comma)...]), options: .ignoreUnknownCharacters)
    }
}
