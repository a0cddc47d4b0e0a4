import Crypto
import Foundation
import PortalLoader
import PortalModel
import PortalSupport

/// `portal import`: published report files → agency and report folders in
/// the content format, checked. A folder is imported file by file: several
/// read at once, placed in the site one after another (`importFiles`).
public struct Importer: Sendable {
    public let options: ImportOptions

    public init(options: ImportOptions) {
        self.options = options
    }

    /// Every file named, folders expanded with their subfolders (downloads
    /// kept a folder per agency), in name order, hidden files skipped.
    /// Up to `filesAtOnce` files are read and recognised at the same time (what takes a file's time: its tools, its
    /// text, its rows), each placed in the site in the files' order once it and those before it are (the agencies and
    /// folders the site holds, which a file may add to for the next): the outcomes and the files written are the same as
    /// one file at a time. A window, not batches: while a slow file (a .doc through LibreOffice) is read, the files
    /// after it are read too, as many as the window holds.
    /// `each`: every outcome as soon as it is known, in the files' order.
    public func importFiles(_ paths: [String], filesAtOnce: Int = Importer.filesAtOnce,
                            each: (ImportOutcome) -> Void = { _ in }) -> [ImportOutcome] {
        if options.oneReport {
            let outcome = importPictures(paths)
            each(outcome)
            return [outcome]
        }
        let files = paths.flatMap { Self.files(at: $0) }
        let forms = availableForms()
        let recognised = ResultSlots<Recognised>(count: files.count)
        let done = files.map { _ in DispatchSemaphore(value: 0) }
        var started = 0
        var outcomes: [ImportOutcome] = []
        for index in files.indices {
            // The window: this file and the next ones, up to `filesAtOnce`, being read.
            while started < min(files.count, index + max(1, filesAtOnce)) {
                let file = files[started], slot = started
                DispatchQueue.global().async {
                    recognised[slot] = recognise(URL(fileURLWithPath: file), displayPath: file, forms: forms)
                    done[slot].signal()
                }
                started += 1
            }
            done[index].wait()
            guard let read = recognised[index] else { continue }
            recognised[index] = nil
            let outcome = finish(read)
            each(outcome)
            outcomes.append(outcome)
        }
        linkParents(of: outcomes)
        return outcomes
    }

    /// One file a core, at most four at once: a scan's OCR or a .doc's LibreOffice takes a few hundred MB.
    public static let filesAtOnce = min(4, max(1, ProcessInfo.processInfo.activeProcessorCount))

    /// A district's departments imported before the district's own report
    /// got no parent then: now that the batch is in, each agency it created
    /// without one gets the parent its name begins with.
    private func linkParents(of outcomes: [ImportOutcome]) {
        let created = Set(outcomes.filter { $0.status == .written && $0.newAgency != nil }.compactMap(\.agencySlug))
        guard created.count > 1 else { return }
        let existing = AgencyResolver(options: options).existing
        for slug in created.sorted() {
            let file = options.site.appendingPathComponent("content/agencies/\(slug)/agency.yaml")
            guard let text = try? String(contentsOf: file, encoding: .utf8), !text.contains("\nparent:"),
                  let name = existing[slug], let parent = AgencyResolver.parent(of: name, among: existing) else { continue }
            var lines = text.components(separatedBy: "\n")
            guard let kind = lines.firstIndex(where: { $0.hasPrefix("kind: ") }) else { continue }
            lines.insert(AgencyResolver.parentLine(parent), at: kind + 1)
            try? Data(AgencyResolver.withParentComment(lines.joined(separator: "\n")).utf8).write(to: file, options: .atomic)
        }
    }

    /// The file itself, or the files under a folder, sorted, hidden ones and
    /// the system's own (Thumbs.db, desktop.ini) left out.
    static func files(at path: String) -> [String] {
        var visited = Set<String>()
        return files(at: path, visited: &visited)
    }

