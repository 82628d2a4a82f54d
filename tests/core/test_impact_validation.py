"""Every field of an indicator and a measurement is checked, with a German message at the field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sic_desktop.core.errors import ValidationError
from sic_desktop.core.models import Indicator, Measurement
from tests.core.impact_helpers import cooperation, indicator, measurement


def _refused(save, field: str) -> str:
    with pytest.raises(ValidationError) as caught:
        save()
    messages = caught.value.for_field(field)
    assert messages, f"no message at {field}: {caught.value}"
    return messages[0]


@pytest.fixture
def coop_id(workspace) -> int:
    return cooperation(workspace).id


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"name": "  "}, "name", "Bitte einen Namen eingeben."),
        ({"cooperation_id": None}, "cooperation_id", "Bitte die Kooperation angeben."),
        ({"level": "wirkung"}, "level", "„wirkung“ ist nicht vorgesehen. Möglich sind: Input, Output, Outcome, Impact."),
        ({"level": ""}, "level", "Bitte auswählen."),
        ({"step": None}, "step", "Bitte die Stufe der Wirkungstreppe (1 bis 7) wählen."),
        ({"step": 8}, "step", "Die Wirkungstreppe hat die Stufen 1 bis 7 (nicht „8“)."),
        ({"step": 5}, "step", "Stufe 5 gehört zur Wirkungsebene „Outcome“, nicht zu „Output“."),
        ({"level": "input", "step": 1}, "step", "Ein Input steht auf keiner Stufe der Wirkungstreppe"),
        ({"unit_type": "stück"}, "unit_type", "„stück“ ist nicht vorgesehen."),
        ({"method": "Bauchgefühl"}, "method", "„Bauchgefühl“ ist nicht vorgesehen."),
        ({"rhythm": "täglich"}, "rhythm", "„täglich“ ist nicht vorgesehen."),
        ({"baseline_value": None}, "baseline_value", "Bitte einen Wert eingeben."),
        ({"baseline_value": "12,5"}, "baseline_value", "Eine Anzahl ist eine ganze Zahl ab 0 (nicht 12,5)."),
        ({"target_value": "viele"}, "target_value", "„viele“ ist keine Zahl (Beispiel: 12 oder 12,5)."),
        ({"target_value": 0}, "target_value", "Zielwert und Ausgangswert sind gleich"),
        ({"unit_type": "prozent", "target_value": "120 %"}, "target_value", "zwischen 0 und 100 (nicht 120)"),
        ({"unit_type": "euro", "target_value": -5}, "target_value", "Ein Euro-Betrag ist nicht negativ"),
        ({"unit_type": "skala", "baseline_value": 0, "target_value": 4}, "baseline_value",
         "Ein Skalenwert liegt zwischen 1 und 5 (nicht 0)."),
        ({"unit_type": "ja_nein", "target_value": "vielleicht"}, "target_value", "Bitte „ja“ oder „nein“ eingeben"),
        ({"baseline_date": None}, "baseline_date", "Bitte ein Datum eingeben."),
        ({"baseline_date": "31.02.2025"}, "baseline_date", "31.02.2025"),
        ({"target_date": None}, "target_date", "Bitte ein Datum eingeben."),
        ({"target_date": "31.12.2024"}, "target_date",
         "Das Zieldatum (31.12.2024) muss nach dem Datum des Ausgangswerts (01.01.2025) liegen."),
        ({"target_date": "01.01.2025"}, "target_date", "muss nach dem Datum des Ausgangswerts"),
        ({"name": "x" * 301}, "name", "Der Text ist mit 301 Zeichen zu lang"),
    ],
)
def test_an_indicator_with_a_wrong_field_is_refused_at_that_field(workspace, coop_id, values, field, message):
    record = indicator(coop_id)
    for name, value in values.items():
        setattr(record, name, value)
    assert message in _refused(lambda: workspace.indicators.create(record), field)
    assert workspace.indicators.count() == 0


def test_typed_values_are_read_the_german_way(workspace, coop_id):
    stored = workspace.indicators.create(indicator(
        coop_id, unit_type="euro", baseline_value="1.234,50 €", target_value="20.000", baseline_date="01.01.2025",
        target_date="2027-01-01", level="input", step=None, method="Dokumentation", rhythm="jährlich"))
    assert (stored.baseline_value, stored.target_value) == (1234.5, 20000.0)
    assert (stored.baseline_date, stored.method, stored.rhythm) == (date(2025, 1, 1), "dokumentation", "jahr")


def test_an_indicator_of_a_trashed_or_missing_cooperation_is_refused(workspace, coop_id):
    assert "gibt es nicht" in _refused(lambda: workspace.indicators.create(indicator(999)), "cooperation_id")
    workspace.cooperations.trash(coop_id)
    assert "liegt im Papierkorb" in _refused(lambda: workspace.indicators.create(indicator(coop_id)), "cooperation_id")


@pytest.fixture
def counted(workspace, coop_id) -> Indicator:
    return workspace.indicators.create(indicator(coop_id))


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"value": None}, "value", "Bitte einen Wert eingeben."),
        ({"value": "  "}, "value", "Bitte einen Wert eingeben."),
        ({"value": "12,5"}, "value", "Eine Anzahl ist eine ganze Zahl ab 0 (nicht 12,5)."),
        ({"value": -3}, "value", "Eine Anzahl ist eine ganze Zahl ab 0"),
        ({"value": "ja"}, "value", "„ja“ ist keine Zahl"),
        ({"measured_on": None}, "measured_on", "Bitte ein Datum eingeben."),
        ({"measured_on": "32.01.2025"}, "measured_on", "32.01.2025"),
        ({"measured_on": date.today() + timedelta(days=1)}, "measured_on", "liegt in der Zukunft"),
        ({"measured_on": date(2024, 12, 31)}, "measured_on",
         "Die Messung (31.12.2024) liegt vor dem Ausgangswert vom 01.01.2025."),
        ({"period_start": date(2025, 4, 1)}, "measured_on", "Das Ende (31.03.2025) liegt vor dem Beginn (01.04.2025)."),
        ({"confidence": "sicher"}, "confidence", "„sicher“ ist nicht vorgesehen."),
        ({"confidence": None}, "confidence", "Bitte auswählen."),
        ({"evidence_note_id": 77}, "evidence_note_id", "Die Notiz Nr. 77 gibt es nicht (mehr)."),
        ({"comment": "x" * 200_001}, "comment", "zu lang"),
        ({"indicator_id": None}, "indicator_id", "Bitte den Indikator angeben."),
    ],
)
def test_a_measurement_with_a_wrong_field_is_refused_at_that_field(workspace, counted, values, field, message):
    fields = {"indicator_id": counted.id, "value": 20, "measured_on": date(2025, 3, 31)} | values
    assert message in _refused(lambda: workspace.measurements.create(Measurement(**fields)), field)
    assert workspace.measurements.count() == 0


def test_a_value_must_fit_the_unit_type_of_its_indicator(workspace, coop_id):
    share = workspace.indicators.create(indicator(coop_id, unit_type="prozent", baseline_value=30, target_value=60))
    yes_no = workspace.indicators.create(indicator(
        coop_id, name="Verstetigt", level="impact", step=7, unit_type="ja_nein", baseline_value="nein",
        target_value="ja", rhythm="einmalig"))
    assert "zwischen 0 und 100" in _refused(
        lambda: workspace.measurements.create(measurement(share.id, "101", date(2025, 6, 30))), "value")
    assert workspace.measurements.create(measurement(share.id, "45,5 %", date(2025, 6, 30))).value == 45.5
    assert "„ja“ oder „nein“" in _refused(
        lambda: workspace.measurements.create(measurement(yes_no.id, 2, date(2025, 6, 30))), "value")
    assert workspace.measurements.create(measurement(yes_no.id, "Ja", date(2025, 6, 30))).value == 1.0


def test_a_measurement_on_a_trashed_indicator_is_refused(workspace, counted):
    workspace.indicators.trash(counted.id)
    message = _refused(lambda: workspace.measurements.create(measurement(counted.id, 5, date(2025, 3, 31))),
                       "indicator_id")
    assert message == ("Der Indikator „Teilnehmende aus dem Quartier“ liegt im Papierkorb: Bitte ihn erst "
                       "wiederherstellen, dann messen.")
    assert "gibt es nicht" in _refused(
        lambda: workspace.measurements.create(measurement(404, 5, date(2025, 3, 31))), "indicator_id")


def test_the_impact_model_texts_keep_their_lines(workspace, coop_id):
    coop = workspace.cooperations.get(coop_id)
    coop.impact_problem = "Viele sind lange ohne Arbeit.\nAngebote erreichen sie kaum.  "
    coop.impact_assumptions = "x" * 200_001
    with pytest.raises(ValidationError) as caught:
        workspace.cooperations.update(coop)
    assert caught.value.for_field("impact_assumptions") and caught.value.errors[0].label == "Annahmen und Risiken"
    coop.impact_assumptions = "Risiko: Förderung endet 2027."
    assert workspace.cooperations.update(coop).impact_problem == "Viele sind lange ohne Arbeit.\nAngebote erreichen sie kaum."
