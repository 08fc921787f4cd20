"""The bare feedgen render baseline: the store's posts read with libyaml and rendered as Atom and RSS
by feedgen, as a script that does nothing else would (no checks, no read-back, no tag feeds).

    python bench/feedgen_render.py STORE
"""

import sys
from datetime import datetime, timezone
from pathlib import Path

import yaml
from feedgen.feed import FeedGenerator

store = Path(sys.argv[1])
meta = yaml.load((store / "_feed.yaml").read_bytes(), Loader=yaml.CSafeLoader)
posts = []
for path in sorted(store.glob("*.yaml")):
    if not path.name.startswith("_"):
        posts.append((path.stem, yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)))
posts.sort(key=lambda p: str(p[1]["published"]), reverse=True)
fg = FeedGenerator()
fg.id(meta["id"])
fg.title(meta["title"])
fg.link(href=meta["link"], rel="alternate")
fg.link(href=meta["link"] + "atom.xml", rel="self")
fg.language("nl-NL")
fg.author({"name": meta["author"]["name"], "email": meta["author"]["email"]})
fg.description(meta["title"])
for slug, post in posts[: meta.get("limit", 20)]:
    published = post["published"]
    if isinstance(published, str):
        published = datetime.fromisoformat(published)
    if published.tzinfo is None:
        published = published.replace(tzinfo=timezone.utc)
    fe = fg.add_entry(order="append")
    fe.id(f"{meta['id']}/{slug}")
    fe.title(post["title"])
    fe.link(href=f"{meta['link']}{slug}/")
    fe.published(published)
    fe.updated(published)
    fe.summary(post.get("summary"))
    fe.content(post.get("content"), type="html")
    for tag in post.get("tags", []):
        fe.category(term=tag)
fg.atom_str(pretty=True)
fg.rss_str(pretty=True)
