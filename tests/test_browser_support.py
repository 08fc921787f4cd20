"""The shared Chromium helper works: scripts run before the DOM is read, screenshots have the asked size."""

from browser_support import dump_dom, png_size, screenshot

PAGE = """<!doctype html><meta charset="utf-8"><title>t</title>
<p id="greeting">niet uitgevoerd</p>
<script>document.getElementById("greeting").textContent = "uitgevoerd: " + (1 + 1);</script>
"""


def test_dump_dom_shows_the_dom_after_scripts(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    dom = dump_dom(page)
    assert '<p id="greeting">uitgevoerd: 2</p>' in dom
    assert "niet uitgevoerd" not in dom.split("<script>")[0]


def test_screenshot_has_the_window_size(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    png = screenshot(page, tmp_path / "shot.png", width=640, height=480)
    assert png_size(png) == (640, 480)