    /// `visited`: the folders read, by real path, so a link back up is read once.
    private static func files(at path: String, visited: inout Set<String>) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
        guard visited.insert(URL(fileURLWithPath: path).resolvingSymlinksInPath().path).inserted else { return [] }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { !$0.hasPrefix(".") && !["thumbs.db", "desktop.ini"].contains($0.lowercased()) }.sorted()
        return names.flatMap { files(at: (path as NSString).appendingPathComponent($0), visited: &visited) }
    }

    /// Reports with pictures reach tens of MB; past this a file is not one report.
    static let largestFile = 200 << 20

    public func importFile(_ file: URL, displayPath: String) -> ImportOutcome {
        finish(recognise(file, displayPath: displayPath, forms: availableForms()))
    }

    /// A file read and its report recognised, not yet placed in the site.
    struct Recognised {
        /// What is known of the file so far; final when there is no report.
        var outcome: ImportOutcome
        var report: (document: SourceDocument, data: Data, originalName: String, recognised: ImportedReport)?
        /// A report refused for its year, read as far as its publisher (whose refusal is said with the year's).
        var unnamed: ImportedReport?
    }

    /// The file read, its format told and its report recognised: nothing here depends on the site's agencies and
    /// reports, so files are recognised at the same time.
    private func recognise(_ file: URL, displayPath: String, forms: [FormDefinition]) -> Recognised {
        var outcome = ImportOutcome(file: displayPath)
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int ?? 0
        guard size <= Self.largestFile else {
            outcome.problems = [.error(.importUnreadable, at: SourceLocation(path: displayPath),
                                       "the file is \(size) bytes; no published report is larger than \(Self.largestFile / 1_048_576) MB",
                                       hint: "check that this is the report itself, not an archive of many")]
            return Recognised(outcome: outcome)
        }
        guard let data = try? Data(contentsOf: file) else {
            outcome.problems = [.error(.importUnreadable, at: SourceLocation(path: displayPath), "the file cannot be read",
                                       hint: "check the path and the permissions")]
            return Recognised(outcome: outcome)
        }
        outcome.format = SourceFormat.detect(data)
        let document: SourceDocument
        switch Extraction.lines(of: data, file: file, path: displayPath, ocr: options.ocr) {
        case .failure(let failure): outcome.problems = failure.diagnostics; return Recognised(outcome: outcome)
        case .success(let extracted): document = extracted
        }
        let read = recognise(document, data: document.original ?? data, originalName: file.lastPathComponent, displayPath: displayPath, forms: forms)
        return pagePictures(read, document: document, page: file, forms: forms) ?? read
    }

    /// The report in `document` (its lines as extracted from `data`, the original kept beside the report) imported.
    func importDocument(_ document: SourceDocument, data: Data, originalName: String, displayPath: String) -> ImportOutcome {
        finish(recognise(document, data: data, originalName: originalName, displayPath: displayPath, forms: availableForms()))
    }

    func recognise(_ document: SourceDocument, data: Data, originalName: String, displayPath: String,
                           forms: [FormDefinition]) -> Recognised {
        var outcome = ImportOutcome(file: displayPath)
        outcome.format = document.format
        switch ReportRecogniser.recognise(document, forms: forms, year: options.year, path: displayPath, today: options.date) {
        case .failure(let failure):
            outcome.problems = document.warnings + failure.diagnostics
            if document.format == .pictureOCR, !options.oneReport { outcome.problems = PublishedPictures.onePageOfSeveral(outcome.problems) }
            outcome.formID = failure.formID
            // A report refused for its year may lack its publisher too: said in `finish`, where the site's agencies are read.
            return Recognised(outcome: outcome, unnamed: failure.unnamed)
        case .success(let recognised):
            return Recognised(outcome: outcome, report: (document, data, originalName, recognised))
        }
    }

    /// A recognised report placed in the site: its agency found or made, its folder written, its checks run.
    func finish(_ read: Recognised) -> ImportOutcome {
        var outcome = read.outcome
        let displayPath = outcome.file
        guard let (document, data, originalName, report) = read.report else {
            if let unnamed = read.unnamed, case .failure(let noAgency) = AgencyResolver(options: options).resolve(
                name: nil, contact: unnamed.contact, path: displayPath, clue: unnamed.agencyClue) {
                outcome.problems += refusal(noAgency, of: unnamed, path: displayPath)
            }
            return outcome
        }
        outcome.formID = report.form.id
        outcome.tables = report.form.tables.count
        outcome.tablesFilled = report.tablesFilled
        outcome.cellsFilled = report.cellsFilled
        outcome.blanksKept = report.blanksKept
        outcome.cellsToConfirm = report.cellsToConfirm
        outcome.published = report.published?.date
        outcome.problems = document.warnings + report.diagnostics
        guard let year = report.year else { return outcome }
        outcome.year = year
        let agency: AgencyResolver.Resolution
        let resolver = AgencyResolver(options: options)
        // (A title's 铺前镇 completed as 文昌市铺前镇: the site's agency 铺前镇, imported so before, keeps its reports together.)
        let titlesAgency = report.titlesName.flatMap { short in resolver.existing.values.contains(short) ? short : nil }
        switch resolver.resolve(name: titlesAgency ?? report.agencyName, contact: report.contact, path: displayPath, clue: report.agencyClue) {
        case .failure(let failure): outcome.problems += refusal(failure, of: report, path: displayPath); return outcome
        case .success(let resolution): agency = resolution
        }
        let slug: String
        var agencyYAML: String?
        switch agency {
        case .existing(let existing, let warning):
            slug = existing
            outcome.problems += warning.map { [$0] } ?? []
            outcome.problems += resolver.outdatedName(report.agencyName, slug: existing, year: year, path: displayPath).map { [$0] } ?? []
        case .new(let new, let yaml, let named, let maybeTheSame, let maybeRenamed):
            slug = new; agencyYAML = yaml
            outcome.newAgency = .init(name: report.agencyName ?? "", slugFromName: named, maybeTheSame: maybeTheSame,
                                      maybeRenamedSince: maybeRenamed.filter { $0.value.direction == .renamedSince }.mapValues(\.name),
                                      maybeEarlierName: maybeRenamed.filter { $0.value.direction == .earlierName }.mapValues(\.name))
            // OCR misreads a character (单家镇 for 常家镇): a name one apart from an agency's is offered, only for OCR's
            // names — two real bodies' names are often one apart (东城街道, 西城街道).
            if named, document.format.readByOCR, let name = report.agencyName {
                outcome.newAgency?.maybeMisread = AgencyResolver.oneCharacterMisread(name, among: resolver.existing)
            }
        }
        outcome.agencySlug = slug
        let folder = "content/agencies/\(slug)/\(year)"
        outcome.folder = folder
        var files = reportFiles(report, year: year, data: data, format: document.format, originalName: originalName, folder: folder)
        if let note = options.acknowledge {
            let checked = ImportCheck.checked(site: options.site, slug: slug, year: year, files: files, agencyYAML: agencyYAML)
            if let loaded = checked.report, let form = checked.form, let yaml = files["report.yaml"] {
                let entries = ImportAcknowledgement.entries(checked.diagnostics, report: loaded, form: form)
                files["report.yaml"] = ImportAcknowledgement.yaml(yaml, entries: entries, note: note)
            }
        }
        let existing = ExistingReport(folder: options.site.appendingPathComponent(folder))
        if existing.exists, existing.isIdentical(to: files) {
            outcome.status = .unchanged
        } else if existing.exists, !options.force {
            // A folder of downloads often holds a report twice, as Word and as PDF.
            if let same = existing.sameReport(as: files, folder: folder, path: displayPath) {
                outcome.status = .kept
                outcome.problems.append(same)
            } else {
                outcome.problems.append(existing.refusal(files: files, folder: folder, path: displayPath))
            }
            return outcome
        }
        outcome.checks = ImportCheck.run(site: options.site, slug: slug, year: year, files: files, agencyYAML: agencyYAML)
        if outcome.status == .unchanged { return outcome }
        if options.dryRun {
            outcome.status = .dryRun
            return outcome
        }
        do {
            try write(files, to: options.site.appendingPathComponent(folder), agencyYAML: agencyYAML)
            outcome.status = .written
        } catch {
            outcome.problems.append(.error(.importWrite, at: SourceLocation(path: folder), "cannot write the report: \(error.localizedDescription)"))
        }
        return outcome
    }

    /// The built-in formats and the site's own (`content/forms/*.yaml`).
    func availableForms() -> [FormDefinition] {
        var forms = FormLoader.builtInForms().forms
        let folder = options.site.appendingPathComponent("content/forms")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() where name.hasSuffix(".yaml") {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
                  let form = FormLoader.parse(text, path: "content/forms/\(name)").form, forms[form.id] == nil else { continue }
            forms[form.id] = form
        }
        return forms.values.sorted { $0.id < $1.id }
    }

    /// The report folder's files by name: report.yaml, the narratives and the original.
    private func reportFiles(_ report: ImportedReport, year: Int, data: Data, format: SourceFormat,
                             originalName: String, folder: String) -> [String: Data] {
        let digest = SHA256.hash(data: data).lowercaseHex
        let sourceFile = "source.\(format.fileExtension)"
        // The same file imported again keeps its first import's date, so the files stay identical.
        let existing = ExistingReport(folder: options.site.appendingPathComponent(folder))
        let date = existing.importDate(ifDigestIs: digest) ?? options.date
        let source = ReportSource(originalName: originalName, sha256: digest, format: format.rawValue, imported: date, file: sourceFile)
        var files: [String: Data] = [sourceFile: data]
        files["report.yaml"] = Data(ReportYAML.text(form: report.form, year: year, agencyName: report.agencyName,
                                                    cells: report.cells, extraRows: report.extraRows, published: report.published,
                                                    source: source).utf8)
        for (id, text) in report.narratives { files["\(id).md"] = Data(text.utf8) }
        return files
    }

    /// The agency's refusal as said: no name printed, in a text whose opening ran into one line, the lost line breaks are the
    /// cause named.
    private func refusal(_ failure: ImportFailure, of report: ImportedReport, path: String) -> [Diagnostic] {
        if report.agencyName == nil, options.agency == nil, let line = report.runTogetherLine { return [RunTogetherText.noAgency(line: line, path: path)] }
        return failure.diagnostics
    }

    private func write(_ files: [String: Data], to folder: URL, agencyYAML: String?) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        if let agencyYAML {
            let file = folder.deletingLastPathComponent().appendingPathComponent("agency.yaml")
            if !manager.fileExists(atPath: file.path) { try Data(agencyYAML.utf8).write(to: file, options: .atomic) }
        }
        for (name, data) in files.sorted(by: { $0.key < $1.key }) {
            try data.write(to: folder.appendingPathComponent(name), options: .atomic)
        }
        // Replacing a report (--force): what the previous import wrote and this one does
        // not (another format's original, a preamble) would otherwise linger.
        let stale = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { files[$0] == nil && ($0.hasPrefix("source.") || $0 == "preamble.md") }
        for name in stale { try manager.removeItem(at: folder.appendingPathComponent(name)) }
    }
}
