import PortalModel

/// Why a deploy stopped, in words that say what to do next.
public enum DeployError: Error, CustomStringConvertible, Equatable {
    case noTarget(String)
    case notBuilt(String)
    case stale(String)
    case tooManyDeletions(count: Int, limit: Int)
    case unreachable(String)
    case authRefused(String)
    case diskFull(String)
    case permissionDenied(String)
    case verificationFailed([String])
    case nothingToRollBack
    case failed(String)

    public var description: String {
        switch self {
        case .noTarget(let text), .notBuilt(let text), .stale(let text), .failed(let text): text
        case .tooManyDeletions(let count, let limit):
            "this deploy would remove \(count) files from the live site (the limit is \(limit)); nothing was changed\n  hint: check the build, then deploy with --force, or raise maxDeletions for the target"
        case .unreachable(let detail): "cannot reach the server: \(detail)\n  hint: check the host name, the port and the network"
        case .authRefused(let detail): "the server refused the login: \(detail)\n  hint: check the user, the identity file, and that its public key is in the server's authorized_keys"
        case .diskFull(let detail): "the target has no space left: \(detail)\n  hint: free space, or keep fewer releases (keep: in site.yaml); the live site was not changed"
        case .permissionDenied(let detail): "permission denied on the target: \(detail)\n  hint: the deploy user must be able to write the deploy path; the live site was not changed"
        case .verificationFailed(let problems):
            "the uploaded release does not match the build (\(problems.count) files): \(problems.prefix(5).joined(separator: ", ")); the live site was not changed"
        case .nothingToRollBack: "there is no earlier release to roll back to"
        }
    }

    /// Reads ssh's and rsync's complaints.
    static func classify(_ result: Shell.Result, doing what: String, target: DeployTarget) -> DeployError {
        let text = result.errors.isEmpty ? result.output : result.errors
        let detail = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.prefix(3).joined(separator: " / ")
        let lower = text.lowercased()
        if lower.contains("permission denied (publickey") || lower.contains("permission denied, please try again")
            || lower.contains("too many authentication failures") || lower.contains("host key verification failed") {
            return .authRefused(detail)
        }
        if ["connection refused", "no route to host", "could not resolve hostname", "connection timed out",
            "network is unreachable", "operation timed out", "name or service not known"].contains(where: lower.contains) {
            return .unreachable(detail)
        }
        if lower.contains("no space left on device") || lower.contains("disk quota exceeded") { return .diskFull(detail) }
        if lower.contains("permission denied") || lower.contains("read-only file system") { return .permissionDenied(detail) }
        return .failed("\(what) failed on target “\(target.name)” (exit \(result.status)): \(detail)")
    }
}
