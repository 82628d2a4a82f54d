"""Work that needs no workspace (a test connection to the team server) on a thread of its own, its
outcome handed to the UI thread: ``ctx.ops`` needs an open workspace, and the dialog at start has none.

The thread is a ``core.background`` lane (``run_beside``). The handler, which holds widgets, is kept
here on the UI thread until it is called, so the worker never drops the last reference to one."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from functools import cache
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from sic_desktop.core.background import run_beside

T = TypeVar("T")

_waiting: dict[object, Callable[[Future[Any]], None]] = {}


class _Relay(QObject):
    arrived = Signal(object)  # (token, future), emitted in the worker, delivered on the UI thread


def call_beside(work: Callable[[], T], name: str, then: Callable[[Future[T]], None]) -> None:
    """Run ``work`` on a thread named ``name``; ``then(future)`` on the UI thread once it is done."""
    relay = _relay()
    token = object()
    _waiting[token] = then
    _lane, future = run_beside(work, name)
    future.add_done_callback(lambda done: relay.arrived.emit((token, done)))


@cache
def _relay() -> _Relay:
    """One for the application, made on (and so living on) the UI thread."""
    relay = _Relay(QCoreApplication.instance())
    relay.arrived.connect(_deliver)
    return relay


def _deliver(arrived: tuple[object, Future[Any]]) -> None:
    token, done = arrived
    _waiting.pop(token)(done)
