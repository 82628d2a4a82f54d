"""Real office files imported into a workspace: what a clerk finds in the lists afterwards."""

from __future__ import annotations

from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.io import TargetKind
from sic_desktop.io.import_report import Outcome


def _persons(workspace):
    return {p.full_name: p for p in workspace.persons.list()}


def test_outlook_export_in_cp1252_creates_persons_memberships_and_organisations(
    workspace, fixture_path, import_into
):
    report = import_into(workspace, fixture_path("outlook_de_cp1252.csv"))
    assert [(line.line, line.outcome) for line in report.lines] == [
        (2, Outcome.CREATED), (4, Outcome.CREATED), (5, Outcome.CREATED)
    ]
    persons = _persons(workspace)
    weiss = persons["Jürgen Weiß"]
    assert weiss.salutation == "Herr" and weiss.phones == ["+49 231 1848-0", "0171 2345678"]
    assert weiss.notes == "Kennt alle Träger in der Nordstadt.\nRückruf am Montag."
    assert weiss.tags == ["Arbeit im Quartier", "Nordstadt"]
    assert [(m.organisation_name, m.function) for m in weiss.memberships] == [
        ("Caritasverband Dortmund e.V.", "Quartiersmanager, Quartiersarbeit")
    ]
    caritas = workspace.organisations.get(weiss.memberships[0].organisation_id)
    assert (caritas.street, caritas.postal_code, caritas.city, caritas.website) == (
        "Propsteihof 10", "44137", "Dortmund", "https://www.caritas-dortmund.example"
    )
    # The Exchange address is left out and said so; the line itself is imported.
    oeztuerk = report.lines[2]
    assert persons["Selin Öztürk"].emails == ["selin.oeztuerk@stadt.example"]
    assert any("interne Exchange-Adresse" in message for message in oeztuerk.messages)
    assert report.organisations_created == [
        "Caritasverband Dortmund e.V.", "Stiftung Soziale Innovation", "Stadt Dortmund"
    ]


def test_the_same_list_again_in_utf8_with_bom_changes_nothing(workspace, fixture_path, import_into, dump):
    import_into(workspace, fixture_path("outlook_de_cp1252.csv"))
    before = dump(workspace)
    report = import_into(workspace, fixture_path("outlook_de_utf8_bom.csv"))
    assert [(line.line, line.outcome) for line in report.lines] == [
        (2, Outcome.UNCHANGED), (5, Outcome.UNCHANGED), (6, Outcome.UNCHANGED)
    ]
    assert "Gleiche E-Mail-Adresse wie „Jürgen Weiß“ (Kontakt Nr. 1)." in report.lines[0].messages
    assert [line for line in dump(workspace) if "generation" not in line] == [
        line for line in before if "generation" not in line
    ]


def test_excel_workbook_rows_with_dates_and_a_refused_address(workspace, fixture_path, import_into):
    report = import_into(workspace, fixture_path("contacts.xlsx"))
    assert [(line.line, line.outcome) for line in report.lines] == [
        (2, Outcome.CREATED), (4, Outcome.CREATED), (5, Outcome.CREATED)
    ]
    persons = _persons(workspace)
    assert persons["Jürgen Weiß"].notes == "Zeile eins\nZeile zwei"
    assert persons["Selin Öztürk"].emails == []
    assert any("„keine-adresse“ ist keine gültige E-Mail-Adresse" in m for m in report.lines[2].messages)
    # Postcode and town without an organisation have nowhere to go: said so, not silently dropped.
    assert any("gehören bei SIC Desktop zur Organisation" in m for m in report.lines[0].messages)


def test_vcards_of_all_three_versions(workspace, fixture_path, import_into):
    for name in ("vcard21.vcf", "vcard30.vcf", "vcard40.vcf"):
        import_into(workspace, fixture_path(name))
    persons = _persons(workspace)
    assert set(persons) >= {"Jürgen Weiß", "Dr. Anna Schäfer", "Selin Öztürk", "Prof. Dr. Max von der Heide"}
    assert persons["Jürgen Weiß"].notes == "Kennt alle Träger in der Nordstadt.\nRückruf am Montag."
    anna = persons["Dr. Anna Schäfer"]
    assert "0171 7654321" in anna.phones and "CSR, Unternehmen" not in anna.tags
    # vCard 2.1 and 3.0 both list Anna: the second file fills in, it does not double her.
    assert workspace.persons.count(ListQuery(text="Schäfer")) == 1


def test_a_broken_vcard_is_reported_with_its_line_and_the_others_are_imported(
    workspace, fixture_path, import_into
):
    report = import_into(workspace, fixture_path("broken.vcf"))
    assert [(line.line, line.outcome) for line in report.lines] == [
        (1, Outcome.CREATED), (5, Outcome.SKIPPED), (9, Outcome.CREATED)
    ]
    assert "„END:VCARD“ fehlt" in report.lines[1].messages[0]
    assert "Zeile 5: nicht übernommen – Anna Schäfer" in report.to_text()
    assert set(_persons(workspace)) == {"Jürgen Weiß", "Selin Öztürk"}


def test_quoted_line_breaks_and_formula_cells_arrive_as_plain_text(workspace, fixture_path, import_into):
    report = import_into(workspace, fixture_path("quoted_linebreak.csv"))
    assert [line.line for line in report.lines] == [2, 5]
    notes = [p.notes for p in workspace.persons.list()]
    assert "Erste Zeile\nzweite Zeile; mit Semikolon\ndritte Zeile" in notes
    assert 'Er sagte "Hallo"' in notes
    for person in workspace.persons.list():
        workspace.persons.purge(person.id)
    import_into(workspace, fixture_path("formula_cells.csv"))
    notes = [p.notes for p in workspace.persons.list()]
    assert {'=HYPERLINK("http://böse.example")', "=1+1", "-5 Grad", "'Zitat' bleibt"} <= set(notes)


def test_an_organisation_list(workspace, fixture_path, import_into):
    report = import_into(workspace, fixture_path("organisations.csv"), TargetKind.ORGANISATION)
    assert [line.outcome for line in report.lines] == [Outcome.CREATED, Outcome.CREATED]
    tu = workspace.organisations.list(ListQuery(text="Technische"))[0]
    assert (tu.short_name, tu.sector, tu.district) == ("TU", "wissenschaft", "Hombruch")
