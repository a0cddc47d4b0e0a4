import Foundation
import PortalModel
@testable import PortalRender
import Testing

@Suite("Markdown, JSON and CSV")
struct FormatsTests {
    @Test func markdownRendersCommonMark() {
        #expect(Markdown.html("### （一）标题\n\n第一段。\n\n1.不是列表") == "<h3>（一）标题</h3>\n<p>第一段。</p>\n<p>1.不是列表</p>\n")
    }

    @Test func markdownDropsRawHTMLAndScriptLinks() {
        let html = Markdown.html("<script>alert(1)</script>\n\n段落<b onclick=x>粗</b>\n\n[链接](javascript:alert(1))")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b onclick"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func htmlEscapesEverythingSpecial() {
        #expect(HTML.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    @Test func jsonKeepsKeyOrderAndEscapes() {
        let value = JSONValue.object([
            ("z", .string("引号\"和\\反斜杠\n\u{1}")), ("a", .number("0.35")), ("n", .null),
            ("list", .array([.bool(true), .int(-8)])), ("raw", .raw("{\"x\":1}")),
        ])
        #expect(value.serialized() == "{\"z\":\"引号\\\"和\\\\反斜杠\\n\\u0001\",\"a\":0.35,\"n\":null,\"list\":[true,-8],\"raw\":{\"x\":1}}\n")
        let parsed = try? JSONSerialization.jsonObject(with: Data(value.serialized().utf8)) as? [String: Any]
        #expect(parsed?["z"] as? String == "引号\"和\\反斜杠\n\u{1}")
        // A file's bytes are the text's, U+2028 escaped for JavaScript, other scalars as they are.
        #expect(value.serializedData() == Data(value.serialized().utf8))
        #expect(value.fragment() + "\n" == value.serialized())
        #expect(JSONValue.string("行\u{2028}分\u{2029}😀\t").serialized() == "\"行\\u2028分\\u2029😀\\t\"\n")
    }

    @Test func csvHasBOMQuotesAndDefusesFormulas() {
        var csv = CSVTable(header: ["a", "b"])
        csv.append(["逗号,引号\"", "=SUM(A1)"])
        csv.append(["-8", "多行\r\n文本"])
        #expect(csv.serialized() == "\u{FEFF}a,b\r\n\"逗号,引号\"\"\",'=SUM(A1)\r\n-8,\"多行\r\n文本\"\r\n")
        #expect(csv.serializedData() == Data(csv.serialized().utf8))
        var line = ""
        CSVTable.appendLine(["+1", "\"引\"", "文"], to: &line)
        #expect(line == "'+1,\"\"\"引\"\"\",文\r\n")
    }

    @Test func rootPrefixFollowsFolderDepth() {
        #expect(SitePaths.root(from: "") == "./")
        #expect(SitePaths.root(from: "agencies/") == "../")
        #expect(SitePaths.root(from: "agencies/xiasha/2021/") == "../../../")
    }
}
