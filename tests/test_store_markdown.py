"""Markdown posts (feedtool/store/markdown.py): front matter, Hugo's and Jekyll's names, the body as content.

The fixtures are one behaviour each, in tests/fixtures/markdown/ (its README says where the
Jekyll and Hugo posts take their form from). The rendered HTML of those two posts, as it goes
into the feeds, is kept in tests/golden/markdown/ (FEEDTOOL_UPDATE_GOLDEN=1 rewrites them).
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import feedparser
import pytest

from feedtool.build.select import select_entries
from feedtool.cli import main
from feedtool.errors import StoreError
from feedtool.store import load_store
from storefixtures import FIXTURES as STORE_FIXTURES
from storefixtures import only_error

HERE = Path(__file__).parent
MARKDOWN = HERE / "fixtures" / "markdown"
GOLDEN = HERE / "golden" / "markdown"
UPDATE_GOLDEN = os.environ.get("FEEDTOOL_UPDATE_GOLDEN") == "1"
NOW = datetime.fromisoformat("2013-06-01T12:00:00+02:00")


def md_store(tmp_path: Path, *names: str) -> Path:
    store = tmp_path / "entries"
    store.mkdir(exist_ok=True)
    shutil.copyfile(STORE_FIXTURES / "_feed.yaml", store / "_feed.yaml")
    for name in names:
        shutil.copyfile(MARKDOWN / name, store / Path(name).name)
    return store


def only_entry(store: Path):
    result = load_store(store)
    [entry] = result.feed.entries
    return entry, result.warnings


def published_html(store: Path) -> str:
    """The entry's content as it goes into the feeds: rendered, trimmed, links made absolute."""
    [entry] = select_entries(load_store(store).feed, NOW, drafts=True).entries
    return entry.content


def check_golden(name: str, html: str) -> None:
    path = GOLDEN / name
    if UPDATE_GOLDEN:
        path.parent.mkdir(exist_ok=True)
        path.write_text(html + "\n", encoding="utf-8")
    assert html + "\n" == path.read_text(encoding="utf-8")


# --- the two documented forms ----------------------------------------------------------


def test_a_jekyll_post_reads_without_edits(tmp_path):
    store = md_store(tmp_path, "jekyll/2012-11-22-de-ijsberg.md")
    entry, warnings = only_entry(store)
    assert warnings == []  # layout is documented by Jekyll and ignored silently
    assert entry.title == "De ijsberg"
    assert entry.slug == "de-ijsberg"  # the _posts file name minus its date
    assert entry.id == "tag:www.example.nl,2012:blog/de-ijsberg"
    assert entry.published.isoformat() == "2012-11-22T10:00:00+01:00"  # Jekyll's own date form, read in full
    # categories as a space-separated string (Jekyll's rule), then tags
    assert entry.tags == ("zaakgericht-werken", "sociaal-domein", "decentralisaties")
    assert entry.draft is False  # published: true
    html = published_html(store)
    check_golden("jekyll-de-ijsberg.html", html)
    assert '<img src="https://www.example.nl/assets/ijsberg.jpg" alt="Het topje van de ijsberg" />' in html
    assert '<th style="text-align:left">Wat</th>' in html and "<s>toch</s>" in html
    assert '<a href="https://www.example.nl/de-ijsberg/#fn1" id="fnref1">[1]</a>' in html


