import CZlib
import Foundation

/// Pictures put together as one PDF, each page showing one picture, or a window of a long one: what OCR reads of a
/// report published as pictures, and the original kept beside it (one file to download, the pictures as published).
///
/// Written by hand, byte for byte the same for the same pictures (no date, no producer): a JPEG goes in as it is
/// (`DCTDecode`), a PNG's decoded pixels deflated. A page is as wide as an A4 sheet (landscape for a wide picture), so
/// rendered at 300 dpi for OCR a picture of any size comes out at a scan's scale.
struct PicturesPDF {
    enum Picture {
        case jpeg(Data, JPEGPicture)
        /// A decoded picture's pixels, deflated at once: a report's pictures together would otherwise hold hundreds of MB.
        case pixels(DeflatedPixels)

        static func gif(_ picture: GIFPicture) -> Picture {
            .pixels(DeflatedPixels(width: picture.width, height: picture.height, channels: picture.channels,
                                   resolution: nil, deflated: PicturesPDF.deflated(picture.pixels)))
        }

        static func png(_ picture: PNGPicture) -> Picture {
            .pixels(DeflatedPixels(width: picture.width, height: picture.height, channels: picture.channels,
                                   resolution: picture.resolution, deflated: PicturesPDF.deflated(picture.pixels)))
        }

        var width: Int {
            switch self {
            case .jpeg(_, let header): header.width
            case .pixels(let picture): picture.width
            }
        }

        var height: Int {
            switch self {
            case .jpeg(_, let header): header.height
            case .pixels(let picture): picture.height
            }
        }

        var resolution: Double? {
            switch self {
            case .jpeg(_, let header): header.resolution
            case .pixels(let picture): picture.resolution
            }
        }

        /// The page's width in points: the picture at the resolution it was scanned at — the one it declares, when it
        /// makes a page of a sheet's width, else the one that makes it an A4 sheet wide (landscape for a picture wider than
        /// tall), rounded to a scanner's usual resolution when within a tenth of one. At its own resolution a scan's
        /// picture is rendered at 300 dpi as a scanned PDF's is: 3 % smaller, a row of zeros read as `00`.
        var pageWidth: Double {
            let sheet = width > height ? a4Height : a4Width
            if let resolution, resolution >= 96, case let inches = Double(width) / resolution, inches >= 4, inches <= 17 { return inches * 72 }
            let guessed = Double(width) * 72 / sheet
            let usual = [100.0, 150, 200, 240, 300, 400, 600].first { abs($0 - guessed) <= $0 / 10 }
            return usual.map { Double(width) * 72 / $0 } ?? sheet
        }
    }

    struct DeflatedPixels {
        var width: Int
        var height: Int
        /// 1 (grey) or 3 (RGB), 8 bits each.
        var channels: Int
        var resolution: Double?
        var deflated: Data
    }

    /// A page: which picture, and the rows of it the page shows (`top` included, `bottom` not).
    struct Page: Equatable {
        var picture: Int
        var top: Int
        var bottom: Int
    }

    static let a4Width = 595.28
    static let a4Height = 841.89

    /// The PDF holding `pages` of `pictures`, each page as wide as its picture's `pageWidth` (or `widths`, page by page)
    /// and as tall as its window at that scale.
    static func data(pictures: [Picture], pages: [Page], widths: [Double]? = nil) -> Data {
        var out = Data("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        func object(_ body: Data) {
            offsets.append(out.count)
            out.append(Data("\(offsets.count) 0 obj\n".utf8))
            out.append(body)
            out.append(Data("\nendobj\n".utf8))
        }
        func stream(_ dictionary: String, _ bytes: Data) -> Data {
            Data("<< \(dictionary) /Length \(bytes.count) >>\nstream\n".utf8) + bytes + Data("\nendstream".utf8)
        }
        // 1 catalog, 2 page tree, then the pictures, then each page and its contents.
        let firstPicture = 3, firstPage = 3 + pictures.count
        object(Data("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        let kids = pages.indices.map { "\(firstPage + 2 * $0) 0 R" }.joined(separator: " ")
        object(Data("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>".utf8))
        for picture in pictures {
            switch picture {
            case .jpeg(let bytes, let header):
                let space = [1: "/DeviceGray", 3: "/DeviceRGB", 4: "/DeviceCMYK"][header.components] ?? "/DeviceRGB"
                let decode = header.components == 4 && header.adobe ? " /Decode [1 0 1 0 1 0 1 0]" : ""
                object(stream("/Type /XObject /Subtype /Image /Width \(header.width) /Height \(header.height) /ColorSpace \(space) /BitsPerComponent 8\(decode) /Interpolate true /Filter /DCTDecode", bytes))
            case .pixels(let picture):
                let space = picture.channels == 1 ? "/DeviceGray" : "/DeviceRGB"
                object(stream("/Type /XObject /Subtype /Image /Width \(picture.width) /Height \(picture.height) /ColorSpace \(space) /BitsPerComponent 8 /Interpolate true /Filter /FlateDecode", picture.deflated))
            }
        }
        for (index, page) in pages.enumerated() {
            let picture = pictures[page.picture]
            let width = widths?[index] ?? picture.pageWidth
            let scale = width / Double(picture.width)
            let height = Double(page.bottom - page.top) * scale, whole = Double(picture.height) * scale
            // The picture drawn whole, its row `top` at the page's top edge; the page shows its window.
            let contents = "q \(number(width)) 0 0 \(number(whole)) 0 \(number(height + Double(page.top) * scale - whole)) cm /P Do Q"
            object(Data("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(number(width)) \(number(height))] /Resources << /XObject << /P \(firstPicture + page.picture) 0 R >> >> /Contents \(offsets.count + 2) 0 R >>".utf8))
            object(stream("", Data(contents.utf8)))
        }
        let table = out.count
        out.append(Data("xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n".utf8))
        for offset in offsets { out.append(Data((String(repeating: "0", count: max(0, 10 - String(offset).count)) + "\(offset) 00000 n \n").utf8)) }
        out.append(Data("trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n".utf8))
        return out
    }

    /// A length in points to the hundredth, written the same on every machine.
    private static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : "", magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// zlib's deflate at its default level (the same bytes for the same pixels).
    static func deflated(_ bytes: [UInt8]) -> Data {
        var size = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(size))
        let status = output.withUnsafeMutableBufferPointer { target in
            bytes.withUnsafeBufferPointer { source in
                compress2(target.baseAddress, &size, source.baseAddress, uLong(source.count), Z_DEFAULT_COMPRESSION)
            }
        }
        precondition(status == Z_OK, "zlib's compressBound leaves room for any input")
        return Data(output.prefix(Int(size)))
    }
}
