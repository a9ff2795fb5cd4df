"""What a reader does: change language, search, filter the member directory, browse without JavaScript."""

from __future__ import annotations

import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from conftest import LANGUAGES, output_pages, page_kind, screenshot, stay_on_chooser


def wait(driver, seconds=15):
    return WebDriverWait(driver, seconds)


def html_lang(driver) -> str:
    return driver.find_element(By.TAG_NAME, "html").get_attribute("lang")


def alternates(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


@pytest.mark.parametrize("path", ["/mk/news/fusion-lab/", "/en/projects/fuse/", "/pl/members/", "/bg/tags/networking/"])
def test_switcher_goes_to_the_same_page_in_each_language(site, driver, path):
    translations = alternates(site.html(path))
    assert translations, f"{path} names no translations"
    for language in LANGUAGES:
        if language == path.split("/")[1] or language not in translations:
            continue
        driver.get(site.url(path))
        link = driver.find_element(By.CSS_SELECTOR, f'.switcher a[hreflang="{language}"]')
        link.click()
        wait(driver).until(lambda d: html_lang(d) == language)
        assert driver.current_url == translations[language], f"{path} → {language}"


def test_switcher_leads_to_an_untranslated_page_shown_with_a_notice(site, driver):
    # "How to join" is written only in Macedonian; the site shows untranslated pages as fallbacks.
    driver.get(site.url("/mk/join/"))
    driver.find_element(By.CSS_SELECTOR, '.switcher a[hreflang="pl"]').click()
    wait(driver).until(lambda d: html_lang(d) == "pl")
    assert site.path_of(driver.current_url) == "/pl/join/"
    notice = driver.find_element(By.CSS_SELECTOR, ".notice")
    assert notice.find_element(By.CSS_SELECTOR, 'span[lang="mk"]').text == "Македонски"
    assert driver.find_element(By.TAG_NAME, "h1").get_attribute("lang") == "mk"


def test_every_switcher_link_matches_the_pages_alternates(site):
    checked = 0
    for path in output_pages(site):
        html = site.html(path)
        translations = alternates(html)
        for href, language in re.findall(r'<li>\s*<a href="([^"]+)" hreflang="([a-z]+)" lang="\2">', html):
            if language in translations:
                assert site.base.rstrip("/") + href == translations[language], f"{path}: {language} → {href}"
                checked += 1
    assert checked > 100


def settled(driver) -> bool:
    """The search status says how the search ended (results, none or an error), not that it runs."""
    status = driver.find_element(By.ID, "search-status")
    return bool(status.text) and status.text != status.get_attribute("data-searching")


def search_for(site, driver, language: str, query: str) -> list[str]:
    driver.get(site.url(f"/{language}/search/"))
    field = wait(driver).until(EC.visibility_of_element_located((By.ID, "search-input")))
    field.send_keys(query)
    wait(driver).until(settled)
    return [site.path_of(a.get_attribute("href")) for a in driver.find_elements(By.CSS_SELECTOR, "#search-results a")]


def test_search_finds_a_known_page_in_macedonian(site, driver):
    results = search_for(site, driver, "mk", "Битола")
    assert "/mk/members/forum-16-bitola/" in results, results
    assert all(path.startswith("/mk/") for path in results), results
    assert html_lang(driver) == "mk"
    screenshot(driver, "search-results-mk", 360)


def test_search_finds_a_known_page_in_polish(site, driver):
    results = search_for(site, driver, "pl", "Białystok")
    assert "/pl/members/bialystok-ngo-association/" in results, results
    assert all(path.startswith("/pl/") for path in results), results
    status = driver.find_element(By.ID, "search-status").text
    assert "Wyniki" in status, status
    screenshot(driver, "search-results-pl", 1280)


def test_search_stays_in_the_readers_language(site, driver):
    # "BCause" is the name of a Bulgarian member written about in English and Bulgarian only; in
    # Macedonian it exists only as a fallback page, which is not indexed.
    assert search_for(site, driver, "mk", "BCause") == []
    english = search_for(site, driver, "en", "BCause")
    assert "/en/members/bcause-foundation/" in english
    assert all(path.startswith("/en/") for path in english)


def test_search_takes_the_query_from_the_address_and_works_under_a_base_path(paged, driver):
    driver.get(paged.url("/mk/search/?q=%D0%91%D0%B8%D1%82%D0%BE%D0%BB%D0%B0"))
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results a"))
    results = [paged.path_of(a.get_attribute("href")) for a in driver.find_elements(By.CSS_SELECTOR, "#search-results a")]
    assert "/paged/mk/members/forum-16-bitola/" in results, results


def visible_members(driver) -> list[str]:
    return [a.text for a in driver.find_elements(By.CSS_SELECTOR, ".cards-members .card-title a") if a.is_displayed()]


def members_on_page(site, path: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", title) for title in
            re.findall(r'class="card-title"[^>]*><a [^>]*>(.*?)</a>', site.html(path))]


@pytest.mark.parametrize("kind", ["city", "country", "tag"])
def test_member_filters_work_in_place_with_javascript(site, driver, kind):
    driver.get(site.url("/en/members/"))
    everyone = visible_members(driver)
    link = driver.find_element(By.CSS_SELECTOR, f'.filter-list[data-kind="{kind}"] a')
    target = site.path_of(link.get_attribute("href"))
    link.click()
    wait(driver).until(lambda d: site.path_of(d.current_url) == target)
    expected = members_on_page(site, target)
    assert expected and len(expected) <= len(everyone)
    assert visible_members(driver) == expected
    assert driver.find_element(By.CSS_SELECTOR, f'.filter-list a[href="{target}"]').get_attribute("aria-current") == "page"
    assert driver.find_element(By.ID, "filter-status").text
    if kind == "city":
        screenshot(driver, "member-filter-js-en", 1280)
    driver.back()
    wait(driver).until(lambda d: site.path_of(d.current_url) == "/en/members/")
    assert visible_members(driver) == everyone


def test_member_filters_are_links_without_javascript(site, driver_without_js):
    driver = driver_without_js
    driver.get(site.url("/pl/members/"))
    link = driver.find_element(By.CSS_SELECTOR, '.filter-list[data-kind="city"] a')
    target = site.path_of(link.get_attribute("href"))
    link.click()
    wait(driver).until(lambda d: site.path_of(d.current_url) == target)
    assert visible_members(driver) == members_on_page(site, target)
    assert driver.find_element(By.CSS_SELECTOR, '.filters a[aria-current="page"]').get_attribute("href").endswith(target)


def test_pages_read_fully_without_javascript(site, driver_without_js):
    driver = driver_without_js
    for path in ["/mk/", "/en/projects/fuse/", "/bg/members/", "/pl/news/"]:
        driver.get(site.url(path))
        main = driver.find_element(By.TAG_NAME, "main")
        assert main.is_displayed() and len(main.text) > 200, path
    driver.get(site.url("/en/search/"))
    assert not driver.find_element(By.ID, "search-form").is_displayed()
    assert "Search needs JavaScript" in driver.find_element(By.TAG_NAME, "main").text


def test_skip_link_moves_focus_to_the_content(site, driver):
    from selenium.webdriver.common.keys import Keys

    driver.get(site.url("/bg/"))
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    skip = driver.switch_to.active_element
    assert "skip-link" in skip.get_attribute("class")
    assert skip.is_displayed()
    skip.send_keys(Keys.ENTER)
    assert driver.switch_to.active_element.get_attribute("id") == "main"


def test_chooser_sends_a_visitor_to_their_language_and_lets_a_chooser_stay(site, driver):
    user_agent = driver.execute_script("return navigator.userAgent")
    driver.execute_cdp_cmd("Network.setUserAgentOverride", {"userAgent": user_agent, "acceptLanguage": "pl-PL,pl"})
    try:
        driver.get(site.url("/"))
        wait(driver).until(lambda d: site.path_of(d.current_url) == "/pl/")
    finally:
        stay_on_chooser(driver, False)
    # Coming from the site's own pages (the footer's "All languages"), the visitor stays.
    driver.get(site.url("/en/"))
    driver.find_element(By.CSS_SELECTOR, f'.footer-links a[href="{site.base}"]').click()
    wait(driver).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".chooser-list"))
    assert site.path_of(driver.current_url) == "/"
    assert page_kind(site, "/") == "chooser"
