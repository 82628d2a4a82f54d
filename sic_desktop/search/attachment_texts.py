"""Attachment texts in the search: appended to their record's body, and named in the snippet.

Each attachment's text follows the record's own text under a line „Anhang „Protokoll.pdf“:“,
so it is found with the same German analysis. When the words of a hit lie in such a
section, the snippet starts with „in Anhang „Protokoll.pdf“:“ so the user knows where to look.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sic_desktop.core.i18n import translate
from sic_desktop.core.workspace import Workspace
from sic_desktop.search.search_document import SearchDocument
from sic_desktop.search.snippets import Snippet, SnippetSpan

_MARK = "\n\n\u2063Anhang „{name}“:\n"  # an invisible separator makes the line unmistakable
_MARKS = re.compile("\u2063Anhang „(.+?)“:\n")


def with_attachment_texts(ws: Workspace, docs: list[SearchDocument]) -> list[SearchDocument]:
    texts = ws.attachments.texts_for([doc.ref for doc in docs])
    if not texts:
        return docs
    out = []
    for doc in docs:
        sections = texts.get(doc.ref)
        if sections:
            body = doc.body + "".join(_MARK.format(name=name) + text for name, text in sections)
            doc = replace(doc, body=body)
        out.append(doc)
    return out


def name_attachment(excerpt: str, snippet: Snippet | None) -> Snippet | None:
    """``snippet`` with „in Anhang „…“:“ in front when its first hit lies in an attachment's text."""
    hits = [span.text for span in snippet.spans if span.hit] if snippet else []
    marks = list(_MARKS.finditer(excerpt))
    if snippet is None or not hits or not marks:
        return snippet
    first = re.search(rf"(?<!\w){re.escape(hits[0])}(?!\w)", excerpt)
    inside = [mark for mark in marks if first is not None and mark.end() <= first.start()]
    if not inside:
        return snippet
    label = translate("Search", "in Anhang „{name}“: ").format(name=inside[-1].group(1))
    return Snippet((SnippetSpan(label), *snippet.spans))
