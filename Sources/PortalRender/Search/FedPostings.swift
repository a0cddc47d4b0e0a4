/// The postings a clean build's feed gathers (`SearchFeed`), documents
/// coming in the downloads' order, not by id. A key's documents are a list
/// of ids while few, and one bit per document once the ids would take more
/// bytes than that: a key found in most reports (公开, 政府, a year) is
/// 40,000 bytes of ids at 10,000 reports, 1,250 of bits, and the feed holds
/// every key's documents until the search step. Bits need no sorting;
/// `cut()` sorts each list of ids as it encodes it, one key at a time, into
/// the shards `SearchIndex.cut` makes from `SearchPostings` (the same bytes).
struct FedPostings {
    /// The documents of one list (a key's name list or text list).
    struct Documents {
        private var ids: [Int32] = []
        /// One bit per document id, once set (then `ids` is empty).
        private var bits: [UInt64]?

        mutating func insert(_ id: Int32, documentCount: Int) {
            if bits == nil {
                ids.append(id)
                let words = (documentCount + 63) / 64
                guard ids.count * MemoryLayout<Int32>.size > words * MemoryLayout<UInt64>.size else { return }
                var set = [UInt64](repeating: 0, count: words)
                for held in ids { set[Int(held) >> 6] |= 1 << UInt64(held & 63) }
                bits = set
                ids = []
            } else {
                bits![Int(id) >> 6] |= 1 << UInt64(id & 63)
            }
        }

        /// Every id once, in increasing order.
        func sorted() -> [Int32] {
            guard let bits else { return ids.sorted() }
            var sorted: [Int32] = []
            for (index, word) in bits.enumerated() where word != 0 {
                var rest = word
                while rest != 0 {
                    sorted.append(Int32(index * 64 + rest.trailingZeroBitCount))
                    rest &= rest - 1
                }
            }
            return sorted
        }
    }

    struct Lists {
        var name = Documents()
        var text = Documents()
    }

    /// Ids run from 0 to this, exclusive: a bit set's size.
    let documentCount: Int
    private var bigrams: [UInt64: Lists] = [:]
    private var terms: [String: Lists] = [:]

    init(documentCount: Int) {
        self.documentCount = documentCount
    }

    mutating func append(_ document: SearchIndex.Document, id: Int32) {
        for key in document.nameBigrams { bigrams[key, default: Lists()].name.insert(id, documentCount: documentCount) }
        for key in document.textBigrams { bigrams[key, default: Lists()].text.insert(id, documentCount: documentCount) }
        for key in document.nameTerms { terms[key, default: Lists()].name.insert(id, documentCount: documentCount) }
        for key in document.textTerms { terms[key, default: Lists()].text.insert(id, documentCount: documentCount) }
    }

    /// Every key's entry in search.js's order, cut into shards
    /// (`ShardCutter`); each key's lists are let go of once encoded.
    mutating func cut() -> [[UInt8]] {
        enum Key {
            case bigram(UInt64)
            case term(String)
        }
        let keys = (bigrams.keys.map { (SearchTerms.bigramText($0), Key.bigram($0)) } + terms.keys.map { ($0, Key.term($0)) })
            .sorted { SearchTerms.precedes($0.0, $1.0) }
        var cutter = ShardCutter()
        for (text, key) in keys {
            let lists: Lists?
            switch key {
            case .bigram(let bigram): lists = bigrams.removeValue(forKey: bigram)
            case .term(let term): lists = terms.removeValue(forKey: term)
            }
            guard let lists else { continue }
            cutter.add(SearchEntry.encode(Array(text.utf8), name: lists.name.sorted(), text: lists.text.sorted())[...])
        }
        return cutter.finish()
    }
}
