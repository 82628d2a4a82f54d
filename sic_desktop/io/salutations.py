"""German letter salutations and address lines for a Serienbrief, as DIN 5008 and office practice write them.

„Sehr geehrte Frau Dr. Schäfer,“ and „Sehr geehrter Herr Prof. Yıldız,“: the salutation
carries the academic titles Dr. and Prof. but no degrees (Dipl.-Ing., M.A., MBA), which
belong in the address only. Without a known „Frau“ or „Herr“ (empty, „Divers“, unknown)
the neutral „Guten Tag Kim Meyer,“ names the whole person; with no name at all it is
„Sehr geehrte Damen und Herren,“. The address block says „Herrn“, as letters do.
"""

from __future__ import annotations

from sic_desktop.core.i18n import translate

_FEMALE = {"frau", "mrs", "mrs.", "ms", "ms.", "miss"}
_MALE = {"herr", "herrn", "mr", "mr."}
# Titles that are spoken in a salutation; everything else in the title field is a degree.
_SALUTATION_TITLES = {"dr", "prof", "professor", "professorin"}


def gender_of(salutation: str) -> str | None:
    """„f“, „m“ or None (not known, „Divers“, any other word)."""
    words = {word.casefold() for word in salutation.split()}
    if words & _FEMALE:
        return "f"
    if words & _MALE:
        return "m"
    return None


def spoken_titles(title: str) -> str:
    """„Prof. Dr.-Ing. Dipl.-Kffr.“ → „Prof. Dr.-Ing.“: the titles a salutation names."""
    kept = [word for word in title.split() if _title_root(word) in _SALUTATION_TITLES]
    return " ".join(kept)


def salutation_line(salutation: str, title: str, first_name: str, last_name: str) -> str:
    """The letter's opening line, ending with a comma."""
    gender = gender_of(salutation)
    if gender and last_name:
        name = " ".join(part for part in (spoken_titles(title), last_name) if part)
        if gender == "f":
            return translate("MailMerge", "Sehr geehrte Frau {name},").format(name=name)
        return translate("MailMerge", "Sehr geehrter Herr {name},").format(name=name)
    name = " ".join(part for part in (spoken_titles(title), first_name, last_name) if part)
    if first_name or last_name:
        return translate("MailMerge", "Guten Tag {name},").format(name=name)
    return translate("MailMerge", "Sehr geehrte Damen und Herren,")


def address_name(salutation: str, title: str, first_name: str, last_name: str) -> str:
    """The name line of the address block: „Frau Dr. Anna Schäfer“, „Herrn Deniz Yıldız“."""
    gender = gender_of(salutation)
    form = {"f": translate("MailMerge", "Frau"), "m": translate("MailMerge", "Herrn")}.get(gender or "", "")
    return " ".join(part for part in (form, title, first_name, last_name) if part)


def _title_root(word: str) -> str:
    """„Dr.-Ing.“ → „dr“, „Prof.“ → „prof“."""
    return word.casefold().replace("-", ".").split(".")[0]
