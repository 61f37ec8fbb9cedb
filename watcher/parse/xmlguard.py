"""Refuse XML that could attack the parser before any parser sees it.

feedparser never fetches external entities, and it drops entity declarations it does not
consider safe; we go further and refuse the document outright, with a clear message, when its
DOCTYPE declares external entities (XXE) or entities built from other entities (billion laughs).
Entity declarations can only stand in the prolog, so only the bytes before the root element are
read.
"""

from __future__ import annotations

import re

_DOCTYPE = re.compile(r"<!DOCTYPE\b(.*?)(?:\[(.*?)\])?\s*>", re.S | re.I)
_ENTITY = re.compile(r"<!ENTITY\s+(%\s*)?([\w.:-]+)\s+(.*?)>", re.S)
_CHAR_REF = re.compile(r"&#(\d+|x[0-9a-fA-F]+);")


def _prolog(body: bytes) -> str:
    head = body[:65536]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:4]:
        for codec in ("utf-16", "utf-16-le", "utf-16-be"):
            try:
                return head.decode(codec, "ignore")
            except UnicodeDecodeError:
                continue
    return head.decode("latin-1")


def unsafe_xml_reason(body: bytes) -> str | None:
    """Why the document is refused, or None when it is safe to hand to a parser."""
    text = _prolog(body)
    match = _DOCTYPE.search(text)
    if not match:
        return None
    subset = match.group(2) or ""
    for entity in _ENTITY.finditer(subset):
        parameter, name, definition = entity.groups()
        if parameter:
            return f"refused: the DOCTYPE declares parameter entity %{name}"
        if re.match(r"(SYSTEM|PUBLIC)\b", definition.strip()):
            return f"refused: the DOCTYPE declares external entity &{name}; (XXE)"
        if "&" in _CHAR_REF.sub("", definition):
            return f"refused: entity &{name}; is built from other entities (entity expansion bomb)"
    if len(_ENTITY.findall(subset)) > 100:
        return "refused: the DOCTYPE declares more than 100 entities"
    return None
