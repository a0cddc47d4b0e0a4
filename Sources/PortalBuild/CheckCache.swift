import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PortalLoader
import PortalModel
import PortalSupport

/// What `portal check` keeps for the next one, in `.portal-cache/check.json`
/// in the site folder: per agency folder, its signature and what loading
/// and checking it found, with the agency and its reports' outlines (what
/// the portal-wide checks look at). The whole file belongs to one `key`:
/// the program, the site's folder, site.yaml and every form; when any of
/// them changes, every folder is checked anew. A file that cannot be read,
/// is damaged or was written for another key is ignored; one that cannot
/// be written costs the next run time, never correctness.
struct CheckCache {
    static let format = "transparency-portal/check-cache@1"

    let file: URL
    let key: String

    init(root: URL) {
        file = root.appendingPathComponent(RenderCache.folderName).appendingPathComponent("check.json")
        key = Self.key(root: root)
    }

    /// One agency folder as the last run found it.
    struct Entry: Codable, Sendable {
        var signature: String
        /// The loader's problems in the folder.
        var loaded: [StoredDiagnostic]
        /// The per-agency checks' problems, acknowledgements applied.
        var checked: [StoredDiagnostic]
        var agency: StoredAgency?
        /// The reports kept, in load order.
        var reports: [StoredReport]
    }

    private struct Contents: Codable {
        var format: String
        var key: String
        var folders: [String: Entry]
    }

    /// The entries saved for this key; none when there is no usable file.
    func read() -> [String: Entry] {
        guard let data = try? Data(contentsOf: file),
              let contents = try? JSONDecoder().decode(Contents.self, from: data),
              contents.format == Self.format, contents.key == key else { return [:] }
        return contents.folders
    }

    /// Replaces the file at once (a reader sees the old or the new one).
    func write(_ folders: [String: Entry]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Contents(format: Self.format, key: key, folders: folders)) else { return }
        RenderCache.makeFolder(file.deletingLastPathComponent())
        try? data.write(to: file, options: .atomic)
    }

    /// Everything besides the agency folders that a folder's result depends
    /// on, digested: the program (its file and the built-in forms), where
    /// the site is (paths in problems are relative to it; links are judged
    /// against its real path), site.yaml and the site's forms, byte for byte.
    static func key(root: URL) -> String {
        var hasher = SHA256()
        hasher.update(data: Data("\(format)|\(programStamp())|\(root.path)|\(realPath(root.path))|".utf8))
        hasher.update(data: Data("\(realPath(root.appendingPathComponent("content").path))|\(realPath(root.appendingPathComponent("content/agencies").path))|".utf8))
        if let builtIn = FormLoader.builtInFormsFolder {
            for form in RenderCache.files(under: builtIn) { RenderCache.add(form, relativeTo: builtIn, to: &hasher) }
        }
        for form in RenderCache.files(under: root.appendingPathComponent("content/forms")) {
            RenderCache.add(form, relativeTo: root, to: &hasher)
        }
        RenderCache.add(root.appendingPathComponent("content/site.yaml"), relativeTo: root, to: &hasher)
        return hasher.finalize().lowercaseHex
    }

    /// The running program's file: path, inode, size and times.
    private static func programStamp() -> String {
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath().path
        var info = stat()
        guard stat(executable, &info) == 0 else { return "\(executable) unknown \(UUID())" }
        return "\(executable) \(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }

    private static func realPath(_ path: String) -> String {
        guard let resolved = Glibc.realpath(path, nil) else { return "-" }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// A diagnostic as the cache keeps it.
struct StoredDiagnostic: Codable, Sendable {
    var severity: String
    var rule: String
    var path: String
    var line: Int
    var column: Int
    var message: String
    var hint: String?
    var note: String?

    init(_ diagnostic: Diagnostic) {
        severity = diagnostic.severity.rawValue
        rule = diagnostic.rule
        path = diagnostic.location.path
        line = diagnostic.location.line
        column = diagnostic.location.column
        message = diagnostic.message
        hint = diagnostic.hint
        note = diagnostic.acknowledgement
    }

    var diagnostic: Diagnostic? {
        guard let severity = Diagnostic.Severity(rawValue: severity) else { return nil }
        var diagnostic = Diagnostic(severity, rule, at: SourceLocation(path: path, line: line, column: column), message, hint: hint)
        diagnostic.acknowledgement = note
        return diagnostic
    }
}

/// An agency as the cache keeps it: every field of agency.yaml.
struct StoredAgency: Codable, Sendable {
    var slug, name, shortName, kind, path, sourceDigest: String
    var parent: String?
    var parentLocation: [Int]?
    var parentPath: String?
    var phone, address, postcode, email, website: String?
    var since, until: Int?

    init(_ agency: Agency) {
        slug = agency.slug
        name = agency.name
        shortName = agency.shortName
        kind = agency.kind.rawValue
        path = agency.location.path
        sourceDigest = agency.sourceDigest
        parent = agency.parent?.value
        parentPath = agency.parent?.location.path
        parentLocation = agency.parent.map { [$0.location.line, $0.location.column] }
        phone = agency.contact.phone
        address = agency.contact.address
        postcode = agency.contact.postcode
        email = agency.contact.email
        website = agency.website
        since = agency.since
        until = agency.until
    }

    var agency: Agency? {
        guard let kind = Agency.Kind(rawValue: kind) else { return nil }
        var parentValue: Located<String>?
        if let parent, let parentPath, let at = parentLocation, at.count == 2 {
            parentValue = Located(parent, at: SourceLocation(path: parentPath, line: at[0], column: at[1]))
        }
        var agency = Agency(slug: slug, name: name, shortName: shortName, kind: kind, parent: parentValue,
                            contact: Agency.Contact(phone: phone, address: address, postcode: postcode, email: email),
                            website: website, location: SourceLocation(path: path), sourceDigest: sourceDigest)
        agency.since = since
        agency.until = until
        return agency
    }
}

/// A report's outline: who, which year and form, where. No cells: only the
/// portal-wide checks see it, and they look at no more.
struct StoredReport: Codable, Sendable {
    var year: Int
    var form: String
    var path: String
    var formLocation: [Int]

    init(_ report: Report) {
        year = report.year
        form = report.formID
        path = report.location.path
        formLocation = [report.formLocation.line, report.formLocation.column]
    }

    func report(of slug: String) -> Report? {
        guard formLocation.count == 2 else { return nil }
        return Report(agencySlug: slug, year: year, formID: form, tables: [:], narratives: [:],
                      location: SourceLocation(path: path), formLocation: SourceLocation(path: path, line: formLocation[0], column: formLocation[1]))
    }
}
