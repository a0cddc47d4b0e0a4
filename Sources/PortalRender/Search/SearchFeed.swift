import Foundation
import PortalModel
import PortalSupport

/// The search index fed by the downloads step, in the downloads' order
/// (agency, then year), from the reading of each report's narratives that
/// its page and report.json are made from: a clean build, which let go of
/// the text after the checks, then reads each narrative's file once after
/// the load, not twice (the index numbers its documents by year, then
/// region, and read them again in that order).
///
/// Each report's keys go into the postings under its document id as it
/// comes (the lists are sorted once all are in: the same lists, so the same
/// shards). A `search/text/` file holds two consecutive documents: the
/// first to come waits for the other (a few reports later in a portal whose
/// tree follows its folders' order), and the file is written when both are
/// in. Waiting parts are bounded (`waitingLimit`): past it they are dropped
/// and the search step writes those files from another reading.
final class SearchFeed: @unchecked Sendable {
    let search: SearchIndex
    private let ids: [String: Int]
    private let lock = NSLock()
    private var postings: FedPostings
    private var partCounts: [Int]
    /// The text parts of documents whose file waits for its other document, by document id.
    private var waiting: [Int: [String]] = [:]
    /// Documents (their text files') dropped from `waiting`: written by the search step.
    private var dropped: Set<Int> = []
    private var textWritten: [Bool]
    /// Documents' parts held at most while their file waits (≈ 5 KB each).
    private let waitingLimit: Int

    init(_ search: SearchIndex, waitingLimit: Int = 512) {
        self.search = search
        self.waitingLimit = waitingLimit
        ids = Dictionary(search.documents.indices.map { (RenderScope.key(search.documents[$0].agencySlug, search.documents[$0].year), $0) },
                         uniquingKeysWith: { first, _ in first })
        partCounts = Array(repeating: 0, count: search.documents.count)
        postings = FedPostings(documentCount: search.documents.count)
        textWritten = Array(repeating: false, count: search.textFileCount)
    }

    /// Indexes `report`, whose narratives `index` reads (once for its page,
    /// report.json and this), and writes its text file when it is complete.
    func add(_ report: Report, index: SiteIndex, sink: OutputSink) throws {
        guard let id = ids[RenderScope.key(report.agencySlug, report.year)] else { return }
        let (document, parts) = search.documentAndParts(report, index: index)
        let file = id / SearchIndex.documentsPerText
        let complete: [[String]]? = lock.withLock {
            postings.append(document, id: Int32(id))
            partCounts[id] = document.partCount
            let members = search.textFile(file).ids
            guard !members.contains(where: dropped.contains) else { return nil }
            let others = members.filter { $0 != id }
            guard others.allSatisfy({ waiting[$0] != nil }) else {
                if waiting.count >= waitingLimit {
                    dropped.formUnion(waiting.keys)
                    dropped.insert(id)
                    waiting = [:]
                } else {
                    waiting[id] = parts
                }
                return nil
            }
            textWritten[file] = true
            return members.map { $0 == id ? parts : waiting.removeValue(forKey: $0)! }
        }
        if let complete { try search.writeText(file, parts: complete, into: sink) }
    }

    /// What the search step takes: every document's keys, part counts, and
    /// the text files still to write.
    func take() -> (postings: FedPostings, partCounts: [Int], unwritten: [Int]) {
        lock.withLock {
            let taken = (postings, partCounts, textWritten.indices.filter { !textWritten[$0] })
            postings = FedPostings(documentCount: 0)
            waiting = [:]
            return taken
        }
    }
}

/// The feed the downloads step fills, handed to the search step once.
final class FedSearch: @unchecked Sendable {
    private let lock = NSLock()
    private var feed: SearchFeed?

    func start(_ feed: SearchFeed) {
        lock.withLock { self.feed = feed }
    }

    func take() -> SearchFeed? {
        lock.withLock {
            defer { feed = nil }
            return feed
        }
    }
}
