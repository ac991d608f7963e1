//! Issue 17 end to end: `recense report` on an extract and `recense show` on
//! one article. (What a browser makes of them is checked by
//! tests/browser/check_report.py, run by .ci/run in headless Chromium.)

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{arg, recense, scratch};

const SEED: &str = "corpus/seed/interpol-liberterra-ii.txt";
const HOSTILE: &str = "Alerte <script>alert(1)</script>\n\nÀ Lyon, <img src=x onerror=alert(2)> 12 personnes ont été arrêtées le 3 mars 2024.";



/// An extract of the seed and a hostile article, in `dir/out`.
fn extract(dir: &Path) -> PathBuf {
    let input = dir.join("in");
    fs::create_dir_all(&input).unwrap();
    fs::copy(SEED, input.join("interpol-liberterra-ii.txt")).unwrap();
    fs::write(input.join("hostile.txt"), HOSTILE).unwrap();
    let out = dir.join("out");
    let run = recense(&["extract", arg(&input), "--out", arg(&out), "--quiet"]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    out
}

/// A whole entity mark with this label around this text (its hover title
/// carries a confidence that the test does not pin).
fn has_mark(page: &str, label: &str, text: &str) -> bool {
    let opening = format!(r#"<mark class="ent {label} end" data-label="{label}" title=""#);
    page.match_indices(&opening).any(|(at, _)| {
        let rest = &page[at + opening.len()..];
        rest.find("\">").is_some_and(|close| rest[close + 2..].starts_with(&format!("{text}</mark>")))
    })
}

#[test]
fn the_report_holds_overview_charts_top_facts_and_article_views() {
    let dir = scratch("report", "inline");
    let out = extract(&dir);
    let run = recense(&["report", arg(&out)]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let page = fs::read_to_string(out.join("report.html")).unwrap();
    for expected in [
        r#"data-stat="articles"><b>2</b>"#,
        r#"data-chart="facts-by-event""#,
        r#"data-chart="people-by-event-country""#,
        r#"data-chart="facts-by-month""#,
        r#"data-chart="top-LOC""#,
        r#"<table class="chart-data" data-chart="facts-by-event">"#,
        r#"<span class="qty fact end" title="count · 2571 personne · exact · fact: ARREST" data-event="ARREST">2 571</span>"#,
        r#"<article class="view" id="a-00001""#,
        r##"<a href="#a-00001">"##,
        "&lt;script&gt;alert(1)",
        "&lt;img src=x onerror=alert(2)&gt;",
    ] {
        assert!(page.contains(expected), "report.html lacks {expected}");
    }
    assert!(has_mark(&page, "LOC", "Argentine") && has_mark(&page, "EVENT", "Liberterra II"));
    // One script, the filters' own, allowed by its hash; nothing fetched.
    assert_eq!(page.matches("<script").count(), 1);
    assert!(page.contains("default-src 'none'"));
    for fetch in ["src=\"http", "url(http", "<link", "@import"] {
        assert!(!page.contains(fetch), "report.html fetches: {fetch}");
    }
    assert!(!out.join("report-articles").exists());
}

#[test]
fn a_large_corpus_gets_one_page_per_article_and_no_stale_ones() {
    let dir = scratch("report", "split");
    let out = extract(&dir);
    fs::create_dir_all(out.join("report-articles")).unwrap();
    fs::write(out.join("report-articles/00099.html"), "stale").unwrap();
    let run = recense(&["report", arg(&out), "--inline-text-limit", "100"]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let page = fs::read_to_string(out.join("report.html")).unwrap();
    assert!(!page.contains("<article class=\"view\""));
    // (minijinja escapes "/" in attributes too; the browser reads it back.)
    assert!(page.contains(r#"<a href="report-articles&#x2f;00001.html">"#), "{page}");
    let mut files: Vec<String> =
        fs::read_dir(out.join("report-articles")).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    files.sort();
    assert_eq!(files, ["00001.html", "00002.html"]);
    let hostile = fs::read_to_string(out.join("report-articles/00001.html")).unwrap();
    assert!(hostile.contains("&lt;script&gt;alert(1)") && !hostile.contains("<script"), "{hostile}");
    assert!(hostile.contains(r#"<a href="..&#x2f;report.html">"#), "{hostile}");
}

#[test]
fn a_folder_that_is_not_an_extract_is_a_clear_error() {
    let dir = scratch("report", "not-an-extract");
    let run = recense(&["report", arg(&dir)]);
    assert_eq!(run.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("manifest.json") && stderr.contains("recense extract"), "{stderr}");
}

#[test]
fn show_renders_one_article_from_a_file_or_the_command_line() {
    let run = recense(&["show", SEED]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let page = String::from_utf8(run.stdout).unwrap();
    assert!(page.contains(r#"data-event="ARREST">2 571</span>"#));
    assert!(has_mark(&page, "LOC", "Argentine"));
    assert!(page.contains(r#"title="LOC · confidence 0."#), "entities carry the model's confidence");
    assert!(page.contains("script-src 'none'") && !page.contains("<script"));

    let dir = scratch("report", "show");
    let file = dir.join("view.html");
    let run = recense(&["show", "--text", HOSTILE, "--out", arg(&file)]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let page = fs::read_to_string(&file).unwrap();
    assert!(page.contains("&lt;script&gt;alert(1)") && !page.contains("<script") && !page.contains("<img"), "{page}");
    assert!(page.contains(r#"data-event="ARREST">12</span>"#), "{page}");
}
