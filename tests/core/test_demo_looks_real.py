"""Demo data that looks real: no numbered names, cooperations that start in the year their title
names, note titles about what the note says, and the people a note names exist, addressed right."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest

from sic_desktop.core import demo_words
from sic_desktop.core.demo import load_demo
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.workspace import Workspace

NUMBERED = re.compile(r"\(\d+\)$")
YEAR = re.compile(r"\b(20\d\d)\b")
ADDRESSED = re.compile(r"\b(Frau|Herr)((?: Prof\.)?(?: Dr\.)?) (\w[\w-]*)")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The demo data, loaded once per backend for the whole module: its tests only read it (on the
    team server a load takes seconds)."""
    cluster = request.getfixturevalue("postgres_cluster") if request.param == "postgresql" else None
    server = cluster.new_database() if cluster is not None else None
    ws = Workspace.open(tmp_path_factory.mktemp("demo") / "daten", user="testerin", server=server)
    try:
        run_to_end(load_demo(ws, today=date(2026, 11, 25)))  # the tests' reference day
        yield ws
    finally:
        ws.close()
        if cluster is not None and server is not None:
            cluster.drop_database(server)


def test_names_are_not_numbered_and_not_repeated(demo):
    names = [o.name for o in demo.organisations.list()] + [c.title for c in demo.cooperations.list()]
    assert not [name for name in names if NUMBERED.search(name)]
    assert len(names) == len(set(names))


def test_a_cooperation_starts_in_the_year_its_title_names(demo):
    dated = [c for c in demo.cooperations.list() if YEAR.search(c.title)]
    for cooperation in dated:
        assert cooperation.start_date.year == int(YEAR.search(cooperation.title).group(1)), cooperation.title


def test_a_note_title_names_a_topic_of_its_theme_field(demo):
    themes = demo.themes.names()
    topic_theme = {topic: theme for theme, topics in demo_words.THEME_TOPICS.items() for topic in topics}
    checked = 0
    for note in demo.notes.list():
        topic = next((t for t in topic_theme if t in note.title), None)
        if topic is not None:
            checked += 1
            assert topic_theme[topic] in {themes[i] for i in note.theme_ids}, (note.title, note.theme_ids)
    assert checked > 100


def test_the_people_a_note_names_exist_and_are_addressed_right(demo):
    persons = demo.persons.list()
    addresses = {(p.salutation, p.title or "", p.last_name) for p in persons}
    full_names = {p.full_name for p in persons}
    named = 0
    for note in demo.notes.list():
        for salutation, title, last_name in ADDRESSED.findall(note.text):
            named += 1
            assert (salutation, title.strip(), last_name) in addresses, f"„{salutation}{title} {last_name}“ in {note.title}"
        if note.title.startswith("Telefonat mit "):
            assert note.title.removeprefix("Telefonat mit ") in full_names
    assert named > 0, "some notes name people"
