import CPortalSystem
import Crypto
import Foundation
import PortalModel

/// Builds the site in a staging folder beside the output, then swaps it in
/// whole. Until `commit()` the previous output is never touched, so a
/// failed check, a render error or a killed process leaves it as it was.
public final class StagedOutput: OutputSink, @unchecked Sendable {
    public let output: URL
    public let staging: URL
    private let lock = NSLock()
    private var entries: [String: Manifest.Entry] = [:]
    private var finished = false

    /// Creates a fresh staging folder next to `output` (same file system,
    /// so the final rename is atomic).
    public init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        staging = parent.appendingPathComponent(".\(self.output.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        Self.removeAbandonedStaging(beside: self.output)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
    }

    /// Staging folders left by builds that were killed: their process is
    /// gone (the pid is part of the name), so nobody will finish them.
    static func removeAbandonedStaging(beside output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefix = ".\(output.lastPathComponent).staging-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0.isNumber }),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    deinit {
        if !finished { try? FileManager.default.removeItem(at: staging) }
    }

    public var manifest: Manifest {
        lock.withLock { Manifest(entries: Array(entries.values)) }
    }

    /// Resolves a site-relative path inside the staging folder, refusing
    /// anything that would land outside it.
    func destination(_ path: String) throws -> URL {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw WriteError.invalidPath(path)
        }
        return staging.appendingPathComponent(path)
    }

    private func record(_ path: String, _ data: Data) throws {
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        try lock.withLock {
            guard entries[path] == nil else { throw WriteError.duplicatePath(path) }
            entries[path] = Manifest.Entry(path: path, size: data.count, sha256: digest)
        }
    }

    /// Moves the staged site into place and returns its manifest. The old
    /// output is exchanged atomically where the kernel allows, then removed.
    @discardableResult
    public func commit() throws -> Manifest {
        let manifest = self.manifest
        try Data(manifest.serialized().utf8).write(to: staging.appendingPathComponent(Manifest.fileName))
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: output.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw WriteError.outputIsNotAFolder(output.path)
        }
        if exists {
            if portal_exchange_paths(staging.path, output.path) != 0 {
                // No atomic exchange here: move the old site aside, then the new one in.
                let aside = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + ".old")
                try fm.moveItem(at: output, to: aside)
                do {
                    try fm.moveItem(at: staging, to: output)
                } catch {
                    try? fm.moveItem(at: aside, to: output)
                    throw error
                }
                try? fm.removeItem(at: aside)
            } else {
                // `staging` now holds the previous site.
                try? fm.removeItem(at: staging)
            }
        } else {
            try fm.moveItem(at: staging, to: output)
        }
        lock.withLock { finished = true }
        return manifest
    }

    /// Throws the staged files away; the output stays as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
        lock.withLock { finished = true }
    }

    public enum WriteError: Error, CustomStringConvertible {
        case invalidPath(String)
        case duplicatePath(String)
        case outputIsNotAFolder(String)

        public var description: String {
            switch self {
            case .invalidPath(let path): "refusing to write outside the output folder: “\(path)”"
            case .duplicatePath(let path): "two parts of the site both write “\(path)”"
            case .outputIsNotAFolder(let path): "the output path \(path) exists and is not a folder"
            }
        }
    }
}

extension StagedOutput {
    public func write(_ path: String, contents: Data) throws {
        let url = try destination(path)
        try record(path, contents)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: url)
    }

    public func copy(_ source: URL, to path: String) throws {
        try write(path, contents: try Data(contentsOf: source))
    }
}
