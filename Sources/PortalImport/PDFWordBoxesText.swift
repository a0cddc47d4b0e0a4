import Foundation

/// A PDF's text saved as poppler's word boxes (`pdftotext -bbox-layout` or
/// `-bbox`: an XHTML `<doc>` of `<page width height>` holding `<word xMin
/// yMin xMax yMax>`), read as the PDF itself is: the same boxes the PDF
/// path reads beside its `-layout` text, and that text made from them.
extension PDFWordBoxes {
    /// Whether the file is poppler's word boxes (not a web page): its `<doc>`, a
    /// `<page>` with its size, in the first bytes; a page without words still has them.
    static func isWordBoxes(_ head: Data) -> Bool {
        let text = String(decoding: head.prefix(8192).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        guard let doc = text.range(of: "<doc>") else { return false }
        return text[doc.upperBound...].range(ofPattern: #"<page width="[0-9.]+" height="[0-9.]+""#) != nil
    }

    /// The pages as `pdftotext -layout` prints them: a printed line a line, each
    /// word where it sits (a Chinese character two columns wide, a Western one
    /// one: `WrappedText.printedWidth`'s measure), counted from the page's
    /// leftmost word; a blank line where the page leaves a line or more
    /// empty; pages separated by form feeds.
    /// With it, each of its lines' number in the XHTML file (its first word's; a blank line's, the next line's).
    var layoutText: (text: String, fileLines: [Int]) {
        var fileLines: [Int] = []
        let text = (1...max(pageCount, 1)).map { page in
            let lines = pages[page] ?? []
            let pitch = Self.characterWidth(Array(lines.joined()))
            let left = lines.joined().map(\.left).min() ?? 0
            let spacing = Self.lineSpacing(lines)
            var text: [String] = []
            var above: Double?
            for line in lines {
                let middle = line.first?.middle ?? 0
                if let above, let spacing, spacing >= 1 {
                    // A line or more left empty: a blank line (two at most), as pdftotext leaves.
                    let blanks = Int(min(max(((middle - above) / spacing).rounded() - 1, 0), 2))
                    text += Array(repeating: "", count: blanks)
                    fileLines += Array(repeating: line.first?.line ?? 0, count: blanks)
                }
                above = middle
                text.append(Self.printed(line, from: left, pitch: pitch))
                fileLines.append(line.first?.line ?? 0)
            }
            if text.isEmpty { fileLines.append(fileLines.last ?? 1) }
            return text.joined(separator: "\n")
        }.joined(separator: "\n\u{0C}")
        return (text, fileLines)
    }

    /// A printed line's words at their columns (half a Chinese character's width each); one space between
    /// words closer than a character and a half (a sentence's words, spread to the margin), as pdftotext prints them.
    private static func printed(_ words: [Word], from left: Double, pitch: Double) -> String {
        var line = ""
        var width = 0
        var previous: Word?
        for word in words {
            let column = Int(((word.left - left) / (pitch / 2)).rounded())
            let near = previous.map { word.left - ($0.left + $0.width) < pitch * 1.5 } ?? false
            let gap = near ? 1 : max(column - width, line.isEmpty ? 0 : 1)
            previous = word
            line += String(repeating: " ", count: gap) + word.text
            width += gap + WrappedText.printedWidth(word.text)
        }
        return line
    }

    /// A Chinese character's width on the page: the median over its words of
    /// Chinese characters only (their boxes' width shared out); else a word's height.
    private static func characterWidth(_ words: [Word]) -> Double {
        let chinese = words.filter { !$0.text.isEmpty && $0.text.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) } }
            .map { $0.width / Double($0.text.count) }.sorted()
        let width = chinese.isEmpty ? words.map(\.height).sorted()[safe: words.count / 2] : chinese[chinese.count / 2]
        return max(width ?? 10, 1)
    }

    /// The usual distance from one printed line to the next (the median), nil with fewer than two lines.
    private static func lineSpacing(_ lines: [[Word]]) -> Double? {
        let steps = zip(lines.dropFirst(), lines).compactMap { below, above -> Double? in
            guard let low = below.first, let high = above.first else { return nil }
            return low.middle - high.middle
        }.sorted()
        return steps.isEmpty ? nil : steps[steps.count / 2]
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
