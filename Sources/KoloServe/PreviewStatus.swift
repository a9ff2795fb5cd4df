import Synchronization

/// The state every request reads: the errors of the last build, if it failed (the folder then
/// still holds the last good site), and a number that changes with every successful build.
final class PreviewStatus: Sendable {
    struct Snapshot: Sendable {
        var errors: [String]?
        var generation: Int
    }

    private let state = Mutex(Snapshot(errors: nil, generation: 0))

    var snapshot: Snapshot { state.withLock { $0 } }

    /// Records a build; returns true when it ends a run of failed builds.
    @discardableResult
    func record(_ errors: [String]?) -> Bool {
        state.withLock { state in
            let recovered = state.errors != nil && errors == nil
            state.errors = errors
            if errors == nil { state.generation += 1 }
            return recovered
        }
    }
}
