//! Issue 13's cases end to end: a locked output folder, outputs never read
//! back as inputs, FIFOs, strict gold, standard input, closed pipes and exit
//! codes.

mod common;

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::{arg, recense, scratch};
use serde_json::Value;



fn manifest_inputs(out: &Path) -> Vec<Value> {
    let manifest: Value = serde_json::from_str(&fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    manifest["inputs"].as_array().unwrap().clone()
}

const ARTICLE: &str = "Le 3 mars 2024, 12 personnes ont été arrêtées à Lyon.";

#[test]
fn a_second_run_on_a_locked_output_folder_fails_at_once() {
    let dir = scratch("hardening", "lock");
    fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    let out = dir.join("out");
    fs::create_dir_all(&out).unwrap();
    let lock = fs::File::create(out.join(".recense.lock")).unwrap();
    lock.try_lock().unwrap();
    let run = recense(&["extract", arg(&dir.join("a.txt")), "--out", arg(&out)]);
    assert_eq!(run.status.code(), Some(3), "nothing could be written");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("another recense run"), "{stderr}");
    assert!(!out.join("manifest.json").exists() && !out.join("articles.jsonl").exists());
    drop(lock);
    let run = recense(&["extract", arg(&dir.join("a.txt")), "--out", arg(&out)]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_output_folder_inside_the_inputs_is_never_read_back() {
    let dir = scratch("hardening", "self");
    fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    let out = dir.join("out");
    for _ in 0..2 {
        let run = recense(&["extract", arg(&dir), "--out", arg(&out), "--quiet"]);
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    }
    let inputs = manifest_inputs(&out);
    let ok: Vec<&Value> = inputs.iter().filter(|i| i["status"] == "ok").collect();
    assert_eq!(ok.len(), 1, "only a.txt is an article: {inputs:?}");
    assert!(inputs.iter().any(|i| i["path"].as_str().unwrap().ends_with("articles.jsonl") && i["reason"] == "inside the output folder"));
    assert_eq!(fs::read_to_string(out.join("errors.jsonl")).unwrap(), "");
    fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_fifo_in_a_folder_is_skipped_with_its_reason_and_a_named_one_is_read_once() {
    let dir = scratch("hardening", "fifo");
    let fifo = dir.join("p.txt");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    let out = dir.join("out");
    let run = recense(&["extract", arg(&dir), "--out", arg(&out), "--quiet"]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let inputs = manifest_inputs(&out);
    let entry = inputs.iter().find(|i| i["path"].as_str().unwrap().ends_with("p.txt")).expect("the FIFO is accounted for");
    assert_eq!(entry["status"], "skipped");
    assert_eq!(entry["reason"], "not a regular file (FIFO)");

    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::OpenOptions::new().write(true).open(fifo).unwrap().write_all(ARTICLE.as_bytes()).unwrap())
    };
    let run = recense(&["annotate", arg(&fifo)]);
    writer.join().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let record: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(record["doc"], "p");
    fs::remove_dir_all(&dir).unwrap();
}

/// The seed gold with one change, written to a file.
fn broken_gold(dir: &Path, name: &str, change: impl FnOnce(&mut Value)) -> PathBuf {
    let mut gold: Value = serde_json::from_str(fs::read_to_string("corpus/seed/interpol-liberterra-ii.gold.jsonl").unwrap().trim()).unwrap();
    gold["text"] = fs::read_to_string("corpus/seed/interpol-liberterra-ii.txt").unwrap().into();
    change(&mut gold);
    let path = dir.join(format!("{name}.gold.jsonl"));
    fs::write(&path, format!("{gold}\n")).unwrap();
    path
}

#[test]
fn gold_outside_the_contract_is_an_error_naming_file_line_and_item() {
    let dir = scratch("hardening", "strict");
    let cases: Vec<(&str, Box<dyn FnOnce(&mut Value)>, &str)> = vec![
        ("misc", Box::new(|g| g["entities"][0]["label"] = "MISC".into()), "label \"MISC\""),
        ("event", Box::new(|g| g["facts"][0]["event"] = "ARRESTED".into()), "event \"ARRESTED\""),
        ("kind", Box::new(|g| g["quantities"][0]["kind"] = "amount".into()), "kind \"amount\""),
        ("approx", Box::new(|g| g["quantities"][0]["approx"] = "about".into()), "approx \"about\""),
        ("dangling", Box::new(|g| g["facts"][0]["quantity"]["start"] = 0.into()), "no gold quantity"),
        ("overlap", Box::new(|g| {
            let mut copy = g["entities"][0].clone();
            copy["label"] = "ORG".into();
            g["entities"].as_array_mut().unwrap().push(copy);
        }), "overlap"),
        ("reversed", Box::new(|g| {
            let (start, end) = (g["entities"][0]["start"].clone(), g["entities"][0]["end"].clone());
            g["entities"][0]["start"] = end;
            g["entities"][0]["end"] = start;
        }), "reversed"),
    ];
    for (name, change, expected) in cases {
        let gold = broken_gold(&dir, name, change);
        let run = recense(&["evaluate", "--gold", arg(&gold), "--pred", arg(&gold)]);
        assert_eq!(run.status.code(), Some(3), "{name}");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert!(stderr.contains(&format!("{name}.gold.jsonl: line 1")) && stderr.contains(expected), "{name}: {stderr}");
    }
    fs::write(dir.join("w.txt"), "Paris et Lyon").unwrap();
    fs::write(dir.join("w.ann"), "T1\tLocation 0 5\tParis\nT2\tMisc 9 13\tLyon\n").unwrap();
    let run = recense(&["evaluate", "--gold", arg(&dir.join("w.ann")), "--pred", "/dev/null"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.code() == Some(3) && stderr.contains("w.ann: line 2") && stderr.contains("\"Misc\""), "{stderr}");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn standard_input_and_text_arguments_are_articles() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_recense"))
        .args(["annotate", "-", "--text", "14 mineurs libérés en Argentine."])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(ARTICLE.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let docs: Vec<Value> = output.stdout.split(|&b| b == b'\n').filter(|l| !l.is_empty()).map(|l| serde_json::from_slice(l).unwrap()).collect();
    assert_eq!(docs.iter().map(|d| d["doc"].as_str().unwrap()).collect::<Vec<_>>(), ["<stdin>", "<text>"]);
    assert_eq!(docs[0]["quantities"].as_array().unwrap().len(), 2, "the date and the count");
}

#[test]
fn a_reader_that_stops_early_ends_the_run_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_recense"))
        .args(["tokenize", "corpus"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(!String::from_utf8_lossy(&output.stderr).contains("Broken pipe"));
}

#[test]
fn exit_codes_tell_failed_inputs_from_failed_runs() {
    let dir = scratch("hardening", "codes");
    fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    fs::write(dir.join("b.txt"), b"\xFFnot utf-8").unwrap();
    let out = dir.join("out");
    let run = recense(&["extract", arg(&dir), "--out", arg(&out), "--quiet"]);
    assert_eq!(run.status.code(), Some(1), "some inputs failed");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("b.txt (byte 0): invalid UTF-8"), "failed inputs are named: {stderr}");
    fs::write(dir.join("file"), "").unwrap();
    let run = recense(&["extract", arg(&dir.join("a.txt")), "--out", arg(&dir.join("file"))]);
    assert_eq!(run.status.code(), Some(3), "nothing could be written");
    for threads in ["0", "1025"] {
        let run = recense(&["extract", arg(&dir), "--out", arg(&out), "--threads", threads]);
        assert_eq!(run.status.code(), Some(2), "--threads {threads} is a usage error");
    }
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_killed_run_leaves_no_output_that_looks_complete() {
    let dir = scratch("hardening", "kill");
    let input = dir.join("in");
    fs::create_dir_all(&input).unwrap();
    let seed = fs::read_to_string("corpus/seed/interpol-liberterra-ii.txt").unwrap();
    for i in 0..400 {
        fs::write(input.join(format!("a{i:04}.txt")), &seed).unwrap();
    }
    let out = dir.join("out");
    let mut run = Command::new(env!("CARGO_BIN_EXE_recense"))
        .args(["extract", arg(&input), "--out", arg(&out), "--threads", "1", "--quiet"])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // killed once it has started writing (its lock and first staged files exist)
    while !out.join(".recense.lock").exists() {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    std::thread::sleep(std::time::Duration::from_millis(200));
    run.kill().unwrap();
    run.wait().unwrap();
    for name in ["manifest.json", "facts.parquet", "facts.csv", "articles.jsonl", "summary.json", "errors.jsonl"] {
        assert!(!out.join(name).exists(), "{name} under its final name after a kill");
    }
    let rerun = recense(&["extract", arg(&input), "--out", arg(&out), "--quiet"]);
    assert!(rerun.status.success(), "{}", String::from_utf8_lossy(&rerun.stderr));
    let manifest: Value = serde_json::from_str(&fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["complete"], true);
    assert_eq!(manifest["counts"]["articles"], 400);
    fs::remove_dir_all(&dir).unwrap();
}
