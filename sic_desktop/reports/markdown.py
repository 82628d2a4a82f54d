"""Notes are written in Markdown; this turns one note into flowables.

Parsed with markdown-it-py (CommonMark plus ~~strike~~). HTML is switched off,
so ``<b>`` in a note is printed as typed, never interpreted. Single line
breaks are kept: clerks type lists of participants line by line and expect to
see them that way. Links print as „text (address)“: paper cannot be clicked.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, Spacer

from sic_desktop.core.i18n import translate
from sic_desktop.reports.flow import Flow
from sic_desktop.reports.runs import Run
from sic_desktop.reports.styles import LIST_BULLET_INDENT, LIST_INDENT, QUOTE_INDENT, RULE

PARSER = MarkdownIt("commonmark", {"html": False, "breaks": True}).enable("strikethrough")
_BULLETS = ("•", "–", "◦")
_BULLET_HANGING = 11.0
_NUMBER_HANGING = 15.0
_AFTER_LIST = 4.0


def plain_text(text: str) -> str:
    """A Markdown text as one line of plain words, for a short summary of a note.

    Headings end with a colon so that „Ergebnisse: Elterncafé …“ still reads right.
    """
    parts: list[str] = []
    in_heading = False
    for token in PARSER.parse(text):
        if token.type in ("heading_open", "heading_close"):
            in_heading = token.type == "heading_open"
        elif token.type == "inline":
            words = " ".join("".join(run.text for run in inline_runs(token.children or [])).split())
            if words:
                parts.append(f"{words}:" if in_heading and words[-1] not in ".:?!" else words)
        elif token.type in ("fence", "code_block"):
            parts.append(" ".join(token.content.split()))
    return " ".join(parts)


def markdown_flowables(text: str, flow: Flow) -> list[Flowable]:
    """The flowables of one Markdown text."""
    walker = _Walker(flow)
    for token in PARSER.parse(text):
        walker.take(token)
    return walker.out


class _Walker:
    """Walks the flat token stream, keeping track of list and quote nesting."""

    def __init__(self, flow: Flow) -> None:
        self.flow = flow
        self.out: list[Flowable] = []
        self.lists: list[bool] = []  # ordered?, innermost last
        self.quotes = 0
        self.bullet: str | None = None
        self.heading_level = 0

    def take(self, token: Token) -> None:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            self.lists.append(kind == "ordered_list_open")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.lists.pop()
            if not self.lists:  # list items sit close; the text after a list does not
                self.out.append(Spacer(0, _AFTER_LIST))
        elif kind == "list_item_open":
            ordered = self.lists[-1]
            self.bullet = f"{token.info}{token.markup}" if ordered else _BULLETS[(len(self.lists) - 1) % 3]
        elif kind == "list_item_close":
            self.bullet = None  # an empty item leaves nothing for the text after it
        elif kind == "blockquote_open":
            self.quotes += 1
        elif kind == "blockquote_close":
            self.quotes -= 1
        elif kind == "heading_open":
            self.heading_level = int(token.tag[1:])
        elif kind == "inline":
            self._inline(token)
        elif kind in ("fence", "code_block"):
            code = "\n".join(_keep_spaces(line) for line in token.content.rstrip("\n").split("\n"))
            self.out += self.flow.paragraphs([Run(code)], self._style(self.flow.styles.code))
        elif kind == "hr":
            self.out.append(HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=4, spaceAfter=8))

    def _inline(self, token: Token) -> None:
        runs = inline_runs(token.children or [])
        styles = self.flow.styles
        if self.heading_level:
            title = "".join(run.text for run in runs)
            self.out.append(self.flow.heading(title, self._style(styles.note_heading(self.heading_level))))
            self.heading_level = 0
            return
        base = styles.quote if self.quotes else styles.body
        self.out += self.flow.paragraphs(runs, self._style(base), bullet=self.bullet)
        self.bullet = None

    def _style(self, base: ParagraphStyle) -> ParagraphStyle:
        """``base`` indented for the current list and quote depth."""
        indent = QUOTE_INDENT * self.quotes
        if not self.lists:
            return self.flow.styles.indented(base, indent) if indent else base
        indent += LIST_BULLET_INDENT + LIST_INDENT * (len(self.lists) - 1)
        hanging = _NUMBER_HANGING if self.lists[-1] else _BULLET_HANGING
        return self.flow.styles.indented(base, indent, hanging)


def inline_runs(children: list[Token]) -> list[Run]:
    """The styled runs of one paragraph's inline tokens."""
    runs: list[Run] = []
    depth = {"strong": 0, "em": 0, "s": 0}
    links: list[tuple[str, int]] = []

    def add(text: str, *, mono: bool = False) -> None:
        runs.append(Run(text, bold=depth["strong"] > 0, italic=depth["em"] > 0, mono=mono, strike=depth["s"] > 0))

    for child in children:
        kind = child.type
        if kind in ("text", "text_special"):
            add(child.content)
        elif kind in ("softbreak", "hardbreak"):
            add("\n")
        elif kind == "code_inline":
            add(child.content, mono=True)
        elif kind.endswith("_open") and kind[:-5] in depth:
            depth[kind[:-5]] += 1
        elif kind.endswith("_close") and kind[:-6] in depth:
            depth[kind[:-6]] -= 1
        elif kind == "link_open":
            links.append((str(child.attrGet("href") or ""), len(runs)))
        elif kind == "link_close" and links:
            href, start = links.pop()
            shown = "".join(run.text for run in runs[start:])
            if href and href not in (shown, f"mailto:{shown}"):
                add(f" ({href})")
        elif kind == "image" and child.content:
            add(translate("Reports", "[Bild: {description}]").format(description=child.content))
        elif kind == "image":
            add(translate("Reports", "[Bild]"))
    return runs


def _keep_spaces(line: str) -> str:
    """Paragraphs collapse spaces; code keeps its indentation through no-break spaces."""
    line = line.expandtabs(4)
    stripped = line.lstrip(" ")
    return "\u00a0" * (len(line) - len(stripped)) + re.sub("  ", " \u00a0", stripped)
