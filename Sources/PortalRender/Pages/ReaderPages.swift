import Foundation
import PortalModel

/// What readers come for, beside each page's own content (issue 16): a
/// report's timeliness, change since last year, repeated text and quality
/// line; a year's late and missing reports and regional totals; an
/// agency's roll-up of its children. Each is its own value and partial, so
/// the pages that show them stay small.
extension PageContext {
    /// Lists on the year page are capped: the year's `quality.csv` has every line.
    static let listLimit = 50

    struct ReportFactsShown {
        struct Phrase {
            var text: String
        }

        struct Change {
            var label: String
            var value: String
            var previous: String
            var change: String
            var largeJump: Bool
        }

        struct Copied {
            var number: String
            var title: String
            var percent: String
            var sentences: Int
            var repeatedSentences: Int
        }

        var quality: [Phrase]
        var timeliness: String
        var late: Bool
        var deadline: String
        var kindLabel: String
        var previousYear: Int?
        var previousURL: String?
        var changes: [Change]
        var copied: [Copied]
        var compareURL: String?
    }

    func readerFacts(_ report: Report, agency: Agency, root: String) -> ReportFactsShown {
        let facts = index.facts.facts(of: report)
        let form = portal.form(of: report)
        // Shown on the report's page: last year's report is a sibling folder.
        let previousURL = facts.previousYear.map(SitePaths.sameAgencyReport)
        return ReportFactsShown(
            quality: facts.qualityPhrases.map(ReportFactsShown.Phrase.init),
            timeliness: facts.timeliness.label,
            late: facts.timeliness.status == .late,
            deadline: facts.timeliness.deadline.description,
            kindLabel: agency.kind.label,
            previousYear: facts.previousYear,
            previousURL: previousURL,
            changes: facts.changes.map { change in
                .init(label: change.label, value: change.value?.plainText ?? "—", previous: change.previous?.plainText ?? "—",
                      change: change.changeText, largeJump: change.isLargeJump)
            },
            copied: facts.copied.map { section in
                .init(number: section.number,
                      title: form.sections.first { $0.number == section.number }?.title ?? "",
                      percent: section.copied.percent.map { "\($0)%" } ?? "—",
                      sentences: section.copied.sentences, repeatedSentences: section.copied.repeatedSentences)
            },
            compareURL: facts.previousYear.map { compareURL(SitePaths.report(agency.slug, $0), SitePaths.report(agency.slug, report.year), root: root) })
    }

    /// The compare page for two reports, by their folders.
    func compareURL(_ a: String, _ b: String, root: String) -> String {
        root + SitePaths.compare + "?a=" + a + "&b=" + b
    }

    struct YearReaders {
        struct Late {
            var agency: AgencyLink
            var url: String
            var published: String
            var deadline: String
            var daysLate: Int
        }

        struct Region {
            var agency: AgencyLink
            var reportCount: Int
            var agencyCount: Int
            var figures: [KeyFigureTotal.Shown]
        }

        var late: [Late]
        var lateCount: Int
        var lateMore: Int?
        var unknownDateCount: Int
        var onTimeCount: Int
        var missing: [AgencyLink]
        var missingCount: Int
        var missingMore: Int?
        var regions: [Region]
        var regionColumns: [FigureColumn]
        var qualityCSV: String
        /// The site's deadlines, as the page explains them: 人民政府 3月31日…
        var deadlines: String
    }

