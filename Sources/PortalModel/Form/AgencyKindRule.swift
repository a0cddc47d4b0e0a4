import Foundation

/// Cells a kind of agency leaves at nothing because it has no power to fill them: a 乡镇 or 街道, a county's or a district's
/// government make no 规章 (《立法法》第九十三条: 地方政府规章 are the governments' of provinces, 设区的市 and 自治州), so
/// figures in table 二's 规章 row of their report count something else (their own 规章制度, documents). Which kinds, and
/// which governments by how their names end, are data: `agencyKindRules:` in the form file.
public struct AgencyKindRule: Sendable, Hashable {
    public var id: String
    public var description: String
    /// Why such a body has nothing to count there, in the form's words (the law's article): the finding's hint.
    public var why: String
    public var table: String
    /// The rows whose every cell is nothing for such a body.
    public var rows: [String]
    /// The agency kinds it holds for (`town`, `subdistrict`).
    public var kinds: [Agency.Kind]
    /// Governments it holds for besides, by the end of their names (县人民政府, 区人民政府; 县, 区 for a region named alone:
    /// 鄯善县): a city's name does not say whether it is 设区的市, so 市人民政府 is never among them.
    public var governmentNameEnds: [String]
    /// Ends that name a province after all (自治区人民政府 ends in 区人民政府).
    public var exceptNameEnds: [String]
    /// Departments it holds for besides, by a word their name holds once `departmentNameExcept` are left out (县, 区, 旗:
    /// a county's, a district's or a banner's department, whose government makes no 规章 either). A 设区的市's or a
    /// province's department often lists its government's 规章 of its field: its name holds none of them.
    public var departmentNameHolds: [String]
    /// Words holding one of `departmentNameHolds` that name no county or district (自治区: a province's department).
    public var departmentNameExcept: [String]
    public var severity: Diagnostic.Severity
    /// The severity for the departments `departmentNameHolds` brings in (a warning: the rule's own stays for the rest).
    public var departmentSeverity: Diagnostic.Severity

    public init(id: String, description: String, why: String, table: String, rows: [String], kinds: [Agency.Kind],
                governmentNameEnds: [String], exceptNameEnds: [String] = [], departmentNameHolds: [String] = [],
                departmentNameExcept: [String] = [], severity: Diagnostic.Severity, departmentSeverity: Diagnostic.Severity? = nil) {
        self.id = id
        self.description = description
        self.why = why
        self.table = table
        self.rows = rows
        self.kinds = kinds
        self.governmentNameEnds = governmentNameEnds
        self.exceptNameEnds = exceptNameEnds
        self.departmentNameHolds = departmentNameHolds
        self.departmentNameExcept = departmentNameExcept
        self.severity = severity
        self.departmentSeverity = departmentSeverity ?? severity
    }

    /// Whether the rule holds for this agency.
    public func holds(for agency: Agency) -> Bool { severity(for: agency) != nil }

    /// The severity of the rule's findings for this agency; nil where it does not hold. Names are compared with their
    /// units simplified (同心縣人民政府辦公室, 撫順縣人民政府: a 繁體 mirror's) and a closing note left aside (开阳县人民政府
    /// (开阳县人民政府办公室): which part of the government reports, not what body it is).
    public func severity(for agency: Agency) -> Diagnostic.Severity? {
        if kinds.contains(agency.kind) { return severity }
        let name = Agency.Kind.simplifiedEndings(Agency.withoutClosingNote(agency.name))
        switch agency.kind {
        case .government:
            return governmentNameEnds.contains(where: name.hasSuffix) && !exceptNameEnds.contains(where: name.hasSuffix) ? severity : nil
        case .department:
            let left = departmentNameExcept.reduce(name) { $0.replacingOccurrences(of: $1, with: "") }
            return departmentNameHolds.contains(where: left.contains) ? departmentSeverity : nil
        default:
            return nil
        }
    }
}
