"""Quick choices of the period, and how the last choices are kept."""

from __future__ import annotations

from datetime import date

import pytest

from sic_desktop.core.record_ref import RecordType
from sic_desktop.reports.briefings import BriefingOptions, Section
from sic_desktop.ui.briefing import remembered
from sic_desktop.ui.briefing.period import QuickPeriod, matching_quick_period
from sic_desktop.ui.briefing.period_field import PeriodField
from sic_desktop.ui.briefing.remembered import RememberedChoices

DAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "choice, expected",
    [
        (QuickPeriod.LAST_YEAR, (date(2025, 1, 1), date(2025, 12, 31))),
        (QuickPeriod.THIS_YEAR, (date(2026, 1, 1), date(2026, 12, 31))),
        (QuickPeriod.LAST_12_MONTHS, (date(2025, 11, 26), date(2026, 11, 25))),
        (QuickPeriod.ALL, (None, None)),
    ],
)
def test_quick_choices_give_the_dates_office_staff_expect(choice, expected):
    assert choice.dates(DAY) == expected
    assert matching_quick_period(*expected, DAY) is choice


def test_the_last_12_months_from_a_29_february():
    assert QuickPeriod.LAST_12_MONTHS.dates(date(2028, 2, 29)) == (date(2027, 3, 1), date(2028, 2, 29))


def test_a_period_chosen_by_hand_is_no_quick_choice():
    assert matching_quick_period(date(2026, 3, 1), date(2026, 6, 30), DAY) is None


def test_a_quick_choice_is_kept_as_such_and_means_the_new_year_next_year(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(remembered, "today", lambda: date(2026, 12, 30))
    choices = RememberedChoices(tmp_path)
    choices.remember(RecordType.THEME, BriefingOptions(date(2026, 1, 1), date(2026, 12, 31), sections=frozenset({Section.NOTES})))

    monkeypatch.setattr(remembered, "today", lambda: date(2027, 1, 4))
    options = RememberedChoices(tmp_path).options(RecordType.THEME)

    assert (options.date_from, options.date_to) == (date(2027, 1, 1), date(2027, 12, 31))
    assert options.sections == frozenset({Section.NOTES})


def test_a_hand_edited_ini_gives_the_defaults_instead_of_an_error(qapp, tmp_path):
    (tmp_path / "window.ini").write_text("[briefing]\norganisation\\from=gestern\norganisation\\recent_notes=viele\n", encoding="utf-8")
    options = RememberedChoices(tmp_path).options(RecordType.ORGANISATION)
    assert options.date_from is None and options.recent_notes == BriefingOptions().recent_notes


def test_the_button_of_the_quick_choice_the_dates_match_is_shown_pressed(qtbot):
    field = PeriodField()
    qtbot.addWidget(field)
    field.choose(QuickPeriod.THIS_YEAR)
    field.choose(QuickPeriod.THIS_YEAR)
    assert [choice for choice, button in field.quick_buttons.items() if button.isChecked()] == [QuickPeriod.THIS_YEAR]

    field.date_from.edit.setText("01.03.2026")
    assert not any(button.isChecked() for button in field.quick_buttons.values())


def test_an_empty_period_shows_alles_pressed(qtbot):
    field = PeriodField()
    qtbot.addWidget(field)
    field.set_period(None, None)
    assert field.quick_buttons[QuickPeriod.ALL].isChecked()
