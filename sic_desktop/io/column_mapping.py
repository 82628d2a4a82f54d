"""Column mappings: which column of a file fills which target field.

``suggest_mapping`` proposes one from the headers, the user corrects it in
the dialog, and the result can be saved as a JSON file (``--mapping FILE``)
or remembered per ``layout_fingerprint`` so that next month's export of the
same list needs no clicks.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sic_desktop.core.i18n import translate
from sic_desktop.io.header_synonyms import IGNORED_WORDS, Alternative, synonyms
from sic_desktop.io.import_errors import MappingFileError
from sic_desktop.io.import_fields import target_fields
from sic_desktop.io.rows import TargetKind

MAPPING_FORMAT = "sic-desktop-spaltenzuordnung"
MAPPING_VERSION = 1


@dataclass(frozen=True)
class ColumnMapping:
    """Target kind plus ``columns``: source header → canonical field name.

    Several headers may fill one field (all e-mail columns → ``emails``);
    headers not in ``columns`` are ignored.
    """

    kind: TargetKind
    columns: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        known = {f.name for f in target_fields(self.kind)}
        unknown = sorted(set(self.columns.values()) - known)
        if unknown:
            raise ValueError(f"unknown {self.kind} fields: {unknown}")
        object.__setattr__(self, "columns", dict(self.columns))

    def headers_for(self, field_name: str) -> list[str]:
        """The columns that fill ``field_name``, in mapping order."""
        return [header for header, target in self.columns.items() if target == field_name]

    def missing_columns(self, headers: Iterable[str]) -> list[str]:
        """Mapped columns the file does not have (a saved mapping for another layout)."""
        present = set(headers)
        return [header for header in self.columns if header not in present]

    def to_json(self) -> str:
        document = {
            "format": MAPPING_FORMAT,
            "version": MAPPING_VERSION,
            "kind": self.kind.value,
            "columns": dict(self.columns),
        }
        return json.dumps(document, ensure_ascii=False, indent=2)


def normalise_header(header: str) -> str:
    """Compare headers loosely: "E-Mail 2: Adresse" ≈ "e mail 2 adresse", "Straße" ≈ "Strasse"."""
    text = header.casefold()
    for umlaut, plain in (("ß", "ss"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        text = text.replace(umlaut, plain)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def suggest_mapping(headers: Iterable[str], kind: TargetKind) -> ColumnMapping:
    """Propose a mapping by recognising Outlook, vCard and common Excel headers.

    For each field the first alternative found in the file wins (see
    ``header_synonyms``); a column is never given to two fields. Numbered
    columns Outlook may add ("E-Mail 4") are recognised for list fields.
    """
    headers = list(headers)
    by_name: dict[str, str] = {}
    for header in headers:
        by_name.setdefault(normalise_header(header), header)
    list_fields = {f.name for f in target_fields(kind) if f.type.is_list}
    columns: dict[str, str] = {}
    for field_name, alternatives in synonyms(kind).items():
        for alternative in alternatives:
            names = [normalise_header(header) for header in _headers(alternative)]
            found = [by_name[n] for n in names if n in by_name and by_name[n] not in columns]
            if found:
                columns.update(dict.fromkeys(found, field_name))
                break
        if field_name in list_fields:
            columns.update(_numbered_columns(by_name, alternatives, columns, field_name))
    for name, field_name in _SECOND_CHOICE.get(kind, {}).items():
        if name in by_name and by_name[name] not in columns and field_name not in columns.values():
            columns[by_name[name]] = field_name
    # In the file's order, so that a list field keeps the exporter's first e-mail address first.
    return ColumnMapping(kind, {header: columns[header] for header in headers if header in columns})


# A header that means another field when its first owner found a better column: „Title“ is
# Outlook's form of address, but beside Zoho's „Salutation“ or tine20's „n_prefix“ a job title.
_SECOND_CHOICE = {TargetKind.PERSON: {"title": "function"}}


def _numbered_columns(
    by_name: dict[str, str], alternatives: list[Alternative], taken: dict[str, str], field_name: str
) -> dict[str, str]:
    """"E-Mail 4", "Telefon 3": a known list column with a number added."""
    known = {_unnumbered(normalise_header(h)) for group in alternatives for h in _headers(group)}
    result: dict[str, str] = {}
    for name, header in by_name.items():
        unnumbered = _unnumbered(name)
        if header not in taken and unnumbered != name and unnumbered in known and not is_ignored(header):
            result[header] = field_name
    return result


def _unnumbered(name: str) -> str:
    return " ".join(token for token in name.split() if not token.isdigit())


def is_ignored(header: str) -> bool:
    """A column left out on purpose (private, birthday, fax, country, a value's type …)."""
    padded = f" {normalise_header(header)} "
    return any(f" {word} " in padded for word in IGNORED_WORDS)


def unmapped_columns(headers: Iterable[str], mapping: ColumnMapping) -> tuple[list[str], list[str]]:
    """The columns no field takes: (unknown ones, ones left out on purpose), in file order."""
    free = [header for header in headers if header not in mapping.columns]
    return [h for h in free if not is_ignored(h)], [h for h in free if is_ignored(h)]


def _headers(alternative: Alternative) -> tuple[str, ...]:
    return (alternative,) if isinstance(alternative, str) else alternative


def layout_fingerprint(headers: Iterable[str]) -> str:
    """A stable key for "the same kind of file": the set of loosely compared headers.

    Column order and spelling variants (case, umlauts, punctuation) do not
    matter, since the mapping refers to columns by name.
    """
    names = sorted({normalise_header(h) for h in headers} - {""})
    return hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()[:32]


def save_mapping(mapping: ColumnMapping, path: Path) -> None:
    """Write a mapping file that ``load_mapping`` and ``--mapping`` read."""
    path.write_text(mapping.to_json() + "\n", encoding="utf-8")


def load_mapping(path: Path) -> ColumnMapping:
    """Read a mapping file; targets may be field names or German labels.

    Raises MappingFileError with a German message for anything unusable.
    """
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError:
        raise MappingFileError(path, translate("Import", "Sie wurde nicht gefunden.")) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise MappingFileError(
            path, translate("Import", "Sie ist keine gültige JSON-Datei.")
        ) from None
    return _from_document(document, path)


def _from_document(document: object, path: Path) -> ColumnMapping:
    if not isinstance(document, dict) or not isinstance(document.get("columns"), dict):
        raise MappingFileError(
            path, translate("Import", "Der Abschnitt „columns“ mit den Spalten fehlt.")
        )
    try:
        kind = TargetKind(document.get("kind", TargetKind.PERSON.value))
    except ValueError:
        raise MappingFileError(
            path, translate("Import", "„kind“ muss „person“ oder „organisation“ sein.")
        ) from None
    lookup: dict[str, str] = {}
    for target in target_fields(kind):
        for spelling in (target.name, target.german_label, target.label):
            lookup[normalise_header(spelling)] = target.name
    columns: dict[str, str] = {}
    for header, target in document["columns"].items():
        if target is None or target == "":
            continue  # the column is ignored
        name = lookup.get(normalise_header(target)) if isinstance(target, str) else None
        if name is None:
            raise MappingFileError(
                path,
                translate(
                    "Import",
                    "Das Zielfeld „{target}“ (Spalte „{column}“) gibt es nicht. "
                    "Möglich sind: {fields}.",
                ).format(
                    target=target,
                    column=header,
                    fields=", ".join(f.name for f in target_fields(kind)),
                ),
            )
        columns[header] = name
    return ColumnMapping(kind, columns)
