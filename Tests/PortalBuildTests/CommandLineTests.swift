import Foundation
import PortalTestSupport
import Testing

/// The `portal` executable as a user runs it: output format and exit status.
@Suite("portal command line")
struct CommandLineTests {
    /// `swift test` builds the executable next to the test bundle.
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0])
        .deletingLastPathComponent().appendingPathComponent("portal")

    struct Run {
        var status: Int32
        var stderr: String
    }

    func run(_ arguments: [String], in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stderr: String(decoding: data, as: UTF8.self))
    }

    @Test func executableIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable.path), "\(Self.executable.path)")
    }

    @Test func buildSucceedsWithStatus0() throws {
        let site = try TestSite()
        let result = try run(["build"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("built 7 reports of 4 agencies: "))
        #expect(FileManager.default.fileExists(atPath: site.url("public/index.html").path))
    }

    @Test func contentErrorsGiveStatus1AndCompilerStyleLines() throws {
        let site = try TestSite()
        let path = "content/agencies/xiasha/2021/report.yaml"
        try site.edit(path, replacing: "  received:                   [2,", with: "  received:                   [两,")
        let line = try site.line(of: "  received:", in: path)
        let result = try run(["build", "--site", site.root.path], in: site.root.deletingLastPathComponent())
        #expect(result.status == 1)
        #expect(result.stderr == """
            \(path):\(line):32: error[cell-value]: the cell 一 自然人 holds “两”, which is not a number
              hint: write the number as published; a blank cell as "" or "-"
            1 problem (1 error, 0 warnings) in 1 file; nothing was written

            """)
        #expect(!FileManager.default.fileExists(atPath: site.url("public").path))
    }

    @Test func usageErrorsGiveStatus2() throws {
        let site = try TestSite()
        let result = try run(["build", "--no-such-option"], in: site.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unknown option '--no-such-option'"))
    }

    @Test func ioFailuresGiveStatus2() throws {
        let site = try TestSite()
        try site.write("public/notes.txt", "not built by portal")
        let result = try run(["build"], in: site.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("refusing to replace"))
    }
}
