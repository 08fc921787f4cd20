"""Does escaped HTML parse as HTML? The first parse error of the HTML Living Standard's parser, or None.

Readers hand the HTML of a description or content to an HTML parser; where the text breaks the
HTML syntax (a bare `&` in `AT&T`, a `</p>` that closes nothing, a `<span>` never closed), every
parser repairs it in its own way, and what subscribers see differs. The W3C Feed Validation
Service reports such text as NotHtml (it runs html5lib's parser in strict mode). This module finds
the same errors without building a tree: one linear scan of the tokens, with a stack of open
elements and the standard's rules for the tags whose end is implied (p, li, dd, dt, ...), raw text
(script, style), foreign content (svg, math) and tables. It does not try to be every rule of the
standard: where a construct is rare and its rules are involved (forms in tables, the adoption
agency's deeper cases), it says nothing rather than guess.

`first_error(text)` returns (reason, params, offset): `reason` names a message fragment
(`html.parse.<reason>`, declared in catalog/content.py), `offset` is where in `text` it is.
"""

from __future__ import annotations

import html.entities
import re

# html5's named character references: with ";" every name; without it, the legacy ones (amp, copy, ...).
_ENTITIES = html.entities.html5
_LONGEST_ENTITY = max(len(name) for name in _ENTITIES)

VOID = frozenset("area base basefont bgsound br col embed frame hr image img input keygen link menuitem meta param source track wbr".split())
RAW_TEXT = frozenset("script style xmp iframe noembed noframes textarea title".split())
FOREIGN = frozenset(("svg", "math"))
# Elements whose end tag may be left out (the standard's "generate implied end tags").
IMPLIED_END = frozenset("dd dt li optgroup option p rb rp rt rtc".split())
# Elements left open at the end without an error (besides the implied-end ones).
OPEN_AT_END_OK = frozenset("dd dt li p rb rp rt rtc tbody td tfoot th thead tr body html".split())
# Start tags that close an open <p> (the standard's list for "in body").
CLOSES_P = frozenset(
    "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hgroup hr listing main menu nav ol p pre search section summary table ul xmp plaintext".split()
)
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
FORMATTING = frozenset("a b big code em font i nobr s small strike strong tt u".split())
# Where "in scope" stops looking (the standard's default scope; button scope adds button).
SCOPE_BOUNDARY = frozenset("applet caption html table td th marquee object template svg math".split())
TABLE_PARTS = frozenset("caption col colgroup tbody td tfoot th thead tr".split())
TABLE_CONTEXT = frozenset("table tbody thead tfoot tr".split())
IN_TABLE_OK = frozenset("caption colgroup col tbody thead tfoot tr td th script style template input form".split())
# Start tags that break out of svg and math (parse errors there).
BREAKS_FOREIGN = frozenset(
    "b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta "
    "nobr ol p pre ruby s small span strong strike sub sup table tt u ul var".split()
)
NEVER_IN_BODY = frozenset("html head body frameset frame".split())
MAX_DEPTH = 512

_CHARS = re.compile(r"[&<\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")
_TAG = re.compile(r"(/?)([A-Za-z][^\s/>]*)")
_ATTRIBUTE = re.compile(r"""[\t\n\f\r ]*([^\t\n\f\r />][^\t\n\f\r /=>]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r >]*)))?""")
_ENTITY_NAME = re.compile(r"[A-Za-z0-9]+")
_NUMERIC = re.compile(r"#(?:[xX]([0-9A-Fa-f]+)|([0-9]+))?(;?)")
_BAD_UNQUOTED = re.compile(r"""["'<=`]""")
_BAD_NAME = re.compile(r"""["'<]""")


class _Error(Exception):
    def __init__(self, reason: str, offset: int, **params):
        self.reason, self.offset, self.params = reason, offset, params


def first_error(text: str) -> tuple[str, dict, int] | None:
    """The first HTML parse error in `text` (as an HTML fragment in a <body>), or None."""
    try:
        _scan(text)
    except _Error as error:
        return error.reason, error.params, error.offset
    return None


