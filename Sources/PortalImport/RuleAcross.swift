import Foundation

/// What lies across a run of ink at each of its pixels, on either side: whether the ink goes on that way for more than
/// `thickest` pixels (1 mm, a 2.8-point rule's thickness). It tells a rule from what else runs as long.
/// - Characters' strokes in line: a bold heading's strokes, thickened by a grey scan's blur or by levelling, join along
///   their baseline into a run as long as a rule (淮安 2024 scanned askew on toned paper: `三、收到和处理政府信息公开申请情况`
///   painted out along 处理政 and 申请, the section lost). Their upright strokes cross it in short stretches, a stroke's
///   width each: more than a fifth of the run (0.29–0.76 on that report's pages), where a rule is crossed only by the
///   rules down it and what touches it (0.01–0.07).
/// - A block of ink (a shaded heading at the faint shade, `rules(faintBelow:)`): ink on both sides for a long stretch is
///   no rule there; the run is cut, and what is left each side is a rule if long enough. A rule along the block's edge
///   has ink on one side only, for the whole edge: a rule.
struct RuleAcross {
    let ink: UnsafeBufferPointer<UInt8>
    let below: UInt8
    let line: Int
    let lines: Int
    let stride: Int
    let thickest: Int

    /// The pieces of `run` (pixel `j` of this line at `base + j * step`) that are rules.
    func rules(along run: (start: Int, end: Int), base: Int, step: Int, minimum: Int) -> [(start: Int, end: Int)] {
        let sides = (run.start...run.end).map { thick(at: base + $0 * step) }
        let count = sides.count
        // Stretches of pixels thick on both sides longer than a crossing rule is thick: a block, cut out of the run.
        var pieces: [(start: Int, end: Int)] = [], start = 0, index = 0
        while index < count {
            guard sides[index].before && sides[index].after else { index += 1; continue }
            let blockStart = index
            while index < count, sides[index].before && sides[index].after { index += 1 }
            if index - blockStart > thickest {
                if blockStart > start { pieces.append((start, blockStart - 1)) }
                start = index
            }
        }
        if start < count { pieces.append((start, count - 1)) }
        return pieces.filter { $0.end - $0.start + 1 >= minimum && !isStrokes(sides[$0.start...$0.end]) }
            .map { (run.start + $0.start, run.start + $0.end) }
    }

    /// More than a fifth of the pixels thick on a side in stretches no longer than two strokes' width (`2 × thickest`):
    /// characters' strokes crossing. A longer stretch thick on one side is a block's edge, which a rule may run along.
    private func isStrokes(_ sides: ArraySlice<(before: Bool, after: Bool)>) -> Bool {
        var short = 0
        for side in [\(before: Bool, after: Bool).before, \.after] {
            var index = sides.startIndex
            while index < sides.endIndex {
                guard sides[index][keyPath: side] else { index += 1; continue }
                let stretchStart = index
                while index < sides.endIndex, sides[index][keyPath: side] { index += 1 }
                if index - stretchStart <= 2 * thickest { short += index - stretchStart }
            }
        }
        return short * 5 > sides.count
    }

    /// Whether the ink at `here` (on this line, or on the line beside it that made the pixel the run's) goes on for
    /// more than `thickest` pixels before and after the line.
    private func thick(at here: Int) -> (before: Bool, after: Bool) {
        guard let offset = [0, -1, 1].first(where: { line + $0 >= 0 && line + $0 < lines && ink[here + $0 * stride] < below }) else {
            return (false, false)
        }
        let at = here + offset * stride, from = line + offset
        func reach(_ direction: Int) -> Int {
            var other = from + direction, count = 0
            while other >= 0, other < lines, count <= thickest, ink[at + (other - from) * stride] < below { count += 1; other += direction }
            return count
        }
        return (reach(-1) > thickest, reach(1) > thickest)
    }
}
