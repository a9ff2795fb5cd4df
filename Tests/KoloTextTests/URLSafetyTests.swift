import KoloText
import Testing

struct URLSafetyTests {
    @Test func schemesAreReadAsBrowsersReadThem() {
        #expect(URLSafety.dangerousScheme("javascript:alert(1)", isImage: false) == "javascript")
        #expect(URLSafety.dangerousScheme("  \u{1}JaVa\tSc\nript:alert(1)", isImage: false) == "javascript")
        #expect(URLSafety.dangerousScheme("VBScript:x", isImage: true) == "vbscript")
        #expect(URLSafety.dangerousScheme("file:///etc/passwd", isImage: false) == "file")
    }

    @Test func dataIsAPictureOrNothing() {
        #expect(URLSafety.dangerousScheme("data:image/png;base64,iVBORw0KGgo=", isImage: true) == nil)
        #expect(URLSafety.dangerousScheme("DATA:Image/WebP;base64,UklGR", isImage: true) == nil)
        #expect(URLSafety.dangerousScheme("data:image/svg+xml,<svg onload=alert(1)>", isImage: true) == "data")
        #expect(URLSafety.dangerousScheme("data:image/png;base64,iVBORw0KGgo=", isImage: false) == "data")
        #expect(URLSafety.dangerousScheme("data:text/html;base64,PHNjcmlwdD4=", isImage: true) == "data")
    }

    @Test func everythingElsePasses() {
        for url in ["https://example.org/", "mailto:hub@example.org", "/en/news/", "images/a:b.png", "#top", "", "javascript"] {
            #expect(URLSafety.dangerousScheme(url, isImage: false) == nil, "\(url)")
            #expect(!URLSafety.isDangerous(url, isImage: true), "\(url)")
        }
    }
}
