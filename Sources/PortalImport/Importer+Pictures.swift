import Foundation
import PortalModel

extension Importer {
    /// The pictures named (a folder: its files) imported as the pages of one report (`--one-report`), read by OCR as
    /// one PDF of them (`PublishedPictures`), which is kept as the report's original. The pages are in the order of the
    /// pictures' names, numbers read as numbers (a shell lists `page10.png` before `page2.png`).
    func importPictures(_ paths: [String]) -> ImportOutcome {
        let files = Self.inPageOrder(paths.flatMap { Self.files(at: $0) })
        let displayPath = paths.count == 1 ? paths[0] : (files.first ?? "")
        var outcome = ImportOutcome(file: displayPath)
        outcome.format = .pictureOCR
        var pictures: [(name: String, data: Data)] = []
        for file in files {
            let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int ?? 0
            guard size <= Self.largestFile, let data = FileManager.default.contents(atPath: file) else {
                outcome.problems = [.error(.importUnreadable, at: SourceLocation(path: file), size > Self.largestFile ? "the picture is \(size) bytes, larger than any report's" : "the file cannot be read",
                                           hint: "check the path and the permissions")]
                return outcome
            }
            pictures.append(((file as NSString).lastPathComponent, data))
        }
        guard let first = pictures.first else {
            outcome.problems = [.error(.importEmpty, at: SourceLocation(path: displayPath), "no pictures to put together: the folder is empty",
                                       hint: "name the report's pictures, or the folder holding them")]
            return outcome
        }
        guard options.ocr else {
            outcome.problems = PublishedPictures.withoutOCR(first.data, path: displayPath).diagnostics
            return outcome
        }
        switch Extraction.lines(ofPictures: pictures, path: displayPath) {
        case .failure(let failure):
            outcome.problems = failure.diagnostics
            return outcome
        case .success(let document):
            let names = pictures.map(\.name).joined(separator: ", ")
            return finish(recognise(document, data: document.original ?? Data(), originalName: names, displayPath: displayPath, forms: availableForms()))
        }
    }

    /// A page refused for holding no report (`import-no-report`) that shows pictures in its article: with `--ocr`, the
    /// pictures saved beside it read as the report's (`PagePictures`), the page's titles and dates kept as its; without,
    /// or when pictures are missing, the refusal says so. A page saved as one file (`.mhtml`) holds its pictures as
    /// parts. nil: not such a page.
    func pagePictures(_ read: Recognised, document: SourceDocument, page: URL, forms: [FormDefinition]) -> Recognised? {
        guard read.report == nil, [.html, .mhtml].contains(document.format), !document.pictures.isEmpty,
              read.outcome.problems.contains(where: { $0.rule == Rule.importNoReport.id }) else { return nil }
        let inOneFile = document.format == .mhtml
        let found: PagePictures.Found
        if inOneFile {
            let message = FileManager.default.contents(atPath: page.path) ?? Data()
            let parts = MHTMLReader.parts(of: message)
            let location = parts.first { $0.type.lowercased().hasPrefix("text/html") }?.location
            found = PagePictures.saved(document.pictures, inMessage: parts, pageLocation: location)
        } else {
            found = PagePictures.saved(document.pictures, besidePage: page)
        }
        let count = found.saved.count + found.missing.count
        guard count > 0 else { return nil }
        var refused = read
        let shown = "the page shows \(count) picture\(count == 1 ? "" : "s") in its article"
        guard options.ocr, found.missing.isEmpty else {
            let missing = found.missing.prefix(3).map { "“\($0)”" }.joined(separator: ", ") + (found.missing.count > 3 ? "…" : "")
            let more = options.ocr ? "\(shown), \(found.missing.count) of them not saved \(inOneFile ? "in" : "beside") it (\(missing)); the import never fetches from the network: save the page with its pictures (a browser's “save page, complete”, after scrolling to its end: WeChat and many sites load a picture only as it comes into view) or download them and import them with --ocr --one-report"
                : "\(shown): if they are the report's pages, import the page saved with its pictures (a browser's “save page, complete”) with --ocr, or the pictures with --ocr --one-report"
            refused.outcome.problems = read.outcome.problems.map { problem in
                guard problem.rule == Rule.importNoReport.id else { return problem }
                var problem = problem
                problem.hint = problem.hint.map { "\($0); \(more)" } ?? more
                return problem
            }
            return refused
        }
        switch Extraction.lines(ofPictures: found.saved, path: read.outcome.file) {
        case .failure(let failure):
            refused.outcome.problems = failure.diagnostics
            return refused
        case .success(var pictures):
            pictures.outsideTitles = document.outsideTitles + pictures.outsideTitles
            pictures.pageDates = document.pageDates
            return recognise(pictures, data: pictures.original ?? Data(), originalName: page.lastPathComponent, displayPath: read.outcome.file, forms: forms)
        }
    }

    /// Files in the order of their names, a run of digits compared as the number it is.
    static func inPageOrder(_ files: [String]) -> [String] {
        files.sorted { $0.compare($1, options: [.numeric]) == .orderedAscending }
    }
}
