import Foundation

/// What `portal import` was asked to do.
public struct ImportOptions: Sendable {
    /// The site folder (holding content/).
    public var site: URL
    /// The agency's slug, when the operator names it.
    public var agency: String?
    /// The report's year, when the title does not print it (or prints it wrong).
    public var year: Int?
    /// Official name → slug, from `--agencies names.csv`.
    public var agencySlugs: [String: String]
    /// Read, map and check, but write nothing.
    public var dryRun: Bool
    /// Replace an existing report that differs.
    public var force: Bool
    /// The day of the import (YYYY-MM-DD) for `source.imported`; a
    /// re-import of the same file keeps the date already written.
    public var date: String
    /// The note of the `acknowledged:` entries written for every error the
    /// checks find in the published report (`--acknowledge`); nil: none.
    public var acknowledge: String?
    /// Read a PDF without a readable text layer (a scan) by OCR (`--ocr`: Tesseract).
    public var ocr: Bool
    /// The files named are the pictures of one report, its pages (`--one-report`): a report published as pictures.
    public var oneReport: Bool

    public init(site: URL, agency: String? = nil, year: Int? = nil, agencySlugs: [String: String] = [:],
                dryRun: Bool = false, force: Bool = false, date: String = ImportOptions.today(), acknowledge: String? = nil, ocr: Bool = false, oneReport: Bool = false) {
        self.site = site
        self.agency = agency
        self.year = year
        self.agencySlugs = agencySlugs
        self.dryRun = dryRun
        self.force = force
        self.date = date
        self.acknowledge = acknowledge
        self.ocr = ocr
        self.oneReport = oneReport
    }

    public static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }

    /// Reads `name,slug` lines (a header line naming them is skipped).
    public static func agencySlugs(csv text: String) -> [String: String] {
        var slugs: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces.union(["\""])) }
            guard parts.count == 2, !parts[0].isEmpty, parts[1] != "slug" else { continue }
            slugs[parts[0].filter { !$0.isWhitespace }] = parts[1]
        }
        return slugs
    }
}
