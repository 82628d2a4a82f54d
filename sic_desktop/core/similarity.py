"""When do two names or addresses probably mean the same person or organisation?

The rules behind duplicate search and import matching, kept in one place:
names are compared folded (DIN 5007-2: „Müller“ = „Mueller“, „Weiß“ = „Weiss“)
and a single typo is forgiven („Schäfer“/„Schäffer“); organisations match on
their folded name without punctuation („Nordstadtliebe e.V.“ = „Nordstadtliebe eV“)
and on a shared internet domain, except the big free-mail providers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from sic_desktop.core.text_folding import fold

# Many unrelated people and clubs use these; a shared address there says nothing.
FREEMAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "web.de", "gmx.de", "gmx.net", "gmx.com", "t-online.de", "outlook.com",
        "outlook.de", "hotmail.com", "hotmail.de", "live.com", "live.de", "yahoo.com", "yahoo.de", "icloud.com",
        "me.com", "aol.com", "aol.de", "freenet.de", "posteo.de", "mailbox.org", "arcor.de", "online.de",
        "email.de", "vodafone.de", "protonmail.com", "proton.me",
    }
)


def within_one_edit(a: str, b: str) -> bool:
    """True if ``a`` becomes ``b`` by at most one inserted, deleted or replaced character."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def first_names_compatible(a: str, b: str) -> bool:
    """„Anna“ fits „Anna“, „A.“, „Ana“ and a missing first name, not „Jürgen“."""
    a, b = fold(a).rstrip("."), fold(b).rstrip(".")
    if not a or not b or a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return within_one_edit(a, b)


def similar_person_names(first_a: str, last_a: str, first_b: str, last_b: str) -> bool:
    """Same or nearly the same last name, and first names that fit together."""
    last_a, last_b = fold(last_a), fold(last_b)
    if not last_a or not last_b:
        return not last_a and not last_b and fold(first_a) == fold(first_b) != ""
    return within_one_edit(last_a, last_b) and first_names_compatible(first_a, first_b)


def same_person_name(first_a: str, last_a: str, first_b: str, last_b: str) -> bool:
    return (fold(first_a), fold(last_a)) == (fold(first_b), fold(last_b))


def name_keys(last_name: str) -> set[str]:
    """Keys under which a last name is filed so that every name one typo away shares one.

    The folded name and each variant with one character left out: two names within
    one edit always have a key in common (a symmetric-delete index).
    """
    name = fold(last_name)
    return {name} | {name[:i] + name[i + 1 :] for i in range(len(name))}


def organisation_key(name: str) -> str:
    """„Nordstadtliebe e. V.“ → „nordstadtliebeev“: folded, letters and digits only."""
    return re.sub(r"[\W_]+", "", fold(name))


def website_domain(url: str) -> str:
    """„https://www.caritas-dortmund.de/kontakt“ → „caritas-dortmund.de“."""
    url = url.strip()
    if not url:
        return ""
    host = urlsplit(url if "://" in url else "http://" + url).hostname or ""
    return host.removeprefix("www.")


def email_domain(email: str) -> str:
    return email.rpartition("@")[2].strip().casefold() if "@" in email else ""


def shared_domains(website: str, emails: Iterable[str]) -> set[str]:
    """The domains that identify an organisation: its website's and its addresses', free-mail excluded."""
    domains = {website_domain(website)} | {email_domain(e) for e in emails}
    return {d for d in domains if d and d not in FREEMAIL_DOMAINS}
