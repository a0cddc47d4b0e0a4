"""The built example portal in a real browser (headless Chromium via Selenium).

Run by scripts/browser-test, which builds the portal, serves it with a plain
static server on 127.0.0.1 and sets PORTAL_URL and PORTAL_OUTPUT.
"""
import json
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
    # Two years of one agency side by side, loaded by the page's script.
    "compare": "compare/?a=agencies/example-education/2021/&b=agencies/example-education/2022/",
    # Across the 2019 → 2021 format change, and an agency rolling up its children.
    "region": "agencies/example-district/",
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
    # One text file, the one holding the report's parts (two documents a file).
    texts = fetched(browser, "/search/text/")
    assert len(texts) == 1 and texts[0].endswith(".json")


def test_search_says_when_nothing_matches(browser):
    browser.get(URL + "search/")
    browser.find_element(By.ID, "search-input").send_keys("鲸鱼")
    WebDriverWait(browser, 5).until(lambda d: "没有找到" in d.find_element(By.ID, "search-status").text)
    assert browser.find_elements(By.CSS_SELECTOR, "#search-results li") == []


def test_search_filters_by_year(browser):
    everywhere = search(browser, "公开")
    assert len(everywhere) == 10  # every report of the example portal mentions 公开
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


def wait_for_comparison(browser):
    WebDriverWait(browser, 5).until(expected_conditions.text_to_be_present_in_element((By.ID, "compare-status"), "已读取"))


def test_the_compare_page_puts_two_reports_side_by_side(browser):
    browser.get(URL + PAGES["compare"])
    wait_for_comparison(browser)
    titles = [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".compare-pair a")]
    assert titles == ["示例市示例区教育局2021年政府信息公开工作年度报告", "示例市示例区教育局2022年政府信息公开工作年度报告"]
    # Cells that differ are highlighted with both values …
    differing = browser.find_elements(By.CSS_SELECTOR, "td.differs")
    assert differing and all(" / " in cell.text for cell in differing)
    # … and sentences the other report also has are marked on both sides.
    marked = [mark.text for mark in browser.find_elements(By.CSS_SELECTOR, ".compare-narrative mark")]
    assert "下一步将建立栏目更新提醒机制，丰富图解、视频等解读形式。" in marked
    assert "落实公开前保密审查，定期清理已公开的规范性文件。" in marked
    assert not any("招生入学" in text for text in marked)  # new in 2022
    # The page's script marks sentences by the build's rules: its shares are the report's figures.
    facts = json.loads((OUTPUT / "agencies/example-education/2022/report.json").read_text(encoding="utf-8"))["facts"]
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".compare-narrative h3")]
    later = headings[1::2][1:]  # report 乙's, after the preamble: 一, 五, 六
    assert [f"{section['percent']}%" in heading for section, heading in zip(facts["copied"], later)] == [True, True, True], later
    # The report page links here, with last year's report.
    browser.get(URL + PAGES["acknowledged"])
    link = browser.find_element(By.PARTIAL_LINK_TEXT, "逐句对比")
    assert link.get_attribute("href") == URL + PAGES["compare"]


def test_the_compare_page_says_what_it_needs(browser):
    browser.get(URL + "compare/?a=../../etc/&b=x")
    WebDriverWait(browser, 5).until(lambda d: d.find_element(By.ID, "compare-status").text)
    assert "agencies/机构编号/年度/" in browser.find_element(By.ID, "compare-status").text
    assert browser.find_elements(By.CSS_SELECTOR, "#compare-result table") == []
    html = (OUTPUT / "compare" / "index.html").read_text(encoding="utf-8")
    assert "<noscript>" in html and "JavaScript" in html


def test_a_printed_report_is_the_report_as_published(browser):
    browser.get(URL + PAGES["acknowledged"])
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = lambda selector: [e for e in browser.find_elements(By.CSS_SELECTOR, selector) if e.is_displayed()]
        assert not shown(".reader-facts") and not shown(".site-nav") and not shown(".downloads")
        assert shown("#overview .data-note") and shown(".official-table") and shown("h1")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert browser.find_element(By.CSS_SELECTOR, ".reader-facts").is_displayed()


def test_reader_facts_are_on_the_pages(browser):
    browser.get(URL + "agencies/example-data/2021/")
    assert "逾期 10 天" in browser.find_element(By.CSS_SELECTOR, ".quality-line").text
    browser.get(URL + "years/2022/")
    missing = browser.find_element(By.ID, "missing-title").find_element(By.XPATH, "..").text
    assert "示例市示例区数据资源管理局" in missing and "示例市示例区信息化办公室" not in missing
    browser.get(URL + PAGES["region"])
    rollup = browser.find_element(By.ID, "rollup-title").find_element(By.XPATH, "..").text
    assert "并非任何机关发布" in rollup and "示例区数据局（示例）" in rollup


@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_serious_accessibility_violations(browser, name):
    browser.get(URL + PAGES[name])
    if name == "compare":
        wait_for_comparison(browser)
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], f"{name}: {serious}"


@pytest.mark.parametrize("width", [1280, 360])
@pytest.mark.parametrize("name", ["home", "agencies", "report", "year", "search", "compare", "region"])
def test_pages_fit_the_screen_and_are_photographed(browser, name, width):
    browser.set_window_size(width, 1000)
    browser.get(URL + PAGES[name])
    if name == "compare":
        wait_for_comparison(browser)
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{name} at {width}px scrolls sideways by {overflow}px"
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(width, min(height, 8000))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / f"{name}-{width}.png"))
    browser.set_window_size(1280, 1000)
