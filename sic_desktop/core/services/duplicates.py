"""Likely duplicates among persons and organisations, and pairs someone said are none.

Rules (see ``core.similarity``): persons with the same e-mail address; persons with
similar names („Müller“/„Mueller“, one typo) in the same organisation; persons with
exactly the same name where one of them has no organisation. Organisations with the
same name (folded, punctuation ignored) or the same website or e-mail domain (unless
more than five share it: then it is an umbrella's, like the city's).
A pair marked „kein Duplikat“ is never shown again; the mark goes with either record.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING

from sic_desktop.core.dates import now_utc
from sic_desktop.core.i18n import translate
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.compare import Comparison, compare_records
from sic_desktop.core.services.merge import MergeResult, merge_records
from sic_desktop.core.services.merge_undo import MergeUndo, undo_merge
from sic_desktop.core.similarity import organisation_key, same_person_name, shared_domains, similar_person_names
from sic_desktop.core.text_folding import fold

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

DUPLICATE_TYPES = (RecordType.PERSON, RecordType.ORGANISATION)
# A domain more organisations share is an umbrella's (the city's, a welfare association's): no hint.
MAX_SHARING_A_DOMAIN = 5


@dataclass(frozen=True)
class DuplicatePair:
    """Two records that probably are one; ``first_id`` < ``second_id``."""

    record_type: RecordType
    first_id: int
    second_id: int
    first_title: str
    second_title: str
    reasons: tuple[str, ...]  # German, e.g. „gleiche E-Mail-Adresse a@b.de“

    @property
    def refs(self) -> tuple[RecordRef, RecordRef]:
        return RecordRef(self.record_type, self.first_id), RecordRef(self.record_type, self.second_id)


@dataclass(frozen=True)
class DistinctMark:
    """„Kein Duplikat“: who decided that two records are different, and when."""

    record_type: RecordType
    first_id: int
    second_id: int
    marked_at: str
    marked_by: str


class DuplicateService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    # -- finding -------------------------------------------------------------------

    def find(self, record_type: RecordType | None = None) -> list[DuplicatePair]:
        """Likely duplicates among live records, persons first, each pair once, by title."""
        pairs: list[DuplicatePair] = []
        for kind in (record_type,) if record_type else DUPLICATE_TYPES:
            reasons = self._person_reasons() if kind is RecordType.PERSON else self._organisation_reasons()
            marked = self._marked(kind)
            found = {key: value for key, value in reasons.items() if key not in marked}
            titles = self._ws.titles([RecordRef(kind, i) for pair in found for i in pair])
            pairs += sorted(
                (
                    DuplicatePair(
                        kind, a, b, titles[RecordRef(kind, a)], titles[RecordRef(kind, b)], tuple(dict.fromkeys(why))
                    )
                    for (a, b), why in found.items()
                ),
                key=lambda p: (p.first_title.casefold(), p.second_title.casefold(), p.first_id, p.second_id),
            )
        return pairs

    def _person_reasons(self) -> dict[tuple[int, int], list[str]]:
        db = self._ws.database
        persons = {
            row[0]: (row[1], row[2], json.loads(row[3]))
            # Anonymised persons all share one placeholder name; they are nobody's duplicate.
            for row in db.execute(
                "SELECT id, first_name, last_name, emails FROM person WHERE deleted_at IS NULL AND anonymised_at IS NULL"
            )
        }
        members: dict[int, list[int]] = defaultdict(list)
        org_names: dict[int, str] = {}
        for person_id, org_id, org_name in db.execute(
            "SELECT m.person_id, m.organisation_id, o.name FROM membership m "
            "JOIN organisation o ON o.id = m.organisation_id WHERE o.deleted_at IS NULL"
        ):
            if person_id in persons and person_id not in members[org_id]:
                members[org_id].append(person_id)
                org_names[org_id] = org_name
        reasons: dict[tuple[int, int], list[str]] = defaultdict(list)
        by_email: dict[str, list[int]] = defaultdict(list)
        for person_id, (_, _, emails) in persons.items():
            for email in {e.casefold() for e in emails}:
                by_email[email].append(person_id)
        for email, ids in by_email.items():
            for pair in _pairs(ids):
                reasons[pair].append(translate("Duplicates", "gleiche E-Mail-Adresse {email}").format(email=email))
        for org_id, ids in members.items():
            for a, b in _pairs(ids):
                if not similar_person_names(*persons[a][:2], *persons[b][:2]):
                    continue
                if same_person_name(*persons[a][:2], *persons[b][:2]):
                    text = translate("Duplicates", "gleicher Name bei „{organisation}“")
                else:
                    text = translate("Duplicates", "ähnlicher Name bei „{organisation}“")
                reasons[(a, b)].append(text.format(organisation=org_names[org_id]))
        in_an_org = {person_id for ids in members.values() for person_id in ids}
        by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
        for person_id, (first, last, _) in persons.items():
            by_name[(fold(first), fold(last))].append(person_id)
        for ids in by_name.values():
            for a, b in _pairs(ids):
                if a not in in_an_org or b not in in_an_org:
                    reasons[(a, b)].append(translate("Duplicates", "gleicher Name, eine Seite ohne Organisation"))
        return reasons

    def _organisation_reasons(self) -> dict[tuple[int, int], list[str]]:
        by_name: dict[str, list[int]] = defaultdict(list)
        by_domain: dict[str, list[int]] = defaultdict(list)
        for org_id, name, website, email in self._ws.database.execute(
            "SELECT id, name, website, email FROM organisation WHERE deleted_at IS NULL"
        ):
            by_name[organisation_key(name)].append(org_id)
            for domain in shared_domains(website, [email]):
                by_domain[domain].append(org_id)
        reasons: dict[tuple[int, int], list[str]] = defaultdict(list)
        for key, ids in by_name.items():
            for pair in _pairs(ids) if key else ():
                reasons[pair].append(translate("Duplicates", "gleicher Name"))
        for domain, ids in by_domain.items():
            for pair in _pairs(ids) if len(ids) <= MAX_SHARING_A_DOMAIN else ():
                reasons[pair].append(translate("Duplicates", "gleiche Internet-Domain {domain}").format(domain=domain))
        return reasons

    # -- „kein Duplikat“ -------------------------------------------------------------

    def mark_distinct(self, record_type: RecordType, a: int, b: int) -> None:
        """Remember that ``a`` and ``b`` are different records; the pair is not shown again."""
        first, second = sorted((a, b))
        self.restore_marks([DistinctMark(record_type, first, second, now_utc(), self._ws.user)])

    def unmark_distinct(self, record_type: RecordType, a: int, b: int) -> None:
        first, second = sorted((a, b))
        with self._ws.database.write():
            self._ws.database.execute(
                f"DELETE FROM {_marks_table(record_type)} WHERE first_id = ? AND second_id = ?", [first, second]
            )

    def marks(self) -> list[DistinctMark]:
        """Every „kein Duplikat“ mark, for the full export."""
        return [
            DistinctMark(kind, *row)
            for kind in DUPLICATE_TYPES
            for row in self._ws.database.execute(
                f"SELECT first_id, second_id, marked_at, marked_by FROM {_marks_table(kind)} ORDER BY first_id, second_id"
            )
        ]

    def restore_marks(self, marks: Iterable[DistinctMark]) -> None:
        with self._ws.database.write():
            for mark in marks:
                self._ws.database.execute(
                    f"INSERT OR IGNORE INTO {_marks_table(mark.record_type)} "
                    "(first_id, second_id, marked_at, marked_by) VALUES (?, ?, ?, ?)",
                    [mark.first_id, mark.second_id, mark.marked_at, mark.marked_by],
                )

    def _marked(self, record_type: RecordType) -> set[tuple[int, int]]:
        rows = self._ws.database.execute(f"SELECT first_id, second_id FROM {_marks_table(record_type)}")
        return {(a, b) for a, b in rows}

    # -- side by side and merging ------------------------------------------------------

    def compare(self, record_type: RecordType, first_id: int, second_id: int) -> Comparison:
        """Both records field by field, as the merge dialog shows them."""
        return compare_records(self._ws, record_type, first_id, second_id)

    def merge(
        self, record_type: RecordType, keep_id: int, other_id: int, *, take_from_other: Iterable[str] = ()
    ) -> MergeResult:
        """Merge ``other_id`` into ``keep_id``; see ``services.merge``."""
        return merge_records(self._ws, record_type, keep_id, other_id, take_from_other=set(take_from_other))

    def undo_merge(self, undo: MergeUndo) -> None:
        """Take a merge back: both records and all their links as before it; see ``services.merge_undo``."""
        undo_merge(self._ws, undo)


def _pairs(ids: list[int]) -> list[tuple[int, int]]:
    return list(combinations(sorted(set(ids)), 2))  # pairs of a sorted list are sorted


def _marks_table(record_type: RecordType) -> str:
    if record_type not in DUPLICATE_TYPES:
        raise ValueError(f"no duplicates of {record_type}")
    return f"{record_type.value}_distinct"
