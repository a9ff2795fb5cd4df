import Synchronization
import Dispatch
import Glibc

/// SIGINT and SIGTERM as the preview sees them: the first ends the browsers' event streams (so
/// that the server's graceful shutdown, which Hummingbird runs on the same signals, need not wait
/// for them); a second one quits at once.
struct ShutdownSignals {
    private let sources: [any DispatchSourceSignal]

    init(onFirst: @escaping @Sendable () -> Void) {
        let count = Counter()
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if count.next() == 1 { onFirst() } else { _exit(128 + number) }
            }
            source.resume()
            return source
        }
    }

    func cancel() {
        for source in sources { source.cancel() }
    }

    private final class Counter: Sendable {
        private let value = Mutex(0)
        func next() -> Int { value.withLock { $0 += 1; return $0 } }
    }
}
