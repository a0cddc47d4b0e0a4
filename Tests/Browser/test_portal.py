"""The built example portal in a real browser (headless Chromium via Selenium).

Run by scripts/browser-test, which builds the portal, serves it with a plain
static server on 127.0.0.1 and sets PORTAL_URL and PORTAL_OUTPUT.
"""
import os
import pathlib

import pytest
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

URL = os.environ["PORTAL_URL"].rstrip("/") + "/"
OUTPUT = pathlib.Path(os.environ["PORTAL_OUTPUT"])
SCREENSHOTS = pathlib.Path(os.environ.get("PORTAL_SCREENSHOTS", "screenshots"))

PAGES = {
    "home": "",
    "agencies": "agencies/",
    "agency": "agencies/xiasha/",
    "report": "agencies/xiasha/2021/",
    "year": "years/2021/",
    "search": "search/",
    # A report published with a problem the editor acknowledged (数据核对说明).
    "acknowledged": "agencies/example-education/2022/",
}


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    yield driver
    driver.quit()


def every_page():
    return sorted(str(path.relative_to(OUTPUT).parent) for path in OUTPUT.rglob("index.html"))


@pytest.mark.parametrize("folder", every_page())
def test_no_console_errors(browser, folder):
    path = "" if folder == "." else folder + "/"
    browser.get(URL + path)
    browser.get_log("browser")  # the load above; read again after scripts ran
    WebDriverWait(browser, 5).until(lambda d: d.execute_script("return document.readyState") == "complete")
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == [], f"{path}: {errors}"


def search(browser, query, year=""):
    """Types `query` in the search box (after choosing `year`) and waits for the answer."""
    browser.get(URL + "search/")
    if year:
        browser.find_element(By.CSS_SELECTOR, f'#search-year option[value="{year}"]').click()
    box = browser.find_element(By.ID, "search-input")
    box.send_keys(query)
    WebDriverWait(browser, 5).until(lambda d: "找到" in d.find_element(By.ID, "search-status").text)
    return [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#search-results a")]


def fetched(browser, part):
    """The files of the page whose URL contains `part`, as the browser fetched them."""
    return [url for url in browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)") if part in url]


def test_search_finds_the_reference_report_by_part_of_its_agency_name(browser):
    assert search(browser, "下沙街") == [URL + "agencies/xiasha/2021/"]
    # The name matched: the title shows it marked.
    marks = browser.find_elements(By.CSS_SELECTOR, "#search-results a mark")
    assert [mark.text for mark in marks] == ["下沙街"]
    # Only the manifest, a shard and a documents file were needed, never the whole index.
    assert fetched(browser, "/search/shards/") and not fetched(browser, "/search/text/")
    assert URL + "agencies/xiasha/2021/" in search(browser, "沙街")  # any two-character substring


def test_search_finds_a_narrative_passage_and_marks_it(browser):
    # 下沙发布, the street's WeChat account, is in its narrative only.
    assert search(browser, "下沙发布") == [URL + "agencies/xiasha/2021/"]
    snippet = browser.find_element(By.CSS_SELECTOR, "#search-results .snippet")
    assert "下沙发布" in snippet.text
    assert [mark.text for mark in snippet.find_elements(By.TAG_NAME, "mark")] == ["下沙发布"]
    assert fetched(browser, "/search/text/xiasha/2021-")


def test_search_says_when_nothing_matches(browser):
    browser.get(URL + "search/")
    browser.find_element(By.ID, "search-input").send_keys("鲸鱼")
    WebDriverWait(browser, 5).until(lambda d: "没有找到" in d.find_element(By.ID, "search-status").text)
    assert browser.find_elements(By.CSS_SELECTOR, "#search-results li") == []


def test_search_filters_by_year(browser):
    everywhere = search(browser, "公开")
    assert len(everywhere) == 8
    in_2022 = search(browser, "公开", year="2022")
    assert sorted(in_2022) == [URL + "agencies/example-education/2022/", URL + "agencies/example-street/2022/"]


def test_an_acknowledged_problem_is_shown_beside_its_section(browser):
    browser.get(URL + PAGES["acknowledged"])
    box = browser.find_element(By.CSS_SELECTOR, "#overview .data-note")
    assert box.is_displayed()
    assert box.size["height"] > 0
    assert "数据核对说明" in box.text
    assert "更正稿待发布" in box.text
    # … and the agency and year pages mark the report.
    for page in ["agencies/example-education/", "years/2022/"]:
        browser.get(URL + page)
        marks = browser.find_elements(By.CSS_SELECTOR, ".data-note-mark")
        assert [mark.text for mark in marks if mark.is_displayed()] == ["含数据核对说明"], page


def test_search_page_without_javascript_points_to_the_lists(browser):
    html = (OUTPUT / "search" / "index.html").read_text(encoding="utf-8")
    assert 'href="../agencies/"' in html
    for year in OUTPUT.glob("years/[0-9][0-9][0-9][0-9]/index.html"):
        assert f'href="../years/{year.parent.name}/"' in html
    # Not every report: that was megabytes at 50,000 reports.
    assert "agencies/xiasha/2021/" not in html


@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_serious_accessibility_violations(browser, name):
    browser.get(URL + PAGES[name])
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], f"{name}: {serious}"


@pytest.mark.parametrize("width", [1280, 360])
@pytest.mark.parametrize("name", ["home", "agencies", "report", "year", "search"])
def test_pages_fit_the_screen_and_are_photographed(browser, name, width):
    browser.set_window_size(width, 1000)
    browser.get(URL + PAGES[name])
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{name} at {width}px scrolls sideways by {overflow}px"
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(width, min(height, 8000))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / f"{name}-{width}.png"))
    browser.set_window_size(1280, 1000)
