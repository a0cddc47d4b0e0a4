import Foundation
import PortalModel

extension Extraction {
    /// A report published as pictures (`PublishedPictures`), read by OCR as a scanned PDF of them; that PDF is kept as the
    /// original. `pictures`: each picture's name and bytes, in the order of the report's pages.
    static func lines(ofPictures pictures: [(name: String, data: Data)], path: String) -> Result<SourceDocument, ImportFailure> {
        let whole = SourceLocation(path: path)
        let made: (pdf: Data, pages: Int)
        switch PublishedPictures.pdf(of: pictures, path: path) {
        case .success(let pdf): made = pdf
        case .failure(let failure): return .failure(failure)
        }
        let scanned = ScratchFolder.using("pictures") { folder -> Result<(lines: [SourceLine], settings: [UprightPages.Setting]), ImportFailure>? in
            let file = folder.appendingPathComponent("pictures.pdf")
            guard (try? made.pdf.write(to: file)) != nil else { return nil }
            return PDFExtractor.lines(ofScanned: file, path: path)
        }
        guard let scanned = scanned ?? nil else {
            return .failure(.error(.importUnreadable, at: whole, "cannot write the pictures' PDF in \(ScratchFolder.location)"))
        }
        return scanned.map { read in
            let setting = UprightPages.described(read.settings).map { ", \($0) before reading" } ?? ""
            let named = pictures.map(\.name).joined(separator: ", ")
            let put = switch (pictures.count, made.pages) {
            case (1, 1): "the picture (\(named)) was read"
            case (1, let pages): "the picture (\(named)) was cut into \(pages) pages and read"
            case (let count, let pages): "the \(count) pictures (\(named)) were put together as \(pages) page\(pages == 1 ? "" : "s") and read"
            }
            let warning = Diagnostic.warning(.importOCR, at: whole, "\(put) by OCR (Tesseract, \(ScannedPages.language)\(setting)): every figure and sentence is what it read, not text the agency published",
                                             hint: "compare each cell and narrative with the pictures before building; the checks catch a misread figure only where it breaks an identity")
            var document = SourceDocument(format: .pictureOCR, lines: read.lines, pageDates: [], warnings: [warning])
            document.original = made.pdf
            document.outsideTitles = pictures.prefix(1).map { ($0.name as NSString).deletingPathExtension }
            return document
        }
    }
}
