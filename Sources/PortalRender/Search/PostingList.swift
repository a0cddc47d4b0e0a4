import Foundation

/// A sorted list of document ids in the fewest bytes: the gaps as
/// variable-length integers (7 bits a byte), or, when a key is in so many
/// documents that a bit per document is shorter, a bitmap. 公开 is in
/// nearly every report: as a bitmap it costs one bit per report (6 KB at
/// 50,000 reports) instead of a byte or more.
///
/// Layout: encoding (0 none, 1 gaps, 2 bitmap), count, byte length (both
/// variable-length), then the bytes.
enum PostingList {
    static func encode(_ ids: [Int32], into out: inout [UInt8]) {
        guard let last = ids.last else {
            out.append(0)
            return
        }
        var gaps: [UInt8] = []
        var previous: Int32 = -1
        for id in ids {
            appendVarint(UInt32(id - previous - 1), to: &gaps)
            previous = id
        }
        let bitmapLength = Int(last) / 8 + 1
        if bitmapLength < gaps.count {
            var bitmap = [UInt8](repeating: 0, count: bitmapLength)
            for id in ids { bitmap[Int(id) >> 3] |= 1 << UInt8(id & 7) }
            out.append(2)
            appendVarint(UInt32(ids.count), to: &out)
            appendVarint(UInt32(bitmap.count), to: &out)
            out += bitmap
        } else {
            out.append(1)
            appendVarint(UInt32(ids.count), to: &out)
            appendVarint(UInt32(gaps.count), to: &out)
            out += gaps
        }
    }

    static func appendVarint(_ value: UInt32, to out: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            out.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        out.append(UInt8(value))
    }

    /// Reads what `encode` wrote (tests, and the benchmark's own reader
    /// follows the same layout); advances `offset`.
    static func decode(_ bytes: [UInt8], at offset: inout Int) -> [Int32]? {
        guard offset < bytes.count else { return nil }
        let encoding = bytes[offset]
        offset += 1
        if encoding == 0 { return [] }
        guard let count = readVarint(bytes, at: &offset), let length = readVarint(bytes, at: &offset),
              offset + Int(length) <= bytes.count else { return nil }
        let end = offset + Int(length)
        defer { offset = end }
        var ids: [Int32] = []
        ids.reserveCapacity(Int(count))
        if encoding == 2 {
            for index in offset..<end where bytes[index] != 0 {
                for bit in 0..<8 where bytes[index] & (1 << UInt8(bit)) != 0 { ids.append(Int32((index - offset) * 8 + bit)) }
            }
        } else {
            var position = offset
            var previous: Int32 = -1
            while position < end, let gap = readVarint(bytes, at: &position) {
                previous += Int32(gap) + 1
                ids.append(previous)
            }
        }
        return ids.count == Int(count) ? ids : nil
    }

    /// A variable-length integer at `offset` of an array or a slice of one.
    static func readVarint<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at offset: inout Int) -> UInt32?
    where Bytes.Index == Int {
        var value: UInt32 = 0
        var shift: UInt32 = 0
        while offset < bytes.endIndex, shift < 35 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt32(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}
