import Foundation
import PortalChecks
import PortalLoader
import PortalModel
import PortalSupport
import PortalTestSupport
@testable import PortalRender
import Testing

/// A clean build lets go of each agency's reports' cells once every file
/// made of them is written, batch by batch, instead of holding them all to
/// the end of the downloads: the same files, and no cell read after (a
/// debug build asserts on any).
@Suite("Cells let go while the downloads are written")
struct CellsLetGoTests {
    static func index() throws -> SiteIndex {
        let result = SiteLoader(root: Repository.exampleSite).load()
        let portal = try #require(result.portal, "\(result.diagnostics)")
        return SiteIndex(portal, diagnostics: Checker().run(portal))
    }

    @Test func eachAgencysCellsGoOnceItsFilesAreWritten() throws {
        let holding = try Self.index()
        let reference = MemorySink()
        try Downloads(index: holding, reuse: .none(holding.portal)).write(into: reference)
        #expect(holding.portal.reports.allSatisfy { $0.holdsCells })
        // Batches of one report to all of them: agencies cut across batches, and not.
        for perBatch in [1, 2, 3, Downloads.batchSize] {
            let index = try Self.index()
            let reports = index.portal.reports
            #expect(Set(reports.map(\.agencySlug)).count > 1 && reports.count > 3)
            let seen = HeldCells()
            var downloads = Downloads(index: index, reuse: .none(index.portal))
            downloads.reportsPerBatch = perBatch
            downloads.lettingGoOfCells = true
            downloads.progress = ProgressCounter(total: reports.count, interval: 0) { done, _ in
                seen.record(done: done, holding: reports.map(\.holdsCells))
            }
            let sink = MemorySink()
            try downloads.write(into: sink)
            #expect(sink.files == reference.files, "\(perBatch) a batch")
            // After each batch: every report written of an agency that cannot go on in the next is let go, no other.
            for (done, holding) in seen.counts where done > 0 {
                let goingOn = reports[done - 1].agencySlug
                let expected = reports.indices.map { $0 >= done || reports[$0].agencySlug == goingOn }
                #expect(holding == expected, "\(perBatch) a batch, \(done) done")
            }
            #expect(seen.counts.count == (reports.count + perBatch - 1) / perBatch + 1)
            // The last agency's are the build's to let go of once the step ends.
            let stillHeld = reports.filter { $0.holdsCells }.map(\.agencySlug)
            #expect(stillHeld == reports.filter { $0.agencySlug == reports.last!.agencySlug }.map(\.agencySlug))
        }
    }
}

/// Which reports held their cells at each count of reports done.
private final class HeldCells: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [(done: Int, holding: [Bool])] = []

    func record(done: Int, holding: [Bool]) { lock.withLock { recorded.append((done, holding)) } }

    var counts: [(done: Int, holding: [Bool])] { lock.withLock { recorded } }
}
