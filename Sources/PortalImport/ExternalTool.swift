import Foundation

/// The programs the import runs on a file (pdftotext, LibreOffice): found on
/// PATH, started with their output collected in a file (no pipe to fill and
/// block), and killed after a time limit, since a damaged or hostile file
/// can keep either busy for ever.
enum ExternalTool {
    enum Outcome: Equatable {
        /// What it wrote to its standard output, and its exit status.
        case finished(status: Int32, output: Data)
        /// Stopped after the time limit, with the seconds of the processor's time it had had where the system tells them (Linux).
        case timedOut(processorSeconds: Double?)
        /// It could not be started (the reason).
        case notStarted(String)

        var ranOutOfTime: Bool { if case .timedOut = self { true } else { false } }
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
    ///
    /// `environment`: variables set for the program besides those the import runs with. `countingProcessorTime`: the
    /// limit counts the processor's seconds the program had, not the clock's, up to `busiestMachine` times the limit on
    /// the clock — a program the machine's other work keeps from the processor is not stuck (Tesseract, given 2% of a
    /// shared machine's processor, read a page in 86 s on the clock and 2.5 s of its own), while one that is runs out of
    /// either. Where the system does not tell a program's processor time, the clock's counts.
    static func run(_ tool: URL, _ arguments: [String], timeout: TimeInterval, environment: [String: String] = [:], countingProcessorTime: Bool = false) -> Outcome {
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
        let variables: [UnsafeMutablePointer<CChar>?]? = environment.isEmpty ? nil
            : ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { variables?.forEach { free($0) } }
        let started = variables.map { posix_spawn(&pid, tool.path, &actions, &attributes, argv, $0) } ?? posix_spawn(&pid, tool.path, &actions, &attributes, argv, environ)
        guard started == 0 else { return .notStarted(String(cString: strerror(started))) }
        let start = Date()
        var deadline = start.addingTimeInterval(timeout)
        let lastResort = start.addingTimeInterval(timeout * (countingProcessorTime ? busiestMachine : 1))
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() >= deadline {
                let used = processorSeconds(of: pid)
                if countingProcessorTime, let used, used < timeout, Date() < lastResort {
                    deadline = min(lastResort, Date().addingTimeInterval(timeout - used))
                    continue
                }
                kill(-pid, SIGKILL)
                waitpid(pid, &status, 0)
                return .timedOut(processorSeconds: used)
            }
            usleep(10_000)
        }
        // Exited: its code; stopped by a signal: 128 + the signal, as a shell says.
        let signal = status & 0x7F
        let exit = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return .finished(status: exit, output: (try? Data(contentsOf: outputFile)) ?? Data())
    }

    /// How many times its limit a program counting the processor's time may take on the clock (`run`).
    static let busiestMachine = 10.0

    /// The seconds of the processor's time (user and system, its threads' too) a running program has had: Linux's
    /// `/proc/PID/stat`, fields 14 and 15 in clock ticks; nil where the system does not tell them.
    static func processorSeconds(of pid: pid_t) -> Double? {
        #if os(Linux)
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let name = stat.lastIndex(of: ")") else { return nil }
        // After the program's name (which may hold spaces): its state, then fields 4 to 13, then its user and system ticks.
        let fields = stat[stat.index(after: name)...].split(separator: " ")
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]), ticks > 0 else { return nil }
        return (user + system) / ticks
        #else
        return nil
        #endif
    }
}
