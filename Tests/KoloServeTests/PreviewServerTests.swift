import KoloFixtures
import Foundation
import Glibc
import KoloServe
import Testing

/// The preview server, started on a free loopback port and spoken to over real sockets.
@Suite(.serialized)
struct PreviewServerTests {
    @Test func servesPagesWithTheReloadScriptOnlyInResponses() async throws {
        try await PreviewHarness.with { preview in
            let page = try await preview.get("/en/news/second/")
            #expect(page.status == 200)
            #expect(page.headers["content-type"] == "text/html; charset=utf-8")
            #expect(page.text.contains("Second item"))
            #expect(page.text.contains("new EventSource(\"/_kolo/events\")"))
            #expect(page.text.range(of: "<script>")!.lowerBound < page.text.range(of: "</body>")!.lowerBound)
            // The base URL is the local address; the file on disk carries no script.
            #expect(page.text.contains("<link rel=\"canonical\" href=\"http://127.0.0.1:\(preview.port)/en/news/second/\">"))
            let onDisk = try String(contentsOf: preview.folder.appendingPathComponent("en/news/second/index.html"), encoding: .utf8)
            #expect(!onDisk.contains("_kolo"))

            let css = try await preview.get("/css/kolo.css")
            #expect(css.status == 200 && css.headers["content-type"] == "text/css; charset=utf-8" && !css.text.contains("_kolo"))
            #expect(try await preview.get("/sitemap.xml").headers["content-type"] == "application/xml; charset=utf-8")
            #expect(try await preview.get("/en/atom.xml").headers["content-type"] == "application/atom+xml; charset=utf-8")
            #expect(try await preview.get("/robots.txt").headers["content-type"] == "text/plain; charset=utf-8")
            let root = try await preview.get("/")
            #expect(root.status == 200 && root.text.contains("_kolo/events"))
            #expect(try await preview.get("/en/news/second/index.html").status == 200)
            #expect(try await preview.get("/en/news/second/?utm=x").status == 200)
            #expect(try await preview.get("/en/news/second/", method: "POST").status == 405)
        }
    }

    @Test func headETagAndRedirects() async throws {
        try await PreviewHarness.with { preview in
            let page = try await preview.get("/en/")
            let head = try await preview.get("/en/", method: "HEAD")
            #expect(head.status == 200 && head.body.isEmpty)
            #expect(head.headers["content-length"] == String(page.body.count))
            #expect(head.headers["etag"] == page.headers["etag"])
            let tag = try #require(page.headers["etag"])
            let cached = try await preview.get("/en/", headers: ["If-None-Match": tag])
            #expect(cached.status == 304 && cached.body.isEmpty && cached.headers["etag"] == tag)
            #expect(try await preview.get("/en/", headers: ["If-None-Match": "\"other\", W/\(tag)"]).status == 304)
            #expect(try await preview.get("/en/", headers: ["If-None-Match": "\"other\""]).status == 200)

            let folder = try await preview.get("/en/news")
            #expect(folder.status == 301 && folder.headers["location"] == "/en/news/")
            let withQuery = try await preview.get("/en?lang=1")
            #expect(withQuery.status == 301 && withQuery.headers["location"] == "/en/?lang=1")
        }
    }

    @Test func theSitesOwn404Page() async throws {
        try await PreviewHarness.with { preview in
            let english = try await preview.get("/en/no-such-page/")
            #expect(english.status == 404)
            #expect(english.headers["content-type"] == "text/html; charset=utf-8")
            let englishPage = try await preview.get("/en/404.html")
            #expect(english.text == englishPage.text)
            #expect(english.text.contains("_kolo/events"))
            let elsewhere = try await preview.get("/nowhere.png")
            let sitePage = try await preview.get("/404.html")
            #expect(elsewhere.status == 404 && elsewhere.text == sitePage.text)
            #expect(try await preview.get("/en/about/index.html/").status == 404)
        }
    }

    @Test func neverServesAnythingOutsideTheSite() async throws {
        try await PreviewHarness.with { preview in
            // Something to reach for: a secret beside the folder, and links inside it pointing out.
            let secret = preview.folder.deletingLastPathComponent().appendingPathComponent("kolo-secret-\(preview.port).txt")
            try Data("top secret".utf8).write(to: secret)
            defer { try? FileManager.default.removeItem(at: secret) }
            try FileManager.default.createSymbolicLink(atPath: preview.folder.appendingPathComponent("leak.txt").path, withDestinationPath: secret.path)
            try FileManager.default.createSymbolicLink(atPath: preview.folder.appendingPathComponent("up").path, withDestinationPath: "..")
            try FileManager.default.createSymbolicLink(atPath: preview.folder.appendingPathComponent("etc").path, withDestinationPath: "/etc")
            let name = secret.lastPathComponent
            let attempts = [
                "/../\(name)", "/en/../../\(name)", "/%2e%2e/\(name)", "/%2E%2E/\(name)", "/.%2e/\(name)",
                "/en/%2e%2e/%2e%2e/\(name)", "/..%2f\(name)", "/en%2f..%2f..%2f\(name)", "/%2fetc%2fpasswd", "/..%5c\(name)",
                "/%c0%ae%c0%ae/\(name)", "/leak.txt", "/up/\(name)", "/etc/passwd", "/etc/", "/en/%00", "/./en/", "//etc/passwd",
                "/en/news/../../../\(name)",
            ]
            for attempt in attempts {
                let response = try await preview.get(attempt)
                #expect(response.status == 404, "\(attempt) gave \(response.status)")
                #expect(!response.text.contains("top secret") && !response.text.contains("root:"), "\(attempt) leaked")
            }
            // Not a path at all: Hummingbird refuses it before it reaches the site.
            let relative = try await preview.get("../\(name)")
            #expect([400, 404].contains(relative.status) && !relative.text.contains("top secret"))
        }
    }

