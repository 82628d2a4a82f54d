"""Helpers the sub-commands share: opening the data folder, naming record types, printing."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from sic_desktop.cli.search_upkeep import follow_search_index
from sic_desktop.core.backups import backup_at_start
from sic_desktop.core.dates import DateFormatError, parse_date
from sic_desktop.core.errors import SicError
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, number, translate
from sic_desktop.core.progress import ProgressGenerator
from sic_desktop.core.record_ref import RecordType, parse_record_type
from sic_desktop.core.team_access import on_server
from sic_desktop.core.workspace import Workspace
from sic_desktop.privacy.erasure_log import reapply_erasures
from sic_desktop.search import erase_from_search_index


def open_workspace(args: argparse.Namespace, *, start_backup: bool = True) -> Workspace:
    """The data folder's workspace; the day's first start makes the automatic backup.

    An erasure through it also cleans the search index (``ws.purgers``), and a current
    search index follows its commits (``search_upkeep``).
    """
    workspace = Workspace.open(args.data_dir, server=args.server)
    if not follow_search_index(workspace):  # a follower cleans the index itself after an erasure
        workspace.add_purger(lambda refs: erase_from_search_index(workspace, refs))
    reapply_logged_erasures(workspace)
    if start_backup and not on_server(workspace):  # the server is backed up by IT (pg_dump)
        try:
            backup_at_start(workspace)
        except SicError as error:  # an unreachable backup folder must not stop the work
            print(translate("CommandLine", "Warnung: {error}").format(error=error), file=sys.stderr)
    return workspace


def reapply_logged_erasures(workspace: Workspace) -> None:
    """A restored backup or imported full export older than an erasure must not bring the person back.

    A failure (e.g. a write-protected folder) is a warning: reading and exporting must still work.
    """
    try:
        reapplied = reapply_erasures(workspace)
    except SicError as error:
        print(translate("CommandLine", "Warnung: Löschungen aus dem Löschprotokoll konnten nicht erneut angewendet "
                        "werden: {error}").format(error=error), file=sys.stderr)
        return
    for text in filter(None, [reapplied.message(), *reapplied.problems]):
        print_hint(text)


TYPE_NAMES_HELP = QT_TRANSLATE_NOOP(
    "CommandLine",
    "organisationen (organisation, organisations, organization, organizations, org), "
    "kontakte (kontakt, personen, person, persons, contacts), kooperationen (cooperations), "
    "notizen (notes), wiedervorlagen (followups), themenfelder (themes); Einzahl und Mehrzahl",
)


def print_hint(text: object) -> None:
    """A hint beside the result (on stderr, so a script's output stays clean)."""
    print(translate("CommandLine", "Hinweis: {text}").format(text=text), file=sys.stderr)


def page_count_text(count: int) -> str:
    """„1 Seite“, „12 Seiten“: the size of a written PDF."""
    if count == 1:
        return translate("CommandLine", "1 Seite")
    return translate("CommandLine", "{count} Seiten").format(count=number(count))


def positive_number(text: str) -> int:
    """argparse type: a whole number of at least 1 (``--limit``, ``--persons``)."""
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "„{text}“: Bitte eine ganze Zahl ab 1 angeben.").format(text=text)
        )
    return int(text)


def record_type_arg(text: str) -> RecordType:
    """argparse type: a record type in German or English (``kontakte``, ``notes``)."""
    record_type = parse_record_type(text)
    if record_type is None:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "„{text}“ ist keine Datensatzart. Möglich sind: {types}.").format(
                text=text, types=translate("CommandLine", TYPE_NAMES_HELP)
            )
        )
    return record_type


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def drive_with_progress_line(work: ProgressGenerator[Any]) -> Any:
    """Run a progress generator, redrawing one status line on stderr; returns its result."""
    width = 0
    try:
        while True:
            try:
                step = next(work)
            except StopIteration as stop:
                return stop.value
            percent = int(step.fraction * 100)
            line = translate("CommandLine", "{message} {done}/{total} ({percent} %)").format(
                message=step.message, done=number(step.done), total=number(step.total), percent=percent
            )
            sys.stderr.write("\r" + line.ljust(width))  # blanks over the rest of a longer line before
            sys.stderr.flush()
            width = max(width, len(line))
    finally:
        if width:
            sys.stderr.write("\n")


def print_table(header: list[str], rows: list[list[str]], max_width: int = 40) -> None:
    """A plain text table with a ruled header; long cells are clipped."""
    cells = [[_clip(value, max_width) for value in row] for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    for index, row in enumerate(cells):
        print("  ".join(value.ljust(width) for value, width in zip(row, widths, strict=False)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))


def _clip(value: str, width: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"


def date_option(text: str | None, option: str) -> date | None:
    """A date given on the command line (25.11.2026 or 2026-11-25); a bad one names its option."""
    if text is None:
        return None
    try:
        return parse_date(text)
    except DateFormatError as error:
        raise SicError(f"{option}: {error}") from error
