// The template keys of the values in `ReaderPages.swift` (see `TemplateValue`).

extension PageContext.ReportFactsShown: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "quality": { $0.quality.templateNode },
        "timeliness": { $0.timeliness.templateNode },
        "late": { $0.late.templateNode },
        "deadline": { $0.deadline.templateNode },
        "kindLabel": { $0.kindLabel.templateNode },
        "previousYear": { $0.previousYear.templateNode },
        "previousURL": { $0.previousURL.templateNode },
        "changes": { $0.changes.templateNode },
        "copied": { $0.copied.templateNode },
        "compareURL": { $0.compareURL.templateNode },
    ])
}

extension PageContext.ReportFactsShown.Phrase: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "text": { $0.text.templateNode },
    ])
}

extension PageContext.ReportFactsShown.Change: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "label": { $0.label.templateNode },
        "value": { $0.value.templateNode },
        "previous": { $0.previous.templateNode },
        "change": { $0.change.templateNode },
        "largeJump": { $0.largeJump.templateNode },
    ])
}

extension PageContext.ReportFactsShown.Copied: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "number": { $0.number.templateNode },
        "title": { $0.title.templateNode },
        "percent": { $0.percent.templateNode },
        "sentences": { $0.sentences.templateNode },
        "repeatedSentences": { $0.repeatedSentences.templateNode },
    ])
}

extension PageContext.YearReaders: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "late": { $0.late.templateNode },
        "lateCount": { $0.lateCount.templateNode },
        "lateMore": { $0.lateMore.templateNode },
        "unknownDateCount": { $0.unknownDateCount.templateNode },
        "onTimeCount": { $0.onTimeCount.templateNode },
        "missing": { $0.missing.templateNode },
        "missingCount": { $0.missingCount.templateNode },
        "missingMore": { $0.missingMore.templateNode },
        "regions": { $0.regions.templateNode },
        "regionColumns": { $0.regionColumns.templateNode },
        "qualityCSV": { $0.qualityCSV.templateNode },
        "deadlines": { $0.deadlines.templateNode },
    ])
}

extension PageContext.YearReaders.Late: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "agency": { $0.agency.templateNode },
        "url": { $0.url.templateNode },
        "published": { $0.published.templateNode },
        "deadline": { $0.deadline.templateNode },
        "daysLate": { $0.daysLate.templateNode },
    ])
}

extension PageContext.YearReaders.Region: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "agency": { $0.agency.templateNode },
        "reportCount": { $0.reportCount.templateNode },
        "agencyCount": { $0.agencyCount.templateNode },
        "figures": { $0.figures.templateNode },
    ])
}

extension PageContext.AgencyRollUp: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "figureColumns": { $0.figureColumns.templateNode },
        "years": { $0.years.templateNode },
        "latestYear": { $0.latestYear.templateNode },
        "latest": { $0.latest.templateNode },
        "latestMore": { $0.latestMore.templateNode },
    ])
}

extension PageContext.AgencyRollUp.Year: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year.templateNode },
        "figures": { $0.figures.templateNode },
        "counted": { $0.counted.templateNode },
        "owed": { $0.owed.templateNode },
        "missing": { $0.missing.templateNode },
        "missingMore": { $0.missingMore.templateNode },
    ])
}

extension PageContext.AgencyRollUp.Child: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "agency": { $0.agency.templateNode },
        "url": { $0.url.templateNode },
        "figures": { $0.figures.templateNode },
        "missing": { $0.missing.templateNode },
    ])
}
