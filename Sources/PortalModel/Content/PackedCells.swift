/// A report's cells as the arrays `ReportCells` holds them in, for a cache
/// that keeps them as they are (PortalBuild's load snapshots): a rebuild
/// copies each array back in one piece instead of adding two million cells
/// one by one, as a read of report.yaml does.
///
/// `ReportCells(packed:layout:)` checks every index before taking them: a
/// cache file that lies (a hand, a bug) gives nil, never a crash later.
package struct PackedCells: Sendable, Equatable {
    /// The file the cells were read from.
    package var path: String
    /// Each cell's value, as `CellBits` packs it.
    package var bits: [UInt32]
    /// Each cell's column (`UInt16.max`: held in `wideColumns`).
    package var columns: [UInt16]
    /// Each run of cells read on one line: its first cell, then the line.
    package var lineRuns: [UInt32]
    /// Whole numbers beyond a cell's bits, and values no cell can hold (marks, fractions).
    package var wholes: [Int]
    package var others: [CellValue]
    /// Columns of 65,535 or more: a cell's position, then its column.
    package var wideColumns: [Int]
    /// By layout position: where the row's cells start, then how many (-1: the row is missing).
    package var spans: [Int32]

    package init(path: String, bits: [UInt32], columns: [UInt16], lineRuns: [UInt32], wholes: [Int], others: [CellValue],
                 wideColumns: [Int], spans: [Int32]) {
        self.path = path
        self.bits = bits
        self.columns = columns
        self.lineRuns = lineRuns
        self.wholes = wholes
        self.others = others
        self.wideColumns = wideColumns
        self.spans = spans
    }
}

extension ReportCells {
    /// Whether the cells are laid out as `layout` lays rows out (the same
    /// tables and rows in the same order): a report read with a form's
    /// layout, checked against the same form loaded again.
    package func laidOut(as layout: CellLayout) -> Bool {
        self.layout === layout || self.layout.rows.elementsEqual(layout.rows, by: { $0.table == $1.table && $0.row == $1.row })
    }

    package var packed: PackedCells {
        PackedCells(path: store.path, bits: store.bits, columns: store.columns,
                    lineRuns: store.lineRuns.flatMap { [$0.start, $0.line] }, wholes: store.wholes ?? [], others: store.others ?? [],
                    wideColumns: (store.wideColumns ?? [:]).sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] },
                    spans: spans.flatMap { [$0.start, $0.count] })
    }

    /// The cells `packed` gave, laid out by `layout`; nil when any index
    /// points outside what is held or a part is missing.
    package init?(packed: PackedCells, layout: CellLayout) {
        let count = packed.bits.count
        guard packed.columns.count == count, packed.spans.count == 2 * layout.rows.count,
              packed.lineRuns.count % 2 == 0, packed.wideColumns.count % 2 == 0 else { return nil }
        // Every cell lies in a run of lines (the first starts at the first cell), the runs in order.
        var runs: [CellStore.LineRun] = []
        runs.reserveCapacity(packed.lineRuns.count / 2)
        for index in stride(from: 0, to: packed.lineRuns.count, by: 2) {
            let start = packed.lineRuns[index]
            guard Int(start) < count, runs.last.map({ $0.start < start }) ?? (start == 0) else { return nil }
            runs.append(CellStore.LineRun(start: start, line: packed.lineRuns[index + 1]))
        }
        guard count == 0 || !runs.isEmpty else { return nil }
        for cell in packed.bits where cell & CellBits.asideFlag != 0 {
            let index = Int(cell & CellBits.indexMask)
            guard index < (cell & CellBits.otherFlag == 0 ? packed.wholes.count : packed.others.count) else { return nil }
        }
        var wide: [Int: Int] = [:]
        for index in stride(from: 0, to: packed.wideColumns.count, by: 2) {
            let position = packed.wideColumns[index]
            guard (0..<count).contains(position), packed.columns[position] == CellBits.wideColumn else { return nil }
            wide[position] = packed.wideColumns[index + 1]
        }
        guard packed.columns.count(where: { $0 == CellBits.wideColumn }) == wide.count else { return nil }
        var spans: [Span] = []
        spans.reserveCapacity(layout.rows.count)
        for index in stride(from: 0, to: packed.spans.count, by: 2) {
            let start = packed.spans[index], length = packed.spans[index + 1]
            guard length == -1 || (start >= 0 && length >= 0 && Int(start) + Int(length) <= count) else { return nil }
            spans.append(Span(start: start, count: length))
        }
        let store = CellStore(path: packed.path, bits: packed.bits, columns: packed.columns, lineRuns: runs,
                              wholes: packed.wholes.isEmpty ? nil : packed.wholes, others: packed.others.isEmpty ? nil : packed.others,
                              wideColumns: wide.isEmpty ? nil : wide)
        self.init(layout: layout, store: store, spans: spans)
    }
}
