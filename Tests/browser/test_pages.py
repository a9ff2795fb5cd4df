"""Every page, as a browser sees it: accessibility, errors, small screens, weight, privacy, metadata."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlparse

from conftest import LANGUAGES, describe, output_pages, page_kind

# Every kind of page the issue names must have been visited, in every language.
KINDS_IN_EVERY_LANGUAGE = ["home", "list-news", "list-projects", "list-members", "news", "project", "member", "page",
                           "tag", "tags", "404", "search", "member-filter-city", "member-filter-country",
                           "member-filter-tag"]
BUDGET = 30 * 1024


def language_of(path: str) -> str:
    parts = [part for part in path.split("/") if part]
    parts = parts[1:] if parts and parts[0] == "paged" else parts
    return parts[0] if parts and parts[0] in LANGUAGES else "root"


def test_every_kind_of_page_is_visited_in_every_language(visits):
    seen = Counter((visit.kind, language_of(path)) for path, visit in visits.items())
    missing = [f"{kind}/{language}" for kind in KINDS_IN_EVERY_LANGUAGE for language in LANGUAGES
               if not seen[(kind, language)]]
    assert not missing, f"no page of these kinds: {missing}"
    kinds = {visit.kind for visit in visits.values()}
    for kind in ["chooser", "404-root"]:
        assert kind in kinds
    assert any(kind.endswith("-fallback") for kind in kinds), "no fallback page visited"
    assert any(kind.endswith("-paginated") for kind in kinds), "no paginated list visited"


def test_axe_finds_nothing(visits):
    failures = {path: describe(visit.violations) for path, visit in visits.items() if visit.violations}
    assert not failures, f"axe violations on {len(failures)} of {len(visits)} pages: {failures}"


def test_legacy_axe_finds_nothing(visits):
    failures = {path: describe(visit.old_violations) for path, visit in visits.items() if visit.old_violations}
    assert not failures, f"axe (axe-selenium-python's axe-core) violations on {len(failures)} pages: {failures}"


def test_contrast_holds_in_dark_mode(visits):
    failures = {path: describe(visit.dark_violations) for path, visit in visits.items() if visit.dark_violations}
    assert not failures, f"dark-mode contrast failures on {len(failures)} pages: {failures}"


def test_no_console_errors(visits):
    failures = {path: visit.console for path, visit in visits.items() if visit.console}
    assert not failures, f"console errors: {failures}"


def test_no_horizontal_scrolling_at_320px(visits):
    failures = {path: f"{visit.overflow_320}px too wide" for path, visit in visits.items() if visit.overflow_320 > 0}
    assert not failures, failures


def test_no_request_leaves_the_site(site, visits):
    origin = urlparse(site.base).netloc
    foreign = {path: [url for url in visit.resources if urlparse(url).netloc not in ("", origin)]
               for path, visit in visits.items()}
    foreign = {path: urls for path, urls in foreign.items() if urls}
    assert not foreign, f"requests to other hosts: {foreign}"


def stylesheets(site, path: str, html: str) -> list[str]:
    return [urljoin(site.base, href) for href in re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)]


RESOURCE = re.compile(r'<(?:script|img|iframe|source|video|audio|embed|track)\b[^>]*?\bsrc="([^"]+)"'
                      r'|<link\b(?=[^>]*\brel="(?:stylesheet|icon|preload|modulepreload|manifest|prefetch)")[^>]*?\bhref="([^"]+)"')


def test_markup_loads_nothing_from_other_hosts_and_no_web_fonts(site, paged):
    origin = urlparse(site.base).netloc
    for build in (site, paged):
        for path in output_pages(build):
            for match in RESOURCE.finditer(build.html(path)):
                url = match.group(1) or match.group(2)
                assert urlparse(urljoin(build.base, url)).netloc == origin, f"{path} loads {url}"
    css = "".join(path.read_text(encoding="utf-8") for path in (site.root / "css").glob("*.css"))
    assert "@font-face" not in css and "@import" not in css and "url(http" not in css


def weights(site) -> dict[str, int]:
    """HTML + CSS bytes of each page (images aside)."""
    result = {}
    for path in output_pages(site):
        html = site.html(path)
        css = sum(site.file_of(urlparse(url).path).stat().st_size for url in stylesheets(site, path, html))
        result[path] = len(html.encode("utf-8")) + css
    return result


def test_every_page_weighs_under_30_kb(site, capsys):
    sizes = weights(site)
    heavy = {path: f"{size / 1024:.1f} KB" for path, size in sizes.items() if size >= BUDGET}
    values = sorted(sizes.values())
    with capsys.disabled():
        print(f"\nHTML+CSS per page ({len(values)} pages): min {values[0] / 1024:.1f} KB, "
              f"median {statistics.median(values) / 1024:.1f} KB, max {values[-1] / 1024:.1f} KB "
              f"({max(sizes, key=sizes.get)})")
    assert not heavy, f"over 30 KB: {heavy}"


def test_stylesheet_has_dark_mode_and_print(site):
    css = (site.root / "css" / "kolo.css").read_text(encoding="utf-8")
    assert "@media (prefers-color-scheme: dark)" in css
    assert "@media print" in css


def test_images_are_sized_lazy_and_described(site):
    images = 0
    for path in output_pages(site):
        eager = 0
        for tag in re.findall(r"<img\b[^>]*>", site.html(path)):
            images += 1
            assert re.search(r'\balt="', tag), f"{path}: {tag} has no alt"
            # Only a page's first picture, above the fold, loads at once.
            eager += 'loading="lazy"' not in tag
            assert 'loading="lazy"' in tag or 'fetchpriority="high"' in tag, f"{path}: {tag} is not lazy"
            source = re.search(r'src="([^"]+)"', tag).group(1)
            if source.startswith("/") and re.search(r"\.(png|jpe?g|gif|webp|svg)$", source):
                assert re.search(r'\bwidth="\d+"', tag) and re.search(r'\bheight="\d+"', tag), f"{path}: {tag} has no size"
        assert eager <= 1, f"{path}: {eager} pictures load at once"
    assert images > 0, "the example site shows no image at all: nothing was checked"


def meta(html: str, key: str) -> list[str]:
    return re.findall(r'<meta (?:property|name)="' + re.escape(key) + r'" content="([^"]*)"', html)


def test_open_graph_and_twitter_cards(site):
    alternates = 0
    for path in output_pages(site):
        html = site.html(path)
        kind = page_kind(site, path)
        language = re.search(r'<html lang="([^"]+)"', html).group(1)
        assert meta(html, "og:title") and meta(html, "og:title")[0], path
        assert meta(html, "og:url"), path
        assert meta(html, "twitter:card") in (["summary"], ["summary_large_image"]), path
        locale = meta(html, "og:locale")
        assert len(locale) == 1 and re.fullmatch(language + r"_[A-Z]{2}", locale[0]), f"{path}: og:locale {locale}"
        alternates += len(meta(html, "og:locale:alternate"))
        for other in meta(html, "og:locale:alternate"):
            assert other != locale[0], f"{path}: og:locale:alternate repeats og:locale"
        assert meta(html, "og:description") and meta(html, "og:description")[0], f"{path} ({kind}): no og:description"
        has_image = "entry-image" in html
        assert bool(meta(html, "og:image")) == has_image, f"{path}: og:image and the page's image disagree"
    # Pages with translations name the other languages' locales.
    assert alternates > 0, "no og:locale:alternate on any page"


def test_every_page_declares_its_language_and_foreign_names(site):
    for path in output_pages(site):
        html = site.html(path)
        assert re.search(r'<html lang="[a-z]{2}(-[A-Za-z]+)?"', html), path
        # A card that leads to a page in another language says so on its title.
        for card in re.findall(r'<(?:h2|h3) class="card-title"[^>]*><a [^>]*hreflang="[^"]+"', html):
            assert " lang=" in card, f"{path}: {card}"
        if page_kind(site, path).endswith("-fallback"):
            notice = re.search(r'<div class="notice".*?</div>', html, re.S).group(0)
            assert re.search(r'<span lang="[a-z]{2}"', notice), f"{path}: the language named in the notice has no lang"


def test_projects_show_their_funding_acknowledgements(site):
    html = site.html("/en/projects/fuse/")
    block = re.search(r'<section class="acknowledgements".*?</section>', html, re.S)
    assert block, "the FUSE project names an EU fund but shows no acknowledgement"
    assert "Funded by the European Union" in block.group(0)
    logo = re.search(r'<img [^>]*class="acknowledgement-logo"[^>]*>', block.group(0))
    assert logo, block.group(0)
    assert 'src="/images/funders/eu.svg"' in logo.group(0) and 'alt="European Union"' in logo.group(0), logo.group(0)
    macedonian = site.html("/mk/projects/fuse/")
    assert "Финансирано од Европската унија" in macedonian
    for fact in ["badge-completed", "<time datetime=\"2021-05-01\">", "European Social Fund"]:
        assert fact in html, fact


def test_fallback_pages_stay_out_of_the_search_index(site):
    fallbacks = [path for path in output_pages(site) if page_kind(site, path).endswith("-fallback")]
    assert fallbacks
    for path in fallbacks:
        assert "data-pagefind-body" not in site.html(path), path
    for path in ["/mk/news/fusion-lab/", "/pl/members/bialystok-ngo-association/", "/en/about/"]:
        assert "data-pagefind-body" in site.html(path), path


def test_stylesheet_link_is_relative_to_the_host(paged):
    html = paged.html("/paged/en/")
    assert '<link rel="stylesheet" href="/paged/css/kolo.css">' in html
    assert Path(paged.root / "css" / "kolo.css").exists()
