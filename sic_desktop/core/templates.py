"""Starting texts for the note kinds, in Markdown.

The reflection template asks the questions of the KoSI-Lab analysis frame (the lab
as Organisation, Prozess, Ort and Netzwerk), which the team already knows from its
own work; the others give a workshop or a meeting a structure to fill in.
"""

from __future__ import annotations

from sic_desktop.core.i18n import translate


def note_template(kind: str) -> str:
    """The Markdown a new note of ``kind`` starts with (empty for kinds without a template)."""
    if kind == "reflexionsgespraech":
        return translate(
            "NoteTemplates",
            "## Organisation\n"
            "- **Struktur:** Wie sind wir aufgestellt, wer entscheidet?\n"
            "- **Kultur:** Was hat die Zusammenarbeit geprägt?\n"
            "- **Ressourcen:** Was hatten wir, was hat gefehlt?\n"
            "- **Mandat:** Wofür haben wir einen Auftrag, wofür nicht?\n\n"
            "## Prozess\n"
            "- **Kompetenzen:** Welche Fähigkeiten haben geholfen, welche brauchen wir?\n"
            "- **Methoden:** Was hat funktioniert, was nicht?\n"
            "- **Mandat:** Wer hat den Prozess getragen?\n\n"
            "## Ort\n"
            "- **Raum:** Wo haben wir gearbeitet?\n"
            "- **Verortung:** Wie sichtbar waren wir im Quartier und in der Verwaltung?\n"
            "- **Atmosphäre:** Wie haben sich die Beteiligten gefühlt?\n\n"
            "## Netzwerk\n"
            "- **Intern:** Wer in der Verwaltung war beteiligt?\n"
            "- **Lokales SI-Ökosystem:** Welche Akteure vor Ort kamen dazu?\n"
            "- **Global:** Welche Beispiele von anderswo haben uns geholfen?\n\n"
            "## Offene Fragen\n"
            "- Erwartungsmanagement, Sichtbarkeit, Beteiligung, Wirkungsmessung …\n\n"
            "## Nächste Schritte\n- \n",
        )
    if kind == "workshopprotokoll":
        return translate(
            "NoteTemplates",
            "## Anlass und Ziel\n\n\n"
            "## Teilnehmende\n- \n\n"
            "## Ablauf\n1. \n\n"
            "## Ergebnisse\n- \n\n"
            "## Vereinbarungen\n- **Wer macht was bis wann:** \n\n"
            "## Offene Punkte\n- \n",
        )
    if kind == "gespraechsnotiz":
        return translate(
            "NoteTemplates",
            "## Anlass\n\n\n## Besprochen\n- \n\n## Vereinbart\n- \n",
        )
    if kind == "lessons_learned":
        return translate(
            "NoteTemplates",
            "## Was ist gut gelaufen?\n- \n\n## Was würden wir anders machen?\n- \n\n"
            "## Was nehmen wir mit?\n- \n",
        )
    return ""


def without_template(text: str, kind: str) -> str:
    """``text`` without what its kind's template put there, so that a summary starts with what
    was written: the questions, empty bullets and headings of empty sections go.

    A line that begins with a template prompt („- **Struktur:** Wie sind wir aufgestellt …?“)
    keeps its label and the answer after the question („- **Struktur:** Wir …“); a heading of
    the template stays above a section that holds an answer, unless it is itself a question.
    """
    template = [line.rstrip() for line in note_template(kind).splitlines() if line.strip()]
    if not template:
        return text
    prompts = [t for t in template if not t.startswith("#") and any(c.isalpha() for c in t)]
    kept: list[str] = []
    for line in text.splitlines():
        stripped = line.rstrip()
        if not stripped.strip():
            continue
        if stripped in template and not stripped.startswith("#"):
            continue
        prompt = next((t for t in prompts if stripped.startswith(t)), None)
        if prompt is not None:
            label = prompt[: prompt.find("**", prompt.find("**") + 2) + 2] if prompt.count("**") >= 2 else ""
            stripped = (label + stripped[len(prompt):]).rstrip()
            if stripped == label.rstrip():
                continue  # a label without an answer
        kept.append(stripped)
    return "\n".join(
        line for number, line in enumerate(kept)
        if not (line in template and line.startswith("#"))
        or (not line.endswith("?") and number + 1 < len(kept) and not kept[number + 1].startswith("#"))
    )
