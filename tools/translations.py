"""Refresh the translation files: collect every text from the sources, compile the .qm.

    python tools/translations.py          # update resources/i18n/*.ts and compile *.qm
    python tools/translations.py --check  # only report texts without an English translation
    python tools/translations.py --missing-json new.json   # write the untranslated texts as JSON
    python tools/translations.py --fill new.json           # take translations from that JSON, then update

Texts are collected by pyside6-lupdate from ``self.tr(...)``,
``QCoreApplication.translate(...)`` and the core's ``translate(...)`` /
``QT_TRANSLATE_NOOP(...)`` calls; translate new ones in Qt Linguist (or the .ts
file itself), then run this script again so the .qm is rebuilt and checked in.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
CATALOGS = {"en": I18N / "sic_desktop_en.ts"}


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in (ROOT / "sic_desktop").rglob("*.py"))


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    tree = ET.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                missing.append((context.findtext("name"), message.findtext("source")))
    return missing


def fill(ts_file: Path, translations: dict[str, dict[str, str]]) -> int:
    """Set translations given as {context: {source: translation}}; returns how many were set."""
    tree = ET.parse(ts_file)
    count = 0
    for context in tree.getroot().iter("context"):
        wanted = translations.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source") or "")
            if text:
                translation = message.find("translation")
                translation.text = text
                translation.attrib.pop("type", None)
                count += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report untranslated texts")
    parser.add_argument("--missing-json", type=Path, help="write untranslated texts as {context: {source: \"\"}}")
    parser.add_argument("--fill", type=Path, help="take translations from a JSON file of that shape")
    args = parser.parse_args()
    if args.missing_json:
        subprocess.run(
            ["pyside6-lupdate", *sources(), "-no-obsolete", "-source-language", "de", "-target-language", "en",
             "-ts", str(CATALOGS["en"])],
            cwd=ROOT, check=True, capture_output=True,
        )
        missing: dict[str, dict[str, str]] = {}
        for context, source in unfinished(CATALOGS["en"]):
            missing.setdefault(context, {})[source] = ""
        args.missing_json.write_text(json.dumps(missing, ensure_ascii=False, indent=2), encoding="utf-8")
        print(f"{sum(map(len, missing.values()))} untranslated texts written to {args.missing_json}")
        return 0
    if args.fill:
        translations = json.loads(args.fill.read_text(encoding="utf-8"))
        print(f"{fill(CATALOGS['en'], translations)} translations taken from {args.fill}")
    problems = 0
    for language, ts_file in CATALOGS.items():
        if not args.check:
            subprocess.run(
                ["pyside6-lupdate", *sources(), "-no-obsolete", "-source-language", "de", "-target-language", language,
                 "-ts", str(ts_file)],
                cwd=ROOT,
                check=True,
            )
            subprocess.run(["pyside6-lrelease", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))], check=True)
        missing = unfinished(ts_file)
        for context, source in missing:
            print(f"{ts_file.name}: not translated: [{context}] {source!r}")
        problems += len(missing)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
