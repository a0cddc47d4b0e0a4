import Foundation
@testable import PortalLoader
import PortalTestSupport
import Testing

/// The program carries the form files of `Sources/PortalLoader/Forms/` byte
/// for byte, so a copied `portal` needs nothing beside it.
@Suite struct BuiltInFormFilesTests {
    @Test func theProgramCarriesTheFormFilesAsTheyAre() throws {
        let folder = Repository.root.appendingPathComponent("Sources/PortalLoader/Forms")
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        let carried = Dictionary(uniqueKeysWithValues: FormLoader.builtInFormTexts.map { ($0.name, $0.text) })
        // When this fails, a form file changed: run scripts/embed-forms.
        #expect(Set(carried.keys) == Set(onDisk), "run scripts/embed-forms")
        for name in onDisk.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(carried[name] == text, "Forms/\(name) differs from the carried copy: run scripts/embed-forms")
        }
    }

    @Test func everyCarriedFormReadsCleanly() {
        let (forms, diagnostics) = FormLoader.builtInForms()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(Set(forms.keys) == ["gov-info-2019", "gov-info-2021"])
        #expect(forms["gov-info-2021"]?.location.path == "Forms/gov-info-2021.yaml", "problems name the file as before")
    }
}
