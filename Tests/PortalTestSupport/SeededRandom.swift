import Foundation

/// A random number generator that repeats from its seed (SplitMix64), so a
/// fault or fuzz run that fails can be replayed: tests print the seed, and
/// `PORTAL_SEED` sets it.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    public let seed: UInt64
    private var state: UInt64

    public init(seed: UInt64? = nil) {
        let chosen = seed ?? ProcessInfo.processInfo.environment["PORTAL_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64.max)
        self.seed = chosen
        state = chosen
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// How many rounds a fault or fuzz test runs: `fallback` in CI, more
    /// with `PORTAL_ROUNDS` for a long run (scripts/fuzz).
    public static func rounds(_ fallback: Int) -> Int {
        ProcessInfo.processInfo.environment["PORTAL_ROUNDS"].flatMap(Int.init) ?? fallback
    }
}
