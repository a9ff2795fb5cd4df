import ArgumentParser
import Foundation
import KoloDiagnostics
import KoloScaffold

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a news item, project, member, event or page: writes its file with the right front matter.",
        discussion: """
        Writes content/<lang>/<section>/<slug>.md (news: <today>-<slug>.md, dated today; projects: \
        status planned; members: kind organisation; events: starting today, with the other keys as comments; pages: content/<lang>/<slug>.md) and prints its path. \
        With --translation-of, the file takes the original's name, so it joins its translations, and lists \
        the facts it inherits as comments. Never replaces a file.
        Exit status: 0 written; 1 the file exists or the site cannot be read; 64 usage errors (including \
        a language the site does not have).
        """
    )

    @Argument(help: "news, project, member, event or page.")
    var kind: NewContent.Kind

    @Argument(help: "The title, in the language of the page.")
    var title: String

    @Option(name: .long, help: "The page's language: one of the site's language codes.")
    var lang: String

    @Option(name: .long, help: "The site folder.")
    var source: String = "."

    @Option(name: .customLong("translation-of"), help: "The original's translationKey, file name or path.")
    var translationOf: String?

    func run() throws {
        let request = NewContent.Request(kind: kind, title: title, language: lang, source: source,
                                         translationOf: translationOf, now: Int64(Date().timeIntervalSince1970))
        do throws(DiagnosticError) {
            let file = try NewContent.plan(request)
            try file.write()
            print(file.displayPath)
        } catch {
            Terminal.print(error.diagnostics)
            throw ExitCode(error.diagnostics.contains { $0.code == .usage } ? ExitCode.validationFailure.rawValue : 1)
        }
    }
}

extension NewContent.Kind: ExpressibleByArgument {}
