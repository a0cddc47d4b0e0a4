import PortalModel

extension ClaimsReader {
    /// `agencyKindRules:` (cells a kind of agency has no power to fill, read with the other rules a form adds beside its
    /// identities).
    func agencyKindRules(_ node: YAMLNode) -> [AgencyKindRule] {
        guard let items = node.sequence else {
            log.error(.yamlType, at: document.location(of: node), "“agencyKindRules” must be a list")
            return []
        }
        return items.compactMap { item in
            guard var map = MappingReader(item, in: document, log: log, what: "an agency-kind rule") else { return nil }
            let id = map.string("id", required: true)
            let description = map.string("description")
            let why = map.string("why")
            let table = map.string("table", required: true)
            let rows = words(map.value("rows"), what: "rows")
            let kindNode = map.value("kinds")
            let kindWords = words(kindNode, what: "kinds")
            let ends = words(map.value("governmentNameEnds"), what: "governmentNameEnds")
            let except = words(map.value("exceptNameEnds"), what: "exceptNameEnds")
            let departmentHolds = words(map.value("departmentNameHolds"), what: "departmentNameHolds")
            let departmentExcept = words(map.value("departmentNameExcept"), what: "departmentNameExcept")
            let severity = map.string("severity")
            let departmentSeverity = map.string("departmentSeverity")
            map.reportUnknownKeys(what: "an agency-kind rule")
            guard let id, let table else { return nil }
            let kinds = kindWords.compactMap(Agency.Kind.init(rawValue:))
            guard kinds.count == kindWords.count else {
                log.error(.formDefinition, at: kindNode.map(document.location(of:)) ?? map.location,
                          "an agency-kind rule's kinds are among \(Agency.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            guard let level = Diagnostic.Severity(rawValue: severity?.value ?? "error") else {
                log.error(.formDefinition, at: severity?.location ?? map.location, "severity is error or warning")
                return nil
            }
            // The departments' own severity: the rule's where none is given.
            guard let departmentLevel = Diagnostic.Severity(rawValue: departmentSeverity?.value ?? level.rawValue) else {
                log.error(.formDefinition, at: departmentSeverity?.location ?? map.location, "departmentSeverity is error or warning")
                return nil
            }
            return AgencyKindRule(id: id.value, description: description?.value ?? "", why: why?.value ?? "", table: table.value,
                                  rows: rows, kinds: kinds, governmentNameEnds: ends, exceptNameEnds: except,
                                  departmentNameHolds: departmentHolds, departmentNameExcept: departmentExcept,
                                  severity: level, departmentSeverity: departmentLevel)
        }
    }
}
