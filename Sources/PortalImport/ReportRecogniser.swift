import PortalModel

/// Recognises a report in a file's lines: the format, the sections, the
/// rows of every table, the narratives, the title.
enum ReportRecogniser {
    /// `today`: the import date (YYYY-MM-DD); no report was published later. `findsCopies`: whether part 六 is searched
    /// for the report printed again after it (`ReportPrintedTwice`); not when the copy itself is read.
    static func recognise(_ document: SourceDocument, forms: [FormDefinition], year givenYear: Int?, path: String,
                          today: String = ImportOptions.today(), findsCopies: Bool = true) -> Result<ImportedReport, ImportFailure> {
        var lines = document.lines
        let readByOCR = document.format.readByOCR
        let firstTitle = ReportTitle(lines[...], readByOCR: readByOCR)
        // A title without a year: the statistics period the preamble states is the year, printed.
        // A publication or signing date is not (reports for 2021 are published in 2022, or later).
        // A text printing no title of its own: the page's head's (`<meta name="ArticleTitle">`, `<title>`) or the file's name,
        // after what the text prints.
        let outsideTitle = document.outsideTitles.lazy.compactMap(ReportTitle.outsideText).first
        let printedYear = givenYear ?? firstTitle.year ?? ReportYear.statisticsPeriod(in: lines.prefix(40))
            ?? ReportYear.publishedReport(in: lines.prefix(40))
        let year = printedYear ?? outsideTitle?.year
        guard let form = SectionLocator.form(among: forms, for: lines, year: year) else {
            return .failure(ImportFailure([.error(.importUnreadable, at: SourceLocation(path: path), "no report formats are defined")]))
        }
        let headings = SectionLocator.headings(of: form, in: lines, readByOCR: readByOCR)
        for index in SectionLocator.numbersAbove(headings, of: form, in: lines) { lines[index].text = "" }
        let found = headings.compactMap { $0 }
        // The title is above the first heading: what comes after is the report's own text.
        var title = ReportTitle(lines[..<(found.min() ?? lines.count)], readByOCR: readByOCR)
        // The format before 2019's tables: said as such, not as sections missing.
        // A school year's report under 高等学校信息公开办法 (its parts may read as that format's): said as such first.
        if let school = SchoolYearReport.refusal(lines, forms: forms, path: path) { return .failure(ImportFailure([school])) }
        if let earlier = EarlierFormat.refusal(lines, forms: forms, year: printedYear, path: path) { return .failure(ImportFailure([earlier])) }
        // One table in the 2019 trial format, another in the 2021 one: said as such, not as rows misplaced.
        if let mixed = MixedFormats.refusal(lines, headings: headings, form: form, forms: forms, path: path) {
            return .failure(ImportFailure([mixed], formID: form.id))
        }
        guard !found.isEmpty else {
            if !document.attachments.isEmpty {
                return .failure(.error(.importNoReport, at: SourceLocation(path: path),
                    "no report found in the page, which links to \(Attachments.listed(document.attachments)): the report is in the attached file",
                    hint: "download the attached Word or PDF file from the site and import it"))
            }
            if document.readsAsText, let line = RunTogetherText.line(in: lines, form: form) {
                return .failure(.error(.importNoReport, at: SourceLocation(path: path, line: line.position.line),
                    "the text runs the report's sections into one line: its line breaks were lost, and its headings, paragraphs and table rows cannot be told apart",
                    hint: "import the page or the Word or PDF file itself, or restore the line breaks (each heading, paragraph and table row on a line of its own)"))
            }
            if let part = PartOfAReport.title(in: lines, titleLine: firstTitle.line), PartOfAReport.isInterpretation(title: part, lines: lines) {
                return .failure(.error(.importNoReport, at: SourceLocation(path: path, line: part.position.line),
                    "no report found: the file interprets the report (解读) under its title “\(part.text.trimmingCharacters(in: .whitespaces))”, retelling it in a few sentences, without the six section headings (\(form.sections.map(\.heading).joined(separator: ", "))) nor the tables: it is not the report",
                    hint: "import the report itself (its own page on the agency's site, or the Word or PDF file), not its interpretation"))
            }
            if let part = PartOfAReport.title(in: lines, titleLine: firstTitle.line) {
                return .failure(.error(.importNoReport, at: SourceLocation(path: path, line: part.position.line),
                    "no report found: the file prints the report's title “\(part.text.trimmingCharacters(in: .whitespaces))” and text under it, but none of the six section headings (\(form.sections.map(\.heading).joined(separator: ", "))) nor the tables: it holds part of the report only (one page of it, or a copy that left out its parts' headings and tables)",
                    hint: "import the report's whole file as the agency published it (its page, or the Word or PDF file)"))
            }
            if let (line, section) = RenumberedParts.line(in: lines, form: form) {
                return .failure(.error(.importNoReport, at: SourceLocation(path: path, line: line.position.line),
                    "no report in the national format: “\(line.text.trimmingCharacters(in: .whitespaces))” heads the form's part \(section.number) under another number, in a layout of its own, without the six section headings (\(form.sections.map(\.heading).joined(separator: ", ")))",
                    hint: "the report is the agency's own layout, which the form does not describe: ask the agency for the report in the national format (国办公开办函〔2021〕30号), or type it with `portal new report`"))
            }
            return .failure(.error(.importNoReport, at: SourceLocation(path: path),
                                    "no report found: none of the six section headings (\(form.sections.map(\.heading).joined(separator: ", "))) is in the file",
                                   hint: "is this the report itself, or a page that links to it? Import the report's own file"))
        }
        // No table row at all, though the file was read by its tables: pictures of them, or lost, and
        // nothing to read. (A Word file or page without a table was read as its text: `ParagraphTables`.)
        if document.readsAsMarkup, !lines.contains(where: { $0.cells != nil }) {
            let attached = document.attachments.isEmpty ? "" : "; the page links to \(Attachments.listed(document.attachments)), which may hold them"
            return .failure(.error(.importNoTables, at: SourceLocation(path: path),
                                   "the document has no tables: " + TablePictures.noneAsText(form) + attached,
                                   hint: TablePictures.hint(pictures: lines.contains(where: \.holdsPicture))))
        }
        let preambleEnd = found.min() ?? 0
        let partOne = headings.first.flatMap { $0 }.map { one in lines[one..<(found.filter { $0 > one }.min() ?? lines.count)] }
        // The site's government over a title naming no one, where the report's publishing sentence or part 一's sentences name
        // one of its departments by its level alone as the body whose work it tells (金口河区人民政府 / 2025年度…年报 over
        // `区交通运输局紧紧围绕…`, `区交通运输局严格按照…`): the page's header, no publisher.
        let sitesGovernment = SignedAgency.sitesGovernment(above: title, publisher: SignedAgency.placelessPublisher(in: lines[..<max(preambleEnd, min(40, lines.count))])
            ?? partOne.flatMap { SignedAgency.placelessSubjectOfPartOne(in: $0) })
        if sitesGovernment != nil { (title.agencyName, title.nameIsLineAbove) = (nil, false) }
        // A title naming no one under a line that does: that line may be a page header (Tika prints the
        // header first) or a site's name, where the report's signature is the agency's own word — unless
        // the two name one body (杭州市钱塘区人民政府下沙街道办事处 signed 钱塘区下沙街道办事处: the title's, in full).
        let signed = title.nameIsLineAbove ? SignedAgency.signature(in: lines, reportStart: preambleEnd).map(SignedAgency.government)
            .flatMap { name in title.agencyName.map { SignedAgency.sameBody(name, $0) } == true ? nil : name } : nil
        // A title printing the short name its preamble defines (自治区北部湾办 for 广西壮族自治区北部湾经济区规划建设管理办公室
        // (以下简称自治区北部湾办)): the name in full.
        // A title naming a body of no place (退役軍人事務局信息公開工作年度報告, 梅河口 2021) whose preamble or signature
        // names it with its place (編制完成梅河口市退役軍人事務局2021年…報告): the name in full.
        // A title's name of no place the text does not complete (住建局 2025年…报告, 县教育局2023年…报告): no publisher's
        // name — written as printed, it would stand for every county's bureau.
        let opening = lines[..<max(preambleEnd, min(40, lines.count))]
        // Read once: it completes a placeless title, and stands for the publisher where nothing else names one.
        let officeToContact = SignedAgency.officeToContact(in: opening)
        let placed = { (name: String) in
            SignedAgency.withItsPlace(name, in: lines, reportStart: preambleEnd)
                ?? SignedAgency.withContactsPlace(name, contact: officeToContact)
                ?? SignedAgency.withLevelsPlacePrinted(name, in: opening)
                ?? (SignedAgency.printsNoPlace(name) ? nil : SignedAgency.withItsCounty(name, in: lines, reportStart: preambleEnd) ?? name)
        }
        let titled = title.agencyName.flatMap(placed)
        // The title outside the text names the agency where the text's names none, or none of a place (住建局2024年…报告 under
        // the page's 某县住建局2024年…报告_某县人民政府), for the same year.
        let outsideTitleName = titled == nil && outsideTitle?.year == year ? outsideTitle?.agencyName : nil
        let outsideTitled = outsideTitleName.flatMap(placed)
        let placelessTitle = titled != nil || outsideTitled != nil ? nil : title.agencyName ?? outsideTitleName
        // A title naming no one with the name and the date it was signed under it: the name, where nothing else names one.
        let byline = title.agencyName == nil ? title.line.flatMap { SignedAgency.byline(in: lines, underTitle: $0, reportStart: preambleEnd) } : nil
        let printedName = (signed ?? titled ?? SignedAgency.name(in: lines, reportStart: preambleEnd) ?? outsideTitled ?? byline?.name)
            .map { ShortName.inFull($0, in: lines[..<preambleEnd]) ?? ShortName.townsGovernmentInFull($0, in: opening) ?? $0 }
        // No name printed as the publisher's: the office to contact, where part 一 opens with exactly that body (冠县人社局 2023).
        let contactName = printedName == nil ? officeToContact : nil
        // …or the publishing sentence's name without its place, where the office to contact is that body's own, with its place
        // (特向社会公布2020年度县应急管理局…报告, 请与铜鼓县应急管理局办公室联系, 铜鼓 2020): the contact's place, as for a title's.
        // …or the short name the preamble defines for its full one (公主岭市残疾人联合会(以下简称 “市残联”), then 现将2025年度
        // 市残联…报告如下, 公主岭市残联 2025): the name in full, as for a title's.
        let publisherPlaced = printedName == nil
            ? SignedAgency.placelessPublisher(in: opening).flatMap {
                SignedAgency.withContactsPlace($0, contact: officeToContact) ?? ShortName.inFull($0, in: lines[..<preambleEnd]) } : nil
        // …or the body behind the office to contact, where the preamble and part 一 speak as that kind of body (我局, 我乡).
        let untilTables = lines[..<(found.sorted().dropFirst().first ?? lines.count)]
        let readName = printedName ?? publisherPlaced ?? partOne.flatMap { SignedAgency.contactOpeningPartOne(contact: contactName, partOne: $0) }
            ?? SignedAgency.contactTheTextSpeaksAs(contact: contactName, opening: untilTables)
            // …or, where nothing names a body (no title's name, no office to contact), the body part 一's first sentence opens
            // with, when the text speaks as its kind (现将2025年度我局…, 2025年,榕城区医疗保障局坚持…).
            ?? (title.agencyName == nil && placelessTitle == nil && officeToContact == nil
                ? partOne.flatMap { SignedAgency.partOneSubjectTheTextSpeaksAs(partOne: $0, opening: untilTables) } : nil)
        // A town's name a sentence or the title gives without its county, which the page prints before the same name (its
        // address: 青山乡 2024, 木塔乡人民政府2024年…报告 over `地址:东至县木塔乡人民政府`): the name in full. (A title's name the
        // text's own name completes, `withItsCounty`, prints its county already.)
        let agencyName = readName.map { name in
            name == outsideTitled ? name : SignedAgency.withCountyPrinted(name, in: opening) ?? name
        }
        var report = ImportedReport(form: form, year: year, agencyName: agencyName, contact: Agency.Contact())
        if let name = title.agencyName, let agencyName, agencyName != name,
           agencyName == titled && SignedAgency.withItsCounty(name, in: lines, reportStart: preambleEnd) == agencyName
            || titled == name && SignedAgency.withCountyPrinted(name, in: opening) == agencyName { report.titlesName = name }
        if agencyName == nil {
            // Else part 一's sentences may name the body whose work they tell (皮山县统计局 2023): said, not taken.
            report.agencyClue = placelessTitle.map { name in
                AgencyClue.placelessTitle(name, partOne: partOne.flatMap { SignedAgency.placed(name, inPartOne: $0) },
                                          channel: PlacelessNameInAChannel.find(name, in: lines[..<(partOne?.endIndex ?? preambleEnd)]))
            }
                ?? SignedAgency.clue(in: opening, officeToContact: officeToContact)
                ?? partOne.flatMap(SignedAgency.subjectOfPartOne).map(AgencyClue.partOneSubject)
                ?? partOne.flatMap { SignedAgency.placelessSubjectOfPartOne(in: $0, preamble: lines[min((title.line ?? -1) + 1, preambleEnd)..<preambleEnd]) }
                    .map { (name: String) -> AgencyClue in .placelessSubject(name, aCharacterShort: ACharacterShort.find(name, in: lines[..<(partOne?.endIndex ?? preambleEnd)])) }
                ?? SignedAgency.subjectOfPreamble(in: lines[min((title.line ?? -1) + 1, preambleEnd)..<preambleEnd]).map(AgencyClue.preambleSubject)
                ?? SignedAgency.namedInsideATitle(in: lines[..<(partOne?.endIndex ?? preambleEnd)]).map { AgencyClue.insideATitle($0.name, title: $0.title, line: $0.line) }
                ?? SignedAgency.namedAsWebsitesOwner(in: lines[..<(partOne?.endIndex ?? preambleEnd)]).map { AgencyClue.websiteOwner($0.name, website: $0.website, line: $0.line) }
            // …else the first body part 一 opens a sentence with, once only: said, with where (抚远 2020, 宣汉 2019).
            if report.agencyClue == nil, let partOne {
                report.agencyClue = NamedOnceInPartOne.find(in: partOne, channelsIn: lines[..<partOne.endIndex]).map(AgencyClue.namedOnceInPartOne)
            }
            // …else the first body the preamble's sentences open a clause with (小营街道 2024): said, never taken.
            if report.agencyClue == nil {
                report.agencyClue = NamedOnceInPartOne.find(inPreamble: lines[min((title.line ?? -1) + 1, preambleEnd)..<preambleEnd])
                    .map(AgencyClue.namedOnceInPartOne)
            }
            // …else a town's name heading its own year's document (岩腊乡 2019's plan): said, never taken.
            if report.agencyClue == nil {
                report.agencyClue = SignedAgency.headingItsOwnYearsDocument(in: lines[..<(partOne?.endIndex ?? preambleEnd)])
                    .map { AgencyClue.headingItsOwnYearsDocument($0.name, title: $0.title, line: $0.line, cut: $0.cut) }
            }
            // …else a name where the publisher's stands with letters no name holds (a spam mirror's): said, never taken.
            if report.agencyClue == nil { report.agencyClue = MarkedName.find(in: lines[..<preambleEnd]).map(AgencyClue.markedName) }
            switch (sitesGovernment, report.agencyClue) {
            case (let site?, .placelessPublisher(let name, nil)?): report.agencyClue = .placelessPublisher(name, sitesGovernment: site)
            case (let site?, .placelessSubject(let name, nil, let short)?): report.agencyClue = .placelessSubject(name, sitesGovernment: site, aCharacterShort: short)
            default: break
            }
            // Each name as the page prints it, read in simplified characters (a 繁體 page's).
            report.agencyClue = report.agencyClue?.quoted { AgencyClue.printed($0, in: lines[..<(partOne?.endIndex ?? preambleEnd)]) }
        }
        if document.format == .text {
            // The opening up to the first table's heading: the preamble and part 一.
            report.runTogetherLine = RunTogetherText.brokenLine(in: untilTables)
        }
        var preambleStart = min((title.line ?? -1) + 1, preambleEnd)
        // No title above the preamble: a page's text may begin with the site's furniture.
        if title.line == nil, document.readsAsText { preambleStart = ArticleBounds.start(of: lines[preambleStart..<preambleEnd]) }
        if title.line == nil, [.html, .mhtml].contains(document.format) { preambleStart = ArticleBounds.firstSentence(of: lines[preambleStart..<preambleEnd]) }
        let compact = { (index: Int) in lines[index].text.filter { !$0.isWhitespace } }
        // The title printed twice (a page's heading over the article's own), or, with no title, the
        // agency's name alone on the first line: the report's name, not its preamble.
        preambleStart = title.preambleStart(preambleStart, end: preambleEnd, in: lines)
        // The byline the name was read from is no preamble.
        if let byline, byline.name == agencyName, preambleStart <= byline.lines.upperBound { preambleStart = min(byline.lines.upperBound + 1, preambleEnd) }
        if title.line == nil, preambleStart < preambleEnd, let name = agencyName, compact(preambleStart) == name { preambleStart += 1 }
        // Text wrapped at a page's width was taken from a PDF (a viewer's copy, Apache Tika's text): read as one.
        let fromPDF = document.readsAsPrintedPage || (document.readsAsText && WrappedText.isWrapped(lines))
        // A page's text keeps what its markup told apart: a page printed to PDF, or its text taken by Tika.
        let pageFurniture = fromPDF || document.readsAsText
        // A printed web page's furniture (发布日期：… 来源：… 字体：【大 中 小】) under its title; in any file, its date line alone.
        // (A wrapped line's last characters go with the line left out: 内容概述: …年度报 / 告.)
        var leftOut = false
        let preambleLines = lines[preambleStart..<preambleEnd].filter {
            let rest = fromPDF && leftOut && $0.cells == nil && !$0.startsParagraph && $0.text.count <= 4 && $0.text.allSatisfy { $0.isLetter }
            leftOut = rest || (pageFurniture && HTMLDocumentReader.isChromeLine($0.text)) || ReportTitle.namesTheReport($0) || TableOfContents.isEntry($0)
                || PublicationDate.isLabelledDateAlone($0.text) || PublicationDate.isDateInBracketsAlone($0.text)
            return !leftOut
        }
        let preamble = NarrativeText.paragraphs(preambleLines[...], fromPDF: fromPDF)
        report.narratives["preamble"] = NarrativeText.markdown(preamble)
        report.contact = ContactDetails.find(in: preamble.joined(separator: "\n"))
        report.published = year.flatMap { PublicationDate.find(in: lines, pageTexts: document.pageDates, reportStart: preambleEnd, year: $0, today: today,
                                                                      titleLine: title.line) }
        var copy: ReportPrintedTwice.Copy?
        for (section, heading) in zip(form.sections, headings) {
            guard let heading else {
                // The first part's items (（一）主动公开情况) printed under no heading of their own (微山 高楼乡 2023).
                let itemsAt = section.heading == form.sections.first?.heading
                    ? lines[preambleStart..<preambleEnd].firstIndex { $0.cells == nil && LabelText.fold($0.text).trimmingCharacters(in: .whitespaces).hasPrefix("(一)") } : nil
                let items = itemsAt.map { lines[$0] }
                // …headed 一、 in another part's words (淮北市人民医院's 一、主动公开情况 over （一）依申请公开情况).
                // …or with items of another kind (1、加强组织领导: 天门市公安局 2020's 一、政府信息公开2020年工作要点落实情况).
                if let numbered = lines[preambleStart..<(itemsAt ?? preambleEnd)].last(where: {
                    $0.cells == nil && Self.numberedOne($0.text, longest: itemsAt == nil ? 30 : 20) }) {
                    report.diagnostics.append(.error(.importSectionMissing, at: SourceLocation(path: path, line: numbered.position.line),
                        "section \(section.heading) not found in the file: the report's part 一 is headed “\(numbered.text.trimmingCharacters(in: .whitespaces))”, "
                            + (Self.numeralAlone(numbered.text) ? "its number alone, without the part's words" : "in other words than the form's"),
                        hint: "check that the part is the report's 总体情况; if so, head it \(section.heading) in a copy of the file and import the copy"))
                    continue
                }
                // …printed inside a line, run on after the preamble's text or with its part's after it: the line breaks were lost.
                if items == nil, document.readsAsText,
                   let joined = RunTogetherText.heading(section.number, [section.title] + section.aliases, in: lines[...]) {
                    let wording = joined.printed == section.heading ? "" : " (as “\(joined.printed)”)"
                    report.diagnostics.append(.error(.importSectionMissing, at: SourceLocation(path: path, line: joined.line.position.line),
                        "section \(section.heading) is printed inside this line\(wording), run on with other text: the text's line breaks were lost there",
                        hint: "import the page or the Word or PDF file itself, or restore the line breaks (each heading and paragraph on a line of its own) in a copy and import the copy"))
                    continue
                }
                // …a part's table printed under no heading (荷塘 桂花街道 2019: 第二十条第（一）项 | … after the preamble's paragraph).
                if items == nil, let table = Self.headlessTable(section, form: form, lines: lines, headings: headings) {
                    if let printed = Self.tableHeadingInOtherWords(section, above: table, in: lines) {
                        report.diagnostics.append(.error(.importSectionMissing, at: SourceLocation(path: path, line: table.position.line),
                            "section \(section.heading) not found in the file: its table (“\(table.text.trimmingCharacters(in: .whitespaces))” …) is headed “\(printed)”, in other words than the form's",
                            hint: "check that the table is the report's \(section.title); if so, head it \(section.heading) in a copy of the file and import the copy"))
                        continue
                    }
                    report.diagnostics.append(.error(.importSectionMissing, at: SourceLocation(path: path, line: table.position.line),
                        "section \(section.heading) not found in the file: its table (“\(table.text.trimmingCharacters(in: .whitespaces))” …) stands under no heading of its own",
                        hint: "the report as published has no heading \(section.heading): add it above the table's first line in a copy of the file and import the copy"))
                    continue
                }
                report.diagnostics.append(.error(.importSectionMissing, at: SourceLocation(path: path, line: items?.position.line ?? 0),
                    "section \(section.heading) not found in the file" + (items.map { _ in ": its items (（一）…) stand under no heading of their own" } ?? ""),
                    hint: items == nil ? "the report is cut off, or prints the heading in a wording the form does not list (add it to the form's aliases)"
                        : "the report as published has no heading \(section.heading): add it above （一） in a copy of the file and import the copy"))
                continue
            }
            // A section runs to the next heading found.
            let next = found.filter { $0 > heading }.min()
            var end = next ?? lines.count
            // The report printed again after 六 (a page's printable copy, a file pasted into twice): 六 ends before it.
            if findsCopies, next == nil, let found = ReportPrintedTwice.find(in: lines, from: heading + 1, to: end, form: form,
                                                                head: lines[..<(headings.first.flatMap { $0 } ?? 0)]) {
                end = found.start
                copy = found
            }
            // A web page's text ends in its furniture (【打印本页】, 相关链接, 主办单位… ICP备…), a Word file's
            // in its running footer printing the title: not the last section's.
            if pageFurniture, next == nil {
                end = max(heading + 1, ArticleBounds.end(of: lines[(heading + 1)..<end], titles: title.printed(in: lines)))
            }
            // A page footer of words after the signature, which Tika prints after a Word file's body.
            if document.readsAsText, next == nil { end = SignedAgency.endOfSignature(lines, from: heading + 1, to: end) }
            // An unsigned report's footer (联系电话…, 附件…, （本页无正文）): a page's or a printed one's, never a Word body's.
            if [.text, .html, .mhtml].contains(document.format) || document.format.readsAsPDF || document.paragraphsAsText, next == nil { end = DocumentFooter.end(lines, from: heading + 1, to: end) }
            // A Word file's or page's table typed or pasted as paragraphs, its other tables tables: read as text.
            let rowsAsParagraphs = document.readsAsMarkup
            read(section, lines[(heading + 1)..<end], into: &report, path: path, fromPDF: fromPDF, rowsAsParagraphs: rowsAsParagraphs,
                 readByOCR: readByOCR)
        }
        if let copy {
            var copied = document
            copied.lines = Array(document.lines[copy.start...])
            // (Its own copies not looked for: a file of the report a hundred times is read twice, not a hundred times.)
            let read = try? recognise(copied, forms: forms, year: nil, path: path, today: today, findsCopies: false).get()
            report.diagnostics.append(ReportPrintedTwice.diagnostic(copy, in: lines, copied: read, first: report, path: path))
        }
        report.diagnostics = LabelsWithoutFigures.collapsed(report.diagnostics, cellsFilled: report.cellsFilled)
        report.diagnostics += ColumnHeadings.contradicting(lines, headings: headings, report: report, forms: forms, path: path)
        if let givenYear, let printed = title.year, printed != givenYear {
            report.diagnostics.append(.warning(.importYearDiffers, at: SourceLocation(path: path, line: title.line.map { lines[$0].position.line } ?? 0),
                "--year \(givenYear) was given, but the title says \(printed)", hint: "check which year the report is for"))
        }
        let pictures = TablePictures.find(form: form, headings: headings, lines: lines, absent: report.absentTables, path: path,
                                           traceless: document.readsAsText && !document.paragraphsAsText, attachments: document.attachments)
        // A table said to be a picture is not also “printed with no figures”.
        let numbers = pictures.tables.compactMap { form.table($0)?.number }
        report.diagnostics.removeAll { diagnostic in
            diagnostic.rule == Rule.importTableAbsent.id && numbers.contains { diagnostic.message.hasPrefix("table \($0) ") }
        }
        report.diagnostics += pictures.diagnostics
        // The year of a title outside the text against part 一's opening (a file named 2024年报 for the report on 2023, its
        // year of publication): which one is a guess.
        if printedYear == nil, let outside = outsideTitle?.year, let opened = partOne.flatMap(ReportYear.openingPartOne), opened.year != outside {
            report.diagnostics.append(.error(.importNoYear, at: SourceLocation(path: path, line: opened.line.position.line),
                "the report's text prints no title, nor its preamble a statistics period; the title given outside it (the page's title or the file's name) says \(outside), but part 一 opens with “\(opened.year)年”",
                hint: "pass --year <year>: the one the report's figures are for"))
        }
        // Part 一 opening with a year (2025年，某街道…) the file's date agrees with, published the year after (2026-01-20):
        // two facts of the report's own, each of which alone says its year only by a guess, read again for that year.
        if year == nil, let opened = partOne.flatMap(ReportYear.openingPartOne),
           ReportYear.printedDate(in: lines, pageTexts: document.pageDates)?.year == opened.year + 1 {
            return recognise(document, forms: forms, year: opened.year, path: path, today: today)
        }
        if year == nil, let date = ReportYear.printedDate(in: lines, pageTexts: document.pageDates) {
            report.diagnostics.append(.error(.importNoYear, at: SourceLocation(path: path),
                "the report's title prints no year, nor its preamble a statistics period; the file is dated “\(date.text)”, which does not say which year it reports on",
                hint: "pass --year <year> (a report dated in \(date.year) is usually the one for \(date.year - 1))"))
        } else if year == nil, case let named = ReportYear.publishedReports(in: lines.prefix(40)), named.count > 1 {
            // 现公布某镇2024年…报告…现将2025年度工作报告如下 (洮南 瓦房镇's): which one is a guess.
            report.diagnostics.append(.error(.importNoYear, at: SourceLocation(path: path),
                "the report's title prints no year, nor its preamble a statistics period, and the preamble names reports of several years (\(named.sorted().map(String.init).joined(separator: ", ")))",
                hint: "pass --year <year>: the one the report's figures are for (its 总体情况 and the date it was published tell)"))
        } else if year == nil, let opened = partOne.flatMap(ReportYear.openingPartOne) {
            // No title, nor preamble's period (霍城县水利局 2025: 一、工作概述 / 2025年，霍城县水利局坚持…): the year part 一's
            // first sentence opens with is said, not taken — a sentence's year is no title's.
            report.diagnostics.append(.error(.importNoYear, at: SourceLocation(path: path, line: opened.line.position.line),
                "the report's title prints no year, nor its preamble a statistics period; part 一 opens with “\(opened.year)年”",
                hint: "if the report is for \(opened.year), import again with --year \(opened.year); else pass --year <year>"))
        } else if year == nil, title.line == nil, let opened = ReportYear.openingPreamble(lines[..<preambleEnd]) {
            // No title, and the preamble's first sentence opens with a year (小营街道 2024: `2024年,…,现将本年度工作情况报告如下`):
            // said, not taken, as part 一's.
            report.diagnostics.append(.error(.importNoYear, at: SourceLocation(path: path, line: opened.line.position.line),
                "the report prints no title (no line naming it with its year), nor its preamble a statistics period; the preamble opens with “\(opened.year)年”",
                hint: "if the report is for \(opened.year), import again with --year \(opened.year); else pass --year <year>"))
        } else if year == nil, let since = partOne.flatMap(ReportYear.sincePartOne) {
            // 2022年以来，丰收乡… (丰收乡 2022): since when its account runs, said as the clue, not taken.
            report.diagnostics.append(.error(.importNoYear, at: SourceLocation(path: path, line: since.line.position.line),
                "\(title.line == nil ? "the report prints no title (no line naming it with its year)" : "the report's title prints no year"), nor its preamble a statistics period; part 一 opens with “\(since.words)”, since when its account runs, not which year it reports on",
                hint: "pass --year <year>: --year \(since.year) if the report is the one for \(since.year) (a later report may look back to \(since.year) too)"))
        } else if year == nil {
            // (No title at all, 大兴区 a 镇 2025 and 岩腊乡 2019 opening with their preamble or 一: said so.)
            report.diagnostics.append(.error(.importNoYear, at: SourceLocation(path: path),
                title.line == nil ? "the report prints no title (no line naming it with its year), nor its preamble a statistics period"
                    : "the report's title prints no year, nor its preamble a statistics period", hint: "pass --year <year>"))
        } else if givenYear == nil, title.years.count > 1 {
            report.diagnostics.append(.error(.importNoYear, at: SourceLocation(path: path),
                "the file prints report titles of several years (\(title.years.map(String.init).joined(separator: ", "))) above the report: which one is it?",
                hint: "pass --year <year>; the other titles are probably links to other years' reports copied with the page"))
        }
        report.diagnostics = UnconfirmedCells.limited(report.diagnostics, path: path)
        guard report.diagnostics.hasErrors else { return .success(report) }
        var failure = ImportFailure(ExtraRow.refused(report.diagnostics), formID: form.id)
        // (No name with --year either: the page's title outside the text names one only for its own year.)
        if year == nil, report.agencyName == nil, outsideTitle?.agencyName == nil,
           report.diagnostics.contains(where: { $0.rule == Rule.importNoYear.id }) { failure.unnamed = report }
        return .failure(failure)
    }

