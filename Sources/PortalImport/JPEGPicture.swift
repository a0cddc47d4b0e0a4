import Foundation

/// A JPEG picture's size and colours, read from its markers: a PDF holds a JPEG as it is (`DCTDecode`), so its pixels
/// need not be decoded here — poppler decodes them when it renders the page for OCR.
struct JPEGPicture: Equatable {
    var width: Int
    var height: Int
    /// 1 (grey), 3 (YCbCr or RGB) or 4 (CMYK).
    var components: Int
    /// An Adobe APP14 marker: a CMYK JPEG saved by Photoshop stores its inks inverted, which a PDF must be told.
    var adobe: Bool
    /// Pixels per inch, where the JFIF header says (a scanner's JPEG does; a screenshot's says 72 or nothing).
    var resolution: Double?

    static func isJPEG(_ data: Data) -> Bool { data.starts(with: [0xFF, 0xD8, 0xFF]) }

    /// Throws for a file that is not a JPEG, or one whose frame header (SOF) cannot be found before its data.
    init(_ data: Data) throws(PictureProblem) {
        let bytes = [UInt8](data)
        guard Self.isJPEG(data) else { throw .damaged("it does not begin as a JPEG does") }
        var at = 2, adobe = false, resolution: Double?
        while at + 4 <= bytes.count {
            guard bytes[at] == 0xFF else { throw .damaged("its markers are damaged at byte \(at)") }
            let marker = bytes[at + 1]
            // Fill bytes and markers without a length.
            if marker == 0xFF { at += 1; continue }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { at += 2; continue }
            let length = Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
            guard length >= 2, at + 2 + length <= bytes.count else { throw .damaged("a marker's length runs past the file's end (the file is cut short)") }
            // JFIF: units (1 per inch, 2 per cm), then the horizontal density.
            if marker == 0xE0, length >= 14, Array(bytes[(at + 4)..<(at + 9)]) == Array("JFIF\0".utf8), [1, 2].contains(bytes[at + 11]) {
                resolution = Double(Int(bytes[at + 12]) << 8 | Int(bytes[at + 13])) * (bytes[at + 11] == 2 ? 2.54 : 1)
            }
            if marker == 0xEE, length >= 7, Array(bytes[(at + 4)..<(at + 9)]) == Array("Adobe".utf8) { adobe = true }
            // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC): the frame header.
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard length >= 8 else { throw .damaged("its frame header is short") }
                height = Int(bytes[at + 5]) << 8 | Int(bytes[at + 6])
                width = Int(bytes[at + 7]) << 8 | Int(bytes[at + 8])
                components = Int(bytes[at + 9])
                self.adobe = adobe
                self.resolution = resolution
                guard width > 0, height > 0, [1, 3, 4].contains(components) else {
                    throw .damaged("its frame header gives \(width) × \(height) pixels of \(components) colour components")
                }
                return
            }
            // The scan's data begins: no frame header came before it.
            if marker == 0xDA { break }
            at += 2 + length
        }
        throw .damaged("it has no frame header (SOF) before its data")
    }
}