def _scan(text: str) -> None:
    stack: list[str] = []
    foreign = 0  # depth inside svg/math
    pos, end = 0, len(text)
    while True:
        match = _CHARS.search(text, pos)
        if match is None:
            break
        pos = match.start()
        char = match.group()
        if char == "&":
            pos = _reference(text, pos)
            continue
        if char != "<":
            raise _Error("codepoint", pos, point=f"U+{ord(char):04X}")
        nxt = text[pos + 1 : pos + 2]
        if nxt == "!":
            pos = _markup_declaration(text, pos, foreign)
            continue
        if nxt == "?":
            raise _Error("processing_instruction", pos)
        tag = _TAG.match(text, pos + 1)
        if tag is None:
            if nxt == "/":
                raise _Error("end_tag_name", pos)
            raise _Error("lone_lt", pos)
        closing, name = tag.group(1) == "/", tag.group(2).lower()
        tag_end, attributes, self_closing = _tag_rest(text, tag.end(), closing, pos)
        if len(stack) > MAX_DEPTH:
            return  # nested deeper than any real content: not judged further (and no quadratic scan)
        if closing:
            foreign = _end_tag(stack, name, foreign, pos)
        else:
            foreign = _start_tag(stack, name, self_closing, foreign, pos)
            if name in RAW_TEXT and not foreign:
                stack.pop()
                close = re.compile(rf"</{re.escape(name)}[\t\n\f\r />]", re.I).search(text, tag_end)
                if close is None:
                    raise _Error("unclosed", len(text), tag=name)
                if name in ("textarea", "title"):
                    _references_only(text[tag_end : close.start()], tag_end)
                tag_end = text.find(">", close.end() - 1) + 1 or end
            elif name == "plaintext" and not foreign:
                return
        pos = tag_end
    for name in stack:
        if name not in OPEN_AT_END_OK:
            raise _Error("unclosed", len(text), tag=name)


def _references_only(segment: str, offset: int) -> None:
    pos = 0
    while (pos := segment.find("&", pos)) >= 0:
        try:
            pos = _reference(segment, pos)
        except _Error as error:
            raise _Error(error.reason, error.offset + offset, **error.params) from None


def _reference(text: str, pos: int) -> int:
    """Check the character reference at `text[pos] == "&"`; return where scanning goes on."""
    after = pos + 1
    nxt = text[after : after + 1]
    if not nxt or nxt in "\t\n\f\r <&":
        return after
    if nxt == "#":
        numeric = _NUMERIC.match(text, after)
        digits = numeric.group(1) or numeric.group(2)
        if digits is None:
            raise _Error("numeric_reference", pos)
        if not numeric.group(3):
            raise _Error("reference_semicolon", pos, reference=text[pos : numeric.end()])
        point = int(digits, 16 if numeric.group(1) else 10)
        if point == 0 or point > 0x10FFFF or 0xD800 <= point <= 0xDFFF or 0x80 <= point <= 0x9F or point < 0x20 and point not in (9, 10, 12, 13):
            raise _Error("codepoint", pos, point=f"U+{point:04X}")
        return numeric.end()
    name = _ENTITY_NAME.match(text, after)
    if name is None:  # "&." or "&;": no character reference can start so, and the parser says so
        raise _Error("unknown_reference", pos, reference=text[pos : pos + 2])
    run = name.group()[:_LONGEST_ENTITY]
    if text[after + len(run) : after + len(run) + 1] == ";" and run + ";" in _ENTITIES:
        return after + len(run) + 1
    for length in range(len(run), 0, -1):
        if run[:length] in _ENTITIES:
            raise _Error("reference_semicolon", pos, reference="&" + run[:length])
    raise _Error("unknown_reference", pos, reference=text[pos : min(name.end(), pos + 40)] + (";" if text[name.end() : name.end() + 1] == ";" else ""))


