/// Why a picture cannot be published, in words for the editor who added it (the build adds where
/// it is named).
public struct PictureError: Error, Sendable, Hashable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}
