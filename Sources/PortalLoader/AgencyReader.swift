import Foundation
import PortalModel

/// Reads `agencies/<slug>/agency.yaml`.
public struct AgencyReader {
    let forms: [String: FormDefinition]
    let log: DiagnosticLog
    /// Whether agency.yaml's digest is taken (`SiteLoader.digestsSources`).
    var digests = true

    /// Folder names are URLs: lower-case letters, digits and hyphens, not
    /// starting with a hyphen (`^[a-z0-9][a-z0-9-]*$`, checked by hand: a
    /// regular expression here brought ICU's regex engine into every build).
    public static func isSlug(_ name: String) -> Bool {
        let isLetterOrDigit = { (byte: UInt8) in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        guard let first = name.utf8.first, isLetterOrDigit(first) else { return false }
        return name.utf8.allSatisfy { isLetterOrDigit($0) || $0 == UInt8(ascii: "-") }
    }

    /// `agencies/page/<n>/` are the later pages of the agencies list.
    public static let reservedSlug = "page"

    func agency(in folder: URL, slug: String, displayPath: String) -> Agency? {
        let path = "\(displayPath)/agency.yaml"
        if slug == Self.reservedSlug {
            log.error(.slug, at: SourceLocation(path: displayPath), "agency folder “\(slug)” is reserved: /agencies/page/2/… are the agencies list's later pages",
                      hint: "rename the folder, e.g. “\(slug)-office”")
            return nil
        }
        if !Self.isSlug(slug) {
            log.error(.slug, at: SourceLocation(path: displayPath), "agency folder “\(slug)” is not a valid slug",
                      hint: "use lower-case letters, digits and hyphens (it becomes the URL /agencies/\(slug)/)")
            return nil
        }
        let url = folder.appendingPathComponent("agency.yaml", isDirectory: false)
        guard FileManager.default.fileExists(atPath: url.path) else {
            log.error(.io, at: SourceLocation(path: path), "the agency has no agency.yaml",
                      hint: "create it with at least “name:” (full official name) and “kind:”")
            return nil
        }
        let digest = SourceDigest(taken: digests)
        guard let text = TextFile.read(url, displayPath: path, log: log),
              let document = digest.add("agency.yaml", text).flatMap({ YAMLDocument.parse($0, path: path, log: log) }),
              var map = MappingReader(document.root, in: document, log: log, what: "agency.yaml") else { return nil }
        let name = map.string("name", required: true)
        let shortName = map.string("shortName")
        let formerNames = names("formerNames", &map, document: document)
        let kindText = map.string("kind", required: true)
        let parent = map.string("parent")
        let website = map.string("website")
        let since = year("since", &map)
        let until = year("until", &map)
        if let since, let until, since.value > until.value {
            log.error(.agencyYears, at: until.location, "until: \(until.value) is before since: \(since.value)",
                      hint: "since is the first year the agency existed, until the last")
        }
        var contact = Agency.Contact()
        if let node = map.value("contact"), var contactMap = MappingReader(node, in: document, log: log, what: "contact") {
            contact.phone = contactMap.string("phone")?.value
            contact.address = contactMap.string("address")?.value
            contact.postcode = contactMap.string("postcode")?.value
            contact.email = contactMap.string("email")?.value
            contactMap.reportUnknownKeys(what: "contact")
        }
        map.reportUnknownKeys(what: "agency.yaml")
        var kind: Agency.Kind?
        if let kindText {
            kind = Agency.Kind(rawValue: kindText.value)
            if kind == nil {
                let known = Agency.Kind.allCases.map(\.rawValue)
                log.error(.agencyKind, at: kindText.location, "unknown agency kind “\(kindText.value)”",
                          hint: Spelling.closest(to: kindText.value, among: known).map { "did you mean “\($0)”?" }
                              ?? "use one of: \(known.joined(separator: ", "))")
            }
        }
        guard let name, let kind else { return nil }
        var agency = Agency(slug: slug, name: name.value, shortName: shortName?.value ?? name.value, kind: kind,
                            parent: parent, contact: contact, website: website?.value,
                            location: SourceLocation(path: path), sourceDigest: digest.hex)
        agency.since = since?.value
        agency.until = until?.value
        var seen: Set<String> = [name.value]
        agency.formerNames = formerNames.filter { seen.insert($0.name).inserted }
        return agency
    }

    /// The former names an agency.yaml gives (`formerNames:`), for the import to find the agency by them; nothing when
    /// the file cannot be read (the build says why).
    public static func formerNames(inAgencyYAML text: String) -> [Agency.FormerName] {
        let log = DiagnosticLog()
        guard let document = YAMLDocument.parse(text, path: "agency.yaml", log: log),
              var map = MappingReader(document.root, in: document, log: log, what: "agency.yaml") else { return [] }
        return AgencyReader(forms: [:], log: log).names("formerNames", &map, document: document)
    }

    /// `formerNames:`, a list whose items are a name, or a mapping of `name:` and `until:` (the last year of it); one
    /// name alone is a list of one. Blanks left out; anything else refused.
    fileprivate func names(_ key: String, _ map: inout MappingReader, document: YAMLDocument) -> [Agency.FormerName] {
        guard let node = map.value(key), !node.isNull else { return [] }
        var names: [Agency.FormerName] = []
        for item in node.sequence ?? [node] {
            if item.mapping != nil {
                guard var entry = MappingReader(item, in: document, log: log, what: "a former name") else { continue }
                let name = entry.string("name", required: true)
                let until = year("until", &entry, hint: "the last year the agency had this name")
                entry.reportUnknownKeys(what: "a former name")
                if let name { names.append(Agency.FormerName(name.value.trimmingCharacters(in: .whitespaces), until: until?.value)) }
                continue
            }
            guard let scalar = item.scalar else {
                log.error(.yamlType, at: document.location(of: item), "each of “\(key)” must be a name, found \(item.kindDescription)",
                          hint: "write one earlier official name a line: “- 某某县卫生和计划生育局”, or “- {name: 某某县卫生和计划生育局, until: 2018}”")
                continue
            }
            let name = scalar.string.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty && !item.isNull { names.append(Agency.FormerName(name)) }
        }
        return names
    }

    /// `since:` or `until:`: a year a report could be for.
    private func year(_ key: String, _ map: inout MappingReader,
                      hint: String = "the first (since) or last (until) year the agency existed") -> Located<Int>? {
        guard let text = map.string(key) else { return nil }
        guard let year = Int(text.value.trimmingCharacters(in: .whitespaces)), (1900...2999).contains(year) else {
            log.error(.agencyYears, at: text.location, "“\(key)” must be a year such as 2021, found “\(text.value)”", hint: hint)
            return nil
        }
        return Located(year, at: text.location)
    }
}
