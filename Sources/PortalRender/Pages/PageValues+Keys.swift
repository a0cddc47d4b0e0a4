// The template keys of the values in `PageValues.swift` (see `TemplateValue`).

extension PageCommon: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "site": { $0.site },
        "root": { $0.root },
        "pageTitle": { $0.pageTitle },
        "breadcrumbs": { $0.breadcrumbs },
        "isHome": { $0.isHome },
        "canonical": { $0.canonical },
        "previousURL": { $0.previousURL },
        "nextURL": { $0.nextURL },
    ])
}

extension PageCommon.Site: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "title": { $0.title },
        "language": { $0.language },
        "description": { $0.description },
        "publisher": { $0.publisher },
    ])
}

extension PageCommon.Crumb: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "title": { $0.title },
        "url": { $0.url },
        "current": { $0.current },
    ])
}

extension AgencyLink: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "name": { $0.name },
        "shortName": { $0.shortName },
        "url": { $0.url },
        "kind": { $0.kind },
        "slug": { $0.slug },
    ])
}

extension YearLink: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year },
        "url": { $0.url },
    ])
}

extension Download: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "label": { $0.label },
        "url": { $0.url },
        "format": { $0.format },
    ])
}

extension FigureColumn: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "label": { $0.label },
    ])
}

extension FigureValue: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "id": { $0.id },
        "label": { $0.label },
        "value": { $0.value },
    ])
}

extension FormInfo: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "name": { $0.name },
        "issuedBy": { $0.issuedBy },
        "id": { $0.id },
        "url": { $0.url },
    ])
}
