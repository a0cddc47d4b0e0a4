/// Parses a template into a `CompiledTemplate` step by step as
/// swift-mustache's parser does (the same standalone lines, indentation and
/// inheritance), so that both print the same. Mustache outside what the
/// compiled renderer covers (set delimiters, dynamic partials, transforms
/// other than `empty`, sequence transforms, other content types) throws
/// `Unsupported`: the theme is then rendered by swift-mustache. A syntax
/// error throws too; swift-mustache reports it (`Theme.compile`).
struct TemplateParser {
    struct Unsupported: Error {
        let what: String
    }

    struct SyntaxError: Error {}

    private struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var inheritance = false
        var inheritanceTopLevel = false
        var definitionIndent: Substring?

        func section(_ name: String, newLine: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.inheritanceTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func inheritancePartial(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.newLine = true
            state.inheritance = true
            state.inheritanceTopLevel = true
            return state
        }
    }

    private static let start = "{{"
    private static let end = "}}"
    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let nameCharactersWithoutBrackets = nameCharacters.subtracting("()")
    private static let partialNameCharacters = nameCharacters.union("/")
    private static let spaceOrTab = Set<Character>(" \t")

    static func parse(_ text: String) throws -> CompiledTemplate {
        var scanner = TemplateScanner(text)
        return try parse(&scanner, State())
    }

