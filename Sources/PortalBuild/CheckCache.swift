import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PortalLoader
import PortalModel
import PortalSupport

/// What `portal check` keeps for the next one, in `.portal-cache/check.cache`
/// in the site folder: per agency folder, its signature and what loading
/// and checking it found, with the agency and its reports' outlines (what
/// the portal-wide checks look at). The whole file belongs to one `key`:
/// the program, the site's folder, site.yaml and every form; when any of
/// them changes, every folder is checked anew. A file that cannot be read,
/// is damaged or was written for another key is ignored; one that cannot
/// be written costs the next run time, never correctness.
///
/// In the bytes of `SnapshotWriter`, sealed with its body's checksum
/// (`SnapshotFile`): a national portal's file (2,500 folders, 2 MB) took
/// Foundation's JSON coder longer to read and write than a one-report
/// rebuild's pages.
struct CheckCache {
    /// `@3`: the body's checksum is XXH64, not SHA-256 (`SnapshotFile.digest`).
    static let format = "transparency-portal/check-cache@3"
    static let fileName = "check.cache"
    /// The file of `check-cache@1`.
    static let legacyFileName = "check.json"

    let file: URL
    var key: String

    init(root: URL) {
        file = root.appendingPathComponent(RenderCache.folderName).appendingPathComponent(Self.fileName)
        key = Self.key(root: root)
    }

    /// One agency folder as the last run found it.
    struct Folder: Sendable {
        var signature: String
        /// The loader's problems in the folder.
        var loaded: [Diagnostic]
        /// The per-agency checks' problems, acknowledgements applied.
        var checked: [Diagnostic]
        var agency: Agency?
        /// The reports kept, in load order.
        var reports: [StoredReport]
    }

    /// The file's body: every string of every problem once, in `strings`; a
    /// problem is eight numbers (`StringTable`). A national portal with a
    /// warning in every row holds 160,000 problems, mostly alike.
    struct Contents {
        var strings: [String]
        var folders: [String: Entry]

        struct Entry {
            var signature: String
            var loaded: [Int]
            var checked: [Int]
            var agency: Agency?
            var reports: [StoredReport]
        }

        init(strings: [String], folders: [String: Entry]) {
            self.strings = strings
            self.folders = folders
        }

        /// Folders in the order of their names: the same folders give the same bytes.
        func encoded() -> [UInt8] {
            var out = SnapshotWriter()
            out.int(strings.count)
            for string in strings { out.string(string) }
            out.int(folders.count)
            for slug in folders.keys.sorted() {
                let entry = folders[slug]!
                out.string(slug)
                out.string(entry.signature)
                for codes in [entry.loaded, entry.checked] {
                    out.int(codes.count)
                    for code in codes { out.int(code) }
                }
                out.bool(entry.agency != nil)
                if let agency = entry.agency { FolderSnapshot.encode(agency, into: &out) }
                out.int(entry.reports.count)
                for report in entry.reports { report.encode(into: &out) }
            }
            return out.bytes
        }

        init(decoding reader: inout SnapshotReader) throws {
            strings = []
            for _ in 0..<(try reader.count()) { strings.append(try reader.string()) }
            folders = [:]
            for _ in 0..<(try reader.count()) {
                let slug = try reader.string(), signature = try reader.string()
                var codes: [[Int]] = []
                for _ in 0..<2 {
                    var list: [Int] = []
                    for _ in 0..<(try reader.count()) { list.append(try reader.int()) }
                    codes.append(list)
                }
                let agency = try reader.bool() ? try FolderSnapshot.decodeAgency(&reader) : nil
                var reports: [StoredReport] = []
                for _ in 0..<(try reader.count()) { reports.append(try StoredReport(decoding: &reader)) }
                folders[slug] = Entry(signature: signature, loaded: codes[0], checked: codes[1], agency: agency, reports: reports)
            }
            guard reader.atEnd else { throw SnapshotReader.Damaged() }
        }
    }

    /// The file's contents for this key; nil when there is no usable file.
    func contents() -> Contents? {
        guard var reader = SnapshotFile.open(file, under: [Self.format, key]) else { return nil }
        return try? Contents(decoding: &reader)
    }

    /// Replaces the file at once (a reader sees the old or the new one).
    func write(_ contents: Contents) {
        RenderCache.makeFolder(file.deletingLastPathComponent())
        SnapshotFile.write(contents.encoded(), under: [Self.format, key], to: file)
    }

    /// The folders saved for this key; none when there is no usable file. A
    /// folder whose entry names strings the file lacks is left out (it is read again).
    func read() -> [String: Folder] {
        guard let contents = contents() else {
            // No file of this program's: the one time the cache of earlier
            // programs (`check-cache@1`, JSON, never read again) may be there.
            // A usable file means a run of this program has removed it already.
            try? FileManager.default.removeItem(at: file.deletingLastPathComponent().appendingPathComponent(Self.legacyFileName))
            return [:]
        }
        let table = StringTable(strings: contents.strings)
        var folders: [String: Folder] = [:]
        for (slug, entry) in contents.folders {
            guard let loaded = table.diagnostics(entry.loaded), let checked = table.diagnostics(entry.checked) else { continue }
            folders[slug] = Folder(signature: entry.signature, loaded: loaded, checked: checked, agency: entry.agency, reports: entry.reports)
        }
        return folders
    }

