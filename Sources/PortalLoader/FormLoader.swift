import Foundation
import PortalModel

/// Reads form definitions: the national formats shipped with the tool, and
/// any extra `forms/*.yaml` a site brings (a new format is a new file).
public enum FormLoader {
    /// The built-in form files as they are in `Sources/PortalLoader/Forms/`:
    /// each file's name and text. The program carries them, so it runs
    /// wherever it is copied, with no resource folder beside it.
    public static let builtInFormTexts: [(name: String, text: String)] = BuiltInFormFiles.files.map { file in
        (file.name, Data(base64Encoded: file.base64).flatMap { String(data: $0, encoding: .utf8) } ?? "")
    }

    /// One built-in form file's text by its name (`gov-info-2021.yaml`).
    public static func builtInFormText(_ name: String) -> String? {
        builtInFormTexts.first { $0.name == name }?.text
    }

    /// Every built-in form, keyed by id. Errors here are bugs in the
    /// shipped files, so they are returned like any other diagnostics.
    public static func builtInForms() -> (forms: [String: FormDefinition], diagnostics: [Diagnostic]) {
        builtIn
    }

    /// Read once per process: the shipped files do not change while it runs.
    private static let builtIn: (forms: [String: FormDefinition], diagnostics: [Diagnostic]) = {
        let log = DiagnosticLog()
        let forms = add(builtInFormTexts.map { ("Forms/\($0.name)", $0.text) }, log: log)
        return (forms, log.diagnostics)
    }()

    static func loadFolder(_ folder: URL, displayPrefix: String, log: DiagnosticLog) -> [String: FormDefinition] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let texts = names.sorted().filter { $0.hasSuffix(".yaml") }.compactMap { name -> (String, String)? in
            let display = "\(displayPrefix)/\(name)"
            return TextFile.read(folder.appendingPathComponent(name), displayPath: display, log: log).map { (display, $0) }
        }
        return add(texts, log: log)
    }

    /// Parses each (path shown, text) in order; a form id seen before is an error.
    private static func add(_ texts: [(path: String, text: String)], log: DiagnosticLog) -> [String: FormDefinition] {
        var forms: [String: FormDefinition] = [:]
        for (display, text) in texts {
            guard let form = parse(text, path: display, log: log) else { continue }
            if let existing = forms[form.id] {
                log.error(.duplicateForm, at: form.location, "form id “\(form.id)” is already defined in \(existing.location.path)")
                continue
            }
            forms[form.id] = form
        }
        return forms
    }

    /// Parses one form file.
    public static func parse(_ text: String, path: String) -> (form: FormDefinition?, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        let form = parse(text, path: path, log: log)
        return (log.hasErrors ? nil : form, log.diagnostics)
    }

    static func parse(_ text: String, path: String, log: DiagnosticLog) -> FormDefinition? {
        guard let document = YAMLDocument.parse(text, path: path, log: log),
              var top = MappingReader(document.root, in: document, log: log, what: "a form file") else { return nil }
        let reader = FormReader(document: document, log: log)
        let id = top.string("id", required: true)
        let name = top.string("name", required: true)
        let issuedBy = top.string("issuedBy")
        var firstYear: Int?, lastYear: Int?
        if let years = top.value("years"), var range = MappingReader(years, in: document, log: log, what: "years") {
            firstYear = range.int("first")?.value
            lastYear = range.int("last")?.value
            range.reportUnknownKeys(what: "years")
        }
        let tables = top.value("tables").map { reader.list($0, what: "tables", reader.table) } ?? []
        let sections = top.value("sections").map { reader.list($0, what: "sections", reader.section) } ?? []
        let figures = top.value("keyFigures").map { reader.list($0, what: "keyFigures", reader.keyFigure) } ?? []
        let breakdown = top.value("outcomeBreakdown").map { reader.list($0, what: "outcomeBreakdown", reader.keyFigure) } ?? []
        let rules = top.value("rules").map { reader.list($0, what: "rules", reader.rule) } ?? []
        let crossYear = top.value("crossYearRules").map { reader.list($0, what: "crossYearRules", reader.crossYearRule) } ?? []
        let claims = top.value("narrativeClaims").flatMap { ClaimsReader(document: document, log: log).claims($0) }
        let breakdowns = top.value("narrativeBreakdowns").flatMap { ClaimsReader(document: document, log: log).breakdowns($0) }
        let rollForward = top.value("rollForwardRules").map { ClaimsReader(document: document, log: log).rollForwardRules($0) } ?? []
        let agencyKind = top.value("agencyKindRules").map { ClaimsReader(document: document, log: log).agencyKindRules($0) } ?? []
        top.reportUnknownKeys(what: "a form file")
        guard let id, let name else { return nil }
        var form = FormDefinition(id: id.value, name: name.value, issuedBy: issuedBy?.value ?? "",
                                  firstYear: firstYear, lastYear: lastYear, sections: sections, tables: tables,
                                  keyFigures: figures, rules: rules, crossYearRules: crossYear,
                                  location: SourceLocation(path: path))
        form.outcomeBreakdown = breakdown
        if let claims { form.narrativeClaims = claims }
        if let breakdowns { form.narrativeBreakdowns = breakdowns }
        form.rollForwardRules = rollForward
        form.agencyKindRules = agencyKind
        // Validate only a form that parsed cleanly: a dropped column would
        // otherwise cascade into confusing follow-up errors.
        if !log.hasErrors { FormValidator.validate(form, log: log) }
        return form
    }
}

