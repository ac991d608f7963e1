//! Unit classes: which counted nouns count the same thing, so that totals
//! add like with like (`models/aggregate/unit_classes.tsv`).

use std::collections::HashMap;
use std::sync::OnceLock;

static TABLE: &str = include_str!("../../../models/aggregate/unit_classes.tsv");

fn classes() -> &'static HashMap<&'static str, &'static str> {
    static CLASSES: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    CLASSES.get_or_init(|| {
        TABLE
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| line.split_once('\t'))
            .collect()
    })
}

/// The class of a fact's unit: `money:EUR` for a currency (an ISO 4217
/// code), the table's class for a counted noun, `None` for a unit that
/// counts nothing known to add up (or no unit).
pub fn unit_class(unit: Option<&str>) -> Option<String> {
    let unit = unit?;
    if unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase()) {
        return Some(format!("money:{unit}"));
    }
    classes().get(unit).map(|class| class.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_are_people_and_currencies_stay_apart() {
        assert_eq!(unit_class(Some("personne")).as_deref(), Some("people"));
        assert_eq!(unit_class(Some("individu")).as_deref(), Some("people"));
        assert_eq!(unit_class(Some("manifestant")).as_deref(), Some("people"));
        assert_eq!(unit_class(Some("EUR")).as_deref(), Some("money:EUR"));
        assert_eq!(unit_class(Some("USD")).as_deref(), Some("money:USD"));
        assert_eq!(unit_class(Some("but")), None, "a football score adds up to nothing");
        assert_eq!(unit_class(None), None);
    }

    #[test]
    fn every_line_of_the_table_has_a_unit_and_a_class() {
        for line in TABLE.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let (unit, class) = line.split_once('\t').unwrap_or_else(|| panic!("no tab: {line:?}"));
            assert!(!unit.trim().is_empty() && !class.trim().is_empty() && !class.contains('\t'), "{line:?}");
        }
    }
}