    /// Replaces the file with `folders`.
    func write(_ folders: [String: Folder]) {
        var table = StringTable()
        var entries: [String: Contents.Entry] = [:]
        for slug in folders.keys.sorted() {
            let folder = folders[slug]!
            entries[slug] = Contents.Entry(signature: folder.signature, loaded: table.codes(folder.loaded), checked: table.codes(folder.checked),
                                           agency: folder.agency, reports: folder.reports)
        }
        write(Contents(strings: table.strings, folders: entries))
    }

    /// Everything besides the agency folders that a folder's result depends
    /// on, digested: the program (its file and the built-in forms it carries), where
    /// the site is (paths in problems are relative to it; links are judged
    /// against its real path), site.yaml and the site's forms, byte for byte.
    static func key(root: URL) -> String {
        var hasher = SHA256()
        hasher.update(data: Data("\(format)|\(programStamp())|\(root.path)|\(realPath(root.path))|".utf8))
        hasher.update(data: Data("\(realPath(root.appendingPathComponent("content").path))|\(realPath(root.appendingPathComponent("content/agencies").path))|".utf8))
        for form in FormLoader.builtInFormTexts { hasher.update(data: Data("\(form.name)|\(form.text)|".utf8)) }
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

/// Problems as numbers: each string (rule, path, message, hint, note) is
/// kept once and named by its place in `strings`.
struct StringTable {
    private(set) var strings: [String] = []
    private var places: [String: Int] = [:]

    /// Numbers per problem: severity, rule, path, line, column, message, hint, note.
    static let width = 8

    init() {}

    init(strings: [String]) {
        self.strings = strings
    }

    mutating func codes(_ diagnostics: [Diagnostic]) -> [Int] {
        var codes: [Int] = []
        codes.reserveCapacity(diagnostics.count * Self.width)
        for diagnostic in diagnostics {
            codes += [diagnostic.severity == .error ? 0 : 1, place(diagnostic.rule), place(diagnostic.location.path),
                      diagnostic.location.line, diagnostic.location.column, place(diagnostic.message),
                      diagnostic.hint.map { place($0) } ?? -1, diagnostic.acknowledgement.map { place($0) } ?? -1]
        }
        return codes
    }

    private mutating func place(_ string: String) -> Int {
        if let known = places[string] { return known }
        strings.append(string)
        places[string] = strings.count - 1
        return strings.count - 1
    }

    /// The problems `codes` name; nil when they are not what `codes(_:)` writes.
    func diagnostics(_ codes: [Int]) -> [Diagnostic]? {
        guard codes.count % Self.width == 0 else { return nil }
        var diagnostics: [Diagnostic] = []
        diagnostics.reserveCapacity(codes.count / Self.width)
        var index = 0
        while index < codes.count {
            let code = codes[index..<(index + Self.width)]
            index += Self.width
            let at = code.startIndex
            guard let rule = string(code[at + 1]), let path = string(code[at + 2]), let message = string(code[at + 5]),
                  code[at] == 0 || code[at] == 1, code[at + 6] == -1 || string(code[at + 6]) != nil,
                  code[at + 7] == -1 || string(code[at + 7]) != nil else { return nil }
            var diagnostic = Diagnostic(code[at] == 0 ? .error : .warning, rule,
                                        at: SourceLocation(path: path, line: code[at + 3], column: code[at + 4]), message, hint: string(code[at + 6]))
            diagnostic.acknowledgement = string(code[at + 7])
            diagnostics.append(diagnostic)
        }
        return diagnostics
    }

    private func string(_ place: Int) -> String? {
        strings.indices.contains(place) ? strings[place] : nil
    }
}

/// A report's outline: who, which year and form, where. No cells: only the
/// portal-wide checks see it, and they look at no more.
struct StoredReport: Sendable {
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

    func encode(into out: inout SnapshotWriter) {
        out.int(year)
        out.string(form)
        out.string(path)
        out.int(formLocation.count)
        for number in formLocation { out.int(number) }
    }

    init(decoding reader: inout SnapshotReader) throws {
        year = try reader.int()
        form = try reader.string()
        path = try reader.string()
        // Line and column: anything else is not what `encode` writes.
        guard try reader.count() == 2 else { throw SnapshotReader.Damaged() }
        formLocation = [try reader.int(), try reader.int()]
    }

    func report(of slug: String) -> Report? {
        guard formLocation.count == 2 else { return nil }
        return Report(agencySlug: slug, year: year, formID: form, tables: [:], narratives: [:],
                      location: SourceLocation(path: path), formLocation: SourceLocation(path: path, line: formLocation[0], column: formLocation[1]))
    }
}
