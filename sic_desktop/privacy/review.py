"""The Datenschutz-Prüfliste: contacts whose storage needs a fresh look (Art. 5 Abs. 1 e DSGVO).

A contact comes up when it has no legal basis, when its consent is older than
the review period (or undated), or when the last contact – the field, or the
newest note linked to the person, whichever is later; the day it was entered
if neither exists – is older than the period. Staff then keep it with a reason
(it comes up again one period later), anonymise it or delete it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sic_desktop.core.dates import today as current_day
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.services.keep_decisions import KeepDecision
from sic_desktop.core.services.persons import ContactFacts
from sic_desktop.core.workspace import Workspace


class ReviewReason(StrEnum):
    NO_LEGAL_BASIS = "keine_rechtsgrundlage"
    CONSENT_UNDATED = "einwilligung_ohne_datum"
    CONSENT_OLD = "einwilligung_alt"
    CONTACT_OLD = "kontakt_alt"

    def text(self, years: int) -> str:
        """The reason as a German phrase, with the review period."""
        return translate("Privacy", _REASON_TEXTS[self]).format(years=years)


_REASON_TEXTS = {
    ReviewReason.NO_LEGAL_BASIS: QT_TRANSLATE_NOOP("Privacy", "keine Rechtsgrundlage angegeben"),
    ReviewReason.CONSENT_UNDATED: QT_TRANSLATE_NOOP("Privacy", "Einwilligung ohne Datum"),
    ReviewReason.CONSENT_OLD: QT_TRANSLATE_NOOP("Privacy", "Einwilligung älter als {years} Jahre"),
    ReviewReason.CONTACT_OLD: QT_TRANSLATE_NOOP("Privacy", "letzter Kontakt länger als {years} Jahre her"),
}


@dataclass(frozen=True)
class ReviewItem:
    person_id: int
    name: str
    organisations: str
    reasons: tuple[ReviewReason, ...]
    legal_basis: str | None
    consent_date: date | None
    last_contact: date | None  # the later of the field and the newest linked note
    previous_keep: KeepDecision | None  # an expired keep decision, shown for context


def years_before(day: date, years: int) -> date:
    """The same calendar day ``years`` earlier (28 February for a 29th)."""
    return years_after(day, -years)


def years_after(day: date, years: int) -> date:
    """The same calendar day ``years`` later (28 February for a 29th)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def kept_until(decision: KeepDecision, years: int) -> date:
    """The day a kept contact comes up for review again."""
    return years_after(decision.decided_on, years)


def review_list(ws: Workspace, today: date | None = None) -> list[ReviewItem]:
    """The contacts due for review, by name."""
    years = ws.settings.privacy_review_years
    cutoff = years_before(today or current_day(), years)
    keeps = ws.keep_decisions.latest()
    due: dict[int, tuple[ContactFacts, tuple[ReviewReason, ...]]] = {}
    for facts in ws.persons.contact_facts():
        keep = keeps.get(facts.person_id)
        if keep is not None and keep.decided_on > cutoff:
            continue
        reasons = reasons_for(facts, cutoff)
        if reasons:
            due[facts.person_id] = (facts, reasons)
    rows = {row["id"]: row for row in ws.persons.summaries(list(due))}
    return [
        ReviewItem(
            person_id=person_id,
            name=rows[person_id]["name"],
            organisations=rows[person_id]["organisations"],
            reasons=reasons,
            legal_basis=facts.legal_basis,
            consent_date=facts.consent_date,
            last_contact=last_contact(facts),
            previous_keep=keeps.get(person_id),
        )
        for person_id, (facts, reasons) in due.items()
    ]


def reasons_for(facts: ContactFacts, cutoff: date) -> tuple[ReviewReason, ...]:
    reasons = []
    if not facts.legal_basis:
        reasons.append(ReviewReason.NO_LEGAL_BASIS)
    elif facts.legal_basis == "einwilligung":
        if facts.consent_date is None:
            reasons.append(ReviewReason.CONSENT_UNDATED)
        elif facts.consent_date < cutoff:
            reasons.append(ReviewReason.CONSENT_OLD)
    if (last_contact(facts) or facts.created_on) < cutoff:
        reasons.append(ReviewReason.CONTACT_OLD)
    return tuple(reasons)


def last_contact(facts: ContactFacts) -> date | None:
    known = [d for d in (facts.last_contact, facts.last_note) if d is not None]
    return max(known) if known else None

