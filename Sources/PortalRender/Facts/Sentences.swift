import Foundation

/// A narrative's counted sentences, cut and normalised by `CopiedText`'s
/// rules, as UTF-8 bytes one after another in one buffer: no `String` per
/// sentence, and nothing hashed or compared with Unicode's normalisation.
/// Bytes compare as `String` equality would unless a sentence holds a
/// composable scalar (`composable`): `CopiedText` then compares Strings.
struct Sentences {
    private(set) var bytes: [UInt8] = []
    /// Where each sentence ends in `bytes` (it starts where the last one ended).
    private(set) var ends: [Int] = []
    /// Each sentence's length in scalars, as cut (before any composition).
    private(set) var lengths: [Int] = []
    /// Whether a counted sentence holds a scalar canonical composition
    /// could change or combine, so that its bytes are not its only spelling.
    private(set) var composable = false

    var count: Int { ends.count }

    init(_ text: String) {
        bytes.reserveCapacity(text.utf8.count)
        var cutter = Cutter()
        for scalar in text.unicodeScalars { cutter.take(scalar, into: &self) }
        cutter.finish(into: &self)
    }

    func range(of index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }

    func withBytes<Result>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range(of: index)])) }
    }

    /// The sentence being cut: its start in `bytes`, what has been seen of it.
    private struct Cutter {
        var start = 0
        var length = 0
        var inDigits = false
        var atLineStart = true
        var heading = false
        var composable = false

        mutating func take(_ scalar: Unicode.Scalar, into sentences: inout Sentences) {
            if scalar == "\n" {
                finish(into: &sentences)
                atLineStart = true
                heading = false
                return
            }
            if atLineStart {
                if scalar == " " || scalar == "\t" { return }
                atLineStart = false
                heading = scalar == "#"
            }
            // Most of a narrative is CJK ideographs (letters, category Lo):
            // kept as they are without asking Unicode's tables.
            if scalar.value >= 0x4E00 && scalar.value <= 0x9FFF {
                inDigits = false
                sentences.append(scalar)
                length += 1
                return
            }
            switch CopiedText.role(of: scalar) {
            case .sentenceEnd:
                finish(into: &sentences)
            case .dropped:
                return
            case .digit:
                if !inDigits {
                    sentences.bytes.append(UInt8(ascii: "#"))
                    length += 1
                }
                inDigits = true
            case .keptComposable:
                composable = true
                fallthrough
            case .kept:
                inDigits = false
                sentences.append(scalar)
                length += 1
            }
        }

        /// Ends the sentence: kept when it counts, its bytes dropped otherwise.
        mutating func finish(into sentences: inout Sentences) {
            if !heading, length >= CopiedText.minimumLength {
                if composable { sentences.composable = true }
                sentences.ends.append(sentences.bytes.count)
                sentences.lengths.append(length)
            } else {
                sentences.bytes.removeSubrange(start...)
            }
            start = sentences.bytes.count
            length = 0
            inDigits = false
            composable = false
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        UTF8.encode(scalar) { bytes.append($0) }
    }

    /// Sentence `index` as a String.
    func text(of index: Int) -> String {
        withBytes(of: index) { String(decoding: $0, as: UTF8.self) }
    }
}

/// Last year's sentences, found by a hash of their bytes; a hash hit is
/// confirmed byte for byte, so a collision never counts a sentence as copied.
struct SentenceSet {
    private let sentences: Sentences
    private let hash: (UnsafeRawBufferPointer) -> Int
    /// By hash: the first sentence with it; `next` chains the others.
    private var first: [Int: Int] = [:]
    private var next: [Int]

    init(_ sentences: Sentences, hash: @escaping (UnsafeRawBufferPointer) -> Int) {
        self.sentences = sentences
        self.hash = hash
        next = Array(repeating: -1, count: sentences.count)
        first.reserveCapacity(sentences.count)
        for index in 0..<sentences.count {
            let key = sentences.withBytes(of: index) { hash(UnsafeRawBufferPointer($0)) }
            if let earlier = first.updateValue(index, forKey: key) { next[index] = earlier }
        }
    }

    /// Whether sentence `index` of `other` is one of these.
    func contains(_ other: Sentences, _ index: Int) -> Bool {
        other.withBytes(of: index) { wanted in
            var candidate = first[hash(UnsafeRawBufferPointer(wanted))] ?? -1
            while candidate >= 0 {
                let same = sentences.withBytes(of: candidate) {
                    $0.count == wanted.count && ($0.isEmpty || memcmp($0.baseAddress!, wanted.baseAddress!, $0.count) == 0)
                }
                if same { return true }
                candidate = next[candidate]
            }
            return false
        }
    }

    /// Swift's hash of the bytes (seeded per process: only ever compared within one build).
    static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: bytes)
        return hasher.finalize()
    }
}
