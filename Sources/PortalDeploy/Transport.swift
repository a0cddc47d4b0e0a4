import Foundation
import PortalModel

/// How commands and files reach a target: a local shell and rsync for a
/// folder, ssh and rsync over ssh for a server. Everything else about a
/// deploy is the same for both.
struct Transport {
    let target: DeployTarget

    /// The target's base folder as a shell word (`~/x` becomes `"$HOME"/'x'`).
    var base: String { Self.shellPath(expandedPath) }

    var expandedPath: String {
        if case .folder = target.kind, target.path.hasPrefix("~/") {
            return FileManager.default.homeDirectoryForCurrentUser.path + String(target.path.dropFirst(1))
        }
        return target.path
    }

    static func shellPath(_ path: String) -> String {
        path.hasPrefix("~/") ? "\"$HOME\"/" + Shell.quote(String(path.dropFirst(2))) : Shell.quote(path)
    }

    /// Runs a POSIX shell script on the target.
    func sh(_ script: String) throws -> Shell.Result {
        switch target.kind {
        case .folder:
            return try Shell.run("/bin/sh", ["-c", script])
        case .ssh(let destination, _, _, _):
            return try Shell.run("ssh", sshArguments + [destination, "sh -c " + Shell.quote(script)])
        }
    }

    /// Runs a script and fails with a classified error when it does.
    func checked(_ script: String, doing what: String) throws -> String {
        let result = try sh(script)
        guard result.status == 0 else { throw DeployError.classify(result, doing: what, target: target) }
        return result.output
    }

    /// ssh's options: never prompt (a deploy runs unattended), give up on a
    /// dead host quickly, then whatever the site configured.
    var sshArguments: [String] {
        guard case .ssh(_, let port, let identity, let options) = target.kind else { return [] }
        var arguments = ["-o", "BatchMode=yes", "-o", "ConnectTimeout=10"]
        if let port { arguments += ["-p", String(port)] }
        if let identity { arguments += ["-i", (identity as NSString).expandingTildeInPath, "-o", "IdentitiesOnly=yes"] }
        return arguments + options
    }

    /// Copies `folder` into `release` on the target. Files whose content
    /// equals the previous release's are hard-linked to it, not sent:
    /// `--checksum` compares content, and `--no-times` keeps a rebuilt but
    /// unchanged file (new mtime) from counting as different.
    func upload(_ folder: URL, to release: String, linkingTo previous: String?, onLine: (@Sendable (String) -> Void)?) throws -> Shell.Result {
        var arguments = ["-a", "--no-times", "--delete", "--checksum", "--stats", "--info=progress2"] + target.rsyncOptions
        if let previous { arguments.append("--link-dest=\(previous)") }
        switch target.kind {
        case .folder:
            arguments += [folder.path + "/", release + "/"]
        case .ssh(let destination, _, _, _):
            let ssh = (["ssh"] + sshArguments).map(Shell.quote).joined(separator: " ")
            arguments += ["-e", ssh, folder.path + "/", destination + ":" + release + "/"]
        }
        return try Shell.run("rsync", arguments, onLine: onLine)
    }

    /// The release path as rsync and the remote shell see it (absolute, or
    /// relative to the login folder for `~/…` targets).
    func releasePath(_ id: String) -> String {
        let path = expandedPath.hasPrefix("~/") ? String(expandedPath.dropFirst(2)) : expandedPath
        return (path as NSString).appendingPathComponent("releases/\(id)")
    }
}
