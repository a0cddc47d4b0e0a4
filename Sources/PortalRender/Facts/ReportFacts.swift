import Foundation
import PortalModel

/// What readers ask of every report beyond its own pages, computed once
/// per build (`ReaderFacts`): on time or late, the change since last year,
/// how much narrative was repeated from last year's, and a quality line of
/// facts (not a score) that the report page, the report JSON and the
/// year's CSV share.
public struct ReportFacts: Sendable {
    /// A narrative section's share repeated from last year's report.
    public struct SectionCopy: Sendable, Equatable {
        /// Narrative id: overview, problems, other.
        public var id: String
        /// Official numbering: 一, 五, 六.
        public var number: String
        public var copied: CopiedText

        package init(id: String, number: String, copied: CopiedText) {
            self.id = id
            self.number = number
            self.copied = copied
        }
    }

    public var timeliness: Timeliness
    /// The agency's report of the year before, when the portal has it.
    public var previousYear: Int?
    /// Per narrative section (一, 五, 六); empty without a previous report.
    public var copied: [SectionCopy]
    /// Problems the checks found and the editor acknowledged (数据核对说明).
    public var acknowledgedProblems: Int
    /// Problems the checks found that nobody acknowledged (warnings, as a
    /// built report has no outstanding error), blank cells aside.
    public var openProblems: Int
    /// Cells printed blank or “-” instead of a number.
    public var blankCells: Int
    /// The ids and labels of the form's figures, shared by its reports.
    let order: FigureOrder
    /// The value of every figure the report's form defines (key figures and
    /// the outcome breakdown), in `order`; a figure with a blank cell is
    /// absent. Summed once here: year pages, totals and rankings read them
    /// for thousands of reports.
    private let values: FigureValues
    /// Last year's report's value of each key figure, in the form's order;
    /// nil without a previous report.
    private let previousValues: FigureValues?

    /// `figures` by id; `changes`, each key figure beside last year's (their
    /// ids in the form's key figures' order): held as whole numbers in
    /// `order`, by default an order of their own (`inOrder(_:)` shares the form's).
    package init(timeliness: Timeliness, previousYear: Int?, changes: [FigureChange], copied: [SectionCopy],
                 acknowledgedProblems: Int, openProblems: Int, blankCells: Int, figures: [String: Decimal], order: FigureOrder? = nil) {
        let order = order ?? FigureOrder(keyFigures: changes.map { ($0.id, $0.label) }, others: figures.keys.sorted())
        let previous = Dictionary(changes.map { ($0.id, $0.previous) }, uniquingKeysWith: { first, _ in first })
        self.init(timeliness: timeliness, previousYear: previousYear, copied: copied, acknowledgedProblems: acknowledgedProblems,
                  openProblems: openProblems, blankCells: blankCells, order: order, values: FigureValues(order.ids.map { figures[$0] }),
                  previousValues: changes.isEmpty ? nil : FigureValues(order.keyFigures.map { previous[$0.id] ?? nil }))
    }

    /// As made by `ReaderFacts`: values in `order`, last year's key figures in the form's order.
    init(timeliness: Timeliness, previousYear: Int?, copied: [SectionCopy], acknowledgedProblems: Int, openProblems: Int,
         blankCells: Int, order: FigureOrder, values: FigureValues, previousValues: FigureValues?) {
        self.timeliness = timeliness
        self.previousYear = previousYear
        self.copied = copied
        self.acknowledgedProblems = acknowledgedProblems
        self.openProblems = openProblems
        self.blankCells = blankCells
        self.order = order
        self.values = values
        self.previousValues = previousValues
    }

    /// The same facts with their figures in `order` (facts read back from the
    /// build cache name their figures by id: the form's order shares them).
    func inOrder(_ order: FigureOrder) -> ReportFacts {
        guard order !== self.order else { return self }
        if order.formID != nil, order.formID == self.order.formID, order.ids == self.order.ids,
           order.keyFigures.count == self.order.keyFigures.count {
            // The same form's order made elsewhere (the build cache's): the values stand where they are.
            var facts = ReportFacts(timeliness: timeliness, previousYear: previousYear, copied: copied,
                                    acknowledgedProblems: acknowledgedProblems, openProblems: openProblems, blankCells: blankCells,
                                    order: order, values: values, previousValues: previousValues)
            facts.keptLine = keptLine
            return facts
        }
        var facts = ReportFacts(timeliness: timeliness, previousYear: previousYear, changes: changes, copied: copied,
                                acknowledgedProblems: acknowledgedProblems, openProblems: openProblems, blankCells: blankCells,
                                figures: figures, order: order)
        facts.keptLine = keptLine
        return facts
    }

    /// The form whose order the figures are held in (`FigureOrder.formID`).
    package var formID: String? { order.formID }

    /// A figure's value by id; nil when the form has no such figure or a cell it adds up is blank.
    public func figure(_ id: String) -> Decimal? {
        order.position(of: id).flatMap { values[$0] }
    }

    /// The figure at `position` of `order` (see `figureOrder`), as held.
    func heldFigure(at position: Int?) -> FigureValues.Held {
        position.map { values.held(at: $0) } ?? .absent
    }

    /// The order the figures are held in: shared by every report of a form.
    var figureOrder: FigureOrder { order }

    /// Every figure with a value, by id.
    public var figures: [String: Decimal] {
        var figures: [String: Decimal] = [:]
        for (position, id) in order.ids.enumerated() {
            if let value = values[position] { figures[id] = value }
        }
        return figures
    }

