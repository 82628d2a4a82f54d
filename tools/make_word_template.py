"""Make the default Word template for briefings (resources/word/briefing-vorlage.docx).

Run once after changing it: ``python tools/make_word_template.py``. The template is a normal
Word file the office may open, change (logo, fonts, colours of the headings) and save under
another name; the setting „Word-Vorlage“ then points to it. The program fills the
placeholders {{Titel}}, {{Einstufung}}, {{Datum}} and {{Uhrzeit}} in its header and footer and replaces
its body with the briefing. The A4 page, the styles Heading 1–3, Title, Subtitle, List
Bullet, List Number, Quote and the table style Table Grid must stay (Word's built-in ones).
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

TARGET = Path(__file__).resolve().parent.parent / "resources" / "word" / "briefing-vorlage.docx"
INK = RGBColor(0x1F, 0x2A, 0x37)
MUTED = RGBColor(0x5B, 0x66, 0x73)


def main() -> int:
    document = Document()
    _page(document)
    _styles(document)
    section = document.sections[0]
    _header(section.header.paragraphs[0], section.page_width - section.left_margin - section.right_margin)
    _footer(section.footer.paragraphs[0], section.page_width - section.left_margin - section.right_margin)
    document.core_properties.title = "Briefing"
    document.core_properties.author = "SIC Desktop"
    document.core_properties.language = "de-DE"
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    document.save(TARGET)
    print(f"written: {TARGET}")
    return 0


def _page(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    section.header_distance = section.footer_distance = Cm(1.0)


def _styles(document) -> None:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    normal.paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 20), ("Subtitle", 11), ("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 10.5)):
        style = styles[name]
        style.font.name, style.font.size = "Arial", Pt(size)
        style.font.color.rgb = MUTED if name == "Subtitle" else INK
        style.font.italic = False
        rfonts = style.element.rPr.find(qn("w:rFonts"))
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attribute), None)
    for name in ("Header", "Footer"):
        styles[name].font.size = Pt(8)
        styles[name].font.color.rgb = MUTED
        styles[name].paragraph_format.tab_stops.clear_all()  # Word's centre tab would catch the right-hand text


def _tabbed(paragraph, width) -> None:
    paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)


def _header(paragraph, width) -> None:
    _tabbed(paragraph, width)
    paragraph.add_run("{{Titel}}")
    paragraph.add_run("\t")
    paragraph.add_run("{{Einstufung}}").bold = True
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "4"), ("w:color", "9AA3AD")):
        bottom.set(qn(key), value)
    border.append(bottom)
    paragraph._p.get_or_add_pPr().append(border)


def _footer(paragraph, width) -> None:
    _tabbed(paragraph, width)
    paragraph.add_run("Erstellt am {{Datum}} um {{Uhrzeit}}")
    paragraph.add_run("\tSeite ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" von ")
    _field(paragraph, "NUMPAGES")


def _field(paragraph, code: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {code} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


if __name__ == "__main__":
    sys.exit(main())
