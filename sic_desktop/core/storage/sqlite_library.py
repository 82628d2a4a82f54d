"""sqlite-utils, imported without numpy: ``from sic_desktop.core.storage.sqlite_library import sqlite_utils``.

sqlite-utils imports numpy (a tenth of a second at every start of the window) only
to map numpy number types to column types, and nothing here stores numpy values.
So numpy is unavailable while sqlite-utils loads, unless something imported it
before; the map's layout imports it later and finds it then.
"""

from __future__ import annotations

import sys

_BLOCK_NUMPY = "numpy" not in sys.modules
if _BLOCK_NUMPY:
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes ``import numpy`` fail
try:
    import sqlite_utils
finally:
    if _BLOCK_NUMPY:
        del sys.modules["numpy"]

__all__ = ["sqlite_utils"]
