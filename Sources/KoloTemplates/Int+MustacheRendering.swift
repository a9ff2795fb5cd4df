import Mustache

/// Numbers print as swift-mustache would print them (`String(describing:)`), without the three failed
/// casts first; like texts (String+MustacheRendering.swift), they have no named parts.
extension Int: @retroactive MustacheCustomRenderable, @retroactive MustacheParent {
    public var renderText: String { String(self) }
    public var isNull: Bool { false }
    public func child(named: String) -> Any? { nil }
}
