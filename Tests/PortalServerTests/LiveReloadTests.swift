import Foundation
import PortalTestSupport
import Testing

@Suite("portal serve: rebuild, reload and errors", .serialized, .removesServerFolders)
struct LiveReloadTests {
    @Test func pagesGetTheReloadScriptButFilesOnDiskDoNot() async throws {
        let server = try await ServerHarness()
        let page = try await server.http.get("/")
        #expect(page.text.contains("new EventSource(\"/__portal/events\")"))
        let onDisk = try server.site.read("public/index.html")
        #expect(!onDisk.contains("__portal"))
        let css = try await server.http.get("/assets/style.css")
        #expect(!css.text.contains("__portal"))
    }

    /// A report edit is a patch: the report's page reloads as soon as it is
    /// written (`pages` names it), the pages listing it after.
    @Test func aContentChangeRebuildsAndSendsAReloadEvent() async throws {
        let server = try await ServerHarness()
        let before = await server.generation
        let path = "content/agencies/xiasha/2021/other.md"
        let received = try await server.http.events("/__portal/events", until: "data: /agencies/xiasha/2021/", timeout: 20) {
            try server.site.write(path, "本年度未收取信息处理费（已修改）。\n")
        }
        #expect(received.contains("text/event-stream"))
        #expect(received.contains("event: pages\ndata: /agencies/xiasha/2021/\n"))
        try await server.waitForGeneration(atLeast: before + 1)
        let page = try await server.http.get("/agencies/xiasha/2021/")
        #expect(page.text.contains("本年度未收取信息处理费（已修改）。"))
    }

    @Test func aBurstOfSavesIsOneRebuild() async throws {
        // A window far wider than the saves' spacing: 10 ms apart with the
        // default 100 ms made two rebuilds when the tests ran beside other builds.
        let server = try await ServerHarness(settle: .milliseconds(600))
        let before = await server.generation
        // The saves wait on this thread, not in `Task.sleep`: when other tests
        // keep the few pooled threads busy a task resumes late, and saves
        // 600 ms apart are two bursts (CI saw two rebuilds so).
        for index in 0..<5 {
            try server.site.write("content/agencies/xiasha/2021/other.md", "第\(index)次保存。\n")
            usleep(10_000)
        }
        try await server.waitForGeneration(atLeast: before + 1)
        try await Task.sleep(for: .seconds(1.5))
        #expect(await server.generation == before + 1)
    }

    @Test func aBrokenChangeShowsTheOverlayOverTheLastGoodSiteUntilFixed() async throws {
        let server = try await ServerHarness()
        let path = "content/agencies/xiasha/2021/report.yaml"
        let good = try server.site.read(path)
        let before = await server.generation
        try server.site.edit(path, replacing: "  carriedOver:                [1,", with: "  carriedOver:                [2,")
        try await server.waitForGeneration(atLeast: before + 1)

        let status = try await server.status()
        #expect(status["failed"] as? Bool == true)
        let page = try await server.http.get("/agencies/xiasha/2021/")
        #expect(page.status == 200)
        #expect(page.text.contains("id=\"portal-build-errors\""))
        #expect(page.text.contains("content/agencies/xiasha/2021/report.yaml:23:32"))
        #expect(page.text.contains("自然人: 一 (2) + 二 (2) = 4, but 三（七） (3) + 四 (0) = 3"))
        // Still the last good page underneath, and the output on disk is untouched.
        #expect(page.text.contains("<th colspan=\"3\">二、上年结转政府信息公开申请数量<td>1<td>"))
        #expect(try await server.http.get("/no/such/page").text.contains("portal-build-errors"))

        try server.site.write(path, good)
        try await server.waitForGeneration(atLeast: before + 2)
        #expect(try await server.status()["failed"] as? Bool == false)
        #expect(!(try await server.http.get("/agencies/xiasha/2021/").text.contains("portal-build-errors")))
    }

    @Test func theOverlayEscapesWhatItShows() async throws {
        let server = try await ServerHarness()
        let before = await server.generation
        try server.site.edit("content/agencies/xiasha/2021/report.yaml", replacing: "  received:                   [2,", with: "  received:                   [\"<script>alert(1)</script>\",")
        try await server.waitForGeneration(atLeast: before + 1)
        let page = try await server.http.get("/")
        #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!page.text.contains("<script>alert(1)</script>"))
    }
}
