"""Browser tests of the example site: build it, serve it from loopback, visit it in headless Chromium.

Environment:
  KOLO         the kolo binary (default .build/release/kolo, from `make release`)
  SCREENSHOTS  where screenshots go (default /tmp/kolo-screenshots; printed at the end, never committed)

Two builds are served by one loopback server:
  /        the example site as it is
  /paged/  the same sources with `paginate: 2`, under a base path, for paginated lists and for links
           that must work when the site does not live at the root of its host
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(os.environ.get("SCREENSHOTS", "/tmp/kolo-screenshots"))
LANGUAGES = ["mk", "bg", "pl", "en"]


# ---------------------------------------------------------------------------------------------
# Build and serve


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the name is the base class's
        pass


@dataclass
class Site:
    """One build of the example site, served at `base` (ends with /) from folder `root`."""

    root: Path
    base: str

    def url(self, path: str) -> str:
        return self.base + path.lstrip("/")

    def path_of(self, url: str) -> str:
        """The site path of a URL of this site: '/mk/news/' (always with the base path)."""
        return urlparse(url).path

    def file_of(self, path: str) -> Path:
        """The output file a site path is served from."""
        relative = path[len(urlparse(self.base).path):] if path.startswith(urlparse(self.base).path) else path.lstrip("/")
        target = self.root / relative
        return target / "index.html" if path.endswith("/") else target

    def html(self, path: str) -> str:
        return self.file_of(path).read_text(encoding="utf-8")


def kolo_binary() -> Path:
    binary = Path(os.environ.get("KOLO", ".build/release/kolo"))
    if not binary.is_absolute():
        binary = REPO / binary
    if not binary.exists():
        pytest.exit(f"kolo binary not found at {binary}: run `make release` or set KOLO", returncode=2)
    return binary


def build(source: Path, output: Path, base_url: str) -> None:
    result = subprocess.run([str(kolo_binary()), "build", "--source", str(source), "--output", str(output),
                             "--base-url", base_url], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"kolo build failed:\n{result.stdout}\n{result.stderr}"


def paged_copy(destination: Path) -> Path:
    """The example site's sources with two items per list page."""
    for name in ["content", "static", "i18n", "themes", "templates"]:
        if (REPO / name).exists():
            shutil.copytree(REPO / name, destination / name)
    config = (REPO / "site.yaml").read_text(encoding="utf-8")
    config, count = re.subn(r"(?m)^paginate:.*$", "paginate: 2", config)
    if count == 0:
        config += "\npaginate: 2\n"
    (destination / "site.yaml").write_text(config, encoding="utf-8")
    return destination


@pytest.fixture(scope="session")
def served(tmp_path_factory):
    """(main, paged): both builds, served from one loopback server on a free port."""
    www = tmp_path_factory.mktemp("www")
    handler = functools.partial(QuietHandler, directory=str(www))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    port = server.server_address[1]
    origin = f"http://127.0.0.1:{port}/"
    build(REPO, www, origin)
    build(paged_copy(tmp_path_factory.mktemp("paged-source")), www / "paged", origin + "paged/")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Site(www, origin), Site(www / "paged", origin + "paged/")
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def site(served) -> Site:
    return served[0]


@pytest.fixture(scope="session")
def paged(served) -> Site:
    return served[1]


# ---------------------------------------------------------------------------------------------
# What the site holds


def sitemap_paths(site: Site) -> list[str]:
    tree = ET.parse(site.root / "sitemap.xml")
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    return [site.path_of(loc.text.strip()) for loc in tree.getroot().findall("s:url/s:loc", namespace)]


def is_redirect(html: str) -> bool:
    return 'http-equiv="refresh"' in html


def output_pages(site: Site) -> list[str]:
    """Every HTML page of a build (site paths), leaving out Pagefind's bundle and redirect stubs."""
    pages = []
    base = urlparse(site.base).path
    for file in sorted(site.root.rglob("*.html")):
        relative = file.relative_to(site.root).as_posix()
        if relative.startswith(("pagefind/", "paged/")):
            continue
        if is_redirect(file.read_text(encoding="utf-8")):
            continue
        pages.append(base + (relative[: -len("index.html")] if relative.endswith("index.html") else relative))
    return pages