def test_a_hugo_post_reads_without_edits(tmp_path):
    store = md_store(tmp_path, "hugo/de-ijsberg.md")
    entry, warnings = only_entry(store)
    assert warnings == []  # weight, aliases and params are Hugo's and ignored silently
    assert entry.published.isoformat() == "2012-11-22T10:00:00+01:00"
    assert entry.updated.isoformat() == "2012-11-23T09:30:00+01:00"  # lastmod
    assert entry.tags == ("zaakgericht werken", "sociaal domein", "decentralisaties")  # tags, then categories
    html = published_html(store)
    check_golden("hugo-de-ijsberg.html", html)
    # A page-bundle image resolves against the post's page, as on the site.
    assert ('<img src="https://www.example.nl/de-ijsberg/ijsberg.jpg" alt="Het topje" '
            'title="Het topje van de ijsberg" />') in html
    # Raw HTML stays as written; its relative URL is made absolute like any other.
    assert '<video src="https://www.example.nl/de-ijsberg/ijsberg.mp4" controls></video>' in html
    assert '<li id="fn1" class="footnote-item"><p>Ongeveer een tiende deel.' in html


def test_hugo_toml_front_matter(tmp_path):
    entry, warnings = only_entry(md_store(tmp_path, "hugo-toml/concept.md"))
    assert warnings == []
    assert (entry.title, entry.draft, entry.tags) == ("Concept", True, ("innovatie",))
    assert entry.published.isoformat() == "2012-12-01T10:00:00+01:00"
    assert entry.content == "<p>Nog niet af.</p>\n"


def test_markdown_posts_build_and_read_back(tmp_path, capsys):
    store = md_store(tmp_path, "jekyll/2012-11-22-de-ijsberg.md", "ok/gepland.md")
    out = tmp_path / "public"
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(store), "--out", str(out), "--now", NOW.isoformat()])
    assert info.value.code == 0, capsys.readouterr().err
    parsed = feedparser.parse((out / "atom.xml").read_bytes())
    ijsberg = next(e for e in parsed.entries if e.title == "De ijsberg")
    assert 'src="https://www.example.nl/assets/ijsberg.jpg"' in ijsberg.content[0].value
    assert [t.term for t in ijsberg.tags] == ["zaakgericht-werken", "sociaal-domein", "decentralisaties"]
    assert (store / "_published.json").exists()  # the id guard records Markdown posts like any other


# --- names: Hugo's and Jekyll's, ignored, unknown, both given ---------------------------------


def test_date_and_slug_from_a_jekyll_file_name(tmp_path):
    entry, _ = only_entry(md_store(tmp_path, "ok/2012-11-22-zonder-datum.md"))
    assert entry.slug == "zonder-datum"
    assert entry.published.isoformat() == "2012-11-22T00:00:00+01:00"


def test_jekyll_published_false_is_a_draft(tmp_path):
    entry, warnings = only_entry(md_store(tmp_path, "ok/niet-gepubliceerd.md"))
    assert entry.draft is True and warnings == []
    assert entry.published.isoformat() == "2012-11-22T10:00:00+01:00"


def test_hugo_publish_date_wins_over_date(tmp_path):
    entry, warnings = only_entry(md_store(tmp_path, "ok/gepland.md"))
    assert warnings == []
    assert entry.published.isoformat() == "2012-11-22T10:00:00+01:00"  # publishdate, not date (2012-11-20)
    assert entry.updated.isoformat() == "2012-11-24T00:00:00+01:00"


def test_documented_keys_are_ignored_and_an_unknown_one_is_warned(tmp_path):
    _, warnings = only_entry(md_store(tmp_path, "ok/onbekend-veld.md"))
    [warning] = warnings  # layout, weight, aliases and keywords say nothing
    assert (warning.field, warning.line, warning.severity) == ("auteur", 4, "warning")
    assert "did you mean 'author'" in warning.hint_text()


def test_keys_in_any_case_and_jekyll_category(tmp_path):
    entry, _ = only_entry(md_store(tmp_path, "ok/hoofdletters.md"))
    assert entry.title == "Hoofdletters"
    assert entry.tags == ("a", "b", "Een categorie")  # `category` is one category, not split at spaces
    assert entry.content is None  # an empty body


