import ArgumentParser
import Foundation
import KoloContent

/// `--now`: the moment a build takes as "now" (for future and expired items and for upcoming
/// events), so that CI, tests and editors can build the site as it will look on a given day.
struct ClockOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Build as if it were this moment (2025-06-01T12:00:00Z, or 2025-06-01 for midnight UTC) instead of the clock's.",
                                            valueName: "date-time"))
    var now: String?

    func validate() throws {
        if let now, ContentDate.parse(now, defaultOffset: { _, _, _, _, _ in 0 }) == nil {
            throw ValidationError("--now \"\(now)\" is not a date: write 2025-06-01T12:00:00Z (or with an offset, 2025-06-01T14:00:00+02:00)")
        }
    }

    /// Seconds since 1970: `--now`, else the clock.
    var seconds: Int64 {
        now.flatMap { ContentDate.parse($0, defaultOffset: { _, _, _, _, _ in 0 }) }?.secondsSince1970 ?? Int64(Date().timeIntervalSince1970)
    }

    /// "now 2025-06-01T12:00:00Z" for the summary line; "(--now)" says it was set, not read from the clock.
    func describe(_ seconds: Int64) -> String {
        "now \(ContentDate.utc(secondsSince1970: seconds).rfc3339)\(now == nil ? "" : " (--now)")"
    }
}
