import Foundation
@testable import PortalImport
import XCTest

/// The pictures of `Fixtures/pictures/kinds/` (`make-pictures.py`) and the pixels they must decode to.
enum PictureKinds {
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: ImportFixtures.own("pictures/kinds/\(name)"))
    }

    /// The pixels a `.pgm` (grey) or `.ppm` (RGB) of the fixtures holds.
    static func expected(_ name: String) throws -> (channels: Int, pixels: [UInt8]) {
        let data = try data(name)
        let grey = name.hasSuffix(".pgm")
        let header = try XCTUnwrap(PagePicture.netpbmHeader(data, kind: grey ? "5" : "6"), name)
        return (grey ? 1 : 3, [UInt8](data[header.start...]))
    }
}
