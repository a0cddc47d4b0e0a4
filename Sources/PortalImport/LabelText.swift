import Foundation

/// Label text reduced to what identifies it, so that a published label
/// matches the form's whatever its widths, spaces, punctuation, line
/// breaks and numbering style: （一）予以公开, (一)予以公开 and 一、予以公开
/// all read 一予以公开.
struct LabelText: Equatable {
    let characters: [Character]

    init(_ text: String) {
        characters = Array(Self.fold(text).filter { $0.isLetter || $0.isNumber })
    }

    var isEmpty: Bool { characters.isEmpty }
    var string: String { String(characters) }

    /// The label without its numbering (一、 （三） 1. 1、), for reports that leave it out.
    static func core(of label: String) -> LabelText {
        let pattern = #"^\s*([（(]?[一二三四五六七八九十]+[)）]?[、.．]?|[（(]?[0-9０-９]+[)）]?[、.．]?)"#
        return LabelText(label.replacingOccurrences(of: pattern, with: "", options: .regularExpression))
    }

    /// Full-width letters and digits to half-width (NFKC), the minus sign to “-”.
    static func fold(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.replacingOccurrences(of: "\u{2212}", with: "-")
    }
}

/// Where a label was found in a table's text: the positions of its first
/// and last character in the stream.
struct LabelMatch: Equatable {
    var start: Int
    var end: Int
}

/// The text of a table region as one stream of label characters, each
/// remembering the line it came from, so that a label wrapped over lines or
/// interleaved with the pieces of a merged group label (（六）其 / 他处理
/// printed beside the rows they span) is still found.
struct LabelStream {
    private(set) var characters: [Character] = []
    private(set) var lineOfCharacter: [Int] = []

    mutating func append(_ text: LabelText, line: Int) {
        characters += text.characters
        lineOfCharacter += Array(repeating: line, count: text.characters.count)
    }

    /// The first place from `start` where the label's characters occur in
    /// order with at most `maxGap` foreign characters between two of them.
    func find(_ label: LabelText, from start: Int, maxGap: Int = 6) -> LabelMatch? {
        let wanted = label.characters
        guard let first = wanted.first, start < characters.count else { return nil }
        var position = start
        while position < characters.count {
            guard let begin = characters[position...].firstIndex(of: first) else { return nil }
            if let end = follow(wanted, from: begin, maxGap: maxGap) { return LabelMatch(start: begin, end: end) }
            position = begin + 1
        }
        return nil
    }

    /// Whether the label occurs again, character for character, in `range`.
    func occursExactly(_ label: LabelText, in range: Range<Int>) -> Int? {
        let wanted = label.characters
        guard !wanted.isEmpty, range.count >= wanted.count else { return nil }
        var position = range.lowerBound
        while position + wanted.count <= range.upperBound {
            if characters[position] == wanted[0], Array(characters[position..<position + wanted.count]) == wanted { return position }
            position += 1
        }
        return nil
    }

    private func follow(_ wanted: [Character], from begin: Int, maxGap: Int) -> Int? {
        var last = begin
        for character in wanted.dropFirst() {
            let window = (last + 1)..<min(characters.count, last + 2 + maxGap)
            guard let next = characters[window].firstIndex(of: character) else { return nil }
            last = next
        }
        return last
    }
}
