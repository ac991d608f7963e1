#!/usr/bin/env python3
"""Writes hard-half.jsonl: the classes of issue 11 (scaled ranges, ages and
clock times, elided and adjective-split counts, money subunits and spoken
forms, ordinals, signs, tallies, weekdays in the past), one case a line in
the spec's suite format. Written by the recense project from the class
descriptions, not copied from a peer's suite; same licence as the project.
Each expected item names its surface; its span is found with str.find."""
import json

# an article's date, no time of day: the recogniser reads these cases as it
# reads articles ("dans 2 heures" a length of time, not a moment)
R = "2016-05-10"
CASES = [
    ("scaled-range/1", "Le chantier coûtera de 6 à 7 milliards d'euros.", [("de 6 à 7 milliards d'euros", dict(kind="money", value=6e9, value_max=7e9, unit="EUR", approx="range"))]),
    ("scaled-range/2", "Entre 3 et 4 millions de personnes ont voté.", [("Entre 3 et 4 millions", dict(kind="count", value=3e6, value_max=4e6, unit="personne", approx="range"))]),
    ("scaled-range/3", "Les pertes vont de 2 à 5 millions de dollars.", [("2 à 5 millions de dollars", dict(kind="money", value=2e6, value_max=5e6, unit="USD", approx="range"))]),
    ("alternative-range/1", "Le bilan est passé à 16 ou 17 morts.", [("16 ou 17", dict(kind="count", value=16, value_max=17, unit="mort", approx="range"))]),
    ("alternative-range/2", "Le résultat sera connu dans 11 ou 12 jours.", [("11 ou 12 jours", dict(kind="duration", value="P11D", value_max="P12D", approx="range"))]),
    ("alternative-range/3", "Le marché sera divisé en trois ou quatre lots, en 2015 ou 2016.", [("trois ou quatre", dict(kind="count", value=3, value_max=4, unit="lot", approx="range")), ("2015", dict(kind="date", value="2015")), ("2016", dict(kind="date", value="2016"))]),
    ("age/1", "Paul, 26 ans, a été interpellé.", [("26 ans", dict(kind="age", value=26, unit="year"))]),
    ("age/2", "Il est âgé de 60 ans.", [("60 ans", dict(kind="age", value=60, unit="year"))]),
    ("age/3", "Un homme de 60 ans a été blessé.", [("Un", None), ("60 ans", dict(kind="age", value=60, unit="year"))]),
    ("age/4", "Marie Dupont (34 ans) a témoigné.", [("34 ans", dict(kind="age", value=34, unit="year"))]),
    ("duration/1", "Il vit à Lyon depuis 26 ans.", [("26 ans", dict(kind="duration", value="P26Y"))]),
    ("time/1", "Le train est arrivé à 7 heures.", [("7 heures", dict(kind="time", value="07:00"))]),
    ("time/2", "Vers 21 heures, la foule s'est dispersée.", [("Vers 21 heures", dict(kind="time", value="21:00", approx="approx"))]),
    # one unit for both bounds: "de 15 à 17 heures" is two clock times, "a duré de 3 à 4 heures" two lengths
    ("time-range/1", "La parade s'est déroulée de 15 à 17 heures.", [("15 à 17 heures", dict(kind="time", value="15:00", value_max="17:00", approx="range"))]),
    ("time-range/2", "Les bureaux de vote sont ouverts de 8 à 20 heures.", [("8 à 20 heures", dict(kind="time", value="08:00", value_max="20:00", approx="range"))]),
    ("duration-range/1", "La réunion a duré de 3 à 4 heures.", [("3 à 4 heures", dict(kind="duration", value="PT3H", value_max="PT4H", approx="range"))]),
    ("duration-range/2", "Les secours ont attendu deux à trois heures.", [("deux à trois heures", dict(kind="duration", value="PT2H", value_max="PT3H", approx="range"))]),
    ("duration/6", "Il remporte le titre en 5 h 18 min 12 s.", [("5 h 18 min 12 s", dict(kind="duration", value="PT5H18M12S"))]),
    ("duration/2", "Ils ont négocié pendant 7 heures.", [("7 heures", dict(kind="duration", value="PT7H"))]),
    ("count/1", "Deux grandes villes sont touchées.", [("Deux", dict(kind="count", value=2, unit="ville"))]),
    ("count/2", "On signale trois nouveaux cas.", [("trois", dict(kind="count", value=3, unit="cas"))]),
    ("duration/3", "Les prix ont doublé les cinq dernières années.", [("cinq dernières années", dict(kind="duration", value="P5Y"))]),
    ("duration/4", "sur les 6 premiers mois", [("6 premiers mois", dict(kind="duration", value="P6M"))]),
    ("duration/5", "au cours des trois prochaines années", [("trois prochaines années", dict(kind="duration", value="P3Y"))]),
    ("elided/1", "Dix personnes ont défilé, dont six à Quimper et trois à Morlaix.", [("Dix", dict(kind="count", value=10, unit="personne")), ("six", dict(kind="count", value=6, unit="personne")), ("trois", dict(kind="count", value=3, unit="personne"))]),
    ("elided/2", "On compte dix morts : six à Quimper, trois à Brest.", [("dix", dict(kind="count", value=10, unit="mort")), ("six", dict(kind="count", value=6, unit="mort")), ("trois", dict(kind="count", value=3, unit="mort"))]),
    ("elided/3", "412 écoles sont fermées et 95 partiellement ouvertes.", [("412", dict(kind="count", value=412, unit="école")), ("95", dict(kind="count", value=95, unit="école"))]),
    ("elided/4", "Vingt soldats ont été blessés, dont quatre grièvement.", [("Vingt", dict(kind="count", value=20, unit="soldat")), ("quatre", dict(kind="count", value=4, unit="soldat"))]),
    ("elided/5", "Huit otages ont été libérés ; trois d'entre eux sont hospitalisés.", [("Huit", dict(kind="count", value=8, unit="otage")), ("trois", dict(kind="count", value=3, unit="otage"))]),
    ("elided/6", "Les coureurs du Tour (198 au départ) sont arrivés à Paris.", [("198", dict(kind="count", value=198, unit="coureur"))]),
    ("elided/7", "Selon l'Insee, les naissances sont estimées à 558 600.", [("558 600", dict(kind="count", value=558600, unit="naissance"))]),
    ("money/1", "Le ticket coûte 3 euros 50.", [("3 euros 50", dict(kind="money", value=3.5, unit="EUR"))]),
    ("money/2", "Il a payé 10 livres sterling.", [("10 livres sterling", dict(kind="money", value=10, unit="GBP"))]),
    ("money/3", "Le contrat vaut 500 millions de yens.", [("500 millions de yens", dict(kind="money", value=500e6, unit="JPY"))]),
    ("money/4", "une amende de 20 francs suisses", [("20 francs suisses", dict(kind="money", value=20, unit="CHF"))]),
    ("ordinal/1", "Elle termine 5 e de la course.", [("5 e", dict(kind="ordinal", value=5))]),
    ("ordinal/2", "au XXIe siècle", [("XXIe", dict(kind="ordinal", value=21))]),
    ("sign/2", "Il fait moins douze degrés à Moscou.", [("moins douze degrés", dict(kind="measure", value=-12))]),
    ("sign/3", "La température oscille entre -21 et -27 °C.", [("entre -21 et -27 °C", dict(kind="measure", value=-27, value_max=-21, unit="°C", approx="range"))]),
    ("sign/1", "pas moins de 40 personnes", [("pas moins de 40", dict(kind="count", value=40, unit="personne", approx="min"))]),
    ("compound-scale/1", "Une centaine de milliers de personnes ont manifesté.", [("Une centaine de milliers", dict(kind="count", value=100000, unit="personne", approx="approx"))]),
    ("compound-scale/2", "Le budget atteint trois virgule deux milliards d'euros.", [("trois virgule deux milliards d'euros", dict(kind="money", value=3.2e9, unit="EUR"))]),
    ("compound-scale/3", "Le déficit atteindra 2 virgule 5 milliards de dollars.", [("2 virgule 5 milliards de dollars", dict(kind="money", value=2.5e9, unit="USD"))]),
    ("date-list/1", "Le salon se tient les 4, 5 et 6 juin.", [("4, 5 et 6 juin", dict(kind="date", value="2016-06-04", value_max="2016-06-06", approx="range"))]),
    ("date-list/2", "Les réunions des 12, 13, 14 et 15 septembre 2015.", [("12, 13, 14 et 15 septembre 2015", dict(kind="date", value="2015-09-12", value_max="2015-09-15", approx="range"))]),
    ("holiday/1", "Le défilé du 14-Juillet a réuni 300 personnes.", [("14-Juillet", dict(kind="date", value="2015-07-14")), ("300", dict(kind="count", value=300, unit="personne"))]),
    ("holiday/2", "Les cérémonies du 11-Novembre ont eu lieu.", [("11-Novembre", dict(kind="date", value="2015-11-11"))]),
    ("subunit/1", "Le prix du pain a augmenté de 5 centimes.", [("5 centimes", dict(kind="money", value=0.05, unit="EUR"))]),
    ("subunit/2", "Le timbre coûte 80 pence.", [("80 pence", dict(kind="money", value=0.8, unit="GBP"))]),
    ("decade/1", "Dans les années 1950, la ville a grandi.", [("années 1950", dict(kind="date", value="1950", value_max="1959", approx="range"))]),
    ("decade/2", "La mode des années 80 revient.", [("années 80", dict(kind="date", value="1980", value_max="1989", approx="range"))]),
    ("partitive/1", "Lors du coup de filet, 21 de ses membres ont été arrêtés.", [("21", dict(kind="count", value=21, unit="membre"))]),
    ("partitive/2", "Six des planètes sont habitables.", [("Six", dict(kind="count", value=6, unit="planète"))]),
    ("collective-duration/1", "Il a attendu une vingtaine de minutes.", [("une vingtaine de minutes", dict(kind="duration", value="PT20M", approx="approx"))]),
    ("spaced-ordinal-day/1", "Le lundi 1 er août, le musée a rouvert.", [("lundi 1 er août", dict(kind="date", value="2016-08-01"))]),
    ("weekday/ahead", "Des vols ont été annulés et d'autres sont prévus pour vendredi.", [("vendredi", dict(kind="date", value="2016-05-13"))]),
    ("tally/1", "Dupont (4/8) a marqué.", [("4", dict(kind="number", value=4)), ("8", dict(kind="number", value=8))]),
    ("weekday/1", "Le ministre a parlé lundi.", [("lundi", dict(kind="date", value="2016-05-09"))]),
    ("weekday/2", "Le ministre s'est exprimé lundi.", [("lundi", dict(kind="date", value="2016-05-09"))]),
    # said in a Monday's article, past tense: that Monday
    ("weekday/3@2016-05-09", "L'ONU a affirmé lundi que 50 civils ont été tués.", [("lundi", dict(kind="date", value="2016-05-09")), ("50", dict(kind="count", value=50, unit="civil"))]),
    ("chrono/1", "Elles battent le record du monde en 3'30\"65.", [("3'30\"65", dict(kind="duration", value="PT3M30.65S"))]),
    ("chrono/2", "Il court le 100 m en 9\"81.", [("100 m", dict(kind="measure", value=100, unit="m")), ("9\"81", dict(kind="duration", value="PT9.81S"))]),
    ("grouped-range/1", "Il resterait entre 60 et 80 000 militants.", [("entre 60 et 80 000", dict(kind="count", value=60000, value_max=80000, unit="militant", approx="range"))]),
    ("age/5", "Haïti : mort à 74 ans de l'ancien président", [("74 ans", dict(kind="age", value=74, unit="year"))]),
    ("age/6", "Félix Gouin, décédé en 1977 à 93 ans, fut président.", [("1977", dict(kind="date", value="1977")), ("93 ans", dict(kind="age", value=93, unit="year"))]),
    ("age/7", "Un touriste allemand de 45 ans a été secouru.", [("Un", None), ("45 ans", dict(kind="age", value=45, unit="year"))]),
    ("age/8", "Un contrat renouvelable de 5 ans a été signé.", [("Un", None), ("5 ans", dict(kind="duration", value="P5Y"))]),
    ("tense/1", "La course, qui a lieu le 3 mars, est menacée.", [("3 mars", dict(kind="date", value="2017-03-03"))]),
    # a scale named before its value
    ("magnitude/1", "Un séisme de magnitude 6,4 a frappé la côte.", [("magnitude 6,4", dict(kind="measure", value=6.4, unit="magnitude"))]),
    # a spaced en dash separates a place from its days; it is no minus sign
    ("dash/1", "Calendrier : Lyon – 12-13 juin, Nantes – 3-4 juillet.", [("12-13 juin", dict(kind="date", value="2016-06-12", value_max="2016-06-13", approx="range")), ("3-4 juillet", dict(kind="date", value="2016-07-03", value_max="2016-07-04", approx="range"))]),
    # "prochain" / "dernier" after a day and month beat the sentence's tense
    ("next/1", "Il comparaîtra le 17 mars prochain, a indiqué la police.", [("17 mars prochain", dict(kind="date", value="2017-03-17"))]),
    ("next/2", "Le projet, présenté le 20 juin dernier, sera voté demain.", [("20 juin dernier", dict(kind="date", value="2015-06-20")), ("demain", None)]),
    # the start of the year is the year
    ("year/1", "Le parti a perdu 500 militants depuis le début de l'année.", [("500", dict(kind="count", value=500, unit="militant")), ("le début de l'année", dict(kind="date", value="2016"))]),
    # an age group of a population, whatever qualifies it
    ("age-group/1", "Le vaccin est réservé aux moins de 18 ans.", [("moins de 18 ans", dict(kind="age", value=18, unit="year", approx="max"))]),
    ("age-group/2", "La loi vaut pour les 18 ans et plus.", [("18 ans et plus", dict(kind="age", value=18, unit="year", approx="min"))]),
    ("age-group/3", "Le chômage des 15-24 ans a baissé.", [("15-24 ans", dict(kind="age", value=15, value_max=24, unit="year", approx="range"))]),
    ("age-group/4", "Il a remporté le titre dans la catégorie des moins de 23 ans.", [("moins de 23 ans", dict(kind="age", value=23, unit="year", approx="max"))]),
    # "et plus tard" closes no age band
    ("age-group/5", "Il avait 18 ans et plus tard il est parti.", [("18 ans", dict(kind="age", value=18, unit="year"))]),
    # "respectivement": one year each, no range
    ("respectively/1", "Ils furent candidats respectivement en 1969 et 1974.", [("1969", dict(kind="date", value="1969")), ("1974", dict(kind="date", value="1974"))]),
    # "tous les deux" is a pronoun, the age after it stays whole; "tous les 15 jours" is a length of time
    ("pronoun/1", "Ils sont morts tous les deux à 97 ans.", [("97 ans", dict(kind="age", value=97, unit="year"))]),
    ("pronoun/2", "Il vient tous les 15 jours.", [("15 jours", dict(kind="duration", value="P15D"))]),
    # "une année 2016", "un mois de septembre": which period, not how long
    ("period-named/1", "La Chine a connu une année 2016 difficile.", [("2016", dict(kind="date", value="2016"))]),
    ("period-named/2", "On n'avait pas vu un mois de septembre aussi sec.", [("septembre", dict(kind="date", value="2015-09"))]),
    ("period-named/3", "Il a attendu une année entière.", [("une année", dict(kind="duration", value="P1Y"))]),
    # a rank is an ordinal; a street number stays an identifier
    ("rank/1", "Elle a battu la n°1 mondiale en demi-finale.", [("n°1", dict(kind="ordinal", value=1))]),
    ("rank/2", "Numéro un mondial historique, le groupe est en difficulté.", [("Numéro un", dict(kind="ordinal", value=1))]),
    ("rank/3", "Il habite au n°5 de la rue.", []),
    # a season named by its year is a date; "saison 3" of a series is no quantity
    ("season/1", "Les dernières journées de la saison 2016 ont lieu à Cozumel.", [("2016", dict(kind="date", value="2016"))]),
    ("season/2", "La saison 3 de la série est diffusée.", []),
    # "il est N heures" tells the time, and hours listed after a time are times
    ("clock/1", "Il était 15 heures quand le train est arrivé.", [("15 heures", dict(kind="time", value="15:00"))]),
    ("clock/2", "Il est minuit à Paris, 18 heures à New York et 15 heures à Los Angeles.", [("minuit", dict(kind="time", value="00:00")), ("18 heures", dict(kind="time", value="18:00")), ("15 heures", dict(kind="time", value="15:00"))]),
    ("clock/3", "Le départ a eu lieu à 15 heures, et deux heures plus tard tout était fini.", [("15 heures", dict(kind="time", value="15:00")), ("deux heures", dict(kind="duration", value="PT2H"))]),
    # a race time with its seconds is a length of time, unless a clock time's "à" opens it
    ("race-time/1", "Il bat le record de l'épreuve en 8 heures 15 minutes et 3 secondes.", [("8 heures 15 minutes et 3 secondes", dict(kind="duration", value="PT8H15M3S"))]),
    # an apposed age before a parenthesis of birth
    ("age/5", "L'assaillant, Karim Cheurfi, 39 ans (né le 31 décembre 1977), a été abattu.", [("39 ans", dict(kind="age", value=39, unit="year")), ("31 décembre 1977", dict(kind="date", value="1977-12-31"))]),
    # months are written in lower case: "Mars" alone inside a sentence is the planet
    ("planet/1", "Les images montrent l'atmosphère de Mars en mars dernier.", [("mars dernier", dict(kind="date", value="2016-03"))]),
    # "ce jour-là", "cette année-là" point back to the story's day, not the article's
    ("anaphoric-day/1", "Le groupe progressait ce jour-là en ski de randonnée.", []),
    ("anaphoric-day/2", "Ce jour, le groupe progresse en ski de randonnée.", [("Ce jour", dict(kind="date", value="2016-05-10"))]),
    # the start and the end of the year
    ("year-part/1", "Au début de l'année, 80 000 militants restaient.", [("début de l'année", dict(kind="date", value="2016")), ("80 000", dict(kind="count", value=80000, unit="militant"))]),
    ("year-part/2", "Les pays doivent ratifier l'accord avant la fin de l'année.", [("la fin de l'année", dict(kind="date", value="2016-12"))]),
    # stop 32: years ago or ahead are a span of years (the guidelines); one year stays a date
    ("years-ago/1", "La centrale a été mise en service il y a plus de 40 ans.", [("plus de 40 ans", dict(kind="duration", value="P40Y", approx="min"))]),
    ("years-ago/2", "La collision sera visible dans environ 5 ans.", [("environ 5 ans", dict(kind="duration", value="P5Y", approx="approx"))]),
    # a year after a noun a determiner opens names that noun's year
    ("edition-year/1", "L'édition 2016 des championnats d'Europe a lieu en Suisse.", [("2016", dict(kind="date", value="2016"))]),
    ("edition-year/2", "Il devance le champion du monde 2015 devant son public.", [("2015", dict(kind="date", value="2015"))]),
    # a year range followed by a conjunction of time
    ("year-range/1", "Elle a été rémunérée de 1998 à 2002 quand son mari était député.", [("1998 à 2002", dict(kind="date", value="1998", value_max="2002", approx="range"))]),
    # a bare number listed or compared after a measure or a share takes its kind
    ("listed-measure/1", "La course comprend 1,5 km de natation, 40 de cyclisme et 10 de course à pied.", [("1,5 km", dict(kind="measure", value=1.5, unit="km")), ("40", dict(kind="measure", value=40, unit="km")), ("10", dict(kind="measure", value=10, unit="km"))]),
    # a collective scaled again, which lends its noun to the elided count after it
    ("collective-scaled/1", "Plusieurs centaines de milliers de manifestants ont défilé, dont une dizaine de milliers à Lyon.", [("Plusieurs centaines de milliers", dict(kind="count", value=100000, unit="manifestant", approx="approx")), ("une dizaine de milliers", dict(kind="count", value=10000, unit="manifestant", approx="approx"))]),
    # hours and minutes as a length of time; a clock time stays one
    ("hours-minutes/1", "Il a bouclé le parcours en 1 h 30, loin du record de 1 h 21 min 9 s.", [("1 h 30", dict(kind="duration", value="PT1H30M")), ("1 h 21 min 9 s", dict(kind="duration", value="PT1H21M9S"))]),
    ("hours-minutes/2", "Le train part à 6 heures et le trajet dure pendant 5 heures.", [("6 heures", dict(kind="time", value="06:00")), ("5 heures", dict(kind="duration", value="PT5H"))]),
    # a spaced ordinal suffix before a mark
    ("spaced-ordinal/1", "Il est arrivé 12 ème.", [("12 ème", dict(kind="ordinal", value=12))]),
    # a spaced "1 er", "1 re" that opens no date
    ("spaced-ordinal/2", "Ce 1 er groupe est pris en chasse.", [("1 er", dict(kind="ordinal", value=1))]),
    ("spaced-ordinal/3", "de la 1 re à la 18 e minute", [("1 re", dict(kind="ordinal", value=1)), ("18 e", dict(kind="ordinal", value=18))]),
    # seconds after whole minutes, without their unit
    ("minutes-seconds/1", "Il sort de l'eau avec 3 minutes 30 d'avance.", [("3 minutes 30", dict(kind="duration", value="PT3M30S"))]),
    # an apposed age said to be today's
    ("age/5", "Aristide, 63 ans aujourd'hui, avait quitté le pays.", [("63 ans", dict(kind="age", value=63, unit="year")), ("aujourd'hui", None)]),
    # a noun opening a prepositional phrase is no counted noun
    ("year-after-name/1", "Nadal se retire de Roland-Garros 2016 suite à une blessure.", [("2016", dict(kind="date", value="2016"))]),
    # a unit heading a hyphenated compound is no unit
    ("compound-noun/1", "Il les a frappés avec un pied-de-biche, à 3 pieds du mur.", [("3 pieds", dict(kind="measure", value=3, unit="ft"))]),
    # "entre les mois de … et …" is one range
    ("month-range/1@2016-11-11", "Les emplois créés entre les mois de juillet et septembre ont baissé.", [("entre les mois de juillet et septembre", dict(kind="date", value="2016-07", value_max="2016-09", approx="range"))]),
    # millions of years are a span of time, not a count or an age
    ("geologic-time/1", "Cette espèce a vécu il y a 20 millions d'années.", [("20 millions d'années", dict(kind="duration", value="P20000000Y"))]),
    # an adjective of length between a number and its time unit
    ("long-years/1", "Une bataille vieille de quatre longues années.", [("quatre longues années", dict(kind="duration", value="P4Y"))]),
    # the seconds, in words, of whole minutes
    ("minutes-seconds/2", "Elle pointe à une minute trente des leaders.", [("une minute trente", dict(kind="duration", value="PT1M30S"))]),
    # a time zone's offset is no quantity
    ("utc-offset/1", "Le match a eu lieu vers 20 h 13 (UTC+2).", [("vers 20 h 13", dict(kind="time", value="20:13"))]),
    # a bare plural collective after "les" has no definite value
    ("collective-plural/1", "Il aide les centaines d'habitants des hameaux isolés.", []),
    # a dozen takes its noun through "de"
    ("dozen/1", "Une douzaine d'hommes se détachent.", [("Une douzaine", dict(kind="count", value=12, unit="homme"))]),
    # the number of parts something is cut into, and the second number of a proportion, count no earlier noun
    ("parts/1", "Trois soldats ont été tués ; la frontière couperait le Donbass en deux.", [("Trois", dict(kind="count", value=3, unit="soldat")), ("deux", dict(kind="number", value=2))]),
    ("proportion/1", "Vingt écoles sont fermées, soit une école sur deux.", [("Vingt", dict(kind="count", value=20, unit="école")), ("deux", dict(kind="number", value=2))]),
    # the new figure of a change takes the old one's scale
    ("change-scale/1", "Le déficit devrait baisser de 4,2 milliards à 3,6 cette année.", [("4,2 milliards", dict(kind="number", value=4200000000)), ("3,6", dict(kind="number", value=3600000000)), ("cette année", None)]),
    # a trade or an office is a person whatever its ending; a name in quotes takes an apposed age; "l'âge de" a few words before
    ("age/9", "Une juge de 52 ans a présidé l'audience.", [("Une", None), ("52 ans", dict(kind="age", value=52, unit="year"))]),
    ("age/10", "Le suspect, « Karim B. », 27 ans, a été écroué.", [("27 ans", dict(kind="age", value=27, unit="year"))]),
    ("age/11", "Le gouvernement veut porter l'âge de la retraite de 62 ans à 64 ans.", [("62 ans", dict(kind="age", value=62, unit="year")), ("64 ans", dict(kind="age", value=64, unit="year"))]),
    # hours of waiting or travel are a length of time; hours from which something runs a clock time
    ("hours/1", "Les automobilistes subissaient 3 h 40 d'attente à la frontière.", [("3 h 40", dict(kind="duration", value="PT3H40M"))]),
    ("hours/2", "Le musée sera ouvert à partir de 10 heures.", [("10 heures", dict(kind="time", value="10:00"))]),
    # an age after a clock time's minutes; a time before or after, whatever verb opens it; one day said as a length
    ("age/12", "Le chanteur est mort dimanche à 20 h 13 à 83 ans.", [("dimanche à 20 h 13", None), ("83 ans", dict(kind="age", value=83, unit="year"))]),
    ("duration/8", "Il a cessé de jouer à 80 ans, qu'il venait de fêter trois semaines plus tôt.", [("80 ans", dict(kind="age", value=80, unit="year")), ("trois semaines", dict(kind="duration", value="P3W"))]),
    ("duration/9", "Le port a été bloqué pendant un jour et les navires ont attendu.", [("un jour", dict(kind="duration", value="P1D"))]),
    ("hours/3", "Les heures sont en UTC : quand il est indiqué 22 heures, il est 23 heures à Londres.", [("22 heures", dict(kind="time", value="22:00")), ("23 heures", dict(kind="time", value="23:00"))]),
    # the million after the definite article; a second apposition after an age
    ("count/the-million", "La pétition a atteint le million de signatures.", [("million", dict(kind="count", value=1000000, unit="signature"))]),
    ("age/13", "Selon Anna Kowalska, 31 ans et ancienne salariée de l'usine, rien n'a changé.", [("31 ans", dict(kind="age", value=31, unit="year"))]),
    # a measure per another measure: both units, the span to the second
    ("per-unit/1", "Il conduisait avec 1,2 g par litre de sang.", [("1,2 g par litre", dict(kind="measure", value=1.2, unit="g/L"))]),
    # last summer is the last one over before the article date; next autumn the next to begin after it
    ("season/1@2017-03-01", "La sécheresse de l'été dernier a ruiné les récoltes.", [("l'été dernier", dict(kind="date", value="2016-06", value_max="2016-08", approx="range"))]),
    ("season/2@2017-03-01", "Les travaux reprendront à l'automne prochain.", [("l'automne prochain", dict(kind="date", value="2017-09", value_max="2017-11", approx="range"))]),
]


def main():
    with open("hard-half.jsonl", "w", encoding="utf-8") as out:
        for cid, text, items in CASES:
            expected, at = [], 0
            for surface, fields in items:
                start = text.find(surface, at)
                assert start >= 0, (cid, surface)
                at = start + len(surface)
                item = {"start": start, "end": at}
                item.update(fields if fields is not None else {"optional": True})
                expected.append(item)
            cid, _, reference = cid.partition("@")
            case = {"id": "recense/hard-half/" + cid, "text": text, "whole": False,
                    "reference_date": reference or R, "expected": expected}
            out.write(json.dumps(case, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
