"""build"""

TEMPLATES: dict[str, tuple[str, str]] = {
}
