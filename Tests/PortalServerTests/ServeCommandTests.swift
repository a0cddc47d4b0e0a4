import Foundation
import PortalTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `portal serve` as a user runs it: the URL it prints, Ctrl-C, a busy port.
@Suite("portal serve command", .serialized)
struct ServeCommandTests {
    func start(_ arguments: [String], in site: TestSite) throws -> (Process, Pipe) {
        try PortalProcess.start(["serve"] + arguments, in: site.root)
    }

    /// Reads standard error until `needle` shows up (or 20 s pass).
    func read(_ pipe: Pipe, until needle: String) -> String {
        var text = ""
        let deadline = Date().addingTimeInterval(TestTime.scaled(20))
        while Date() < deadline, !text.contains(needle) {
            let data = pipe.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        return text
    }

    @Test func printsTheURLServesAndStopsCleanlyOnCtrlC() async throws {
        let site = try TestSite()
        let (process, errors) = try start(["--port", "0", "--no-watch"], in: site)
        let printed = read(errors, until: "built 10 reports")
        let url = try #require(printed.range(of: #"http://127\.0\.0\.1:\d+/"#, options: .regularExpression).map { String(printed[$0]) })
        let port = try #require(Int(url.split(separator: ":").last!.dropLast()))
        let page = try await RawHTTP(port: port).get("/agencies/xiasha/2021/")
        #expect(page.status == 200)
        let before = try snapshotFolder(site.url("public"))

        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let rest = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(rest.contains("stopped;"))
        #expect(try snapshotFolder(site.url("public")) == before)
    }

    @Test func aBusyPortIsAClearErrorWithAHint() throws {
        // Hold a port open, then ask portal for it.
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) } }
        listen(listener, 1)
        let port = Int(UInt16(bigEndian: address.sin_port))

        let site = try TestSite()
        let (process, errors) = try start(["--port", String(port)], in: site)
        process.waitUntilExit()
        let printed = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 2)
        #expect(printed.contains("error: serve: port \(port) on 127.0.0.1 is already in use"))
        #expect(printed.contains("hint: stop the other server, or choose another port: portal serve --port \(port + 1)"))
        #expect(!FileManager.default.fileExists(atPath: site.url("public").path), "nothing is built when the port is busy")
    }
}
