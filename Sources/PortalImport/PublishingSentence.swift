import Foundation

/// The agency a report without a title names in the sentence that publishes it
/// (现公布某街道2023年政府信息公开工作年度报告, 特向社会公布2022年度某局某分局政府信息公开工作年度报告,
/// 现向社会公开《某市人民政府办公室2022年…报告》, 某街道特编制2023年…报告): the name beside the
/// report's year, or before the verb, as printed.
extension SignedAgency {
    /// The verbs a report's publishing sentence uses before the report (`ReportYear.publishedReport`
    /// reads its year after them).
    static let publishingVerbs = "现公布|向社会公布|向社会公开|现公开|现发布|现编制|特编制"
    /// The verbs that follow the agency in a sentence that says it wrote the report.
    static let compilingVerbs = "特编制|现编制|编制了|撰写了"

    /// The one name the text's publishing sentences give (three characters will do: 武山镇); none,
    /// or several different: nil.
    static func publisher(in lines: ArraySlice<SourceLine>) -> String? {
        var names = Set<String>()
        for line in lines where line.cells == nil {
            let printed = Array(ReportYear.arabic(LabelText.fold(line.text)).filter { !$0.isWhitespace })
            let plain = String(printed.map { LabelText.simplified[$0] ?? $0 })
            for (start, end) in candidates(in: plain) {
                var name = String(printed[start..<end])
                // …分局政府信息公开: 政府 is the report's word; 某镇人民政府信息公开: the name's.
                if name.hasSuffix("政府"), !name.hasSuffix("人民政府") { name.removeLast(2) }
                if isAgencyName(name, shortest: 3), !unitOfAnother.contains(where: name.hasPrefix) { names.insert(name) }
            }
        }
        return names.count == 1 ? names.first : nil
    }

    /// 区人民政府办公室, 市政府: a name relative to the place the site is for, which the text does not say.
    private static let unitOfAnother = ["区", "县", "市", "州", "省", "镇", "乡", "本", "我"]

    /// Character offsets of the names a sentence may give: after the verb, before or after
    /// the report's year (…2023年度政府信息公开…报告); before the verb, after the clause's start.
    /// Compiled once: the preamble's every line is tried.
    private static let patterns = [
        #"(?:\#(publishingVerbs))《?(?:((?:19|20)[0-9]{2})年度?([^《》。，,；;：:]{2,40})(?=信息公开)|([^《》。，,；;：:0-9]{2,40}?)(?:19|20)[0-9]{2}年度?[^。，；]{0,16}?(?:报告|年报))"#,
        #"(?:^|[。，,；;：:）)])([^。，,；;：:（(]{2,40}?)(?:\#(compilingVerbs))(?:19|20)[0-9]{2}年"#,
    ].compactMap { try? NSRegularExpression(pattern: $0) }

    private static func candidates(in text: String) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        let range = NSRange(text.startIndex..., in: text)
        for regex in patterns {
            for match in regex.matches(in: text, range: range) {
                for group in 1..<match.numberOfRanges {
                    let r = match.range(at: group)
                    guard r.location != NSNotFound, let bounds = Range(r, in: text), !text[bounds].allSatisfy(\.isNumber) else { continue }
                    found.append((text.distance(from: text.startIndex, to: bounds.lowerBound),
                                  text.distance(from: text.startIndex, to: bounds.upperBound)))
                }
            }
        }
        return found
    }
}
