"""Qt getters whose result the widget's own layout fixes, stated for the type checker.

PySide6's type information marks ``item()``, ``topLevelItem()``, ``popup()`` and the like as
optional, and ``cellWidget()`` or ``scene()`` as the base class. Where a row, item or widget
exists by construction, these helpers say so and fail loudly (instead of an AttributeError
further on) if that is ever wrong.
"""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def not_none(value: T | None) -> T:
    if value is None:
        raise LookupError("a Qt item or widget expected here is missing")
    return value


def as_type(value: object, kind: type[T]) -> T:
    """``value`` as the ``kind`` it was created as (e.g. the combo box put into a table cell)."""
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}, found {type(value).__name__}")
    return value
