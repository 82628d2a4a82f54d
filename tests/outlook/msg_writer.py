"""Outlook .msg files laid out as [MS-OXMSG] describes them, for the importer's tests.

Each storage (message, recipient, attachment, embedded message) has a property stream
``__properties_version1.0`` (header of 32 bytes for the message, 24 for an embedded one,
8 for recipients and attachments; then 16 bytes per property: tag, flags, value or, for
strings and binaries, their size), and one ``__substg1.0_<tag>`` stream per string or
binary property. Named properties are mapped in ``__nameid_version1.0``. Compressed RTF
([MS-OXRTFCP]) is made by ``compress_rtf``. Written from the specifications only.
"""

from __future__ import annotations

import struct
import uuid
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime

from tests.outlook.cfb_writer import Tree, write_compound_file

UNICODE, STRING8, BINARY, LONG, BOOLEAN, TIME, OBJECT, MULTI_UNICODE = 0x001F, 0x001E, 0x0102, 0x0003, 0x000B, 0x0040, 0x000D, 0x101F
_READ_WRITE = 6
PS_PUBLIC_STRINGS = uuid.UUID("00020329-0000-0000-C000-000000000046")
_RTF_DICTIONARY = (
    b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript \\fdecor MS Sans "
    b"SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u"
    b"\\tab\\tx"
)


@dataclass
class Props:
    """The properties of one storage: ``(property id, type) -> value``."""

    values: dict[tuple[int, int], object] = field(default_factory=dict)

    def set(self, prop: int, kind: int, value: object) -> Props:
        self.values[(prop, kind)] = value
        return self


@dataclass
class Attachment:
    props: Props
    embedded: Message | None = None  # ATTACH_EMBEDDED_MSG: the message as a storage 3701000D


@dataclass
class Message:
    props: Props
    recipients: list[Props] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    named: list[tuple[str, int, object]] = field(default_factory=list)  # (name in PS_PUBLIC_STRINGS, type, value)


