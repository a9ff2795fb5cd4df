/// A template that cannot be compiled: where (1-based line and column, in characters) and why, in
/// words a theme author understands.
public struct TemplateSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case closedWithOtherName
        case unfinishedTag
        case unclosedSection
        case invalidSetDelimiter
        case transformOnBlock
        case notABlockInsideParent
        case invalidPragma
        case unknownPragma

        var message: String {
            switch self {
            case .closedWithOtherName: return "a section is closed with a different name than it was opened with"
            case .unfinishedTag: return "a tag is not closed with }}"
            case .unclosedSection: return "a section is opened but never closed"
            case .invalidSetDelimiter: return "invalid set-delimiter tag"
            case .transformOnBlock: return "a block {{$name}} cannot have a transform"
            case .notABlockInsideParent: return "inside {{<parent}} only block definitions {{$name}}…{{/name}} may appear"
            case .invalidPragma: return "a pragma is written {{% CONTENT_TYPE: HTML }}"
            case .unknownPragma: return "the only pragma is CONTENT_TYPE, with HTML or TEXT"
            }
        }
    }

    /// The template's name (`news/single`).
    public var template: String
    public var line: Int
    public var column: Int
    public var reason: Reason

    public var message: String { reason.message }
    public var description: String { "\(template):\(line):\(column): error: template syntax: \(message)" }
}
