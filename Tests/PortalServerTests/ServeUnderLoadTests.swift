import Foundation
import PortalBuild
import PortalTestSupport
import Testing

/// Readers keep requesting pages while an editor saves twenty times: every
/// answer is a 200 whose body is that file of one complete build, never a
/// mix of two builds or a file cut short.
@Suite("portal serve under load", .serialized, .removesServerFolders)
struct ServeUnderLoadTests {
    static let narrative = "content/agencies/xiasha/2021/other.md"
    static let files = ["agencies/xiasha/2021/report.json", "agencies/xiasha/2021/report.csv", "years/2021/reports.jsonl.gz",
                        "search/text/3.json", "agencies/xiasha/2021/index.html"]
    static let texts = ["版本甲。\n", "版本乙。\n"]

    /// What each of the two contents gives for each file.
    static func expected(_ site: TestSite) throws -> [String: Set<Data>] {
        var expected: [String: Set<Data>] = [:]
        for (index, text) in texts.enumerated() {
            try site.write(narrative, text)
            let folder = site.url("expected-\(index)")
            try SiteBuilder(root: site.root, output: folder).build()
            for file in files { expected[file, default: []].insert(try Data(contentsOf: folder.appendingPathComponent(file))) }
        }
        return expected
    }

    @Test func answersDuringRebuildsAreAlwaysWholeFiles() async throws {
        let server = try await ServerHarness()
        let expected = try Self.expected(server.site)
        try server.site.write(Self.narrative, Self.texts[1])
        try await server.waitForGeneration(atLeast: await server.generation + 1)

        let stop = Flag()
        let http = server.http
        let readers = (0..<2).map { reader in
            Task.detached { () -> [String] in
                var problems: [String] = []
                var count = 0
                while !stop.isSet {
                    let file = Self.files[(count + reader) % Self.files.count]
                    count += 1
                    guard let response = try? await http.get("/" + file) else { problems.append("\(file): no answer"); continue }
                    let body = file.hasSuffix(".html") ? Self.undecorated(response.body) : response.body
                    if response.status != 200 { problems.append("\(file): status \(response.status)") }
                    else if expected[file]?.contains(body) != true { problems.append("\(file): \(body.count) bytes that no build wrote") }
                }
                return problems + ["requests: \(count)"]
            }
        }
        for round in 0..<20 {
            let generation = await server.generation
            // Saved whole, as editors save: a build that read the file cut
            // short by a plain rewrite fails, and serve then adds its error
            // overlay to pages, which no clean build wrote.
            try Data(Self.texts[round % 2].utf8).write(to: server.site.url(Self.narrative), options: .atomic)
            try await server.waitForGeneration(atLeast: generation + 1)
        }
        stop.set()
        var problems: [String] = []
        for reader in readers { problems += await reader.value }
        let requests = problems.filter { $0.hasPrefix("requests: ") }.compactMap { Int($0.dropFirst(10)) }.reduce(0, +)
        problems.removeAll { $0.hasPrefix("requests: ") }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(requests > 100, "only \(requests) requests were made")
        print("serve under load: \(requests) requests during 20 rebuilds, \(problems.count) problems")
    }

    /// The page as written by the build: serve adds its reload script.
    static func undecorated(_ body: Data) -> Data {
        let text = String(decoding: body, as: UTF8.self)
        guard let script = text.range(of: "<script>(function(){var s=new EventSource(\"/__portal/events\")") else { return body }
        let end = text.range(of: "</script>\n", range: script.upperBound..<text.endIndex)?.upperBound ?? text.endIndex
        return Data((String(text[..<script.lowerBound]) + String(text[end...])).utf8)
    }
}

final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
