import Yams

/// A YAML node as the readers see it: text values with where they start.
/// Made either by `FlatYAML` (the fast path for the shapes content files
/// use) or from Yams's tree (everything else), so readers do not care which.
indirect enum YAMLNode: Equatable {
    case scalar(Scalar)
    case mapping([Pair], Mark)
    case sequence([YAMLNode], Mark)
    /// An alias (`*name`): content files have no use for them.
    case alias(Mark?)

    struct Mark: Equatable {
        /// 1-based, as libyaml counts: columns in Unicode scalars.
        var line: Int
        var column: Int
    }

    struct Scalar: Equatable {
        enum Style: Equatable { case plain, quoted, block }
        var string: String
        var style: Style
        var mark: Mark?
    }

    struct Pair: Equatable {
        var key: YAMLNode
        var value: YAMLNode
    }

    var scalar: Scalar? {
        if case .scalar(let scalar) = self { scalar } else { nil }
    }

    var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs, _) = self { pairs.map { ($0.key, $0.value) } } else { nil }
    }

    var sequence: [YAMLNode]? {
        if case .sequence(let items, _) = self { items } else { nil }
    }

    var string: String? { scalar?.string }

    var mark: Mark? {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .mapping(_, let mark), .sequence(_, let mark): mark
        case .alias(let mark): mark
        }
    }

    /// A plain `~`, `null` or nothing: YAML's ways to write no value.
    var isNull: Bool {
        guard let scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    var kindDescription: String {
        switch self {
        case .scalar(let scalar): "the value “\(scalar.string)”"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}

extension YAMLNode {
    /// Why Yams's tree cannot be taken as content.
    enum Refusal: Error {
        /// A node reached a second time: an alias of the node at this mark.
        case alias(Mark)
        /// Nested deeper than `YAMLNode.maxDepth`, at this mark.
        case tooDeep(Mark)
    }

    /// Content files nest a few levels (report → table → row); ten times
    /// that is refused before it costs anything.
    static let maxDepth = 32

    /// Yams's tree in the readers' terms. Yams resolves aliases by sharing
    /// the anchored node, so an alias shows as a scalar met twice at the
    /// same place: the conversion stops there, before a "billion laughs"
    /// file can expand.
    static func converting(_ root: Node) throws -> YAMLNode {
        var seen = Set<Mark>()
        return try convert(root, depth: 0, seen: &seen)
    }

    private static func convert(_ node: Node, depth: Int, seen: inout Set<Mark>) throws -> YAMLNode {
        func mark(_ mark: Yams.Mark?) -> Mark? { mark.map { Mark(line: $0.line, column: $0.column) } }
        let here = mark(node.mark) ?? Mark(line: 0, column: 0)
        guard depth <= maxDepth else { throw Refusal.tooDeep(here) }
        switch node {
        case .scalar(let scalar):
            if let at = mark(scalar.mark), !seen.insert(at).inserted { throw Refusal.alias(at) }
            let style: Scalar.Style = switch scalar.style {
            case .plain, .any: .plain
            case .singleQuoted, .doubleQuoted: .quoted
            case .literal, .folded: .block
            }
            return .scalar(Scalar(string: scalar.string, style: style, mark: mark(scalar.mark)))
        case .mapping(let mapping):
            var pairs: [Pair] = []
            for (key, value) in mapping {
                pairs.append(Pair(key: try convert(key, depth: depth + 1, seen: &seen), value: try convert(value, depth: depth + 1, seen: &seen)))
            }
            return .mapping(pairs, here)
        case .sequence(let sequence):
            return .sequence(try sequence.map { try convert($0, depth: depth + 1, seen: &seen) }, here)
        case .alias(let alias):
            throw Refusal.alias(mark(alias.mark) ?? here)
        }
    }
}

extension YAMLNode.Mark: Hashable {}
