"""Reading one store file into a tree of `Raw` values that remember their line.

YAML is composed (not loaded) with libyaml's C parser, and values are taken
from the nodes ourselves: every value keeps its line, and text keeps exactly
the characters the writer typed (`title: 2012` is the text "2012", `yes` is
"yes", never True). The composer gets our own resolver: PyYAML's tries its type
regexes on every scalar, field names included, which made up a large part of
the reading time; we settle a value's YAML type only where a field needs it. JSON is read with the json module; its lines are found
only when a message needs one.

Everything that can go wrong with the bytes themselves (size, encoding,
characters XML cannot carry, syntax) becomes a Problem here.
"""

from __future__ import annotations

import bisect
import errno
import json
import operator
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import yaml
from yaml.composer import Composer
from yaml.nodes import ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from feedtool.errors import Problem
from feedtool.i18n import Message
from feedtool.i18n import message as msg
from feedtool.filekind import KIND_IDS, OPEN_FLAGS, not_regular

_PLAIN = "!feedtool/plain"  # a plain scalar whose YAML type we settle ourselves, only for values
_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"


def _resolve(self, kind, value, implicit):
    """Tag nodes without PyYAML's per-scalar regex resolver: most scalars are keys and never need it."""
    if kind is ScalarNode:
        return _PLAIN if implicit[0] else _STR
    return _SEQ if kind is SequenceNode else _MAP


class PythonComposer(Reader, Scanner, Parser, Composer):
    """PyYAML's pure-Python parser and composer with our resolver: used when libyaml is absent."""

    def __init__(self, stream):
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)

    resolve = _resolve

    def descend_resolver(self, *args):
        return None

    def ascend_resolver(self, *args):
        return None

    def dispose(self):
        pass


try:  # libyaml's C parser composes the nodes; resolving stays ours
    from yaml._yaml import CParser

    class CComposer(CParser):
        resolve = _resolve
        # Called for every node; C callables that do nothing, as plain class attributes they stay unbound.
        descend_resolver = operator.is_
        ascend_resolver = tuple

    _Composer: type = CComposer
except ImportError:  # libyaml absent: same behaviour, slower
    _Composer = PythonComposer


_IMPLICIT = Resolver.yaml_implicit_resolvers  # first character -> [(tag, regexp)], as SafeLoader uses
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_VALUES = 200_000  # per file, after YAML aliases are expanded
MAX_DEPTH = 8

YAML_SUFFIXES = (".yaml", ".yml")
JSON_SUFFIXES = (".json",)

_TAG_KIND = {
    "tag:yaml.org,2002:str": "str",
    "tag:yaml.org,2002:int": "int",
    "tag:yaml.org,2002:float": "float",
    "tag:yaml.org,2002:bool": "bool",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "timestamp",
}

# Characters XML 1.0 cannot carry at all. Lone surrogates only reach us through JSON escapes.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Raw characters libyaml refuses (its "printable" set), plus the XML ones: found before parsing,
# so the message can name them instead of libyaml's byte offset.
_YAML_RAW_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
_JSON_RAW_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

CHARACTER_NAMES = {  # message ids (feedtool/messages/store.py)
    0x00: "char.nul", 0x08: "char.backspace", 0x0B: "char.vertical_tab", 0x0C: "char.form_feed", 0x1B: "char.escape",
    0x7F: "char.delete", 0xFFFE: "char.noncharacter", 0xFFFF: "char.noncharacter",
}


EXCERPT_CHARS = 60


def excerpt(text: str | None, *, quoted: bool = True, limit: int = EXCERPT_CHARS) -> str:
    """At most EXCERPT_CHARS of `text`, control and invisible characters escaped, for a message.

    What a file says is echoed only this way: a file that is not an entry at all (a stray
    link, a binary, another program's config) must not be printed into a terminal or a CI log.
    """
    if text is None:
        return "(nothing)"
    shown = repr(text if len(text) <= limit else text[:limit] + "…")
    return shown if quoted else shown[1:-1]


def describe_character(ch: str) -> Message:
    """`U+000B (vertical tab)`, for a message (the name in the message's language)."""
    code = ord(ch)
    name = CHARACTER_NAMES.get(code)
    if 0xD800 <= code <= 0xDFFF:
        name = "char.surrogate"
    point = f"U+{code:04X}"
    return msg("char.named", point=point, name=msg(name, point=point)) if name else msg("char.plain", point=point)


