//! A count inside a name is part of the name, whichever backend found the
//! name: the pipeline leaves it out of the quantities and the facts.

use recense::Pipeline;
use recense_ner::{Entity, EntityTagger, Label, TaggerError};
use recense_text::{Article, Format, Sentence, Token};

/// Tags each of its names wherever it occurs, with its label.
struct Names(&'static [&'static str], Label);

impl EntityTagger for Names {
    fn entities(&self, text: &str, _: &[Token], _: &[Sentence]) -> Result<Vec<Entity>, TaggerError> {
        let mut out = Vec::new();
        for name in self.0 {
            for (start, _) in text.match_indices(name) {
                let end = start + name.len();
                let (cp_start, cp_end) = (text[..start].chars().count(), text[..end].chars().count());
                out.push(Entity { start, end, cp_start, cp_end, label: self.1, confidence: None });
            }
        }
        out.sort_by_key(|e| e.start);
        Ok(out)
    }
}

/// An article of `text` alone.
fn article(text: &str) -> Article {
    Article { id: "a".into(), source: None, format: Format::Txt, title: None, date: None, url: None, text: text.into() }
}

/// The pipeline, its tagger finding `names` with `label`.
fn pipeline(names: &'static [&'static str], label: Label) -> Pipeline {
    Pipeline::new().unwrap().with_tagger(Box::new(Names(names, label)))
}

/// The places the pipeline finds in `text`, as written.
fn place_names(text: &str, names: &'static [&'static str], label: Label) -> Vec<String> {
    let article = article(text);
    let analysis = pipeline(names, label).analyse(&article).unwrap();
    analysis.places.iter().map(|p| text[p.start..p.end].to_string()).collect()
}

#[test]
fn a_count_inside_a_name_is_no_quantity_and_no_fact() {
    let text = "Elle était payée par la Revue des deux Mondes. Le Tournoi des 6 Nations 2017 a réuni 80 000 spectateurs.";
    let (article, pipeline) = (article(text), pipeline(&["Revue des deux Mondes", "Tournoi des 6 Nations 2017"], Label::Org));
    let analysis = pipeline.analyse(&article).unwrap();
    let quantities: Vec<&str> = analysis.quantities.iter().map(|q| &text[q.start..q.end]).collect();
    assert_eq!(quantities, ["2017", "80 000"]);
    let facts: Vec<&str> = analysis.facts.iter().map(|f| &text[analysis.quantities[f.quantity].start..analysis.quantities[f.quantity].end]).collect();
    assert_eq!(facts, ["80 000"]);
}

#[test]
fn a_name_tagged_as_no_place_is_one_only_when_it_is_a_large_place_or_after_a_place_preposition() {
    let text = "Neymar a marqué 105 buts pour le Barça. Les évacués de Fukushima sont 300 000. Trois skieurs sont morts aux Deux Alpes.";
    let (article, pipeline) = (article(text), pipeline(&["Barça", "Fukushima", "Deux Alpes"], Label::Org));
    let analysis = pipeline.analyse(&article).unwrap();
    let location_of = |figure: &str| {
        let fact = analysis.facts.iter().find(|f| &text[analysis.quantities[f.quantity].start..analysis.quantities[f.quantity].end] == figure).unwrap();
        fact.location.as_ref().map(|l| l.name.clone())
    };
    // a club that a village of 115 shares its name with
    assert!(recense_facts::Gazetteer::shared().lookup("Barça").is_some(), "the gazetteer knows the village");
    assert_eq!(location_of("105"), None);
    // a large city the tagger called an organisation
    assert_eq!(location_of("300 000").as_deref(), Some("Fukushima"));
    // a small town after "aux"
    assert_eq!(location_of("Trois").as_deref(), Some("Deux Alpes"));
}

#[test]
fn a_person_s_last_name_is_no_place_in_his_article() {
    let text = "François Hollande pourrait être candidat. Un article titré « Les 500 parrains mystère de Hollande » le dit.";
    assert!(recense_facts::Gazetteer::shared().is_large_place("Hollande"), "the gazetteer knows the province");
    assert!(place_names(text, &["François Hollande", "Hollande"], Label::Per).is_empty());
}

#[test]
fn an_event_s_name_or_a_person_beside_another_is_no_place() {
    // "Tour" is a large place in the data, the Tour de France here
    assert!(recense_facts::Gazetteer::shared().is_large_place("Tour"));
    assert!(place_names("Les coureurs du Tour (198 au départ) sont arrivés.", &["Tour"], Label::Event).is_empty());
    // "Charlotte" is a parish of Saint-Vincent, a child here
    assert!(place_names("Il a tué les deux enfants, Sébastien et Charlotte, étudiants.", &["Sébastien", "Charlotte"], Label::Per).is_empty());
    assert!(place_names("Il a tué leurs deux enfants Charlotte, 18 ans, et un voisin.", &["Charlotte"], Label::Per).is_empty());
    // a large place the tagger called a person stays one
    assert_eq!(place_names("Les évacués de Fukushima sont 300 000.", &["Fukushima"], Label::Per), ["Fukushima"]);
}
