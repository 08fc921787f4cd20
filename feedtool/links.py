"""Absolute URLs in entry HTML, because many feed readers ignore xml:base.

Only the values of URL attributes are rewritten; every other byte of the HTML
stays as the author wrote it (no re-serialisation by an HTML library).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

URL_ATTRIBUTES = frozenset({"href", "src", "srcset", "poster", "cite"})

# One attribute inside a start tag, as HTML tokenises it: name, optional `=` and value.
_ATTRIBUTE = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"'=<`]+))?""")
_TAG_NAME = re.compile(r"<[^\s/>]+")
# A srcset candidate (HTML 4.8.4.3.11): separators, a URL, then descriptors up to the next comma.
_SRCSET_CANDIDATE = re.compile(r"([\s,]*)([^\s,](?:\S*[^\s,])?)(,*(?!\s*[^\s,])|[^,]*,?)")


def absolutize(fragment: str, base: str) -> str:
    """`fragment` with relative URLs in href, src, srcset, poster and cite made absolute against `base`.

    Absolute URLs, `mailto:`, `tel:` and other URLs with a scheme are left alone.
    """
    if not fragment or "<" not in fragment:
        return fragment
    finder = _StartTagFinder()
    try:
        finder.feed(fragment)
        finder.close()
    except AssertionError:  # html.parser's `<![x ...` ("unknown status keyword"): what came before it is rewritten
        pass
    if not finder.tags:
        return fragment
    line_starts = [0]
    for match in re.finditer("\n", fragment):
        line_starts.append(match.end())
    out: list[str] = []
    done = 0
    for (line, column), text in finder.tags:
        start = line_starts[line - 1] + column
        if fragment[start : start + len(text)] != text:
            continue  # the parser's position does not point at the tag: leave it as it is
        out.append(fragment[done:start])
        out.append(_rewrite_tag(text, base))
        done = start + len(text)
    out.append(fragment[done:])
    return "".join(out)


class _StartTagFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.tags: list[tuple[tuple[int, int], str]] = []

    def handle_starttag(self, tag, attrs):
        if any(name in URL_ATTRIBUTES for name, _ in attrs):
            self.tags.append((self.getpos(), self.get_starttag_text()))

    handle_startendtag = handle_starttag


def _rewrite_tag(text: str, base: str) -> str:
    name = _TAG_NAME.match(text)
    if not name:
        return text
    out: list[str] = []
    done = 0
    for match in _ATTRIBUTE.finditer(text, name.end()):
        raw = match.group(2)
        if raw is None or match.group(1).lower() not in URL_ATTRIBUTES:
            continue
        quote = raw[0] if raw[0] in "\"'" else ""
        value = raw[1:-1] if quote else raw
        if match.group(1).lower() == "srcset":
            new = _SRCSET_CANDIDATE.sub(lambda m: m.group(1) + _absolute(m.group(2), base, quote) + m.group(3), value)
        else:
            new = _absolute(value, base, quote)
        if new != value:
            start = match.start(2) + len(quote)
            out.append(text[done:start])
            out.append(new)
            done = start + len(value)
    out.append(text[done:])
    return "".join(out)


def _absolute(raw: str, base: str, quote: str) -> str:
    """`raw` (an attribute value as written, entities and all) made absolute against `base`."""
    url = html.unescape(raw).strip()
    try:
        if not url or urlsplit(url).scheme:
            return raw
        absolute = urljoin(base, url)
    except ValueError:  # not a URL urllib can read (an unbalanced [ in the host): left as written
        return raw
    # Written back escaped for the attribute; a value that needed no escaping stays as written.
    escaped = html.escape(absolute, quote=bool(quote))
    return escaped if html.unescape(raw) != raw or escaped != absolute else absolute
