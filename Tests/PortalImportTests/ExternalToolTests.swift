import Foundation
@testable import PortalImport
import XCTest

/// The one launcher pdftotext and LibreOffice run through: output collected, a time limit kept.
final class ExternalToolTests: XCTestCase {
    private func tool(_ name: String) throws -> URL {
        try XCTUnwrap(ExternalTool.executable(name), "\(name) is on every Linux and macOS")
    }

    func testAProgramThatDoesNotFinishIsStoppedAtTheTimeLimit() throws {
        let started = Date()
        XCTAssertTrue(ExternalTool.run(try tool("sleep"), ["30"], timeout: 0.5).ranOutOfTime)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10, "stopped, not waited for")
    }

    func testAProgramThatIgnoresTheStopSignalIsKilled() throws {
        let started = Date()
        XCTAssertTrue(ExternalTool.run(try tool("sh"), ["-c", "trap '' TERM; sleep 30"], timeout: 0.5).ranOutOfTime)
        XCTAssertLessThan(Date().timeIntervalSince(started), 15)
    }

    /// Tesseract's limit counts the processor's time it had (`countingProcessorTime`): a program kept from the processor
    /// (here, one that sleeps) runs to `busiestMachine` times its limit on the clock, one that works to its limit in
    /// processor time; each refusal says which it was.
    func testAProgramsLimitCanCountItsProcessorTime() throws {
        #if os(Linux)
        var started = Date()
        guard case .timedOut(let idle?) = ExternalTool.run(try tool("sleep"), ["30"], timeout: 0.3, countingProcessorTime: true) else { return XCTFail("not stopped") }
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.3 * ExternalTool.busiestMachine - 0.1, "not stuck: waited for")
        XCTAssertLessThan(idle, 0.15)
        started = Date()
        guard case .timedOut(let busy?) = ExternalTool.run(try tool("sh"), ["-c", "while :; do :; done"], timeout: 0.3, countingProcessorTime: true) else { return XCTFail("not stopped") }
        let took = Date().timeIntervalSince(started)
        // Stopped for its processor time; or, on a machine so busy that it had not 10% of a processor, at the last resort.
        XCTAssertTrue(busy >= 0.29 || took >= 0.3 * ExternalTool.busiestMachine - 0.1, "\(busy) s of the processor in \(took) s")
        XCTAssertLessThan(took, 0.3 * ExternalTool.busiestMachine + 1)
        XCTAssertTrue(ScannedPages.unfinished(pictures: 4, timeout: 120, processorSeconds: 9, path: "g.pdf").diagnostics[0].message
            .hasSuffix("having had 9 s of the processor's time of the 120 s allowed: the machine is busy with other work, the scan is not at fault"))
        XCTAssertEqual(ScannedPages.unfinished(pictures: 4, timeout: 120, processorSeconds: 118, path: "g.pdf").diagnostics[0].message,
                       "Tesseract did not finish reading the 4 pictures of the scan in 120 s of the processor's time (30 s a page)")
        #endif
    }

    /// Tesseract runs in one thread unless the operator says otherwise: its threads spin against each other on a shared processor.
    func testAProgramIsGivenTheVariablesAsked() throws {
        guard case .finished(0, let output) = ExternalTool.run(try tool("sh"), ["-c", "echo $OMP_THREAD_LIMIT $HOME"], timeout: 5, environment: ["OMP_THREAD_LIMIT": "1"]) else {
            return XCTFail("sh did not finish")
        }
        XCTAssertEqual(String(decoding: output, as: UTF8.self), "1 \(ProcessInfo.processInfo.environment["HOME"] ?? "")\n", "the import's own variables kept")
        XCTAssertEqual(ScannedPages.tesseractEnvironment, ProcessInfo.processInfo.environment["OMP_THREAD_LIMIT"] == nil ? ["OMP_THREAD_LIMIT": "1"] : [:])
    }

    func testOutputLargerThanAPipeHoldsIsCollectedWhole() throws {
        // 200,000 lines: far more than the 64 KB a pipe buffers before its writer blocks.
        guard case .finished(let status, let output) = ExternalTool.run(try tool("seq"), ["1", "200000"], timeout: 30) else {
            return XCTFail("seq did not finish")
        }
        XCTAssertEqual(status, 0)
        XCTAssertEqual(String(decoding: output, as: UTF8.self).split(separator: "\n").last, "200000")
    }

    func testTheExitStatusAndAMissingProgramAreReported() throws {
        XCTAssertEqual(ExternalTool.run(try tool("false"), [], timeout: 5), .finished(status: 1, output: Data()))
        guard case .notStarted = ExternalTool.run(URL(fileURLWithPath: "/nonexistent/pdftotext"), [], timeout: 5) else {
            return XCTFail("a missing program cannot start")
        }
    }
}
