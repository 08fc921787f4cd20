"""load_store on good stores: fields, defaults, raw text, ids, both layouts, the example store."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from feedtool.model import Person
from feedtool.store import load_store
from storefixtures import FIXTURES, copy_store, entry_of, make_store

REPO = Path(__file__).resolve().parent.parent
RENS = Person("Rens Meijkamp", "rens@example.nl")


def test_defaults_of_a_minimal_entry(tmp_path):
    store = make_store(tmp_path, base_entry=True)
    result = load_store(store)
    feed = result.feed
    assert result.warnings == []
    assert (feed.language, feed.timezone, feed.limit) == ("nl-NL", "Europe/Amsterdam", 20)
    assert feed.id == "tag:www.example.nl,2012:blog" and not feed.id_derived
    [entry] = feed.entries
    assert entry.slug == "base-entry"
    assert entry.link == "https://www.example.nl/base-entry/"
    assert entry.id == "tag:www.example.nl,2012:blog/base-entry"
    assert entry.updated == entry.published
    assert entry.authors == (RENS,)
    assert entry.language is None and entry.draft is False and entry.tags == ()
    assert entry.source == str(store / "base-entry.yaml")
    assert feed.source == str(store / "_feed.yaml")


def test_all_feed_fields(tmp_path):
    feed = load_store(make_store(tmp_path, feed="all-fields.yaml", base_entry=True)).feed
    assert (feed.limit, feed.subtitle, feed.rights) == (5, "Over zaken", "© 2012 Rens Meijkamp")


def test_quoted_limit_is_still_a_number(tmp_path):
    assert load_store(make_store(tmp_path, feed="limit-quoted.yaml", base_entry=True)).feed.limit == 5


def test_title_number_stays_as_written(tmp_path):
    assert entry_of(make_store(tmp_path, "title-number.yaml"), "title-number").title == "2012"


def test_title_slashed_date_stays_as_written(tmp_path):
    assert entry_of(make_store(tmp_path, "title-slashed-date.yaml"), "title-slashed-date").title == "21/12/2012"


def test_title_yes_stays_text_not_true(tmp_path):
    title = entry_of(make_store(tmp_path, "title-yes.yaml"), "title-yes").title
    assert title == "yes" and isinstance(title, str)


def test_quoted_null_is_text(tmp_path):
    assert entry_of(make_store(tmp_path, "title-quoted-null.yaml"), "title-quoted-null").title == "null"


def test_raw_text_in_summary_and_tags(tmp_path):
    entry = entry_of(make_store(tmp_path, "raw-text-everywhere.yaml"), "raw-text-everywhere")
    assert entry.title == "2012-12-21"
    assert entry.summary == "1.50"
    assert entry.tags == ("2012", "no", "0x1F", "~x")


def test_plain_date_is_midnight_in_the_feed_zone(tmp_path):
    entry = entry_of(make_store(tmp_path, "title-number.yaml"), "title-number")
    assert entry.published.isoformat() == "2012-12-21T00:00:00+01:00"


def test_offset_dates_keep_the_instant_in_the_feed_zone(tmp_path):
    entry = entry_of(make_store(tmp_path, "dst-overlap-offset.yaml"), "dst-overlap-offset")
    assert entry.published == datetime(2012, 10, 28, 1, 30, tzinfo=timezone.utc)
    assert entry.published.utcoffset() == timedelta(hours=1)


def test_local_time_in_another_feed_zone(tmp_path):
    store = make_store(tmp_path, "dst-gap.yaml", feed="timezone-new-york.yaml")
    entry = entry_of(store, "dst-gap")  # 02:30 on 25 March exists in New York (its DST began on 11 March)
    assert entry.published.isoformat() == "2012-03-25T02:30:00-04:00"


def test_bom_and_crlf_are_accepted(tmp_path):
    entry = entry_of(make_store(tmp_path, "bom-crlf.yaml"), "bom-crlf")
    assert entry.title == "Café “één”"
    assert entry.summary == "twee regels"
    assert entry.published.isoformat() == "2012-12-21T10:00:00+01:00"


def test_json_entry(tmp_path):
    entry = entry_of(make_store(tmp_path, "json-entry.json"), "json-entry")
    assert (entry.title, entry.summary, entry.tags, entry.draft) == ("JSON", "Samenvatting é", ("sociaal domein",), True)


def test_json_feed_file_and_feed_language(tmp_path):
    store = make_store(tmp_path, "language-same.yaml", feed="json-feed.json")
    feed = load_store(store).feed
    assert feed.language == "nl-BE"
    assert feed.entries[0].language == "nl-NL"  # differs from the feed's, so it is kept


def test_explicit_id_wins(tmp_path):
    assert entry_of(make_store(tmp_path, "explicit-id.yaml"), "explicit-id").id == "http://oud.example.nl/?p=123"


def test_explicit_slug_sets_link_and_id(tmp_path):
    entry = entry_of(make_store(tmp_path, "explicit-slug.yaml"), "eigen-slug")
    assert entry.link == "https://www.example.nl/eigen-slug/"
    assert entry.id == "tag:www.example.nl,2012:blog/eigen-slug"


def test_relative_entry_link_is_resolved_against_the_site(tmp_path):
    entry = entry_of(make_store(tmp_path, "link-relative.yaml"), "link-relative")
    assert entry.link == "https://www.example.nl/archief/2012/link/"


def test_site_link_is_normalised_with_a_trailing_slash(tmp_path):
    feed = load_store(make_store(tmp_path, feed="link-without-slash.yaml", base_entry=True)).feed
    assert feed.link == "https://www.example.nl/blog/"
    assert feed.entries[0].link == "https://www.example.nl/blog/base-entry/"


def test_entry_language_other_than_the_feed_is_normalised_and_kept(tmp_path):
    assert entry_of(make_store(tmp_path, "language-en.yaml"), "language-en").language == "en-GB"


def test_entry_language_equal_to_the_feed_is_not_repeated(tmp_path):
    assert entry_of(make_store(tmp_path, "language-same.yaml"), "language-same").language is None


def test_feed_language_is_normalised(tmp_path):
    assert load_store(make_store(tmp_path, feed="language-underscore.yaml", base_entry=True)).feed.language == "nl-NL"


def test_draft_yes_is_true(tmp_path):
    assert entry_of(make_store(tmp_path, "draft-yes.yaml"), "draft-yes").draft is True


def test_future_and_draft_entries_are_kept_for_the_build_to_select(tmp_path):
    feed = load_store(make_store(tmp_path, "future.yaml", "draft-yes.yaml", base_entry=True)).feed
    assert [e.slug for e in feed.entries] == ["future", "base-entry", "draft-yes"]  # newest first


def test_author_list_with_name_and_email_form(tmp_path):
    entry = entry_of(make_store(tmp_path, "author-list.yaml"), "author-list")
    assert entry.authors == (RENS, Person("Gast", None, "https://gast.example.nl/"))


def test_ids_survive_a_move_of_the_site(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    before = entry_of(make_store(tmp_path / "a", base_entry=True), "base-entry")
    after = entry_of(make_store(tmp_path / "b", feed="moved-site.yaml", base_entry=True), "base-entry")
    assert after.link.startswith("http://oud-domein.example.org/blog/")
    assert before.id == after.id == "tag:www.example.nl,2012:blog/base-entry"


def test_feed_without_id_derives_one_and_warns_to_pin_it(tmp_path):
    store = make_store(tmp_path, "title-number.yaml", "explicit-id.yaml", feed="no-id.yaml", base_entry=True)
    result = load_store(store)
    feed = result.feed
    assert feed.id_derived is True
    assert feed.id == "tag:www.example.nl,2012:blog"
    [warning] = result.warnings
    assert warning.field == "id" and warning.severity == "warning"
    assert f"id: {feed.id}" in warning.hint_text()
    by_slug = {e.slug: e for e in feed.entries}
    assert by_slug["base-entry"].id == "tag:www.example.nl,2012:blog/base-entry"
    assert by_slug["explicit-id"].id == "http://oud.example.nl/?p=123"


def test_derived_id_uses_the_oldest_entry_year(tmp_path):
    store = make_store(tmp_path, feed="no-id.yaml", base_entry=True)
    (store / "oud.yaml").write_text("title: Oud\npublished: 2009-05-01\n", encoding="utf-8")
    assert load_store(store).feed.id == "tag:www.example.nl,2009:blog"


def test_files_starting_with_underscore_or_dot_and_other_suffixes_are_not_entries(tmp_path):
    result = load_store(copy_store(tmp_path, "ignored-files"))
    assert [e.slug for e in result.feed.entries] == ["bericht"]
    # LEESMIJ.md has no front matter: not a post, said once; the subdirectory with a forgotten
    # entry is named; _archief is silent.
    readme, subdirectory = result.warnings
    assert readme.file.endswith("LEESMIJ.md") and "not read as a post" in readme.text() and readme.line == 1
    assert subdirectory.file.endswith("jaar-2012") and "subdirectories" in subdirectory.text()


def test_one_file_yaml_store(tmp_path):
    feed = load_store(FIXTURES / "stores" / "one-file.yaml").feed
    assert feed.title == "Eén bestand"
    assert feed.authors == (RENS,)
    assert [e.slug for e in feed.entries] == ["de-ijsberg", "ijsberg", "decentralisaties-sociaal-domein-vragen-om-innovatie"]
    assert feed.entries[0].id == "tag:www.example.nl,2012:een/de-ijsberg"
    assert all(e.source.endswith("one-file.yaml") for e in feed.entries)


def test_example_store_loads_clean():
    result = load_store(REPO / "entries")
    feed = result.feed
    assert result.warnings == []
    assert feed.language == "nl-NL" and not feed.id_derived
    assert feed.authors[0].name == "Rens Meijkamp" and feed.authors[0].email
    titles = [e.title for e in feed.entries]
    assert titles == [
        "21/12/2012",
        "De ijsberg",
        "Gemeentelijke fusiedruk",
        "Decentralisaties Sociaal Domein vragen om innovatie in dienstverlening",
        "Investeren in leren is investeren in presteren",
        "Informatisering essentieel bij decentralisaties Sociaal Domein",
    ]
    assert feed.entries[0].published.date().isoformat() == "2012-12-21"
    assert all(e.published.year == 2012 and e.summary for e in feed.entries)
    assert all("Lees meer" not in e.summary for e in feed.entries)


def test_example_store_marks_estimated_dates():
    for path in sorted((REPO / "entries").glob("[!_]*.yaml")):
        if path.name != "21-12-2012.yaml":
            assert "# Estimated date" in path.read_text(encoding="utf-8"), path.name


def test_without_libyaml_the_store_reads_the_same(tmp_path, monkeypatch):
    from feedtool.store import source

    stores = [REPO / "entries", make_store(tmp_path, "raw-text-everywhere.yaml", "title-yes.yaml", "bom-crlf.yaml",
                                           "author-list.yaml", "updated-before-published.yaml", "json-entry.json")]
    with_libyaml = [load_store(store) for store in stores]
    monkeypatch.setattr(source, "_Composer", source.PythonComposer)
    assert [load_store(store) for store in stores] == with_libyaml
    assert with_libyaml[1].warnings  # the comparison covers warnings (with their lines) too


def test_yml_and_upper_case_suffixes_are_entries(tmp_path):
    store = make_store(tmp_path)
    (store / "kort.yml").write_text("title: Kort\npublished: 2012-12-21\n", encoding="utf-8")
    (store / "GROOT.YAML").write_text("title: Groot\npublished: 2012-12-20\n", encoding="utf-8")
    (store / "notitie.txt").write_text("title: Geen entry\n", encoding="utf-8")
    assert [e.slug for e in load_store(store).feed.entries] == ["kort", "GROOT"]


def test_a_tag_listed_twice_counts_once_with_a_warning(tmp_path):
    store = make_store(tmp_path, base_entry=True)
    (store / "dubbel.yaml").write_text("title: Dubbel\npublished: 2012-12-20T10:00:00+01:00\n"
                                       "tags: [wmo, jeugdzorg, wmo, Wmo]\n", encoding="utf-8")
    result = load_store(store)
    entry = next(e for e in result.feed.entries if e.slug == "dubbel")
    assert entry.tags == ("wmo", "jeugdzorg", "Wmo")  # another spelling is kept: the feeds carry it as written
    (warning,) = [w for w in result.warnings if w.file.endswith("dubbel.yaml")]
    assert (warning.field, warning.line, warning.severity) == ("tags", 3, "warning")
    assert "the tag 'wmo' is listed more than once; it counts once" in warning.text()


def test_icons_are_urls_resolved_against_the_site(tmp_path):
    store = make_store(tmp_path, base_entry=True)
    feed_file = store / "_feed.yaml"
    feed_file.write_text(feed_file.read_text(encoding="utf-8") + "icon: /img/icon-512.png\n"
                         "favicon: https://cdn.example.nl/favicon.png\n", encoding="utf-8")
    feed = load_store(store).feed
    assert feed.icon == feed.link + "img/icon-512.png"
    assert feed.favicon == "https://cdn.example.nl/favicon.png"


def test_an_icon_that_is_no_web_url_is_an_error_naming_the_field(tmp_path):
    import pytest

    from feedtool.errors import StoreError

    store = make_store(tmp_path, base_entry=True)
    feed_file = store / "_feed.yaml"
    feed_file.write_text(feed_file.read_text(encoding="utf-8") + "icon: javascript:alert(1)\n", encoding="utf-8")
    with pytest.raises(StoreError) as info:
        load_store(store)
    (problem,) = info.value.problems
    assert problem.field == "icon" and problem.file.endswith("_feed.yaml") and problem.line is not None
