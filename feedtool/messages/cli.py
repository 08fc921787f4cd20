"""cli"""

TEMPLATES: dict[str, tuple[str, str]] = {
}
