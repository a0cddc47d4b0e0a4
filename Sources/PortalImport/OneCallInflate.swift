import CZlib

/// zlib's inflate in one call, all the input given and room for `capacity` bytes of output: a stream that needs more
/// room or more input stops there (damage, or a file cut short), never a reason to wait or to grow.
enum OneCallInflate {
    /// How the stream is wrapped: a .docx's parts are raw deflate, a PNG's pixels a zlib stream.
    enum Wrapping {
        case raw, zlib
        var windowBits: Int32 { self == .raw ? -MAX_WBITS : MAX_WBITS }
    }

    /// zlib's status (`Z_STREAM_END` when the stream ended) and the bytes it wrote; nil when zlib could not start.
    static func run(_ input: [UInt8], wrapping: Wrapping, capacity: Int) -> (status: Int32, output: [UInt8])? {
        var stream = z_stream()
        guard inflateInit2_(&stream, wrapping.windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: capacity)
        let status: Int32 = input.withUnsafeBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        output.removeLast(output.count - Int(stream.total_out))
        return (status, output)
    }
}