def page_kind(site: Site, path: str) -> str:
    """A name for the kind of page at `path`, from its URL and its body class."""
    html = site.html(path)
    local = path[len(urlparse(site.base).path):]
    if local == "":
        return "chooser"
    if local == "404.html":
        return "404-root"
    match = re.search(r'<body class="kind-([^"]+)"', html)
    kind = match.group(1) if match else "unknown"
    if '<div class="notice" role="note">' in html and '<meta name="robots" content="noindex">' in html:
        return f"{kind}-fallback"
    if re.search(r"/members/(city|country|tag)/", local):
        return "member-filter-" + re.search(r"/members/(city|country|tag)/", local).group(1)
    if re.search(r"/page/\d+/$", local):
        return f"{kind}-paginated"
    if kind == "list":
        return "list-" + local.strip("/").split("/")[1]
    return kind


@dataclass
class Visit:
    """What the browser saw on one page."""

    path: str
    kind: str
    violations: list = field(default_factory=list)        # axe (current axe-core), light scheme
    old_violations: list = field(default_factory=list)    # axe-selenium-python's own axe-core
    dark_violations: list = field(default_factory=list)   # colour contrast with prefers-color-scheme: dark
    console: list = field(default_factory=list)
    overflow_320: int = 0
    resources: list = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# The browser


def axe_scripts() -> tuple[str, str]:
    """(current, legacy) axe-core scripts: selenium-axe-python ships a current axe-core (4.x);
    axe-selenium-python, whose Axe class runs both, ships an older one (3.1) that is stricter
    about some markup. Both must report nothing."""
    import axe_selenium_python

    legacy = str(Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js")
    try:
        import selenium_axe_python

        current = str(Path(selenium_axe_python.__file__).parent / "axe-core" / "axe.min.js")
    except ImportError:
        current = legacy
    return current, legacy


AXE_TAGS = '{"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}}'
AXE_CONTRAST = '{"runOnly": {"type": "rule", "values": ["color-contrast"]}}'


def make_driver(javascript: bool = True):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--window-size=1280,900", "--lang=en-US",
                     "--disable-background-networking", "--no-first-run", "--disable-extensions"]:
        options.add_argument(argument)
    if Path("/usr/bin/chromium").exists():
        options.binary_location = "/usr/bin/chromium"
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


@pytest.fixture(scope="session")
def driver():
    browser = make_driver()
    yield browser
    browser.quit()


@pytest.fixture(scope="session")
def driver_without_js():
    browser = make_driver(javascript=False)
    yield browser
    browser.quit()


def set_viewport(driver, width: int | None, height: int = 900) -> None:
    if width is None:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    else:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def set_dark(driver, dark: bool) -> None:
    features = [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": features})


def run_axe(driver, script: str, options: str | None, inject: bool = True) -> list:
    from axe_selenium_python import Axe

    axe = Axe(driver, script)
    if inject:
        axe.inject()
    return axe.run(options=options)["violations"]


def screenshot(driver, name: str, width: int) -> Path:
    """A full-page PNG at `width` CSS pixels."""
    import base64

    set_viewport(driver, width)
    height = driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
    set_viewport(driver, width, min(max(height, 600), 8000))
    data = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False})
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{name}-{width}.png"
    target.write_bytes(base64.b64decode(data["data"]))
    set_viewport(driver, None)
    return target


