"""Alt+letter access keys („&Datei“): which letter a text claims, and a free one for texts that
come from data (page titles in „Gehe zu“), so that no two entries of a menu share a letter.

Two entries with one letter make Alt+letter only move between them instead of choosing; an
office user who knows „Alt+D, B“ for „Datei › Beenden“ from every other program meets a stumble.
Fixed texts choose their letter in the catalogue (German source, English translation);
``with_free_mnemonic`` is for texts the program composes.
"""

from __future__ import annotations

from collections.abc import Iterable


def mnemonic(text: str) -> str | None:
    """The lower-case letter after a single „&“ (Qt's rule: „&&“ is a literal ampersand), or None."""
    index = 0
    while (index := text.find("&", index)) != -1 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].lower()
        index += 2
    return None


def with_free_mnemonic(text: str, taken: set[str]) -> str:
    """``text`` with „&“ before the first letter not in ``taken``, word beginnings first; ``taken``
    gets that letter. Without a free letter the text stays as it is (no access key, no clash)."""
    plain = text.replace("&", "&&")
    starts = [i for i, char in enumerate(plain) if char.isalnum() and (i == 0 or not plain[i - 1].isalnum())]
    rest = [i for i, char in enumerate(plain) if char.isalnum() and i not in starts]
    for index in starts + rest:
        letter = plain[index].lower()
        if letter not in taken and letter.isascii():
            taken.add(letter)
            return plain[:index] + "&" + plain[index:]
    return plain


def clashes(texts: Iterable[str]) -> dict[str, list[str]]:
    """Letters claimed by more than one of ``texts``, with the texts that claim them."""
    claims: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            claims.setdefault(letter, []).append(text)
    return {letter: claimed for letter, claimed in claims.items() if len(claimed) > 1}