    private static func read(_ section: FormSection, _ body: ArraySlice<SourceLine>, into report: inout ImportedReport, path: String,
                             fromPDF: Bool, rowsAsParagraphs: Bool, readByOCR: Bool) {
        switch section.content {
        case .narrative(let id):
            report.narratives[id] = NarrativeText.markdown(NarrativeText.paragraphs(body, keepingTables: true, fromPDF: fromPDF)) ?? ""
        case .table(let id):
            guard let table = report.form.table(id) else { return }
            let body = rowsAsParagraphs ? ParagraphTables.rows(body)[...] : body
            let mapping = TableMapper(table: table, lines: Array(body), path: path, misreadLabels: readByOCR).map()
            report.diagnostics += droppedProse(body, section: section, path: path)
            report.cells[id] = mapping.rows
            if !mapping.extraRows.isEmpty { report.extraRows[id] = mapping.extraRows }
            report.diagnostics += mapping.diagnostics
            if !mapping.absent, mapping.numbers > 0 { report.tablesFilled += 1 }
            if mapping.absent { report.absentTables.insert(id) }
            report.cellsFilled += mapping.numbers
            report.blanksKept += mapping.blanks
            report.cellsToConfirm += mapping.unconfirmed
        }
    }

    /// The first line of a missing part's table, above every later part's heading: its first block's caption
    /// (第二十条第（一）项) opening a line or a row's first cell.
    static func headlessTable(_ section: FormSection, form: FormDefinition, lines: [SourceLine], headings: [Int?]) -> SourceLine? {
        guard case .table(let id) = section.content, let caption = form.table(id)?.blocks.first?.caption,
              let at = form.sections.firstIndex(of: section) else { return nil }
        let compact = { (text: String) in LabelText.fold(text).filter { !$0.isWhitespace } }
        let wanted = compact(caption)
        let before = headings[(at + 1)...].compactMap { $0 }.min() ?? lines.count
        let after = headings[..<at].compactMap { $0 }.max() ?? -1
        guard after + 1 < before else { return nil }
        return lines[(after + 1)..<before].first { line in
            compact(line.text).hasPrefix(wanted) || line.cells?.first.map { compact($0).hasPrefix(wanted) } == true
        }
    }

    /// A part's number with nothing after it (`一、`, 龙泉 西街街道 2019: the heading's words not printed).
    static func numeralAlone(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).range(ofPattern: #"^[一二三四五六]\s*、$"#) != nil
    }

    /// A short heading numbered 一、 and no sentence (一、主动公开情况).
    private static func numberedOne(_ text: String, longest: Int = 20) -> Bool {
        let text = text.trimmingCharacters(in: .whitespaces)
        // (`一 、政府信息公开工作的基本概况`: a space before its mark.)
        return text.count <= longest && text.range(ofPattern: #"^一\s*、"#) != nil && !text.contains(where: { "。，；,;".contains($0) })
    }

    /// Sentences printed in a table's section have no place in the content
    /// format: they are named, so the operator can move them to 一 or 六 by hand.
    private static func droppedProse(_ lines: ArraySlice<SourceLine>, section: FormSection, path: String) -> [Diagnostic] {
        lines.filter { $0.cells == nil && TableMapper.isSentence($0.text) }.map { line in
            .warning(.importTextDropped, at: SourceLocation(path: path, line: line.position.line),
                     "text in section \(section.heading) is not kept (only its table is): “\(line.text)”",
                     hint: "if it matters, add it by hand to overview.md or other.md")
        }
    }
}
