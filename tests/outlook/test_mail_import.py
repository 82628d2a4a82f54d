"""E-mails into notes: .eml files written for these tests, .msg mapped from streams, matching and new contacts."""

from __future__ import annotations

import struct
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from sic_desktop.cli import main
from sic_desktop.core.models import Organisation, Person
from sic_desktop.io.eml_source import read_eml
from sic_desktop.io.import_errors import ImportFileError
from sic_desktop.io.mail_import import import_mail, plan_mail_import
from sic_desktop.io.msg_source import message_from_streams, read_msg

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_plain_mail():
    mail = read_eml(FIXTURES / "plain.eml")
    assert mail.subject == "Termin Quartiersrunde"
    assert mail.sender.label() == "Anna Schaefer <a.schaefer@marten-ev.de>"
    assert [a.email for a in mail.to] == ["k.meyer@stadtdo.de"]
    assert mail.sent_at == datetime(2026, 11, 24, 8, 15, tzinfo=UTC)
    assert mail.text.startswith("Hallo Kim,\n\ndie Quartiersrunde findet am 3. Dezember statt.")


def test_encoded_german_headers_and_a_latin1_body():
    mail = read_eml(FIXTURES / "german-headers.eml")
    assert mail.subject == "Grüße aus der Küche – Förderung"
    assert mail.sender.name == "Jürgen Weiß"
    assert [a.label() for a in mail.to] == ["Özlem Schäfer-Großmann <oezlem@example.org>", "buero@gmx.de"]
    assert [a.name for a in mail.cc] == ["Murat Aydın"]
    assert mail.text == "Die Förderung für die Quartiersküche ist bewilligt."


def test_an_html_mail_becomes_clean_text():
    mail = read_eml(FIXTURES / "html.eml")
    assert mail.text == (
        "Sehr geehrte Frau Meyer,\n\nwir laden Sie zum Stiftungstag ein:\n\n- Workshops am Vormittag\n"
        "- Markt der Möglichkeiten am Nachmittag\n\nMit freundlichen Grüßen\nIhre Stiftung"
    )
    assert "alert" not in mail.text and "color" not in mail.text


def test_a_multipart_mail_keeps_its_attachments_and_prefers_the_plain_text():
    mail = read_eml(FIXTURES / "multipart-attachments.eml")
    assert mail.text == "Anbei das Protokoll und die Fotos vom Workshop."
    assert [(a.name, len(a.data)) for a in mail.attachments] == [("Protokoll.pdf", 37), ("Flipchart Küche.jpg", 1024)]
    assert mail.attachments[0].data.startswith(b"%PDF-1.4")


def test_a_file_that_is_no_mail_is_refused_in_german():
    with pytest.raises(ImportFileError, match=r"„broken.eml“ kann nicht gelesen werden: Sie ist keine E-Mail"):
        read_eml(FIXTURES / "broken.eml")
    with pytest.raises(ImportFileError, match="keine Outlook-Nachricht"):
        read_msg(FIXTURES / "plain.eml")


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def _fixed(header: int, values: dict[int, bytes]) -> bytes:
    """A property stream: header, then 16 bytes per property (tag, flags, 8-byte value)."""
    return b"\0" * header + b"".join(struct.pack("<II", tag, 6) + value.ljust(8, b"\0") for tag, value in values.items())


