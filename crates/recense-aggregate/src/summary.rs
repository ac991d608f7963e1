//! "What does this corpus say, in numbers?" — `summary.json` and `summary.md`.
//!
//! Totals are honest: over deduplicated facts only (a figure reported by
//! ten articles counts once), only within one unit class (people with
//! people, euros with euros), never over OTHER, unit-less or unclassed
//! facts (those are counted, not summed), never over a part of another
//! figure ("dont 45"); a sum that includes ranges is a range. Each total
//! says how many facts and articles it rests on.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::index::{EntityKey, EntityStats, FactGroup, FactIndex};
use crate::{ArticleResult, WriteError};

/// How many top entities per label the summary lists.
const TOP_ENTITIES: usize = 10;

#[derive(Default, Serialize)]
pub struct Summary {
    pub articles: usize,
    pub bytes: usize,
    pub tokens: usize,
    pub sentences: usize,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub entities: usize,
    pub distinct_entities: usize,
    pub quantities: usize,
    pub facts: usize,
    pub distinct_facts: usize,
    pub top_entities: BTreeMap<String, Vec<TopEntity>>,
    /// Deduplicated facts summed by event, unit class and country.
    pub facts_by_event_country: Vec<FactTotal>,
    /// Deduplicated facts summed by event, unit class and month: the fact's
    /// month, else its article's (`month_from` says which).
    pub facts_by_event_month: Vec<FactTotal>,
    /// Deduplicated facts summed by event and unit class.
    pub totals: Vec<FactTotal>,
    /// Deduplicated facts counted but not summed, by event and why.
    pub not_summed: Vec<NotSummed>,
}

#[derive(Serialize)]
pub struct NotSummed {
    pub event: String,
    /// "OTHER event", "no unit class" or "part of another figure".
    pub reason: &'static str,
    pub facts: usize,
}

#[derive(Serialize)]
pub struct TopEntity {
    pub entity: String,
    pub mentions: usize,
    pub articles: usize,
}

#[derive(Serialize)]
pub struct FactTotal {
    pub event: String,
    pub unit_class: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<Option<String>>,
    /// "fact" (the fact's own date) or "article" (its article's date).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month_from: Option<&'static str>,
    pub total: f64,
    /// The sum of the upper bounds when some facts are ranges ("8 000 à
    /// 10 000"); equal to `total` otherwise.
    pub total_max: f64,
    pub facts: usize,
    pub articles: usize,
}

/// Running sums for one row of a fact table.
#[derive(Default)]
struct Sum {
    total: f64,
    total_max: f64,
    facts: usize,
    /// Article numbers.
    articles: BTreeSet<u32>,
}

fn write_staged(path: std::path::PathBuf, text: &str) -> Result<(), WriteError> {
    let (staged, mut file) = crate::Staged::create(path)?;
    std::io::Write::write_all(&mut file, text.as_bytes()).map_err(|e| WriteError::new(&staged.path, e))?;
    drop(file);
    staged.commit()
}

/// Why a fact is counted but not summed, if it is not.
fn not_summed(group: &FactGroup) -> Option<&'static str> {
    let first = &group.first;
    if first.event == "OTHER" {
        Some("OTHER event")
    } else if first.part {
        Some("part of another figure")
    } else if first.unit_class.is_none() || first.value.is_none() {
        Some("no unit class")
    } else {
        None
    }
}

impl Summary {
    pub(crate) fn add_article(&mut self, article: &ArticleResult) {
        self.articles += 1;
        self.bytes += article.bytes;
        self.tokens += article.tokens;
        self.sentences += article.sentences.len();
        if let Some(d) = article.date.map(|d| d.to_string()) {
            if self.first_date.as_ref().is_none_or(|f| d < *f) {
                self.first_date = Some(d.clone());
            }
            if self.last_date.as_ref().is_none_or(|l| d > *l) {
                self.last_date = Some(d);
            }
        }
    }

