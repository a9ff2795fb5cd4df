import KoloText

/// What the preview adds to every HTML response it serves — never to the files on disk, so it
/// can never be deployed: a script listening on `/_kolo/events`, and the error overlay while the
/// last build failed.
enum ReloadScript {
    /// Inserts the script (and the overlay, for `errors`) before the last `</body>`, or at the end.
    static func inject(into html: [UInt8], errors: [String]?) -> [UInt8] {
        let snippet = Array((style + "<script>" + script + "</script>" + (errors.map(ErrorOverlay.html) ?? "")).utf8)
        guard let position = lastBodyClose(in: html) else { return html + snippet }
        return Array(html[..<position]) + snippet + Array(html[position...])
    }

    /// Where the last `</body` starts (any case).
    static func lastBodyClose(in html: [UInt8]) -> Int? {
        let tag = Array("</body".utf8)
        var index = html.count - tag.count
        while index >= 0 {
            if html[index] == UInt8(ascii: "<") {
                var matches = true
                for offset in 1..<tag.count where html[index + offset] | 0x20 != tag[offset] | 0x20 {
                    matches = false
                    break
                }
                if matches { return index }
            }
            index -= 1
        }
        return nil
    }

    static let style = """
    <style>#kolo-overlay{position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;\
    background:rgba(20,20,24,.94);color:#fafafa;font:15px/1.5 system-ui,sans-serif}\
    #kolo-overlay h2{margin:0 0 .5rem;color:#ff8a80;font-size:1.2rem}\
    #kolo-overlay pre{white-space:pre-wrap;font:14px/1.5 ui-monospace,monospace;background:#000;padding:1rem;border-radius:4px}</style>
    """

    /// The browser side: reloads when the page (or an image or script it may use) changed, swaps
    /// stylesheets in place when only CSS changed, shows and clears the error overlay.
    static let script = """
    (()=>{if(window.__kolo)return;window.__kolo=1;let build=null;
    const here=()=>{const p=decodeURIComponent(location.pathname);return p.endsWith("/index.html")?p.slice(0,-10):p};
    const isPage=p=>p.endsWith("/")||p.endsWith(".html")||p.endsWith(".xml")||p.endsWith(".txt");
    const swap=paths=>{for(const link of document.querySelectorAll('link[rel~="stylesheet"]')){const url=new URL(link.href,location.href);
    if(url.origin!==location.origin||!paths.includes(decodeURIComponent(url.pathname)))continue;url.searchParams.set("kolo",Date.now());
    const fresh=link.cloneNode();fresh.href=url.href;fresh.addEventListener("load",()=>link.remove(),{once:true});link.after(fresh)}};
    const show=errors=>{let box=document.getElementById("kolo-overlay");if(!box){box=document.createElement("div");box.id="kolo-overlay";
    box.setAttribute("role","alert");document.body.append(box)}const h=document.createElement("h2");h.textContent="Kolo could not build the site";
    const p=document.createElement("p");p.textContent="Pages show the last version that built until this is fixed; then this page reloads by itself.";
    const pre=document.createElement("pre");pre.textContent=errors.join("\\n");box.replaceChildren(h,p,pre)};
    const source=new EventSource("/_kolo/events");window.__koloEvents=source;
    source.addEventListener("hello",e=>{const d=JSON.parse(e.data);if(build!==null&&build!==d.build)location.reload();build=d.build});
    source.addEventListener("failed",e=>show(JSON.parse(e.data).errors));
    source.addEventListener("reload",e=>{const d=JSON.parse(e.data),changed=d.changed;
    if(d.recovered||document.getElementById("kolo-overlay")){location.reload();return}
    const css=changed.filter(p=>p.endsWith(".css")),page=here();
    if(changed.some(p=>p===page||(!isPage(p)&&!p.endsWith(".css"))))location.reload();else if(css.length)swap(css)})})();
    """
}

/// The error overlay as HTML, for pages served while the last build failed.
enum ErrorOverlay {
    static func html(_ errors: [String]) -> String {
        "<div id=\"kolo-overlay\" role=\"alert\"><h2>Kolo could not build the site</h2>"
            + "<p>Pages show the last version that built until this is fixed; then this page reloads by itself.</p><pre>"
            + errors.map(MarkupEscaping.html).joined(separator: "\n") + "</pre></div>"
    }
}
