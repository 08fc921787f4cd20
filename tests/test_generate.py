"""Atom and RSS output: the W3C validator's expectations, Dutch metadata, determinism, escaping."""

from __future__ import annotations

import locale
from datetime import datetime, timedelta, timezone

import pytest
from lxml import etree

from feedfactory import AMSTERDAM, RENS, entry, feed
from feedtool.errors import StoreError
from feedtool.generate import atom, rss
from feedtool.model import Person, Selection

A = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def selection(*entries, **feed_fields) -> Selection:
    return Selection(feed=feed(*entries, **feed_fields), entries=tuple(entries))


def xml(data: bytes):
    return etree.fromstring(data)


def two_entries():
    newer = entry("nieuw", published=datetime(2012, 12, 21, 10, 0, tzinfo=AMSTERDAM),
                  updated=datetime(2013, 1, 5, 9, 30, tzinfo=AMSTERDAM))
    older = entry("oud", published=datetime(2012, 7, 1, 8, 0, tzinfo=AMSTERDAM))
    return newer, older


# --- Atom -------------------------------------------------------------------------------------


def test_atom_feed_has_language_self_link_and_alternate_link():
    root = xml(atom.render(selection(*two_entries())))
    assert root.get(XML_LANG) == "nl-NL"
    links = {link.get("rel"): link for link in root.findall(f"{A}link")}
    assert links["self"].get("href") == "https://www.example.nl/atom.xml"
    assert links["self"].get("type") == "application/atom+xml"
    assert links["alternate"].get("href") == "https://www.example.nl/"


def test_atom_entry_gets_xml_lang_only_when_its_language_differs():
    english = entry("english", language="en-GB")
    dutch = entry("dutch")
    root = xml(atom.render(selection(english, dutch)))
    langs = [e.get(XML_LANG) for e in root.findall(f"{A}entry")]
    assert langs == ["en-GB", None]


def test_atom_entry_link_is_the_alternate_html_page():
    # feedgen 1.0 drops an entry link's rel and type; we put them back.
    root = xml(atom.render(selection(*two_entries())))
    for element in root.findall(f"{A}entry"):
        (link,) = element.findall(f"{A}link")
        assert link.get("rel") == "alternate"
        assert link.get("type") == "text/html"
        assert link.get("href").startswith("https://www.example.nl/")


def test_atom_updated_is_the_newest_entry_update_never_the_build_time():
    root = xml(atom.render(selection(*two_entries())))
    assert root.findtext(f"{A}updated") == "2013-01-05T09:30:00+01:00"


def test_atom_dates_keep_their_offset_in_the_feeds_time_zone():
    summer_utc = datetime(2012, 7, 1, 8, 0, tzinfo=timezone.utc)
    root = xml(atom.render(selection(entry("zomer", published=summer_utc))))
    assert root.find(f"{A}entry").findtext(f"{A}published") == "2012-07-01T10:00:00+02:00"
    tokyo = selection(entry("zomer", published=summer_utc), timezone="Asia/Tokyo")
    assert xml(atom.render(tokyo)).find(f"{A}entry").findtext(f"{A}published") == "2012-07-01T17:00:00+09:00"


def test_atom_generator_is_fixed_and_has_no_version():
    root = xml(atom.render(selection(*two_entries())))
    generator = root.find(f"{A}generator")
    assert generator.text == "feedtool"
    assert generator.get("version") is None


def test_atom_keeps_entry_order_feedgen_would_prepend():
    newer, older = two_entries()
    root = xml(atom.render(selection(newer, older)))
    assert [e.findtext(f"{A}id") for e in root.findall(f"{A}entry")] == [newer.id, older.id]


def test_atom_title_and_summary_are_plain_text_content_is_html():
    e = entry("x", summary="a <b> & c", content="<p>Hallo</p>")
    node = xml(atom.render(selection(e))).find(f"{A}entry")
    assert node.find(f"{A}title").get("type") is None  # text
    assert node.find(f"{A}summary").get("type") is None
    assert node.findtext(f"{A}summary") == "a <b> & c"
    assert node.find(f"{A}content").get("type") == "html"
    assert node.findtext(f"{A}content") == "<p>Hallo</p>"


def test_atom_every_entry_names_its_authors_even_the_feeds():
    other = Person("Jan Jansen", "jan@example.nl", "https://jan.example.nl/")
    root = xml(atom.render(selection(entry("a"), entry("b", authors=(other,)))))
    first, second = root.findall(f"{A}entry")
    assert [a.findtext(f"{A}name") for a in first.findall(f"{A}author")] == ["Rens Meijkamp"]
    assert [second.find(f"{A}author").findtext(f"{A}{k}") for k in ("name", "email", "uri")] == [
        "Jan Jansen", "jan@example.nl", "https://jan.example.nl/"]


