"""An e-mail (.eml or .msg) becomes a note of kind „E-Mail“, in two steps the window shows between.

``plan_mail_import`` reads the file and finds who is who: contacts by address,
organisations by domain, and the addresses nobody has yet. ``import_mail`` then writes,
in one transaction, the note (sender, recipients, date and subject at the top, then the
body as clean text), the chosen new contacts, the mail's attachments and the original
file as attachments of the note. A new contact made from a mail was not collected from
the person directly: its notes say so and when (Art. 14 DSGVO), and it has no legal basis
yet, so the Datenschutz-Prüfliste shows it until someone records one.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sic_desktop.core.dates import format_date, format_datetime, today
from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import translate
from sic_desktop.core.mail_contacts import domain_of, organisations_by_domain, persons_by_email
from sic_desktop.core.models import Membership, Note, Person
from sic_desktop.core.workspace import Workspace
from sic_desktop.io.eml_source import read_eml
from sic_desktop.io.mail_message import Address, MailMessage
from sic_desktop.io.msg_source import read_msg
from sic_desktop.io.names import split_full_name

MAIL_SUFFIXES = (".eml", ".msg")
_TITLE_CHARS = 200


@dataclass
class MailPlan:
    source: Path
    message: MailMessage
    known: dict[str, int]  # address → contact number
    organisations: dict[str, int]  # domain → organisation number
    unknown: list[Address]  # addresses without a contact, offered as new contacts


def read_mail(path: Path) -> MailMessage:
    suffix = path.suffix.casefold()
    if suffix == ".msg":
        return read_msg(path)
    if suffix == ".eml":
        return read_eml(path)
    raise SicError(
        translate("Mail", "„{name}“ ist keine E-Mail-Datei. Übernommen werden .eml- und .msg-Dateien (aus Outlook: "
                  "die Nachricht in einen Ordner ziehen).").format(name=path.name)
    )


def plan_mail_import(ws: Workspace, path: Path) -> MailPlan:
    message = read_mail(path)
    emails = [address.email for address in message.addresses]
    known = persons_by_email(ws, emails)
    organisations = organisations_by_domain(ws, {domain_of(email) for email in emails})
    unknown = [address for address in message.addresses if address.email not in known]
    return MailPlan(path, message, known, organisations, unknown)


def import_mail(ws: Workspace, plan: MailPlan, *, new_contacts: Sequence[Address] = ()) -> Note:
    """Write the note with its attachments and the chosen new contacts; all or nothing."""
    message = plan.message
    try:
        with ws.batch():
            person_ids = list(dict.fromkeys(plan.known.values()))
            for address in new_contacts:
                person_ids.append(ws.persons.create(_new_contact(address, plan)).stored_id)
            note = ws.notes.create(
                Note(
                    kind="email",
                    note_date=message.sent_at.astimezone().date() if message.sent_at else today(),
                    title=_title(message),
                    text=_text(message),
                    text_format="plain",
                    participants=[address.name or address.email for address in message.addresses],
                    person_ids=person_ids,
                    organisation_ids=list(dict.fromkeys(plan.organisations.values())),
                )
            )
            for attachment in message.attachments:
                ws.attachments.add_stream(note.ref, io.BytesIO(attachment.data), attachment.name)
            ws.attachments.add(note.ref, plan.source)
    except BaseException:
        ws.attachments.remove_orphans()  # files stored before the rollback
        raise
    return note


def _title(message: MailMessage) -> str:
    if message.subject:
        return message.subject[:_TITLE_CHARS]
    sender = message.sender.label() if message.sender else "?"
    return translate("Mail", "E-Mail von {sender}").format(sender=sender)[:_TITLE_CHARS]


def _text(message: MailMessage) -> str:
    lines = []
    if message.sender:
        lines.append(translate("Mail", "Von: {addresses}").format(addresses=message.sender.label()))
    if message.to:
        lines.append(translate("Mail", "An: {addresses}").format(addresses=", ".join(a.label() for a in message.to)))
    if message.cc:
        lines.append(translate("Mail", "Cc: {addresses}").format(addresses=", ".join(a.label() for a in message.cc)))
    if message.sent_at:
        lines.append(translate("Mail", "Datum: {date}").format(date=format_datetime(message.sent_at.astimezone())))
    if message.subject:
        lines.append(translate("Mail", "Betreff: {subject}").format(subject=message.subject))
    if message.attachments:
        names = ", ".join(attachment.name for attachment in message.attachments)
        lines.append(translate("Mail", "Anhänge: {names}").format(names=names))
    if message.left_out:
        names = ", ".join(message.left_out)
        lines.append(translate("Mail", "Nicht übernommen (nur Verweis auf eine Datei): {names}").format(names=names))
    return "\n".join(lines) + "\n\n" + message.text


def _new_contact(address: Address, plan: MailPlan) -> Person:
    parts = split_full_name(address.name) if address.name and "@" not in address.name else None
    first, last = (parts.first_name, parts.last_name) if parts and parts.last_name else ("", address.email.split("@")[0])
    organisation = plan.organisations.get(domain_of(address.email))
    sent = plan.message.sent_at
    return Person(
        salutation=parts.salutation if parts else "",
        title=parts.title if parts else "",
        first_name=first,
        last_name=last,
        emails=[address.email],
        memberships=[Membership(organisation_id=organisation)] if organisation else [],
        notes=translate(
            "Mail",
            "Aus der E-Mail „{subject}“ vom {date} übernommen ({file}), nicht bei der Person selbst erhoben: "
            "Sie ist nach Art. 14 DSGVO innerhalb eines Monats zu informieren. Rechtsgrundlage noch eintragen.",
        ).format(
            subject=plan.message.subject, date=format_date(sent.astimezone().date() if sent else today()),
            file=plan.source.name,
        ),
    )
