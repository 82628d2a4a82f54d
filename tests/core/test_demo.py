from sic_desktop.core.database_check import check_database
from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.errors import SicError
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.serialize import record_to_dict
from sic_desktop.core.workspace import Workspace


def snapshot(ws: Workspace) -> list[dict]:
    keep = lambda d: {k: v for k, v in d.items() if k not in ("created_at", "updated_at")}  # noqa: E731
    return [keep(record_to_dict(n)) for n in ws.notes.list()] + [keep(record_to_dict(p)) for p in ws.persons.list()]


def test_demo_data_is_the_same_for_the_same_seed(tmp_path, reference_day):
    snapshots = []
    for folder in ("a", "b"):
        with Workspace.open(tmp_path / folder, user="demo") as ws:
            run_to_end(load_demo(ws, DemoSize(persons=30, notes=60), today=reference_day))
            snapshots.append(snapshot(ws))
    assert snapshots[0] == snapshots[1]


def test_demo_data_is_believable_and_sound(workspace, reference_day):
    counts = run_to_end(load_demo(workspace, today=reference_day))
    assert counts == {"organisation": 40, "person": 120, "cooperation": 15, "note": 300, "followup": 37}
    assert check_database(workspace) == []
    texts = " ".join(n.text for n in workspace.notes.list())
    assert "Kinderbetreuungsangebote" in texts and "pflegende Angehörige" in texts
    assert any(p.last_name == "Schäfer" for p in workspace.persons.list())
    assert workspace.followups.due(reference_day), "the start page has follow-ups to show"


def test_demo_data_goes_only_into_an_empty_folder(workspace, reference_day):
    run_to_end(load_demo(workspace, DemoSize(persons=5, notes=5), today=reference_day))
    try:
        run_to_end(load_demo(workspace, today=reference_day))
    except SicError as error:
        assert "bereits Daten" in str(error)
    else:
        raise AssertionError("a second demo load must be refused")


def test_a_cancelled_demo_load_leaves_the_folder_empty(workspace, reference_day):
    work = load_demo(workspace, DemoSize(persons=2000, notes=10), today=reference_day)
    next(work)  # the first batch is written inside the transaction …
    work.close()  # … and „Abbrechen“ rolls it back
    assert workspace.is_empty()