@pytest.mark.parametrize(("fixture", "field", "line", "names"), [
    ("bad/date-and-published.md", "published", 4, "as 'date' (line 3) and 'published' (line 4)"),
    ("bad/lastmod-and-last-modified-at.md", "last_modified_at", 5,
     "as 'lastmod' (line 4) and 'last_modified_at' (line 5)"),
])
def test_both_names_of_one_field_is_an_error(tmp_path, fixture, field, line, names):
    error = only_error(md_store(tmp_path, fixture))
    assert (error.field, error.line) == (field, line)
    assert names in error.text() and "keep one" in error.hint_text()


def test_content_in_the_front_matter_is_an_error(tmp_path):
    error = only_error(md_store(tmp_path, "bad/content-in-front-matter.md"))
    assert (error.field, error.line) == ("content", 4)
    assert "body" in error.text()


# --- bad input: file, line, field, and nothing written ----------------------------------


def test_front_matter_never_closed(tmp_path):
    error = only_error(md_store(tmp_path, "bad/unclosed.md"))
    assert error.file.endswith("unclosed.md") and error.line == 1
    assert error.field == "published"  # the last field read before the text ran on
    assert "never closed" in error.text() and "add a line with only ---" in error.hint_text()


def test_broken_front_matter_names_the_md_files_own_line(tmp_path):
    error = only_error(md_store(tmp_path, "bad/broken-front-matter.md"))
    assert (error.line, error.field) == (3, "title")
    assert "YAML syntax error" in error.text() and "quoted" in error.hint_text()


def test_broken_toml_front_matter(tmp_path):
    error = only_error(md_store(tmp_path, "bad/toml-syntax.md"))
    assert (error.line, error.column, error.field) == (4, 9, "draft")
    assert error.text().startswith("TOML syntax error")


def test_a_dutch_date_in_front_matter_has_the_line_and_the_iso_hint(tmp_path):
    error = only_error(md_store(tmp_path, "bad/dutch-date.md"))
    assert (error.line, error.field) == (3, "published")
    assert "write 2012-11-22" in error.hint_text()


def test_a_character_xml_cannot_carry_in_the_body(tmp_path):
    error = only_error(md_store(tmp_path, "bad/control-character-in-body.md"))
    assert (error.line, error.column, error.field) == (7, 9, "body")
    assert "U+000B" in error.text()


@pytest.mark.parametrize(("fixture", "message"), [
    ("bad/json-front-matter.md", "JSON front matter is not supported"),
    ("bad/lege-front-matter.md", "the front matter is empty"),
    ("bad/2012-13-45-geen-maand.md", "the file name starts with the date 2012-13-45, which does not exist"),
])
def test_other_bad_posts(tmp_path, fixture, message):
    error = only_error(md_store(tmp_path, fixture))
    assert error.line == 1 and message in error.text() and error.hint_text()


def test_a_bad_post_fails_the_build_and_writes_nothing(tmp_path, capsys):
    store = md_store(tmp_path, "jekyll/2012-11-22-de-ijsberg.md", "bad/unclosed.md")
    out = tmp_path / "public"
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(store), "--out", str(out), "--now", NOW.isoformat()])
    assert info.value.code == 3
    assert "unclosed.md:1: error: [published] the front matter opened with --- on line 1 is never closed" \
        in capsys.readouterr().err
    assert not out.exists() and not (store / "_published.json").exists()


# --- the body: raw HTML and template code, at their own lines ----------------------------------


def test_raw_html_is_kept_and_checked_at_its_line(tmp_path):
    store = md_store(tmp_path, "ok/ruwe-html.md")
    entry, warnings = only_entry(store)
    assert '<span onclick="alert(1)">een handler</span>' in entry.content  # kept as written
    assert [(w.line, w.field, w.text().rsplit("(", 1)[-1]) for w in warnings] == [
        (5, "body", "SecurityRiskAttr)"), (7, "body", "SecurityRisk)")]


def test_an_unclosed_comment_is_warned_at_its_block(tmp_path):
    _, [warning] = only_entry(md_store(tmp_path, "ok/commentaar.md"))
    assert (warning.line, warning.field) == (7, "body")
    assert "never closed" in warning.text()


