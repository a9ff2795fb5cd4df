import Foundation
import Hummingbird

/// `kolo serve`: builds the site once, serves it from the builder's folder on Hummingbird, and
/// rebuilds after every change the watcher reports, telling the browsers over Server-Sent Events.
/// A failed build leaves the last good site served, with the errors shown over every page.
public struct PreviewServer<Builder: PreviewBuilder>: Sendable {
    public struct Configuration: Sendable {
        public var host: String
        public var port: Int
        /// How long the files must have been quiet before a rebuild starts.
        public var quiet: Duration

        public init(host: String = "127.0.0.1", port: Int = 1313, quiet: Duration = .milliseconds(30)) {
            self.host = host
            self.port = port
            self.quiet = quiet
        }
    }

    public let configuration: Configuration
    let builder: Builder
    let log: @Sendable (String) -> Void

    /// - Parameter log: where the server tells what it does (build summaries and errors).
    public init(configuration: Configuration, builder: Builder, log: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.builder = builder
        self.log = log
    }

    /// Fails, with the message `kolo serve` prints, when the port cannot be listened on.
    public static func checkPort(host: String, port: Int) throws(ServeError) {
        switch PortCheck.check(host: host, port: port) {
        case .free: return
        case .inUse: throw ServeError.portInUse(port)
        case .unusable(let reason): throw ServeError(message: reason)
        }
    }

    /// Serves until SIGINT or SIGTERM (a graceful shutdown), or until the task is cancelled.
    /// - Parameter onRunning: called once the server listens, with its port.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws(ServeError) {
        try Self.checkPort(host: configuration.host, port: configuration.port)
        let status = PreviewStatus()
        let events = ReloadEvents()
        let queue = ChangeQueue()
        let (changes, changesContinuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let (built, builtContinuation) = AsyncStream.makeStream(of: (folder: String, watched: [String]).self)
        let signals = ShutdownSignals { Task { await events.close() } }
        defer { signals.cancel() }
        let (pristine, log, configuration) = (builder, self.log, self.configuration)
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                // The builder lives in this task alone, so that its caches change in place and are
                // never copied: the first build, then one after every change.
                group.addTask {
                    var builder = pristine
                    Self.report(await builder.build(changed: nil), status: status, log: log)
                    builtContinuation.yield((builder.folder, builder.watchedPaths))
                    builtContinuation.finish()
                    if let message = await builder.afterReload() { log(message) }
                    for await _ in changes {
                        let changed = queue.take()
                        if let changed, changed.isEmpty { continue }
                        await Self.rebuild(&builder, changed: changed, status: status, events: events, log: log)
                        if let message = await builder.afterReload() { log(message) }
                    }
                }
                var first = built.makeAsyncIterator()
                guard let site = await first.next() else { return }
                guard let root = SiteResponder.realPath(site.folder) else {
                    throw ServeError(message: "the site's folder \(site.folder) is missing")
                }
                do {
                    try FileWatcher(paths: site.watched, quiet: configuration.quiet).start(into: queue, signalling: changesContinuation)
                } catch {
                    throw ServeError(message: "\(error)")
                }
                let responder = SiteResponder(root: root, status: status, events: events,
                                              instance: String(UInt32.random(in: .min ... .max), radix: 36))
                var application = Application(responder: responder,
                                              configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port)),
                                              onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) })
                application.logger.logLevel = .warning
                let server = application
                group.addTask { try await server.runService() }
                // The server ends on a signal (or fails); then the rebuilding stops too.
                _ = try await group.next()
                group.cancelAll()
            }
        } catch let error as ServeError {
            await events.close()
            throw error
        } catch {
            await events.close()
            if "\(error)".contains("Address already in use") { throw ServeError.portInUse(configuration.port) }
            if error is CancellationError { return }
            throw ServeError(message: "the server stopped: \(error)")
        }
        await events.close()
    }

    private static func report(_ result: Result<PreviewBuild, PreviewFailure>, status: PreviewStatus, log: @Sendable (String) -> Void) {
        switch result {
        case .success(let build):
            status.record(nil)
            for warning in build.warnings { log(warning) }
            log(build.summary)
        case .failure(let failure):
            status.record(failure.messages)
            log(failure.messages.joined(separator: "\n"))
            log("the build failed; the preview shows the errors until the files are fixed")
        }
    }
}

/// Why `kolo serve` could not serve.
public struct ServeError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public static func portInUse(_ port: Int) -> ServeError {
        ServeError(message: "port \(port) is already in use; try --port \(port + 1)")
    }

    public var description: String { message }
}
