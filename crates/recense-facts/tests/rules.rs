//! The constructions of issue 5, one sentence each, and robustness: long
//! sentences, lists of numbers, numbers with no noun, odd inputs.

use chrono::NaiveDate;
use recense_facts::{Event, Fact, FactFinder, Place};
use recense_numbers::{Quantity, Recognizer};

struct Run {
    text: String,
    quantities: Vec<Quantity>,
    facts: Vec<Fact>,
}

fn run_with(text: &str, places: &[&str], date: Option<NaiveDate>) -> Run {
    let tokens = recense_text::tokenize(text);
    let sentences = recense_text::split_sentences(text, &tokens);
    let quantities = Recognizer::new().extract(text, date);
    let mut ps = Vec::new();
    for name in places {
        let mut from = 0;
        while let Some(i) = text[from..].find(name) {
            let start = from + i;
            let end = start + name.len();
            ps.push(Place { start, end, cp_start: text[..start].chars().count(), cp_end: text[..end].chars().count() });
            from = end;
        }
    }
    ps.sort_by_key(|p| p.start);
    let facts = FactFinder::new().facts(text, &tokens, &sentences, &quantities, &ps, date);
    Run { text: text.to_string(), quantities, facts }
}

fn run(text: &str, places: &[&str]) -> Run {
    run_with(text, places, NaiveDate::from_ymd_opt(2024, 11, 6))
}

impl Run {
    fn fact(&self, surface: &str) -> &Fact {
        self.facts
            .iter()
            .find(|f| {
                let q = &self.quantities[f.quantity];
                &self.text[q.start..q.end] == surface
            })
            .unwrap_or_else(|| panic!("no fact on {surface:?}: {:?}", self.facts))
    }
    fn event(&self, surface: &str) -> Event {
        self.fact(surface).event
    }
    fn place(&self, surface: &str) -> Option<&str> {
        self.fact(surface).location.as_ref().map(|l| l.name.as_str())
    }
}

#[test]
fn participles_and_passives() {
    let r = run("Quatre personnes ont été arrêtées hier.", &[]);
    assert_eq!(r.event("Quatre"), Event::Arrest);
    let r = run("Au Mali, 24 jeunes femmes exploitées dans un réseau ont pu être libérées.", &["Mali"]);
    assert_eq!(r.event("24"), Event::Rescue);
    assert_eq!(r.place("24"), Some("Mali"));
    assert_eq!(r.fact("24").country.as_deref(), Some("ML"));
}

#[test]
fn infinitives_take_the_nearest_verb() {
    let r = run("La campagne a permis d’arrêter 2 571 personnes et de secourir 3 222 victimes.", &[]);
    assert_eq!(r.event("2 571"), Event::Arrest);
    assert_eq!(r.event("3 222"), Event::Rescue);
}

#[test]
fn nominalisations() {
    let r = run("L'opération avait mené à 286 arrestations et permis le sauvetage de 430 victimes.", &[]);
    assert_eq!(r.event("286"), Event::Arrest);
    assert_eq!(r.event("430"), Event::Rescue);
    let r = run("Elle a requis la surveillance de près de 24 000 vols et la réalisation de 8 millions de vérifications.", &[]);
    assert_eq!(r.event("près de 24 000"), Event::Monitor);
    assert_eq!(r.event("8 millions"), Event::Inspect);
    // the spec's events named by a noun of the act: a disappearance, a murder, an abduction
    let r = run("On déplore la disparition de 40 marins et l'assassinat de deux policiers.", &[]);
    assert_eq!(r.event("40"), Event::Missing);
    assert_eq!(r.event("deux"), Event::Kill);
    let r = run("Le groupe a revendiqué le kidnapping de 17 touristes et la confiscation de 300 armes.", &[]);
    assert_eq!(r.event("17"), Event::Kidnap);
    assert_eq!(r.event("300"), Event::Seize);
}

#[test]
fn verbs_of_the_spec_events_in_a_phrase() {
    let r = run("Trois randonneurs ont trouvé la mort et deux marins sont portés disparus.", &[]);
    assert_eq!(r.event("Trois"), Event::Kill);
    assert_eq!(r.event("deux"), Event::Missing);
    let r = run("Les garde-côtes ont repêché 12 migrants.", &[]);
    assert_eq!(r.event("12"), Event::Rescue);
    let r = run("Plus de 200 vols ont été perturbés et trois maisons rasées.", &[]);
    assert_eq!(r.event("Plus de 200"), Event::Affect);
    assert_eq!(r.event("trois"), Event::Affect);
}

#[test]
fn nouns_of_the_spec_events_beyond_the_training_articles() {
    let r = run("La rafle de 300 personnes a suivi le cortège de 5 000 protestataires.", &[]);
    assert_eq!(r.event("300"), Event::Arrest);
    assert_eq!(r.event("5 000"), Event::Protest);
    let r = run("Il a écopé d'une amende de 4 000 euros et 120 intérimaires ont été recrutés.", &[]);
    assert_eq!(r.event("4 000 euros"), Event::Convict);
    assert_eq!(r.event("120"), Event::Employ);
}

#[test]
fn a_third_batch_of_the_spec_events_beyond_the_training_articles() {
    let r = run("Les bandits ont braqué 3 banques et dévalisé 12 bijouteries ; 40 cambriolages ont suivi.", &[]);
    assert_eq!(r.event("3"), Event::Steal);
    assert_eq!(r.event("12"), Event::Steal);
    assert_eq!(r.event("40"), Event::Steal);
    let r = run("L'homicide de trois gardiens a précédé le pillage de 20 magasins.", &[]);
    assert_eq!(r.event("trois"), Event::Kill);
    assert_eq!(r.event("20"), Event::Steal);
    let r = run("Quinze immeubles se sont effondrés et 2 000 habitants ont été hébergés au gymnase.", &[]);
    assert_eq!(r.event("Quinze"), Event::Affect);
    assert_eq!(r.event("2 000"), Event::Displace);
    let r = run("La messe a rassemblé 80 000 pèlerins, et 150 partants ont pris le départ.", &[]);
    assert_eq!(r.event("80 000"), Event::Participate);
    assert_eq!(r.event("150"), Event::Participate);
    let r = run("Le groupe a versé le paiement d'une rançon de 2 millions d'euros.", &[]);
    assert_eq!(r.event("2 millions d'euros"), Event::Cost);
}

#[test]
fn the_reformed_spelling_of_interpeller_is_an_arrest() {
    // "interpeler" (one l, the 1990 spelling) is the same verb as "interpeller"
    let r = run("Dix personnes ont été interpelées et 4 interpelés sont en garde à vue.", &[]);
    assert_eq!(r.event("Dix"), Event::Arrest);
    assert_eq!(r.event("4"), Event::Arrest);
}

#[test]
fn coordination_shares_the_verb() {
    let r = run("En Argentine, 14 mineurs et 45 autres victimes ont été libérés.", &["Argentine"]);
    assert_eq!(r.event("14"), Event::Rescue);
    assert_eq!(r.event("45"), Event::Rescue);
    assert_eq!(r.place("45"), Some("Argentine"));
    let r = run("En Tunisie, les autorités ont intercepté 21 mineurs et 6 adultes en route vers le Royaume-Uni.", &["Tunisie", "Royaume-Uni"]);
    assert_eq!(r.event("6"), Event::Intercept);
    assert_eq!(r.place("6"), Some("Tunisie"), "a destination is not where it happened");
    assert_eq!(r.fact("21").country.as_deref(), Some("TN"));
}

#[test]
fn counted_nouns() {
    let r = run("L'accident avait fait 228 morts et 12 blessés.", &[]);
    assert_eq!(r.event("228"), Event::Kill);
    assert_eq!(r.event("12"), Event::Wound);
    let r = run("Le groupe va supprimer 8 000 emplois. Environ 3 000 manifestants ont défilé.", &[]);
    assert_eq!(r.event("8 000"), Event::Employ);
    assert_eq!(r.event("Environ 3 000"), Event::Protest);
}

#[test]
fn money_and_measures() {
    let r = run("Des hackers ont volé près de 3 millions d'euros. La police a saisi 2 tonnes de cocaïne.", &[]);
    assert_eq!(r.event("près de 3 millions d'euros"), Event::Steal);
    assert_eq!(r.event("2 tonnes"), Event::Seize);
    // a measure that is neither seized nor stolen is no fact
    let r = run("La route mesure 12 km.", &[]);
    assert!(r.facts.is_empty(), "{:?}", r.facts);
}

