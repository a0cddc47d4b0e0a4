// The template keys of the values in `ReportPages.swift` (see `TemplateValue`).

extension PageContext.AgencyPage: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "agency": { $0.agency.templateNode },
        "figureColumns": { $0.figureColumns.templateNode },
        "reports": { $0.reports.templateNode },
        "trendChartSVG": { $0.trendChartSVG.templateNode },
        "trendLabel": { $0.trendLabel.templateNode },
        "rollUp": { $0.rollUp.templateNode },
        "downloads": { $0.downloads.templateNode },
    ])
}

extension PageContext.AgencyPage.Details: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "formerNames": { $0.formerNames.templateNode },
        "parent": { $0.parent.templateNode },
        "children": { $0.children.templateNode },
        "phone": { $0.phone.templateNode },
        "address": { $0.address.templateNode },
        "postcode": { $0.postcode.templateNode },
        "email": { $0.email.templateNode },
        "website": { $0.website.templateNode },
    ])
}

extension PageContext.AgencyPage.Row: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year.templateNode },
        "publishedAs": { $0.publishedAs.templateNode },
        "url": { $0.url.templateNode },
        "form": { $0.form.templateNode },
        "figures": { $0.figures.templateNode },
        "acknowledged": { $0.acknowledged.templateNode },
        "json": { $0.json.templateNode },
        "csv": { $0.csv.templateNode },
    ])
}

extension PageContext.ReportPage: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "agency": { $0.agency.templateNode },
        "year": { $0.year.templateNode },
        "yearURL": { $0.yearURL.templateNode },
        "form": { $0.form.templateNode },
        "published": { $0.published.templateNode },
        "figures": { $0.figures.templateNode },
        "preambleHTML": { $0.preambleHTML.templateNode },
        "acknowledgedCount": { $0.acknowledgedCount.templateNode },
        "corrections": { $0.corrections.templateNode },
        "preambleNotes": { $0.preambleNotes.templateNode },
        "sections": { $0.sections.templateNode },
        "otherYears": { $0.otherYears.templateNode },
        "facts": { $0.facts.templateNode },
        "downloads": { $0.downloads.templateNode },
    ])
}

extension PageContext.ReportPage.Section: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "number": { $0.number.templateNode },
        "title": { $0.title.templateNode },
        "heading": { $0.heading.templateNode },
        "anchor": { $0.anchor.templateNode },
        "isTable": { $0.isTable.templateNode },
        "bodyHTML": { $0.bodyHTML.templateNode },
        "notes": { $0.notes.templateNode },
    ])
}

extension PageContext.YearPage: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year.templateNode },
        "figureColumns": { $0.figureColumns.templateNode },
        "reports": { $0.reports.templateNode },
        "totals": { $0.totals.templateNode },
        "rankingLabel": { $0.rankingLabel.templateNode },
        "ranking": { $0.ranking.templateNode },
        "rankingChartSVG": { $0.rankingChartSVG.templateNode },
        "breakdown": { $0.breakdown.templateNode },
        "breakdownChartSVG": { $0.breakdownChartSVG.templateNode },
        "incomplete": { $0.incomplete.templateNode },
        "reportCount": { $0.reportCount.templateNode },
        "forms": { $0.forms.templateNode },
        "readers": { $0.readers.templateNode },
        "downloads": { $0.downloads.templateNode },
        "pagination": { $0.pagination.templateNode },
        "laterPage": { $0.laterPage.templateNode },
    ])
}

extension PageContext.YearPage.Row: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "agency": { $0.agency.templateNode },
        "url": { $0.url.templateNode },
        "form": { $0.form.templateNode },
        "figures": { $0.figures.templateNode },
        "acknowledged": { $0.acknowledged.templateNode },
    ])
}

extension PageContext.YearPage.Rank: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "rank": { $0.rank.templateNode },
        "agency": { $0.agency.templateNode },
        "url": { $0.url.templateNode },
        "value": { $0.value.templateNode },
    ])
}
