"""Starting the window: the default when ``sic-desktop`` is called without a command."""

from __future__ import annotations

import argparse
import os

from sic_desktop.core.i18n import translate
from sic_desktop.core.storage.server_address import SERVER_ENV_VAR


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate("CommandLine", "beim Start Demodaten laden, wenn der Datenordner leer ist"),
    )


def run(args: argparse.Namespace) -> int:
    # Imported here so that the command-line tasks start without loading Qt. The core first:
    # each module imported after PySide6 has its source read by PySide6's feature switch.
    import sic_desktop.core.workspace  # noqa: F401
    from sic_desktop.ui.app import run_app

    if args.server:  # the window opens its workspace where every Workspace.open looks for the server
        os.environ[SERVER_ENV_VAR] = args.server
    return run_app(data_dir=args.data_dir, demo=args.demo)
