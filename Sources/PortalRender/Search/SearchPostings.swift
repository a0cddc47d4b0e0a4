/// Every index key with the documents it is in: what the shards are
/// written from. Built in document order by a whole build; patched in
/// place by `portal serve` (see `KeptSearch`), which removes an edited
/// report's ids and adds them back under its new keys. Either way each
/// list stays sorted, so the shards are the bytes a whole build writes.
struct SearchPostings: Sendable {
    /// Where a key is: in the agency's name or the year (ranked first), and in the narrative text.
    struct Lists: Sendable {
        var name: [Int32] = []
        var text: [Int32] = []

        var isEmpty: Bool { name.isEmpty && text.isEmpty }

        mutating func remove(_ ids: [Int32]) {
            for id in ids {
                Self.remove(id, from: &name)
                Self.remove(id, from: &text)
            }
        }

        /// Appends when `id` is the largest so far (a whole build's order), else inserts in order.
        static func insert(_ id: Int32, into list: inout [Int32]) {
            guard let last = list.last, last >= id else { return list.append(id) }
            let at = firstIndex(notBelow: id, in: list)
            if at == list.count || list[at] != id { list.insert(id, at: at) }
        }

        static func remove(_ id: Int32, from list: inout [Int32]) {
            let at = firstIndex(notBelow: id, in: list)
            if at < list.count, list[at] == id { list.remove(at: at) }
        }

        static func firstIndex(notBelow id: Int32, in list: [Int32]) -> Int {
            var low = 0
            var high = list.count
            while low < high {
                let middle = (low + high) / 2
                if list[middle] < id { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    var bigrams: [UInt64: Lists] = [:]
    var terms: [String: Lists] = [:]

    mutating func add(_ document: SearchIndex.Document, id: Int32) {
        for key in document.nameBigrams { Lists.insert(id, into: &bigrams[key, default: Lists()].name) }
        for key in document.textBigrams { Lists.insert(id, into: &bigrams[key, default: Lists()].text) }
        for key in document.nameTerms { Lists.insert(id, into: &terms[key, default: Lists()].name) }
        for key in document.textTerms { Lists.insert(id, into: &terms[key, default: Lists()].text) }
    }

    /// Takes `ids` out of every list; keys left without documents go.
    mutating func remove(_ ids: [Int32]) {
        guard !ids.isEmpty else { return }
        Self.remove(ids, from: &bigrams)
        Self.remove(ids, from: &terms)
    }

    private static func remove<Key>(_ ids: [Int32], from lists: inout [Key: Lists]) {
        var emptied: [Key] = []
        var index = lists.values.startIndex
        while index != lists.values.endIndex {
            lists.values[index].remove(ids)
            if lists.values[index].isEmpty { emptied.append(lists.keys[index]) }
            lists.values.formIndex(after: &index)
        }
        for key in emptied { lists[key] = nil }
    }

    /// Every key as text with its lists, in the order search.js looks them up.
    func keyed() -> [(String, Lists)] {
        (bigrams.map { (SearchTerms.bigramText($0.key), $0.value) } + terms.map { ($0.key, $0.value) })
            .sorted { SearchTerms.precedes($0.0, $1.0) }
    }
}
