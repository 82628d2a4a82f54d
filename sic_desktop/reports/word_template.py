"""Opening the Word template a briefing is written into: the shipped one or the office's own.

The office may save its template as .docx or as a Word template (.dotx); python-docx
opens only documents, so a .dotx is read with the document content type instead.
Whatever fails here is a German message naming the file, never a traceback.
"""

from __future__ import annotations

import io
import zipfile
from importlib import resources
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.opc.exceptions import PackageNotFoundError

from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import translate

_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def default_template() -> Path:
    """The shipped template: neutral header with title and classification, page numbers below."""
    return Path(str(resources.files("sic_desktop.resources") / "word" / "briefing-vorlage.docx"))


def open_template(path: Path | None) -> WordDocument:
    """The template at ``path`` (None: the shipped one), ready to be filled."""
    path = path or default_template()
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SicError(
            translate("Word", "Die Word-Vorlage „{path}“ lässt sich nicht öffnen ({reason}). Bitte in den "
                      "Einstellungen eine andere Vorlage wählen.").format(path=path, reason=error.strerror or error)
        ) from None
    try:
        return docx.Document(io.BytesIO(_as_document(data)))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise SicError(
            translate("Word", "„{name}“ ist keine Word-Vorlage (.docx oder .dotx). Bitte in den Einstellungen "
                      "eine andere Vorlage wählen.").format(name=path.name)
        ) from error


def _as_document(data: bytes) -> bytes:
    """A .dotx with the content type of a .docx; a .docx unchanged."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as source:
            types = source.read("[Content_Types].xml")
            if _TEMPLATE_TYPE not in types:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for item in source.infolist():
                    content = source.read(item.filename)
                    if item.filename == "[Content_Types].xml":
                        content = content.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                    target.writestr(item, content)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError):
        return data  # docx.Document explains it below