    pub(crate) fn add_indexes(&mut self, entities: &BTreeMap<EntityKey, EntityStats>, facts: &FactIndex) {
        let mut by_label: BTreeMap<&str, Vec<&EntityStats>> = BTreeMap::new();
        for ((_, label), stats) in entities {
            by_label.entry(label).or_default().push(stats);
        }
        for (label, mut list) in by_label {
            // Stable sort: ties keep the index's (alphabetical) order.
            list.sort_by(|a, b| b.mentions.cmp(&a.mentions).then(b.articles.cmp(&a.articles)));
            self.top_entities.insert(
                label.to_string(),
                list.iter()
                    .take(TOP_ENTITIES)
                    .map(|s| TopEntity { entity: s.name().to_string(), mentions: s.mentions, articles: s.articles })
                    .collect(),
            );
        }
        type Key = (String, String, Option<String>, Option<&'static str>);
        let (mut by_country, mut by_month, mut totals): (BTreeMap<Key, Sum>, BTreeMap<Key, Sum>, BTreeMap<Key, Sum>) = Default::default();
        let mut skipped: BTreeMap<(String, &'static str), usize> = BTreeMap::new();
        for group in facts.groups() {
            let first = &group.first;
            if let Some(reason) = not_summed(group) {
                *skipped.entry((first.event.clone(), reason)).or_default() += 1;
                continue;
            }
            let (Some(class), Some(value)) = (first.unit_class.clone(), first.value) else { continue };
            let (month, month_from) = match first.date_span {
                Some(span) => (span.month(), "fact"),
                None => (first.article_date.map(|d| d.format("%Y-%m").to_string()), "article"),
            };
            let event = first.event.clone();
            for sum in [
                by_country.entry((event.clone(), class.clone(), first.country.clone(), None)).or_default(),
                by_month.entry((event.clone(), class.clone(), month, Some(month_from))).or_default(),
                totals.entry((event, class, None, None)).or_default(),
            ] {
                sum.total += value;
                sum.total_max += first.value_max.unwrap_or(value).max(value);
                sum.facts += 1;
                sum.articles.extend(group.articles.iter().copied());
            }
        }
        let row = |(event, unit_class, place_or_month, month_from): Key, sum: Sum, by: &str| FactTotal {
            event,
            unit_class,
            country: (by == "country").then(|| place_or_month.clone()),
            month: (by == "month").then_some(place_or_month),
            month_from,
            total: sum.total,
            total_max: sum.total_max,
            facts: sum.facts,
            articles: sum.articles.len(),
        };
        self.facts_by_event_country = by_country.into_iter().map(|(k, s)| row(k, s, "country")).collect();
        self.facts_by_event_month = by_month.into_iter().map(|(k, s)| row(k, s, "month")).collect();
        self.totals = totals.into_iter().map(|(k, s)| row(k, s, "")).collect();
        self.not_summed = skipped.into_iter().map(|((event, reason), facts)| NotSummed { event, reason, facts }).collect();
    }

    pub(crate) fn write(&self, dir: &Path) -> Result<(), WriteError> {
        let json_path = dir.join("summary.json");
        let json = serde_json::to_string_pretty(self).map_err(|e| WriteError::new(&json_path, e))?;
        write_staged(json_path, &(json + "\n"))?;
        write_staged(dir.join("summary.md"), &self.markdown())
    }

    fn markdown(&self) -> String {
        let mut md = String::new();
        let dates = match (&self.first_date, &self.last_date) {
            (Some(f), Some(l)) => format!(", dated {f} to {l}"),
            _ => String::new(),
        };
        let _ = writeln!(md, "# Corpus summary\n");
        let _ = writeln!(
            md,
            "{} articles ({:.1} MB, {} sentences, {} tokens){dates}: {} entity mentions of {} distinct entities, {} quantities, {} facts ({} after deduplication across articles).\n",
            self.articles,
            self.bytes as f64 / 1e6,
            self.sentences,
            self.tokens,
            self.entities,
            self.distinct_entities,
            self.quantities,
            self.facts,
            self.distinct_facts
        );
        let _ = writeln!(md, "## Top entities\n");
        for (label, list) in &self.top_entities {
            let names: Vec<String> = list.iter().map(|t| format!("{} ({}, {} art.)", t.entity, t.mentions, t.articles)).collect();
            let _ = writeln!(md, "- **{label}**: {}", names.join(", "));
        }
        let table = |md: &mut String, title: &str, by: &str, rows: &[FactTotal], cell: &dyn Fn(&FactTotal) -> String| {
            let _ = writeln!(md, "\n## {title}\n\nSums of deduplicated facts within one unit class; each with the facts and articles it rests on.\n");
            let _ = writeln!(md, "| event | {by}unit class | total | facts | articles |\n|---|{}---|---:|---:|---:|", if by.is_empty() { "" } else { "---|" });
            for r in rows {
                let total = if r.total_max > r.total { format!("{} – {}", r.total, r.total_max) } else { r.total.to_string() };
                let _ = writeln!(md, "| {} | {}{} | {total} | {} | {} |", r.event, cell(r), r.unit_class, r.facts, r.articles);
            }
        };
        let or_dash = |v: &Option<Option<String>>| v.clone().flatten().unwrap_or_else(|| "—".into());
        table(&mut md, "Facts by event", "", &self.totals, &|_| String::new());
        table(&mut md, "Facts by event and country", "country | ", &self.facts_by_event_country, &|r| format!("{} | ", or_dash(&r.country)));
        table(&mut md, "Facts by event and month", "month | ", &self.facts_by_event_month, &|r| {
            let from = if r.month_from == Some("article") { " (article date)" } else { "" };
            format!("{}{from} | ", or_dash(&r.month))
        });
        let _ = writeln!(md, "\n## Counted, not summed\n\n| event | why | facts |\n|---|---|---:|");
        for n in &self.not_summed {
            let _ = writeln!(md, "| {} | {} | {} |", n.event, n.reason, n.facts);
        }
        md
    }
}
