"""Every translatable text in the sources has a finished English translation in the shipped .qm."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

import sic_desktop
from sic_desktop.shipped_files import resource_dir

SOURCES = Path(sic_desktop.__file__).resolve().parent
CATALOG = resource_dir("i18n") / "sic_desktop_en.ts"


def _texts() -> set[tuple[str, str]]:
    """(context, German text) of every tr()/translate()/QT_TRANSLATE_NOOP call with literal text."""
    found: set[tuple[str, str]] = set()
    for path in SOURCES.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for call in ast.walk(node):
                    if _is_call(call, "tr") and call.args and _literal(call.args[0]) is not None:
                        found.add((node.name, _literal(call.args[0])))
            if (_is_call(node, "translate") or _is_call(node, "QT_TRANSLATE_NOOP")) and len(node.args) >= 2:
                context, text = _literal(node.args[0]), _literal(node.args[1])
                if context is not None and text is not None:
                    found.add((context, text))
    return found


def _is_call(node: ast.AST, name: str) -> bool:
    if not isinstance(node, ast.Call):
        return False
    function = node.func
    return (isinstance(function, ast.Name) and function.id == name) or (
        isinstance(function, ast.Attribute) and function.attr == name
    )


def _literal(node: ast.AST) -> str | None:
    """The text of a string literal (adjacent literals arrive joined by the parser)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


TEXTS = sorted(_texts())


def test_sources_have_texts_to_translate() -> None:
    assert len(TEXTS) > 300
    assert ("Records", "Kontakt") in TEXTS and ("RecordEditor", "&Speichern") in TEXTS


def test_every_text_is_finished_in_the_english_ts() -> None:
    finished = set()
    for context in ET.parse(CATALOG).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished" and (translation.text or "").strip():
                finished.add((context.findtext("name"), message.findtext("source")))
    missing = [text for text in TEXTS if text not in finished]
    assert not missing, f"not translated in {CATALOG.name} (run tools/translations.py): {missing[:10]}"


@pytest.mark.parametrize("sample", [("Records", "Kontakt"), ("Commands", "&Datei"), ("Validation", "Bitte einen Titel eingeben.")])
def test_compiled_catalog_translates(qapp, sample) -> None:
    translator = QTranslator()
    assert translator.load(str(CATALOG.with_suffix(".qm")))
    assert translator.translate(*sample) not in ("", sample[1])


def test_compiled_catalog_is_up_to_date(qapp) -> None:
    translator = QTranslator()
    translator.load(str(CATALOG.with_suffix(".qm")))
    stale = [text for text in TEXTS if not translator.translate(*text)]
    assert not stale, f"the .qm lacks texts of the .ts (run tools/translations.py): {stale[:10]}"


def test_english_is_used_when_chosen(qapp, ctx, answers, close_window) -> None:
    from sic_desktop.core.record_ref import RecordType
    from sic_desktop.ui.main_window import MainWindow
    from tests.ui.languages import speaking

    with speaking(qapp, "en"):
        assert RecordType.PERSON.plural == "Contacts"
        window = MainWindow(ctx)
        assert [action.text() for action in window.menuBar().actions()][:2] == ["&File", "&Edit"]
        close_window(window)
