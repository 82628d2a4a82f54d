"""Outlook .msg files laid out as Outlook writes them ([MS-OXMSG]), read by the importer.

The files are made by ``msg_writer`` (compound file, property streams, named properties,
Unicode and 8-bit strings, attachment storages, an attached e-mail, compressed RTF).
"""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sic_desktop.cli import main
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.io.msg_source import read_msg
from tests.outlook.msg_writer import (
    BINARY,
    BOOLEAN,
    LONG,
    MULTI_UNICODE,
    STRING8,
    TIME,
    UNICODE,
    Attachment,
    Message,
    Props,
    compress_rtf,
    filetime,
    write_msg,
)

SENT = datetime(2026, 11, 25, 13, 5, tzinfo=UTC)
PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40  # over 4,096 bytes: stored outside the mini stream


def _recipient(name: str, address: str, kind: int, address_type: str = "SMTP") -> Props:
    props = Props().set(0x3001, UNICODE, name).set(0x3002, UNICODE, address_type).set(0x3003, UNICODE, address)
    if address_type == "SMTP":
        props.set(0x39FE, UNICODE, address)
    return props.set(0x0C15, LONG, kind)


def _envelope(subject: str) -> Props:
    return (Props().set(0x001A, UNICODE, "IPM.Note").set(0x0037, UNICODE, subject)
            .set(0x0C1A, UNICODE, "Özlem Schäfer-Großmann")
            .set(0x0C1F, UNICODE, "/O=STADT/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=OSCHAEFER")
            .set(0x0C1E, UNICODE, "EX").set(0x5D01, UNICODE, "Oezlem@Nachbarschaftshilfe-Nordstadt.de")
            .set(0x0039, TIME, filetime(SENT)).set(0x0E06, TIME, filetime(SENT) + 30_000_000)
            .set(0x3FDE, LONG, 1252).set(0x340D, LONG, 0x00040000))  # store supports Unicode


def _outlook_html_mail(tmp_path: Path) -> Path:
    """An HTML mail as Outlook sends it: the HTML body only (code page 1252), four kinds of attachment."""
    html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"></head><body>"
            "<p>Liebe Frau Meyer,</p><p>anbei das Protokoll vom Straßenfest – die Küche steht.</p>"
            "<p><img src=\"cid:logo@stadt\"></p></body></html>").encode("cp1252")
    forwarded = Message(
        Props().set(0x0037, UNICODE, "Einladung Stiftungstag").set(0x0C1A, UNICODE, "Lena Vogt")
        .set(0x5D01, UNICODE, "l.vogt@stadtdo.de").set(0x0039, TIME, filetime(SENT))
        .set(0x1000, UNICODE, "Herzliche Einladung zum Stiftungstag am 3. März."),
        recipients=[_recipient("Kim Meyer", "k.meyer@stadtdo.de", 1)],
        attachments=[Attachment(Props().set(0x3705, LONG, 1).set(0x3707, UNICODE, "Programm.txt")
                                .set(0x3701, BINARY, "Programm: Grußwort, Workshops".encode()))],
    )
    message = Message(
        _envelope("Protokoll Straßenfest").set(0x1013, BINARY, html),
        recipients=[
            _recipient("Kim Meyer", "k.meyer@stadtdo.de", 1),
            _recipient("Jugendamt Eving", "/O=STADT/OU=EXCHANGE/CN=RECIPIENTS/CN=JUGENDAMT-EVING", 1, "EX"),
            _recipient("Murat Aydın", "m.aydin@stadtdo.de", 2),
            _recipient("Geheim", "geheim@stadtdo.de", 3),
        ],
        attachments=[
            Attachment(Props().set(0x3705, LONG, 1).set(0x3704, UNICODE, "PROTOK~1.PDF")
                       .set(0x3707, UNICODE, "Protokoll Straßenfest 2026.pdf").set(0x370E, UNICODE, "application/pdf")
                       .set(0x3701, BINARY, PDF)),
            Attachment(Props().set(0x3705, LONG, 1).set(0x3707, UNICODE, "logo.png").set(0x3712, UNICODE, "logo@stadt")
                       .set(0x7FFE, BOOLEAN, 1).set(0x3701, BINARY, b"\x89PNG\r\n\x1a\n Logo")),
            Attachment(Props().set(0x3705, LONG, 5).set(0x3001, UNICODE, "Einladung Stiftungstag"), embedded=forwarded),
            Attachment(Props().set(0x3705, LONG, 4).set(0x3707, UNICODE, "Haushalt 2027.xlsx")
                       .set(0x370D, UNICODE, r"\\stadt\teams\sic\Haushalt 2027.xlsx")),
        ],
        named=[("Keywords", MULTI_UNICODE, ["Nordstadt", "Protokoll"])],
    )
    path = tmp_path / "Protokoll Straßenfest.msg"
    path.write_bytes(write_msg(message))
    return path


