import CLibXML2
import Foundation

/// Where a Word document's parts are: a `.docx`'s zip archive, or the `pkg:part`s
/// of a Word XML document in one file (Flat OPC: Word's “Word XML 文档 (*.xml)”, which
/// systems filling Word templates by text — FreeMarker's and the like — save as `.doc`).
enum WordParts {
    case archive(Data)
    case flat([String: Data])

    func read(_ name: String, limit: Int) throws(ZipEntryReader.Failure) -> Data {
        switch self {
        case .archive(let data):
            return try ZipEntryReader.read(name, from: data, limit: limit)
        case .flat(let parts):
            guard let part = parts[name] else { throw .missing(name) }
            guard part.count <= limit else { throw .tooLarge(part.count) }
            return part
        }
    }

    /// Whether the first bytes are a Flat OPC package (`<pkg:package`, Word's `progid`).
    static func isFlatPackage(_ head: Data) -> Bool {
        head.range(of: Data("<pkg:package".utf8)) != nil
    }

    /// A Flat OPC document's parts by name (`word/document.xml`…): each `pkg:part`'s
    /// `pkg:xmlData` written back as XML, or its `pkg:binaryData` decoded. Nil when it cannot be parsed.
    static func flat(_ xml: Data) -> [String: Data]? {
        guard !XMLPart.declaresEntities(xml), let document = XMLPart.parse(xml, name: "package.xml") else { return nil }
        defer { xmlFreeDoc(document) }
        var parts: [String: Data] = [:]
        var node = xmlDocGetRootElement(document)?.pointee.children
        while let current = node {
            defer { node = current.pointee.next }
            guard current.pointee.type == XML_ELEMENT_NODE, XMLPart.qualifiedName(current) == "pkg:part",
                  let name = WordDocumentReader.attribute(current, "name") else { continue }
            var child = current.pointee.children
            while let content = child {
                defer { child = content.pointee.next }
                switch (content.pointee.type, XMLPart.qualifiedName(content)) {
                case (XML_ELEMENT_NODE, "pkg:xmlData"):
                    var root = content.pointee.children
                    while let candidate = root, candidate.pointee.type != XML_ELEMENT_NODE { root = candidate.pointee.next }
                    if let root { parts[String(name.drop { $0 == "/" })] = dump(root, in: document) }
                case (XML_ELEMENT_NODE, "pkg:binaryData"):
                    let text = content.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
                    parts[String(name.drop { $0 == "/" })] = Data(base64Encoded: text, options: .ignoreUnknownCharacters)
                default:
                    break
                }
            }
        }
        return parts
    }

    /// A part's XML as bytes, its namespaces declared on its root (`xmlNodeDump` of the subtree).
    private static func dump(_ node: xmlNodePtr, in document: xmlDocPtr) -> Data {
        guard let buffer = xmlBufferCreate() else { return Data() }
        defer { xmlBufferFree(buffer) }
        // Namespaces declared above the part (on pkg:package) are copied onto its root.
        xmlReconciliateNs(document, node)
        xmlNodeDump(buffer, document, node, 0, 0)
        guard let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }
}
