"""Features that load only when used, so that the window opens fast.

Menus, record actions and pages are registered at start, but importing a feature
pulls in reportlab, networkx or whoosh: ``later("module", "name")`` stands for a
callable that is imported the first time it is called.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def later(module: str, name: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__qualname__ = f"later({module}.{name})"
    return call
