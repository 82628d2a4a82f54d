"""A small vCard 2.1/3.0/4.0 parser: cards, properties, parameters, values.

Handled: folded lines (3.0/4.0 drop the fold's space, 2.1 keeps it as the
standard says), quoted-printable values with soft line breaks, CHARSET
parameters, 2.1 bare parameters (``TEL;WORK;VOICE:``), quoted 4.0 parameter
values, property groups (``item1.EMAIL``), several cards in one file. A card
without END:VCARD is returned with ``complete=False`` so the caller can report
it and keep the others.

Why not vobject: it is not installed, raises on the first broken card (we
must keep the others), and we need only the dozen properties of a contact.
"""

from __future__ import annotations

import quopri
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

_BARE_ENCODINGS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
_RECODABLE = ("cp1252", "latin-1")  # file encodings that keep the raw bytes


@dataclass(frozen=True)
class Property:
    """One content line; ``value`` is decoded but still escaped (see ``texts``)."""

    name: str
    params: dict[str, list[str]]
    value: str

    def types(self) -> set[str]:
        return set(self.params.get("TYPE", []))

    def parts(self) -> list[str]:
        """A structured value (N, ADR, ORG) split on ";" and unescaped."""
        return [unescape(part) for part in split_escaped(self.value, ";")]

    def items(self) -> list[str]:
        """A list value (CATEGORIES) split on "," and unescaped."""
        return [unescape(part) for part in split_escaped(self.value, ",")]

    def text(self) -> str:
        return unescape(self.value)


@dataclass
class Card:
    line: int
    version: str = ""
    properties: list[Property] = field(default_factory=list)
    complete: bool = False

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> Property | None:
        return next(iter(self.all(name)), None)


def parse_cards(lines: Iterable[str], encoding: str) -> Iterator[Card]:
    """Cards from the file's text lines (with or without line ends).

    ``encoding`` is the one the text was decoded with; it is needed to turn
    quoted-printable and CHARSET-marked values back into bytes.
    """
    card: Card | None = None
    for line, text in _logical_lines(lines):
        head, colon, value = _split_unquoted(text, ":")
        name = head.split(";", 1)[0].split(".")[-1].strip().upper()
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            if card is not None:
                yield card
            card = Card(line)
        elif card is None:
            continue
        elif name == "END" and value.strip().upper() == "VCARD":
            card.complete = True
            yield card
            card = None
        elif name == "VERSION":
            card.version = value.strip()
        elif colon:
            card.properties.append(_property(name, head, value, encoding))
    if card is not None:
        yield card


def _logical_lines(lines: Iterable[str]) -> Iterator[tuple[int, str]]:
    """Join folded and quoted-printable continuation lines; keep the first line number."""
    start, keep_fold_space = 0, False
    parts: list[str] = []
    for number, raw in enumerate(lines, start=1):
        text = raw.rstrip("\r\n")
        if parts and _continues_quoted_printable(parts) and not _is_card_boundary(text):
            parts[-1] = parts[-1][:-1]
            parts.append(text)
            continue
        if parts and text[:1] in (" ", "\t"):
            parts.append(text if keep_fold_space else text[1:])
            continue
        if parts:
            joined = "".join(parts)
            keep_fold_space = _next_fold_rule(joined, keep_fold_space)
            yield start, joined
        start, parts = number, [text]
    if parts:
        yield start, "".join(parts)


def _continues_quoted_printable(parts: list[str]) -> bool:
    head = _split_unquoted(parts[0], ":")[0].upper()
    return parts[-1].endswith("=") and "QUOTED-PRINTABLE" in head


def _is_card_boundary(text: str) -> bool:
    return text.upper().startswith(("BEGIN:VCARD", "END:VCARD"))


def _next_fold_rule(line: str, keep_fold_space: bool) -> bool:
    """vCard 2.1 unfolds by removing only the line break; 3.0 and 4.0 also the space."""
    upper = line.upper()
    if upper.startswith("VERSION:"):
        return upper[len("VERSION:") :].strip() == "2.1"
    if upper.startswith("BEGIN:VCARD"):
        return False
    return keep_fold_space


def _property(name: str, head: str, value: str, encoding: str) -> Property:
    params: dict[str, list[str]] = {}
    for param in split_escaped(head, ";", quotes=True)[1:]:
        key, has_value, raw = param.partition("=")
        key = key.strip().upper()
        if not has_value:  # vCard 2.1: "WORK", "QUOTED-PRINTABLE"
            key, raw = ("ENCODING" if key in _BARE_ENCODINGS else "TYPE"), key
        values = [v.strip().strip('"').upper() for v in raw.strip().strip('"').split(",")]
        if key != "CHARSET":
            params.setdefault(key, []).extend(v for v in values if v)
        else:
            params["CHARSET"] = [raw.strip().strip('"')]
    return Property(name, params, _decode_value(value, params, encoding))


def _decode_value(value: str, params: dict[str, list[str]], encoding: str) -> str:
    charset = (params.get("CHARSET") or [""])[0]
    if "QUOTED-PRINTABLE" in params.get("ENCODING", []):
        raw = quopri.decodestring(value.encode(_byte_encoding(encoding), "replace"))
        return _decode_bytes(raw, charset or _byte_encoding(encoding))
    if charset and encoding in _RECODABLE:
        # A UTF-8 value inside a Windows-1252 file: get the bytes back and redo.
        return _decode_bytes(value.encode(encoding, "replace"), charset)
    return value


def _byte_encoding(encoding: str) -> str:
    return encoding if encoding in _RECODABLE else "utf-8"


def _decode_bytes(raw: bytes, charset: str) -> str:
    for candidate in (charset, "utf-8"):
        try:
            return raw.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("cp1252", "replace")


def _split_unquoted(text: str, separator: str) -> tuple[str, str, str]:
    """Like str.partition, but a separator inside double quotes does not count."""
    in_quotes = False
    for index, char in enumerate(text):
        if char == '"':
            in_quotes = not in_quotes
        elif char == separator and not in_quotes:
            return text[:index], separator, text[index + 1 :]
    return text, "", ""


def split_escaped(text: str, separator: str, quotes: bool = False) -> list[str]:
    """Split on ``separator`` unless escaped by a backslash (or, with ``quotes``, quoted)."""
    parts: list[str] = []
    current: list[str] = []
    in_quotes = False
    chars = iter(text)
    for char in chars:
        if char == "\\":
            current.append(char + next(chars, ""))
        elif quotes and char == '"':
            in_quotes = not in_quotes
            current.append(char)
        elif char == separator and not in_quotes:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def unescape(text: str) -> str:
    """Undo vCard text escaping: \\n and \\N are line breaks, \\, \\; \\\\ themselves."""
    result: list[str] = []
    chars = iter(text)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            result.append("\n" if following in ("n", "N") else following)
        else:
            result.append(char)
    return "".join(result).strip()
