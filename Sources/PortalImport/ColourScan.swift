import Foundation

/// A scan in colour, read in grey with its red ink left out.
///
/// Offices stamp a report with their red seal (公章) over the closing name and date, and sometimes over a table's
/// edge. Rendered in grey, the seal's red is as dark as print (a luminance near 90): its ring across a cell is ink
/// the cell's figure is read with. Red ink takes out green and blue and lets red through, so in the red channel the
/// seal is paper while black print stays dark. A scan holding a colour picture is therefore rendered in colour,
/// and each pixel taken by the lighter of its red channel and its luminance, red ink lifted to paper (`pixel`). A scan in
/// grey or black and white is rendered in grey as before.
enum ColourScan {
    /// Whether `pdfimages -list` names a picture in colour (`rgb`, `cmyk`, `icc` of three or four components, an
    /// indexed palette, `lab`): a page in grey or black and white is rendered in grey.
    static func holdsColour(imageList: String) -> Bool {
        imageList.split(separator: "\n").dropFirst(2).contains { row in
            let fields = row.split(whereSeparator: \.isWhitespace)
            guard fields.count > 6, fields[2] == "image" else { return false }
            let colour = fields[5], components = Int(fields[6]) ?? 1
            return ["rgb", "cmyk", "index", "lab"].contains(colour) || (colour == "icc" && components >= 3)
        }
    }

    /// The pixels of a binary PPM (`P6`, three bytes a pixel, a maximum value of 255 or less) in grey, red ink as paper;
    /// nil for anything else.
    static func grey(ppm data: Data) -> PagePicture? {
        guard let header = PagePicture.netpbmHeader(data, kind: "6"), data.endIndex - header.start >= 3 * header.width * header.height else { return nil }
        var grey = [UInt8](repeating: 255, count: header.width * header.height)
        let maximum = header.maximum
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            grey.withUnsafeMutableBufferPointer { target in
                var at = header.start - data.startIndex
                for index in target.indices {
                    var red = Int(bytes[at]), green = Int(bytes[at + 1]), blue = Int(bytes[at + 2])
                    if maximum != 255 { (red, green, blue) = (red * 255 / maximum, green * 255 / maximum, blue * 255 / maximum) }
                    target[index] = pixel(red: red, green: green, blue: blue)
                    at += 3
                }
            }
        }
        return PagePicture(width: header.width, height: header.height, pixels: grey)
    }

    /// One pixel in grey: the lighter of its luminance (as `pdftoppm -gray` renders it) and its red channel, lifted by a
    /// quarter of its redness (how far its red exceeds its green and blue). Stamp ink darkens what it lies on by its
    /// colour, so a seal's red keeps about 0.87 of the red channel and 0.15 of the green: in the red channel alone the
    /// seal stays some 30 darker than the paper it lies on (inside a cell Tesseract took the ring for strokes, `2` read
    /// `A a=`), and a quarter of its redness (about 0.72 of the paper's shade) gives that back — lighter than the paper
    /// on paper, about the print's own shade on print (lifted by half, a grey rule under a seal broke and two columns
    /// ran together). The edges of the seal's strokes, which a JPEG's coarser colour leaves darker and less red, stay a
    /// faint outline. Blue ink keeps its luminance.
    static func pixel(red: Int, green: Int, blue: Int) -> UInt8 {
        let redness = max(0, red - max(green, blue))
        return UInt8(min(255, max(red, (299 * red + 587 * green + 114 * blue + 500) / 1000) + redness / 4))
    }

    /// The scan's pages rendered in colour one at a time (a page at 300 dpi is 26 MB in colour: a long scan's pages
    /// together would fill the disk) and each written in grey, red ink as paper, as `page-N.pgm` in `folder`, as
    /// `pdftoppm -gray` names them. `pages`: how many (the scan's pages, `pageCount`). The outcome of the first
    /// rendering that failed, else of the last.
    static func render(_ file: URL, by tool: URL, resolution: Double, pages: Int, into folder: URL, timeout: TimeInterval) -> ExternalTool.Outcome {
        let colour = folder.appendingPathComponent("colour")
        var outcome = ExternalTool.Outcome.finished(status: 0, output: Data())
        for page in 1...max(1, pages) {
            let arguments = ["-r", "\(Int(resolution))", "-f", "\(page)", "-l", "\(page)", "-singlefile", file.path, colour.path]
            let rendering = ExternalTool.run(tool, arguments, timeout: timeout)
            guard case .finished(0, _) = rendering else { return rendering }
            let ppm = colour.appendingPathExtension("ppm")
            guard let data = FileManager.default.contents(atPath: ppm.path), let picture = grey(ppm: data),
                  (try? picture.pgm.write(to: folder.appendingPathComponent("page-\(page).pgm"))) != nil else {
                return .finished(status: 1, output: Data())
            }
            try? FileManager.default.removeItem(at: ppm)
            outcome = rendering
        }
        return outcome
    }

    /// `Pages:` of `pdfinfo`'s report, or nil.
    static func pageCount(info report: String) -> Int? {
        report.split(separator: "\n").lazy.compactMap { line -> Int? in
            guard line.hasPrefix("Pages:") else { return nil }
            return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces))
        }.first
    }
}
