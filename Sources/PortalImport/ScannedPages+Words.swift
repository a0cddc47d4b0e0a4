import Foundation

/// A scanned line's characters made into words (`ScannedPages.pages(read:)`).
extension ScannedPages {
    /// A line's characters made into words, left to right. Tesseract reads Chinese without spaces and
    /// sometimes a table's row of figures as one word, so its own words are not kept: characters closer
    /// than ¾ of the text's height are one word (a sentence, a figure's digits), farther apart two (a
    /// table's cells); a figure and a Chinese character beside it are two words, as a text layer prints them
    /// (共 2 件), so that a label never takes a cell's figure. Quotes and bars standing alone are a table's
    /// rules read as characters, and left out; at a figure's ends, stripped off it. A letter O that no
    /// other Latin letter touches is the zero it was printed as (a table's `O`, `1O`).
    static func words(of line: [Glyph], typicalHeight: Double) -> [Glyph] {
        var words: [Glyph] = []
        for character in zerosRead(in: line.sorted(by: { $0.left < $1.left }), typicalHeight: typicalHeight) {
            if var last = words.last, character.left - last.right < 0.75 * max(typicalHeight, character.height),
               isDigit(last.text.last) == isDigit(character.text.first) || last.text.last == "." || character.text.first == "."
                || continuesADate(last, character) {
                if last.shapeSays != nil || character.shapeSays != nil { last.shapeSays = (last.shapeSays ?? last.text) + (character.shapeSays ?? character.text) }
                last.text += character.text
                last.unsure = last.unsure || character.unsure
                last.right = max(last.right, character.right)
                last.top = min(last.top, character.top)
                last.bottom = max(last.bottom, character.bottom)
                words[words.count - 1] = last
            } else {
                words.append(character)
            }
        }
        return words.indices.compactMap { index in
            let word = words[index]
            var stripped = word.text.trimmingCharacters(in: rules)
            // The figure its cell's ink is shaped as, stripped alike (it differs from the reading in digits only).
            var shaped = word.shapeSays?.trimmingCharacters(in: rules)
            // A speck before a figure read as its point (`.0`): a table's figures are whole, and a list's
            // number (1.) has its point after it.
            if stripped.count > 1, let point = stripped.first, ".·".contains(point), stripped.dropFirst().allSatisfy(\.isNumber) {
                stripped.removeFirst()
                shaped = shaped.map { String($0.dropFirst()) }
            }
            if stripped.isEmpty { return nil }
            if shaped?.count != stripped.count { shaped = nil }
            // A point after a cell's figure with no words after it on the row (`0.`: a speck beside the digit): no figure
            // ends so, nor is it a list's number (1. before its label's words): the figure, unsure — the operator confirms it.
            if word.cell != nil, stripped.count > 1, let point = stripped.last, ".·,".contains(point), stripped.dropLast().allSatisfy(\.isNumber),
               !words[(index + 1)...].contains(where: { $0.text.contains(where: LabelText.isIdeograph) }) {
                var figure = word
                figure.text = CellText.unsure(stripped.dropLast(), shapeSays: shaped.map { String($0.dropLast()) })
                return figure
            }
            guard stripped.allSatisfy(\.isNumber) else { return numbered(word) }
            var figure = word
            figure.text = word.unsure ? CellText.unsure(stripped, shapeSays: shaped) : stripped
            return figure
        }
    }

    /// The characters (left to right) with each `O`/`o` that has no Latin letter beside it (within a
    /// word's gap) read as `0`: Tesseract's Chinese model reads a table's lone zero as the letter,
    /// while the letters of a Latin word (OA, OFD) stay letters.
    static func zerosRead(in line: [Glyph], typicalHeight: Double) -> [Glyph] {
        func isLatin(_ glyph: Glyph?, near other: Glyph) -> Bool {
            guard let glyph, let letter = glyph.text.last, letter.isASCII, letter.isLetter else { return false }
            let gap = glyph.left > other.left ? glyph.left - other.right : other.left - glyph.right
            return gap < 0.75 * typicalHeight
        }
        return line.indices.map { index in
            var glyph = line[index]
            guard glyph.text == "O" || glyph.text == "o",
                  !isLatin(index > 0 ? line[index - 1] : nil, near: glyph),
                  !isLatin(index + 1 < line.count ? line[index + 1] : nil, near: glyph) else { return glyph }
            glyph.text = "0"
            return glyph
        }
    }

    /// Whether `character` goes on a date being read outside the tables (`2024-01-17`, `2024/1/17`): a page's particulars
    /// print the day published so, and split at its hyphens (`2024 - 01 - 17`) it was no date (沭阳县发改局 2023 printed by a
    /// browser and scanned: no day read). Never in a cell, where a dash is a cell's own.
    static func continuesADate(_ word: Glyph, _ character: Glyph) -> Bool {
        word.cell == nil && character.cell == nil
            && (word.text + character.text).range(ofPattern: #"^(19|20)[0-9]{2}([-/]|[-/][0-9]{1,2}|[-/][0-9]{1,2}[-/][0-9]{0,2})$"#) != nil
    }

    /// 一, 二 and 七 in a bracketed number read as the dash, the equals sign and the letter they look like ((-) for (一), (L) for (七)).
    static func numbered(_ word: Glyph) -> Glyph {
        let text = Array(word.text)
        guard text.count >= 3, "(（".contains(text[0]), ")）".contains(text[2]), let number = ["-": "一", "—": "一", "–": "一", "=": "二", "L": "七"][text[1]] else { return word }
        var numbered = word
        numbered.text = String(text[0]) + number + String(text[2...])
        return numbered
    }

    private static let rules = CharacterSet(charactersIn: "“”\"'‘’|丨!【】[]")

    static func isDigit(_ character: Character?) -> Bool {
        character.map { $0.isASCII && $0.isNumber } ?? false
    }
}
