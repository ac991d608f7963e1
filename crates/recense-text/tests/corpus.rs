//! The repository corpus: every article loads, its HTML twin extracts to the
//! same text, and tokens and sentences have consistent offsets.

use std::path::{Path, PathBuf};

use recense_text::{
    load_file, load_paths, split_sentences, tokenize, Format, LoadOptions, SkipReason,
};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus")
}

#[test]
fn corpus_loads_57_articles_with_dates() {
    let report = load_paths(&[corpus()], &LoadOptions::default());
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert_eq!(report.articles.len(), 57);
    assert!(report.articles.iter().all(|a| a.format == Format::Txt));
    let alternates = report
        .skipped
        .iter()
        .filter(|s| matches!(s.reason, SkipReason::AlternateOf(_)))
        .count();
    assert_eq!(alternates, 56);
    let seed = report
        .articles
        .iter()
        .find(|a| a.id == "interpol-liberterra-ii")
        .expect("seed article");
    assert_eq!(seed.date, None, "the seed has no dateline");
    let dragon = report
        .articles
        .iter()
        .find(|a| a.id == "43971")
        .expect("article 43971");
    assert_eq!(dragon.date, chrono::NaiveDate::from_ymd_opt(2012, 5, 22));
    let dated = report.articles.iter().filter(|a| a.date.is_some()).count();
    assert_eq!(
        dated, 55,
        "all Wikinews articles but 45513 open with a dateline"
    );
}

#[test]
fn html_twins_extract_to_the_plain_text() {
    let folder = corpus().join("wikinews-fr-2012");
    let mut compared = 0;
    for entry in std::fs::read_dir(&folder).unwrap() {
        let html = entry.unwrap().path();
        if html.extension().map_or(true, |e| e != "html") {
            continue;
        }
        let report = load_file(&html, &LoadOptions::default());
        let article = &report.articles[0];
        let txt = std::fs::read_to_string(html.with_extension("txt")).unwrap();
        assert_eq!(article.text, txt, "{}", html.display());
        assert_eq!(
            article.title.as_deref(),
            txt.lines().next(),
            "{}",
            html.display()
        );
        compared += 1;
    }
    assert_eq!(compared, 56);
}

#[test]
fn token_and_sentence_offsets_are_consistent() {
    let report = load_paths(&[corpus()], &LoadOptions::default());
    for article in &report.articles {
        let text = &article.text;
        let cp_of_byte = |byte: usize| text[..byte].chars().count();
        let tokens = tokenize(text);
        assert!(!tokens.is_empty(), "{}", article.id);
        let mut previous_end = 0;
        for token in &tokens {
            assert!(
                token.start >= previous_end && token.start < token.end,
                "{} {token:?}",
                article.id
            );
            assert!(
                !token.text(text).trim().is_empty(),
                "{} {token:?}",
                article.id
            );
            assert_eq!(
                (token.cp_start, token.cp_end),
                (cp_of_byte(token.start), cp_of_byte(token.end))
            );
            previous_end = token.end;
        }
        let non_space: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let covered: String = tokens
            .iter()
            .flat_map(|t| t.text(text).chars())
            .filter(|c| !c.is_whitespace())
            .collect();
        assert_eq!(
            covered, non_space,
            "{}: tokens cover all visible text",
            article.id
        );

        let sentences = split_sentences(text, &tokens);
        assert_eq!(sentences.first().map(|s| s.tokens.start), Some(0));
        assert_eq!(sentences.last().map(|s| s.tokens.end), Some(tokens.len()));
        for pair in sentences.windows(2) {
            assert_eq!(
                pair[0].tokens.end, pair[1].tokens.start,
                "{}: sentences tile the tokens",
                article.id
            );
        }
        for sentence in &sentences {
            assert!(
                !sentence.text(text).contains('\n'),
                "{}: {:?}",
                article.id,
                sentence.text(text)
            );
            let chars: Vec<char> = text.chars().collect();
            let by_cp: String = chars[sentence.code_points.clone()].iter().collect();
            assert_eq!(by_cp, sentence.text(text));
        }
    }
}
