import Foundation

/// Columns told by where figures sit on the page.
enum ColumnPositions {
    /// Where the columns stand by the table's rows that fill all of them:
    /// at least two, each within `agreement` of a gap of every column.
    static func columns(fromRows samples: [[Double]], count: Int) -> [Double]? {
        guard samples.count >= 2, samples.allSatisfy({ $0.count == count }) else { return nil }
        let columns = (0..<count).map { column in
            let centres = samples.map { $0[column] }.sorted()
            return centres[centres.count / 2]
        }
        guard let gap = smallestGap(columns) else { return nil }
        // Every sample row agrees with the columns: the table's columns stand where they are said to.
        return samples.allSatisfy({ row in zip(row, columns).allSatisfy { abs($0 - $1) <= gap * agreement } }) ? columns : nil
    }

    /// Where the columns stand by their headings (自然人 商业企业 … 总计, or
    /// the first characters of each where the heading wraps: 商业, 其 / 他):
    /// `lines` (words with their centres) nearest the row first, taken one
    /// more at a time until, left to right, each label finds a word it begins
    /// with right of the previous label's. A heading printed several times
    /// (table 四's 结果维持 under 行政复议 and under each kind of 行政诉讼) is
    /// each column's in turn.
    static func columns(fromHeadings labels: [String], lines: [[(text: String, centre: Double)]]) -> [Double]? {
        var words: [(text: String, centre: Double)] = []
        for line in lines {
            words += line.filter { !$0.text.isEmpty }
            let leftToRight = words.enumerated().sorted { ($0.element.centre, $0.offset) < ($1.element.centre, $1.offset) }.map(\.element)
            if let columns = inOrder(labels, words: leftToRight) { return columns }
        }
        return nil
    }

    private static func inOrder(_ labels: [String], words: [(text: String, centre: Double)]) -> [Double]? {
        var columns: [Double] = []
        var next = 0
        for label in labels {
            guard next < words.count, let found = words[next...].firstIndex(where: { label.hasPrefix($0.text) }) else { return nil }
            columns.append(words[found].centre)
            next = found + 1
        }
        return smallestGap(columns) != nil ? columns : nil
    }

    /// The row's cells with blanks where no figure sits, or nil when a
    /// figure's place is not clear (between columns, two under one).
    static func place(_ figures: [(text: String, centre: Double)], columns: [Double]) -> [String]? {
        guard figures.count < columns.count, let gap = smallestGap(columns) else { return nil }
        var cells = Array(repeating: "", count: columns.count)
        var last = -1
        for figure in figures {
            guard let column = columns.indices.min(by: { abs(columns[$0] - figure.centre) < abs(columns[$1] - figure.centre) }),
                  abs(columns[column] - figure.centre) <= gap * agreement, column > last else { return nil }
            cells[column] = figure.text
            last = column
        }
        return cells
    }

    /// Whether a word at `centre` stands under one of the columns (within `agreement` of its centre) or right of the first:
    /// a row's label stands left of them all.
    static func standsInAColumn(_ centre: Double, columns: [Double]) -> Bool {
        guard let first = columns.first, let gap = smallestGap(columns) else { return false }
        return centre >= first - gap * agreement
    }

    /// How far from its column's centre a figure may sit, as a share of the narrowest gap between columns.
    static let agreement = 0.3

    /// The narrowest gap between neighbouring columns, when they stand left to right.
    static func smallestGap(_ columns: [Double]) -> Double? {
        let gaps = zip(columns.dropFirst(), columns).map { $0 - $1 }
        guard let gap = gaps.min(), gap > 0 else { return nil }
        return gap
    }
}
