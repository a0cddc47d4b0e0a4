import Foundation

/// Everything the loader read: the immutable model that checks and
/// rendering work from. Agencies and reports are kept sorted so that every
/// later stage iterates in the same order, which keeps output deterministic.
public struct Portal: Sendable {
    public var site: SiteConfig
    public var forms: [String: FormDefinition]
    /// Sorted by slug (set only here: `agency(_:)` searches it by halves).
    public private(set) var agencies: [Agency]
    /// Sorted by agency slug, then year.
    public var reports: [Report]

    public init(site: SiteConfig, forms: [String: FormDefinition], agencies: [Agency], reports: [Report]) {
        self.site = site
        self.forms = forms
        self.agencies = agencies.sorted { $0.slug < $1.slug }
        self.reports = reports.sorted { ($0.agencySlug, $0.year) < ($1.agencySlug, $1.year) }
    }

    /// The agency of `slug`, found by halving the sorted list: asked once
    /// per report by the checks, a scan from the front was quadratic
    /// (12 million agencies compared at 10,000 reports).
    public func agency(_ slug: String) -> Agency? {
        var low = 0
        var high = agencies.count
        while low < high {
            let middle = (low + high) / 2
            if agencies[middle].slug < slug { low = middle + 1 } else { high = middle }
        }
        return low < agencies.count && agencies[low].slug == slug ? agencies[low] : nil
    }

    public func reports(of slug: String) -> [Report] {
        reports.filter { $0.agencySlug == slug }
    }


    /// Report years, newest first.
    public var years: [Int] {
        Array(Set(reports.map(\.year))).sorted(by: >)
    }

    public func form(of report: Report) -> FormDefinition {
        // The loader only admits reports whose form it knows.
        forms[report.formID]!
    }

    /// A report's value of a figure, by id, as its own form defines it;
    /// nil when a cell it adds up is blank.
    public func figure(_ id: String, of report: Report) -> Decimal? {
        let form = form(of: report)
        return form.figure(id).flatMap { report.keyFigure($0, in: form) }
    }

    /// Key figures in the order first met across the forms in use, so a year
    /// that mixes formats still gets one set of columns.
    public func keyFigures(for reports: [Report]) -> [KeyFigure] {
        merged(reports, \.keyFigures)
    }

    /// The outcome breakdown across the forms in use, merged the same way.
    public func outcomeBreakdown(for reports: [Report]) -> [KeyFigure] {
        merged(reports, \.outcomeBreakdown)
    }

    private func merged(_ reports: [Report], _ list: KeyPath<FormDefinition, [KeyFigure]>) -> [KeyFigure] {
        var seen = Set<String>()
        var figures: [KeyFigure] = []
        for id in Set(reports.map(\.formID)).sorted() {
            for figure in forms[id]?[keyPath: list] ?? [] where seen.insert(figure.id).inserted {
                figures.append(figure)
            }
        }
        return figures
    }
}
