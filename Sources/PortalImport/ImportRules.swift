import PortalModel

/// The problems `portal import` reports: a file that cannot be read as a
/// report, a table it cannot place without guessing, and what the operator
/// should look at in an import that succeeded.
extension Rule {
    public static let importEmpty = Rule("import-empty", .error, .import, "the file is empty")
    public static let importUnknownFormat = Rule("import-unknown-format", .error, .import, "the content is not Word (.docx, .doc), WPS, PDF, OFD, a web page or text (binary data, an image other than PNG or JPEG, an archive, an Excel, PowerPoint or OpenDocument spreadsheet or presentation file)")
    public static let importUnreadable = Rule("import-unreadable", .error, .import, "a damaged archive or PDF, a zip without word/document.xml, a page that cannot be parsed, an OFD damaged, incomplete, without a page or scanned")
    public static let importEncoding = Rule("import-encoding", .error, .import, "text or a page in an encoding other than UTF-8, UTF-16 and GBK/GB2312/GB18030")
    public static let importScannedPdf = Rule("import-scanned-pdf", .error, .import, "a PDF without a text layer (scanned pages, or characters drawn as shapes)")
    public static let importPictures = Rule("import-pictures", .error, .import, "a report published as pictures (PNG or JPEG pages, or one long picture) imported without --ocr: the import reads figures from pictures only by OCR, when asked")
    public static let importGarbledPdf = Rule("import-garbled-pdf", .error, .import, "a PDF whose text layer is junk (fonts without a Unicode map: symbols, Latin-1 letters or wrong Chinese characters where the page prints Chinese)")
    public static let importToolMissing = Rule("import-tool-missing", .error, .import, "pdftotext (poppler-utils) is not installed")
    public static let importPaged = Rule("import-paged", .error, .import, "a web page that links to the report's next page (下一页, `…_2.html`): it holds only part of the report")
    public static let importNoReport = Rule("import-no-report", .error, .import, "none of the six section headings is in the file (e.g. a page listing links to reports)")
    public static let importNoTables = Rule("import-no-tables", .error, .import, "a report whose table sections print nothing (a Word file or page without tables is read as its text first), or a table section holding a picture and no table text (tables pasted as images)")
    public static let importEarlierFormat = Rule("import-earlier-format", .error, .import, "a report in the format used before 2019 (七 parts: 依申请公开, 收费及减免 …, no national tables), which no form describes")
    public static let importMixedFormats = Rule("import-mixed-formats", .error, .import, "a report printing one table in one format and another in another (the 2019 trial template's table 二 beside the 2021 format's table 三, or the other way round), which no form describes")
    public static let importSectionMissing = Rule("import-section-missing", .error, .import, "one section heading is not found (cut off, or a wording not in the form's aliases)")
    public static let importIncompleteTable = Rule("import-incomplete-table", .error, .import, "rows of a table not found, or a row without figures: lists them and where it looked")
    public static let importRowTwice = Rule("import-row-twice", .error, .import, "a row's label printed twice in its table")
    public static let importRowUnplaced = Rule("import-row-unplaced", .error, .import, "figures that no official row claims")
    public static let importCell = Rule("import-cell", .error, .import, "a cell that is not a number or a blank mark, a row with more or fewer cells than columns or with surplus blanks that fit more than one way, or a figure merged over cells of the form kept apart")
    public static let importNoYear = Rule("import-no-year", .error, .import, "the title prints no year (nor the preamble its statistics period), or titles of several years, and --year is not given; a publication date alone is not taken for the year")
    public static let importNoAgency = Rule("import-no-agency", .error, .import, "the agency cannot be told (no known name, no --agency/--agencies entry), a new agency has no printed name, or the name holds characters no agency's name does (a mirror's injected words; marks OCR read a stroke as)")
    public static let importUsage = Rule("import-usage", .error, .import, "an --agency that is not a valid slug")
    public static let importExists = Rule("import-exists", .error, .import, "the report exists and differs (lists the rows); --force replaces it")
    public static let importSameReport = Rule("import-same-report", .warning, .import, "the report is already imported from another file of it (every cell equal: its Word and its PDF, say): kept as it is; --force replaces it")
    public static let importWrite = Rule("import-write", .error, .import, "the files cannot be written")
    public static let importTableAbsent = Rule("import-table-absent", .warning, .import, "a table section prints no figures: its cells are written blank")
    public static let importRowExtra = Rule("import-row-extra", .warning, .import, "a row of words and figures the national format does not have (a province's template adds it): the national rows are imported, the extra row is kept as a comment in report.yaml, as printed")
    public static let importRowsByOrder = Rule("import-rows-by-order", .warning, .import, "a table prints no row labels; its rows of figures were placed in the official order")
    public static let importAgencyName = Rule("import-agency-name", .warning, .import, "the agency taken (named by --agency, or the same body's by a name with more or less of its place) has an official name other than the one the report prints, or the report prints a former name the agency had only until an earlier year (formerNames: with until:)")
    public static let importYearDiffers = Rule("import-year-differs", .warning, .import, "--year differs from the year the title prints (--year is used)")
    public static let importOtherDocuments = Rule("import-other-documents", .warning, .import, "an OFD file holding several documents: the first is imported, the others are not read")
    public static let importColumnHeadings = Rule("import-column-headings", .warning, .import, "a block of table 二 headed in another form's words (the trial form's 对外公开总数量 over the 2021 form's rows), its figures all 0 or blank: read in the form's columns (a figure other than 0 there is refused, `import-mixed-formats`)")
    public static let importOCR = Rule("import-ocr", .warning, .import, "a scanned PDF (or one whose text is garbled), or a report's pictures, read by OCR with --ocr: its figures and sentences are what Tesseract read, to be compared with the original")
    public static let importUnit = Rule("import-unit", .warning, .import, "an amount printed with 万元 (or 万 alone, its 元 left out) in a column whose form gives no unit (the trial form's 采购总金额, which reports count in 元 or 万元): the figure is kept, its unit not")
    public static let importUnconfirmed = Rule("import-unconfirmed", .warning, .import, "a cell of a scan OCR is not sure of (two readings differ, low confidence, digits whose loops or feet the ink denies: a 9 where no loop is printed, a 7 on a 2's foot) or read nothing from: written with its reading and “?” (“575?”, “?”) for the operator to confirm against the scan; portal build stops (cell-unconfirmed) until each is confirmed. More than 12 in one report: refused (import-cell)")
    public static let importReportTwice = Rule("import-report-twice", .warning, .import, "the report printed again after its part 六 (a page's printable copy, a file the report was pasted into twice, another year's report after the first): the first is read, 六 ends before the copy, the copy is left out; an error where the copy is the same year's report printing other figures")
    public static let importTextDropped = Rule("import-text-dropped", .warning, .import, "a sentence printed in a table's section (二, 三, 四), which the content format has no place for")

    /// Every rule the import may report.
    public static let importRules: [Rule] = [
        .importEmpty,
        .importUnknownFormat,
        .importUnreadable,
        .importEncoding,
        .importScannedPdf,
        .importPictures,
        .importGarbledPdf,
        .importToolMissing,
        .importPaged,
        .importNoReport,
        .importNoTables,
        .importEarlierFormat,
        .importMixedFormats,
        .importSectionMissing,
        .importIncompleteTable,
        .importRowTwice,
        .importRowUnplaced,
        .importCell,
        .importNoYear,
        .importNoAgency,
        .importUsage,
        .importExists,
        .importSameReport,
        .importWrite,
        .importTableAbsent,
        .importRowsByOrder,
        .importRowExtra,
        .importAgencyName,
        .importYearDiffers,
        .importTextDropped,
        .importReportTwice,
        .importColumnHeadings,
        .importOtherDocuments,
        .importOCR,
        .importUnit,
        .importUnconfirmed,
    ]
}
