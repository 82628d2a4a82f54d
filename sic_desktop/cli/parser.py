"""argparse in the user's language: its own words and messages go through ``translate`` like ours.

argparse writes „usage:“, „options“ and its error messages in English through gettext, which
would need a compiled gettext catalogue per language and a process-wide text domain. Instead
this parser names its groups and its help option itself, the formatter its usage prefix, and
``error`` recognises argparse's message by its template (argparse's gettext message id) and
says it with ours. A message no template matches (a later Python's new wording) stays as
argparse wrote it, so nothing is lost.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from functools import cache
from typing import Any, NoReturn

from sic_desktop.cli.language import settle_language
from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "CommandLineParser"

# argparse's templates (Python 3.11) → ours; ``%(name)s`` and ``%s`` become ``{name}`` and ``{0}``.
# More specific templates come first ("invalid int value" before "invalid %(type)s value").
_MESSAGES: tuple[tuple[str, str], ...] = (
    ("argument %(argument_name)s: %(message)s", QT_TRANSLATE_NOOP("CommandLineParser", "{argument_name}: {message}")),
    ("the following arguments are required: %s", QT_TRANSLATE_NOOP("CommandLineParser", "Diese Angaben fehlen: {0}")),
    ("one of the arguments %s is required", QT_TRANSLATE_NOOP("CommandLineParser", "Eine dieser Angaben fehlt: {0}")),
    ("not allowed with argument %s", QT_TRANSLATE_NOOP("CommandLineParser", "nicht zusammen mit {0} möglich")),
    ("unrecognized arguments: %s", QT_TRANSLATE_NOOP("CommandLineParser", "unbekannte Angaben: {0}")),
    (
        "invalid choice: %(value)r (choose from %(choices)s)",
        QT_TRANSLATE_NOOP("CommandLineParser", "„{value}“ ist nicht möglich; möglich sind: {choices}"),
    ),
    ("invalid int value: %(value)r", QT_TRANSLATE_NOOP("CommandLineParser", "„{value}“ ist keine ganze Zahl")),
    ("invalid %(type)s value: %(value)r", QT_TRANSLATE_NOOP("CommandLineParser", "„{value}“ ist keine gültige Angabe")),
    ("expected one argument", QT_TRANSLATE_NOOP("CommandLineParser", "hier fehlt der Wert")),
    ("expected at most one argument", QT_TRANSLATE_NOOP("CommandLineParser", "höchstens ein Wert möglich")),
    ("expected at least one argument", QT_TRANSLATE_NOOP("CommandLineParser", "mindestens ein Wert nötig")),
    ("expected %s arguments", QT_TRANSLATE_NOOP("CommandLineParser", "{0} Werte nötig")),
    ("expected %s argument", QT_TRANSLATE_NOOP("CommandLineParser", "{0} Wert nötig")),
    ("ambiguous option: %(option)s could match %(matches)s",
     QT_TRANSLATE_NOOP("CommandLineParser", "{option} ist mehrdeutig: gemeint sein kann {matches}")),
    ("ignored explicit argument %r", QT_TRANSLATE_NOOP("CommandLineParser", "„{0}“ ist hier kein möglicher Wert")),
)


def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression that matches what argparse makes of ``template``, one group per field."""
    regex = re.escape(template)
    regex = re.sub(r"%\\\((\w+)\\\)[sr]", r"(?P<\1>.+?)", regex)
    return re.compile(regex.replace("%s", "(?P<_0>.+?)").replace("%r", "(?P<_0>.+?)"), re.DOTALL)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Compiled at the first error message, not for every start of the program."""
    return tuple((_pattern(template), ours) for template, ours in _MESSAGES)


_QUOTED = re.compile(r"'([^'\\]*)'")  # argparse shows values as Python writes them: 'csv'


def argparse_message(message: str) -> str:
    """argparse's English ``message`` said in the user's language (nested messages too)."""
    for pattern, ours in _patterns():
        match = pattern.fullmatch(message)
        if match:
            fields = {name.lstrip("_"): _QUOTED.sub(r"\1", value) for name, value in match.groupdict().items()}
            if "message" in fields:
                fields["message"] = argparse_message(match["message"])
            positional = [fields.pop("0")] if "0" in fields else []
            return translate(CONTEXT, ours).format(*positional, **fields)
    return message


class CliHelpFormatter(argparse.HelpFormatter):
    """The help's usage line starts with the translated „Aufruf:“."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, translate("CommandLineParser", "Aufruf: ") if prefix is None else prefix)


class CliParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words and error messages are translated; sub-commands inherit it."""

    def __init__(self, **kwargs: Any) -> None:  # keywords only, as add_parser passes them
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", CliHelpFormatter)
        super().__init__(add_help=False, **kwargs)
        self._positionals.title = translate("CommandLineParser", "Angaben")
        self._optionals.title = translate("CommandLineParser", "Optionen")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=translate("CommandLineParser", "diese Hilfe zeigen und beenden"))

    def error(self, message: str) -> NoReturn:
        """The usage line and the message in the user's language; exit code 2 as argparse's."""
        settle_language()  # on the way to the window the language was not installed yet: parse again in it
        self.print_usage(sys.stderr)
        self.exit(2, translate("CommandLineParser", "{prog}: Fehler: {message}").format(
            prog=self.prog, message=argparse_message(message)) + "\n")