    func yearReaders(_ year: Int, root: String) -> YearReaders {
        let reports = index.reportsByYear[year] ?? []
        var late: [(Report, Timeliness)] = []
        var unknown = 0
        for report in reports {
            let timeliness = index.facts.facts(of: report).timeliness
            switch timeliness.status {
            case .late: late.append((report, timeliness))
            case .unknown: unknown += 1
            case .onTime: break
            }
        }
        // The latest first: what a reader looks for.
        late.sort { ($0.1.daysLate ?? 0, $1.0.agencySlug) > ($1.1.daysLate ?? 0, $0.0.agencySlug) }
        let missing = index.missingReports(year)
        let columns = portal.keyFigures(for: reports)
        let regions = index.regions.compactMap { region -> YearReaders.Region? in
            let members = index.subtree(of: region.slug)
            let found = members.compactMap { slug in index.reportsByAgency[slug]?.first { $0.year == year } }
            guard members.count > 1, !found.isEmpty else { return nil }
            return YearReaders.Region(agency: agencyLink(region, from: root), reportCount: found.count, agencyCount: members.count,
                                      figures: KeyFigureTotal.totals(found, figures: columns, index: index).map(\.shown))
        }
        return YearReaders(
            late: late.prefix(Self.listLimit).map { report, timeliness in
                YearReaders.Late(agency: agencyLink(index.agency(of: report), from: root, year: year),
                                 url: root + SitePaths.report(report.agencySlug, year),
                                 published: timeliness.published?.description ?? "", deadline: timeliness.deadline.description,
                                 daysLate: timeliness.daysLate ?? 0)
            },
            lateCount: late.count,
            lateMore: late.count > Self.listLimit ? late.count - Self.listLimit : nil,
            unknownDateCount: unknown,
            onTimeCount: reports.count - late.count - unknown,
            missing: missing.prefix(Self.listLimit).map { agencyLink($0, from: root) },
            missingCount: missing.count,
            missingMore: missing.count > Self.listLimit ? missing.count - Self.listLimit : nil,
            regions: regions,
            regionColumns: columns.map { FigureColumn(label: $0.label) },
            qualityCSV: root + SitePaths.yearQualityCSV(year),
            deadlines: Agency.Kind.allCases.map { kind in
                let day = portal.site.deadlines[kind] ?? Deadline.defaults[kind]!
                return "\(kind.label) \(day.month)月\(day.day)日"
            }.joined(separator: "，"))
    }

    struct AgencyRollUp {
        struct Year {
            var year: Int
            var figures: [KeyFigureTotal.Shown]
            var counted: Int
            var owed: Int
            var missing: [AgencyLink]
            var missingMore: Int?
        }

        struct Child {
            var agency: AgencyLink
            /// The child's report that year, or its page when it has none.
            var url: String
            var figures: [FigureValue]
            /// Owes a report for the year and has none (未收录).
            var missing: Bool
        }

        var figureColumns: [FigureColumn]
        var years: [Year]
        var latestYear: Int
        var latest: [Child]
        var latestMore: Int?
    }

    /// The children's key figures per year and their sum, computed by the
    /// portal; nil for an agency without children or without their reports.
    func rollUp(_ agency: Agency, root: String) -> AgencyRollUp? {
        let children = index.children[agency.slug] ?? []
        let reports = children.flatMap { index.reportsByAgency[$0.slug] ?? [] }
        guard !children.isEmpty, let latestYear = reports.map(\.year).max() else { return nil }
        let columns = portal.keyFigures(for: reports)
        let years = Set(reports.map(\.year)).sorted(by: >).map { year in
            let found = reports.filter { $0.year == year }
            let owing = children.filter { $0.owesReport(for: year) }
            let published = Set(found.map(\.agencySlug))
            let missing = owing.filter { !published.contains($0.slug) }
            return AgencyRollUp.Year(
                year: year, figures: KeyFigureTotal.totals(found, figures: columns, index: index).map(\.shown),
                counted: found.count, owed: owing.count,
                missing: missing.prefix(20).map { agencyLink($0, from: root) },
                missingMore: missing.count > 20 ? missing.count - 20 : nil)
        }
        let latest = children.filter { $0.owesReport(for: latestYear) || index.reportsByAgency[$0.slug]?.contains { $0.year == latestYear } == true }
        return AgencyRollUp(
            figureColumns: columns.map { FigureColumn(label: $0.label) },
            years: years,
            latestYear: latestYear,
            latest: latest.prefix(Self.listLimit * 4).map { child in
                let report = index.reportsByAgency[child.slug]?.first { $0.year == latestYear }
                return AgencyRollUp.Child(
                    agency: agencyLink(child, from: root),
                    url: root + (report.map { SitePaths.report(child.slug, $0.year) } ?? SitePaths.agency(child.slug)),
                    figures: report.map { figures($0, columns: columns) } ?? columns.map { _ in FigureValue(value: "—") },
                    missing: report == nil)
            },
            latestMore: latest.count > Self.listLimit * 4 ? latest.count - Self.listLimit * 4 : nil)
    }
}