    private static func parse(_ scanner: inout TemplateScanner, _ initial: State) throws -> CompiledTemplate {
        var parts: [CompiledTemplate.Part] = []
        var state = initial
        var whiteSpaceBefore: Substring = ""
        while !scanner.reachedEnd {
            if state.newLine {
                let whiteSpace = scanner.read(while: spaceOrTab)
                if state.inheritance, !state.inheritanceTopLevel {
                    if let indent = state.definitionIndent {
                        whiteSpaceBefore = whiteSpace.dropFirst(indent.count)
                    } else {
                        state.definitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = try readUntilTagOrNewline(&scanner)
            if scanner.current.isNewline {
                parts.append(.text(String(whiteSpaceBefore) + text + String(scanner.current)))
                state.newLine = true
                scanner.advance()
                continue
            }
            if !text.isEmpty {
                parts.append(.text(String(whiteSpaceBefore) + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if scanner.reachedEnd { break }
            var setNewLine = false
            func flushWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    parts.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
            }
            switch scanner.current {
            case "#", "^":
                let inverted = scanner.current == "^"
                scanner.advance()
                let (name, transforms) = try parseName(&scanner)
                if isStandalone(&scanner, state) { setNewLine = true } else { flushWhiteSpace() }
                let body = try parse(&scanner, state.section(name, newLine: setNewLine, transforms: transforms))
                parts.append(.section(try compiledName(name, transforms), body, inverted: inverted))
            case "/":
                scanner.advance()
                let (name, transforms) = try parseName(&scanner)
                guard name == state.sectionName, transforms == state.sectionTransforms else { throw SyntaxError() }
                if !isStandalone(&scanner, state) { flushWhiteSpace() }
                return CompiledTemplate(parts: parts)
            case "!":
                scanner.advance()
                try scanner.skip(past: end)
                setNewLine = isStandalone(&scanner, state)
            case "{":
                flushWhiteSpace()
                scanner.advance()
                let (name, transforms) = try parseName(&scanner)
                guard try scanner.read("}") else { throw SyntaxError() }
                parts.append(.variable(try compiledName(name, transforms), escaped: false))
            case "&":
                flushWhiteSpace()
                scanner.advance()
                let (name, transforms) = try parseName(&scanner)
                parts.append(.variable(try compiledName(name, transforms), escaped: false))
            case ">":
                scanner.advance()
                scanner.read(while: \.isWhitespace)
                if scanner.current == "*" { throw Unsupported(what: "a dynamic partial") }
                let name = try parsePartialName(&scanner)
                if !whiteSpaceBefore.isEmpty { parts.append(.text(String(whiteSpaceBefore))) }
                if isStandalone(&scanner, state) {
                    setNewLine = true
                    parts.append(.partial(name, indentation: String(whiteSpaceBefore), overrides: nil))
                } else {
                    parts.append(.partial(name, indentation: nil, overrides: nil))
                }
                whiteSpaceBefore = ""
            case "<":
                scanner.advance()
                scanner.read(while: \.isWhitespace)
                let name = try parsePartialName(&scanner)
                if name.first == "*" { throw Unsupported(what: "a dynamic partial") }
                if !whiteSpaceBefore.isEmpty { parts.append(.text(String(whiteSpaceBefore))) }
                if isStandalone(&scanner, state) { setNewLine = true }
                let body = try parse(&scanner, state.inheritancePartial(name))
                var overrides: [String: CompiledTemplate] = [:]
                for part in body.parts {
                    switch part {
                    case let .blockDefinition(block, template): overrides[block] = template
                    case .text: break
                    default: throw SyntaxError()
                    }
                }
                parts.append(.partial(name, indentation: String(whiteSpaceBefore), overrides: overrides))
                whiteSpaceBefore = ""
            case "$":
                scanner.advance()
                let (name, transforms) = try parseName(&scanner)
                guard transforms.isEmpty else { throw SyntaxError() }
                if state.inheritanceTopLevel {
                    if isStandalone(&scanner, state) { setNewLine = true }
                    let body = try parse(&scanner, state.section(name, newLine: setNewLine))
                    parts.append(.blockDefinition(name, body))
                } else {
                    if !whiteSpaceBefore.isEmpty { parts.append(.text(String(whiteSpaceBefore))) }
                    if isStandalone(&scanner, state) { setNewLine = true }
                    let body = try parse(&scanner, state.section(name, newLine: setNewLine))
                    parts.append(.block(name, default: body, indentation: String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
            case "=":
                throw Unsupported(what: "set delimiters")
            case "%":
                scanner.advance()
                parts.append(.escaping(try parseContentType(&scanner)))
                setNewLine = isStandalone(&scanner, state)
            default:
                flushWhiteSpace()
                let (name, transforms) = try parseName(&scanner)
                parts.append(.variable(try compiledName(name, transforms), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw SyntaxError() }
        return CompiledTemplate(parts: parts)
    }

    /// Text up to a tag's opening delimiter (read past) or a line's end (not read).
    private static func readUntilTagOrNewline(_ scanner: inout TemplateScanner) throws -> String {
        let stops: Set<Character> = ["\n", "\r\n", "{"]
        var text = ""
        while !scanner.reachedEnd {
            text += scanner.read(upTo: stops)
            if scanner.current.isNewline { break }
            if scanner.current == "{" {
                if try scanner.read(string: start) { break }
                text += "{"
                scanner.advance()
            }
        }
        return text
    }

    /// A tag's name and its transforms (`empty(name)`), outermost first.
    private static func parseName(_ scanner: inout TemplateScanner) throws -> (String, [String]) {
        scanner.read(while: \.isWhitespace)
        let text = String(scanner.read(while: nameCharacters))
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(string: end) else { throw SyntaxError() }
        var name = TemplateScanner(text)
        let first = name.read(while: nameCharactersWithoutBrackets)
        if name.reachedEnd { return (text, []) }
        guard name.current == "(" else { throw SyntaxError() }
        name.advance()
        var transforms = [String(first)]
        while true {
            let inner = name.read(while: nameCharactersWithoutBrackets)
            switch name.current {
            case ")":
                name.advance()
                var closing = 1
                while !name.reachedEnd, name.current == ")" {
                    name.advance()
                    closing += 1
                }
                guard closing == transforms.count, name.reachedEnd else { throw SyntaxError() }
                return (String(inner), transforms)
            case "(":
                name.advance()
                transforms.append(String(inner))
            default:
                throw SyntaxError()
            }
        }
    }

    private static func parsePartialName(_ scanner: inout TemplateScanner) throws -> String {
        scanner.read(while: \.isWhitespace)
        let text = String(scanner.read(while: partialNameCharacters))
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(string: end) else { throw SyntaxError() }
        return text
    }

    /// `{{% CONTENT_TYPE: name}}`: true for HTML (the theme's own or
    /// swift-mustache's), false for text; any other is swift-mustache's to read.
    private static func parseContentType(_ scanner: inout TemplateScanner) throws -> Bool {
        scanner.read(while: \.isWhitespace)
        let variable = scanner.read(while: nameCharactersWithoutBrackets)
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(":") else { throw SyntaxError() }
        scanner.read(while: \.isWhitespace)
        let value = scanner.read(while: nameCharactersWithoutBrackets)
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(string: end), variable == "CONTENT_TYPE" else { throw SyntaxError() }
        switch value {
        case Substring(TemplateHTML.name), "HTML": return true
        case "TEXT": return false
        default: throw Unsupported(what: "content type \(value)")
        }
    }

    private static func compiledName(_ name: String, _ transforms: [String]) throws -> TemplateName {
        if name.isEmpty, !transforms.isEmpty { throw Unsupported(what: "a sequence transform") }
        let compiled = try transforms.map { transform in
            guard let known = TemplateTransform(rawValue: transform) else { throw Unsupported(what: "the transform \(transform)") }
            return known
        }
        return TemplateName(name, transforms: compiled)
    }

    /// Whether the tag just read stands alone on its line; if so, its
    /// line's end is read.
    private static func isStandalone(_ scanner: inout TemplateScanner, _ state: State) -> Bool {
        guard state.newLine else { return false }
        if scanner.reachedEnd { return true }
        var ahead = scanner
        ahead.read(while: spaceOrTab)
        guard ahead.current.isNewline else { return false }
        ahead.advance()
        scanner.position = ahead.position
        return true
    }
}
