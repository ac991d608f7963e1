//! The inputs the linearity tests grow: the shapes that were once
//! quadratic in time or memory (issue 13 and the stops since) and the words
//! the parsers dwell on, for random mixes.

/// (name, unit repeated, copies of it in the smaller input)
pub const HOSTILE_SHAPES: &[(&str, &str, usize)] = &[
    ("repeated sentence", "Le 26 juin 2012, 3 000 personnes ont manifesté à Paris. ", 400),
    ("integers", "48213 907 66120 3 ", 1500),
    ("number words", "mille ", 4000),
    ("places after prepositions", "à Lyon, en France, de Marseille et à Rennes ", 600),
    ("paragraphs of datelines", "PARIS, 3 mars 2024 - 12 morts.\n", 800),
    // stop 24's code: descriptions and parenthesised counts in one endless
    // sentence, a name the article repeats, race times and grouped ranges
    ("descriptions in one sentence", "à Lyon, 12 morts dans la ville, le pays compte 3 blessés (40 000 habitants), ", 400),
    ("a repeated name", "Interpol et Interpol, selon Interpol ", 1000),
    ("race times and grouped ranges", "en 3'30\"65 puis 9\"81, entre 60 et 80 000 ", 800),
    // stop 25's code: lines opened by a place and a colon, descriptions
    // that hold a count, dates of earlier clauses, "prochain" after a date
    ("line-opening places and descriptions", "France : cette ville de 40 000 habitants, le 17 mars prochain, 3 morts\n", 600),
    ("dates of earlier clauses", "pour le mois de juillet 2017, mais avec 12 morts, 30 blessés, ", 600),
    // stop 26: compound durations, the first months of a year, clock hours by zone, age groups
    ("compound durations and first months", "1 minute et 21 secondes, les neuf premiers mois de l'année 2016, 13 heures UTC, les 18 ans et plus ", 500),
    // stop 32: numbers listed after a measure, past many dates; years of an edition, years ago, year ranges
    ("listed measures past dates", "1,5 km de natation, le 3 mars, le 4 mars, le 5 mars, 40 de cyclisme, contre 21,8 ", 500),
    ("years of editions and years ago", "l'édition 2016 des championnats, il y a 30 ans, de 1998 à 2002 quand ", 500),
    // stop 36: the unlearnt cues (appositions, adjuncts, "parmi", measuring verbs),
    // a change's scale, scores, time-zone offsets, counts inside names
    ("unlearnt cues and changes", "16 000 clients touchés, de la ville, ont été blessés au couteau ; parmi eux 3 enfants, le coût s'élève à 4,2 milliards à 3,6 (UTC+2) 30-19 ", 400),
    ("pre-nominal runs", "mille jeunes mille jeunes des plus grandes ", 1000),
    // stop 37: named generations, places borrowing a country
    ("generations and borrowed countries", "en 3D, la 4G, 2 G€, les accords de Minsk coupent le Donbass en deux parties ", 500),
    ("elided counts in a sentence that runs for pages", "3, 4, 5, 6, 7, 8, 9 et 10, ", 800),
    // stop 43: numbers coordinated with an age (each once read its twin
    // whole: quadratic, and a stack overflow past 20 000), hour ranges,
    // parts, worldwide figures, days in parentheses, story dates
    ("numbers coordinated before an age", "14 et ", 2000),
    ("this stop's phrases", "de 15 à 17 heures, 5 000 dans le monde, coupé en deux, lundi (12), le lendemain, £100m, une seconde place, 14 et 17 ans ", 300),
    // stop 44: counts listed before the one near their verb, countries
    // ending names, headline places, month ranges, race times, weight
    // classes, the function words the recogniser now skips
    ("lists, names and month ranges", "Turquie : 13 tonnes au large de la Libye\n259 Palestiniens (des auteurs), 40 Israéliens, deux Américains , le Conseil de la loi du Qatar, avril et mai 2017, en 1:57:17, des -60kg, plusieurs millions de dollars, le président de France ", 200),
    // stop 45: falls of two figures, the place a counted noun is of,
    // origins and journeys' ends, lists run down, compound demonyms,
    // comparison dates, acts by their year, lifespans, rates of a volume
    ("falls, counted nouns' places and comparisons", "de douze à six mois, deux villes de l'État de Borno, originaires du Kosovo, se rendait à Islamabad, trois Kényans et trois Sud-Soudanais, 42 000 de plus qu'en novembre 2016, le Logan Act de 1799, vivre jusqu'à 60 ans, 630 km/s, 50 µg/m3, Nr. 5651 ", 200),
    // stop 46: ages of trades and quoted names, "l'âge de … de N ans",
    // hours of waiting against hours from which, last and next seasons
    ("ages, waiting hours and seasons", "un avocat de 64 ans, « Karim B. », 27 ans, l'âge de la pension de 56 ans, 2 h 15 d'attente, à partir de 20 heures, l'été dernier, l'automne prochain ", 200),
    // stop 47: some day against one day, noon in a name, an age after a
    // clock time's minutes, a shift back after an age's verb, a measure per
    // another measure, the million, a second apposition, a weekday in a title
    ("some day, noon in a name, ages after a time", "Un jour, pendant un jour, Midi-Pyrénées, le Midi Libre, dimanche à 20 h 13 à 83 ans, fêter trois semaines plus tôt, 1,92 g par litre, 7 tonnes par hectare, le million de signatures, Anna Kowalska, 31 ans et ancienne salariée, auteur de « Vendredi ou la Vie sauvage », la XXXI e édition ", 200),
];

/// The words random mixes are drawn from.
pub const PARSER_WORDS: &[&str] = &[
    "mille", "cent", "vingt", "et", "un", "deux", "millions", "de", "à", "en", "Paris", "Lyon", "France", "le", "3",
    "000", "12,5", "%", "euros", "personnes", "morts", "dont", "six", "juin", "2012", "lundi", ",", ".", "-", "\n",
    "entre", "et", "heures", "ans", "sur", "virgule", "premier", "la", "ville", "pays", "(", ")", "a", "lieu",
    "Interpol", "mort", "\"", "'", "minute", "secondes", "premiers", "mois", "l'année", "UTC", "plus",
    "km", "contre", "il y a", "l'édition", "quand",
    "parmi", "eux", "touchés", "clients", "au", "couteau", "blessé", "s'élève", "coût", "milliards", "douzaine", "jeunes", "+",
    "avril", "prochain", "dernier", "du", "des", "plusieurs", "Qatar", ":", "XXe",
    "qu'en", "Sud-Soudanais", "originaires", "vivre", "jusqu'à", "km/s", "Act", "villes",
    "avocat", "»", "«", "l'âge", "pension", "h", "d'attente", "partir", "l'été", "automne", "par jour", "chaque année",
    "Un", "jour", "Midi", "Midi-Pyrénées", "fêter", "tôt", "g", "litre", "hectare", "million", "signatures", "Vendredi", "ancienne", "XXXI", "e",
];
