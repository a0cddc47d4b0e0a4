// The template keys of the values in `ReaderPages.swift` (see `TemplateValue`).

extension PageContext.ReportFactsShown: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "quality": { $0.quality },
        "timeliness": { $0.timeliness },
        "late": { $0.late },
        "deadline": { $0.deadline },
        "kindLabel": { $0.kindLabel },
        "previousYear": { $0.previousYear },
        "previousURL": { $0.previousURL },
        "changes": { $0.changes },
        "copied": { $0.copied },
        "compareURL": { $0.compareURL },
    ])
}

extension PageContext.ReportFactsShown.Phrase: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "text": { $0.text },
    ])
}

extension PageContext.ReportFactsShown.Change: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "label": { $0.label },
        "value": { $0.value },
        "previous": { $0.previous },
        "change": { $0.change },
        "largeJump": { $0.largeJump },
    ])
}

extension PageContext.ReportFactsShown.Copied: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "number": { $0.number },
        "title": { $0.title },
        "percent": { $0.percent },
        "sentences": { $0.sentences },
        "repeatedSentences": { $0.repeatedSentences },
    ])
}

extension PageContext.YearReaders: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "late": { $0.late },
        "lateCount": { $0.lateCount },
        "lateMore": { $0.lateMore },
        "unknownDateCount": { $0.unknownDateCount },
        "onTimeCount": { $0.onTimeCount },
        "missing": { $0.missing },
        "missingCount": { $0.missingCount },
        "missingMore": { $0.missingMore },
        "regions": { $0.regions },
        "regionColumns": { $0.regionColumns },
        "qualityCSV": { $0.qualityCSV },
        "deadlines": { $0.deadlines },
    ])
}

extension PageContext.YearReaders.Late: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "agency": { $0.agency },
        "url": { $0.url },
        "published": { $0.published },
        "deadline": { $0.deadline },
        "daysLate": { $0.daysLate },
    ])
}

extension PageContext.YearReaders.Region: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "agency": { $0.agency },
        "reportCount": { $0.reportCount },
        "agencyCount": { $0.agencyCount },
        "figures": { $0.figures },
    ])
}

extension PageContext.AgencyRollUp: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "figureColumns": { $0.figureColumns },
        "years": { $0.years },
        "latestYear": { $0.latestYear },
        "latest": { $0.latest },
        "latestMore": { $0.latestMore },
    ])
}

extension PageContext.AgencyRollUp.Year: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year },
        "figures": { $0.figures },
        "counted": { $0.counted },
        "owed": { $0.owed },
        "missing": { $0.missing },
        "missingMore": { $0.missingMore },
    ])
}

extension PageContext.AgencyRollUp.Child: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "agency": { $0.agency },
        "url": { $0.url },
        "figures": { $0.figures },
        "missing": { $0.missing },
    ])
}
