"""XML from untrusted documents: no entities, no DTDs, no network."""

from __future__ import annotations

from lxml import etree

from factcheck.errors import UserInputError

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
)


def parse_xml(data: bytes, name: str, what: str) -> etree._Element:
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError:
        raise UserInputError(f"{name} is not a valid {what}: its XML is damaged") from None


def text_of(root: etree._Element, path: str, namespaces: dict[str, str]) -> str:
    found = root.find(path, namespaces)
    return (found.text or "").strip() if found is not None else ""
