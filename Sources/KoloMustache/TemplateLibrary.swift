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