def test_atom_refuses_an_entry_without_any_author():
    with pytest.raises(StoreError) as info:
        atom.render(selection(entry("zonder", authors=()), authors=()))
    assert "entries/zonder.yaml" in str(info.value) and "[author]" in str(info.value)


# --- RSS --------------------------------------------------------------------------------------


def test_rss_has_atom_self_link_in_declared_namespace_and_channel_link_is_the_site():
    data = rss.render(selection(*two_entries()))
    root = xml(data)
    channel = root.find("channel")
    assert root.nsmap["atom"] == "http://www.w3.org/2005/Atom"
    self_link = channel.find(f"{A}link")
    assert (self_link.get("rel"), self_link.get("href")) == ("self", "https://www.example.nl/rss.xml")
    assert self_link.get("type") == "application/rss+xml"
    assert channel.findtext("link") == "https://www.example.nl/"
    assert channel.findtext("language") == "nl-NL"
    assert channel.findtext("description") == "Over zaakgericht werken en de decentralisaties"


def test_rss_description_falls_back_to_the_title():
    channel = xml(rss.render(selection(entry("a"), subtitle=None))).find("channel")
    assert channel.findtext("description") == "Zaakgericht werken"


def test_rss_author_is_email_with_name_or_dc_creator():
    with_email = entry("met", authors=(RENS,))
    without = entry("zonder", authors=(Person("Jan Jansen"),))
    two = entry("twee", authors=(RENS, Person("Jan Jansen")))
    items = xml(rss.render(selection(with_email, without, two))).find("channel").findall("item")
    assert items[0].findtext("author") == "rens@example.nl (Rens Meijkamp)"
    assert items[0].find(f"{DC}creator") is None
    assert items[1].find("author") is None
    assert [c.text for c in items[1].findall(f"{DC}creator")] == ["Jan Jansen"]
    assert items[2].find("author") is None
    assert [c.text for c in items[2].findall(f"{DC}creator")] == ["Rens Meijkamp", "Jan Jansen"]


def test_rss_guid_is_a_permalink_only_when_the_id_is_the_link():
    tagged = entry("tagged")
    migrated = entry("migrated", id="https://www.example.nl/migrated/")
    items = xml(rss.render(selection(tagged, migrated))).find("channel").findall("item")
    assert (items[0].findtext("guid"), items[0].find("guid").get("isPermaLink")) == (tagged.id, "false")
    assert items[1].find("guid").get("isPermaLink") == "true"


def test_rss_dates_are_rfc822_in_the_feeds_time_zone_and_last_build_is_newest_update():
    channel = xml(rss.render(selection(*two_entries()))).find("channel")
    assert channel.findtext("lastBuildDate") == "Sat, 05 Jan 2013 09:30:00 +0100"
    assert [i.findtext("pubDate") for i in channel.findall("item")] == [
        "Fri, 21 Dec 2012 10:00:00 +0100", "Sun, 01 Jul 2012 08:00:00 +0200"]


@pytest.fixture
def dutch_locale():
    saved = locale.setlocale(locale.LC_ALL)
    for name in ("nl_NL.UTF-8", "nl_NL.utf8", "nl_NL"):
        try:
            locale.setlocale(locale.LC_ALL, name)
            break
        except locale.Error:
            continue
    else:
        pytest.skip("no Dutch locale on this machine (generate one with `localedef -i nl_NL -f UTF-8 nl_NL.UTF-8`)")
    assert datetime(2012, 12, 21).strftime("%a %b") == "vr dec"  # the locale really is Dutch
    yield
    locale.setlocale(locale.LC_ALL, saved)


def test_rss_dates_are_english_under_a_dutch_locale(dutch_locale):
    channel = xml(rss.render(selection(*two_entries()))).find("channel")
    assert channel.findtext("lastBuildDate") == "Sat, 05 Jan 2013 09:30:00 +0100"
    assert channel.find("item").findtext("pubDate") == "Fri, 21 Dec 2012 10:00:00 +0100"


def test_rss_item_language_and_summary_before_content():
    e = entry("english", language="en-GB", summary="Fish & <chips>", content="<p>Body</p>")
    item = xml(rss.render(selection(e))).find("channel").find("item")
    assert item.findtext(f"{DC}language") == "en-GB"
    tags = [child.tag for child in item]
    assert tags.index("description") < tags.index(CONTENT)
    # plain text travels HTML-escaped inside the HTML-typed description
    assert item.findtext("description") == "Fish &amp; &lt;chips&gt;"
    assert item.findtext(CONTENT) == "<p>Body</p>"


def test_rss_item_without_summary_carries_the_content_as_description():
    item = xml(rss.render(selection(entry("x", summary=None)))).find("channel").find("item")
    assert item.findtext("description") == "<p>De inhoud van het bericht.</p>"
    assert item.find(CONTENT) is None


