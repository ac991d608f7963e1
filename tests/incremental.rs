//! Issue 12's incremental runs: `extract --incremental` after a complete
//! run, after new inputs, after changed inputs, and after a run killed with
//! SIGKILL at a random point gives the outputs of one uninterrupted run over
//! the same inputs — byte for byte, the manifest's timings aside.


mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{arg, scratch};
use serde_json::Value;

const FILES: usize = 5000;
const CITIES: [&str; 8] = ["Lyon", "Rennes", "Marseille", "Buenos Aires", "Montréal", "Alep", "Quimper", "Pékin"];
const EVENTS: [&str; 5] = ["personnes ont été arrêtées", "manifestants ont défilé", "morts ont été recensés", "blessés ont été soignés", "emplois seront supprimés"];



/// Article `i`: a dateline, a count of people, a place; no two alike.
fn article(i: usize) -> String {
    format!(
        "Le {} mars 2024, {} {} à {}, selon la police.\n\nLe lendemain, {} autres {} dans la région de {}.\n",
        1 + i % 28,
        10 + i,
        EVENTS[i % EVENTS.len()],
        CITIES[i % CITIES.len()],
        2 + i % 97,
        EVENTS[(i / 3) % EVENTS.len()],
        CITIES[(i / 7) % CITIES.len()],
    )
}

fn write_articles(input: &Path, range: std::ops::Range<usize>) {
    for i in range {
        let folder = input.join(format!("day{:02}", i / 100));
        fs::create_dir_all(&folder).unwrap();
        fs::write(folder.join(format!("a{i:05}.txt")), article(i)).unwrap();
    }
}

fn extract(input: &Path, out: &Path, incremental: bool) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_recense"));
    command.args(["extract", arg(input), "--out", arg(out), "--threads", "2", "--quiet"]).stderr(Stdio::null());
    if incremental {
        command.arg("--incremental");
    }
    command
}

fn run(input: &Path, out: &Path, incremental: bool) -> Value {
    let status = extract(input, out, incremental).status().unwrap();
    assert!(status.success(), "extract {} → {}", input.display(), out.display());
    serde_json::from_str(&fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap()
}

/// Every output but the manifest, byte for byte, and the manifest's counts
/// and inputs.
fn assert_same_outputs(got: &Path, expected: &Path) {
    let names = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| !n.starts_with('.') && n != "state-resume.jsonl")
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(got), names(expected), "the same files");
    for name in names(expected) {
        if name == "manifest.json" {
            let manifest = |dir: &Path| -> Value { serde_json::from_str(&fs::read_to_string(dir.join(&name)).unwrap()).unwrap() };
            let (a, b) = (manifest(got), manifest(expected));
            assert_eq!(a["complete"], true);
            assert_eq!(a["counts"], b["counts"]);
            assert_eq!(a["inputs"], b["inputs"]);
        } else {
            assert!(fs::read(got.join(&name)).unwrap() == fs::read(expected.join(&name)).unwrap(), "{name} differs from the uninterrupted run's");
        }
    }
}

/// A run of `command` killed with SIGKILL after `delay`; whether it had
/// already finished.
fn kill_after(mut command: Command, delay: Duration) -> bool {
    let mut child = command.spawn().unwrap();
    std::thread::sleep(delay);
    let finished = child.try_wait().unwrap().is_some();
    child.kill().ok();
    child.wait().unwrap();
    finished
}

/// A small xorshift, seeded per repetition so that a failure can be replayed.
fn random_fraction(seed: u64) -> f64 {
    let mut x = seed ^ 0x9e37_79b9_7f4a_7c15;
    for _ in 0..4 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    (x >> 11) as f64 / (1u64 << 53) as f64
}

