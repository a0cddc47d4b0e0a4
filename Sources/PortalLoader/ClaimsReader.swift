import PortalModel

/// Reads a form file's `narrativeClaims:` section: the phrases narratives
/// use to state the tables' figures, and what each phrase names.
struct ClaimsReader {
    let document: YAMLDocument
    let log: DiagnosticLog

    func claims(_ node: YAMLNode) -> NarrativeClaims? {
        guard var map = MappingReader(node, in: document, log: log, what: "narrativeClaims") else { return nil }
        var result = NarrativeClaims()
        result.approximateBefore = words(map.value("approximateBefore"), what: "approximateBefore")
        result.approximateAfter = words(map.value("approximateAfter"), what: "approximateAfter")
        result.outOfScope = words(map.value("outOfScope"), what: "outOfScope")
        result.otherMatters = words(map.value("otherMatters"), what: "otherMatters")
        result.partWords = words(map.value("partWords"), what: "partWords")
        result.listedParts = words(map.value("listedParts"), what: "listedParts")
        result.listedAfter = words(map.value("listedAfter"), what: "listedAfter")
        result.probableAfterPartWord = words(map.value("probableAfterPartWord"), what: "probableAfterPartWord")
        result.listedSubRows = words(map.value("listedSubRows"), what: "listedSubRows")
        result.otherReasons = words(map.value("otherReasons"), what: "otherReasons")
        result.everyWayWords = words(map.value("everyWayWords"), what: "everyWayWords")
        result.allOfTotalWords = words(map.value("allOfTotalWords"), what: "allOfTotalWords")
        result.bareAfterSentence = words(map.value("bareAfterSentence"), what: "bareAfterSentence")
        result.appealsOfAPart = words(map.value("appealsOfAPart"), what: "appealsOfAPart")
        result.appealedAnswerWords = words(map.value("appealedAnswerWords"), what: "appealedAnswerWords")
        result.lastYearWords = words(map.value("lastYearWords"), what: "lastYearWords")
        result.riseWords = words(map.value("riseWords"), what: "riseWords")
        result.fallWords = words(map.value("fallWords"), what: "fallWords")
        result.notChangeWords = words(map.value("notChangeWords"), what: "notChangeWords")
        result.shareOf = words(map.value("shareOf"), what: "shareOf")
        result.periodWords = words(map.value("periodWords"), what: "periodWords")
        result.reportTitles = words(map.value("reportTitles"), what: "reportTitles")
        result.otherReportWords = words(map.value("otherReportWords"), what: "otherReportWords")
        result.thisYearWords = words(map.value("thisYearWords"), what: "thisYearWords")
        result.acrossYearWords = words(map.value("acrossYearWords"), what: "acrossYearWords")
        result.monthSpanWords = words(map.value("monthSpanWords"), what: "monthSpanWords")
        result.monthEndWords = words(map.value("monthEndWords"), what: "monthEndWords")
        result.otherPeriodWords = words(map.value("otherPeriodWords"), what: "otherPeriodWords")
        result.agencyNames = words(map.value("agencyNames"), what: "agencyNames")
        result.regionWords = words(map.value("regionWords"), what: "regionWords")
        result.zoneSelfWords = words(map.value("zoneSelfWords"), what: "zoneSelfWords")
        result.taskVerbs = words(map.value("taskVerbs"), what: "taskVerbs")
        result.ownLevelWords = words(map.value("ownLevelWords"), what: "ownLevelWords")
        result.ownLevelFigureWords = words(map.value("ownLevelFigureWords"), what: "ownLevelFigureWords")
        result.ownAgencyWords = words(map.value("ownAgencyWords"), what: "ownAgencyWords")
        result.partAgencyWords = words(map.value("partAgencyWords"), what: "partAgencyWords")
        result.regionReportWords = words(map.value("regionReportWords"), what: "regionReportWords")
        result.ownLevelReportWords = words(map.value("ownLevelReportWords"), what: "ownLevelReportWords")
        result.notScopingWords = words(map.value("notScopingWords"), what: "notScopingWords")
        result.applicantWords = words(map.value("applicantWords"), what: "applicantWords")
        result.everyApplicantWords = words(map.value("everyApplicantWords"), what: "everyApplicantWords")
        result.governmentNameSuffixes = words(map.value("governmentNameSuffixes"), what: "governmentNameSuffixes")
        if let list = map.value("higherRegions") {
            if let items = list.sequence {
                result.higherRegions = items.compactMap { item in
                    guard var region = MappingReader(item, in: document, log: log, what: "a higher region") else { return nil }
                    let levels = words(region.value("levels"), what: "levels")
                    let except = words(region.value("except"), what: "except")
                    let regionWords = words(region.value("words"), what: "words")
                    region.reportUnknownKeys(what: "a higher region")
                    guard !levels.isEmpty, !regionWords.isEmpty else { return nil }
                    return HigherRegion(levels: levels, except: except, words: regionWords)
                }
            } else {
                log.error(.yamlType, at: document.location(of: list), "“higherRegions” must be a list")
            }
        }
        for pair in words(map.value("folding"), what: "folding") {
            // Each entry is two characters: the one written, the one read.
            guard pair.count == 2, let from = pair.first, let to = pair.last else {
                log.error(.formDefinition, at: map.location, "“folding” lists pairs of two characters, e.g. 請请; found “\(pair)”")
                continue
            }
            result.folding[from] = to
        }
        if let list = map.value("claims") {
            if let items = list.sequence {
                result.claims = items.compactMap(claim)
            } else {
                log.error(.yamlType, at: document.location(of: list), "“claims” must be a list")
            }
        }
        map.reportUnknownKeys(what: "narrativeClaims")
        return result
    }

