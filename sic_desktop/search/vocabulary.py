"""The words users may type in field filters, and the values they stand for.

Every name and value is compared in its folded form (``analysis.keyword_key``),
so case, Umlaut spelling and ß never matter: „typ:Notizen“, „art:Reflexionsgespräch“
and „art:reflexionsgespraech“ all work.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sic_desktop.search.analysis import keyword_key

# Filter fields of the query language → document field they filter.
FIELD_NAMES: dict[str, str] = {
    "typ": "type", "type": "type",
    "themenfeld": "themes", "themenfelder": "themes", "thema": "themes", "themen": "themes",
    "sektor": "sector", "sector": "sector",
    "status": "status",
    "tag": "tags", "tags": "tags", "schlagwort": "tags",
    "stadtteil": "district", "quartier": "district",
    "art": "kind", "notizart": "kind",
}
DATE_FIELD_NAMES: dict[str, str] = {"von": "from", "ab": "from", "bis": "to"}

# Fields whose values users invent; their filters accept a trailing * as prefix.
OPEN_FIELDS: tuple[str, ...] = ("themes", "tags", "district")

# Closed vocabularies: alias → stored value. Open ones (themes, tags, district)
# are matched by their folded text.
_CLOSED_VALUES: dict[str, dict[str, tuple[str, ...]]] = {
    "type": {
        "note": ("notiz", "notizen", "note"),
        "organisation": ("organisation", "organisationen", "org", "orga", "organization"),
        "person": ("kontakt", "kontakte", "person", "personen"),
        "cooperation": ("kooperation", "kooperationen", "koop", "cooperation"),
    },
    "sector": {v: (v,) for v in
               ("wirtschaft", "wissenschaft", "zivilgesellschaft", "verwaltung", "politik")},
    "status": {v: (v,) for v in
               ("idee", "anbahnung", "pilot", "umsetzung", "verstetigt", "ruhend", "beendet")},
    "kind": {
        "workshopprotokoll": ("workshopprotokoll", "workshop", "protokoll"),
        "reflexionsgespraech": ("reflexionsgespräch", "reflexion"),
        "gespraechsnotiz": ("gesprächsnotiz", "gespräch"),
        "lessons_learned": ("lessons_learned", "lessons learned", "lessons-learned",
                            "lessonslearned", "lessons"),
        "idee": ("idee", "ideen"),
    },
}

def _alias_table(values: Mapping[str, Iterable[str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for stored, aliases in values.items():
        for alias in (stored, *aliases):
            table[keyword_key(alias)] = stored
    return table


_ALIASES = {name: _alias_table(values) for name, values in _CLOSED_VALUES.items()}


def filter_field(name: str) -> str | None:
    """The document field behind a filter name typed by the user, or None."""
    return FIELD_NAMES.get(keyword_key(name))


def is_filter_name(name: str) -> bool:
    """True for every field or date filter name of the query language."""
    key = keyword_key(name)
    return key in FIELD_NAMES or key in DATE_FIELD_NAMES


def date_bound(name: str) -> str | None:
    """"from" or "to" for „von:“/„ab:“/„bis:“, else None."""
    return DATE_FIELD_NAMES.get(keyword_key(name))


def filter_value(field: str, value: str) -> str | None:
    """The value to look up for ``field``, or None if the field does not know it."""
    key = keyword_key(value)
    if not key:
        return None
    aliases = _ALIASES.get(field)
    if aliases is None:
        return key
    return aliases.get(key)


def stored_keyword(field: str, value: str) -> str | None:
    """How a document's keyword value is indexed, matching ``filter_value``.

    Closed vocabularies store their canonical value (an unknown value is still
    kept, folded, so nothing silently vanishes); open ones their folded text.
    """
    return filter_value(field, value) or keyword_key(value) or None
