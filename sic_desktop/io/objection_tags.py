"""Full exports written before format version 4 marked an objection (Art. 21 DSGVO) with a tag.

From version 4 on, a contact's objection is a field of its own (``Person.objection``, migration
12 of the database). Reading an older export moves the tag „Widerspruch“ into that field, as
the migration does for a database, so an objection is never lost by a restore.
"""

from __future__ import annotations

from typing import Any

from sic_desktop.core.text_folding import fold

# The first format version with the field; older files carry the tag.
FIELD_VERSION = 4
_TAG = "widerspruch"  # folded; the tag's name as every version before 4 used it


def objections_from_tags(document: dict[str, Any]) -> None:
    """Turn the tag „Widerspruch“ of the contacts in an export older than version 4 into the field (in place)."""
    if document.get("format_version", FIELD_VERSION) >= FIELD_VERSION:
        return
    for person in document.get("persons") or []:
        tags = person.get("tags") if isinstance(person, dict) else None
        if not isinstance(tags, list):
            continue
        kept = [tag for tag in tags if not (isinstance(tag, str) and fold(tag) == _TAG)]
        if len(kept) < len(tags):
            person["tags"], person["objection"] = kept, True
    others = ("organisations", "cooperations", "notes")
    if not any(fold(str(tag)) == _TAG for section in others for item in document.get(section) or []
               if isinstance(item, dict) for tag in item.get("tags") or []):
        names = document.get("tags")
        if isinstance(names, list):
            document["tags"] = [name for name in names if not (isinstance(name, str) and fold(name) == _TAG)]
