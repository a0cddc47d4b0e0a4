import PortalModel

/// What importing one file did, for the operator (text) and for scripts (JSON).
public struct ImportOutcome: Sendable {
    public enum Status: String, Sendable {
        /// Files were written.
        case written
        /// The same file was imported before: the files are already identical.
        case unchanged
        /// The report is already in the site from another file of it (every
        /// cell equal): kept as it is, nothing written.
        case kept
        /// `--dry-run`: everything checked, nothing written.
        case dryRun = "dry-run"
        /// An import problem: nothing written.
        case failed
    }

    /// The file as given on the command line.
    public var file: String
    public var status: Status = .failed
    public var format: SourceFormat?
    public var formID: String?
    public var agencySlug: String?
    /// Set when the import creates the agency (a new agency.yaml).
    public var newAgency: NewAgency?
    public var year: Int?
    /// The report folder, relative to the site (content/agencies/x/2024).
    public var folder: String?
    /// Tables that hold figures (not printed blank or absent).
    public var tablesFilled = 0
    public var tables = 0
    public var cellsFilled = 0
    public var blanksKept = 0
    /// Cells OCR was not sure of, written marked `?` in report.yaml: `portal build` stops until each is confirmed.
    public var cellsToConfirm = 0
    /// The publication day the file prints (发布日期, or the date it is signed with), YYYY-MM-DD.
    public var published: String?
    /// Problems of the import itself (the file could not be read as a report).
    public var problems: [Diagnostic] = []
    /// What the checks say about the imported figures: problems of the report as published.
    public var checks: [Diagnostic] = []

    public init(file: String) {
        self.file = file
    }

    public var failed: Bool { status == .failed }

    /// An agency the import creates, by the name its report prints.
    public struct NewAgency: Sendable, Equatable {
        public var name: String
        /// The folder's name was made from the agency's name (no --agency, no names file).
        public var slugFromName: Bool
        /// Agencies of the site whose names end in this one's with more of their place (杭州市钱塘区人民政府下沙街道办事处 for
        /// 下沙街道): maybe the same body, which the name alone does not tell; slug → name.
        public var maybeTheSame: [String: String] = [:]
        /// Agencies of the site that may be this body under its name after a reorganisation renamed it (the report
        /// prints the earlier name: 甲县卫生健康局 for 甲县卫生和计划生育局), slug → name (`RenamedBodies`).
        public var maybeRenamedSince: [String: String] = [:]
        /// Agencies of the site that may be this body under its name before (the report prints the later one).
        public var maybeEarlierName: [String: String] = [:]
        /// Agencies of the site whose names are this one's with one character otherwise (`AgencyResolver.oneCharacterMisread`),
        /// for a name OCR read: maybe the same body, its name misread; slug → name.
        public var maybeMisread: [String: String] = [:]
    }
}
