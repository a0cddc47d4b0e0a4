import Foundation
import PortalModel

/// A published report as read from its file, before anything is
/// recognised: the neutral form every extractor produces, so that finding
/// sections and placing rows is written once for Word, web pages, PDF and text.
public struct SourceDocument: Sendable, Equatable {
    public var format: SourceFormat
    /// Text lines and table rows in reading order.
    public var lines: [SourceLine]
    /// A web page's furniture that prints when it was published (发布日期：…,
    /// a `PubDate` meta tag), which `lines` leave out.
    public var pageDates: [String]
    /// The titles the file gives the report outside its text: a web page's head (`<meta name="ArticleTitle">`,
    /// `<title>`), then the file's name (a browser names a saved page by its title, a site its attachment by the
    /// report's): the report's title where the text prints none.
    public var outsideTitles: [String] = []
    /// The files a web page links to from its article (附件：…年报.docx): where
    /// the report is when the page itself only announces it.
    public var attachments: [Attachment] = []
    /// What reading the file found worth saying though it was read (an OFD's second document, not read).
    public var warnings: [Diagnostic] = []
    /// A Word file without a Word table whose paragraphs were read as the text they hold
    /// (a table pasted from a PDF or typed with tabs: `ParagraphTables`).
    public var paragraphsAsText = false
    /// The addresses (`src`) of a web page's pictures in its article, in order: a report published as pictures on a page.
    public var pictures: [String] = []
    /// The file kept beside the report when it is not the file read: a report's pictures put together as one PDF.
    public var original: Data?
    /// Whether the lines are a text file's, or read as one: what a text prints is read alike.
    var readsAsText: Bool { format == .text || paragraphsAsText }

    /// Whether the lines are a printed page's (a PDF, an OFD, or what a converter kept of a PDF's).
    var readsAsPrintedPage: Bool { format.isFixedLayout }

    /// Whether the lines are a Word file's or a web page's paragraphs and table rows, as its markup tells them.
    var readsAsMarkup: Bool { [.docx, .doc, .rtf, .odt, .wordXML, .html, .mhtml].contains(format) && !paragraphsAsText }

    public init(format: SourceFormat, lines: [SourceLine], pageDates: [String] = [], attachments: [Attachment] = [], warnings: [Diagnostic] = []) {
        self.format = format
        self.lines = lines
        self.pageDates = pageDates
        self.attachments = attachments
        self.warnings = warnings
    }

    /// A link to a document file: its text as the page prints it, and its address.
    public struct Attachment: Sendable, Equatable {
        public var label: String
        public var address: String
    }
}

