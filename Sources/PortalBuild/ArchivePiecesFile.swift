import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PortalRender

/// One year's archive pieces (`DerivedParts.YearPieces`: every report.json
/// of the year deflated, for its `reports.jsonl.gz`), kept in
/// `.portal-cache/derived/<year>.pieces` as a run of records. The first
/// holds every piece of the year; each later one the pieces a rebuild made
/// anew, and a later piece of a report replaces the earlier one. A
/// one-report rebuild appends a few kilobytes instead of writing the
/// year's 9 MB again (at 10,000 reports; it did so for two years, the
/// changed one and the next, whose reports compare with it).
///
/// The file is written whole when the year's reports are not those it
/// holds (one added or removed) or when what was appended would make it
/// more than twice the year's pieces. Each record holds its length and the
/// checksum of its body (XXH64, `SnapshotFile.digest`): a file damaged anywhere, truncated within a
/// record, or with a record of another format or key is a miss (the
/// year's pieces are made again). One cut between records holds what an
/// earlier build kept, and each piece is taken only under its report's
/// `DerivationKey`: still sound.
struct ArchivePiecesFile {
    let url: URL
    /// The format and the key every record is written under.
    let head: [String]

    /// The pieces of `year` kept, the latest of each report, in the order first kept.
    func read(year: Int) -> DerivedParts.YearPieces? {
        guard let bytes = SnapshotFile.read(url), !bytes.isEmpty else { return nil }
        var reader = SnapshotReader(bytes)
        var folders: [String] = []
        var latest: [String: (key: String, piece: Gzip.Piece)] = [:]
        do {
            while !reader.atEnd {
                for (folder, key, piece) in try record(&reader, year: year).pieces {
                    if latest.updateValue((key, piece), forKey: folder) == nil { folders.append(folder) }
                }
            }
        } catch {
            return nil
        }
        return DerivedParts.YearPieces(year: year, pieces: folders.map { ($0, latest[$0]!.key, latest[$0]!.piece) })
    }

    private func record(_ reader: inout SnapshotReader, year: Int) throws -> DerivedParts.YearPieces {
        for part in head {
            guard try reader.string() == part else { throw SnapshotReader.Damaged() }
        }
        let length = try reader.count()
        let digest = try reader.string()
        guard length <= reader.rest.count, SnapshotFile.digest(reader.rest.prefix(length)) == digest else { throw SnapshotReader.Damaged() }
        let end = reader.position + length
        let pieces = try DerivedCoding.decodePieces(&reader)
        guard reader.position == end, pieces.year == year else { throw SnapshotReader.Damaged() }
        return pieces
    }

    /// Keeps `all`, the year's pieces: by appending `fresh` (the pieces made
    /// anew, given when the year holds the reports the file holds), else by
    /// writing the file whole.
    func write(_ all: DerivedParts.YearPieces, fresh: DerivedParts.YearPieces?) {
        if let fresh, let size = Self.size(url) {
            let appended = record(fresh)
            let whole = all.pieces.reduce(0) { $0 + $1.piece.deflated.count + $1.folder.utf8.count + $1.key.utf8.count + 16 }
            if size + appended.count <= 2 * whole, SnapshotFile.append(appended, to: url) { return }
        }
        let (start, body) = parts(all)
        SnapshotFile.write([start, body], to: url)
    }

    private func record(_ pieces: DerivedParts.YearPieces) -> [UInt8] {
        let (start, body) = parts(pieces)
        return start + body
    }

    /// A record's head (with the body's length and digest) and its body.
    private func parts(_ pieces: DerivedParts.YearPieces) -> (start: [UInt8], body: [UInt8]) {
        var body = SnapshotWriter()
        DerivedCoding.encode(pieces, into: &body)
        var start = SnapshotWriter()
        for part in head { start.string(part) }
        start.int(body.bytes.count)
        start.string(SnapshotFile.digest(body.bytes[...]))
        return (start.bytes, body.bytes)
    }

    private static func size(_ url: URL) -> Int? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }
}
