// The template keys of the values in `Pagination.swift` (see `TemplateValue`).

extension Pagination: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "number": { $0.number.templateNode },
        "count": { $0.count.templateNode },
        "previousURL": { $0.previousURL.templateNode },
        "nextURL": { $0.nextURL.templateNode },
        "pages": { $0.pages.templateNode },
    ])
}

extension Pagination.Link: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "number": { $0.number.templateNode },
        "url": { $0.url.templateNode },
        "current": { $0.current.templateNode },
        "gap": { $0.gap.templateNode },
    ])
}
