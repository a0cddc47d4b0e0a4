/// One key's entry in a shard, as `theme/assets/search.js` reads it: the
/// key (its UTF-8 length as a variable-length integer, then its bytes), the
/// name list and the text list (`PostingList`).
struct SearchEntry {
    /// Where the parts of an entry lie in its shard.
    let key: Range<Int>
    let name: Int
    let text: Int
    let end: Int

    static func encode(_ key: some Collection<UInt8>, name: [Int32], text: [Int32]) -> [UInt8] {
        var entry: [UInt8] = []
        entry.reserveCapacity(key.count + 8)
        PostingList.appendVarint(UInt32(key.count), to: &entry)
        entry += key
        PostingList.encode(name, into: &entry)
        PostingList.encode(text, into: &entry)
        return entry
    }

    /// The entry at `offset`; nil when the bytes there are not one.
    init?(_ bytes: [UInt8], at offset: Int) {
        var offset = offset
        guard let length = PostingList.readVarint(bytes, at: &offset), Int(length) <= bytes.count - offset, length > 0 else { return nil }
        key = offset..<(offset + Int(length))
        name = key.upperBound
        guard let text = Self.skipList(bytes, at: name), let end = Self.skipList(bytes, at: text) else { return nil }
        self.text = text
        self.end = end
    }

    /// Past the list at `offset`, or nil when it runs off the end.
    private static func skipList(_ bytes: [UInt8], at offset: Int) -> Int? {
        guard offset < bytes.count else { return nil }
        if bytes[offset] == 0 { return offset + 1 }
        var position = offset + 1
        guard bytes[offset] <= 2, PostingList.readVarint(bytes, at: &position) != nil,
              let length = PostingList.readVarint(bytes, at: &position), Int(length) <= bytes.count - position else { return nil }
        return position + Int(length)
    }

    /// Which of `ids` (increasing) the list at `offset` holds, without
    /// making the list; nil when it is not a list.
    static func present(_ ids: [Int32], inListOf bytes: [UInt8], at offset: Int) -> [Int32]? {
        guard let last = ids.last, bytes[offset] != 0 else { return [] }
        var position = offset + 1
        guard PostingList.readVarint(bytes, at: &position) != nil, let length = PostingList.readVarint(bytes, at: &position) else { return nil }
        let end = position + Int(length)
        var found: [Int32] = []
        if bytes[offset] == 2 {
            for id in ids where Int(id >> 3) < Int(length) && bytes[position + Int(id >> 3)] & (1 << UInt8(id & 7)) != 0 { found.append(id) }
            return found
        }
        var previous: Int32 = -1
        var next = 0
        while position < end, previous < last {
            guard let gap = readVarint(bytes, at: &position, end: end) else { return nil }
            previous += Int32(truncatingIfNeeded: gap) + 1
            while next < ids.count, ids[next] < previous { next += 1 }
            if next < ids.count, ids[next] == previous { found.append(previous) }
        }
        return found
    }

    private static func readVarint(_ bytes: [UInt8], at offset: inout Int, end: Int) -> UInt32? {
        guard let value = PostingList.readVarint(bytes, at: &offset), offset <= end else { return nil }
        return value
    }

    /// `SearchTerms.precedes` (UTF-16 order, as JavaScript compares
    /// strings) on UTF-8 bytes, scalar by scalar: a scalar from U+E000 to
    /// U+FFFF is one UTF-16 unit above every surrogate, so it sorts after
    /// the scalars beyond U+FFFF, which code point order puts after it.
    static func order(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
        var i = a.startIndex
        var j = b.startIndex
        while i < a.endIndex, j < b.endIndex {
            let x = utf16Rank(scalar(a, at: &i))
            let y = utf16Rank(scalar(b, at: &j))
            if x != y { return x < y ? -1 : 1 }
        }
        return (i < a.endIndex ? 1 : 0) - (j < b.endIndex ? 1 : 0)
    }

    private static func utf16Rank(_ value: UInt32) -> UInt32 {
        (0xE000...0xFFFF).contains(value) ? value + 0x20_0000 : value
    }

    /// The scalar at `offset` of valid UTF-8 (keys are written from Swift strings).
    private static func scalar(_ bytes: ArraySlice<UInt8>, at offset: inout Int) -> UInt32 {
        let lead = UInt32(bytes[offset])
        let count = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = count == 1 ? lead : lead & (0xFF >> UInt32(count + 1))
        for position in (offset + 1)..<min(offset + count, bytes.endIndex) { value = value << 6 | UInt32(bytes[position] & 0x3F) }
        offset += count
        return value
    }
}