def test_template_code_is_warned_but_code_examples_are_not(tmp_path):
    entry, warnings = only_entry(md_store(tmp_path, "ok/sjablonen.md"))
    assert [(w.line, w.text().split(" is ")[0]) for w in warnings] == [
        (7, "{{< youtube 7_Tts6B8r3M >}}"), (9, "{{ site.url }}")]
    assert "<code>{{ dit is code }}" in entry.content


# --- the example store and feedtool new --markdown -----------------------------------------------


def test_the_example_store_has_a_markdown_post_with_its_recorded_content():
    import json

    from feedtool.guard import content_hash

    example = HERE.parent / "entries"
    feed = load_store(example).feed
    [ijsberg] = [e for e in feed.entries if e.slug == "de-ijsberg"]
    assert ijsberg.source.endswith("de-ijsberg.md")
    record = json.loads((example / "_published.json").read_text(encoding="utf-8"))
    # Converted from YAML with HTML to Markdown: the same id, date and content (readers see no change).
    entry = select_entries(feed, NOW).entries
    [published] = [e for e in entry if e.slug == "de-ijsberg"]
    assert record["entries"][published.id]["content"] == content_hash(published)


def test_new_markdown_starts_a_post_that_loads(tmp_path, capsys):
    store = md_store(tmp_path)
    with pytest.raises(SystemExit) as info:
        main(["new", "--markdown", "Zaakgericht werken: de ijsberg", "--store", str(store)])
    assert info.value.code == 0
    path = store / "zaakgericht-werken-de-ijsberg.md"
    assert capsys.readouterr().out.strip() == str(path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('---\ntitle: "Zaakgericht werken: de ijsberg"\npublished: ')
    (path.with_suffix(".md")).write_text(text + "Een *eerste* alinea.\n", encoding="utf-8")
    entry, _ = only_entry(store)
    assert entry.title == "Zaakgericht werken: de ijsberg"
    assert entry.content == "<p>Een <em>eerste</em> alinea.</p>\n"


def test_new_markdown_never_overwrites_a_yaml_post_of_the_same_slug(tmp_path, capsys):
    store = md_store(tmp_path)
    (store / "de-ijsberg.yaml").write_text("title: De ijsberg\npublished: 2012-11-22\n", encoding="utf-8")
    with pytest.raises(SystemExit) as info:
        main(["new", "--markdown", "De ijsberg", "--store", str(store)])
    assert info.value.code == 7
    assert not (store / "de-ijsberg.md").exists()


# --- never a traceback ---------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from([
    "---\n", "+++\n", "...\n", "title: T\n", "date: 2012-11-22\n", "published: false\n", "tags: a b\n",
    "title = 'T'\n", "date = 2012-11-22\n", "[params]\n", "x: [\n", "\n", "| a |\n|---|\n", "[^1]\n",
    "[^1]: n\n", "<!--\n", "<div onclick=x>\n", "{{< s >}}\n", "![i](a.jpg)\n", "\x0b", "\x85", "é",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_PIECES, max_size=14).map("".join), st.sampled_from(["post.md", "2012-11-22-post.md"]))
def test_any_markdown_file_loads_or_gives_problems_never_a_crash(tmp_path, text, name):
    store = tmp_path / "entries"
    store.mkdir(exist_ok=True)
    for old in store.glob("*.md"):
        old.unlink()
    shutil.copyfile(STORE_FIXTURES / "_feed.yaml", store / "_feed.yaml")
    (store / name).write_text(text, encoding="utf-8")
    try:
        result = load_store(store)
    except StoreError as exc:
        assert exc.problems and all(p.file.endswith(name) or p.file.endswith("entries") for p in exc.problems)
        assert all(p.line is None or p.line >= 1 for p in exc.problems)
    else:
        assert all(e.source.endswith(name) for e in result.feed.entries)
