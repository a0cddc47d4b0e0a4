import Foundation

/// A town's, township's or subdistrict's name read from a sentence without its county (青山乡, 东至 2024: the office to
/// contact `青山乡党政办`, the compiling sentence `结合青山乡人民政府2024年…`), where the page prints the same name with its
/// county before it (`地址:东至县青山乡人民政府二楼`): the name in full, as its other years' titles print it (东至县青山乡
/// 2021). Many counties have a 青山乡 or a 城关镇: the county tells them apart and keeps a body's years together. Only a
/// county the page prints: never one guessed.
extension SignedAgency {
    /// The words a page prints a place's name right after: a contact's verb (请与东至县青山乡党政办联系), a particular's label
    /// (地址:东至县青山乡人民政府二楼, 来源:东至县青山乡人民政府). Elsewhere a run of characters before a town's name may be a
    /// sentence's (推动全县青山乡…): only a title's start or a label's colon is read without one.
    private static let leadsBeforeAPlace = ["请及时与", "请与", "可与", "请联系", "联系", "地址为", "地址", "位于", "来源", "发布机构", "发文机关", "受理机构为"]

    /// `name` with the county, city or district the page prints right before it, when `name` prints none (青山乡 →
    /// 东至县青山乡); nil when it prints one, when the page prints none, or two different ones.
    static func withCountyPrinted(_ name: String, in lines: ArraySlice<SourceLine>) -> String? {
        let plain = LabelText.simplifying(name)
        guard let unit = plain.range(ofPattern: #"(镇|乡|街道|苏木)(人民政府|办事处)?$"#),
              plain[..<unit.lowerBound].count >= 2,
              !printsAPlace(ownWords: plain[..<unit.lowerBound]) else { return nil }
        // The town's name and its unit, without 人民政府 or 办事处: an address prints the body (东至县青山乡人民政府二楼).
        let town = Array(plain.replacingMatches(ofPattern: #"(人民政府|办事处)$"#, with: ""))
        var places = Set<String>()
        for found in placesPrinted(before: town, in: lines, atATitlesStart: true) {
            guard found.place.range(ofPattern: #"^\p{Han}{1,12}[县市区旗]$"#) != nil,
                  !unitOfAnother.contains(where: found.place.hasPrefix) else { continue }
            places.insert(found.printedPlace)
        }
        guard places.count == 1, let place = places.first else { return nil }
        return place + name
    }

    /// Whether a town's own words (before its 镇, 乡, 街道) print a place already: a level's word with words on both sides of it
    /// (东至县青山, 潜江市泰丰), or a 街道 anywhere. A level's word opening or closing them is the town's own name's (市府东路街道,
    /// 昆都仑区 2025: 市府 is the city hall its road is named for; 新市镇): completed like any other, from a place the page prints.
    static func printsAPlace(ownWords words: Substring) -> Bool {
        words.contains("街道") || words.dropFirst().dropLast().contains { "省市县区旗盟州镇乡".contains($0) }
    }

    /// Where the page prints `words` (simplified) right after a run of characters led by a contact's verb or a particular's
    /// label, or at a label's colon (or, `atATitlesStart`, opening a title's line): the run, the place, read in simplified
    /// characters and as printed (a 繁體 page's 東至縣, one character for one), and the words as printed.
    private static func placesPrinted(before words: [Character], in lines: ArraySlice<SourceLine>,
                                      atATitlesStart: Bool) -> [(place: String, printedPlace: String, printedWords: String)] {
        var found: [(place: String, printedPlace: String, printedWords: String)] = []
        for line in lines where line.cells == nil {
            let printed = Array(LabelText.fold(line.text).filter { !$0.isWhitespace })
            let text = Array(LabelText.simplifying(String(printed)))
            guard text.count == printed.count, text.count > words.count else { continue }
            for at in 0...(text.count - words.count) where Array(text[at..<(at + words.count)]) == words {
                var start = at
                while start > 0, text[start - 1].unicodeScalars.allSatisfy({ $0.properties.isIdeographic }) { start -= 1 }
                let run = String(text[start..<at])
                // (Leads may come two together, 地址位于东至县…: each is left out of the place.)
                var leads = 0
                while let next = leadsBeforeAPlace.first(where: String(run.dropFirst(leads)).hasPrefix) { leads += next.count }
                // (A line's start only in a title: no sentence's marks, the report named.)
                let title = atATitlesStart && start == 0 && !text.contains(where: { "。，,；;".contains($0) }) && String(text).contains("报告")
                let labelled = start > 0 && (text[start - 1] == ":" || text[start - 1] == "：")
                    && leadsBeforeAPlace.contains(where: String(text[..<(start - 1)]).hasSuffix)
                guard leads > 0 || title || labelled else { continue }
                found.append((String(text[(start + leads)..<at]), String(printed[(start + leads)..<at]), String(printed[at..<(at + words.count)])))
            }
        }
        return found
    }

    /// `name` opening with its level's word alone before words of its own (`区香蜜湖片区建设发展事务中心`, the title on 福田区's
    /// site, 2024: the district's shorthand) with the place the page prints before the same words as a label's value or a
    /// contact's (`来源 : 深圳市福田区香蜜湖片区建设发展事务中心`): the name in full, as that line prints it. A 县 or 区 only (a
    /// 市 may open a word, 市场, or a place's own name, 市中区); one such name only: never a place guessed.
    static func withLevelsPlacePrinted(_ name: String, in lines: ArraySlice<SourceLine>) -> String? {
        let plainName = Array(LabelText.simplifying(name))
        guard let level = plainName.first, "区县".contains(level), plainName.count >= 4,
              !isAgencyName(String(plainName.dropFirst()), ends: ["人民政府", "政府"]) else { return nil }
        var names = Set<String>()
        for found in placesPrinted(before: plainName, in: lines, atATitlesStart: false) {
            let place = found.place + String(level)
            guard place.range(ofPattern: #"^\p{Han}{2,12}[县区]$"#) != nil, !unitOfAnother.contains(where: place.hasPrefix) else { continue }
            names.insert(found.printedPlace + found.printedWords)
        }
        return names.count == 1 ? names.first : nil
    }
}
