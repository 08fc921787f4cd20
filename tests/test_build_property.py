"""Property: whatever the entries hold (Unicode, markup, dates across DST changes), feedparser gives every field back."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedfactory import AMSTERDAM, entry, feed
from feedtool.build.readback import compare_feed, compare_json_feed
from feedtool.build.select import select_entries
from feedtool.generate import atom, jsonfeed, rss
from feedtool.model import Person

# Any character a store may hold: no surrogates, no controls but tab and newline, no noncharacters
# (test_generate checks that the others are refused).
xml_char = st.characters(blacklist_categories=("Cs", "Cn", "Co", "Cc"), blacklist_characters="", whitelist_characters="\t\n")


def readable_as_written(text: str) -> bool:
    """False for mojibake (UTF-8 read as Latin-1, `cafÃ©`): feedparser repairs it, so it does not round-trip."""
    try:
        return text.encode("latin-1").decode("utf-8") == text
    except UnicodeError:
        return True


line = st.text(xml_char, min_size=1, max_size=40).map(str.strip).filter(bool).filter(readable_as_written)
paragraph = st.text(xml_char, max_size=200).filter(readable_as_written)
word = st.text(st.characters(whitelist_categories=("Ll", "Lu", "Nd")), min_size=1, max_size=12)


@st.composite
def html_fragment(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 6))):
        text = draw(paragraph).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        kind = draw(st.sampled_from(["text", "p", "a", "img", "em", "cdata-end", "entity"]))
        if kind == "p":
            parts.append(f"<p>{text}</p>")
        elif kind == "a":
            href = draw(st.sampled_from(["/nieuws/x", "../img/a.png", "#anker", "mailto:a@b.nl", "https://c.nl/?a=1&amp;b=2"]))
            parts.append(f'<a href="{href}" title="{draw(word)}">{text}</a>')
        elif kind == "img":
            parts.append(f'<img src="{draw(word)}.png" srcset="{draw(word)}.png 2x" alt="{draw(word)}"/>')
        elif kind == "em":
            parts.append(f"<em>{text}</em><br>")
        elif kind == "cdata-end":
            parts.append("]]&gt; ]]>")
        elif kind == "entity":
            parts.append(draw(st.sampled_from(["&eacute;", "&#307;", "&nbsp;", "&quot;", "&#x1F600;"])))
        else:
            parts.append(text)
    return "".join(parts)


# Spring and autumn DST changes in Amsterdam are inside this range, as are leap days.
moment = st.datetimes(min_value=datetime(2011, 1, 1), max_value=datetime(2030, 12, 31),
                      timezones=st.just(AMSTERDAM), allow_imaginary=False)
ascii_word = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789"), min_size=1, max_size=10)
person = st.builds(
    Person,
    name=line,
    email=st.one_of(st.none(), st.builds(lambda a, b, tld: f"{a}@{b}.{tld}", ascii_word.map(lambda w: w + "'x"
                                         if w.startswith("q") else w), ascii_word,
                                         st.sampled_from(["nl", "frl", "amsterdam"]))),
    uri=st.one_of(st.none(), st.builds(lambda a: f"https://{a}.example.nl/", ascii_word)),
)


@st.composite
def entries(draw):
    count = draw(st.integers(1, 4))
    made = []
    for index in range(count):
        published = draw(moment)
        made.append(entry(
            f"bericht-{index}",
            title=draw(line),
            published=published,
            updated=published + draw(st.sampled_from([timedelta(0), timedelta(hours=1), timedelta(days=200)])),
            authors=tuple(draw(st.lists(person, min_size=1, max_size=3))),
            summary=draw(st.one_of(st.none(), paragraph)),
            content=draw(st.one_of(st.none(), html_fragment())),
            tags=tuple(draw(st.lists(line, max_size=3, unique=True))),
            language=draw(st.sampled_from([None, "nl-NL", "en-GB", "fy-NL", "de-DE"])),
        ))
    return made


@settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entries(), st.sampled_from(["Europe/Amsterdam", "UTC", "America/New_York"]))
def test_every_field_reads_back_through_feedparser(made, zone):
    selection = select_entries(feed(*made, timezone=zone), now=datetime(2031, 1, 1, tzinfo=AMSTERDAM))
    assert len(selection.entries) == len(made)
    assert compare_feed(atom.render(selection), selection) == []
    assert compare_feed(rss.render(selection), selection) == []
    assert compare_json_feed(jsonfeed.render(selection), selection) == []
