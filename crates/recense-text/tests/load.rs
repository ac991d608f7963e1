//! Loader behaviour on files written to a temporary folder.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use recense_text::{
    load_file, load_paths, Format, LoadError, LoadOptions, LoadWarning, SkipReason,
};

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&path, bytes).unwrap();
    path
}

fn strict() -> LoadOptions {
    LoadOptions::default()
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn plain_text_keeps_its_text_and_finds_the_dateline() {
    let dir = tempfile::tempdir().unwrap();
    let text = "France : disparition de Thierry Roland\n\n16 juin 2012. - Le journaliste s'est éteint.\r\n";
    let path = write(dir.path(), "44231.txt", text);
    let report = load_file(&path, &strict());
    assert!(report.errors.is_empty() && report.skipped.is_empty());
    let [article] = &report.articles[..] else {
        panic!("one article expected")
    };
    assert_eq!(article.id, "44231");
    assert_eq!(article.format, Format::Txt);
    assert_eq!(
        article.text, text,
        "CRLF and all are kept: offsets refer to the file"
    );
    assert_eq!(article.date, date(2012, 6, 16));
    assert_eq!(article.source.as_deref(), Some(path.as_path()));
}

#[test]
fn a_date_inside_the_first_sentence_is_not_a_dateline() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "seed.txt",
        "Interpol a annoncé le 6 novembre 2024 les résultats.",
    );
    assert_eq!(load_file(&path, &strict()).articles[0].date, None);
}

#[test]
fn bom_is_stripped_and_empty_files_are_articles() {
    let dir = tempfile::tempdir().unwrap();
    let bom = write(dir.path(), "bom.txt", b"\xEF\xBB\xBFL'article");
    let empty = write(dir.path(), "empty.txt", b"");
    let report = load_paths(&[bom, empty], &strict());
    assert!(report.errors.is_empty());
    let texts: Vec<&str> = report.articles.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, ["L'article", ""]);
}

#[test]
fn invalid_utf8_is_an_error_naming_file_and_offset() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "latin1.txt", b"\xEF\xBB\xBFLa r\xE9forme");
    let report = load_file(&path, &strict());
    assert!(report.articles.is_empty());
    let [err @ LoadError::InvalidEncoding { encoding: "UTF-8", byte_offset, .. }] = &report.errors[..] else {
        panic!("one UTF-8 error expected, got {:?}", report.errors)
    };
    assert_eq!(
        *byte_offset, 7,
        "offset counts from the start of the file, BOM included"
    );
    let message = err.to_string();
    assert!(
        message.contains("latin1.txt") && message.contains("byte 7"),
        "{message}"
    );
}

#[test]
fn lossy_mode_replaces_and_warns() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "latin1.txt", b"La r\xE9forme");
    let report = load_file(&path, &LoadOptions { lossy_utf8: true, ..LoadOptions::default() });
    assert!(report.errors.is_empty());
    assert_eq!(report.articles[0].text, "La r\u{FFFD}forme");
    let [warning @ LoadWarning::LossyUtf8 { byte_offset: 4, .. }] = &report.warnings[..] else {
        panic!(
            "one lossy warning at byte 4 expected, got {:?}",
            report.warnings
        )
    };
    assert!(warning.to_string().contains("latin1.txt"));
}

#[test]
fn binary_files_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let nul = write(dir.path(), "image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let controls = write(
        dir.path(),
        "controls.txt",
        [1u8, 2, 3, 4, b'a', 5, 6, 7, 8, 9].repeat(10),
    );
    let report = load_paths(&[nul.clone(), controls.clone()], &strict());
    assert!(report.articles.is_empty() && report.errors.is_empty());
    let skipped: Vec<_> = report
        .skipped
        .iter()
        .map(|s| (s.path.clone(), s.reason.clone()))
        .collect();
    assert_eq!(
        skipped,
        [(nul, SkipReason::Binary), (controls, SkipReason::Binary)]
    );
}

#[test]
fn jsonl_with_a_broken_line_loads_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "batch.jsonl",
        concat!(
            r#"{"id": "a", "text": "Premier.", "title": "Un", "date": "2024-11-06", "url": "https://x.fr/a"}"#,
            "\n\n",
            r#"{"text": "Deuxième", oops}"#,
            "\n",
            r#"{"text": "6 novembre 2024 – Troisième.", "extra": 1}"#,
            "\n",
            r#"{"id": 42, "text": "Quatrième.", "date": "hier"}"#,
            "\n",
        ),
    );
    let report = load_file(&path, &strict());
    let ids: Vec<&str> = report.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a", "batch:4", "42"]);
    let first = &report.articles[0];
    assert_eq!(
        (first.title.as_deref(), first.url.as_deref()),
        (Some("Un"), Some("https://x.fr/a"))
    );
    assert_eq!(first.date, date(2024, 11, 6));
    assert_eq!(report.articles[1].format, Format::Jsonl { line: 4 });
    assert_eq!(
        report.articles[1].date,
        date(2024, 11, 6),
        "dateline when no date field"
    );
    let [err @ LoadError::Json { line: 3, .. }] = &report.errors[..] else {
        panic!("one JSON error on line 3 expected, got {:?}", report.errors)
    };
    assert!(err.to_string().contains("batch.jsonl: line 3"), "{err}");
    assert!(matches!(
        &report.warnings[..],
        [LoadWarning::UnparsedDate { line: Some(5), .. }]
    ));
}

