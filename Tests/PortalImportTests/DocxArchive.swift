import Foundation

/// A Word file made in a test: word/document.xml alone in a zip archive,
/// stored uncompressed (the import reads any zip Word writes, stored or deflated).
enum DocxArchive {
    static func single(documentXML: String) -> Data {
        let name = Data("word/document.xml".utf8)
        let content = Data(documentXML.utf8)
        let crc = crc32(content)
        var local = Data()
        local.append(le32(0x0403_4b50))
        local.append(le16(20)); local.append(le16(0)); local.append(le16(0))  // version, flags, method: stored
        local.append(le16(0)); local.append(le16(0))  // time, date
        local.append(le32(crc)); local.append(le32(UInt32(content.count))); local.append(le32(UInt32(content.count)))
        local.append(le16(UInt16(name.count))); local.append(le16(0))
        local.append(name); local.append(content)
        var central = Data()
        central.append(le32(0x0201_4b50))
        central.append(le16(20)); central.append(le16(20)); central.append(le16(0)); central.append(le16(0))
        central.append(le16(0)); central.append(le16(0))
        central.append(le32(crc)); central.append(le32(UInt32(content.count))); central.append(le32(UInt32(content.count)))
        central.append(le16(UInt16(name.count))); central.append(le16(0)); central.append(le16(0))
        central.append(le16(0)); central.append(le16(0)); central.append(le32(0)); central.append(le32(0))  // disk, attributes, offset 0
        central.append(name)
        var end = Data()
        end.append(le32(0x0605_4b50))
        end.append(le16(0)); end.append(le16(0)); end.append(le16(1)); end.append(le16(1))
        end.append(le32(UInt32(central.count))); end.append(le32(UInt32(local.count))); end.append(le16(0))
        return local + central + end
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
