import PortalModel

/// A reader for the one shape `portal` and `portal import` write report.yaml
/// in, straight from its bytes to the packed cells:
///
///     form: gov-info-2021
///     year: 2021
///     published: 2022-01-31
///     source:
///       name: "2021年报.pdf"
///       file: source.pdf
///       format: pdf
///       sha256: 70adf2…
///       imported: "2026-01-15"
///     proactive:
///       regulations: [20, 1, 1]
///
/// It reads a file only when the file is well formed and complete: `form`
/// first, every table and row of the form once, each row a one-line list
/// of plain numbers or simply quoted marks, the year the folder's, and at
/// most the `source:` block `portal import` writes (its five keys once each,
/// each value a plain word or a double-quoted text without escapes).
/// Anything else, and every file with a problem, gives `nil` and
/// goes through the general path (`FlatYAML` or Yams, `MappingReader`,
/// `CellReader`), which words every diagnostic; so this path never has to.
/// It makes the same report the general path makes, without a node tree or
/// a String per key and cell: the load of 10,000 reports reads 800,000 cells.
enum PlainReportFile {
    /// What the file says, for `ReportReader` to make its report.
    struct Read {
        var formID: String
        var formLocation: SourceLocation
        var published: String?
        /// The `source:` block as written; `ReportReader` finds the file.
        var source: ReportSource?
        var cells: ReportCells
    }

