"""The words inside attachments, for the search: PDF (pypdf), Word (python-docx), text and Markdown, e-mails.

Extraction runs in the background (``extract_pending``, a progress generator): a
batch of files is read outside any transaction, then their texts are stored in one
short write, which announces the records so that the search index renews them.
Files that have no text (photos) or cannot be read get "" and are not tried again;
a damaged PDF never stops the others. Photos are not read (no OCR).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from sic_desktop.core.i18n import translate
from sic_desktop.core.progress import Progress, ProgressGenerator
from sic_desktop.core.workspace import Workspace

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 200_000  # a 300-page report is searchable by its first hundred pages
BATCH = 20
_TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".csv")


def extract_text(path: Path, name: str) -> str:
    """The text of the stored file ``path`` whose original name is ``name`` ("" if none or unreadable)."""
    suffix = Path(name).suffix.casefold()
    try:
        if suffix == ".pdf":
            text = _pdf(path)
        elif suffix == ".docx":
            text = _docx(path)
        elif suffix in _TEXT_SUFFIXES:
            text = _plain(path.read_bytes())
        elif suffix == ".eml":
            text = _eml(path)
        else:
            return ""
    except Exception as error:  # noqa: BLE001 — a damaged file must not stop the others; the type is logged, never the content
        log.warning("no text from an attachment (%s): %s", suffix, type(error).__name__)
        return ""
    return text[:MAX_TEXT_CHARS].strip()


def read_here(files: list[tuple[Path, str]]) -> list[str]:
    """The texts of ``(stored path, original name)`` pairs, read in this process (the command line)."""
    return [extract_text(path, name) for path, name in files]


def extract_batch(workspace: Workspace, size: int = BATCH, read: Callable[[list[tuple[Path, str]]], list[str]] = read_here) -> int:
    """Extract and store the texts of up to ``size`` attachments; returns how many (0: none left).

    ``read`` reads the files: here, or in a child process (``TextReadingProcess.read``, the window).
    """
    batch = workspace.attachments.pending_text(size)
    if batch:
        texts = read([(workspace.attachments.store.path(a.sha256), a.name) for a in batch])
        workspace.attachments.set_texts({a.id: text for a, text in zip(batch, texts, strict=True)})
    return len(batch)


def extract_pending(workspace: Workspace) -> ProgressGenerator[int]:
    """Extract the text of every attachment that has none yet; returns how many were done."""
    done = 0
    while count := extract_batch(workspace):
        done += count
        yield Progress(done, done + BATCH, translate("AttachmentText", "Anhänge werden für die Suche gelesen …"))
    return done


def _pdf(path: Path) -> str:
    from pypdf import PdfReader  # loads only when a PDF is read

    reader = PdfReader(str(path))
    parts, size = [], 0
    for page in reader.pages:
        text = page.extract_text() or ""
        parts.append(text)
        size += len(text)
        if size > MAX_TEXT_CHARS:
            break
    return "\n".join(parts)


def _docx(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _plain(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _eml(path: Path) -> str:
    from sic_desktop.io.eml_source import read_eml

    mail = read_eml(path)
    return "\n".join([mail.subject, mail.text])
