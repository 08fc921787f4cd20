"""Layer 1 for JSON: bytes -> strict JSON (RFC 8259), with the place of every value.

A JSON Feed validator must say where a problem is: a JSON Pointer (RFC 6901), a line and a
column. The standard library's `json` gives positions only for syntax errors; the position
libraries on PyPI either accept what is not JSON (json-source-map 1.0.5 reads `{,"a":1}`) or
reject what is (tree-sitter-json 0.24 marks `1e+10` as an error). So this is a small scanner
of our own: iterative (no recursion, so no nesting depth can crash it), strict (exactly
RFC 8259's grammar), and fast where it matters (strings go through the C `scanstring` the
`json` module itself uses). It is fuzzed against `json.loads` by hypothesis
(tests/test_jsontext.py).

It reports, as findings, what makes a document unreadable or unsafe for readers: invalid
UTF-8, other encodings, a byte order mark, syntax errors (with what was expected), NaN and
Infinity, numbers out of the range of a double, integers JavaScript rounds, lone surrogate
escapes, control characters, duplicate keys and nesting deeper than `MAX_DEPTH`.
Objects and arrays come back as `JsonObject` and `JsonArray` (a dict and a list that know
where their members are); everything else as the usual Python values.
"""

from __future__ import annotations

import bisect
import codecs
import json.decoder
import re
from dataclasses import dataclass, field

from feedtool.validate.findings import Finding
from feedtool.validate.jsoncodes import make

