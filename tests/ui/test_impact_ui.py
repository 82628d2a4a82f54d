"""The „Wirkung“ tab of a cooperation and the „Wirkung“ page, as a user meets them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget

from sic_desktop.core.demo import DemoSize, load_demo
from sic_desktop.core.progress import run_to_end
from sic_desktop.core.record_ref import RecordType
from sic_desktop.core.services.list_query import ListQuery
from sic_desktop.ui.impact.indicator_card import IndicatorCard
from sic_desktop.ui.impact.indicator_dialog import IndicatorDialog
from sic_desktop.ui.impact.measurement_dialog import MeasurementDialog
from sic_desktop.ui.impact.portfolio_page import ImpactPage
from tests.core.impact_helpers import cooperation, indicator, measurement


def _dialog(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def _open(kind) -> bool:
    return any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets())


def _cards(panel) -> list[IndicatorCard]:
    return [panel.cards.itemAt(i).widget() for i in range(panel.cards.count())]


def _open_impact_tab(qtbot, window, ref):
    window.open_record(ref)
    editor = window.current_page().editor
    qtbot.waitUntil(lambda: editor.ref == ref)
    editor.findChild(QTabWidget, "cooperationTabs").setCurrentWidget(editor.impact)
    return editor


def test_the_impact_model_is_saved_with_the_cooperation(qtbot, window, ctx, settle):
    coop = cooperation(ctx.ws)
    editor = _open_impact_tab(qtbot, window, coop.ref)
    editor.form.widget("impact_problem").setPlainText("Viele sind lange ohne Arbeit.")
    editor.form.widget("impact_assumptions").setPlainText("Risiko: Förderung endet 2027.")
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle()
    stored = ctx.ws.cooperations.get(coop.id)
    assert (stored.impact_problem, stored.impact_assumptions) == (
        "Viele sind lange ohne Arbeit.", "Risiko: Förderung endet 2027.")


def test_an_indicator_is_added_measured_and_trashed_with_undo(qtbot, window, ctx, settle):
    coop = cooperation(ctx.ws)
    editor = _open_impact_tab(qtbot, window, coop.ref)
    panel = editor.impact.indicators
    settle()
    assert "Noch keine Indikatoren" in panel.hint.text()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(IndicatorDialog)
    form = dialog.form
    form.widget("name").setText("Teilnehmende aus dem Quartier")
    form.widget("step").set_value(2)
    form.widget("unit").setText("Personen")
    form.widget("baseline_value").setText("0")
    form.widget("baseline_date").set_value("01.01.2025")
    form.widget("target_value").setText("100")
    form.widget("target_date").set_value("31.12.2024")
    dialog.save()
    settle()
    assert "muss nach dem Datum des Ausgangswerts (01.01.2025) liegen" in form.messages("target_date")
    assert dialog.isVisible() and ctx.ws.indicators.count() == 0
    form.widget("target_date").set_value("01.01.2027")
    dialog.save()
    settle()
    qtbot.waitUntil(lambda: len(_cards(panel)) == 1)
    card = _cards(panel)[0]
    assert card.light_label.text() == "noch keine Bewertung"
    assert not _open(IndicatorDialog), "closed when saved"

    qtbot.mouseClick(card.measure_button, Qt.MouseButton.LeftButton)
    measuring = _dialog(MeasurementDialog)
    measuring.form.widget("measured_on").set_value("30.06.2025")
    measuring.form.widget("value").setText("12,5")
    measuring.save()
    settle()
    assert measuring.form.messages("value") == "Eine Anzahl ist eine ganze Zahl ab 0 (nicht 12,5)."
    measuring.form.widget("value").setText("40")
    measuring.save()
    settle()
    qtbot.waitUntil(lambda: _cards(panel) and _cards(panel)[0].progress.value() == 40)
    card = _cards(panel)[0]
    assert card.light_label.text() == "im Plan" and "nächste Messung: 30.09.2025" in card.values.text()
    assert [f.due_date for f in ctx.ws.followups.list(ListQuery(cooperation_id=coop.id, done=False))] == [
        date(2025, 9, 30)]

    card.trash_requested.emit(card.state)
    settle()
    qtbot.waitUntil(lambda: not _cards(panel))
    window.undo()
    settle()
    qtbot.waitUntil(lambda: len(_cards(panel)) == 1)


def test_the_page_shows_theme_fields_by_highest_step_and_the_overdue_measurements(qtbot, window, ctx, settle,
                                                                                  reference_day):
    run_to_end(load_demo(ctx.ws, DemoSize(60, 60), today=reference_day))
    page = window.go_to("impact")
    assert isinstance(page, ImpactPage)
    settle()
    portfolio = ctx.ws.impact.portfolio()
    grid = portfolio.grid()
    themes = ctx.ws.themes.names()
    theme_id = next(t for t in grid if t is not None and any(grid[t].get(step) for step in range(1, 8)))
    row = next(r for r in range(page.grid.rowCount()) if page.grid.verticalHeaderItem(r).text() == themes[theme_id])
    for step in range(8):
        expected = len(grid[theme_id].get(step, []))
        assert page.grid.item(row, step).text() == (str(expected) if expected else "")
    assert page.overdue.rowCount() == len(portfolio.overdue) > 0
    column = next(step for step in range(1, 8) if grid[theme_id].get(step))
    page.grid.setCurrentCell(row, column)
    assert page.cooperations.count() == len(grid[theme_id][column])

    page.status.setCurrentIndex(page.status.findData("idee"))
    settle()
    assert page.overdue.rowCount() == 0, "no cooperation in „Idee“ measures yet"
    page.status.setCurrentIndex(0)
    settle()
    page.grid.setCurrentCell(row, column)
    page.cooperations.itemActivated.emit(page.cooperations.item(0))
    qtbot.waitUntil(lambda: window.current_page() is window.page(RecordType.COOPERATION.value))


def test_a_new_measurement_elsewhere_refreshes_the_page(qtbot, window, ctx, settle):
    coop = cooperation(ctx.ws)
    stored = ctx.ws.indicators.create(indicator(coop.id))
    page = window.go_to("impact")
    settle()
    assert page.grid.item(0, 0).text() == "1"
    ctx.ops.write(window, lambda ws: ws.measurements.create(measurement(stored.id, 30, date(2025, 6, 30)))).run()
    settle()
    qtbot.waitUntil(lambda: page.grid.item(0, 2).text() == "1")


def test_trashed_indicators_and_measurements_are_listed_in_the_trash_and_restored(qtbot, window, ctx, settle):
    coop = cooperation(ctx.ws)
    stored = ctx.ws.indicators.create(indicator(coop.id))
    taken = ctx.ws.measurements.create(measurement(stored.id, 30, date(2025, 6, 30)))
    ctx.ws.measurements.trash(taken.id)
    ctx.ws.indicators.trash(stored.id)
    page = window.go_to("trash")
    settle()
    titles = {item.ref: item.title for item in ctx.ws.trash.items()}
    assert titles[stored.ref] == "Teilnehmende aus dem Quartier"
    assert titles[taken.ref] == "Teilnehmende aus dem Quartier · 2025-06-30"
    assert set(page.refs()) == {stored.ref, taken.ref}
    assert {page.tree.topLevelItem(i).text(1) for i in range(2)} == {"Indikator", "Messung"}
    ctx.ops.write(window, lambda ws: ws.trash.restore(stored.ref)).run()
    settle()
    assert [s.indicator.id for s in ctx.ws.impact.states(coop.id)] == [stored.id]


def _report_by_record_action(qtbot, window, ctx, answers, settle, target) -> str:
    """Run „Wirkungsbericht (PDF oder Word) …“ on a cooperation with ``target`` chosen; the status message."""
    from sic_desktop.ui.record_actions import actions_for

    coop = cooperation(ctx.ws)
    ctx.ws.indicators.create(indicator(coop.id))
    answers.files.append(target)
    action = next(a for a in actions_for(RecordType.COOPERATION) if a.key == "impact_report")
    with qtbot.waitSignal(ctx.status_message, timeout=20_000) as said:
        action.run(ctx, [coop.ref], window)
    settle()
    return said.args[0]


def test_the_record_action_writes_the_cooperation_report(qtbot, window, ctx, answers, settle, tmp_path):
    target = tmp_path / "bericht.pdf"
    said = _report_by_record_action(qtbot, window, ctx, answers, settle, target)
    assert said.startswith(f"Wirkungsbericht gespeichert: {target} (")
    assert target.read_bytes().startswith(b"%PDF")
    assert "Wirkungsbericht speichern" in answers.asked[0]


def test_a_measurement_trashed_in_its_dialog_comes_back_with_undo_and_goes_again_with_redo(qtbot, window, ctx, settle):
    coop = cooperation(ctx.ws)
    stored = ctx.ws.indicators.create(indicator(coop.id))
    kept = ctx.ws.measurements.create(measurement(stored.id, 10, date(2025, 3, 31)))
    taken = ctx.ws.measurements.create(measurement(stored.id, 20, date(2025, 6, 30)))
    editor = _open_impact_tab(qtbot, window, coop.ref)
    panel = editor.impact.indicators
    qtbot.waitUntil(lambda: len(_cards(panel)) == 1)
    qtbot.mouseClick(_cards(panel)[0].measure_button, Qt.MouseButton.LeftButton)
    measuring = _dialog(MeasurementDialog)
    measuring.table.selectRow(0)  # the newest measurement is listed first
    qtbot.mouseClick(measuring.trash_button, Qt.MouseButton.LeftButton)
    settle()

    def live() -> list[int | None]:
        return [m.id for m in ctx.ws.measurements.for_indicators([stored.id])[stored.id]]

    assert live() == [kept.id]
    window.undo()
    settle()
    assert live() == [kept.id, taken.id]
    window.redo()
    settle()
    assert live() == [kept.id]


def test_the_page_writes_the_theme_report_as_word_when_chosen(qtbot, window, ctx, answers, settle, when_dialog, tmp_path):
    import docx

    from sic_desktop.ui.impact.report_action import ThemeYearDialog

    coop = cooperation(ctx.ws)
    ctx.ws.indicators.create(indicator(coop.id))
    page = window.go_to("impact")
    settle()
    target = tmp_path / "bericht.docx"
    answers.files.append(target)
    shown: list[str] = []

    def choose_word(dialog: ThemeYearDialog) -> None:
        shown.append(dialog.create_button.text())
        dialog.file_format.setCurrentIndex(dialog.file_format.findData(".docx"))
        shown.append(dialog.create_button.text())
        dialog.accept()

    when_dialog(ThemeYearDialog, choose_word)
    with qtbot.waitSignal(ctx.status_message, timeout=20_000) as said:
        qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    settle()
    assert shown == ["PDF erstellen …", "Word-Datei erstellen …"]
    assert said.args[0] == f"Wirkungsbericht gespeichert: {target}."
    headings = [p.text for p in docx.Document(str(target)).paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[0] == f"Wirkungsbericht Arbeit im Quartier {date.today().year}" and answers.asked[0].endswith(".docx',)")


def test_the_record_action_writes_word_when_a_docx_is_chosen(qtbot, window, ctx, answers, settle, tmp_path):
    import docx

    target = tmp_path / "bericht.docx"
    said = _report_by_record_action(qtbot, window, ctx, answers, settle, target)
    assert said == f"Wirkungsbericht gespeichert: {target}."
    assert docx.Document(str(target)).paragraphs[0].text == "Wirkungsbericht: Quartierslotsen Nordstadt"
