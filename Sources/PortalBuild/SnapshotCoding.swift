import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PortalModel
import PortalSupport

/// The bytes of a load snapshot (`LoadSnapshots`): whole numbers as
/// variable-length integers, strings as their length and UTF-8 bytes.
/// Reading a national portal's 10,000 reports from it takes a fraction of
/// parsing their YAML and Markdown, which is what it is for.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(1 << 16)
    }

    mutating func int(_ value: Int) {
        // Zig-zag: small negative numbers stay short.
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7f) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Plain numbers as their count and their bytes as held in memory (the
    /// cache belongs to one program, see `decimal`): read back in one copy.
    mutating func raw<Number: FixedWidthInteger>(_ values: [Number]) {
        int(values.count)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    /// Bytes as their length and themselves.
    mutating func data(_ value: Data) {
        int(value.count)
        bytes.append(contentsOf: value)
    }

    mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func optional(_ value: Int?) {
        bool(value != nil)
        if let value { int(value) }
    }

    mutating func location(_ location: SourceLocation) {
        string(location.path)
        int(location.line)
        int(location.column)
    }

    /// A number exactly as held, bit for bit: the cache belongs to one
    /// program (its key holds the program's stamp), so its layout cannot
    /// change between writing and reading.
    mutating func decimal(_ value: Decimal) {
        withUnsafeBytes(of: value) { bytes.append(contentsOf: $0) }
    }
}

/// Reads what `SnapshotWriter` wrote; throws at anything else (a damaged
/// or truncated file is then read from the content instead).
struct SnapshotReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var atEnd: Bool { offset == bytes.count }

    /// How many bytes have been read.
    var position: Int { offset }

    /// The bytes not read yet.
    var rest: ArraySlice<UInt8> { bytes[offset...] }

    mutating func int() throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        let signed = Int64(bitPattern: value)
        return Int((signed >> 1) ^ -(signed & 1))
    }

    /// A count of things to come: never negative, never more than the bytes left.
    mutating func count() throws -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        return count
    }

    mutating func bool() throws -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset] == 1
    }

    mutating func string() throws -> String {
        let length = try count()
        defer { offset += length }
        return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
    }

    /// What `SnapshotWriter.raw` wrote: the numbers, copied in one piece.
    mutating func raw<Number: FixedWidthInteger>(_ type: Number.Type) throws -> [Number] {
        let count = try int()
        let size = MemoryLayout<Number>.stride
        guard count >= 0, count <= (bytes.count - offset) / size else { throw Damaged() }
        let start = offset
        offset += count * size
        return [Number](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[start..<(start + count * size)]))
            }
            initialized = count
        }
    }

    mutating func data() throws -> Data {
        let length = try count()
        defer { offset += length }
        return Data(bytes[offset..<(offset + length)])
    }

    mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    mutating func optionalInt() throws -> Int? {
        try bool() ? try int() : nil
    }

    mutating func location() throws -> SourceLocation {
        SourceLocation(path: try string(), line: try int(), column: try int())
    }

    mutating func decimal() throws -> Decimal {
        let size = MemoryLayout<Decimal>.size
        guard bytes.count - offset >= size else { throw Damaged() }
        defer { offset += size }
        var value = Decimal()
        withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes[offset..<(offset + size)]) }
        return value
    }
}

/// A cache file of `.portal-cache/`: strings naming what it holds (its
/// format, its key…), the checksum of its body (XXH64), then the body. A file
/// damaged in any byte is told from a good one (a changed character of a
/// narrative would decode too).
///
/// Files are read straight into the reader's bytes and written from the
/// body's, never through `Data` (a rebuild reads 120 MB of them at 10,000
/// reports: each copy was a few per cent of it).
enum SnapshotFile {
    /// The head of a file holding `body`: the strings and the body's digest.
    static func head(of body: ArraySlice<UInt8>, under head: [String]) -> [UInt8] {
        var out = SnapshotWriter()
        for part in head { out.string(part) }
        out.string(digest(body))
        return out.bytes
    }

    /// Replaces `url` with the file holding `body`, at once (a reader sees
    /// the old file or the new one). Best effort: false when it cannot be written.
    @discardableResult
    static func write(_ body: [UInt8], under head: [String], to url: URL) -> Bool {
        write([Self.head(of: body[...], under: head), body], to: url)
    }