/// Turns the nodes of a form file into form types.
private struct FormReader {
    let document: YAMLDocument
    let log: DiagnosticLog

    func list<T>(_ node: YAMLNode, what: String, _ read: (YAMLNode) -> T?) -> [T] {
        guard let items = node.sequence else {
            log.error(.yamlType, at: document.location(of: node), "“\(what)” must be a list")
            return []
        }
        return items.compactMap(read)
    }

    func section(_ node: YAMLNode) -> FormSection? {
        guard var map = MappingReader(node, in: document, log: log, what: "a section") else { return nil }
        let number = map.string("number", required: true)
        let title = map.string("title", required: true)
        let narrative = map.string("narrative")
        let table = map.string("table")
        let aliases = map.value("aliases").map { strings($0, what: "aliases") } ?? []
        let guidance = map.string("guidance")
        map.reportUnknownKeys(what: "a section")
        guard let number, let title else { return nil }
        switch (narrative, table) {
        case (let narrative?, nil):
            return FormSection(number: number.value, title: title.value, content: .narrative(narrative.value), aliases: aliases,
                               guidance: guidance?.value)
        case (nil, let table?):
            return FormSection(number: number.value, title: title.value, content: .table(table.value), aliases: aliases)
        default:
            log.error(.formDefinition, at: map.location, "a section needs exactly one of “narrative” or “table”")
            return nil
        }
    }

    func table(_ node: YAMLNode) -> FormTable? {
        guard var map = MappingReader(node, in: document, log: log, what: "a table") else { return nil }
        let id = map.string("id", required: true)
        let number = map.string("number", required: true)
        let title = map.string("title", required: true)
        let blocks = map.value("blocks").map { list($0, what: "blocks", block) } ?? []
        map.reportUnknownKeys(what: "a table")
        guard let id, let number, let title else { return nil }
        return FormTable(id: id.value, number: number.value, title: title.value, blocks: blocks)
    }

    func block(_ node: YAMLNode) -> FormBlock? {
        guard var map = MappingReader(node, in: document, log: log, what: "a block") else { return nil }
        let id = map.string("id", required: true)
        let caption = map.string("caption")
        let corner = map.string("corner")
        let header = map.value("columns").map { list($0, what: "columns", columnHeader) } ?? []
        let rows = map.value("rows").map { list($0, what: "rows", row) } ?? []
        map.reportUnknownKeys(what: "a block")
        guard let id else { return nil }
        return FormBlock(id: id.value, caption: caption?.value, corner: corner?.value, header: header, rows: rows)
    }

