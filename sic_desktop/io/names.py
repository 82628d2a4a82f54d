"""Splitting names as office lists write them.

Outlook's "Anrede"/"Title" column mixes forms of address and academic titles
("Frau Dr."), and generic Excel lists have only one "Name" column
("Dr. Anna Schäfer", "Schäfer, Anna", "Max von der Heide").
"""

from __future__ import annotations

from dataclasses import dataclass

_SALUTATIONS = {
    "herr", "herrn", "frau", "divers", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.",
}
# Academic and professional titles; any other abbreviation of two or more
# letters ending in a full stop ("Dipl.-Kffr.", "rer.", "nat.") counts too,
# an initial ("J.", "Hans-J.") does not.
_TITLES = {
    "prof", "dr", "pd", "apl", "mag", "ing", "msc", "mba", "ph.d", "phd",
    "m.a", "b.a", "m.sc", "b.sc", "ll.m", "m.eng", "b.eng",
}
# Generational suffixes: shown after the name („John Miller jr.“), never a title before it.
_SUFFIXES = {"jr", "jr.", "jun", "jun.", "junior", "sr", "sr.", "sen", "sen.", "senior", "i", "ii", "iii", "iv"}
_NAME_PARTICLES = {
    "von", "vom", "zu", "zum", "zur", "van", "der", "den", "de", "del", "della", "di", "da",
    "ten", "ter", "le", "la", "du", "dos", "das",
}


@dataclass(frozen=True)
class NameParts:
    salutation: str = ""
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    suffix: str = ""


def is_suffix(token: str) -> bool:
    return token.casefold().strip(",") in _SUFFIXES


def split_suffix(text: str) -> tuple[str, str]:
    """A title or suffix column's text as (titles, generational suffix): („Dr. jr.“) → („Dr.“, „jr.“)."""
    tokens = text.replace(",", " ").split()
    return " ".join(t for t in tokens if not is_suffix(t)), " ".join(t for t in tokens if is_suffix(t))


def _take_suffix(text: str) -> tuple[str, str]:
    """„John Miller Jr.“, „Miller, John, Jr.“, „Miller Jr., John“ → the name without „Jr.“ and „Jr.“."""
    parts = [part.strip() for part in text.split(",")]
    suffix: list[str] = []
    while len(parts) > 1 and parts[-1] and all(is_suffix(t) for t in parts[-1].split()):
        suffix.insert(0, parts.pop())
    kept: list[str] = []
    for part in parts:
        tokens = part.split()
        while len(tokens) > 1 and is_suffix(tokens[-1]):
            suffix.insert(0, tokens.pop())
        kept.append(" ".join(tokens))
    return ", ".join(kept), " ".join(suffix)


def _is_salutation(token: str) -> bool:
    return token.casefold() in _SALUTATIONS


def _is_title(token: str) -> bool:
    plain = token.casefold().rstrip(".")
    last_part = plain.replace("-", ".").split(".")[-1]
    return plain in _TITLES or (token.endswith(".") and len(last_part) > 1)


def split_salutation(text: str) -> tuple[str, str]:
    """("Frau Dr.") → ("Frau", "Dr."); ("Prof. Dr.") → ("", "Prof. Dr.")."""
    tokens = text.split()
    salutation = [t for t in tokens if _is_salutation(t)]
    title = [t for t in tokens if not _is_salutation(t)]
    return " ".join(salutation), " ".join(title)


def split_full_name(text: str) -> NameParts:
    """Split a one-column name into salutation, title, first and last name and suffix."""
    text, suffix = _take_suffix(" ".join(text.split()))
    parts = _split_name(text)
    return NameParts(parts.salutation, parts.title, parts.first_name, parts.last_name, suffix)


def _split_name(text: str) -> NameParts:
    if "," in text:
        left, right = (part.strip() for part in text.split(",", 1))
        right_tokens = right.split()
        if right_tokens and all(_is_title(t) for t in right_tokens):
            # "Anna Schäfer, M.A.": a title after the name, not "Last, First".
            parts = _split_name(left)
            return NameParts(parts.salutation, _join(parts.title, right), parts.first_name,
                             parts.last_name)
        first = _leading(right_tokens)
        last = _leading(left.split())
        return NameParts(
            " ".join(first.salutation + last.salutation),
            " ".join(first.titles + last.titles),
            " ".join(first.rest),
            " ".join(last.rest),
        )
    lead = _leading(text.split())
    rest = lead.rest
    if not rest:
        return NameParts(" ".join(lead.salutation), " ".join(lead.titles))
    cut = len(rest) - 1
    while cut > 1 and rest[cut - 1].casefold() in _NAME_PARTICLES:
        cut -= 1
    return NameParts(
        " ".join(lead.salutation), " ".join(lead.titles), " ".join(rest[:cut]), " ".join(rest[cut:])
    )


@dataclass(frozen=True)
class _Leading:
    salutation: list[str]
    titles: list[str]
    rest: list[str]


def _leading(tokens: list[str]) -> _Leading:
    """Take forms of address and titles off the front of a name."""
    salutation: list[str] = []
    titles: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if _is_salutation(token):
            salutation.append(token)
        elif _is_title(token):
            titles.append(token)
        else:
            break
        index += 1
    return _Leading(salutation, titles, tokens[index:])


def _join(first: str, second: str) -> str:
    return " ".join(part for part in (first, second) if part)
