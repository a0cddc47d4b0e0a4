import Foundation
import PortalModel

/// The figures a report's narratives state (本年新收申请12件, 未发生行政复议,
/// 占45.3%) against the tables. Only what a phrase of the form's
/// `narrativeClaims` names is compared: a false error would stop a real
/// agency's build, so anything uncertain is left alone or only warned about.
enum NarrativeFigureCheck {
    static let narrativeFigure = Rule("narrative-figure", .error, .check, "a figure the narrative (前言, 一, 五, 六) states about a quantity the tables hold differs from the tables (a warning where the phrase is less certain, and for shares 占X%)")

    /// The figures of one narrative against its report's tables (`NarrativeChecks`
    /// reads each narrative once); `changes` are its changes, when read already.
    static func problems(in reading: NarrativeReading, at location: SourceLocation, report: Report, form: FormDefinition,
                         matcher: NarrativeMatcher, parts reader: ColumnPartReader, blanksAreZeros: Bool,
                         changes: [NarrativeChange]? = nil) -> [Diagnostic] {
        let read = self.read(reading, matcher: matcher, parts: reader, changes: changes)
        let text = reading.text
        return read.statements.flatMap {
            check($0, text: text, at: location, report: report, form: form, claims: matcher.claims, blanksAreZeros: blanksAreZeros)
        } + read.shares.compactMap {
            check($0, text: text, at: location, report: report, form: form, blanksAreZeros: blanksAreZeros)
        }
    }

    /// Every statement a narrative makes: the matcher's, and the parts by
    /// applicant after a total (其中自然人申请8件), in order of the text.
    static func statements(in text: NarrativeText, year: Int, matcher: NarrativeMatcher, columns: ColumnPartWords) -> [NarrativeStatement] {
        read(text, year: year, matcher: matcher, columns: columns).statements
    }

    /// The statements, and the parts by applicant stated only as a share.
    static func read(_ text: NarrativeText, year: Int, matcher: NarrativeMatcher, columns: ColumnPartWords) -> (statements: [NarrativeStatement], shares: [ColumnShare]) {
        read(NarrativeReading(text, year: year, matcher: matcher), matcher: matcher, parts: ColumnPartReader(words: columns, matcher: matcher))
    }

    /// `read` of a narrative read once, with the parts' reader of the matcher
    /// and the form's words made once per form and reading (`NarrativeChecks`),
    /// not per narrative; `changes`, when given, are its changes where it may
    /// state a level (`mayStateLevel`), [] where not.
    static func read(_ reading: NarrativeReading, matcher: NarrativeMatcher, parts reader: ColumnPartReader,
                     changes: [NarrativeChange]? = nil) -> (statements: [NarrativeStatement], shares: [ColumnShare]) {
        let text = reading.text, year = reading.year
        // 其中自然人申请予以公开3件: one applicant's outcome, a cell of a column, not the row.
        let statements = reading.statements.filter { statement in
            !(matcher.claims.listedParts.contains(statement.claim.id)
                && reader.namesKind(in: text.start(of: statement.range.lowerBound, ends: NarrativeText.clauseEnds)..<statement.range.lowerBound, text))
        }
        let (found, shares) = reader.read(in: text, after: statements, numbers: reading.numbers)
        // 收到自然人依申请公开事项1件: one kind's figure with no total before it.
        let parts = found + reader.statementsWithoutTotal(in: text, year: year, read: statements + found, numbers: reading.numbers)
        // 申请量由上年的8件增加到12件: 12 is this year's figure (probable).
        let levels = (changes ?? (matcher.mayStateLevel(text) ? matcher.changes(in: reading, reader: reader) : [])).filter { $0.measure == .level }.map {
            NarrativeStatement(claim: $0.claim, value: $0.value, precision: $0.precision, range: $0.range, unitEnd: $0.range.upperBound, certain: false)
        }
        guard !parts.isEmpty || !levels.isEmpty else { return (statements, shares) }
        let sorted = (statements + parts + levels).enumerated()
            .sorted { ($0.element.range.lowerBound, $0.offset) < ($1.element.range.lowerBound, $1.offset) }.map(\.element)
        return (sorted, shares)
    }

    /// A part's share (其中自然人申请占90%) against its column and the total
    /// in the tables: a warning, the share's base being the narrative's word.
    private static func check(_ part: ColumnShare, text: NarrativeText, at base: SourceLocation,
                              report: Report, form: FormDefinition, blanksAreZeros: Bool) -> Diagnostic? {
        guard let column = ClaimValue(part.claim, report: report, form: form, blanksAreZeros: blanksAreZeros),
              let total = ClaimValue(part.total, report: report, form: form, blanksAreZeros: blanksAreZeros), total.value > 0 else { return nil }
        let actual = column.value / total.value * 100
        guard !agreesAsShare(part.share.value, actual, precision: part.share.precision) else { return nil }
        let range = part.share.start..<part.share.unitEnd
        return .warning(narrativeFigure, at: text.location(of: part.share.start, base: base),
                        "“\(text.quote(around: range))” states a share of \(part.share.value.plainText)% for \(part.claim.label), but the tables give \(column.value.plainText)/\(total.value.plainText) (\(column.cells) of \(total.cells)) = \(percent(actual))%",
                        hint: "correct the share or the table, whichever differs from the published report; if the report itself printed both, acknowledge it in report.yaml (acknowledged:)")
    }

