"""Several clients saving the same records on the team server at once: no lost update, no deadlock,
every refused save reported (the optimistic lock refuses it, naming who changed the record)."""

from __future__ import annotations

import threading
from pathlib import Path

from sic_desktop.core.errors import ConflictError
from sic_desktop.core.models import Person
from sic_desktop.core.workspace import Workspace

WRITERS = 4
SAVES = 15


def test_concurrent_writers_lose_no_update_and_every_refusal_is_reported(postgres_url: str, tmp_path: Path):
    with Workspace.open(tmp_path / "anlegen", user="anna", server=postgres_url) as ws:
        shared = [ws.persons.create(Person(first_name="Geteilt", last_name=f"Nummer {n}")).id for n in range(2)]
    saved: list[list[str]] = [[] for _ in range(WRITERS)]
    refused: list[list[str]] = [[] for _ in range(WRITERS)]
    failures: list[BaseException] = []

    def writer(number: int) -> None:
        try:
            with Workspace.open(tmp_path / f"pc{number}", user=f"pc{number}", server=postgres_url) as client:
                for save in range(SAVES):
                    person = client.persons.get(shared[save % 2])
                    mark = f"pc{number}-{save}"
                    person.notes = f"{person.notes} {mark}".strip()
                    try:
                        client.persons.update(person)
                        saved[number].append(mark)
                    except ConflictError as error:
                        refused[number].append(str(error))
        except BaseException as error:  # noqa: BLE001  (reported below, in the test's thread)
            failures.append(error)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures and not any(thread.is_alive() for thread in threads)

    with Workspace.open(tmp_path / "pruefen", server=postgres_url) as ws:
        stored = [ws.persons.get(person_id) for person_id in shared]
    marks_stored = [mark for person in stored for mark in person.notes.split()]
    marks_saved = [mark for marks in saved for mark in marks]
    assert sorted(marks_stored) == sorted(marks_saved)  # every accepted save is there, nothing else
    assert sum(person.version - 1 for person in stored) == len(marks_saved)
    assert len(marks_saved) + sum(len(r) for r in refused) == WRITERS * SAVES  # every save accounted for
    assert all("wurde inzwischen von pc" in text for texts in refused for text in texts)
