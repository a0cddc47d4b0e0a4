/// A phrase of the form file as the matcher reads it: its words in order,
/// with the longest gap allowed before each. `…` is a short gap (12
/// characters: 受理…申请), `……` a long one (30: 受理……申请 reads
/// 受理公民、法人和其他组织向本机关提出的政府信息公开申请); all inside one clause.
struct PhrasePattern {
    static let shortGap = 12
    static let longGap = 30

    var parts: [[Unicode.Scalar]] = []
    var gaps: [Int] = []

    init(_ text: String) {
        var gap = Self.shortGap
        for piece in text.components(separatedBy: "…") {
            guard !piece.isEmpty else {
                if !parts.isEmpty { gap = Self.longGap }
                continue
            }
            parts.append(Array(piece.unicodeScalars))
            gaps.append(parts.count == 1 ? 0 : gap)
            gap = Self.shortGap
        }
    }

    /// One word, without gaps.
    init(word: [Unicode.Scalar]) {
        if !word.isEmpty { parts = [word]; gaps = [0] }
    }

    var isEmpty: Bool { parts.isEmpty }
}
