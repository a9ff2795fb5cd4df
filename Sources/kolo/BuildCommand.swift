import ArgumentParser
import Foundation
import KoloBuild
import KoloCheck
import KoloDiagnostics
import KoloOutput

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
        The output folder is replaced only when Kolo wrote it and nothing was added to it since; a \
        folder of someone else's is refused (naming some of its files) unless --force is given, and a \
        folder that is, holds or lies inside the site's sources is always refused.
        Exit status: 0 when the site was built, 1 when the sources have errors (each printed as \
        path:line:col: error: message; the previous output is left untouched), when writing failed \
        (a full disk, a read-only folder) or, with --strict, when kolo check finds any error or \
        warning, 64 for usage errors (an output folder that is refused included), 130 or 143 when \
        stopped by SIGINT or SIGTERM (the temporary folder is removed).
        """
    )

    @Option(name: .long, help: "The site folder (holding site.yaml and content/).")
    var source: String = "."

    @Option(name: .long, help: "Where to write the site (default: <source>/public).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "Publish under this URL instead of site.yaml's baseURL.")
    var baseURL: String?

    @Flag(name: .long, help: "Include pages marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Include items dated in the future.")
    var future = false

    @Flag(name: .long, help: "Include items whose expiryDate has passed.")
    var expired = false

    @OptionGroup var clock: ClockOptions

    @Flag(name: .long, help: "Run every check of kolo check first; build nothing on any error or warning.")
    var strict = false

    @Flag(name: .long, help: "Replace the output folder even when Kolo did not write it, with everything in it.")
    var force = false

    func run() async throws {
        let now = clock.seconds
        var options = BuildOptions(source: source, output: output, baseURL: baseURL, includeDrafts: drafts,
                                   includeFuture: future, now: now, force: force)
        options.includeExpired = expired
        Interruption.removeTemporaryFoldersOnSignals()
        if strict {
            let report = await Checker.run(options)
            if report.exitStatus(strict: true) != 0 {
                Terminal.print(report.diagnostics)
                Terminal.printError("build refused (--strict): \(report.errorCount) error\(report.errorCount == 1 ? "" : "s"), \(report.warningCount) warning\(report.warningCount == 1 ? "" : "s"); the previous output was left untouched")
                throw ExitCode(1)
            }
        }
        let outcome = await Self.build(options)
        switch outcome {
        case .success(let report):
            Terminal.print(report.warnings)
            print(report.summary + "; " + clock.describe(now))
        case .failure(let error):
            Terminal.print(error.diagnostics)
            if error.diagnostics.contains(where: { $0.code == .usage }) { throw ExitCode.validationFailure }
            let count = error.diagnostics.filter { $0.severity == .error }.count
            Terminal.printError("build failed with \(count) error\(count == 1 ? "" : "s"); the previous output was left untouched")
            throw ExitCode(1)
        }
    }

    static func build(_ options: BuildOptions) async -> Result<BuildReport, DiagnosticError> {
        do {
            return .success(try await Build.run(options))
        } catch {
            return .failure(error)
        }
    }
}

enum Terminal {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { printError(diagnostic.description) }
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
