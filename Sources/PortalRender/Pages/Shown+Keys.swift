// The template keys of what the report and year pages show of acknowledgements,
// corrections and key-figure totals (see `TemplateValue`).

extension AcknowledgementNotes.Shown: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "place": { $0.place.templateNode },
        "check": { $0.check.templateNode },
        "rule": { $0.rule.templateNode },
        "note": { $0.note.templateNode },
    ])
}

extension CorrectionHistory.Change: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "place": { $0.place.templateNode },
        "before": { $0.before.templateNode },
        "after": { $0.after.templateNode },
    ])
}

extension CorrectionHistory.Shown: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "date": { $0.date.templateNode },
        "note": { $0.note.templateNode },
        "changes": { $0.changes.templateNode },
    ])
}

extension KeyFigureTotal.Shown: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "id": { $0.id.templateNode },
        "label": { $0.label.templateNode },
        "value": { $0.value.templateNode },
        "incomplete": { $0.incomplete.templateNode },
        "missing": { $0.missing.templateNode },
    ])
}
