/// Runs `transform` over `items` on every core, in chunks, and returns the results in input order.
/// Chunks keep task overhead low for tens of thousands of small jobs.
public func parallelMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], _ transform: @escaping @Sendable (Item) -> Result
) async -> [Result] {
    let cores = max(1, ProcessInfoCores.count)
    guard items.count > 1, cores > 1 else { return items.map(transform) }
    let chunkSize = max(1, min(256, items.count / (cores * 8)))
    return await withTaskGroup(of: (Int, [Result]).self) { group in
        var start = 0
        while start < items.count {
            let range = start..<min(start + chunkSize, items.count)
            let chunk = Array(items[range])
            group.addTask { (range.lowerBound, chunk.map(transform)) }
            start = range.upperBound
        }
        var parts: [(Int, [Result])] = []
        for await part in group { parts.append(part) }
        return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
    }
}

import Foundation

enum ProcessInfoCores {
    static let count = ProcessInfo.processInfo.activeProcessorCount
}