/// One line of running text (a paragraph, or one printed line of a PDF), or
/// one row of a table with its merged cells repeated in every cell they span.
public struct SourceLine: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Running text; in a PDF or a plain text a table row is such a line,
        /// its cells separated by spaces.
        case text
        /// A row of a real table (Word, HTML, Markdown pipes, tab-separated cells).
        case row([String])
    }

    public var kind: Kind
    /// The text of the line (for a row, its cells joined by a tab).
    public var text: String
    public var position: SourcePosition
    /// Whether the line begins a new paragraph (indented, or after a blank
    /// line in text; every paragraph in Word and HTML). Lines that do not
    /// continue the paragraph above (PDF lines wrapped by the layout).
    public var startsParagraph: Bool
    /// For a row of a real table: the indices of the cells that repeat a
    /// cell merged over several columns (`colspan`, `w:gridSpan`), its first
    /// column excepted. A figure there was printed once, not once a column.
    public var spanContinuations: Set<Int> = []
    /// For a row of a real table: the indices of the cells that repeat a
    /// cell merged down from the row above (`rowspan`, `w:vMerge`).
    public var mergedFromAbove: Set<Int> = []
    /// For a row copied as `行政许可 | 0 | |||`: how many cells its bars printed, the empty ones at its end (dropped from
    /// its cells as the copy's padding) counted too.
    public var cellsBarsPrinted: Int?
    /// For a line of a PDF's text: the horizontal centre on the page of
    /// each figure that ends it, when they were found (`PDFWordBoxes`).
    public var figureCentres: [Double]?
    /// For a line of a PDF's text: the horizontal centre of each of its
    /// words (split at spaces), when a printed line holds exactly those words.
    public var wordCentres: [Double]?
    /// The left edges of the same figures and words: a table whose cells
    /// are aligned left (a web page's, printed) lines its columns up by them.
    public var figureLefts: [Double]?
    public var wordLefts: [Double]?
    /// For a PDF line ending in figures: the page's printed lines above it
    /// that hold none (its table's headings among them), nearest first.
    public var printedAbove: [[PrintedWord]] = []
    /// Whether a picture stands in the line (a Word paragraph's drawing, a
    /// page's `<img>`), or, in a PDF, on the line's page: a table section
    /// with a picture and no table text printed its table as an image.
    public var holdsPicture = false
    /// For a line of text: its figures were printed a line each under its label (a
    /// PDF's text taken without its layout), where a label may as well follow its figures.
    public var figuresALine = false
    /// For a line of text: spaces alone (a page's `&nbsp;` cell) between blank lines, in a
    /// table copied a cell a line with a blank line after each: maybe a blank cell (`CellsPerLine`).
    public var spacesAlone = false
    /// For a row joined from a table copied a cell a line (`CellsPerLine`): the line each cell was printed on, so that a
    /// refusal quoting a cell names the cell's own line, not its row's label's.
    public var cellLines: [Int]?
    /// For a web page's line: its text with the spacing the page holds (runs of spaces,
    /// `&nbsp;`, tabs; a `<pre>`'s blank lines above it as line breaks). A table typed
    /// as paragraphs lines its columns up by them (`ParagraphTables`).
    public var layoutText: String?

    public init(text: String, position: SourcePosition, startsParagraph: Bool = true) {
        kind = .text
        self.text = text
        self.position = position
        self.startsParagraph = startsParagraph
    }

    public init(cells: [String], position: SourcePosition, spanContinuations: Set<Int> = [], mergedFromAbove: Set<Int> = []) {
        kind = .row(cells)
        text = cells.joined(separator: "\t")
        self.position = position
        startsParagraph = true
        self.spanContinuations = spanContinuations
        self.mergedFromAbove = mergedFromAbove
    }

    public var cells: [String]? {
        if case .row(let cells) = kind { cells } else { nil }
    }
}

/// Where a line is in the published file, in the terms a person can find it:
/// a line of the text, a page and line of the PDF, a table and row of the document.
public struct SourcePosition: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line in the file (text), in `pdftotext` output (PDF) or the
    /// paragraph/row count (Word, HTML), for path:line diagnostics.
    public var line: Int
    public var page: Int?
    /// 1-based table and row, for lines that are table rows.
    public var table: Int?
    public var row: Int?

    public init(line: Int, page: Int? = nil, table: Int? = nil, row: Int? = nil) {
        self.line = line
        self.page = page
        self.table = table
        self.row = row
    }

    public var description: String {
        var parts: [String] = []
        if let page { parts.append("page \(page)") }
        if let table { parts.append("table \(table)") }
        if let row { parts.append("row \(row)") }
        if parts.isEmpty || page != nil { parts.append("line \(line)") }
        return parts.joined(separator: ", ")
    }
}

/// A word of a PDF page and where it sits (`pdftotext -bbox-layout`).
public struct PrintedWord: Sendable, Equatable {
    public var text: String
    public var left: Double
    public var centre: Double
}

/// How a diagnostic names a page's attachments: the first three, with their addresses.
enum Attachments {
    static func listed(_ attachments: [SourceDocument.Attachment]) -> String {
        let named = attachments.prefix(3).map { "“\($0.label)” (\($0.address))" }.joined(separator: ", ")
        let more = attachments.count > 3 ? " and \(attachments.count - 3) more" : ""
        return (attachments.count == 1 ? "a file, " : "\(attachments.count) files, ") + named + more
    }
}
