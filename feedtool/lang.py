"""BCP 47 language tags: checked against the IANA registry (via langcodes) and normalised.

`nl_NL`, `NL-nl` and `nl-Latn-NL` all become `nl-NL`, so the same tag appears
everywhere in the feeds. Tags that are not well-formed or name no registered
language (`dutch`, `xx-YY-ZZ`) are refused with a suggestion.
"""

from __future__ import annotations

from functools import lru_cache

from feedtool.i18n import Message
from feedtool.i18n import message as msg

__all__ = ["LanguageProblem", "normalize_language", "DEFAULT_LANGUAGE"]

DEFAULT_LANGUAGE = "nl-NL"

# Names people write instead of a tag; the hint then names the tag.
_BY_NAME = {
    "dutch": "nl-NL", "nederlands": "nl-NL", "nederlandsch": "nl-NL", "vlaams": "nl-BE", "flemish": "nl-BE",
    "english": "en", "engels": "en", "frysk": "fy", "fries": "fy", "frisian": "fy", "duits": "de", "german": "de",
    "frans": "fr", "french": "fr", "deutsch": "de", "français": "fr", "francais": "fr",
}


# Tags that are already in their normal form, with the answer langcodes gives for them (kept equal by
# tests/test_lang.py): the languages of nearly every Dutch feed are checked without loading
# langcodes' registry data (30-40 ms, paid otherwise by every `feedtool validate` and `build`).
_NORMAL = frozenset({
    "nl", "nl-NL", "nl-BE", "nl-SR", "fy", "fy-NL", "li", "nds", "pap",
    "en", "en-US", "en-GB", "de", "de-DE", "fr", "fr-FR", "fr-BE", "es", "it", "pt",
})


class LanguageProblem(ValueError):
    def __init__(self, message: Message, hint: Message | None = None):
        super().__init__(str(message))
        self.message = message
        self.hint = hint


@lru_cache(maxsize=256)
def normalize_language(tag: str) -> str:
    """The normalised BCP 47 form of `tag`; LanguageProblem if it is not a valid tag."""
    if tag in _NORMAL:
        return tag
    import langcodes  # 20 ms of registry data: loaded only when a tag is checked

    text = tag.strip()
    if not text:
        raise LanguageProblem(msg("lang.empty"), msg("lang.empty.hint", example=DEFAULT_LANGUAGE))
    if langcodes.tag_is_valid(text):
        try:
            return langcodes.standardize_tag(text)
        except (ValueError, LookupError):  # valid yet not standardisable: keep it as written
            return text.replace("_", "-")
    named = _BY_NAME.get(text.lower())
    if named:
        detail, hint = msg("lang.name"), msg("lang.name.hint", tag=named)
    else:
        try:
            langcodes.Language.get(text)
            detail = msg("lang.unregistered")
        except (ValueError, LookupError) as exc:
            # langcodes' own words (English), quoted as they are
            said = str(exc).rstrip(".")
            detail = msg("lang.langcodes", detail=said[:1].lower() + said[1:])
        hint = msg("lang.hint", example=DEFAULT_LANGUAGE)
    raise LanguageProblem(msg("lang.invalid", shown=text, detail=detail), hint)
