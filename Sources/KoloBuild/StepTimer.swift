import Foundation

/// With KOLO_TIMINGS set, prints how long each build step took (to stderr), for profiling.
struct StepTimer {
    private var last = Date()
    private let enabled = ProcessInfo.processInfo.environment["KOLO_TIMINGS"] != nil

    mutating func lap(_ step: String) {
        guard enabled else { return }
        let now = Date()
        FileHandle.standardError.write(Data("\(step): \(Int(now.timeIntervalSince(last) * 1000)) ms\n".utf8))
        last = now
    }
}