def test_an_outlook_html_mail_with_four_kinds_of_attachment(tmp_path):
    mail = read_msg(_outlook_html_mail(tmp_path))
    assert mail.subject == "Protokoll Straßenfest" and mail.sent_at == SENT
    assert mail.sender.label() == "Özlem Schäfer-Großmann <oezlem@nachbarschaftshilfe-nordstadt.de>"
    assert [a.label() for a in mail.to] == ["Kim Meyer <k.meyer@stadtdo.de>", "Jugendamt Eving"]
    assert [a.label() for a in mail.cc] == ["Murat Aydın <m.aydin@stadtdo.de>"], "Bcc stays private"
    assert mail.text == "Liebe Frau Meyer,\n\nanbei das Protokoll vom Straßenfest – die Küche steht."
    names = [a.name for a in mail.attachments]
    assert names == ["Protokoll Straßenfest 2026.pdf", "logo.png", "Einladung Stiftungstag.eml"]
    assert mail.attachments[0].data == PDF
    forwarded = email.message_from_bytes(mail.attachments[2].data, policy=email.policy.default)
    assert (forwarded["Subject"], forwarded["From"].addresses[0].addr_spec) == ("Einladung Stiftungstag", "l.vogt@stadtdo.de")
    assert "Stiftungstag am 3. März" in forwarded.get_body(("plain",)).get_content()
    assert [part.get_filename() for part in forwarded.iter_attachments()] == ["Programm.txt"]
    assert mail.left_out == ["Haushalt 2027.xlsx"]


def test_the_command_line_makes_the_note_and_names_what_it_could_not_take(workspace, data_dir, tmp_path, capsys):
    path = _outlook_html_mail(tmp_path)
    assert main(["mail", str(path)]) == 0
    [note] = workspace.notes.get_many(workspace.notes.ids(ListQuery()))
    assert "An: Kim Meyer <k.meyer@stadtdo.de>, Jugendamt Eving\n" in note.text
    assert "Nicht übernommen (nur Verweis auf eine Datei): Haushalt 2027.xlsx" in note.text
    stored = sorted(a.name for a in workspace.attachments.for_record(note.ref))
    assert stored == ["Einladung Stiftungstag.eml", "Protokoll Straßenfest 2026.pdf", "Protokoll Straßenfest.msg", "logo.png"]


def _rtf_only(tmp_path: Path, rtf: bytes) -> Path:
    message = Message(_envelope("Rückruf").set(0x1009, BINARY, compress_rtf(rtf)).set(0x0E1F, BOOLEAN, 1),
                      recipients=[_recipient("Kim Meyer", "k.meyer@stadtdo.de", 1)])
    path = tmp_path / "rtf.msg"
    path.write_bytes(write_msg(message))
    return path


def test_a_mail_with_only_its_compressed_rtf_body_keeps_its_text(tmp_path):
    rtf = (rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Calibri;}}{\colortbl ;\red31\green73\blue125;}"
           rb"{\*\generator Riched20 16.0;}\viewkind4\uc1\pard\f0\fs22 Hallo Frau Sch\'e4fer,\par"
           b"\r\n" rb"bitte r\'fcckrufen wegen \u8222?Stra\'dfenfest\u8220?.\par }")
    assert read_msg(_rtf_only(tmp_path, rtf)).text == "Hallo Frau Schäfer,\nbitte rückrufen wegen „Straßenfest“."


def test_an_html_mail_kept_inside_its_rtf_body_is_read_as_html(tmp_path):
    rtf = (rb"{\rtf1\ansi\ansicpg1252\fromhtml1 \fbidis\deff0{\fonttbl{\f0\fswiss Arial;}}"
           rb"{\*\htmltag19 <html>}{\*\htmltag34 <body>}{\*\htmltag64 <p>}\htmlrtf {\htmlrtf0 Gr\'fc\'dfe aus "
           rb"{\*\htmltag84 <b>}\htmlrtf {\b \htmlrtf0 Husen\htmlrtf }\htmlrtf0 {\*\htmltag92 </b>}"
           rb"\htmlrtf }\htmlrtf0 {\*\htmltag72 </p>}{\*\htmltag64 <p>}Zweiter Absatz{\*\htmltag72 </p>}"
           rb"{\*\htmltag42 </body>}{\*\htmltag27 </html>}}")
    assert read_msg(_rtf_only(tmp_path, rtf)).text == "Grüße aus Husen\n\nZweiter Absatz"


def test_an_older_8_bit_msg_is_read_in_its_code_page(tmp_path):
    message = Message(Props().set(0x0037, STRING8, "Spotkanie w Łodzi").set(0x3FFD, LONG, 1250)
                      .set(0x1000, STRING8, "Dzień dobry, Frau Kowalski!").set(0x5D01, STRING8, "a.kowalski@example.pl"))
    path = tmp_path / "ansi.msg"
    path.write_bytes(write_msg(message, codepage="cp1250"))
    mail = read_msg(path)
    assert (mail.subject, mail.text) == ("Spotkanie w Łodzi", "Dzień dobry, Frau Kowalski!")


@pytest.mark.parametrize("damage", [b"", b"\x00" * 16, b"LZFu" * 10])
def test_a_damaged_rtf_body_gives_an_empty_text_not_an_error(tmp_path, damage):
    message = Message(_envelope("Kaputt").set(0x1009, BINARY, damage))
    path = tmp_path / "kaputt.msg"
    path.write_bytes(write_msg(message))
    assert read_msg(path).text == ""


def test_rtf_characters_beyond_the_bmp_and_broken_escapes_are_kept_readable():
    from sic_desktop.io.rtf_body import rtf_to_text

    assert rtf_to_text(rb"{\rtf1\ansi Danke \u-10179?\u-8704? und \u ohne Zahl, \u-10179? allein}") == (
        "Danke \U0001F600 und ohne Zahl, \ufffd allein")
