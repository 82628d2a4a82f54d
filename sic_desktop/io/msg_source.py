"""Reading Outlook's .msg files: an OLE compound file whose streams hold MAPI properties.

``olefile`` (BSD licence) reads the container; ``message_from_streams`` maps the streams
(named ``__substg1.0_<property><type>``) to a ``MailMessage``. The mapping is separate so
that it can be tested on streams a test writes itself (no library writes .msg files).
Properties used ([MS-OXMSG], [MS-OXPROPS]): subject 0037; body 1000, else the HTML body
1013 in the code page 3FDE, else the compressed RTF 1009 (``rtf_body``); sender name
0C1A/0042, sender address 5D01/0C1F/5D02/0065; submit time 0039 (delivery time 0E06); 8-bit
strings (001E) in the code page 3FFD/3FDE; per recipient display name 3001, SMTP address
39FE/3003 and type 0C15 (1 = An, 2 = Cc, 3 = Bcc; an Exchange-only address keeps its name
for the note); per attachment long/short file name 3707/3704 (display name 3001) and data
3701: bytes, or a storage holding an attached e-mail, which becomes an .eml. An attachment
that only links to a file elsewhere is named in the note as not taken over.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path

import olefile

from sic_desktop.core.i18n import translate
from sic_desktop.io.codepages import windows_codec
from sic_desktop.io.eml_source import MAX_MAIL_BYTES
from sic_desktop.io.eml_writer import eml_bytes, eml_file_name
from sic_desktop.io.html_text import decode_html, html_to_text
from sic_desktop.io.import_errors import ImportFileError
from sic_desktop.io.mail_message import Address, MailAttachment, MailMessage, plain_lines
from sic_desktop.io.rtf_body import decompress_rtf, rtf_to_text

_PROPERTIES = "__properties_version1.0"
_RECIPIENT = "__recip_version1.0_#"
_ATTACHMENT = "__attach_version1.0_#"
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_TOP_HEADER, _EMBEDDED_HEADER, _SUB_HEADER, _ENTRY = 32, 24, 8, 16


def read_msg(path: Path) -> MailMessage:
    try:
        if path.stat().st_size > MAX_MAIL_BYTES:
            raise ImportFileError(path, translate("Mail", "Sie ist größer als 60 MB."))
        if not olefile.isOleFile(str(path)):
            raise ImportFileError(path, translate("Mail", "Sie ist keine Outlook-Nachricht (.msg)."))
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry): ole.openstream(entry).read() for entry in ole.listdir(streams=True, storages=False)}
    except OSError as error:
        raise ImportFileError(path, error.strerror or error.__class__.__name__) from None
    if not any(name.startswith("__substg1.0_") for name in streams):
        raise ImportFileError(path, translate("Mail", "Sie ist keine Outlook-Nachricht (.msg)."))
    return message_from_streams(streams)


def message_from_streams(streams: Mapping[str, bytes]) -> MailMessage:
    """The message in a .msg file's streams, named by their paths (``__recip_version1.0_#00000000/__substg1.0_3001001F``)."""
    return _message(streams, "", _TOP_HEADER)


def _message(streams: Mapping[str, bytes], folder: str, header: int) -> MailMessage:
    """The message whose storage is ``folder`` ("" for the file's own; an attached one lies deeper)."""
    top = _Properties(streams, folder, header)
    message = MailMessage(
        subject=" ".join(top.text("0037").split()),
        sender=_address(top.text("0C1A") or top.text("0042"),
                        top.text("5D01") or top.text("0C1F") or top.text("5D02") or top.text("0065")),
        sent_at=top.time("0039") or top.time("0E06"),
        text=_body(top),
    )
    for recipient_folder in _folders(streams, folder, _RECIPIENT):
        recipient = _Properties(streams, recipient_folder, _SUB_HEADER)
        address = _address(recipient.text("3001"), recipient.text("39FE") or recipient.text("3003"))
        kind = recipient.number("0C15")
        if address is not None and kind != 3:  # Bcc stays private
            (message.cc if kind == 2 else message.to).append(address)
    for attachment_folder in _folders(streams, folder, _ATTACHMENT):
        _attach(streams, attachment_folder, message)
    return message