def severe_console(driver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def stay_on_chooser(driver, stay: bool) -> None:
    """The root chooser sends a visitor on to the language the browser asks for; a language the site
    does not have keeps it on the chooser."""
    user_agent = driver.execute_script("return navigator.userAgent")
    driver.execute_cdp_cmd("Network.setUserAgentOverride",
                           {"userAgent": user_agent, "acceptLanguage": "fr-FR,fr" if stay else "en-US,en"})


# ---------------------------------------------------------------------------------------------
# One pass over every page: the checks below read what it collected


@pytest.fixture(scope="session")
def pages(site, paged) -> list[tuple[Site, str]]:
    """Every page of the main build, and the paginated lists and a few others of the paged build."""
    selected = [(site, path) for path in output_pages(site)]
    base = urlparse(paged.base).path
    tag_pages: set[str] = set()
    for path in output_pages(paged):
        local = path[len(base):]
        if local in ("", "en/", "mk/search/", "pl/members/"):
            selected.append((paged, path))
        elif re.fullmatch(r"[a-z]+/(news|projects|members)/page/2/", local):
            selected.append((paged, path))
        elif re.fullmatch(r"([a-z]+)/tags/[^/]+/page/2/", local) and local.split("/")[0] not in tag_pages:
            tag_pages.add(local.split("/")[0])  # one paginated tag page per language
            selected.append((paged, path))
    return selected


@pytest.fixture(scope="session")
def visits(driver, pages) -> dict[str, Visit]:
    current, legacy = axe_scripts()
    driver.execute_cdp_cmd("Network.enable", {})
    samples = screenshot_samples(pages)
    shots = {path: name for path, name in samples.items() if name.endswith(("-mk", "-pl", "-root"))}
    results: dict[str, Visit] = {}
    for site, path in pages:
        visit = Visit(path=path, kind=page_kind(site, path))
        stay_on_chooser(driver, visit.kind == "chooser")
        driver.get(site.url(path[len(urlparse(site.base).path):]))
        assert site.path_of(driver.current_url) == path, f"{path} went to {driver.current_url}"
        visit.violations = run_axe(driver, current, AXE_TAGS)
        set_dark(driver, True)
        visit.dark_violations = run_axe(driver, current, AXE_CONTRAST, inject=False)
        set_dark(driver, False)
        if path in samples:  # the older axe-core is slow: one page of each kind in each language
            visit.old_violations = run_axe(driver, legacy, None)
        set_viewport(driver, 320, 640)
        visit.overflow_320 = driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        set_viewport(driver, None)
        visit.resources = driver.execute_script(
            "return performance.getEntriesByType('resource').map(function (e) { return e.name; })")
        if path in shots:
            for width in (360, 1280):
                screenshot(driver, shots[path], width)
            if shots[path].endswith("-mk"):
                set_dark(driver, True)
                screenshot(driver, shots[path] + "-dark", 360)
                set_dark(driver, False)
        visit.console = severe_console(driver)
        results[path] = visit
    stay_on_chooser(driver, False)
    return results


def screenshot_samples(pages) -> dict[str, str]:
    """One page of each kind in each language (the first found), named kind-language."""
    samples: dict[str, str] = {}
    taken: set[str] = set()
    for site, path in pages:
        local = path[len(urlparse(site.base).path):]
        language = local.split("/")[0] if local.split("/")[0] in LANGUAGES else "root"
        key = f"{'paged-' if site.base.endswith('/paged/') else ''}{page_kind(site, path)}-{language}"
        if key not in taken:
            taken.add(key)
            samples[path] = key
    return samples


def pytest_collection_finish(session):
    """Screenshots of an earlier run would pass for this one's: a run that visits every page removes them."""
    if any("visits" in getattr(item, "fixturenames", ()) for item in session.items):
        for old in SCREENSHOTS.glob("*-[0-9]*.png"):
            old.unlink()


def pytest_terminal_summary(terminalreporter):
    if SCREENSHOTS.exists() and any(SCREENSHOTS.glob("*.png")):
        count = len(list(SCREENSHOTS.glob("*.png")))
        terminalreporter.write_line(f"screenshots ({count}: each kind of page in mk and pl at 360 and 1280 px, "
                                    f"mk at 360 px in dark mode too, search results, a filtered directory): {SCREENSHOTS}")


def describe(violations: list) -> str:
    lines = []
    for violation in violations:
        targets = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
        lines.append(f"{violation['id']} ({violation.get('impact')}): {violation['help']} — {targets}")
    return "; ".join(lines)
