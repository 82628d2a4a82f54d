"""vCard files (.vcf) as a table: one row per card, fixed columns.

Cards are shown and mapped like any other source, so the preview and the
mapping step are the same for every format. The columns carry Outlook's
German names, which ``suggest_mapping`` knows.

Not taken over: photos, birthdays and fax numbers (data minimisation, see
``fields.py``). Private (HOME) phone numbers, home pages and addresses go to
columns of their own („Telefon privat“, „Webseite privat“, „Adresse privat“)
that are not mapped unless the user chooses it, and the report names them.
A card that is only a company (Apple's X-ABShowAs:COMPANY, or N empty or the
company's name again) has no person's name, so the import makes it an organisation.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

from sic_desktop.core.i18n import translate
from sic_desktop.io.import_errors import ImportFileError
from sic_desktop.io.rows import Cell, RowProblem, SourceRow
from sic_desktop.io.text_file import check_file, detect_encoding, open_text
from sic_desktop.io.vcard_parse import Card, Property, parse_cards

# Column names are data (like a CSV's header), not interface text.
SALUTATION, TITLE, FIRST, LAST, SUFFIX = "Anrede", "Titel", "Vorname", "Nachname", "Namenszusatz"
FULL = "Vollständiger Name"
COMPANY, DEPARTMENT, POSITION = "Firma", "Abteilung", "Position"
EMAILS, PHONES, PRIVATE_PHONES = "E-Mail-Adressen", "Telefonnummern", "Telefon privat"
STREET, POSTAL_CODE, CITY = "Straße geschäftlich", "Postleitzahl geschäftlich", "Ort geschäftlich"
WEBSITE, NOTES, CATEGORIES = "Webseite", "Notizen", "Kategorien"
PRIVATE_WEBSITE, PRIVATE_ADDRESS = "Webseite privat", "Adresse privat"
VCARD_COLUMNS = (
    SALUTATION, TITLE, FIRST, LAST, SUFFIX, FULL, COMPANY, DEPARTMENT, POSITION, EMAILS, PHONES,
    PRIVATE_PHONES, STREET, POSTAL_CODE, CITY, PRIVATE_ADDRESS, WEBSITE, PRIVATE_WEBSITE, NOTES, CATEGORIES,
)


@dataclass(frozen=True)
class VCardSource:
    path: Path
    encoding: str
    headers: tuple[str, ...] = VCARD_COLUMNS

    def rows(self) -> Generator[SourceRow, None, None]:
        """One row per card; an incomplete card carries a fatal problem."""
        with open_text(self.path, self.encoding) as stream:
            for card in parse_cards(stream, self.encoding):
                row = SourceRow(card.line, card_cells(card))
                if not card.complete:
                    row.problems.append(
                        RowProblem(
                            card.line,
                            translate(
                                "Import",
                                "Die Visitenkarte ist unvollständig („END:VCARD“ fehlt) "
                                "und wird nicht übernommen.",
                            ),
                            fatal=True,
                        )
                    )
                yield row

    def describe(self) -> str:
        return translate("Import", "vCard-Datei (Visitenkarten)")


def open_vcard(path: Path) -> VCardSource:
    """Check that the file holds at least one card; raise ImportFileError if not."""
    check_file(path)
    encoding = detect_encoding(path)
    with open_text(path, encoding) as stream:
        if not any(line.strip().upper() == "BEGIN:VCARD" for line in stream):
            raise ImportFileError(
                path,
                translate("Import", "Sie enthält keine Visitenkarte („BEGIN:VCARD“ fehlt)."),
            )
    return VCardSource(path, encoding)


def card_cells(card: Card) -> dict[str, Cell]:
    """The columns of one card."""
    cells: dict[str, Cell] = dict.fromkeys(VCARD_COLUMNS, "")
    name = card.first("N")
    if name:
        family, given, additional, prefix, suffix = (name.parts() + [""] * 5)[:5]
        cells.update({LAST: family, FIRST: _join(" ", given, additional)})
        cells.update({SALUTATION: prefix, SUFFIX: suffix})
    full_name = card.first("FN")
    cells[FULL] = full_name.text() if full_name else ""
    org = card.first("ORG")
    if org:
        company, *units = org.parts()
        cells.update({COMPANY: company, DEPARTMENT: _join(", ", *units)})
    cells[POSITION] = _text(card.first("TITLE"))
    cells[EMAILS] = [p.text() for p in card.all("EMAIL") if p.text()]
    phones = [p for p in card.all("TEL") if "FAX" not in p.types() and _phone(p)]
    cells[PHONES] = [_phone(p) for p in phones if not _private(p)]
    cells[PRIVATE_PHONES] = [_phone(p) for p in phones if _private(p)]
    address = _business(card.all("ADR"))
    if address:
        _pobox, extended, street, city, _region, postal_code, _country = (
            address.parts() + [""] * 7
        )[:7]
        cells.update({STREET: _join(", ", street, extended), CITY: city, POSTAL_CODE: postal_code})
    cells[PRIVATE_ADDRESS] = [_address_text(a) for a in card.all("ADR") if _private(a) and a is not address]
    cells[WEBSITE] = _text(_business(card.all("URL")))
    cells[PRIVATE_WEBSITE] = [p.text() for p in card.all("URL") if _private(p) and p.text()]
    cells[NOTES] = "\n".join(p.text() for p in card.all("NOTE") if p.text())
    cells[CATEGORIES] = [item for p in card.all("CATEGORIES") for item in p.items() if item]
    if _is_company(card, family=str(cells[LAST]), company=str(cells[COMPANY])):
        cells.update({SALUTATION: "", TITLE: "", FIRST: "", LAST: "", SUFFIX: "", FULL: ""})
    return cells


def _is_company(card: Card, *, family: str, company: str) -> bool:
    """Apple (X-ABShowAs) and vCard 4.0 (KIND:org) mark company cards; other programs leave N
    empty or repeat the company in it."""
    show_as, kind = card.first("X-ABSHOWAS"), card.first("KIND")
    if (show_as and show_as.text().upper() == "COMPANY") or (kind and kind.text().lower() == "org"):
        return bool(company)
    name = card.first("N")
    names = [part for part in (name.parts() if name else []) if part]
    return bool(company) and (not names or names == [company] or (family == company and len(names) == 1))


def _address_text(prop: Property) -> str:
    _pobox, extended, street, city, _region, postal_code, _country = (prop.parts() + [""] * 7)[:7]
    return _join(", ", street, extended, _join(" ", postal_code, city))


def _phone(prop: Property) -> str:
    text = prop.text()
    return text[4:] if text.lower().startswith("tel:") else text  # vCard 4.0 URIs


def _private(prop: Property) -> bool:
    types = prop.types()
    return "HOME" in types and not types & {"WORK", "CELL"}


def _business(props: list[Property]) -> Property | None:
    """The WORK one, else one not marked HOME: private values never go to the organisation."""
    work = [p for p in props if "WORK" in p.types()]
    other = [p for p in props if "HOME" not in p.types()]
    return next(iter(work + other), None)


def _text(prop: Property | None) -> str:
    return prop.text() if prop else ""


def _join(separator: str, *parts: str) -> str:
    return separator.join(part for part in parts if part)
