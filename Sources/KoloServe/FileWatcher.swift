import Foundation
import Glibc
import Synchronization

/// Changes the watcher saw and no build has taken yet: paths pile up while a build runs, and
/// the next build takes them all at once.
final class ChangeQueue: Sendable {
    private let state = Mutex<(paths: Set<String>, everything: Bool)>(([], false))

    func add(_ paths: Set<String>, everything: Bool) {
        state.withLock { state in
            state.paths.formUnion(paths)
            state.everything = state.everything || everything
        }
    }

    /// Everything pending (nil: anything may have changed, after an event queue overflow), or an
    /// empty set when nothing is.
    func take() -> Set<String>? {
        state.withLock { state in
            defer { state = ([], false) }
            return state.everything ? nil : state.paths
        }
    }
}

/// Watches files and folders with Linux inotify: folders recursively (new folders are watched as
/// they appear), files and folders that do not exist yet through their parent folder, so that
/// editors' atomic saves (write a temporary file, rename it over the original) are seen. Events
/// are gathered until none came for `quiet` (at most `longest` after the first).
struct FileWatcher: Sendable {
    var paths: [String]
    var quiet: Duration = .milliseconds(30)
    var longest: Duration = .milliseconds(250)

    /// Starts watching on a thread of its own, which stops when `continuation`'s stream is no
    /// longer iterated. Each element it yields says: `queue` has changes.
    func start(into queue: ChangeQueue, signalling continuation: AsyncStream<Void>.Continuation) throws(WatchError) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw WatchError(reason: String(cString: strerror(errno))) }
        var wake: [Int32] = [-1, -1]
        guard pipe(&wake) == 0 else {
            close(descriptor)
            throw WatchError(reason: String(cString: strerror(errno)))
        }
        let (reader, writer) = (wake[0], wake[1])
        for end in wake { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        continuation.onTermination = { _ in
            var byte: UInt8 = 1
            _ = write(writer, &byte, 1)
            close(writer)
        }
        var table = InotifyTable(descriptor: descriptor, targets: paths)
        table.addAll()
        let quiet = quiet, longest = longest
        let thread = Thread { [table] in
            var table = table
            table.run(wake: reader, quiet: quiet, longest: longest) { paths, everything in
                queue.add(paths, everything: everything)
                continuation.yield()
            }
            close(descriptor)
            close(reader)
        }
        thread.name = "kolo-watch"
        thread.start()
    }

    /// Starts watching; the returned stream's elements say: `queue` has changes.
    func start(into queue: ChangeQueue) throws(WatchError) -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        try start(into: queue, signalling: continuation)
        return stream
    }

    struct WatchError: Error, CustomStringConvertible {
        var reason: String
        var description: String { "cannot watch the site's files: \(reason)" }
    }
}
