"""Reading Outlook's .msg files: an OLE compound file whose streams hold MAPI properties.

``olefile`` (BSD licence) reads the container; ``message_from_streams`` maps the streams
(named ``__substg1.0_<property><type>``) to a ``MailMessage``. The mapping is separate so
that it can be tested on streams a test writes itself (no library writes .msg files).
Properties used: subject 0037, body 1000, HTML body 1013, sender name 0C1A, sender
address 5D01/0C1F, submit time 0039 (delivery time 0E06); per recipient display name
3001, SMTP address 39FE/3003 and type 0C15 (1 = An, 2 = Cc, 3 = Bcc); per attachment
long/short file name 3707/3704 and data 3701.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path

import olefile

from sic_desktop.core.i18n import translate
from sic_desktop.io.eml_source import MAX_MAIL_BYTES
from sic_desktop.io.import_errors import ImportFileError
from sic_desktop.io.html_text import html_to_text
from sic_desktop.io.mail_message import Address, MailAttachment, MailMessage, plain_lines

_PROPERTIES = "__properties_version1.0"
_RECIPIENT = "__recip_version1.0_#"
_ATTACHMENT = "__attach_version1.0_#"
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=timezone.utc)
_TOP_HEADER, _SUB_HEADER, _ENTRY = 32, 8, 16


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
    top = _Properties(streams, "", _TOP_HEADER)
    html = top.binary("1013") or top.text("1013").encode("utf-8")
    body = plain_lines(top.text("1000")) or (html_to_text(html.decode("utf-8", errors="replace")) if html else "")
    message = MailMessage(
        subject=" ".join(top.text("0037").split()),
        sender=_address(top.text("0C1A"), top.text("5D01") or top.text("0C1F")),
        sent_at=top.time("0039") or top.time("0E06"),
        text=body,
    )
    for folder in _folders(streams, _RECIPIENT):
        recipient = _Properties(streams, folder, _SUB_HEADER)
        address = _address(recipient.text("3001"), recipient.text("39FE") or recipient.text("3003"))
        kind = recipient.number("0C15")
        if address is not None and kind != 3:  # Bcc stays private
            (message.cc if kind == 2 else message.to).append(address)
    for folder in _folders(streams, _ATTACHMENT):
        attachment = _Properties(streams, folder, _SUB_HEADER)
        data = attachment.binary("3701")
        if data:
            name = attachment.text("3707") or attachment.text("3704") or translate("Mail", "Anhang")
            message.attachments.append(MailAttachment(name, data))
    return message


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
        return legacy.decode("cp1252", errors="replace").rstrip("\0") if legacy is not None else ""

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


def _folders(streams: Mapping[str, bytes], prefix: str) -> list[str]:
    return sorted({name.split("/")[0] for name in streams if name.startswith(prefix)})


def _address(name: str, email: str) -> Address | None:
    email = email.strip()
    if "@" not in email:  # an Exchange-internal address (/O=…) without its SMTP form
        return None
    return Address(name.strip(), email.lower())
