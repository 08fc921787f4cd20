"""The catalogue of bad store input (docs/errors.md): every row, in the library and on the command line.

Each row builds a store from one-behaviour fixtures and states what the user must
see: the file, the line (where one exists), the field, words of the message and of
the hint. The CLI test runs `feedtool build` on the same store and checks exit
code 3, the message on stderr, and that nothing was written.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from feedtool.cli import main
from feedtool.errors import StoreError
from feedtool.store import MAX_FILE_BYTES, load_store
from storefixtures import FIXTURES, copy_store, make_store


@dataclass(frozen=True)
class Row:
    build: Callable[[Path], Path]
    file: str  # the end of the file name the problem names
    message: str  # words of the message
    line: int | None = None
    field: str | None = None
    hint: str | None = None  # words of the hint
    column: int | None = None


def entry(name: str) -> Callable[[Path], Path]:
    return lambda tmp: make_store(tmp, name)


def feed(name: str) -> Callable[[Path], Path]:
    return lambda tmp: make_store(tmp, feed=name, base_entry=True)


def store(name: str, with_feed: bool = True) -> Callable[[Path], Path]:
    return lambda tmp: copy_store(tmp, name, feed=with_feed)


def missing_store(tmp: Path) -> Path:
    return tmp / "bestaat-niet"


def huge_file(tmp: Path) -> Path:
    path = make_store(tmp, base_entry=True)
    with open(path / "groot.yaml", "wb") as fh:  # sparse: 100 MB on paper, nothing on disk
        fh.truncate(100 * 1024 * 1024)
    return path


def just_too_big(tmp: Path) -> Path:
    path = make_store(tmp, base_entry=True)
    body = b"title: Groot\npublished: 2012-12-21\nsummary: " + b"x" * (MAX_FILE_BYTES - 40) + b"\n"
    (path / "net-te-groot.yaml").write_bytes(body)
    assert len(body) > MAX_FILE_BYTES
    return path


def symlink_loop(tmp: Path) -> Path:
    path = make_store(tmp, base_entry=True)
    os.symlink("lus-b.yaml", path / "lus-a.yaml")
    os.symlink("lus-a.yaml", path / "lus-b.yaml")
    return path


def one_file(name: str) -> Callable[[Path], Path]:
    def build(tmp: Path) -> Path:
        shutil.copyfile(FIXTURES / "stores" / name, tmp / name)
        return tmp / name
    return build


CATALOGUE: dict[str, Row] = {
    # the file itself
    "empty-file": Row(entry("empty.yaml"), "empty.yaml", "file is empty", hint="name: value"),
    "comments-only": Row(entry("comments-only.yaml"), "comments-only.yaml", "file is empty"),
    "yaml-syntax-unquoted-colon": Row(entry("yaml-unquoted-colon.yaml"), "yaml-unquoted-colon.yaml",
                                      "YAML syntax error", line=1, column=26, field="title", hint="must be quoted"),
    "yaml-tabs": Row(entry("yaml-tabs.yaml"), "yaml-tabs.yaml", "YAML syntax error", line=4, column=1,
                     field="tags", hint="does not allow tabs"),
    "yaml-two-documents": Row(entry("yaml-two-documents.yaml"), "yaml-two-documents.yaml", "another document",
                              line=3, field="title", hint="remove the second `---`"),
    "json-syntax": Row(entry("json-trailing-comma.json"), "json-trailing-comma.json", "JSON syntax error",
                       line=4, column=1, hint="comma after the last item"),
    "toplevel-list": Row(entry("toplevel-list.yaml"), "toplevel-list.yaml", "must be a mapping of fields", line=1),
    "toplevel-scalar": Row(entry("toplevel-scalar.yaml"), "toplevel-scalar.yaml", "not text", line=1),
    "toplevel-list-json": Row(entry("toplevel-list-json.json"), "toplevel-list-json.json", "not a list", line=1),
    "windows-1252": Row(entry("windows-1252.yaml"), "windows-1252.yaml", "not UTF-8", line=1, column=11,
                        hint="save the file as UTF-8"),
    "duplicate-key": Row(entry("duplicate-key.yaml"), "duplicate-key.yaml", "appears twice", line=3, field="title"),
    "yaml-merge-key": Row(entry("yaml-merge-key.yaml"), "yaml-merge-key.yaml", "merge keys", line=3, field="<<"),
    "yaml-custom-tag": Row(entry("yaml-custom-tag.yaml"), "yaml-custom-tag.yaml", "YAML tag !vreemd", line=1,
                           field="title"),
    "huge-file": Row(huge_file, "groot.yaml", "too large", hint="keep images"),
    "just-over-size-cap": Row(just_too_big, "net-te-groot.yaml", "at most 10 MB"),
    "symlink-loop": Row(symlink_loop, "lus-a.yaml", "symbolic link loop"),
    # title and dates
    "missing-title": Row(entry("missing-title.yaml"), "missing-title.yaml", "required field 'title' is missing",
                         line=1, field="title"),
    "empty-title": Row(entry("empty-title.yaml"), "empty-title.yaml", "'title' is empty", line=1, field="title"),
    "blank-title": Row(entry("blank-title.yaml"), "blank-title.yaml", "'title' is empty", line=1, field="title"),
    "title-not-text": Row(entry("title-list.yaml"), "title-list.yaml", "must be text, not a list", line=2,
                          field="title"),
    "json-number-title": Row(entry("json-number-title.json"), "json-number-title.json", "must be text, not a number",
                             line=1, field="title", hint='"title": "2012"'),
    "missing-published": Row(entry("missing-published.yaml"), "missing-published.yaml",
                             "required field 'published' is missing", line=1, field="published"),
    "date-31-february": Row(entry("date-31-february.yaml"), "date-31-february.yaml", "February 2012 has no day 31",
                            line=2, field="published"),
    "date-month-13": Row(entry("date-month-13.yaml"), "date-month-13.yaml", "no month 13", line=2,
                         field="published", hint="2012-01-13"),
    "date-dutch-numeric": Row(entry("date-dutch-numeric.yaml"), "date-dutch-numeric.yaml", "not written in ISO 8601",
                              line=2, field="published", hint="write 2012-12-21"),
    "date-dutch-words": Row(entry("date-dutch-words.yaml"), "date-dutch-words.yaml", "not written in ISO 8601",
                            line=2, field="published", hint="write 2012-12-21"),
    "dst-gap": Row(entry("dst-gap.yaml"), "dst-gap.yaml", "does not exist in Europe/Amsterdam", line=2,
                   field="published", hint="2012-03-25T02:30:00+01:00"),
    "dst-overlap": Row(entry("dst-overlap.yaml"), "dst-overlap.yaml", "happened twice in Europe/Amsterdam", line=2,
                       field="published", hint="2012-10-28T02:30:00+02:00"),
    "unknown-timezone": Row(feed("bad-timezone.yaml"), "_feed.yaml", "unknown time zone 'Europe/Amsterdm'", line=5,
                            field="timezone", hint="did you mean Europe/Amsterdam"),
    # URLs, languages, ids
    "relative-site-link": Row(feed("relative-link.yaml"), "_feed.yaml", "is relative", line=4, field="link",
                              hint="https://"),
    "javascript-site-link": Row(feed("javascript-link.yaml"), "_feed.yaml", "javascript: URL", line=4, field="link"),
    "javascript-entry-link": Row(entry("link-javascript.yaml"), "link-javascript.yaml", "javascript: URL", line=3,
                                 field="link"),
    "site-link-with-space": Row(feed("link-space.yaml"), "_feed.yaml", "contains a space", line=4, field="link",
                                hint="%20"),
    "language-name": Row(feed("language-dutch.yaml"), "_feed.yaml", "not a valid BCP 47 language tag", line=5,
                         field="language", hint="nl-NL"),
    "language-invalid": Row(feed("language-invalid.yaml"), "_feed.yaml", "'xx-YY-ZZ' is not a valid BCP 47", line=5,
                            field="language"),
    "entry-language-name": Row(entry("language-name.yaml"), "language-name.yaml", "not a valid BCP 47", line=3,
                               field="language"),
    "feed-id-not-tag": Row(feed("id-not-tag.yaml"), "_feed.yaml", "not a tag: URI", line=3, field="id",
                           hint="tag:www.example.nl,2012:blog"),
    "feed-id-bad-date": Row(feed("id-bad-date.yaml"), "_feed.yaml", "impossible date 2012-13", line=3, field="id"),
    "entry-id-not-uri": Row(entry("bad-id.yaml"), "bad-id.yaml", "not an absolute URI", line=3, field="id"),
    "limit-zero": Row(feed("limit-zero.yaml"), "_feed.yaml", "at least 1", line=5, field="limit"),
    "limit-word": Row(feed("limit-word.yaml"), "_feed.yaml", "not 'vijf'", line=4, field="limit", hint="limit: 20"),
    # wrong types
    "tags-as-string": Row(entry("tags-string.yaml"), "tags-string.yaml", "must be a list of tags", line=3,
                          field="tags", hint="tags: [sociaal domein]"),
    "author-number": Row(entry("author-number.yaml"), "author-number.yaml", "must be text, not a number", line=3,
                         field="author", hint='"42"'),
    "author-bad-email": Row(entry("author-bad-email.yaml"), "author-bad-email.yaml", "not an e-mail address", line=3,
                            field="author.email"),
    "draft-quoted": Row(entry("draft-quoted.yaml"), "draft-quoted.yaml", "must be true or false", line=3,
                        field="draft", hint="without quotes"),
    "json-bool-tag": Row(entry("json-bool-tag.json"), "json-bool-tag.json", "must be text", line=4, field="tags[1]"),
    "slug-from-bad-file-name": Row(entry("file name.yaml"), "file name.yaml", "cannot be used in a URL",
                                   line=1, field="slug", hint="file-name.yaml"),
    # characters XML cannot carry
    "vertical-tab-pasted": Row(entry("vertical-tab.yaml"), "vertical-tab.yaml", "U+000B (vertical tab)", line=3,
                               column=15, field="summary", hint="remove it"),
    "vertical-tab-escaped": Row(entry("escaped-vertical-tab.yaml"), "escaped-vertical-tab.yaml", "U+000B", line=1,
                                field="title"),
    "u-fffe": Row(entry("u-fffe.yaml"), "u-fffe.yaml", "U+FFFE", line=3, field="summary"),
    "json-lone-surrogate": Row(entry("lone-surrogate.json"), "lone-surrogate.json", "U+D800", line=1,
                               field="title"),
    # the store as a whole
    "missing-store": Row(missing_store, "bestaat-niet", "store not found", hint="--store"),
    "no-entries": Row(store("no-entries"), "no-entries", "holds no entries", hint="feedtool new"),
    "no-feed-file": Row(store("no-feed", with_feed=False), "_feed.yaml", "has no _feed.yaml", hint="title:"),
    "feed-file-misnamed": Row(store("stray-feed-name", with_feed=False), "_feed.yaml", "has no _feed.yaml",
                              hint="rename feed.yaml to _feed.yaml"),
    "two-feed-files": Row(store("two-feed-files", with_feed=False), "_feed.yaml", "more than one feed file"),
    "feed-incomplete": Row(feed("incomplete.yaml"), "_feed.yaml", "required field 'link' is missing", line=1,
                           field="link"),
    "duplicate-slug": Row(store("duplicate-slug"), "b.yaml", "duplicate slug 'b': also used by", line=1,
                          field="slug"),
    "duplicate-id": Row(store("duplicate-id"), "b.yaml", "duplicate id", line=1, field="id"),
    "feed-file-passed-as-store": Row(lambda tmp: make_store(tmp, base_entry=True) / "_feed.yaml", "_feed.yaml",
                                     "a one-file store needs feed: and entries:", line=1,
                                     hint="pass the directory that holds _feed.yaml"),
    "one-file-store-without-feed": Row(one_file("one-file-without-feed.yaml"), "one-file-without-feed.yaml",
                                       "'feed' is missing", line=1, field="feed"),
    "one-file-store-json-tags": Row(one_file("one-file.json"), "one-file.json", "must be a list of tags", line=7,
                                    field="tags"),
}


def _matching(problems, row: Row):
    return [p for p in problems if p.severity == "error" and p.file.endswith(row.file) and row.message in p.text()]


@pytest.mark.parametrize("name", list(CATALOGUE))
def test_catalogue(name, tmp_path):
    row = CATALOGUE[name]
    path = row.build(tmp_path)
    with pytest.raises(StoreError) as info:
        load_store(path)
    problems = info.value.problems
    found = _matching(problems, row)
    assert found, "\n".join(p.render() for p in problems)
    problem = found[0]
    assert problem.line == row.line
    if row.column is not None:
        assert problem.column == row.column
    assert problem.field == row.field
    if row.hint is not None:
        assert row.hint in (problem.hint_text() or "")
    assert info.value.exit_code == 3


@pytest.mark.parametrize("name", list(CATALOGUE))
def test_catalogue_on_the_command_line(name, tmp_path, capsys):
    row = CATALOGUE[name]
    path = row.build(tmp_path)
    out = tmp_path / "public"
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(path), "--out", str(out)])
    assert info.value.code == 3
    err = capsys.readouterr().err
    assert row.message in err and row.file in err
    assert "Traceback" not in err
    assert not out.exists() or not any(out.iterdir())


def test_all_problems_of_a_run_come_together_sorted_by_file(tmp_path):
    path = copy_store(tmp_path, "many-problems")
    with pytest.raises(StoreError) as info:
        load_store(path)
    problems = info.value.problems
    files = [Path(p.file).name for p in problems]
    assert files == sorted(files)
    assert [(Path(p.file).name, p.severity, p.field) for p in problems] == [
        ("a.yaml", "error", "published"),
        ("b.yaml", "error", "title"),
        ("b.yaml", "warning", "titel"),
        ("c.json", "error", None),
    ]


def test_unknown_fields_warn_with_did_you_mean(tmp_path):
    path = make_store(tmp_path, "unknown-fields.yaml")
    with pytest.raises(StoreError) as info:  # `publised` leaves `published` missing: that one is an error
        load_store(path)
    warnings = {p.field: p for p in info.value.problems if p.severity == "warning"}
    assert warnings["publised"].hint_text() == "did you mean 'published'?" and warnings["publised"].line == 2
    assert warnings["titel"].hint_text() == "did you mean 'title'?" and warnings["titel"].line == 3


def test_unknown_field_alone_is_only_a_warning(tmp_path):
    path = make_store(tmp_path, base_entry=True)
    (path / "extra.yaml").write_text("title: X\npublished: 2012-12-21\nsamenvatting: Y\n", encoding="utf-8")
    result = load_store(path)
    [warning] = result.warnings
    assert (warning.field, warning.line, warning.hint_text()) == ("samenvatting", 3, "did you mean 'summary'?")


def test_duplicate_slug_names_both_files(tmp_path):
    path = copy_store(tmp_path, "duplicate-slug")
    [problem] = [p for p in _matching(load_problems(path), CATALOGUE["duplicate-slug"])]
    assert problem.file.endswith("b.yaml") and "a.yaml" in problem.text()


def test_duplicate_slug_in_a_one_file_store_names_both_lines(tmp_path):
    path = tmp_path / "store.yaml"
    text = (FIXTURES / "stores" / "one-file.yaml").read_text(encoding="utf-8").replace("slug: ijsberg", "slug: de-ijsberg")
    path.write_text(text, encoding="utf-8")
    [problem] = [p for p in load_problems(path) if "duplicate slug" in p.text()]
    assert problem.line == 12 and "line 9" in problem.text()


def test_unreadable_file(tmp_path, monkeypatch):
    path = make_store(tmp_path, base_entry=True)
    secret = path / "geheim.yaml"
    secret.write_text("title: Geheim\npublished: 2012-12-21\n", encoding="utf-8")
    secret.chmod(0)
    if os.access(secret, os.R_OK):  # root reads anything: make the open refuse as it would for a user
        real_open = os.open

        def refusing_open(file, *args, **kwargs):
            if str(file) == str(secret):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(os, "open", refusing_open)
    [problem] = [p for p in load_problems(path) if p.file.endswith("geheim.yaml")]
    assert "permission denied" in problem.text() and "chmod" in problem.hint_text()


def test_a_directory_named_like_an_entry(tmp_path):
    path = make_store(tmp_path, base_entry=True)
    (path / "map.yaml").mkdir()
    result = load_store(path)  # not an entry file: a directory, so it is left alone
    assert [e.slug for e in result.feed.entries] == ["base-entry"]


def test_broken_symlink(tmp_path):
    path = make_store(tmp_path, base_entry=True)
    os.symlink("weg.yaml", path / "kapot.yaml")
    [problem] = [p for p in load_problems(path) if p.file.endswith("kapot.yaml")]
    assert "does not exist" in problem.text()


def test_the_size_cap_is_not_hit_by_a_large_normal_entry(tmp_path):
    path = make_store(tmp_path, base_entry=True)
    (path / "lang.yaml").write_text("title: Lang\npublished: 2012-12-21\ncontent: |\n" + "  <p>tekst</p>\n" * 50_000,
                                    encoding="utf-8")
    entry = [e for e in load_store(path).feed.entries if e.slug == "lang"][0]
    assert entry.content.count("<p>tekst</p>") == 50_000


def test_yaml_alias_bomb_is_refused(tmp_path):
    path = make_store(tmp_path, base_entry=True)
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 7)]
    (path / "bom.yaml").write_text("title: Bom\npublished: 2012-12-21\n" + "\n".join(lines) + "\n", encoding="utf-8")
    [problem] = [p for p in load_problems(path) if p.file.endswith("bom.yaml") and p.severity == "error"]
    assert "expands to more than" in problem.text()


def test_deeply_nested_json_is_refused_cleanly(tmp_path):
    path = make_store(tmp_path, base_entry=True)
    (path / "diep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    [problem] = [p for p in load_problems(path) if p.file.endswith("diep.json")]
    assert "nested too deeply" in problem.text() or "must be a mapping" in problem.text()


def test_utf16_file_is_refused_with_a_hint(tmp_path):
    path = make_store(tmp_path, base_entry=True)
    (path / "utf16.yaml").write_bytes("title: X\npublished: 2012-12-21\n".encode("utf-16"))
    [problem] = [p for p in load_problems(path) if p.file.endswith("utf16.yaml")]
    assert "UTF-16" in problem.text() and problem.hint_text() == "save the file as UTF-8"


def test_updated_before_published_is_a_warning(tmp_path):
    result = load_store(make_store(tmp_path, "updated-before-published.yaml"))
    [warning] = result.warnings
    assert (warning.field, warning.line, warning.severity) == ("updated", 3, "warning")


def load_problems(path: Path):
    with pytest.raises(StoreError) as info:
        load_store(path)
    return info.value.problems


def test_a_fifo_is_refused_without_blocking(tmp_path):
    path = make_store(tmp_path, base_entry=True)
    os.mkfifo(path / "pijp.yaml")  # nobody writes to it: opening it for reading must not wait
    [problem] = [p for p in load_problems(path) if p.file.endswith("pijp.yaml")]
    assert "not a regular file" in problem.text()


def test_the_errors_doc_covers_every_catalogue_row_and_names_real_tests():
    import re

    doc = (Path(__file__).resolve().parent.parent / "docs" / "errors.md").read_text(encoding="utf-8")
    for name in CATALOGUE:
        assert f"| `{name}` |" in doc, f"docs/errors.md has no row for {name}"
    tests_dir = Path(__file__).resolve().parent
    defined = set()
    for path in tests_dir.glob("test_*.py"):
        defined |= set(re.findall(r"^def (test_\w+)", path.read_text(encoding="utf-8"), re.MULTILINE))
    # (test_x.py is a test module, not a test function)
    named = set(re.findall(r"\b(test_[a-z0-9_]+)\b(?!\.py)", doc)) - {"test_store_errors", "test_store_load", "test_new",
                                                                       "test_store_scale"}
    assert named <= defined, sorted(named - defined)


@pytest.mark.parametrize("line", ["title:", "title: ~", "title: null", "title: NULL", "title: ''"])
def test_null_and_empty_titles_are_empty(tmp_path, line):
    path = make_store(tmp_path)
    (path / "leeg.yaml").write_text(f"{line}\npublished: 2012-12-21\n", encoding="utf-8")
    [problem] = [p for p in load_problems(path) if p.severity == "error"]
    assert (problem.field, problem.line, problem.text()) == ("title", 1, "'title' is empty")


@pytest.mark.parametrize("name, guess", [("date", "published"), ("description", "summary"), ("categories", "tags"),
                                         ("auteur", "author"), ("Title", "title"), ("tag", "tags")])
def test_did_you_mean_knows_what_other_tools_call_a_field(tmp_path, name, guess):
    path = make_store(tmp_path, base_entry=True)
    (path / "ander.yaml").write_text(f"title: X\npublished: 2012-12-21\n{name}: waarde\n", encoding="utf-8")
    [warning] = load_store(path).warnings
    assert warning.hint_text() == f"did you mean {guess!r}?"


def test_a_missing_author_is_reported_with_every_other_problem_in_one_run(tmp_path, capsys):
    # No author anywhere used to stop the build alone, hiding the unknown field and the unpinned id.
    from feedtool.cli import main

    path = copy_store(tmp_path, "no-author-and-more", feed=False)
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(path), "--out", str(tmp_path / "public"), "--now", "2013-01-01T00:00:00+01:00"])
    assert info.value.code == 3
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if ": error:" in line or ": warning:" in line]
    assert [(Path(line.split(":")[0]).name, line.split(": ")[1].split()[0], line.split("[")[1].split("]")[0])
            for line in lines] == [
        ("_feed.yaml", "warning", "id"),
        ("eerste.yaml", "error", "author"),
        ("eerste.yaml", "warning", "auteur"),
        ("tweede.yaml", "error", "author"),
    ]
    assert "did you mean 'author'?" in err
    assert err.rstrip().endswith("2 error(s), 2 warning(s); nothing was written")
    assert not (tmp_path / "public").exists()


def test_a_problem_only_rendering_finds_comes_with_the_store_warnings(tmp_path):
    from datetime import datetime, timezone

    from feedtool.build import BuildOptions, build

    path = make_store(tmp_path, base_entry=True)
    (path / "euro.yaml").write_text('title: "Kosten: \\x80 25"\npublished: 2012-12-20T10:00:00+01:00\nsamenvatting: Y\n',
                                    encoding="utf-8")
    with pytest.raises(StoreError) as info:
        build(path, BuildOptions(datetime(2013, 1, 1, tzinfo=timezone.utc)))
    found = {(Path(p.file).name, p.severity, p.field) for p in info.value.problems}
    assert ("euro.yaml", "error", "title") in found  # found by the renderer
    assert ("euro.yaml", "warning", "samenvatting") in found  # found by the store loader


# --- in Dutch (--lang nl, or the locale) -------------------------------------------------------

DUTCH_LINES = [
    "a.yaml:2: error: [published] '31-02-2012' is geen bestaande datum: februari 2012 heeft geen dag 31 "
    "(tip: controleer de dag en de maand; schrijf de datum als JJJJ-MM-DD)",
    "b.yaml:1: warning: [titel] het onbekende veld 'titel' wordt genegeerd (tip: bedoelt u 'title'?)",
    "b.yaml:1: error: [title] het verplichte veld 'title' ontbreekt (tip: voeg een regel toe: title: \"...\")",
    "c.json:1:45: error: JSON-syntaxfout: Expecting property name enclosed in double quotes "
    "(tip: JSON staat geen komma na het laatste onderdeel toe)",
    "d.yaml:3: error: [tags] 'tags' moet een lijst van tags zijn, geen tekst "
    "(tip: schrijf een lijst, ook voor één tag: tags: [sociaal domein])",
    "d.yaml:4: error: [language] 'dutch' is geen geldige BCP 47-taalcode: dat is de naam van een taal, geen taalcode "
    "(tip: schrijf de taalcode: nl-NL)",
    "5 fout(en), 1 waarschuwing(en); er is niets geschreven",
]


def _build_err(capsys, args) -> tuple[int, list[str]]:
    with pytest.raises(SystemExit) as info:
        main(["build", *args])
    lines = capsys.readouterr().err.splitlines()
    return info.value.code, [line.split("in-dutch/", 1)[-1] for line in lines]


@pytest.mark.parametrize("how", ["--lang nl", "LANG=nl_NL.UTF-8", "LC_MESSAGES=nl_BE"])
def test_a_broken_store_is_reported_in_dutch(tmp_path, capsys, monkeypatch, how):
    path = copy_store(tmp_path, "in-dutch")
    out = tmp_path / "public"
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    args = ["--store", str(path), "--out", str(out)]
    if how == "--lang nl":
        args += ["--lang", "nl"]
    else:
        variable, value = how.split("=")
        monkeypatch.setenv(variable, value)
    code, lines = _build_err(capsys, args)
    assert code == 3
    assert lines == DUTCH_LINES
    assert not out.exists()


def test_lang_en_wins_over_a_dutch_locale_and_keeps_the_english_text(tmp_path, capsys, monkeypatch):
    path = copy_store(tmp_path, "in-dutch")
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")
    code, lines = _build_err(capsys, ["--store", str(path), "--out", str(tmp_path / "public"), "--lang", "en"])
    assert code == 3
    assert lines[0] == ("a.yaml:2: error: [published] '31-02-2012' is not a real date: February 2012 has no day 31 "
                        "(hint: check the day and the month; write the date as YYYY-MM-DD)")
    assert lines[-1] == "5 error(s), 1 warning(s); nothing was written"


# Rows whose words are the same in both languages: what YAML's and JSON's parsers say (quoted in
# English), a character's code point, YAML's own term.
SAME_IN_BOTH = {"yaml-syntax-unquoted-colon", "yaml-tabs", "yaml-two-documents", "json-syntax", "vertical-tab-escaped",
                "u-fffe", "json-lone-surrogate", "yaml-merge-key"}


@pytest.mark.parametrize("name", list(CATALOGUE))
def test_catalogue_in_dutch(name, tmp_path, capsys):
    row = CATALOGUE[name]
    path = row.build(tmp_path)
    with pytest.raises(StoreError) as raised:
        load_store(path)
    [problem, *_] = _matching(raised.value.problems, row)
    with pytest.raises(SystemExit) as info:
        main(["build", "--store", str(path), "--out", str(tmp_path / "public"), "--lang", "nl"])
    assert info.value.code == 3
    err = capsys.readouterr().err
    dutch = problem.render("nl").split(": error: ", 1)
    assert dutch[1] != problem.render("en").split(": error: ", 1)[1]
    assert row.file in err and ": error: " + dutch[1] in err
    assert "(hint: " not in err
    if name not in SAME_IN_BOTH:
        assert row.message not in err