class Raw:
    """One value from a store file.

    kind: str, int, float, bool, null, timestamp (YAML's reading of a scalar; JSON's type),
          list, map, or other (an unsupported YAML tag).
    text: for scalars, the characters as written (YAML) or the string / JSON text of the value.
    is_text: whether the scalar may stand where text belongs (any YAML scalar but null; JSON strings).
    items: list[Raw] for lists, dict[str, Raw] for maps (None when nested too deeply).
    """

    __slots__ = ("kind", "text", "is_text", "items", "line", "path", "tag", "escaped")

    def __init__(self, kind, text=None, is_text=False, items=None, line=None, path=None, tag=None):
        self.escaped = False  # True when escapes may have brought in characters the raw text lacks
        self.kind = kind
        self.text = text
        self.is_text = is_text
        self.items = items
        self.line = line
        self.path = path
        self.tag = tag

    def __repr__(self) -> str:  # for test failure messages
        return f"Raw({self.kind!r}, {self.text!r}, line={self.line})"


@dataclass
class Document:
    """A parsed store file: its top value (None when unreadable) and the problems found reading it."""

    file: str
    root: Raw | None
    problems: list[Problem] = field(default_factory=list)
    text: str | None = None
    is_json: bool = False
    _json_lines: dict | None = None

    def line_of(self, raw: Raw | None) -> int | None:
        if raw is None:
            return None
        if raw.line is not None or raw.path is None or self.text is None:
            return raw.line
        if self._json_lines is None:
            self._json_lines = json_value_lines(self.text)
        return self._json_lines.get(raw.path)


def read_document(path: str, display: str) -> Document:
    """Read, decode and parse one store file; never raises for bad input."""
    data, problem = _read_bytes(path, display)
    if problem is not None:
        return Document(display, None, [problem])
    return parse_document(data, display, is_json=path.lower().endswith(JSON_SUFFIXES))


def parse_document(data: bytes, display: str, *, is_json: bool) -> Document:
    """Decode and parse the bytes of one store file (YAML, or JSON when `is_json`); never raises for bad input."""
    text, problem = _decode(data, display)
    if problem is not None:
        return Document(display, None, [problem], is_json=is_json)
    problem = _forbidden_characters(text, display, _JSON_RAW_FORBIDDEN if is_json else _YAML_RAW_FORBIDDEN)
    if problem is not None:
        return Document(display, None, [problem], text=text, is_json=is_json)
    if is_json:
        return _parse_json(text, display)
    return _parse_yaml(text, display)


# Called with (path, stat, bytes) for every store file read: the rebuild cache (feedtool/build/cache.py)
# records what the build read this way, rather than reading the store a second time.
read_observer: Callable[[str, os.stat_result, bytes], None] | None = None


def _read_bytes(path: str, display: str) -> tuple[bytes | None, Problem | None]:
    """The file's bytes, at most MAX_FILE_BYTES. Only a regular file is opened (a FIFO named *.yaml
    would block, a device may act on open); O_NONBLOCK in case it is swapped after the look."""
    try:
        kind = not_regular(os.stat(path).st_mode)
        if kind is not None:
            return None, _not_a_file(display, kind)
        fd = os.open(path, OPEN_FLAGS)
    except OSError as exc:
        return None, os_problem(display, exc)
    try:
        st = os.fstat(fd)
        kind = not_regular(st.st_mode)
        if kind is not None:
            return None, _not_a_file(display, kind)
        if st.st_size > MAX_FILE_BYTES:
            return None, _too_big(display, st.st_size)
        chunks = []
        left = MAX_FILE_BYTES + 1
        while left > 0:
            chunk = os.read(fd, min(left, max(st.st_size + 1, 65536)))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        return None, os_problem(display, exc)
    finally:
        os.close(fd)
    data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    if len(data) > MAX_FILE_BYTES:  # grew while we read it
        return None, _too_big(display, len(data))
    if read_observer is not None:
        read_observer(path, st, data)
    return data, None


def _not_a_file(display: str, kind: str) -> Problem:
    return Problem(display, msg("store.read.not_regular", kind=msg(KIND_IDS.get(kind, "kind.other"))),
                   hint=msg("store.read.not_regular.hint"))


def outside_store(store_root: str, path: str) -> str | None:
    """Where the symbolic link `path` leads when that is outside the store `store_root` (else None).

    An entry must be part of the store: a link to a file elsewhere would publish it without
    a word (Jekyll's safe mode refuses these too). Links between files of the store are fine.
    """
    if not os.path.islink(path):
        return None
    target = os.path.realpath(path)
    root = os.path.realpath(store_root)
    return None if target == root or target.startswith(os.path.join(root, "")) else target


