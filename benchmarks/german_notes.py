"""Deterministic German workshop notes for the search benchmark.

``generate_notes(n, seed)`` always yields the same documents for the same
arguments, so figures from different runs and machines compare. Each note has a
main theme whose vocabulary dominates its text, as in real notes: a topic word
occurs in a few percent of all notes, common words in many.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from sic_desktop.core.record_ref import RecordRef, RecordType
from sic_desktop.search.search_document import SearchDocument

SURNAMES = (
    "Schäfer", "Müller", "Weiß", "Özdemir", "Schmidt", "Wagner", "Becker", "Hoffmann",
    "Yılmaz", "Kaya", "Nowak", "Kowalski", "Krüger", "Böhm", "Groß", "Fuchs", "Çelik",
    "Lange", "Jäger", "Koch", "Richter", "Wolff", "Schröder", "Neumann", "Demir",
    "Schulte", "Brinkmann", "Wilms", "Hüsken", "Sauerland", "Aydın", "Lewandowski",
)
FIRST_NAMES = (
    "Anna", "Jörg", "Ayşe", "Mehmet", "Katrin", "Jürgen", "Sabine", "Lukas", "Leonie",
    "Thomas", "Fatma", "Björn", "Petra", "Murat", "Jana", "Sören", "Elif", "Ulrike",
    "Dirk", "Özlem", "Heike", "Can", "Marlene", "Frank", "Zeynep", "Till",
)
ORGANISATIONS = (
    "Caritasverband Dortmund", "Technische Universität Dortmund", "Fachhochschule Dortmund",
    "Stiftung Soziale Stadt", "Quartiersbüro Nordstadt", "Handwerkskammer Dortmund",
    "IHK zu Dortmund", "Jobcenter Dortmund", "Diakonie Dortmund und Lünen",
    "Familienbüro Eving", "Grünbau gGmbH", "Planerladen e.V.", "DOGEWO21",
    "Bürgerstiftung Dortmund", "Agentur für Arbeit", "Sozialforschungsstelle",
    "AWO Unterbezirk Dortmund", "Evangelische Kirche Hörde", "Kita-Verbund Husen",
    "Berufskolleg Marten", "Gesamtschule Scharnhorst", "Wilo Foundation",
)
DISTRICTS = ("Nordstadt", "Marten", "Eving", "Husen", "Hörde", "Scharnhorst",
             "Innenstadt-West", "Huckarde", "Aplerbeck", "Brackel")
KINDS = ("workshopprotokoll", "reflexionsgespraech", "gespraechsnotiz", "lessons_learned",
         "idee")
TAGS = ("Fördermittel", "Ehrenamt", "Pflege", "Kita", "Ausbildung", "Digitalisierung",
        "Netzwerk", "Wirkungsmessung", "Beteiligung", "Stiftungstag", "Integration",
        "Sprache", "Wohnen", "Gesundheit", "Presse", "Verstetigung")
# Theme field → its own vocabulary.
THEMES: dict[str, tuple[str, ...]] = {
    "Work & Care": (
        "pflegende Angehörige", "Pflegezeit", "Familienpflegezeit", "Vereinbarkeit",
        "Betriebsvereinbarung", "Pflegelotsen", "Tagespflege", "Entlastungsangebote",
        "Arbeitszeitmodelle", "Kurzzeitpflege", "Pflegestützpunkt", "Pflegeberatung",
        "Kinderbetreuungsangebote", "Randzeitenbetreuung", "Betriebskita", "Ferienbetreuung",
    ),
    "Arbeit im Quartier": (
        "Quartiersarbeit", "Langzeitarbeitslose", "Beschäftigungsförderung",
        "Nachbarschaftsfest", "Stadtteilbüro", "Quartiersmanagement", "Sprachkurse",
        "Nachbarschaftshilfe", "Leerstand", "Ladenlokal", "Stadtteilzentrum",
        "Bewohnerinnen", "Migrantenorganisationen", "Sozialraum", "Quartiersfonds",
    ),
    "Wirtschaft & Schule": (
        "Ausbildungsbetriebe", "Berufsorientierung", "Praktikumsplätze",
        "Betriebserkundungen", "Schülerfirma", "Ausbildungsmesse", "Bewerbungstraining",
        "Talentscouts", "Übergang Schule-Beruf", "Azubi-Botschafter", "Berufsfelderkundung",
        "Handwerksbetriebe", "Lehrkräfte", "Elternabend", "Ganztagsschule",
    ),
    "Corporate Social Responsibility": (
        "Corporate Volunteering", "Unternehmensengagement", "Spendenaktion",
        "Nachhaltigkeitsbericht", "Mitarbeiterengagement", "Freiwilligentag",
        "Sachspenden", "Pro-bono-Beratung", "Lieferkette", "Gemeinwohlbilanz",
        "Engagementwoche", "Patenschaften", "Sozialunternehmen", "Mentoring",
    ),
    "Stiftungen": (
        "Stiftungstag", "Förderprogramm", "Fördermittel", "Antragsfrist", "Stiftungskapital",
        "Bürgerstiftung", "Förderrichtlinie", "Verwendungsnachweis", "Stiftungsrat",
        "Anschubfinanzierung", "Kofinanzierung", "Projektskizze", "Zustiftung",
    ),
    "Soziale Innovation": (
        "Erwartungsmanagement", "Wirkungsmessung", "Sichtbarmachung", "Autorenschaft",
        "Koproduktion", "Silos", "Quick-Wins", "Wicked Problems", "Erfahrungswissen",
        "Mandat", "Atmosphäre", "Institutionalisierung", "Innovationswerkstatt",
        "Reallabor", "Ökosystem", "Verstetigung", "Kartierung",
    ),
}
ADJECTIVES = ("hilfreich", "schwierig", "vielversprechend", "zu aufwendig", "überfällig",
              "gut angenommen", "noch unklar", "dringend", "realistisch", "ausbaufähig")
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")
SENTENCES = (
    "{person} ({org}) berichtet über {w1} in {district}.",
    "Wir vereinbaren, {w1} und {w2} beim nächsten Treffen im {month} zu vertiefen.",
    "Offene Frage: Wie lässt sich {w1} mit {w2} verbinden?",
    "Die Teilnehmenden bewerten {w1} als {adj}.",
    "{org} bietet an, {w1} für {number} Personen zu organisieren.",
    "Für {w1} fehlen bisher Ansprechpersonen in {district}.",
    "{person} bittet um Rückruf wegen {w1}.",
    "Beim Austausch mit {org} wurde {w1} als {adj} beschrieben.",
    "Als Quick-Win schlagen wir vor, {w1} in {district} sichtbarer zu machen.",
    "Die Finanzierung für {w1} ist bis {month} gesichert; danach braucht es {w2}.",
    "Es gab Kritik: {w1} sei {adj}, solange {w2} nicht geklärt ist.",
    "{person} übernimmt die Vorbereitung zu {w1}.",
    "Im Workshop entstanden {number} Ideen zu {w1}.",
    "Die Straße vor dem Stadtteilbüro in {district} wird im {month} für ein Fest gesperrt.",
    "Wir prüfen, ob {org} bei {w1} Lead-Partner werden kann.",
    "Die Stimmung war offen; {w1} und {w2} wurden lebhaft diskutiert.",
    "Nächster Schritt: Gespräch mit {person} über {w1}.",
    "Erfahrungen aus {district} zeigen, dass {w1} Zeit braucht.",
    "{org} hat Interesse an {w1}, aber wenig Kapazitäten.",
    "Die Ergebnisse zu {w1} fließen in den Bericht an die Politik ein.",
)
TITLES = (
    "Workshop {theme}", "Reflexionsgespräch mit {org}", "Netzwerktreffen {district}",
    "Gespräch mit {person}", "Lessons Learned: {w1}", "Idee: {w1}", "{w1} in {district}",
    "Austausch {org}", "Innovationswerkstatt {w1}", "Vorbereitung {w1}",
)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"


def generate_notes(count: int, seed: int = 20251125) -> Iterator[SearchDocument]:
    """``count`` note documents with German workshop vocabulary, reproducibly."""
    rng = random.Random(seed)
    start = dt.date(2019, 1, 1)
    theme_names = tuple(THEMES)
    all_words = tuple(w for words in THEMES.values() for w in words)
    for number in range(1, count + 1):
        theme = rng.choice(theme_names)
        vocabulary = THEMES[theme]

        def word() -> str:
            # Four words in five come from the note's own theme.
            return rng.choice(vocabulary if rng.random() < 0.8 else all_words)

        fill = {"district": rng.choice(DISTRICTS), "org": rng.choice(ORGANISATIONS),
                "person": _person(rng), "theme": theme}

        def sentence(template: str) -> str:
            return template.format(**fill, w1=word(), w2=word(), adj=rng.choice(ADJECTIVES),
                                   month=rng.choice(MONTHS), number=rng.randint(3, 40))

        body = " ".join(sentence(rng.choice(SENTENCES)) for _ in range(rng.randint(4, 16)))
        day = start + dt.timedelta(days=rng.randrange(7 * 365))
        yield SearchDocument(
            ref=RecordRef(RecordType.NOTE, number),
            title=sentence(rng.choice(TITLES)),
            names=(fill["org"], fill["person"], *(_person(rng) for _ in range(rng.randint(0, 2)))),
            body=body,
            tags=tuple(rng.sample(TAGS, rng.randint(0, 3))),
            themes=(theme, *rng.sample(theme_names, rng.randint(0, 1))),
            districts=(fill["district"],),
            kind=rng.choice(KINDS),
            date=day,
            updated=dt.datetime.combine(day, dt.time(17, 0)),
        )
