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
              plain[..<unit.lowerBound].range(ofPattern: #"[省市县区旗盟州镇乡]|街道"#) == nil else { return nil }
        // The town's name and its unit, without 人民政府 or 办事处: an address prints the body (东至县青山乡人民政府二楼).
        let town = Array(plain.replacingMatches(ofPattern: #"(人民政府|办事处)$"#, with: ""))
        var places = Set<String>()
        for line in lines where line.cells == nil {
            // As printed (a 繁體 page's 東至縣), found in simplified characters: one character for one.
            let printed = Array(LabelText.fold(line.text).filter { !$0.isWhitespace })
            let text = Array(LabelText.simplifying(String(printed)))
            guard text.count == printed.count, text.count > town.count else { continue }
            for at in 0...(text.count - town.count) where Array(text[at..<(at + town.count)]) == town {
                var start = at
                while start > 0, text[start - 1].unicodeScalars.allSatisfy({ $0.properties.isIdeographic }) { start -= 1 }
                let run = String(text[start..<at])
                // (Leads may come two together, 地址位于东至县…: each is left out of the place.)
                var leads = 0
                while let next = leadsBeforeAPlace.first(where: String(run.dropFirst(leads)).hasPrefix) { leads += next.count }
                let lead: Int? = leads > 0 ? leads : nil
                // (A line's start only in a title: no sentence's marks, the report named.)
                let title = start == 0 && !text.contains(where: { "。，,；;".contains($0) }) && String(text).contains("报告")
                let labelled = start > 0 && (text[start - 1] == ":" || text[start - 1] == "：")
                    && leadsBeforeAPlace.contains(where: String(text[..<(start - 1)]).hasSuffix)
                guard lead != nil || title || labelled else { continue }
                let placeStart = start + (lead ?? 0)
                let place = String(text[placeStart..<at])
                guard place.range(ofPattern: #"^\p{Han}{1,12}[县市区旗]$"#) != nil,
                      !unitOfAnother.contains(where: place.hasPrefix) else { continue }
                places.insert(String(printed[placeStart..<at]))
            }
        }
        guard places.count == 1, let place = places.first else { return nil }
        return place + name
    }
}
