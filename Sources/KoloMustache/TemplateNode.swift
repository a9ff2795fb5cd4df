/// A template compiled at load: text as bytes, names split and packed, transforms resolved,
/// partials linked to the library's templates by position.
indirect enum TemplateNode: Sendable {
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case variable(TemplateReference, escaped: Bool)
    case section(TemplateReference, [TemplateNode])
    case inverted(TemplateReference, [TemplateNode])
    /// `{{>name}}` or `{{<name}}…{{/name}}`: the library's template at `index` (nil when there is none,
    /// which renders nothing), indented when the tag stands on a line of its own.
    case partial(index: Int?, indentation: [UInt8], overrides: BlockOverrides?)
    /// `{{>*name}}`: the template named by the value of `name`.
    case dynamicPartial(TemplateReference, indentation: [UInt8], overrides: BlockOverrides?)
    /// `{{$name}}default{{/name}}`: the outermost override of `name`, else the default.
    case block(String, defaultNodes: [TemplateNode], indentation: [UInt8])
    /// `{{% CONTENT_TYPE: HTML }}` / `TEXT`: whether later variables of this template are escaped.
    case contentType(escapes: Bool)
}

/// The blocks a `{{<parent}}` tag overrides, by name.
typealias BlockOverrides = [String: [TemplateNode]]

/// A name as a tag writes it, compiled: `page.title` split into packed keys, `.title` anchored to
/// the top of the context stack, `first()` asking the list item's position, and the transforms in
/// the order they apply (`uppercased(first(tags))` applies `first` first).
struct TemplateReference: Sendable {
    enum Root: Sendable {
        /// Look the first key up in each value of the stack, from the top.
        case climbing
        /// `.` or `.name`: start from the top of the stack.
        case top
        /// `first()`, `index()`…: the position of the current list item.
        case listPosition
    }

    var root: Root
    var keys: [TemplateKey]
    var transforms: [TemplateTransform]
    /// The name as written (the dynamic partial's name, messages).
    var written: String
}

/// A transform (`first(x)`), resolved at load to the built-in one of that name, if any; values
/// computed at render time (a count's plural strings) are asked by name.
struct TemplateTransform: Sendable {
    enum BuiltIn: String, Sendable {
        case first, last, reversed, count, empty, sorted, enumerated
        case capitalized, lowercased, uppercased
        case equalzero, plusone, minusone, even, odd, index
    }

    var builtIn: BuiltIn?
    var name: String

    init(_ name: String) {
        self.name = name
        builtIn = BuiltIn(rawValue: name)
    }
}
