import Glibc
import Synchronization

/// `pictures 37/200` on one updating line while a cold build works through many pictures, on a
/// terminal only: CI logs get the summary line alone.
public final class PictureProgress: Sendable {
    private let state = Mutex((total: 0, done: 0, shown: false))
    private let enabled: Bool

    /// Shows progress when standard error is a terminal.
    public init(enabled: Bool = isatty(2) != 0) {
        self.enabled = enabled
    }

    func start(total: Int) {
        state.withLock { $0 = (total, 0, false) }
    }

    func advance(fromCache: Bool) {
        guard enabled else { return }
        let line: String? = state.withLock { state in
            state.done += 1
            // Pictures from the cache take no time: a line is worth it only while work is done.
            guard !fromCache || state.shown else { return nil }
            state.shown = true
            return "\rpictures \(state.done)/\(state.total)"
        }
        if let line { Self.show(line) }
    }

    func finish() {
        guard enabled, state.withLock({ $0.shown }) else { return }
        Self.show("\r\u{1B}[K")
    }

    private static func show(_ text: String) {
        var bytes = Array(text.utf8)
        _ = Glibc.write(2, &bytes, bytes.count)
    }
}
