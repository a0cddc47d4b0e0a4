import PortalModel
import Testing

/// The 原文 download says what the agency published: a Word file whatever its
/// generation (.docx, .doc, .rtf), a web page also when saved as one file; a PDF's word boxes (an XHTML file) as a page.
@Suite struct ReportSourceTests {
    @Test(arguments: [("pdf", "PDF"), ("docx", "Word"), ("doc", "Word"), ("rtf", "Word"), ("html", "网页"), ("mhtml", "网页"), ("pdf-word-boxes", "网页"), ("pdf-html", "网页"), ("pdf-xml", "文本"), ("text", "文本")])
    func theOriginalIsLabelledByWhatWasPublished(format: String, label: String) {
        let source = ReportSource(originalName: "年报", sha256: "", format: format, imported: "2026-01-15", file: "source.x")
        #expect(source.formatLabel == label)
    }
}
