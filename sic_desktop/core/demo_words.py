"""Word lists for the demo data: Dortmund districts, German names, organisations, note phrases.

All persons are invented. Organisation names are made up from patterns; any
likeness to a real one is a coincidence of common words.
"""

DISTRICTS = (
    "Nordstadt", "Marten", "Eving", "Husen", "Hörde", "Huckarde", "Scharnhorst", "Brackel",
    "Aplerbeck", "Lütgendortmund", "Mengede", "Innenstadt-West", "Innenstadt-Ost", "Hombruch",
    "Dorstfeld", "Wickede", "Kirchlinde", "Körne", "Westerfilde", "Derne",
)  # fmt: skip

STREETS = (
    "Münsterstraße", "Schützenstraße", "Bornstraße", "Mallinckrodtstraße", "Evinger Straße",
    "Hörder Bahnhofstraße", "Marsbruchstraße", "Brackeler Hellweg", "Kampstraße", "Hansastraße",
    "Westfalendamm", "Rheinische Straße", "Lindenhorster Straße", "Steinstraße", "Burgholzstraße",
    "Flughafenstraße", "Körner Hellweg", "Schulte-Witten-Straße", "Heiliger Weg", "Weißenburger Straße",
)  # fmt: skip

FIRST_NAMES_F = (
    "Anna", "Sabine", "Özlem", "Katarzyna", "Petra", "Aylin", "Julia", "Monika", "Fatma", "Ingrid",
    "Lena", "Dragana", "Jana", "Birgit", "Merve", "Claudia", "Svetlana", "Hülya", "Ursula", "Marie",
    "Agnieszka", "Renate", "Leonie", "Gül", "Christiane",
)  # fmt: skip
FIRST_NAMES_M = (
    "Jürgen", "Mehmet", "Thomas", "Sören", "Jörg", "Björn", "Maik", "Łukasz", "Andreas", "Kemal",
    "Dieter", "Stefan", "Ahmet", "Frank", "Nikola", "Uwe", "Tobias", "Jens", "Bülent", "Klaus",
    "Marek", "Ralf", "Emre", "Matthias", "Hans-Peter",
)  # fmt: skip
LAST_NAMES = (
    "Schäfer", "Müller", "Weiß", "Özdemir", "Kowalski", "Yılmaz", "Hoffmann", "Becker", "Schröder",
    "Krämer", "Großmann", "Nowak", "Brüggemann", "Wöstmann", "Schmidt", "Schneider", "Fischer",
    "Wagner", "Kaya", "Demir", "Lehmann", "Köhler", "Jäger", "Hüsken", "Bäumer", "Nießen", "Dąbrowski",
    "Petrović", "Kühn", "Vogel", "Sauerland", "Wolff", "Çelik", "Grüter", "Heße", "Öztürk", "Krüger",
    "Mertens", "Böhm", "Strauß",
)  # fmt: skip
TITLES = ("", "", "", "", "", "", "Dr.", "Prof. Dr.")

# Per sector: functions as (female form, male form).
FUNCTIONS = {
    "wirtschaft": (("Geschäftsführerin", "Geschäftsführer"), ("Personalleiterin", "Personalleiter"),
                   ("Ausbildungsleiterin", "Ausbildungsleiter"), ("Referentin für CSR", "Referent für CSR"),
                   ("Inhaberin", "Inhaber"), ("Betriebsrätin", "Betriebsrat")),
    "wissenschaft": (("Professorin", "Professor"), ("Wissenschaftliche Mitarbeiterin", "Wissenschaftlicher Mitarbeiter"),
                     ("Projektleiterin", "Projektleiter"), ("Institutsleiterin", "Institutsleiter")),
    "zivilgesellschaft": (("Vorsitzende", "Vorsitzender"), ("Geschäftsführerin", "Geschäftsführer"),
                          ("Projektkoordinatorin", "Projektkoordinator"), ("Quartiersmanagerin", "Quartiersmanager"),
                          ("Schulsozialarbeiterin", "Schulsozialarbeiter"), ("Ehrenamtskoordinatorin", "Ehrenamtskoordinator")),
    "verwaltung": (("Sachgebietsleiterin", "Sachgebietsleiter"), ("Fachberaterin", "Fachberater"),
                   ("Referentin", "Referent"), ("Bereichsleiterin", "Bereichsleiter")),
    "politik": (("Bezirksbürgermeisterin", "Bezirksbürgermeister"), ("Bezirksvertreterin", "Bezirksvertreter"),
                ("Ratsmitglied", "Ratsmitglied"), ("Ausschussvorsitzende", "Ausschussvorsitzender")),
}  # fmt: skip

