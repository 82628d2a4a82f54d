"""Deterministic demo data: a believable Dortmund social-innovation network in German.

The same seed and reference date give the same data, from the small set a first
start offers up to 5,000 persons and 50,000 notes for benchmarks. Everything is
stored in one transaction: a cancelled load leaves the data folder empty.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sic_desktop.core import demo_words as words
from sic_desktop.core.demo_impact import load_impact_demo
from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import (
    Cooperation,
    FollowUp,
    Membership,
    Note,
    Organisation,
    Partner,
    Person,
    Record,
    StatusChange,
)
from sic_desktop.core.progress import Progress, ProgressGenerator
from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.core.services.record_service import RecordService
from sic_desktop.core.templates import note_template
from sic_desktop.core.vocab import COOPERATION_STATUSES, NOTE_KINDS, SECTORS
from sic_desktop.core.workspace import Workspace

BATCH = 500


@dataclass(frozen=True)
class DemoSize:
    persons: int = 120
    notes: int = 300

    @property
    def organisations(self) -> int:
        return max(12, self.persons // 3)

    @property
    def cooperations(self) -> int:
        return max(8, self.persons // 8)

    @property
    def followups(self) -> int:
        return max(20, self.notes // 8)

    @property
    def total(self) -> int:
        return self.organisations + self.persons + self.cooperations + self.notes + self.followups


def load_demo(
    workspace: Workspace, size: DemoSize = DemoSize(), *, seed: int = 2026, today: date | None = None
) -> ProgressGenerator[dict[str, int]]:
    """Fill an empty data folder; yields progress, returns the counts per record type."""
    if not workspace.is_empty():
        if workspace.database.is_server:
            raise SicError(translate(
                "Demo", "Der Teamserver enthält bereits Daten. Demodaten werden nur auf einen leeren Teamserver "
                "geladen, damit nichts vermischt wird."))
        raise SicError(
            translate(
                "Demo",
                "Der Datenordner enthält bereits Daten. Demodaten werden nur in einen leeren Datenordner geladen, "
                "damit nichts vermischt wird.",
            )
        )
    generator = _Generator(workspace, size, random.Random(seed), today or date.today())  # noqa: S311 (invented demo data)
    with workspace.database.write():
        yield from generator.run()
    return {
        RecordType.ORGANISATION.value: size.organisations,
        RecordType.PERSON.value: size.persons,
        RecordType.COOPERATION.value: size.cooperations,
        RecordType.NOTE.value: size.notes,
        RecordType.FOLLOWUP.value: size.followups,
    }


class _Generator:
    def __init__(self, workspace: Workspace, size: DemoSize, rng: random.Random, today: date) -> None:
        self.ws, self.size, self.rng, self.today = workspace, size, rng, today
        self.done = 0
        self.themes = workspace.themes.names()
        self.org_ids: list[int] = []
        self.org_sector: dict[int, str] = {}
        self.org_names: dict[int, str] = {}
        self.used_names: set[str] = set()
        self.members: dict[int, list[int]] = {}
        self.person_names: dict[int, str] = {}
        self.person_address: dict[int, str] = {}  # „Frau Dr. Becker“, as a note names a person
        self.coop_ids: list[int] = []
        self.note_ids: list[int] = []

    def run(self) -> ProgressGenerator[None]:
        yield from self._batches(self.size.organisations, self._organisation, self.ws.organisations, self.org_ids)
        person_ids: list[int] = []
        yield from self._batches(self.size.persons, self._person, self.ws.persons, person_ids)
        yield from self._batches(self.size.cooperations, self._cooperation, self.ws.cooperations, self.coop_ids)
        for coop_id in self.coop_ids:
            self._status_history(coop_id)
        yield from self._batches(self.size.notes, self._note, self.ws.notes, self.note_ids)
        yield from self._batches(self.size.followups, self._followup, self.ws.followups, [])
        yield from load_impact_demo(self.ws, self.rng, self.today)

    def _batches(
        self, count: int, make: Callable[[int], Record], service: RecordService[Any], ids: list[int]
    ) -> ProgressGenerator[None]:
        for start in range(0, count, BATCH):
            records = [make(i) for i in range(start, min(count, start + BATCH))]
            new_ids = service.create_many(records)
            ids.extend(new_ids)
            self._remember(records)
            self.done += len(records)
            yield Progress(self.done, self.size.total, translate("Demo", "Demodaten werden angelegt …"))

    def _remember(self, records: list[Record]) -> None:
        for record in records:
            if isinstance(record, Organisation):
                self.org_sector[record.stored_id] = record.sector or ""
                self.org_names[record.stored_id] = record.name
            elif isinstance(record, Person):
                self.person_names[record.stored_id] = record.full_name
                self.person_address[record.stored_id] = " ".join(
                    part for part in (record.salutation, record.title, record.last_name) if part)
                for membership in record.memberships:
                    self.members.setdefault(membership.organisation_id, []).append(record.stored_id)

    # -- records -----------------------------------------------------------------

    def _pick_themes(self, count: int) -> list[int]:
        return self.rng.sample(sorted(self.themes), k=count)

    def _past(self, max_days: int) -> date:
        return self.today - timedelta(days=self.rng.randint(0, max_days))

    def _organisation(self, index: int) -> Organisation:
        rng = self.rng
        sector = rng.choices(SECTORS.keys, weights=(30, 10, 35, 18, 7))[0]
        district = rng.choice(words.DISTRICTS)
        name = self._unused(lambda: rng.choice(words.ORGANISATION_PATTERNS[sector]).format(
            last=rng.choice(words.LAST_NAMES), last2=rng.choice(words.LAST_NAMES), district=district
        ), district)
        short = "".join(w[0] for w in name.split() if w[:1].isupper())[:6] if rng.random() < 0.4 else ""
        short = short if len(short) >= 2 else ""  # „S“ is no short name anyone uses
        return Organisation(
            name=name,
            short_name=short,
            sector=sector,
            street=f"{rng.choice(words.STREETS)} {rng.randint(1, 180)}",
            postal_code=f"44{rng.randint(135, 388)}",
            city="Dortmund",
            district=district,
            website=f"www.{_slug(name)}.de" if rng.random() < 0.7 else "",
            email=f"info@{_slug(name)}.de" if rng.random() < 0.6 else "",
            phone=f"0231 {rng.randint(100000, 9999999)}" if rng.random() < 0.7 else "",
            description=" ".join(self._phrases(self.rng.randint(1, 3))),
            theme_ids=self._pick_themes(rng.randint(1, 2)),
            tags=rng.sample(words.TAGS, k=rng.randint(0, 2)),
        )

    def _unused(self, make: Callable[[], str], district: str) -> str:
        """A name no other demo record has: real offices exist once, so draw again rather than
        number them („Schulverwaltungsamt (24)“); where the patterns run out, the district tells them apart."""
        for _ in range(40):
            name = make()
            if name not in self.used_names:
                break
        else:
            name = f"{name} {district}" if district not in name else f"{name} – {self.rng.choice(words.STREETS)}"
        self.used_names.add(name)
        return name

    def _person(self, index: int) -> Person:
        rng = self.rng
        female = rng.random() < 0.55
        first = rng.choice(words.FIRST_NAMES_F if female else words.FIRST_NAMES_M)
        last = rng.choice(words.LAST_NAMES)
        org_id = rng.choice(self.org_ids)
        sector = self.org_sector[org_id]
        form = 0 if female else 1
        memberships = [Membership(organisation_id=org_id, function=rng.choice(words.FUNCTIONS[sector])[form])]
        if rng.random() < 0.15:
            other = rng.choice(self.org_ids)
            if other != org_id:
                memberships.append(
                    Membership(
                        organisation_id=other,
                        function=rng.choice(words.FUNCTIONS[self.org_sector[other]])[form],
                        from_date=self._past(1500),
                    )
                )
        basis = rng.choices(
            ("berechtigtes_interesse", "einwilligung", "oeffentliche_aufgabe", None), weights=(45, 25, 20, 10)
        )[0]
        domain = _slug(self.org_names[org_id]) or "example"
        title = rng.choice(words.TITLES)
        if title == "Prof. Dr." and sector != "wissenschaft":
            title = "Dr."  # professors work at universities, not at the bakery
        return Person(
            salutation="Frau" if female else "Herr",
            title=title,
            first_name=first,
            last_name=last,
            emails=[f"{_slug(first)}.{_slug(last)}{index}@{domain}.de"],
            phones=[f"0231 {rng.randint(100000, 9999999)}"] + (["0171 " + str(rng.randint(1000000, 9999999))] if rng.random() < 0.3 else []),
            notes=rng.choice(("", "", "Bevorzugt Kontakt per E-Mail.", "Vormittags gut erreichbar.")),
            legal_basis=basis,
            consent_date=self._past(2000) if basis == "einwilligung" else None,
            last_contact=self._past(1600),
            memberships=memberships,
            theme_ids=self._pick_themes(rng.randint(0, 2)),
            tags=rng.sample(words.TAGS, k=rng.randint(0, 1)),
        )

    def _cooperation(self, index: int) -> Cooperation:
        rng = self.rng
        theme_id = rng.choice(sorted(self.themes))
        theme = self.themes[theme_id]
        district = rng.choice(words.DISTRICTS)
        patterns = words.COOPERATION_PATTERNS.get(theme, ("Kooperation {district}",))
        start = self._past(1400)
        # A title with a year („Stiftungstag 2024“) names the year the cooperation started.
        title = self._unused(lambda: rng.choice(patterns).format(district=rng.choice(words.DISTRICTS), year=start.year),
                             district)
        status = rng.choices(COOPERATION_STATUSES.keys, weights=(10, 15, 20, 25, 12, 8, 10))[0]
        partner_orgs = rng.sample(self.org_ids, k=min(len(self.org_ids), rng.randint(2, 4)))
        partners = [
            Partner(organisation_id=o, role="lead" if i == 0 else rng.choice(("partner", "foerderer", "beteiligt")))
            for i, o in enumerate(partner_orgs)
        ]
        lead_members = self.members.get(partner_orgs[0])
        if lead_members and rng.random() < 0.5:
            partners.append(Partner(person_id=rng.choice(lead_members), role="beteiligt"))
        ended = status == "beendet"
        return Cooperation(
            title=title,
            description=" ".join(self._theme_phrases(theme, 2, district)),
            status=status,
            start_date=start,
            end_date=min(self.today, start + timedelta(days=rng.randint(90, 700))) if ended else None,
            goals="\n".join(f"- {p}" for p in self._theme_phrases(theme, 2, district)),
            agreements=rng.choice(("Monatliche Treffen im Wechsel bei den Partnern.", "Kooperationsvereinbarung unterzeichnet.", "")),
            results=rng.choice(("", "32 Teilnehmende, 7 Vermittlungen in Ausbildung.", "Angebot verstetigt, Finanzierung bis Ende nächsten Jahres gesichert.")),
            responsible=rng.choice(words.TEAM),
            partners=partners,
            theme_ids=[theme_id] + ([rng.choice(sorted(self.themes))] if rng.random() < 0.3 else []),
            tags=rng.sample(words.TAGS, k=rng.randint(0, 2)),
        )

    def _status_history(self, coop_id: int) -> None:
        """A plausible path to the current status, dated between start and today."""
        coop = self.ws.cooperations.get(coop_id)
        order = list(COOPERATION_STATUSES.keys)
        final = order.index(coop.status)
        path = order[: min(final, 4) + 1] if final <= 4 else [*order[:self.rng.randint(2, 4)], coop.status]
        start = coop.start_date or self.today
        span = max(1, (self.today - start).days)
        path = path[-span:]  # one step a day at most; a cooperation begun today has only its current status
        days = sorted(self.rng.sample(range(span), k=len(path)))
        steps = [
            StatusChange(status, start + timedelta(days=day), self.rng.choice(words.TEAM))
            for status, day in zip(path, days, strict=False)
        ]
        self.ws.cooperations.set_status_history(coop_id, steps)

    def _note(self, index: int) -> Note:
        rng = self.rng
        kind = rng.choices(NOTE_KINDS.keys, weights=(25, 10, 45, 10, 10, 0))[0]  # no made-up e-mails
        theme_ids = self._pick_themes(rng.randint(1, 2))
        theme = self.themes[theme_ids[0]]
        district = rng.choice(words.DISTRICTS)
        org_ids = rng.sample(self.org_ids, k=rng.randint(1, 3))
        person_ids = [p for o in org_ids for p in self.members.get(o, [])[:2]][: rng.randint(0, 3)]
        coop_ids = [rng.choice(self.coop_ids)] if self.coop_ids and rng.random() < 0.4 else []
        topic = rng.choice(words.THEME_TOPICS.get(theme, (theme,)))  # the title says what the text is about
        titles = [t for t in words.NOTE_TITLES[kind] if person_ids or "{person}" not in t]
        title = rng.choice(titles).format(
            topic=topic,
            district=district,
            org=self.org_names[org_ids[0]],
            person=self.person_names[person_ids[0]] if person_ids else "",
        )
        return Note(
            kind=kind,
            note_date=self._past(1100),
            title=title,
            text=self._note_text(kind, theme, district, person_ids),
            participants=[self.person_names[p] for p in person_ids] + rng.sample(words.TEAM, k=1),
            organisation_ids=org_ids,
            person_ids=person_ids,
            cooperation_ids=coop_ids,
            theme_ids=theme_ids,
            tags=rng.sample(words.TAGS, k=rng.randint(0, 2)),
        )

    def _note_text(self, kind: str, theme: str, district: str, person_ids: list[int]) -> str:
        rng = self.rng
        if kind == "reflexionsgespraech":
            lines = note_template(kind).splitlines()
            return "\n".join(
                line.split("?")[0] + "? " + rng.choice(self._phrases(1, person_ids)) if line.startswith("- **") else line
                for line in lines
            )
        intro = " ".join(self._theme_phrases(theme, rng.randint(2, 4), district))
        results = "\n".join(f"- {p}" for p in self._theme_phrases(theme, rng.randint(1, 3), district))
        general = " ".join(self._phrases(rng.randint(1, 3), person_ids))
        return f"{intro}\n\n## Ergebnisse\n{results}\n\n## Nächste Schritte\n**{general}**"

    def _theme_phrases(self, theme: str, count: int, district: str) -> list[str]:
        pool = words.THEME_PHRASES.get(theme, words.GENERAL_PHRASES)
        return [self._fill(p, district) for p in self.rng.sample(pool, k=min(count, len(pool)))]

    def _phrases(self, count: int, person_ids: list[int] | None = None) -> list[str]:
        """General sentences; one that names two people only where the note links two persons."""
        names = [self.person_address[p] for p in person_ids or [] if p in self.person_address]
        pool = [p for p in words.GENERAL_PHRASES if len(names) >= 2 or "{person" not in p]
        return [self._fill(p, self.rng.choice(words.DISTRICTS), names) for p in self.rng.sample(pool, k=count)]

    def _fill(self, phrase: str, district: str, names: list[str] | None = None) -> str:
        rng = self.rng
        first, second = rng.sample(names, k=2) if names and len(names) >= 2 else ("", "")
        return phrase.format(district=district, street=rng.choice(words.STREETS), person=first, person2=second)

    def _followup(self, index: int) -> FollowUp:
        rng = self.rng
        kind = rng.choice((RecordType.NOTE, RecordType.PERSON, RecordType.ORGANISATION, RecordType.COOPERATION))
        pool = {
            RecordType.NOTE: self.note_ids,
            RecordType.PERSON: list(self.person_names),
            RecordType.ORGANISATION: self.org_ids,
            RecordType.COOPERATION: self.coop_ids,
        }[kind]
        target = RecordRef(kind, rng.choice(pool))
        done = rng.random() < 0.3
        return FollowUp(
            due_date=self.today + timedelta(days=rng.randint(-30, 60)),
            text=rng.choice(
                (
                    "Rückruf wegen Kooperationsvereinbarung",
                    "Protokoll an alle Beteiligten schicken",
                    "Termin für Folgetreffen abstimmen",
                    "Fördermöglichkeiten beim Stiftungsnetzwerk klären",
                    "Zahlen für die Wirkungsmessung anfragen",
                    "Einladung zum Stiftungstag versenden",
                )
            ),
            done=done,
            responsible=rng.choice(words.TEAM),
            target=target,
        )


def _slug(text: str) -> str:
    """ASCII word for made-up e-mail addresses and websites."""
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ł": "l", "ą": "a", "ı": "i", "ć": "c", "ç": "c", "ğ": "g", "ş": "s"})
    folded = text.casefold().translate(table)
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())[:24]
