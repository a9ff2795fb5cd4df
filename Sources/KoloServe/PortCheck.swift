import Glibc

/// Whether a TCP port can be listened on, asked before the server starts so that a taken port
/// gets a clear message instead of a socket error.
enum PortCheck {
    enum Outcome: Equatable {
        case free
        case inUse
        case unusable(String)
    }

    static func check(host: String, port: Int) -> Outcome {
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host == "localhost" ? "127.0.0.1" : host, String(port), &hints, &list)
        guard status == 0, let first = list else { return .unusable("cannot listen on \(host): \(String(cString: gai_strerror(status)))") }
        defer { freeaddrinfo(list) }
        let address = first.pointee
        let socket = Glibc.socket(address.ai_family, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return .unusable(String(cString: strerror(errno))) }
        defer { close(socket) }
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard bind(socket, address.ai_addr, address.ai_addrlen) == 0 else {
            return errno == EADDRINUSE ? .inUse : .unusable("cannot listen on \(host):\(port): \(String(cString: strerror(errno)))")
        }
        return .free
    }
}
