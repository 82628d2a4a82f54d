"""A collection of our own for the relevance benchmark: notes as the SIC team writes them.

Written for ``benchmarks/search.py --relevance`` (not taken from anywhere): each note
has a distinctive subject, so that a user searching for it a year later expects it
among the first five hits, even among 10,000 demo notes on the same themes. The
queries say what a user would type, by kind, and which notes (by title) they expect.
"""

from __future__ import annotations

import datetime as dt

# (title, date, kind, district, text)
NOTES: tuple[tuple[str, dt.date, str, str, str], ...] = (
    ("Sprechstunde der Schuldnerberatungsstelle", dt.date(2025, 2, 4), "gespraechsnotiz", "Huckarde",
     "Die Schuldnerberatungsstelle der Diakonie bietet ab März eine offene Sprechstunde im Stadtteilhaus "
     "Huckarde an. Wartezeit derzeit sechs Wochen; Familien mit Mietschulden werden vorgezogen."),
    ("Gemeinschaftsgarten am Hoeschpark", dt.date(2025, 4, 17), "idee", "Nordstadt",
     "Anwohnende wollen auf der Brachfläche am Hoeschpark einen Gemeinschaftsgarten anlegen. Gesucht werden "
     "Hochbeete, ein Wasseranschluss und eine Haftpflichtversicherung über einen Trägerverein."),
    ("Frauenhaus braucht Übergangswohnungen", dt.date(2024, 11, 20), "gespraechsnotiz", "Innenstadt-Ost",
     "Das Frauenhaus ist voll belegt. Frauen bleiben zu lange, weil Übergangswohnungen fehlen. Anfrage an die "
     "Wohnungsgesellschaft zu zwei Belegwohnungen."),
    ("Volkshochschule: Deutschkurse für Eltern", dt.date(2025, 9, 2), "gespraechsnotiz", "Eving",
     "Die Volkshochschule plant vormittags Deutschkurse mit paralleler Kinderbetreuung in der Grundschule "
     "Kemminghausen. Anmeldung über das Familienbüro."),
    ("Bürgergeld-Beziehende im Quartierscafé", dt.date(2025, 6, 12), "workshopprotokoll", "Marten",
     "Im Quartierscafé berichteten Bürgergeld-Beziehende, dass Bescheide des Jobcenters schwer verständlich "
     "sind. Idee: Lotsinnen, die beim Ausfüllen von Anträgen helfen."),
    ("Ehrenamtliche Lesepaten für die Grundschule", dt.date(2024, 10, 8), "idee", "Scharnhorst",
     "Zwölf Ehrenamtliche aus der Kirchengemeinde möchten als Lesepaten in der Grundschule Scharnhorst "
     "mitmachen. Führungszeugnisse beantragt; Start nach den Herbstferien."),
    ("Geflüchtete Pflegekräfte: Anerkennung beschleunigen", dt.date(2025, 3, 25), "reflexionsgespraech",
     "Innenstadt-West",
     "Viele geflüchtete Pflegekräfte warten über ein Jahr auf die Anerkennung ihres Abschlusses. Vorschlag: "
     "Anpassungslehrgänge gemeinsam mit dem Klinikum und der Bezirksregierung."),
    ("Kita-Plätze in Randzeiten für Schichtdienst", dt.date(2025, 1, 14), "workshopprotokoll", "Eving",
     "Logistikbetriebe am Hafen fragen nach Betreuung ab 5:30 Uhr. Die Kindertagesstätte Am Lindenhorst prüft "
     "eine Randzeitengruppe; Kosten teilen sich drei Arbeitgeber."),
    ("ÖPNV-Anbindung des Gewerbegebiets", dt.date(2024, 9, 30), "gespraechsnotiz", "Brackel",
     "Beschäftigte ohne Auto erreichen das Gewerbegebiet Brackel nur mit zwei Umstiegen. Die Stadtwerke prüfen "
     "einen Werksbus zu Schichtbeginn."),
    ("KMU-Frühstück zur Fachkräftesicherung", dt.date(2025, 5, 8), "workshopprotokoll", "Hörde",
     "Beim Unternehmerfrühstück in Hörde berichteten kleine und mittlere Unternehmen von offenen "
     "Ausbildungsstellen im Handwerk. Die Handwerkskammer stellt ein Matching-Format vor."),
    ("Oberbürgermeister besucht das Quartiersbüro", dt.date(2025, 7, 3), "gespraechsnotiz", "Westerfilde",
     "Der Oberbürgermeister informierte sich im Quartiersbüro Westerfilde über die Nachbarschaftsarbeit. "
     "Zusage: Prüfung einer Verstetigung der Stelle über 2026 hinaus."),
    ("Repair-Café im Stadtteilladen", dt.date(2024, 12, 2), "idee", "Dorstfeld",
     "Rentner mit Werkzeug und Geduld: ein Reparaturcafé einmal im Monat im Stadtteilladen Dorstfeld. "
     "Versicherung über die Ehrenamtsagentur."),
    ("Lessons Learned Stiftungsforum", dt.date(2025, 11, 21), "lessons_learned", "Innenstadt-West",
     "Beim Stiftungsforum kamen zu wenige kleine Initiativen. Nächstes Mal: kürzere Pitches, Dolmetschende und "
     "ein Termin am Nachmittag statt am Vormittag."),
    ("Wirtschaftsförderung und Sozialunternehmen", dt.date(2025, 8, 19), "reflexionsgespraech", "Innenstadt-Nord",
     "Sozialunternehmen fallen durch die Raster der Gründungsberatung. Wir brauchen eine Ansprechperson in der "
     "Wirtschaftsförderung und einen Zugang zu Mikrokrediten."),
    ("Obdachlosigkeit im Winter: Kältebus", dt.date(2024, 12, 18), "gespraechsnotiz", "Innenstadt-West",
     "Die Kältebus-Initiative sucht Fahrerinnen und Fahrer für die Nächte unter minus fünf Grad. Kooperation "
     "mit der Wohnungslosenhilfe und dem Ordnungsamt abgestimmt."),
    ("Inklusive Ausbildung im Einzelhandel", dt.date(2025, 4, 2), "workshopprotokoll", "Aplerbeck",
     "Zwei Supermärkte bilden Jugendliche mit Lernbehinderung aus. Der Integrationsfachdienst begleitet; "
     "Berufsschule braucht kleinere Klassen."),
    ("Mietschuldenprävention mit der Wohnungsgesellschaft", dt.date(2025, 10, 6), "gespraechsnotiz", "Huckarde",
     "Die Wohnungsgesellschaft meldet Mietrückstände künftig früher an die Sozialberatung, damit Räumungsklagen "
     "vermieden werden. Datenschutz: nur mit Einwilligung der Mieterinnen."),
    ("Lastenfahrrad-Verleih im Quartier", dt.date(2025, 5, 27), "idee", "Hombruch",
     "Ein Cargobike für alle: Verleih über den Bürgerverein Hombruch, Buchung per Telefon für Ältere ohne "
     "Smartphone."),
    ("Pflegende Angehörige im Betrieb", dt.date(2025, 2, 26), "workshopprotokoll", "Lütgendortmund",
     "Fünf Betriebe berichteten von Beschäftigten, die Eltern pflegen. Wunsch: flexible Arbeitszeitmodelle und "
     "eine Pflegelotsin im Unternehmen."),
    ("Jugendberufsagentur: Übergang Schule Beruf", dt.date(2024, 11, 5), "reflexionsgespraech", "Innenstadt-Ost",
     "Jugendliche ohne Abschluss verlieren wir zwischen Schule und Ausbildung. Die Jugendberufsagentur soll "
     "Abgangsklassen früher aufsuchen."),
    ("Digitale Sprechstunde für Senioren", dt.date(2025, 3, 11), "idee", "Mengede",
     "Im Seniorenbüro Mengede erklären Schülerinnen älteren Menschen das Smartphone: Videotelefonie mit den "
     "Enkeln und Online-Termine beim Bürgeramt."),
    ("Streetwork am Nordmarkt", dt.date(2025, 8, 5), "gespraechsnotiz", "Nordstadt",
     "Die aufsuchende Sozialarbeit am Nordmarkt berichtet von mehr jungen Menschen mit Suchterkrankung. "
     "Anfrage nach einem Raum für eine Kontaktstelle."),
    ("Sponsoring für das Stadtteilfest", dt.date(2025, 6, 30), "gespraechsnotiz", "Hörde",
     "Die Sparkasse und zwei Handwerksbetriebe sponsern das Stadtteilfest am Phoenix-See. Gegenleistung: Logos "
     "auf dem Plakat."),
    ("Bildungspaket: Schulmaterial und Mittagessen", dt.date(2025, 9, 16), "gespraechsnotiz", "Eving",
     "Viele Familien kennen die Leistungen für Bildung und Teilhabe nicht. Die Schulsozialarbeit verteilt "
     "Infoblätter in fünf Sprachen."),
    ("Erwerbslose Frauen: Teilzeitausbildung", dt.date(2025, 1, 29), "workshopprotokoll", "Scharnhorst",
     "Alleinerziehende Mütter wünschen eine Teilzeitausbildung mit 30 Wochenstunden. Die Arbeitsagentur "
     "fördert die Maßnahme; Betriebe werden über die IHK gesucht."),
    ("Quartiersfonds für Nachbarschaftsprojekte", dt.date(2024, 10, 22), "idee", "Westerfilde",
     "Ein kleiner Quartiersfonds mit 5.000 Euro soll Nachbarschaftsprojekte unbürokratisch fördern: Antrag auf "
     "einer Seite, Entscheidung durch eine Jury aus Anwohnenden."),
    ("Hitzeschutz in Pflegeheimen", dt.date(2025, 7, 22), "gespraechsnotiz", "Aplerbeck",
     "Das Gesundheitsamt empfiehlt Hitzeschutzpläne. Zwei Pflegeheime richten kühle Räume ein; "
     "Trinkpatenschaften mit Ehrenamtlichen."),
    ("Integrationskurs mit Kinderbetreuung", dt.date(2025, 10, 28), "gespraechsnotiz", "Nordstadt",
     "Mütter brechen den Integrationskurs ab, weil die Kinderbetreuung fehlt. Der Träger sucht Räume für eine "
     "Spielgruppe parallel zum Kurs."),
    ("Reallabor Nachbarschaftsauto", dt.date(2025, 11, 4), "reflexionsgespraech", "Hombruch",
     "Das Reallabor zum geteilten Nachbarschaftsauto läuft seit einem halben Jahr. Die Auslastung ist gut, aber "
     "die Versicherung bleibt teuer."),
    ("Schulabbrecher zurückholen", dt.date(2025, 2, 11), "workshopprotokoll", "Nordstadt",
     "Die Jugendhilfe und zwei Gesamtschulen entwickeln ein Programm für Schulabbrecher: Werkstatttage, "
     "Mentoring und ein Lernort außerhalb der Schule."),
    ("Nachbarschaftshilfe für Einkäufe", dt.date(2024, 9, 10), "idee", "Brackel",
     "Die Nachbarschaftshilfe Brackel organisiert Einkäufe für Menschen in Quarantäne und nach Operationen. "
     "Koordination über eine Telefonkette."),
    ("Mikrokredite für Gründerinnen", dt.date(2025, 4, 29), "gespraechsnotiz", "Innenstadt-Nord",
     "Existenzgründerinnen mit Migrationsgeschichte bekommen selten Bankkredite. Die Wirtschaftsförderung "
     "vermittelt an einen Mikrofinanzfonds."),
)

