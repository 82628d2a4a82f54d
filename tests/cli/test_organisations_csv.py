"""Organisations leave and come back through CSV, and are listed under every spelling people type."""

from __future__ import annotations

from pathlib import Path

import pytest

from sic_desktop.cli import main
from sic_desktop.core.models import Organisation
from sic_desktop.core.workspace import Workspace

_FIELDS = ("name", "short_name", "sector", "street", "postal_code", "city", "district", "website", "email", "phone",
           "description", "tags")


def test_exported_organisations_are_restored_with_address_website_email_and_phone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target, path = tmp_path / "quelle", tmp_path / "ziel", tmp_path / "organisationen.csv"
    with Workspace.open(source, user="test") as ws:
        original = ws.organisations.create(Organisation(
            name="Quartiersinitiative Marten e.V.", short_name="QIM", sector="zivilgesellschaft",
            street="Marten-Markt 3", postal_code="44379", city="Dortmund", district="Marten",
            website="https://marten.example", email="info@marten.example", phone="0231 61 00 00",
            description="Nachbarschaftshilfe;\nCafé am Markt", tags=["Quartier", "Ehrenamt"],
        ))
    assert main(["--data-dir", str(source), "export", "--format", "csv", "--type", "organisationen", "-o", str(path)]) == 0
    assert main(["--data-dir", str(target), "import", str(path), "--kind", "organisationen"]) == 0
    with Workspace.open(target, user="test") as ws:
        (back,) = ws.organisations.list()
    assert {f: getattr(back, f) for f in _FIELDS} == {f: getattr(original, f) for f in _FIELDS}
    capsys.readouterr()
    assert main(["--data-dir", str(target), "import", str(path), "--kind", "organisations"]) == 0
    assert "0 angelegt, 0 ergänzt, 1 unverändert" in capsys.readouterr().out


@pytest.mark.parametrize("word", ["organisationen", "organisation", "organisations", "organizations", "Organization"])
def test_list_organisations_accepts_german_british_and_american_spellings(
    word: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Workspace.open(tmp_path, user="test") as ws:
        ws.organisations.create(Organisation(name="Stadtteilbibliothek Eving"))
    assert main(["--data-dir", str(tmp_path), "list", word]) == 0
    out = capsys.readouterr().out
    assert "Stadtteilbibliothek Eving" in out and out.rstrip().endswith("1 Organisation")


def test_an_unknown_record_type_names_the_accepted_spellings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path), "list", "firmen"])
    assert "organisationen (organisation, organisations, organization, organizations, org)" in capsys.readouterr().err
