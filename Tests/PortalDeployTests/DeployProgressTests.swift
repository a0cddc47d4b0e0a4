import Foundation
import PortalTestSupport
import Testing

extension DeployCommandTests {
    /// On a terminal, rsync's transfer is one line redrawn in place and
    /// erased before the summary; `--quiet` prints nothing when all goes well.
    @Test func deployProgressOnATerminalOnly() throws {
        let site = try site()
        let terminal = try PortalProcess.run(["deploy", "--dry-run"], in: site.site.root, onTerminal: true)
        #expect(terminal.status == 0, "\(terminal.stderr)")
        // The checks before the deploy show theirs: what stays is the plan alone.
        #expect(terminal.stderr.hasPrefix("\r\u{1B}[K读取报告"), "\(terminal.stderr)")
        #expect(terminal.stderr.contains("\r\u{1B}[Kdry run for web: "))

        let deployed = try PortalProcess.run(["deploy"], in: site.site.root, onTerminal: true)
        #expect(deployed.status == 0, "\(deployed.stderr)")
        #expect(deployed.stderr.contains("%"), "rsync's progress: \(deployed.stderr)")
        let last = try #require(deployed.stderr.range(of: "\r\u{1B}[K", options: .backwards))
        let after = deployed.stderr[last.upperBound...]
        #expect(after.hasPrefix("verifying ") && after.contains("deployed release ") && !after.contains("%"), "\(deployed.stderr)")

        try site.site.edit("content/agencies/xiasha/2021/other.md", replacing: "本年度未收取信息处理费。", with: "改。")
        try site.rebuild()
        let quiet = try PortalProcess.run(["deploy", "--quiet"], in: site.site.root, onTerminal: true)
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    }
}
