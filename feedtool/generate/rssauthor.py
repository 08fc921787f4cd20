"""How an RSS author is written so that readers get back exactly the name and address we wrote.

RSS `<author>` holds `email (Name)`; readers built on feedparser split it with a
regular expression that knows only short top-level domains (2 to 4 letters) and
strips parentheses, `()` and `<>` from the name. When that would change the name
or the address, the author goes into `dc:creator` (a name only) instead.
No feedgen here: the round-trip check uses this too.
"""

from __future__ import annotations

import re

from feedtool.model import Person

# The pattern feedparser 6 uses to find the address in <author> (feedparser/mixin.py, _sync_author_detail).
_READER_EMAIL = re.compile(
    r"(([a-zA-Z0-9\_\-\.\+]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9\-]+\.)+))"
    r"([a-zA-Z]{2,4}|[0-9]{1,3})(\]?))(\?subject=\S+)?"
)


def author_text(person: Person) -> str | None:
    """`email (Name)` for <author> when readers parse it back unchanged, else None (use dc:creator)."""
    if not person.email or not person.name:
        return None
    text = f"{person.email} ({person.name})"
    found = _READER_EMAIL.search(text)
    if found is None or found.group(0) != person.email:
        return None
    return text if _name_as_readers_see_it(text, person.email) == person.name else None


def _name_as_readers_see_it(text: str, email: str) -> str:
    name = text.replace(email, "").replace("()", "").replace("<>", "").replace("&lt;&gt;", "").strip()
    if name.startswith("("):
        name = name[1:]
    if name.endswith(")"):
        name = name[:-1]
    return name.strip()