ORGANISATION_PATTERNS = {
    "wirtschaft": ("{last} & {last2} GmbH", "Pflegedienst {district} GmbH", "Bäckerei {last}",
                   "{last} Logistik GmbH", "Elektro {last} GmbH & Co. KG", "Kita-Service {district} gGmbH",
                   "Wohnungsgesellschaft {district} eG", "Softwarehaus {last} AG"),
    "wissenschaft": ("Institut für Quartiersforschung {district}", "Fachhochschule – Fachbereich Soziale Arbeit",
                     "Forschungsstelle Arbeit und Gesundheit", "Lehrstuhl für Stadtsoziologie",
                     "Institut für Bildungsübergänge", "Zentrum für Sozialinnovation"),
    "zivilgesellschaft": ("Quartiersinitiative {district} e.V.", "Familienzentrum {district}",
                          "Stiftung {last}", "Elternnetzwerk {district}", "Bürgerverein {district} e.V.",
                          "Jugendhilfe {district} gGmbH", "Nachbarschaftshilfe {district} e.V.",
                          "Migrantinnenverein {district} e.V.", "Förderverein Gesamtschule {district}"),
    "verwaltung": ("Jugendamt – Kita-Fachberatung {district}", "Sozialamt – Quartiersmanagement {district}",
                   "Schulverwaltungsamt", "Jobcenter – Standort {district}", "Amt für Wohnen",
                   "Seniorenbüro {district}", "Gesundheitsamt – Prävention"),
    "politik": ("Bezirksvertretung {district}", "Ausschuss für Soziales, Arbeit und Gesundheit",
                "Seniorenbeirat", "Integrationsrat"),
}  # fmt: skip

TEAM = ("Kathrin Brandt", "Murat Aydın", "Lena Vogt", "Tobias Reuter")

# Per theme field: phrases a note or cooperation about it would contain.
THEME_PHRASES = {
    "Arbeit im Quartier": (
        "Das Stadtteilbüro {district} meldet großes Interesse an Qualifizierung im Quartier.",
        "Leerstehende Ladenlokale an der {street} könnten als Quartierswerkstatt genutzt werden.",
        "Lokale Betriebe suchen Aushilfen; das Jobcenter prüft eine gemeinsame Sprechstunde.",
        "Die Quartiersarbeit braucht verlässliche Ansprechpersonen in der Verwaltung.",
        "Ko-produktive Prozesse mit der lokalen Wirtschaft stärken die Nahversorgung.",
        "Ein Nachbarschaftsfrühstück soll neue Ideen aus dem Quartier einsammeln.",
    ),
    "Work & Care": (
        "Viele Beschäftigte sind pflegende Angehörige und brauchen flexible Arbeitszeiten.",
        "Die Kinderbetreuungsangebote in {district} reichen für Schichtarbeitende nicht aus.",
        "Betriebe wünschen sich eine Pflege-Lotsin als feste Ansprechperson.",
        "Die Vereinbarkeit von Familie, Pflege und Beruf ist Thema im Unternehmensnetzwerk.",
        "Eine Randzeitenbetreuung ab 6 Uhr würde Alleinerziehenden sehr helfen.",
        "Das Gesundheitsamt bietet Schulungen zur Pflege zu Hause an.",
    ),
    "Wirtschaft & Schule": (
        "Ausbildungsbetriebe berichten von unbesetzten Stellen und wenig Bewerbungen.",
        "Die Berufsorientierung an der Gesamtschule {district} soll praxisnäher werden.",
        "Ausbildungsbotschafterinnen stellen ihre Berufe in Klasse 8 und 9 vor.",
        "Übergänge von der Schule in den Beruf gelingen besser mit festen Mentorinnen.",
        "Ein Betriebserkundungstag ist für das Frühjahr geplant.",
        "Die Schulsozialarbeit kennt die Jugendlichen, die Unterstützung brauchen.",
    ),
    "Corporate Social Responsibility": (
        "Das CSR-Netzwerk plant einen Aktionstag mit Freiwilligen aus den Unternehmen.",
        "Unternehmen wollen ihr gesellschaftliches Engagement sichtbarer machen.",
        "Corporate Volunteering kann Vereine im Quartier entlasten.",
        "Ein Leitfaden zur Nachhaltigkeitsberichterstattung für kleine Betriebe wird gewünscht.",
        "Das Kompetenzzentrum CSR berät kostenlos zu Engagement-Strategien.",
    ),
    "Stiftungen": (
        "Der Stiftungstag bringt Stiftungen und Initiativen ins Gespräch.",
        "Das Stiftungsportal soll um eine Suche nach Förderzwecken ergänzt werden.",
        "Kleine Stiftungen suchen Projekte im Bereich Bildung und Nachbarschaft.",
        "Eine Förderung über drei Jahre würde die Verstetigung ermöglichen.",
        "Im Stiftungsnetzwerk wurde über gemeinsame Wirkungsmessung gesprochen.",
    ),
}

