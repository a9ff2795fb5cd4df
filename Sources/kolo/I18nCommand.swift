import ArgumentParser
import KoloBuild
import KoloCheck
import KoloDiagnostics

struct I18nCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "i18n",
        abstract: "Report translation status: missing and stale translations, missing and unused UI strings.",
        discussion: "Exit status: 0, or 1 with --strict when a translation or a UI string is missing (and on errors in the sources)."
    )

    enum Format: String, ExpressibleByArgument { case table, json }

    @Option(name: .long, help: "The site folder.")
    var source: String = "."

    @Option(name: .long, help: "table (for people) or json (for tools).")
    var format: Format = .table

    @Flag(name: .long, help: "Exit with status 1 when anything is missing.")
    var strict = false

    func run() async throws {
        let report: TranslationReport
        switch await Self.report(source) {
        case .success(let value): report = value
        case .failure(let error):
            Terminal.print(error.diagnostics)
            throw ExitCode(1)
        }
        print(format == .json ? report.json() : report.table(), terminator: format == .json ? "\n" : "")
        if strict && !report.isComplete { throw ExitCode(1) }
    }

    static func report(_ source: String) async -> Result<TranslationReport, DiagnosticError> {
        do { return .success(try await TranslationReport.make(source: source)) } catch { return .failure(error) }
    }
}
