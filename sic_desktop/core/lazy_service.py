"""A Workspace service made on first use, so that its module loads then and not at every start.

``tags: LazyService[TagService] = LazyService("tags", "TagService")`` on the Workspace:
the first ``ws.tags`` imports ``sic_desktop.core.services.tags``, makes the service with
the workspace and keeps it; later reads find it in the instance (no descriptor call).
"""

from __future__ import annotations

import importlib
import threading
from typing import Any, Generic, TypeVar, cast, overload

T = TypeVar("T")

# Re-entrant: a service's constructor may reach another service; one lock for all keeps two
# threads from making two instances of one service.
_MAKING = threading.RLock()


class LazyService(Generic[T]):
    def __init__(self, module: str, class_name: str) -> None:
        self._module = f"sic_desktop.core.services.{module}"
        self._class_name = class_name
        self._attribute = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._attribute = name

    @overload
    def __get__(self, workspace: None, owner: type) -> LazyService[T]: ...
    @overload
    def __get__(self, workspace: object, owner: type) -> T: ...
    def __get__(self, workspace: object | None, owner: type) -> LazyService[T] | T:
        if workspace is None:
            return self
        with _MAKING:
            made: dict[str, Any] = workspace.__dict__
            if self._attribute not in made:
                service_class = getattr(importlib.import_module(self._module), self._class_name)
                made[self._attribute] = service_class(workspace)
            return cast(T, made[self._attribute])
