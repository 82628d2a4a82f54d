"""The rules of an indicator and a measurement that need no database (see ``validation``).

Called from ``validation.validate`` so that the window, the command line and the
export's restore refuse the same input with the same German message at the field.
What needs other records (the indicator's unit type for a measured value, a trashed
indicator, the evidence note) is checked by ``services.impact_records``.
"""

from __future__ import annotations

from datetime import date

from sic_desktop.core.dates import format_date, today
from sic_desktop.core.i18n import translate
from sic_desktop.core.impact_values import ValueProblem, parse_value
from sic_desktop.core.impact_vocab import CONFIDENCE, IOOI_LEVELS, METHODS, RHYTHMS, STEP_LEVEL, UNIT_TYPES
from sic_desktop.core.models import Indicator, Measurement
from sic_desktop.core.validation import _choice, _date, _Errors, _period, _require


def check(record: Indicator | Measurement, errors: _Errors) -> None:
    if isinstance(record, Indicator):
        check_indicator(record, errors)
    else:
        check_measurement(record, errors)


def check_indicator(indicator: Indicator, errors: _Errors) -> None:
    _require(indicator, "name", errors, translate("Validation", "Bitte einen Namen eingeben."))
    if indicator.cooperation_id is None:
        errors.add("cooperation_id", translate("Validation", "Bitte die Kooperation angeben."))
    _choice(indicator, "level", IOOI_LEVELS, errors, required=True)
    _check_step(indicator, errors)
    _choice(indicator, "unit_type", UNIT_TYPES, errors, required=True)
    _choice(indicator, "method", METHODS, errors, required=False)
    _choice(indicator, "rhythm", RHYTHMS, errors, required=True)
    for field in ("baseline_value", "target_value"):
        if check_value(indicator, field, indicator.unit_type, errors) is None and not errors.has(field):
            errors.add(field, translate("Validation", "Bitte einen Wert eingeben."))
    baseline = _date(indicator, "baseline_date", errors)
    target = _date(indicator, "target_date", errors)
    for field, value in (("baseline_date", baseline), ("target_date", target)):
        if value is None and not errors.has(field):
            errors.add(field, translate("Validation", "Bitte ein Datum eingeben."))
    if baseline and target and target <= baseline:
        errors.add("target_date", translate(
            "Validation", "Das Zieldatum ({target}) muss nach dem Datum des Ausgangswerts ({baseline}) liegen."
        ).format(target=format_date(target), baseline=format_date(baseline)))
    if (
        isinstance(indicator.baseline_value, float)
        and indicator.baseline_value == indicator.target_value
        and not errors.has("target_value")
    ):
        errors.add("target_value", translate(
            "Validation", "Zielwert und Ausgangswert sind gleich: So lässt sich kein Fortschritt messen."))


def _check_step(indicator: Indicator, errors: _Errors) -> None:
    step, level = indicator.step, indicator.level
    if step in ("", None):  # type: ignore[comparison-overlap]  # the form may hand over an empty text
        indicator.step = None
        if level in IOOI_LEVELS.keys and level != "input":
            errors.add("step", translate("Validation", "Bitte die Stufe der Wirkungstreppe (1 bis 7) wählen."))
        return
    try:
        step = int(step)
    except (TypeError, ValueError):
        step = 0
    if step not in STEP_LEVEL:
        errors.add("step", translate("Validation", "Die Wirkungstreppe hat die Stufen 1 bis 7 (nicht „{step}“).")
                   .format(step=indicator.step))
        return
    indicator.step = step
    if level == "input":
        errors.add("step", translate("Validation", "Ein Input steht auf keiner Stufe der Wirkungstreppe: bitte die "
                                     "Stufe leer lassen oder eine andere Wirkungsebene wählen."))
    elif level in IOOI_LEVELS.keys and STEP_LEVEL[step] != level:
        errors.add("step", translate("Validation", "Stufe {step} gehört zur Wirkungsebene „{right}“, nicht zu „{chosen}“.")
                   .format(step=step, right=IOOI_LEVELS.label(STEP_LEVEL[step]), chosen=IOOI_LEVELS.label(level)))


def check_value(record: object, field: str, unit_type: str | None, errors: _Errors) -> float | None:
    """Turn the typed value of ``field`` into a number of ``unit_type``; None if empty or refused."""
    value = getattr(record, field)
    if value is None or (isinstance(value, str) and not value.strip()):
        setattr(record, field, None)
        return None
    if unit_type not in UNIT_TYPES.keys:
        return None  # the unit type's own message says what is wrong
    try:
        number = parse_value(value, unit_type)
    except ValueProblem as problem:
        errors.add(field, str(problem))
        return None
    setattr(record, field, number)
    return number


def check_measurement(measurement: Measurement, errors: _Errors) -> None:
    if measurement.indicator_id is None:
        errors.add("indicator_id", translate("Validation", "Bitte den Indikator angeben."))
    _period(measurement, "period_start", "measured_on", errors)
    if measurement.measured_on is None and not errors.has("measured_on"):
        errors.add("measured_on", translate("Validation", "Bitte ein Datum eingeben."))
    elif isinstance(measurement.measured_on, date) and measurement.measured_on > today():
        errors.add("measured_on", translate("Validation", "Das Datum ({date}) liegt in der Zukunft.").format(
            date=format_date(measurement.measured_on)))
    if measurement.value is None or (isinstance(measurement.value, str) and not measurement.value.strip()):
        measurement.value = None
        errors.add("value", translate("Validation", "Bitte einen Wert eingeben."))
    _choice(measurement, "confidence", CONFIDENCE, errors, required=True)