#[test]
fn an_incremental_run_after_a_sigkill_gives_the_uninterrupted_runs_tables() {
    let dir = scratch("incremental", "kill");
    let input = dir.join("in");
    write_articles(&input, 0..FILES);
    let reference = dir.join("reference");
    let started = Instant::now();
    let manifest = run(&input, &reference, false);
    let full = started.elapsed();
    assert_eq!(manifest["counts"]["articles"], FILES);
    assert_eq!(manifest["reused"], 0);

    let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64;
    for repetition in 0..3u64 {
        let out = dir.join(format!("out{repetition}"));
        let first_half = repetition == 1;
        // within the killed run: an incremental run over half new inputs takes about half as long
        let fraction = (0.05 + 0.9 * random_fraction(seed + repetition)) * if first_half { 0.5 } else { 1.0 };
        let delay = full.mul_f64(fraction);
        if first_half {
            // a complete run over yesterday's inputs, then today's arrive
            // and the incremental run is the one killed
            let yesterday = dir.join("yesterday");
            write_articles(&yesterday, 0..FILES / 2);
            fs::rename(&input, dir.join("all")).unwrap();
            fs::rename(&yesterday, &input).unwrap();
            run(&input, &out, false);
            fs::remove_dir_all(&input).unwrap();
            fs::rename(dir.join("all"), &input).unwrap();
        }
        let finished = kill_after(extract(&input, &out, first_half), delay);
        eprintln!("repetition {repetition}: seed {seed}, killed after {delay:?} of a {full:?} run (finished first: {finished})");
        // a manifest left after the kill (the killed run had not yet begun
        // writing, or had finished) describes the outputs beside it
        if let Ok(manifest) = fs::read_to_string(out.join("manifest.json")) {
            let manifest: Value = serde_json::from_str(&manifest).unwrap();
            let articles = fs::read_to_string(out.join("articles.jsonl")).unwrap().lines().count();
            assert_eq!(manifest["complete"], true, "seed {seed}");
            assert_eq!(manifest["counts"]["articles"], articles, "the manifest describes the tables beside it (seed {seed})");
        }
        let manifest = run(&input, &out, true);
        assert_same_outputs(&out, &reference);
        if first_half {
            assert!(manifest["reused"].as_u64().unwrap() >= (FILES / 2) as u64, "yesterday's inputs came from the state");
        }
    }
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn changed_and_removed_inputs_are_analysed_again_and_dropped() {
    let dir = scratch("incremental", "changes");
    let input = dir.join("in");
    write_articles(&input, 0..40);
    let out = dir.join("out");
    run(&input, &out, false);
    // one input changes, one goes, one arrives
    fs::write(input.join("day00/a00003.txt"), article(1003)).unwrap();
    fs::remove_file(input.join("day00/a00004.txt")).unwrap();
    fs::write(input.join("day00/a00099.txt"), article(99)).unwrap();
    let manifest = run(&input, &out, true);
    assert_eq!(manifest["reused"], 38, "the 38 unchanged inputs come from the state");
    let reference = dir.join("reference");
    run(&input, &reference, false);
    assert_same_outputs(&out, &reference);
    // a run killed while writing its state: its whole lines are reused, the
    // line the kill cut short is not (made by hand from a complete state)
    let state = fs::read_to_string(out.join("state.jsonl")).unwrap();
    let cut = state.len() - state.lines().last().unwrap().len() / 2 - 1;
    fs::write(out.join(".state.jsonl.partial"), &state[..cut]).unwrap();
    fs::remove_file(out.join("state.jsonl")).unwrap();
    fs::remove_file(out.join("manifest.json")).unwrap();
    let manifest = run(&input, &out, true);
    assert_eq!(manifest["reused"], 39, "every input but the one whose line was cut");
    assert_same_outputs(&out, &reference);
    assert!(!out.join("state-resume.jsonl").exists(), "the killed run's lines are dropped once a run completes");
    // another NER model or other loading options: nothing is reused
    let status = extract(&input, &out, true).arg("--max-article-bytes").arg("100000").status().unwrap();
    assert!(status.success());
    let manifest: Value = serde_json::from_str(&fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["reused"], 0, "a state written with other loading options is not used");
    fs::remove_dir_all(&dir).unwrap();
}
