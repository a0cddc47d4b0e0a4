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

    /// An element's name with its namespace's usual prefix (`w:p`), whatever prefix the file
    /// gives it: a tool rewriting a part may write `ns0:p`, or no prefix under a default namespace.
    static func qualifiedName(_ node: xmlNodePtr) -> String {
        let local = node.pointee.name.map { String(cString: $0) } ?? ""
        guard let prefix = prefix(of: node.pointee.ns) else { return local }
        return prefix + ":" + local
    }

    /// The usual prefix of a namespace Word's parts use, else the one the file declares.
    static func prefix(of namespace: xmlNsPtr?) -> String? {
        guard let namespace else { return nil }
        if let href = namespace.pointee.href, let known = usualPrefixes[String(cString: href)] { return known }
        return namespace.pointee.prefix.map { String(cString: $0) }
    }

    private static let usualPrefixes: [String: String] = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
        "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",  // Strict Open XML
        "http://schemas.microsoft.com/office/word/2003/wordml": "w",
        "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
        "http://schemas.microsoft.com/office/2006/xmlPackage": "pkg",
    ]
}