    @Test func manyConcurrentRequests() async throws {
        try await PreviewHarness.with { preview in
            let expected = try await preview.get("/en/news/").body
            let paths = ["/en/news/", "/mk/", "/css/kolo.css", "/en/atom.xml", "/missing/"]
            let statuses = try await withThrowingTaskGroup(of: (String, Int, Bool).self) { group in
                for index in 0..<200 {
                    let path = paths[index % paths.count]
                    group.addTask {
                        let response = try await preview.get(path)
                        return (path, response.status, path != "/en/news/" || response.body == expected)
                    }
                }
                var all: [(String, Int, Bool)] = []
                for try await result in group { all.append(result) }
                return all
            }
            #expect(statuses.count == 200)
            #expect(statuses.allSatisfy { $0.2 && $0.1 == ($0.0 == "/missing/" ? 404 : 200) })
        }
    }

    @Test func anEditReloadsTheBrowser() async throws {
        try await PreviewHarness.with { preview in
            let events = try await preview.events()
            defer { events.close() }
            try preview.site.write("""
            -- content/en/news/2017-01-05-second.md --
            ---
            title: Second item
            date: 2017-01-05T10:00:00+01:00
            description: The second one.
            ---
            Body two, edited in the preview.
            """)
            let reload = try #require(await events.next("reload"))
            #expect(reload.data.contains("\"/en/news/second/\""))
            #expect(!reload.data.contains("/en/about/"))
            #expect(try await preview.get("/en/news/second/").text.contains("edited in the preview"))

            // A stylesheet: only CSS changed, so the page swaps it instead of reloading.
            try preview.site.write("""
            -- static/css/kolo.css --
            body { background: hotpink }
            """)
            let style = try #require(await events.next("reload"))
            #expect(style.data == "{\"changed\":[\"/css/kolo.css\"],\"recovered\":false}")
            #expect(try await preview.get("/css/kolo.css").text.contains("hotpink"))
        }
    }

    @Test func aFailedBuildShowsItsErrorsOnEveryPageUntilFixed() async throws {
        try await PreviewHarness.with { preview in
            let events = try await preview.events()
            defer { events.close() }
            try preview.site.write("""
            -- content/en/news/2017-01-05-second.md --
            ---
            title: Second item
            date: <b>soon</b>
            ---
            Body two.
            """)
            let failed = try #require(await events.next("failed"))
            #expect(failed.data.contains("content/en/news/2017-01-05-second.md:3:7: error: 'date' is not a date"))
            for path in ["/en/", "/en/news/second/", "/mk/no-such-page/"] {
                let page = try await preview.get(path)
                #expect(page.text.contains("<div id=\"kolo-overlay\""), "no overlay on \(path)")
                #expect(page.text.contains("2017-01-05-second.md:3:7: error: &#39;date&#39; is not a date: &quot;&lt;b&gt;soon&lt;/b&gt;&quot;"))
                #expect(!page.text.contains("<b>soon</b>"))
            }
            // The last good site is still there underneath.
            #expect(try await preview.get("/en/news/second/").text.contains("Body two."))

            try preview.site.write("""
            -- content/en/news/2017-01-05-second.md --
            ---
            title: Second item
            date: 2017-01-05
            ---
            Body two, fixed.
            """)
            let reload = try #require(await events.next("reload"))
            #expect(reload.data.contains("\"recovered\":true"))
            let fixed = try await preview.get("/en/news/second/")
            #expect(fixed.text.contains("Body two, fixed.") && !fixed.text.contains("<div id=\"kolo-overlay\""))
        }
    }

    @Test func aSiteThatNeverBuiltShowsItsErrorsUntilFixed() async throws {
        let broken = twoLanguageSite + "\n" + """
        -- content/en/news/2020-01-01-broken.md --
        ---
        title: Broken
        date: someday
        ---
        Text.
        """
        try await PreviewHarness.with(broken) { preview in
            let page = try await preview.get("/en/")
            #expect(page.status == 404)
            #expect(page.text.contains("<div id=\"kolo-overlay\""))
            #expect(page.text.contains("2020-01-01-broken.md:3:7: error: &#39;date&#39; is not a date"))
            let events = try await preview.events()
            defer { events.close() }
            try preview.site.write("""
            -- content/en/news/2020-01-01-broken.md --
            ---
            title: Broken no more
            date: 2020-01-01
            ---
            Text.
            """)
            let reload = try #require(await events.next("reload"))
            #expect(reload.data.contains("\"recovered\":true"))
            let fixed = try await preview.get("/en/")
            #expect(fixed.status == 200 && fixed.text.contains("Broken no more") && !fixed.text.contains("<div id=\"kolo-overlay\""))
        }
    }

    @Test func aTakenPortIsSaidPlainly() async throws {
        let port = RawHTTP.freePort()
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(bound == 0 && listen(listener, 1) == 0)
        #expect(throws: ServeError.portInUse(port)) {
            try PreviewServer<TestSessionBuilder>.checkPort(host: "127.0.0.1", port: port)
        }
        #expect(ServeError.portInUse(1313).message == "port 1313 is already in use; try --port 1314")
    }
}

