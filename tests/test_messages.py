"""The messages of the store, the build and the commands (feedtool/messages/): both languages, and made as values.

Every id has an English and a Dutch text with the same placeholders; every id the code makes exists,
with the parameters its texts need; and no problem or error is made from English text written in the
code (an AST test), so that `--lang nl` reaches every message.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from feedtool import messages
from feedtool.i18n import message, placeholders, render
from feedtool.validate import codes

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "feedtool"

# Ids made from a prefix and a computed part (f"month.{n}", f"value.kind.{raw.kind}", ...): each
# prefix stands for every id that starts with it.
DYNAMIC_PREFIXES = ("month.", "value.kind.", "char.", "kind.")

# Texts that are the same in both languages because they hold nothing but placeholders, codes and
# names (a character's name, `true/false`, a field name in quotes).
SAME_IN_BOTH = {"char.plain", "char.named", "char.nul", "char.backspace", "char.form_feed", "char.escape",
                "char.delete", "value.kind.bool", "store.what.feed", "store.attachment.what", "lang.langcodes",
                "store.md.finding", "report.junit.failure", "build.tag.spelling", "write.os_error", "write.reason.in",
                "diff.reasons", "diff.source", "config.bad_value"}


def test_every_id_has_an_english_and_a_dutch_text_with_the_same_placeholders():
    templates = messages.templates()
    assert templates
    for id, (en, nl) in templates.items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+", id), f"{id}: ids are lower-case and dotted"
        assert en.strip() and nl.strip(), f"{id}: a text is empty"
        assert placeholders(en) == placeholders(nl), f"{id}: {sorted(placeholders(en))} != {sorted(placeholders(nl))}"


def test_the_dutch_text_is_not_the_english_one():
    same = {id for id, (en, nl) in messages.templates().items() if en == nl}
    assert same == SAME_IN_BOTH & set(messages.templates())


def test_no_id_is_declared_by_the_messages_and_by_the_validators_registry():
    assert not set(messages.templates()) & set(codes.all_texts())


def test_a_dutch_text_renders_numbers_the_dutch_way():
    made = message("store.read.too_large", size=100.0, limit=10)
    assert made.render("en") == "file is too large (100.0 MB); an entry file may be at most 10 MB"
    assert made.render("nl") == "het bestand is te groot (100,0 MB); een berichtbestand mag hoogstens 10 MB zijn"
    assert "5.000 cijfers" in render(message("store.int.too_long", name="limit", digits=5000, limit=9), "nl")


# --- the code: every message made is declared, with the parameters its texts need ------------------


def _sources():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _message_names(tree: ast.Module) -> set[str]:
    """The local names of feedtool.i18n.message in a module (`msg`, `message`)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "feedtool.i18n":
            names |= {alias.asname or alias.name for alias in node.names if alias.name == "message"}
    return names


def _message_calls():
    """(path, line, id or None for a computed id, keyword names or None when **params) of every message made."""
    for path, tree in _sources():
        names = _message_names(tree)
        if not names:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names and node.args:
                first = node.args[0]
                id = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
                keywords = None if any(k.arg is None for k in node.keywords) else {k.arg for k in node.keywords}
                yield path.relative_to(ROOT), node.lineno, id, keywords


def test_every_message_the_code_makes_is_declared_with_the_parameters_of_its_texts():
    templates = messages.templates()
    calls = [call for call in _message_calls() if call[2] is not None]
    assert len(calls) > 200  # the code makes its messages this way
    for path, line, id, keywords in calls:
        where = f"{path}:{line}: {id}"
        if id in templates:
            if keywords is not None:
                assert keywords == placeholders(templates[id][0]), where
        else:
            assert codes.all_texts().get(id) is not None, f"{where} is declared nowhere"


def test_every_declared_id_is_made_somewhere():
    made = {call[2] for call in _message_calls() if call[2] is not None}
    source = "\n".join(path.read_text(encoding="utf-8") for path in PACKAGE.rglob("*.py"))
    unused = [id for id in messages.templates() if id not in made and not id.startswith(DYNAMIC_PREFIXES)
              and f'"{id}"' not in source]  # ids chosen by a condition: msg("a" if x else "b")
    assert unused == []


# --- no problem or error is made from English text written in the code ----------------------------

# The calls whose message (and hint) must be a Message: the class, and which positional arguments and
# keywords are text. FeedtoolError and its subclasses are found in the source (any class deriving from one).
MESSAGE_ARGUMENTS = {
    "Problem": ((1, 5), ("message", "hint")),
    "DateProblem": ((0, 1), ("message", "hint")),
    "LanguageProblem": ((0, 1), ("message", "hint")),
    "error": ((2, 3), ("message", "hint")),  # Checker.error(raw, field, message, hint)
    "warn": ((2, 3), ("message", "hint")),  # Checker.warn
}
ERROR_BASES = {"FeedtoolError"}

