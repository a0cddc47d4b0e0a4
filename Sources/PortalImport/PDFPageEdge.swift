import Foundation
import PortalModel

/// Figures a PDF prints past its page's edge: a table wider than the page (a Word or web table exported as it was, its
/// columns running off the paper). What lies past the edge is cut off for every reader of the PDF, and for pdftotext
/// too: it keeps a word whose first glyph is on the page (`140` of a `14069` cut at the right edge) and drops the rest, so
/// the figures read are not the figures printed. Refused, never read as cut: the cells' figures are elsewhere (the
/// Word file or the page the PDF was made from).
struct FigurePastTheEdge: Equatable {
    let page: Int
    let text: String
    /// Which edge: right, left, top or bottom.
    let edge: String

    /// How far past the edge a glyph may reach before it is cut: a font's side bearing, a rounding of the page's box.
    static let slack = 2.0

    /// The words holding a figure that reach past their page's edge, page by page, in the order printed.
    static func find(_ boxes: [Int: [WordBox]], sizes: [Int: (width: Double, height: Double)]) -> [FigurePastTheEdge] {
        boxes.keys.sorted().flatMap { page -> [FigurePastTheEdge] in
            guard let size = sizes[page], size.width > 0, size.height > 0 else { return [] }
            return (boxes[page] ?? []).compactMap { box in
                guard box.text.contains(where: \.isNumber) else { return nil }
                let edge = box.xMax > size.width + slack ? "right" : box.xMin < -slack ? "left"
                    : box.yMax > size.height + slack ? "bottom" : box.yMin < -slack ? "top" : nil
                return edge.map { FigurePastTheEdge(page: page, text: box.text, edge: $0) }
            }
        }
    }

    /// The refusal naming the first pages' cut figures.
    static func refusal(_ cut: [FigurePastTheEdge], path: String) -> ImportFailure {
        let first = cut[0]
        let samePage = cut.filter { $0.page == first.page && $0.edge == first.edge }
        let shown = samePage.prefix(3).map { "“\($0.text)”" }.joined(separator: ", ")
        let pages = Set(cut.map(\.page)).sorted().map(String.init).joined(separator: ", ")
        return .error(.importCell, at: SourceLocation(path: path),
            "the PDF prints figures past its page's \(first.edge) edge (page \(first.page): \(shown)\(samePage.count > 3 ? " and \(samePage.count - 3) more" : "")): a table wider than the page, cut off there for every reader, so its figures cannot be read whole (pages \(pages))",
            hint: "import the Word file or the web page the PDF was made from, or ask the agency for a PDF whose tables fit the page")
    }
}
