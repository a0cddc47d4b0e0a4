import Foundation

/// Paths of the repository, found from this file, so tests run the same
/// from any working directory.
public enum Repository {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var exampleSite: URL { root }
    public static var fixtures: URL { root.appendingPathComponent("Tests/Fixtures") }

    /// The `portal` executable, which `swift test` builds next to the test bundle.
    public static var portalExecutable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("portal")
    }

    /// The reference report's text (下沙街道 2021), as taken from its Word file.
    public static var referenceText: String {
        (try? String(contentsOf: fixtures.appendingPathComponent("reference/xiasha-2021.txt"), encoding: .utf8)) ?? ""
    }
}

/// A throwaway copy of a site that a test may change and break.
public final class TestSite: Sendable {
    public let root: URL

    /// Copies the example portal's `content/` and `theme/` into a new temporary folder.
    public init(copying source: URL = Repository.exampleSite) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("portal-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["content", "theme"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    public func url(_ path: String) -> URL {
        root.appendingPathComponent(path)
    }

    public func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    public func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url(path))
    }

    /// Replaces the first occurrence of `old` in a file; fails loudly if absent,
    /// so a fixture never silently stops testing anything.
    public func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try read(path)
        guard let range = text.range(of: old) else {
            throw TestSiteError.textNotFound(path: path, text: old)
        }
        try write(path, text.replacingCharacters(in: range, with: new))
    }

    public func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: url(path))
    }

    /// 1-based line of the first line containing `needle`, for asserting locations.
    public func line(of needle: String, in path: String) throws -> Int {
        let lines = try read(path).components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.contains(needle) }) else {
            throw TestSiteError.textNotFound(path: path, text: needle)
        }
        return index + 1
    }
}

public enum TestSiteError: Error {
    case textNotFound(path: String, text: String)
}

/// Every regular file below `folder` with its bytes, keyed by relative path.
public func snapshotFolder(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
    while let relative = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let url = folder.appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[relative] = try Data(contentsOf: url)
        }
    }
    return files
}

/// Runs the `portal` executable as a user would (no colour), capturing
/// standard error; `start` leaves it running.
public enum PortalProcess {
    public struct Result {
        public var status: Int32
        public var stderr: String
    }

    /// `onTerminal`: on a pseudo-terminal (run by `script`, which copies
    /// everything portal prints there into `stderr`), without NO_COLOR or CI.
    public static func start(_ arguments: [String], in folder: URL, onTerminal: Bool = false) throws -> (Process, Pipe) {
        let process = Process()
        var environment = ProcessInfo.processInfo.environment
        let output = Pipe()
        if onTerminal {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            let command = ([Repository.portalExecutable.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
            process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
            for name in ["NO_COLOR", "CI"] { environment[name] = nil }
            environment["TERM"] = "xterm"
            process.standardOutput = output
            process.standardInput = FileHandle.nullDevice
        } else {
            process.executableURL = Repository.portalExecutable
            process.arguments = arguments
            environment["NO_COLOR"] = "1"
            process.standardError = output
            process.standardOutput = FileHandle.nullDevice
        }
        process.currentDirectoryURL = folder
        process.environment = environment
        try process.run()
        return (process, output)
    }

    public static func run(_ arguments: [String], in folder: URL, onTerminal: Bool = false) throws -> Result {
        let (process, errors) = try start(arguments, in: folder, onTerminal: onTerminal)
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stderr: String(decoding: data, as: UTF8.self))
    }
}
