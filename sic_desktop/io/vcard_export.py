"""vCard 3.0 files that Outlook, Thunderbird and phones import.

UTF-8, CRLF, lines folded at 75 octets without splitting a character, and
text escaped as RFC 2426 requires (``\\`` ``,`` ``;`` and line breaks).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from sic_desktop.io.atomic_file import atomic_text_file
from sic_desktop.io.rows import FieldValue

_MAX_OCTETS = 75


def write_vcards(path: Path, persons: Iterable[Mapping[str, FieldValue]]) -> int:
    """Write persons (dicts of canonical fields, as in ImportRow.values); return the count."""
    count = 0
    with atomic_text_file(path, encoding="utf-8") as stream:
        for person in persons:
            stream.writelines(fold(line) + "\r\n" for line in person_card(person))
            count += 1
    return count


def person_card(person: Mapping[str, FieldValue]) -> list[str]:
    """The unfolded content lines of one card."""

    def text(name: str) -> str:
        value = person.get(name) or ""
        return value if isinstance(value, str) else ""

    def items(name: str) -> list[str]:
        value = person.get(name) or []
        return value if isinstance(value, list) else []

    prefix = " ".join(part for part in (text("salutation"), text("title")) if part)
    full_name = " ".join(
        part for part in (text("title"), text("first_name"), text("last_name"), text("name_suffix")) if part
    ) or text("organisation")
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:" + _compound(text("last_name"), text("first_name"), "", prefix, text("name_suffix")),
        "FN:" + escape(full_name),
    ]
    if text("organisation") or text("department"):
        units = [text("department")] if text("department") else []
        lines.append("ORG:" + _compound(text("organisation"), *units))
    if text("function"):
        lines.append("TITLE:" + escape(text("function")))
    lines += ["EMAIL;TYPE=INTERNET:" + escape(email) for email in items("emails")]
    lines += ["TEL;TYPE=WORK,VOICE:" + escape(phone) for phone in items("phones")]
    if text("street") or text("postal_code") or text("city"):
        address = _compound("", "", text("street"), text("city"), "", text("postal_code"), "")
        lines.append("ADR;TYPE=WORK:" + address)
    if text("website"):
        lines.append("URL:" + escape(text("website")))
    if text("notes"):
        lines.append("NOTE:" + escape(text("notes")))
    if items("tags"):
        lines.append("CATEGORIES:" + ",".join(escape(tag) for tag in items("tags")))
    lines.append("END:VCARD")
    return lines


def escape(text: str) -> str:
    """RFC 2426 text escaping; line breaks of any kind become ``\\n``."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _compound(*parts: str) -> str:
    return ";".join(escape(part) for part in parts)


def fold(line: str) -> str:
    """Fold at 75 octets (UTF-8); continuation lines start with one space."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    limit = _MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            chunks.append("".join(current))
            current, size, limit = [], 0, _MAX_OCTETS - 1  # the leading space counts
        current.append(char)
        size += width
    chunks.append("".join(current))
    return "\r\n ".join(chunks)