#[test]
fn json_article_and_its_errors() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(
        dir.path(),
        "one.json",
        r#"{"text": "Corps.", "date": "2012-05-22T07:44:00Z"}"#,
    );
    let bad = write(dir.path(), "two.json", "{\n  \"title\": \"Sans texte\"\n}");
    let report = load_paths(&[good, bad], &strict());
    let [article] = &report.articles[..] else {
        panic!("one article expected")
    };
    assert_eq!(
        (article.id.as_str(), article.format, article.date),
        ("one", Format::Json, date(2012, 5, 22))
    );
    let [LoadError::Json {
        line: 3, message, ..
    }] = &report.errors[..]
    else {
        panic!("one JSON error expected, got {:?}", report.errors)
    };
    assert!(message.contains("missing field `text`"), "{message}");
}

#[test]
fn html_keeps_the_article_and_drops_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "page.html",
        r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>Liberterra II — Le Journal</title>
        <meta name="date" content="2024-11-06"><style>body { font: serif }</style>
        <script>document.write("<p>publicité</p>")</script></head>
        <body><nav><a href="/">Accueil</a></nav><header><p>Le Journal</p></header>
        <article><h1>Liberterra II</h1>
        <p>Interpol a arrêté 2&nbsp;571 personnes,
           l&rsquo;opération a   duré une semaine.</p>
        <ul><li>Argentine&#160;: 14 mineurs</li><li>Tunisie &amp; Mali</li></ul></article>
        <aside>À lire aussi</aside><footer>© 2024</footer></body></html>"#,
    );
    let report = load_file(&path, &strict());
    let [article] = &report.articles[..] else {
        panic!("one article expected: {:?}", report.errors)
    };
    assert_eq!(article.format, Format::Html);
    assert_eq!(article.title.as_deref(), Some("Liberterra II"));
    assert_eq!(article.date, date(2024, 11, 6));
    assert_eq!(
        article.text,
        "Liberterra II\n\nInterpol a arrêté 2 571 personnes, l’opération a duré une semaine.\n\n\
         Argentine : 14 mineurs\n\nTunisie & Mali\n"
    );
}

#[test]
fn html_date_falls_back_to_the_dateline() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "x.htm",
        "<title>T</title><h2>Sous-titre</h2><p>26 juin 2012. - Le texte.</p>",
    );
    let article = &load_file(&path, &strict()).articles[0];
    assert_eq!(article.date, date(2012, 6, 26));
    assert_eq!(
        article.text,
        "T\n\nSous-titre\n\n26 juin 2012. - Le texte.\n"
    );
}

#[test]
fn folders_account_for_every_file() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "b/43971.txt", "Texte.");
    write(root, "b/43971.html", "<p>Texte.</p>");
    write(root, "b/44000.html", "<p>Seul.</p>");
    write(root, "a/doc.gold.jsonl", "{}");
    write(root, "a/doc.ann", "T1\tPER 0 5\tJean");
    write(root, "a/notes.md", "# notes");
    write(root, "a/.cache.txt", "caché");
    write(root, ".git/config", "[core]");
    let report = load_paths(&[root], &strict());
    let ids: Vec<&str> = report.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["43971", "44000"]);
    let skipped: Vec<(String, String)> = report
        .skipped
        .iter()
        .map(|s| {
            (
                s.path.strip_prefix(root).unwrap().display().to_string(),
                s.reason.to_string(),
            )
        })
        .collect();
    let expected = [
        (".git", "hidden"),
        ("a/.cache.txt", "hidden"),
        ("a/doc.ann", "brat annotations"),
        ("a/doc.gold.jsonl", "gold annotations"),
        ("a/notes.md", "unknown extension"),
        ("b/43971.html", "alternate of 43971.txt"),
    ];
    let mut skipped_sorted = skipped.clone();
    skipped_sorted.sort();
    assert_eq!(
        skipped_sorted,
        expected.map(|(p, r)| (p.to_owned(), r.to_owned()))
    );
    assert!(report.errors.is_empty());
}

