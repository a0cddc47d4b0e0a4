import PortalModel

/// The preamble publishes the report under the agency's own name: 现公布建水县民族宗教事务局2025年度政府信息公开工作年度报告
/// in 建水县面甸镇's report (2025, real) is a sentence copied from another body's report, left with its name. A warning:
/// the name before the title is read only where it is plainly a body of another kind (a 局 in a 镇's report), or another
/// 街道 or 镇 (whose names are not shortened as departments' are: 卫健局 for 卫生健康局 is no other body).
enum ReportPublisherCheck {
    static let reportPublisher = Rule("report-publisher", .warning, .check, "the preamble publishes the report under another body's name (现公布某局2021年政府信息公开工作年度报告 in a 镇's report): a sentence copied from another body's report")

    /// `compiled`: the forms' words as compiled for earlier folders on this thread.
    static func run(_ portal: Portal, words compiled: CompiledPeriodWords = CompiledPeriodWords()) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let agencies = Dictionary(portal.agencies.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for report in portal.reports {
            guard let agency = agencies[report.agencySlug], let preamble = report.narratives["preamble"] else { continue }
            let form = portal.form(of: report)
            let words = compiled.words(of: form)
            let text = NarrativeText(preamble.value, folding: words.folding)
            for (start, name) in publishers(in: text, words: words) where isAnotherBody(name, than: agency, folding: words.folding) {
                problems.append(.warning(reportPublisher, at: text.location(of: start, base: preamble.location),
                    "“\(text.quote(around: start..<(start + name.unicodeScalars.count)))” publishes the report as \(name)'s, but this is \(agency.name)'s report",
                    hint: "a sentence copied from another body's report? Correct the name, or acknowledge it in report.yaml if the agency published it so"))
            }
        }
        return problems
    }

    /// The verbs a publishing sentence puts before the name (现公布…, 现将…, …编制): the name is what follows the last.
    static let verbs = ["向社会公布", "现予公布", "现公布", "公布", "发布", "现将", "编制", "制定", "撰写", "形成"].map { Array($0.unicodeScalars) }
    /// What ends a name: its sentence's and clause's marks, brackets and quotes.
    static let stops = Set("，。；：、,;:!！?？《》“”\"（()）【】 \u{3000}\n".unicodeScalars)

    /// Each name printed right before a year and the report's title (…2025年度政府信息公开工作年度报告): where it starts, and it.
    static func publishers(in text: NarrativeText, words: ReportPeriodCheck.Words) -> [(Int, String)] {
        var found: [(Int, String)] = []
        let scalars = text.scalars
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard let (_, next) = ReportPeriodCheck.year(in: text, at: index), ReportPeriodCheck.titleFollows(text, at: next, words: words) else { continue }
            // A notice's title cited inside 《》 publishes nothing: the notice that asked for the reports (《关于做好全市2020年度政府信息
            // 公开工作年度报告编写工作的通知》, 西秀区 黄腊乡 2020), whose 全市 reads as a city's name. (The report's own title in
            // 《》, 现将《面甸镇2025年…年度报告》予以公布, names its publisher.)
            if insideCitedNotice(scalars, at: index) { continue }
            var start = index
            while start > 0, index - start < 40, !stops.contains(scalars[start - 1]) { start -= 1 }
            // After the last publishing verb in the run (现公布建水县…: 建水县…).
            for verb in verbs {
                var i = index - verb.count
                while i >= start {
                    if text.hasPrefix(verb, at: i) { start = max(start, i + verb.count); break }
                    i -= 1
                }
            }
            let name = String(String.UnicodeScalarView(scalars[start..<index]))
            if name.count >= 3 { found.append((start, name)) }
            index = next
        }
        return found
    }

    /// Whether `index` stands inside a 《…》 (the nearest of the two marks before it is 《) that closes on something other than
    /// a report (…的通知》, …方案》: not …年度报告》, …年报》).
    private static func insideCitedNotice(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard let open = (max(0, index - 120)..<index).reversed().first(where: { "《》。".unicodeScalars.contains(scalars[$0]) }),
              scalars[open] == "《",
              let close = (index..<min(scalars.count, index + 120)).first(where: { "《》。".unicodeScalars.contains(scalars[$0]) }),
              scalars[close] == "》" else { return false }
        let ending = String(String.UnicodeScalarView(scalars[max(open, close - 2)..<close]))
        return ending != "报告" && ending != "年报"
    }

    /// Whether `printed` names another body than `agency`: a body of another kind by its name's end, or another 街道 or 镇.
    /// `folding`: how the preamble was read (traditional → simplified), so the agency's names are read so too: a 繁體
    /// mirror's agency is written as printed (文昌閣鄉), the sentence naming it read as 文昌阁乡.
    static func isAnotherBody(_ printed: String, than agency: Agency, folding: ScalarFolding = ScalarFolding([:])) -> Bool {
        // Its own name, shortened or in full, first: most preambles print it, and that needs no kind.
        let names = ([agency.name, agency.shortName] + agency.formerNames.map(\.name))
            .map { String(String.UnicodeScalarView(folding.folded(Array($0.unicodeScalars)))) }
        let printedCore = core(printed)
        if names.map(core).contains(where: { $0.hasSuffix(printedCore) || printedCore.hasSuffix($0) }) { return false }
        let kind = Agency.Kind.from(name: printed)
        guard kind != .other else { return false }
        if kind != agency.kind { return true }
        return kind == .subdistrict || kind == .town
    }

    /// `Agency.nameCore` without brackets (（示例）) and a closing 政府 (面甸镇政府): 建水县面甸镇人民政府 → 建水县面甸镇.
    private static func core(_ name: String) -> String {
        var text = ""
        var depth = 0
        for character in Agency.nameCore(name) {
            switch character {
            case "（", "(": depth += 1
            case "）", ")": depth = max(0, depth - 1)
            default: if depth == 0 { text.append(character) }
            }
        }
        if text.hasSuffix("政府") { text.removeLast(2) }
        if text.hasSuffix("办事处") { text.removeLast(3) }
        return text
    }
}