def symlink_problem(display: str, target: str) -> Problem:
    return Problem(display, msg("store.read.link_outside", target=excerpt(target, limit=4096)),
                   hint=msg("store.read.link_outside.hint"))


def _too_big(display: str, size: int) -> Problem:
    return Problem(
        display,
        msg("store.read.too_large", size=size / 1048576, limit=MAX_FILE_BYTES // 1048576),
        hint=msg("store.read.too_large.hint"),
    )


def os_problem(display: str, exc: OSError) -> Problem:
    """A clear message for a file the operating system would not give us."""
    if exc.errno == errno.ELOOP:
        return Problem(display, msg("store.read.loop"), hint=msg("store.read.loop.hint"))
    if exc.errno == errno.ENOENT:
        return Problem(display, msg("store.read.missing"), hint=msg("store.read.missing.hint"))
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Problem(display, msg("store.read.denied"), hint=msg("store.read.denied.hint"))
    if exc.errno == errno.EISDIR:
        return Problem(display, msg("store.read.directory"))
    return Problem(display, msg("store.read.other", reason=exc.strerror or str(exc)))


def _decode(data: bytes, display: str) -> tuple[str | None, Problem | None]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data[:4] in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff") or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return None, Problem(display, msg("store.read.utf16"), line=1, hint=msg("store.read.save_utf8"))
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return None, _not_utf8(data, exc, display)


def _not_utf8(data: bytes, exc: UnicodeDecodeError, display: str) -> Problem:
    """We refuse non-UTF-8 rather than guess: a wrong guess would publish garbled text silently."""
    start = exc.start
    line_start = data.rfind(b"\n", 0, start) + 1
    line = data.count(b"\n", 0, start) + 1
    column = len(data[line_start:start].decode("utf-8", errors="replace")) + 1
    bad = data[start:start + 1]
    try:
        as_1252 = bad.decode("cp1252")
        problem = msg("store.read.not_utf8.cp1252", byte=bad.hex().upper(), char=as_1252)
    except UnicodeDecodeError:
        problem = msg("store.read.not_utf8", byte=bad.hex().upper())
    return Problem(display, problem, line=line, column=column, hint=msg("store.read.not_utf8.hint"))


def _line_col(text: str, index: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


_KEY_LINE = re.compile(r'^[ \t-]*"?([A-Za-z_][\w-]*)"?[ \t]*:', re.MULTILINE)


def field_at(text: str, index: int) -> str | None:
    """The field whose value holds text[index], judged from the nearest `key:` at or above it."""
    line_end = text.find("\n", index)
    matches = list(_KEY_LINE.finditer(text, 0, len(text) if line_end < 0 else line_end))
    return matches[-1].group(1) if matches else None


def _forbidden_characters(text: str, display: str, pattern: re.Pattern) -> Problem | None:
    m = pattern.search(text)
    if m is None:
        return None
    ch = m.group()
    line, column = _line_col(text, m.start())
    code = ord(ch)
    if XML_FORBIDDEN.match(ch):
        message = msg("store.char.not_xml", char=describe_character(ch))
        hint = msg("store.char.remove_pasted")
    else:
        message = msg("store.char.not_yaml", point=f"U+{code:04X}")
        hint = msg("store.char.not_yaml.hint")
        if 0x80 <= code <= 0x9F:
            try:
                meant = bytes([code]).decode("cp1252")
                hint = msg("store.char.c1.hint", meant=meant)
            except UnicodeDecodeError:
                pass
    return Problem(display, message, field=field_at(text, m.start()), line=line, column=column, hint=hint)


# --- YAML -------------------------------------------------------------------


def _parse_yaml(text: str, display: str) -> Document:
    doc = Document(display, None, text=text)
    try:
        composer = _Composer(text)
        try:
            node = composer.get_single_node()
        finally:
            composer.dispose()
    except yaml.MarkedYAMLError as exc:
        doc.problems.append(_yaml_syntax_problem(text, display, exc))
        return doc
    except yaml.YAMLError as exc:  # ReaderError and friends carry no line
        doc.problems.append(Problem(display, msg("store.yaml.error", detail=str(exc))))
        return doc
    except RecursionError:
        doc.problems.append(Problem(display, msg("store.yaml.too_deep")))
        return doc
    if node is None:
        doc.problems.append(Problem(display, msg("store.file.empty"), hint=msg("store.file.empty.yaml.hint")))
        return doc
    budget = [MAX_VALUES]
    doc.root = _from_node(node, doc, budget, 0)
    if budget[0] < 0:
        doc.problems.append(Problem(display, msg("store.yaml.too_many_values", limit=MAX_VALUES),
                                    hint=msg("store.yaml.too_many_values.hint")))
        doc.root = None
    return doc


def _yaml_syntax_problem(text: str, display: str, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    # libyaml's own words (English) are quoted as they are: they are what a search finds.
    problem = exc.problem or "syntax error"
    detail = (f"{exc.context}, " if exc.context else "") + problem
    if exc.context_mark and mark and exc.context_mark.line != mark.line:
        message = msg("store.yaml.syntax.see_line", detail=detail, line=exc.context_mark.line + 1)
    else:
        message = msg("store.yaml.syntax", detail=detail)
    hint = None
    lines = text.splitlines()
    suspect = [mark.line - 1, mark.line] if mark else []
    if "\t" in problem or any(0 <= i < len(lines) and lines[i][: len(lines[i]) - len(lines[i].lstrip())].count("\t")
                              for i in suspect):
        hint = msg("store.yaml.tabs.hint")
    elif "mapping values are not allowed" in problem:
        hint = msg("store.yaml.colon.hint")
    elif "another document" in problem:
        hint = msg("store.yaml.two_documents.hint")
    elif exc.context and "quoted scalar" in exc.context:
        hint = msg("store.yaml.quote.hint")
    elif "found undefined alias" in problem or "found undefined tag" in problem:
        hint = msg("store.yaml.star_bang.hint")
    elif "found character that cannot start any token" in problem:
        hint = msg("store.yaml.at_backtick.hint")
    where = exc.context_mark or mark
    field = field_at(text, _index_of(text, where.line, 0)) if where else None
    return Problem(display, message, field=field, line=line, column=column, hint=hint)


def _index_of(text: str, line0: int, column0: int) -> int:
    index = 0
    for _ in range(line0):
        nxt = text.find("\n", index)
        if nxt < 0:
            return len(text)
        index = nxt + 1
    return index + column0


def _scalar(node) -> Raw:
    value, tag = node.value, node.tag
    line = node.start_mark.line + 1
    if tag == _PLAIN:
        if value in _NULLS:
            return Raw("null", value, False, line=line)
        kind = "str"
        for resolved, regexp in _IMPLICIT.get(value[0], ()):
            if regexp.match(value):
                kind = _TAG_KIND.get(resolved, "str")  # merge/value tags only matter as keys
                break
        return Raw(kind, value, True, line=line)
    if tag == _STR:
        raw = Raw("str", value, True, line=line)
        raw.escaped = node.style == '"'  # only escapes can bring in characters the file text lacks
        return raw
    kind = _TAG_KIND.get(tag)
    if kind is None:
        return Raw("other", value, False, line=line, tag=tag)
    raw = Raw(kind, value, kind != "null", line=line)
    raw.escaped = node.style == '"'
    return raw


def _from_node(node, doc: Document, budget: list, depth: int) -> Raw:
    budget[0] -= 1
    if isinstance(node, ScalarNode):
        return _scalar(node)
    line = node.start_mark.line + 1
    if depth >= MAX_DEPTH or budget[0] < 0:
        return Raw("list" if isinstance(node, SequenceNode) else "map", line=line)
    if node.tag not in (_SEQ, _MAP):
        return Raw("other", line=line, tag=node.tag)
    if isinstance(node, SequenceNode):
        return Raw("list", items=[_from_node(child, doc, budget, depth + 1) for child in node.value], line=line)
    items: dict[str, Raw] = {}
    for key, value in node.value:
        if not isinstance(key, ScalarNode):
            doc.problems.append(Problem(doc.file, msg("store.yaml.key_not_text"), line=key.start_mark.line + 1))
            continue
        name = key.value
        if name in items or (name == "<<" and key.tag == _PLAIN):
            doc.problems.append(_key_problem(doc, key, items))
            continue
        if isinstance(value, ScalarNode):
            budget[0] -= 1
            items[name] = _scalar(value)
        else:
            items[name] = _from_node(value, doc, budget, depth + 1)
    return Raw("map", items=items, line=line)


def _key_problem(doc: Document, key, items: dict) -> Problem:
    name, line = key.value, key.start_mark.line + 1
    if name not in items:
        return Problem(doc.file, msg("store.yaml.merge_key"), field="<<", line=line,
                       hint=msg("store.yaml.merge_key.hint"))
    return Problem(doc.file, msg("store.yaml.key_twice", name=name, first=items[name].line), field=name,
                   line=line, hint=msg("store.yaml.key_twice.hint"))


# --- JSON -------------------------------------------------------------------


class _DuplicateKey(Exception):
    pass


def _pairs(pairs):
    result = dict(pairs)
    if len(result) != len(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _parse_json(text: str, display: str) -> Document:
    doc = Document(display, None, text=text, is_json=True)
    if not text.strip():
        doc.problems.append(Problem(display, msg("store.file.empty"), hint=msg("store.file.empty.json.hint")))
        return doc
    try:
        value = json.loads(text, object_pairs_hook=_pairs, parse_int=_IntText)
    except json.JSONDecodeError as exc:
        hint = None
        if exc.msg.startswith("Expecting property name") and text[: exc.pos].rstrip().endswith(","):
            hint = msg("store.json.trailing_comma.hint")
        elif exc.msg.startswith("Expecting value") and text[exc.pos: exc.pos + 1] == "'":
            hint = msg("store.json.single_quotes.hint")
        doc.problems.append(Problem(display, msg("store.json.syntax", detail=exc.msg), line=exc.lineno,
                                    column=exc.colno, hint=hint))
        return doc
    except _DuplicateKey as exc:
        key = exc.args[0]
        doc.problems.append(Problem(display, msg("store.json.key_twice", name=key), field=key,
                                    line=_json_key_line(text, key), hint=msg("store.json.key_twice.hint")))
        return doc
    except RecursionError:
        doc.problems.append(Problem(display, msg("store.json.too_deep")))
        return doc
    budget = [MAX_VALUES]
    doc.root = _from_json(value, (), budget, 0, "\\" in text)
    return doc


class _IntText(str):
    """A JSON integer kept as its digits: int() refuses 4,300 digits and more, and only the text is needed."""


def _from_json(value, path: tuple, budget: list, depth: int, escaped: bool) -> Raw:
    budget[0] -= 1
    if isinstance(value, _IntText):
        return Raw("int", str(value), path=path)
    if isinstance(value, str):
        raw = Raw("str", value, True, path=path)
        raw.escaped = escaped  # JSON escapes (\u000b, \ud800, \f) are the only way in for such characters
        return raw
    if isinstance(value, dict):
        if depth >= MAX_DEPTH:
            return Raw("map", path=path)
        return Raw("map", items={k: _from_json(v, path + (k,), budget, depth + 1, escaped) for k, v in value.items()},
                   path=path)
    if isinstance(value, list):
        if depth >= MAX_DEPTH:
            return Raw("list", path=path)
        return Raw("list", items=[_from_json(v, path + (i,), budget, depth + 1, escaped) for i, v in enumerate(value)],
                   path=path)
    if value is None:
        return Raw("null", "null", path=path)
    if isinstance(value, bool):
        return Raw("bool", "true" if value else "false", path=path)
    return Raw("float", json.dumps(value), path=path)


def _json_key_line(text: str, key: str) -> int | None:
    m = re.search(re.escape(json.dumps(key)) + r"\s*:", text)
    return text.count("\n", 0, m.start()) + 1 if m else None


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+', re.DOTALL)


def json_value_lines(text: str) -> dict[tuple, int]:
    """Map each value's path (keys and list indexes) to the line where it starts.

    Only called when a message needs a line, so the fast path stays json.loads.
    """
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]
    lines: dict[tuple, int] = {}
    stack: list[list] = []  # [kind, key_or_index, expecting_key]
    path: list = []

    def line_at(pos: int) -> int:
        return bisect.bisect_right(newlines, pos - 1) + 1

    def value_start(pos: int) -> None:
        lines.setdefault(tuple(path), line_at(pos))

    for m in _JSON_TOKEN.finditer(text):
        tok, pos = m.group(), m.start()
        top = stack[-1] if stack else None
        if tok == "{":
            value_start(pos)
            stack.append(["obj", None, True])
        elif tok == "[":
            value_start(pos)
            stack.append(["arr", 0, False])
            path.append(0)
        elif tok in "}]":
            if stack:
                if stack.pop()[0] == "arr":
                    path.pop()
            if stack and stack[-1][0] == "obj" and path:
                path.pop()
        elif tok == ",":
            if top and top[0] == "arr":
                top[1] += 1
                path[-1] = top[1]
            elif top:
                top[2] = True
        elif tok == ":":
            continue
        elif top and top[0] == "obj" and top[2]:
            try:
                key = json.loads(tok)
            except ValueError:
                key = tok
            path.append(key)
            top[2] = False
            lines.setdefault(tuple(path), line_at(pos))
        else:
            value_start(pos)
            if top and top[0] == "obj" and path:
                path.pop()
    return lines
