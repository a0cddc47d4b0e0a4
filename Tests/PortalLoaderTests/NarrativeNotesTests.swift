@testable import PortalLoader
import Testing

/// Editors' notes (HTML comments) never reach a page; text without one is
/// returned untouched.
@Suite("Notes in narratives")
struct NarrativeNotesTests {
    @Test(arguments: [
        ("本年度共收到申请12件。", "本年度共收到申请12件。"),
        ("<!-- 填写说明 -->\n本年度共收到申请12件。", "\n本年度共收到申请12件。"),
        ("甲<!--一-->乙<!--二-->丙", "甲乙丙"),
        ("未闭合的说明 <!-- 仍是正文", "未闭合的说明 <!-- 仍是正文"),
        ("<!-", "<!-"),
        ("", ""),
        ("箭头 <-- 和 --> 不是说明", "箭头 <-- 和 --> 不是说明"),
        // Where the scan stops: a `<` in the last three bytes, a note right at the end, `<` before a note.
        ("a <! <!-", "a <! <!-"),
        ("<<!---->", "<"),
        ("共12件<!---->", "共12件"),
        ("<!--", "<!--"),
    ])
    func notesAreDropped(text: String, kept: String) {
        #expect(NarrativeNotes.strip(text) == kept)
        #expect(NarrativeNotes.hasNote(text) == text.contains("<!--"))
    }
}
