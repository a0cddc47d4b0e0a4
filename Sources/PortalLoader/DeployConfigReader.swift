import PortalModel

/// Reads the `deploy:` section of site.yaml:
///
/// ```yaml
/// deploy:
///   default: production
///   targets:
///     production:
///       ssh: deploy@gk.example.gov.cn   # or `folder: /var/www/portal` for a local target
///       path: /srv/portal
///       port: 22
///       identity: ~/.ssh/portal_deploy
///       keep: 5
///       maxDeletions: 50
/// ```
struct DeployConfigReader {
    let document: YAMLDocument
    let log: DiagnosticLog

    func read(_ node: YAMLNode) -> (targets: [DeployTarget], defaultTarget: String?)? {
        guard var map = MappingReader(node, in: document, log: log, what: "deploy") else { return nil }
        let defaultName = map.string("default")
        var targets: [DeployTarget] = []
        if let targetsNode = map.value("targets") {
            if let mapping = targetsNode.mapping {
                for (key, value) in mapping {
                    guard let name = key.string else { continue }
                    if let target = target(name, value) { targets.append(target) }
                }
            } else {
                log.error(.yamlType, at: document.location(of: targetsNode), "“targets” must map target names to their settings")
            }
        }
        map.reportUnknownKeys(what: "deploy")
        if let defaultName, !targets.contains(where: { $0.name == defaultName.value }) {
            log.error(.deployConfig, at: defaultName.location, "the default deploy target “\(defaultName.value)” is not defined",
                      hint: "define it under deploy.targets, or name one of: \(targets.map(\.name).joined(separator: ", "))")
        }
        return (targets, defaultName?.value ?? (targets.count == 1 ? targets.first?.name : nil))
    }

    private func target(_ name: String, _ node: YAMLNode) -> DeployTarget? {
        guard var map = MappingReader(node, in: document, log: log, what: "deploy target “\(name)”") else { return nil }
        let ssh = map.string("ssh")
        let folder = map.string("folder")
        let path = map.string("path")
        let port = map.int("port")
        let identity = map.string("identity")
        let keep = map.int("keep")
        let maxDeletions = map.int("maxDeletions")
        let sshOptions = map.value("sshOptions").map(strings) ?? []
        let rsyncOptions = map.value("rsyncOptions").map(strings) ?? []
        map.reportUnknownKeys(what: "deploy target “\(name)”")
        let kind: DeployTarget.Kind
        let targetPath: String
        switch (ssh, folder) {
        case (let ssh?, nil):
            guard let path else {
                log.error(.deployConfig, at: map.location, "deploy target “\(name)” needs “path”, the folder on the server")
                return nil
            }
            kind = .ssh(destination: ssh.value, port: port?.value, identity: identity?.value, options: sshOptions)
            targetPath = path.value
        case (nil, let folder?):
            kind = .folder
            targetPath = folder.value
        default:
            log.error(.deployConfig, at: map.location, "deploy target “\(name)” needs exactly one of “ssh: user@host” or “folder: /path”")
            return nil
        }
        guard targetPath.hasPrefix("/") || targetPath.hasPrefix("~") else {
            log.error(.deployConfig, at: path?.location ?? folder?.location ?? map.location,
                      "the deploy path must be absolute, found “\(targetPath)”")
            return nil
        }
        return DeployTarget(name: name, kind: kind, path: targetPath, keep: max(keep?.value ?? 5, 1),
                            maxDeletions: maxDeletions?.value ?? 50, rsyncOptions: rsyncOptions, location: map.location)
    }

    private func strings(_ node: YAMLNode) -> [String] {
        (node.sequence ?? []).compactMap { $0.scalar?.string }
    }
}
