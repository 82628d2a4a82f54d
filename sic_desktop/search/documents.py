"""Records → ``SearchDocument``s, read in batches through the core.

What a document of each type carries (the help text says the same to users):

- organisation: name (title), short name (names), description, address, website,
  e-mail and phone (body); its own sector and district;
- person: full name (title), the names of its organisations (names), functions,
  e-mail addresses, phone numbers and notes (body); sectors and districts of its
  organisations;
- cooperation: title, partner names (names), description, goals, agreements,
  results and the responsible team member (body); status; its start as date;
  sectors and districts of its partner organisations;
- note: title, the names of the linked organisations, persons and cooperations and
  the participants (names), the text (body); kind; date; sectors and districts of
  its linked organisations.

Every document carries its tags and theme-field names, and in ``links`` the refs of
the records whose names or facets it shows, so that renaming one of them finds
the documents to renew. Names of records in the trash are left out: they are
hidden everywhere else too.

Loading is batched: ``get_many`` over chunks of ids, ``ws.titles`` and
``sectors_and_districts`` once per batch (once in all for a full rebuild), never
one query per record.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sic_desktop.core.models import Cooperation, Note, Organisation, Person
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.list_query import ListQuery, chunks
from sic_desktop.core.workspace import Workspace
from sic_desktop.search.attachment_texts import with_attachment_texts
from sic_desktop.search.search_document import SEARCHED_TYPES, SearchDocument

BATCH = 1000
# Oldest change first: among equal scores the index puts later documents first.
_BUILD_ORDER = ListQuery(sort="updated")


class LinkedFacts:
    """What documents show of other records: titles of live organisations, persons and
    cooperations, sector and district of live organisations, theme-field names."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.themes = ws.themes.names()
        self._titles: dict[RecordRef, str | None] = {}
        self._facets: dict[int, tuple[str | None, str] | None] = {}

    @classmethod
    def of_everything(cls, ws: Workspace) -> LinkedFacts:
        """All of it at once, for a full rebuild (a few queries for 50,000 notes)."""
        facts = cls(ws)
        linkable = [
            RecordRef(t, i) for t in SEARCHED_TYPES[:3] for i in ws.service(t).ids(ListQuery())
        ]
        facts._titles = dict.fromkeys(linkable, None) | ws.titles(linkable)
        facts._facets = dict(ws.organisations.sectors_and_districts())
        return facts

    def load(self, refs: Iterable[RecordRef]) -> None:
        """Fetch what is not known yet about ``refs`` (one query per type)."""
        refs = set(refs)
        missing = [ref for ref in refs if ref not in self._titles]
        found = self.ws.titles(missing)
        self._titles.update({ref: found.get(ref) for ref in missing})
        org_ids = [r.id for r in refs if r.type is RecordType.ORGANISATION and r.id not in self._facets]
        if org_ids:
            facets = self.ws.organisations.sectors_and_districts(org_ids)
            self._facets.update({i: facets.get(i) for i in org_ids})

    def title(self, ref: RecordRef) -> str | None:
        """The title of a live record, None for one in the trash or gone."""
        return self._titles.get(ref)

    def titles(self, refs: Iterable[RecordRef]) -> tuple[str, ...]:
        return _unique(t for t in (self.title(ref) for ref in refs) if t)

    def sectors_and_districts(self, org_ids: Iterable[int]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        facets = [f for f in (self._facets.get(i) for i in org_ids) if f]
        return _unique(s for s, _ in facets if s), _unique(d for _, d in facets if d)

    def theme_names(self, theme_ids: list[int]) -> tuple[str, ...]:
        return tuple(self.themes[i] for i in theme_ids if i in self.themes)


def document_count(ws: Workspace) -> int:
    """How many documents a full rebuild makes: the live records of the searched types."""
    return sum(ws.service(t).count() for t in SEARCHED_TYPES)


def all_documents(ws: Workspace) -> Iterator[SearchDocument]:
    """The documents of every live record, batch by batch (call inside a snapshot)."""
    facts = LinkedFacts.of_everything(ws)
    for record_type in SEARCHED_TYPES:
        service = ws.service(record_type)
        for part in chunks(service.ids(_BUILD_ORDER), BATCH):
            yield from _documents(facts, service.get_many(part, include_trashed=False))


def documents_for(ws: Workspace, refs: Iterable[RecordRef]) -> tuple[list[SearchDocument], list[RecordRef]]:
    """Documents of the live records among ``refs`` and the refs of the others
    (trashed or gone), whose documents the index must drop."""
    by_type: dict[RecordType, list[int]] = {}
    for ref in refs:
        if ref.type in SEARCHED_TYPES:
            by_type.setdefault(ref.type, []).append(ref.id)
    facts = LinkedFacts(ws)
    docs: list[SearchDocument] = []
    gone: list[RecordRef] = []
    for record_type, ids in by_type.items():
        for part in chunks(sorted(set(ids)), BATCH):
            records = ws.service(record_type).get_many(part, include_trashed=False)
            docs += _documents(facts, records)
            live = {r.id for r in records}
            gone += [RecordRef(record_type, i) for i in part if i not in live]
    return docs, gone


def _documents(facts: LinkedFacts, records: list[Any]) -> list[SearchDocument]:
    facts.load(ref for record in records for ref in _linked(record))
    return with_attachment_texts(facts.ws, [_BUILDERS[record.RECORD_TYPE](facts, record) for record in records])


def _linked(record: Any) -> list[RecordRef]:
    """The records whose names or facets ``record``'s document shows."""
    if isinstance(record, Person):
        return [RecordRef(RecordType.ORGANISATION, m.organisation_id) for m in record.memberships]
    if isinstance(record, Cooperation):
        return [p.target for p in record.partners]
    if isinstance(record, Note):
        return [
            *(RecordRef(RecordType.ORGANISATION, i) for i in record.organisation_ids),
            *(RecordRef(RecordType.PERSON, i) for i in record.person_ids),
            *(RecordRef(RecordType.COOPERATION, i) for i in record.cooperation_ids),
        ]
    return []


def _common(facts: LinkedFacts, record: Any, linked: list[RecordRef]) -> dict[str, Any]:
    """Fields every document has: ref, tags, theme fields, links, last change."""
    themes = [RecordRef(RecordType.THEME, i) for i in record.theme_ids]
    return {
        "ref": record.ref,
        "tags": tuple(record.tags),
        "themes": facts.theme_names(record.theme_ids),
        "links": tuple(dict.fromkeys([*linked, *themes])),
        "updated": _timestamp(record.updated_at),
    }


def _organisation(facts: LinkedFacts, org: Organisation) -> SearchDocument:
    return SearchDocument(
        **_common(facts, org, []),
        title=org.name,
        names=_unique([org.short_name]),
        body=_lines(org.description, org.address, org.website, org.email, org.phone),
        sector=_unique([org.sector or ""]),
        districts=_unique([org.district]),
    )


def _person(facts: LinkedFacts, person: Person) -> SearchDocument:
    linked = _linked(person)
    sectors, districts = facts.sectors_and_districts(m.organisation_id for m in person.memberships)
    return SearchDocument(
        **_common(facts, person, linked),
        title=person.full_name,
        names=facts.titles(linked),
        body=_lines(person.salutation, person.job_title, *(m.function for m in person.memberships), *person.emails,
                    *person.phones, person.notes),
        sector=sectors,
        districts=districts,
    )


def _cooperation(facts: LinkedFacts, coop: Cooperation) -> SearchDocument:
    linked = _linked(coop)
    orgs = [p.organisation_id for p in coop.partners if p.organisation_id is not None]
    sectors, districts = facts.sectors_and_districts(orgs)
    return SearchDocument(
        **_common(facts, coop, linked),
        title=coop.title,
        names=facts.titles(linked),
        body=_lines(coop.description, coop.goals, coop.agreements, coop.results, coop.responsible),
        status=coop.status,
        date=coop.start_date,
        sector=sectors,
        districts=districts,
    )


def _note(facts: LinkedFacts, note: Note) -> SearchDocument:
    linked = _linked(note)
    sectors, districts = facts.sectors_and_districts(note.organisation_ids)
    return SearchDocument(
        **_common(facts, note, linked),
        title=note.title,
        names=_unique([*facts.titles(linked), *note.participants]),
        body=readable_text(note.text) if note.text_format == "markdown" else note.text,
        kind=note.kind,
        date=note.note_date,
        sector=sectors,
        districts=districts,
    )


# Markdown marks that would show up in snippets: heading hashes, list bullets, quotes at the
# start of a line; emphasis around words. Two patterns, each beginning with what it removes,
# so the regex engine skips ahead to candidates (one combined pattern took a third of
# reading the notes for a rebuild).
_LINE_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)", re.M)
_EMPHASIS = re.compile(r"\*\*|__|[*_](?<!\w[*_])(?=\w)|[*_](?<=\w[*_])(?!\w)")


def readable_text(markdown: str) -> str:
    """A note's Markdown as the words a reader sees, so snippets do not show „## Ergebnisse - …“."""
    return _EMPHASIS.sub("", _LINE_MARKS.sub("", markdown))


# Each builder takes its own record class; _documents picks it by the record's type.
_BUILDERS: dict[RecordType, Callable[[LinkedFacts, Any], SearchDocument]] = {
    RecordType.ORGANISATION: _organisation,
    RecordType.PERSON: _person,
    RecordType.COOPERATION: _cooperation,
    RecordType.NOTE: _note,
}


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    """Non-empty values, each once, in their first order."""
    return tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))


def _lines(*parts: str) -> str:
    return "\n".join(p for p in parts if p)


def _timestamp(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