    private static func check(_ statement: NarrativeStatement, text: NarrativeText, at base: SourceLocation,
                              report: Report, form: FormDefinition, claims: NarrativeClaims, blanksAreZeros: Bool) -> [Diagnostic] {
        guard let table = ClaimValue(statement.claim, report: report, form: form, blanksAreZeros: blanksAreZeros) else { return [] }
        let location = text.location(of: statement.range.lowerBound, base: base)
        let quote = text.quote(around: statement.range)
        let hint = "correct the narrative or the table, whichever differs from the published report; if the report itself printed both, acknowledge it in report.yaml (acknowledged:)"
        if !agrees(statement.value, table.value, precision: statement.precision) {
            let stated = statement.writtenAsNone ? "none (0)" : statement.value.plainText
            let message = "“\(quote)” states \(stated) for \(statement.claim.label), but \(table.cells) is \(table.value.plainText)"
            // Which figure to change, in the published report's words.
            let cells = statement.claim.cells.count > 1 ? "\(table.cells) so that they add up to \(statement.value.plainText)"
                : "\(table.cells) to \(statement.value.plainText)"
            let fix = "if the table is right, the narrative should say \(table.value.plainText) where it says \(stated); if the narrative is right, correct \(cells); if the report itself printed both, acknowledge it in report.yaml (acknowledged:)"
            return [Diagnostic(statement.certain ? .error : .warning, narrativeFigure.id, at: location, message, hint: fix)]
        }
        guard let share = statement.share else { return [] }
        // The share of what is rarely said: any base the form allows will do.
        let bases = claims.shareOf.compactMap { claims.claim($0).flatMap { ClaimValue($0, report: report, form: form, blanksAreZeros: blanksAreZeros) } }
            .filter { $0.value > 0 }
        guard !bases.isEmpty else { return [] }
        let fits = bases.contains { agreesAsShare(share.value, table.value / $0.value * 100, precision: share.precision) }
        guard !fits else { return [] }
        let shown = bases.map { "\(table.value.plainText)/\($0.value.plainText) (\($0.label)) = \(percent(table.value / $0.value * 100))%" }
        return [.warning(narrativeFigure, at: text.location(of: share.start, base: base),
                         "“\(quote)” states a share of \(share.value.plainText)% for \(statement.claim.label), but the tables give \(shown.joined(separator: ", "))",
                         hint: hint)]
    }

    /// Equal to the printed precision: 45.3% agrees with 45.38% (rounded
    /// or cut off), 12件 only with 12.
    static func agrees(_ stated: Decimal, _ actual: Decimal, precision: Decimal) -> Bool {
        let difference = stated > actual ? stated - actual : actual - stated
        return precision == 1 && stated == stated.rounded ? difference == 0 : difference < precision
    }

    /// A share printed to its precision, rounded or cut off: 45% agrees
    /// with 45.38% and with 44.62%, 45.3% with 45.38%.
    static func agreesAsShare(_ stated: Decimal, _ actual: Decimal, precision: Decimal) -> Bool {
        let difference = stated > actual ? stated - actual : actual - stated
        return difference < precision
    }

    /// A percentage for messages, to two decimals.
    static func percent(_ value: Decimal) -> String {
        var value = value, rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        return rounded.plainText
    }
}

/// A claimed quantity's value in a report's tables, and its cells named in
/// the report's words (三（一） 总计 + 三（二） 总计); nil when a cell is
/// blank, so the statement cannot be verified.
struct ClaimValue {
    var value: Decimal
    var cells: String
    var label: String

    init?(_ claim: NarrativeClaim, report: Report, form: FormDefinition, blanksAreZeros: Bool = false) {
        guard !claim.cells.isEmpty else { return nil }
        var sum = Decimal(0)
        var names: [String] = []
        for ref in claim.cells {
            guard let place = form.resolve(ref) else { return nil }
            let reader = TableReader(place.table, report: report, blanksAreZeros: blanksAreZeros)
            guard let number = reader.number(report.value(ref, in: form)) else { return nil }
            sum += number
            let column = reader.columnName(ref.column, in: place.block)
            names.append(place.block.hasRowLabels ? "\(place.row.ref) \(column)" : column)
        }
        guard let first = claim.cells.first, let place = form.resolve(first) else { return nil }
        value = sum
        // The cells of one group row (三（四）1–3) are named as the group: 三（四）.
        let rows = Set(claim.cells.map(\.row))
        if claim.cells.count > 1, claim.cells.allSatisfy({ $0.column == first.column && $0.table == first.table }),
           let group = place.block.rows.lazy.flatMap(\.groups).first(where: { Set($0.leaves.map(\.id)) == rows }) {
            names = ["\(group.ref) \(TableReader(place.table, report: report).columnName(first.column, in: place.block))"]
        }
        cells = "table \(place.table.number), \(names.joined(separator: " + "))"
        label = claim.label
    }
}

private extension FormRow {
    /// This row and every group row below it, when it is a group.
    var groups: [FormRow] {
        isGroup ? [self] + children.flatMap(\.groups) : []
    }
}
