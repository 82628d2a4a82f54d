"""Reading .eml files (RFC 5322, as Outlook, Thunderbird and webmail save them) with the standard library.

Encoded headers (RFC 2047, „=?utf-8?q?Gr=C3=BC=C3=9Fe?=“) and bodies in any charset are
decoded; the plain-text part is preferred, an HTML-only mail is turned into text. A file
that has no mail headers at all is refused with a German message, never a traceback.
"""

from __future__ import annotations

import email
import email.policy
from datetime import datetime
from email.message import EmailMessage, Message, MIMEPart
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from sic_desktop.core.i18n import translate
from sic_desktop.io.eml_writer import eml_file_name
from sic_desktop.io.html_text import html_to_text
from sic_desktop.io.import_errors import ImportFileError
from sic_desktop.io.mail_message import Address, MailAttachment, MailMessage, plain_lines

MAX_MAIL_BYTES = 60 * 1024 * 1024


def read_eml(path: Path) -> MailMessage:
    try:
        if path.stat().st_size > MAX_MAIL_BYTES:
            raise ImportFileError(path, translate("Mail", "Sie ist größer als 60 MB."))
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(path, error.strerror or error.__class__.__name__) from None
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    if not any(message.get(header) for header in ("From", "Subject", "Date", "To")):
        raise ImportFileError(
            path, translate("Mail", "Sie ist keine E-Mail (es fehlen Absender, Betreff und Datum).")
        )
    return MailMessage(
        subject=_header(message, "Subject"),
        sender=next(iter(_addresses(message, "From")), None),
        to=_addresses(message, "To"),
        cc=_addresses(message, "Cc"),
        sent_at=_date(message),
        text=_body(message),
        attachments=_attachments(message),
    )


def _header(message: EmailMessage, name: str) -> str:
    try:
        return " ".join(str(message.get(name, "")).split())
    except (ValueError, TypeError, LookupError):  # a header the policy cannot decode
        return " ".join(str(message.get_all(name, [""])[0]).split())


def _addresses(message: EmailMessage, name: str) -> list[Address]:
    found = []
    for display, address in getaddresses([_header(message, name)]):
        if "@" in address:
            found.append(Address(display.strip(), address.strip().lower()))
    return found


def _date(message: EmailMessage) -> datetime | None:
    try:
        return parsedate_to_datetime(_header(message, "Date"))
    except (TypeError, ValueError, IndexError):
        return None


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = _content(part)
    return html_to_text(content) if part.get_content_subtype() == "html" else plain_lines(content)


def _content(part: MIMEPart) -> str:
    try:
        return str(part.get_content())
    except (LookupError, UnicodeDecodeError, AssertionError):  # unknown charset or broken encoding
        payload = part.get_payload(decode=True) or b""
        return payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else str(payload)


def _attachments(message: EmailMessage) -> list[MailAttachment]:
    found = []
    for part in message.iter_attachments():
        inner = part.get_payload(0) if part.get_content_type() == "message/rfc822" else None
        if isinstance(inner, Message):  # a forwarded mail: its payload is a message, not bytes
            subject = " ".join(str(inner.get("Subject", "")).split())
            title = part.get_filename() or subject or translate("Mail", "Angehängte E-Mail")
            found.append(MailAttachment(eml_file_name(title), inner.as_bytes()))
            continue
        data = part.get_payload(decode=True)
        if isinstance(data, bytes):
            name = part.get_filename() or translate("Mail", "Anhang")
            found.append(MailAttachment(name, data))
    return found