def test_rss_dutch_item_has_no_dc_language():
    item = xml(rss.render(selection(entry("x")))).find("channel").find("item")
    assert item.find(f"{DC}language") is None


# --- both -------------------------------------------------------------------------------------

TRICKY = "Ĳsselmeer & <b>café</b> \"ë\" 'x' 🎉 ]]> einde"


@pytest.mark.parametrize("render", [atom.render, rss.render], ids=["atom", "rss"])
def test_special_characters_come_out_exactly(render):
    e = entry("x", title=TRICKY, content=f"<p>{TRICKY.replace('&', '&amp;').replace('<b>', '')}</p>")
    data = render(selection(e))
    assert b"]]>" not in data  # never a raw CDATA terminator outside CDATA
    root = xml(data)
    titles = [el.text for el in root.iter() if el.tag in (f"{A}title", "title")]
    assert TRICKY in titles


@pytest.mark.parametrize("render", [atom.render, rss.render], ids=["atom", "rss"])
def test_same_selection_gives_identical_bytes(render):
    assert render(selection(*two_entries())) == render(selection(*two_entries()))


@pytest.mark.parametrize("render", [atom.render, rss.render], ids=["atom", "rss"])
def test_characters_xml_cannot_carry_are_refused_naming_file_and_field(render):
    with pytest.raises(StoreError) as info:
        render(selection(entry("vt", summary="tekst\u000bmet verticale tab")))
    message = str(info.value)
    assert "entries/vt.yaml" in message and "[summary]" in message and "U+000B" in message


def test_empty_selection_is_refused_with_a_hint():
    with pytest.raises(StoreError) as info:
        atom.render(Selection(feed=feed(entry("draft", draft=True)), entries=()))
    assert "--drafts" in str(info.value)


def test_output_ends_with_a_newline_and_declares_utf8():
    for render in (atom.render, rss.render):
        data = render(selection(*two_entries()))
        assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
        assert data.endswith(b"\n")


def test_rfc3339_offset_survives_dst_change():
    winter = entry("w", published=datetime(2012, 10, 28, 1, 30, tzinfo=timezone.utc))  # after the change
    summer = entry("s", published=datetime(2012, 10, 28, 0, 30, tzinfo=timezone.utc))  # before it
    root = xml(atom.render(selection(winter, summer)))
    assert [e.findtext(f"{A}published") for e in root.findall(f"{A}entry")] == [
        "2012-10-28T02:30:00+01:00", "2012-10-28T02:30:00+02:00"]
    assert winter.published - summer.published == timedelta(hours=1)


@pytest.mark.parametrize("render", [atom.render, rss.render], ids=["atom", "rss"])
def test_c1_controls_are_refused_with_the_character_probably_meant(render):
    with pytest.raises(StoreError) as info:
        render(selection(entry("euro", title="Kosten: \u0080 25")))
    message = str(info.value)
    assert "entries/euro.yaml" in message and "[title]" in message and "U+0080" in message and "'€'" in message


def test_rights_and_subtitle_reach_both_formats():
    chosen = selection(entry("a"), rights="© 2012 Rens Meijkamp, CC BY 4.0")
    root = xml(atom.render(chosen))
    assert root.findtext(f"{A}rights") == "© 2012 Rens Meijkamp, CC BY 4.0"
    assert root.findtext(f"{A}subtitle") == "Over zaakgericht werken en de decentralisaties"
    assert xml(rss.render(chosen)).find("channel").findtext("copyright") == "© 2012 Rens Meijkamp, CC BY 4.0"
    assert xml(atom.render(selection(entry("a"), subtitle=None))).find(f"{A}subtitle") is None


@pytest.mark.parametrize(("name", "email", "expected"), [
    ("Rens Meijkamp", "rens@example.nl", "rens@example.nl (Rens Meijkamp)"),
    ("Rens (redactie)", "rens@example.nl", "rens@example.nl (Rens (redactie))"),
    (")", "rens@example.nl", None),  # readers strip the bracket and get no name
    ("Rens ()", "rens@example.nl", None),  # readers drop "()"
    ("Rens", "rens@gemeente.amsterdam", None),  # readers know only 2-4 letter top-level domains
    ("Rens", "rens.o'brien@example.nl", None),  # an apostrophe ends the address for readers
])
def test_rss_author_element_only_when_readers_parse_it_back(name, email, expected):
    from feedtool.generate.rssauthor import author_text

    assert author_text(Person(name, email)) == expected
    item = xml(rss.render(selection(entry("x", authors=(Person(name, email),))))).find("channel").find("item")
    if expected:
        assert item.findtext("author") == expected and item.find(f"{DC}creator") is None
    else:
        assert item.find("author") is None and item.findtext(f"{DC}creator") == name
