"""Who an e-mail address belongs to: contacts by address, organisations by the address's domain.

Addresses are compared without case. An organisation matches a domain through its own
e-mail address or its website („www.marten-ev.de“ for „@marten-ev.de“); the domains of
free mail services never match an organisation, however many people use them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sic_desktop.core.workspace import Workspace

FREE_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "web.de", "gmx.de", "gmx.net", "gmx.at", "t-online.de", "outlook.com",
    "outlook.de", "hotmail.com", "hotmail.de", "live.de", "live.com", "yahoo.com", "yahoo.de", "icloud.com",
    "me.com", "aol.com", "freenet.de", "posteo.de", "mailbox.org", "arcor.de", "online.de", "email.de",
})  # fmt: skip


def domain_of(email: str) -> str:
    return email.rsplit("@", 1)[-1].strip().lower()


def persons_by_email(ws: Workspace, emails: Iterable[str]) -> dict[str, int]:
    """Address (lower case) → number of the live contact that has it (the lowest number if several)."""
    wanted = {email.lower() for email in emails}
    found: dict[str, int] = {}
    for email in sorted(wanted):
        rows = ws.database.query(
            "SELECT id, emails FROM person WHERE deleted_at IS NULL AND lower(emails) LIKE ? ORDER BY id",
            [f"%{email}%"],
        )
        for row in rows:
            if email in {address.lower() for address in json.loads(row["emails"])}:
                found[email] = row["id"]
                break
    return found


def organisations_by_domain(ws: Workspace, domains: Iterable[str]) -> dict[str, int]:
    """Domain → number of the live organisation whose e-mail address or website has it."""
    found: dict[str, int] = {}
    for domain in sorted({d.lower() for d in domains} - FREE_MAIL_DOMAINS):
        rows = ws.database.query(
            "SELECT id, email, website FROM organisation WHERE deleted_at IS NULL "
            "AND (lower(email) LIKE ? OR lower(website) LIKE ?) ORDER BY id",
            [f"%@{domain}", f"%{domain}%"],
        )
        for row in rows:
            if domain_of(row["email"] or "") == domain or _host(row["website"] or "") == domain:
                found[domain] = row["id"]
                break
    return found


def _host(website: str) -> str:
    host = website.lower().split("://", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")
