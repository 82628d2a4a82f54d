"""An e-mail as the program needs it, whatever file it came from (.eml or Outlook's .msg)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Address:
    name: str
    email: str  # lower case; "" for an Exchange-internal address without its SMTP form

    def label(self) -> str:
        """„Anna Schäfer <a.schaefer@marten.de>“, or the address alone (the name alone for an Exchange-only one)."""
        if not self.email:
            return self.name
        return f"{self.name} <{self.email}>" if self.name and self.name != self.email else self.email


@dataclass(frozen=True)
class MailAttachment:
    name: str
    data: bytes


@dataclass
class MailMessage:
    subject: str = ""
    sender: Address | None = None
    to: list[Address] = field(default_factory=list)
    cc: list[Address] = field(default_factory=list)
    sent_at: datetime | None = None
    text: str = ""  # the body as clean text (HTML already turned into text, "\n" line ends)
    attachments: list[MailAttachment] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # attachments without a file in the mail (links to files elsewhere)

    @property
    def addresses(self) -> list[Address]:
        """Sender and recipients, each address once, in that order."""
        seen: dict[str, Address] = {}
        for address in ([self.sender] if self.sender else []) + self.to + self.cc:
            if address.email and address.email not in seen:
                seen[address.email] = address
        return list(seen.values())


def plain_lines(text: str) -> str:
    """Line ends as ``\n`` (mail bodies come with ``\r\n``), no blanks around the whole text."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()
