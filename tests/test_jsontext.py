"""The strict JSON reader with positions (feedtool/validate/jsontext.py), fuzzed against json.loads."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedtool.validate.jsontext import JsonArray, JsonObject, looks_like_json, pointer, read_json

SAFE_INT = 2**53
# Text without control characters or surrogates: what gives no finding at all.
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)
SCALARS = st.none() | st.booleans() | st.integers(-SAFE_INT, SAFE_INT) | st.floats(allow_nan=False, allow_infinity=False) | TEXT
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4), max_leaves=30)
DUMPS = st.sampled_from(
    [
        dict(),
        dict(indent=2),
        dict(indent="\t", ensure_ascii=False),
        dict(separators=(",", ":"), ensure_ascii=False),
        dict(indent=1, separators=(" , ", " : ")),
    ]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(VALUES, DUMPS)
def test_any_json_reads_as_json_loads_does_without_findings(value, options):
    text = json.dumps(value, **options)
    result = read_json(text.encode())
    assert result.ok and result.findings == []
    assert result.value == json.loads(text)


def _walk(value, path=()):
    yield path, value
    if isinstance(value, dict):
        for key, member in value.items():
            yield from _walk(member, path + (key,))
    elif isinstance(value, list):
        for index, element in enumerate(value):
            yield from _walk(element, path + (index,))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(VALUES, DUMPS)
def test_every_value_and_key_is_found_where_it_is_written(value, options):
    text = json.dumps(value, **options)
    result = read_json(text.encode())
    decoder = json.JSONDecoder()
    for _, node in _walk(result.value):
        if isinstance(node, JsonObject):
            assert text[node.at] == "{"
            for key in node:
                assert decoder.raw_decode(text, node.key_at[key])[0] == key
                assert decoder.raw_decode(text, node.value_at[key])[0] == node[key]
        elif isinstance(node, JsonArray):
            assert text[node.at] == "["
            assert len(node.item_at) == len(node)
            for offset, element in zip(node.item_at, node):
                assert decoder.raw_decode(text, offset)[0] == element


def _loads_strictly(text: str):
    def refuse(name):
        raise ValueError(name)

    return json.loads(text, parse_constant=refuse)


# Characters that make up JSON, and a few that break it.
JSONISH = st.text(st.sampled_from(list('{}[]:,"\\ \n\t0123456789-+.eEtrufalsnNIy/*\'x\u00e9\u2028')), max_size=40)


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(JSONISH)
def test_any_text_is_accepted_exactly_when_strict_json_loads_accepts_it(text):
    try:
        expected = _loads_strictly(text)
        accepted = True
    except (ValueError, RecursionError):
        accepted = False
    result = read_json(text.encode())  # never raises
    assert result.ok == accepted, (text, result.findings)
    if accepted:
        assert result.value == expected or (isinstance(expected, float) and math.isnan(expected))
    else:
        assert result.findings and all(f.severity == "error" for f in result.findings[-1:])
        assert all(f.line is not None and f.column is not None for f in result.findings)


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=60))
def test_any_bytes_give_findings_never_an_exception(data):
    result = read_json(data)
    assert result.ok or result.findings


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(VALUES, st.data())
def test_a_broken_document_is_never_accepted_and_the_error_is_placed_in_it(value, data):
    text = json.dumps({"x": value}, indent=2)
    cut = data.draw(st.integers(1, len(text) - 1))
    broken = text[:cut]
    result = read_json(broken.encode())
    assert not result.ok
    (error,) = result.findings
    assert error.code == "JsonSyntaxError"
    lines = broken.split("\n")
    assert 1 <= error.line <= len(lines) and 1 <= error.column <= len(lines[error.line - 1]) + 1


@pytest.mark.parametrize(
    "text,code,place",
    [
        ('{"a": 1,}', "JsonSyntaxError", (1, 9)),
        ('{"a": 1} x', "JsonSyntaxError", (1, 10)),
        ('{"a":\n  NaN}', "JsonNotANumber", (2, 3)),
        ('[Infinity]', "JsonNotANumber", (1, 2)),
        ('[-Infinity]', "JsonNotANumber", (1, 2)),
        ('{"a": 1, "a": 2}', "JsonDuplicateKey", (1, 10)),
        ('["\\ud800"]', "JsonLoneSurrogate", (1, 2)),
        ('["\\u0007"]', "JsonControlCharacter", (1, 2)),
        ("[1e400]", "JsonNumberOutOfRange", (1, 2)),
        ("[" + "9" * 5000 + "]", "JsonNumberOutOfRange", (1, 2)),
        ("[123456789012345678901]", "JsonNumberPrecision", (1, 2)),
        ("[" * 300 + "]" * 300, "ValidatorLimit", (1, 257)),
    ],
)
def test_each_problem_has_its_code_and_place(text, code, place):
    result = read_json(text.encode())
    assert [(f.code, (f.line, f.column)) for f in result.findings] == [(code, place)]


def test_a_duplicate_key_keeps_the_last_value_as_readers_do():
    result = read_json(b'{"title": "A", "title": "B"}')
    assert result.ok and result.value == {"title": "B"}
    assert result.findings[0].pointer == "/title"


def test_pointers_escape_slash_and_tilde():
    assert pointer(("a/b", "c~d", 3)) == "/a~1b/c~0d/3"
    result = read_json(b'{"a/b": {"c~d": [1, NaN]}}')
    assert result.findings[0].pointer == "/a~1b/c~0d/1"


def test_encodings_and_byte_order_marks():
    assert [f.code for f in read_json(b"\xef\xbb\xbf{}").findings] == ["JsonByteOrderMark"]
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-16"):
        result = read_json('{"a": "é"}'.encode(encoding))
        assert result.ok and result.value == {"a": "é"}
        assert [f.code for f in result.findings] == ["JsonNotUtf8"], encoding
    bad = read_json(b'{\n "a": "caf\xe9"}')
    assert not bad.ok and [(f.code, f.line, f.column) for f in bad.findings] == [("UnicodeError", 2, 11)]  # after ' "a": "caf'


def test_ten_thousand_levels_give_a_finding_not_a_crash():
    result = read_json(b"[" * 10_000 + b"]" * 10_000)
    assert [f.code for f in result.findings] == ["ValidatorLimit"]


@pytest.mark.parametrize(
    "data,expected",
    [
        (b'{"version": 1}', True),
        (b"  \n[1]", True),
        (b"\xef\xbb\xbf{}", True),
        ('{"a": 1}'.encode("utf-16"), True),
        ('{"a": 1}'.encode("utf-16-le"), True),
        (b'"text"', True),
        (b"null", True),
        (b"<?xml version='1.0'?><rss/>", False),
        (b"<feed/>", False),
        (b"", False),
        (b"hello", False),
        ("<rss/>".encode("utf-16"), False),
    ],
)
def test_json_is_told_from_xml_by_its_first_character(data, expected):
    assert looks_like_json(data) is expected
