import Foundation
import Mustache
@testable import PortalRender
import Testing

/// JSON strings, CSV fields and template values are written from the
/// string's bytes in place when nothing needs escaping; these hold the
/// fast paths to the character-by-character rules they replace.
@Suite("Escapes found in place")
struct InPlaceScanTests {
    /// The JSON string rule, scalar by scalar: `"`, `\`, controls, U+2028/9.
    static func referenceJSON(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// The CSV field rule as the byte scan over `utf8` wrote it before.
    static func referenceCSV(_ text: String) -> String {
        // By the first byte: "\r\n" is one Character, which `hasPrefix("\r")` would not see.
        let formula = text.utf8.first.map { "=+@\t\r".utf8.contains($0) } ?? false
        let quoted = text.utf8.contains { [UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains($0) }
        var field = formula ? "'" + text : text
        if quoted { field = "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return field
    }

    /// Scalars that sit on the edges of the rules: the escaped ones, their
    /// UTF-8 neighbours (U+2027, U+202A share E2 80), DEL, non-BMP, Chinese.
    static let alphabet: [String] = ["a", "9", "-", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}",
                                     "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "\u{20AC}", "😀", "𠀀", "政", "府", "，",
                                     ",", "=", "+", "@", "'", "é", "e\u{301}"]

    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            // Lengths across the small-string limit (15 bytes) and well past it.
            (0..<next(40)).map { _ in alphabet[next(alphabet.count)] }.joined()
        }
    }

    static let edgeTexts: [String] = ["", "\"", "\\", "abc", "行\u{2028}", "\u{2029}", "ab\u{E2}", "末尾\u{2027}",
                                      String(repeating: "政府信息公开", count: 200), String(repeating: "x", count: 15),
                                      String(repeating: "x", count: 16), "123456789012345\n", "=1+1", "@x", "+8", "-8",
                                      "a,b", "say \"hi\"", "\u{1F600}\u{1F600}", "\u{0}"]

    @Test func jsonStringsMatchTheScalarRule() throws {
        for text in Self.edgeTexts + Self.randomTexts(count: 2000, seed: 15) {
            let written = JSONValue.string(text).fragment()
            #expect(written == Self.referenceJSON(text), "\(text.debugDescription)")
            let parsed = try JSONSerialization.jsonObject(with: Data("[\(written)]".utf8)) as? [String]
            #expect(parsed == [text], "\(text.debugDescription)")
        }
    }

    @Test func jsonKeysAndLargeNumbersAreWrittenAsGiven() {
        let value = JSONValue.object([("键\"名\u{2028}", .number("123456789012345678901234567890")), ("😀", .raw("[1,2]"))])
        #expect(value.fragment() == "{\"键\\\"名\\u2028\":123456789012345678901234567890,\"😀\":[1,2]}")
    }

    @Test func csvFieldsMatchTheRule() {
        for text in Self.edgeTexts + Self.randomTexts(count: 2000, seed: 16) {
            var out: [UInt8] = []
            CSVTable.appendField(text, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == Self.referenceCSV(text), "\(text.debugDescription)")
        }
    }

    @Test func templatesPrintTextAndNumbersAsBefore() throws {
        let template = try MustacheTemplate(string: "{{text}}|{{{text}}}|{{n}}|{{zero}}|{{#text}}[{{.}}]{{/text}}{{^text}}none{{/text}}|"
            + "{{#empty}}shown{{/empty}}{{^empty}}hidden{{/empty}}|{{#zero}}{{.}}{{/zero}}|{{missing}}{{#missing}}x{{/missing}}")
        let values: [String: Any] = ["text": "<a href=\"x\">'&'</a> 😀", "n": -8, "zero": 0, "empty": ""]
        #expect(template.render(values) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; 😀|<a href=\"x\">'&'</a> 😀|-8|0|"
            + "[&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt; 😀]|shown|0|")
    }
}
