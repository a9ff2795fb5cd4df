import Foundation
import Glibc
import Hummingbird

/// Answers every request of the preview: the site's files from its folder (GET and HEAD), the
/// reload events, the site's own 404 page. Nothing outside the folder is ever read: paths are
/// checked before use (see `RequestPath`) and the file found must resolve, symbolic links
/// followed, to a place inside the folder.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    /// The folder, with symbolic links resolved.
    let root: String
    let status: PreviewStatus
    let events: ReloadEvents
    let instance: String

    static let eventsPath = "/_kolo/events"

    func respond(to request: Request, context: Context) async throws -> Response {
        let method = request.method
        guard method == .get || method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let target = request.head.path ?? "/"
        if target == Self.eventsPath || target.hasPrefix(Self.eventsPath + "?") {
            return await eventStream(isHead: method == .head)
        }
        guard let path = RequestPath(target) else { return notFound(isHead: method == .head) }
        switch locate(path) {
        case .file(let file):
            return serve(file, isHead: method == .head, ifNoneMatch: request.headers[.ifNoneMatch], status: .ok)
        case .folder:
            return Response(status: .movedPermanently, headers: [.location: Self.slashForm(target), .contentLength: "0"])
        case .missing:
            return notFound(path, isHead: method == .head)
        }
    }

    enum Location {
        case file(String)
        case folder
        case missing
    }

    /// A file inside the folder, or a folder (to redirect to its slash form); never anything else.
    func locate(_ path: RequestPath) -> Location {
        let relative = path.relative
        let candidate = relative.isEmpty ? root : root + "/" + relative
        guard let real = Self.realPath(candidate), real == root || real.hasPrefix(root + "/") else { return .missing }
        var info = stat()
        guard stat(real, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            return path.hasTrailingSlash ? .missing : .file(real)
        case S_IFDIR:
            guard path.hasTrailingSlash || relative.isEmpty else { return .folder }
            let index = candidate + "/index.html"
            guard let realIndex = Self.realPath(index), realIndex.hasPrefix(root + "/"),
                  stat(realIndex, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .missing }
            return .file(realIndex)
        default:
            return .missing
        }
    }

    func serve(_ file: String, isHead: Bool, ifNoneMatch: String?, status responseStatus: HTTPResponse.Status) -> Response {
        guard var bytes = FileManager.default.contents(atPath: file).map(Array.init) else {
            return Response(status: .internalServerError, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: "cannot read the file\n")))
        }
        let type = MediaType.of(file)
        if type.hasPrefix("text/html") {
            bytes = ReloadScript.inject(into: bytes, errors: status.snapshot.errors)
        }
        let tag = ETag.of(bytes)
        var headers: HTTPFields = [.contentType: type, .eTag: tag, .cacheControl: "no-cache"]
        if responseStatus == .ok, let ifNoneMatch, ETag.matches(ifNoneMatch, tag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentLength] = String(bytes.count)
        let body = isHead ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        return Response(status: responseStatus, headers: headers, body: body)
    }

    /// The site's own 404 page: the language's (`/<lang>/404.html`) when the path starts with a
    /// language folder that has one, else `/404.html`, else a line of text.
    func notFound(_ path: RequestPath? = nil, isHead: Bool) -> Response {
        var candidates = ["404.html"]
        if let first = path?.segments.first { candidates.insert(first + "/404.html", at: 0) }
        for candidate in candidates {
            if case .file(let file) = locate(RequestPath("/" + candidate)!) {
                var response = serve(file, isHead: isHead, ifNoneMatch: nil, status: .notFound)
                response.headers[.eTag] = nil
                return response
            }
        }
        // No 404 page (the first build failed, say): a page of our own, so that the errors show and
        // the browser reloads when they are fixed.
        let page = ReloadScript.inject(into: Array(Self.plainNotFound.utf8), errors: status.snapshot.errors)
        return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8", .contentLength: String(page.count),
                                                     .cacheControl: "no-cache"],
                        body: isHead ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: page)))
    }

    func eventStream(isHead: Bool) async -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"]
        guard !isHead else { return Response(status: .ok, headers: headers) }
        let stream = await events.subscribe(hello: ReloadEvents.hello(generation: status.snapshot.generation, instance: instance))
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
            for await message in stream {
                try await writer.write(ByteBuffer(string: message))
            }
            try await writer.finish(nil)
        })
    }

    static let plainNotFound = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Not found</title></head>
        <body><h1>Not found</h1><p>This site has no page here.</p></body></html>

        """

    /// "/en?x=1" → "/en/?x=1".
    static func slashForm(_ target: String) -> String {
        guard let mark = target.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return target + "/" }
        return String(target[..<mark]) + "/" + String(target[mark...])
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