#[test]
fn place_of_a_relative_clause_and_nearest_place() {
    let r = run(
        "D’autres arrestations ont eu lieu en Serbie, où 12 individus organisaient le passage de migrants vers la Bosnie-Herzégovine.",
        &["Serbie", "Bosnie-Herzégovine"],
    );
    assert_eq!(r.event("12"), Event::Arrest);
    assert_eq!(r.place("12"), Some("Serbie"));
    let r = run(
        "En Amérique latine, comme au Brésil, un candidat a été arrêté pour avoir organisé le passage de 70 migrants vers les États-Unis.",
        &["Amérique latine", "Brésil", "États-Unis"],
    );
    assert_eq!(r.event("70"), Event::Smuggle);
    assert_eq!(r.place("70"), Some("Brésil"));
    assert_eq!(r.fact("70").country.as_deref(), Some("BR"));
}

#[test]
fn multi_country_region_has_no_country() {
    let r = run("En Asie du Sud-Est, 300 personnes ont été arrêtées.", &["Asie du Sud-Est"]);
    assert_eq!(r.place("300"), Some("Asie du Sud-Est"));
    assert_eq!(r.fact("300").country, None);
}

#[test]
fn a_figure_of_the_whole_world_has_no_place() {
    let r = run("La suppression de 134 emplois en France sur 2 000 au total dans le pays et 5 000 dans le monde entier.", &["France"]);
    assert_eq!(r.place("134"), Some("France"));
    assert_eq!(r.place("5 000"), None);
    assert_eq!(r.fact("5 000").country, None);
    let r = run("À l'échelle mondiale, 30 usines ont fermé en 2016, dont 12 en France.", &["France"]);
    assert_eq!(r.place("30"), None);
}

#[test]
fn a_clause_that_names_its_place_in_an_aside_takes_it() {
    let r = run("Ils ont salué l'attentat du Parlement de Westminster (à Londres) du 22 mars, qui avait causé la mort de quatre personnes.", &["Londres"]);
    assert_eq!(r.place("quatre"), Some("Londres"));
    // a person's country in an aside is no place of the figure
    let r = run("Les deux autres membres de la commission sont Reina Gansu (Bénin) et Paul Dia.", &["Bénin"]);
    assert_eq!(r.place("deux"), None);
}

#[test]
fn a_part_in_a_list_after_dont_does_what_its_whole_does() {
    let r = run("Au total, 217 des 441 représentants ont voté pour et 213 contre, dont l'ensemble des démocrates et 20 républicains.", &[]);
    assert_eq!(r.fact("213").event, Event::Vote);
    assert_eq!(r.fact("20").event, Event::Vote);
}

#[test]
fn a_clause_after_a_colon_takes_the_place_of_the_clause_before() {
    let r = run("Le Brésil connaît une crise. Des détenus s'affrontent dans une prison de Manaus, dans le nord du pays, aboutissant à un carnage : 56 personnes perdent la vie.", &["Brésil", "Manaus"]);
    assert_eq!(r.place("56"), Some("Manaus"));
    // only when that clause says where: a name beside a noun is no place
    let r = run("C'est un record sur le quinquennat Hollande : 93 500 chômeurs de plus.", &["Hollande"]);
    assert_eq!(r.place("93 500"), None);
}

#[test]
fn an_entity_after_a_place_preposition_past_its_article() {
    let after = |text: &str, name: &str| {
        let tokens = recense_text::tokenize(text);
        recense_facts::after_a_place_preposition(text, &tokens, text.find(name).unwrap())
    };
    assert!(after("Trois skieurs sont morts aux Deux Alpes.", "Deux Alpes"));
    assert!(after("Il habite à l'Isle-Adam.", "Isle-Adam"));
    assert!(after("Il habite à l’Isle-Adam.", "Isle-Adam"));
    assert!(after("Il habite à l' Isle-Adam.", "Isle-Adam"));
    // "au" names a club as often as a place
    assert!(!after("Il a marqué 105 buts au Barça.", "Barça"));
    assert!(!after("Il a rejoint le Barça.", "Barça"));
    assert!(!after("Barça", "Barça"));
}

#[test]
fn no_place_from_an_earlier_sentence() {
    let r = run("De fortes pluies ont touché Manille. On compte au moins dix morts.", &["Manille"]);
    assert_eq!(r.event("au moins dix"), Event::Kill);
    assert_eq!(r.place("au moins dix"), None);
}

#[test]
fn headline_place() {
    let r = run("France : PSA va supprimer 8 000 emplois\n\nL'annonce est tombée ce matin.", &["France"]);
    assert_eq!(r.place("8 000"), Some("France"));
    assert_eq!(r.fact("8 000").country.as_deref(), Some("FR"));
    // where the figure happened beats the topic before the colon
    let r = run("Turquie : les autorités saisissent 13 tonnes de marijuana au large de la Libye\n\nL'annonce est tombée.", &["Turquie", "Libye"]);
    assert_eq!(r.place("13 tonnes"), Some("Libye"));
    let r = run("France : trois soldats tués au Mali\n\nL'annonce est tombée.", &["France", "Mali"]);
    assert_eq!(r.place("trois"), Some("Mali"));
}

#[test]
fn a_body_event_without_a_place_happened_where_the_headline_says() {
    let text = "Somalie : attentat à Mogadiscio\n\nAu moins 14 personnes ont été tuées près de l'hôtel. Le prix du billet était de 3 dollars.";
    let r = run(text, &["Somalie", "Mogadiscio"]);
    assert_eq!(r.event("Au moins 14"), Event::Kill);
    assert_eq!(r.place("Au moins 14"), Some("Mogadiscio"));
    assert_eq!(r.fact("Au moins 14").country.as_deref(), Some("SO"));
    // a figure of no event (a price) is not placed by the headline
    assert_eq!(r.event("3 dollars"), Event::Other);
    assert_eq!(r.place("3 dollars"), None);
    // the sentence's own place still wins
    let r = run("Somalie : attentat à Mogadiscio\n\nÀ Baidoa, 5 personnes ont été tuées.", &["Somalie", "Mogadiscio", "Baidoa"]);
    assert_eq!(r.place("5"), Some("Baidoa"));
    // a headline name that is only some village's spelling places nothing
    let r = run("Valls : le soutien à Hamon\n\nAu moins 14 personnes ont été tuées.", &["Valls"]);
    assert_eq!(r.place("Au moins 14"), None);
    // a region that spans countries does, with no country
    let r = run("Zone euro : le chômage stable\n\nQuelque 300 000 emplois ont été supprimés.", &["Zone euro"]);
    assert_eq!(r.place("Quelque 300 000"), Some("Zone euro"));
    assert_eq!(r.fact("Quelque 300 000").country, None);
}

#[test]
fn a_town_a_locative_description_names_beats_its_region() {
    let r = run("Deux voitures se sont percutées sur la commune de Plouër-sur-Rance, dans les Côtes-d'Armor.", &["Plouër-sur-Rance", "Côtes-d'Armor"]);
    assert_eq!(r.place("Deux"), Some("Plouër-sur-Rance"));
}

#[test]
fn a_count_that_continues_another_is_where_that_one_was() {
    let text = "La population de Karachi est estimée à 15 millions d'habitants, contre 21 millions d'habitants en 2012.";
    let r = run(text, &["Karachi"]);
    assert_eq!(r.place("15 millions"), Some("Karachi"));
    assert_eq!(r.place("21 millions"), Some("Karachi"));
    // nor a date of its own: the one it continues lends its date
    let r = run_with("Titre\n\n4 janvier 2017 . – En 2015, 300 voitures ont été vendues, puis 400 en un an.", &[], NaiveDate::from_ymd_opt(2017, 1, 4));
    assert_eq!(r.fact("300").date.as_deref(), Some("2015"));
    assert_eq!(r.fact("400").date.as_deref(), Some("2015"));
    // another noun counted: no place borrowed
    let r = run("Le séisme a tué 281 personnes, dont 221 à Amatrice, tandis que 388 blessés ont été hospitalisés.", &["Amatrice"]);
    assert_eq!(r.place("388"), None);
}

#[test]
fn a_planned_date_is_not_lent_to_the_events_other_figures() {
    let text = "Titre\n\n26 décembre 2016 . – Le plan vise à former 500 000 chômeurs d'ici avril 2017.\n\nAu final, 23 000 chômeurs de plus se sont inscrits à Pôle emploi.";
    let r = run_with(text, &[], NaiveDate::from_ymd_opt(2016, 12, 26));
    assert_eq!(r.fact("500 000").date.as_deref(), Some("2017-04"));
    assert_ne!(r.fact("23 000").date.as_deref(), Some("2017-04"));
}

#[test]
fn futures_of_irregular_and_stem_changing_verbs() {
    let date = NaiveDate::from_ymd_opt(2017, 10, 19);
    for verb in ["deviendront", "mènera", "emploiera", "appellera", "obtiendra"] {
        let text = format!("Le projet sera lancé en 2019. Les 300 salariés {verb} le site.");
        assert_eq!(run_with(&text, &[], date).fact("300").date.as_deref(), Some("2019"), "{verb}");
    }
}