    /// Each key figure beside last year's; empty without a previous report.
    public var changes: [FigureChange] {
        guard let previousValues else { return [] }
        return order.keyFigures.enumerated().map { position, figure in
            FigureChange(id: figure.id, label: figure.label, value: self.figure(figure.id), previous: previousValues[position])
        }
    }

    /// The narrative sections whose repetition is measured, with their CSV names.
    public static let measuredSections = ["overview", "problems", "other"]

    public func copied(_ id: String) -> CopiedText? {
        copied.first { $0.id == id }?.copied
    }

    /// Key figures that moved by a large jump.
    public var largeJumps: [FigureChange] { changes.filter(\.isLargeJump) }

    /// The quality line as ordered `(column, value)` pairs: the columns the
    /// year's wide CSV appends for every report, so an evaluator can sort
    /// and filter. Values are plain text; an unknown is "".
    public func qualityColumns() -> [(String, String)] {
        Array(zip(Self.qualityColumnNames, qualityLine ?? qualityValues()))
    }

    /// `qualityValues()` as made when the facts were (`keepQualityLine()`).
    var qualityLine: [String]? {
        keptLine.map { $0.split(separator: Self.lineSeparator, omittingEmptySubsequences: false).map(String.init) }
    }

    /// The kept quality line's values joined by `lineSeparator`: one string
    /// a report, not an array of 12 (≈ 170 bytes less a report, held to the
    /// end of the build).
    private var keptLine: String?
    private static let lineSeparator: Character = "\u{1F}"

    /// Makes the quality line once: the year's quality CSV, the joined
    /// lists and the report's JSON each read it for every report.
    package mutating func keepQualityLine() {
        _ = keepQualityLine(qualityValues())
    }

    /// Keeps `line` as the quality line: one kept with the facts by the
    /// build cache (made from the same facts), not made again for each of
    /// 10,000 reports a rebuild reads back. False (nothing kept) when it
    /// has not a value for each column, or a value holds the separator.
    package mutating func keepQualityLine(_ line: [String]) -> Bool {
        guard line.count == Self.qualityColumnNames.count, !line.contains(where: { $0.contains(Self.lineSeparator) }) else {
            return false
        }
        keptLine = line.joined(separator: String(Self.lineSeparator))
        return true
    }

    private func qualityValues() -> [String] {
        var values = [
            timeliness.published?.description ?? "",
            timeliness.deadline.description,
            timeliness.status.rawValue,
            timeliness.daysLate.map(String.init) ?? "",
            String(openProblems),
            String(acknowledgedProblems),
            String(blankCells),
        ]
        values += Self.measuredSections.map { copied($0)?.percent.map(String.init) ?? "" }
        values.append(previousYear.map(String.init) ?? "")
        values.append(largeJumps.map(\.id).joined(separator: " "))
        return values
    }

    /// The names of `qualityColumns()`, in order.
    public static let qualityColumnNames = [
        "published", "deadline", "timeliness", "days_late", "check_problems", "acknowledged_problems", "blank_cells",
    ] + measuredSections.map { "copied_\($0)_percent" } + ["previous_year", "large_changes"]

    /// The quality line as a reader sees it, one phrase per fact.
    public var qualityPhrases: [String] {
        var phrases = [timeliness.label]
        switch (openProblems, acknowledgedProblems) {
        case (0, 0): phrases.append("数据核对一致")
        case (0, let acknowledged): phrases.append("\(acknowledged) 处不一致已说明")
        case (let open, 0): phrases.append("\(open) 项核对提示")
        case (let open, let acknowledged): phrases.append("\(open) 项核对提示，\(acknowledged) 处不一致已说明")
        }
        phrases.append(blankCells == 0 ? "无空白单元格" : "空白单元格 \(blankCells) 个")
        let shares = copied.compactMap { section in section.copied.percent.map { "\(section.number) \($0)%" } }
        if !shares.isEmpty { phrases.append("与上年重复：" + shares.joined(separator: "，")) }
        return phrases
    }

    /// `facts` in the report JSON.
    var json: JSONValue {
        .object([
            ("timeliness", .object([
                ("status", .string(timeliness.status.rawValue)),
                ("deadline", .string(timeliness.deadline.description)),
                ("published", .optional(timeliness.published?.description)),
                ("daysLate", timeliness.daysLate.map(JSONValue.int) ?? .null),
            ])),
            ("previousYear", previousYear.map(JSONValue.int) ?? .null),
            // A change names its key figure by id: the figure's label and
            // value are the report's `keyFigures` (report@3 repeated them here).
            ("changes", .array(changes.map { change in
                .object([
                    ("id", .string(change.id)),
                    ("previous", change.previous.map { .number($0.plainText) } ?? .null),
                    ("change", change.change.map { .number($0.plainText) } ?? .null),
                    ("largeJump", .bool(change.isLargeJump)),
                ])
            })),
            ("copied", .array(copied.map { section in
                .object([
                    ("id", .string(section.id)), ("number", .string(section.number)),
                    ("percent", section.copied.percent.map(JSONValue.int) ?? .null),
                    ("sentences", .int(section.copied.sentences)),
                    ("repeatedSentences", .int(section.copied.repeatedSentences)),
                    ("characters", .int(section.copied.characters)),
                    ("repeatedCharacters", .int(section.copied.repeatedCharacters)),
                ])
            })),
            ("quality", .object(qualityColumns().map { name, value in (name, .string(value)) })),
        ])
    }
}
