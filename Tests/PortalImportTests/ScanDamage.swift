import Foundation
@testable import PortalImport

/// What a copier, a scanner or a camera does to a page, for pictures made from a fixture's PDF: toned paper and a soft
/// picture.
enum ScanDamage {
    /// Grey pixels as a copy on toned paper prints them: ink 30, paper 239.
    static func toned(_ pixels: [UInt8]) -> [UInt8] {
        pixels.map { UInt8(30 + Int($0) * 82 / 100) }
    }

    /// `pixels` (one byte each, rows of `width`) blurred by a [1 4 1] / 6 kernel along rows, then along columns, the
    /// edges' pixels repeated (σ ≈ 0.6 px: a copier's or a camera's soft picture).
    static func blurred(_ pixels: [UInt8], width: Int, height: Int) -> [UInt8] {
        func pass(_ source: [UInt8], along step: Int, count: Int, lines: Int, stride: Int) -> [UInt8] {
            var target = source
            for line in 0..<lines {
                for index in 0..<count {
                    let at = { (i: Int) in Int(source[line * stride + min(max(i, 0), count - 1) * step]) }
                    target[line * stride + index * step] = UInt8((at(index - 1) + 4 * at(index) + at(index + 1) + 3) / 6)
                }
            }
            return target
        }
        let across = pass(pixels, along: 1, count: width, lines: height, stride: width)
        return pass(across, along: width, count: height, lines: width, stride: 1)
    }

    /// The PNG pictures in `folder` (by name), each made grey and passed through `damage` (with its page's index), put
    /// together as a scanned PDF at `resolution` dpi: what `--ocr` reads of a scan.
    static func scannedPDF(ofPicturesIn folder: URL, resolution: Double, damage: (Int, PagePicture) -> PagePicture) throws -> Data {
        var pictures: [PicturesPDF.Picture] = []
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter { $0.hasSuffix(".png") }
        for (index, file) in files.enumerated() {
            let png = try PNGPicture(Data(contentsOf: folder.appendingPathComponent(file)))
            let grey = stride(from: 0, to: png.pixels.count, by: png.channels).map { png.pixels[$0] }
            let page = damage(index, PagePicture(width: png.width, height: png.height, pixels: grey))
            pictures.append(.pixels(.init(width: page.width, height: page.height, channels: 1, resolution: resolution, deflated: PicturesPDF.deflated(page.pixels))))
        }
        return PicturesPDF.data(pictures: pictures, pages: pictures.indices.map { .init(picture: $0, top: 0, bottom: pictures[$0].height) })
    }
}
