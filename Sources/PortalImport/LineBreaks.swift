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
        // Each line that is kept, with the empty lines after it (the last line, after the last break, has none).
        var runs: [(line: Int, empty: Int)] = []
        var index = 0
        while index < lines.count {
            var empty = 0
            while index + 1 + empty < lines.count - 1, lines[index + 1 + empty].isEmpty { empty += 1 }
            runs.append((index, empty))
            index += 1 + empty
        }
        // A run of n breaks is a line followed by n − 1 empty lines.
        let breaks = runs.filter { $0.line < lines.count - 1 }
        guard breaks.count >= 20, breaks.allSatisfy({ ($0.empty + 1) % 2 == 0 }) else { return nil }
        var kept: [String] = []
        var fileLines: [Int] = []
        for run in runs {
            kept.append(lines[run.line])
            fileLines.append(run.line + 1)
            // Of 2k − 1 empty lines, k − 1 were the text's own blank lines.
            for blank in 0..<(run.empty / 2) {
                kept.append("")
                fileLines.append(run.line + 3 + 2 * blank)
            }
        }
        return (kept.joined(separator: "\n"), fileLines)
    }
}
