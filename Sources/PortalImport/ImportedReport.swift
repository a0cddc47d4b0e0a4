import PortalModel

/// A report as read from a published file, ready to be written: its
/// format, year, cells and narratives in the portal's terms.
struct ImportedReport {
    var form: FormDefinition
    var year: Int?
    var agencyName: String?
    /// The title's own shorter name, where `agencyName` is it with the county the report prints before it (铺前镇 for
    /// 文昌市铺前镇): an agency of the site already named so is the report's, never renamed.
    var titlesName: String?
    /// No agency named, but the text names one another way (区统计局 without its place, the office to contact, 请与昭化区
    /// 医疗保障局联系): the refusal says which, and its hint how to import as the office to contact.
    var agencyClue: AgencyClue?
    var contact: Agency.Contact
    /// Cells per table id, then per row id.
    var cells: [String: [String: [CellValue]]] = [:]
    /// Markdown per narrative id (preamble, overview, problems, other).
    var narratives: [String: String] = [:]
    /// Rows the national format does not have, per table id, as printed: report.yaml's comments.
    var extraRows: [String: [ExtraRow]] = [:]
    var tablesFilled = 0
    /// Tables whose section prints no figures at all.
    var absentTables = Set<String>()
    var cellsFilled = 0
    var blanksKept = 0
    /// Cells written marked for the operator to confirm (`UnconfirmedCells`).
    var cellsToConfirm = 0
    /// The day the file says the report was published, when it says so.
    var published: PublicationDate?
    var diagnostics: [Diagnostic] = []
    /// The file's line into which a text run together joined the opening (`RunTogetherText.brokenLine`): named when
    /// the agency cannot be told.
    var runTogetherLine: Int?
}
