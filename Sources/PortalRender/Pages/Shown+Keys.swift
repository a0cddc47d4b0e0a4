// The template keys of what the report and year pages show of acknowledgements,
// corrections and key-figure totals (see `TemplateValue`).

extension AcknowledgementNotes.Shown: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "place": { $0.place },
        "check": { $0.check },
        "rule": { $0.rule },
        "note": { $0.note },
    ])
}

extension CorrectionHistory.Change: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "place": { $0.place },
        "before": { $0.before },
        "after": { $0.after },
    ])
}

extension CorrectionHistory.Shown: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "date": { $0.date },
        "note": { $0.note },
        "changes": { $0.changes },
    ])
}

extension KeyFigureTotal.Shown: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "id": { $0.id },
        "label": { $0.label },
        "value": { $0.value },
        "incomplete": { $0.incomplete },
        "missing": { $0.missing },
    ])
}
