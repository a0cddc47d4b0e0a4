import Foundation
import PortalModel

/// Reads `content/site.yaml`.
enum SiteConfigReader {
    static func read(_ url: URL, path: String, log: DiagnosticLog) -> SiteConfig? {
        guard FileManager.default.fileExists(atPath: url.path) else {
            log.error(.io, at: SourceLocation(path: path), "the site configuration is missing",
                      hint: "create \(path) with at least “title: …”")
            return nil
        }
        guard let text = TextFile.read(url, displayPath: path, log: log),
              let document = YAMLDocument.parse(text, path: path, log: log),
              var map = MappingReader(document.root, in: document, log: log, what: "site.yaml") else { return nil }
        let title = map.string("title", required: true)
        let description = map.string("description")
        let baseURL = map.string("baseURL")
        let language = map.string("language")
        let publisher = map.string("publisher")
        let output = map.string("output")
        let blankCells = map.string("blankCells").flatMap { BlankCellsReader.read($0, log: log) }
        let deadlines = map.value("deadlines").map { DeadlinesReader(document: document, log: log).read($0) }
        let deploy = map.value("deploy").flatMap { DeployConfigReader(document: document, log: log).read($0) }
        map.reportUnknownKeys(what: "site.yaml")
        if let baseURL, !(baseURL.value.hasPrefix("https://") || baseURL.value.hasPrefix("http://")) {
            log.error(.siteConfig, at: baseURL.location, "baseURL must be an absolute http(s) URL, found “\(baseURL.value)”",
                      hint: "e.g. baseURL: https://gk.example.gov.cn/")
        }
        if let output, output.value.isEmpty || output.value.hasPrefix("/") || output.value.split(separator: "/").contains("..") || output.value == "." {
            log.error(.siteConfig, at: output.location, "output must be a folder inside the site, found “\(output.value)”",
                      hint: "e.g. output: public")
        }
        guard let title else { return nil }
        var base = baseURL?.value
        if let b = base, !b.hasSuffix("/") { base = b + "/" }
        var config = SiteConfig(title: title.value, description: description?.value, baseURL: base,
                                language: language?.value ?? "zh-CN", publisher: publisher?.value,
                                output: output?.value ?? "public")
        config.blankCells = blankCells ?? .unknown
        config.deadlines = deadlines ?? Deadline.defaults
        config.deployTargets = deploy?.targets ?? []
        config.defaultTarget = deploy?.defaultTarget
        return config
    }
}
