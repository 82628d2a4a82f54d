"""What the packaged program runs: the ``sic-desktop`` command line, which opens the window without arguments.

Not ``sic_desktop/__main__.py``: PyInstaller puts the entry script's folder on the
import path, and inside the package ``sic_desktop/io`` would then hide the
standard library's ``io``.
"""

import sys

from sic_desktop.cli import main

sys.exit(main())
