import Foundation

/// An OFD's placed characters → the two readings the PDF path works from:
/// the text as `pdftotext -layout` prints it (a printed line a line, words
/// at columns by where they stand, a form feed after each page) and the
/// pages' printed lines of words with their places (`PDFWordBoxes`). Both
/// come from the same lines here, so the PDF path's rows, columns and blank
/// cells are found as they are in a PDF.
struct OFDLayout {
    /// The pages' text, as `pdftotext -layout` writes it.
    var text = ""
    var boxes = PDFWordBoxes(pages: [:])

    /// A gap wider than this share of the font size ends a word: the file
    /// gives no widths (fonts are not read), so narrow letters leave some
    /// space; a blank in a table and the space between words leave more.
    static let wordGap = 0.3

    init(pages: [[OFDGlyph]]) {
        var texts: [String] = []
        for (index, glyphs) in pages.enumerated() {
            let lines = Self.printedLines(glyphs).map(Self.words)
            boxes.pages[index + 1] = lines
            texts.append(Self.layout(lines, unit: Self.median(glyphs.map(\.size))) + "\n")
        }
        text = texts.joined(separator: "\u{0C}") + "\u{0C}"
    }

    /// Characters whose vertical middles are within half a character's
    /// height share a printed line, left to right; a character printed again
    /// over itself (bold drawn twice, a template's text under the page's) once.
    static func printedLines(_ glyphs: [OFDGlyph]) -> [[OFDGlyph]] {
        var lines: [[OFDGlyph]] = []
        for glyph in glyphs.enumerated().sorted(by: { (middle($0.element), $0.offset) < (middle($1.element), $1.offset) }).map(\.element) {
            if let first = lines.last?.first, middle(glyph) - middle(first) <= max(first.size, glyph.size) / 2 {
                lines[lines.count - 1].append(glyph)
            } else {
                lines.append([glyph])
            }
        }
        return lines.map { line in
            var kept: [OFDGlyph] = []
            for glyph in line.enumerated().sorted(by: { ($0.element.x, $0.offset) < ($1.element.x, $1.offset) }).map(\.element) {
                if let last = kept.last, last.character == glyph.character, abs(last.x - glyph.x) < max(last.width, glyph.width) / 3 { continue }
                kept.append(glyph)
            }
            return kept
        }
    }

    private static func middle(_ glyph: OFDGlyph) -> Double {
        glyph.baseline - 0.3 * glyph.size
    }

    /// A printed line's words: characters standing together, split at
    /// spaces and gaps; boxes as pdftotext draws them (1.3 ems high).
    static func words(_ line: [OFDGlyph]) -> [PDFWordBoxes.Word] {
        var words: [PDFWordBoxes.Word] = []
        var current: [OFDGlyph] = []
        func end() {
            guard let first = current.first, let last = current.last else { return }
            let right = last.x + last.width
            let size = current.map(\.size).max() ?? first.size
            words.append(.init(text: String(current.map(\.character)), left: first.x, centre: (first.x + right) / 2,
                               middle: current.map(middle).reduce(0, +) / Double(current.count), height: 1.3 * size))
            current = []
        }
        for glyph in line {
            if glyph.character.isWhitespace {
                end()
                continue
            }
            if let last = current.last, glyph.x - (last.x + last.width) > wordGap * max(last.size, glyph.size) { end() }
            current.append(glyph)
        }
        end()
        return words
    }

    /// The lines as text, each word at the column where it stands (columns
    /// a character's width apart, counted from the page's leftmost word),
    /// at least one space after the word before.
    static func layout(_ lines: [[PDFWordBoxes.Word]], unit: Double) -> String {
        let left = lines.compactMap { $0.first?.left }.min() ?? 0
        return lines.map { words in
            var line = ""
            for word in words {
                // Never further than a page's width in characters, whatever the file says.
                let column = unit > 0 ? Int(min(max((word.left - left) / unit, 0), 400).rounded()) : 0
                let at = line.isEmpty ? column : max(column, line.count + 1)
                line += String(repeating: " ", count: max(0, at - line.count)) + word.text
            }
            return line
        }.joined(separator: "\n")
    }

    private static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        return values.sorted()[values.count / 2]
    }
}

extension PDFWordBoxes {
    /// Printed lines of words from another source than pdftotext (an OFD's characters).
    init(pages: [Int: [[Word]]]) {
        self.pages = pages
    }
}
