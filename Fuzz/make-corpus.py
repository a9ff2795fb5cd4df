#!/usr/bin/env python3
"""Writes Fuzz/Corpus/<Target>/: the example site's content files and the hostile cases of
Tests/KoloBuildTests/HostileInputTests.swift. Run from anywhere; existing seeds are kept."""
import hashlib, os, glob

fuzz = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(fuzz)

def write(target, name, data):
    folder = os.path.join(fuzz, "Corpus", target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)

# Content files of the example site: every kind, in every language (the small ones).
content = sorted(p for p in glob.glob(os.path.join(root, "content", "*", "**", "*.md"), recursive=True)
                 if os.path.getsize(p) <= 4096)
real = {os.path.relpath(p, os.path.join(root, "content")).replace("/", "_"): open(p, "rb").read() for p in content}

hostile = {
    "bom.md": b"\xef\xbb\xbf---\ntitle: Marked\n---\nText.\n",
    "crlf.md": b"---\r\ntitle: Windows\r\ntags: [x]\r\n---\r\nOne\r\ntwo.\r\n",
    "lone-cr.md": b"---\rtitle: Mac\r---\rBody\r",
    "invalid-utf8.md": b"---\ntitle: A\n---\nbad \xff\xfe here\n",
    "overlong.md": b"---\ntitle: \xc0\xaf\n---\n",
    "surrogate.md": b"---\ntitle: \xed\xa0\x80\n---\n",
    "truncated.md": b"---\ntitle: \xe2\x82",
    "nul.md": b"---\ntitle: A\n---\nx\x00y\n",
    "png.md": bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]),
    "empty.md": b"",
    "only-fence.md": b"---",
    "tabs.md": b"---\ntitle: A\ntags:\n\t- youth\n---\n",
    "unclosed.md": b"---\ntitle: A\nText that was meant as the body.",
    "list.md": b"---\n- title\n- A\n---\n",
    "scalar.md": b"---\nJust a sentence\n---\n",
    "duplicate.md": b"---\ntitle: A\ndescription: D\ntitle: B\n---\n",
    "document-end.md": b"---\ntitle: A\n...\nBody\n",
    "fence-spaces.md": b"--- \t\ntitle: A\n---  \nBody\n---\nmore\n",
    "empty-front-matter.md": b"---\n---\n# Heading\n",
    "slug-path.md": b"---\ntitle: A\nslug: /etc/passwd\n---\n",
    "slug-control.md": b'---\ntitle: B\nslug: "\\u0007\\u001B[31mred"\n---\n',
    "slug-dots.md": b"---\ntitle: C\ndate: 2020-01-01\nslug: ../../../../../../tmp/kolo-hostile\ntags: [\"../../escape\", \"a/b\"]\n---\n",
    "slug-punctuation.md": "---\ntitle: A\nslug: \"?!…\"\n---\n",
    "bad-date.md": b"---\ntitle: A\ndate: 22/07/2016\n---\n",
    "date-time.md": b"---\ntitle: A\ndate: 2016-07-22T10:00:00+02:00\nlastmod: 2016-07-23 10:00\n---\n",
    "aliases.md": b"---\ntitle: A\naliases: [/old/, /../../outside/, https://example.org/x]\n---\n",
    "anchors-aliases.md": b"---\ntitle: &t A\ndescription: *t\ntags: &l [a, b]\nprojects: *l\n---\n",
    "nested.md": b"---\ntitle: A\nparams: {a: [1, 2.5, true, null, {b: c}]}\nweight: 3\ndraft: yes\n---\n",
    "status.md": b"---\ntitle: P\nstatus: ongoing\nstartDate: 2020-01-01\nendDate: 2021-12-31\nfunder: Erasmus+\nwebsite: https://example.org/\npartners: [forum-16-bitola]\n---\n",
    "member.md": b"---\ntitle: M\nkind: organisation\ncity: Bitola\ncountry: mk\nemail: a@example.org\nlogo: /images/m.png\n---\n",
    "misspelt.md": b"---\ntittle: A\ndescripton: D\ndat: 2020-01-01\n---\n",
    "script-title.md": b"---\ntitle: \"<script>alert('title')</script> & <img src=x onerror=alert(2)>\"\ndate: 2020-01-01\ndescription: \"<script>alert('description')</script>\"\n---\nBody.\n",
    "script-body.md": b"---\ntitle: A\n---\n[click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) ![dot](data:image/png;base64,iVBORw0KGgo=)\n\n<script>alert(3)</script>\n\nText <b onclick=\"alert(4)\">bold</b>.\n",
    "script-links.md": b"---\ntitle: L\n---\n[a](JaVaScRiPt:alert(1)) [b]( \tjavascript:x) [c](java&#x09;script:y) [d](vbscript:z) [e](file:///etc/passwd)\n<javascript:alert(1)> ![i](javascript:alert(2) \"t\\\"itle\")\n\n[ref]: javascript:alert(5)\n\n[r][ref]\n",
    "website-script.md": b"---\ntitle: W\nkind: organisation\nwebsite: \"javascript:alert(1)\"\nimage: \"javascript:alert(2)\"\nimageAlt: \"\\\" onerror=\\\"alert(3)\"\n---\n",
    "headings.md": b"---\ntitle: H\n---\n# A\n# A\n## \xd0\x9b\xd0\xb0\xd0\xb1\n### <b>x</b> & \"q\"\n#### `code`\n##### ![i](/x.png)\n###### \n",
    "markdown-mix.md": b"---\ntitle: M\n---\n> quote\n\n1. one\n2. two\n\n3) x\n\n- a\n  - b\n\n```swift\nlet x = \"<y>\"\n```\n\n    indented\n\n***\n\nline  \nbreak \\\nhard\n\n\"smart\" 'quotes' -- and --- dashes...\n",
    "html-blocks.md": b"---\ntitle: H\n---\n<div onclick=\"x\">\n\n*a*\n\n</div>\n\n<!-- comment -->\n<?php x ?>\n<![CDATA[ y ]]>\n<iframe src=x></iframe> <svg/onload=alert(1)>\n",
}

