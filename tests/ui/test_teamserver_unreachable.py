"""The team server goes away during a save: a clear German message with a retry, nothing half-saved,
and the editor keeps what was typed until the retry stores it."""

from __future__ import annotations

import psycopg
import pytest

from sic_desktop.core.record_ref import RecordType
from sic_desktop.ui import messages
from tests.postgres_server import PostgresCluster


def _stored_names(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [row[0] for row in conn.execute("SELECT last_name FROM person ORDER BY id")]


@pytest.fixture
def workspace(postgres_url: str, data_dir):
    from sic_desktop.core.workspace import Workspace

    ws = Workspace.open(data_dir, user="anna", server=postgres_url)
    yield ws
    ws.close()


def test_a_save_while_the_server_is_away_keeps_the_input_and_the_retry_stores_it(
    qtbot, window, postgres_cluster: PostgresCluster, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = postgres_url.rsplit("/", 1)[1]
    page = window.new_record(RecordType.PERSON)
    page.editor.form.widget("first_name").setText("Jana")
    page.editor.form.widget("last_name").setText("Özdemir")
    postgres_cluster.admin(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")  # the server goes away …
    postgres_cluster.admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
    asked: list[tuple[str, str]] = []

    def answer(parent, text: str) -> bool:
        asked.append((text, page.editor.form.widget("last_name").text()))
        postgres_cluster.admin(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")  # … and is back for the retry
        return True

    monkeypatch.setattr(messages, "offer_retry", answer)
    with qtbot.waitSignal(page.editor.saved, timeout=15_000):
        page.editor.save()
    [(text, typed)] = asked
    assert "Teamserver" in text and "nicht erreichbar" in text and "nichts gespeichert" in text
    assert typed == "Özdemir"  # the input was kept for the retry
    assert _stored_names(postgres_url) == ["Özdemir"]  # stored once: nothing half-saved before the retry
    assert [e.action for e in window.ctx.ws.history.for_record(page.editor.ref)] == ["created"]
