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

    /// What happened.
    public var message: String {
        switch self {
        case .noTarget(let text), .notBuilt(let text), .stale(let text), .failed(let text): text
        case .tooManyDeletions(let count, let limit):
            "this deploy would remove \(count) files from the live site (the limit is \(limit)); nothing was changed"
        case .unreachable(let detail): "cannot reach the server: \(detail)"
        case .authRefused(let detail): "the server refused the login: \(detail)"
        case .diskFull(let detail): "the target has no space left: \(detail)"
        case .permissionDenied(let detail): "permission denied on the target: \(detail)"
        case .verificationFailed(let problems):
            "the uploaded release does not match the build (\(problems.count) files): \(problems.prefix(5).joined(separator: ", ")); the live site was not changed"
        case .nothingToRollBack: "there is no earlier release to roll back to"
        }
    }

    /// What a person can do about it.
    public var hint: String? {
        switch self {
        case .notBuilt, .stale: "run portal build first, or portal deploy --build"
        case .tooManyDeletions: "check the build, then deploy with --force, or raise maxDeletions for the target"
        case .unreachable: "check the host name, the port and the network"
        case .authRefused: "check the user, the identity file, and that its public key is in the server's authorized_keys"
        case .diskFull: "free space, or keep fewer releases (keep: in site.yaml); the live site was not changed"
        case .permissionDenied: "the deploy user must be able to write the deploy path; the live site was not changed"
        case .verificationFailed: "deploy again; if it persists, check the target's disk and file system"
        case .noTarget, .failed, .nothingToRollBack: nil
        }
    }

    /// A refusal (exit status 1): the deploy would do harm or has nothing
    /// to work with. Anything else is a failure of the target (status 2).
    public var isRefusal: Bool {
        switch self {
        case .notBuilt, .stale, .tooManyDeletions, .nothingToRollBack: true
        default: false
        }
    }

    public var description: String {
        message + (hint.map { "\n  hint: \($0)" } ?? "")
    }

    /// The same, as the failure of the pipeline's `deploy` step.
    public var failure: Failure {
        Failure(step: "deploy", message, hint: hint)
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
