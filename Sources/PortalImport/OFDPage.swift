import CLibXML2
import Foundation

/// What one OFD page prints: its characters, with those of the template
/// pages it is drawn with (behind it first, its own, then those over it:
/// the z-order), and whether it holds a picture of a table's size.
///
/// Text and pictures are found in the page's layers (`Content/Layer`) and
/// the blocks nested in them (`PageBlock`). Annotations (a seal stamped on
/// the page, a link, a reader's note) and signatures are other parts, never
/// read: they are not the report's text.
struct OFDPage {
    var glyphs: [OFDGlyph] = []
    var holdsPicture = false

    /// A picture at least this big (points) could be a table pasted as an image, as the PDF path counts them.
    static let pictureSize = (width: 100.0, height: 40.0)

    init(_ content: String, document: OFDDocument, package: inout OFDPackage) throws(OFDPackage.Failure) {
        let part = try package.document(content)
        defer { xmlFreeDoc(part) }
        guard let page = xmlDocGetRootElement(part) else { return }
        var behind: [String] = [], over: [String] = []
        for reference in OFDElement.children(page) where OFDElement.name(reference) == "Template" {
            guard let id = OFDElement.attribute(reference, "TemplateID"), let template = document.templates[id] else { continue }
            // The page's z-order for the template, else the template's own; behind the page by default.
            if (OFDElement.attribute(reference, "ZOrder") ?? template.order) == "Foreground" {
                over.append(template.content)
            } else {
                behind.append(template.content)
            }
        }
        for template in behind { try read(template: template, package: &package) }
        read(page)
        for template in over { try read(template: template, package: &package) }
    }

    private mutating func read(template: String, package: inout OFDPackage) throws(OFDPackage.Failure) {
        let part = try package.document(template)
        defer { xmlFreeDoc(part) }
        if let page = xmlDocGetRootElement(part) { read(page) }
    }

    /// A page's or a template's `Content`, its layers and blocks in order.
    private mutating func read(_ page: xmlNodePtr) {
        guard let content = OFDElement.child(page, "Content") else { return }
        visit(content)
    }

    private mutating func visit(_ node: xmlNodePtr) {
        for child in OFDElement.children(node) {
            switch OFDElement.name(child) {
            case "Layer", "PageBlock": visit(child)
            case "TextObject": glyphs += OFDTextObject.glyphs(child)
            case "ImageObject":
                if let box = OFDElement.numbers(OFDElement.attribute(child, "Boundary")), box.count == 4,
                   box[2] * OFDTextObject.pointsPerMillimetre >= Self.pictureSize.width,
                   box[3] * OFDTextObject.pointsPerMillimetre >= Self.pictureSize.height {
                    holdsPicture = true
                }
            default: continue
            }
        }
    }
}
