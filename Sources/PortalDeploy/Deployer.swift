import Foundation
import PortalModel
import PortalWrite

/// Publishes a built site as a new release beside the live one, verifies
/// it against the build's manifest, then switches the `current` link with
/// one atomic rename. Until that rename the live site is untouched, so an
/// interrupted or failed deploy changes nothing anybody can see.
public struct Deployer: Sendable {
    public let target: DeployTarget
    /// The built site (with its `.portal-manifest.json`).
    public let output: URL

    public init(target: DeployTarget, output: URL) {
        self.target = target
        self.output = output
    }

    /// What a deploy would do, against the live release.
    public struct Plan: Sendable {
        public var live: String?
        public var added: [Manifest.Entry]
        public var changed: [Manifest.Entry]
        public var removed: [Manifest.Entry]
        public var unchanged: Int

        public var bytesToSend: Int { (added + changed).reduce(0) { $0 + $1.size } }

        public var summary: String {
            "\(added.count) added, \(changed.count) changed, \(removed.count) removed, \(unchanged) unchanged; \(Self.bytes(bytesToSend)) to send"
                + (live.map { " (live release: \($0))" } ?? " (first release)")
        }

        static func bytes(_ count: Int) -> String {
            count < 1024 ? "\(count) B" : count < 1_048_576 ? String(format: "%.1f KB", Double(count) / 1024) : String(format: "%.1f MB", Double(count) / 1_048_576)
        }
    }

    public struct Outcome: Sendable {
        public var release: String
        public var plan: Plan
        /// Files rsync actually sent (unchanged ones are hard links to the previous release).
        public var filesSent: Int
        public var bytesSent: Int
        public var pruned: [String]
    }

    var transport: Transport { Transport(target: target) }

    public func localManifest() throws -> Manifest {
        let url = output.appendingPathComponent(Manifest.fileName)
        guard let data = try? Data(contentsOf: url), let manifest = Manifest.parse(data) else {
            throw DeployError.notBuilt("\(output.path) holds no built site (no \(Manifest.fileName))")
        }
        return manifest
    }