# Modules converted so far; the whole package once every part is (see the module docstring).
CONVERTED = ("feedtool/store/", "feedtool/dates.py", "feedtool/lang.py", "feedtool/errors.py", "feedtool/cli/__init__.py",
             "feedtool/guard.py", "feedtool/build/", "feedtool/generate/", "feedtool/cli/build.py", "feedtool/cli/check.py",
             "feedtool/cli/_published.py", "feedtool/cli/new.py", "feedtool/cli/init.py", "feedtool/cli/_text.py",
             "feedtool/cli/ping.py", "feedtool/websub.py", "feedtool/cli/serve.py", "feedtool/diff.py",
             "feedtool/cli/diff.py", "feedtool/serve.py", "feedtool/download.py",
             "feedtool/cli/explain.py", "feedtool/cli/validate.py", "feedtool/cli/_validation.py", "feedtool/config.py")


def _error_classes() -> set[str]:
    classes = set(ERROR_BASES)
    trees = [tree for _, tree in _sources()]
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in classes and any(
                        (base.id if isinstance(base, ast.Name) else getattr(base, "attr", None)) in classes
                        for base in node.bases):
                    classes.add(node.name)
                    grew = True
    return classes


def _is_text(node: ast.AST, texts: set[str]) -> bool:
    """A str literal, an f-string, text joined with + or %, "...".format(...), or a local name bound to one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left, texts) or _is_text(node.right, texts)
    if isinstance(node, ast.IfExp):
        return _is_text(node.body, texts) or _is_text(node.orelse, texts)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        return _is_text(node.func.value, texts)
    if isinstance(node, ast.Name):
        return node.id in texts
    return False


def _text_names(function: ast.AST) -> set[str]:
    """Names a function binds to text somewhere (`message = f"..."`), so that passing them on is caught too."""
    names = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and _is_text(node.value, set()):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign | ast.AugAssign) and node.value is not None and _is_text(node.value, set()):
            if isinstance(node.target, ast.Name):
                names.add(node.target.id)
    return names


def english_made_in_code(sources, errors: set[str]) -> list[str]:
    """`file:line: Name(...)` for every problem or error in `sources` ((path, tree) pairs) given English text."""
    found = []
    for relative, tree in sources:
        scopes = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]
        for scope in [tree, *scopes]:
            texts = _text_names(scope) if scope is not tree else set()
            for node in (n for statement in scope.body for n in ast.walk(statement)):
                if not isinstance(node, ast.Call):
                    continue
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
                if isinstance(node.func, ast.Attribute) and getattr(node.func.value, "id", None) == "click":
                    continue  # click's own exceptions (click.UsageError), worded as click words them
                if name in MESSAGE_ARGUMENTS:
                    positions, keywords = MESSAGE_ARGUMENTS[name]
                elif name in errors:
                    positions, keywords = (0,), ("message",)
                else:
                    continue
                arguments = [a for i, a in enumerate(node.args) if i in positions]
                arguments += [k.value for k in node.keywords if k.arg in keywords]
                if any(_is_text(a, texts) for a in arguments):
                    found.append(f"{relative}:{node.lineno}: {name}(...) is given English text, not a Message")
    return sorted(set(found))


def test_no_problem_or_error_is_made_from_english_text():
    sources = [(str(path.relative_to(ROOT)), tree) for path, tree in _sources()
               if str(path.relative_to(ROOT)).startswith(CONVERTED)]
    assert english_made_in_code(sources, _error_classes()) == []


@pytest.mark.parametrize("source, caught", [
    ('Problem("f", "some text")', True),
    ('Problem("f", msg("store.file.empty"), hint=f"add {x}")', True),
    ('Problem("f", msg("store.file.empty"), hint=msg("store.file.empty.yaml.hint"))', False),
    ('raise StoreError("x")', True),
    ('raise UsageError(f"--now {value!r} is wrong")', True),
    ('raise UsageError("--now " + value)', True),
    ('raise UsageError(msg("new.title.empty"))', False),
    ('raise click.UsageError("Missing argument.", ctx=ctx)', False),
    ('def f():\n    text = f"cannot {x}"\n    raise InputError(text)', True),
    ('def f():\n    text = msg("store.file.empty")\n    raise InputError(text)', False),
    ('checker.error(raw, "title", "is empty", None)', True),
    ('checker.error(raw, "title", msg("store.tags.empty"), msg("store.tags.empty.hint"))', False),
])
def test_the_ast_check_catches_english_text(source, caught):
    found = english_made_in_code([("feedtool/scratch.py", ast.parse(source))], _error_classes())
    assert bool(found) is caught, found