#[test]
fn a_figure_told_in_the_future_takes_the_coming_date() {
    let date = NaiveDate::from_ymd_opt(2017, 10, 19);
    let text = "La filiale va fermer ses portes en mars 2018, a annoncé la direction. Un coup dur pour les 235 salariés qui perdront leur emploi.";
    assert_eq!(run_with(text, &[], date).fact("235").date.as_deref(), Some("2018-03"));
    let text = "Le triathlon aura lieu à Nice en 2019. La compétition réunira 5 000 compétiteurs.";
    assert_eq!(run_with(text, &[], date).fact("5 000").date.as_deref(), Some("2019"));
    // the same figures in the past are not dated by a plan
    let text = "La filiale va fermer ses portes en mars 2018, a annoncé la direction. Un coup dur pour les 235 salariés qui ont perdu leur emploi.";
    assert_ne!(run_with(text, &[], date).fact("235").date.as_deref(), Some("2018-03"));
    // a passé simple is no future ("déclara"), nor a past date a coming one
    let text = "La compétition eut lieu en 2016. Elle réunira 5 000 compétiteurs.";
    assert_ne!(run_with(text, &[], date).fact("5 000").date.as_deref(), Some("2016"));
    let text = "Le triathlon aura lieu en 2019. Le maire déclara 5 000 compétiteurs.";
    assert_ne!(run_with(text, &[], date).fact("5 000").date.as_deref(), Some("2019"));
}

#[test]
fn a_records_baseline_is_no_date() {
    let date = NaiveDate::from_ymd_opt(2016, 9, 27);
    let text = "La catégorie A compte une hausse de 50 200 inscrits, un record depuis septembre 2013.";
    assert_ne!(run_with(text, &[], date).fact("50 200").date.as_deref(), Some("2013-09"));
    let text = "Le nombre de demandeurs augmente de 93 500, une explosion jamais vue depuis avril 2009.";
    assert_ne!(run_with(text, &[], date).fact("93 500").date.as_deref(), Some("2009-04"));
    // a record word in the sentence before makes no baseline
    let text = "Le chômage a atteint un niveau record. Depuis 2013, 500 000 emplois ont été créés.";
    assert_eq!(run_with(text, &[], date).fact("500 000").date.as_deref(), Some("2013"));
    // a tally since a date keeps it
    let text = "Près de 35 500 euros de vêtements auraient été réglés en liquide depuis 2012.";
    assert_eq!(run_with(text, &[], date).fact("Près de 35 500 euros").date.as_deref(), Some("2012"));
}

#[test]
fn a_rate_happens_on_no_one_day() {
    let date = NaiveDate::from_ymd_opt(2016, 8, 6);
    let text = "Le jeu a été lancé mardi. Il rapporterait 10 millions d'euros par jour à l'éditeur.";
    assert_eq!(run_with(text, &[], date).fact("10 millions d'euros").date, None);
    let text = "L'épidémie a été déclarée lundi. Environ 400 millions de cas sont déclarés chaque année.";
    assert_eq!(run_with(text, &[], date).fact("Environ 400 millions").date, None);
    // a rate its own clause dates keeps that date
    let text = "En 2013, il touchait 6 000 euros par mois.";
    assert_eq!(run_with(text, &[], date).fact("6 000 euros").date.as_deref(), Some("2013"));
    // a rate after another figure is that one's; "comme chaque année" makes no rate
    let text = "Le jeu a été lancé mardi. Il doit une amende de 5 000 euros et 200 euros par jour de retard.";
    assert!(run_with(text, &[], date).fact("5 000 euros").date.is_some());
    assert_eq!(run_with(text, &[], date).fact("200 euros").date, None);
    let text = "Le défilé a eu lieu mardi. Près de 10 000 personnes ont défilé, comme chaque année.";
    assert!(run_with(text, &[], date).fact("Près de 10 000").date.is_some());
    // a figure that is no rate still takes the story's day (the lead's Tuesday)
    let text = "Le jeu a été lancé mardi. Il a rapporté 10 millions d'euros à l'éditeur.";
    assert_eq!(run_with(text, &[], date).fact("10 millions d'euros").date.as_deref(), Some("2016-08-02"));
}

#[test]
fn the_date_a_figure_is_compared_with_is_not_its_date() {
    let date = NaiveDate::from_ymd_opt(2017, 1, 5);
    let text = "Le chômage a bondi au mois de décembre 2016. Quelque 471 000 personnes sont inscrites, soit 42 000 de plus qu'en novembre 2016.";
    assert_ne!(run_with(text, &[], date).fact("42 000").date.as_deref(), Some("2016-11"));
    let text = "En mars 2016, 3 000 emplois ont été créés, 500 de moins que le mois de février.";
    assert_eq!(run_with(text, &[], date).fact("3 000").date.as_deref(), Some("2016-03"));
    // a time's own comparison dates the figure: "pas plus tôt que jeudi" is that Thursday
    let text = "L'EI a revendiqué pas plus tôt que le 5 janvier l'assassinat de deux policiers.";
    assert_eq!(run_with(text, &[], date).fact("deux").date.as_deref(), Some("2017-01-05"));
}

#[test]
fn a_sentence_opened_by_a_pronoun_goes_on_with_the_date_before() {
    let date = NaiveDate::from_ymd_opt(2017, 1, 21);
    let text = "De fortes secousses ont frappé la région mercredi. Elles ont fait quatre morts.";
    assert_eq!(run_with(text, &[], date).fact("quatre").date.as_deref(), Some("2017-01-18"));
    let text = "Le chômage est en baisse sur l'année 2016. Il baisse de 3 %, soit près de 110 000 chômeurs de moins.";
    assert_eq!(run_with(text, &[], date).fact("près de 110 000").date.as_deref(), Some("2016"));
    // nor does the start of a state, nor a plan
    let text = "Il occupe le poste depuis 1989. Il remonte plus de 15 concurrents.";
    assert_ne!(run_with(text, &[], date).fact("plus de 15").date.as_deref(), Some("1989"));
    let text = "La réforme entrera en vigueur en 2019. Elle a coûté 3 millions d'euros.";
    assert_ne!(run_with(text, &[], date).fact("3 millions d'euros").date.as_deref(), Some("2019"));
    // an impersonal "il" continues nothing, negated or not
    let text = "Les combats ont repris mercredi. Il n'y a eu que deux blessés.";
    assert_ne!(run_with(text, &[], date).fact("deux").date.as_deref(), Some("2017-01-18"));
    let text = "Les négociations ont échoué mercredi. Il faut dire que les deux candidats ont exclu de se retirer.";
    assert_ne!(run_with(text, &[], date).fact("deux").date.as_deref(), Some("2017-01-18"));
}

#[test]
fn a_town_beats_the_subdivision_that_locates_it() {
    let r = run("Dans une ferme située à Agde, dans l'Hérault, une quarantaine de lapins ont été tués.", &["Agde", "Hérault"]);
    assert_eq!(r.place("une quarantaine"), Some("Agde"));
    let r = run("Un homme a blessé six personnes à Voiron, en Isère.", &["Voiron", "Isère"]);
    assert_eq!(r.place("six"), Some("Voiron"));
    // a place the gazetteer does not know, the subdivision set beside it
    let r = run("Un homme a blessé six personnes à Tignieu-Jameyzieu, en Isère.", &["Tignieu-Jameyzieu", "Isère"]);
    assert_eq!(r.place("six"), Some("Tignieu-Jameyzieu"));
    let r = run("Six personnes ont été blessées près de l'usine Xyzcorp à Isère.", &["Xyzcorp", "Isère"]);
    assert_eq!(r.place("Six"), Some("Isère"));
    // a subdivision a small town abroad shares the name of ("Moselle")
    let r = run("Les deux incendies ont eu lieu à la centrale de Cattenom, en Moselle.", &["Cattenom", "Moselle"]);
    assert_eq!(r.place("deux"), Some("Cattenom"));
    // a town of another country is no town of the subdivision
    let r = run("Six supporters de Lyon ont été blessés en Bavière.", &["Lyon", "Bavière"]);
    assert_eq!(r.place("Six"), Some("Bavière"));
}

#[test]
fn the_agent_of_a_passive_is_not_where_it_happened() {
    let r = run("La coalition menée par les États-Unis a frappé des camions, en détruisant plus d'une centaine.", &["États-Unis"]);
    assert_eq!(r.place("plus d'une centaine"), None);
    // nor is a place after "par" with no participle before it
    let r = run("Quelque 3 000 migrants sont entrés en Europe, surtout par la Grèce.", &["Europe", "Grèce"]);
    assert_eq!(r.place("Quelque 3 000"), Some("Europe"));
    // a way through is no agent
    let r = run("Quelque 3 000 migrants sont passés par la Grèce.", &["Grèce"]);
    assert_eq!(r.place("Quelque 3 000"), Some("Grèce"));
}

