"""What Markdown adds to the example site's pages, in a browser: a table wider than a phone scrolls
in its own region, footnotes lead to their notes and back, and a list of footnoted posts keeps
every id unique. Screenshots of a page with a table and footnotes go to $SCREENSHOTS."""

from __future__ import annotations

import re

from conftest import screenshot, set_viewport

# Pages of the example content with a table and footnotes, in two languages.
TABLE_AND_NOTES = {
    "pl": "/pl/news/innovative-collaborations-training/",
    "en": "/en/news/innovative-collaborations-training/",
}
BACK_TO_CONTENT = {"pl": "Powrót do treści", "en": "Back to content"}


def test_a_table_wider_than_a_phone_scrolls_in_its_region_not_the_page(site, driver):
    scrolled = []
    for language, path in TABLE_AND_NOTES.items():
        driver.get(site.url(path))
        set_viewport(driver, 320, 640)
        page_overflow, regions = driver.execute_script("""
            var regions = Array.from(document.querySelectorAll('.content .table-scroll')).map(function (region) {
                var before = region.scrollLeft;
                region.scrollLeft = 200;
                var moved = region.scrollLeft - before;
                region.scrollLeft = before;
                return {wide: region.scrollWidth - region.clientWidth, moved: moved, role: region.getAttribute('role'),
                        tabindex: region.tabIndex, label: region.getAttribute('aria-label'),
                        tables: region.querySelectorAll('table').length};
            });
            return [document.documentElement.scrollWidth - document.documentElement.clientWidth, regions];""")
        set_viewport(driver, None)
        assert page_overflow <= 0, f"{path}: the page is {page_overflow}px wider than 320 px"
        assert regions, f"{path}: no table region"
        for region in regions:
            assert region["role"] == "region" and region["tabindex"] == 0 and region["label"], f"{path}: {region}"
            assert region["tables"] == 1
            if region["wide"] > 0:
                assert region["moved"] > 0, f"{path}: a wide table's region does not scroll: {region}"
                scrolled.append(path)
    assert scrolled, "no table of the example content is wider than 320 px: nothing shows that wide tables scroll"


def test_footnotes_lead_to_their_notes_and_back_with_a_localised_label(site, driver):
    for language, path in TABLE_AND_NOTES.items():
        driver.get(site.url(path))
        reference = driver.find_element("css selector", ".content sup.footnote-ref a")
        note_id = reference.get_attribute("href").split("#", 1)[1]
        reference.click()
        assert driver.execute_script("return location.hash") == "#" + note_id
        note = driver.find_element("id", note_id)
        back = note.find_element("css selector", "a.footnote-backref")
        assert back.get_attribute("aria-label") == BACK_TO_CONTENT[language]
        back.click()
        assert driver.execute_script("return document.getElementById(location.hash.slice(1)) !== null")
        assert driver.execute_script("return location.hash.slice(1)") == reference.get_attribute("id")


def test_a_list_of_two_footnoted_posts_keeps_every_id_unique(site, driver):
    footnoted = [path for path in ("/en/news/network-synergy/", "/en/news/innovative-collaborations-training/")
                 if 'class="footnotes"' in site.html(path)]
    assert len(footnoted) == 2, f"the example content should hold two English posts with footnotes: {footnoted}"
    # Each post's notes have ids of their own, so no two pages shown together share one.
    note_ids = [set(re.findall(r'id="(fn[^"]*)"', site.html(path))) for path in footnoted]
    assert note_ids[0] and note_ids[1] and not note_ids[0] & note_ids[1], note_ids
    driver.get(site.url("/en/news/"))
    links = driver.execute_script("return Array.from(document.querySelectorAll('.cards a')).map(function (a) { return a.pathname; })")
    assert all(path in links for path in footnoted), f"/en/news/ does not list both: {links}"
    duplicates = driver.execute_script("""
        var seen = {}, twice = [];
        document.querySelectorAll('[id]').forEach(function (e) { if (seen[e.id]) twice.push(e.id); seen[e.id] = true; });
        return twice;""")
    assert duplicates == [], f"/en/news/ has duplicate ids: {duplicates}"


def test_screenshots_of_a_table_with_footnotes_in_two_languages(site, driver):
    for language, path in TABLE_AND_NOTES.items():
        driver.get(site.url(path))
        for width in (360, 1280):
            shot = screenshot(driver, f"markdown-table-footnotes-{language}", width)
            assert shot.stat().st_size > 10_000
