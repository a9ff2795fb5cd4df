import KoloText
import Testing

struct MarkupEscapingTests {
    @Test func escapesTheFiveCharactersAndKeepsEverythingElse() {
        #expect(MarkupEscaping.html(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(MarkupEscaping.html("Скопје „Коло“ — ü\tline\nnext") == "Скопје „Коло“ — ü\tline\nnext")
        #expect(MarkupEscaping.html("Łódź & Кочани") == "Łódź &amp; Кочани")
    }

    @Test func xmlLeavesOutTheControlCharactersXMLForbids() {
        #expect(MarkupEscaping.xml("a\u{01}b\u{0B}c\rd\te\nf<") == "abcd\te\nf&lt;")
        #expect(MarkupEscaping.xml("bell\u{07} only") == "bell only")
        // HTML keeps them: a browser shows what it can.
        #expect(MarkupEscaping.html("a\u{01}b") == "a\u{01}b")
    }
}