def test_the_msg_mapping_of_outlooks_streams():
    """No library writes .msg files; these are the streams Outlook stores (see msg_source's docstring)."""
    sent = datetime(2026, 11, 25, 13, 5, tzinfo=UTC)
    ticks = int((sent - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)
    recipient = "__recip_version1.0_#{:08X}"
    streams = {
        "__substg1.0_0037001F": _utf16("Rückmeldung Förderantrag"),
        "__substg1.0_0C1A001F": _utf16("Özlem Schäfer-Großmann"),
        "__substg1.0_0C1F001F": _utf16("/O=STADT/OU=EXCHANGE/CN=RECIPIENTS/CN=OSCHAEFER"),
        "__substg1.0_5D01001F": _utf16("Oezlem@Nachbarschaftshilfe-Nordstadt.de"),
        "__substg1.0_10130102": "<p>Der Antrag ist <b>vollständig</b>.</p>".encode(),
        "__properties_version1.0": _fixed(32, {0x00390040: struct.pack("<Q", ticks)}),
        f"{recipient.format(0)}/__substg1.0_3001001F": _utf16("Kim Meyer"),
        f"{recipient.format(0)}/__substg1.0_39FE001F": _utf16("k.meyer@stadtdo.de"),
        f"{recipient.format(0)}/__properties_version1.0": _fixed(8, {0x0C150003: struct.pack("<I", 1)}),
        f"{recipient.format(1)}/__substg1.0_3001001F": _utf16("Murat Aydın"),
        f"{recipient.format(1)}/__substg1.0_3003001F": _utf16("m.aydin@stadtdo.de"),
        f"{recipient.format(1)}/__properties_version1.0": _fixed(8, {0x0C150003: struct.pack("<I", 2)}),
        f"{recipient.format(2)}/__substg1.0_39FE001F": _utf16("geheim@stadtdo.de"),
        f"{recipient.format(2)}/__properties_version1.0": _fixed(8, {0x0C150003: struct.pack("<I", 3)}),
        "__attach_version1.0_#00000000/__substg1.0_3707001F": _utf16("Antrag 2027.pdf"),
        "__attach_version1.0_#00000000/__substg1.0_37010102": b"%PDF-1.7 Antrag",
    }
    mail = message_from_streams(streams)
    assert mail.subject == "Rückmeldung Förderantrag"
    assert mail.sender.label() == "Özlem Schäfer-Großmann <oezlem@nachbarschaftshilfe-nordstadt.de>"
    assert [a.label() for a in mail.to] == ["Kim Meyer <k.meyer@stadtdo.de>"]
    assert [a.label() for a in mail.cc] == ["Murat Aydın <m.aydin@stadtdo.de>"], "Bcc is left out"
    assert mail.sent_at == sent
    assert mail.text == "Der Antrag ist vollständig."
    assert [(a.name, a.data) for a in mail.attachments] == [("Antrag 2027.pdf", b"%PDF-1.7 Antrag")]


@pytest.fixture
def known(workspace):
    verein = workspace.organisations.create(
        Organisation(name="Quartiersinitiative Marten e.V.", sector="zivilgesellschaft", website="https://www.marten-ev.de")
    )
    anna = workspace.persons.create(
        Person(first_name="Anna", last_name="Schäfer", emails=["a.schaefer@marten-ev.de"], legal_basis="einwilligung")
    )
    return verein, anna


def test_a_mail_becomes_a_note_linked_to_known_contacts_and_the_organisation_of_the_domain(workspace, known):
    verein, anna = known
    plan = plan_mail_import(workspace, FIXTURES / "multipart-attachments.eml")
    assert plan.known == {"a.schaefer@marten-ev.de": anna.id}
    assert plan.organisations == {"marten-ev.de": verein.id}
    assert [a.email for a in plan.unknown] == ["l.vogt@stadtdo.de", "neu.person@marten-ev.de"]

    note = import_mail(workspace, plan, new_contacts=[plan.unknown[1]])

    assert note.kind == "email" and note.title == "Protokoll und Fotos" and note.note_date == date(2026, 11, 25)
    assert note.text.startswith("Von: Lena Vogt <l.vogt@stadtdo.de>\nAn: Anna Schaefer <a.schaefer@marten-ev.de>, ")
    assert "Anbei das Protokoll und die Fotos vom Workshop." in note.text
    assert note.organisation_ids == [verein.id]
    new = workspace.persons.get(note.person_ids[1])
    assert (new.first_name, new.last_name, new.emails) == ("Neue", "Person", ["neu.person@marten-ev.de"])
    assert new.legal_basis is None and "Art. 14 DSGVO" in new.notes
    assert [m.organisation_id for m in new.memberships] == [verein.id]
    names = sorted(a.name for a in workspace.attachments.for_record(note.ref))
    assert names == ["Flipchart Küche.jpg", "Protokoll.pdf", "multipart-attachments.eml"]


def test_free_mail_domains_never_match_an_organisation(workspace):
    workspace.organisations.create(Organisation(name="GMX-Fanclub", sector="zivilgesellschaft", email="info@gmx.de"))
    plan = plan_mail_import(workspace, FIXTURES / "german-headers.eml")
    assert plan.organisations == {}


def test_the_command_line_imports_and_names_who_has_no_contact(workspace, data_dir, known, capsys):
    assert main(["mail", str(FIXTURES / "plain.eml")]) == 0
    out = capsys.readouterr().out
    assert "„Termin Quartiersrunde“ (Kontakte: 1, Organisationen: 1, Anhänge: 1)" in out
    assert "Ohne Kontakt: Kim Meyer <k.meyer@stadtdo.de>." in out
    assert main(["mail", str(FIXTURES / "broken.eml")]) == 1
    assert "keine E-Mail" in capsys.readouterr().err
    assert main(["mail", str(FIXTURES / "plain.eml"), "--neue-kontakte"]) == 0
    assert "Kontakte: 2" in capsys.readouterr().out


def test_a_forwarded_mail_inside_an_eml_is_kept_as_an_eml_attachment_and_its_words_are_read(tmp_path):
    from sic_desktop.io.attachment_text import extract_text

    mail = read_eml(FIXTURES / "forwarded.eml")
    assert [a.name for a in mail.attachments] == ["Einladung Stiftungstag.eml"]
    stored = tmp_path / "stored"
    stored.write_bytes(mail.attachments[0].data)
    assert "Stiftungstag am 3. März im Rathaus" in extract_text(stored, mail.attachments[0].name)
