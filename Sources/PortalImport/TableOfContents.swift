import Foundation

/// A table of contents under the title (Word's TOC field, or one typed): 目录, then each entry a
/// heading's words, a tab or leader dots, and its page number (一、总体情况\t1, （一）主动公开……2).
/// Word prints its entries as paragraphs and Apache Tika's text keeps them: the report's outline,
/// never a sentence of its preamble.
enum TableOfContents {
    static func isEntry(_ line: SourceLine) -> Bool {
        let text = line.cells.map { $0.joined(separator: "\t") } ?? line.text
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.filter({ !$0.isWhitespace }) == "目录" { return true }
        return trimmed.range(ofPattern: entry) != nil
    }

    /// A heading's number (一、 （一） 1.) and words without a sentence's end, then the page number after
    /// a tab, leader dots or a wide gap: a heading itself never ends in a number set apart so.
    private static let entry =
        #"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．])[^。；;\t]{2,40}?(?:\t[\t .…·．-]*|[ .…·．-]*[.…·．]{2,}[ .…·．-]*| {2,})\d{1,3}$"#
}
