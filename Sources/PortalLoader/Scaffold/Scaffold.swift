import Foundation
import PortalModel

/// Starts new content in a site folder (`portal new`): an agency's folder
/// with its agency.yaml, or a report's folder with a blank report.yaml and
/// its narrative files. It never overwrites: the folder must not exist.
public struct Scaffold: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Why nothing was written: refused (the folder exists, an unknown
    /// agency, parent or form) or the file system failed.
    public enum Problem: Error, Sendable {
        case refused(Failure)
        case io(Failure)

        public var failure: Failure {
            switch self {
            case .refused(let failure), .io(let failure): failure
            }
        }
    }

    var agenciesFolder: URL { root.appendingPathComponent("content/agencies") }

    /// Agency folders (their slugs), sorted: also what shell completion offers.
    public func agencySlugs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: agenciesFolder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && exists(agenciesFolder.appendingPathComponent("\($0)/agency.yaml")) }.sorted()
    }

    /// The years an agency has report folders for, in order.
    public func reportYears(of agency: String) -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: agenciesFolder.appendingPathComponent(agency).path)) ?? []
        return names.compactMap { $0.count == 4 ? Int($0) : nil }.sorted()
    }

    /// Writes `content/agencies/<slug>/agency.yaml`; returns the paths written.
    @discardableResult
    public func newAgency(slug: String, name: String, kind: Agency.Kind, parent: String?) throws(Problem) -> [String] {
        guard slug != AgencyReader.reservedSlug else {
            throw refusal("content/agencies/\(slug)", "“\(slug)” is reserved: /agencies/page/2/… are the agencies list's later pages",
                          hint: "choose another slug, e.g. “\(slug)-office”")
        }
        guard AgencyReader.isSlug(slug) else {
            throw refusal("content/agencies/\(slug)", "“\(slug)” is not a slug",
                          hint: "use lower-case letters, digits and hyphens (it becomes the URL /agencies/\(slug)/)")
        }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw refusal(nil, "the agency needs its full official name", hint: "pass it with --name")
        }
        if let parent, !agencySlugs().contains(parent) {
            throw refusal("content/agencies/\(parent)", "parent agency “\(parent)” does not exist", hint: suggestion(for: parent))
        }
        let skeleton = AgencySkeleton(name: name, kind: kind, parent: parent)
        return try write(folder: "content/agencies/\(slug)", [("agency.yaml", skeleton.agencyYAML)])
    }

    /// Writes `content/agencies/<agency>/<year>/` with a blank report in
    /// `form` (by default the one form that covers the year); returns the
    /// paths written and the form used.
    @discardableResult
    public func newReport(agency: String, year: Int, form formID: String? = nil) throws(Problem) -> (paths: [String], form: FormDefinition) {
        guard agencySlugs().contains(agency) else {
            throw refusal("content/agencies/\(agency)", "agency “\(agency)” does not exist",
                          hint: suggestion(for: agency) + " (portal new agency \(agency) --name <official name> creates it)")
        }
        guard (1000...9999).contains(year) else {
            throw refusal(nil, "\(year) is not a report year", hint: "give the year the report covers, e.g. \(Self.lastYear)")
        }
        let form = try chooseForm(formID, year: year)
        let log = DiagnosticLog()
        let folder = agenciesFolder.appendingPathComponent(agency)
        let name = AgencyReader(forms: [:], log: log).agency(in: folder, slug: agency, displayPath: "content/agencies/\(agency)")?.name
        let skeleton = ReportSkeleton(form: form, year: year, agencyName: name)
        return (try write(folder: "content/agencies/\(agency)/\(year)", skeleton.files), form)
    }

    /// Starts a site in `root` (which may exist, but holds no content/ or
    /// theme/ yet): content/site.yaml, content/agencies/, the starter theme
    /// and a .gitignore. Returns the paths written; on a failure, removes
    /// what it made.
    @discardableResult
    public func newSite(title: String, baseURL: String?) throws(Problem) -> [String] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw refusal(root.path, "is a file, not a folder", hint: "name a new folder (it is created) or an existing one")
        }
        for existing in ["content", "theme"] where exists(root.appendingPathComponent(existing)) {
            throw refusal(existing, "already exists in \(root.path); portal new never overwrites",
                          hint: "choose a new or empty folder, or add agencies to this site with portal new agency or portal import")
        }
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw refusal(nil, "the portal needs a title", hint: "pass it with --title")
        }
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw refusal(nil, "--base-url must be an absolute http(s) URL, found “\(baseURL)”", hint: "e.g. --base-url https://gk.example.gov.cn/")
        }
        let skeleton = SiteSkeleton(title: title, baseURL: baseURL)
        var files: [(path: String, data: Data)] = [("content/site.yaml", Data(skeleton.siteYAML.utf8))]
        files += SiteSkeleton.themeFiles.map { ("theme/\($0.path)", $0.data) }
        let ignore = root.appendingPathComponent(".gitignore")
        if !exists(ignore) { files.append((".gitignore", Data(SiteSkeleton.gitignore.utf8))) }
        var written: [String] = []
        do {
            try FileManager.default.createDirectory(at: agenciesFolder, withIntermediateDirectories: true)
            for file in files {
                let url = root.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url, options: .withoutOverwriting)
                written.append(file.path)
            }
        } catch {
            for made in ["content", "theme"] { try? FileManager.default.removeItem(at: root.appendingPathComponent(made)) }
            if written.contains(".gitignore") { try? FileManager.default.removeItem(at: ignore) }
            throw .io(Failure.wrap(error, step: "new", path: root.path, doing: "starting the site") as? Failure
                      ?? Failure(step: "new", path: root.path, "\(error)"))
        }
        // The theme's many files in one line: what an editor wants to know is where it is.
        return written.filter { !$0.hasPrefix("theme/") } + ["content/agencies/", "theme/ (\(files.count { $0.path.hasPrefix("theme/") }) files: templates and assets to edit)"]
    }

    /// The form asked for, or the newest form of the site that covers the year.
    func chooseForm(_ id: String?, year: Int) throws(Problem) -> FormDefinition {
        let forms = SiteLoader(root: root).forms()
        let known = forms.keys.sorted().joined(separator: ", ")
        if let id {
            guard let form = forms[id] else { throw refusal(nil, "no form “\(id)”", hint: "the forms are: \(known)") }
            return form
        }
        // Formats overlap when a new one is added beside an open-ended one
        // (2021 onwards): the newest, the one that starts latest, is meant.
        let covering = forms.values.filter { $0.covers(year: year) }
        let latest = covering.map { $0.firstYear ?? Int.min }.max()
        let fitting = covering.filter { ($0.firstYear ?? Int.min) == latest }.sorted { $0.id < $1.id }
        guard fitting.count == 1, let form = fitting.first else {
            throw refusal(nil, fitting.isEmpty ? "no form is meant for \(year)" : "several forms are meant for \(year): \(fitting.map(\.id).joined(separator: ", "))",
                          hint: "choose one with --form (the forms are: \(known))")
        }
        return form
    }

    /// Creates the folder (refusing when it exists: nothing is ever
    /// overwritten) and its files; on a failure, removes what it made.
    private func write(folder: String, _ files: [(name: String, text: String)]) throws(Problem) -> [String] {
        // Run in the wrong folder, portal new would start a stray content/ there.
        guard exists(root.appendingPathComponent("content/site.yaml")) else {
            throw refusal(nil, "no content/site.yaml in \(root.path)", hint: "run portal in the site's folder, or pass it with --site")
        }
        let url = root.appendingPathComponent(folder)
        guard !exists(url) else {
            throw refusal(folder, "already exists; portal new never overwrites", hint: "edit the files there, or remove the folder first")
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        } catch {
            throw .io(Failure.wrap(error, step: "new", path: folder, doing: "creating the folder") as? Failure
                      ?? Failure(step: "new", path: folder, "\(error)"))
        }
        var written: [String] = []
        for file in files {
            do {
                try Data(file.text.utf8).write(to: url.appendingPathComponent(file.name), options: .withoutOverwriting)
                written.append("\(folder)/\(file.name)")
            } catch {
                try? FileManager.default.removeItem(at: url)
                throw .io(Failure.wrap(error, step: "new", path: "\(folder)/\(file.name)") as? Failure
                          ?? Failure(step: "new", path: "\(folder)/\(file.name)", "\(error)"))
            }
        }
        return written
    }

    private func refusal(_ path: String?, _ message: String, hint: String) -> Problem {
        .refused(Failure(step: "new", path: path, message, hint: hint))
    }

    private func suggestion(for slug: String) -> String {
        let slugs = agencySlugs()
        if let close = Spelling.closest(to: slug, among: slugs) { return "did you mean “\(close)”?" }
        return slugs.isEmpty ? "the site has no agencies yet" : "the agencies are: \(slugs.joined(separator: ", "))"
    }

    private func exists(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.path)
    }

    /// The year whose reports are being written now: reports cover the year before.
    public static var lastYear: Int {
        Calendar(identifier: .gregorian).component(.year, from: Date()) - 1
    }
}