#[test]
fn the_country_is_that_of_the_last_place_named() {
    let text = "En Irak, l'offensive continue. Les États-Unis ont livré des blindés. L'armée a repris Mossoul. Quelque 10 000 djihadistes combattent dans le nord du pays.";
    let r = run(text, &["Irak", "États-Unis", "Mossoul"]);
    assert_eq!(r.place("Quelque 10 000"), Some("Irak"));
}

#[test]
fn an_opponent_is_not_where_it_happened() {
    let r = run("Le match, à Toulouse, s'est achevé face à Saran sur un score nul devant 3 000 spectateurs.", &["Toulouse", "Saran"]);
    assert_eq!(r.place("3 000"), Some("Toulouse"));
}

#[test]
fn a_colon_carries_the_date_of_the_clause_before_it() {
    let text = "Titre\n\n12 janvier 2017 . – Quatre détenus ont été tués dimanche 8 janvier.\n\nDans la nuit du 1er au 2 janvier, des membres de deux gangs s'affrontent dans une prison : 56 personnes perdent la vie.";
    let r = run_with(text, &[], NaiveDate::from_ymd_opt(2017, 1, 12));
    assert_eq!(r.event("56"), Event::Kill);
    // the night's first day, not the other killing's date the event would lend
    assert_eq!(r.fact("56").date.as_deref(), Some("2017-01-01"));
}

#[test]
fn the_month_a_lead_reports_on_dates_the_articles_figures() {
    let text = "France : le chômage\n\n26 septembre 2017 . – Les chiffres de Pôle emploi pour le mois d'août 2017 montrent une hausse.\n\nAu total, 6,7 millions de personnes sont inscrites.";
    let r = run_with(text, &[], NaiveDate::from_ymd_opt(2017, 9, 26));
    assert_eq!(r.fact("6,7 millions").date.as_deref(), Some("2017-08"));
    // an old month in the lead is background, not the story's
    let text = "Hommage\n\n10 janvier 2016 . – Les attentats de janvier 2015 avaient choqué.\n\nAu total, 4 000 personnes se sont rassemblées.";
    let r = run_with(text, &[], NaiveDate::from_ymd_opt(2016, 1, 10));
    assert_eq!(r.fact("4 000").date.as_deref(), Some("2016-01-10"));
    // the month the figures are for beats the day they were published
    let text = "France : le chômage\n\n26 décembre 2016 . –\nCe 26 décembre, Pôle emploi dévoilait les chiffres du chômage pour le mois de novembre 2016.\n\nQuelque 31 800 personnes sont sorties de la liste.";
    let r = run_with(text, &[], NaiveDate::from_ymd_opt(2016, 12, 26));
    assert_eq!(r.fact("Quelque 31 800").date.as_deref(), Some("2016-11"));
    // a day's event with a month in its lead that no figures are for
    let text = "Manifestation\n\n4 septembre 2016 . –\nCe dimanche, la communauté a manifesté, après l'assassinat d'un père pour le mois de août.\n\nQuelque 5 000 personnes ont défilé.";
    let r = run_with(text, &[], NaiveDate::from_ymd_opt(2016, 9, 4));
    assert_eq!(r.fact("Quelque 5 000").date.as_deref(), Some("2016-09-04"));
}

#[test]
fn dates_from_the_sentence() {
    let r = run("En 2021, la première opération avait mené à 286 arrestations.", &[]);
    assert_eq!(r.fact("286").date.as_deref(), Some("2021"));
    let r = run("La CGT estime à 75 000 le nombre d'emplois menacés, contre 45 000 en mai 2024.", &[]);
    // not the other clause's date: the article's, the day the figure is reported
    assert_eq!(r.fact("75 000").date.as_deref(), Some("2024-11-06"));
    assert_eq!(r.fact("45 000").date.as_deref(), Some("2024-05"));
    assert_eq!(r.event("45 000"), Event::Employ);
    assert_eq!(r.event("75 000"), Event::Employ);
}

#[test]
fn a_date_across_que_tells_when_it_was_said() {
    // "vendredi" dates the video; the figure's own clause says "cette semaine"
    let r = run("Le chef a démenti dans une vidéo mise en ligne vendredi que les 5 000 otages aient été libérés cette semaine.", &[]);
    assert_eq!(r.fact("5 000").date.as_deref(), Some("2024-W45"));
    // with no date on its side of "que", the figure still takes the nearest
    let r = run("Le ministre a annoncé mardi que 300 personnes ont été arrêtées.", &[]);
    assert_eq!(r.fact("300").date.as_deref(), Some("2024-11-05"));
    // a restrictive "ne … que" separates nothing
    let r = run("Lundi, la police n'a interpellé que 30 personnes, venues de Lyon en car depuis le mois d'octobre.", &[]);
    assert_eq!(r.fact("30").date.as_deref(), Some("2024-11-04"));
}

#[test]
fn an_editions_year_dates_no_figure() {
    // "la CAN 2017" is when the cup is held; the match was last Sunday
    let r = run("Déjà éliminée de la CAN 2017, l'équipe a perdu 6 buts à 1 dimanche dernier.", &[]);
    assert!(r.quantities.iter().any(|q| &r.text[q.start..q.end] == "2017"), "the year is a quantity");
    assert_eq!(r.fact("6").date.as_deref(), Some("2024-11-03"));
    // a year after a sentence's opening word is a date of the figure
    let r = run("En 2021, 286 personnes ont été arrêtées.", &[]);
    assert_eq!(r.fact("286").date.as_deref(), Some("2021"));
    // so is one after the lead's opening word, the dateline's dash before it
    let r = run("Titre\n\n6 novembre 2024 . – En 2023, 300 personnes ont été tuées. Au Tour de France 2016, 198 coureurs sont partis.", &[]);
    assert_eq!(r.fact("300").date.as_deref(), Some("2023"));
    assert_eq!(r.fact("198").date.as_deref(), Some("2024-11-06"), "an edition's year still dates nothing");
}

#[test]
fn dates_from_the_same_event_elsewhere_then_the_lead() {
    let text = "Titre\n\n6 novembre 2024. – Hier, une tempête a frappé la ville. \
                Trois personnes ont été tuées.\n\nLe 2 novembre, 40 personnes avaient été arrêtées. \
                Au total, 12 personnes ont été arrêtées.";
    let r = run(text, &[]);
    // no date in its sentence: the story's day, "hier"
    assert_eq!(r.fact("Trois").date.as_deref(), Some("2024-11-05"));
    assert_eq!(r.fact("40").date.as_deref(), Some("2024-11-02"));
    // the same event's date from another sentence
    assert_eq!(r.fact("12").date.as_deref(), Some("2024-11-02"));
}

#[test]
fn a_clock_time_means_the_story_day() {
    let text = "Titre\n\n6 novembre 2024. – La nuit dernière, un homme a attaqué un poste de police.\n\n\
                Il a blessé quatre policiers vers 23 h 10.";
    let r = run(text, &[]);
    // "la nuit dernière" is the story's day; the clock time refers to it, not to the article's day
    assert_eq!(r.fact("quatre").date.as_deref(), Some("2024-11-05"));
}

#[test]
fn a_site_named_with_its_town_gives_the_town() {
    let r = run("Deux femmes ont été tuées à la gare Saint-Charles à Marseille.", &["gare Saint-Charles", "Marseille"]);
    assert_eq!(r.place("Deux"), Some("Marseille"));
    assert_eq!(r.fact("Deux").country.as_deref(), Some("FR"));
    // a site alone stays the place
    let r = run("Deux femmes ont été tuées à la gare Saint-Charles.", &["gare Saint-Charles"]);
    assert_eq!(r.place("Deux"), Some("gare Saint-Charles"));
}

#[test]
fn a_place_the_data_does_not_know_takes_no_country_from_a_noun_complement_before_it() {
    // "les accords de Minsk" name a treaty, not the Donbass's country
    let text = "L'Ukraine est coupée. Depuis les accords de Minsk I du 5 septembre 2014, la ligne de front coupe le Donbass en deux parties.";
    let r = run(text, &["Ukraine", "Minsk", "Donbass"]);
    assert_eq!(r.place("deux"), Some("Donbass"));
    assert_eq!(r.fact("deux").country.as_deref(), Some("UA"));
    // a locative before it still holds it, and so does a place after "de" that ends a locative phrase
    let r = run("À Marseille, deux femmes ont été tuées à la gare Saint-Charles.", &["Marseille", "gare Saint-Charles"]);
    assert_eq!(r.fact("deux").country.as_deref(), Some("FR"));
    // (the article's main country is Russia, named twice)
    let text = "La Russie dément. La Russie accuse. Les combats près de Kharkiv ont tué cinq civils à Tsyrkouny.";
    let r = run(text, &["Russie", "Kharkiv", "Tsyrkouny"]);
    assert_eq!(r.place("cinq"), Some("Tsyrkouny"));
    assert_eq!(r.fact("cinq").country.as_deref(), Some("UA"));
}

