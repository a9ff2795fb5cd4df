"""The example site's pictures as readers get them: what a phone downloads, and what the files say."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from conftest import LANGUAGES, output_pages, page_kind, set_viewport

PHONE_BUDGET = 150 * 1024


def news_pages(site):
    return [path for path in output_pages(site) if page_kind(site, path) == "news"]


def test_a_360_px_reader_downloads_no_picture_over_150_kb_on_a_news_page(site, driver):
    pictures = 0
    largest = (0, "")
    for path in news_pages(site):
        set_viewport(driver, 360, 740)
        driver.get(site.url(path))
        driver.execute_script("window.scrollTo(0, document.body.scrollHeight)")
        loaded = driver.execute_script("""
            return Array.from(document.images).filter(function (i) { return i.complete && i.currentSrc; })
                .map(function (i) { return i.currentSrc; })""")
        for url in loaded:
            size = site.file_of(site.path_of(url)).stat().st_size
            pictures += 1
            largest = max(largest, (size, url))
            assert size < PHONE_BUDGET, f"{path}: a 360-px reader downloads {url}, {size / 1024:.0f} KB"
    set_viewport(driver, None)
    assert pictures > 0, "no news page showed a picture"
    print(f"\\nlargest picture a 360-px reader downloads on a news page: {largest[0] / 1024:.0f} KB ({largest[1]})")


def test_news_pages_and_cards_show_the_pictures(site):
    assert any("<picture>" in site.html(path) for path in news_pages(site))
    for language in LANGUAGES:
        assert 'class="card-image"' in site.html(f"/{language}/news/"), f"{language}: news cards without pictures"
    assert 'class="card-logo"' in site.html("/en/members/")


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool is not installed")
def test_published_pictures_carry_no_location_or_camera(site):
    files = [p for p in site.root.rglob("*") if p.suffix in (".jpg", ".webp", ".png")]
    assert files, "no pictures published"
    result = subprocess.run(["exiftool", "-j", "-a", "-G1", *map(str, files)], capture_output=True, text=True, check=True)
    for tags in json.loads(result.stdout):
        private = [key for key in tags if re.match(r"(GPS|IFD0|ExifIFD|XMP|IPTC|MakerNotes)", key)]
        assert not private, f"{tags['SourceFile']}: {private}"
