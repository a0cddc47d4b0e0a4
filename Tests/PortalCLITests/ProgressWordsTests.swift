import PortalBuild
@testable import PortalCLI
import PortalModel
import Testing

@Suite("the progress line's words")
struct ProgressWordsTests {
    @Test func everyStepOfThePipelineHasALabel() {
        for step in Pipeline.stepNames {
            #expect(ProgressReporter.labels[step] != nil, "\(step)")
        }
        #expect(ProgressReporter.text(for: ProgressEvent(step: "pages", done: 3412, total: 12_500)) == "页面 3,412 / 12,500")
        #expect(ProgressReporter.text(for: ProgressEvent(step: "check")) == "检查…")
    }
}