    static func read(_ text: String, path: String, year: Int, forms: [String: FormDefinition],
                     shapes: [String: ReportFileShape]) -> Read? {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = Scanner(bytes: bytes)
            return scanner.file(path: path, year: year, forms: forms, shapes: shapes)
        }
    }

    /// The file's lines that are not blank, then each line's bytes.
    private struct Scanner {
        struct Line {
            var number: Int
            var start: Int
            var end: Int
            /// The first byte that is not printable ASCII (from there on,
            /// columns are counted in Unicode scalars, as libyaml counts).
            var firstWide: Int
        }

        let bytes: UnsafeBufferPointer<UInt8>
        var lines: [Line] = []
        /// The line being read (its position in `lines`), and the byte in it.
        var next = 0
        var index = 0
        var line = Line(number: 0, start: 0, end: 0, firstWide: .max)

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        var current: UInt8? { index < line.end ? bytes[index] : nil }
        var column: Int {
            guard index > line.firstWide else { return index - line.start + 1 }
            return line.firstWide - line.start + 1
                + bytes[line.firstWide..<index].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        }
        var atEndOfLine: Bool { index == line.end }

        mutating func file(path: String, year: Int, forms: [String: FormDefinition], shapes: [String: ReportFileShape]) -> Read? {
            guard splitLines(), nextLine(), indent() == 0, let formKey = key(), formKey.elementsEqual("form".utf8),
                  spaces() > 0 else { return nil }
            let formLine = line.number, formColumn = column
            guard let formID = word(startingWith: Self.isAlphanumeric, then: Self.isIDByte), endOfLine(),
                  let form = forms[formID], let shape = shapes[formID], shape.isReadable else { return nil }
            var declaredYear: Int?
            var published: String?
            var source: ReportSource?
            var found = Found(shape: shape)
            while nextLine() {
                guard indent() == 0, let key = key() else { return nil }
                if key.elementsEqual("year".utf8) {
                    guard declaredYear == nil, spaces() > 0, let digits = word(startingWith: Self.isDigit, then: Self.isDigit),
                          digits.utf8.count <= 9, let number = Int(digits), number == year, endOfLine() else { return nil }
                    declaredYear = number
                } else if key.elementsEqual("published".utf8) {
                    // A date; text that YAML could read as null or otherwise goes the general way.
                    guard published == nil, spaces() > 0, let date = word(startingWith: Self.isDigit, then: Self.isDateByte),
                          endOfLine() else { return nil }
                    published = date
                } else if key.elementsEqual("source".utf8) {
                    guard source == nil, endOfLine(), let block = self.source() else { return nil }
                    source = block
                } else {
                    guard let table = shape.tables.firstIndex(where: { $0.id.elementsEqual(key) }), endOfLine(),
                          self.table(shape.tables[table], into: &found) else { return nil }
                }
            }
            guard declaredYear != nil, found.isComplete else { return nil }
            return Read(formID: formID, formLocation: SourceLocation(path: path, line: formLine, column: formColumn),
                        published: published, source: source, cells: found.cells(of: form, path: path))
        }

        /// The lines of the `source:` block, indented under its key: each
        /// of its keys once, nothing else.
        mutating func source() -> ReportSource? {
            var values: [String?] = Array(repeating: nil, count: Self.sourceKeys.count)
            var depth: Int?
            while next < lines.count, bytes[lines[next].start] == UInt8(ascii: " ") {
                _ = nextLine()
                let indent = indent()
                guard indent == depth ?? indent, let key = key(),
                      let field = Self.sourceKeys.firstIndex(where: { $0.utf8.elementsEqual(key) }), values[field] == nil,
                      spaces() > 0, let value = text(), endOfLine() else { return nil }
                depth = indent
                values[field] = value
            }
            guard let name = values[0], let file = values[1], let format = values[2],
                  let sha256 = values[3], let imported = values[4] else { return nil }
            return ReportSource(originalName: name, sha256: sha256, format: format, imported: imported, file: file)
        }

        /// In the order `portal import` writes them.
        static let sourceKeys = ["name", "file", "format", "sha256", "imported"]

        /// A double-quoted text without escapes, or a plain word of letters,
        /// digits, `.`, `_` and `-` that starts with a letter or digit and
        /// that YAML cannot read as null.
        mutating func text() -> String? {
            let start = index
            if current == UInt8(ascii: "\"") {
                index += 1
                while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") { index += 1 }
                guard current == UInt8(ascii: "\"") else { return nil }
                index += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start + 1..<index - 1]), as: UTF8.self)
            }
            guard let word = word(startingWith: Self.isAlphanumeric, then: { Self.isIDByte($0) || $0 == UInt8(ascii: ".") }),
                  !["null", "Null", "NULL"].contains(word) else { return nil }
            return word
        }

        /// The rows of `table`, indented under its key; false when any is not plain.
        mutating func table(_ table: ReportFileShape.Table, into found: inout Found) -> Bool {
            var rowIndent: Int?
            var expected = 0
            while next < lines.count, bytes[lines[next].start] == UInt8(ascii: " ") {
                _ = nextLine()
                let depth = indent()
                guard depth == rowIndent ?? depth, let key = key() else { return false }
                rowIndent = depth
                // Rows come in the form's order: the next one is tried first.
                let match = table.rows.indices.contains(expected) && table.rows[expected].id.elementsEqual(key)
                    ? expected : table.rows.firstIndex { $0.id.elementsEqual(key) }
                guard let match, spaces() > 0, found.beginRow(table.rows[match].position),
                      list(into: &found), found.endRow(count: table.rows[match].columns) else { return false }
                expected = match + 1
            }
            // A table key with no rows under it is null to YAML.
            return rowIndent != nil
        }

        /// `[1, 2, "-"]` to the end of the line.
        mutating func list(into found: inout Found) -> Bool {
            guard current == UInt8(ascii: "[") else { return false }
            index += 1
            _ = spaces()
            if current == UInt8(ascii: "]") {
                index += 1
                return endOfLine()
            }
            while true {
                _ = spaces()
                guard let cell = cell() else { return false }
                found.cells.append(cell)
                _ = spaces()
                if current == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard current == UInt8(ascii: "]") else { return false }
                index += 1
                return endOfLine()
            }
        }

        /// A whole number of up to `CellParser.maximumDigits` characters, or
        /// a plain decimal or a double-quoted text without escapes, read as
        /// `CellParser` reads it.
        mutating func cell() -> Found.Cell? {
            let (line, column) = (self.line.number, self.column)
            if current == UInt8(ascii: "\"") {
                index += 1
                let start = index
                while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") { index += 1 }
                guard current == UInt8(ascii: "\"") else { return nil }
                index += 1
                return parsed(start..<index - 1, style: .quoted, line: line, column: column)
            }
            let start = index
            if current == UInt8(ascii: "-") || current == UInt8(ascii: "+") { index += 1 }
            let digitsStart = index
            while let byte = current, Self.isDigit(byte) { index += 1 }
            guard index > digitsStart else { return nil }
            // A fraction (an amount in 万元).
            if current == UInt8(ascii: "."), index + 1 < self.line.end, Self.isDigit(bytes[index + 1]) {
                index += 1
                while let byte = current, Self.isDigit(byte) { index += 1 }
                return parsed(start..<index, style: .plain, line: line, column: column)
            }
            guard index - start <= CellParser.maximumDigits else { return nil }
            var number = 0
            for byte in bytes[digitsStart..<index] { number = number * 10 + Int(byte - UInt8(ascii: "0")) }
            if bytes[start] == UInt8(ascii: "-") { number = -number }
            return Found.Cell(value: .whole(number), line: line, column: column)
        }

        /// The cell's text as `CellParser` reads it, with its verdict: a
        /// problem sends the file the general way.
        func parsed(_ range: Range<Int>, style: YAMLNode.Scalar.Style, line: Int, column: Int) -> Found.Cell? {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            let scalar = YAMLNode.scalar(.init(string: text, style: style, mark: .init(line: line, column: column)))
            let location = SourceLocation(path: "", line: line, column: column)
            let log = DiagnosticLog()
            let parsed = CellParser.parse(scalar, column: Self.anyColumn, row: Self.anyRow, location: location, log: log)
            // A cell read with an error (a mark to confirm) is reported by the general way, which names its row.
            guard !log.hasErrors else { return nil }
            return parsed.map { Found.Cell(value: $0, line: line, column: column) }
        }

        static let anyColumn = FormColumn(id: "", label: "", unit: nil, kind: .count)
        static let anyRow = FormRow(id: "", ref: "", label: "")

        /// The lines holding more than spaces or a comment; false when a
        /// line holds a tab, a carriage return or another character YAML
        /// treats otherwise than text (as `FlatYAML` refuses them), or is
        /// longer than the general path allows.
        mutating func splitLines() -> Bool {
            var (start, number, content, firstWide) = (0, 1, -1, Int.max)
            for position in 0...bytes.count {
                guard position < bytes.count, bytes[position] != newline else {
                    if position - start > YAMLDocument.maxLineLength { return false }
                    if firstWide < position, FlatYAML.hasUnusualCharacter(UnsafeBufferPointer(rebasing: bytes[start..<position])) { return false }
                    if content >= 0, bytes[content] != UInt8(ascii: "#") {
                        lines.append(Line(number: number, start: start, end: position, firstWide: firstWide))
                    }
                    (start, number, content, firstWide) = (position + 1, number + 1, -1, Int.max)
                    continue
                }
                let byte = bytes[position]
                if byte < 0x20 || byte >= 0x7F { firstWide = min(firstWide, position) }
                if content < 0, byte != UInt8(ascii: " ") { content = position }
            }
            return true
        }

        /// Moves to the start of the next line; false after the last.
        mutating func nextLine() -> Bool {
            guard next < lines.count else { return false }
            line = lines[next]
            next += 1
            index = line.start
            return true
        }

        /// The spaces that start the line.
        mutating func indent() -> Int {
            spaces()
        }

        mutating func spaces() -> Int {
            let start = index
            while current == UInt8(ascii: " ") { index += 1 }
            return index - start
        }

        /// `name:` followed by a space or the end of the line.
        mutating func key() -> UnsafeBufferPointer<UInt8>? {
            let start = index
            while let byte = current, Self.isIDByte(byte) { index += 1 }
            guard index > start, current == UInt8(ascii: ":") else { return nil }
            let key = UnsafeBufferPointer(rebasing: bytes[start..<index])
            index += 1
            guard atEndOfLine || current == UInt8(ascii: " ") else { return nil }
            return key
        }

        /// A run of bytes, the first passing `first`, the rest `then`.
        mutating func word(startingWith first: (UInt8) -> Bool, then rest: (UInt8) -> Bool) -> String? {
            let start = index
            guard let byte = current, first(byte) else { return nil }
            index += 1
            while let byte = current, rest(byte) { index += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }

        /// Only spaces left on the line, and maybe a comment after one.
        mutating func endOfLine() -> Bool {
            _ = spaces()
            return atEndOfLine || (current == UInt8(ascii: "#") && index > line.start && bytes[index - 1] == UInt8(ascii: " "))
        }

        static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        static func isAlphanumeric(_ byte: UInt8) -> Bool {
            isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
        }
        static func isIDByte(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") }
        static func isDateByte(_ byte: UInt8) -> Bool { isDigit(byte) || byte == UInt8(ascii: "-") }
    }

    private static let newline = UInt8(ascii: "\n")

    /// The cells read so far, row by row in file order, packed in the
    /// form's order once every row is in.
    private struct Found {
        struct Cell {
            var value: CellParser.Parsed
            var line: Int
            var column: Int
        }

        let shape: ReportFileShape
        var cells: [Cell] = []
        /// By layout position: the row's first cell in `cells`, or -1.
        var starts: [Int]
        var rowStart = 0

        init(shape: ReportFileShape) {
            self.shape = shape
            starts = Array(repeating: -1, count: shape.rowCount)
            cells.reserveCapacity(shape.cellCount)
        }

        /// False for a row read twice.
        mutating func beginRow(_ position: Int) -> Bool {
            guard starts[position] < 0 else { return false }
            rowStart = cells.count
            starts[position] = rowStart
            return true
        }

        /// False when the row has not the form's count of cells.
        func endRow(count: Int) -> Bool {
            cells.count - rowStart == count
        }

        var isComplete: Bool { !starts.contains(-1) }

        /// The cells in the form's row order, as `CellReader` packs them.
        func cells(of form: FormDefinition, path: String) -> ReportCells {
            var builder = ReportCells.Builder(layout: form.cellLayout, path: path)
            for table in shape.tables {
                for row in table.rows {
                    builder.beginRow()
                    for cell in cells[starts[row.position]..<starts[row.position] + row.columns] {
                        switch cell.value {
                        case .whole(let number): builder.append(whole: number, line: cell.line, column: cell.column)
                        case .value(let value): builder.append(value, line: cell.line, column: cell.column)
                        }
                    }
                    builder.endRow(table: table.name, row: row.name)
                }
            }
            return builder.cells
        }
    }
}
