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
    /// The words printed on the figure's row of the page, left to right, the figure among them: what finds its line in the
    /// layout text, where a lone `0` would match any line.
    var row: [String] = []

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
                let centre = (box.yMin + box.yMax) / 2
                let row = (boxes[page] ?? []).filter { $0.yMin <= centre && centre <= $0.yMax }.sorted { $0.xMin < $1.xMin }.map(\.text)
                return edge.map { FigurePastTheEdge(page: page, text: box.text, edge: $0, row: row) }
            }
        }
    }

    /// The line of the PDF's layout text (`pdftotext -layout`, pages split by form feeds) printing what is left of the cut
    /// figure on its page, and its column: where the operator finds it. `fileLines`: each text line's number in the file, when the text
    /// was made from word boxes.
    func location(in text: String, fileLines: [Int]? = nil, path: String) -> SourceLocation {
        let lines = text.components(separatedBy: "\n")
        var pageOf: [Int] = []
        var onPage = 1
        for line in lines {
            // pdftotext ends a page with a form feed: the next page's first line opens with it.
            onPage += line.count { $0 == "\u{0C}" }
            pageOf.append(onPage)
        }
        // The line printing the figure's whole row, else (a label wrapped over two lines) the first printing the figure.
        for words in [row, [self.text]] where !words.isEmpty {
            for (index, line) in lines.enumerated() where pageOf[index] == page && Self.holds(line, words) {
                guard let found = line.range(of: self.text, options: edge == "left" ? [] : .backwards) else { continue }
                let number = fileLines.map { index < $0.count ? $0[index] : index + 1 } ?? index + 1
                return SourceLocation(path: path, line: number, column: line.distance(from: line.startIndex, to: found.lowerBound) + 1)
            }
        }
        return SourceLocation(path: path)
    }

    /// Whether a layout line prints these words in this order (each word of the row a word of the line, or within one).
    private static func holds(_ line: String, _ words: [String]) -> Bool {
        var rest = Substring(line)
        for word in words {
            guard let found = rest.range(of: word) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }

    /// The refusal naming the first pages' cut figures, at the line of the first (in `text`, the PDF's layout text).
    static func refusal(_ cut: [FigurePastTheEdge], text: String, fileLines: [Int]? = nil, path: String) -> ImportFailure {
        let first = cut[0]
        let samePage = cut.filter { $0.page == first.page && $0.edge == first.edge }
        let shown = samePage.prefix(3).map { "“\($0.text)”" }.joined(separator: ", ")
        let pages = Set(cut.map(\.page)).sorted().map(String.init).joined(separator: ", ")
        return .error(.importCell, at: first.location(in: text, fileLines: fileLines, path: path),
            "the PDF prints figures past its page's \(first.edge) edge (page \(first.page): \(shown)\(samePage.count > 3 ? " and \(samePage.count - 3) more" : "")): a table wider than the page, cut off there for every reader, so its figures cannot be read whole (pages \(pages))",
            hint: "import the Word file or the web page the PDF was made from, or ask the agency for a PDF whose tables fit the page")
    }
}
