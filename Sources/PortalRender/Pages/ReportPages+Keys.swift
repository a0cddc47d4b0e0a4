// The template keys of the values in `ReportPages.swift` (see `TemplateValue`).

extension PageContext.AgencyPage: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "agency": { $0.agency },
        "figureColumns": { $0.figureColumns },
        "reports": { $0.reports },
        "trendChartSVG": { $0.trendChartSVG },
        "trendLabel": { $0.trendLabel },
        "rollUp": { $0.rollUp },
        "downloads": { $0.downloads },
    ])
}

extension PageContext.AgencyPage.Details: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "parent": { $0.parent },
        "children": { $0.children },
        "phone": { $0.phone },
        "address": { $0.address },
        "postcode": { $0.postcode },
        "email": { $0.email },
        "website": { $0.website },
    ])
}

extension PageContext.AgencyPage.Row: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year },
        "url": { $0.url },
        "form": { $0.form },
        "figures": { $0.figures },
        "acknowledged": { $0.acknowledged },
        "json": { $0.json },
        "csv": { $0.csv },
    ])
}

extension PageContext.ReportPage: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "agency": { $0.agency },
        "year": { $0.year },
        "yearURL": { $0.yearURL },
        "form": { $0.form },
        "published": { $0.published },
        "figures": { $0.figures },
        "preambleHTML": { $0.preambleHTML },
        "acknowledgedCount": { $0.acknowledgedCount },
        "corrections": { $0.corrections },
        "preambleNotes": { $0.preambleNotes },
        "sections": { $0.sections },
        "otherYears": { $0.otherYears },
        "facts": { $0.facts },
        "downloads": { $0.downloads },
    ])
}

extension PageContext.ReportPage.Section: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "number": { $0.number },
        "title": { $0.title },
        "heading": { $0.heading },
        "anchor": { $0.anchor },
        "isTable": { $0.isTable },
        "bodyHTML": { $0.bodyHTML },
        "notes": { $0.notes },
    ])
}

extension PageContext.YearPage: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year },
        "figureColumns": { $0.figureColumns },
        "reports": { $0.reports },
        "totals": { $0.totals },
        "rankingLabel": { $0.rankingLabel },
        "ranking": { $0.ranking },
        "rankingChartSVG": { $0.rankingChartSVG },
        "breakdown": { $0.breakdown },
        "breakdownChartSVG": { $0.breakdownChartSVG },
        "incomplete": { $0.incomplete },
        "reportCount": { $0.reportCount },
        "forms": { $0.forms },
        "readers": { $0.readers },
        "downloads": { $0.downloads },
        "pagination": { $0.pagination },
        "laterPage": { $0.laterPage },
    ])
}

extension PageContext.YearPage.Row: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "agency": { $0.agency },
        "url": { $0.url },
        "form": { $0.form },
        "figures": { $0.figures },
        "acknowledged": { $0.acknowledged },
    ])
}

extension PageContext.YearPage.Rank: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "rank": { $0.rank },
        "agency": { $0.agency },
        "url": { $0.url },
        "value": { $0.value },
    ])
}
