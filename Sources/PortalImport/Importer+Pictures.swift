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
            outcome.problems = [PublishedPictures.withoutOCR(first.data, path: displayPath).diagnostics].flatMap { $0 }
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

    /// Files in the order of their names, a run of digits compared as the number it is.
    static func inPageOrder(_ files: [String]) -> [String] {
        files.sorted { $0.compare($1, options: [.numeric]) == .orderedAscending }
    }
}
