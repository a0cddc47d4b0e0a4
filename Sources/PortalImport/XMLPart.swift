import CLibXML2
import Foundation

/// An XML part of a published file (a Word part, pdftotext's word boxes),
/// parsed by libxml2 the one safe way: no network, no entities substituted,
/// its nesting limit kept (Foundation's XMLParser crashed on damaged
/// documents found by fuzzing).
enum XMLPart {
    /// Word and pdftotext never write entity declarations; one here could
    /// only declare entities that expand without bound.
    static func declaresEntities(_ xml: Data) -> Bool {
        xml.range(of: Data("<!DOCTYPE".utf8)) != nil || xml.range(of: Data("<!ENTITY".utf8)) != nil
    }

    /// The parsed document (the caller frees it with `xmlFreeDoc`), or nil
    /// when the part is not well-formed. `recovering`: read what a damaged
    /// part still holds.
    static func parse(_ xml: Data, name: String, recovering: Bool = false) -> xmlDocPtr? {
        var options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        if recovering { options |= XML_PARSE_RECOVER.rawValue }
        return xml.withUnsafeBytes { buffer in
            xmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), name, "UTF-8", Int32(options))
        }
    }

    /// An element's name with its namespace prefix (`w:p`).
    static func qualifiedName(_ node: xmlNodePtr) -> String {
        let local = node.pointee.name.map { String(cString: $0) } ?? ""
        guard let prefix = node.pointee.ns?.pointee.prefix else { return local }
        return String(cString: prefix) + ":" + local
    }
}
