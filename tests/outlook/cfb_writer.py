"""A minimal writer of compound files ([MS-CFB] version 3), so tests can build Outlook .msg files.

No library writes them, and the importer must be checked on files laid out as Outlook lays
them out: 512-byte sectors, streams under 4,096 bytes in the mini stream (64-byte sectors),
a red-black directory tree per storage (all black here, balanced, ordered as [MS-CFB] 2.6.4
orders names: shorter first, then by upper case). Written from the specification only.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

Tree = dict[str, "bytes | Tree"]

SECTOR, MINI_SECTOR, CUTOFF = 512, 64, 4096
FREE, END, FAT_SECTOR, NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[int] = field(default_factory=list)
    left: int = NONE
    right: int = NONE
    child: int = NONE
    start: int = END
    size: int = 0


def write_compound_file(tree: Tree) -> bytes:
    entries = [_Entry("Root Entry", 5)]
    _collect(tree, 0, entries)
    for entry in entries:
        entry.child = _balanced(sorted(entry.children, key=lambda i: _order(entries[i].name)), entries)
    mini = bytearray()
    mini_fat: list[int] = []
    for entry in entries:
        if entry.kind == 2 and 0 < len(entry.data) < CUTOFF:
            entry.start, entry.size = len(mini) // MINI_SECTOR, len(entry.data)
            count = -(-len(entry.data) // MINI_SECTOR)
            mini_fat += [entry.start + n + 1 for n in range(count - 1)] + [END]
            mini += entry.data.ljust(count * MINI_SECTOR, b"\0")
    big = [e for e in entries if e.kind == 2 and len(e.data) >= CUTOFF]
    directory = bytes(-(-len(entries) * 128 // SECTOR) * SECTOR)  # written below, once the start sectors are known
    mini_fat_bytes = b"".join(struct.pack("<I", n) for n in mini_fat)
    mini_fat_bytes = mini_fat_bytes.ljust(-(-len(mini_fat_bytes) // SECTOR) * SECTOR, b"\xff")
    runs = [directory, mini_fat_bytes, bytes(mini)] + [e.data for e in big]
    counts = [-(-len(run) // SECTOR) for run in runs]
    fat_sectors = 1
    while fat_sectors * SECTOR // 4 < fat_sectors + sum(counts):
        fat_sectors += 1
    fat = [FAT_SECTOR] * fat_sectors
    starts = []
    for count in counts:
        starts.append(len(fat) if count else END)
        fat += [len(fat) + n + 1 for n in range(count - 1)] + ([END] if count else [])
    fat += [FREE] * (fat_sectors * SECTOR // 4 - len(fat))
    entries[0].start, entries[0].size = (starts[2], len(mini)) if mini else (END, 0)
    for entry, start in zip(big, starts[3:], strict=False):
        entry.start, entry.size = start, len(entry.data)
    directory = b"".join(_directory_entry(e) for e in entries)  # again, with the start sectors
    runs[0] = directory + _empty_entries()[: (-len(directory)) % SECTOR]
    header = _header(fat_sectors, starts[0], starts[1] if mini_fat else END, counts[1] if mini_fat else 0)
    body = b"".join(struct.pack("<I", n) for n in fat)
    body += b"".join(run.ljust(count * SECTOR, b"\0") for run, count in zip(runs, counts, strict=True))
    return header + body


def _collect(tree: Tree, parent: int, entries: list[_Entry]) -> None:
    for name, value in tree.items():
        index = len(entries)
        entries[parent].children.append(index)
        if isinstance(value, dict):
            entries.append(_Entry(name, 1))
            _collect(value, index, entries)
        else:
            entries.append(_Entry(name, 2, value))


def _order(name: str) -> tuple[int, str]:
    return (len(name), name.upper())


def _balanced(ordered: list[int], entries: list[_Entry]) -> int:
    if not ordered:
        return NONE
    middle = len(ordered) // 2
    root = entries[ordered[middle]]
    root.left = _balanced(ordered[:middle], entries)
    root.right = _balanced(ordered[middle + 1 :], entries)
    return ordered[middle]


def _directory_entry(entry: _Entry) -> bytes:
    name = entry.name.encode("utf-16-le") + b"\0\0"
    return struct.pack(
        "<64sHBBIII16sIQQIQ", name, len(name), entry.kind, 1, entry.left, entry.right, entry.child,
        b"\0" * 16, 0, 0, 0, entry.start if entry.kind != 1 else 0, entry.size,
    )


def _empty_entries() -> bytes:
    return struct.pack("<64sHBBIII16sIQQIQ", b"", 0, 0, 0, NONE, NONE, NONE, b"\0" * 16, 0, 0, 0, 0, 0) * (SECTOR // 128)


def _header(fat_sectors: int, directory_start: int, mini_fat_start: int, mini_fat_sectors: int) -> bytes:
    difat = list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)
    return struct.pack(
        "<8s16sHHHHH6sIIIIIIIII", bytes.fromhex("D0CF11E0A1B11AE1"), b"\0" * 16, 0x3E, 3, 0xFFFE, 9, 6, b"\0" * 6,
        0, fat_sectors, directory_start, 0, CUTOFF, mini_fat_start, mini_fat_sectors, END, 0,
    ) + b"".join(struct.pack("<I", n) for n in difat)
