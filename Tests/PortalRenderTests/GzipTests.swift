import Foundation
import PortalRender
import Testing

/// The year archives are pieces deflated apart and joined: what comes out
/// must be one ordinary gzip file, readable by gzip itself.
@Suite("Gzip archives from pieces")
struct GzipTests {
    /// `gzip -dc` of `data`, or nil when the tool is missing.
    func systemGunzip(_ data: Data) throws -> Data? {
        guard FileManager.default.isExecutableFile(atPath: "/bin/gzip") else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("portal-gzip-\(UUID().uuidString).gz")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "gzip -t accepts the file")
        return output
    }

    @Test(arguments: [0, 1, 3, 40])
    func piecesJoinIntoOneFile(pieces count: Int) throws {
        var random = SystemRandomNumberGenerator()
        let lines = (0..<count).map { index in
            // Repetitive JSON-like text with some noise, as report lines are.
            Data((String(repeating: "{\"id\":\(index),\"报告\":\"政府信息公开\"}", count: index % 7 + 1)
                + String(random.next() % 1_000_000) + "\n").utf8)
        }
        let file = Gzip.compress(lines.map { Gzip.piece($0) })
        let whole = lines.reduce(Data(), +)
        #expect(Gzip.decompress(file) == whole)
        if let system = try systemGunzip(file) { #expect(system == whole) }
        #expect(Gzip.compress(lines.map { Gzip.piece($0) }) == file, "the same input gives the same bytes")
    }

    @Test func aLargePieceCompresses() throws {
        let text = Data(String(repeating: "本年度共收到政府信息公开申请12件，均已按期答复。", count: 20_000).utf8)
        let file = Gzip.compress([Gzip.piece(text)])
        #expect(file.count < text.count / 20)
        #expect(Gzip.decompress(file) == text)
    }

    @Test func damagedInputIsNotRead() {
        let file = Gzip.compress([Gzip.piece(Data("报告".utf8))])
        #expect(Gzip.decompress(file.prefix(file.count - 6)) == nil)
        #expect(Gzip.decompress(Data("not gzip".utf8)) == nil)
    }
}
