"""The store's and the build's messages in English and Dutch (see feedtool/i18n.py).

Filled as the store's and build's problems become message values (issue 12, last phase).
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, str]] = {}


def template(id: str, lang: str) -> str | None:
    pair = TEMPLATES.get(id)
    if pair is None:
        return None
    return pair[1] if lang == "nl" else pair[0]