# (kind, query, expected titles, FTS5 MATCH expression or None for the words of the query,
#  extra SQL condition for FTS5, its parameters)
QUERIES: tuple[tuple[str, str, tuple[str, ...], str | None, str, tuple], ...] = (
    # exact: words as written in the note
    ("exact", "Kältebus", ("Obdachlosigkeit im Winter: Kältebus",), None, "", ()),
    ("exact", "Hoeschpark Hochbeete", ("Gemeinschaftsgarten am Hoeschpark",), None, "", ()),
    ("exact", "Mikrokredite", ("Mikrokredite für Gründerinnen",), None, "", ()),
    ("exact", "Reallabor", ("Reallabor Nachbarschaftsauto",), None, "", ()),
    ("exact", "Werksbus", ("ÖPNV-Anbindung des Gewerbegebiets",), None, "", ()),
    ("exact", "Trinkpatenschaften", ("Hitzeschutz in Pflegeheimen",), None, "", ()),
    ("exact", "Quartiersfonds", ("Quartiersfonds für Nachbarschaftsprojekte",), None, "", ()),
    ("exact", "Lesepaten Grundschule", ("Ehrenamtliche Lesepaten für die Grundschule",), None, "", ()),
    ("exact", "Jugendberufsagentur", ("Jugendberufsagentur: Übergang Schule Beruf",), None, "", ()),
    ("exact", "Räumungsklagen", ("Mietschuldenprävention mit der Wohnungsgesellschaft",), None, "", ()),
    # stemming: another form of the word
    ("stemming", "Lesepate", ("Ehrenamtliche Lesepaten für die Grundschule",), None, "", ()),
    ("stemming", "Übergangswohnung", ("Frauenhaus braucht Übergangswohnungen",), None, "", ()),
    ("stemming", "Mikrokredit Gründerin", ("Mikrokredite für Gründerinnen",), None, "", ()),
    ("stemming", "Sozialunternehmens", ("Wirtschaftsförderung und Sozialunternehmen",), None, "", ()),
    ("stemming", "Pflegeheim Hitzeschutzplan", ("Hitzeschutz in Pflegeheimen",), None, "", ()),
    ("stemming", "Schulabbrechern", ("Schulabbrecher zurückholen",), None, "", ()),
    ("stemming", "Supermarkt Lernbehinderungen", ("Inklusive Ausbildung im Einzelhandel",), None, "", ()),
    ("stemming", "Anpassungslehrgang", ("Geflüchtete Pflegekräfte: Anerkennung beschleunigen",), None, "", ()),
    # prefix: the start of a word, typed with * or long enough on its own
    ("prefix", "Kältebu*", ("Obdachlosigkeit im Winter: Kältebus",), "Kältebu*", "", ()),
    ("prefix", "Mietrückst*", ("Mietschuldenprävention mit der Wohnungsgesellschaft",), "Mietrückst*", "", ()),
    ("prefix", "Nachbarschaftsau*", ("Reallabor Nachbarschaftsauto",), "Nachbarschaftsau*", "", ()),
    ("prefix", "Randzeitengru*", ("Kita-Plätze in Randzeiten für Schichtdienst",), "Randzeitengru*", "", ()),
    ("prefix", "Teilzeitausb*", ("Erwerbslose Frauen: Teilzeitausbildung",), "Teilzeitausb*", "", ()),
    ("prefix", "Unternehmerfrüh", ("KMU-Frühstück zur Fachkräftesicherung",), "Unternehmerfrüh*", "", ()),
    # compound part: a part of a compound, at its start, middle or end, or the whole written apart
    ("compound part", "Schuldnerberatung Huckarde", ("Sprechstunde der Schuldnerberatungsstelle",), None, "", ()),
    ("compound part", "Beratungsstelle Sprechstunde", ("Sprechstunde der Schuldnerberatungsstelle",), None, "", ()),
    ("compound part", "Garten Brachfläche", ("Gemeinschaftsgarten am Hoeschpark",), None, "", ()),
    ("compound part", "Gemeinschafts Garten", ("Gemeinschaftsgarten am Hoeschpark",), None, "", ()),
    ("compound part", "Wohnungen Frauen", ("Frauenhaus braucht Übergangswohnungen",), None, "", ()),
    ("compound part", "Prävention Mietschulden", ("Mietschuldenprävention mit der Wohnungsgesellschaft",), None, "", ()),
    ("compound part", "Auto Nachbarschaft Reallabor", ("Reallabor Nachbarschaftsauto",), None, "", ()),
    ("compound part", "Fonds Quartier", ("Quartiersfonds für Nachbarschaftsprojekte",), None, "", ()),
    ("compound part", "Patenschaften Trinken", ("Hitzeschutz in Pflegeheimen",), None, "", ()),
    ("compound part", "Bus Kälte", ("Obdachlosigkeit im Winter: Kältebus",), None, "", ()),
    ("compound part", "Kredite Gründerinnen", ("Mikrokredite für Gründerinnen",), None, "", ()),
    ("compound part", "Zeitmodelle Pflege Betrieb", ("Pflegende Angehörige im Betrieb",), None, "", ()),
    ("compound part", "Stadtteil Laden Reparatur", ("Repair-Café im Stadtteilladen",), None, "", ()),
    ("compound part", "Agentur Jugendberuf", ("Jugendberufsagentur: Übergang Schule Beruf",), None, "", ()),
    # synonym: an abbreviation or another word for the same thing
    ("synonym", "VHS Deutschkurse", ("Volkshochschule: Deutschkurse für Eltern",), None, "", ()),
    ("synonym", "SGB II Jobcenter Bescheide", ("Bürgergeld-Beziehende im Quartierscafé",), None, "", ()),
    ("synonym", "Freiwillige Lesepaten", ("Ehrenamtliche Lesepaten für die Grundschule",), None, "", ()),
    ("synonym", "Flüchtlinge Pflegekräfte", ("Geflüchtete Pflegekräfte: Anerkennung beschleunigen",), None, "", ()),
    ("synonym", "Kita Logistik Hafen", ("Kita-Plätze in Randzeiten für Schichtdienst",), None, "", ()),
    ("synonym", "Nahverkehr Gewerbegebiet", ("ÖPNV-Anbindung des Gewerbegebiets",), None, "", ()),
    ("synonym", "Mittelstand Handwerk Ausbildung", ("KMU-Frühstück zur Fachkräftesicherung",), None, "", ()),
    ("synonym", "OB Quartiersbüro", ("Oberbürgermeister besucht das Quartiersbüro",), None, "", ()),
    ("synonym", "Reparaturcafé Dorstfeld", ("Repair-Café im Stadtteilladen",), None, "", ()),
    ("synonym", "WiFö Sozialunternehmen", ("Wirtschaftsförderung und Sozialunternehmen",), None, "", ()),
    ("synonym", "Wohnungslose Winter", ("Obdachlosigkeit im Winter: Kältebus",), None, "", ()),
    ("synonym", "BuT Schulmaterial", ("Bildungspaket: Schulmaterial und Mittagessen",), None, "", ()),
    ("synonym", "Lastenrad Bürgerverein", ("Lastenfahrrad-Verleih im Quartier",), None, "", ()),
    ("synonym", "aufsuchende Arbeit Nordmarkt", ("Streetwork am Nordmarkt",), None, "", ()),
    # typo: a letter wrong, missing or swapped
    ("typo", "Kältebuss", ("Obdachlosigkeit im Winter: Kältebus",), None, "", ()),
    ("typo", "Hoeschprak", ("Gemeinschaftsgarten am Hoeschpark",), None, "", ()),
    ("typo", "Mikrokedite", ("Mikrokredite für Gründerinnen",), None, "", ()),
    ("typo", "Jugendberufsagentr", ("Jugendberufsagentur: Übergang Schule Beruf",), None, "", ()),
    ("typo", "Trinkpatenschafen", ("Hitzeschutz in Pflegeheimen",), None, "", ()),
    ("typo", "Quartiersfons", ("Quartiersfonds für Nachbarschaftsprojekte",), None, "", ()),
    ("typo", "Räumungsklagn", ("Mietschuldenprävention mit der Wohnungsgesellschaft",), None, "", ()),
    ("typo", "Lernbehindrung", ("Inklusive Ausbildung im Einzelhandel",), None, "", ()),
    # filter: words plus a field or date filter
    ("filter", "art:idee Hochbeete", ("Gemeinschaftsgarten am Hoeschpark",), "Hochbeete", "AND kind = ?", ("idee",)),
    ("filter", "typ:notiz von:2025-01-01 bis:31.03.2025 Schichtdienst",
     ("Kita-Plätze in Randzeiten für Schichtdienst",), "Schichtdienst", "AND type = 'note' AND day BETWEEN ? AND ?",
     ("2025-01-01", "2025-03-31")),
    ("filter", "art:lessons Stiftungsforum", ("Lessons Learned Stiftungsforum",), "Stiftungsforum", "AND kind = ?",
     ("lessons_learned",)),
    ("filter", "art:reflexion Anerkennung Pflegekräfte",
     ("Geflüchtete Pflegekräfte: Anerkennung beschleunigen",), "Anerkennung Pflegekräfte", "AND kind = ?",
     ("reflexionsgespraech",)),
    ("filter", "von:2025-06-01 Bürgergeld", ("Bürgergeld-Beziehende im Quartierscafé",), "Bürgergeld",
     "AND day >= ?", ("2025-06-01",)),
    ("filter", "art:workshop bis:2025-03-01 pflegen Betriebe", ("Pflegende Angehörige im Betrieb",),
     "pflegen Betriebe", "AND kind = ? AND day <= ?", ("workshopprotokoll", "2025-03-01")),
)
