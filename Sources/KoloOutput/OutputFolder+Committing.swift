import CKoloFiles
import Foundation
import Glibc
import KoloDiagnostics

extension OutputFolder {
    /// Marks the new site as Kolo's, puts it in place of the old one and deletes the old one after
    /// the swap. Returns a warning when the file system cannot hold the mark.
    public func commit() throws(DiagnosticError) -> [Diagnostic] {
        guard let lock else { return [] }
        var warnings: [Diagnostic] = []
        let (failure, finishedAt) = markFinished(lock)
        switch failure {
        case nil: break
        case EOPNOTSUPP?, ENOTSUP?:
            warnings.append(.warning(.io, at: nil, "the file system of \(destination) cannot keep Kolo's mark (user extended attributes), so the next build will not know that Kolo wrote it and will need --force"))
        case let code?:
            throw DiagnosticError(.error(.io, at: nil, "cannot mark \(displayPath) as written by Kolo: \(String(cString: strerror(code)))"))
        }
        // Files someone put into the old output while this build ran are no more Kolo's than before.
        try Self.checkReplaceable(destination, displayPath: displayPath, force: force, knownShared: sharedInOutput)
        var oldLock: FolderLock?
        defer { oldLock?.release() }
        /// Where the previous output lies once the new one is in place.
        var old: String?
        try Interruption.swapping { (temporary: inout Set<String>) throws(DiagnosticError) in
            temporary.remove(staging)
            guard FileManager.default.fileExists(atPath: destination) else {
                guard rename(staging, destination) == 0 else {
                    temporary.insert(staging)
                    throw DiagnosticError(.error(.io, at: nil, "cannot move the new site into \(destination): \(String(cString: strerror(errno)))"))
                }
                return
            }
            // Marked as this output's temporary folder, and locked while it is deleted: a build killed
            // meanwhile leaves a folder the next build can prove is its own.
            let previousMark = FolderMark.read(destination)
            oldLock = FolderLock.take(destination)
            if let oldLock { _ = FolderMark.temporary(output: destination).write(to: oldLock.descriptor) }
            func restore(_ reason: String) -> DiagnosticError {
                if let oldLock, let previousMark { _ = previousMark.write(to: oldLock.descriptor) }
                temporary.insert(staging)
                return DiagnosticError(.error(.io, at: nil, "cannot move the new site into \(destination): \(reason)"))
            }
            // One step where the file system can (the old site lands where the new one was)…
            if kolo_exchange(staging, destination) == 0 {
                old = staging
                temporary.insert(staging)
                return
            }
            // …else two, with a moment in between when there is no output.
            let aside = staging + "-old"
            guard rename(destination, aside) == 0 else { throw restore(String(cString: strerror(errno))) }
            guard rename(staging, destination) == 0 else {
                let reason = String(cString: strerror(errno))
                rename(aside, destination)
                throw restore(reason)
            }
            old = aside
            temporary.insert(aside)
        }
        if let old { Interruption.remove(old) }
        // Whatever is added to the output once the build has returned must look added. The swap
        // itself changed the folder: its stamp says whether the file system already stamps later.
        var info = stat()
        let swapped = fstat(lock.descriptor, &info) == 0 ? Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec) : 0
        lock.release()
        FolderMark.waitForFileTimesAfter(finishedAt, stamped: swapped)
        return warnings
    }

    /// Records when the build finished writing: the later of the clock and the folder's own change
    /// time right after its last change (a network file system stamps files with the server's clock).
    /// Returns errno on failure, and the time recorded.
    private func markFinished(_ lock: FolderLock) -> (Int32?, Int64) {
        if let code = FolderMark.temporary(output: destination).write(to: lock.descriptor) { return (code, 0) }
        var info = stat()
        fstat(lock.descriptor, &info)
        let changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        let finishedAt = max(changed, FolderMark.now())
        return (FolderMark.output(finishedAt: finishedAt).write(to: lock.descriptor), finishedAt)
    }

    /// Removes the staging folder of a build that failed.
    public func discard() {
        guard let lock else { return }
        Interruption.remove(staging)
        lock.release()
    }
}
