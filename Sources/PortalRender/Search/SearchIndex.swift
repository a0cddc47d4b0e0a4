import Foundation
import PortalModel
import PortalSupport

/// The search files, fetched by `theme/assets/search.js` piece by piece so
/// that a query downloads a few hundred kilobytes however many reports
/// there are (Pagefind's way):
///
/// - `search/manifest.json`: counts, the first key of every shard, the
///   year ranges and agency kinds (the filters);
/// - `search/shards/<n>.bin`: keys (character bigrams, Latin/digit terms) in
///   UTF-16 order, each with two posting lists of document ids: where it is
///   in the agency's name or the year (ranked first) and where it is in the
///   narrative text;
/// - `search/docs/<n>.json`: what a result shows (agency, year, kind), 64
///   documents a file;
/// - `search/kinds/<kind>.bin`: one bit per document, for the kind filter;
/// - `search/text/<n>.json`: the narrative text of 2 documents (ids 2n and
///   2n + 1), each as its parts of about 4 KB, fetched for the results
///   shown only, to print the matched passage. Two to a file, not one
///   part a file: most parts are under 4 KB, and a file takes whole 4 KB
///   blocks on disk (the index's text took 8 MB of disk for 4.6 MB at
///   1,000 reports, in 2,000 files and 250 folders).
///
/// Documents are numbered newest year first, then in the agency tree's
/// order: a year is a range of ids, and one region's reports sit in the
/// same few `docs` files.
struct SearchIndex {
    static let format = "transparency-portal/search@2"
    static let documentsPerChunk = 64
    /// Documents whose text parts share a `search/text/` file: ids in order,
    /// so the many results of a common word (consecutive ids) share files.
    /// Two, not four: a word found in scattered reports fetches one file a
    /// result (20 on a page), and four real narratives a file would take
    /// that past the 300 KB a query; two keep most of the disk saved.
    static let documentsPerText = 2
    /// A shard holds at most this many bytes, unless one key's lists are
    /// larger (it then has a shard to itself); most close sooner, where
    /// their content says (`ShardCutter`).
    static let shardBytes = 32 * 1024
    static let partBytes = 4 * 1024
    /// Characters a long paragraph's next part repeats, so that a query
    /// across the cut is still found in one part.
    static let partOverlap = 16
    static let titleSuffix = "年政府信息公开工作年度报告"

    let index: SiteIndex
    /// Reports by document id.
    let documents: [Report]
    /// A text file is kept from the previous build while its reports are unchanged.
    let reuse: RenderReuse

