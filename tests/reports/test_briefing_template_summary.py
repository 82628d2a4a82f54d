"""A note written from its kind's template is summarised by what was written, not by the
template's questions: „Struktur: Das Team entscheidet gemeinsam“, not „Wie sind wir aufgestellt“."""

from __future__ import annotations

from datetime import date

from sic_desktop.core.models import Note
from sic_desktop.core.templates import note_template, without_template
from sic_desktop.reports.markdown import plain_text


def answered(kind: str, answers: dict[str, str]) -> str:
    text = note_template(kind)
    for prompt, answer in answers.items():
        assert prompt in text
        text = text.replace(prompt, prompt + answer, 1)
    return text


def test_the_summary_of_a_reflection_shows_the_answers(network, briefing_of):
    text = answered("reflexionsgespraech", {
        "wer entscheidet?": " Das Team entscheidet gemeinsam mit dem Quartiersbüro.",
        "## Nächste Schritte\n- ": "Termin mit der Stiftung im März",
    })
    network.ws.notes.create(Note(
        kind="reflexionsgespraech", note_date=date(2026, 11, 30), title="Rückblick Quartiersküche", text=text,
        organisation_ids=[network.verein.id]))
    page = briefing_of(network.verein.ref).text()
    start = page.index("Rückblick Quartiersküche")
    summary = page[start:start + 400]
    assert "Struktur: Das Team entscheidet gemeinsam mit dem Quartiersbüro." in summary
    assert "Termin mit der Stiftung im März" in summary
    for question in ("Wie sind wir aufgestellt", "Was hat die Zusammenarbeit geprägt", "Wirkungsmessung …"):
        assert question not in summary


def test_only_what_the_template_put_there_goes():
    lessons = answered("lessons_learned", {"## Was ist gut gelaufen?\n- ": "Die Einladung über die Schulen"})
    assert plain_text(without_template(lessons, "lessons_learned")) == "Die Einladung über die Schulen"
    workshop = answered("workshopprotokoll", {"## Anlass und Ziel\n": "Elterncafé planen",
                                              "- **Wer macht was bis wann:** ": "Frau Yılmaz lädt ein"})
    assert plain_text(without_template(workshop, "workshopprotokoll")) == (
        "Anlass und Ziel: Elterncafé planen Vereinbarungen: Wer macht was bis wann: Frau Yılmaz lädt ein")
    free = "Frei geschrieben.\n\n## Ergebnisse\n- Was ist gut gelaufen? Alles."
    assert without_template(free, "gespraechsnotiz") == "Frei geschrieben.\n## Ergebnisse\n- Was ist gut gelaufen? Alles."
    assert without_template(free, "idee") == free, "a kind without a template keeps its text"
