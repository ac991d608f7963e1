use super::*;

fn rec() -> &'static Recognizer {
    use std::sync::OnceLock;
    static R: OnceLock<Recognizer> = OnceLock::new();
    R.get_or_init(Recognizer::new)
}

fn d(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// (span text, kind, value, unit, approx) of every quantity
fn got(text: &str, refd: &str) -> Vec<(String, &'static str, String, Option<String>, &'static str)> {
    rec()
        .extract(text, d(refd))
        .into_iter()
        .map(|q| {
            let v = match (&q.value, &q.value_max) {
                (Value::Number(x), None) => format!("{x}"),
                (Value::Text(s), None) => s.clone(),
                (Value::Number(x), Some(Value::Number(y))) => format!("{x}..{y}"),
                (Value::Text(x), Some(Value::Text(y))) => format!("{x}..{y}"),
                (a, b) => format!("{a:?}..{b:?}"),
            };
            (text[q.start..q.end].to_string(), q.kind.as_str(), v, q.unit.clone(), q.approx.as_str())
        })
        .collect()
}

fn check(text: &str, refd: &str, exp: &[(&str, &str, &str, Option<&str>, &str)]) {
    let g = got(text, refd);
    let e: Vec<_> = exp.iter().map(|(s, k, v, u, a)| (s.to_string(), *k, v.to_string(), u.map(|x| x.to_string()), *a)).collect();
    assert_eq!(g, e, "\ntext: {text}");
}

const R: &str = "2024-11-06";

#[test]
fn counts() {
    check("Interpol a arrêté 2 571 personnes.", R, &[("2 571", "count", "2571", Some("personne"), "exact")]);
    check("la surveillance de près de 24 000 vols", R, &[("près de 24 000", "count", "24000", Some("vol"), "approx")]);
    check("la réalisation de 8 millions de vérifications", R, &[("8 millions", "count", "8000000", Some("vérification"), "exact")]);
    check("14 mineurs et 45 autres victimes ont été libérés", R, &[("14", "count", "14", Some("mineur"), "exact"), ("45", "count", "45", Some("victime"), "exact")]);
    check("Au Mali, 24 jeunes femmes togolaises exploitées", R, &[("24", "count", "24", Some("femme"), "exact")]);
    check("Menée en collaboration avec 116 pays, cette campagne", R, &[("116", "count", "116", Some("pays"), "exact")]);
    check("quatre personnes ont été blessées", R, &[("quatre", "count", "4", Some("personne"), "exact")]);
    check("plus de 400 manifestants", R, &[("plus de 400", "count", "400", Some("manifestant"), "min")]);
    check("une centaine de migrants", R, &[("une centaine", "count", "100", Some("migrant"), "approx")]);
    check("des milliers de manifestants", R, &[]);
    check("plusieurs milliers de manifestants", R, &[("plusieurs milliers", "count", "1000", Some("manifestant"), "approx")]);
    // a scale word read as "milliers" is: "plusieurs millions de dollars"
    check("il a dérobé plusieurs millions de dollars", R, &[("plusieurs millions de dollars", "money", "1000000", Some("USD"), "approx")]);
    check("des millions de clics", R, &[]);
    check("au moins quatorze personnes", R, &[("au moins quatorze", "count", "14", Some("personne"), "min")]);
    check("Le \u{202f}3\u{a0}200 soldats", R, &[("3\u{a0}200", "count", "3200", Some("soldat"), "exact")]);
    // a hyphenated noun is counted whole, each part in the singular
    check("une dizaine de sapeurs-pompiers", R, &[("une dizaine", "count", "10", Some("sapeur-pompier"), "approx")]);
    check("une vingtaine de mini-lunes", R, &[("une vingtaine", "count", "20", Some("mini-lune"), "approx")]);
    // the second part keeps its accents; a demonstrative or a longer compound is no such noun
    check("trois gardes-frontières", R, &[("trois", "count", "3", Some("garde-frontière"), "exact")]);
    check("trois chefs-d'œuvre", R, &[("trois", "count", "3", Some("chef"), "exact")]);
    // an acronym counts, in lower case as every unit, with a model number glued to it
    check("cinq ONG interdites et six CF-18 rapatriés", R, &[("cinq", "count", "5", Some("ong"), "exact"), ("six", "count", "6", Some("cf-18"), "exact")]);
    check("Cinq autres ONG", R, &[("Cinq", "count", "5", Some("ong"), "exact")]);
    // not a word in capitals, nor a currency's two letters
    check("3 MORTS et 5 000 DA", R, &[("3", "number", "3", None, "exact"), ("5 000", "number", "5000", None, "exact")]);
}

#[test]
fn numbers_in_words() {
    check("vingt et un", R, &[("vingt et un", "number", "21", None, "exact")]);
    check("quatre-vingt-dix-sept", R, &[("quatre-vingt-dix-sept", "number", "97", None, "exact")]);
    check("deux cent mille", R, &[("deux cent mille", "number", "200000", None, "exact")]);
    check("un million deux cent mille", R, &[("un million deux cent mille", "number", "1200000", None, "exact")]);
    check("septante-huit, huitante, nonante-neuf", R, &[("septante-huit", "number", "78", None, "exact"), ("huitante", "number", "80", None, "exact"), ("nonante-neuf", "number", "99", None, "exact")]);
    check("trois quarts", R, &[("trois quarts", "number", "0.75", None, "exact")]);
    check("un demi", R, &[("un demi", "number", "0.5", None, "exact")]);
    check("deux mois et demi", R, &[("deux mois et demi", "duration", "P2.5M", None, "exact")]);
    // a half year is six months, as a half hour is thirty minutes
    check("depuis un an et demi", R, &[("un an et demi", "duration", "P1Y6M", None, "exact")]);
    check("durant 3,2 ans", R, &[("3,2 ans", "duration", "P3.2Y", None, "exact")]);
}

#[test]
fn digits_typography() {
    check("3,2 millions", R, &[("3,2 millions", "number", "3200000", None, "exact")]);
    check("1,5 milliard", R, &[("1,5 milliard", "number", "1500000000", None, "exact")]);
    check("100.000", R, &[("100.000", "number", "100000", None, "exact")]);
    check("6.700,54", R, &[("6.700,54", "number", "6700.54", None, "exact")]);
    check("-1,2M", R, &[("-1,2M", "number", "-1200000", None, "exact")]);
    check("moins 12", R, &[("moins 12", "number", "-12", None, "exact")]);
    check("1 billion", R, &[("1 billion", "number", "1000000000000", None, "exact")]);
    // the decimal comma said between figures, as "trois virgule deux" in words
    check("2 virgule 5 milliards de dollars", R, &[("2 virgule 5 milliards de dollars", "money", "2500000000", Some("USD"), "exact")]);
    check("1 virgule 2 %", R, &[("1 virgule 2 %", "percent", "1.2", Some("%"), "exact")]);
}

#[test]
fn money() {
    check("3 millions d'euros", R, &[("3 millions d'euros", "money", "3000000", Some("EUR"), "exact")]);
    check("15 000 €", R, &[("15 000 €", "money", "15000", Some("EUR"), "exact")]);
    check("2 M€", R, &[("2 M€", "money", "2000000", Some("EUR"), "exact")]);
    check("1,2 Md€", R, &[("1,2 Md€", "money", "1200000000", Some("EUR"), "exact")]);
    check("3 G€", R, &[("3 G€", "money", "3000000000", Some("EUR"), "exact")]);
    check("30 k€", R, &[("30 k€", "money", "30000", Some("EUR"), "exact")]);
    check("70 M$", R, &[("70 M$", "money", "70000000", Some("USD"), "exact")]);
    check("5 millions de dollars canadiens", R, &[("5 millions de dollars canadiens", "money", "5000000", Some("CAD"), "exact")]);
    check("10 000 francs suisses", R, &[("10 000 francs suisses", "money", "10000", Some("CHF"), "exact")]);
    check("500 000 francs CFA", R, &[("500 000 francs CFA", "money", "500000", Some("XOF"), "exact")]);
    check("£ 50 millions", R, &[("£ 50 millions", "money", "50000000", Some("GBP"), "exact")]);
    check("entre 10 et 20 euros", R, &[("entre 10 et 20 euros", "money", "10..20", Some("EUR"), "range")]);
    check("1 USD et 23 centimes", R, &[("1 USD et 23 centimes", "money", "1.23", Some("USD"), "exact")]);
}

#[test]
fn percent_measure_age() {
    check("12,5 %", R, &[("12,5 %", "percent", "12.5", Some("%"), "exact")]);
    check("12,5 pour cent", R, &[("12,5 pour cent", "percent", "12.5", Some("%"), "exact")]);
    check("de 10 à 15 %", R, &[("10 à 15 %", "percent", "10..15", Some("%"), "range")]);
    check("130 km/h", R, &[("130 km/h", "measure", "130", Some("km/h"), "exact")]);
    check("630 km/s et 50 µg/m3", R, &[("630 km/s", "measure", "630", Some("km/s"), "exact"), ("50 µg/m3", "measure", "50", Some("µg/m3"), "exact")]);
    // an act named by its year
    check("le Logan Act de 1799", R, &[("1799", "date", "1799", None, "exact")]);
    // the article "des" is no "dès": a count
    check("l'une des 1500 communes", R, &[("1500", "count", "1500", Some("commune"), "exact")]);
    check("2,5 tonnes", R, &[("2,5 tonnes", "measure", "2.5", Some("t"), "exact")]);
    check("–5 °C", R, &[("–5 °C", "measure", "-5", Some("°C"), "exact")]);
    check("300 hectares", R, &[("300 hectares", "measure", "300", Some("ha"), "exact")]);
    check("un homme de 60 ans", R, &[("60 ans", "age", "60", Some("year"), "exact")]);
    check("âgé de 28 ans", R, &[("28 ans", "age", "28", Some("year"), "exact")]);
    check("pendant trois ans", R, &[("trois ans", "duration", "P3Y", None, "exact")]);
    // a day within a fortnight of the article is that day, whatever the tense; further off, the tense decides
    check("Il a annoncé se rendre en Italie du 25 au 27 janvier.", "2016-01-24", &[("du 25 au 27 janvier", "date", "2016-01-25..2016-01-27", None, "range")]);
    check("Le tracé a changé à quelques jours du départ (le 9 janvier).", "2016-01-07", &[("9 janvier", "date", "2016-01-09", None, "exact")]);
    check("Il a été élu le 20 mars.", "2016-01-07", &[("20 mars", "date", "2015-03-20", None, "exact")]);
    // two years joined by "et" are one range; a deadline "d'ici fin 2016" its last month; seasons
    check("des violences en 2010 et 2011. Pour", R, &[("2010 et 2011", "date", "2010..2011", None, "range")]);
    check("Entre 2004 et 2007, 9 enfants", R, &[("Entre 2004 et 2007", "date", "2004..2007", None, "range"), ("9", "count", "9", Some("enfant"), "exact")]);
    check("l'accord d'ici à fin 2016.", R, &[("fin 2016", "date", "2016-12", None, "exact")]);
    check("C'est fin 2015 que", R, &[("fin 2015", "date", "2015", None, "exact")]);
    check("depuis l'été 2014, dont", R, &[("l'été 2014", "date", "2014-06..2014-08", None, "range")]);
    check("au début de l'été 2015, fatigué", R, &[("début de l'été 2015", "date", "2015-06", None, "exact")]);
    // the last season over before the article date, the next to begin after it
    check("Depuis l'été dernier, des barrières", "2017-02-10", &[("l'été dernier", "date", "2016-06..2016-08", None, "range")]);
    check("sécurisée à l'automne prochain", "2017-02-10", &[("l'automne prochain", "date", "2017-09..2017-11", None, "range")]);
    check("l'été dernier, la ville", "2017-10-02", &[("l'été dernier", "date", "2017-06..2017-08", None, "range")]);
    check("au printemps prochain", "2017-10-02", &[("au printemps prochain", "date", "2018-03..2018-05", None, "range")]);
    // a season under way is this year's for "prochain", last year's for "dernier"
    check("l'été dernier", "2017-08-15", &[("l'été dernier", "date", "2016-06..2016-08", None, "range")]);
    check("l'automne prochain", "2017-09-10", &[("l'automne prochain", "date", "2017-09..2017-11", None, "range")]);
    check("les Jeux olympiques d'été de 2016", R, &[("2016", "date", "2016", None, "exact")]);
    // a change "passant de X à Y %" is two quantities (the guidelines), a range is one
    check("le chômage passant de 9,7 à 9,5 %", R, &[("9,7", "percent", "9.7", Some("%"), "exact"), ("9,5 %", "percent", "9.5", Some("%"), "exact")]);
    // a fall "de X à Y" is a change too (no range runs downwards): the first figure takes the unit
    check("la réduction de douze à six mois", R, &[("douze", "duration", "P12M", None, "exact"), ("six mois", "duration", "P6M", None, "exact")]);
    check("le stock est passé de 10 à 5 tonnes", R, &[("10", "measure", "10", Some("t"), "exact"), ("5 tonnes", "measure", "5", Some("t"), "exact")]);
    check("un taux qui est passé de 16 à 21 % cette fois", R, &[("16", "percent", "16", Some("%"), "exact"), ("21 %", "percent", "21", Some("%"), "exact")]);
    check("un taux de 16 à 21 %", R, &[("16 à 21 %", "percent", "16..21", Some("%"), "range")]);
    // a name's year is a date (the guidelines: "Vendée Globe 2012-2013"), a season whatever follows
    check("Tour de France 2016 : Kittel remporte la quatrième étape", R, &[("2016", "date", "2016", None, "exact"), ("quatrième", "ordinal", "4", None, "exact")]);
    check("Déjà éliminée de la CAN 2017, l'équipe", R, &[("2017", "date", "2017", None, "exact")]);
    check("Le Falcon 9 a décollé", R, &[]);
    check("La saison 2015-2016 poursuit cette tendance.", R, &[("2015-2016", "date", "2015..2016", None, "range")]);
    // a rank's place is no street address
    check("Aurélien prend la 5 e place à un peu plus", R, &[("5 e", "ordinal", "5", None, "exact")]);
    check("Il prend la 5e place.", R, &[("5e", "ordinal", "5", None, "exact")]);
    check("au 5 place de la Gare", R, &[]);
    // compound durations, the first months of a year, clock hours by their zone, age groups
    check("arrivé 1 minute et 21 secondes avant", R, &[("1 minute et 21 secondes", "duration", "PT1M21S", None, "exact")]);
    check("un écart de près de deux minutes trente secondes", R, &[("près de deux minutes trente secondes", "duration", "PT2M30S", None, "approx")]);
    check("Cela fait trois mois et un jour.", R, &[("trois mois et un jour", "duration", "P3M1D", None, "exact")]);
    check("pendant deux ans et trois enfants", R, &[("deux ans", "duration", "P2Y", None, "exact"), ("trois", "count", "3", Some("enfant"), "exact")]);
    check("Sur les neuf premiers mois de l'année 2016, les ventes", R, &[("neuf premiers mois de l'année 2016", "date", "2016-01..2016-09", None, "range")]);
    check("Sur les trois premiers trimestres de l'année, les ventes", "2017-10-09", &[("trois premiers trimestres de l'année", "date", "2017-01..2017-09", None, "range")]);
    check("les cinq premiers mois de son mandat", R, &[("cinq premiers mois", "duration", "P5M", None, "exact")]);
    check("vers 15 heures locales (13 heures UTC)", R, &[("vers 15 heures", "time", "15:00", None, "approx"), ("13 heures", "time", "13:00", None, "exact")]);
    check("Peu après 11 heures, la rédaction", R, &[("Peu après 11 heures", "time", "11:00", None, "min")]);
    check("après 11 heures de négociations", R, &[("11 heures", "duration", "PT11H", None, "exact")]);
    check("légaliser le cannabis pour les 18 ans et plus", R, &[("18 ans et plus", "age", "18", Some("year"), "min")]);
    check("48 heures", R, &[("48 heures", "duration", "PT48H", None, "exact")]);
}

#[test]
fn hours_after_an_adjective_a_misspelt_quelques_and_a_round_of_a_draw() {
    check("Le vent a faibli au cours des trois dernières heures.", R, &[("trois dernières heures", "duration", "PT3H", None, "exact")]);
    // "des" unaccented is an article, not "dès": a length of time, under a bound
    check("un marathon en dessous des trois heures", R, &[("en dessous des trois heures", "duration", "PT3H", None, "max")]);
    check("il part dès 8 heures", R, &[("8 heures", "time", "08:00", None, "exact")]);
    check("la plupart des quelques 16 000 clients", R, &[("quelques 16 000", "count", "16000", Some("client"), "approx")]);
    check("des flashes de quelques millièmes de seconde", R, &[]);
    check("Elle est éliminée en tableau de 32 par la Roumaine.", R, &[]);
}

#[test]
fn a_race_time_in_hours_and_a_capitalised_unit_in_a_name() {
    check("Il domine la course à pied en 2 heures 56.", R, &[("2 heures 56", "duration", "PT2H56M", None, "exact")]);
    check("Il a couru pendant 3 heures 20.", R, &[("3 heures 20", "duration", "PT3H20M", None, "exact")]);
    check("Il arrive à 9 heures 30.", R, &[("9 heures 30", "time", "09:30", None, "exact")]);
    check("un cadeau à l'occasion des 24 Heures du Mans et de la guerre des Six Jours", R, &[]);
    check("observées à 7 millisecondes d'intervalle", R, &[("7 millisecondes", "duration", "PT0.007S", None, "exact")]);
    check("L'accident s'est produit aux environs de 6 h 00 à Tauves.", R, &[("aux environs de 6 h 00", "time", "06:00", None, "approx")]);
}

#[test]
fn seconde_before_its_noun_is_an_ordinal() {
    check("Une seconde explosion s'est produite.", R, &[("seconde", "ordinal", "2", None, "exact")]);
    check("Il arrive une seconde plus tard, à près d'une seconde derrière.", R, &[("une seconde", "duration", "PT1S", None, "exact"), ("près d'une seconde", "duration", "PT1S", None, "approx")]);
}

#[test]
fn a_weekday_with_its_day_just_past_is_that_day() {
    // R is Wednesday 6 November 2024
    check("La CGT a annoncé des actions jeudi 31.", R, &[("jeudi 31", "date", "2024-10-31", None, "exact")]);
    check("Arrivé depuis le lundi (4) à Kinshasa, il part.", R, &[("lundi (4)", "date", "2024-11-04", None, "exact")]);
    // further back, the next month where the day is that weekday
    check("Il viendra jeudi 14.", R, &[("jeudi 14", "date", "2024-11-14", None, "exact")]);
}

#[test]
fn a_weekday_after_since_is_behind() {
    // R is Wednesday 6 November 2024; a sentence in the present
    // the nearest Friday is the 8th, two days ahead: "depuis" looks back
    check("Il est mis en examen depuis vendredi.", R, &[("vendredi", "date", "2024-11-01", None, "exact")]);
    check("Il est mis en examen depuis mercredi.", R, &[("mercredi", "date", "2024-11-06", None, "exact")]);
}

#[test]
fn a_range_of_hours_may_end_at_midnight() {
    check("La fête a lieu entre 19 heures et minuit.", R, &[("entre 19 heures et minuit", "time", "19:00..00:00", None, "range")]);
    check("de 11h30 jusqu'à 1h30", R, &[("de 11h30 jusqu'à 1h30", "time", "11:30..13:30", None, "range")]);
}

#[test]
fn english_scale_letters_after_a_currency_sign() {
    check("plus de joueurs à £ 100m et un contrat de $5bn", R, &[("£ 100m", "money", "100000000", Some("GBP"), "exact"), ("$5bn", "money", "5000000000", Some("USD"), "exact")]);
    check("Il court le 100m en 10 s.", R, &[("100m", "measure", "100", Some("m"), "exact"), ("10 s", "duration", "PT10S", None, "exact")]);
}

#[test]
fn an_abbreviated_weekday_that_is_also_a_word_needs_its_day() {
    check("Il y aurait 350 personnes à la mer. Il joue au jeu.", R, &[("350", "count", "350", Some("personne"), "exact")]);
    check("Quand ? mer. 10 juin 2020.", R, &[("mer. 10 juin 2020", "date", "2020-06-10", None, "exact")]);
    check("lun.", R, &[("lun.", "date", "2024-11-11", None, "exact")]);
}

#[test]
fn a_deadline_preposition_stays_out_of_the_date() {
    check("Le pont est fermé jusqu'au 15 mars.", R, &[("15 mars", "date", "2025-03-15", None, "exact")]);
    check("Le trafic est interrompu jusqu'à 9 h 30.", R, &[("9 h 30", "time", "09:30", None, "exact")]);
    check("Il reste jusqu'au mois de mai.", R, &[("mois de mai", "date", "2025-05", None, "exact")]);
    // before a count or a measure it is the quantity's upper bound
    check("jusqu'à 200 djihadistes et jusqu'à 12 mois", R, &[("jusqu'à 200", "count", "200", Some("djihadiste"), "max"), ("jusqu'à 12 mois", "duration", "P12M", None, "max")]);
}

#[test]
fn parts_and_proportions_count_no_earlier_noun() {
    check("Les forces loyalistes sont coupées en deux par Daech.", R, &[("deux", "number", "2", None, "exact")]);
    check("Dix villes ont voté ; le pays est divisé en trois.", R, &[("Dix", "count", "10", Some("ville"), "exact"), ("trois", "number", "3", None, "exact")]);
    check("Il a cassé la branche en deux morceaux.", R, &[("deux", "count", "2", Some("morceau"), "exact")]);
    check("Les ordures ne sont ramassées que dans un arrondissement sur deux.", R, &[("deux", "number", "2", None, "exact")]);
    // a year after "en" stays a year
    check("Le budget a été coupé en 2016.", R, &[("2016", "date", "2016", None, "exact")]);
}

#[test]
fn hours_said_once_for_both_bounds() {
    check("La parade s'est déroulée de 15 à 17 heures.", R, &[("15 à 17 heures", "time", "15:00..17:00", None, "range")]);
    check("ouvert de 9 à 12 heures 30", R, &[("9 à 12 heures 30", "time", "09:00..12:30", None, "range")]);
    check("La réunion a duré de 3 à 4 heures.", R, &[("3 à 4 heures", "duration", "PT3H..PT4H", None, "range")]);
    check("pendant 2 à 3 heures", R, &[("2 à 3 heures", "duration", "PT2H..PT3H", None, "range")]);
    check("Ils ont attendu de deux à trois heures 30.", R, &[("deux à trois heures 30", "duration", "PT2H..PT3H30M", None, "range")]);
    // a later hour first is no range; a decimal lower bound is no clock hour
    check("de 22 à 2 heures", R, &[("22", "number", "22", None, "exact"), ("2 heures", "time", "02:00", None, "exact")]);
}

#[test]
fn dates_and_times() {
    check("Interpol a annoncé le 6 novembre 2024 les résultats", R, &[("6 novembre 2024", "date", "2024-11-06", None, "exact")]);
    check("Ils ont été arrêtés en octobre.", R, &[("octobre", "date", "2024-10", None, "exact")]);
    check("en 2021", R, &[("2021", "date", "2021", None, "exact")]);
    check("le 26/06/2012", R, &[("26/06/2012", "date", "2012-06-26", None, "exact")]);
    check("2012-06-26", R, &[("2012-06-26", "date", "2012-06-26", None, "exact")]);
    check("Il est arrivé hier.", R, &[("hier", "date", "2024-11-05", None, "exact")]);
    // counted from the story's last date in its sentence
    check("Il a quitté Matignon en mai 2012 et fondé sa société le mois suivant.", R, &[("mai 2012", "date", "2012-05", None, "exact"), ("le mois suivant", "date", "2012-06", None, "exact")]);
    check("La finale a eu lieu le 15 août 2016 et lors de la cérémonie le lendemain, il fut hué.", R, &[("15 août 2016", "date", "2016-08-15", None, "exact"), ("le lendemain", "date", "2016-08-16", None, "exact")]);
    // the story's date may be in the sentence before
    check("Le 22 décembre 2016, le pape a demandé une enquête. Le lendemain, l'Ordre a répondu.", R, &[("22 décembre 2016", "date", "2016-12-22", None, "exact"), ("Le lendemain", "date", "2016-12-23", None, "exact")]);
    // with none in the two, from the article's
    check("Elles avaient été annoncées. La fusillade a eu lieu la veille.", R, &[("la veille", "date", "2024-11-05", None, "exact")]);
    check("L'enquête a été ouverte le 2 février. La veille, 8 février, elle avait été arrêtée.", R, &[("2 février", "date", "2024-02-02", None, "exact"), ("La veille", "date", "2024-02-08", None, "exact"), ("8 février", "date", "2024-02-08", None, "exact")]);
    check("les années 1990", R, &[("les années 1990", "date", "1990..1999", None, "range")]);
    check("fin 2018", R, &[("fin 2018", "date", "2018", None, "exact")]);
    check("à 14 h 30", R, &[("14 h 30", "time", "14:30", None, "exact")]);
    check("14h30", R, &[("14h30", "time", "14:30", None, "exact")]);
    check("à midi", R, &[("midi", "time", "12:00", None, "exact")]);
    check("8 heures du matin", R, &[("8 heures du matin", "time", "08:00", None, "exact")]);
    check("demain à 15 h", "2013-02-12", &[("demain à 15 h", "datetime", "2013-02-13T15:00", None, "exact")]);
    check("du 6 au 15 septembre", "2013-02-12", &[("du 6 au 15 septembre", "date", "2013-09-06..2013-09-15", None, "range")]);
    // "entre les mois de … et …" is one range (the guidelines)
    check("entre les mois de juillet et septembre", "2013-02-12", &[("entre les mois de juillet et septembre", "date", "2013-07..2013-09", None, "range")]);
    check("du mois de juillet au mois de septembre", "2013-02-12", &[("du mois de juillet au mois de septembre", "date", "2013-07..2013-09", None, "range")]);
    // years ago or ahead are a span of years (the guidelines: "il y a 30 ans" is P30Y); one year stays a date
    check("Il a été tué il y a trois ans.", R, &[("trois ans", "duration", "P3Y", None, "exact")]);
    check("Il reviendra dans un an.", R, &[("dans un an", "date", "2025-11", None, "exact")]);
    check("lundi dernier", R, &[("lundi dernier", "date", "2024-11-04", None, "exact")]);
    // a month with "dernier" or "prochain": the word is in the span and sets the way
    check("une victoire de la gauche en mai prochain", "2017-02-19", &[("mai prochain", "date", "2017-05", None, "exact")]);
    check("en novembre dernier", "2017-01-22", &[("novembre dernier", "date", "2016-11", None, "exact")]);
    check("en mars dernier", "2016-06-12", &[("mars dernier", "date", "2016-03", None, "exact")]);
    check("en août dernier", "2016-08-30", &[("août dernier", "date", "2016-08", None, "exact")]);
    // ISO 8601 date-times are one datetime; the span takes the fraction and zone
    check("publié 2015-05-02T10:20:19+0000 par", R, &[("2015-05-02T10:20:19+0000", "datetime", "2015-05-02T10:20", None, "exact")]);
    check("2021-04-29T06:38:49,946902974+02:00", R, &[("2021-04-29T06:38:49,946902974+02:00", "datetime", "2021-04-29T06:38", None, "exact")]);
    // a number before a colon and two digits is an hour, not a day of the month
    check("mardi 14:30", R, &[("mardi 14:30", "datetime", "2024-11-12T14:30", None, "exact")]);
    check("18 octobre 2012 à 19 h 21 min", R, &[("18 octobre 2012 à 19 h 21 min", "datetime", "2012-10-18T19:21", None, "exact")]);
}

/// Dates an article or a preposition opens, with the date's own words one
/// to three tokens on; none where no such word follows.
#[test]
fn dates_an_article_or_a_preposition_opens() {
    check("Il viendra au mois de mars.", R, &[("au mois de mars", "date", "2025-03", None, "exact")]);
    check("Ils se réunissent entre le 13 et le 15 juillet.", R, &[("entre le 13 et le 15 juillet", "date", "2025-07-13..2025-07-15", None, "range")]);
    check("Dans les années 1990.", R, &[("les années 1990", "date", "1990..1999", None, "range")]);
    check("Le vote aura lieu en fin d'année.", R, &[("fin d'année", "date", "2024-12", None, "exact")]);
    check("Il est venu la semaine dernière.", R, &[("la semaine dernière", "date", "2024-W44", None, "exact")]);
    check("Il est venu le mois dernier à midi.", R, &[("le mois dernier", "date", "2024-10", None, "exact"), ("midi", "time", "12:00", None, "exact")]);
    // none after "de la", "en", "le" in a sentence without a date
    check("La plupart de la population vit en ville, le reste dans la campagne.", R, &[]);
}

#[test]
fn race_times_years_and_grouped_ranges() {
    check("record du monde à 3'30\"65 !", R, &[("3'30\"65", "duration", "PT3M30.65S", None, "exact")]);
    check("le 100 m en 9\"81 devant", R, &[("100 m", "measure", "100", Some("m"), "exact"), ("9\"81", "duration", "PT9.81S", None, "exact")]);
    // hours, minutes and seconds: a performance after "en", a clock time after "à"
    check("arrivée en 1:57:17.", R, &[("1:57:17", "duration", "PT1H57M17S", None, "exact")]);
    check("un temps de 2:08:44, record", R, &[("2:08:44", "duration", "PT2H8M44S", None, "exact")]);
    check("bouclé en 2:08:44 : record", R, &[("2:08:44", "duration", "PT2H8M44S", None, "exact")]);
    check("le séisme a frappé à 14:28:12.", R, &[("14:28:12", "time", "14:28", None, "exact")]);
    // a connector makes a year only beside another year
    check("de 1914 à 1918", R, &[("de 1914 à 1918", "date", "1914..1918", None, "range")]);
    check("rémunérée de 1998 à 2002 quand son mari était député", R, &[("de 1998 à 2002", "date", "1998..2002", None, "range")]);
    // a year after a noun a determiner opens is that noun's year; a year joined to a year is one too
    check("L'édition 2016 des championnats d'Europe", R, &[("2016", "date", "2016", None, "exact")]);
    check("champion du monde 2015 devant le Français", R, &[("2015", "date", "2015", None, "exact")]);
    check("les Jeux de 1956 et 1960 à Melbourne", R, &[("1956 et 1960", "date", "1956..1960", None, "range")]);
    let after_et = got("depuis le début de l'année et 1370 ont perdu la vie", R);
    assert!(after_et.iter().any(|q| q.0 == "1370" && q.1 != "date"), "{after_et:?}");
    // … while "le début de l'année" is the year itself
    assert!(after_et.iter().any(|q| q.0 == "le début de l'année" && q.1 == "date" && q.2 == "2024"), "{after_et:?}");
    // the upper bound's thousands are the lower bound's too
    check("entre 60 et 80 000 militants", R, &[("entre 60 et 80 000", "count", "60000..80000", Some("militant"), "range")]);
}

#[test]
fn tense_of_a_sentence() {
    let article = |s: &str| format!("Titre\n\n7 janvier 2016. –\nUne phrase.\n{s}");
    let date_of = |s: &str| got(&article(s), "2016-01-07").pop().map(|q| q.2);
    // "a" before a participle is past; before an idiom's noun or a number, present
    assert_eq!(date_of("Le ministre a annoncé un plan le 3 mars.").as_deref(), Some("2015-03-03"));
    assert_eq!(date_of("La course, qui a lieu le 3 mars, est menacée.").as_deref(), Some("2016-03-03"));
    // "est", "sont" before the participle of a verb conjugated with être: past
    assert_eq!(date_of("Il est décédé samedi.").as_deref(), Some("2016-01-02"));
    assert_eq!(date_of("Les pèlerines sont arrivées vendredi.").as_deref(), Some("2016-01-01"));
    assert_eq!(date_of("Il est né samedi.").as_deref(), Some("2016-01-02"));
    // a past cue and a future one: the nearest date in an article
    assert_eq!(date_of("Il publiera sa dernière édition le 26 mars.").as_deref(), Some("2016-03-26"));
    // reported speech: a past verb and a future modal, the nearest
    assert_eq!(date_of("Il a précisé que les livraisons pourraient débuter en mars.").as_deref(), Some("2016-03"));
    // the article's own weekday (a Thursday), tense undecided: that day, not a week off
    assert_eq!(date_of("Il a annoncé qu'il publiera son rapport jeudi.").as_deref(), Some("2016-01-07"));
    // a newspaper's name holds no weekday
    assert_eq!(date_of("Selon le Journal du dimanche, il a menti."), Some("2016-01-07".to_string()));
}

#[test]
fn ordinals() {
    check("la 3e édition", R, &[("3e", "ordinal", "3", None, "exact")]);
    check("le XIXe siècle", R, &[("XIXe", "ordinal", "19", None, "exact")]);
    // the suffix apart, as tokenised text has it; a numeral alone is a name's
    check("la XXXI e édition des Jeux", R, &[("XXXI e", "ordinal", "31", None, "exact")]);
    check("Louis XIV a régné", R, &[]);
    // a weight class: a mass is never below zero
    check("la catégorie des -60kg", R, &[("-60kg", "measure", "60", Some("kg"), "max")]);
    check("il fait -5 °C", R, &[("-5 °C", "measure", "-5", Some("°C"), "exact")]);
    check("vingt et unième", R, &[("vingt et unième", "ordinal", "21", None, "exact")]);
    check("le 1er prix", R, &[("1er", "ordinal", "1", None, "exact")]);
    // a half is "demi": "un deuxième" is an ordinal after an article, "un cinquième" a fraction
    check("un deuxième et un troisième tour sont prévus", R, &[("deuxième", "ordinal", "2", None, "exact"), ("troisième", "ordinal", "3", None, "exact")]);
    check("un cinquième des votes", R, &[("un cinquième", "number", "0.2", None, "exact")]);
    check("trois vingt-deuxièmes", R, &[("trois vingt-deuxièmes", "number", "0.13636363636363635", None, "exact")]);
}

#[test]
fn not_quantities() {
    check("l'opération Liberterra II", R, &[]);
    // the article before its noun, after a figure and a comma; "un" ends a countdown
    check("À 9 heures 45, un incident s'est produit.", R, &[("9 heures 45", "time", "09:45", None, "exact")]);
    check("Trois, deux, un !", R, &[("Trois", "number", "3", None, "exact"), ("deux", "number", "2", None, "exact"), ("un", "number", "1", None, "exact")]);
    check("un Airbus A380 de la Ligue 1 et le G20", R, &[]);
    check("le COVID-19", R, &[]);
    check("le premier ministre", R, &[]);
    check("la Ve République", R, &[]);
    check("la loi n° 89-17", R, &[]);
    check("la loi Nr. 5651", R, &[]);
    check("champion de France de Fédérale 1, le premier magistrat de la ville", R, &[]);
    check("appelez le 01 23 45 67 89", R, &[]);
    check("aucun, plusieurs, quelques, l'un des", R, &[]);
    check("un logement neuf", R, &[]);
    // a part of today is no date (corpus/gold/GUIDELINES.md: "ce matin", "cet
    // après-midi"), but it sets the clock time it follows
    check("Les deux favoris s'affrontent cet après-midi en finale.", R, &[("deux", "count", "2", Some("favori"), "exact")]);
    check("Il a tué deux passantes cet après-midi vers 13 h 45.", R, &[("deux", "count", "2", Some("passante"), "exact"), ("vers 13 h 45", "time", "13:45", None, "approx")]);
    check("Un chariot a explosé ce soir vers 20h45.", R, &[("vers 20h45", "time", "20:45", None, "approx")]);
    // "vers" makes a day's clock time approximate too
    check("L'attaque aura lieu ce vendredi vers 19 h 30.", R, &[("ce vendredi vers 19 h 30", "datetime", "2024-11-08T19:30", None, "approx")]);
    check("Rendez-vous à 3 heures cet après-midi.", R, &[("3 heures cet après-midi", "datetime", "2024-11-06T15:00", None, "exact")]);
    // "une seule fois" is once, as "une fois" is
    check("Dernier échelon d'une échelle à quatre couleurs, l'alerte n'avait été déclenchée qu'une seule fois.", R, &[("quatre", "count", "4", Some("couleur"), "exact")]);
    // a dimension or a network generation is a name: "la 3D", "la 4G"
    check("cartographié en 3D, un film en 2D, le réseau 4G et la 5G.", R, &[]);
    // a work's title after its possessive: "sa chanson 1944", "son roman 1984"
    check("l'Ukraine et sa chanson 1944, son roman 1984", R, &[]);
    // an edition's year stays a date
    check("le concours Eurovision de la chanson 2016", R, &[("2016", "date", "2016", None, "exact")]);
}

#[test]
fn lexicon() {
    let l = rec().lexicon();
    assert_eq!(l.lemma("femmes"), Some("femme"));
    assert_eq!(l.lemma("arrêtées"), Some("arrêter"));
    // a present-tense form the table lacks, through its siblings "tuent", "tué";
    // the table's own answer stays without the guess
    assert_eq!(l.lemma_or_verb_guess("tue"), Some("tuer"));
    assert_eq!(l.lemma_or_verb_guess("Tue"), Some("tuer"));
    assert_eq!(l.lemma("tue"), None);
    // no sibling verb: no guess
    assert_eq!(l.lemma_or_verb_guess("zxqe"), None);
}

#[test]
fn ages_from_their_context() {
    // an age range after a participle of age, "ayant" or a noun of people
    check("Environ 1100 athlètes âgés entre 15 et 18 ans", R, &[("Environ 1100", "count", "1100", Some("athlète"), "approx"), ("entre 15 et 18 ans", "age", "15..18", Some("year"), "range")]);
    check("cinq hommes ayant entre 20 et 30 ans", R, &[("cinq", "count", "5", Some("homme"), "exact"), ("entre 20 et 30 ans", "age", "20..30", Some("year"), "range")]);
    check("des hommes entre 16 et 50 ans", R, &[("entre 16 et 50 ans", "age", "16..50", Some("year"), "range")]);
    check("Il a purgé entre 2 et 3 ans de prison", R, &[("entre 2 et 3 ans", "duration", "P2Y..P3Y", None, "range")]);
    // coordinated ages and lengths of time, the first bare
    check("deux adolescentes de 14 et 17 ans", R, &[("deux", "count", "2", Some("adolescente"), "exact"), ("14", "age", "14", Some("year"), "exact"), ("17 ans", "age", "17", Some("year"), "exact")]);
    check("Sébastien et Charlotte, respectivement 21 et 18 ans, étudiants", R, &[("21", "age", "21", Some("year"), "exact"), ("18 ans", "age", "18", Some("year"), "exact")]);
    check("Ses filles ont aujourd'hui 23 et 20 ans.", R, &[("aujourd'hui", "date", "2024-11-06", None, "exact"), ("23", "age", "23", Some("year"), "exact"), ("20 ans", "age", "20", Some("year"), "exact")]);
    check("Il a purgé 2 et 3 ans de prison.", R, &[("2", "duration", "P2Y", None, "exact"), ("3 ans", "duration", "P3Y", None, "exact")]);
    check("Elle remporte à 26 ans le titre", R, &[("26 ans", "age", "26", Some("year"), "exact")]);
    check("un Égyptien de 29 ans", R, &[("29 ans", "age", "29", Some("year"), "exact")]);
    check("deux triathlètes de 17 ans", R, &[("deux", "count", "2", Some("triathlète"), "exact"), ("17 ans", "age", "17", Some("year"), "exact")]);
    check("la loi vise les 18 ans et plus", R, &[("18 ans et plus", "age", "18", Some("year"), "min")]);
    check("mort à 74 ans de l'ancien président", R, &[("74 ans", "age", "74", Some("year"), "exact")]);
    // a lifespan is an age reached; a stay somewhere a length of time
    check("les orques peuvent vivre jusqu'à 90 ans", R, &[("jusqu'à 90 ans", "age", "90", Some("year"), "max")]);
    check("il a vécu 20 ans à Paris", R, &[("20 ans", "duration", "P20Y", None, "exact")]);
    check("pour l'accusé de 43 ans", R, &[("43 ans", "age", "43", Some("year"), "exact")]);
    check("d'un Canadien de 46 ans et d'un Bas-Alpin de 51 ans", R, &[("46 ans", "age", "46", Some("year"), "exact"), ("51 ans", "age", "51", Some("year"), "exact")]);
    check("décédé en 1977 à 93 ans, Philippe", R, &[("1977", "date", "1977", None, "exact"), ("93 ans", "age", "93", Some("year"), "exact")]);
    check("détecté après ses 70 ans.", R, &[("70 ans", "age", "70", Some("year"), "exact")]);
    check("il aurait dû avoir 74 ans", R, &[("74 ans", "age", "74", Some("year"), "exact")]);
    check("Il aurait eu 70 ans à la fin du mois.", R, &[("70 ans", "age", "70", Some("year"), "exact")]);
    check("leurs enfants Charlotte, 18 ans et Sébastien, 21 ans", R, &[("18 ans", "age", "18", Some("year"), "exact"), ("21 ans", "age", "21", Some("year"), "exact")]);
    // a trade or an office whose ending says nothing of a person; a name
    // in quotes; "l'âge de" a few words before
    check("est un avocat de 64 ans qui", R, &[("64 ans", "age", "64", Some("year"), "exact")]);
    check("le nouveau maire de 38 ans", R, &[("38 ans", "age", "38", Some("year"), "exact")]);
    check("Il s'agit de « Mohamed R. », 39 ans (né le 8 mai 1977)", R, &[("39 ans", "age", "39", Some("year"), "exact"), ("8 mai 1977", "date", "1977-05-08", None, "exact")]);
    check("le relèvement de l'âge de la pension de 56 ans", R, &[("56 ans", "age", "56", Some("year"), "exact")]);
    check("l'âge légal de départ de 62 ans", R, &[("62 ans", "age", "62", Some("year"), "exact")]);
    // not a threshold moved, a length the person's noun belongs to, a friendship
    check("repousser l'âge de départ de deux ans", R, &[("deux ans", "duration", "P2Y", None, "exact")]);
    check("un mandat de maire de six ans", R, &[("six ans", "duration", "P6Y", None, "exact")]);
    check("un magistrat de 25 ans d'expérience", R, &[("25 ans", "duration", "P25Y", None, "exact")]);
    check("un ami de vingt ans", R, &[("vingt ans", "duration", "P20Y", None, "exact")]);
    check("Le suspect, \"Karim B.\", 27 ans, a été écroué.", R, &[("27 ans", "age", "27", Some("year"), "exact")]);
    // durations all the same
    check("ses 10 ans de carrière", R, &[("10 ans", "duration", "P10Y", None, "exact")]);
    check("à deux ans de la retraite", R, &[("deux ans", "duration", "P2Y", None, "exact")]);
    check("une peine de 10 ans", R, &[("10 ans", "duration", "P10Y", None, "exact")]);
    check("un mandat porté à 7 ans", R, &[("7 ans", "duration", "P7Y", None, "exact")]);
    check("pendant les deux ans", R, &[("deux ans", "duration", "P2Y", None, "exact")]);
}

#[test]
fn send_sync() {
    fn ok<T: Send + Sync>() {}
    ok::<Recognizer>();
    ok::<Lexicon>();
}

#[test]
fn issue3_additions() {
    // month ranges
    check("entre novembre 2011 et mai 2012", R, &[("entre novembre 2011 et mai 2012", "date", "2011-11..2012-05", None, "range")]);
    // year ranges
    check("la fourchette 2002-2004, et ce", R, &[("2002-2004", "date", "2002..2004", None, "range")]);
    check("entre 2008 et 2009, le niveau", R, &[("entre 2008 et 2009", "date", "2008..2009", None, "range")]);
    // two days of one month, a half-year
    check("La CGT tiendra les 9 et 10 juillet une conférence.", "2012-07-05", &[("9 et 10 juillet", "date", "2012-07-09..2012-07-10", None, "range")]);
    // two months in a row joined by "et", the year said once
    check("l'élection d'avril et mai 2017 en France", "2017-02-22", &[("avril et mai 2017", "date", "2017-04..2017-05", None, "range")]);
    check("il est venu en janvier et mars 2016", "2017-02-22", &[("janvier", "date", "2017-01", None, "exact"), ("mars 2016", "date", "2016-03", None, "exact")]);
    check("au premier semestre 2012", R, &[("premier semestre 2012", "date", "2012-01..2012-06", None, "range")]);
    // sport scores: kind number, one quantity
    check("Le PSG a battu Lyon 2-1.", R, &[("2-1", "number", "2..1", None, "exact")]);
    check("Marseille s'est imposé 3 à 1 face à Nice.", R, &[("3 à 1", "number", "3..1", None, "exact")]);
    // a range with its unit in a sentence about races is no score
    check("la commission perçue par Uber de 20 à 25 % ainsi que la baisse du tarifs des courses imposée.", R, &[("20 à 25 %", "percent", "20..25", Some("%"), "range")]);
    check("un bonus de 3 à 5 € ainsi que la baisse du tarifs des courses imposée.", R, &[("3 à 5 €", "money", "3..5", Some("EUR"), "range")]);
    // francs CFA: the zone from the words of the text
    check("Au Gabon, la BEAC a débloqué 5 milliards de francs CFA.", R, &[("5 milliards de francs CFA", "money", "5000000000", Some("XAF"), "exact")]);
    check("Au Sénégal, le projet coûte 200 millions de francs CFA.", R, &[("200 millions de francs CFA", "money", "200000000", Some("XOF"), "exact")]);
    // "un"/"une": the article is not a count, "une seule" is
    check("Une femme a été arrêtée.", R, &[]);
    check("dont 19 hommes et une seule femme", R, &[("19", "count", "19", Some("homme"), "exact"), ("une", "count", "1", Some("femme"), "exact")]);
    // without an article date, a day and month cannot be placed: no date, and no number either
    check("La fête aura lieu du 3 au 9 mars, avec 300 invités, et le 14-Juillet.", "", &[("300", "count", "300", Some("invité"), "exact")]);
    check("Il viendra lundi à 10 h, pour deux mois.", "", &[("10 h", "time", "10:00", None, "exact"), ("deux mois", "duration", "P2M", None, "exact")]);
    // a date set off by a comma keeps apart from the clock time after it (a dateline)
    check("3 septembre 2016, 09 h 53 UTC", "", &[("3 septembre 2016", "date", "2016-09-03", None, "exact"), ("09 h 53", "time", "09:53", None, "exact")]);
    // a factor is a bare number, not a count of the noun before it
    check("le nombre de militants divisé par 10 et celui des élus multiplié par trois", "", &[("10", "number", "10", None, "exact"), ("trois", "number", "3", None, "exact")]);
    // a height in metres and centimetres, one word; "3 m2" stays an area
    check("Il franchit 6m03, un record, dans un local de 3 m2.", "", &[("6m03", "measure", "6.03", Some("m"), "exact"), ("3 m2", "measure", "3", Some("m²"), "exact")]);
    // a millennium is a length of time, like a century
    check("comparé aux trois derniers millénaires", "", &[("trois derniers millénaires", "duration", "P3000Y", None, "exact")]);
    check("Il est parti il y a trois ans.", "", &[("trois ans", "duration", "P3Y", None, "exact")]);
    check("Les concerts auront lieu les 4, 5 et 6 mai 2025.", "", &[("4, 5 et 6 mai 2025", "date", "2025-05-04..2025-05-06", None, "range")]);
    // a person (or an animal's sex) and an adjective before "de N ans": an age; a thing's: a duration
    check("Un touriste allemand de 45 ans et un rhinocéros mâle de quatre ans", R, &[("45 ans", "age", "45", Some("year"), "exact"), ("quatre ans", "age", "4", Some("year"), "exact")]);
    check("un contrat renouvelable de 5 ans", R, &[("5 ans", "duration", "P5Y", None, "exact")]);
    check("des adolescents de 16 ans", R, &[("16 ans", "age", "16", Some("year"), "exact")]);
    check("l'âge de la retraite reculé de deux ans", R, &[("deux ans", "duration", "P2Y", None, "exact")]);
    check("le contrat du sélectionneur prolongé de deux ans", R, &[("deux ans", "duration", "P2Y", None, "exact")]);
    check("un dispositif expérimental de trois ans", R, &[("trois ans", "duration", "P3Y", None, "exact")]);
    // ages in a range, durations of a past narrative
    check("Trois jeunes femmes âgées de 18 à 25 ans", R, &[("Trois", "count", "3", Some("femme"), "exact"), ("18 à 25 ans", "age", "18..25", Some("year"), "range")]);
    // noun lemmas, demonyms, ellipsis, "le nombre de"
    check("9 800 salariés et quatre étoiles", R, &[("9 800", "count", "9800", Some("salarié"), "exact"), ("quatre", "count", "4", Some("étoile"), "exact")]);
    // a bare number listed or compared after a measure or a share takes its kind; not a change whose noun follows
    check("1,5 km de natation, 40 de cyclisme et 10 de course à pied", R, &[("1,5 km", "measure", "1.5", Some("km"), "exact"), ("40", "measure", "40", Some("km"), "exact"), ("10", "measure", "10", Some("km"), "exact")]);
    // listed after a measure, even with a count just before the list
    check("Les 30 coureurs font 3 étapes : 1,5 km de natation, 40 km de vélo et 10 de course.", R, &[("30", "count", "30", Some("coureur"), "exact"), ("3", "count", "3", Some("étape"), "exact"), ("1,5 km", "measure", "1.5", Some("km"), "exact"), ("40 km", "measure", "40", Some("km"), "exact"), ("10", "measure", "10", Some("km"), "exact")]);
    check("passant à 21,2 % ce mois-ci, contre 21,8 il y a un an", R, &[("21,2 %", "percent", "21.2", Some("%"), "exact"), ("ce mois-ci", "date", "2024-11", None, "exact"), ("21,8", "percent", "21.8", Some("%"), "exact"), ("il y a un an", "date", "2023-11", None, "exact")]);
    check("de 35 % à 15 %, de réduire de 7 à 3 le nombre de tranches", R, &[("35 %", "percent", "35", Some("%"), "exact"), ("15 %", "percent", "15", Some("%"), "exact"), ("7", "number", "7", None, "exact"), ("3", "count", "3", Some("tranche"), "exact")]);
    // "plusieurs centaines de milliers": scaled again, and the noun it gives an elided count after it
    check("Plusieurs centaines de milliers de manifestants ont défilé, dont une dizaine de milliers à Lyon.", R, &[("Plusieurs centaines de milliers", "count", "100000", Some("manifestant"), "approx"), ("une dizaine de milliers", "count", "10000", Some("manifestant"), "approx")]);
    // a length of time said so is not a clock time listed after one; "12 ème." is an ordinal
    check("Le train part à 6 heures et le trajet dure pendant 5 heures.", R, &[("6 heures", "time", "06:00", None, "exact"), ("5 heures", "duration", "PT5H", None, "exact")]);
    check("Il est arrivé 12 ème.", R, &[("12 ème", "ordinal", "12", None, "exact")]);
    // hours and minutes as a length of time: a race time, "en", "pendant", "a duré"; "à 14 h 30" stays a clock time
    check("le record est de 2 h 1 min 9 s", R, &[("2 h 1 min 9 s", "duration", "PT2H1M9S", None, "exact")]);
    check("il a couru en 1 h 30, puis le vol a duré 3 h 45", R, &[("1 h 30", "duration", "PT1H30M", None, "exact"), ("3 h 45", "duration", "PT3H45M", None, "exact")]);
    check("il est arrivé à 14 h 30", R, &[("14 h 30", "time", "14:30", None, "exact")]);
    check("il s'agit de deux Polonais", R, &[("deux", "count", "2", Some("polonais"), "exact")]);
    check("trois Kényans et trois Sud-Soudanais", R, &[("trois", "count", "3", Some("kényan"), "exact"), ("trois", "count", "3", Some("sud-soudanais"), "exact")]);
    check("deux Nord-Coréens", R, &[("deux", "count", "2", Some("nord-coréen"), "exact")]);
    check("Trois femmes sont mortes et deux autres ont été blessées.", R, &[("Trois", "count", "3", Some("femme"), "exact"), ("deux", "count", "2", Some("femme"), "exact")]);
    check("La CGT estime à 75 000 le nombre d'emplois menacés.", R, &[("75 000", "count", "75000", Some("emploi"), "exact")]);
    // elided counts: the noun given before (the spec's rule)
    check("Dix personnes ont défilé, dont six à Quimper et trois à Morlaix.", R, &[
        ("Dix", "count", "10", Some("personne"), "exact"),
        ("six", "count", "6", Some("personne"), "exact"),
        ("trois", "count", "3", Some("personne"), "exact"),
    ]);
    check("Des milliers de manifestants, dont 12 000 à Lyon, 300 à Brest.", R, &[
        ("12 000", "count", "12000", Some("manifestant"), "exact"),
        ("300", "count", "300", Some("manifestant"), "exact"),
    ]);
    check("dix morts : six à Quimper, trois d'entre eux à Brest", R, &[
        ("dix", "count", "10", Some("mort"), "exact"),
        ("six", "count", "6", Some("mort"), "exact"),
        ("trois", "count", "3", Some("mort"), "exact"),
    ]);
    // in the sentence before, however long it runs
    let countries = "l'Algérie, le Bangladesh, le Brésil, le Chili, la Chine, Cuba, l'Égypte, l'Inde, l'Iran, le Liban, \
                     la Malaisie, le Maroc, Oman, le Pakistan, le Qatar, la Russie, le Sénégal, le Soudan, la Suède, le Tchad, \
                     le Vietnam, le Liban, la Libye, le Mali, le Niger, le Népal, le Laos et le Yémen";
    let vote = format!("Vingt-huit membres ont voté pour : {countries}. Dix ont voté contre.");
    check(&vote, R, &[("Vingt-huit", "count", "28", Some("membre"), "exact"), ("Dix", "count", "10", Some("membre"), "exact")]);
    // … but a plural noun of its own sentence comes first, and a measure between stops it
    let own = format!("Quelque 2 000 policiers seront mobilisés à {countries}. Parmi les manifestants attendus, 300 sont fichés.");
    check(&own, R, &[("Quelque 2 000", "count", "2000", Some("policier"), "approx"), ("300", "count", "300", Some("manifestant"), "exact")]);
    let measured = format!("Vingt-huit coureurs ont couru 42 km à {countries}. Dix ont abandonné.");
    check(&measured, R, &[("Vingt-huit", "count", "28", Some("coureur"), "exact"), ("42 km", "measure", "42", Some("km"), "exact"), ("Dix", "number", "10", None, "exact")]);
    check("412 écoles sont fermées et 95 partiellement ouvertes.", R, &[
        ("412", "count", "412", Some("école"), "exact"),
        ("95", "count", "95", Some("école"), "exact"),
    ]);
    // a tally in parentheses: two numbers, neither a date nor a fraction
    check("Hansen (9/17 dont 3 buts) marque.", R, &[("9", "number", "9", None, "exact"), ("17", "number", "17", None, "exact"), ("3", "count", "3", Some("but"), "exact")]);
    // units, qualifiers
    check("à 4,3 a.l. du Soleil", R, &[("4,3 a.l.", "measure", "4.3", Some("ly"), "exact")]);
    check("les 1 000 derniers milles", R, &[("1 000 derniers milles", "measure", "1000", Some("nmi"), "exact")]);
    check("de 1,5 et 0,41 masses solaires", R, &[("1,5", "measure", "1.5", Some("M☉"), "exact"), ("0,41 masses solaires", "measure", "0.41", Some("M☉"), "exact")]);
    check("à 450 km environ des côtes", R, &[("450 km environ", "measure", "450", Some("km"), "approx")]);
    check("il faut un minimum de quatre satellites", R, &[("un minimum de quatre", "count", "4", Some("satellite"), "min")]);
    check("169 fois plus", R, &[("169 fois", "number", "169", None, "exact")]);
    // not quantities
    check("C'est une première car", R, &[]);
    check("ont tous deux été mis au point", R, &[]);
    check("le pas de tir 40 et le césium 137, l'agent 007, a cabré[1]", R, &[]);
    check("les satellites n° 3 et 4", R, &[]);
}

#[test]
fn a_holiday_that_names_a_thing_is_no_date() {
    check("un camion a foncé dans le marché de Noël", R, &[]);
    check("le Père Noël est passé", R, &[]);
    // a holiday after "du" is the day of an event ("l'attentat du 14-Juillet")
    check("l'attentat du 14-Juillet a fait 86 morts", R, &[("14-Juillet", "date", "2024-07-14", None, "exact"), ("86", "count", "86", Some("mort"), "exact")]);
    // a national day is each country's own: no one date ("Australia Day" is 26 January)
    check("le jour de la fête nationale australienne", R, &[]);
}

#[test]
fn ministers_are_counted_but_prime_ministers_are_titles() {
    check("Le sommet a réuni 40 ministres.", R, &[("40", "count", "40", Some("ministre"), "exact")]);
    check("le premier ministre et les premiers ministres", R, &[]);
    // a rank among a group is no title
    check("les premiers des candidats", R, &[("premiers", "ordinal", "1", None, "exact")]);
}

#[test]
fn an_elided_count_takes_a_plural_noun_of_its_sentence() {
    check("les coureurs du Tour (198 au départ)", R, &[("198", "count", "198", Some("coureur"), "exact")]);
    check("15,9 millions de personnes, et 20,4 millions dans l'Union", R, &[("15,9 millions", "count", "15900000", Some("personne"), "exact"), ("20,4 millions", "count", "20400000", Some("personne"), "exact")]);
    // a difference after "de" is no count of the noun before
    check("les prix ont baissé de 3 en moyenne", R, &[("3", "number", "3", None, "exact")]);
    // a reported toll in the conditional
    check("38 personnes seraient mortes et 400 seraient blessées", R, &[("38", "count", "38", Some("personne"), "exact"), ("400", "count", "400", Some("personne"), "exact")]);
}

#[test]
fn alternatives_with_their_own_units_are_two_figures() {
    check("16 ou 17 morts", R, &[("16 ou 17", "count", "16..17", Some("mort"), "range")]);
    check("0,20 mSv/h ou 0,32 mSv/h", R, &[("0,20 mSv/h", "measure", "0.2", Some("mSv/h"), "exact"), ("0,32 mSv/h", "measure", "0.32", Some("mSv/h"), "exact")]);
}

#[test]
fn a_race_time_is_a_duration_a_clock_time_with_seconds_is_not() {
    check("en 5 h 18 min 12 s", R, &[("5 h 18 min 12 s", "duration", "PT5H18M12S", None, "exact")]);
    // a clock's colon with a fraction of a second: a race time
    check("Avec un temps de 1:11.93, elle devance Julia (1:12,56).", R, &[("1:11.93", "duration", "PT1M11.93S", None, "exact"), ("1:12,56", "duration", "PT1M12.56S", None, "exact")]);
    check("en 2:05:37.4", R, &[("2:05:37.4", "duration", "PT2H5M37.4S", None, "exact")]);
    check("à 4:00 heure locale", R, &[("4:00", "time", "04:00", None, "exact")]);
    check("en 1:11.93, 12 concurrentes derrière", R, &[("1:11.93", "duration", "PT1M11.93S", None, "exact"), ("12", "count", "12", Some("concurrente"), "exact")]);
    let g = got("le séisme a eu lieu à 14 h 28 min 12 s", R);
    assert_eq!((g[0].0.as_str(), g[0].1, g[0].2.as_str()), ("14 h 28 min", "time", "14:28"));
}

#[test]
fn hours_and_a_part_in_words_are_a_length_of_time_unless_a_clock_opens_them() {
    check("Le match a duré deux heures et demie.", R, &[("deux heures et demie", "duration", "PT2H30M", None, "exact")]);
    check("L'audience a duré une heure et quart.", R, &[("une heure et quart", "duration", "PT1H15M", None, "exact")]);
    check("Le vol a duré 2 heures moins le quart.", R, &[("2 heures moins le quart", "duration", "PT1H45M", None, "exact")]);
    check("un marathon en 2 heures 58 minutes", R, &[("2 heures 58 minutes", "duration", "PT2H58M", None, "exact")]);
    check("Rendez-vous à deux heures et demie.", R, &[("deux heures et demie", "time", "02:30", None, "exact")]);
    check("aux alentours de quatre heures et demie du matin", R, &[("aux alentours de quatre heures et demie du matin", "time", "04:30", None, "approx")]);
    check("vers 9 heures 30", R, &[("vers 9 heures 30", "time", "09:30", None, "approx")]);
}

#[test]
fn hours_of_waiting_or_travel_are_a_length_of_time_from_a_start_a_clock_time() {
    check("avec 2 h 15 d'attente au péage", R, &[("2 h 15", "duration", "PT2H15M", None, "exact")]);
    check("il fallait attendre 1 h 30 avant", R, &[("1 h 30", "duration", "PT1H30M", None, "exact")]);
    check("après 14 heures de vol", R, &[("14 heures", "duration", "PT14H", None, "exact")]);
    check("le trafic reviendra à partir de 20 heures", R, &[("20 heures", "time", "20:00", None, "exact")]);
    // a clock time all the same
    check("le train part à 14 h 30 de la gare", R, &[("14 h 30", "time", "14:30", None, "exact")]);
    check("Il faudra attendre 20 h pour connaître les résultats", R, &[("20 h", "time", "20:00", None, "exact")]);
    // a clock's reading
    check("quand il est indiqué 23 heures, il est minuit à Paris", R, &[("23 heures", "time", "23:00", None, "exact"), ("minuit", "time", "00:00", None, "exact")]);
    // a verb of saying is no clock's reading, nor a display of a race time
    check("le préfet a indiqué deux heures plus tard que le feu était maîtrisé", R, &[("deux heures", "duration", "PT2H", None, "exact")]);
    check("le chronomètre affichait 2 h 05 min 12 s", R, &[("2 h 05 min 12 s", "duration", "PT2H5M12S", None, "exact")]);
    // a clock's "à" does not make hours of travel a time
    check("Tahiti, à 22 heures de vol de Paris", R, &[("22 heures", "duration", "PT22H", None, "exact")]);
}

#[test]
fn hours_from_now_are_a_moment_only_against_a_clock_time() {
    let now = d("2017-06-27").unwrap().and_hms_opt(0, 0, 0).unwrap();
    let moments = |text: &str| -> Vec<(String, &str, String)> {
        rec().extract_at(text, now).into_iter().map(|q| (text[q.start..q.end].to_string(), q.kind.as_str(), format!("{:?}", q.value))).collect()
    };
    assert_eq!(moments("réveille-moi dans 33 minutes"), [("dans 33 minutes".to_string(), "datetime", "Text(\"2017-06-27T00:33\")".to_string())]);
    assert_eq!(moments("il y a deux heures"), [("il y a deux heures".to_string(), "datetime", "Text(\"2017-06-26T22:00\")".to_string())]);
    assert_eq!(moments("dans 1 heure et quart"), [("dans 1 heure et quart".to_string(), "datetime", "Text(\"2017-06-27T01:15\")".to_string())]);
    // days from now stay a day; a length said without "dans" stays a length
    assert_eq!(moments("dans trois jours"), [("dans trois jours".to_string(), "date", "Text(\"2017-06-30\")".to_string())]);
    assert_eq!(moments("il a marché 3 heures"), [("3 heures".to_string(), "duration", "Text(\"PT3H\")".to_string())]);
    assert_eq!(moments("Il y a deux heures d'attente"), [("deux heures".to_string(), "duration", "Text(\"PT2H\")".to_string())]);
    // a lower bound of the length is an upper one of the moment before now
    let past = rec().extract_at("il y a plus de deux heures", now);
    assert_eq!((past[0].kind.as_str(), past[0].approx.as_str()), ("datetime", "max"));
    // beyond a year of hours, no moment (and no overflow)
    assert_eq!(moments("dans 9999999999 heures")[0].1, "duration");
    let _ = moments("dans 9223372036854770000 heures et 400000 minutes");
    // an article has a date and no time: a length of time
    check("réveille-moi dans 33 minutes", "2017-06-27", &[("33 minutes", "duration", "PT33M", None, "exact")]);
}

#[test]
fn some_day_is_no_quantity_and_one_day_said_as_a_length_is() {
    check("Un jour, possiblement, la mesure s'étendra", R, &[]);
    check("cultivera-t-on un jour des pommes de terre sur Mars ?", R, &[]);
    check("le port a été bloqué pendant un jour", R, &[("un jour", "duration", "P1D", None, "exact")]);
    check("un jour de grève", R, &[("un jour", "duration", "P1D", None, "exact")]);
    check("Un jour plus tard, il est parti", R, &[("Un jour", "duration", "P1D", None, "exact")]);
    check("la grève a duré un jour", R, &[("un jour", "duration", "P1D", None, "exact")]);
    check("télétravail un jour par semaine", R, &[("un jour", "duration", "P1D", None, "exact")]);
    // the verb "a", "un jour ou l'autre", a day of a year
    check("Il a un jour confié qu'il voulait arrêter", R, &[]);
    check("Il faudra un jour ou l'autre réformer", R, &[]);
    check("Il faut un jour ou l'autre payer", R, &[]);
    check("A un jour du scrutin, rien n'est joué.", R, &[("un jour", "duration", "P1D", None, "exact")]);
    check("Un jour de 1995, il rencontre Paul", R, &[("1995", "date", "1995", None, "exact")]);
}

#[test]
fn a_time_before_or_after_is_no_age_and_minutes_bound_no_age_range() {
    // in a past narrative, a length back from the told event, not an age in weeks
    check("Il est mort à l'âge de 80 ans, qu'il venait de fêter trois semaines plus tôt", R, &[("80 ans", "age", "80", Some("year"), "exact"), ("trois semaines", "duration", "P3W", None, "exact")]);
    // a spaced colon before a range is no clock time's
    check("Peine encourue : 5 à 10 ans.", R, &[("5 à 10 ans", "duration", "P5Y..P10Y", None, "range")]);
    check("Il est mort à 20 h 13 à 83 ans", R, &[("20 h 13", "time", "20:13", None, "exact"), ("83 ans", "age", "83", Some("year"), "exact")]);
}

#[test]
fn the_million_after_the_definite_article_counts_its_noun() {
    check("la pétition atteint le million de signatures", R, &[("million", "count", "1000000", Some("signature"), "exact")]);
    check("le cap du million de vues", R, &[("million", "count", "1000000", Some("vue"), "exact")]);
    // the plural is no figure, nor a rate's "per million"
    check("des millions de clics", R, &[]);
    check("3 dollars le million de BTU", R, &[("3 dollars", "money", "3", Some("USD"), "exact")]);
}

#[test]
fn a_second_apposition_after_an_age_keeps_it_an_age() {
    check("par Zuzana Hlávková, 26 ans et ancienne employée du ministère", R, &[("26 ans", "age", "26", Some("year"), "exact")]);
    check("Paul, 26 ans et demi, est là", R, &[("26 ans et demi", "age", "26.5", Some("year"), "exact")]);
    // a length in two parts is no apposition
    check("Le procès s'ouvre, 7 ans et deux mois après les faits", R, &[("7 ans et deux mois", "duration", "P7Y2M", None, "exact")]);
}

#[test]
fn a_capitalised_weekday_inside_a_sentence_is_a_name() {
    check("auteur de « Vendredi ou les Limbes du Pacifique »", R, &[]);
    check("le sommet aura lieu Vendredi 8 novembre", R, &[("Vendredi 8 novembre", "date", "2024-11-08", None, "exact")]);
    check("Vendredi, il a parlé.", R, &[("Vendredi", "date", "2024-11-01", None, "exact")]);
    // a quotation that opens the sentence; a word that places the day
    check("« Mardi, nous serons tous dans la rue », a prévenu le syndicat.", R, &[("Mardi", "date", "2024-11-05", None, "exact")]);
    check("Le verdict sera rendu Vendredi prochain.", R, &[("Vendredi prochain", "date", "2024-11-08", None, "exact")]);
}

#[test]
fn noon_in_a_name_is_no_time() {
    check("la région Midi-Pyrénées est rebaptisée", R, &[]);
    check("le trafic est interrompu entre Bruxelles-Nord et Bruxelles-Midi.", R, &[]);
    check("a rapporté le Midi Libre", R, &[]);
    check("Midi Libre rapporte que le feu est éteint.", R, &[]);
    check("Midi sonne au clocher.", R, &[("Midi", "time", "12:00", None, "exact")]);
    check("Il arrive à midi.", R, &[("midi", "time", "12:00", None, "exact")]);
}

#[test]
fn a_measure_per_another_measure_takes_both_units() {
    check("un taux d'alcoolémie de 1,92 g par litre de sang", R, &[("1,92 g par litre", "measure", "1.92", Some("g/L"), "exact")]);
    check("une densité de 190 000 kg par mètre cube", R, &[("190 000 kg par mètre cube", "measure", "190000", Some("kg/m³"), "exact")]);
    check("un rendement de 7 tonnes par hectare", R, &[("7 tonnes par hectare", "measure", "7", Some("t/ha"), "exact")]);
    // a row of units.tsv names the pair; a person or a price is no unit
    check("à 90 kilomètres par heure", R, &[("90 kilomètres par heure", "measure", "90", Some("km/h"), "exact")]);
    check("3 kg par personne", R, &[("3 kg", "measure", "3", Some("kg"), "exact")]);
    check("1,50 euro par litre", R, &[("1,50 euro", "money", "1.5", Some("EUR"), "exact")]);
    // a case-sensitive unit as written; the symbol of a concentration
    check("6 litres par km", R, &[("6 litres par km", "measure", "6", Some("L/km"), "exact")]);
    check("5 km par mi-temps", R, &[("5 km", "measure", "5", Some("km"), "exact")]);
    check("un taux de 0,5 g/l", R, &[("0,5 g/l", "measure", "0.5", Some("g/L"), "exact")]);
}

#[test]
fn a_fraction_of_a_unit_is_a_measure_or_a_length_of_time() {
    check("en trois quarts d'heure", R, &[("trois quarts d'heure", "duration", "PT45M", None, "exact")]);
    check("un tiers de litre", R, &[("un tiers de litre", "measure", "0.3333333333333333", Some("L"), "exact")]);
    // a fraction of a group stays a number
    check("les deux tiers de la population", R, &[("deux tiers", "number", "0.6666666666666666", None, "exact")]);
}

#[test]
fn currencies_by_their_french_names() {
    check("300 milliards de wons", R, &[("300 milliards de wons", "money", "300000000000", Some("KRW"), "exact")]);
    check("45 couronnes suédoises et 2 millions de zlotys", R, &[("45 couronnes suédoises", "money", "45", Some("SEK"), "exact"), ("2 millions de zlotys", "money", "2000000", Some("PLN"), "exact")]);
    check("2,5 milliards de bahts", R, &[("2,5 milliards de bahts", "money", "2500000000", Some("THB"), "exact")]);
}

#[test]
fn a_second_after_de_is_the_unit_not_an_ordinal() {
    check("les dixièmes de seconde comptaient, en une fraction de seconde; la seconde place", R, &[("seconde", "ordinal", "2", None, "exact")]);
}

#[test]
fn a_clock_time_a_preposition_opens_joins_the_day_after_it() {
    check("La manifestation débutera à 14 heures samedi.", R, &[("14 heures samedi", "datetime", "2024-11-09T14:00", None, "exact")]);
    // set off by a comma, the day is an aside of its own
    check("à 20 heures, jeudi, un concert", R, &[("20 heures", "time", "20:00", None, "exact"), ("jeudi", "date", "2024-11-07", None, "exact")]);
}

#[test]
fn a_shift_of_several_units_is_one_date() {
    check("dans deux ans et demi", R, &[("dans deux ans et demi", "date", "2027-05", None, "exact")]);
    check("dans 8 semaines et 2 jours", R, &[("dans 8 semaines et 2 jours", "date", "2025-01-03", None, "exact")]);
}

#[test]
fn a_length_of_time_after_a_named_day_is_a_day() {
    check("Le vote aura lieu trois jours après le 14 décembre.", R, &[("trois jours après le 14 décembre", "date", "2024-12-17", None, "exact")]);
    check("deux semaines avant vendredi", R, &[("deux semaines avant vendredi", "date", "2024-10-25", None, "exact")]);
    // counted from an event, not a day: a length of time
    check("Il est mort deux jours après l'attentat.", R, &[("deux jours", "duration", "P2D", None, "exact")]);
}

#[test]
fn a_half_after_a_unit_and_a_comma_between_parts() {
    check("Il pèse deux kilos et demi.", R, &[("deux kilos et demi", "measure", "2.5", Some("kg"), "exact")]);
    check("Le film dure une heure, cinquante-sept minutes.", R, &[("une heure, cinquante-sept minutes", "duration", "PT1H57M", None, "exact")]);
}

#[test]
fn a_scaled_number_and_a_half_still_counts_its_noun() {
    check("la ville compte un million et demi d'habitants", R, &[("un million et demi", "count", "1500000", Some("habitant"), "exact")]);
}

#[test]
fn a_scaled_decimal_is_a_whole_number_without_float_noise() {
    let g = got("la population atteignait 66,9 millions d'habitants", R);
    assert_eq!(g[0].2, "66900000");
}

#[test]
fn a_magnitude_named_before_its_value_with_de() {
    check("un séisme d'une magnitude de 6,2", R, &[("magnitude de 6,2", "measure", "6.2", Some("magnitude"), "exact")]);
}

#[test]
fn a_fraction_of_a_point_beside_a_rate_is_a_percent() {
    check("Le taux de chômage a reculé de 0,3 point.", R, &[("0,3 point", "percent", "0.3", Some("%"), "exact")]);
    // a score keeps its points
    check("Il a inscrit 193,7 points en finale.", R, &[("193,7", "count", "193.7", Some("point"), "exact")]);
}

#[test]
fn a_part_of_a_length_of_time_or_a_measure_is_one_too() {
    check("Il a été condamné à 18 mois de prison dont 6 avec sursis.", R, &[("18 mois", "duration", "P18M", None, "exact"), ("6", "duration", "P6M", None, "exact")]);
    check("Ils ont saisi 2 tonnes de cocaïne, dont 300 à Marseille.", R, &[("2 tonnes", "measure", "2", Some("t"), "exact"), ("300", "measure", "300", Some("t"), "exact")]);
}

#[test]
fn a_plus_sign_before_a_percent_is_a_rise() {
    check("après +1,8 % en octobre", "", &[("1,8 %", "percent", "1.8", Some("%"), "exact")]);
}

#[test]
fn a_regular_plural_unknown_to_the_lexicon_is_made_singular() {
    // "-és" as "-es": a plural the lemma table lacks
    check("Les 751 eurodéputés voteront.", R, &[("751", "count", "751", Some("eurodéputé"), "exact")]);
}

#[test]
fn light_years_with_both_parts_plural_are_a_measure() {
    check("une galaxie à 900 millions d'années-lumières", R, &[("900 millions d'années-lumières", "measure", "900000000", Some("ly"), "exact")]);
}

#[test]
fn a_clause_conjunction_or_a_pre_nominal_adjective_is_not_the_counted_noun() {
    check("Trois violents orages ont frappé la ville.", R, &[("Trois", "count", "3", Some("orage"), "exact")]);
    check("les deux meilleurs temps de la journée", R, &[("deux", "count", "2", Some("temps"), "exact")]);
    check("Nintendo espère en vendre 10 millions d'ici 2018.", R, &[("10 millions", "number", "10000000", None, "exact"), ("2018", "date", "2018", None, "exact")]);
}

#[test]
fn a_spaced_first_is_an_ordinal_unless_a_date_follows() {
    // WiNER's text splits "1er" and "1re" ("Ce 1 er groupe", "de la 1 re à la 18 e minute")
    check("Ce 1 er groupe est pris en chasse.", R, &[("1 er", "ordinal", "1", None, "exact")]);
    check("de la 1 re à la 18 e minute", R, &[("1 re", "ordinal", "1", None, "exact"), ("18 e", "ordinal", "18", None, "exact")]);
    check("le 1 er janvier 2016", R, &[("1 er janvier 2016", "date", "2016-01-01", None, "exact")]);
    // a day alone ends its clause: before an opening quote, "le premier" is a rank
    check("ce système serait le premier « binaire X » connu", "2017-03-29", &[("premier", "ordinal", "1", None, "exact")]);
}

#[test]
fn a_noun_opening_a_prepositional_phrase_is_not_counted() {
    // "suite à", "grâce à" after a year: the year of the name before, not 2016 "suites"
    check("Nadal se retire de Roland-Garros 2016 suite à une blessure.", R, &[("2016", "date", "2016", None, "exact")]);
    check("Il gagne Roland-Garros 2016 grâce à son service.", R, &[("2016", "date", "2016", None, "exact")]);
    check("Il a vendu 40 voitures suite à la crise.", R, &[("40", "count", "40", Some("voiture"), "exact")]);
}

#[test]
fn a_plural_the_lemma_table_reads_as_a_verb_or_lacks_is_made_singular() {
    // "gendarmes" → the table's "gendarmer"; "Kényans" is not in the table
    check("Une trentaine de gendarmes et 23 policiers.", R, &[("Une trentaine", "count", "30", Some("gendarme"), "approx"), ("23", "count", "23", Some("policier"), "exact")]);
    check("Les victimes seraient trois Kényans.", R, &[("trois", "count", "3", Some("kényan"), "exact")]);
}

#[test]
fn a_recent_adjective_and_a_locution_after_a_year_are_not_counted_nouns() {
    check("avec les deux récents incendies de la centrale", R, &[("deux", "count", "2", Some("incendie"), "exact")]);
    check("comme il a terminé celle de 2015 lors de la finale", R, &[("2015", "date", "2015", None, "exact")]);
}

#[test]
fn the_seconds_after_whole_minutes_and_an_age_said_to_be_today() {
    // a race gap "7 minutes 40" is 7 min 40 s, not 7 minutes and a number
    check("à 7 minutes 40 de la tête de course", R, &[("7 minutes 40", "duration", "PT7M40S", None, "exact")]);
    check("avec 3 minutes 30 d'avance", R, &[("3 minutes 30", "duration", "PT3M30S", None, "exact")]);
    // a count after the minutes stays a count
    check("en 3 minutes 30 personnes sont sorties", R, &[("3 minutes", "duration", "PT3M", None, "exact"), ("30", "count", "30", Some("personne"), "exact")]);
    check("Aristide, 63 ans aujourd'hui, avait quitté le pays.", R, &[("63 ans", "age", "63", Some("year"), "exact"), ("aujourd'hui", "date", "2024-11-06", None, "exact")]);
}

#[test]
fn a_unit_heading_a_hyphenated_compound_is_no_unit() {
    check("Il les a frappés avec un pied-de-biche, à 3 pieds du mur.", R, &[("3 pieds", "measure", "3", Some("ft"), "exact")]);
}

#[test]
fn a_year_after_en_bounds_no_range() {
    check("Sa dette passera de 26 milliards en 2015 à 41 milliards en 2019.", R, &[("26 milliards", "number", "26000000000", None, "exact"), ("2015", "date", "2015", None, "exact"), ("41 milliards", "number", "41000000000", None, "exact"), ("2019", "date", "2019", None, "exact")]);
}

#[test]
fn millions_of_years_are_a_span_of_time_not_an_age_or_a_count() {
    check("Une trace datant de 3,7 milliards d'années.", R, &[("3,7 milliards d'années", "duration", "P3700000000Y", None, "exact")]);
    check("Il a vécu il y a 20 millions d'années.", R, &[("20 millions d'années", "duration", "P20000000Y", None, "exact")]);
}

#[test]
fn an_adjective_of_length_between_a_number_and_a_time_unit_keeps_the_duration() {
    check("Une bataille vieille de quatre longues années.", R, &[("quatre longues années", "duration", "P4Y", None, "exact")]);
    check("Il a attendu deux bonnes heures.", R, &[("deux bonnes heures", "duration", "PT2H", None, "exact")]);
}

#[test]
fn seconds_in_words_after_whole_minutes() {
    check("Elle pointe à une minute trente des leaders.", R, &[("une minute trente", "duration", "PT1M30S", None, "exact")]);
    check("Il finit à deux minutes quinze.", R, &[("deux minutes quinze", "duration", "PT2M15S", None, "exact")]);
}

#[test]
fn counts_inside_a_name_are_left_out_but_its_year_stays() {
    let text = "Il écrit dans la Revue des deux Mondes pendant le Tour de France 2016 et voit 3 coureurs.";
    let mut quantities = rec().extract(text, d(R));
    let name = |n: &str| (text.find(n).unwrap(), text.find(n).unwrap() + n.len());
    Recognizer::outside_names(&mut quantities, &[name("Revue des deux Mondes"), name("Tour de France 2016")]);
    let kept: Vec<&str> = quantities.iter().map(|q| &text[q.start..q.end]).collect();
    assert_eq!(kept, ["2016", "3"]);
}

#[test]
fn a_bare_plural_collective_after_les_gives_no_figure() {
    check("Il aide les centaines d'habitants et les dizaines de milliers de foyers, dont la centaine de sinistrés.", R, &[("la centaine", "count", "100", Some("sinistré"), "approx")]);
}

#[test]
fn a_time_zones_offset_is_no_quantity() {
    check("Le match a eu lieu vers 20 h 13 (UTC+2), soit UTC+01:00 à Paris et GMT-5 à New York.", R, &[("vers 20 h 13", "time", "20:13", None, "approx")]);
}

#[test]
fn a_dozen_takes_its_noun_through_de_as_the_other_collectives() {
    check("Une douzaine d'hommes se détachent et Trump a signé plus d'une douzaine de décrets.", R, &[("Une douzaine", "count", "12", Some("homme"), "exact"), ("plus d'une douzaine", "count", "12", Some("décret"), "min")]);
}

#[test]
fn what_dates_back_some_years_is_a_time_ago_not_an_age() {
    check("Cette affaire remonte à une douzaine d'années.", R, &[("une douzaine d'années", "duration", "P12Y", None, "exact")]);
    check("Cela remonte à une vingtaine d'années.", R, &[("une vingtaine d'années", "duration", "P20Y", None, "approx")]);
}

#[test]
fn the_new_figure_of_a_change_takes_the_old_ones_scale() {
    check("Le déficit devrait baisser de 4,2 milliards à 3,6 cette année.", R, &[("4,2 milliards", "number", "4200000000", None, "exact"), ("3,6", "number", "3600000000", None, "exact"), ("cette année", "date", "2024", None, "exact")]);
    // not when the old figure counts something: its scale is its own
    check("Il compte 4,2 millions de visiteurs à 3 endroits.", R, &[("4,2 millions", "count", "4200000", Some("visiteur"), "exact"), ("3", "count", "3", Some("endroit"), "exact")]);
}

#[test]
fn a_superlative_in_a_partitive_is_passed_on_the_way_to_the_noun() {
    check("Deux des plus importantes associations étudiantes se réjouissent.", R, &[("Deux", "count", "2", Some("association"), "exact")]);
}
