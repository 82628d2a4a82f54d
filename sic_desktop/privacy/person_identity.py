"""What identifies a person in text: name forms, e-mail addresses and phone numbers.

Captured before an erasure (afterwards the record no longer has them), and used to
find the person in participant lists, free texts and backup files.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sic_desktop.core.models import Person
from sic_desktop.core.text_folding import fold

# Words around a name in a participant list that do not name anyone else.
_SALUTATIONS = {"frau", "herr", "fr", "hr", "dr", "prof", "mag", "dipl", "ing"}
# How notes name someone by the last name alone, when the salutation is not known.
_DEFAULT_SALUTATIONS = ("Frau", "Herr")


@dataclass(frozen=True)
class PersonIdentity:
    person_id: int
    salutation: str
    first_name: str
    last_name: str
    title: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]

    @classmethod
    def of(cls, person: Person) -> PersonIdentity:
        assert person.id is not None
        return cls(
            person_id=person.id,
            salutation=person.salutation,
            first_name=person.first_name,
            last_name=person.last_name,
            title=person.title,
            emails=tuple(person.emails),
            phones=tuple(person.phones),
        )

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    @property
    def sort_key(self) -> str:
        """The folded „last first“ form the database keeps for sorting."""
        return fold(f"{self.last_name} {self.first_name}")

    def mention_phrases(self) -> list[str]:
        """Texts to look for in free text: the full name both ways, „Frau Schäfer“, „Dr. Schäfer“, addresses.

        The last name alone would find every namesake and every „Schäferhund“.
        """
        phrases = [self.full_name, ", ".join(p for p in (self.last_name, self.first_name) if p)]
        if self.last_name and self.first_name:
            for word in (self.salutation,) if self.salutation else _DEFAULT_SALUTATIONS:
                phrases.append(f"{word} {self.last_name}")
            if self.title:
                phrases.append(f"{self.title} {self.last_name}")
        return [p for p in dict.fromkeys([*phrases, *self.emails, *self.phones]) if p.strip()]

    def byte_patterns(self) -> list[bytes]:
        """How the person may sit in a file (database, JSON, CSV): UTF-8, and JSON-escaped where that differs."""
        texts = [self.full_name, self.sort_key, *self.emails, *self.phones]
        patterns: list[bytes] = []
        for text in texts:
            if not text.strip():
                continue
            patterns.append(text.encode("utf-8"))
            patterns.append(json.dumps(text)[1:-1].encode("ascii"))
        return list(dict.fromkeys(patterns))

    def named_by(self, participant: str) -> bool:
        """Does a participant entry („Frau Schäfer“, „Anna Schäfer (FH)“, „a.schaefer@…“) mean this person?

        Used on notes linked to the person only. An entry with another first name
        („Thomas Schäfer“) is someone else and stays.
        """
        entry = fold(participant)
        if any(fold(email) in entry for email in self.emails):
            return True
        last = fold(self.last_name)
        if not last or not _has_word(entry, last):
            return False
        first = fold(self.first_name)
        if not first or _has_word(entry, first):
            return True
        rest = [w for w in re.findall(r"\w+", _remove_word(entry, last)) if w not in _SALUTATIONS | _words(self.title)]
        return not rest or rest == [first[0]]


def _has_word(text: str, words: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text) is not None


def _remove_word(text: str, words: str) -> str:
    return re.sub(rf"(?<!\w){re.escape(words)}(?!\w)", " ", text)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", fold(text)))
