import Mustache

// How templates print text and numbers. swift-mustache prints a value that
// is not `MustacheCustomRenderable` by trying it as a lambda and an optional,
// then through `String(describing:)`: three dynamic casts and a copy for
// every `{{name}}` of every page. Text and whole numbers say their text
// themselves; the printed characters are the same (`String(describing:)`
// of a String is itself, of an Int its decimal digits).

extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

extension Int: @retroactive MustacheCustomRenderable {
    public var renderText: String { String(self) }
    public var isNull: Bool { false }
}
