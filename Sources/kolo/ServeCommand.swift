import ArgumentParser
import Foundation
import Glibc
import KoloBuild
import KoloDiagnostics
import KoloOutput
import KoloServe

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build it, serve it locally and rebuild on every change.",
        discussion: """
        The site is written to a private temporary folder (never to public/, so the reload script \
        added to served pages can never be deployed), with its base URL set to the local address. \
        Pages reload when what they show changes; stylesheets are swapped in place. When a build \
        fails, every page shows the errors and the last good site stays served. Ctrl-C stops.
        """
    )

    @Option(name: .long, help: "The site folder (holding site.yaml and content/).")
    var source: String = "."

    @Option(name: .long, help: "The port to listen on.")
    var port: Int = 1313

    @Option(name: .long, help: "The address to listen on (0.0.0.0 lets other devices of the network in).")
    var bind: String = "127.0.0.1"

    @Flag(inversion: .prefixedNo, help: "Show drafts, items dated in the future and expired items (as `kolo build` would not).")
    var drafts = true

    @OptionGroup var clock: ClockOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        do {
            try PreviewServer<SessionPreviewBuilder>.checkPort(host: bind, port: port)
        } catch {
            Terminal.printError("error: \(error.message)")
            throw ExitCode(1)
        }
        for leftover in PreviewFolder.removeLeftovers(site: source) {
            Terminal.printError("removed \(leftover), left by a kolo that was killed")
        }
        let preview: PreviewFolder
        switch Result(catching: { () throws(DiagnosticError) in try PreviewFolder.create(site: source) }) {
        case .success(let created): preview = created
        case .failure(let error):
            Terminal.print(error.diagnostics)
            throw ExitCode(1)
        }
        defer { preview.remove() }
        let folder = preview.path
        let address = "http://\(Self.urlHost(bind)):\(port)/"
        let now = clock.seconds
        var options = BuildOptions(source: source, output: folder + "/site", baseURL: address, includeDrafts: drafts,
                                   includeFuture: drafts, now: now)
        options.includeExpired = drafts
        var session = BuildSession(options: options)
        session.defersSearchIndex = true
        let server = PreviewServer(configuration: .init(host: bind, port: port),
                                   builder: SessionPreviewBuilder(session: session),
                                   log: { Terminal.printError($0) })
        do {
            try await server.run { _ in
                Terminal.printError("serving \(source == "." ? "this site" : source) at \(address)\(drafts ? " (drafts, future and expired items shown)" : ""), \(clock.describe(now)); Ctrl-C stops")
            }
        } catch {
            Terminal.printError("error: \(error.message)")
            throw ExitCode(1)
        }
    }

    /// How the address appears in URLs: a wildcard address as localhost, IPv6 in brackets.
    static func urlHost(_ bind: String) -> String {
        if bind == "0.0.0.0" || bind == "::" { return "localhost" }
        return bind.contains(":") ? "[\(bind)]" : bind
    }
}

/// A `BuildSession` as the preview server sees it.
struct SessionPreviewBuilder: PreviewBuilder {
    var session: BuildSession

    var folder: String { session.options.output ?? "" }

    var watchedPaths: [String] {
        let root = session.siteRoot
        var paths = ["content", "templates", "themes", "static", "i18n", "site.yaml"].map { root + "/" + $0 }
        if let theme = session.themeRoot, !theme.hasPrefix(root + "/") { paths.append(theme) }
        return paths
    }

    mutating func build(changed: Set<String>?) async -> Result<PreviewBuild, PreviewFailure> {
        let changes = changed.map { SourceChanges(paths: $0, root: session.siteRoot, themeRoot: session.themeRoot) } ?? .all
        do {
            let report = try await session.rebuild(changes)
            return .success(PreviewBuild(changedFiles: report.written + report.deleted, summary: report.summary,
                                         warnings: report.warnings.map(\.description)))
        } catch {
            return .failure(PreviewFailure(messages: error.diagnostics.filter { $0.severity == .error }.map(\.description)))
        }
    }

    /// Pagefind's index, after the browsers heard of the change.
    mutating func afterReload() async -> String? {
        do {
            try session.updateSearchIndex()
            return nil
        } catch {
            return error.diagnostics.map(\.description).joined(separator: "\n") + "\n(the search index of the preview is out of date)"
        }
    }
}
