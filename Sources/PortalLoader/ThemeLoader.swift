import Foundation
import PortalModel

/// Reads a theme folder: `templates/**/*.mustache` and `assets/**`.
/// Hidden files are skipped; an asset that cannot be read is reported here,
/// by `portal check`, rather than failing the build halfway.
public enum ThemeLoader {
    public static func load(from folder: URL, displayPath: String = "theme") -> (files: ThemeFiles, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        let templatesFolder = folder.appendingPathComponent("templates")
        if !FileManager.default.fileExists(atPath: templatesFolder.path) {
            log.error(.theme, at: SourceLocation(path: "\(displayPath)/templates"), "the theme has no templates folder",
                      hint: "a site needs theme/templates/*.mustache; copy the example portal's theme/ to start")
        }
        // Theme files stay inside the folder that holds the theme (the site).
        let root = folder.standardizedFileURL.deletingLastPathComponent().path
        var templates: [ThemeFiles.Template] = []
        for relative in files(under: templatesFolder) where relative.hasSuffix(".mustache") {
            let path = "\(displayPath)/templates/\(relative)"
            let url = templatesFolder.appendingPathComponent(relative)
            if let outside = outsideTarget(url, root: root) {
                log.error(.outsideSite, at: SourceLocation(path: path), "the template is a link to \(outside), outside the site folder",
                          hint: "copy the file into the theme instead of linking to it")
                continue
            }
            guard let data = try? TextFile.readBytes(url.path, limit: TextFile.limit(for: path)),
                  let text = String(data: data, encoding: .utf8) else {
                log.error(.theme, at: SourceLocation(path: path), "cannot read the template as UTF-8 text (or it is over 1 MB)")
                continue
            }
            templates.append(.init(name: String(relative.dropLast(".mustache".count)), path: path, text: text))
        }
        let assetsFolder = folder.appendingPathComponent("assets")
        var assets: [String] = []
        for asset in files(under: assetsFolder) {
            let url = assetsFolder.appendingPathComponent(asset)
            let location = SourceLocation(path: "\(displayPath)/assets/\(asset)")
            if !FileManager.default.isReadableFile(atPath: url.path) {
                let target = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)
                log.error(.themeAsset, at: location,
                          target.map { "the asset is a link to “\($0)”, which does not exist" } ?? "the asset cannot be read",
                          hint: target == nil ? "check the file's permissions" : "restore the link's target, or remove the link")
            } else if let outside = outsideTarget(url, root: root) {
                log.error(.outsideSite, at: location, "the asset is a link to \(outside), outside the site folder",
                          hint: "copy the file into theme/assets instead of linking to it; nothing outside the site is published")
            } else {
                assets.append(asset)
            }
        }
        let files = ThemeFiles(templates: templates, assets: assets, assetsFolder: assetsFolder, displayPath: displayPath)
        return (files, log.diagnostics)
    }

    /// Where `url` really is, when that is outside `root`.
    static func outsideTarget(_ url: URL, root: String) -> String? {
        guard let real = SiteBoundary.realPath(url.path) else { return nil }
        return SiteBoundary.contains(root, real) ? nil : real
    }

    /// Regular files below `folder`, as sorted relative paths; hidden files
    /// are skipped. A link whose target is gone is listed too, so that it
    /// is reported instead of the asset silently going missing.
    static func files(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder.appendingPathComponent(relative).path, isDirectory: &isDirectory)
            if !exists || !isDirectory.boolValue {
                result.append(relative)
            }
        }
        return result.sorted()
    }
}
