import Foundation

/// The search index as a build left it, kept for the next build
/// (`portal build`'s cache; PortalBuild's `DerivedSnapshots` stores the
/// bytes): each document's report folder, `DerivationKey` and number of text
/// parts, and the shards as written. When the documents are the same
/// reports in the same order, the next build indexes only those whose key
/// changed and patches the shards (`ShardPatch`: most keep their bytes);
/// otherwise it keeps the lists of every document whose key is the same,
/// renumbered to its place among the new documents (`postings(keeping:count:)`),
/// and tokenizes the others (`SearchIndex.write`).
package struct SearchState: Sendable {
    package struct Document: Sendable, Equatable {
        /// `slug/year`.
        var folder: String
        /// Empty when the report has none (its keys are never kept).
        var key: String
        var parts: Int
    }

    package var documents: [Document]
    /// The files `search/shards/<n>.bin`, in order.
    package var shards: [[UInt8]]

    /// The layout `init(decoding:)` reads: variable-length integers, then
    /// each shard's length and bytes (the same state, the same bytes).
    package func encoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(shards.reduce(documents.count * 48) { $0 + $1.count + 4 })
        func string(_ text: String) {
            PostingList.appendVarint(UInt32(text.utf8.count), to: &out)
            out += text.utf8
        }
        PostingList.appendVarint(UInt32(documents.count), to: &out)
        for document in documents {
            string(document.folder)
            string(document.key)
            PostingList.appendVarint(UInt32(document.parts), to: &out)
        }
        PostingList.appendVarint(UInt32(shards.count), to: &out)
        for shard in shards {
            PostingList.appendVarint(UInt32(shard.count), to: &out)
            out += shard
        }
        return out
    }

    /// nil for anything `encoded()` does not write. The shards' entries are
    /// read when they are used (`ShardPatch`, `postings()`), which refuse
    /// any that a clean cut does not make.
    package init?(decoding bytes: [UInt8]) {
        var offset = 0
        func number() -> Int? { PostingList.readVarint(bytes, at: &offset).map(Int.init) }
        func chunk() -> ArraySlice<UInt8>? {
            guard let length = number(), length <= bytes.count - offset else { return nil }
            defer { offset += length }
            return bytes[offset..<(offset + length)]
        }
        guard let count = number(), count <= bytes.count else { return nil }
        var documents: [Document] = []
        documents.reserveCapacity(count)
        for _ in 0..<count {
            guard let folder = chunk(), let key = chunk(), let parts = number() else { return nil }
            documents.append(Document(folder: String(decoding: folder, as: UTF8.self), key: String(decoding: key, as: UTF8.self), parts: parts))
        }
        guard let shardCount = number(), shardCount <= bytes.count else { return nil }
        var shards: [[UInt8]] = []
        shards.reserveCapacity(shardCount)
        for _ in 0..<shardCount {
            guard let shard = chunk(), !shard.isEmpty else { return nil }
            shards.append(Array(shard))
        }
        guard offset == bytes.count else { return nil }
        self.documents = documents
        self.shards = shards
    }

    init(documents: [Document], shards: [[UInt8]]) {
        self.documents = documents
        self.shards = shards
    }

    /// Every key's lists, read from the shards; nil when they are not a
    /// clean cut's (keys out of order, an id past the documents, a list
    /// out of order).
    func postings() -> SearchPostings? {
        var postings = SearchPostings()
        var previousKey: ArraySlice<UInt8>?
        for bytes in shards {
            var offset = 0
            while offset < bytes.count {
                guard let entry = SearchEntry(bytes, at: offset) else { return nil }
                let key = bytes[entry.key]
                if let previousKey, SearchEntry.order(previousKey, key) >= 0 { return nil }
                previousKey = key
                var at = entry.name
                guard let name = PostingList.decode(bytes, at: &at), let text = PostingList.decode(bytes, at: &at),
                      Self.valid(name, limit: documents.count), Self.valid(text, limit: documents.count) else { return nil }
                let lists = SearchPostings.Lists(name: name, text: text)
                let scalars = Array(String(decoding: key, as: UTF8.self).unicodeScalars)
                if scalars.count == 2, SearchTerms.isHan(scalars[0].value), SearchTerms.isHan(scalars[1].value) {
                    postings.bigrams[SearchTerms.bigram(scalars[0].value, scalars[1].value)] = lists
                } else {
                    postings.terms[String(decoding: key, as: UTF8.self)] = lists
                }
                offset = entry.end
            }
        }
        return postings
    }

    /// Ids increasing, each a document's.
    private static func valid(_ ids: [Int32], limit: Int) -> Bool {
        guard let last = ids.last else { return true }
        guard last < limit, ids[0] >= 0 else { return false }
        return zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 }
    }

    /// `postings` of the documents `kept` (new id → old id, increasing
    /// old ids), renumbered; every other document's ids are taken out.
    static func renumber(_ postings: SearchPostings, from count: Int, keeping kept: [Int32: Int32]) -> SearchPostings {
        var oldToNew = [Int32](repeating: -1, count: count)
        for (new, old) in kept { oldToNew[Int(old)] = new }
        func renumber(_ ids: [Int32]) -> [Int32] {
            var result: [Int32] = []
            result.reserveCapacity(ids.count)
            for id in ids where oldToNew[Int(id)] >= 0 { result.append(oldToNew[Int(id)]) }
            return result
        }
        var carried = SearchPostings()
        func carry<Key>(_ from: [Key: SearchPostings.Lists], into: inout [Key: SearchPostings.Lists]) {
            into.reserveCapacity(from.count)
            for (key, lists) in from {
                let renumbered = SearchPostings.Lists(name: renumber(lists.name), text: renumber(lists.text))
                if !renumbered.isEmpty { into[key] = renumbered }
            }
        }
        carry(postings.bigrams, into: &carried.bigrams)
        carry(postings.terms, into: &carried.terms)
        return carried
    }
}
