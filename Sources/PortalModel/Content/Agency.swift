/// A government body that publishes reports: `agencies/<slug>/agency.yaml`.
public struct Agency: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case government
        case department
        case subdistrict
        case town
        case other

        /// How the kind is called on pages.
        public var label: String {
            switch self {
            case .government: "人民政府"
            case .department: "政府部门"
            case .subdistrict: "街道办事处"
            case .town: "乡镇人民政府"
            case .other: "其他机构"
            }
        }
    }

    public struct Contact: Sendable, Hashable {
        public var phone: String?
        public var address: String?
        public var postcode: String?
        public var email: String?

        public init(phone: String? = nil, address: String? = nil, postcode: String? = nil, email: String? = nil) {
            self.phone = phone
            self.address = address
            self.postcode = postcode
            self.email = email
        }

        public var isEmpty: Bool { phone == nil && address == nil && postcode == nil && email == nil }
    }

    /// Folder name, used in URLs: `agencies/<slug>/`.
    public var slug: String
    /// Full official name: 杭州市钱塘区人民政府下沙街道办事处.
    public var name: String
    /// Name used in lists: 下沙街道.
    public var shortName: String
    /// Official names the body had before it was renamed (`formerNames:`), as written: its reports of those years
    /// print them (a 卫生和计划生育局 before the 2018 reorganisation, a 乡 before it became a 镇).
    public var formerNames: [FormerName] = []
    public var kind: Kind
    /// Slug of the agency this one reports to, when it is in the portal.
    public var parent: Located<String>?
    public var contact: Contact
    public var website: String?
    /// The first and last years the agency existed (`since:`/`until:`),
    /// when declared: a body formed or abolished in a reorganisation owes
    /// no report for the years outside them.
    public var since: Int?
    public var until: Int?
    public var location: SourceLocation
    /// SHA-256 of agency.yaml as read: every page shows some agency's details,
    /// so a rebuild renders everything anew when any of these changes.
    public var sourceDigest: String

    public init(slug: String, name: String, shortName: String, kind: Kind, parent: Located<String>? = nil,
                contact: Contact = Contact(), website: String? = nil, location: SourceLocation, sourceDigest: String = "") {
        self.slug = slug
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.parent = parent
        self.contact = contact
        self.website = website
        self.location = location
        self.sourceDigest = sourceDigest
    }

    /// An official name the agency had before, and the last year it had it when known: its reports of that year and
    /// before are titled with it, as they were published.
    public struct FormerName: Sendable, Hashable {
        public var name: String
        public var until: Int?

        public init(_ name: String, until: Int? = nil) {
            self.name = name
            self.until = until
        }
    }

    /// The name the agency had in `year`: the former name whose `until` is the first at or after it, else its name.
    public func name(in year: Int) -> String {
        formerNames.filter { $0.until.map { $0 >= year } ?? false }.min { $0.until! < $1.until! }?.name ?? name
    }

    /// Whether the agency owes a report for `year`: within `since`…`until`
    /// when declared (unbounded otherwise).
    public func owesReport(for year: Int) -> Bool {
        (since.map { year >= $0 } ?? true) && (until.map { year <= $0 } ?? true)
    }
}
