"""The Datenschutz-Prüfliste: contacts whose storage needs a fresh look (Art. 5 Abs. 1 e, Art. 14 DSGVO).

A contact comes up when it has no legal basis, when its consent is undated, when the
deletion rule of its kind of data (``ws.deletion_rules``, chosen by the legal basis) has run
out – counted from the consent, the end of the person's cooperations or the last contact
(the field, or the newest note linked to the person, whichever is later; the day it was
entered if neither exists) – or when it was collected from third parties and the person was
not told within a month (Art. 14 Abs. 3 a). Staff then keep it with a reason (it comes up
again one review period later), anonymise it or delete it. Not informing is not cured by a
keep decision: that reason stays until the day of informing is entered.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from sic_desktop.core.dates import format_date
from sic_desktop.core.dates import today as current_day
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from sic_desktop.core.privacy_terms import THIRD_PARTY_SOURCES, kind_of_contact
from sic_desktop.core.services.deletion_rules import DeletionRule, months_after
from sic_desktop.core.services.keep_decisions import KeepDecision
from sic_desktop.core.services.persons import ContactFacts
from sic_desktop.core.workspace import Workspace

# Art. 14 Abs. 3 lit. a DSGVO: inform within a reasonable period, at the latest within one month.
INFORM_WITHIN_MONTHS = 1


class ReviewReason(StrEnum):
    NO_LEGAL_BASIS = "keine_rechtsgrundlage"
    CONSENT_UNDATED = "einwilligung_ohne_datum"
    CONSENT_OLD = "einwilligung_alt"
    CONTACT_OLD = "kontakt_alt"
    COOPERATION_ENDED = "kooperation_beendet"
    NOT_INFORMED = "nicht_informiert"


_FIXED_TEXTS = {
    ReviewReason.NO_LEGAL_BASIS: QT_TRANSLATE_NOOP("Privacy", "keine Rechtsgrundlage angegeben"),
    ReviewReason.CONSENT_UNDATED: QT_TRANSLATE_NOOP("Privacy", "Einwilligung ohne Datum"),
    ReviewReason.NOT_INFORMED: QT_TRANSLATE_NOOP(
        "Privacy", "von Dritten erhoben, nach einem Monat noch nicht informiert (Art. 14)"
    ),
}
_SHORT_TEXTS = {
    ReviewReason.NO_LEGAL_BASIS: QT_TRANSLATE_NOOP("Privacy", "keine Rechtsgrundlage"),
    ReviewReason.CONSENT_UNDATED: QT_TRANSLATE_NOOP("Privacy", "Einwilligung ohne Datum"),
    ReviewReason.CONSENT_OLD: QT_TRANSLATE_NOOP("Privacy", "Löschfrist abgelaufen"),
    ReviewReason.CONTACT_OLD: QT_TRANSLATE_NOOP("Privacy", "Löschfrist abgelaufen"),
    ReviewReason.COOPERATION_ENDED: QT_TRANSLATE_NOOP("Privacy", "Löschfrist abgelaufen"),
    ReviewReason.NOT_INFORMED: QT_TRANSLATE_NOOP("Privacy", "nicht informiert (Art. 14)"),
}
_RULE_REASONS = {
    "einwilligung": ReviewReason.CONSENT_OLD,
    "kooperationsende": ReviewReason.COOPERATION_ENDED,
    "letzter_kontakt": ReviewReason.CONTACT_OLD,
}


@dataclass(frozen=True)
class ReviewItem:
    person_id: int
    name: str
    organisations: str
    reasons: tuple[ReviewReason, ...]
    reason_texts: tuple[str, ...]  # German, one per reason, naming the rule that ran out
    legal_basis: str | None
    consent_date: date | None
    last_contact: date | None  # the later of the field and the newest linked note
    due_on: date | None  # the day the deletion rule ran out, if one did
    deletion_class: str  # „3 Jahre nach dem letzten Kontakt“ of the rule that ran out, else ""
    previous_keep: KeepDecision | None  # an expired keep decision, shown for context

    @property
    def short_reasons(self) -> str:
        """„Löschfrist abgelaufen; nicht informiert (Art. 14)“ for a table column."""
        return "; ".join(dict.fromkeys(translate("Privacy", _SHORT_TEXTS[reason]) for reason in self.reasons))


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


@dataclass(frozen=True)
class _Finding:
    reasons: tuple[ReviewReason, ...]
    texts: tuple[str, ...]
    due_on: date | None
    deletion_class: str = ""


def review_list(ws: Workspace, today: date | None = None) -> list[ReviewItem]:
    """The contacts due for review under the deletion rules, by name."""
    today = today or current_day()
    keep_cutoff = years_before(today, ws.privacy_settings.review_years)
    keeps = ws.keep_decisions.latest()
    rules = ws.deletion_rules.by_kind()
    due: dict[int, tuple[ContactFacts, _Finding]] = {}
    for facts in ws.persons.contact_facts():
        keep = keeps.get(facts.person_id)
        kept = keep is not None and keep.decided_on > keep_cutoff
        finding = judge(facts, rules, today, kept=kept)
        if finding.reasons:
            due[facts.person_id] = (facts, finding)
    rows = {row["id"]: row for row in ws.persons.summaries(list(due))}
    return [
        ReviewItem(
            person_id=person_id,
            name=rows[person_id]["name"],
            organisations=rows[person_id]["organisations"],
            reasons=finding.reasons,
            reason_texts=finding.texts,
            legal_basis=facts.legal_basis,
            consent_date=facts.consent_date,
            last_contact=last_contact(facts),
            due_on=finding.due_on,
            deletion_class=finding.deletion_class,
            previous_keep=keeps.get(person_id),
        )
        for person_id, (facts, finding) in due.items()
    ]


def judge(facts: ContactFacts, rules: dict[str, DeletionRule], today: date, *, kept: bool = False) -> _Finding:
    """Why one contact is due for review (no reasons: it is not), with German texts."""
    found: list[tuple[ReviewReason, str]] = []
    due_on, deletion_class = None, ""
    kind = kind_of_contact(facts.legal_basis)
    rule = rules.get(kind) if kind else None
    if not kept and kind is None:
        found.append((ReviewReason.NO_LEGAL_BASIS, _text(ReviewReason.NO_LEGAL_BASIS)))
    elif not kept and facts.legal_basis == "einwilligung" and facts.consent_date is None:
        found.append((ReviewReason.CONSENT_UNDATED, _text(ReviewReason.CONSENT_UNDATED)))
    if rule is not None and not kept:
        start, event = rule_start(facts, rule.start_event)
        if start is not None and start < date.max and rule.due_on(start) < today:
            due_on, deletion_class = rule.due_on(start), replace(rule, start_event=event).deletion_class
            found.append((_RULE_REASONS[event], translate(
                "Privacy", "Löschfrist abgelaufen am {date} ({period})"
            ).format(period=deletion_class, date=format_date(due_on))))
    if _not_informed(facts, today):
        found.append((ReviewReason.NOT_INFORMED, _text(ReviewReason.NOT_INFORMED)))
    return _Finding(tuple(r for r, _ in found), tuple(t for _, t in found), due_on, deletion_class)


def rule_start(facts: ContactFacts, event: str) -> tuple[date | None, str]:
    """The day a rule's period starts for this contact and the event that set it; date.max while a
    cooperation still runs.

    Without consent date or cooperation the last contact counts (an undated consent is a
    reason of its own); without any contact the day the contact was entered.
    """
    if event == "einwilligung" and facts.consent_date is not None:
        return facts.consent_date, event
    if event == "einwilligung" and facts.legal_basis == "einwilligung":
        return None, event
    if event == "kooperationsende" and facts.cooperation_end is not None:
        return facts.cooperation_end, event
    return last_contact(facts) or facts.created_on, "letzter_kontakt"


def _not_informed(facts: ContactFacts, today: date) -> bool:
    return (
        facts.source in THIRD_PARTY_SOURCES
        and facts.informed_on is None
        and months_after(facts.created_on, INFORM_WITHIN_MONTHS) < today
    )


def _text(reason: ReviewReason) -> str:
    return translate("Privacy", _FIXED_TEXTS[reason])


def last_contact(facts: ContactFacts) -> date | None:
    known = [d for d in (facts.last_contact, facts.last_note) if d is not None]
    return max(known) if known else None
