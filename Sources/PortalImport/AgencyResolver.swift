import Foundation
import PortalLoader
import PortalModel

/// Which agency folder a report goes to: the operator's `--agency`, an
/// existing agency with the official name the report prints, or the
/// `--agencies` mapping; a new agency gets an agency.yaml.
struct AgencyResolver {
    /// Existing agencies: slug → official name.
    let existing: [String: String]
    /// Existing agencies' short names (`shortName:`), slug → short name: a name a report may print for its agency.
    let shortNames: [String: String]
    /// Existing agencies' earlier official names (`formerNames:`, spaces left out as in the names reports print), slug →
    /// names with their last years: a renamed body's earlier reports print them.
    let formerNames: [String: [Agency.FormerName]]
    let options: ImportOptions

    init(options: ImportOptions) {
        self.options = options
        var names: [String: String] = [:], shortNames: [String: String] = [:], formerNames: [String: [Agency.FormerName]] = [:]
        let folder = options.site.appendingPathComponent("content/agencies")
        for slug in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            let file = folder.appendingPathComponent(slug).appendingPathComponent("agency.yaml")
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            names[slug] = Self.value("name", inAgencyYAML: text) ?? ""
            shortNames[slug] = Self.value("shortName", inAgencyYAML: text)
            // (Read whole only where the file has the key: few agencies were renamed.)
            if text.contains("formerNames") {
                let former = AgencyReader.formerNames(inAgencyYAML: text).map { Agency.FormerName($0.name.filter { !$0.isWhitespace }, until: $0.until) }
                if !former.isEmpty { formerNames[slug] = former }
            }
        }
        existing = names
        self.shortNames = shortNames
        self.formerNames = formerNames
    }

    enum Resolution {
        /// An agency folder already there (with a word for the operator when its name differs).
        case existing(slug: String, warning: Diagnostic?)
        /// A new agency: its agency.yaml text; `named` when the slug was made from its name; the agencies whose names end in
        /// its with more of their place, which may be the same body.
        /// `maybeRenamed`: the agencies that may be the body under the name before or after a reorganisation (`RenamedBodies`).
        case new(slug: String, agencyYAML: String, named: Bool, maybeTheSame: [String: String],
                 maybeRenamed: [String: (name: String, direction: RenamedBodies.Direction)])
    }

    /// `clue`: how the report names an agency it does not print as its publisher (区统计局 without its place, the
    /// office to contact), said in the refusal when it prints no name; the office to contact is offered in its hint.
    func resolve(name printed: String?, contact: Agency.Contact, path: String, clue: AgencyClue? = nil) -> Result<Resolution, ImportFailure> {
        let name = printed.map { $0.filter { !$0.isWhitespace } }
        // A mirror site's words injected into the title (沙巴体育_…app$官网平台:第三中学): no agency's name holds
        // `_`, `$`, `@` or a colon, so the name is not taken, nor an agency created with it.
        if let name, name.contains(where: { "_$@#:：".contains($0) }), options.agency.map({ existing[$0] == nil }) ?? true {
            return .failure(.error(.importNoAgency, at: SourceLocation(path: path),
                "the title names the agency “\(name)”, with characters no agency's name holds (_ $ @ # or a colon): words a mirror site injected?",
                hint: "import the report from the agency's own site, or pass --agency <slug> of an agency already in content/agencies"))
        }
        // Strokes OCR read as marks (厦|]市司法局 for 厦门市司法局, a grey scan), or a page's stray marks: no agency's name
        // holds them, so the name is not taken, nor an agency created with it.
        if let name, let stray = name.first(where: { "|[]{}<>\\~^*=".contains($0) }), options.agency.map({ existing[$0] == nil }) ?? true {
            return .failure(.error(.importNoAgency, at: SourceLocation(path: path),
                "the report names the agency “\(name)”, with a mark no agency's name holds (\(stray)): a character misread (by OCR, in a scan) or a stray mark of the page?",
                hint: "compare the name with the original and pass --agency <slug> (for a new agency, write its content/agencies/<slug>/agency.yaml with its name first)"))
        }
        // A mirror's address run into the title's name (puroview.com东城街道, 2019): no agency's name holds a web address.
        if let name, let address = name.range(ofPattern: #"[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"#),
           options.agency.map({ existing[$0] == nil }) ?? true {
            return .failure(.error(.importNoAgency, at: SourceLocation(path: path),
                "the report names the agency “\(name)”, with a web address in it (\(name[address])): the name of a mirror site that copied the page?",
                hint: "import the report from the agency's own site, or pass --agency <slug> of an agency already in content/agencies"))
        }
        // A site's own name put in the body's place (`365bet(中国)官方网站`, a casino's mirror of a 广东 city's 2024 report, in its
        // title and its publishing sentence): no agency's name is spelled in Latin letters, so the name is not taken, nor an
        // agency created with it. (After the web address: puroview.com东城街道 says its address.)
        if let name, let letters = name.range(ofPattern: #"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*"#), options.agency.map({ existing[$0] == nil }) ?? true {
            return .failure(.error(.importNoAgency, at: SourceLocation(path: path),
                "the report names the agency “\(name)”, with Latin letters in it (\(name[letters])): the name of a site that copied the page, put in the body's place?",
                hint: "import the report from the agency's own site, or pass --agency <slug> of an agency already in content/agencies"))
        }
        // The official name, else the one agency whose short name it is (下沙街道, the agency.yaml's `shortName:`).
        let byShortName = name.flatMap { name -> String? in
            let slugs = shortNames.keys.sorted().filter { shortNames[$0] == name }
            return slugs.count == 1 ? slugs.first : nil
        }
        let byName = name.flatMap { name in existing.keys.sorted().first { existing[$0] == name } } ?? byShortName
        // A name the site's agencies had before they were renamed: the one agency that had it. Two that did (a body
        // split in a reorganisation: 卫生和计划生育局 into 卫生健康局 and 医疗保障局) cannot be told apart by the name.
        let byFormerName = byName == nil ? name.map { name in formerNames.keys.sorted().filter { formerNames[$0]!.contains { $0.name == name } } } ?? [] : []
        if byFormerName.count > 1, options.agency == nil, let name, options.agencySlugs[name] == nil {
            return .failure(.error(.importNoAgency, at: SourceLocation(path: path),
                "which agency published this? “\(name)” is a former name of \(byFormerName.count) agencies: \(byFormerName.map { "“\($0)” (\(existing[$0] ?? ""))" }.joined(separator: ", "))",
                hint: "pass --agency <slug> of the one whose report it is"))
        }
        // A year's report naming the body shorter or in full (钱塘区下沙街道办事处, 下沙街道 for 杭州市钱塘区人民政府下沙街道办事处):
        // the one agency of the site that is that body, so that its years stay together and are checked against each other.
        let sameBody = byName == nil && byFormerName.isEmpty && options.agency == nil ? name.flatMap { name in
            options.agencySlugs[name] == nil ? Self.theSameBody(as: name, among: existing) : nil
        } : nil
        let sameFormerBody = byName == nil && byFormerName.isEmpty && sameBody == nil && options.agency == nil ? name.flatMap { name in
            options.agencySlugs[name] == nil ? Self.theSameBody(as: name, among: formerNames.keys.sorted().flatMap { slug in formerNames[slug]!.map { (slug, $0.name) } }) : nil
        } : nil
        // Without a slug given, a new agency's folder is named after the name it prints.
        guard let slug = options.agency ?? byName ?? name.flatMap({ options.agencySlugs[$0] }) ?? byFormerName.first ?? sameBody ?? sameFormerBody
                ?? name.flatMap({ AgencySlug.derived(from: $0, taken: Set(existing.keys)) }) else {
            return .failure(.error(.importNoAgency, at: SourceLocation(path: path),
                "which agency published this? \(name.map { "No agency.yaml has the name “\($0)”" } ?? clue.map { "The report prints no publisher's name: \($0.message)" } ?? "The report prints no agency name")",
                hint: name.map { "pass --agency <slug>, or --agencies names.csv with a line “\($0),<slug>”" }
                    ?? clue?.officeToContact.map(contactHint)
                    ?? clue?.nameToImportAs.map(publishedByHint)
                    ?? clue?.hintInFull
                    // (No printed name: --agencies has none to look up.)
                    ?? "pass --agency <slug>, the folder of the agency that published it (for a new agency, write its content/agencies/<slug>/agency.yaml first)"))
        }
        guard AgencyReader.isSlug(slug) else {
            return .failure(.error(.importUsage, at: SourceLocation(path: path), "“\(slug)” is not a valid agency slug",
                                   hint: "use lower-case letters, digits and hyphens"))
        }
        // The loader would refuse the folder: /agencies/page/2/… are the agencies list's later pages.
        guard slug != AgencyReader.reservedSlug else {
            return .failure(.error(.importUsage, at: SourceLocation(path: path), "“\(slug)” is reserved for the agencies list's later pages",
                                   hint: "choose another slug, e.g. “\(slug)-office”"))
        }
        if let known = existing[slug] {
            if let name, slug == sameBody || slug == sameFormerBody {
                return .success(.existing(slug: slug, warning: .warning(.importAgencyName, at: SourceLocation(path: path),
                    "the report is by “\(name)”: taken for agency “\(slug)”, “\(known)”, \(slug == sameBody ? "the same name" : "one of its former names") with more or less of its place",
                    hint: "if it is another body, import again with --agency <slug>, or --agencies names.csv with a line “\(name),<slug>”")))
            }
            // The operator named the folder; a different printed name is worth a look (a renamed agency, a typo), unless
            // it is a former name its agency.yaml gives.
            let formerName = name.map { name in formerNames[slug]?.contains { $0.name == name } == true } ?? false
            if let name, !name.isEmpty, !known.isEmpty, known != name, !formerName, slug != byShortName || options.agency != nil {
                return .success(.existing(slug: slug, warning: .warning(.importAgencyName, at: SourceLocation(path: path),
                    "the report is by “\(name)”, but agency “\(slug)” is “\(known)”",
                    hint: "check that --agency names the right agency; rename it in agency.yaml if it was renamed")))
            }
            return .success(.existing(slug: slug, warning: nil))
        }
        guard let name, !name.isEmpty else {
            return .failure(.error(.importNoAgency, at: SourceLocation(path: path),
                "the agency “\(slug)” does not exist yet and the report prints no agency name to create it with",
                hint: "create content/agencies/\(slug)/agency.yaml first, then import again"))
        }
        let named = options.agency == nil && options.agencySlugs[name] == nil
        let parent = Self.parent(of: name, among: existing)
        return .success(.new(slug: slug, agencyYAML: Self.agencyYAML(name: name, contact: contact, parent: parent), named: named,
                             maybeTheSame: named ? Self.bodies(named: name, among: existing) : [:],
                             maybeRenamed: named ? RenamedBodies.candidates(for: name, among: existing) : [:]))
    }

    /// The step that imports a report naming `office` only as its office to contact, if that office published it: its
    /// folder when the site has an agency of that name, else the agency.yaml to write first (the folder its name gives).
    func contactHint(_ contact: String) -> String {
        publishedByHint(SignedAgency.bodyBehindContact(contact))
    }

    /// The step that imports a report as `office`'s, if that body published it (a name the report prints only as its
    /// office to contact, or inside a document's title): its folder when the site has it, else the agency.yaml to write first.
    func publishedByHint(_ office: String) -> String {
        let otherwise = "; if another body did, pass --agency <slug> of that agency's folder"
        if let slug = existing.keys.sorted().first(where: { existing[$0] == office }) {
            return "if “\(office)” published it, import again with --agency \(slug) (its folder in content/agencies)" + otherwise
        }
        let slug = AgencySlug.derived(from: office, taken: Set(existing.keys)) ?? "<slug>"
        return "if “\(office)” published it, write content/agencies/\(slug)/agency.yaml with the lines "
            + "“name: \(office)” and “kind: \(Agency.Kind.ofPrinted(name: office).rawValue)”, then import again with --agency \(slug)" + otherwise
    }

    /// The warning for a report of `year` by `slug` that prints a name the agency.yaml says it had only until an earlier
    /// year (a name left from a report copied from an earlier year's, or the wrong agency or year).
    func outdatedName(_ printed: String?, slug: String, year: Int, path: String) -> Diagnostic? {
        guard let name = printed?.filter({ !$0.isWhitespace }),
              let until = formerNames[slug]?.compactMap({ $0.name == name ? $0.until : nil }).max(), until < year else { return nil }
        return .warning(.importAgencyName, at: SourceLocation(path: path),
            "the \(year) report prints “\(name)”, a name agency “\(slug)” had until \(until) (content/agencies/\(slug)/agency.yaml, formerNames:); since then it is “\(existing[slug] ?? slug)”",
            hint: "if the agency published it so (a name left from an earlier year's report), keep it as published; else check the report's year and its agency")
    }

    /// The one agency of the site whose name is `name` with more or less of its place before it: their names without
    /// 人民政府 and a closing 办事处 (杭州市钱塘区下沙街道 and 钱塘区下沙街道) the same or one ending in the other, what the longer
    /// adds ending in a level (杭州市: a place, not 卫生 before 健康局) and the shorter keeping one. None when two are.
    static func theSameBody(as name: String, among existing: [String: String]) -> String? {
        theSameBody(as: name, among: existing.keys.sorted().map { ($0, existing[$0]!) })
    }

    /// The same among names that may share a slug (an agency's former names).
    static func theSameBody(as name: String, among names: [(slug: String, name: String)]) -> String? {
        let printed = core(name)
        let matches = Set(names.filter { slug, known in
            let known = core(known)
            guard !known.isEmpty else { return false }
            let (short, long) = printed.count < known.count ? (printed, known) : (known, printed)
            guard short.count >= 3, long.hasSuffix(short) else { return false }
            // (城关镇 and 城关镇人民政府, 下沙街道 and 下沙街道办事处: one name.)
            if short == long { return true }
            // The shorter keeps a county's or a city's name (钱塘区下沙街道, 甲县城关镇): 下沙街道 or 城关镇 alone may be
            // another county's — many have a 人民路街道 or a 城关镇 — and stays a body of its own.
            return long.dropLast(short.count).last.map(Self.isLevel) == true && short.dropFirst().contains(where: Self.isLevel)
                && !short.contains("市场")
        }.map(\.slug))
        return matches.count == 1 ? matches.first : nil
    }

    private static func core(_ name: String) -> String { Agency.nameCore(name) }

    /// The agencies of the site whose names end in `name`'s with more of their place (杭州市钱塘区下沙街道 for 下沙街道), which
    /// `theSameBody` does not take: the name alone does not tell.
    static func bodies(named name: String, among existing: [String: String]) -> [String: String] {
        let printed = core(name)
        guard printed.count >= 3 else { return [:] }
        return existing.filter { _, known in
            let known = core(known)
            return known.count > printed.count && known.hasSuffix(printed) && known.dropLast(printed.count).last.map(isLevel) == true
        }
    }

    /// The agencies of the site whose names are `name`'s with one character otherwise — put for another, left out or
    /// added — their cores (without 人民政府, 办事处) compared whole, or the shorter with the longer's end after a level
    /// (高青县常家镇 for 单家镇): OCR's misreading of the name (单 for 常), which only the scan tells.
    static func oneCharacterMisread(_ name: String, among existing: [String: String]) -> [String: String] {
        let printed = core(name)
        guard printed.count >= 3 else { return [:] }
        return existing.filter { _, known in
            let known = core(known)
            guard known.count >= 3 else { return false }
            if printed.isOneCharacterApart(from: known) { return true }
            let (short, long) = printed.count < known.count ? (printed, known) : (known, printed)
            return long.dropLast(short.count).last.map(isLevel) == true && short.isOneCharacterApart(from: String(long.suffix(short.count)))
        }
    }

    private static func isLevel(_ character: Character) -> Bool { "省市区县旗州盟".contains(character) }

    /// The agency of the site whose name the new one's begins with — the
    /// longest: 杭州市钱塘区人民政府 for its 下沙街道办事处, and, without the words
    /// 人民政府, for its departments (杭州市钱塘区卫生健康局).
    static func parent(of name: String, among existing: [String: String]) -> (slug: String, name: String)? {
        var best: (slug: String, name: String, length: Int)?
        for (slug, other) in existing.sorted(by: { $0.key < $1.key }) where !other.isEmpty && other != name {
            let place = other.hasSuffix("人民政府") ? String(other.dropLast(4)) : other
            for prefix in [other, place] where prefix.count >= 2 && name.hasPrefix(prefix) && name.count - prefix.count >= 2 {
                if prefix.count > (best?.length ?? 0) { best = (slug, other, prefix.count) }
            }
        }
        return best.map { ($0.slug, $0.name) }
    }

    static let firstLine = "# Created by portal import from the agency's report: check the kind and add shortName, parent, website."
    static let firstLineWithParent = "# Created by portal import from the agency's report: check the kind, the parent, and add shortName, website."

    static func parentLine(_ parent: (slug: String, name: String)) -> String {
        "parent: \(parent.slug)  # \(parent.name), whose name this one's begins with"
    }

    /// The first line of an agency.yaml given a parent after it was written.
    static func withParentComment(_ text: String) -> String {
        text.hasPrefix(firstLine) ? firstLineWithParent + text.dropFirst(firstLine.count) : text
    }

    static func agencyYAML(name: String, contact: Agency.Contact, parent: (slug: String, name: String)? = nil) -> String {
        var lines = [parent == nil ? firstLine : firstLineWithParent,
                     "name: \(ReportYAML.quoted(name))",
                     "kind: \(Agency.Kind.ofPrinted(name: name).rawValue)"]
        if let parent { lines.append(parentLine(parent)) }
        let fields = [("phone", contact.phone), ("address", contact.address), ("postcode", contact.postcode), ("email", contact.email)]
        let present = fields.compactMap { key, value in value.map { (key, $0) } }
        if !present.isEmpty {
            lines.append("contact:")
            lines += present.map { "  \($0.0): \(ReportYAML.quoted($0.1))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `name:` of an agency.yaml, without reading the whole site.
    static func name(inAgencyYAML text: String) -> String? {
        value("name", inAgencyYAML: text)
    }

    /// A top-level key's text of an agency.yaml (`name:`, `shortName:`), without reading the whole site: plain,
    /// single-quoted or double-quoted (read as the JSON string it is).
    static func value(_ key: String, inAgencyYAML text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix(key + ":") {
            let value = line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), let end = value.range(ofPattern: #""\s*(#.*)?$"#),
               let decoded = try? JSONSerialization.jsonObject(with: Data(value[..<end.lowerBound].utf8 + [UInt8(ascii: "\"")]),
                                                               options: .fragmentsAllowed) as? String {
                return decoded
            }
            let plain = value.range(of: " #").map { String(value[..<$0.lowerBound]) } ?? value
            return plain.trimmingCharacters(in: CharacterSet(charactersIn: "' "))
        }
        return nil
    }
}
