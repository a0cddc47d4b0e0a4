import CLibXML2
import Foundation
import PortalModel

/// A web page as saved from a government site → lines, through libxml2's
/// HTML parser (made for broken markup). The charset comes from the BOM,
/// the `<meta>` tag (http-equiv or charset) or the content itself.
enum HTMLExtractor {
    /// `charset`: what the page's bytes are in, when a container says so
    /// (a saved .mhtml's part); otherwise the page's own declaration.
    static func lines(of data: Data, path: String, charset: String? = nil) -> Result<[SourceLine], ImportFailure> {
        page(of: data, path: path, charset: charset).map(\.lines)
    }

    /// A page as read: its lines, and what they leave out.
    struct Page {
        var lines: [SourceLine]
        /// The texts of its furniture that print when it was published (发布日期：…).
        var dates: [String]
        var attachments: [SourceDocument.Attachment]
        /// Its head's titles (`ArticleTitle`, `<title>`).
        var titles: [String]
        /// The addresses of the article's pictures, in order.
        var pictures: [String] = []
    }

    static func page(of data: Data, path: String, charset: String? = nil) -> Result<Page, ImportFailure> {
        let label = charset?.lowercased() ?? declaredCharset(data)
        if let label, !TextDecoding.isKnown(label) {
            return .failure(.error(.importEncoding, at: SourceLocation(path: path),
                                   "the page declares the encoding “\(label)”, which the import does not know (it reads UTF-8, UTF-16 and GBK/GB2312/GB18030)",
                                   hint: "save the page as UTF-8 and import it again"))
        }
        guard let text = TextDecoding.decode(data, charset: label) else {
            return .failure(.error(.importEncoding, at: SourceLocation(path: path),
                                   "the page is not in the encoding it declares (\(label ?? "none declared; neither UTF-8 nor GBK"))",
                                   hint: "save the page again from the browser, or as UTF-8"))
        }
        let bytes = Array(text.utf8)
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
                }
            } ?? nil
        }
        guard let document else {
            return .failure(.error(.importUnreadable, at: SourceLocation(path: path), "the web page cannot be parsed",
                                   hint: "save it again from the browser (“save page as”, HTML only)"))
        }
        defer { xmlFreeDoc(document) }
        var reader = HTMLDocumentReader()
        if let root = xmlDocGetRootElement(document) {
            // A WeChat article: its title and body only, the platform's furniture around them left out.
            if let article = WeChatArticle(root) {
                article.read(into: &reader)
                if let date = article.publicationDate(root: root, page: text) { reader.pageDates.append(date) }
            } else {
                reader.read(root)
            }
        }
        let lines = reader.finish()
        // A CMS that pages long articles: what this file holds is part of the report, and
        // a section or its end would be missing without a word, or refused for reasons that mislead.
        if let next = reader.nextPage {
            return .failure(.error(.importPaged, at: SourceLocation(path: path),
                                   "the page is one of several the site splits the report over (it links to the next page, “\(next)”): the rest of the report is not in this file",
                                   hint: "import the report's Word or PDF original if the site offers one, or save every page and import their text joined in one file"))
        }
        // Its cells in the markup's order would be a text read in an order the page does not show.
        if let line = reader.unplacedGrid {
            return .failure(.error(.importUnreadable, at: SourceLocation(path: path, line: line),
                                   "a table drawn as a CSS grid has a cell spanning rows (`grid-row: span …`): where the browser places the cells after it cannot be read from the page",
                                   hint: "import the report's Word or PDF file if the site offers one, or print the page to PDF and import that"))
        }
        return .success(Page(lines: lines, dates: reader.pageDates, attachments: reader.attachments, titles: reader.pageTitles, pictures: reader.pictures))
    }

    /// The charset a page names in its first bytes: `<meta charset="gbk">`
    /// or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`.
    static func declaredCharset(_ data: Data) -> String? {
        HTMLCharsetProbe.declared(String(decoding: data.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self))
    }
}

/// Finds the charset a page's `<meta>` tag declares.
enum HTMLCharsetProbe {
    static func declared(_ head: String) -> String? {
        let head = head.lowercased()
        guard let regex = try? NSRegularExpression(pattern: #"<meta[^>]*charset\s*=\s*["']?\s*([a-z0-9_\-]+)"#),
              let match = regex.firstMatch(in: head, range: NSRange(head.startIndex..., in: head)),
              let range = Range(match.range(at: 1), in: head) else { return nil }
        return String(head[range])
    }
}
