import CLibXML2
import Foundation

/// A character an OFD page prints, where it prints it: in points from the
/// page's top left corner (the PDF's unit, so that the thresholds the PDF
/// path's word boxes use hold as they are).
struct OFDGlyph: Equatable {
    var character: Character
    /// The left edge and the baseline.
    var x: Double
    var baseline: Double
    /// The font size as drawn (after the object's CTM).
    var size: Double
    /// How wide the character prints, as far as the file tells (see `OFDTextObject`).
    var width: Double

    /// Places and sizes a page could hold (a metre square): numbers beyond
    /// are a damaged or hostile file's, and would overflow the arithmetic.
    var isOnAPage: Bool {
        [x, baseline, size, width].allSatisfy { $0.isFinite && abs($0) < 3_000 }
    }
}

/// A `TextObject`'s characters placed on the page (GB/T 33190 §11).
///
/// Each `TextCode` gives its first character's position (`X`, `Y`: the
/// baseline, in the object's own space, whose origin is the top left corner
/// of the object's `Boundary`) and the steps to each next one (`DeltaX`,
/// `DeltaY`, where `g 3 4.2` stands for three steps of 4.2). The object's
/// `CTM` maps its space into the boundary's: scaled text, the size and the
/// steps scaled with it. Units are millimetres. A character with no step
/// given follows at the width of its kind (a Chinese character or a
/// full-width form 1 em, others ½ em): the fonts' own widths are not read.
enum OFDTextObject {
    static let pointsPerMillimetre = 72 / 25.4

    /// The glyphs of a `TextObject` element, or none when it is drawn turned
    /// or slanted (a watermark across the page, a seal's ring of text): the
    /// report's text is upright.
    static func glyphs(_ object: xmlNodePtr) -> [OFDGlyph] {
        guard let boundary = OFDElement.numbers(OFDElement.attribute(object, "Boundary")), boundary.count == 4,
              let size = OFDElement.numbers(OFDElement.attribute(object, "Size"))?.first, size > 0 else { return [] }
        let ctm = OFDElement.numbers(OFDElement.attribute(object, "CTM")).flatMap { $0.count == 6 ? $0 : nil } ?? [1, 0, 0, 1, 0, 0]
        let (a, b, c, d, e, f) = (ctm[0], ctm[1], ctm[2], ctm[3], ctm[4], ctm[5])
        guard a > 0, d > 0, abs(b) <= a / 100, abs(c) <= d / 100 else { return [] }
        let scale = pointsPerMillimetre
        var glyphs: [OFDGlyph] = []
        var cursor = (x: 0.0, y: size)
        for code in OFDElement.children(object) where OFDElement.name(code) == "TextCode" {
            let characters = Array(OFDElement.text(code))
            guard !characters.isEmpty else { continue }
            // A code without X or Y goes on from where the one before ended.
            let x = OFDElement.numbers(OFDElement.attribute(code, "X"))?.first ?? cursor.x
            let y = OFDElement.numbers(OFDElement.attribute(code, "Y"))?.first ?? cursor.y
            let deltaX = steps(OFDElement.attribute(code, "DeltaX"), count: characters.count - 1)
            let deltaY = steps(OFDElement.attribute(code, "DeltaY"), count: characters.count - 1)
            var position = (x: x, y: y)
            for (index, character) in characters.enumerated() {
                let natural = advance(character) * size
                let step = index < deltaX.count ? deltaX[index] : nil
                // Printed no wider than the step to the next character (narrow Latin letters in a run).
                let width = step.map { $0 > 0 ? min(natural, $0) : natural } ?? natural
                let glyph = OFDGlyph(character: character,
                                     x: (boundary[0] + a * position.x + c * position.y + e) * scale,
                                     baseline: (boundary[1] + b * position.x + d * position.y + f) * scale,
                                     size: size * d * scale, width: width * a * scale)
                if glyph.isOnAPage { glyphs.append(glyph) }
                position.x += step ?? natural
                position.y += index < deltaY.count ? deltaY[index] ?? 0 : 0
            }
            cursor = position
        }
        return glyphs
    }

    /// A `DeltaX`/`DeltaY` list expanded (`g 3 4.2` → 4.2 4.2 4.2), never
    /// past the `count` steps a code's characters take (a hostile `g
    /// 1000000000 1` expands to no more); a step that is not a number is nil.
    static func steps(_ text: String?, count: Int) -> [Double?] {
        guard let text, count > 0 else { return [] }
        var steps: [Double?] = []
        var fields = text.split(whereSeparator: \.isWhitespace).makeIterator()
        while steps.count < count, let field = fields.next() {
            if field == "g" {
                guard let times = fields.next().flatMap({ Int($0) }), times > 0, let value = fields.next() else { break }
                steps += repeatElement(number(value), count: min(times, count - steps.count))
            } else {
                steps.append(number(field))
            }
        }
        return steps
    }

    private static func number(_ field: Substring) -> Double? {
        Double(field).flatMap { $0.isFinite ? $0 : nil }
    }

    /// A character's width in ems when the file gives none: Chinese
    /// characters, their punctuation and full-width forms are square, others about half as wide.
    static func advance(_ character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0.5 }
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF01...0xFF60, 0x20000...0x3FFFF: return 1
        case 0x2014, 0x2026, 0x201C, 0x201D, 0x2018, 0x2019: return 1
        default: return 0.5
        }
    }
}
