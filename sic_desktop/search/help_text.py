"""The one-minute guide to the search field, shown by the window (simple HTML).

Kept next to the parser so that syntax and explanation change together; the
tests check that every example here is understood by ``parse_query``.
"""

from __future__ import annotations

import html

from sic_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

# (example, explanation); the examples are literal query text, the explanations
# are marked for translation here and translated when shown.
_ROWS: tuple[tuple[str, str], ...] = (
    ("Kinderbetreuung Pflege", QT_TRANSLATE_NOOP(
        "SearchHelp", "Alle Wörter müssen vorkommen – auch in anderer Form: „Pflege“ "
        "findet „pflegende“, „Kinderbetreuung“ findet „Kinderbetreuungsangebote“.")),
    ('"pflegende Angehörige"', QT_TRANSLATE_NOOP("SearchHelp", "Genau diese Wortfolge.")),
    ("Pflege OR Betreuung", QT_TRANSLATE_NOOP(
        "SearchHelp", "Eines der beiden Wörter genügt (auch: ODER).")),
    ("Stiftung -Stiftungstag", QT_TRANSLATE_NOOP(
        "SearchHelp", "Mit Minus: Einträge mit diesem Wort ausschließen.")),
    ("Koop*", QT_TRANSLATE_NOOP("SearchHelp", "Alle Wörter, die so beginnen.")),
    ("typ:notiz", QT_TRANSLATE_NOOP(
        "SearchHelp", "Nur Notizen; ebenso typ:organisation, typ:kontakt, typ:kooperation.")),
    ('themenfeld:"Work & Care"', QT_TRANSLATE_NOOP(
        "SearchHelp", "Nur Einträge dieses Themenfelds.")),
    ("sektor:wissenschaft", QT_TRANSLATE_NOOP(
        "SearchHelp", "Sektor: wirtschaft, wissenschaft, zivilgesellschaft, verwaltung "
        "oder politik; bei Kontakten, Kooperationen und Notizen der Sektor ihrer Organisationen.")),
    ("status:pilot", QT_TRANSLATE_NOOP(
        "SearchHelp", "Status einer Kooperation: idee, anbahnung, pilot, umsetzung, "
        "verstetigt, ruhend oder beendet.")),
    ("art:workshopprotokoll", QT_TRANSLATE_NOOP(
        "SearchHelp", "Art einer Notiz: workshopprotokoll, reflexionsgespräch, "
        "gesprächsnotiz, lessons_learned oder idee.")),
    ("tag:Ehrenamt", QT_TRANSLATE_NOOP("SearchHelp", "Nur Einträge mit diesem Schlagwort.")),
    ("stadtteil:nordstadt", QT_TRANSLATE_NOOP(
        "SearchHelp", "Nur Einträge aus diesem Stadtteil; bei Kontakten, Kooperationen und "
        "Notizen der Stadtteil ihrer Organisationen.")),
    ("von:01.01.2025 bis:31.12.2025", QT_TRANSLATE_NOOP(
        "SearchHelp", "Zeitraum (Datum der Notiz, Beginn der Kooperation); auch "
        "von:2025 oder bis:2025-06-30.")),
)


def search_help_examples() -> tuple[str, ...]:
    """The example queries of the help text (the tests parse each of them)."""
    return tuple(example for example, _ in _ROWS)


def search_help_text() -> str:
    """The search help as simple HTML for a QLabel/QTextBrowser (German)."""
    rows = "".join(
        f"<tr><td><code>{html.escape(example)}</code></td>"
        f"<td>{html.escape(translate('SearchHelp', text))}</td></tr>"
        for example, text in _ROWS
    )
    heading = translate("SearchHelp", "So suchen Sie")
    footer = translate(
        "SearchHelp",
        "Groß- und Kleinschreibung, ä/ae, ö/oe, ü/ue und ß/ss sind egal. Bei Namen "
        "verzeiht die Suche einen Tippfehler („Schaefr“ findet „Schäfer“). Findet sie "
        "nichts, schlägt sie eine andere Schreibweise vor. Notizen, Kontakte und "
        "Kooperationen findet sie auch über die Namen der mit ihnen verknüpften "
        "Organisationen, Kontakte und Kooperationen. Alles lässt sich "
        "kombinieren: <code>typ:notiz Pflege von:2025</code>.",
    )
    return f"<h3>{heading}</h3><table>{rows}</table><p>{footer}</p>"

