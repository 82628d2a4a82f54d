"""The body of an Outlook message that has only its RTF form: decompressed, then turned into text.

Outlook keeps a rich-text body as PR_RTF_COMPRESSED (0x1009), compressed as [MS-OXRTFCP]
describes: a 16-byte header (sizes, „LZFu“ or the uncompressed „MELA“, CRC), then runs of
eight tokens, each a literal byte or a 12-bit offset and 4-bit length into a 4,096-byte
dictionary that starts with a fixed RTF text. Mails written as HTML carry their HTML inside
that RTF ([MS-OXRTFEX]: ``\\fromhtml1``, the tags in ``{\\*\\htmltag …}`` groups, RTF-only
parts between ``\\htmlrtf`` and ``\\htmlrtf0``); it is taken out and read as HTML, plain RTF
is read as text. Pictures, tables of fonts and colours and other destinations are skipped.
"""

from __future__ import annotations

import re
import struct

from sic_desktop.io.codepages import windows_codec
from sic_desktop.io.html_text import html_to_text

_DICTIONARY = (
    b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans "
    b"SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u"
    b"\\tab\\tx"
)
_COMPRESSED, _UNCOMPRESSED = 0x75465A4C, 0x414C454D  # „LZFu“, „MELA“
MAX_RTF_BYTES = 20_000_000  # a body larger than this is a damaged size field, not a mail
_TOKEN = re.compile(rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([\r\n]+)|([^\\{}\r\n]+)", re.S)
# Destinations whose text is no part of the body.
_SKIPPED = frozenset({
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "footer", "headerl", "headerr",
    "footerl", "footerr", "listtable", "listoverridetable", "rsidtbl", "generator", "themedata", "latentstyles",
    "datastore", "xmlnstbl", "colorschememapping", "mmathPr", "fldinst", "bkmkstart", "bkmkend",
})


def decompress_rtf(data: bytes) -> bytes:
    """The RTF of a PR_RTF_COMPRESSED value; ValueError if it is not one."""
    if len(data) < 16:
        raise ValueError("too short for compressed RTF")
    size, raw_size, kind, _crc = struct.unpack_from("<IIII", data)
    if raw_size > MAX_RTF_BYTES:
        raise ValueError("implausible RTF size")
    if kind == _UNCOMPRESSED:
        return data[16 : 16 + raw_size]
    if kind != _COMPRESSED:
        raise ValueError("unknown RTF compression")
    dictionary = bytearray(4096)
    dictionary[: len(_DICTIONARY)] = _DICTIONARY
    write, out, position, end = len(_DICTIONARY), bytearray(), 16, min(len(data), size + 4)
    while position < end:
        control = data[position]
        position += 1
        for bit in range(8):
            if position >= end:
                break
            if not control & (1 << bit):
                dictionary[write] = data[position]
                out.append(data[position])
                write, position = (write + 1) % 4096, position + 1
                continue
            if position + 1 >= end:
                raise ValueError("cut-off reference")
            reference = struct.unpack_from(">H", data, position)[0]
            position += 2
            offset, length = reference >> 4, (reference & 0xF) + 2
            if offset == write:  # the end marker
                return bytes(out[:raw_size])
            for step in range(length):
                byte = dictionary[(offset + step) % 4096]
                dictionary[write] = byte
                out.append(byte)
                write = (write + 1) % 4096
            if len(out) > raw_size:
                raise ValueError("longer than announced")
    return bytes(out[:raw_size])


def rtf_to_text(rtf: bytes) -> str:
    """The readable text of ``rtf``; for RTF that carries HTML (``\\fromhtml1``), the text of that HTML."""
    from_html = b"\\fromhtml1" in rtf[:400]
    codepage = re.search(rb"\\ansicpg(\d+)", rtf[:400])
    encoding = windows_codec(int(codepage.group(1)) if codepage else None)
    out: list[str] = []
    pending = bytearray()  # \'hh bytes decoded together (a multi-byte code page needs them so)
    stack: list[tuple[bool, bool, int]] = []
    skip, html_rtf, unicode_skip, drop = False, False, 1, 0

    def emit(text: str) -> None:
        if pending:
            text = pending.decode(encoding, errors="replace") + text
            pending.clear()
        if not skip and not (from_html and html_rtf):
            out.append(text)

    for match in _TOKEN.finditer(rtf):
        word, argument, hex_byte, symbol, brace, _newline, text = match.groups()
        if drop and (hex_byte or text):  # the ANSI stand-in after \uN
            if text and len(text) > drop:
                text, drop = text[drop:], 0
            else:
                drop -= 1 if hex_byte else len(text)
                continue
        if brace == b"{":
            emit("")
            stack.append((skip, html_rtf, unicode_skip))
        elif brace == b"}":
            emit("")
            if stack:
                skip, html_rtf, unicode_skip = stack.pop()
        elif hex_byte:
            pending.append(int(hex_byte, 16))
        elif text:
            emit(text.decode(encoding, errors="replace"))
        elif symbol:
            if symbol == b"*":
                skip = skip or not (from_html and rtf.startswith(b"\\htmltag", match.end()))
            elif symbol in b"\\{}":
                emit(symbol.decode())
            elif symbol == b"~":
                emit("\u00a0")
        elif word:
            name = word.decode()
            if name in _SKIPPED:
                skip = True
            elif name == "htmlrtf":
                emit("")
                html_rtf = argument != b"0"
            elif name == "uc":
                unicode_skip = int(argument or 1)
            elif name == "u" and argument:
                emit(chr(int(argument) % 65536))
                drop = unicode_skip
            elif name in ("par", "line") and not from_html:
                emit("\n")
            elif name == "tab":
                emit("\t")
    emit("")
    # Characters beyond the BMP come as two \u surrogates: joined here, a lone one becomes „�“.
    text = "".join(out).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return html_to_text(text) if from_html else re.sub(r"[ \t]+\n", "\n", text).strip()
