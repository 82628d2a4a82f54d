"""Short texts several briefings print: contact lines, functions, a cooperation's partners."""

from __future__ import annotations

from sic_desktop.core.dates import format_date, today
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import Cooperation, Membership, Person
from sic_desktop.core.record_ref import RecordRef
from sic_desktop.core.vocab import PARTNER_ROLES


def contact_text(person: Person) -> str:
    """E-mail addresses, then phone numbers, one per line."""
    return "\n".join([*person.emails, *person.phones])


def partners_text(coop: Cooperation, *, without: RecordRef | None = None) -> str:
    """„Stadt Dortmund (Lead), Jürgen Weiß (Partner)“; ``without`` is left out."""
    return ", ".join(
        f"{partner.name} ({PARTNER_ROLES.label(partner.role)})" for partner in coop.partners if partner.target != without
    )


def function_text(membership: Membership) -> str:
    """The function in an organisation, marked „bis 31.12.2025“ when it has ended."""
    if membership.to_date and membership.to_date < today():
        ended = translate("Briefings", "bis {date}").format(date=format_date(membership.to_date))
        return f"{membership.function} ({ended})" if membership.function else ended
    return membership.function
