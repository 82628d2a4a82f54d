"""An e-mail attached inside another, kept as an .eml file that every mail program opens.

The attached message has no file of its own in the .msg (it is a storage inside it); written
as RFC 5322 text with its headers, body and attachments it stays readable, and the search
reads its text like any other .eml attachment.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from sic_desktop.io.mail_message import Address, MailMessage


def eml_bytes(message: MailMessage) -> bytes:
    mail = EmailMessage(policy=SMTP)
    if message.subject:
        mail["Subject"] = message.subject
    if message.sender:
        mail["From"] = _header(message.sender)
    for name, addresses in (("To", message.to), ("Cc", message.cc)):
        if addresses:
            mail[name] = ", ".join(_header(address) for address in addresses)
    if message.sent_at:
        mail["Date"] = format_datetime(message.sent_at)
    mail.set_content(message.text or "")
    for attachment in message.attachments:
        mail.add_attachment(attachment.data, maintype="application", subtype="octet-stream", filename=attachment.name)
    return mail.as_bytes()


def eml_file_name(title: str) -> str:
    """„Einladung.eml“ for an attached mail shown as „Einladung“ or „Einladung.msg“; no characters Windows forbids."""
    safe = "".join("_" if ch in '\\/:*?"<>|' else ch for ch in title).strip() or "E-Mail"
    stem, dot, suffix = safe.rpartition(".")
    return f"{stem if dot and suffix.casefold() in ('msg', 'eml') else safe}.eml"


def _header(address: Address) -> str:
    return formataddr((address.name, address.email)) if address.email else address.name