    /// The live release and every release on the target, oldest first.
    func state() throws -> (live: String?, releases: [String]) {
        let script = "cd \(transport.base) 2>/dev/null || exit 0; readlink current 2>/dev/null || true; echo '--'; ls -1 releases 2>/dev/null || true"
        let output = try transport.checked(script, doing: "reading the target")
        let parts = output.components(separatedBy: "--\n")
        let live = parts.first?.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "/").last.map(String.init)
        let releases = (parts.count > 1 ? parts[1] : "").split(separator: "\n").map(String.init)
            .filter { !$0.hasSuffix(".partial") }.sorted()
        return (live, releases)
    }

    public func plan() throws -> Plan {
        let manifest = try localManifest()
        let live = try state().live
        var previous: [String: Manifest.Entry] = [:]
        if let live {
            let text = try transport.checked("cat \(transport.base)/releases/\(Shell.quote(live))/\(Manifest.fileName) 2>/dev/null || true", doing: "reading the live manifest")
            for entry in Manifest.parse(Data(text.utf8))?.entries ?? [] { previous[entry.path] = entry }
        }
        var plan = Plan(live: live, added: [], changed: [], removed: [], unchanged: 0)
        let current = Set(manifest.entries.map(\.path))
        for entry in manifest.entries {
            switch previous[entry.path] {
            case nil: plan.added.append(entry)
            case let old? where old.sha256 != entry.sha256: plan.changed.append(entry)
            default: plan.unchanged += 1
            }
        }
        plan.removed = previous.values.filter { !current.contains($0.path) }.sorted { $0.path < $1.path }
        return plan
    }

    public enum Progress: Sendable {
        /// A step: planning, verifying, switching.
        case step(String)
        /// rsync's running count of bytes and files while uploading.
        case transfer(String)
    }

    /// Uploads, verifies and switches, reporting each step to `progress`.
    public func deploy(force: Bool = false, now: Date = Date(), progress: @escaping @Sendable (Progress) -> Void = { _ in }) throws -> Outcome {
        let manifest = try localManifest()
        let plan = try plan()
        if plan.removed.count > target.maxDeletions && !force {
            throw DeployError.tooManyDeletions(count: plan.removed.count, limit: target.maxDeletions)
        }
        let (_, releases) = try state()
        let release = Self.releaseID(now, existing: Set(releases))
        let base = transport.base
        progress(.step("deploying to \(target.name): \(plan.summary)"))

        // 1. A fresh folder for the new release; leftovers of interrupted deploys go.
        _ = try transport.checked("mkdir -p \(base)/releases && cd \(base)/releases && rm -rf -- *.partial", doing: "preparing the release folder")
        // 2. Upload, hard-linking whatever the live release already has.
        let partial = transport.releasePath(release + ".partial")
        let upload = try transport.upload(output, to: partial, linkingTo: plan.live.map { "../\($0)" }) { line in
            if line.contains("%") { progress(.transfer(line.trimmingCharacters(in: .whitespaces))) }
        }
        guard upload.status == 0 else { throw DeployError.classify(upload, doing: "uploading", target: target) }
        let (filesSent, bytesSent) = Self.rsyncStats(upload.output)
        // 3. Verify every file against the manifest before anybody can see it.
        progress(.step("verifying \(manifest.entries.count) files against the build's manifest"))
        try verify(release: release + ".partial", against: manifest)
        // 4. Publish: rename the release, point `current` at it in one rename.
        try activate(release, renamingPartial: true)
        progress(.step("switched \(target.name) to release \(release)"))
        let pruned = try prune(keeping: release)
        return Outcome(release: release, plan: plan, filesSent: filesSent, bytesSent: bytesSent, pruned: pruned)
    }

    /// Points `current` back at the release before the live one.
    public func rollback() throws -> (from: String, to: String) {
        let (live, releases) = try state()
        guard let live, let index = releases.firstIndex(of: live), index > 0 else { throw DeployError.nothingToRollBack }
        let previous = releases[index - 1]
        try activate(previous, renamingPartial: false)
        return (live, previous)
    }

    func verify(release: String, against manifest: Manifest) throws {
        let script = "cd \(transport.base)/releases/\(Shell.quote(release)) && find . -type f ! -name \(Shell.quote(Manifest.fileName)) -exec sha256sum {} +"
        let listing = try transport.checked(script, doing: "verifying the upload")
        var found: [String: String] = [:]
        for line in listing.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            guard parts.count == 2 else { continue }
            var path = parts[1].trimmingCharacters(in: .whitespaces)
            if path.hasPrefix("./") { path.removeFirst(2) }
            found[path] = String(parts[0])
        }
        var problems: [String] = []
        for entry in manifest.entries where found[entry.path] != entry.sha256 {
            problems.append(found[entry.path] == nil ? "\(entry.path) missing" : "\(entry.path) differs")
        }
        let expected = Set(manifest.entries.map(\.path))
        problems += found.keys.filter { !expected.contains($0) }.sorted().map { "\($0) unexpected" }
        if !problems.isEmpty {
            _ = try? transport.sh("rm -rf \(transport.base)/releases/\(Shell.quote(release))")
            throw DeployError.verificationFailed(problems)
        }
    }

    /// `ln -sfn` then `mv -T`: rename(2) replaces the link atomically, so
    /// the web server sees the old release or the new one, never neither.
    func activate(_ release: String, renamingPartial: Bool) throws {
        let id = Shell.quote(release)
        var script = "cd \(transport.base) && "
        if renamingPartial { script += "mv releases/\(Shell.quote(release + ".partial")) releases/\(id) && " }
        script += "ln -sfn releases/\(id) current.next && mv -T current.next current"
        _ = try transport.checked(script, doing: "switching the live release")
    }

    /// Removes releases beyond `keep`, never the live one.
    func prune(keeping live: String) throws -> [String] {
        let (_, releases) = try state()
        let older = releases.filter { $0 != live && $0 < live }
        let doomed = Array(older.dropLast(min(target.keep, older.count)))
        guard !doomed.isEmpty else { return [] }
        _ = try transport.checked("cd \(transport.base)/releases && rm -rf -- " + doomed.map(Shell.quote).joined(separator: " "), doing: "removing old releases")
        return doomed
    }

    /// Sortable UTC time, unique among the existing releases.
    static func releaseID(_ date: Date, existing: Set<String>) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss"
        let stamp = formatter.string(from: date)
        var id = stamp, counter = 2
        while existing.contains(id) {
            id = "\(stamp)-\(counter)"
            counter += 1
            if counter > 99 { break }
        }
        return id
    }

    /// Files and bytes rsync actually sent, from its --stats.
    static func rsyncStats(_ output: String) -> (files: Int, bytes: Int) {
        func number(after label: String) -> Int {
            guard let line = output.split(separator: "\n").first(where: { $0.contains(label) }) else { return 0 }
            let digits = line.split(separator: ":").last?.split(separator: " ").first?.replacingOccurrences(of: ",", with: "") ?? ""
            return Int(digits) ?? 0
        }
        return (number(after: "Number of regular files transferred"), number(after: "Total transferred file size"))
    }
}
