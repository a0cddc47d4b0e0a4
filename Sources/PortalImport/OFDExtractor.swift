import Foundation
import PortalModel

/// An OFD file (开放版式文档, GB/T 33190) → lines, read as a PDF is: OFD is
/// a fixed layout too, its tables drawn as lines and text placed character
/// by character. The characters' places (`OFDPage`, `OFDTextObject`) give
/// the layout text and word boxes (`OFDLayout`) that the PDF path reads
/// with `pdftotext`; from there the lines, rows and columns are the PDF's.
enum OFDExtractor {
    struct Read {
        var lines: [SourceLine]
        /// What the import should say though it read the file.
        var warnings: [Diagnostic] = []
    }

    static func lines(of data: Data, path: String) -> Result<Read, ImportFailure> {
        let whole = SourceLocation(path: path)
        var package = OFDPackage(data)
        var pages: [OFDPage] = []
        let document: OFDDocument
        do {
            document = try OFDDocument(package: &package)
            for content in document.pages { pages.append(try OFDPage(content, document: document, package: &package)) }
        } catch {
            return .failure(failure(error, at: whole))
        }
        guard !pages.isEmpty else {
            return .failure(.error(.importUnreadable, at: whole, "an OFD document without a page (Document.xml lists none)",
                                   hint: "download it again, or import the report's PDF, Word or web version"))
        }
        let layout = OFDLayout(pages: pages.map(\.glyphs))
        var placed: [SourceLine]
        switch PDFTextLayer.lines(of: layout.text, boxes: layout.boxes) {
        case .success(let lines):
            placed = lines
        case .failure(.noText):
            let pictures = pages.filter(\.holdsPicture).count
            let what = pictures == pages.count ? "a scanned OFD: every page is a picture (\(pages.count) in all), there is no text to read"
                : pictures > 0 ? "a scanned OFD: \(pictures) of its \(pages.count) pages are pictures and it prints no text"
                : "the OFD prints no text on its \(pages.count) pages"
            return .failure(.error(.importUnreadable, at: whole, what,
                                   hint: "ask the agency for the Word or web version, or type the report by hand; the import never guesses figures from images"))
        case .failure(.garbled):
            return .failure(.error(.importUnreadable, at: whole, "the OFD's text cannot be read: its characters are not the printed ones (its fonts' codes, not Unicode)",
                                   hint: "open it in an OFD reader and print it to PDF, or import the report's Word or web version"))
        }
        for index in placed.indices {
            if let page = placed[index].position.page, page <= pages.count, pages[page - 1].holdsPicture { placed[index].holdsPicture = true }
        }
        var read = Read(lines: placed)
        if document.documents > 1 {
            read.warnings.append(.warning(.importOtherDocuments, at: whole,
                                          "the OFD file holds \(document.documents) documents; the first is imported, the other \(document.documents - 1) not read",
                                          hint: "if the report is not the first document, save it from an OFD reader as a file of its own"))
        }
        return .success(read)
    }

    private static func failure(_ error: OFDPackage.Failure, at whole: SourceLocation) -> ImportFailure {
        let again = "download it again, or open it in an OFD reader (数科、福昕、永中) and save it again; or import the report's PDF, Word or web version"
        switch error {
        case .missing(let part):
            return .error(.importUnreadable, at: whole, "the OFD document is incomplete: \(part) is not in the archive", hint: again)
        case .damaged(let part):
            return .error(.importUnreadable, at: whole, "the OFD file is damaged: \(part) cannot be unpacked", hint: again)
        case .tooLarge(let part):
            // A report's pages are a few hundred KB of XML; a "zip bomb" unpacks to gigabytes.
            return .error(.importUnreadable, at: whole,
                          "the OFD file would unpack to more than any report (\(part) past \(OFDPackage.largestPart >> 20) MB a part or \(OFDPackage.largestTotal >> 20) MB in all)",
                          hint: again)
        case .malformed(let part):
            return .error(.importUnreadable, at: whole, "\(part) is not well-formed XML, or declares a DTD or entities, which OFD producers never write",
                          hint: again)
        }
    }
}
