import Foundation
import PortalTestSupport
import Testing

/// Real HTTP requests against `portal serve` on a free port.
@Suite("portal serve: static files", .serialized, .removesServerFolders)
struct StaticServingTests {
    @Test func pagesAndDownloadsHaveTheRightStatusAndType() async throws {
        let server = try await ServerHarness()
        let cases: [(String, String)] = [
            ("/", "text/html; charset=utf-8"),
            ("/agencies/xiasha/2021/", "text/html; charset=utf-8"),
            ("/agencies/xiasha/2021/index.html", "text/html; charset=utf-8"),
            ("/assets/style.css", "text/css; charset=utf-8"),
            ("/agencies/xiasha/2021/report.json", "application/json; charset=utf-8"),
            ("/agencies/xiasha/2021/report.csv", "text/csv; charset=utf-8"),
        ]
        for (path, type) in cases {
            let response = try await server.http.get(path)
            #expect(response.status == 200, "\(path)")
            #expect(response.header("Content-Type") == type, "\(path)")
            #expect(response.header("Content-Length") == String(response.body.count), "\(path)")
        }
        let page = try await server.http.get("/agencies/xiasha/2021/")
        #expect(page.text.contains("杭州市钱塘区人民政府下沙街道办事处2021年政府信息公开工作年度报告"))
    }

    @Test func aFolderWithoutItsSlashIsRedirected() async throws {
        let server = try await ServerHarness()
        let response = try await server.http.get("/agencies/xiasha?x=1")
        #expect(response.status == 301)
        #expect(response.header("Location") == "/agencies/xiasha/?x=1")
        // A doubled slash never turns into a protocol-relative redirect.
        let sneaky = try await server.http.get("//agencies")
        #expect(sneaky.header("Location") == "/agencies/")
    }

    @Test func headGivesTheHeadersOfGetWithoutABody() async throws {
        let server = try await ServerHarness()
        let get = try await server.http.get("/data/portal.json")
        let head = try await server.http.get("/data/portal.json", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.header("Content-Length") == String(get.body.count))
        #expect(head.header("ETag") == get.header("ETag"))
    }

    @Test func validatorsGive304() async throws {
        let server = try await ServerHarness()
        let first = try await server.http.get("/assets/style.css")
        let etag = try #require(first.header("ETag"))
        let modified = try #require(first.header("Last-Modified"))
        #expect(try await server.http.get("/assets/style.css", headers: ["If-None-Match": etag]).status == 304)
        #expect(try await server.http.get("/assets/style.css", headers: ["If-Modified-Since": modified]).status == 304)
        #expect(try await server.http.get("/assets/style.css", headers: ["If-None-Match": "\"other\""]).status == 200)
        let page = try await server.http.get("/")
        #expect(try await server.http.get("/", headers: ["If-None-Match": try #require(page.header("ETag"))]).status == 304)
    }

    @Test func rangesGivePartsOfLargeDownloads() async throws {
        let server = try await ServerHarness()
        let whole = try await server.http.get("/data/portal.json")
        let part = try await server.http.get("/data/portal.json", headers: ["Range": "bytes=10-19"])
        #expect(part.status == 206)
        #expect(part.body == whole.body.subdata(in: 10..<20))
        #expect(part.header("Content-Range") == "bytes 10-19/\(whole.body.count)")
        let tail = try await server.http.get("/data/portal.json", headers: ["Range": "bytes=-5"])
        #expect(tail.body == whole.body.suffix(5))
        let beyond = try await server.http.get("/data/portal.json", headers: ["Range": "bytes=999999999-"])
        #expect(beyond.status == 416)
        #expect(beyond.header("Content-Range") == "bytes */\(whole.body.count)")
    }

    @Test func missingPagesGetThePortals404Page() async throws {
        let server = try await ServerHarness()
        let response = try await server.http.get("/agencies/nobody/")
        #expect(response.status == 404)
        #expect(response.text.contains("页面不存在"))
        #expect(try await server.http.get("/.portal-manifest.json").status == 404)
        #expect(try await server.http.get("/", method: "POST").status == 405)
    }

    @Test(arguments: [
        "/../../../../etc/passwd",
        "/agencies/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/agencies/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/..%5c..%5c..%5c..%5cetc%5cpasswd",
        "//etc/passwd",
        "/%2fetc%2fpasswd",
        "/etc/passwd%00.html",
        "/%252e%252e/%252e%252e/etc/passwd",
    ])
    func traversalIsRefused(path: String) async throws {
        let server = try await ServerHarness()
        let response = try await server.http.get(path)
        #expect([403, 404].contains(response.status), "\(path) → \(response.status)")
        #expect(!response.text.contains("root:"), "\(path) leaked a file")
    }

    @Test func symlinksOutOfTheOutputAreRefused() async throws {
        let server = try await ServerHarness()
        let public_ = server.site.url("public")
        try FileManager.default.createSymbolicLink(atPath: public_.appendingPathComponent("leak").path, withDestinationPath: "/etc")
        try FileManager.default.createSymbolicLink(atPath: public_.appendingPathComponent("passwd.html").path, withDestinationPath: "/etc/passwd")
        for path in ["/leak/passwd", "/passwd.html", "/leak/"] {
            let response = try await server.http.get(path)
            #expect(response.status == 403, "\(path) → \(response.status)")
            #expect(!response.text.contains("root:"))
        }
    }
}