    func columnHeader(_ node: YAMLNode) -> ColumnHeader? {
        guard var map = MappingReader(node, in: document, log: log, what: "a column") else { return nil }
        if let group = map.string("group") {
            let children = map.value("columns").map { list($0, what: "columns", columnHeader) } ?? []
            map.reportUnknownKeys(what: "a column group")
            return .group(label: group.value, children: children)
        }
        let id = map.string("id", required: true)
        let label = map.string("label", required: true)
        let unit = map.string("unit")
        let kindText = map.string("kind")
        map.reportUnknownKeys(what: "a column")
        guard let id, let label else { return nil }
        var kind = FormColumn.Kind.count
        if let kindText {
            guard let parsed = FormColumn.Kind(rawValue: kindText.value) else {
                log.error(.formDefinition, at: kindText.location, "unknown column kind “\(kindText.value)”",
                          hint: "use one of: count, signedCount, amount")
                return nil
            }
            kind = parsed
        }
        return .column(FormColumn(id: id.value, label: label.value, unit: unit?.value, kind: kind))
    }

    func row(_ node: YAMLNode) -> FormRow? {
        guard var map = MappingReader(node, in: document, log: log, what: "a row") else { return nil }
        let id = map.string("id", required: true)
        let ref = map.string("ref")
        let labelNode = map.value("label")
        let children = map.value("rows").map { list($0, what: "rows", row) } ?? []
        let aliases = map.value("aliases").map { strings($0, what: "aliases") } ?? []
        map.reportUnknownKeys(what: "a row")
        guard let id else { return nil }
        let label = labelNode?.scalar?.string ?? ""
        return FormRow(id: id.value, ref: ref?.value ?? label, label: label, children: children, aliases: aliases)
    }

    func rule(_ node: YAMLNode) -> FormRule? {
        guard var map = MappingReader(node, in: document, log: log, what: "a rule") else { return nil }
        let id = map.string("id", required: true)
        let description = map.string("description")
        let table = map.string("table", required: true)
        let each = map.string("each", required: true)
        let left = map.value("left").map { names($0, what: "left") } ?? []
        let right = map.value("right").map { names($0, what: "right") } ?? []
        map.reportUnknownKeys(what: "a rule")
        guard let id, let table, let each else { return nil }
        guard let kind = FormRule.Each(rawValue: each.value) else {
            log.error(.formDefinition, at: each.location, "unknown rule kind “\(each.value)”", hint: "use each: column or each: row")
            return nil
        }
        if left.isEmpty || right.isEmpty {
            log.error(.formDefinition, at: map.location, "rule “\(id.value)” needs cells on both sides (left and right)")
            return nil
        }
        return FormRule(id: id.value, description: description?.value ?? "", table: table.value, each: kind, left: left, right: right)
    }

    func crossYearRule(_ node: YAMLNode) -> CrossYearRule? {
        guard var map = MappingReader(node, in: document, log: log, what: "a cross-year rule") else { return nil }
        let id = map.string("id", required: true)
        let description = map.string("description")
        let table = map.string("table", required: true)
        let current = map.string("current", required: true)
        let previous = map.string("previous", required: true)
        map.reportUnknownKeys(what: "a cross-year rule")
        guard let id, let table, let current, let previous else { return nil }
        return CrossYearRule(id: id.value, description: description?.value ?? "", table: table.value,
                             current: current.value, previous: previous.value)
    }

    /// Other wordings of a label or heading, matched by `portal import`.
    private func strings(_ node: YAMLNode, what: String) -> [String] {
        texts(node, what: what, problem: "“\(what)” lists the other wordings as text")
    }

    private func names(_ node: YAMLNode, what: String) -> [String] {
        texts(node, what: what, problem: "“\(what)” lists row or column ids")
    }

    private func texts(_ node: YAMLNode, what: String, problem: String) -> [String] {
        list(node, what: what) { item in
            guard let text = item.scalar?.string, !text.isEmpty else {
                log.error(.formDefinition, at: document.location(of: item), problem)
                return nil
            }
            return text
        }
    }

    func keyFigure(_ node: YAMLNode) -> KeyFigure? {
        guard var map = MappingReader(node, in: document, log: log, what: "a key figure") else { return nil }
        let id = map.string("id", required: true)
        let label = map.string("label", required: true)
        let sum = map.value("sum")
        map.reportUnknownKeys(what: "a key figure")
        guard let id, let label, let sum else { return nil }
        let refs: [CellRef] = list(sum, what: "sum") { item in
            guard let text = item.scalar?.string, let ref = CellRef(text) else {
                log.error(.formDefinition, at: document.location(of: item), "a cell reference must read table.row.column")
                return nil
            }
            return ref
        }
        return KeyFigure(id: id.value, label: label.value, cells: refs)
    }
}
