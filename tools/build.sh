#!/usr/bin/env bash
# Build the bundle from a clean virtual environment, then use the frozen program as IT would.
#
#   tools/build.sh          result: dist/sic-desktop/ (build/ holds the venv and PyInstaller's work files)
#
# Needs Python 3.11+ with venv, the package index (or pip's cache) and, on Linux, binutils
# (PyInstaller strips and inspects libraries with them). On Windows, follow docs/installation.md.
# Exits non-zero on the first thing that fails; at the end prints the figures of
# benchmarks/frozen_bundle.py next to the same program run from the venv.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=build/venv
WORK=build/work
BUNDLE=dist/sic-desktop
step() { printf '\n== %s\n' "$*"; }

step "clean virtual environment with the pinned versions"
rm -rf "$VENV" "$WORK" "$BUNDLE"
started=$SECONDS
python3 -m venv "$VENV"
# (sed drops pip's notes about local package folders this machine's pip.conf names but lacks)
"$VENV/bin/pip" install --quiet --disable-pip-version-check -c requirements-lock.txt -r requirements-build.txt . 2>&1 |
    sed '/is ignored: it is neither a file nor a directory/d'
install_seconds=$((SECONDS - started))

step "PyInstaller"
started=$SECONDS
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath "$WORK" build_installer.spec
build_seconds=$((SECONDS - started))

step "Windows version resources, read with PyInstaller's own parser"
"$VENV/bin/python" - "$WORK"/build_installer/version-*.txt <<'PY'
import sys
import PyInstaller.compat
PyInstaller.compat.win32api = None  # only writing a resource into an .exe needs it; parsing does not
from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file
for path in sys.argv[1:]:
    info = load_version_info_from_text_file(path)
    info.toRaw()  # the bytes that go into the .exe
    strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
    print(f"{path}: {strings['OriginalFilename']} {strings['FileVersion']}")
PY

EXE="$BUNDLE/sic-desktop"
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"; rm -f "$BUNDLE/portable.ini"; rm -rf "$BUNDLE/data"' EXIT

step "the frozen program: --version, --selftest, demo, check, list, map, gaps, briefing (PDF, Word), privacy, export, import, backup, kalender, serienbrief, anhang"
expected="SIC Desktop $("$VENV/bin/python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
version=$("$EXE" --version)
[ "$version" = "$expected" ] || { echo "--version says '$version', expected '$expected'"; exit 1; }
echo "$version"
"$EXE" --selftest
"$EXE" --data-dir "$DATA/demo" demo
"$EXE" --data-dir "$DATA/demo" check
"$EXE" --data-dir "$DATA/demo" list organisationen --limit 3
"$EXE" --data-dir "$DATA/demo" map -o "$DATA/karte.pdf"
"$EXE" --data-dir "$DATA/demo" gaps >/dev/null
"$EXE" --data-dir "$DATA/demo" briefing organisation 1 2 -o "$DATA/briefing.pdf"
"$EXE" --data-dir "$DATA/demo" briefing themenfeld 1 -o "$DATA/themenfeld.pdf"
# What the libraries left in the bundle do, once each: Word (python-docx, lxml), Outlook's calendar
# (icalendar), Excel (openpyxl), the text of a PDF attachment for the search (pypdf).
"$EXE" --data-dir "$DATA/demo" briefing organisation 1 -o "$DATA/briefing.docx"
"$EXE" --data-dir "$DATA/demo" kalender -o "$DATA/termine.ics"
"$EXE" --data-dir "$DATA/demo" serienbrief -o "$DATA/serienbrief.xlsx" 2>&1 | tail -1  # (not each left-out contact)
"$VENV/bin/python" -c 'import sys; from reportlab.pdfgen.canvas import Canvas
page = Canvas(sys.argv[1]); page.drawString(72, 720, "Zitronenfalterwiese"); page.save()' "$DATA/probe.pdf"
"$EXE" --data-dir "$DATA/demo" anhang add organisation 1 "$DATA/probe.pdf"
"$EXE" --data-dir "$DATA/demo" search Zitronenfalterwiese | grep -q 'Anhang „probe.pdf“' ||
    { echo "the text of the PDF attachment was not read (pypdf missing?)"; exit 1; }
"$EXE" --data-dir "$DATA/demo" privacy review >/dev/null
"$EXE" --data-dir "$DATA/demo" privacy export 1 -o "$DATA/auskunft"
"$EXE" --data-dir "$DATA/demo" export --format csv -o "$DATA/kontakte.csv"
"$EXE" --data-dir "$DATA/demo" export --format json -o "$DATA/alles.json"
"$EXE" --data-dir "$DATA/copy" import "$DATA/alles.json"
"$EXE" --data-dir "$DATA/copy" check
"$EXE" --data-dir "$DATA/demo" backup -o "$DATA/sicherung.sqlite3"
"$EXE" --data-dir "$DATA/demo" reindex
"$EXE" --data-dir "$DATA/demo" search "Kinderbetreuung Pflege" --limit 3
"$EXE" --data-dir "$DATA/demo" search "Schaefr" --type kontakt --json >/dev/null

step "portable mode: portable.ini next to the program"
touch "$BUNDLE/portable.ini"
SIC_DESKTOP_DATA_DIR= "$EXE" list organisationen >/dev/null
[ -f "$BUNDLE/data/sic-desktop.sqlite3" ] || { echo "no database in $BUNDLE/data"; exit 1; }
echo "the data folder is $BUNDLE/data"
rm -rf "$BUNDLE/portable.ini" "$BUNDLE/data"

step "figures"
"$VENV/bin/python" benchmarks/frozen_bundle.py "$BUNDLE" --python "$VENV/bin/python"
echo "build time: ${build_seconds} s PyInstaller (baseline: ${install_seconds} s creating the venv and installing the pinned packages)"
