from datetime import date

import pytest

from sic_desktop.core.dates import DateFormatError, format_date, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25.11.2026", date(2026, 11, 25)),
        ("1.3.2026", date(2026, 3, 1)),
        ("01.03.26", date(2026, 3, 1)),
        ("2026-11-25", date(2026, 11, 25)),
        (" 29.02.2024 ", date(2024, 2, 29)),
    ],
)
def test_german_and_iso_dates_are_read(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31.02.2026", "Der Februar 2026 hat nur 28 Tage"),
        ("29.02.2025", "Der Februar 2025 hat nur 28 Tage"),
        ("31.04.2026", "Der April 2026 hat nur 30 Tage"),
        ("12.13.2026", "Einen 13. Monat gibt es nicht"),
        ("morgen", "ist kein Datum"),
        ("01.01.1066", "zwischen 1900 und 2100"),
    ],
)
def test_impossible_dates_are_explained(text, reason):
    with pytest.raises(DateFormatError) as caught:
        parse_date(text)
    assert reason in str(caught.value)
    assert text.strip() in str(caught.value)


def test_dates_are_shown_the_german_way():
    assert format_date(date(2026, 3, 3)) == "03.03.2026"
    assert format_date(None) == ""
