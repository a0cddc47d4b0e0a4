import Foundation

/// The search index as a build left it, kept for the next build
/// (`portal build`'s cache; PortalBuild's `SearchSnapshot` stores the
/// bytes): each document's report folder, `DerivationKey` and number of text
/// parts, and every key's postings. The next build keeps the postings of
/// every document whose key is the same, renumbered to its place among the
/// new documents, and tokenizes only the others (`SearchIndex.write`).
package struct SearchState: Sendable {
    struct Document: Sendable, Equatable {
        /// `slug/year`.
        var folder: String
        /// Empty when the report has none (its keys are never kept).
        var key: String
        var parts: Int
    }

    var documents: [Document]
    var postings: SearchPostings

    /// The layout `init(decoding:)` reads: variable-length integers, lists
    /// as `PostingList` writes them, keys in order (the same state, the same bytes).
    package func encoded() -> [UInt8] {
        var out: [UInt8] = []
        func string(_ text: String) {
            PostingList.appendVarint(UInt32(text.utf8.count), to: &out)
            out += text.utf8
        }
        func lists(_ lists: SearchPostings.Lists) {
            PostingList.encode(lists.name, into: &out)
            PostingList.encode(lists.text, into: &out)
        }
        PostingList.appendVarint(UInt32(documents.count), to: &out)
        for document in documents {
            string(document.folder)
            string(document.key)
            PostingList.appendVarint(UInt32(document.parts), to: &out)
        }
        PostingList.appendVarint(UInt32(postings.bigrams.count), to: &out)
        for key in postings.bigrams.keys.sorted() {
            PostingList.appendVarint(UInt32(key >> 21), to: &out)
            PostingList.appendVarint(UInt32(key & 0x1F_FFFF), to: &out)
            lists(postings.bigrams[key]!)
        }
        PostingList.appendVarint(UInt32(postings.terms.count), to: &out)
        for key in postings.terms.keys.sorted() {
            string(key)
            lists(postings.terms[key]!)
        }
        return out
    }

    /// nil for anything `encoded()` does not write.
    package init?(decoding bytes: [UInt8]) {
        var offset = 0
        func number() -> Int? { PostingList.readVarint(bytes, at: &offset).map(Int.init) }
        func string() -> String? {
            guard let length = number(), length <= bytes.count - offset else { return nil }
            defer { offset += length }
            return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
        }
        func lists(limit: Int) -> SearchPostings.Lists? {
            guard let name = PostingList.decode(bytes, at: &offset), let text = PostingList.decode(bytes, at: &offset),
                  Self.valid(name, limit: limit), Self.valid(text, limit: limit) else { return nil }
            return SearchPostings.Lists(name: name, text: text)
        }
        guard let count = number(), count <= bytes.count else { return nil }
        var documents: [Document] = []
        documents.reserveCapacity(count)
        for _ in 0..<count {
            guard let folder = string(), let key = string(), let parts = number() else { return nil }
            documents.append(Document(folder: folder, key: key, parts: parts))
        }
        var postings = SearchPostings()
        guard let bigrams = number(), bigrams <= bytes.count else { return nil }
        postings.bigrams.reserveCapacity(bigrams)
        for _ in 0..<bigrams {
            guard let first = number(), let second = number(), let lists = lists(limit: count) else { return nil }
            postings.bigrams[UInt64(first) << 21 | UInt64(second)] = lists
        }
        guard let terms = number(), terms <= bytes.count else { return nil }
        for _ in 0..<terms {
            guard let term = string(), let lists = lists(limit: count) else { return nil }
            postings.terms[term] = lists
        }
        guard offset == bytes.count else { return nil }
        self.documents = documents
        self.postings = postings
    }

    init(documents: [Document], postings: SearchPostings) {
        self.documents = documents
        self.postings = postings
    }

    /// Ids increasing, each a document's.
    private static func valid(_ ids: [Int32], limit: Int) -> Bool {
        guard let last = ids.last else { return true }
        guard last < limit, ids[0] >= 0 else { return false }
        return zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 }
    }

    /// The postings of the documents `kept` (new id → old id, increasing
    /// old ids), renumbered; every other document's ids are taken out.
    func postings(keeping kept: [Int32: Int32], count: Int) -> SearchPostings {
        var oldToNew = [Int32](repeating: -1, count: documents.count)
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
