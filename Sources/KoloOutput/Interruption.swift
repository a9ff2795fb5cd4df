import Dispatch
import Foundation
import Glibc
import KoloDiagnostics
import Synchronization

/// What a build must clean up when SIGINT (Ctrl-C) or SIGTERM (a CI time-out) stops it: its
/// temporary folders, and the child processes (Pagefind) that write into them. A SIGKILL cannot be
/// caught; what it leaves, the next build removes (`OutputFolder.removeLeftovers`).
public enum Interruption {
    struct State: ~Copyable {
        var folders: Set<String> = []
        var children: Set<Int32> = []
    }

    static let state = Mutex(State())

    /// From now on, SIGINT and SIGTERM remove the temporary folders of the build under way and
    /// exit with 128 + the signal's number (130, 143). For `kolo build`, not for tests.
    public static func removeTemporaryFoldersOnSignals() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop(number) }
            source.resume()
            signalSources.append(source)
        }
    }

    /// Kept alive for the life of the process; set once, by the command, before the build starts.
    nonisolated(unsafe) private static var signalSources: [any DispatchSourceSignal] = []

    private static func stop(_ number: Int32) -> Never {
        // Held until the process ends: a swap under way finishes first, and none starts after.
        state.withLock { state -> Never in
            for child in state.children { kill(child, SIGKILL) }
            // A writer that was mid-way may still create files (Pagefind even folders) for a moment.
            for _ in 0..<50 {
                for folder in state.folders { try? FileManager.default.removeItem(atPath: folder) }
                guard state.folders.contains(where: { FileManager.default.fileExists(atPath: $0) }) else { break }
                usleep(20_000)
            }
            let name = number == SIGINT ? "SIGINT" : "SIGTERM"
            let message = "kolo: stopped by \(name); the temporary folder was removed and the previous output left untouched\n"
            _ = message.withCString { Glibc.write(2, $0, strlen($0)) }
            _exit(128 + number)
        }
    }

    static func register(_ folder: String) {
        state.withLock { _ = $0.folders.insert(folder) }
    }

    /// Deletes a temporary folder, then forgets it.
    static func remove(_ folder: String) {
        // Best effort: a folder that cannot be removed keeps its temporary mark, and the next build
        // of the output removes it (`OutputFolder.removeLeftovers`).
        try? FileManager.default.removeItem(atPath: folder)
        state.withLock { _ = $0.folders.remove(folder) }
    }

    /// Runs the swap of the new site for the old one with no signal handled in between; `body`
    /// updates the set of temporary folders (the staging folder becomes the output).
    static func swapping(_ body: (inout Set<String>) throws(DiagnosticError) -> Void) throws(DiagnosticError) {
        try state.withLock { (state: inout State) throws(DiagnosticError) in
            try body(&state.folders)
        }
    }

    /// A child process writing into a temporary folder, killed when the build is stopped.
    public static func registerChild(_ pid: Int32) {
        state.withLock { _ = $0.children.insert(pid) }
    }

    public static func forgetChild(_ pid: Int32) {
        state.withLock { _ = $0.children.remove(pid) }
    }
}
