"""Whatever bytes a file holds, reading it ends normally or with an ImportFileError.

The window and the command line show ``str(error)`` of a SicError; any other
exception would be a crash in front of the user.
"""

from __future__ import annotations

import codecs
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sic_desktop.io import ImportFileError, TargetKind, map_rows, open_source, suggest_mapping

# Beginnings that steer the reader into each format's code path.
prefixes = st.sampled_from(
    [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, b"PK\x03\x04", b"BEGIN:VCARD\r\n",
     b"Vorname;Nachname;E-Mail\r\n", b'"First Name","Last Name"\n']
)
csv_like = st.text(alphabet=st.sampled_from(list(";,\t\"'\r\n =+-@aäß€0@.:\\")), max_size=300)
vcard_like = st.lists(
    st.sampled_from([
        "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:3.0", "VERSION:4.0",
        "N:Weiß;Jürgen;;;", "N;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Wei=DF;J=",
        "=FCrgen;", " folded", "\tfolded", "EMAIL;TYPE=\"work:x\":a@b.de", "TEL;;=:",
        "ADR;TYPE=WORK:;;;;", "ORG:\\", "NOTE:a\\nb\\", "CATEGORIES:,,", ":", "",
        "item1.EMAIL:x", "NOTE;CHARSET=nonsense:ü", "NOTE;ENCODING=QUOTED-PRINTABLE:=ZZ=",
    ]),
    max_size=30,
).map("\r\n".join)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"])


def _read_everything(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            source = open_source(path)
            for kind in TargetKind:
                mapping = suggest_mapping(source.headers, kind)
                for row in map_rows(source.rows(), mapping):
                    assert row.line >= 1
        except ImportFileError as error:
            assert f"„{name}“" in str(error)


fuzz = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fuzz
@given(
    prefix=prefixes,
    body=st.binary(max_size=600),
    name=st.sampled_from(["a.csv", "a.xlsx", "a.vcf"]),
)
def test_random_bytes_never_crash_the_reader(prefix, body, name):
    _read_everything(prefix + body, name)


@fuzz
@given(text=csv_like, encoding=encodings)
def test_random_csv_text_never_crashes_the_reader(text, encoding):
    _read_everything(text.encode(encoding, "replace"), "liste.csv")


@fuzz
@given(text=vcard_like, encoding=encodings)
def test_random_vcard_text_never_crashes_the_reader(text, encoding):
    _read_everything(text.encode(encoding, "replace"), "karten.vcf")
