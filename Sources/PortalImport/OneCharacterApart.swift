extension String {
    /// Whether the two differ by one character: one put for another, left out or added
    /// (a heading or an agency's name as OCR misreads it).
    func isOneCharacterApart(from other: String) -> Bool {
        let (a, b) = (Array(self), Array(other))
        guard abs(a.count - b.count) <= 1, a != b else { return false }
        let common = zip(a, b).prefix { $0 == $1 }.count
        if a.count == b.count { return a[(common + 1)...] == b[(common + 1)...] }
        let (longer, shorter) = a.count > b.count ? (a, b) : (b, a)
        return longer[(common + 1)...] == shorter[common...]
    }
}
