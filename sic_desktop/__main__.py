"""Allows ``python -m sic_desktop``."""

import sys

from sic_desktop.cli import main

sys.exit(main())
