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
        XCTAssertEqual(ExternalTool.run(try tool("sleep"), ["30"], timeout: 0.5), .timedOut)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10, "stopped, not waited for")
    }

    func testAProgramThatIgnoresTheStopSignalIsKilled() throws {
        let started = Date()
        XCTAssertEqual(ExternalTool.run(try tool("sh"), ["-c", "trap '' TERM; sleep 30"], timeout: 0.5), .timedOut)
        XCTAssertLessThan(Date().timeIntervalSince(started), 15)
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