def _markup_declaration(text: str, pos: int, foreign: int) -> int:
    if text.startswith("<!--", pos):
        close = text.find("-->", pos + 4)
        if close < 0:
            raise _Error("unclosed_comment", pos)
        if text.startswith(">", pos + 4) or text.startswith("->", pos + 4) or "--!" in text[pos + 4 : close + 1]:
            raise _Error("bad_comment", pos)
        return close + 3
    if text.startswith("<![CDATA[", pos) and foreign:
        close = text.find("]]>", pos)
        return len(text) if close < 0 else close + 3
    if text[pos + 2 : pos + 9].lower() == "doctype":
        raise _Error("doctype", pos)
    raise _Error("bogus_comment", pos)


def _tag_rest(text: str, pos: int, closing: bool, start: int) -> tuple[int, list[str], bool]:
    """The attributes of the tag whose name ends at `pos`: (the end of the tag, the names, self-closing)."""
    names: list[str] = []
    end = len(text)
    while True:
        while pos < end and text[pos] in "\t\n\f\r ":
            pos += 1
        if pos >= end:
            raise _Error("cut_off", start, text=text[start : start + 30])
        char = text[pos]
        if char == ">":
            return pos + 1, names, False
        if char == "/":
            if text[pos + 1 : pos + 2] == ">":
                return pos + 2, names, True
            if pos + 1 < end and text[pos + 1] not in "\t\n\f\r ":
                raise _Error("slash_in_tag", pos)
            pos += 1
            continue
        attribute = _ATTRIBUTE.match(text, pos)
        name = attribute.group(1)
        if _BAD_NAME.search(name) or name.startswith("="):
            raise _Error("attribute_name", pos, name=name[:30])
        unquoted = attribute.group(4)
        if unquoted is not None and _BAD_UNQUOTED.search(unquoted):
            raise _Error("attribute_value", pos, name=name[:30])
        if unquoted == "" and attribute.group(2) is None and attribute.group(3) is None and "=" in text[pos : attribute.end()]:
            raise _Error("attribute_value", pos, name=name[:30])
        value = attribute.group(2) if attribute.group(2) is not None else attribute.group(3)
        if value is not None:
            _references_only(value, attribute.start(2) if attribute.group(2) is not None else attribute.start(3))
        elif unquoted:
            _references_only(unquoted, attribute.start(4))
        lowered = name.lower()
        if lowered in names:
            raise _Error("duplicate_attribute", pos, name=name[:30])
        names.append(lowered)
        after = attribute.end()
        if after < end and text[after] not in "\t\n\f\r />" and (attribute.group(2) is not None or attribute.group(3) is not None):
            raise _Error("attribute_space", after)
        if after == pos:  # nothing matched: a character no attribute can start with
            raise _Error("attribute_name", pos, name=text[pos : pos + 1])
        pos = after


def _in_scope(stack: list[str], name: str, button: bool = False) -> int:
    """The index of the open element `name` in scope, or -1."""
    for index in range(len(stack) - 1, -1, -1):
        if stack[index] == name:
            return index
        if stack[index] in SCOPE_BOUNDARY or (button and stack[index] == "button"):
            return -1
    return -1


def _close_implied(stack: list[str], index: int, pos: int, tag: str) -> None:
    """Close everything from `index` up; what is above it must be elements whose end may be left out."""
    if any(name not in IMPLIED_END for name in stack[index + 1 :]):
        raise _Error("misnested", pos, tag=tag, open=stack[-1])
    del stack[index:]


