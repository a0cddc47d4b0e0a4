/// `content/site.yaml`: what the whole portal is called and where it goes.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String?
    /// Absolute URL the site will be served from, e.g. `https://gk.example.gov.cn/`.
    /// Used for canonical links; pages link to each other relatively.
    public var baseURL: String?
    public var language: String
    /// Who runs the portal, shown in the footer.
    public var publisher: String?
    /// Output folder, relative to the site root.
    public var output: String
    /// What a blank cell means where a report does not say: unknown (the
    /// default), or zero for a portal whose reports print blanks for zeros.
    public var blankCells: BlankCells = .unknown
    /// Deploy targets, in the order written; `defaultTarget` names the one
    /// `portal deploy` uses when none is given.
    public var deployTargets: [DeployTarget] = []
    public var defaultTarget: String?
    /// When each kind of agency's report is due (`deadlines:`), the
    /// statutory ones unless the site changes them.
    public var deadlines: [Agency.Kind: Deadline] = Deadline.defaults

    public init(title: String, description: String? = nil, baseURL: String? = nil,
                language: String = "zh-CN", publisher: String? = nil, output: String = "public") {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.publisher = publisher
        self.output = output
    }
}
