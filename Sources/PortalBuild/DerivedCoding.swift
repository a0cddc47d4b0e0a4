import Foundation
import PortalModel
import PortalRender

/// A report's derived parts (`DerivedParts.Parts`: its reader facts and its
/// lines in the joined downloads) and a year's archive pieces in the bytes
/// of `SnapshotWriter`.
/// Decoding gives back what deriving gives: the quality line is made again
/// from the facts, as deriving makes it.
enum DerivedCoding {
    static func encode(_ parts: DerivedParts.Parts, into out: inout SnapshotWriter) {
        out.string(parts.key)
        encode(parts.facts, into: &out)
        let fragments = parts.fragments
        out.data(fragments.entry)
        out.data(fragments.wide)
        out.data(fragments.keyFigures)
        out.int(fragments.keyFigureColumns.count)
        for column in fragments.keyFigureColumns { out.string(column) }
    }

    /// A year's archive pieces (`DerivedParts.YearPieces`).
    static func encode(_ year: DerivedParts.YearPieces, into out: inout SnapshotWriter) {
        out.int(year.year)
        out.int(year.pieces.count)
        for (folder, key, piece) in year.pieces {
            out.string(folder)
            out.string(key)
            out.data(piece.deflated)
            out.int(Int(piece.crc))
            out.int(piece.size)
        }
    }

    static func decodePieces(_ reader: inout SnapshotReader) throws -> DerivedParts.YearPieces {
        let year = try reader.int()
        var pieces: [(folder: String, key: String, piece: Gzip.Piece)] = []
        for _ in 0..<(try reader.count()) {
            let folder = try reader.string(), key = try reader.string(), deflated = try reader.data()
            let crc = try reader.int(), size = try reader.int()
            // A piece is never empty: size 0 means none (`Downloads.noPiece`).
            guard let crc = UInt32(exactly: crc), size > 0 else { throw SnapshotReader.Damaged() }
            pieces.append((folder, key, Gzip.Piece(deflated: deflated, crc: crc, size: size)))
        }
        return DerivedParts.YearPieces(year: year, pieces: pieces)
    }

    /// `orders`: each form's figure order, by form id: facts kept in a form's
    /// order come back in it (not in one of their own, put in order again).
    static func decode(_ reader: inout SnapshotReader, orders: [String: FigureOrder] = [:]) throws -> DerivedParts.Parts {
        let key = try reader.string()
        let facts = try decodeFacts(&reader, orders: orders)
        let entry = try reader.data(), wide = try reader.data(), keyFigures = try reader.data()
        var columns: [String] = []
        for _ in 0..<(try reader.count()) { columns.append(try reader.string()) }
        // The archive piece is kept with its year's (`encode(_: YearPieces)`).
        let fragments = Downloads.Fragments(entry: entry, wide: wide, keyFigures: keyFigures, keyFigureColumns: columns,
                                            archived: Downloads.noPiece)
        return DerivedParts.Parts(key: key, facts: facts, fragments: fragments)
    }

    // MARK: facts

    private static func encode(_ facts: ReportFacts, into out: inout SnapshotWriter) {
        out.string(facts.formID ?? "")
        let timeliness = facts.timeliness
        out.string(timeliness.status.rawValue)
        encode(timeliness.deadline, into: &out)
        out.bool(timeliness.published != nil)
        if let published = timeliness.published { encode(published, into: &out) }
        out.optional(timeliness.daysLate)
        out.optional(facts.previousYear)
        out.int(facts.changes.count)
        for change in facts.changes {
            out.string(change.id)
            out.string(change.label)
            encode(change.value, into: &out)
            encode(change.previous, into: &out)
        }
        out.int(facts.copied.count)
        for section in facts.copied {
            out.string(section.id)
            out.string(section.number)
            out.int(section.copied.characters)
            out.int(section.copied.repeatedCharacters)
            out.int(section.copied.sentences)
            out.int(section.copied.repeatedSentences)
        }
        out.int(facts.acknowledgedProblems)
        out.int(facts.openProblems)
        out.int(facts.blankCells)
        out.int(facts.figures.count)
        for id in facts.figures.keys.sorted() {
            out.string(id)
            out.decimal(facts.figures[id]!)
        }
        let line = facts.qualityColumns()
        out.int(line.count)
        for (_, value) in line { out.string(value) }
    }

    private static func decodeFacts(_ reader: inout SnapshotReader, orders: [String: FigureOrder]) throws -> ReportFacts {
        let formID = try reader.string()
        guard let status = Timeliness.Status(rawValue: try reader.string()) else { throw SnapshotReader.Damaged() }
        let deadline = try decodeDate(&reader)
        let published = try reader.bool() ? try decodeDate(&reader) : nil
        let timeliness = Timeliness(status: status, deadline: deadline, published: published, daysLate: try reader.optionalInt())
        let previousYear = try reader.optionalInt()
        var changes: [FigureChange] = []
        for _ in 0..<(try reader.count()) {
            changes.append(FigureChange(id: try reader.string(), label: try reader.string(),
                                        value: try decodeNumber(&reader), previous: try decodeNumber(&reader)))
        }
        var copied: [ReportFacts.SectionCopy] = []
        for _ in 0..<(try reader.count()) {
            let id = try reader.string(), number = try reader.string()
            let text = CopiedText(characters: try reader.int(), repeatedCharacters: try reader.int(),
                                  sentences: try reader.int(), repeatedSentences: try reader.int())
            copied.append(ReportFacts.SectionCopy(id: id, number: number, copied: text))
        }
        let acknowledged = try reader.int(), open = try reader.int(), blank = try reader.int()
        var figures: [String: Decimal] = [:]
        for _ in 0..<(try reader.count()) {
            let id = try reader.string()
            figures[id] = try reader.decimal()
        }
        var facts = ReportFacts(timeliness: timeliness, previousYear: previousYear, changes: changes, copied: copied,
                                acknowledgedProblems: acknowledged, openProblems: open, blankCells: blank, figures: figures,
                                order: orders[formID])
        var line: [String] = []
        for _ in 0..<(try reader.count()) { line.append(try reader.string()) }
        guard facts.keepQualityLine(line) else { throw SnapshotReader.Damaged() }
        return facts
    }

    private static func encode(_ date: CivilDate, into out: inout SnapshotWriter) {
        out.int(date.year)
        out.int(date.month)
        out.int(date.day)
    }

    private static func decodeDate(_ reader: inout SnapshotReader) throws -> CivilDate {
        CivilDate(year: try reader.int(), month: try reader.int(), day: try reader.int())
    }

    private static func encode(_ number: Decimal?, into out: inout SnapshotWriter) {
        out.bool(number != nil)
        if let number { out.decimal(number) }
    }

    private static func decodeNumber(_ reader: inout SnapshotReader) throws -> Decimal? {
        try reader.bool() ? try reader.decimal() : nil
    }
}