def _start_tag(stack: list[str], name: str, self_closing: bool, foreign: int, pos: int) -> int:
    if foreign:
        if name in BREAKS_FOREIGN:
            raise _Error("in_foreign", pos, tag=name)
        if not self_closing:
            stack.append(name)
            return foreign + 1
        return foreign
    if self_closing and name not in VOID and name not in FOREIGN:
        raise _Error("self_closing", pos, tag=name)
    if name in NEVER_IN_BODY or name == "image":
        raise _Error("misplaced_start", pos, tag=name)
    current = stack[-1] if stack else None
    in_table = current in TABLE_CONTEXT
    if name in TABLE_PARTS:
        if not any(open_name == "table" for open_name in stack):
            raise _Error("table_part", pos, tag=name)
        if name in ("td", "th"):
            _close_to_table_row(stack, pos, name)
        elif name == "tr":
            _close_to_table_body(stack, pos, name)
        elif name != "col" or current != "colgroup":
            index = max(i for i, open_name in enumerate(stack) if open_name == "table")
            del stack[index + 1 :]
        if name != "col":
            stack.append(name)
        return foreign
    if in_table and name not in IN_TABLE_OK:
        raise _Error("in_table", pos, tag=name)
    if name in CLOSES_P:
        index = _in_scope(stack, "p", button=True)
        if index >= 0:
            _close_implied(stack, index, pos, "p")
        if name in HEADINGS and stack and stack[-1] in HEADINGS:
            raise _Error("heading_in_heading", pos, tag=name, open=stack[-1])
    elif name == "li" or name in ("dd", "dt"):
        closes = ("li",) if name == "li" else ("dd", "dt")
        for index in range(len(stack) - 1, -1, -1):
            if stack[index] in closes:
                _close_implied(stack, index, pos, stack[index])
                break
            if stack[index] not in ("address", "div", "p") and stack[index] not in IMPLIED_END and stack[index] not in FORMATTING:
                break
        index = _in_scope(stack, "p", button=True)
        if index >= 0:
            _close_implied(stack, index, pos, "p")
    elif name == "a" and "a" in stack:
        raise _Error("nested", pos, tag="a")
    elif name in ("form", "button", "nobr") and name in stack:
        raise _Error("nested", pos, tag=name)
    if name in FOREIGN:
        if not self_closing:
            stack.append(name)
            return foreign + 1
        return foreign
    if name not in VOID:
        stack.append(name)
    return foreign


def _close_to_table_row(stack: list[str], pos: int, tag: str) -> None:
    for index in range(len(stack) - 1, -1, -1):
        if stack[index] == "tr":
            del stack[index + 1 :]
            return
        if stack[index] == "table":
            raise _Error("table_part", pos, tag=tag)
        if stack[index] in ("td", "th"):
            del stack[index:]
            continue


def _close_to_table_body(stack: list[str], pos: int, tag: str) -> None:
    for index in range(len(stack) - 1, -1, -1):
        if stack[index] in ("tbody", "thead", "tfoot", "table"):
            del stack[index + 1 :]
            return


def _end_tag(stack: list[str], name: str, foreign: int, pos: int) -> int:
    if foreign:
        for index in range(len(stack) - 1, -1, -1):
            if stack[index] == name:
                popped = stack[index:]
                del stack[index:]
                return foreign - len(popped)
            if stack[index] in FOREIGN:
                break
        raise _Error("unexpected_end", pos, tag=name)
    if name in VOID:
        raise _Error("unexpected_end", pos, tag=name)
    if name == "p":
        index = _in_scope(stack, "p", button=True)
        if index < 0:
            raise _Error("unexpected_end", pos, tag="p")
        _close_implied(stack, index, pos, "p")
        return foreign
    if name in ("table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup"):
        index = _in_scope(stack, name) if name in ("td", "th", "caption") else next(
            (i for i in range(len(stack) - 1, -1, -1) if stack[i] == name), -1
        )
        if index < 0:
            raise _Error("unexpected_end", pos, tag=name)
        del stack[index:]
        return foreign
    index = _in_scope(stack, name)
    if index < 0:
        raise _Error("unexpected_end", pos, tag=name)
    if name in FORMATTING:
        if index != len(stack) - 1:
            raise _Error("misnested", pos, tag=name, open=stack[-1])
        del stack[index:]
        return foreign
    _close_implied(stack, index, pos, name)
    return foreign