GENERAL_PHRASES = (
    "Erwartungsmanagement bleibt wichtig: nicht jede Idee lässt sich sofort umsetzen.",
    "Die Ergebnisse sollen im nächsten Ausschuss vorgestellt werden.",
    "Wir vereinbaren ein Folgetreffen in vier Wochen.",
    "Die Beteiligten wünschen sich mehr Sichtbarkeit ihrer Arbeit.",
    "Quick-Wins helfen, Vertrauen aufzubauen, lösen aber nicht die Wicked Problems.",
    "Die Silos zwischen den Ämtern erschweren schnelle Absprachen.",
    "Für die Wirkungsmessung sammeln wir Zahlen zu Teilnehmenden und Vermittlungen.",
    "Autorenschaft und Sichtbarmachung der Initiative wurden offen angesprochen.",
    "Die Kosten von rund 4.500 € übernimmt vorerst der Förderverein.",
    "{person} übernimmt die Einladung, {person2} klärt die Räume.",
)

COOPERATION_PATTERNS = {
    "Arbeit im Quartier": ("Quartierswerkstatt {district}", "Nachbarschaftsladen {district}",
                           "Lokale Ökonomie stärken in {district}", "Sprach-Café für Neuzugewanderte {district}"),
    "Work & Care": ("Kita-Plätze für Schichtarbeitende in {district}", "Pflege-Lotsen in Betrieben",
                    "Randzeitenbetreuung {district}", "Netzwerk Work & Care Unternehmen"),
    "Wirtschaft & Schule": ("Ausbildungsbotschafter an der Gesamtschule {district}", "Mentoring Schule–Betrieb",
                            "Betriebserkundungstage {district}", "Berufsorientierung mit Praxis"),
    "Corporate Social Responsibility": ("CSR-Aktionstag {district}", "Corporate Volunteering im Quartier",
                                        "Engagement-Börse Unternehmen"),
    "Stiftungen": ("Stiftungstag {year}", "Stiftungsportal Ausbau", "Förderfonds Nachbarschaft {district}"),
}  # fmt: skip

# Per theme field: what a note's title names, so that title and text are about the same thing.
THEME_TOPICS = {
    "Arbeit im Quartier": ("Quartierswerkstatt", "Qualifizierung im Quartier", "Nahversorgung", "Quartiersladen"),
    "Work & Care": ("Kinderbetreuung", "Pflege im Betrieb", "Randzeitenbetreuung", "Vereinbarkeit"),
    "Wirtschaft & Schule": ("Ausbildung", "Berufsorientierung", "Betriebserkundung", "Mentoring"),
    "Corporate Social Responsibility": ("Corporate Volunteering", "CSR-Aktionstag", "Engagement der Betriebe"),
    "Stiftungen": ("Stiftungstag", "Stiftungsportal", "Förderung durch Stiftungen"),
}  # fmt: skip
NOTE_TITLES = {
    "workshopprotokoll": ("Innovationsworkshop {topic}", "Werkstatt {district}: {topic}", "Workshop mit Trägern: {topic}"),
    "reflexionsgespraech": ("Reflexionsgespräch {topic}", "Rückblick {topic}"),
    "gespraechsnotiz": ("Gespräch mit {org}", "Telefonat mit {person}", "Abstimmung {topic}"),
    "lessons_learned": ("Lessons Learned {topic}",),
    "idee": ("Idee: {topic}",),
}  # fmt: skip

TAGS = ("Quartier", "Ehrenamt", "Förderung", "Ausschuss", "Presse", "Fachkräfte", "Pflege", "Kita",
        "Ausbildung", "Netzwerk", "Veranstaltung", "Wirkungsmessung")  # fmt: skip
