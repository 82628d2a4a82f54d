"""Values of indicators as people type and read them: „12,5“, „1.234 €“, „75 %“, „ja“.

One place turns typed text into a number for a unit type and says in German why a
value does not fit (a count is a whole number, a percentage lies between 0 and 100),
and formats numbers back the German way for lists, reports and the command line.
"""

from __future__ import annotations

import math
import re

from sic_desktop.core.i18n import translate

_THOUSANDS = re.compile(r"^-?\d{1,3}(\.\d{3})+$")
_YES = {"ja", "j", "yes", "true", "wahr", "1"}
_NO = {"nein", "n", "no", "false", "falsch", "0"}
SCALE_MIN, SCALE_MAX = 1, 5


class ValueProblem(ValueError):
    """A value that does not fit its unit type; ``str()`` is the German reason."""


def parse_value(value: object, unit_type: str) -> float:
    """``value`` (number or typed text) as a number fitting ``unit_type``; ValueProblem if it does not."""
    number = _yes_no(value) if unit_type == "ja_nein" else _number(value)
    _check_range(number, unit_type)
    return number


def _yes_no(value: object) -> float:
    if isinstance(value, (bool, int, float)) and value in (0, 1):
        return float(value)
    text = str(value).strip().casefold()
    if text in _YES:
        return 1.0
    if text in _NO:
        return 0.0
    raise ValueProblem(translate("Validation", "Bitte „ja“ oder „nein“ eingeben (nicht „{value}“).").format(value=value))


def _number(value: object) -> float:
    if isinstance(value, bool):
        raise ValueProblem(translate("Validation", "Bitte eine Zahl eingeben."))
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).replace("€", "").replace("%", "").replace("\u00a0", "").replace(" ", "")
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        elif _THOUSANDS.match(text):
            text = text.replace(".", "")
        try:
            number = float(text)
        except ValueError:
            raise ValueProblem(
                translate("Validation", "„{value}“ ist keine Zahl (Beispiel: 12 oder 12,5).").format(value=value)
            ) from None
    if not math.isfinite(number):
        raise ValueProblem(translate("Validation", "Bitte eine Zahl eingeben."))
    return number


def _check_range(number: float, unit_type: str) -> None:
    if unit_type == "anzahl" and (number < 0 or number != int(number)):
        raise ValueProblem(translate("Validation", "Eine Anzahl ist eine ganze Zahl ab 0 (nicht {value}).").format(
            value=format_number(number, 6)))
    if unit_type == "prozent" and not 0 <= number <= 100:
        raise ValueProblem(translate("Validation", "Ein Prozentwert liegt zwischen 0 und 100 (nicht {value}).").format(
            value=format_number(number, 6)))
    if unit_type == "euro" and (number < 0 or round(number, 2) != number):
        raise ValueProblem(translate(
            "Validation", "Ein Euro-Betrag ist nicht negativ und hat höchstens zwei Nachkommastellen (nicht {value})."
        ).format(value=format_number(number, 6)))
    if unit_type == "skala" and not SCALE_MIN <= number <= SCALE_MAX:
        raise ValueProblem(translate("Validation", "Ein Skalenwert liegt zwischen 1 und 5 (nicht {value}).").format(
            value=format_number(number, 6)))


def format_number(number: float | None, decimals: int = 2) -> str:
    """„1.234,5“: German separators, no trailing zeros."""
    if number is None:
        return ""
    text = f"{number:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return _german(text)


def _german(text: str) -> str:
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_value(number: float | None, unit_type: str, unit: str = "") -> str:
    """A value as a reader expects it: „120 Personen“, „75 %“, „1.234,50 €“, „ja“, „3,8 von 5“."""
    if number is None:
        return ""
    if unit_type == "ja_nein":
        return translate("Impact", "ja") if number >= 1 else translate("Impact", "nein")
    if unit_type == "prozent":
        return f"{format_number(number, 1)} %"
    if unit_type == "euro":
        return f"{format_number(number, 0) if number == int(number) else _german(f'{number:,.2f}')} €"
    if unit_type == "skala":
        return translate("Impact", "{value} von 5").format(value=format_number(number, 1))
    return f"{format_number(number)} {unit}".strip()
