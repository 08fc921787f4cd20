"""Transitional: the finding codes not yet declared in the registry, read from the modules that emit them.

This module goes away when every code is declared in feedtool/validate/catalog/ (issue 12);
until then `codes.known_codes()` adds what it finds here.


A code is written once, as a string literal where its finding is made (`error("SAXError", ...)`,
`self.add("SecurityRisk", ...)`, a table of codes). Rather than keep a second list that drifts
from the code, the known codes are the CamelCase string literals of the validator's modules:
`--ignore` checks its arguments against them, and the documentation tests compare the
documented codes with the same list.
"""

from __future__ import annotations

import ast
import difflib
import functools
import re
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # feedtool/
# Every module that makes findings (the rule layers, the HTML checks, URLs, the store round trip, the CLI).
MODULES = tuple(sorted(p.relative_to(_PACKAGE).as_posix() for p in (_PACKAGE / "validate").glob("*.py") if not p.name.startswith("_legacy") and p.name != "codes.py")) + ("cli/validate.py",)
# Codes that switch a whole layer off rather than name one finding.
SWITCHES = frozenset({"Reader"})
_CODE = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})(?=.*[a-z])[A-Z][A-Za-z0-9]+$")  # SAXError, MissingElement, IncorrectDOW
# Call sites whose first string argument is a code: error("SAXError", ...), _unreadable(path, "IOError", ...).
CALL_SITE = re.compile(r"""(?:\b(?:error|warning|info|finding)\(\s*|_unreadable\([^,]+,\s*|\(\s*"[^"]+",\s*)"([A-Z][A-Za-z]+)[".]""")


def emitted_at_call_sites(modules: tuple[str, ...]) -> set[str]:
    """The codes passed to the finding constructors in `modules` (paths below feedtool/)."""
    codes: set[str] = set()
    for module in modules:
        codes |= set(CALL_SITE.findall((_PACKAGE / module).read_text(encoding="utf-8")))
    return codes


@functools.cache
def known_codes() -> frozenset[str]:
    """Every code a finding of `feedtool validate` can carry (a few other CamelCase literals may come along)."""
    try:
        codes = set(SWITCHES) | emitted_at_call_sites(MODULES)  # call sites also catch one-word codes (Redirected)
        for module in MODULES:
            tree = ast.parse((_PACKAGE / module).read_text(encoding="utf-8"))
            codes |= {
                node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str) and _CODE.match(node.value)
            }
    except OSError:  # installed without its sources (byte code only): the codes cannot be known
        return frozenset()
    return frozenset(codes)


def suggestion(code: str) -> str | None:
    """The known code `code` is most likely a misspelling of, if any."""
    known = known_codes()
    by_case = {k.lower(): k for k in known}
    if code.lower() in by_case:
        return by_case[code.lower()]
    close = difflib.get_close_matches(code, sorted(known), n=1, cutoff=0.6)
    return close[0] if close else None
