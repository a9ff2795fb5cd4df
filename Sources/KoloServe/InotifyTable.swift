import Foundation
import Glibc

/// The inotify side of `FileWatcher`: which watch descriptor is which folder, and turning events
/// into changed paths. Lives on the watcher's thread only.
struct InotifyTable: Sendable {
    let descriptor: Int32
    /// Folders watched with everything under them.
    private(set) var recursiveRoots: [String]
    /// Parent folder → the names in it that are watched (files such as site.yaml, or folders that
    /// may appear later).
    private(set) var watchedNames: [String: Set<String>] = [:]
    private var folders: [Int32: String] = [:]
    /// Watch descriptors of folders inside a recursive root.
    private var recursive: Set<Int32> = []

    static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF)

    init(descriptor: Int32, targets: [String]) {
        self.descriptor = descriptor
        recursiveRoots = targets
        for target in targets {
            let parent = (target as NSString).deletingLastPathComponent
            watchedNames[parent, default: []].insert((target as NSString).lastPathComponent)
        }
    }

    mutating func addAll() {
        for parent in watchedNames.keys.sorted() { add(parent, recursively: false) }
        for root in recursiveRoots { add(root, recursively: true) }
    }

    /// Watches a folder (and, recursively, the folders in it); does nothing for a file or nothing.
    mutating func add(_ folder: String, recursively: Bool) {
        var visited: Set<UInt64> = []
        add(folder, recursively: recursively, visited: &visited)
    }

    private mutating func add(_ folder: String, recursively: Bool, visited: inout Set<UInt64>) {
        let watch = inotify_add_watch(descriptor, folder, Self.mask | UInt32(IN_ONLYDIR))
        guard watch >= 0 else { return }
        folders[watch] = folder
        guard recursively else { return }
        recursive.insert(watch)
        var info = stat()
        guard stat(folder, &info) == 0, visited.insert(UInt64(info.st_dev) << 40 ^ UInt64(info.st_ino)).inserted else { return }
        // A folder gone (or unreadable) since it was seen has nothing to watch below it; its parent's
        // watch reports whatever comes back.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !name.hasPrefix(".") {
            let path = folder + "/" + name
            var child = stat()
            if stat(path, &child) == 0, child.st_mode & S_IFMT == S_IFDIR { add(path, recursively: true, visited: &visited) }
        }
    }

    /// Stops watching a folder that moved away or was deleted, and everything under it.
    private mutating func forget(_ folder: String) {
        for (watch, path) in folders where path == folder || path.hasPrefix(folder + "/") {
            inotify_rm_watch(descriptor, watch)
            folders[watch] = nil
            recursive.remove(watch)
        }
    }

    /// Reads the events ready; returns the paths they concern (nil after an overflow: anything).
    mutating func readEvents() -> Set<String>? {
        var changed: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let (watch, eventMask, length) = buffer.withUnsafeBytes { bytes in
                    (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                offset += 16 + length
                if eventMask & UInt32(IN_Q_OVERFLOW) != 0 { return nil }
                guard let folder = folders[watch] else { continue }
                if eventMask & UInt32(IN_IGNORED) != 0 {
                    folders[watch] = nil
                    recursive.remove(watch)
                    continue
                }
                let name = String(decoding: nameBytes, as: UTF8.self)
                let path = name.isEmpty ? folder : folder + "/" + name
                let isFolder = eventMask & UInt32(IN_ISDIR) != 0
                let named = watchedNames[folder]?.contains(name) ?? false
                guard recursive.contains(watch) || named else { continue }
                changed.insert(path)
                if isFolder && eventMask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0 { forget(path) }
                if isFolder && eventMask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 && !name.hasPrefix(".") {
                    add(path, recursively: true)
                }
            }
        }
        return changed
    }

    /// Waits for events until `wake` is readable, reporting gathered changes through `report`.
    mutating func run(wake: Int32, quiet: Duration, longest: Duration, report: (Set<String>, Bool) -> Void) {
        var pending: Set<String> = []
        var everything = false
        var first: ContinuousClock.Instant?
        var last = ContinuousClock.now
        while true {
            var timeout: Int32 = -1
            if let started = first {
                let now = ContinuousClock.now
                let wait = min(quiet - (now - last), longest - (now - started))
                if wait <= .zero {
                    report(pending, everything)
                    (pending, everything, first) = ([], false, nil)
                    continue
                }
                let (seconds, attoseconds) = wait.components
                timeout = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            }
            var descriptors = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
            if poll(&descriptors, 2, timeout) < 0 && errno != EINTR { return }
            if descriptors[1].revents != 0 { return }
            if descriptors[0].revents != 0 {
                if let paths = readEvents() { pending.formUnion(paths) } else { everything = true }
                if !pending.isEmpty || everything {
                    last = ContinuousClock.now
                    if first == nil { first = last }
                }
            }
        }
    }
}
