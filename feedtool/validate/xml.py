"""Bytes to an XML tree, with a parser that cannot be turned against us.

No entity expansion, no DTD loading, no network, bounded depth (libxml2's own
limit without huge_tree).
"""

from __future__ import annotations

from lxml import etree

from feedtool.validate.findings import Finding, error


def hardened_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        remove_comments=False,
        collect_ids=False,
    )


def parse_xml(data: bytes) -> tuple[etree._Element | None, list[Finding]]:
    """Parse `data`; return the root (None when not well-formed) and the findings."""
    try:
        root = etree.fromstring(data, hardened_parser())
    except etree.XMLSyntaxError as exc:
        line, column = (exc.position if exc.position else (None, None))
        return None, [error("SAXError", f"XML parsing error: {exc.msg}", line=line, column=column)]
    return root, []
