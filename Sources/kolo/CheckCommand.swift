import ArgumentParser
import Foundation
import KoloBuild
import KoloCheck

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Find what would make the published site wrong, without writing anything.",
        discussion: """
        Errors: broken links and anchors, missing images and assets, values of the wrong type, unknown \
        references, duplicate output paths. Warnings: misspelt front matter keys, pictures without \
        imageAlt, UI strings a language lacks, links the build removes. Each is printed as \
        path:line:col: error|warning: message (or, with --format json, as an array of \
        {path, line, column, severity, code, message}).
        Exit status: 0 when there are no errors (with --strict: no warnings either), 1 otherwise, \
        64 for usage errors.
        """
    )

    enum Format: String, ExpressibleByArgument { case text, json }

    @Option(name: .long, help: "The site folder (holding site.yaml and content/).")
    var source: String = "."

    @Option(name: .long, help: "text (for people) or json (for tools).")
    var format: Format = .text

    @Flag(name: .long, help: "Exit with status 1 on warnings too.")
    var strict = false

    @Flag(name: .long, help: "Check pages marked draft: true as well.")
    var drafts = false

    @Flag(name: .long, help: "Check items dated in the future as well.")
    var future = false

    @Flag(name: .long, help: "Check items whose expiryDate has passed as well.")
    var expired = false

    @OptionGroup var clock: ClockOptions

    func run() async throws {
        var options = BuildOptions(source: source, includeDrafts: drafts, includeFuture: future, now: clock.seconds)
        options.includeExpired = expired
        let report = await Checker.run(options)
        print(format == .json ? report.json() : report.text(), terminator: "")
        let status = report.exitStatus(strict: strict)
        if status != 0 { throw ExitCode(status) }
    }
}
