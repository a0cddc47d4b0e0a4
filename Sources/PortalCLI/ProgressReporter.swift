import Foundation
import PortalModel
import PortalSupport

/// The progress line of a long run (build, check, deploy; import can use
/// it too): one line on standard error, redrawn in place a few times per
/// second at most, and erased when the work is done, so that what stays
/// on the screen is only what the command prints after.
///
/// It draws only when `Console.showsProgress` (a terminal, not quiet, not
/// NO_COLOR, not CI, not JSON); otherwise every call does nothing. The
/// counts come from the library (`ProgressHandler`), never from guessing.
final class ProgressReporter: @unchecked Sendable {
    private let console: Console
    let enabled: Bool
    private let interval: UInt64
    private let lock = NSLock()
    private var lastDraw: UInt64?
    private var lastStep: String?
    private var drawn = false

    init(console: Console, interval: Double = 0.25) {
        self.console = console
        enabled = console.showsProgress
        self.interval = UInt64(interval * 1e9)
    }

    /// What to give `SiteBuilder.progress`: nil when nothing is drawn, so
    /// the library does not even count.
    var handler: ProgressHandler? {
        guard enabled else { return nil }
        return { [self] event in
            // A new step is drawn at once (there are a dozen); counts within a step are throttled.
            let newStep = lock.withLock { defer { lastStep = event.step }; return lastStep != event.step }
            update(Self.text(for: event), now: newStep)
        }
    }

    /// Draws `text` unless a line was drawn less than the interval ago.
    func update(_ text: String, now force: Bool = false) {
        guard enabled else { return }
        let time = DispatchTime.now().uptimeNanoseconds
        lock.withLock {
            if !force, let lastDraw, time &- lastDraw < interval { return }
            lastDraw = time
            drawn = true
            console.transient(text)
        }
    }

    /// Erases the line (before printing something that stays).
    func clear() {
        lock.withLock {
            guard drawn else { return }
            drawn = false
            lastDraw = nil
            console.transient(nil)
        }
    }

    /// Runs `work`, then erases the line, also when it throws.
    @discardableResult
    func during<T>(_ work: () throws -> T) rethrows -> T {
        defer { clear() }
        return try work()
    }

    /// 页面 3,412 / 12,500
    static func text(for event: ProgressEvent) -> String {
        let label = labels[event.step] ?? event.step
        guard let total = event.total else { return label + "…" }
        return "\(label) \(event.done.groupedDigits) / \(total.groupedDigits)"
    }

    /// The pipeline's steps (Pipeline.stepNames) as the line shows them.
    static let labels = [
        "load": "读取报告", "check": "检查", "theme": "主题", "prepare": "准备输出目录", "pages": "页面",
        "downloads": "数据下载", "key figures and forms": "关键数据和表式",
        "feeds, sitemap and search index": "订阅、站点地图和搜索索引", "assets": "静态资源", "swap": "替换输出目录",
    ]
}
