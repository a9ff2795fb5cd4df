/// A set of templates compiled together, so that partials (`{{>name}}`) and parents (`{{<name}}`)
/// are linked once, at load. Immutable and shared by every rendering thread.
public struct TemplateLibrary: Sendable {
    let templates: [[TemplateNode]]
    let indexes: [String: Int]

    /// Compiles every template; those with a syntax error are left out and reported, each with its
    /// line and column. A partial or parent that names no template renders nothing.
    public static func compile(_ sources: [String: String]) -> (library: TemplateLibrary, errors: [TemplateSyntaxError]) {
        let names = sources.keys.sorted()
        let indexes = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var templates: [[TemplateNode]] = []
        var errors: [TemplateSyntaxError] = []
        var compiled: [String: Int] = [:]
        for name in names {
            do {
                templates.append(try TemplateParser.compile(sources[name]!, name: name) { indexes[$0] })
            } catch {
                errors.append(error)
                templates.append([])
                continue
            }
            compiled[name] = indexes[name]
        }
        return (TemplateLibrary(templates: templates, indexes: compiled), errors)
    }

    /// The names of the templates that compiled.
    public var names: Set<String> { Set(indexes.keys) }

    public func has(_ name: String) -> Bool { indexes[name] != nil }

    /// Appends the template `name` rendered with `value` to `buffer`; false when there is no such template.
    @discardableResult
    public func render(_ name: String, _ value: TemplateValue, into buffer: inout [UInt8]) -> Bool {
        guard let index = indexes[name] else { return false }
        var renderer = TemplateRenderer(library: self, output: buffer, root: value)
        buffer = []
        renderer.render(templates[index], frame: TemplateRenderer.Frame())
        buffer = renderer.output
        return true
    }

    /// The template `name` rendered with `value`, as UTF-8 bytes; nil when there is no such template.
    public func render(_ name: String, _ value: TemplateValue) -> [UInt8]? {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(16 * 1024)
        return render(name, value, into: &buffer) ? buffer : nil
    }

    /// The template `name` rendered with `value`, as text; nil when there is no such template.
    public func renderText(_ name: String, _ value: TemplateValue) -> String? {
        render(name, value).map { String(decoding: $0, as: UTF8.self) }
    }
}

extension TemplateLibrary {
    /// A template this library holds. Rendering never fails (a missing value prints nothing), so
    /// the only way `render(name:)` has to return nil is a name the library lacks: a `Template` is
    /// found once, where a missing one can be reported, and rendering it cannot miss.
    public struct Template: Sendable, Hashable {
        public let name: String
        let index: Int
    }

    /// The template named `name`, or nil when it is not in the library (missing or left out for a syntax error).
    public func template(_ name: String) -> Template? {
        indexes[name].map { Template(name: name, index: $0) }
    }

    /// Every template whose name starts with `prefix` ("fragments/"), by name.
    public func templates(named prefix: String) -> [Template] {
        indexes.filter { $0.key.hasPrefix(prefix) }.sorted { $0.key < $1.key }.map { Template(name: $0.key, index: $0.value) }
    }

    /// `template` (which must come from this library) rendered with `value`, as UTF-8 bytes.
    public func render(_ template: Template, _ value: TemplateValue) -> [UInt8] {
        var renderer = TemplateRenderer(library: self, output: [], root: value)
        renderer.output.reserveCapacity(16 * 1024)
        renderer.render(templates[template.index], frame: TemplateRenderer.Frame())
        return renderer.output
    }

    /// `template` (which must come from this library) rendered with `value`, as text.
    public func renderText(_ template: Template, _ value: TemplateValue) -> String {
        String(decoding: render(template, value), as: UTF8.self)
    }
}
