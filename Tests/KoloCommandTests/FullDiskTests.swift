import Foundation
import Glibc
import Testing

/// A full disk and a read-only file system, made real: a 2 MiB tmpfs mounted in a private mount
/// namespace (`unshare -m`), which needs root — as CI runs. Elsewhere these tests are skipped, and
/// say why.
@Suite(.serialized)
struct FullDiskTests {
    static let whyNot: String? = {
        guard getuid() == 0 else { return "not running as root: a tmpfs cannot be mounted" }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        probe.arguments = ["-m", "true"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return "/usr/bin/unshare is missing (util-linux)" }
        probe.waitUntilExit()
        return probe.terminationStatus == 0 ? nil : "unshare -m fails here (no CAP_SYS_ADMIN in this container?)"
    }()

    /// Builds once into the tmpfs, fills it (or makes it read-only), builds again; reports what the
    /// second build said and what it left. The mount vanishes with the namespace.
    static let script = #"""
    set -u
    mnt=$1; site=$2; kolo=$3; out=$4; mode=$5
    mount --make-rprivate / 2>/dev/null
    mount -t tmpfs -o size=2m tmpfs "$mnt" || exit 90
    "$kolo" build --source "$site" --output "$mnt/public" >/dev/null 2>"$out/first" || exit 91
    sums() { (cd "$mnt/public" && find . -type f | LC_ALL=C sort | xargs -d '\n' sha256sum); }
    sums > "$out/before"
    case $mode in
      full) dd if=/dev/zero of="$mnt/filler" bs=16k 2>/dev/null ;;
      read-only) mount -o remount,ro "$mnt" || exit 92 ;;
    esac
    "$kolo" build --source "$site" --output "$mnt/public" >/dev/null 2>"$out/stderr"; echo $? > "$out/status"
    sums > "$out/after"
    ls -A "$mnt" > "$out/listing"
    """#

    struct Outcome {
        var status: String, errors: String, before: String, after: String, listing: String
    }

    func run(_ mode: String) async throws -> Outcome {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("kolo-disk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        for folder in ["mnt", "out", "site/content/en"] {
            try FileManager.default.createDirectory(at: base.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try "title: Hub\nbaseURL: https://example.org/\nlanguages:\n  - {code: en, name: English, locale: en-GB}\n"
            .write(to: base.appendingPathComponent("site/site.yaml"), atomically: true, encoding: .utf8)
        for index in 1...20 {
            try "---\ntitle: Page \(index)\n---\nText.\n".write(to: base.appendingPathComponent("site/content/en/page-\(index).md"), atomically: true, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-m", "sh", "-c", Self.script, "sh", base.path + "/mnt", base.path + "/site", CommandLineTests.kolo.path,
                             base.path + "/out", mode]
        try process.run()
        while process.isRunning { try await Task.sleep(for: .milliseconds(20)) }
        process.waitUntilExit()
        let out = base.appendingPathComponent("out")
        func read(_ name: String) -> String { (try? String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)) ?? "" }
        try #require(process.terminationStatus == 0, "the set-up failed (\(process.terminationStatus)): \(read("first"))")
        return Outcome(status: read("status"), errors: read("stderr"), before: read("before"), after: read("after"), listing: read("listing"))
    }

    @Test(.enabled(if: whyNot == nil, "\(whyNot ?? "")"))
    func aFullDiskFailsClearlyAndLeavesThePreviousOutputAndNoTemporaryFolder() async throws {
        let outcome = try await run("full")
        #expect(outcome.status == "1\n")
        #expect(outcome.errors.contains("/mnt/public/"), "the error names no path: \(outcome.errors)")
        #expect(outcome.errors.contains(": No space left on device\n"), "\(outcome.errors)")
        #expect(outcome.errors.hasSuffix("the previous output was left untouched\n"))
        #expect(!outcome.before.isEmpty && outcome.after == outcome.before)
        #expect(outcome.listing == "filler\npublic\n")
    }

    @Test(.enabled(if: whyNot == nil, "\(whyNot ?? "")"))
    func aReadOnlyParentFailsClearlyAndLeavesThePreviousOutput() async throws {
        let outcome = try await run("read-only")
        #expect(outcome.status == "1\n")
        #expect(outcome.errors.contains("error: cannot create a temporary folder "), "\(outcome.errors)")
        #expect(outcome.errors.contains("/mnt/public.kolo-build-XXXXXX: Read-only file system\n"), "\(outcome.errors)")
        #expect(!outcome.before.isEmpty && outcome.after == outcome.before)
        #expect(outcome.listing == "public\n")
    }
}
