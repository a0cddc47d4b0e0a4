import Foundation

/// The programs the import runs on a file (pdftotext, LibreOffice): found on
/// PATH, started with their output collected in a file (no pipe to fill and
/// block), and killed after a time limit, since a damaged or hostile file
/// can keep either busy for ever.
enum ExternalTool {
    enum Outcome: Equatable {
        /// What it wrote to its standard output, and its exit status.
        case finished(status: Int32, output: Data)
        /// Stopped after the time limit.
        case timedOut
        /// It could not be started (the reason).
        case notStarted(String)
    }

    /// A program on PATH (or in the usual places when PATH is bare).
    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        return folders.lazy.map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs the program in a process group of its own, so that a time limit stops
    /// all of it: LibreOffice's `soffice` is a script that starts `soffice.bin`, which
    /// would outlive its launcher (and Foundation's `Process` waits for it still).
    static func run(_ tool: URL, _ arguments: [String], timeout: TimeInterval) -> Outcome {
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("portal-tool-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outputFile) }
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([tool.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, tool.path, &actions, &attributes, argv, environ)
        guard started == 0 else { return .notStarted(String(cString: strerror(started))) }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() >= deadline {
                kill(-pid, SIGKILL)
                waitpid(pid, &status, 0)
                return .timedOut
            }
            usleep(10_000)
        }
        // Exited: its code; stopped by a signal: 128 + the signal, as a shell says.
        let signal = status & 0x7F
        let exit = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return .finished(status: exit, output: (try? Data(contentsOf: outputFile)) ?? Data())
    }
}
