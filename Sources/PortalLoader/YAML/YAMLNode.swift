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
    /// Yams's tree in the readers' terms.
    init(_ node: Node) {
        func mark(_ mark: Yams.Mark?) -> Mark? { mark.map { Mark(line: $0.line, column: $0.column) } }
        switch node {
        case .scalar(let scalar):
            let style: Scalar.Style = switch scalar.style {
            case .plain, .any: .plain
            case .singleQuoted, .doubleQuoted: .quoted
            case .literal, .folded: .block
            }
            self = .scalar(Scalar(string: scalar.string, style: style, mark: mark(scalar.mark)))
        case .mapping(let mapping):
            self = .mapping(mapping.map { Pair(key: YAMLNode($0.key), value: YAMLNode($0.value)) },
                            mark(mapping.mark) ?? Mark(line: 0, column: 0))
        case .sequence(let sequence):
            self = .sequence(sequence.map(YAMLNode.init), mark(sequence.mark) ?? Mark(line: 0, column: 0))
        case .alias(let alias):
            self = .alias(mark(alias.mark))
        }
    }
}
