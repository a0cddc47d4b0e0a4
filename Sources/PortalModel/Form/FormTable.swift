/// A table of the form (二, 三 or 四). Table 二 is printed as several blocks,
/// each with a caption and its own columns; 三 and 四 are one block each.
public struct FormTable: Sendable, Hashable {
    public var id: String
    /// Section number the table belongs to, e.g. 三.
    public var number: String
    public var title: String
    public var blocks: [FormBlock] { didSet { leafRows = Self.leafRows(of: blocks) } }
    /// Every data row in printed order, with the block it belongs to
    /// (derived once: pages, checks and downloads walk it for every report).
    public private(set) var leafRows: [(block: FormBlock, row: FormRow)]

    public init(id: String, number: String, title: String, blocks: [FormBlock]) {
        self.id = id
        self.number = number
        self.title = title
        self.blocks = blocks
        leafRows = Self.leafRows(of: blocks)
    }

    /// The block holding a row (or group row) with this id.
    public func block(containingRow id: String) -> FormBlock? {
        blocks.first { $0.row(id) != nil }
    }

    /// The block holding a data column with this id.
    public func block(containingColumn id: String) -> FormBlock? {
        blocks.first { block in block.columns.contains { $0.id == id } }
    }

    private static func leafRows(of blocks: [FormBlock]) -> [(block: FormBlock, row: FormRow)] {
        blocks.flatMap { block in block.leafRows.map { (block, $0) } }
    }

    public static func == (a: FormTable, b: FormTable) -> Bool {
        a.id == b.id && a.number == b.number && a.title == b.title && a.blocks == b.blocks
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(blocks)
    }
}

/// A rectangular part of a table: a header (a tree of columns, printed with
/// colspans and rowspans), a tree of rows and an optional caption row.
public struct FormBlock: Sendable, Hashable {
    public var id: String
    /// A full-width caption row above the header, e.g. 第二十条第（一）项.
    public var caption: String?
    /// Text of the top-left cell over the row labels, e.g. 信息内容 or the
    /// official 勾稽关系 note of table 三.
    public var corner: String?
    /// The header as printed: groups (法人或其他组织) hold their sub-columns.
    public var header: [ColumnHeader] { didSet { derive() } }
    public var rows: [FormRow] { didSet { derive() } }

    // Derived from the trees once: every report's pages, checks and
    // downloads ask for them, many times each.

    /// Data columns, left to right: the leaves of the header tree.
    public private(set) var columns: [FormColumn] = []
    /// Data rows, top to bottom: the leaves of the row tree.
    public private(set) var leafRows: [FormRow] = []
    /// How many nesting levels the row labels have (三 has three: 三、 → （三） → 1.).
    /// 0 when the block has no row labels at all (table 四).
    public private(set) var rowLabelDepth = 0
    /// How many header rows the column tree needs.
    public private(set) var headerDepth = 0
    /// Whether the single data row has no printed label (table 四).
    public private(set) var hasRowLabels = false

    public init(id: String, caption: String?, corner: String?, header: [ColumnHeader], rows: [FormRow]) {
        self.id = id
        self.caption = caption
        self.corner = corner
        self.header = header
        self.rows = rows
        derive()
    }

    /// The row or group row with this id, anywhere in the row tree.
    public func row(_ id: String) -> FormRow? {
        rows.lazy.compactMap { $0.find(id) }.first
    }

    private mutating func derive() {
        columns = header.flatMap(\.leaves)
        leafRows = rows.flatMap(\.leaves)
        rowLabelDepth = rows.map(\.depth).max() ?? 0
        headerDepth = header.map(\.depth).max() ?? 0
        hasRowLabels = rows.contains { !$0.label.isEmpty }
    }

    public static func == (a: FormBlock, b: FormBlock) -> Bool {
        a.id == b.id && a.caption == b.caption && a.corner == b.corner && a.header == b.header && a.rows == b.rows
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(header)
        hasher.combine(rows)
    }
}

/// A node of a block's header: a data column, or a group spanning several.
public indirect enum ColumnHeader: Sendable, Hashable {
    case column(FormColumn)
    case group(label: String, children: [ColumnHeader])

    public var label: String {
        switch self {
        case .column(let column): column.label
        case .group(let label, _): label
        }
    }

    public var leaves: [FormColumn] {
        switch self {
        case .column(let column): [column]
        case .group(_, let children): children.flatMap(\.leaves)
        }
    }

    public var depth: Int {
        switch self {
        case .column: 1
        case .group(_, let children): 1 + (children.map(\.depth).max() ?? 0)
        }
    }
}

/// A data column with its unit and the kind of number it holds.
public struct FormColumn: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A non-negative whole number (most cells).
        case count
        /// A whole number that may be negative (2019 本年增/减).
        case signedCount
        /// A non-negative decimal amount (fees in 万元).
        case amount
    }

    public var id: String
    public var label: String
    public var unit: String?
    public var kind: Kind

    public init(id: String, label: String, unit: String?, kind: Kind) {
        self.id = id
        self.label = label
        self.unit = unit
        self.kind = kind
    }
}

/// A row of a table: a data row, or a group label (三、本年度办理结果) that
/// spans the rows below it.
public struct FormRow: Sendable, Hashable {
    public var id: String
    /// Short official reference for messages: 三（七）.
    public var ref: String
    /// The label exactly as printed, numbering included: （七）总计.
    public var label: String
    public var children: [FormRow]
    /// Other wordings reports print for this label (规范性文件 for
    /// 行政规范性文件…), from the form file: `portal import` matches them too.
    public var aliases: [String]

    public init(id: String, ref: String, label: String, children: [FormRow] = [], aliases: [String] = []) {
        self.id = id
        self.ref = ref
        self.label = label
        self.children = children
        self.aliases = aliases
    }

    public var isGroup: Bool { !children.isEmpty }

    /// This row or the row below it with the given id.
    public func find(_ id: String) -> FormRow? {
        if self.id == id { return self }
        for child in children {
            if let found = child.find(id) { return found }
        }
        return nil
    }
    public var leaves: [FormRow] { isGroup ? children.flatMap(\.leaves) : [self] }
    public var depth: Int { 1 + (children.map(\.depth).max() ?? 0) }
}
