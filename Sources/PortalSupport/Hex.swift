extension Sequence where Element == UInt8 {
    /// Lower-case hex, two digits a byte: how digests (SHA-256) are written
    /// in manifests, caches and render keys. Inlinable, so that each caller
    /// gets it made for its own bytes (a digest, an array): called through
    /// the generic `Sequence` it went by witness tables byte by byte, 1.6 %
    /// of a one-change rebuild (a key or two per report).
    @inlinable
    public var lowercaseHex: String {
        var out: [UInt8] = []
        out.reserveCapacity(underestimatedCount * 2)
        appendLowercaseHex(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The same hex appended to bytes being assembled (a manifest line),
    /// without making a String for each digest.
    @inlinable
    public func appendLowercaseHex(to out: inout [UInt8]) {
        for byte in self {
            out.append(HexDigit.lowercase(byte >> 4))
            out.append(HexDigit.lowercase(byte & 0x0f))
        }
    }
}

/// One hex digit's character.
public enum HexDigit {
    /// `0`–`9`, `a`–`f` for 0…15.
    @inlinable
    public static func lowercase(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") - 10 + value
    }
}