slug_seeds = [
    "Лабораторија за фузија", "Фузия лаборатория", "Łódź — Zażółć gęślą jaźń", "Ελληνικά Σίσυφος ΟΔΟΣ",
    "İstanbul ISPARTA ılık", "Ъглов ЩЪРКЕЛ", "Ђорђе Њушка Џеп", "Їжак Ґанок", "Беларусь Ўладзімір",
    "O'Connor’s ‘cafe’", "co\u00adop\u200dera\u200btion", "٢٠٢٤ عربى", "हिन्दी समाचार", "中文 新闻", "😀 emoji 👍🏽",
    "../../tmp/x", "/etc/passwd", "\u0007\u001b[31mred", "?!…", ".", "..", "a" * 100, ("word " * 30),
    "Ǆemal ǅ ǆ", "ﬁ ß ẞ ŉ", "Ａｂｃ１２３", "Ⅻ ² ½", "e\u0301 a\u030a", "\u0301\u0301x", "", " - -- --- ",
    "Straße", "ΣΑΣ σας", "Ιωάννης", "Ǳ Ǉ", "\ufeffbom", "tab\there", "line\nbreak", "a/b\\c", "%2e%2e",
]

for target in ["FuzzFrontMatter", "FuzzPageDecode", "FuzzPage"]:
    for name, data in real.items():
        write(target, name, data)
    for name, data in hostile.items():
        write(target, name, data)
for text in slug_seeds:
    data = text.encode("utf-8")
    write("FuzzSlugger", hashlib.sha1(data).hexdigest()[:16], data)
for name, data in real.items():  # titles of the example site
    for line in data.decode("utf-8").splitlines():
        if line.startswith("title:"):
            title = line[6:].strip().strip('"').encode("utf-8")
            write("FuzzSlugger", hashlib.sha1(title).hexdigest()[:16], title)
