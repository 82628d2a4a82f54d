"""How a ``SearchDocument`` is laid out in whoosh fields.

Text is analysed by ``analysis.terms()`` before whoosh sees it; whoosh only splits
the prepared terms at spaces. So the schema that whoosh pickles into its index
holds nothing but whoosh's own classes (an index never breaks because one of our
modules moved), and index and query side share one German analysis by design.

Stored fields are kept minimal: what a result line and its snippet need. No field
keeps lengths per document (``scorable``): nothing reads them.

``parts`` holds the pieces of the compounds in all text fields (``compounds``), so
that „Garten“ finds „Gemeinschaftsgarten“; it has neither positions (phrases match
whole words) nor frequencies: a hit there counts less than any whole word.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sic_desktop.search import vocabulary
from sic_desktop.search.analysis import WORD, terms_of
from sic_desktop.search.compounds import splitter
from sic_desktop.search.date_terms import terms_for_date
from sic_desktop.search.search_document import SearchDocument
from sic_desktop.search.whoosh_imports import SpaceSeparatedTokenizer, fields
from sic_desktop.search.whoosh_refs import stored_ref, stored_refs

# Bump when the layout or the analysis changes: an index of another version is
# reported stale and rebuilt.
SCHEMA_VERSION = 4

# Searched text fields and their weight in the ranking.
TEXT_FIELDS: tuple[tuple[str, float], ...] = (
    ("title", 3.0), ("names", 2.0), ("labels", 1.5), ("body", 1.0),
)
NAME_FIELDS: tuple[str, ...] = ("title", "names")
PARTS_FIELD = "parts"
KEYWORD_FIELDS: tuple[str, ...] = ("themes", "tags", "sector", "district", "status", "kind")
EXCERPT_CHARS = 20_000  # the body kept for snippets; the index has all of it


def build_schema() -> fields.Schema:
    def text(name: str) -> fields.TEXT:
        # Labels are separate values (tags, theme fields): no phrases across them, no positions.
        field = fields.TEXT(analyzer=SpaceSeparatedTokenizer(), phrase=name != "labels")
        field.scorable = False  # no field lengths: whoosh_eval's BM25 does without them, and a build writes less
        return field

    return fields.Schema(
        ref=fields.ID(stored=True, unique=True),
        type=fields.ID(stored=True),
        **{name: text(name) for name, _ in TEXT_FIELDS},
        parts=fields.KEYWORD(),
        **{name: fields.KEYWORD(commas=True) for name in KEYWORD_FIELDS},
        period=fields.KEYWORD(commas=True),  # date_terms: year, month, day
        links=fields.KEYWORD(commas=True),  # refs whose names the document shows
        day=fields.STORED(),
        updated_day=fields.STORED(),
        title_text=fields.STORED(),
        names_text=fields.STORED(),
        excerpt=fields.STORED(),
    )


NAMES_SEPARATOR = " · "


def day_key(day: dt.date) -> str:
    """A date as an index term that sorts like the date: ``"20251125"``."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def parse_day_key(key: str | None) -> dt.date | None:
    if not key:
        return None
    return dt.date(int(key[:4]), int(key[4:6]), int(key[6:8]))


def whoosh_fields(doc: SearchDocument) -> dict[str, Any]:
    """The field values for ``whoosh_writing.add_document``: prepared term lists for
    text and keyword fields (each compound's parts once), strings for the others."""
    names_text = NAMES_SEPARATOR.join(n for n in doc.names if n)
    words = {
        "title": WORD.findall(doc.title),
        "names": WORD.findall(names_text),
        "body": WORD.findall(doc.body),
    }
    labels = WORD.findall(" · ".join((*doc.tags, *doc.themes)))
    # Term lists, not strings: whoosh indexes a list as the prepared tokens.
    texts = {name: terms_of(found) for name, found in words.items()}
    texts["labels"] = terms_of(labels + WORD.findall(" · ".join(doc.districts)))
    every_word = {*words["title"], *words["names"], *words["body"], *labels}
    values: dict[str, Any] = {
        "ref": stored_ref(doc.ref),
        "type": doc.ref.type.value,
        **texts,
        PARTS_FIELD: splitter().expand(every_word),
        "title_text": doc.title,
        "names_text": names_text,
        "excerpt": doc.body[:EXCERPT_CHARS],
    }
    keywords = {
        "themes": doc.themes, "tags": doc.tags, "sector": doc.sector,
        "district": doc.districts,
        "status": (doc.status,) if doc.status else (),
        "kind": (doc.kind,) if doc.kind else (),
    }
    for name, raw in keywords.items():
        stored = [v for v in (vocabulary.stored_keyword(name, r) for r in raw) if v]
        if stored:
            values[name] = stored
    if doc.links:
        values["links"] = stored_refs(doc.links)
    if doc.date is not None:
        values["period"] = list(terms_for_date(doc.date))
        values["day"] = day_key(doc.date)
    if doc.updated is not None:
        values["updated_day"] = doc.updated.toordinal()
    return values
