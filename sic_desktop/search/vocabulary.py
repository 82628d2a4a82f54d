"""The words users may type in field filters, and the values they stand for.

Every name and value is compared in its folded form (``analysis.keyword_key``),
so case, Umlaut spelling and ß never matter: „typ:Notizen“, „art:Reflexionsgespräch“
and „art:reflexionsgespraech“ all work.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from sic_desktop.core.record_ref import parse_record_type
from sic_desktop.core.vocab import COOPERATION_STATUSES, NOTE_KINDS, SECTORS, Vocabulary
from sic_desktop.search.analysis import keyword_key
from sic_desktop.search.search_document import RECORD_TYPES

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

# Closed vocabularies come from the core (``core.vocab``: stored key and German
# label); open ones (themes, tags, district) are matched by their folded text.
# Search adds only the short forms people type for a note kind.
_KIND_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "workshopprotokoll": ("workshop", "protokoll"),
    "reflexionsgespraech": ("reflexion",),
    "gespraechsnotiz": ("gespräch",),
    "lessons_learned": ("lessons", "lessons-learned", "lessonslearned"),
    "idee": ("ideen",),
}


def _alias_table(vocabulary: Vocabulary, short_forms: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for key, label in vocabulary.entries:
        for alias in (key, label, *short_forms.get(key, ())):
            table[keyword_key(alias)] = key
    return table


_ALIASES = {
    "sector": _alias_table(SECTORS, {}),
    "status": _alias_table(COOPERATION_STATUSES, {}),
    "kind": _alias_table(NOTE_KINDS, _KIND_SHORT_FORMS),
}


def _record_type(value: str) -> str | None:
    """„Notizen“, „kontakt“, „org“ → the record type, if it is one that is searched."""
    record_type = parse_record_type(value)
    return record_type.value if record_type and record_type.value in RECORD_TYPES else None


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
    if field == "type":
        return _record_type(value)
    aliases = _ALIASES.get(field)
    if aliases is None:
        return key
    return aliases.get(key)


@lru_cache(maxsize=10_000)  # a full build asks for the same few dozen sectors, districts and tags
def stored_keyword(field: str, value: str) -> str | None:
    """How a document's keyword value is indexed, matching ``filter_value``.

    Closed vocabularies store their canonical value (an unknown value is still
    kept, folded, so nothing silently vanishes); open ones their folded text.
    """
    return filter_value(field, value) or keyword_key(value) or None
