/// A set of Unicode scalars tested by one bit rather than by a hash: the
/// narrative readers test every character of a narrative against sets like
/// these (clause ends, spaces, negations), and hashing each character cost
/// more than the reading around it.
struct ScalarSet: ExpressibleByArrayLiteral, Sendable {
    /// Bit `v` set for every member `v`, up to the largest member.
    private let bits: [UInt64]

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        let values = scalars.map(\.value)
        var bits = [UInt64](repeating: 0, count: Int((values.max() ?? 0) >> 6) + 1)
        for value in values { bits[Int(value >> 6)] |= 1 << UInt64(value & 63) }
        self.bits = bits
    }

    init(arrayLiteral scalars: Unicode.Scalar...) {
        self.init(scalars)
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let word = Int(scalar.value >> 6)
        return word < bits.count && bits[word] & (1 << UInt64(scalar.value & 63)) != 0
    }
}
