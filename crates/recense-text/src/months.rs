//! French month names and abbreviations (`models/text/months.tsv`), the one
//! list: the dateline reader here and the number recogniser both read it.

use std::sync::LazyLock;

use recense_contract::fold::fold;

static MONTHS_TSV: &str = include_str!("../../../models/text/months.tsv");

/// A month's name or abbreviation, folded (lower case, accents off).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthName {
    pub name: String,
    /// 1–12.
    pub number: u32,
    /// An abbreviation ("janv"): a date needs a day before it or a dot after it.
    pub abbreviation: bool,
    /// A word with another meaning ("sept").
    pub ambiguous: bool,
}

static MONTHS: LazyLock<Vec<MonthName>> = LazyLock::new(|| {
    MONTHS_TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            let number = cols.get(1).and_then(|n| n.parse().ok()).filter(|n| (1..=12).contains(n));
            let number = number.unwrap_or_else(|| panic!("months.tsv: bad month number in {line:?}"));
            let flag = cols.get(2).copied().unwrap_or("");
            assert!(matches!(flag, "" | "abbr" | "amb"), "months.tsv: unknown flag {flag:?}");
            MonthName { name: fold(cols[0]), number, abbreviation: flag == "abbr", ambiguous: flag == "amb" }
        })
        .collect()
});

/// Every month name and abbreviation of the table.
pub fn month_names() -> &'static [MonthName] {
    &MONTHS
}

/// The number of a month written in full ("Août", "fevrier"), not an abbreviation.
pub fn month_number(word: &str) -> Option<u32> {
    let folded = fold(word);
    MONTHS.iter().find(|m| !m.abbreviation && !m.ambiguous && m.name == folded).map(|m| m.number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_names_any_case_and_accents() {
        assert_eq!(month_number("Août"), Some(8));
        assert_eq!(month_number("fevrier"), Some(2));
        assert_eq!(month_number("DÉCEMBRE"), Some(12));
        assert_eq!(month_number("janv"), None);
        assert_eq!(month_names().iter().filter(|m| !m.abbreviation && !m.ambiguous).count(), 12);
    }
}
