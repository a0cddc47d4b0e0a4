/// Text drawn across the page at a slant: a watermark (示例区人民政府 over
/// every page, as a browser prints a rotated heading or a converter a Word
/// watermark). pdftotext reads it as single characters on lines of their
/// own, or after a line's text, or between a table row's label and its
/// figures (`政府` / `民` / `人` …), which would put them into narratives and
/// tables. (`pdftotext -nodiag` leaves such text out, but poppler 22 then
/// also drops text drawn after it: with a watermark behind the page, all of it.)
enum DiagonalText {
    /// The indices of words that stand in a slanted straight row: four or
    /// more short words (a character or two, not figures), their characters
    /// each the same step from the last, the step neither across nor down and
    /// no longer than a character's size. Running text, a table's figures and
    /// headings wrapped a character a line (a grid of characters, whose
    /// diagonals stand further apart) never do.
    static func chains(_ words: [PDFWordBoxes.Word]) -> Set<Int> {
        let short = words.indices.filter { index in
            let text = words[index].text
            return text.count <= 2 && text.contains { $0.isLetter }
        }
        let single = short.filter { words[$0].text.count == 1 }
        var found = Set<Int>()
        for first in single where !found.contains(first) {
            for second in single where second != first {
                let a = words[first], b = words[second]
                let dx = b.centre - a.centre, dy = b.middle - a.middle
                let step = (dx * dx + dy * dy).squareRoot()
                // Characters of one row stand a character's size apart (a turned character's box is larger
                // than the character); a table's headings wrapped a character a line, further apart.
                func size(_ word: PDFWordBoxes.Word) -> Double { min(2 * (word.centre - word.left), word.height) }
                guard dy > 0, step > 0, abs(dx) >= step / 4, abs(dy) >= step / 4, step <= 1.6 * min(size(a), size(b)),
                      abs(a.height - b.height) <= 0.1 * max(a.height, b.height) else { continue }
                // Character positions along the row: a word of two characters is centred between its two.
                func word(at ahead: Double, from position: (x: Double, y: Double), among chain: [Int]) -> Int? {
                    short.first { index in
                        let word = words[index], reach = ahead * (1 + Double(word.text.count - 1) / 2)
                        let ex = position.x + dx * reach - word.centre, ey = position.y + dy * reach - word.middle
                        return !chain.contains(index) && (ex * ex + ey * ey).squareRoot() <= step / 10
                    }
                }
                var chain = [first, second]
                var end = (x: b.centre, y: b.middle), start = (x: a.centre, y: a.middle)
                while let next = word(at: 1, from: end, among: chain) {
                    chain.append(next)
                    let count = Double(words[next].text.count)
                    end = (end.x + dx * count, end.y + dy * count)
                }
                while let previous = word(at: -1, from: start, among: chain) {
                    chain.append(previous)
                    let count = Double(words[previous].text.count)
                    start = (start.x - dx * count, start.y - dy * count)
                }
                if chain.count >= 4 {
                    found.formUnion(chain)
                    break
                }
            }
        }
        return found
    }

}

extension PDFWordBoxes {
    /// pdftotext's layout text without the pages' diagonal text: a line
    /// holding only its characters is left blank, and its characters after a
    /// line's own text (two spaces or more apart) are cut off. A word that the
    /// page also prints upright (政 of a table's 行 / 政 / 复 / 议) could be
    /// either, and is kept.
    func withoutDiagonalText(_ text: String) -> String {
        guard !diagonal.isEmpty else { return text }
        // Pages are separated by form feeds; a page's diagonal characters are taken once each.
        return text.components(separatedBy: "\u{0C}").enumerated().map { index, page in
            guard var across = diagonal[index + 1].map({ Array($0.map(\.text).joined()) }) else { return page }
            let upright = Set((pages[index + 1] ?? []).joined().map(\.text))
            return page.components(separatedBy: "\n").map { line in
                var segments = line.components(separatedBy: "  ")
                var taken = across
                var cut = false
                while let last = segments.last {
                    let words = last.split(separator: " ").map(String.init)
                    if words.isEmpty {
                        guard cut || segments.count > 1 else { break }
                        segments.removeLast()
                        continue
                    }
                    guard words.allSatisfy({ !upright.contains($0) }), let rest = Self.taking(words.joined(), from: taken) else { break }
                    taken = rest
                    segments.removeLast()
                    cut = true
                }
                guard cut else { return line }
                across = taken
                return segments.joined(separator: "  ").replacingMatches(ofPattern: "\\s+$", with: "")
            }.joined(separator: "\n")
        }.joined(separator: "\u{0C}")
    }

    /// The diagonal characters left once `characters` are taken from them, or nil when one is not there.
    private static func taking(_ characters: String, from across: [Character]) -> [Character]? {
        var across = across
        for character in characters {
            guard let index = across.firstIndex(of: character) else { return nil }
            across.remove(at: index)
        }
        return across
    }
}
