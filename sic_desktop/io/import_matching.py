"""Is an import line someone we already have? Indexes of the live records, kept up to date while importing.

The rules (documented for users in the import dialog and in docs/export-format.md):

* Person, **same person** (the line updates the stored one): one stored person has
  one of the line's e-mail addresses and a similar name; or a person with exactly
  the same name (folded) belongs to the line's organisation.
* Person, **same person** also: exactly the same name (folded), neither the line nor
  the stored person has an organisation, and not both have e-mail addresses (which
  would differ, or the e-mail rule above had matched): importing a file again changes
  nothing.
* Person, **possible duplicate** (the line is not imported unless asked for): the
  e-mail address belongs to someone with another name or to several persons; a
  similar name („Müller“/„Mueller“, one typo) in the same organisation; exactly
  the same name where the line or the stored person has no organisation.
* Person, **namesake**: exactly the same name in another organisation; the line
  is imported with a hint.
* Organisation: the same name (folded, punctuation ignored) is the same
  organisation; a shared internet domain is only pointed out.

Lines earlier in the same file count like stored records, so a file that lists
a person twice updates the first line's record instead of doubling it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from sic_desktop.core.i18n import translate
from sic_desktop.core.similarity import name_keys, organisation_key, shared_domains, similar_person_names
from sic_desktop.core.text_folding import fold

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace


class Verdict(Enum):
    SAME = "same"  # the same person: the line updates the stored one
    POSSIBLE = "possible"  # a possible duplicate: the line is refused unless asked for
    NAMESAKE = "namesake"  # same name, other organisation: created, with a hint


@dataclass(frozen=True)
class Match:
    record_id: int
    verdict: Verdict
    reason: str  # German


class OrganisationIndex:
    def __init__(self, workspace: Workspace) -> None:
        self._by_key: dict[str, list[int]] = defaultdict(list)
        self._by_domain: dict[str, list[int]] = defaultdict(list)
        self.names: dict[int, str] = {}
        for org in workspace.contact_keys.organisations():
            self.add(org.id, org.name, org.website, org.email)

    def add(self, org_id: int, name: str, website: str = "", email: str = "") -> None:
        self._by_key[organisation_key(name)].append(org_id)
        for domain in shared_domains(website, [email]):
            self._by_domain[domain].append(org_id)
        self.names[org_id] = name

    def find(self, name: str) -> int | None:
        """The oldest live organisation of this name (case, Umlaute and punctuation ignored)."""
        ids = self._by_key.get(organisation_key(name))
        return ids[0] if ids else None

    def same_domain(self, website: str, email: str) -> int | None:
        for domain in sorted(shared_domains(website, [email])):
            if self._by_domain.get(domain):
                return self._by_domain[domain][0]
        return None


class PersonIndex:
    def __init__(self, workspace: Workspace, organisations: OrganisationIndex) -> None:
        self._orgs = organisations
        self._by_email: dict[str, set[int]] = defaultdict(set)
        self._by_name_key: dict[str, set[int]] = defaultdict(set)
        self._names: dict[int, tuple[str, str]] = {}
        self._folded: dict[int, tuple[str, str]] = {}
        self._memberships: dict[int, set[int]] = defaultdict(set)
        self._has_email: set[int] = set()
        self._lines: dict[int, int] = {}  # person created by this import → its file line
        for person_id, org_id in workspace.contact_keys.memberships():
            self._memberships[person_id].add(org_id)
        for person in workspace.contact_keys.persons():
            self.add(person.id, person.first_name, person.last_name, person.emails, ())

    def add(self, person_id: int, first: str, last: str, emails: Iterable[str], org_ids: Iterable[int],
            line: int | None = None) -> None:
        for email in emails:
            self._by_email[email.casefold()].add(person_id)
        for key in name_keys(last or first):
            self._by_name_key[key].add(person_id)
        self._names[person_id] = (first, last)
        self._folded[person_id] = (fold(first), fold(last))
        self._memberships[person_id].update(org_ids)
        if emails:
            self._has_email.add(person_id)
        if line is not None:
            self._lines[person_id] = line

    def match(
        self, first: str, last: str, emails: list[str], org_id: int | None, *, has_organisation: bool
    ) -> Match | None:
        """The stored person this line is, or may be; None for somebody new.

        ``org_id`` is the line's organisation if it is stored already;
        ``has_organisation`` says whether the line names one at all.
        """
        by_email = set().union(*(self._by_email.get(e.casefold(), set()) for e in emails))
        if len(by_email) > 1:
            text = translate("Import", "Mehrere Kontakte haben diese E-Mail-Adresse: {who}.")
            return Match(min(by_email), Verdict.POSSIBLE, self._say(text, by_email))
        if by_email:
            (person_id,) = by_email
            if similar_person_names(first, last, *self._names[person_id]):
                text = translate("Import", "gleiche E-Mail-Adresse wie {who}")
                return Match(person_id, Verdict.SAME, self._say(text, by_email))
            text = translate("Import", "Die E-Mail-Adresse gehört schon zu {who}, der Name weicht ab.")
            return Match(person_id, Verdict.POSSIBLE, self._say(text, by_email))
        return self._match_name(first, last, org_id, has_organisation, bool(emails))

    def _match_name(
        self, first: str, last: str, org_id: int | None, has_organisation: bool, has_email: bool
    ) -> Match | None:
        found: list[Match] = []
        folded = (fold(first), fold(last))
        candidates = set().union(*(self._by_name_key.get(key, set()) for key in name_keys(last or first)))
        for person_id in sorted(candidates):
            exact = self._folded[person_id] == folded
            same_org = org_id is not None and org_id in self._memberships[person_id]
            if same_org and exact:
                text = translate("Import", "gleicher Name in derselben Organisation wie {who}")
                return Match(person_id, Verdict.SAME, self._say(text, {person_id}))
            alone = not has_organisation and not self._memberships[person_id]
            if exact and alone and not (has_email and person_id in self._has_email):
                text = translate("Import", "gleicher Name wie {who}, beide ohne Organisation")
                found.append(Match(person_id, Verdict.SAME, self._say(text, {person_id})))
                continue
            if same_org and similar_person_names(first, last, *self._names[person_id]):
                text = translate("Import", "Ähnlicher Name in derselben Organisation: {who}.")
                found.append(Match(person_id, Verdict.POSSIBLE, self._say(text, {person_id})))
            elif exact and (not has_organisation or not self._memberships[person_id]):
                text = translate("Import", "Gleicher Name wie {who}; eine Seite hat keine Organisation.")
                found.append(Match(person_id, Verdict.POSSIBLE, self._say(text, {person_id})))
            elif exact:
                text = translate(
                    "Import", "Einen Kontakt gleichen Namens gibt es schon bei einer anderen Organisation: {who}."
                )
                found.append(Match(person_id, Verdict.NAMESAKE, self._say(text, {person_id})))
        same = [m for m in found if m.verdict is Verdict.SAME]
        possible = [m for m in found if m.verdict is Verdict.POSSIBLE]
        if len(same) == 1 and not possible:
            return same[0]
        if len(same) > 1 and not possible:
            text = translate("Import", "Mehrere Kontakte ohne Organisation haben diesen Namen: {who}.")
            return Match(same[0].record_id, Verdict.POSSIBLE, self._say(text, {m.record_id for m in same}))
        return next(iter(possible or [m for m in found if m.verdict is not Verdict.SAME]), None)

    def _say(self, template: str, ids: set[int]) -> str:
        """Fill ``{who}`` with „Anna Schäfer“ (Kontakt Nr. 3), or (aus Zeile 12) for a person from this file."""
        return template.format(who=", ".join(self._who(i) for i in sorted(ids)))

    def _who(self, person_id: int) -> str:
        name = " ".join(part for part in self._names[person_id] if part)
        if person_id in self._lines:
            where = translate("Import", "aus Zeile {line}").format(line=self._lines[person_id])
        else:
            where = translate("Import", "Kontakt Nr. {id}").format(id=person_id)
        return f"„{name}“ ({where})"
