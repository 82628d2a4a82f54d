"""Notes are stored as Markdown but written in a formatted editor: converting both ways.

Reading uses Qt's CommonMark importer without HTML (a note saying „<Name>“ keeps
it as text). Writing walks the document's blocks ourselves instead of Qt's
``toMarkdown``: that one wraps paragraphs at 80 columns and drops an empty list
item so that the next heading slides into the list. What the editor's toolbar
makes (headings, bold, italic, links, bullet and numbered lists, line breaks)
survives the round trip unchanged; quotes, code blocks and rules read from older
notes are kept too.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QTextBlock, QTextDocument, QTextFormat, QTextListFormat

_READ_FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectCommonMark.value | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)
# An empty list item („- “ alone, as in the note templates) would pull the next heading into the list.
_EMPTY_ITEM = re.compile(r"^(\s*(?:[-*+]|\d+[.)]))[ \t]*$", re.MULTILINE)
_ORDERED = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}
_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
_LINE_START = re.compile(r"^(\s*)(#{1,6}\s|[-+*]\s|\d+[.)]\s|>)")
_NBSP = "\u00a0"
LINE_BREAK = "\u2028"  # Shift+Enter in the editor


def read_markdown(document: QTextDocument, markdown: str) -> None:
    """Replace the document's content with the formatted ``markdown``."""
    document.setMarkdown(_EMPTY_ITEM.sub(lambda m: m.group(1) + " " + _NBSP, markdown), _READ_FEATURES)


def write_markdown(document: QTextDocument) -> str:
    """The document as Markdown: one line per paragraph, a blank line between blocks."""
    lines: list[str] = []
    previous = ""
    block = document.begin()
    while block.isValid():
        kind, line = _block_markdown(block)
        block = block.next()
        if kind == "empty":
            continue
        joined = kind == previous and kind in ("list", "code", "quote")
        if lines and not joined:
            if previous == "code":
                lines.append("```")
            lines.append("")
        if kind == "code" and not joined:
            lines.append("```")
        lines.append(line)
        previous = kind
    if previous == "code":
        lines.append("```")
    return "\n".join(lines)  # no final line break: the core strips it when saving


def normalised(markdown: str) -> str:
    """What ``markdown`` reads back as after a trip through the editor."""
    document = QTextDocument()
    read_markdown(document, markdown)
    return write_markdown(document)


def _block_markdown(block: QTextBlock) -> tuple[str, str]:
    fmt = block.blockFormat()
    if fmt.hasProperty(QTextFormat.Property.BlockCodeFence) or fmt.nonBreakableLines():
        return "code", block.text().replace(LINE_BREAK, "\n")
    heading = fmt.headingLevel()
    text = _inline(block, heading=bool(heading)).strip(" ")
    text_list = block.textList()
    if text_list is not None:
        list_format = text_list.format()
        indent = "   " * max(list_format.indent() - 1, 0)
        if list_format.style() in _ORDERED:
            marker = f"{text_list.itemNumber(block) + list_format.start()}. "
        else:
            marker = "- "
        item = text if text.replace(_NBSP, "").strip() else ""
        return "list", (indent + marker + item.replace("\n", "\n" + indent + " " * len(marker))).rstrip()
    if fmt.hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth):
        return "rule", "---"
    if not text.strip():
        return "empty", ""
    if heading:
        return "heading", "#" * heading + " " + text.replace("\n", " ")
    quote = fmt.intProperty(QTextFormat.Property.BlockQuoteLevel)
    if quote:
        prefix = "> " * quote
        return "quote", prefix + text.replace("\n", "\n" + prefix)
    return "paragraph", _LINE_START.sub(r"\1\\\2", text)


def _inline(block: QTextBlock, *, heading: bool) -> str:
    """The block's text with bold, italic and links marked; runs of one format are marked once."""
    runs: list[tuple[tuple[bool, bool, str], str]] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        iterator += 1
        if not fragment.isValid():
            continue
        char = fragment.charFormat()
        bold = char.fontWeight() >= QFont.Weight.DemiBold.value and not heading
        key = (bold, char.fontItalic(), char.anchorHref() if char.isAnchor() else "")
        text = _SPECIAL.sub(r"\\\1", fragment.text()).replace(LINE_BREAK, "\\\n")
        if runs and runs[-1][0] == key:
            runs[-1] = (key, runs[-1][1] + text)
        else:
            runs.append((key, text))
    return "".join(_marked(key, text) for key, text in runs)


def _marked(key: tuple[bool, bool, str], text: str) -> str:
    """``text`` with its marks; spaces at the edges stay outside (``** Kita**`` is no bold)."""
    bold, italic, href = key
    core = text.strip(" ")
    if not core:
        return text
    lead, trail = text[: len(text) - len(text.lstrip(" "))], text[len(text.rstrip(" ")) :]
    if italic:
        core = f"*{core}*"
    if bold:
        core = f"**{core}**"
    if href:
        target = f"<{href}>" if re.search(r"[\s()<>]", href) else href
        core = f"[{core}]({target})"
    return lead + core + trail
