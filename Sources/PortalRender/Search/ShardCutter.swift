/// Cuts the index's entries, in key order, into shards where their content
/// says, not where a running byte count happens to fall: a shard closes
/// after a key whose entry *ends a segment* (its key's hash, modulo
/// `segmentBytes`, falls below the entry's size: about one end per
/// `segmentBytes` of index however large the entries are), and, within a
/// segment, before an entry that would take it past `SearchIndex.shardBytes`.
///
/// A segment is cut the same way whatever came before it, so an edit that
/// changes a few keys changes the shards of their segments only; the rest
/// keep their bytes (`ShardPatch` writes those as they were), and a rebuild
/// still writes exactly what a clean build writes.
struct ShardCutter {
    /// The expected bytes of index between two segment ends.
    static let segmentBytes: UInt64 = 64 * 1024

    private(set) var shards: [[UInt8]] = []
    private var current: [UInt8] = []

    /// No shard is open: the next entry starts one, whatever came before.
    var isFresh: Bool { current.isEmpty }

    mutating func add(_ entry: ArraySlice<UInt8>) {
        if !current.isEmpty, current.count + entry.count > SearchIndex.shardBytes { close() }
        current += entry
        if Self.endsSegment(entry) { close() }
    }

    /// A segment's shards as a clean cut made them (the cutter is fresh).
    mutating func add(wholeShards: some Sequence<[UInt8]>) {
        precondition(isFresh, "a segment's kept shards start a shard")
        shards += wholeShards
    }

    mutating func finish() -> [[UInt8]] {
        close()
        return shards
    }

    private mutating func close() {
        guard !current.isEmpty else { return }
        shards.append(current)
        current.removeAll(keepingCapacity: true)
    }

    /// Whether `entry` (as `SearchEntry.encode` writes it) ends its segment.
    static func endsSegment(_ entry: ArraySlice<UInt8>) -> Bool {
        var offset = entry.startIndex
        guard let length = PostingList.readVarint(entry, at: &offset), Int(length) <= entry.endIndex - offset else { return true }
        // FNV-1a: the same on every run and machine (Swift's `Hasher` is seeded per process).
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in entry[offset..<(offset + Int(length))] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash % segmentBytes < UInt64(entry.count)
    }
}
