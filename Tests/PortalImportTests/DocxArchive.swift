import Foundation

/// A Word file made in a test: word/document.xml alone in a zip archive
/// (or any parts: an OFD file's), stored uncompressed (the import reads any zip Word writes, stored or deflated).
enum DocxArchive {
    static func single(documentXML: String) -> Data {
        archive([("word/document.xml", Data(documentXML.utf8))])
    }

    /// A zip archive of these entries, in order, stored uncompressed (an OFD file's parts, say).
    static func archive(_ entries: [(name: String, content: Data)]) -> Data {
        var locals = Data()
        var central = Data()
        for (name, content) in entries {
            let name = Data(name.utf8)
            let crc = crc32(content)
            let offset = UInt32(locals.count)
            locals.append(le32(0x0403_4b50))
            locals.append(le16(20)); locals.append(le16(0)); locals.append(le16(0))  // version, flags, method: stored
            locals.append(le16(0)); locals.append(le16(0))  // time, date
            locals.append(le32(crc)); locals.append(le32(UInt32(content.count))); locals.append(le32(UInt32(content.count)))
            locals.append(le16(UInt16(name.count))); locals.append(le16(0))
            locals.append(name); locals.append(content)
            central.append(le32(0x0201_4b50))
            central.append(le16(20)); central.append(le16(20)); central.append(le16(0)); central.append(le16(0))
            central.append(le16(0)); central.append(le16(0))
            central.append(le32(crc)); central.append(le32(UInt32(content.count))); central.append(le32(UInt32(content.count)))
            central.append(le16(UInt16(name.count))); central.append(le16(0)); central.append(le16(0))
            central.append(le16(0)); central.append(le16(0)); central.append(le32(0)); central.append(le32(offset))  // disk, attributes, offset
            central.append(name)
        }
        var end = Data()
        end.append(le32(0x0605_4b50))
        end.append(le16(0)); end.append(le16(0)); end.append(le16(UInt16(entries.count))); end.append(le16(UInt16(entries.count)))
        end.append(le32(UInt32(central.count))); end.append(le32(UInt32(locals.count))); end.append(le16(0))
        return locals + central + end
    }

    private static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func le16(_ value: UInt16) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
    private static func le32(_ value: UInt32) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
}
