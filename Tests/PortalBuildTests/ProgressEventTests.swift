import Foundation
import PortalBuild
import PortalModel
import PortalSupport
import PortalTestSupport
import Testing

/// The counts a progress line is drawn from come from the pipeline itself.
@Suite("progress of a build")
struct ProgressEventTests {
    private final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var recorded: [ProgressEvent] = []
        func add(_ event: ProgressEvent) { lock.withLock { recorded.append(event) } }
        var events: [ProgressEvent] { lock.withLock { recorded } }
    }

    @Test func everyStepStartsAndTheLongOnesCountToTheirTotal() throws {
        let site = try TestSite()
        let recorder = Recorder()
        var builder = SiteBuilder(root: site.root)
        builder.progress = { recorder.add($0) }
        let summary = try builder.build()
        let events = recorder.events

        // Each step is announced once, in the pipeline's order.
        let starts = events.filter { $0.total == nil }.map(\.step)
        #expect(starts == Pipeline.stepNames)
        // Reports read, pages (7 one-of-a-kind pages, agencies, reports, years), reports' downloads.
        let pages = 7 + summary.agencies + summary.reports + 3
        for (step, total) in [("load", summary.reports), ("pages", pages), ("downloads", summary.reports)] {
            let counted = events.filter { $0.step == step && $0.total != nil }
            #expect(counted.first == ProgressEvent(step: step, done: 0, total: total))
            #expect(counted.last == ProgressEvent(step: step, done: total, total: total))
        }
    }

    @Test func theCounterIsExactOnAllCoresAndReportsRarely() {
        let recorder = Recorder()
        let counter = ProgressCounter(total: 20_000, interval: 60) { recorder.add(ProgressEvent(step: "pages", done: $0, total: $1)) }
        DispatchQueue.concurrentPerform(iterations: 20_000) { _ in counter.advance() }
        counter.finish()
        // The first and the final count only: nothing in between within a minute.
        #expect(recorder.events.map(\.done) == [0, 20_000])
        #expect(counter.count == 20_000)
    }
}