#[test]
fn a_missing_path_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("absent");
    let report = load_paths(&[&missing], &strict());
    let [err @ LoadError::Io { path, .. }] = &report.errors[..] else {
        panic!("{:?}", report.errors)
    };
    assert_eq!(path, &missing);
    assert!(err.to_string().contains("absent"));
}

#[test]
fn utf16_with_its_bom_is_decoded_not_called_binary() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Le 3 mars, 12 personnes ont été arrêtées à Besançon.";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    for (name, bytes) in [("le.txt", le), ("be.txt", be)] {
        let report = load_file(&write(dir.path(), name, bytes), &strict());
        assert!(report.errors.is_empty() && report.skipped.is_empty(), "{name}: {report:?}");
        assert_eq!(report.articles[0].text, text, "{name}");
    }
    let mut odd = vec![0xFF, 0xFE, b'a', 0, 0x00, 0xD8]; // a lone surrogate
    odd.push(b'b');
    let report = load_file(&write(dir.path(), "bad.txt", odd), &strict());
    assert!(matches!(report.errors[..], [LoadError::InvalidEncoding { encoding: "UTF-16", .. }]), "{report:?}");
}

#[test]
fn an_empty_json_is_an_empty_article_and_a_json_array_is_not_one() {
    let dir = tempfile::tempdir().unwrap();
    let report = load_file(&write(dir.path(), "empty.json", " \n"), &strict());
    assert_eq!(report.articles.len(), 1);
    assert_eq!(report.articles[0].text, "");
    let report = load_file(&write(dir.path(), "rows.jsonl", "[\"x\", 1]\n{\"text\": \"ok\"}\n"), &strict());
    assert_eq!(report.articles.len(), 1, "the object line loads");
    let [LoadError::Json { line: 1, message, .. }] = &report.errors[..] else { panic!("{:?}", report.errors) };
    assert!(message.contains("JSON object"), "{message}");
}

#[test]
fn an_article_over_the_budget_is_an_error_naming_its_size_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let options = LoadOptions { max_article_bytes: 100, ..LoadOptions::default() };
    let big = "mille ".repeat(50);
    let report = load_file(&write(dir.path(), "big.txt", &big), &options);
    assert!(report.articles.is_empty() && report.read.is_empty(), "not even read");
    assert!(matches!(report.errors[..], [LoadError::TooLarge { line: None, bytes: 300, limit: 100, .. }]));
    let jsonl = format!("{{\"text\": \"court\"}}\n{{\"text\": \"{big}\"}}\n");
    let report = load_file(&write(dir.path(), "lines.jsonl", jsonl), &options);
    assert_eq!(report.articles.len(), 1);
    assert!(matches!(report.errors[..], [LoadError::TooLarge { line: Some(2), .. }]), "{:?}", report.errors);
    assert!(report.errors[0].to_string().contains("line 2"));
}

#[test]
fn each_file_read_is_hashed_from_that_one_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "a.txt", "abc");
    let report = load_file(&path, &strict());
    assert_eq!(report.read.len(), 1);
    assert_eq!(report.read[0].bytes, 3);
    assert_eq!(report.read[0].sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

#[cfg(unix)]
#[test]
fn fifos_in_folders_are_skipped_and_names_that_are_not_utf8_stay_distinct() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let made = std::process::Command::new("mkfifo").arg(dir.path().join("pipe.txt")).status().unwrap();
    assert!(made.success());
    let latin1 = dir.path().join(std::ffi::OsStr::from_bytes(b"caf\xE9.txt"));
    fs::write(&latin1, "Un texte.").unwrap();
    let report = load_paths(&[dir.path()], &strict());
    assert!(report.skipped.iter().any(|s| s.reason == SkipReason::NotARegularFile("FIFO")), "{:?}", report.skipped);
    assert_eq!(report.articles.len(), 1);
    assert_eq!(report.articles[0].id, "caf\\xE9", "lossless, not U+FFFD");
    assert_eq!(recense_text::path_text(&latin1), format!("{}/caf\\xE9.txt", recense_text::path_text(dir.path())));
}

#[test]
fn a_text_file_opening_with_a_headline_has_that_title() {
    let dir = tempfile::tempdir().unwrap();
    let titled = "France : disparition de Thierry Roland\n\n16 juin 2012. - Le journaliste s'est éteint.\n";
    assert_eq!(load_file(&write(dir.path(), "a.txt", titled), &strict()).articles[0].title.as_deref(), Some("France : disparition de Thierry Roland"));
    for untitled in ["Interpol a annoncé le 6 novembre 2024 les résultats.\n\nSuite.", "Une seule ligne", "Une phrase finie.\n\nSuite"] {
        assert_eq!(load_file(&write(dir.path(), "b.txt", untitled), &strict()).articles[0].title, None, "{untitled:?}");
    }
}