#[test]
fn the_common_noun_of_a_place_name_is_part_of_the_location() {
    // the tagger leaves the common noun out; the location keeps it
    let r = run("Quatre invités ont été blessés à l'aéroport Atatürk.", &["Atatürk"]);
    assert_eq!(r.place("Quatre"), Some("aéroport Atatürk"));
    let r = run("Deux clients ont été blessés à l'hôtel Dayah.", &["Dayah"]);
    assert_eq!(r.place("Deux"), Some("hôtel Dayah"));
}

#[test]
fn a_shared_town_name_takes_the_country_of_the_articles_other_towns() {
    // Brest is a larger town in Belarus, but the article's Lyon is only French
    let r = run("Ils étaient 12 000 à défiler à Lyon et 300 à Brest.", &["Lyon", "Brest"]);
    assert_eq!(r.fact("300").country.as_deref(), Some("FR"));
    let r = run("Ils étaient 300 à défiler à Brest.", &["Brest"]);
    assert_eq!(r.fact("300").country.as_deref(), Some("BY"));
}

#[test]
fn parts_of_a_whole_that_is_no_figure_take_its_verb() {
    let r = run("Des milliers de personnes ont défilé samedi, dont 12 000 à Lyon et 300 à Brest.", &["Lyon", "Brest"]);
    assert_eq!(r.event("12 000"), Event::Protest);
    assert_eq!(r.event("300"), Event::Protest);
    assert_eq!(r.place("300"), Some("Brest"));
}

#[test]
fn a_dateline_after_its_place_is_no_date_or_place_of_the_lead() {
    let text = "Titre\n\nParis, 6 novembre 2024 – Trois personnes ont été arrêtées lundi à Lyon.";
    let r = run(text, &["Paris", "Lyon"]);
    assert_eq!(r.place("Trois"), Some("Lyon"));
    assert_eq!(r.fact("Trois").date.as_deref(), Some("2024-11-04"));
}

#[test]
fn a_clock_times_colon_ends_no_clause() {
    let r = run("Au moins 22 personnes sont mortes vers 22 h 35 UTC+01:00 à Manchester.", &["Manchester"]);
    assert_eq!(r.place("Au moins 22"), Some("Manchester"));
}

#[test]
fn the_department_stands_for_the_one_named_before() {
    let text = "La tempête a frappé la Loire-Atlantique. Lundi, plus de 440 interventions étaient dénombrées dans le département.";
    let r = run(text, &["Loire-Atlantique"]);
    assert_eq!(r.place("plus de 440"), Some("Loire-Atlantique"));
}

#[test]
fn the_lead_may_follow_a_dateline_alone_on_its_line() {
    let text = "Titre\n\n6 novembre 2024 . –\nUne fusillade a fait trois morts lundi à Fresno.\n\nLe tireur a visé quatre lieux.";
    let r = run(text, &["Fresno"]);
    assert_eq!(r.fact("quatre").date.as_deref(), Some("2024-11-04"));
}

#[test]
fn a_date_in_the_conjunct_of_another_figure_is_not_ours() {
    let text = "Titre\n\n6 novembre 2024. – Un total de 64 vols ont été annulés lundi et 58 annulations sont prévues pour jeudi.";
    let r = run(text, &[]);
    assert_eq!(r.fact("64").date.as_deref(), Some("2024-11-04"));
    assert_eq!(r.fact("58").date.as_deref(), Some("2024-11-07"));
}

#[test]
fn an_old_date_in_the_lead_is_background_not_the_story_day() {
    let text = "Titre\n\n6 novembre 2024 . –\nTrois mois après l'attaque du 14 juillet 2024, une cérémonie a eu lieu.\n\nElle a débuté à 11 heures devant deux cents familles.";
    let r = run(text, &[]);
    assert_eq!(r.fact("deux cents").date.as_deref(), Some("2024-11-06"));
}

#[test]
fn numbers_with_no_noun_are_other() {
    let r = run("Il y en avait 17.", &[]);
    for f in &r.facts {
        assert_eq!(f.event, Event::Other);
    }
    // multipliers and names are no facts
    let r = run("Sa masse est 169 fois celle de la Terre. Falcon 9 a décollé.", &[]);
    assert!(r.facts.is_empty(), "{:?}", r.facts);
    // nor the minutes and seconds of a coordinate
    let r = run("Le séisme est survenu au large ( 22° 52′ 16″ N ).", &[]);
    assert!(r.facts.is_empty(), "{:?}", r.facts);
    // nor the number of parts something is cut into, after a count or alone
    let r = run("Trois soldats ont été tués. La nouvelle frontière couperait le Donbass en deux.", &[]);
    assert_eq!(r.facts.len(), 1, "{:?}", r.facts);
    let r = run("Le pays est divisé en trois. Les forces loyalistes sont coupées en deux par Daech.", &[]);
    assert!(r.facts.is_empty(), "{:?}", r.facts);
    // but pieces it is cut into are counted
    assert_eq!(run("Il a cassé la branche en deux morceaux.", &[]).event("deux"), Event::Other);
}

#[test]
fn a_list_of_fifty_numbers() {
    let list: Vec<String> = (1..=50).map(|i| format!("{} voitures", i * 3)).collect();
    let text = format!("Les chiffres sont {}.", list.join(", "));
    let r = run(&text, &[]);
    assert!(r.facts.len() >= 45, "{}", r.facts.len());
    assert!(r.facts.iter().all(|f| f.event == Event::Other));
}

#[test]
fn a_long_sentence() {
    let mut text = String::from("Selon la police, ");
    for i in 0..400 {
        text.push_str(&format!("{} personnes ont été arrêtées à Paris et {} blessées, ", i + 2, i + 3));
    }
    text.push_str("sans compter les autres.");
    let r = run(&text, &["Paris"]);
    assert!(r.facts.len() >= 700);
    assert_eq!(r.event("2"), Event::Arrest);
    assert_eq!(r.place("2"), Some("Paris"));
}

#[test]
fn odd_inputs_do_not_panic() {
    for text in ["", " ", "\n\n", "12", "12 : 13 ; ( 14 )", "« 3 »", "de de de 4 de", "((((( 5", "))))) 6", "1 2 3 4 5 6 7 8 9 10"] {
        let _ = run(text, &[]);
        let _ = run_with(text, &[], None);
    }
    // places that do not fall on tokens or characters
    let text = "À Sofia, 3 personnes ont été arrêtées.";
    let tokens = recense_text::tokenize(text);
    let sentences = recense_text::split_sentences(text, &tokens);
    let quantities = Recognizer::new().extract(text, None);
    let bad = [
        Place { start: 1, end: 2, cp_start: 1, cp_end: 2 },
        Place { start: 500, end: 600, cp_start: 500, cp_end: 600 },
        Place { start: 9, end: 3, cp_start: 9, cp_end: 3 },
    ];
    let facts = FactFinder::new().facts(text, &tokens, &sentences, &quantities, &bad, None);
    assert_eq!(facts.len(), 1);
    // no tokens or sentences at all
    let facts = FactFinder::new().facts(text, &[], &[], &quantities, &bad, None);
    assert!(facts.is_empty());
}

#[test]
fn cues_are_data() {
    let cues = "fusiller\tverb\tKILL\n";
    let words = include_str!("../../../models/facts/words.tsv");
    let f = FactFinder::with_cues(cues, words).expect("valid tables");
    let text = "Les rebelles ont fusillé 9 soldats.";
    let tokens = recense_text::tokenize(text);
    let sentences = recense_text::split_sentences(text, &tokens);
    let quantities = Recognizer::new().extract(text, None);
    let facts = f.facts(text, &tokens, &sentences, &quantities, &[], None);
    assert_eq!(facts[0].event, Event::Kill);
}

#[test]
fn a_bad_cue_table_is_an_error_naming_its_line() {
    let words = include_str!("../../../models/facts/words.tsv");
    let err = FactFinder::with_cues("# comment\nfusiller\tverb\tKILLED\n", words).err().expect("an unknown event");
    assert!(err.contains("line 2") && err.contains("KILLED"), "{err}");
    let err = FactFinder::with_cues("fusiller\tverbe\tKILL\n", words).err().expect("an unknown role");
    assert!(err.contains("line 1") && err.contains("verbe"), "{err}");
    let err = FactFinder::with_cues("fusiller\tverb\n", words).err().expect("a missing column");
    assert!(err.contains("line 1"), "{err}");
}

