/// The figure a cell's ink is shaped as where its shape denies digits of OCR's reading: each denied digit's twin, the
/// digit OCR takes it for — a 9 with no loop a 5, a 5 closing one a 9 (a 6 where it lies low) (`DigitLoops`: Tesseract's English model took
/// 奇台县大泉塔塔尔族乡's scanned 575 for 975), a 0, 6 or 9 whose loop lies where another's does that one
/// (`DigitLoops.Place`: 淮安 2024's 6 read 0), a 7 standing on a foot a 2, a 2 on none a 7 (`DigitFeet`: 临潼 2024's 2
/// read 7). It is told the operator beside the reading (`UnconfirmedCells.warning`), never written for it: a speck under
/// a 7 or a 2's faint base shows the same foot, a broken stroke the same open loop.
enum DigitShapes {
    /// The figure with each digit the cell's pieces of ink deny (their loops and feet, in reading order) turned into its
    /// twin; nil where the shape denies none, where the pieces are not one a digit, or where it denies a digit that has no
    /// one twin (a 0 with no loop: which digit it is, the ink does not say).
    static func said(by figure: String, loops: [Int], feet: [Bool], places: [DigitLoops.Place?] = []) -> String? {
        let count = figure.filter(isDigit).count
        let loops = loops.count == count ? loops : nil, feet = feet.count == count ? feet : nil
        let places = places.count == count ? places : nil
        var said = "", index = 0, denied = false
        for character in figure {
            guard isDigit(character) else { said.append(character); continue }
            var twin = character
            if let loops, DigitLoops.loops[character]?.contains(loops[index]) == false {
                switch (character, loops[index]) {
                case ("9", 0): twin = "5"
                // A 5's bowl shut by a blurred scan closes a loop low, where a 6's lies, not a 9's (淮安 2024 blurred: 50 said 90).
                case ("5", 1): twin = (places?[index] ?? nil) == .low ? "6" : "9"
                default: return nil
                }
            } else if let places, let place = places[index], let own = DigitLoops.Place.of[character], own != place {
                twin = DigitLoops.Place.of.first { $0.value == place }?.key ?? character
            } else if let feet {
                switch (character, feet[index]) {
                case ("7", true): twin = "2"
                case ("2", false): twin = "7"
                default: break
                }
            }
            denied = denied || twin != character
            said.append(twin)
            index += 1
        }
        return denied ? said : nil
    }

    /// Why the ink's shape says another figure than the reading, digit by digit, in the operator's words.
    static func why(reading: String, shapeSays shape: String) -> String {
        let reasons: [String: String] = [
            "95": "a 9 closes a loop, the ink there none", "59": "a 5 closes no loop, the ink there one",
            "56": "a 5 closes no loop, the ink there one low, as a 6's or a 5's blurred shut",
            "72": "a 7 stands on no foot, the ink there on a 2's", "27": "a 2 stands on a foot, the ink there on none",
            "06": "a 0's loop spans its height, the ink's lies low as a 6's", "09": "a 0's loop spans its height, the ink's lies high as a 9's",
            "60": "a 6's loop lies low, the ink's spans its height as a 0's", "90": "a 9's loop lies high, the ink's spans its height as a 0's",
            "69": "a 6's loop lies low, the ink's high as a 9's", "96": "a 9's loop lies high, the ink's low as a 6's",
        ]
        var said: [String] = []
        for (read, twin) in zip(reading, shape) where read != twin {
            if let reason = reasons[String([read, twin])], !said.contains(reason) { said.append(reason) }
        }
        return said.isEmpty ? "its loops or feet are another digit's" : said.joined(separator: "; ")
    }

    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
}
