import Foundation

/// A text's lines as the program that extracted it meant them, whatever
/// saved it afterwards: old Mac line ends (a lone CR), and every line
/// break doubled (an editor or a pipeline that writes a blank line after
/// each line, so each of a row's cells looks like a row of its own).
enum LineBreaks {
    /// The text with its line breaks restored, and for each of its lines
    /// the number of the file's line it came from (nil: the same numbers).
    static func restored(_ text: String) -> (text: String, fileLines: [Int]?) {
        var text = text
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        guard let halved = undoubled(text) else { return (text, nil) }
        return halved
    }

    /// Doubled breaks: every run of line breaks in the text has an even
    /// length (one break became two, a blank line four). A text written
    /// by hand or by Tika always has single breaks between a paragraph's
    /// lines somewhere, so a few runs are not enough to tell: at least 20.
    private static func undoubled(_ text: String) -> (text: String, fileLines: [Int])? {
        let lines = text.components(separatedBy: "\n")
        var runs = 0
        var index = 0
        // A run of n breaks is a line followed by n − 1 empty lines.
        while index < lines.count - 1 {
            var empty = 0
            while index + 1 + empty < lines.count - 1, lines[index + 1 + empty].isEmpty { empty += 1 }
            if (empty + 1) % 2 != 0 { return nil }
            runs += 1
            index += 1 + empty
        }
        guard runs >= 20 else { return nil }
        var kept: [String] = []
        var fileLines: [Int] = []
        index = 0
        while index < lines.count {
            kept.append(lines[index])
            fileLines.append(index + 1)
            var empty = 0
            while index + 1 + empty < lines.count - 1, lines[index + 1 + empty].isEmpty { empty += 1 }
            // Of 2k − 1 empty lines, k − 1 were the text's own blank lines.
            for blank in 0..<(empty / 2) {
                kept.append("")
                fileLines.append(index + 2 + 2 * blank + 1)
            }
            index += 1 + empty
        }
        return (kept.joined(separator: "\n"), fileLines)
    }
}
