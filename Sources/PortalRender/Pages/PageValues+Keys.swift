// The template keys of the values in `PageValues.swift` (see `TemplateValue`).

extension PageCommon: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "site": { $0.site.templateNode },
        "root": { $0.root.templateNode },
        "pageTitle": { $0.pageTitle.templateNode },
        "breadcrumbs": { $0.breadcrumbs.templateNode },
        "isHome": { $0.isHome.templateNode },
        "canonical": { $0.canonical.templateNode },
        "previousURL": { $0.previousURL.templateNode },
        "nextURL": { $0.nextURL.templateNode },
    ])
}

extension PageCommon.Site: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "title": { $0.title.templateNode },
        "language": { $0.language.templateNode },
        "description": { $0.description.templateNode },
        "publisher": { $0.publisher.templateNode },
    ])
}

extension PageCommon.Crumb: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "title": { $0.title.templateNode },
        "url": { $0.url.templateNode },
        "current": { $0.current.templateNode },
    ])
}

extension AgencyLink: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "name": { $0.name.templateNode },
        "shortName": { $0.shortName.templateNode },
        "url": { $0.url.templateNode },
        "kind": { $0.kind.templateNode },
        "slug": { $0.slug.templateNode },
    ])
}

extension YearLink: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "year": { $0.year.templateNode },
        "url": { $0.url.templateNode },
    ])
}

extension Download: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "label": { $0.label.templateNode },
        "url": { $0.url.templateNode },
        "format": { $0.format.templateNode },
    ])
}

extension FigureColumn: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "label": { $0.label.templateNode },
    ])
}

extension FigureValue: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "id": { $0.id.templateNode },
        "label": { $0.label.templateNode },
        "value": { $0.value.templateNode },
    ])
}

extension FormInfo: TemplateValue {
    static let templateKeys = TemplateKeys<Self>([
        "name": { $0.name.templateNode },
        "issuedBy": { $0.issuedBy.templateNode },
        "id": { $0.id.templateNode },
        "url": { $0.url.templateNode },
    ])
}