def filetime(moment: datetime) -> int:
    return int((moment - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)


def write_msg(message: Message, *, codepage: str = "cp1252") -> bytes:
    """The .msg file; 8-bit strings (type 001E) are written in ``codepage``."""
    return write_compound_file(_message_tree(message, header=32, top=True, codepage=codepage))


def _message_tree(message: Message, *, header: int, top: bool, codepage: str = "cp1252") -> Tree:
    props = Props(dict(message.props.values))
    tree: Tree = {}
    if top and message.named:
        tree["__nameid_version1.0"] = _name_map([name for name, _, _ in message.named])
        for number, (_, kind, value) in enumerate(message.named):
            props.set(0x8000 + number, kind, value)
    for number, recipient in enumerate(message.recipients):
        tree[f"__recip_version1.0_#{number:08X}"] = _storage(recipient, {}, header=8, codepage=codepage)
    for number, attachment in enumerate(message.attachments):
        extra: Tree = {}
        attachment_props = Props(dict(attachment.props.values))
        if attachment.embedded is not None:
            extra["__substg1.0_3701000D"] = _message_tree(attachment.embedded, header=24, top=False, codepage=codepage)
            attachment_props.set(0x3701, OBJECT, None)
        tree[f"__attach_version1.0_#{number:08X}"] = _storage(attachment_props, extra, header=8, codepage=codepage)
    counts = struct.pack("<8xIIII", len(message.recipients), len(message.attachments), len(message.recipients),
                         len(message.attachments))
    return _storage(props, tree, header=header, header_bytes=counts.ljust(header, b"\0"), codepage=codepage)


def _storage(props: Props, tree: Tree, *, header: int, header_bytes: bytes = b"", codepage: str = "cp1252") -> Tree:
    table = bytearray(header_bytes or bytes(header))
    for (prop, kind), value in props.values.items():
        tag = prop << 16 | kind
        if kind in (UNICODE, STRING8, BINARY):
            data = value.encode("utf-16-le") if kind == UNICODE else value.encode(codepage) if kind == STRING8 else value
            tree[f"__substg1.0_{tag:08X}"] = data
            size = len(data) + {UNICODE: 2, STRING8: 1}.get(kind, 0)  # strings count their terminator
            table += struct.pack("<IIII", tag, _READ_WRITE, size, 0)
        elif kind == MULTI_UNICODE:
            items = [item.encode("utf-16-le") + b"\0\0" for item in value]
            tree[f"__substg1.0_{tag:08X}"] = b"".join(struct.pack("<I", len(item)) for item in items)
            for index, item in enumerate(items):
                tree[f"__substg1.0_{tag:08X}-{index:08X}"] = item
            table += struct.pack("<IIII", tag, _READ_WRITE, 4 * len(items), 0)
        elif kind == OBJECT:
            table += struct.pack("<IIII", tag, _READ_WRITE, 0xFFFFFFFF, 0)
        elif kind == TIME:
            table += struct.pack("<IIQ", tag, _READ_WRITE, value)
        else:
            table += struct.pack("<IIi4x", tag, _READ_WRITE, int(value))
    tree["__properties_version1.0"] = bytes(table)
    return tree


def _name_map(names: list[str]) -> Tree:
    """Named properties in PS_PUBLIC_STRINGS (GUID index 2): entry and string streams, and the GUID stream (empty)."""
    strings, entries = bytearray(), bytearray()
    for number, name in enumerate(names):
        offset = len(strings)
        encoded = name.encode("utf-16-le")
        strings += struct.pack("<I", len(encoded)) + encoded
        strings += bytes((-len(strings)) % 4)
        entries += struct.pack("<IHH", offset, (2 << 1) | 1, number)  # string name, GUID index 2, property index
    return {"__substg1.0_00020102": b"", "__substg1.0_00030102": bytes(entries), "__substg1.0_00040102": bytes(strings)}


def compress_rtf(rtf: bytes) -> bytes:
    """``rtf`` in the LZFu format of [MS-OXRTFCP]: references into a 4,096-byte dictionary that starts
    with the format's fixed text, the longest match (2–17 bytes) taken greedily."""
    dictionary = bytearray(4096)
    dictionary[: len(_RTF_DICTIONARY)] = _RTF_DICTIONARY
    write, filled = len(_RTF_DICTIONARY), len(_RTF_DICTIONARY)
    out, tokens, control = bytearray(), bytearray(), 0
    position, bit = 0, 0

    def flush() -> None:
        nonlocal control, bit
        out.append(control)
        out.extend(tokens)
        tokens.clear()
        control, bit = 0, 0

    while position <= len(rtf):
        if position == len(rtf):  # the end: a reference to the write position
            control |= 1 << bit
            tokens.extend(struct.pack(">H", write << 4))
            flush()
            break
        best_offset, best_length = 0, 0
        for offset in _candidates(dictionary, rtf[position : position + 2], filled):
            distance = (write - offset) % 4096
            length = 0
            while (length < 17 and position + length < len(rtf) and length < distance
                   and dictionary[(offset + length) % 4096] == rtf[position + length]):
                length += 1
            if length > best_length:
                best_offset, best_length = offset, length
        if best_length >= 2:
            control |= 1 << bit
            tokens.extend(struct.pack(">H", best_offset << 4 | (best_length - 2)))
            taken = rtf[position : position + best_length]
        else:
            tokens.append(rtf[position])
            taken = rtf[position : position + 1]
        for byte in taken:
            dictionary[write] = byte
            write = (write + 1) % 4096
            filled = min(4096, filled + 1)
        position += len(taken)
        bit += 1
        if bit == 8:
            flush()
    crc = ~zlib.crc32(bytes(out), 0xFFFFFFFF) & 0xFFFFFFFF  # [MS-OXRTFCP] 3.1.3.2: CRC-32 from 0, not inverted
    return struct.pack("<IIII", len(out) + 12, len(rtf), 0x75465A4C, crc) + bytes(out)


def _candidates(dictionary: bytearray, prefix: bytes, filled: int) -> list[int]:
    """Where ``prefix`` (the next two bytes) starts in the written part of the dictionary."""
    found, start = [], 0
    while len(prefix) == 2 and (start := dictionary.find(prefix, start, filled)) >= 0:
        found.append(start)
        start += 1
    return found
