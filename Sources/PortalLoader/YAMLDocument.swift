import Foundation
import PortalModel
import PortalSupport
import Yams

/// A parsed YAML file that can say where each of its nodes came from.
struct YAMLDocument {
    let path: String
    let root: YAMLNode

    /// Parses `text`; a syntax error becomes a diagnostic at its line and column.
    /// Longer than any line a content file needs (a table row is under 200).
    static let maxLineLength = 20_000

    static func parse(_ text: String, path: String, log: DiagnosticLog) -> YAMLDocument? {
        if let (line, length) = longestLine(text), length > maxLineLength {
            log.error(.inputLimit, at: SourceLocation(path: path, line: line, column: 1),
                      "the line is \(length.groupedDigits) bytes long; the limit is \(maxLineLength.groupedDigits)",
                      hint: "no content file needs lines this long; check that the right file is here")
            return nil
        }
        do {
            // Content files are plain: the fast reader takes them, and
            // gives anything it is not sure of to Yams.
            if let root = FlatYAML.parse(text) { return YAMLDocument(path: path, root: root) }
            // No implicit typing (Yams's default resolver runs a regular
            // expression per scalar): every value is read as text and typed
            // by its reader, nulls included (`isNull`).
            guard let root = try Yams.compose(yaml: text, .basic) else {
                log.error(.yamlSyntax, at: SourceLocation(path: path, line: 1, column: 1), "the file is empty")
                return nil
            }
            return YAMLDocument(path: path, root: try YAMLNode.converting(root))
        } catch YAMLNode.Refusal.alias(let mark) {
            log.error(.yamlAlias, at: SourceLocation(path: path, line: mark.line, column: mark.column),
                      "this value is used again through an alias (*name); content files do not allow anchors and aliases",
                      hint: "write each value out where it belongs")
            return nil
        } catch YAMLNode.Refusal.tooDeep(let mark) {
            log.error(.inputLimit, at: SourceLocation(path: path, line: mark.line, column: mark.column),
                      "the file nests deeper than \(YAMLNode.maxDepth) levels",
                      hint: "content files nest a few levels (table → row); check the indentation")
            return nil
        } catch let error as YamlError {
            log.add(diagnostic(for: error, path: path))
            return nil
        } catch {
            log.error(.yamlSyntax, at: SourceLocation(path: path), "\(error)")
            return nil
        }
    }

    /// The longest line (1-based number, length in bytes), found in one pass.
    static func longestLine(_ text: String) -> (Int, Int)? {
        var best: (Int, Int)?
        var (line, length) = (1, 0)
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                if length > (best?.1 ?? -1) { best = (line, length) }
                (line, length) = (line + 1, 0)
            } else {
                length += 1
            }
        }
        if length > (best?.1 ?? -1) { best = (line, length) }
        return best
    }

    func location(of node: YAMLNode) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path) }
        return SourceLocation(path: path, line: mark.line, column: mark.column)
    }

    private static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        let hint = "check indentation (spaces, not tabs) and that text containing “: ” or “#” is quoted"
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = problem
            if let context { message += " (\(context.text) at line \(context.mark.line))" }
            return .error(.yamlSyntax, at: SourceLocation(path: path, line: mark.line, column: mark.column),
                          "invalid YAML: \(message)", hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(.yamlDuplicateKey,
                          at: SourceLocation(path: path, line: context.mark.line, column: context.mark.column),
                          "the key \(duplicates.map { "“\($0)”" }.joined(separator: ", ")) appears more than once in this mapping",
                          hint: "keep one of them: YAML would silently drop the other")
        case .reader(let problem, _, _, _):
            return .error(.encoding, at: SourceLocation(path: path), "cannot read the file: \(problem)")
        default:
            return .error(.yamlSyntax, at: SourceLocation(path: path), "invalid YAML: \(error)")
        }
    }
}

/// Walks one YAML mapping, remembering which keys were asked for, so that
/// a key nobody asked for (a typo) is reported instead of silently ignored.
struct MappingReader {
    let document: YAMLDocument
    let node: YAMLNode
    let log: DiagnosticLog
    private var pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
    /// Where each key first appears in `pairs`.
    private var positions: [String: Int] = [:]
    private var asked: [String] = []

    /// `nil` (with an error logged) when `node` is not a mapping.
    init?(_ node: YAMLNode, in document: YAMLDocument, log: DiagnosticLog, what: String) {
        guard let mapping = node.mapping else {
            log.error(.yamlType, at: document.location(of: node), "\(what) must be a mapping of “key: value” lines, found \(node.kindDescription)")
            return nil
        }
        self.document = document
        self.node = node
        self.log = log
        for (key, value) in mapping {
            let name = key.string ?? ""
            if positions[name] == nil { positions[name] = pairs.count }
            pairs.append((name, key, value))
        }
    }

    var location: SourceLocation { document.location(of: node) }
    var keys: [String] { pairs.map(\.key) }

    /// The value node for `key`, marking the key as known.
    mutating func value(_ key: String) -> YAMLNode? {
        asked.append(key)
        return positions[key].map { pairs[$0].value }
    }

    /// A scalar string; errors when it is required and missing, or not a scalar.
    mutating func string(_ key: String, required: Bool = false) -> Located<String>? {
        guard let node = value(key) else {
            if required {
                log.error(.missingKey, at: location, "the required key “\(key)” is missing")
            }
            return nil
        }
        guard let scalar = node.scalar else {
            log.error(.yamlType, at: document.location(of: node), "“\(key)” must be a single value, found \(node.kindDescription)")
            return nil
        }
        if node.isNull {
            if required { log.error(.missingKey, at: document.location(of: node), "“\(key)” is empty") }
            return nil
        }
        return Located(scalar.string, at: document.location(of: node))
    }

    /// A whole number, e.g. a year.
    mutating func int(_ key: String, required: Bool = false) -> Located<Int>? {
        guard let text = string(key, required: required) else { return nil }
        guard let number = Int(text.value.trimmingCharacters(in: .whitespaces)) else {
            log.error(.yamlType, at: text.location, "“\(key)” must be a whole number, found “\(text.value)”")
            return nil
        }
        return Located(number, at: text.location)
    }

    /// Reports every key that was present but never asked for, with the
    /// closest known key as a hint.
    func reportUnknownKeys(what: String) {
        let known = Set(asked)
        for pair in pairs where !known.contains(pair.key) {
            let suggestion = Spelling.closest(to: pair.key, among: asked)
            log.error(.unknownKey, at: document.location(of: pair.keyNode),
                      "unknown key “\(pair.key)” in \(what)",
                      hint: suggestion.map { "did you mean “\($0)”?" } ?? "known keys: \(asked.joined(separator: ", "))")
        }
    }
}