MAX_DEPTH = 256  # as libxml2 for XML; a JSON Feed needs about 5 levels
_LARGEST_SAFE_INTEGER = 2**53  # beyond it, JavaScript (and every reader built on doubles) rounds integers
_MAX_INT_DIGITS = 4000  # Python refuses to convert longer integer literals (sys.int_info.default_max_str_digits)

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_AFTER_NUMBER = re.compile(r"[0-9A-Za-z.+\-]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAK = re.compile(r"\r\n?|\n")
_scanstring = json.decoder.scanstring  # the C implementation when available


class JsonObject(dict):
    """A JSON object: a dict that knows the offsets of itself, its keys and its values."""

    __slots__ = ("at", "key_at", "value_at")

    def __init__(self, at: int) -> None:
        super().__init__()
        self.at = at
        self.key_at: dict[str, int] = {}
        self.value_at: dict[str, int] = {}


class JsonArray(list):
    """A JSON array: a list that knows the offsets of itself and of its elements."""

    __slots__ = ("at", "item_at")

    def __init__(self, at: int) -> None:
        super().__init__()
        self.at = at
        self.item_at: list[int] = []


class _Fatal(Exception):
    """The document cannot be read further (a finding has been recorded)."""


@dataclass
class JsonText:
    """The result of reading one document as JSON."""

    value: object = None  # the top-level value; None also when the document could not be read (see `ok`)
    ok: bool = False  # the document is JSON (possibly with non-fatal findings: duplicate keys, ...)
    text: str = ""  # the decoded text
    encoding: str = "utf-8"
    findings: list[Finding] = field(default_factory=list)
    _line_starts: list[int] | None = None

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of the character at `offset`."""
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(self.text)]
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def where(self, container, key=None, *, of_key: bool = False) -> tuple[int | None, int | None]:
        """Line and column of `container[key]` (its key with `of_key`), or of `container` itself."""
        offset = None
        if isinstance(container, JsonObject):
            if key is None:
                offset = container.at
            else:
                offset = (container.key_at if of_key else container.value_at).get(key, container.at)
        elif isinstance(container, JsonArray):
            offset = container.at if key is None or not 0 <= key < len(container.item_at) else container.item_at[key]
        if offset is None:
            return None, None
        return self.line_column(offset)


def pointer(path) -> str:
    """The JSON Pointer (RFC 6901) of `path`, a sequence of keys and indexes."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


def looks_like_json(data: bytes) -> bool:
    """Whether `data` is meant as JSON rather than XML: its first character (after a byte order
    mark and white space) starts a JSON value, in UTF-8 or a UTF-16/32 form."""
    encoding, start = _sniff_encoding(data)
    head = data[start:start + 256]
    try:
        text = codecs.getincrementaldecoder(encoding)("replace").decode(head)
    except LookupError:
        return False
    text = text.lstrip(" \t\r\n\ufeff")
    if not text:
        return False
    if text[0] in '{["-0123456789':
        return True
    return re.match(r"(?:true|false|null|NaN|-?Infinity)\s*$", text) is not None


def _sniff_encoding(data: bytes) -> tuple[str, int]:
    """(codec, bytes to skip): byte order marks first, then RFC 4627's pattern of zero bytes."""
    for bom, name in (
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
    ):
        if data.startswith(bom):
            return name, len(bom)
    head = data[:4]
    if len(head) == 4:
        zeros = tuple(b == 0 for b in head)
        if zeros == (True, True, True, False):
            return "utf-32-be", 0
        if zeros == (False, True, True, True):
            return "utf-32-le", 0
        if zeros[0] and not zeros[1] and zeros[2] and not zeros[3]:
            return "utf-16-be", 0
        if not zeros[0] and zeros[1] and not zeros[2] and zeros[3]:
            return "utf-16-le", 0
    elif len(head) >= 2:
        if head[0] == 0 and head[1] != 0:
            return "utf-16-be", 0
        if head[0] != 0 and head[1] == 0:
            return "utf-16-le", 0
    return "utf-8", 0


def read_json(data: bytes, *, max_depth: int = MAX_DEPTH) -> JsonText:
    """Read `data` as one JSON text; every problem becomes a finding, nothing raises."""
    result = JsonText()
    encoding, skip = _sniff_encoding(data)
    result.encoding = encoding
    if data.startswith(codecs.BOM_UTF8):
        result.findings.append(make("JsonByteOrderMark", line=1, column=1))
    elif encoding != "utf-8":
        result.findings.append(make("JsonNotUtf8", line=1, column=1, encoding=encoding.upper().replace("-BE", " big-endian").replace("-LE", " little-endian")))
    try:
        result.text = data[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        line, column = _byte_position(data, skip + exc.start, encoding)
        bad = data[skip + exc.start:skip + max(exc.end, exc.start + 1)].hex(" ").upper()
        result.findings.append(make("UnicodeError", line=line, column=column, bytes=bad, encoding=encoding.upper()))
        return result
    if not result.text.strip(" \t\r\n"):
        result.findings.append(make("EmptyDocument", line=1, column=1))
        return result
    try:
        result.value = _Scanner(result, max_depth).run()
        result.ok = True
    except _Fatal:
        pass
    except RecursionError:  # not expected (the scanner does not recurse); a finding all the same
        result.findings.append(make("ValidatorLimit", what="this document nests too deeply", limit=max_depth))
    return result


def _byte_position(data: bytes, offset: int, encoding: str) -> tuple[int, int]:
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[start:offset].decode(encoding, "replace")) + 1


class _Scanner:
    """RFC 8259, iteratively: a stack of open containers instead of recursion."""

    def __init__(self, result: JsonText, max_depth: int) -> None:
        self.result = result
        self.text = result.text
        self.max_depth = max_depth
        # Open containers, innermost last: [container, key of the member being read, offset of that key,
        # offset of its value] (the last three for objects only).
        self.stack: list[list] = []

    # --- reporting ------------------------------------------------------------------------

    def path(self) -> list:
        parts = []
        for container, key, _, _ in self.stack:
            parts.append(key if isinstance(container, JsonObject) else len(container))
        return parts

    def report(self, code: str, offset: int, path=None, **params) -> None:
        line, column = self.result.line_column(offset)
        where = pointer(self.path() if path is None else path)
        self.result.findings.append(make(code, pointer=where, line=line, column=column, **params))

    def fail(self, offset: int, detail: str, code: str = "JsonSyntaxError", **params) -> None:
        if code == "JsonSyntaxError":
            params["detail"] = detail
        self.report(code, offset, **params)
        raise _Fatal

    def describe(self, pos: int) -> str:
        text = self.text
        if pos >= len(text):
            return "the document ends"
        char = text[pos]
        if char == "'":
            return "a single quote (') comes: JSON strings are written in double quotes"
        if text.startswith(("//", "/*"), pos):
            return "a comment comes: JSON has no comments"
        if char.isspace():
            return f"the white space character U+{ord(char):04X} comes: JSON allows only space, tab, CR and LF between values"
        word = re.match(r"[A-Za-z_$][\w$]*", text[pos:pos + 40])
        if word:
            return f"the word {word.group()!r} comes: JSON keywords are true, false and null, and strings are quoted"
        return f"{char!r} comes"

    # --- the grammar --------------------------------------------------------------------

    def skip(self, pos: int) -> int:
        text = self.text
        if pos < len(text) and text[pos] in " \t\n\r":  # most values are not preceded by white space
            return _WS.match(text, pos).end()
        return pos

    def run(self):
        text = self.text
        pos = self.skip(0)
        while True:
            value, pos = self.value(pos)
            # Close every container the value completes, then find where the next value starts.
            while True:
                if not self.stack:
                    end = self.skip(pos)
                    if end < len(text):
                        self.fail(end, f"the JSON value ends before the document does: {self.describe(end)}", path=[])
                    return value
                frame = self.stack[-1]
                container = frame[0]
                pos = self.skip(pos)
                if isinstance(container, JsonObject):
                    self.add_member(frame, value)
                    if pos < len(text) and text[pos] == ",":
                        pos = self.key(container, self.skip(pos + 1), frame, after_comma=True)
                        break
                    if pos < len(text) and text[pos] == "}":
                        self.stack.pop()
                        value, pos = container, pos + 1
                        continue
                    self.fail(pos, f"expected ',' or '}}' after the member {frame[1]!r}, but {self.describe(pos)}", path=self.path()[:-1])
                else:
                    container.append(value)
                    if pos < len(text) and text[pos] == ",":
                        pos = self.skip(pos + 1)
                        if pos < len(text) and text[pos] == "]":
                            self.fail(pos, "a comma before ']': JSON allows no trailing comma", path=self.path()[:-1])
                        break
                    if pos < len(text) and text[pos] == "]":
                        self.stack.pop()
                        value, pos = container, pos + 1
                        continue
                    self.fail(pos, f"expected ',' or ']' after an element of the array, but {self.describe(pos)}", path=self.path()[:-1])

    def add_member(self, frame: list, value) -> None:
        container, key, key_at, value_at = frame
        if key in container:
            first_line, first_column = self.result.line_column(container.key_at[key])
            self.report("JsonDuplicateKey", key_at, path=self.path()[:-1] + [key], key=key, first_line=first_line, first_column=first_column)
            # The last value wins, as in JavaScript's JSON.parse and Python's json; the key keeps its first place.
        container.key_at[key] = key_at
        container.value_at[key] = value_at
        container[key] = value

    def open(self, container, pos: int) -> None:
        if len(self.stack) >= self.max_depth:
            self.fail(pos, "", code="ValidatorLimit", what=f"this document nests more than {self.max_depth} levels deep", limit=self.max_depth)

    def key(self, container: JsonObject, pos: int, frame: list, *, after_comma: bool = False) -> int:
        """Read `"key" :` at `pos`; return where the member's value starts."""
        text = self.text
        if pos >= len(text) or text[pos] != '"':
            if after_comma and pos < len(text) and text[pos] == "}":
                self.fail(pos, "a comma before '}': JSON allows no trailing comma", path=self.path()[:-1])
            self.fail(pos, f"expected a member name in double quotes, but {self.describe(pos)}", path=self.path()[:-1])
        key, end = self.string(pos, as_key=True)
        frame[1], frame[2] = key, pos
        pos = self.skip(end)
        if pos >= len(text) or text[pos] != ":":
            self.fail(pos, f"expected ':' after the member name {key!r}, but {self.describe(pos)}", path=self.path()[:-1])
        pos = self.skip(pos + 1)
        frame[3] = pos
        return pos

    def value(self, pos: int):
        """Read the value at `pos`. A container is opened (pushed) and the next value read is its
        first member; a scalar (or an empty container) is returned with the offset after it."""
        text = self.text
        while True:
            if pos >= len(text):
                self.fail(pos, "the document ends where a value should be")
            if self.stack and isinstance(self.stack[-1][0], JsonArray):
                self.stack[-1][0].item_at.append(pos)
            char = text[pos]
            if char == "{":
                obj = JsonObject(pos)
                self.open(obj, pos)
                inner = self.skip(pos + 1)
                if inner < len(text) and text[inner] == "}":
                    return obj, inner + 1
                frame = [obj, None, pos, pos]
                self.stack.append(frame)
                pos = self.key(obj, inner, frame)
                continue
            if char == "[":
                arr = JsonArray(pos)
                self.open(arr, pos)
                inner = self.skip(pos + 1)
                if inner < len(text) and text[inner] == "]":
                    return arr, inner + 1
                self.stack.append([arr, None, pos, pos])
                pos = inner
                continue
            if char == '"':
                return self.string(pos)
            if char == "-" or "0" <= char <= "9":
                if text.startswith("-Infinity", pos):
                    self.fail(pos, "", code="JsonNotANumber", literal="-Infinity")
                return self.number(pos)
            for word, result in (("true", True), ("false", False), ("null", None)):
                if text.startswith(word, pos):
                    return result, pos + len(word)
            for word in ("NaN", "Infinity"):
                if text.startswith(word, pos):
                    self.fail(pos, "", code="JsonNotANumber", literal=word)
            self.fail(pos, f"expected a value (an object, array, string, number, true, false or null), but {self.describe(pos)}")

    def string(self, pos: int, *, as_key: bool = False) -> tuple[str, int]:
        try:
            value, end = _scanstring(self.text, pos + 1, True)
        except json.decoder.JSONDecodeError as exc:
            self.fail(exc.pos, _string_problem(self.text, exc))
        if "\\u" in self.text[pos:end] and _SURROGATE.search(value):
            escape = re.search(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}", self.text[pos:end])
            self.report("JsonLoneSurrogate", pos, path=self.path()[:-1] if as_key else self.path(), escape=escape.group() if escape else "\\uD800")
        elif _CONTROL.search(value):
            char = _CONTROL.search(value).group()
            self.report("JsonControlCharacter", pos, path=self.path()[:-1] if as_key else self.path(), char=f"U+{ord(char):04X}", escape=f"\\u{ord(char):04x}")
        return value, end

    def number(self, pos: int):
        text = self.text
        match = _NUMBER.match(text, pos)
        if match is None:
            self.fail(pos, "a '-' must be followed by a digit" if text[pos] == "-" else "not a number")
        end = match.end()
        if end < len(text) and _AFTER_NUMBER.match(text, end):
            follow = text[end]
            if follow.isdigit():
                detail = "a number cannot start with 0 followed by more digits (no leading zeros; 017 is not 17)"
            elif follow == ".":
                detail = "a decimal point must be followed by digits (write 1.0, not 1.)"
            elif follow in "eE":
                detail = "an exponent needs digits (write 1e5)"
            elif follow in "xX":
                detail = "JSON has no hexadecimal numbers: write the number in decimal"
            else:
                detail = f"the number {match.group()!r} is followed by {follow!r}"
            self.fail(end, detail)
        literal = match.group()
        fraction, exponent = match.group(1), match.group(2)
        if fraction is None and exponent is None and len(literal) <= _MAX_INT_DIGITS:
            value = int(literal)
            if abs(value) > _LARGEST_SAFE_INTEGER:
                try:
                    rounded = float(value)
                except OverflowError:
                    self.report("JsonNumberOutOfRange", pos, path=self.path(), number=_short(literal))
                else:
                    self.report("JsonNumberPrecision", pos, path=self.path(), number=_short(literal), rounded=_short(f"{rounded:.0f}"))
            return value, end
        value = float(literal)
        if value in (float("inf"), float("-inf")):
            self.report("JsonNumberOutOfRange", pos, path=self.path(), number=_short(literal))
        return value, end


def _short(literal: str) -> str:
    return literal if len(literal) <= 40 else f"{literal[:20]}…{literal[-8:]} ({len(literal)} characters)"


def _string_problem(text: str, exc: json.decoder.JSONDecodeError) -> str:
    message = exc.msg
    if message.startswith("Invalid control character"):
        char = text[exc.pos] if exc.pos < len(text) else ""
        names = {"\n": "a line break (write \\n)", "\r": "a carriage return (write \\r)", "\t": "a tab (write \\t)"}
        shown = names.get(char, f"the control character U+{ord(char):04X} (write \\u{ord(char):04x})" if char else "a control character")
        return f"a string contains {shown} unescaped; JSON strings cannot hold raw control characters"
    if message.startswith("Invalid \\escape") or message.startswith("Invalid \\u"):
        escape = text[exc.pos:exc.pos + 6]
        return f"{escape!r} is not a JSON escape (JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX): write a backslash as \\\\"
    if message.startswith("Unterminated string"):
        return "a string is never closed: its closing double quote is missing"
    return message
