//! "What does this corpus say, in numbers?" — `summary.json` and `summary.md`.
//!
//! Totals are over deduplicated facts only (a figure reported by ten
//! articles counts once), and each total says how many facts and articles
//! it rests on.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::index::{EntityKey, EntityStats, FactGroup, FactKey};
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
    /// Deduplicated facts by event, country and unit.
    pub facts_by_event_country: Vec<FactTotal>,
    /// Deduplicated facts by event, month (of the fact's date) and unit.
    pub facts_by_event_month: Vec<FactTotal>,
    /// Deduplicated facts by event and unit.
    pub totals: Vec<FactTotal>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<Option<String>>,
    pub unit: Option<String>,
    pub total: f64,
    pub facts: usize,
    pub articles: usize,
}

/// Running sums for one row of a fact table.
#[derive(Default)]
struct Sum {
    total: f64,
    facts: usize,
    /// Article numbers.
    articles: BTreeSet<u32>,
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

    pub(crate) fn add_indexes(&mut self, entities: &BTreeMap<EntityKey, EntityStats>, facts: &BTreeMap<FactKey, FactGroup>) {
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
        let mut by_country: BTreeMap<(String, Option<String>, Option<String>), Sum> = BTreeMap::new();
        let mut by_month: BTreeMap<(String, Option<String>, Option<String>), Sum> = BTreeMap::new();
        let mut totals: BTreeMap<(String, Option<String>), Sum> = BTreeMap::new();
        for (key, group) in facts {
            let value = group.numeric_value.unwrap_or(0.0);
            let month = key.date.as_ref().filter(|d| d.len() >= 7).map(|d| d[..7].to_string());
            for sum in [
                by_country.entry((key.event.clone(), key.country.clone(), key.unit.clone())).or_default(),
                by_month.entry((key.event.clone(), month, key.unit.clone())).or_default(),
                totals.entry((key.event.clone(), key.unit.clone())).or_default(),
            ] {
                sum.total += value;
                sum.facts += 1;
                sum.articles.extend(group.articles.iter().copied());
            }
        }
        let row = |event: String, country, month, unit, sum: Sum| FactTotal {
            event,
            country,
            month,
            unit,
            total: sum.total,
            facts: sum.facts,
            articles: sum.articles.len(),
        };
        self.facts_by_event_country =
            by_country.into_iter().map(|((e, c, u), s)| row(e, Some(c), None, u, s)).collect();
        self.facts_by_event_month = by_month.into_iter().map(|((e, m, u), s)| row(e, None, Some(m), u, s)).collect();
        self.totals = totals.into_iter().map(|((e, u), s)| row(e, None, None, u, s)).collect();
    }

    pub(crate) fn write(&self, dir: &Path) -> Result<(), WriteError> {
        let json_path = dir.join("summary.json");
        let json = serde_json::to_string_pretty(self).map_err(|e| WriteError::new(&json_path, e))?;
        std::fs::write(&json_path, json + "\n").map_err(|e| WriteError::new(&json_path, e))?;
        let md_path = dir.join("summary.md");
        std::fs::write(&md_path, self.markdown()).map_err(|e| WriteError::new(&md_path, e))
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
            let _ = writeln!(md, "\n## {title}\n\nTotals over deduplicated facts; each with the facts and articles it rests on.\n");
            let _ = writeln!(md, "| event | {by}unit | total | facts | articles |\n|---|{}---|---:|---:|---:|", if by.is_empty() { "" } else { "---|" });
            for r in rows {
                let _ = writeln!(
                    md,
                    "| {} | {}{} | {} | {} | {} |",
                    r.event,
                    cell(r),
                    r.unit.as_deref().unwrap_or("—"),
                    r.total,
                    r.facts,
                    r.articles
                );
            }
        };
        let or_dash = |v: &Option<Option<String>>| v.clone().flatten().unwrap_or_else(|| "—".into());
        table(&mut md, "Facts by event", "", &self.totals, &|_| String::new());
        table(&mut md, "Facts by event and country", "country | ", &self.facts_by_event_country, &|r| format!("{} | ", or_dash(&r.country)));
        table(&mut md, "Facts by event and month", "month | ", &self.facts_by_event_month, &|r| format!("{} | ", or_dash(&r.month)));
        md
    }
}
