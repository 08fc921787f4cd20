"""`validate --format html --output FILE`: one self-contained page, opened in headless Chromium.

The page is checked in the DOM Chromium built from it (not in our own string): hostile values
from the feed and its file name stay text, every finding has its code, message, place, source
lines and a working link to its explanation, and the summary counts what the files hold.
A screenshot is saved; FEEDTOOL_UPDATE_SCREENSHOTS=1 also writes it to docs/validate-report.png.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from lxml import html as lxml_html

from browser_support import dump_dom, png_size, require_chromium, screenshot
from feedtool.validate import codes
from feedtool.validate.engine import validate_bytes
from feedtool.validate.htmlreport import render_html
from validate_support import invoke

HERE = Path(__file__).parent
HOSTILE = HERE / "fixtures" / "validate" / "report" / "hostile.xml"
CORE = HERE / "fixtures" / "validate" / "core"
DOCS_SCREENSHOT = HERE.parent / "docs" / "validate-report.png"


@pytest.fixture
def report_page(tmp_path, monkeypatch) -> tuple[Path, list[Path]]:
    monkeypatch.chdir(tmp_path)  # paths in the report as a user would give them: public/...
    (tmp_path / "public").mkdir()
    feeds = [Path("public") / "<b>vijandig&amp;.xml", Path("public") / "rss.xml", Path("public") / "nieuws.xml"]
    for source, feed in zip((HOSTILE, CORE / "valid-rss.xml", CORE / "undefined-entity.xml"), feeds):
        shutil.copyfile(source, feed)
    out = tmp_path / "report.html"
    result = invoke("--format", "html", "--output", str(out), "--jobs", "1", *map(str, feeds))
    assert result.exit_code == 1  # two files have errors
    # The terminal gets the text report at the same time.
    assert result.output.splitlines()[-1] == "3 files checked: 2 errors, 3 warnings, 0 info; 2 files fail"
    return out, feeds


def test_the_page_is_self_contained(report_page):
    text = report_page[0].read_text(encoding="utf-8")
    [csp] = lxml_html.fromstring(text).xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp.startswith("default-src 'none';") and "script-src" not in csp
    page = lxml_html.fromstring(text)
    assert page.xpath("//script | //link | //img | //iframe | //object | //embed | //video | //audio") == []
    assert page.xpath("//@src | //@srcset | //@data | //@poster") == []
    styles = " ".join(page.xpath("//style/text()") + page.xpath("//@style"))
    assert "url(" not in styles and "@import" not in styles
    assert all(href.startswith(("#", "https://")) for href in page.xpath("//a/@href"))  # links, not assets


def test_chromium_dom_shows_every_finding_escaped_with_explanation_and_source(report_page):
    require_chromium()
    out, feeds = report_page
    dom = lxml_html.fromstring(dump_dom(out))
    # Hostile values are text, not elements.
    assert dom.xpath("//script") == [] and dom.xpath("//img") == [] and dom.xpath("//b[contains(., 'vijandig')]") == []
    messages = [m.text_content() for m in dom.xpath("//p[@class='message']")]
    assert any("'<img src=x onerror=alert(1)>' is not an RFC 822 date-time" in m for m in messages)
    hostile = dom.xpath("//section[@class='file'][1]")[0]
    assert hostile.get("data-path").endswith("<b>vijandig&amp;.xml")
    assert hostile.xpath("string(.//h2)").endswith("<b>vijandig&amp;.xml")
    source_text = " ".join(p.text_content() for p in hostile.xpath(".//pre[@class='source']"))
    assert "<![CDATA[<img src=x onerror=alert(1)>]]>" in source_text

    # The summary counts what the files hold.
    counts = {li.get("data-count"): int(li.xpath("string(b)")) for li in dom.xpath("//ul[@class='counts']/li")}
    assert counts == {"files": 3, "failed": 2, "error": 2, "warning": 3, "info": 0}
    assert dom.xpath("string(//p[@id='verdict'])") == "2 of 3 files fail."

    findings = dom.xpath("//article[contains(@class, 'finding')]")
    expected = [validate_bytes(Path(f).read_bytes(), path=str(f)) for f in feeds]
    assert len(findings) == sum(len(r.findings) for r in expected) == 5
    for article in findings:
        code = article.get("data-code")
        [link] = article.xpath(".//a[@class='code']")
        assert link.text == code and link.get("href") == f"#explain-{code}"
        [target] = dom.xpath(f"//*[@id='explain-{code}']")  # the link leads somewhere
        assert f"feedtool explain {code}" in target.text_content()
        if codes.known(code):
            assert codes.get(code).summary.text("en") in target.text_content()
        line = article.get("data-line")
        if line:  # the source lines around it, its own line marked
            [hit] = article.xpath(".//span[contains(@class, 'hit')]")
            assert hit.get("data-line") == line
            assert 1 <= len(article.xpath(".//pre[@class='source']/code/span")) <= 5


def test_a_screenshot_of_the_page(report_page, tmp_path):
    require_chromium()
    png = screenshot(report_page[0], tmp_path / "report.png", width=1200, height=1500)
    assert png_size(png) == (1200, 1500)
    assert png.stat().st_size > 20_000  # a page with content, not a blank one
    if os.environ.get("FEEDTOOL_UPDATE_SCREENSHOTS"):
        shutil.copyfile(png, DOCS_SCREENSHOT)


def test_dutch_labels_and_messages():
    report = validate_bytes(HOSTILE.read_bytes(), path="feed.xml")
    page = render_html([report], lang="nl")
    assert '<html lang="nl">' in page and "Samenvatting" in page and "1 van de 1 bestanden afgekeurd." in page


def test_the_same_input_gives_the_same_page(tmp_path):
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    invoke("--format", "html", "--output", str(first), str(HOSTILE))
    invoke("--format", "html", "--output", str(second), str(HOSTILE))
    assert first.read_bytes() == second.read_bytes()


def test_html_without_output_goes_to_stdout():
    result = invoke("--format", "html", str(CORE / "valid-rss.xml"))
    assert result.output.startswith("<!DOCTYPE html>") and result.exit_code == 0


def test_an_output_that_cannot_be_written_exits_5(tmp_path):
    result = invoke("--format", "html", "--output", str(tmp_path / "missing" / "r.html"), str(HOSTILE))
    assert result.exit_code == 5
    assert "cannot write the report" in result.stderr and "does not exist" in result.stderr