/// Time grows linearly with the article: the facts stage over n copies of
/// a paragraph dense in dates, places and figures costs about n times one.
#[test]
fn time_is_linear_in_input_size() {
    // dated and undated sentences: an undated fact looks for its event's date
    let paragraph = "Le 26 juin 2012, à Paris, 3 000 personnes ont manifesté et 12 ont été arrêtées, dont 4 à Lyon. \
                     Deux policiers ont été blessés. Au total, 40 personnes ont été interpellées. ";
    let time = |copies: usize, shape: &str| {
        let text = shape.repeat(copies);
        let tokens = recense_text::tokenize(&text);
        let sentences = recense_text::split_sentences(&text, &tokens);
        let quantities = Recognizer::new().extract(&text, NaiveDate::from_ymd_opt(2012, 6, 27));
        let finder = FactFinder::new();
        // the best of three runs: a ratio of times, not a time, is checked
        (0..3)
            .map(|_| {
                let started = std::time::Instant::now();
                let facts = finder.facts(&text, &tokens, &sentences, &quantities, &[], NaiveDate::from_ymd_opt(2012, 6, 27));
                assert!(facts.len() >= 4 * copies);
                started.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    time(50, paragraph); // warm-up
    // one sentence that runs for pages: its scans must stay bounded too
    let one_sentence = "à Paris, 3 000 personnes ont manifesté et 12 ont été arrêtées, dont 4 à Lyon, \
                        deux policiers blessés, 40 personnes interpellées, ";
    for shape in [paragraph, one_sentence] {
        let (small, large) = (time(400, shape), time(3200, shape));
        // 8× the input: a quadratic stage would take 64×; allow generous noise
        assert!(large < small * 24.0, "400 copies {small:.4}s, 3200 copies {large:.4}s");
    }
}

#[test]
fn each_figure_of_a_list_gets_its_own_town_and_country() {
    let text = "Dix personnes ont défilé samedi en Bretagne, dont six à Quimper et trois à Morlaix.";
    let tokens = recense_text::tokenize(text);
    let sentences = recense_text::split_sentences(text, &tokens);
    let date = NaiveDate::from_ymd_opt(2024, 11, 10);
    let quantities = Recognizer::new().extract(text, date);
    // no entities at all: the towns are found after their prepositions
    let places = recense_facts::places_the_entities_missed(text, &tokens, &[]);
    let facts = FactFinder::new().facts(text, &tokens, &sentences, &quantities, &places, date);
    let run = Run { text: text.to_string(), quantities, facts };
    assert_eq!(run.place("six"), Some("Quimper"));
    assert_eq!(run.place("trois"), Some("Morlaix"));
    assert_eq!(run.fact("six").country.as_deref(), Some("FR"));
    assert_eq!(run.fact("trois").country.as_deref(), Some("FR"));
    assert_eq!(run.event("six"), Event::Protest);
    assert_eq!(run.fact("Dix").date.as_deref(), Some("2024-11-09"));
}

#[test]
fn descriptions_stand_for_the_town_or_country_named_before() {
    let text = "Un camion a foncé sur la foule à Nice, dans les Alpes-Maritimes. \
                Le Parquet de la ville évoque 84 morts. Au Gabon, la police a arrêté 800 personnes \
                à Libreville. Ailleurs, 300 personnes ont été arrêtées dans le reste du pays.";
    let r = run(text, &["Nice", "Alpes-Maritimes", "Gabon", "Libreville"]);
    assert_eq!(r.place("84"), Some("Nice"));
    assert_eq!(r.fact("84").country.as_deref(), Some("FR"));
    assert_eq!(r.place("800"), Some("Libreville"));
    assert_eq!(r.place("300"), Some("Gabon"));
}

#[test]
fn a_date_of_an_earlier_clause_without_figures_dates_the_count() {
    let r = run("Le nombre d'inscrits pour le mois de juillet 2024 atteint un record, avec près de 6,7 millions de personnes.", &[]);
    assert_eq!(r.fact("près de 6,7 millions").date.as_deref(), Some("2024-07"));
    // not across "mais": another predicate's date
    let r = run("Il était l'un des trois candidats mais avait quitté la course en octobre.", &[]);
    assert_eq!(r.fact("trois").date.as_deref(), Some("2024-11-06"));
}

#[test]
fn a_year_is_not_borrowed_by_the_same_event_elsewhere() {
    let text = "Titre\n\n6 novembre 2024. – Une école a été bombardée hier.\n\n\
                Au moins cinq hôpitaux ont été touchés depuis le début de l'année. \
                Deux écoles ont été touchées.";
    let r = run(text, &[]);
    assert_eq!(r.fact("Au moins cinq").date.as_deref(), Some("2024"));
    // the tally's year does not date the next sentence's event: the story's day
    assert_eq!(r.fact("Deux").date.as_deref(), Some("2024-11-05"));
}

#[test]
fn a_demonstrative_description_that_holds_the_count_is_its_town() {
    let text = "Des policiers ont été déployés à Melbourne, en Australie. \
                Cette ville de quatre millions d'habitants accueille un tournoi en Australie.";
    let r = run(text, &["Melbourne", "Australie"]);
    assert_eq!(r.place("quatre millions"), Some("Melbourne"));
}

#[test]
fn a_known_place_opening_a_line_before_a_colon_is_a_place() {
    let text = "Qatar : quatre femmes nommées au Conseil\n\nQuatre femmes ont été nommées.";
    let tokens = recense_text::tokenize(text);
    let places = recense_facts::places_the_entities_missed(text, &tokens, &[]);
    let names: Vec<&str> = places.iter().map(|p| &text[p.start..p.end]).collect();
    assert_eq!(names, ["Qatar"]);
}

#[test]
fn a_measure_is_a_fact_only_when_the_cues_say_seized_or_stolen() {
    let r = run("Des vents jusqu'à 120 km/h sont attendus. La police a saisi 2 tonnes de cocaïne.", &[]);
    let measures: Vec<&str> = r.facts.iter().map(|f| &r.text[r.quantities[f.quantity].start..r.quantities[f.quantity].end]).collect();
    assert_eq!(measures, ["2 tonnes"], "{:?}", r.facts);
}

#[test]
fn a_participle_right_after_the_counted_noun_is_its_predicate() {
    let r = run("Égypte : 29 supporteurs blessés par l'effondrement d'une barrière.", &[]);
    assert_eq!(r.event("29"), Event::Wound);
    let r = run("Le bilan fait état de trois personnes tuées et de trois grièvement blessées.", &[]);
    assert_eq!(r.event("trois"), Event::Kill);
}

#[test]
fn another_count_after_a_link_has_its_own_predicate() {
    let r = run("Le naufrage a fait de 20 à 30 morts jeudi et plus de 4000 personnes ont été secourues.", &[]);
    assert_eq!(r.event("20 à 30"), Event::Kill);
    assert_eq!(r.event("plus de 4000"), Event::Rescue);
    // a whole ("des 441") is no other count: the predicate is the part's
    let r = run("217 des 441 représentants ont voté pour le texte.", &[]);
    assert_eq!(r.event("217"), Event::Vote);
}

#[test]
fn among_the_wounded_the_count_is_of_wounded() {
    let r = run("Parmi les blessés, on dénombre quatre Français.", &[]);
    assert_eq!(r.event("quatre"), Event::Wound);
}

#[test]
fn a_gerund_is_read_as_its_verb() {
    let r = run("Le gouvernement a réagi en débloquant 800 millions d'euros.", &[]);
    assert_eq!(r.event("800 millions d'euros"), Event::Cost);
}

#[test]
fn a_country_after_an_article_is_a_place_when_the_tagger_missed_it() {
    let text = "Le Pérou compte 900 000 sinistrés tandis que l'Équateur déplore 21 morts.";
    let tokens = recense_text::tokenize(text);
    let places = recense_facts::places_the_entities_missed(text, &tokens, &[]);
    let names: Vec<&str> = places.iter().map(|p| &text[p.start..p.end]).collect();
    assert_eq!(names, ["Pérou", "Équateur"]);
    let text = "tandis que l' Équateur déplore 21 morts.";
    let tokens = recense_text::tokenize(text);
    let places = recense_facts::places_the_entities_missed(text, &tokens, &[]);
    assert_eq!(places.iter().map(|p| &text[p.start..p.end]).collect::<Vec<_>>(), ["Équateur"]);
    // a capitalised word after an article that is no country stays unplaced
    let text = "Le Monde publie une enquête.";
    let tokens = recense_text::tokenize(text);
    assert!(recense_facts::places_the_entities_missed(text, &tokens, &[]).is_empty());
}

#[test]
fn a_known_place_that_a_longer_name_begins_is_no_place() {
    // "Grand" is a town, "Grand Chelem" a tournament; "à Lyon" stays a place
    let text = "Il a gagné 200 victoires en Grand Chelem, dont 12 à Lyon.";
    let tokens = recense_text::tokenize(text);
    let places = recense_facts::places_the_entities_missed(text, &tokens, &[]);
    assert_eq!(places.iter().map(|p| &text[p.start..p.end]).collect::<Vec<_>>(), ["Lyon"]);
}

#[test]
fn the_source_of_a_figure_is_not_where_it_happened() {
    let r = run("Trente soldats ont été tués, selon la Russie.", &["Russie"]);
    assert_eq!(r.place("Trente"), None);
    let r = run("Trente soldats ont été tués en Syrie, selon la Russie.", &["Syrie", "Russie"]);
    assert_eq!(r.place("Trente"), Some("Syrie"));
}

#[test]
fn money_held_is_not_people_detained() {
    let r = run("Il détient plus de 53 000 euros sur ses comptes.", &[]);
    assert_eq!(r.event("plus de 53 000 euros"), Event::Other);
    let r = run("La police détient 12 personnes.", &[]);
    assert_eq!(r.event("12"), Event::Arrest);
    // an event of people is never an amount's, by its verb or by a count
    // beside it: released funds are no rescue, nor a kidnapping
    let r = run("Le gouvernement a libéré 2 milliards d'euros.", &[]);
    assert_eq!(r.event("2 milliards d'euros"), Event::Other);
    // (paid out, it is a cost: "verser" in cues-unlearnt.tsv)
    let r = run("Le gouvernement a versé 2 milliards d'euros et 30 otages ont été libérés.", &[]);
    assert_eq!(r.event("2 milliards d'euros"), Event::Cost);
    assert_eq!(r.event("30"), Event::Rescue);
}

#[test]
fn the_department_is_the_region_named_before_not_a_town() {
    let text = "Une personne a été tuée à Nantes. La préfecture des Landes annonce qu'un millier de foyers sont privés d'électricité dans le département.";
    let r = run(text, &["Nantes", "Landes"]);
    assert_eq!(r.place("un millier"), Some("Landes"));
    // a town for "la ville"
    let r = run("Le préfet de la Savoie est arrivé à Chambéry. Dans la ville, 300 foyers sont privés d'électricité.", &["Savoie", "Chambéry"]);
    assert_eq!(r.place("300"), Some("Chambéry"));
}

#[test]
fn a_sum_between_the_verb_and_the_amount_and_a_place_after_avant() {
    let r = run("Elle avait détourné la somme de 340 000 € pour rembourser ses frais.", &[]);
    assert_eq!(r.event("340 000 €"), Event::Steal);
    // "une dernière avant Rio": the next stop, not where the figure is
    let r = run("Vingt triathlètes ont couru une dernière course avant Rio.", &["Rio"]);
    assert_eq!(r.place("Vingt"), None);
}

#[test]
fn a_date_of_birth_dates_no_figure() {
    let r = run("Deux hommes, Paul, né le 16 juillet 1993, et Marc, né le 10 juillet 1987, ont été interpellés.", &[]);
    assert_eq!(r.event("Deux"), Event::Arrest);
    assert_eq!(r.fact("Deux").date.as_deref(), Some("2024-11-06"));
}

#[test]
fn a_clock_time_goes_on_the_day_the_sentence_before_names() {
    let r = run("Mardi à midi, 62 000 foyers étaient privés d'électricité. En Bretagne, à 20 heures, 30 000 foyers étaient encore privés d'électricité.", &[]);
    assert_eq!(r.fact("30 000").date.as_deref(), Some("2024-11-05"));
}

#[test]
fn a_night_is_dated_by_its_first_day() {
    let r = run("Dans la nuit de vendredi à samedi 2 novembre, la crue de trois fleuves a détruit 40 maisons.", &[]);
    assert_eq!(r.fact("40").date.as_deref(), Some("2024-11-01"));
    let r = run("Dans la nuit du 1er au 2 novembre, 56 détenus ont été tués.", &[]);
    assert_eq!(r.fact("56").date.as_deref(), Some("2024-11-01"));
    // the recogniser's date may hold the "de" ("de lundi 4 à mardi 5 novembre")
    let r = run("Dans la nuit de lundi 4 à mardi 5 novembre, une quarantaine de lapins ont été tués.", &[]);
    assert_eq!(r.fact("une quarantaine").date.as_deref(), Some("2024-11-04"));
}

#[test]
fn a_pluperfect_clause_takes_the_date_the_sentence_before_set() {
    let r = run("La plus meurtrière s'est déroulée à Tel Aviv le 8 juin. Quatre civils avaient été tués dans une fusillade.", &[]);
    assert_eq!(r.fact("Quatre").date.as_deref(), Some("2024-06-08"));
    // in the present perfect the figure is the story's
    let r = run("La plus meurtrière s'est déroulée à Tel Aviv le 8 juin. Quatre civils ont été tués hier.", &[]);
    assert_eq!(r.fact("Quatre").date.as_deref(), Some("2024-11-05"));
}

#[test]
fn a_split_elision_is_an_article_before_a_place() {
    // "à l' Élysée" as WiNER writes it: the place is governed by "à"
    let r = run("Le président a reçu 40 personnes venues de Lyon à l' Élysée.", &["Élysée", "Lyon"]);
    assert_eq!(r.place("40"), Some("Élysée"));
}

#[test]
fn ratios_and_multipliers_are_no_counts() {
    let r = run("La diffusion a été divisée par trois en cinq ans ; le risque est de 3 sur 5.", &[]);
    assert!(r.facts.is_empty(), "{:?}", r.facts);
}

#[test]
fn a_known_town_near_the_count_beats_an_unknown_site() {
    let r = run("Près de Seyssuel, une camionnette a fauché trois personnes sur l'autoroute A7.", &["Seyssuel", "A7"]);
    assert_eq!(r.place("trois"), Some("Seyssuel"));
    // a town that only qualifies a noun ("le régiment de Lyon") does not
    let r = run("Le régiment de Lyon progressait sous le col du Petit Argentier quand une avalanche a touché trente soldats.", &["Lyon", "col du Petit Argentier"]);
    assert_eq!(r.place("trente"), Some("col du Petit Argentier"));
}

#[test]
fn a_pluperfect_after_a_date_of_birth_does_not_take_it() {
    let r = run("Paul, né le 16 juillet 1993, a été arrêté. Quatre civils avaient été tués.", &[]);
    assert_eq!(r.fact("Quatre").date.as_deref(), Some("2024-11-06"));
}

#[test]
fn a_country_gives_way_only_to_a_place_named_beside_it() {
    let r = run("Aux États-Unis, une usine à Miami créera 3 000 emplois.", &["États-Unis", "Miami"]);
    assert_eq!(r.place("3 000"), Some("Miami"));
    let r = run("« Ils vont ramener 5 000 emplois aux États-Unis, ils les ramènent d'autres pays », a déclaré le président devant sa résidence de Mar-a-Lago, en Floride.", &["États-Unis", "Floride"]);
    assert_eq!(r.place("5 000"), Some("États-Unis"));
}

#[test]
fn cues_newer_than_the_event_model_stand_as_the_counts_own_words() {
    // a reduced passive after a noun that ends like a participle
    let r = run("La panne a privé de courant 16 000 clients touchés par la tempête.", &[]);
    assert_eq!(r.event("16 000"), Event::Affect);
    let r = run("Un convoi transportait plusieurs milliers d'habitants évacués de deux localités.", &[]);
    assert_eq!(r.event("plusieurs milliers"), Event::Displace);
    // the same after a coordinated noun, and participles joined by "et"
    let r = run("Le bilan est de huit enfants et un adulte choqués et légèrement blessés.", &[]);
    assert_eq!(r.event("huit"), Event::Wound);
    // a cue verb past an adjunct or an opening quote
    let r = run("Un homme a blessé au couteau six personnes.", &[]);
    assert_eq!(r.event("six"), Event::Wound);
    assert_eq!(r.fact("six").confidence, None, "the rule decided, not the model");
    let r = run("La soirée avait coûté « 381 759 euros » à la ville.", &[]);
    assert_eq!(r.event("381 759 euros"), Event::Cost);
    // "parmi eux" takes the event of the figure before
    let r = run("On dénombre 20 blessés. Parmi eux, se trouvent trois lycéens.", &[]);
    assert_eq!(r.event("trois"), Event::Wound);
    // the subject of a verb that states the figure
    let r = run("Le coût de cette journée s'élève à 70 millions d'euros environ.", &[]);
    assert_eq!(r.event("70 millions d'euros environ"), Event::Cost);
    let r = run("Le prix du billet s'élève à 30 euros.", &[]);
    assert_eq!(r.event("30 euros"), Event::Other);
    // and none of them speaks where no cue is
    let r = run("Il a vendu à prix cassé trois voitures. Parmi eux, deux chanteurs.", &[]);
    assert_eq!(r.event("trois"), Event::Other);
    assert_eq!(r.event("deux"), Event::Other);
}

#[test]
fn unlearnt_counted_nouns_and_feminine_forms_name_the_event() {
    // a counted noun of cues-unlearnt.tsv
    let r = run("La partie vélo voit un peloton de chasse de 38 triathlètes.", &[]);
    assert_eq!(r.event("38"), Event::Participate);
    assert_eq!(r.fact("38").confidence, None, "the rule decided, not the model");
    // a feminine counted noun: its masculine is a cue ("compétiteur")
    let r = run("Elle sort de l'eau avec huit autres compétitrices.", &[]);
    assert_eq!(r.event("huit"), Event::Participate);
    assert_eq!(r.fact("huit").confidence, None);
    // the noun names only what the model left as OTHER: the skiers died
    let r = run("Deux skieurs hors-piste ont perdu la vie en Savoie ce vendredi.", &[]);
    assert_eq!(r.event("Deux"), Event::Kill);
    assert!(r.fact("Deux").confidence.is_some(), "the model decided");
    // nor what a list gives it: players among the dead died
    let r = run("Au total, 259 Palestiniens, 40 joueurs, deux Américains et un Soudanais ont perdu la vie.", &[]);
    assert_eq!(r.event("40"), Event::Kill);
    assert_eq!(r.event("259"), Event::Kill);
}

#[test]
fn unlearnt_verbs_name_what_the_model_leaves_as_other() {
    // a predicate and an object of verbs of cues-unlearnt.tsv; no confidence:
    // the cue decided, not the model
    let r = run("Deux camions ont été partiellement écrasés par l'effondrement.", &[]);
    assert_eq!(r.event("Deux"), Event::Affect);
    assert_eq!(r.fact("Deux").confidence, None);
    let r = run("Les représentants du joueur ont versé 222 millions d'euros au club.", &[]);
    assert_eq!(r.event("222 millions d'euros"), Event::Cost);
    let r = run("Selon un vétérinaire ayant examiné deux d'entre elles, les bêtes sont mortes de coups.", &[]);
    assert_eq!(r.event("deux"), Event::Inspect);
    // a count a verb of the table applies to only as an amount: no cost
    let r = run("Il a versé trois bouteilles dans la rivière.", &[]);
    assert_ne!(r.event("trois"), Event::Cost);
    // a cue the model learnt stands over an unlearnt one
    let r = run("Quatre personnes ont été blessées puis soignées sur place.", &[]);
    assert_eq!(r.event("Quatre"), Event::Wound);
}

#[test]
fn the_unlearnt_cues_keep_to_their_constructions() {
    // an object is no adjunct: the count is the father's children, not the dead
    let r = run("L'homme a tué le père de trois enfants.", &[]);
    assert_ne!(r.event("trois"), Event::Kill);
    // the subject is the clause's head noun, not a noun of the clause before
    let r = run("Depuis le vol de sa voiture, le montant des réparations s'élève à 3 000 euros.", &[]);
    assert_ne!(r.event("3 000 euros"), Event::Steal);
    // "parmi eux" draws from a group named before it, not from a count after it
    let r = run("Parmi eux, 12 enfants blessés et trois lycéens.", &[]);
    assert_ne!(r.event("trois"), Event::Wound);
    // a participle in -u after the counted noun, and a group framed after the count
    let r = run("Les Kurdes gardent près d'un millier de prisonniers détenus dans leurs camps.", &[]);
    assert_eq!(r.event("près d'un millier"), Event::Arrest);
    let r = run("Il y a 12 femmes parmi les candidats.", &[]);
    assert_eq!(r.event("12"), Event::Participate);
    assert_eq!(r.fact("12").confidence, None);
    // a predicate past an apposition; a rule, not the model, decided (no confidence)
    let r = run("Ce samedi, deux policiers, de la ville, sont morts.", &[]);
    assert_eq!(r.event("deux"), Event::Kill);
    assert_eq!(r.fact("deux").confidence, None);
    // and a multi-word cue opened by a participle in -u
    let r = run("Ce samedi, deux policiers, de la police routière, ont perdu la vie.", &[]);
    assert_eq!(r.event("deux"), Event::Kill);
    assert_eq!(r.fact("deux").confidence, None);
}

#[test]
fn a_participle_the_lemma_table_reads_as_a_noun_is_still_a_verb() {
    assert_eq!(run("Douze surveillants ont été pris en otage.", &[]).event("Douze"), Event::Kidnap);
    assert_eq!(run("Environ 5 000 personnes ont pris part à la marche.", &[]).event("Environ 5 000"), Event::Participate);
}

#[test]
fn the_two_sides_of_a_score_are_no_counts() {
    let r = run("Borel réalise un 10-5 et amène la France à 30-19. Il y avait 8 000 spectateurs.", &[]);
    let facts: Vec<&str> = r.facts.iter().map(|f| &r.text[r.quantities[f.quantity].start..r.quantities[f.quantity].end]).collect();
    assert_eq!(facts, ["8 000"]);
    // nor are the legs of a relay
    let r = run("Le relais 4 x 100 m a réuni 60 000 spectateurs.", &[]);
    let facts: Vec<&str> = r.facts.iter().map(|f| &r.text[r.quantities[f.quantity].start..r.quantities[f.quantity].end]).collect();
    assert_eq!(facts, ["60 000"]);
}

#[test]
fn a_country_ending_another_name_is_a_place() {
    let text = "Quatre femmes ont été nommées au Conseil de rédaction de la loi du Qatar. La Gendarmerie royale du Canada enquête.";
    let tokens = recense_text::tokenize(text);
    let name = |s: &str| { let a = text.find(s).unwrap(); (a, a + s.len()) };
    let names = [name("Conseil de rédaction de la loi du Qatar"), name("Gendarmerie royale du Canada")];
    let places = recense_facts::countries_ending_names(text, &tokens, &names);
    let found: Vec<&str> = places.iter().map(|p| &text[p.start..p.end]).collect();
    assert_eq!(found, ["Qatar", "Canada"]);
    // a name that ends with no country gives none
    let text = "Le ministère de la Culture a versé 3 millions.";
    let tokens = recense_text::tokenize(text);
    let a = text.find("ministère").unwrap();
    assert!(recense_facts::countries_ending_names(text, &tokens, &[(a, a + "ministère de la Culture".len())]).is_empty());
}

#[test]
fn the_place_of_an_event_noun_is_where_it_happened() {
    // "de Nice" after "attentat" is as governed as "sur la Promenade": the town wins over the site
    let r = run("L'attentat de Nice a causé la mort de 86 personnes sur la Promenade des Anglais.", &["Nice", "Promenade des Anglais"]);
    assert_eq!(r.place("86"), Some("Nice"));
}

#[test]
fn counts_listed_before_the_one_near_the_predicate_share_its_event() {
    let r = run("Bilan\n\nAu total, 259 Palestiniens (des auteurs d'attaques), 40 Israéliens, deux Américains , un Jordanien et un Soudanais ont été tués.", &[]);
    assert_eq!([r.event("259"), r.event("40"), r.event("deux")], [Event::Kill; 3]);
    let r = run("Bilan\n\nEn un an, 30 soldats, 12 civils, deux journalistes , un médecin et un chauffeur ont été enlevés.", &[]);
    assert_eq!([r.event("30"), r.event("12"), r.event("deux")], [Event::Kidnap; 3]);
    // a count with its own words keeps them
    let r = run("Bilan\n\nSelon la police, 12 manifestants, 3 policiers , un journaliste et un passant ont été blessés.", &[]);
    assert_eq!(r.event("12"), Event::Protest);
}

#[test]
fn counts_listed_after_a_predicate_share_the_first_ones_event() {
    // the predicate before the list: the event runs down it
    let r = run("Bilan\n\nLes victimes seraient 12 Kényans, 4 Ougandais et 3 Sud-Soudanais.", &[]);
    assert_eq!([r.event("12"), r.event("4"), r.event("3")], [Event::Kill; 3]);
    let r = run("Bilan\n\nSix jeunes, cinq hommes et une femme, ont perdu la vie samedi.", &[]);
    assert_eq!([r.event("Six"), r.event("cinq")], [Event::Kill; 2]);
}

#[test]
fn the_place_a_counted_noun_is_of() {
    // the complement of the counted noun beats a nearer place
    let r = run("Un attentat à Maiduguri et un raid sur Magumeri, deux villes de l'État de Borno, ont eu lieu.", &["Maiduguri", "Magumeri", "Borno"]);
    assert_eq!(r.place("deux"), Some("Borno"));
    let r = run("Depuis Montréal, on compte 4 552 maisons inondées dans 121 municipalités du Québec.", &["Montréal", "Québec"]);
    assert_eq!(r.place("121"), Some("Québec"));
    // not where the clause says it happened after the count, nor where people came from
    let r = run("Six supporters de Lyon ont été blessés en Bavière.", &["Lyon", "Bavière"]);
    assert_eq!(r.place("Six"), Some("Bavière"));
}

#[test]
fn an_origin_or_a_journey_s_end_is_no_location() {
    let r = run("Trois personnes originaires du Kosovo ont été arrêtées à Venise.", &["Kosovo", "Venise"]);
    assert_eq!(r.place("Trois"), Some("Venise"));
    let r = run("L'avion, qui avait décollé de Chitral, transportait 47 personnes et se rendait à Islamabad.", &["Chitral", "Islamabad"]);
    assert_eq!(r.place("47"), Some("Chitral"));
}
