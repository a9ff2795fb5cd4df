import Foundation
import Glibc
import Synchronization

/// A deliberately plain HTTP/1.1 client over a socket, so that requests reach the server exactly
/// as written (`/../`, `%2e%2e`, `%2f` — URLSession and curl would tidy them up). Blocking I/O runs
/// on threads of its own, never on the tasks' threads.
enum RawHTTP {
    struct Response: Sendable {
        var status: Int
        /// Lowercased names.
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func get(_ path: String, port: Int, method: String = "GET", headers: [String: String] = [:]) async throws -> Response {
        var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        let text = request
        let bytes = try await onThread { () throws(Failure) -> Data in
            let socket = try connect(port: port)
            defer { close(socket) }
            try send(text, to: socket)
            var data = Data()
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(socket, &buffer, buffer.count)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                data.append(contentsOf: buffer[0..<count])
            }
            return data
        }
        return try parse(bytes, isHead: method == "HEAD")
    }

    static func parse(_ data: Data, isHead: Bool) throws -> Response {
        let bytes = [UInt8](data)
        guard let end = bytes.firstRange(of: Array("\r\n\r\n".utf8)) else { throw Failure(description: "no response head in \(data.count) bytes") }
        let head = String(decoding: bytes[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(bytes[end.upperBound...])
        if headers["transfer-encoding"] == "chunked" && !isHead { body = dechunk(body) }
        return Response(status: status, headers: headers, body: Data(body))
    }

    static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var decoder = ChunkDecoder()
        return decoder.feed(bytes)
    }

    static func connect(port: Int) throws(Failure) -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var timeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(socket)
            throw Failure(description: "connect: \(String(cString: strerror(errno)))")
        }
        return socket
    }

    static func send(_ text: String, to socket: Int32) throws(Failure) {
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let count = bytes[done...].withUnsafeBytes { write(socket, $0.baseAddress, $0.count) }
            guard count > 0 else { throw Failure(description: "write: \(String(cString: strerror(errno)))") }
            done += count
        }
    }

    /// A free loopback port (the kernel's choice, released at once).
    static func freePort() -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socket, pointer, length) == 0 ? getsockname(socket, pointer, &length) : -1
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func onThread<T: Sendable>(_ work: @escaping @Sendable () throws(Failure) -> T) async throws(Failure) -> T {
        let result: Result<T, Failure> = await withCheckedContinuation { continuation in
            Thread {
                do throws(Failure) { continuation.resume(returning: .success(try work())) } catch { continuation.resume(returning: .failure(error)) }
            }.start()
        }
        return try result.get()
    }
}

/// Decodes `Transfer-Encoding: chunked` as bytes arrive.
struct ChunkDecoder {
    private var pending: [UInt8] = []

    mutating func feed(_ bytes: [UInt8]) -> [UInt8] {
        pending += bytes
        var output: [UInt8] = []
        while let lineEnd = pending.firstRange(of: [13, 10]) {
            let sizeText = String(decoding: pending[..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText, radix: 16) else { break }
            let start = lineEnd.upperBound
            guard pending.count >= start + size + 2 else { break }
            output += pending[start..<start + size]
            pending.removeFirst(start + size + 2)
            if size == 0 { break }
        }
        return output
    }
}

/// Listens on `/_kolo/events` as a browser's EventSource does, keeping every event received.
final class EventClient: Sendable {
    struct Event: Sendable {
        var name: String
        var data: String
    }

    private final class Inbox: Sendable {
        let state = Mutex<(events: [Event], consumed: Int, ended: Bool)>(([], 0, false))
    }

    private let socket: Int32
    private let inbox = Inbox()

    init(port: Int) throws(RawHTTP.Failure) {
        socket = try RawHTTP.connect(port: port)
        try RawHTTP.send("GET /_kolo/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n", to: socket)
        let socket = socket
        let inbox = inbox
        Thread {
            var decoder = ChunkDecoder()
            var head: [UInt8] = []
            var inBody = false
            var text = ""
            var buffer = [UInt8](repeating: 0, count: 16384)
            while true {
                let count = read(socket, &buffer, buffer.count)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                var bytes = Array(buffer[0..<count])
                if !inBody {
                    head += bytes
                    guard let end = head.firstRange(of: Array("\r\n\r\n".utf8)) else { continue }
                    bytes = Array(head[end.upperBound...])
                    inBody = true
                }
                text += String(decoding: decoder.feed(bytes), as: UTF8.self)
                while let end = text.range(of: "\n\n") {
                    let block = text[..<end.lowerBound]
                    text = String(text[end.upperBound...])
                    var name = "message", data = ""
                    for line in block.split(separator: "\n") {
                        if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                        if line.hasPrefix("data: ") { data = String(line.dropFirst(6)) }
                    }
                    if !(name == "message" && data.isEmpty) { inbox.state.withLock { $0.events.append(Event(name: name, data: data)) } }
                }
            }
            inbox.state.withLock { state in
                state.ended = true
                Glibc.close(socket)
            }
        }.start()
    }

    /// The next event named `name` not yet taken (earlier ones of other names are skipped).
    func next(_ name: String, timeout: Duration = .seconds(15)) async -> Event? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let found: Event? = inbox.state.withLock { state in
                guard let index = state.events[state.consumed...].firstIndex(where: { $0.name == name }) else { return nil }
                state.consumed = index + 1
                return state.events[index]
            }
            if let found { return found }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return nil
    }

    /// Whether the server ended the stream (within `timeout`).
    func ended(within timeout: Duration) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if inbox.state.withLock({ $0.ended }) { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }

    func close() {
        inbox.state.withLock { state in
            if !state.ended { shutdown(socket, Int32(SHUT_RDWR)) }
        }
    }
}
