import CLibXML2
import Foundation

/// What an OFD file's entry point and its first document say: the pages in
/// order, and the template pages they may be drawn with.
///
/// `OFD.xml` lists documents (`DocBody`, each with its `DocRoot`); one
/// published report is one document, and a second one (an attachment bound
/// in the same file) is not read. The document's `Document.xml` lists its
/// pages (`Pages/Page` with `BaseLoc`) and, in `CommonData`, its templates
/// (`TemplatePage`, a page's furniture: a header, a footer, a letterhead).
struct OFDDocument {
    struct Template {
        var content: String
        /// `Background` (the default) or `Foreground`, unless the page says otherwise.
        var order: String?
    }

    /// Each page's content part, in order.
    var pages: [String] = []
    /// The templates by id; a page names those it is drawn with.
    var templates: [String: Template] = [:]
    /// How many documents `OFD.xml` lists (the first is read).
    var documents = 0

    /// A report of 30 pages is long; past this a file is not one report.
    static let mostPages = 2_000

    init(package: inout OFDPackage) throws(OFDPackage.Failure) {
        let entry = try package.document("OFD.xml")
        defer { xmlFreeDoc(entry) }
        let roots = xmlDocGetRootElement(entry).map { root in
            OFDElement.children(root).filter { OFDElement.name($0) == "DocBody" }
                .compactMap { OFDElement.child($0, "DocRoot").map(OFDElement.text) }
        } ?? []
        documents = roots.count
        guard let root = roots.first else { throw .missing("DocRoot") }
        let path = OFDPackage.resolve(root, from: "OFD.xml")
        let document = try package.document(path)
        defer { xmlFreeDoc(document) }
        guard let top = xmlDocGetRootElement(document) else { throw .malformed(path) }
        if let common = OFDElement.child(top, "CommonData") {
            for template in OFDElement.children(common) where OFDElement.name(template) == "TemplatePage" {
                guard let id = OFDElement.attribute(template, "ID"), let location = OFDElement.attribute(template, "BaseLoc") else { continue }
                templates[id] = Template(content: OFDPackage.resolve(location, from: path), order: OFDElement.attribute(template, "ZOrder"))
            }
        }
        let listed = OFDElement.child(top, "Pages").map(OFDElement.children) ?? []
        pages = listed.filter { OFDElement.name($0) == "Page" }.prefix(Self.mostPages).compactMap { page in
            OFDElement.attribute(page, "BaseLoc").map { OFDPackage.resolve($0, from: path) }
        }
    }
}
