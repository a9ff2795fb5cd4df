import Mustache

/// Text is most of what templates print. swift-mustache prints a value that is not its own
/// renderable type through `String(describing:)`, after failing three dynamic casts on the way
/// (lambda, optional, renderable) — about a third of the cost of each `{{name}}`. As a
/// renderable, a string is printed as it is, with the same escaping and the same section rules
/// (`isNull` is false, as for any other value).
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
