#!/usr/bin/env python3
"""Normalises HTML for comparing Kolo's Markdown output with a spec's expected HTML, the way the
CommonMark spec's own runner does (commonmark-spec test/normalize.py: whitespace around block tags,
sorted attributes, character references resolved), plus the additions Kolo makes on purpose,
each undone here and nothing else:
  - heading ids and lazy loading of images;
  - tables: the scrolling region around them (div.table-scroll), scope="col" on header cells,
    alignment as class="align-start|align-center|align-end" (spec: align="left|center|right");
  - task lists: the li's class and the label around the checkbox and the item's words;
  - footnotes: the accessible names (aria-label) of the list and of the back-links.
Reads a JSON list of HTML strings on stdin, writes the normalised list as JSON."""
import html, json, re, sys
from html.parser import HTMLParser
from html.entities import name2codepoint

BLOCK = set("""article header aside hgroup blockquote hr iframe body li map button object canvas ol caption
output col p colgroup pre dd progress div section dl table td dt tbody embed textarea fieldset tfoot
figcaption th figure thead footer tr form ul h1 h2 h3 h4 h5 h6 video script style""".split())
ALIGN = {"align-start": "left", "align-center": "center", "align-end": "right"}
WS = re.compile(r"\s+")


class Normaliser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out, self.last, self.last_tag, self.in_pre = "", "starttag", "", False
        self.skipped = []  # per open div: whether its tags were dropped

    def kolo(self, tag, attrs):
        """Kolo's own additions: returns the attributes to keep, or None to drop the tag."""
        attrs = dict(attrs)
        if tag == "div":
            dropped = attrs.get("class") == "table-scroll"
            self.skipped.append(dropped)
            if dropped:
                return None
        if tag == "label":
            return None
        if re.fullmatch(r"h[1-6]", tag):
            attrs.pop("id", None)
        if tag == "img":
            attrs.pop("loading", None)
        if tag in ("th", "td"):
            if tag == "th" and attrs.get("scope") == "col":
                del attrs["scope"]
            if attrs.get("class") in ALIGN:
                attrs["align"] = ALIGN[attrs.pop("class")]
        if tag == "li" and attrs.get("class") == "task-list-item":
            del attrs["class"]
        if (tag == "section" and attrs.get("class") == "footnotes") or (tag == "a" and attrs.get("class") == "footnote-backref"):
            attrs.pop("aria-label", None)
        return list(attrs.items())

    def handle_starttag(self, tag, attrs, selfclosing=False):
        attrs = self.kolo(tag, attrs)
        if attrs is None:
            return
        if tag == "pre":
            self.in_pre = True
        if tag in BLOCK:
            self.out = self.out.rstrip()
        self.out += "<" + tag
        for k, v in sorted(attrs):
            self.out += " " + k + ("" if v is None else '="' + html.escape(v, quote=True) + '"')
        self.out += ">"
        self.last_tag, self.last = tag, "endtag" if selfclosing else "starttag"

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs, selfclosing=True)

    def handle_endtag(self, tag):
        if tag == "label" or (tag == "div" and self.skipped and self.skipped.pop()):
            return
        if tag == "pre":
            self.in_pre = False
        elif tag in BLOCK:
            self.out = self.out.rstrip()
        self.out += "</" + tag + ">"
        self.last_tag, self.last = tag, "endtag"

    def handle_data(self, data):
        after_tag = self.last in ("endtag", "starttag")
        if after_tag and self.last_tag == "br":
            data = data.lstrip("\n")
        if not self.in_pre:
            data = WS.sub(" ", data)
        if after_tag and self.last_tag in BLOCK and not self.in_pre:
            data = data.lstrip() if self.last == "starttag" else data.strip()
        self.out += data
        self.last = "data"

    def handle_comment(self, data):
        self.out += "<!--" + data + "-->"
        self.last = "comment"

    def handle_decl(self, data):
        self.out += "<!" + data + ">"
        self.last = "decl"

    def unknown_decl(self, data):
        self.out += "<![" + data + "]>"
        self.last = "decl"

    def handle_pi(self, data):
        self.out += "<?" + data + ">"
        self.last = "pi"

    def handle_entityref(self, name):
        self.char(chr(name2codepoint[name]) if name in name2codepoint else None, "&" + name + ";")

    def handle_charref(self, name):
        try:
            c = chr(int(name[1:], 16) if name.lower().startswith("x") else int(name))
        except (ValueError, OverflowError):
            c = "\ufffd"
        self.char(c, "&#" + name + ";")

    def char(self, c, fallback):
        self.out += {"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;"}.get(c, fallback if c is None else c)
        self.last = "data"


def normalise(text):
    parser = Normaliser()
    parser.feed(text)
    parser.close()
    return parser.out.strip()


if __name__ == "__main__":
    json.dump([normalise(item) for item in json.load(sys.stdin)], sys.stdout)
