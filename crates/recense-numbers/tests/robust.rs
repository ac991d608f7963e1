//! No panic, no overflow, sorted non-overlapping output on arbitrary input.
use proptest::prelude::*;
use recense_numbers::{Quantity, Recognizer, Value};
use std::sync::OnceLock;

fn rec() -> &'static Recognizer {
    static R: OnceLock<Recognizer> = OnceLock::new();
    R.get_or_init(Recognizer::new)
}

fn check(text: &str, q: &[Quantity]) {
    let mut last = 0;
    for x in q {
        assert!(x.start < x.end && x.end <= text.len(), "{x:?}");
        assert!(x.start >= last, "overlap/unsorted {x:?}");
        assert!(text.is_char_boundary(x.start) && text.is_char_boundary(x.end));
        assert_eq!(text[..x.start].chars().count(), x.cp_start);
        assert_eq!(text[..x.end].chars().count(), x.cp_end);
        if let Value::Number(v) = x.value {
            assert!(v.is_finite(), "{x:?}");
        }
        if let Some(Value::Number(v)) = x.value_max {
            assert!(v.is_finite(), "{x:?}");
        }
        last = x.end;
    }
}

fn run(text: &str) {
    let d = chrono::NaiveDate::from_ymd_opt(2024, 11, 6);
    let q = rec().extract(text, d);
    check(text, &q);
    let q = rec().extract(text, None);
    check(text, &q);
}

#[test]
fn pathological() {
    let long9 = "9".repeat(5000);
    let big = format!("10^{}", 400);
    let cases = [
        long9.as_str(),
        "mille mille mille mille mille mille mille",
        "milliard de milliards de milliards de milliards de milliards de milliards de milliards de milliards de milliards de milliards de milliards de milliards de milliards de milliards de milliards de milliards de milliards de milliards de milliards",
        big.as_str(),
        "1e999 1e308 1,1^999 -1e400 9^999",
        "99999999999999999999999999 milliards de billions d'euros",
        "31/02/2020 le 31 février 30/13 2024-13-45 le 0 mars 25:99 99h99",
        "le 29 février dernier, il y a 99999 ans, dans 99999999 mois",
        "quatre-vingt-dix-neuf trillions de trillions",
        "",
        "-",
        "€$£ % ° ½ ⅔ ,",
        "un un un une une, un; un",
        "du 31 au 1er, entre le 40 et le 50 juillet",
    ];
    for c in cases {
        run(c);
    }
    let huge = "1 000 ".repeat(2000);
    run(&huge);
    // numbers coordinated before an age: each once parsed its twin whole,
    // which overflowed the stack past 20 000
    run(&format!("{}17 ans", "14 et ".repeat(30_000)));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]
    #[test]
    fn arbitrary_unicode(s in "\\PC{0,200}") {
        run(&s);
    }

    #[test]
    fn numberish(s in "([0-9]{1,25}|[ ,.\\-/:h%€$]|mille|million|milliards|vingt|et|un|quatre|cent|le|du|au|mars|lundi|dernier|il y a|ans|heures|\\^|e){0,40}") {
        run(&s);
    }
}
