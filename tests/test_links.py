"""Relative URLs in content HTML become absolute against the entry's link; nothing else changes."""

import pytest

from feedtool.links import absolutize

BASE = "https://www.example.nl/nieuws/decentralisaties/"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<a href="/nieuws/jeugdzorg/">x</a>', '<a href="https://www.example.nl/nieuws/jeugdzorg/">x</a>'),
        ('<img src="../img/wmo.png" alt="Wmo">', '<img src="https://www.example.nl/nieuws/img/wmo.png" alt="Wmo">'),
        ('<a href="#anker">lees</a>', '<a href="https://www.example.nl/nieuws/decentralisaties/#anker">lees</a>'),
        ("<a href='bijlage.pdf'>pdf</a>", "<a href='https://www.example.nl/nieuws/decentralisaties/bijlage.pdf'>pdf</a>"),
        ('<a href=/over>over</a>', '<a href=https://www.example.nl/over>over</a>'),
        ('<a href="//cdn.example.nl/x.js">cdn</a>', '<a href="https://cdn.example.nl/x.js">cdn</a>'),
        ('<video poster="still.jpg" src="film.mp4"></video>',
         '<video poster="https://www.example.nl/nieuws/decentralisaties/still.jpg" '
         'src="https://www.example.nl/nieuws/decentralisaties/film.mp4"></video>'),
        ('<blockquote cite="/bron">q</blockquote>', '<blockquote cite="https://www.example.nl/bron">q</blockquote>'),
        ('<A HREF="/x">x</A>', '<A HREF="https://www.example.nl/x">x</A>'),
        ('<a href="?pagina=2&amp;sort=datum">2</a>',
         '<a href="https://www.example.nl/nieuws/decentralisaties/?pagina=2&amp;sort=datum">2</a>'),
        ('<br/><img src="a.png"/>', '<br/><img src="https://www.example.nl/nieuws/decentralisaties/a.png"/>'),
    ],
)
def test_relative_urls_become_absolute(html, expected):
    assert absolutize(html, BASE) == expected


@pytest.mark.parametrize(
    "html",
    [
        '<a href="mailto:info@gemeente.nl">mail</a>',
        '<a href="tel:+31201234567">bel</a>',
        '<a href="https://www.rijksoverheid.nl/">extern</a>',
        '<a href="HTTP://EXAMPLE.NL/">hoofdletters</a>',
        '<img src="data:image/png;base64,iVBORw0KGgo=">',
        '<p class="href" title="src=x.png">geen URL-attributen</p>',
        "<!-- <a href=\"x\"> --><script>var s = '<a href=\"y\">';</script>",
        "platte tekst zonder tags",
        '<a name="anker">doel</a>',
    ],
)
def test_absolute_urls_and_non_url_text_are_left_alone(html):
    assert absolutize(html, BASE) == html


def test_srcset_lists_make_every_candidate_absolute_and_keep_descriptors():
    html = '<img srcset="klein.jpg 480w, /groot.jpg 1080w,https://cdn.nl/x.jpg 2x" sizes="50vw">'
    assert absolutize(html, BASE) == (
        '<img srcset="https://www.example.nl/nieuws/decentralisaties/klein.jpg 480w, '
        'https://www.example.nl/groot.jpg 1080w,https://cdn.nl/x.jpg 2x" sizes="50vw">'
    )


def test_srcset_url_may_contain_commas():
    assert absolutize('<img srcset="a,b.jpg 1x">', BASE) == (
        '<img srcset="https://www.example.nl/nieuws/decentralisaties/a,b.jpg 1x">')


def test_everything_but_the_url_values_stays_byte_for_byte():
    html = ('<p  class=intro>Zie <a\n   href="/a"   data-x=\'1\' >hier</a> &amp; <em>daar</em>'
            '<img alt="" src="b.png" >\n<!-- c --></p>')
    result = absolutize(html, BASE)
    assert result == html.replace('"/a"', '"https://www.example.nl/a"').replace(
        '"b.png"', '"https://www.example.nl/nieuws/decentralisaties/b.png"')


def test_base_with_special_characters_is_escaped_in_the_attribute():
    result = absolutize('<a href="x">x</a>', "https://www.example.nl/a?b=1&c=2")
    assert result == '<a href="https://www.example.nl/x">x</a>'
    result = absolutize('<a href="?d=4">x</a>', "https://www.example.nl/a?b=1&c=2")
    assert result == '<a href="https://www.example.nl/a?d=4">x</a>'
    result = absolutize('<a href="#z">x</a>', "https://www.example.nl/a?b=1&c=2")
    assert result == '<a href="https://www.example.nl/a?b=1&amp;c=2#z">x</a>'


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_piece = st.one_of(
    st.text(max_size=20),
    st.sampled_from(['<a href="/x">', "<a href='../y'>", "<a href=z>", '<img src="i.png" srcset="a.png 1x, b.png 2x">',
                     '<a href="mailto:a@b.nl">', "</a>", "<!-- <a href=\"c\"> -->", "<br/>", "&amp;", "<p>", "<",
                     '<a href="#f" title="href=x">', "<script>'<a href=\"s\">'</script>", '<video poster="p.jpg">']),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_piece, max_size=12).map("".join))
def test_absolutize_is_idempotent_and_leaves_text_without_tags_alone(html):
    once = absolutize(html, BASE)
    assert absolutize(once, BASE) == once
    if "<" not in html:
        assert once == html
    # Only URL values grow: everything absolutize adds is a prefix of BASE's site.
    assert len(once) >= len(html)


def test_a_url_urllib_cannot_read_is_left_as_written():
    """Found by bench/fuzz_atheris.py (links): an unbalanced [ in a srcset host ended a build in exit 70."""
    from feedtool.links import absolutize

    html = '<img srcset="https://example[x/a.png 1x, b.png 2x">'
    assert absolutize(html, "https://www.example.nl/") == (
        '<img srcset="https://example[x/a.png 1x, https://www.example.nl/b.png 2x">'
    )


def test_a_malformed_marked_section_does_not_stop_the_rewrite():
    """Found by bench/fuzz_atheris.py (links): html.parser raises AssertionError on `<![o ...`."""
    from feedtool.links import absolutize

    html = '<a href="a.html">a</a> <![o x <img src="b.png">'
    assert absolutize(html, "https://www.example.nl/") == (
        '<a href="https://www.example.nl/a.html">a</a> <![o x <img src="b.png">'
    )
