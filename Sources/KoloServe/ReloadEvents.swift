import Foundation

/// The browsers listening on `/_kolo/events`, and what is sent to them (Server-Sent Events):
/// `reload` with the site paths that changed, `failed` with the build's errors.
actor ReloadEvents {
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    private var isClosed = false

    var count: Int { listeners.count }

    /// A new listener's stream; it starts with a `hello` naming the current build.
    func subscribe(hello: String) -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self)
        guard !isClosed else {
            continuation.finish()
            return stream
        }
        let id = UUID()
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        continuation.yield(hello)
        return stream
    }

    func send(_ message: String) {
        for continuation in listeners.values { continuation.yield(message) }
    }

    /// Ends every stream (at shutdown, so that open responses finish).
    func close() {
        isClosed = true
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    private func remove(_ id: UUID) {
        listeners[id] = nil
    }

    // MARK: - Messages

    static func message(event: String, json: Any) -> String {
        let data: Data
        do {
            data = try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys, .withoutEscapingSlashes])
        } catch {
            // Every caller passes strings, numbers and lists of them, which always serialise.
            preconditionFailure("a reload event could not be written as JSON: \(error)")
        }
        return "event: \(event)\ndata: \(String(decoding: data, as: UTF8.self))\n\n"
    }

    static func hello(generation: Int, instance: String) -> String {
        message(event: "hello", json: ["build": "\(instance)-\(generation)"])
    }

    static func reload(changedFiles: [String], recovered: Bool) -> String {
        message(event: "reload", json: ["changed": changedFiles.map(sitePath).sorted(), "recovered": recovered])
    }

    static func failed(_ errors: [String]) -> String {
        message(event: "failed", json: ["errors": errors])
    }

    /// "en/news/x/index.html" → "/en/news/x/"; other files keep their name.
    static func sitePath(_ file: String) -> String {
        if file == "index.html" { return "/" }
        if file.hasSuffix("/index.html") { return "/" + file.dropLast("index.html".count) }
        return "/" + file
    }
}
