"""The concurrency proof on the team server, short: 10 writer processes for 3 s on 5 shared records
(benchmarks/server_concurrency.py runs the same for 60 s and prints the figures)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "server_concurrency.py"


def _proof() -> ModuleType:
    spec = importlib.util.spec_from_file_location("server_concurrency", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_ten_writers_on_shared_records_lose_nothing_and_every_refusal_names_who_saved(postgres_url: str, capsys) -> None:
    findings = _proof().prove(postgres_url, processes=10, seconds=3, records=5)
    assert findings.saves > 0 and findings.refused > 0  # they did meet on the same records
    assert findings.lost == []  # every save the writers were told of is in the record and its history
    assert findings.refused_unnamed == []  # every refused save named the colleague who saved first
    assert findings.errors == [] and findings.deadlocks == 0
    assert "nichts verloren, alles gemeldet" in capsys.readouterr().out
