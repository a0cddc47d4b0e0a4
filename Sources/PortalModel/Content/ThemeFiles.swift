import Foundation

/// A theme as read from disk: the text of every template and the list of
/// asset files. PortalRender compiles the templates; the loader only reads.
public struct ThemeFiles: Sendable {
    public struct Template: Sendable {
        /// The name pages use, e.g. `report` or `partials/header`.
        public var name: String
        /// Where it was read, as diagnostics show it.
        public var path: String
        public var text: String

        public init(name: String, path: String, text: String) {
            self.name = name
            self.path = path
            self.text = text
        }
    }

    public var templates: [Template]
    /// Asset files relative to `assetsFolder`, sorted.
    public var assets: [String]
    public var assetsFolder: URL
    /// How diagnostics name the theme folder, e.g. `theme`.
    public var displayPath: String

    public init(templates: [Template], assets: [String], assetsFolder: URL, displayPath: String) {
        self.templates = templates
        self.assets = assets
        self.assetsFolder = assetsFolder
        self.displayPath = displayPath
    }
}

/// The theme's problems: read by the loader, compiled by the renderer,
/// both during the pipeline's `theme` step.
extension Rule {
    public static let theme = Rule("theme", .error, .theme, "the theme lacks a template every site needs, or a template cannot be read as UTF-8")
    public static let themeAsset = Rule("theme-asset", .error, .theme, "a file in theme/assets cannot be read, e.g. a link whose target is gone")
    public static let templateSyntax = Rule("template-syntax", .error, .theme, "a Mustache template does not parse (an unclosed {{#section}}, a stray {{/section}})")

    public static let themeRules: [Rule] = [.theme, .themeAsset, .templateSyntax]
}
