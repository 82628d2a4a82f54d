"""Checking an import file and finding its text encoding, without loading it whole.

Office files reach us in three encodings: UTF-8 (with BOM from Excel's
"CSV UTF-8", without from most other programs), Windows-1252 (Excel's classic
"CSV (Trennzeichen-getrennt)" and Outlook on German Windows), and now and then
UTF-16 with BOM (Excel's "Unicode-Text"), or without one (some address book
exporters), recognised by its pattern of zero bytes. UTF-8 is accepted only if the *whole*
file decodes strictly, so that a UTF-8 file is never silently misread; the
check streams the file in chunks, so a 50 MB file is never held in memory.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from sic_desktop.core.i18n import translate
from sic_desktop.io.import_errors import FileTooLargeError, ImportFileError

MAX_IMPORT_BYTES = 100 * 1024 * 1024
"""Import files above 100 MB are refused: far beyond any contact list, and the
import works in memory-bounded steps but would take minutes."""

_CHUNK = 1024 * 1024
_CP1252_UNDEFINED = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")
# Control characters that never occur in office text files (tab, line breaks,
# form feed and the old DOS end-of-file mark 0x1A excepted).
_BINARY_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 26))
_MAX_CONTROL_SHARE = 0.01
_CONTROLS_ALWAYS_ALLOWED = 16  # a few stray ones in a small text file (an ESC pasted into a note)


def check_file(path: Path) -> int:
    """Refuse a missing, unreadable, empty or oversized file; return its size."""
    try:
        size = path.stat().st_size
    except OSError:
        raise ImportFileError(path, translate("Import", "Sie wurde nicht gefunden.")) from None
    if not path.is_file():
        raise ImportFileError(path, translate("Import", "Sie ist ein Ordner, keine Datei."))
    if size == 0:
        raise ImportFileError(path, translate("Import", "Sie ist leer."))
    if size > MAX_IMPORT_BYTES:
        raise FileTooLargeError(
            path,
            translate(
                "Import",
                "Sie ist {size} MB groß; eingelesen werden Dateien bis {limit} MB. "
                "Bitte teilen Sie die Liste in mehrere Dateien auf.",
            ).format(size=round(size / 1024 / 1024), limit=MAX_IMPORT_BYTES // 1024 // 1024),
        )
    return size


def read_head(path: Path, size: int = 4096) -> bytes:
    """The first bytes, for recognising the file type by content."""
    try:
        with path.open("rb") as stream:
            return stream.read(size)
    except OSError as error:
        raise unreadable(path, error) from None


def unreadable(path: Path, error: OSError) -> ImportFileError:
    """The message for a file the system will not let us read (locked, no rights)."""
    return ImportFileError(
        path,
        translate(
            "Import",
            "Das System verweigert den Zugriff ({reason}). Ist sie noch in Excel geöffnet?",
        ).format(reason=error.strerror or error.__class__.__name__),
    )


def detect_encoding(path: Path) -> str:
    """Return the Python codec name to read ``path`` with.

    UTF-8 (with or without BOM) if the whole file is valid UTF-8, UTF-16 if it
    starts with a UTF-16 BOM, else Windows-1252, or Latin-1 if the file holds
    bytes Windows-1252 leaves undefined. Raises ImportFileError for binary data.
    """
    head = read_head(path, 4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _check_utf16(path, "utf-16")
    without_bom = _utf16_without_bom(read_head(path))
    if without_bom:
        return _check_utf16(path, without_bom)
    utf8 = codecs.getincrementaldecoder("utf-8")("strict")
    utf8_ok = cp1252_ok = True
    for number, chunk in enumerate(_chunks(path)):
        if number == 0:
            _refuse_binary(path, chunk)
        elif b"\x00" in chunk:
            raise not_text(path)
        if utf8_ok:
            utf8_ok = _feed(utf8, chunk)
        cp1252_ok = cp1252_ok and not any(byte in chunk for byte in _CP1252_UNDEFINED)
    utf8_ok = utf8_ok and _feed(utf8, b"", final=True)
    if head.startswith(codecs.BOM_UTF8):
        if not utf8_ok:
            raise ImportFileError(
                path,
                translate(
                    "Import",
                    "Sie ist als UTF-8 gekennzeichnet, enthält aber Zeichen in einer anderen "
                    "Kodierung. Bitte in Excel erneut als „CSV UTF-8“ speichern.",
                ),
            )
        return "utf-8-sig"
    if utf8_ok:
        return "utf-8"
    return "cp1252" if cp1252_ok else "latin-1"


def open_text(path: Path, encoding: str) -> TextIO:
    """Open for streaming with untranslated line ends, as the csv module needs."""
    try:
        return path.open("r", encoding=encoding, newline="")
    except OSError as error:
        raise unreadable(path, error) from None


def _chunks(path: Path) -> Iterator[bytes]:
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                yield chunk
    except OSError as error:
        raise unreadable(path, error) from None


def _feed(decoder: codecs.IncrementalDecoder, data: bytes, final: bool = False) -> bool:
    try:
        decoder.decode(data, final)
    except UnicodeDecodeError:
        return False
    return True


def _utf16_without_bom(head: bytes) -> str:
    """„utf-16-le“ or „utf-16-be“ if most characters have a zero high byte on the same side.

    Office text is mostly Latin letters, which UTF-16 writes as a letter and a zero
    byte; a program or image file has its zero bytes scattered on both sides.
    """
    pairs = len(head) // 2
    if pairs < 8:
        return ""
    zero_odd = head[1 : 2 * pairs : 2].count(0)
    zero_even = head[0 : 2 * pairs : 2].count(0)
    if zero_odd >= pairs * 0.6 and zero_even <= pairs * 0.05:
        return "utf-16-le"
    if zero_even >= pairs * 0.6 and zero_odd <= pairs * 0.05:
        return "utf-16-be"
    return ""


def _check_utf16(path: Path, encoding: str) -> str:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    for number, chunk in enumerate(_chunks(path)):
        try:
            text = decoder.decode(chunk)
        except UnicodeDecodeError:
            raise not_text(path) from None
        if number == 0:
            _refuse_binary(path, text.encode("utf-8", "surrogatepass"))
    if not _feed(decoder, b"", final=True):
        raise not_text(path)
    return encoding


def _refuse_binary(path: Path, head: bytes) -> None:
    """NUL bytes or many control characters mean a program or image file."""
    if b"\x00" in head:
        raise not_text(path)
    controls = len(head) - len(head.translate(None, _BINARY_CONTROLS))
    if controls > max(_CONTROLS_ALWAYS_ALLOWED, len(head) * _MAX_CONTROL_SHARE):
        raise not_text(path)


def not_text(path: Path) -> ImportFileError:
    """The message for a file that holds no text in any encoding we know."""
    return ImportFileError(
        path,
        translate(
            "Import",
            "Sie enthält keinen Text, sondern Programm- oder Bilddaten. "
            "Bitte wählen Sie eine CSV-, Excel- oder vCard-Datei.",
        ),
    )