def _body(top: _Properties) -> str:
    """Plain text (1000), else the HTML body (1013) in its code page (3FDE), else the compressed RTF (1009)."""
    text = plain_lines(top.text("1000"))
    if text:
        return text
    html = top.binary("1013")
    if html:
        return html_to_text(decode_html(html, top.number("3FDE")))
    if top.text("1013"):
        return html_to_text(top.text("1013"))
    rtf = top.binary("1009")
    try:
        return rtf_to_text(decompress_rtf(rtf)) if rtf else ""
    except ValueError:  # damaged compressed RTF: the note keeps the headers and attachments, without a body
        return ""


def _attach(streams: Mapping[str, bytes], folder: str, message: MailMessage) -> None:
    """A file (method 1) becomes an attachment, an attached e-mail (5) an .eml; the rest is named as left out."""
    attachment = _Properties(streams, folder, _SUB_HEADER)
    name = attachment.text("3707") or attachment.text("3704") or attachment.text("3001")
    embedded = f"{folder}/__substg1.0_3701000D"
    data = attachment.binary("3701")
    if data:
        message.attachments.append(MailAttachment(name or translate("Mail", "Anhang"), data))
    elif any(path.startswith(embedded + "/") for path in streams):
        inner = _message(streams, embedded, _EMBEDDED_HEADER)
        title = name or inner.subject or translate("Mail", "Angehängte E-Mail")
        message.attachments.append(MailAttachment(eml_file_name(title), eml_bytes(inner)))
    else:  # a link to a file elsewhere, or an embedded OLE object: no file in the message
        message.left_out.append(name or attachment.text("370D") or translate("Mail", "Anhang"))


class _Properties:
    """The properties of one storage: string and binary streams, fixed-size values in the property stream."""

    def __init__(self, streams: Mapping[str, bytes], folder: str, header: int) -> None:
        self._streams, self._prefix = streams, f"{folder}/" if folder else ""
        self._fixed: dict[int, bytes] = {}
        table = streams.get(self._prefix + _PROPERTIES, b"")
        for start in range(header, len(table) - _ENTRY + 1, _ENTRY):
            tag = struct.unpack_from("<I", table, start)[0]
            self._fixed[tag] = table[start + 8 : start + 16]

    def text(self, prop: str) -> str:
        unicode = self._streams.get(f"{self._prefix}__substg1.0_{prop}001F")
        if unicode is not None:
            return unicode.decode("utf-16-le", errors="replace").rstrip("\0")
        legacy = self._streams.get(f"{self._prefix}__substg1.0_{prop}001E")
        if legacy is None:
            return ""
        codepage = self.number("3FFD") or self.number("3FDE")  # the message's code page, else its internet one
        return legacy.decode(windows_codec(codepage), errors="replace").rstrip("\0")

    def binary(self, prop: str) -> bytes:
        return self._streams.get(f"{self._prefix}__substg1.0_{prop}0102", b"")

    def number(self, prop: str) -> int | None:
        value = self._fixed.get(int(prop, 16) << 16 | 0x0003)
        return struct.unpack_from("<I", value)[0] if value else None

    def time(self, prop: str) -> datetime | None:
        value = self._fixed.get(int(prop, 16) << 16 | 0x0040)
        if not value:
            return None
        ticks = struct.unpack_from("<Q", value)[0]
        return _FILETIME_EPOCH + timedelta(microseconds=ticks // 10) if ticks else None


def _folders(streams: Mapping[str, bytes], folder: str, kind: str) -> list[str]:
    """The recipient or attachment storages directly inside ``folder``."""
    start = f"{folder}/" if folder else ""
    return sorted({start + name[len(start):].split("/")[0] for name in streams
                   if name.startswith(start + kind)})


def _address(name: str, email: str) -> Address | None:
    """An address; an Exchange-internal one (/O=…) without its SMTP form keeps only the name (shown, never matched)."""
    email = email.strip()
    if "@" not in email:
        return Address(name.strip(), "") if name.strip() else None
    return Address(name.strip(), email.lower())
