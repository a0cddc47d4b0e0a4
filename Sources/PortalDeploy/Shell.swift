import Foundation

/// Runs programs (sh, ssh, rsync) and captures what they print.
struct Shell {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `program` with `arguments`; `onLine` sees standard output line by line as it arrives.
    static func run(_ program: String, _ arguments: [String], onLine: (@Sendable (String) -> Void)? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
        process.arguments = program.hasPrefix("/") ? arguments : [program] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let collected = LockedText()
        // Standard output is drained on a thread of its own (so a chatty
        // program never blocks on a full pipe) and finished before returning.
        let drained = DispatchSemaphore(value: 0)
        let reader = output.fileHandleForReading
        try process.run()
        Thread.detachNewThread {
            var pending = ""
            while true {
                let data = reader.availableData
                if data.isEmpty { break }
                let text = String(decoding: data, as: UTF8.self)
                collected.append(text)
                guard let onLine else { continue }
                pending += text
                let lines = pending.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
                pending = String(lines.last ?? "")
                lines.dropLast().filter { !$0.isEmpty }.forEach { onLine(String($0)) }
            }
            if let onLine, !pending.isEmpty { onLine(pending) }
            drained.signal()
        }
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        drained.wait()
        return Result(status: process.terminationStatus, output: collected.text, errors: String(decoding: errorData, as: UTF8.self))
    }

    /// A word for `sh`, quoted so that nothing in it is interpreted.
    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

private final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var storage = ""
    func append(_ text: String) { lock.withLock { storage += text } }
    var text: String { lock.withLock { storage } }
}
