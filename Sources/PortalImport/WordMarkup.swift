import CLibXML2
import Foundation

/// What Word's markup says about an element: unseen text, switched-on
/// properties, a table that lays out the page.
extension WordDocumentReader {
    /// Elements whose text a reader of the document never sees: a tracked
    /// change's deleted or moved-away runs and deleted rows (the inserted and
    /// moved-to ones are kept), hidden runs, the fallback copy of a drawing
    /// or text box that `mc:Choice` already holds, field codes, and a content
    /// control still showing its placeholder (单击或点击此处输入文字。: the template's
    /// prompt, grey on screen, not the agency's text).
    static func isUnseen(_ name: String, _ node: xmlNodePtr) -> Bool {
        switch name {
        case "w:del", "w:moveFrom", "mc:Fallback", "w:instrText", "w:delText", "w:delInstrText": return true
        case "w:r": return hasSwitchedOn(node, properties: "w:rPr", "w:vanish")
        case "w:tr": return hasSwitchedOn(node, properties: "w:trPr", "w:del")
        case "w:sdt": return hasSwitchedOn(node, properties: "w:sdtPr", "w:showingPlcHdr")
        default: return false
        }
    }

    /// Whether the element's properties (`w:rPr`, `w:trPr`) hold the flag, not switched off
    /// (`w:val="0"`), or with the value given (`w:vertAlign w:val="superscript"`).
    static func hasSwitchedOn(_ node: xmlNodePtr, properties: String, _ flag: String, value: String? = nil) -> Bool {
        guard let holder = child(of: node, named: properties), let element = child(of: holder, named: flag) else { return false }
        if let value { return attribute(element, "val") == value }
        return !["0", "false", "off"].contains(attribute(element, "val") ?? "on")
    }

    private static func child(of node: xmlNodePtr, named wanted: String) -> xmlNodePtr? {
        var child = node.pointee.children
        while let element = child {
            if element.pointee.type == XML_ELEMENT_NODE, XMLPart.qualifiedName(element) == wanted { return element }
            child = element.pointee.next
        }
        return nil
    }

    /// Whether any cell of the table holds a table of its own.
    static func holdsTable(_ table: xmlNodePtr) -> Bool {
        func visit(_ first: xmlNodePtr?, inCell: Bool) -> Bool {
            var node = first
            while let element = node {
                if element.pointee.type == XML_ELEMENT_NODE {
                    let name = XMLPart.qualifiedName(element)
                    if name == "w:tbl", inCell { return true }
                    if name != "w:tbl", visit(element.pointee.children, inCell: inCell || name == "w:tc") { return true }
                }
                node = element.pointee.next
            }
            return false
        }
        return visit(table.pointee.children, inCell: false)
    }

    /// The cells of a table, not counting those of tables nested in it.
    static func cellCount(_ table: xmlNodePtr) -> Int {
        var count = 0
        func visit(_ first: xmlNodePtr?) {
            var node = first
            while let element = node {
                if element.pointee.type == XML_ELEMENT_NODE {
                    switch XMLPart.qualifiedName(element) {
                    case "w:tbl": break
                    case "w:tc": count += 1
                    default: visit(element.pointee.children)
                    }
                }
                node = element.pointee.next
            }
        }
        visit(table.pointee.children)
        return count
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { free(value) }  // xmlFree is free unless a program swaps the allocator, which portal never does
        return String(cString: value)
    }
}
