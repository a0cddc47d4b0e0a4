import Foundation

extension ColumnPositions {
    /// Where the columns stand by headings printed a character a line in narrow cells (table 四's 结/果/维/持), each read
    /// down its column, bottom up from the row, with one character misread or lost: OCR misreads a heading's character now
    /// and then (尚 → 沿, 其 → 于, 总 → 名), and the heading's other characters, one under another at the same place, still
    /// say which heading it is — as a section's heading is read with one character misread. Only where no word a heading
    /// begins with was found (`columns(fromHeadings:lines:)`); a heading of two characters must be read whole but for one.
    static func columns(fromStackedHeadings labels: [String], lines: [[(text: String, centre: Double)]]) -> [Double]? {
        let stacks = stacked(lines)
        var columns: [Double] = []
        var next = 0
        for label in labels {
            guard next < stacks.count,
                  let found = stacks[next...].firstIndex(where: { reads(Array(label), bottomUp: $0.characters) }) else { return nil }
            columns.append(stacks[found].place)
            next = found + 1
        }
        return smallestGap(columns) != nil ? columns : nil
    }

    /// How far apart (in the page's points) two characters of one heading's column may stand: OCR's boxes of a column's
    /// characters agree within a point; a table's narrowest columns are 20 points and more apart.
    static let sameColumn = 3.0

    /// The single characters of `lines` (nearest the row first) gathered by where they stand, left to right, each column's
    /// characters bottom up.
    private static func stacked(_ lines: [[(text: String, centre: Double)]]) -> [(place: Double, characters: [Character])] {
        var stacks: [(place: Double, characters: [Character])] = []
        for line in lines {
            for word in line {
                guard word.text.count == 1, let character = word.text.first,
                      character.unicodeScalars.first?.properties.isIdeographic == true else { continue }
                if let index = stacks.firstIndex(where: { abs($0.place - word.centre) <= sameColumn }) {
                    stacks[index].characters.append(character)
                } else {
                    stacks.append((place: word.centre, characters: [character]))
                }
            }
        }
        return stacks.sorted { $0.place < $1.place }
    }

    /// Whether a column's characters (bottom up; those above the heading's top are another cell's) read `label`: as
    /// printed, with one character read as another, or with one lost where the label has three or more.
    static func reads(_ label: [Character], bottomUp characters: [Character]) -> Bool {
        guard label.count >= 2 else { return false }
        let whole = Array(characters.prefix(label.count).reversed())
        if whole.count == label.count, zip(whole, label).filter({ $0 != $1 }).count <= 1 { return true }
        guard label.count >= 3 else { return false }
        let short = Array(characters.prefix(label.count - 1).reversed())
        guard short.count == label.count - 1 else { return false }
        // One character lost: the rest in order, the label with one taken out.
        return label.indices.contains { lost in
            var rest = label
            rest.remove(at: lost)
            return rest == short
        }
    }
}