    /// Replaces `url` with `pieces` one after another, at once.
    @discardableResult
    static func write(_ pieces: [[UInt8]], to url: URL) -> Bool {
        let temporary = url.path + ".\(getpid()).writing"
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        let written = pieces.allSatisfy { writeAll($0, to: fd) }
        guard close(fd) == 0, written, rename(temporary, url.path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// Adds `bytes` at the end of `url`, with `O_APPEND` (appends of two
    /// builds follow each other, never overwrite). False when the file is not there or cannot be written.
    static func append(_ bytes: [UInt8], to url: URL) -> Bool {
        let fd = Glibc.open(url.path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { return false }
        let written = writeAll(bytes, to: fd)
        return close(fd) == 0 && written
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    /// The whole file at `url`, or nil when it cannot be read.
    static func read(_ url: URL) -> [UInt8]? {
        var bytes: [UInt8] = []
        return read(url, into: &bytes) ? bytes : nil
    }

    /// Reads the whole file at `url` into `bytes`, reusing their memory:
    /// a rebuild reads 2,500 load snapshots and as many derived parts
    /// (100 MB at 10,000 reports), and a fresh array for each was fresh
    /// pages for each, which the kernel faults in and zeroes one by one
    /// (a tenth of a one-change rebuild was page faults). False when it cannot be read.
    static func read(_ url: URL, into bytes: inout [UInt8]) -> Bool {
        let fd = Glibc.open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: repeatElement(0, count: Int(info.st_size)))
        var filled = 0
        let complete = bytes.withUnsafeMutableBytes { buffer -> Bool in
            while filled < buffer.count {
                let count = Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                filled += count
            }
            return true
        }
        // A file shorter than it was (written meanwhile) is damaged, as a truncated one.
        return complete
    }

    /// A reader at the body of the file at `url`, when its head is `head` and its body whole; nil otherwise.
    static func open(_ url: URL, under head: [String]) -> SnapshotReader? {
        read(url).flatMap { open($0, under: head) }
    }

    /// As `open(_:under:)`, reading into `buffer` (see `read(_:into:)`):
    /// once the reader is gone, the buffer is the caller's alone again.
    static func open(_ url: URL, under head: [String], buffer: inout [UInt8]) -> SnapshotReader? {
        read(url, into: &buffer) ? open(buffer, under: head) : nil
    }

    /// Runs `work` for the items `0..<count` on every core; each worker
    /// hands its items one read buffer of its own (see `read(_:into:)`).
    static func readInParallel(_ count: Int, _ work: @Sendable (_ item: Int, _ buffer: inout [UInt8]) -> Void) {
        let workers = min(count, 4 * max(1, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var buffer: [UInt8] = []
            for item in stride(from: worker, to: count, by: workers) { work(item, &buffer) }
        }
    }

    /// A reader at the body of `bytes`, when its head is `head` and its body whole; nil otherwise.
    static func open(_ bytes: [UInt8], under head: [String]) -> SnapshotReader? {
        var reader = SnapshotReader(bytes)
        for part in head {
            guard (try? reader.string()) == part else { return nil }
        }
        guard (try? reader.string()) == digest(reader.rest) else { return nil }
        return reader
    }

    /// The body's checksum in a file's head: XXH64 (`XXHash64`), which
    /// tells a damaged or truncated file from a whole one (who can write the
    /// cache can write anything in it: no digest guards against a forger).
    static func digest(_ bytes: ArraySlice<UInt8>) -> String {
        XXHash64.hex(bytes)
    }

    /// Makes `folder` (and `.portal-cache/`'s .gitignore) before writing.
    static func prepare(_ folder: URL) {
        RenderCache.makeFolder(folder.deletingLastPathComponent())
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Removes the files `<slug><suffix>` of `folder` whose slug is not in `slugs` (folders gone from the site).
    /// Also removes what killed builds left there (`removeOrphans`).
    static func removeAll(in folder: URL, suffix: String, except slugs: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasSuffix(suffix) && !slugs.contains(String(name.dropLast(suffix.count))) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        removeOrphans(of: names, in: folder)
    }

    /// Removes the temporary files `<name>.<pid>.writing` (see `write`) of
    /// `folder` whose process no longer runs: a build killed while it saved
    /// a cache file. A running build's are kept (it renames them soon).
    static func removeOrphans(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        removeOrphans(of: names, in: folder)
    }

    private static func removeOrphans(of names: [String], in folder: URL) {
        for name in names where name.hasSuffix(".writing") {
            let parts = name.split(separator: ".")
            guard parts.count >= 3, let pid = pid_t(parts[parts.count - 2]), pid > 0,
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder.appendingPathComponent(name).path)
        }
    }
}
