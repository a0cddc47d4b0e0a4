import CZlib
import Foundation

/// A raw deflate stream used for one piece after another. zlib's state
/// (≈ 256 KB: window, hash chains, pending buffer) is allocated once per
/// core instead of once per report, which cost more than a third of
/// compressing a report's JSON; `deflateReset` makes the stream as new
/// (zlib: “equivalent to deflateEnd followed by deflateInit”), so the
/// bytes are the same.
final class Deflater: @unchecked Sendable {
    /// zlib's state points back at its stream: it must not move.
    let stream: UnsafeMutablePointer<z_stream>
    let level: Int32

    init(level: Int32) {
        self.level = level
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // Raw deflate (negative window bits): the gzip header and trailer are written by `Gzip`.
        guard deflateInit2_(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            fatalError("zlib could not start a deflate stream")
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Runs `work` with a stream at `level`, fresh as from `deflateInit2`.
    static func with<T>(level: Int32, _ work: (UnsafeMutablePointer<z_stream>) -> T) -> T {
        let deflater = idle.take(level: level) ?? Deflater(level: level)
        defer { idle.keep(deflater) }
        return work(deflater.stream)
    }

    private static let idle = Idle()

    /// Streams not in use, a few (one per core that compresses at once).
    private final class Idle: @unchecked Sendable {
        private let lock = NSLock()
        private var streams: [Deflater] = []

        func take(level: Int32) -> Deflater? {
            lock.withLock {
                guard let index = streams.lastIndex(where: { $0.level == level }) else { return nil }
                return streams.remove(at: index)
            }
        }

        func keep(_ deflater: Deflater) {
            guard deflateReset(deflater.stream) == Z_OK else { return }
            lock.withLock {
                if streams.count < 16 { streams.append(deflater) }
            }
        }
    }
}
