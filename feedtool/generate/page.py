"""The subscribe page, index.html: where a visitor finds the feeds and what they are.

Plain HTML5 with its own small stylesheet: no JavaScript, no external assets, no
fixed widths (it must read on a phone). Every value from the store is escaped.
Its words follow the feed's language: Dutch and English are built in, and Dutch
is the default.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from feedtool.model import Entry, Feed

FILE_NAME = "index.html"
MEDIA_TYPE = "text/html; charset=utf-8"


@dataclass(frozen=True, slots=True)
class FeedLink:
    """One feed document the page offers: its format's name, media type and URL."""

    label: str  # "Atom", "RSS", "JSON Feed"
    media_type: str
    url: str


@dataclass(frozen=True, slots=True)
class TagFeeds:
    tag: str
    count: int  # how many entries the tag's feed holds
    links: tuple[FeedLink, ...]


@dataclass(frozen=True, slots=True)
class Words:
    lang: str
    subscribe: str
    what: str
    newest: str
    by_topic: str
    entries: tuple[str, str]  # singular, plural
    months: tuple[str, ...]
    page_title: str
    made_with: str
    skip: str


DUTCH = Words(
    lang="nl",
    subscribe="Abonneren",
    what=("<strong>Wat is een feed?</strong> Met een feed volgt u nieuwe berichten in een feedlezer of nieuwsapp, "
          "zonder e-mail en zonder account. Kopieer een van deze adressen in uw feedlezer; de meeste lezers "
          "kennen alle drie de formaten."),
    newest="Nieuwste berichten",
    by_topic="Per onderwerp",
    entries=("bericht", "berichten"),
    months=("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december"),
    page_title="abonneren",
    made_with="Gemaakt met feedtool",
    skip="Naar de feeds",
)
ENGLISH = Words(
    lang="en",
    subscribe="Subscribe",
    what=("<strong>What is a feed?</strong> A feed lets you follow new posts in a feed reader or news app, "
          "without e-mail and without an account. Copy one of these addresses into your reader; most readers "
          "know all three formats."),
    newest="Latest posts",
    by_topic="By topic",
    entries=("post", "posts"),
    months=("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"),
    page_title="subscribe",
    made_with="Made with feedtool",
    skip="To the feeds",
)


def words_for(language: str) -> Words:
    """English words for an English feed; Dutch for every other language (the default)."""
    return ENGLISH if language.lower().split("-")[0] == "en" else DUTCH


def written_date(moment: datetime, words: Words) -> str:
    """`22 november 2012`: day, month name and year, as the page's language writes a date."""
    return f"{moment.day} {words.months[moment.month - 1]} {moment.year}"


_STYLE = """
:root { --accent: #b5470f; }
@media (prefers-color-scheme: dark) {
  :root { --accent: #f0935a; }
  body { background: #16181d; color: #e8e6e3; }
  a { color: #8ab4f8; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; padding: 1.25rem; max-width: 42rem; font: 1.05rem/1.55 system-ui, -apple-system,
  "Segoe UI", Roboto, sans-serif; overflow-wrap: anywhere; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: .5rem 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
.subtitle { margin: 0; opacity: .8; }
.feeds { display: flex; flex-wrap: wrap; gap: .5rem; padding: 0; list-style: none; }
.feeds a { display: inline-block; padding: .45rem .9rem; border: 2px solid var(--accent); border-radius: .4rem;
  color: var(--accent); font-weight: 600; text-decoration: none; }
.feeds a:hover, .feeds a:focus { background: var(--accent); color: #fff; }
.url { display: block; font-size: .85rem; opacity: .75; }
ol.entries { padding-left: 1.25rem; }
ol.entries li { margin: .35rem 0; }
time { white-space: nowrap; opacity: .75; font-size: .9rem; }
ul.topics { padding: 0; list-style: none; }
ul.topics li { margin: .4rem 0; }
ul.topics a { margin-right: .6rem; }
footer { margin-top: 2.5rem; font-size: .85rem; opacity: .7; }
"""


def render(feed: Feed, entries: tuple[Entry, ...], feeds: tuple[FeedLink, ...], tags: tuple[TagFeeds, ...]) -> bytes:
    """The page for `feed`: its feeds, its newest `entries` and the feeds of its `tags`."""
    words = words_for(feed.language)
    zone = ZoneInfo(feed.timezone)
    e = escape
    content_lang = "" if feed.language.lower().split("-")[0] == words.lang else f' lang="{e(feed.language)}"'
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{words.lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(feed.title)}: {words.page_title}</title>",
    ]
    if feed.subtitle:
        head.append(f'<meta name="description" content="{e(feed.subtitle)}">')
    head.append('<meta name="generator" content="feedtool">')
    for link in feeds:
        head.append(f'<link rel="alternate" type="{e(link.media_type)}" title="{e(feed.title)} ({e(link.label)})" '
                    f'href="{e(link.url)}">')
    head += [f"<style>{_STYLE}</style>", "</head>"]
    body = ["<body>", "<header>", f"<h1{content_lang}>{e(feed.title)}</h1>"]
    if feed.subtitle:
        body.append(f'<p class="subtitle"{content_lang}>{e(feed.subtitle)}</p>')
    body += ["</header>", "<main>", '<section aria-labelledby="subscribe">',
             f'<h2 id="subscribe">{words.subscribe}</h2>', f"<p>{words.what}</p>", '<ul class="feeds">']
    for link in feeds:
        body.append(f'<li><a href="{e(link.url)}" type="{e(link.media_type)}">{e(link.label)}'
                    f'<span class="url">{e(link.url)}</span></a></li>')
    body += ["</ul>", "</section>"]
    if entries:
        body += ['<section aria-labelledby="newest">', f'<h2 id="newest">{words.newest}</h2>',
                 f'<ol class="entries"{content_lang}>']
        for entry in entries:
            moment = entry.published.astimezone(zone)
            lang = f' lang="{e(entry.language)}"' if entry.language and entry.language != feed.language else ""
            body.append(f'<li{lang}><a href="{e(entry.link)}">{e(entry.title)}</a> '
                        f'<time datetime="{moment.isoformat()}">{written_date(moment, words)}</time></li>')
        body += ["</ol>", "</section>"]
    if tags:
        body += ['<section aria-labelledby="topics">', f'<h2 id="topics">{words.by_topic}</h2>', '<ul class="topics">']
        for tag in tags:
            count = f"{tag.count} {words.entries[0] if tag.count == 1 else words.entries[1]}"
            links = " ".join(f'<a href="{e(link.url)}" type="{e(link.media_type)}">{e(link.label)}</a>'
                             for link in tag.links)
            body.append(f'<li><strong{content_lang}>{e(tag.tag)}</strong> ({count}): {links}</li>')
        body += ["</ul>", "</section>"]
    body += ["</main>", f"<footer>{words.made_with}</footer>", "</body>", "</html>"]
    return ("\n".join(head + body) + "\n").encode("utf-8")
