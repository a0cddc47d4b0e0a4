import CLibXML2
import Foundation

/// An OFD file (开放版式文档, GB/T 33190) held in memory: a zip archive of
/// XML parts that name each other by path (`ST_Loc`). Every part is read
/// through `ZipEntryReader` (sizes and CRC checked, inflating stopped at the
/// limit) and parsed by libxml2 without DTDs or entities; the parts read
/// together are bounded too, so a file of ten thousand small pages cannot
/// unpack to gigabytes.
struct OFDPackage {
    enum Failure: Error, Equatable {
        /// A part the document names is not in the archive.
        case missing(String)
        /// The archive or a part cannot be unpacked (bad offsets, checksum, deflate stream).
        case damaged(String)
        /// A part, or all parts together, would unpack past the limits.
        case tooLarge(String)
        /// A part is not well-formed XML, or declares a DTD or entities (OFD producers never write one).
        case malformed(String)
    }

    /// One part's limit: a page of a report is tens of KB, its fonts a few MB (never read).
    static let largestPart = 16 << 20
    /// All parts read together.
    static let largestTotal = 128 << 20

    private let archive: Data
    private var unpacked = 0

    init(_ archive: Data) {
        self.archive = archive
    }

    /// Whether a zip archive is an OFD file: it holds `OFD.xml`, its entry point.
    static func isOFD(_ data: Data) -> Bool {
        do {
            _ = try ZipEntryReader.read("OFD.xml", from: data, limit: 1 << 20)
            return true
        } catch .tooLarge {
            return true
        } catch {
            return false
        }
    }

    /// The part at `path` (already resolved), parsed; the caller frees it with `xmlFreeDoc`.
    mutating func document(_ path: String) throws(Failure) -> xmlDocPtr {
        let xml: Data
        do {
            xml = try ZipEntryReader.read(path, from: archive, limit: min(Self.largestPart, Self.largestTotal - unpacked))
        } catch .missing {
            throw .missing(path)
        } catch .tooLarge {
            throw .tooLarge(path)
        } catch {
            throw .damaged(path)
        }
        unpacked += xml.count
        guard !XMLPart.declaresEntities(xml), let document = XMLPart.parse(xml, name: path) else { throw .malformed(path) }
        return document
    }

    /// A location (`ST_Loc`) as an archive path: `/Doc_0/…` from the
    /// archive's root, anything else from the folder of the part naming it;
    /// `.` and `..` resolved, never above the root.
    static func resolve(_ location: String, from part: String) -> String {
        let location = location.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\\", with: "/")
        var folders = location.hasPrefix("/") ? [] : part.split(separator: "/").dropLast().map(String.init)
        for component in location.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !folders.isEmpty { folders.removeLast() }
            default: folders.append(String(component))
            }
        }
        return folders.joined(separator: "/")
    }
}

/// Reading OFD elements: names without their namespace (producers write
/// `ofd:` prefixes, or a default namespace, or none), attributes as numbers.
enum OFDElement {
    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The element children of `node`, in order.
    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var child = node.pointee.children
        while let element = child {
            if element.pointee.type == XML_ELEMENT_NODE { found.append(element) }
            child = element.pointee.next
        }
        return found
    }

    static func child(_ node: xmlNodePtr, _ name: String) -> xmlNodePtr? {
        children(node).first { Self.name($0) == name }
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { free(value) }
        return String(cString: value)
    }

    static func text(_ node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { free(content) }
        return String(cString: content)
    }

    /// A list of numbers (`ST_Array`: `0 0 210 297`); nil when one is not a finite number.
    static func numbers(_ text: String?) -> [Double]? {
        guard let text else { return nil }
        var numbers: [Double] = []
        for field in text.split(whereSeparator: { $0 == " " || $0 == "," || $0.isNewline || $0 == "\t" }) {
            guard let number = Double(field), number.isFinite else { return nil }
            numbers.append(number)
        }
        return numbers
    }
}
