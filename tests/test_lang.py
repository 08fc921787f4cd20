"""feedtool.lang: BCP 47 tags checked against the IANA registry and normalised."""

from __future__ import annotations

import pytest

from feedtool.lang import LanguageProblem, normalize_language


@pytest.mark.parametrize(
    "tag, expected",
    [("nl-NL", "nl-NL"), ("nl_NL", "nl-NL"), ("NL-nl", "nl-NL"), ("nl-nl", "nl-NL"), ("nl", "nl"),
     ("nl-BE", "nl-BE"), ("fy-NL", "fy-NL"), ("en-gb", "en-GB"), ("nl-Latn-NL", "nl-NL"), ("zh-hant-tw", "zh-Hant-TW"),
     (" nl-NL ", "nl-NL")],
)
def test_valid_tags_are_normalised(tag, expected):
    assert normalize_language(tag) == expected


@pytest.mark.parametrize(
    "tag, message, hint",
    [
        ("dutch", "language name, not a tag", "nl-NL"),
        ("Nederlands", "language name, not a tag", "nl-NL"),
        ("xx-YY-ZZ", "not a valid BCP 47 language tag", "nl-NL"),
        ("xx", "names no registered language", "nl-NL"),
        ("nl--NL", "not a valid BCP 47 language tag", "nl-NL"),
        ("nl-NL-", "not a valid BCP 47 language tag", "nl-NL"),
        ("", "empty", "nl-NL"),
    ],
)
def test_invalid_tags_are_refused(tag, message, hint):
    with pytest.raises(LanguageProblem) as info:
        normalize_language(tag)
    assert message in str(info.value.message) and hint in str(info.value.hint)


def test_tags_known_without_langcodes_are_what_langcodes_says():
    """lang._NORMAL answers without loading langcodes: each must be valid and already normal."""
    import langcodes

    from feedtool import lang

    for tag in sorted(lang._NORMAL):
        assert langcodes.tag_is_valid(tag), tag
        assert langcodes.standardize_tag(tag) == tag, tag
