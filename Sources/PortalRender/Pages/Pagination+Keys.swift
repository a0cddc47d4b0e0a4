// The template keys of the values in `Pagination.swift` (see `TemplateValue`).

extension Pagination: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "number": { $0.number },
        "count": { $0.count },
        "previousURL": { $0.previousURL },
        "nextURL": { $0.nextURL },
        "pages": { $0.pages },
    ])
}

extension Pagination.Link: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "number": { $0.number },
        "url": { $0.url },
        "current": { $0.current },
        "gap": { $0.gap },
    ])
}