    /// `narrativeBreakdowns:`: how narratives list a total's parts.
    func breakdowns(_ node: YAMLNode) -> NarrativeBreakdowns? {
        guard var map = MappingReader(node, in: document, log: log, what: "narrativeBreakdowns") else { return nil }
        var result = NarrativeBreakdowns()
        let lists: [(String, WritableKeyPath<NarrativeBreakdowns, [String]>)] = [
            ("openers", \.openers), ("other", \.other), ("including", \.including),
            ("otherBases", \.otherBases), ("totals", \.totals), ("onTime", \.onTime),
            ("allClosed", \.allClosed), ("allClosedUnless", \.allClosedUnless), ("rateUnless", \.rateUnless),
            ("closedRates", \.closedRates), ("columnTotals", \.columnTotals), ("columnFillers", \.columnFillers), ("columnAll", \.columnAll), ("columnShareWords", \.columnShareWords),
        ]
        for (key, path) in lists { result[keyPath: path] = words(map.value(key), what: key) }
        if let list = map.value("divisions") {
            if let items = list.sequence {
                result.divisions = items.compactMap { item in
                    guard var division = MappingReader(item, in: document, log: log, what: "a division") else { return nil }
                    let id = division.string("id", required: true)
                    let kinds = words(division.value("kinds"), what: "kinds")
                    let partial = division.string("partial")
                    division.reportUnknownKeys(what: "a division")
                    if let partial, !["true", "false"].contains(partial.value) {
                        log.error(.yamlType, at: partial.location, "“partial” must be true or false, found “\(partial.value)”")
                    }
                    guard let id else { return nil }
                    return NarrativeDivision(id: id.value, kinds: kinds, partial: partial?.value == "true")
                }
            } else {
                log.error(.yamlType, at: document.location(of: list), "“divisions” must be a list")
            }
        }
        if let list = map.value("columnParts") {
            if let items = list.sequence {
                result.columnParts = items.compactMap { item in
                    guard var part = MappingReader(item, in: document, log: log, what: "a column part") else { return nil }
                    let label = part.string("label", required: true)
                    let kindWords = self.words(part.value("words"), what: "words")
                    let columns = self.words(part.value("columns"), what: "columns")
                    part.reportUnknownKeys(what: "a column part")
                    guard let label, !kindWords.isEmpty, !columns.isEmpty else { return nil }
                    return NarrativeColumnPart(words: kindWords, columns: columns, label: label.value)
                }
            } else {
                log.error(.yamlType, at: document.location(of: list), "“columnParts” must be a list")
            }
        }
        map.reportUnknownKeys(what: "narrativeBreakdowns")
        return result
    }

