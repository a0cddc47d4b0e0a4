/// The kept shards of the last build brought up to this one's, when the
/// documents are the same reports in the same order and only some of them
/// were indexed anew (`changed`, by id: their keys as this build read them).
///
/// One pass over the kept entries, in key order: an entry whose lists hold
/// a changed document where its keys no longer put it, or lack one where
/// they now do, is made again (dropped when it is left empty); a changed
/// document's key that is new to the index comes in at its place. A
/// segment (`ShardCutter`) none of whose entries changed keeps its shards'
/// bytes as they were; the others are cut again, entry by entry. The result
/// is the shards a clean build cuts from the same documents.
struct ShardPatch {
    /// A changed document's keys, each with the changed documents it is now in.
    private struct Touch {
        var key: [UInt8]
        var name: [Int32] = []
        var text: [Int32] = []
    }

    /// An entry of the segment being read: kept bytes, or bytes made anew.
    private enum Piece {
        case kept(shard: Int, Range<Int>)
        case made([UInt8])
    }

    /// The patched shards, or nil when `shards` are not what `ShardCutter`
    /// cut (damaged, or made otherwise): the caller indexes everything.
    static func apply(to shards: [[UInt8]], changed: [(id: Int32, document: SearchIndex.Document)]) -> [[UInt8]]? {
        let ids = changed.map(\.id).sorted()
        let touches = touches(of: changed)
        var cutter = ShardCutter()
        var segmentShards: [Int] = []
        var pieces: [Piece] = []
        var dirty = false
        var next = 0
        func flush() {
            if !dirty, cutter.isFresh {
                cutter.add(wholeShards: segmentShards.lazy.map { shards[$0] })
            } else {
                for piece in pieces {
                    switch piece {
                    case .kept(let shard, let range): cutter.add(shards[shard][range])
                    case .made(let bytes): cutter.add(bytes[...])
                    }
                }
            }
            segmentShards.removeAll(keepingCapacity: true)
            pieces.removeAll(keepingCapacity: true)
            dirty = false
        }
        func insert(_ touch: Touch) {
            pieces.append(.made(SearchEntry.encode(touch.key, name: touch.name, text: touch.text)))
            dirty = true
        }
        var previousKey: ArraySlice<UInt8>?
        var previousEnded = true
        for (number, bytes) in shards.enumerated() {
            guard !bytes.isEmpty else { return nil }
            segmentShards.append(number)
            var offset = 0
            while offset < bytes.count {
                guard let entry = SearchEntry(bytes, at: offset) else { return nil }
                // A shard closes within a segment only before an entry that would take it past its size,
                // and holds more only when that one entry is larger.
                if offset == 0, !previousEnded, shards[number - 1].count + entry.end <= SearchIndex.shardBytes { return nil }
                if offset > 0, entry.end > SearchIndex.shardBytes { return nil }
                let key = bytes[entry.key]
                if let previousKey, SearchEntry.order(previousKey, key) >= 0 { return nil }
                previousKey = key
                // A changed document's keys new to the index, before this one.
                while next < touches.count, SearchEntry.order(touches[next].key[...], key) < 0 {
                    insert(touches[next])
                    next += 1
                }
                var touch: Touch?
                if next < touches.count, SearchEntry.order(touches[next].key[...], key) == 0 {
                    touch = touches[next]
                    next += 1
                }
                guard let made = remade(bytes, entry, ids: ids, now: touch) else { return nil }
                if let made {
                    if !made.isEmpty { pieces.append(.made(made)) }
                    dirty = true
                } else {
                    pieces.append(.kept(shard: number, offset..<entry.end))
                }
                let ends = ShardCutter.endsSegment(bytes[offset..<entry.end])
                offset = entry.end
                // A clean cut closes a shard at every segment end.
                if ends && offset != bytes.count { return nil }
                previousEnded = ends
                if ends { flush() }
            }
        }
        while next < touches.count {
            insert(touches[next])
            next += 1
        }
        flush()
        return cutter.finish()
    }

    /// Each key of the changed documents with the documents now under it, in key order.
    private static func touches(of changed: [(id: Int32, document: SearchIndex.Document)]) -> [Touch] {
        var byKey: [String: Touch] = [:]
        func add(_ key: String, _ id: Int32, name: Bool) {
            if name {
                byKey[key, default: Touch(key: Array(key.utf8))].name.append(id)
            } else {
                byKey[key, default: Touch(key: Array(key.utf8))].text.append(id)
            }
        }
        for (id, document) in changed.sorted(by: { $0.id < $1.id }) {
            for key in document.nameBigrams { add(SearchTerms.bigramText(key), id, name: true) }
            for key in document.textBigrams { add(SearchTerms.bigramText(key), id, name: false) }
            for key in document.nameTerms { add(key, id, name: true) }
            for key in document.textTerms { add(key, id, name: false) }
        }
        return byKey.values.sorted { SearchEntry.order($0.key[...], $1.key[...]) < 0 }
    }

    /// The entry made again when its lists change: `.some([])` when it is
    /// left empty, `.some(nil)` when it stays as it is; nil when it is not
    /// an entry's lists.
    private static func remade(_ bytes: [UInt8], _ entry: SearchEntry, ids: [Int32], now touch: Touch?) -> [UInt8]?? {
        guard let inName = SearchEntry.present(ids, inListOf: bytes, at: entry.name),
              let inText = SearchEntry.present(ids, inListOf: bytes, at: entry.text) else { return nil }
        if inName == (touch?.name ?? []), inText == (touch?.text ?? []) { return .some(nil) }
        var offset = entry.name
        guard var name = PostingList.decode(bytes, at: &offset), var text = PostingList.decode(bytes, at: &offset) else { return nil }
        for id in ids {
            SearchPostings.Lists.remove(id, from: &name)
            SearchPostings.Lists.remove(id, from: &text)
        }
        for id in touch?.name ?? [] { SearchPostings.Lists.insert(id, into: &name) }
        for id in touch?.text ?? [] { SearchPostings.Lists.insert(id, into: &text) }
        if name.isEmpty && text.isEmpty { return .some([]) }
        return .some(SearchEntry.encode(bytes[entry.key], name: name, text: text))
    }
}
