import Foundation
import PortalModel

extension ReportTitle {
    /// A scan's title with its year whose report's name OCR read one character off (高青县常家镇人民政府 2024 年政府信息公开 /
    /// 工作年度报香: 告 read 香, grain at its foot; set G): the line, or the line and the next (the title wrapped), read with
    /// the name the 条例 gives the report. Only in OCR's text and where no line reads as a title; only for a name of ten
    /// characters or more at the line's end (one character off in fewer is another phrase), not one missing its last
    /// character (a sentence wrapped before it: …工作年度报 / 告如下。); and only when the line so read is a title with a
    /// year (a sentence, a line of no year, stays none). A page that is no report prints none of the six parts' headings:
    /// refused as before, whatever its first lines.
    static func misread(_ candidates: [(offset: Int, element: SourceLine)]) -> (title: (offset: Int, element: SourceLine), wrapped: Bool)? {
        let read = { (text: String) -> String? in
            let compact = folded(text).filter { !$0.isWhitespace }
            guard !isTitle(compact), hasYear(compact) else { return nil }
            for name in officialNames where !compact.hasSuffix(name.dropLast()) {
                for length in (name.count - 1)...(name.count + 1) where compact.count > length {
                    guard String(compact.suffix(length)).isOneCharacterApart(from: name) else { continue }
                    let mended = String(compact.dropLast(length)) + name
                    if isTitle(mended), hasYear(mended) { return mended }
                }
            }
            return nil
        }
        for (index, candidate) in candidates.enumerated() {
            var title = candidate.element
            if let mended = read(title.text) {
                title.text = mended
                return ((candidate.offset, title), false)
            }
            // Wrapped: the second line short, as `wrapped` takes it.
            guard index + 1 < candidates.count, case let next = candidates[index + 1], next.offset == candidate.offset + 1,
                  next.element.text.trimmingCharacters(in: .whitespaces).count <= 12,
                  let mended = read(title.text + next.element.text) else { continue }
            title.text = mended
            return ((candidate.offset, title), true)
        }
        return nil
    }

    /// The names the 条例 and its form give the report, which a title ends in.
    private static let officialNames = ["政府信息公开工作年度报告", "政府信息公开年度报告", "政务公开工作年度报告", "信息公开工作年度报告"]
}
