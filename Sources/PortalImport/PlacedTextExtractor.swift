import Foundation
import PortalModel

/// A PDF converted to a page of placed text (`PlacedTextPage`) → lines, read
/// as the PDF itself is: its layout text and word boxes from where the runs
/// stand (`OFDLayout`), then the PDF path's rows, columns and blank cells.
enum PlacedTextExtractor {
    /// `what`: the converter's output, as the messages name it (“pdftohtml's page”).
    static func lines(of pages: [[OFDGlyph]], what: String, path: String) -> Result<[SourceLine], ImportFailure> {
        let whole = SourceLocation(path: path)
        let layout = OFDLayout(pages: pages)
        return PDFTextLayer.lines(of: layout.text, boxes: layout.boxes).mapError { problem in
            switch problem {
            case .noText(let letters):
                return .error(.importUnreadable, at: whole, "\(what) places almost no text (\(letters) characters on \(pages.count) pages)",
                              hint: "import the PDF it was converted from, or the report's Word or web version")
            case .garbled:
                return .error(.importGarbledPdf, at: whole,
                              "\(what) holds the PDF's text as unreadable as the PDF's own text layer: its characters are not the printed ones (fonts without a map to Unicode)",
                              hint: "print the report to PDF again from the original, or import the Word or web version; the import never guesses characters or figures from a garbled text")
            }
        }
    }
}
