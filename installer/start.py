"""What the packaged program runs: the ``sic-desktop`` command line, which opens the window without arguments.

Not ``sic_desktop/__main__.py``: PyInstaller puts the entry script's folder on the
import path, and inside the package ``sic_desktop/io`` would then hide the
standard library's ``io``.
"""

import multiprocessing
import sys

# A child process of the program (attachment text is read in one) runs its task here and
# ends, before the command line or a window could start.
multiprocessing.freeze_support()

from sic_desktop.cli import main  # noqa: E402

sys.exit(main())
