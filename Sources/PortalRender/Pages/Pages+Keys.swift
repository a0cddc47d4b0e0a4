// The template keys of the values in `Pages.swift` (see `TemplateValue`).

extension PageContext.Home: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "latest": { $0.latest },
        "coverageYears": { $0.coverageYears },
        "byKind": { $0.byKind },
        "byRegion": { $0.byRegion },
        "agenciesURL": { $0.agenciesURL },
        "years": { $0.years },
        "reportCount": { $0.reportCount },
        "agencyCount": { $0.agencyCount },
        "downloads": { $0.downloads },
    ])
}

extension PageContext.Home.Latest: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year },
        "url": { $0.url },
        "reportCount": { $0.reportCount },
        "figures": { $0.figures },
    ])
}

extension PageContext.Home.CoverageYear: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year },
    ])
}

extension PageContext.Home.CoverageRow: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "label": { $0.label },
        "url": { $0.url },
        "agencyCount": { $0.agencyCount },
        "cells": { $0.cells },
    ])
}

extension PageContext.Home.CoverageRow.Cell: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year },
        "published": { $0.published },
        "complete": { $0.complete },
        "missing": { $0.missing },
    ])
}

extension PageContext.Home.Year: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year },
        "url": { $0.url },
        "reportCount": { $0.reportCount },
    ])
}

extension PageContext.Agencies: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "groups": { $0.groups },
        "agencyCount": { $0.agencyCount },
        "pagination": { $0.pagination },
        "downloads": { $0.downloads },
    ])
}

extension PageContext.Agencies.Agency: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "parent": { $0.parent },
        "reports": { $0.reports },
        "depth": { $0.depth },
    ])
}

extension PageContext.Agencies.Group: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "region": { $0.region },
        "continued": { $0.continued },
        "agencies": { $0.agencies },
    ])
}

extension PageContext.Years: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "years": { $0.years },
        "figureColumns": { $0.figureColumns },
        "downloads": { $0.downloads },
    ])
}

extension PageContext.Years.Year: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year },
        "url": { $0.url },
        "reportCount": { $0.reportCount },
        "figures": { $0.figures },
    ])
}

extension PageContext.Downloads: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "whole": { $0.whole },
        "forms": { $0.forms },
        "years": { $0.years },
        "searchManifest": { $0.searchManifest },
        "searchFormat": { $0.searchFormat },
        "csvColumns": { $0.csvColumns },
        "wideColumns": { $0.wideColumns },
        "qualityColumns": { $0.qualityColumns },
        "reportFormat": { $0.reportFormat },
        "cellsFormat": { $0.cellsFormat },
        "agencyFormat": { $0.agencyFormat },
        "yearFormat": { $0.yearFormat },
        "portalFormat": { $0.portalFormat },
    ])
}

extension PageContext.Downloads.YearFiles: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year },
        "json": { $0.json },
        "archive": { $0.archive },
        "csv": { $0.csv },
    ])
}

extension PageContext.Downloads.CSVColumn: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "name": { $0.name },
    ])
}

extension PageContext.Search: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "manifestURL": { $0.manifestURL },
        "scriptURL": { $0.scriptURL },
        "agenciesURL": { $0.agenciesURL },
        "yearsURL": { $0.yearsURL },
        "years": { $0.years },
        "kinds": { $0.kinds },
    ])
}

extension PageContext.Search.Kind: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "id": { $0.id },
        "label": { $0.label },
    ])
}

extension PageContext.Compare: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "scriptURL": { $0.scriptURL },
        "exampleURL": { $0.exampleURL },
    ])
}

extension PageContext.NotFound: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([:])
}