    /// `rollForwardRules:` (read here with the other rules a form adds
    /// beside its identities).
    func rollForwardRules(_ node: YAMLNode) -> [RollForwardRule] {
        guard let items = node.sequence else {
            log.error(.yamlType, at: document.location(of: node), "“rollForwardRules” must be a list")
            return []
        }
        return items.compactMap { item in
            guard var map = MappingReader(item, in: document, log: log, what: "a roll-forward rule") else { return nil }
            let id = map.string("id", required: true)
            let description = map.string("description")
            let table = map.string("table", required: true)
            let rows = words(map.value("rows"), what: "rows")
            let stock = map.string("stock", required: true)
            let added = map.string("added", required: true)
            let removed = map.string("removed", required: true)
            let severity = map.string("severity")
            map.reportUnknownKeys(what: "a roll-forward rule")
            guard let id, let table, let stock, let added, let removed else { return nil }
            guard let level = Diagnostic.Severity(rawValue: severity?.value ?? "error") else {
                log.error(.formDefinition, at: severity?.location ?? map.location, "severity is error or warning")
                return nil
            }
            return RollForwardRule(id: id.value, description: description?.value ?? "", table: table.value, rows: rows,
                                   stock: stock.value, added: added.value, removed: removed.value, severity: level)
        }
    }

    private func claim(_ node: YAMLNode) -> NarrativeClaim? {
        guard var map = MappingReader(node, in: document, log: log, what: "a narrative claim") else { return nil }
        let id = map.string("id", required: true)
        let label = map.string("label", required: true)
        let unit = map.string("unit")
        let cells = words(map.value("sum"), what: "sum")
        var claim = NarrativeClaim(id: id?.value ?? "", label: label?.value ?? "", cells: [])
        claim.phrases = words(map.value("phrases"), what: "phrases")
        claim.weakPhrases = words(map.value("weakPhrases"), what: "weakPhrases")
        claim.after = words(map.value("after"), what: "after")
        claim.none = words(map.value("none"), what: "none")
        claim.unless = words(map.value("unless"), what: "unless")
        claim.certainWith = words(map.value("certainWith"), what: "certainWith")
        claim.kindOf = words(map.value("kindOf"), what: "kindOf")
        claim.unlessBefore = words(map.value("unlessBefore"), what: "unlessBefore")
        claim.unlessAfter = words(map.value("unlessAfter"), what: "unlessAfter")
        claim.unlessBeforeFigure = words(map.value("unlessBeforeFigure"), what: "unlessBeforeFigure")
        claim.probableWith = words(map.value("probableWith"), what: "probableWith")
        claim.probableUnless = words(map.value("probableUnless"), what: "probableUnless")
        claim.inYear = words(map.value("inYear"), what: "inYear")
        claim.barePhrases = words(map.value("barePhrases"), what: "barePhrases")
        claim.including = words(map.value("including"), what: "including")
        claim.includingAs = map.string("includingAs")?.value
        claim.bracketed = words(map.value("bracketed"), what: "bracketed")
        claim.all = words(map.value("all"), what: "all")
        claim.allOf = map.string("allOf")?.value
        map.reportUnknownKeys(what: "a narrative claim")
        guard id != nil, label != nil else { return nil }
        for text in cells {
            guard let ref = CellRef(text) else {
                log.error(.formDefinition, at: map.location, "a cell reference must read table.row.column, found “\(text)”")
                return nil
            }
            claim.cells.append(ref)
        }
        if let unit {
            guard let parsed = NarrativeClaim.Unit(rawValue: unit.value) else {
                log.error(.formDefinition, at: unit.location, "unknown claim unit “\(unit.value)”", hint: "use count or tenThousandYuan")
                return nil
            }
            claim.unit = parsed
        }
        return claim
    }

    /// A list of plain strings (an absent key is an empty list).
    func words(_ node: YAMLNode?, what: String) -> [String] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            log.error(.yamlType, at: document.location(of: node), "“\(what)” must be a list")
            return []
        }
        return items.compactMap { item in
            guard let text = item.scalar?.string, !text.isEmpty else {
                log.error(.formDefinition, at: document.location(of: item), "“\(what)” lists words")
                return nil
            }
            return text
        }
    }
}
