import Foundation
@testable import PortalImport
import Testing

/// The importer's own pattern search finds what Foundation's `.regularExpression` search finds, index for index, with
/// each pattern compiled once and the kept patterns bounded.
@Suite struct CompiledPatternsTests {
    /// Patterns of the importer's kinds: anchors, lookbehind, Han classes, alternations, groups for templates.
    private static let patterns = [
        #"^(19|20)[0-9]{2}年度?"#, #"(19|20)[0-9]{2}年"#, #"(?<=报告)\s*[（(]\s*(19|20)[0-9]{2}"#, #"[\x{4E00}-\x{9FFF}][0-9]+$"#,
        #"^\p{Han}{1,6}?([省市县区旗盟州镇乡]|街道)(?=\p{Han})"#, #"(镇|乡|街道|苏木)(人民政府|办事处)?$"#, #"\s+$"#, "^$", "x*",
        #"^[+-]?[0-9]+(\.[0-9]+)?$"#, #"𠀀+"#,
    ]

    private static let texts = [
        "2021年度下沙街道办事处政府信息公开工作年度报告", "本报告（2022-01-20）", "东至县青山乡人民政府", "行政许可12",
        "", "  ", "12.5", "𠀀𠀀下沙街道2023年", "２０２１年 2021年", "报告 2021-3-4",
    ]

    @Test(arguments: patterns) func findsWhatFoundationFinds(pattern: String) {
        for text in Self.texts {
            #expect(text.range(ofPattern: pattern) == text.range(of: pattern, options: .regularExpression), "\(pattern) in \(text)")
            // A substring's match: `^` at the substring's start, the indices the base string's.
            let part = text.dropFirst(2)
            #expect(part.range(ofPattern: pattern) == part.range(of: pattern, options: .regularExpression), "\(pattern) in \(part)")
        }
    }

    @Test func readsCaseAsFoundationDoes() {
        let href = "/xxgk/NDBG_2.SHTML"
        let pattern = #"(_[0-9]{1,2}\.s?html?)$"#
        #expect(href.range(ofPattern: pattern) == nil)
        #expect(href.range(ofPattern: pattern, caseInsensitive: true) == href.range(of: pattern, options: [.regularExpression, .caseInsensitive]))
        #expect(href.range(ofPattern: pattern, caseInsensitive: true) != nil)
    }

    @Test func replacesWithATemplateAsFoundationDoes() {
        let cases = [("2021年度报告 2022年", #"((?:19|20)[0-9]{2})年度?"#, "$1"), ("[image: a.png]正文[image: b]", #"\[image: [^\]]*\]"#, ""),
                     ("东至县青山乡人民政府", #"(人民政府|办事处)$"#, ""), ("无", "x", "y")]
        for (text, pattern, template) in cases {
            #expect(text.replacingMatches(ofPattern: pattern, with: template)
                    == text.replacingOccurrences(of: pattern, with: template, options: .regularExpression))
        }
    }

    @Test func aMalformedPatternFindsNothingAndReplacesNothing() {
        #expect("a(b".range(ofPattern: "(") == nil)
        #expect("a(b".replacingMatches(ofPattern: "(", with: "x") == "a(b")
    }

    @Test func keepsEachPatternCompiledOnce() throws {
        let pattern = #"^纯属测试(一|二)$"#
        let first = try #require(CompiledPatterns.regex(pattern))
        #expect(CompiledPatterns.regex(pattern) === first)
        #expect(CompiledPatterns.regex(pattern, caseInsensitive: true) !== first)
    }

    @Test func keepsNoMoreThanItsLimit() {
        let memo = Memo<CompiledPatterns.Key, NSRegularExpression?>(limit: CompiledPatterns.limit)
        for number in 0...(CompiledPatterns.limit + 10) { _ = CompiledPatterns.regex("名称\(number)$", in: memo) }
        #expect(memo.count <= CompiledPatterns.limit)
        #expect(memo.count > 0)
    }

    @Test func aHeadingsKeyIsTheSameAskedAgain() {
        // Remembered keys answer as a fresh one: the key of a heading, its typesetting note, its year left out.
        for heading in ["一、总体情况(宋体加粗小四号字)", "二、2023年主动公开政府信息情况", "五、政府信息公开工作存在的主要问题及改进情况"] {
            let first = SectionLocator.key(heading)
            #expect(SectionLocator.key(heading) == first)
            #expect(!first.contains("宋体") && !first.contains("2023") && !first.contains("工作"), "\(first)")
        }
    }
}