    init(_ index: SiteIndex, reuse: RenderReuse? = nil) {
        self.index = index
        self.reuse = reuse ?? .none(index.portal)
        let order = Dictionary(index.tree.entries.enumerated().map { ($1.agency.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let reports = index.portal.reports
        // Positions are sorted, not reports: a report is costly to move about.
        let keys = reports.indices.map { (year: reports[$0].year, place: order[reports[$0].agencySlug] ?? 0) }
        documents = reports.indices.sorted { (keys[$1].year, keys[$0].place) < (keys[$0].year, keys[$1].place) }.map { reports[$0] }
    }

    /// What one document contributes: its keys and its text parts.
    struct Document: Sendable {
        var nameBigrams: Set<UInt64> = []
        var nameTerms: Set<String> = []
        var textBigrams: Set<UInt64> = []
        var textTerms: Set<String> = []
        /// How many text parts it has (`parts(_:)`; `writeTexts` writes them).
        var partCount = 0
    }

    /// Writes every search file. `kept` (serve's) and `scope`: a patch
    /// indexes again only the reports it renders, when the documents are
    /// the ones `kept` holds, in the same order. A build with its cache
    /// (`index.derived`) indexes only the reports whose `DerivationKey`
    /// changed and patches the kept shards when the documents are the same
    /// reports in the same order, else keeps the others' lists renumbered.
    ///
    /// `fed`: every document already indexed by the downloads step (`SearchFeed`), in a clean build.
    func write(into sink: OutputSink, kept: KeptSearch? = nil, scope: RenderScope = .everything, fed: SearchFeed? = nil) throws {
        let order = documents.map { RenderScope.key($0.agencySlug, $0.year) }
        var partCounts = [Int](repeating: 0, count: documents.count)
        let previous = kept == nil ? index.derived?.search : nil
        var fresh = Array(documents.indices)
        var postings = SearchPostings()
        var shards: [[UInt8]]?
        /// The documents a patch indexed again: only their text files are written.
        var patched: Set<Int>?
        var textsWritten = false
        if let fed, kept == nil, previous == nil, scope.isEverything {
            var taken = fed.take()
            // Cut from the feed's compact lists, one key at a time: no lists of ids held for every key.
            shards = taken.postings.cut()
            partCounts = taken.partCounts
            // The files whose documents' parts were not kept waiting: from another reading.
            try forEachInParallel(taken.unwritten) { file in
                try writeText(file, parts: textFile(file).ids.map { Self.parts(paragraphs(of: documents[$0])) }, into: sink)
            }
            textsWritten = true
        } else if !scope.isEverything, let state = kept?.take(), state.order == order {
            postings = state.postings
            partCounts = state.partCounts
            fresh = documents.indices.filter { scope.includes(documents[$0]) }
            postings.remove(fresh.map(Int32.init))
            try index(fresh, partCounts: &partCounts) { postings.add($1, id: $0) }
            patched = Set(fresh)
        } else if let previous, previous.documents.map(\.folder) == order {
            shards = try patch(previous, partCounts: &partCounts, fresh: &fresh, postings: &postings)
        } else if previous == nil {
            // Every document indexed: its text files are written as its batch is, from the same reading of its narratives.
            try index(fresh, partCounts: &partCounts, writingTexts: sink) { postings.add($1, id: $0) }
            textsWritten = true
        } else {
            if let previous, let kept = previous.postings() {
                (postings, fresh) = self.carried(from: previous, postings: kept, order: order, partCounts: &partCounts)
            }
            try index(fresh, partCounts: &partCounts) { postings.add($1, id: $0) }
        }
        if !textsWritten { try writeTexts(only: patched, sink: sink) }
        let written = shards ?? Self.cut(postings)
        try forEachInParallel(Array(written.indices)) { try sink.write(SitePaths.searchShard($0), contents: Data(written[$0])) }
        let kinds = try writeKinds(into: sink)
        try writeChunks(partCounts: partCounts, kinds: kinds, into: sink)
        try sink.write(SitePaths.searchManifest, text: manifest(shards: written.map(Self.firstKey), kinds: kinds).serialized())
        kept?.store(KeptSearch.State(order: order, postings: postings, partCounts: partCounts))
        if kept == nil, let derived = index.derived, !fresh.isEmpty || previous?.documents.count != documents.count {
            let keys = documents.map { index.facts.derivationKey(of: $0) ?? "" }
            derived.madeSearch(SearchState(documents: documents.indices.map { .init(folder: order[$0], key: keys[$0], parts: partCounts[$0]) },
                                           shards: written))
        }
    }

    /// The shards of `previous` (the same documents in the same order)
    /// patched with the documents whose key changed (`fresh`), indexed
    /// anew; or, when the kept shards cannot be read, every document indexed
    /// into `postings` (`fresh` then holds them all) and nil.
    private func patch(_ previous: SearchState, partCounts: inout [Int], fresh: inout [Int],
                       postings: inout SearchPostings) throws -> [[UInt8]]? {
        var carried: [Int] = []
        fresh = []
        for id in documents.indices {
            let kept = previous.documents[id]
            if let key = index.facts.derivationKey(of: documents[id]), !kept.key.isEmpty, kept.key == key {
                carried.append(id)
                partCounts[id] = kept.parts
            } else {
                fresh.append(id)
            }
        }
        var changed: [(id: Int32, document: Document)] = []
        try index(fresh, partCounts: &partCounts) { changed.append(($0, $1)) }
        if let shards = ShardPatch.apply(to: previous.shards, changed: changed) { return shards }
        for (id, document) in changed { postings.add(document, id: id) }
        try index(carried, partCounts: &partCounts) { postings.add($1, id: $0) }
        fresh = Array(documents.indices)
        return nil
    }

    /// The lists of the last build (`SearchState`) for every document
    /// whose `DerivationKey` is the one they were made under, renumbered
    /// (their counts of parts filled in); and the ids of the rest, which are
    /// indexed anew. A document kept out of the
    /// last build's order (one that moved past another) is indexed anew,
    /// so that the renumbered lists stay sorted.
    private func carried(from previous: SearchState, postings: SearchPostings, order: [String],
                         partCounts: inout [Int]) -> (SearchPostings, fresh: [Int]) {
        var oldIds: [String: Int32] = [:]
        for (id, document) in previous.documents.enumerated() { oldIds[document.folder] = Int32(id) }
        var kept: [Int32: Int32] = [:]
        var fresh: [Int] = []
        var last: Int32 = -1
        for (id, report) in documents.enumerated() {
            if let key = index.facts.derivationKey(of: report), let old = oldIds[order[id]], old > last,
               previous.documents[Int(old)].key == key {
                kept[Int32(id)] = old
                last = old
                partCounts[id] = previous.documents[Int(old)].parts
            } else {
                fresh.append(id)
            }
        }
        return (SearchState.renumber(postings, from: previous.documents.count, keeping: kept), fresh)
    }

    /// The files `search/text/<n>.json`, `documentsPerText` documents each:
    /// `[[part, …], …]`, each document's text parts in order. A build keeps
    /// a file from the previous one while its reports are unchanged; a patch
    /// (`patched`: the documents it indexed again) writes the files holding
    /// one of those and leaves the others in place.
    private func writeTexts(only patched: Set<Int>?, sink: OutputSink) throws {
        try forEachInParallel(textFiles) { file in
            let (path, ids) = file
            if let patched {
                if !ids.contains(where: patched.contains), sink.reuse(path) { return }
            } else if reuse.reuse(path, of: ids.map { documents[$0] }, folder: "search:" + path, sink: sink) {
                return
            }
            try writeText(path, parts: ids.map { Self.parts(paragraphs(of: documents[$0])) }, into: sink)
        }
    }

    /// The `file`th `search/text/` file, unless kept from the previous build.
    func writeText(_ file: Int, parts: [[String]], into sink: OutputSink) throws {
        let (path, ids) = textFile(file)
        guard !reuse.reuse(path, of: ids.map { documents[$0] }, folder: "search:" + path, sink: sink) else { return }
        try writeText(path, parts: parts, into: sink)
    }

    /// One `search/text/` file: its documents' text parts.
    private func writeText(_ path: String, parts: [[String]], into sink: OutputSink) throws {
        try sink.write(path, text: JSONValue.array(parts.map { JSONValue.array($0.map(JSONValue.string)) }).serialized())
    }

    /// Each `search/text/` file and the documents it holds.
    var textFiles: [(path: String, ids: Range<Int>)] {
        (0..<textFileCount).map(textFile)
    }

    var textFileCount: Int { (documents.count + Self.documentsPerText - 1) / Self.documentsPerText }

    /// The `file`th `search/text/` file and the documents it holds (without making every file's).
    func textFile(_ file: Int) -> (path: String, ids: Range<Int>) {
        let first = file * Self.documentsPerText
        return (SitePaths.searchText(file), first..<min(first + Self.documentsPerText, documents.count))
    }

    /// Indexes the documents `ids` (in increasing order) and hands each
    /// document's keys to `add` in the same order. `writingTexts`: `ids`
    /// are every document, and their `search/text/` files are written batch
    /// by batch from the same reading of each report's narratives (a clean
    /// build reads them from their files: once, not twice).
    private func index(_ ids: [Int], partCounts: inout [Int], writingTexts sink: OutputSink? = nil,
                       add: (Int32, Document) -> Void) throws {
        // Batches hold whole text files (`documentsPerText` divides the batch size).
        assert(Downloads.batchSize % Self.documentsPerText == 0)
        // A batch at a time, on all cores: the keys of 50,000 reports (and
        // their text) are never all held at once, only their lists.
        for start in stride(from: 0, to: ids.count, by: Downloads.batchSize) {
            let batch = Array(ids[start..<min(start + Downloads.batchSize, ids.count)])
            let slots = ResultSlots<Document>(count: batch.count)
            let texts = ResultSlots<[String]>(count: sink == nil ? 0 : batch.count)
            try forEachInParallel(Array(batch.indices)) { slot in
                let report = documents[batch[slot]]
                guard sink != nil else { slots[slot] = self.document(report); return }
                let paragraphs = paragraphs(of: report)
                slots[slot] = self.document(report, paragraphs: paragraphs)
                texts[slot] = Self.parts(paragraphs)
            }
            if let sink {
                let files = stride(from: 0, to: batch.count, by: Self.documentsPerText).map { $0..<min($0 + Self.documentsPerText, batch.count) }
                try forEachInParallel(files) { slots in
                    let ids = batch[slots.lowerBound]..<(batch[slots.upperBound - 1] + 1)
                    let path = SitePaths.searchText(ids.lowerBound / Self.documentsPerText)
                    guard !reuse.reuse(path, of: ids.map { documents[$0] }, folder: "search:" + path, sink: sink) else { return }
                    try writeText(path, parts: slots.map { texts[$0] ?? [] }, into: sink)
                }
            }
            for (slot, document) in slots.values.enumerated() {
                let document = document ?? Document()
                partCounts[batch[slot]] = document.partCount
                add(Int32(batch[slot]), document)
            }
        }
    }

    /// Every key's entry, in order, cut into shards (`ShardCutter`).
    static func cut(_ postings: SearchPostings) -> [[UInt8]] {
        var cutter = ShardCutter()
        for (key, lists) in postings.keyed() { cutter.add(SearchEntry.encode(Array(key.utf8), name: lists.name, text: lists.text)[...]) }
        return cutter.finish()
    }

    /// A shard's first key, for the manifest (search.js finds a key's shard by it).
    static func firstKey(_ shard: [UInt8]) -> String {
        guard let entry = SearchEntry(shard, at: 0) else { return "" }
        return String(decoding: shard[entry.key], as: UTF8.self)
    }

    /// One bit per document for each agency kind present. The order of the
    /// documents and their agencies' kinds are shared render inputs: the
    /// files are kept while those are unchanged.
    private func writeKinds(into sink: OutputSink) throws -> [Agency.Kind] {
        let kindOf = documents.map { index.agency(of: $0).kind }
        let present = Set(kindOf)
        let kinds = Agency.Kind.allCases.filter(present.contains)
        for kind in kinds {
            let path = SitePaths.searchKind(kind.rawValue)
            guard !reuse.reuse(path, named: "search:" + path, sink: sink) else { continue }
            var bitmap = [UInt8](repeating: 0, count: (documents.count + 7) / 8)
            for (id, documentKind) in kindOf.enumerated() where documentKind == kind {
                bitmap[id >> 3] |= 1 << UInt8(id & 7)
            }
            try sink.write(path, contents: Data(bitmap))
        }
        return kinds
    }

    /// Each document as [slug, name, short name, kind (index into the
    /// manifest's kinds), year, text parts]. Besides the shared render
    /// inputs a file shows its documents' counts of parts: it is kept while
    /// those are the same.
    private func writeChunks(partCounts: [Int], kinds: [Agency.Kind], into sink: OutputSink) throws {
        let kindNumber = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        let starts = Array(stride(from: 0, to: documents.count, by: Self.documentsPerChunk))
        try forEachInParallel(Array(starts.indices)) { chunk in
            let ids = starts[chunk]..<min(starts[chunk] + Self.documentsPerChunk, documents.count)
            let path = SitePaths.searchDocuments(chunk)
            guard !reuse.reuse(path, named: "search:" + path, showing: ids.map { String(partCounts[$0]) }.joined(separator: ","), sink: sink) else { return }
            let rows = ids.map { id -> JSONValue in
                let report = documents[id]
                let agency = index.agency(of: report)
                // The name the report was published under (a renamed agency's earlier one); the other names matched as the
                // short one is, which the page never shows.
                let names = ([agency.shortName, agency.name] + agency.formerNames.map(\.name)).filter { $0 != agency.name(in: report.year) }
                return .array([.string(agency.slug), .string(agency.name(in: report.year)),
                               .string(agency.formerNames.isEmpty ? agency.shortName : names.joined(separator: " ")),
                               .int(kindNumber[agency.kind] ?? 0), .int(report.year), .int(partCounts[id])])
            }
            try sink.write(path, text: JSONValue.array(rows).serialized())
        }
    }

    private func manifest(shards: [String], kinds: [Agency.Kind]) -> JSONValue {
        var years: [JSONValue] = []
        var first = 0
        while first < documents.count {
            let year = documents[first].year
            var end = first
            while end < documents.count, documents[end].year == year { end += 1 }
            years.append(.object([("year", .int(year)), ("first", .int(first)), ("count", .int(end - first))]))
            first = end
        }
        return .object([
            ("format", .string(Self.format)),
            ("documents", .int(documents.count)),
            ("documentsPerChunk", .int(Self.documentsPerChunk)),
            ("documentsPerText", .int(Self.documentsPerText)),
            ("titleSuffix", .string(Self.titleSuffix)),
            ("years", .array(years)),
            ("kinds", .array(kinds.map { .object([("id", .string($0.rawValue)), ("label", .string($0.label))]) })),
            ("shards", .array(shards.map(JSONValue.string))),
        ])
    }

    /// A report's keys and its number of text parts.
    func document(_ report: Report) -> Document {
        document(report, paragraphs: paragraphs(of: report))
    }

    /// `paragraphs`: the report's narratives' lines (`paragraphs(of:)`).
    private func document(_ report: Report, paragraphs: [String]) -> Document {
        let agency = index.agency(of: report)
        var document = Document()
        // A renamed agency is found by the names its reports of earlier years print too.
        for name in [agency.name, agency.shortName] + agency.formerNames.map(\.name) + [String(report.year)] {
            SearchTerms.keys(of: name, bigrams: &document.nameBigrams, terms: &document.nameTerms)
        }
        for paragraph in paragraphs {
            SearchTerms.keys(of: paragraph, bigrams: &document.textBigrams, terms: &document.textTerms)
        }
        document.partCount = Self.parts(paragraphs).count
        return document
    }

    /// A report's keys and text parts, its narratives read by `index`
    /// (the downloads step's reading of them: `SearchFeed`).
    func documentAndParts(_ report: Report, index: SiteIndex) -> (Document, [String]) {
        let paragraphs = paragraphs(of: report, index: index)
        return (document(report, paragraphs: paragraphs), Self.parts(paragraphs))
    }

    /// A report's narratives as the lines the index reads; `index`: this
    /// index's, or one reading the report's narratives once.
    private func paragraphs(of report: Report, index: SiteIndex? = nil) -> [String] {
        let form = self.index.portal.form(of: report)
        let narratives = (index ?? self.index).narratives(of: report)
        return (["preamble"] + form.narrativeIDs).compactMap { narratives[$0]?.value }.flatMap(Self.plainLines)
    }
}
