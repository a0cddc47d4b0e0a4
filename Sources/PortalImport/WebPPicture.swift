import Foundation

/// A WebP picture: what WeChat's servers send a browser for an article's pictures (`tp=webp`), so a saved WeChat page
/// of a report's pictures holds WebP files (often without an extension). Decoded by libwebp's own `dwebp` to a PNG,
/// then read as one (`PNGPicture`): WebP's lossy coding is a video codec's, not a few lines of Swift.
enum WebPPicture {
    static let install = "install webp (apt-get install -y webp), or save the pictures as PNG or JPEG"

    static func isWebP(_ data: Data) -> Bool {
        data.count >= 12 && data.starts(with: Array("RIFF".utf8)) && data.dropFirst(8).starts(with: Array("WEBP".utf8))
    }

    enum Problem: Error, Equatable {
        case toolMissing
        case picture(PictureProblem)
    }

    /// Its width and height as its first chunk gives them (the canvas of an extended file, else the frame's); nil
    /// when the header is not one WebP knows.
    static func dimensions(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(30))
        guard bytes.count >= 30 else { return nil }
        func little(_ at: Int, _ count: Int) -> Int { (0..<count).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) } }
        switch String(decoding: bytes[12..<16], as: UTF8.self) {
        case "VP8X": return (little(24, 3) + 1, little(27, 3) + 1)
        case "VP8 " where bytes[23...25].elementsEqual([0x9D, 0x01, 0x2A]): return (little(26, 2) & 0x3FFF, little(28, 2) & 0x3FFF)
        case "VP8L" where bytes[20] == 0x2F: return ((little(21, 4) & 0x3FFF) + 1, (little(21, 4) >> 14 & 0x3FFF) + 1)
        default: return nil
        }
    }

    /// The picture decoded, its transparency laid on white as a PNG's is.
    static func decoded(_ data: Data, largestPicture: Int = PublishedPictures.largestPicture) -> Result<PNGPicture, Problem> {
        guard let (width, height) = dimensions(data) else { return .failure(.picture(.damaged("its header is not one WebP knows"))) }
        guard width * height <= largestPicture else { return .failure(.picture(.tooLarge(width: width, height: height))) }
        guard let dwebp = ExternalTool.executable("dwebp") else { return .failure(.toolMissing) }
        let decoded = ScratchFolder.using("webp") { folder -> Data? in
            let input = folder.appendingPathComponent("picture.webp"), output = folder.appendingPathComponent("picture.png")
            guard (try? data.write(to: input)) != nil,
                  case .finished(0, _) = ExternalTool.run(dwebp, ["-quiet", input.path, "-o", output.path], timeout: ScannedPages.secondsPerPage) else { return nil }
            return FileManager.default.contents(atPath: output.path)
        }
        guard let png = decoded ?? nil else { return .failure(.picture(.damaged("libwebp's dwebp cannot decode it"))) }
        do throws(PictureProblem) {
            return .success(try PNGPicture(png, largestPicture: largestPicture))
        } catch {
            return .failure(.picture(error))
        }
    }
}
