"""The erasure log's key and the copy of the Datenschutz-Protokoll outside the database, in the data
folder's ``datenschutz/``.

A restored backup or an imported full export replaces the database, and with it the
Datenschutz-Protokoll inside it; the copy here survives, so the erasures it lists can be
applied again and the entries made after the backup are not lost. The entries hold no personal data in the clear, only keyed hashes (HMAC-SHA256)
of the erased person's identifiers, and the key lives here too: without it the hashes cannot
be matched, and a backup (which holds only the database) never carries it.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sic_desktop.core.durable_file import replace_durably
from sic_desktop.core.errors import StorageError
from sic_desktop.core.i18n import translate
from sic_desktop.core.models import Person
from sic_desktop.core.paths import DataFolder
from sic_desktop.core.text_folding import fold

KEY_FILE = "loeschschluessel.txt"
LOG_FILE = "loeschprotokoll.json"


def erasure_key(folder: DataFolder) -> bytes:
    """The data folder's key for the erasure hashes, made on first use."""
    path = folder.privacy_dir / KEY_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
        if len(text) == 64:
            return bytes.fromhex(text)
    except (OSError, ValueError):
        pass
    key = secrets.token_bytes(32)
    _write(path, key.hex() + "\n")
    return key


def identifiers(person: Person) -> list[str]:
    """The normalised identifiers an erased person is recognised by in a restored file.

    The record itself (number and creation time: the same record in an older backup),
    each e-mail address, and the name with each organisation. Not the name alone (namesakes)
    and not phone numbers (a switchboard number is shared by a whole office).
    """
    found = [f"kontakt:{person.id}:{person.created_at}"]
    found += [f"email:{email.strip().casefold()}" for email in person.emails if email.strip()]
    name = fold(f"{person.first_name} {person.last_name}")
    found += [f"name-organisation:{name}|{fold(m.organisation_name)}" for m in person.memberships if name]
    return list(dict.fromkeys(found))


def fingerprints(key: bytes, person: Person) -> tuple[str, ...]:
    """The keyed hashes of the person's identifiers."""
    return tuple(hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest() for text in identifiers(person))


def read_mirror(folder: DataFolder) -> list[dict[str, Any]]:
    """The copied log entries; a damaged copy is kept aside under a new name and counts as empty."""
    path = folder.privacy_dir / LOG_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError):
        data = None
    if isinstance(data, list) and all(isinstance(entry, dict) and "entry" in entry for entry in data):
        return data
    with contextlib.suppress(OSError):
        os.replace(path, path.with_name(path.name + ".beschaedigt"))
    return []


def write_mirror(folder: DataFolder, entries: Iterable[dict[str, Any]]) -> None:
    _write(folder.privacy_dir / LOG_FILE, json.dumps(list(entries), ensure_ascii=False, indent=1))


def _write(path: Path, text: str) -> None:
    """Replace the file in one step, so a crash leaves the old or the new one."""
    try:
        replace_durably(path, text)
    except OSError as error:
        raise StorageError(
            translate("Privacy", "Das Löschprotokoll in „{path}“ konnte nicht geschrieben werden ({reason}).").format(
                path=path.parent, reason=error.strerror or type(error).__name__
            )
        ) from None
