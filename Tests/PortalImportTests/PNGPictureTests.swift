import Foundation
@testable import PortalImport
import XCTest

/// The PNG decoder that reads a report's published pictures (`PNGPicture`): every kind of PNG decodes to the pixels it
/// was written with (`Fixtures/pictures/make-pictures.py` computes them from what it wrote, not by decoding), and a
/// damaged or outsized file is refused with its reason, never a trap.
final class PNGPictureTests: XCTestCase {
    private func kind(_ name: String) throws -> Data { try PictureKinds.data(name) }

    private func expected(_ name: String) throws -> (channels: Int, pixels: [UInt8]) { try PictureKinds.expected(name) }

    func testEveryKindOfPNGDecodesToThePixelsItWasWrittenWith() throws {
        let kinds = ["grey1-pypng": "pgm", "grey2-pypng": "pgm", "grey4-pypng": "pgm", "grey8-pillow": "pgm", "grey16-pypng": "pgm",
                     "greyalpha8-pillow": "pgm", "grey8-adam7-300dpi-pypng": "pgm", "rgb8-pillow": "ppm", "rgb16-pypng": "ppm",
                     "rgba8-pillow": "ppm", "rgba8-adam7-pypng": "ppm", "palette-pillow": "ppm"]
        for (name, truth) in kinds.sorted(by: { $0.key < $1.key }) {
            let picture = try PNGPicture(try kind("\(name).png"))
            let (channels, pixels) = try expected("\(name).\(truth)")
            XCTAssertEqual([picture.width, picture.height, picture.channels], [29, 17, channels], name)
            XCTAssertEqual(picture.pixels, pixels, name)
        }
    }

    func testAPicturesDeclaredResolutionIsRead() throws {
        XCTAssertEqual(try XCTUnwrap(PNGPicture(try kind("grey8-adam7-300dpi-pypng.png")).resolution), 300, accuracy: 0.01)
        XCTAssertNil(try PNGPicture(try kind("grey8-pillow.png")).resolution)
        let page = try PNGPicture(try Data(contentsOf: ImportFixtures.own("pictures/xiasha-2021-page-1.png")))
        XCTAssertEqual(try XCTUnwrap(page.resolution), 200, accuracy: 0.01)
    }

    /// The long picture is the six pages one under the other, its rows filtered otherwise than the pages' (all five
    /// filters occur in both): decoded, each page's rows are the long picture's.
    func testTheLongPicturesRowsAreThePagesRows() throws {
        let long = try PNGPicture(try Data(contentsOf: ImportFixtures.own("pictures/xiasha-2021-scan-long.png")))
        var top = 0
        for number in 1...6 {
            let page = try PNGPicture(try Data(contentsOf: ImportFixtures.own("pictures/xiasha-2021-page-\(number).png")))
            XCTAssertEqual(page.width, long.width)
            XCTAssertTrue(page.pixels == Array(long.pixels[(top * long.width)..<((top + page.height) * long.width)]), "page \(number)")
            top += page.height
        }
        XCTAssertEqual(top, long.height)
    }

    func testADamagedPNGIsRefusedWithItsReasonAtEveryLength() throws {
        let whole = try kind("rgb8-pillow.png")
        // Cut short anywhere: refused, never a trap or a picture of made-up pixels.
        for length in stride(from: 0, to: whole.count - 12, by: 7) {
            XCTAssertThrowsError(try PNGPicture(whole.prefix(length)), "cut at \(length)")
        }
        XCTAssertThrowsError(try PNGPicture(Data("not a picture".utf8))) { error in
            XCTAssertEqual(error as? PictureProblem, .damaged("it does not begin as a PNG does"))
        }
    }

    /// A header claiming 30,000 × 30,000 pixels is refused before anything is allocated for them.
    func testAnOutsizedPictureIsRefusedFromItsHeader() throws {
        var bytes = [UInt8](try kind("grey8-pillow.png"))
        // IHDR's width and height, at bytes 16 and 20.
        for at in [16, 20] { bytes.replaceSubrange(at..<(at + 4), with: [0, 0, 0x75, 0x30]) }
        XCTAssertThrowsError(try PNGPicture(Data(bytes))) { error in
            XCTAssertEqual(error as? PictureProblem, .tooLarge(width: 30_000, height: 30_000))
        }
    }

    /// A row naming a filter PNG does not have (5 and above) is damage.
    func testARowWithAnUnknownFilterIsDamage() throws {
        let bytes = [UInt8](try kind("grey1-pypng.png"))
        var chunks: [(String, [UInt8])] = []
        var at = 8
        while at + 8 <= bytes.count {
            let length = Int(PNGPicture.bigEndian(bytes, at)), type = String(decoding: bytes[(at + 4)..<(at + 8)], as: UTF8.self)
            chunks.append((type, Array(bytes[(at + 8)..<(at + 8 + length)])))
            at += 12 + length
        }
        // Rows of zeros, the first row's filter byte 7, stored uncompressed in a zlib stream written by hand.
        let header = try XCTUnwrap(chunks.first { $0.0 == "IHDR" }?.1)
        let rowBytes = (Int(PNGPicture.bigEndian(header, 0)) + 7) / 8, rows = Int(PNGPicture.bigEndian(header, 4))
        var raw = [UInt8](repeating: 0, count: rows * (rowBytes + 1))
        raw[0] = 7
        let stored: [UInt8] = [0x78, 0x01, 0x01, UInt8(raw.count & 0xFF), UInt8(raw.count >> 8), UInt8(~raw.count & 0xFF), UInt8((~raw.count >> 8) & 0xFF)] + raw + adler32(raw)
        var png = PNGPicture.signature
        for (type, body) in [("IHDR", header), ("IDAT", stored), ("IEND", [])] {
            png += [UInt8(body.count >> 24 & 0xFF), UInt8(body.count >> 16 & 0xFF), UInt8(body.count >> 8 & 0xFF), UInt8(body.count & 0xFF)]
            png += Array(type.utf8) + body + [0, 0, 0, 0]
        }
        XCTAssertThrowsError(try PNGPicture(Data(png))) { error in
            XCTAssertEqual(error as? PictureProblem, .damaged("a row of its pixels names a filter no PNG has (7)"))
        }
    }

    private func adler32(_ bytes: [UInt8]) -> [UInt8] {
        var (a, b) = (UInt32(1), UInt32(0))
        for byte in bytes { a = (a + UInt32(byte)) % 65_521; b = (b + a) % 65_521 }
        let sum = b << 16 | a
        return [UInt8(sum >> 24), UInt8(sum >> 16 & 0xFF), UInt8(sum >> 8 & 0xFF), UInt8(sum & 0xFF)]
    }
}
