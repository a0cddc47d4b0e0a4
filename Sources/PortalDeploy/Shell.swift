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
        output.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            guard !data.isEmpty else { return }
            let text = String(decoding: data, as: UTF8.self)
            collected.append(text)
            if let onLine { text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).forEach { onLine(String($0)) } }
        }
        try process.run()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        output.fileHandleForReading.readabilityHandler = nil
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        if !rest.isEmpty { collected.append(String(decoding: rest, as: UTF8.self)) }
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
