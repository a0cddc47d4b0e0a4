// The template keys of the values in `Pages.swift` (see `TemplateValue`).

extension PageContext.Home: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "latest": { $0.latest.templateNode },
        "coverageYears": { $0.coverageYears.templateNode },
        "byKind": { $0.byKind.templateNode },
        "byRegion": { $0.byRegion.templateNode },
        "agenciesURL": { $0.agenciesURL.templateNode },
        "years": { $0.years.templateNode },
        "reportCount": { $0.reportCount.templateNode },
        "agencyCount": { $0.agencyCount.templateNode },
        "downloads": { $0.downloads.templateNode },
    ])
}

extension PageContext.Home.Latest: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year.templateNode },
        "url": { $0.url.templateNode },
        "reportCount": { $0.reportCount.templateNode },
        "figures": { $0.figures.templateNode },
    ])
}

extension PageContext.Home.CoverageYear: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year.templateNode },
    ])
}

extension PageContext.Home.CoverageRow: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "label": { $0.label.templateNode },
        "url": { $0.url.templateNode },
        "agencyCount": { $0.agencyCount.templateNode },
        "cells": { $0.cells.templateNode },
    ])
}

extension PageContext.Home.CoverageRow.Cell: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year.templateNode },
        "published": { $0.published.templateNode },
        "complete": { $0.complete.templateNode },
        "missing": { $0.missing.templateNode },
    ])
}

extension PageContext.Home.Year: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year.templateNode },
        "url": { $0.url.templateNode },
        "reportCount": { $0.reportCount.templateNode },
    ])
}

extension PageContext.Agencies: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "groups": { $0.groups.templateNode },
        "agencyCount": { $0.agencyCount.templateNode },
        "pagination": { $0.pagination.templateNode },
        "downloads": { $0.downloads.templateNode },
    ])
}

extension PageContext.Agencies.Agency: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "parent": { $0.parent.templateNode },
        "reports": { $0.reports.templateNode },
        "depth": { $0.depth.templateNode },
    ])
}

extension PageContext.Agencies.Group: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "region": { $0.region.templateNode },
        "continued": { $0.continued.templateNode },
        "agencies": { $0.agencies.templateNode },
    ])
}

extension PageContext.Years: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "years": { $0.years.templateNode },
        "figureColumns": { $0.figureColumns.templateNode },
        "downloads": { $0.downloads.templateNode },
    ])
}

extension PageContext.Years.Year: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year.templateNode },
        "url": { $0.url.templateNode },
        "reportCount": { $0.reportCount.templateNode },
        "figures": { $0.figures.templateNode },
    ])
}

extension PageContext.Downloads: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "whole": { $0.whole.templateNode },
        "forms": { $0.forms.templateNode },
        "years": { $0.years.templateNode },
        "searchManifest": { $0.searchManifest.templateNode },
        "searchFormat": { $0.searchFormat.templateNode },
        "csvColumns": { $0.csvColumns.templateNode },
        "wideColumns": { $0.wideColumns.templateNode },
        "qualityColumns": { $0.qualityColumns.templateNode },
        "reportFormat": { $0.reportFormat.templateNode },
        "cellsFormat": { $0.cellsFormat.templateNode },
        "agencyFormat": { $0.agencyFormat.templateNode },
        "yearFormat": { $0.yearFormat.templateNode },
        "portalFormat": { $0.portalFormat.templateNode },
    ])
}

extension PageContext.Downloads.YearFiles: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year.templateNode },
        "json": { $0.json.templateNode },
        "archive": { $0.archive.templateNode },
        "csv": { $0.csv.templateNode },
    ])
}

extension PageContext.Downloads.CSVColumn: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "name": { $0.name.templateNode },
    ])
}

extension PageContext.Search: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "manifestURL": { $0.manifestURL.templateNode },
        "scriptURL": { $0.scriptURL.templateNode },
        "agenciesURL": { $0.agenciesURL.templateNode },
        "yearsURL": { $0.yearsURL.templateNode },
        "years": { $0.years.templateNode },
        "kinds": { $0.kinds.templateNode },
    ])
}

extension PageContext.Search.Kind: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "id": { $0.id.templateNode },
        "label": { $0.label.templateNode },
    ])
}

extension PageContext.Compare: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "scriptURL": { $0.scriptURL.templateNode },
        "exampleURL": { $0.exampleURL.templateNode },
    ])
}

extension PageContext.NotFound: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([:])
}
