import ArgumentParser
import Foundation
import PortalImport
import PortalModel

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn published reports (Word, web page, PDF, OFD, text) into content files, exactly as published.",
        discussion: """
        Reads each file (a folder, with its subfolders, is imported file by file), recognises the format and the six sections, \
        places every table row by its official label and writes report.yaml, the narratives and the original \
        file into content/agencies/<slug>/<year>/. Nothing is guessed: a row it cannot place or a cell it cannot \
        read is an error, and nothing is written for that report; only a scan's cell OCR is not sure of is written \
        marked (“575?”) for you to confirm, and portal build stops until it is. The checks then run on what was imported.
        Exit status: 0 imported, unchanged or kept (the checks' findings are the published report's own problems), \
        1 a file could not be imported (nothing written for it), 2 usage.
        """
    )

    @Argument(help: "Report files or folders of them.")
    var files: [String]

    @OptionGroup var options: SiteOptions

    @Option(help: "The agency's slug (its folder); otherwise found by the official name the report prints, or made from it (pinyin) for a new agency.")
    var agency: String?

    @Option(help: "A CSV file of official name,slug lines, naming the folders of agencies not in the site yet.")
    var agencies: String?

    @Option(help: "The report's year, when its title prints none.")
    var year: Int?

    @Option(help: "The import date written in source: (YYYY-MM-DD; default today). Re-importing the same file keeps the first date.")
    var date: String?

    @Flag(help: "Read, map and check, but write nothing.")
    var dryRun = false

    @Flag(help: "Replace an existing report that differs from the import.")
    var force = false

    @Option(help: ArgumentHelp("Publish the report as published: acknowledge every error the checks find in its figures and narratives with this note (数据核对说明), e.g. \"按原文发布，待机关核实\".", valueName: "note"))
    var acknowledge: String?

    @Flag(help: "Read a scanned PDF (pages of pictures, or text that cannot be read), or a report published as PNG or JPEG pictures, by OCR: needs Tesseract and its Simplified Chinese model (tesseract-ocr-chi-sim). Compare every figure with the original before building.")
    var ocr = false

    @Flag(help: "The files named (and the files in the folders named) are the pictures of one report published as pictures (PNG or JPEG pages, or one long picture), its pages in their names' order, numbers read as numbers (page2 before page10); with --ocr.")
    var oneReport = false

    @Option(help: ArgumentHelp("Files read at the same time (default: one a core, at most 4); the outcomes are the same whatever the number.", valueName: "n"))
    var jobs: Int = Importer.filesAtOnce

    @Option(help: "How to print the result: text (for people) or json (for scripts).")
    var format: Console.Format = .text

    func validate() throws {
        if let date, date.range(of: #"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, options: .regularExpression) == nil {
            throw ValidationError("--date must read YYYY-MM-DD")
        }
        if oneReport, !ocr { throw ValidationError("--one-report puts a report's pictures together to read them by OCR: add --ocr") }
        if jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
        if let year, !(1990...2100).contains(year) { throw ValidationError("--year \(year) is not a report year") }
        if let acknowledge, acknowledge.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--acknowledge needs a note saying why the report is published with its problems")
        }
        if let agency, agency.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) == nil {
            throw ValidationError("--agency \(agency) is not a slug: use lower-case letters, digits and hyphens")
        }
    }

    func run() throws {
        var isFolder: ObjCBool = false
        let content = options.siteURL.appendingPathComponent("content")
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("no content folder in \(options.siteURL.path): run portal in the site's folder, or pass it with --site")
        }
        var slugs: [String: String] = [:]
        if let agencies {
            guard let text = try? String(contentsOfFile: agencies, encoding: .utf8) else {
                throw ValidationError("cannot read --agencies \(agencies)")
            }
            slugs = ImportOptions.agencySlugs(csv: text)
        }
        let importOptions = ImportOptions(site: options.siteURL, agency: agency, year: year, agencySlugs: slugs,
                                          dryRun: dryRun, force: force, date: date ?? ImportOptions.today(),
                                          acknowledge: acknowledge?.trimmingCharacters(in: .whitespacesAndNewlines), ocr: ocr, oneReport: oneReport)
        let report = ImportReport(format: format)
        let outcomes = Importer(options: importOptions).importFiles(files, filesAtOnce: jobs, each: report.printAsImported)
        report.printAtTheEnd(outcomes)
        if outcomes.contains(where: \.failed) { throw ExitCode(1) }
    }
}
