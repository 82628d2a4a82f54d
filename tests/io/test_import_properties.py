"""Properties of the import as a whole, for any input hypothesis can think of.

* Any contact the core accepts, exported as vCard and as CSV and imported into an empty
  data folder, is the same contact again (with its organisation's address and website).
* For any line, the dry run's report is the real run's report.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sic_desktop.core.errors import ValidationError
from sic_desktop.core.models import Membership, Organisation, Person
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.validation import validate
from sic_desktop.core.workspace import Workspace
from sic_desktop.io import TargetKind, open_source, suggest_mapping
from sic_desktop.io.importer import ImportOptions, import_file
from sic_desktop.io.record_export import export_persons_csv, export_persons_vcard

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüßABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ", min_size=2, max_size=10)
names = st.lists(words, min_size=1, max_size=2).map(" ".join)
one_line = st.text(
    alphabet=st.one_of(st.sampled_from(list(";,\"'=+-@\\ äöüß€„“&/()")), st.characters(categories=["L", "N"])),
    min_size=1, max_size=25,
).map(lambda text: " ".join(text.split()))
phones = st.from_regex(r"\+?[0-9]{3}[0-9 /-]{0,12}[0-9]", fullmatch=True)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))

organisations = st.builds(
    Organisation,
    name=names.map(lambda name: f"{name} e.V."),
    street=one_line,
    postal_code=st.from_regex(r"[0-9]{5}", fullmatch=True),
    city=words,
    website=st.sampled_from(["", "https://verein.example", "www.quartier.example/seite?a=1&b=2"]),
)
persons = st.builds(
    Person,
    salutation=st.sampled_from(["", "Frau", "Herr"]),
    title=st.sampled_from(["", "Dr.", "Prof. Dr.", "Dipl.-Ing."]),
    first_name=names,
    last_name=names,
    name_suffix=st.sampled_from(["", "jr.", "sen.", "Sr.", "II", "III"]),
    job_title=st.one_of(st.just(""), one_line),
    emails=st.lists(st.emails().filter(lambda e: len(e) < 60), max_size=4, unique_by=str.casefold),
    phones=st.lists(phones, max_size=4, unique=True),
    notes=st.one_of(st.just(""), st.text(max_size=60)),
    tags=st.lists(words, max_size=3, unique_by=str.casefold),
    legal_basis=st.sampled_from([None, "einwilligung", "berechtigtes_interesse"]),
    consent_date=st.one_of(st.none(), days),
    last_contact=st.one_of(st.none(), days),
)

_BOTH = ("salutation", "title", "first_name", "last_name", "name_suffix", "emails", "phones", "notes", "tags")
_CSV_ONLY = ("legal_basis", "consent_date", "last_contact")  # vCard has no fields for them


def _accepted(person: Person, organisation: Organisation | None) -> None:
    try:
        validate(person)
        if organisation is not None:
            validate(organisation)
    except ValidationError:
        assume(False)


def _import_into_empty(path: Path, folder: Path) -> tuple[Person, Organisation | None]:
    with Workspace.open(folder, user="test") as ws:
        source = open_source(path)
        report = run_to_end(import_file(ws, source, suggest_mapping(source.headers, TargetKind.PERSON)))
        assert [line.outcome.value for line in report.lines] == ["created"], report.to_text()
        (person,) = ws.persons.list()
        organisations = ws.organisations.list()
        return person, organisations[0] if organisations else None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(person=persons, organisation=st.one_of(st.none(), organisations), function=st.one_of(st.just(""), one_line))
def test_any_accepted_contact_comes_back_the_same_through_vcard_and_csv(
    person: Person, organisation: Organisation | None, function: str
) -> None:
    if organisation is not None:
        person.job_title = ""  # with an organisation, the function is the membership's
    _accepted(person, organisation)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        with Workspace.open(root / "quelle", user="test") as ws:
            if organisation is not None:
                stored_org = ws.organisations.create(organisation)
                person.memberships = [Membership(organisation_id=stored_org.id, function=function)]
            original = ws.persons.get(ws.persons.create(person).id)
            run_to_end(export_persons_vcard(ws, root / "kontakte.vcf"))
            run_to_end(export_persons_csv(ws, root / "kontakte.csv"))
        for name, fields in (("kontakte.vcf", _BOTH), ("kontakte.csv", _BOTH + _CSV_ONLY)):
            back, back_org = _import_into_empty(root / name, root / name.replace(".", "_"))
            for field in (*fields, "job_title"):
                assert getattr(back, field) == getattr(original, field), (name, field)
            if organisation is None:
                assert back_org is None and back.memberships == []
                continue
            assert back_org is not None
            for field in ("name", "street", "postal_code", "city", "website"):
                assert getattr(back_org, field) == getattr(organisation, field), (name, field)
            assert [m.function for m in back.memberships] == [m.function for m in original.memberships]


cells = st.one_of(
    st.just(""), words, one_line, phones, st.emails(), st.sampled_from(["x89", "App. 12", "0231 50–0", "max@", "31.02.2026"])
)
HEADERS = ["Anrede", "Vorname", "Nachname", "Suffix", "Firma", "Position", "E-Mail-Adresse", "Telefon geschäftlich",
           "Straße geschäftlich", "Webseite", "Rechtsgrundlage", "Einwilligung vom", "Telefon privat", "Spitzname",
           "Lieblingsfarbe"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(cells, min_size=len(HEADERS), max_size=len(HEADERS)), min_size=1, max_size=4))
def test_the_dry_run_reports_exactly_what_the_real_run_does(rows: list[list[str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        path = root / "liste.csv"
        lines = [";".join(HEADERS)] + [";".join(f'"{cell.replace(chr(34), chr(34) * 2)}"' for cell in row) for row in rows]
        path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
        with Workspace.open(root / "daten", user="test") as ws:
            ws.organisations.create(Organisation(name="Bestehender Verein e.V."))
            source = open_source(path)
            mapping = suggest_mapping(source.headers, TargetKind.PERSON)
            dry = run_to_end(import_file(ws, source, mapping, ImportOptions(dry_run=True)))
            real = run_to_end(import_file(ws, source, mapping, ImportOptions(backup=False)))
    assert dry.to_text().replace("Probelauf: Es wurde nichts gespeichert.", "Gespeichert.") == real.to_text()
