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
    "prof", "dr", "pd", "apl", "jun", "mag", "ing", "msc", "mba", "ph.d", "phd",
    "m.a", "b.a", "m.sc", "b.sc", "ll.m", "m.eng", "b.eng",
}
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
    """Split a one-column name into salutation, title, first and last name."""
    text = " ".join(text.split())
    if "," in text:
        left, right = (part.strip() for part in text.split(",", 1))
        right_tokens = right.split()
        if right_tokens and all(_is_title(t) for t in right_tokens):
            # "Anna Schäfer, M.A.": a title after the name, not "Last, First".
            parts = split_full_name(left)
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
