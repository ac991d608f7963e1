//! Gold and prediction readers. Every gold format becomes [`GoldDoc`]s: the
//! contract's record plus the text its offsets (code points) point into.
//!
//! Formats, told apart by file extension:
//! - `.jsonl`: contract gold, text inline or in `<doc>.txt` beside the file;
//! - `.ann` (+ `.txt` beside it): brat, as WiNER-fr ships; entity gold only;
//! - `.tsv`: HIPE-2022, one document per `# hipe2022:document_id`;
//! - `.bio`, `.conll`: one `token … TAG` per line, IOB1 or IOB2.
//!
//! A folder is walked recursively in name order; other files in it (the
//! `.txt` texts, READMEs, licences) are skipped.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use recense_contract::text_sha256;
use walkdir::WalkDir;

use crate::labels;
use crate::record::{DocRecord, EntityRecord};
use crate::EvalError;

/// One gold article: its annotations and the text their offsets index.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldDoc {
    pub record: DocRecord,
    pub text: String,
}

/// Reads gold from a file or a folder of gold files, in any supported format.
/// Document ids must be unique, since predictions are matched to gold by id.
pub fn read_gold(path: &Path) -> Result<Vec<GoldDoc>, EvalError> {
    let mut docs = Vec::new();
    let mut seen: HashMap<String, PathBuf> = HashMap::new();
    for file in gold_files(path)? {
        for doc in read_gold_file(&file)? {
            if let Some(first) = seen.insert(doc.record.doc.clone(), file.clone()) {
                return Err(EvalError::at(
                    &file,
                    format!("doc {}", doc.record.doc),
                    format!("document id already read from {}", first.display()),
                ));
            }
            docs.push(doc);
        }
    }
    Ok(docs)
}

/// Reads predictions: contract records, one JSON object per line.
pub fn read_predictions(path: &Path) -> Result<Vec<DocRecord>, EvalError> {
    let content = read_text(path)?;
    let mut records = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for entry in contract_records(path, &content) {
        let (number, record) = entry?;
        if let Some(first) = seen.insert(record.doc.clone(), number) {
            return Err(EvalError::line(path, number, format!("doc {} already on line {first}", record.doc)));
        }
        records.push(record);
    }
    Ok(records)
}

/// The contract records of a JSON Lines file, each with its line number
/// (from 1; blank lines skipped); a line that is not one is an error naming it.
fn contract_records<'a>(path: &'a Path, content: &'a str) -> impl Iterator<Item = Result<(usize, DocRecord), EvalError>> + 'a {
    content.lines().zip(1..).filter(|(line, _)| !line.trim().is_empty()).map(move |(line, number)| {
        serde_json::from_str(line)
            .map(|record| (number, record))
            .map_err(|err| EvalError::line(path, number, format!("not a contract record: {err}")))
    })
}

/// The gold files under `path`: the path itself, or a folder's gold files in name order.
fn gold_files(path: &Path) -> Result<Vec<PathBuf>, EvalError> {
    if !path.is_dir() {
        if gold_format(path).is_none() {
            return Err(EvalError::new(
                path,
                "not a gold file (.jsonl, .ann, .tsv, .bio or .conll)",
            ));
        }
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    for entry in WalkDir::new(path).sort_by_file_name() {
        let entry =
            entry.map_err(|err| EvalError::new(path, format!("cannot walk the folder: {err}")))?;
        if entry.file_type().is_file() && gold_format(entry.path()).is_some() {
            files.push(entry.into_path());
        }
    }
    Ok(files)
}

#[derive(Clone, Copy)]
enum GoldFormat {
    Contract,
    Brat,
    Hipe,
    Bio,
}

fn gold_format(path: &Path) -> Option<GoldFormat> {
    match path.extension()?.to_str()? {
        "jsonl" => Some(GoldFormat::Contract),
        "ann" => Some(GoldFormat::Brat),
        "tsv" => Some(GoldFormat::Hipe),
        "bio" | "conll" => Some(GoldFormat::Bio),
        _ => None,
    }
}

fn read_gold_file(path: &Path) -> Result<Vec<GoldDoc>, EvalError> {
    let content = read_text(path)?;
    match gold_format(path) {
        Some(GoldFormat::Brat) => parse_brat(path, &content, read_text(&path.with_extension("txt"))?).map(|doc| vec![doc]),
        Some(_) => parse_gold(path, &content),
        None => Err(EvalError::new(path, "not a gold file")),
    }
}

/// Gold from the content of a file named `path`, in the format its extension
/// says (`.jsonl`, `.tsv`, `.bio`, `.conll`; brat needs its text: see
/// [`parse_brat`]). Contract records without inline text read `<doc>.txt`
/// beside `path`.
pub fn parse_gold(path: &Path, content: &str) -> Result<Vec<GoldDoc>, EvalError> {
    match gold_format(path) {
        Some(GoldFormat::Contract) => parse_contract_gold(path, content),
        Some(GoldFormat::Hipe) => parse_hipe(path, content),
        Some(GoldFormat::Bio) => parse_bio(path, content),
        Some(GoldFormat::Brat) => Err(EvalError::new(path, "brat gold needs its text: parse_brat")),
        None => Err(EvalError::new(path, "not a gold file")),
    }
}

fn read_text(path: &Path) -> Result<String, EvalError> {
    fs::read_to_string(path).map_err(|err| EvalError::io(path, &err))
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Byte offsets of every code point of a text, plus its end, for slicing by
/// code-point offsets.
struct CodePoints<'a> {
    text: &'a str,
    bytes: Vec<usize>,
}

impl<'a> CodePoints<'a> {
    fn new(text: &'a str) -> Self {
        let bytes = text
            .char_indices()
            .map(|(byte, _)| byte)
            .chain([text.len()])
            .collect();
        CodePoints { text, bytes }
    }

    fn len(&self) -> usize {
        self.bytes.len() - 1
    }

    /// `text[start..end]` in code points, or `None` when out of bounds.
    fn slice(&self, start: usize, end: usize) -> Option<&'a str> {
        if start > end || end > self.len() {
            return None;
        }
        Some(&self.text[self.bytes[start]..self.bytes[end]])
    }
}

/// Contract JSONL gold: checks each record's text against `text_sha256` and
/// its spans against the text, so that offsets are known good before scoring.
fn parse_contract_gold(path: &Path, content: &str) -> Result<Vec<GoldDoc>, EvalError> {
    let mut docs = Vec::new();
    for entry in contract_records(path, content) {
        let (number, record) = entry?;
        let place = format!("line {number}, doc {}", record.doc);
        let text = match &record.text {
            Some(text) => text.clone(),
            None => {
                let text_path = path.with_file_name(format!("{}.txt", record.doc));
                fs::read_to_string(&text_path).map_err(|err| {
                    EvalError::at(
                        path,
                        &place,
                        format!(
                            "no inline text, and {} cannot be read: {err}",
                            text_path.display()
                        ),
                    )
                })?
            }
        };
        if let Some(expected) = &record.text_sha256 {
            let actual = text_sha256(&text);
            if !expected.eq_ignore_ascii_case(&actual) {
                return Err(EvalError::at(
                    path,
                    &place,
                    format!("text_sha256 is {expected} but the text's is {actual}: the text changed under the offsets"),
                ));
            }
        }
        check_spans(&record, &text)
            .and_then(|()| check_contract(&record))
            .map_err(|message| EvalError::at(path, &place, message))?;
        docs.push(GoldDoc { record, text });
    }
    Ok(docs)
}

/// Every span lies in the text, and entity and quantity texts equal what they span.
fn check_spans(record: &DocRecord, text: &str) -> Result<(), String> {
    let code_points = CodePoints::new(text);
    let check = |what: &str, start: usize, end: usize, written: Option<&str>| {
        if start > end {
            return Err(format!("{what} {start}..{end} is reversed: its start is after its end"));
        }
        let Some(spanned) = code_points.slice(start, end) else {
            return Err(format!(
                "{what} {start}..{end} lies outside the text ({} code points)",
                code_points.len()
            ));
        };
        match written {
            Some(written) if written != spanned => Err(format!(
                "{what} {start}..{end} says {written:?} but the text there is {spanned:?}"
            )),
            _ => Ok(()),
        }
    };
    for entity in record.entities.iter().flatten() {
        check("entity", entity.start, entity.end, Some(&entity.text))?;
    }
    for quantity in record.quantities.iter().flatten() {
        check(
            "quantity",
            quantity.start,
            quantity.end,
            Some(&quantity.text),
        )?;
    }
    for fact in record.facts.iter().flatten() {
        check(
            "fact quantity",
            fact.quantity.start,
            fact.quantity.end,
            None,
        )?;
    }
    Ok(())
}

/// Gold speaks the contract: labels, kinds, approx values and events are
/// the spec's; each fact's quantity is a gold quantity; entities do not
/// overlap (the contract's entities are flat). Anything else would be read
/// and silently change the scores.
fn check_contract(record: &DocRecord) -> Result<(), String> {
    use recense_contract::{Event, APPROX, KINDS};
    let entities = record.entities.as_deref().unwrap_or_default();
    for entity in entities {
        if !recense_contract::LABELS.contains(&entity.label.as_str()) {
            return Err(format!("entity {}..{}: {}", entity.start, entity.end, labels::gold_label(&entity.label).err().unwrap_or_else(|| format!("label {:?} is not in the contract", entity.label))));
        }
    }
    let mut spans: Vec<(usize, usize)> = entities.iter().map(|e| (e.start, e.end)).collect();
    spans.sort_unstable();
    if let Some(pair) = spans.windows(2).find(|pair| pair[1].0 < pair[0].1) {
        return Err(format!("entities {}..{} and {}..{} overlap: gold entities are flat", pair[0].0, pair[0].1, pair[1].0, pair[1].1));
    }
    let quantities = record.quantities.as_deref().unwrap_or_default();
    for q in quantities {
        let place = format!("quantity {}..{} {:?}", q.start, q.end, q.text);
        if !KINDS.contains(&q.kind.as_str()) {
            return Err(format!("{place}: kind {:?} is not one of {}", q.kind, KINDS.join(", ")));
        }
        if let Some(approx) = q.approx.as_deref().filter(|a| !APPROX.contains(a)) {
            return Err(format!("{place}: approx {approx:?} is not one of {}", APPROX.join(", ")));
        }
    }
    let quantity_spans: std::collections::HashSet<(usize, usize)> = quantities.iter().map(|q| (q.start, q.end)).collect();
    for fact in record.facts.iter().flatten() {
        let (start, end) = (fact.quantity.start, fact.quantity.end);
        if Event::parse(&fact.event).is_none() {
            return Err(format!("fact on {start}..{end}: event {:?} is not a contract event code", fact.event));
        }
        if record.quantities.is_some() && !quantity_spans.contains(&(start, end)) {
            return Err(format!("fact on {start}..{end}: no gold quantity has that span"));
        }
    }
    Ok(())
}

/// A brat `.ann` with its `.txt`: WiNER's layout. Discontinuous spans
/// (`T1 Label 0 5;7 9`) become the span from their first start to their last
/// end, the one span a flat tagger could find. WiNER nests spans, and a flat
/// tagger is scored on the outermost ones: a span strictly inside a longer one
/// (Date and Hour included) is dropped, then Date and Hour themselves, which
/// are quantities in the contract. The entity text comes from the `.txt`:
/// brat's own copy may lose invisible characters (WiNER has a U+200F).
pub fn parse_brat(ann_path: &Path, ann: &str, text: String) -> Result<GoldDoc, EvalError> {
    let text_path = ann_path.with_extension("txt");
    let code_points = CodePoints::new(&text);
    let mut spans: Vec<(usize, usize, String)> = Vec::new();
    for (index, line) in ann.lines().enumerate() {
        if !line.starts_with('T') {
            continue;
        }
        let fail = |message: String| EvalError::line(ann_path, index + 1, message);
        let mut fields = line.split('\t');
        let (Some(_id), Some(annotation)) = (fields.next(), fields.next()) else {
            return Err(fail(format!("not a brat text-bound annotation: {line:?}")));
        };
        let (label, fragments) = annotation
            .split_once(' ')
            .ok_or_else(|| fail(format!("no offsets in {annotation:?}")))?;
        labels::gold_label(label).map_err(fail)?;
        let (start, end) =
            fragments_hull(fragments).ok_or_else(|| fail(format!("bad offsets {fragments:?}")))?;
        if code_points.slice(start, end).is_none() {
            return Err(fail(format!(
                "span {start}..{end} lies outside {} ({} code points)",
                text_path.display(),
                code_points.len()
            )));
        }
        spans.push((start, end, label.to_string()));
    }
    let mut entities: Vec<EntityRecord> = spans
        .iter()
        .filter(|span| !spans.iter().any(|outer| strictly_inside(span, outer)))
        .filter_map(|(start, end, label)| {
            Some(EntityRecord {
                start: *start,
                end: *end,
                label: labels::canonical(label)?,
                text: code_points.slice(*start, *end)?.to_string(),
                optional: false,
                confidence: None,
            })
        })
        .collect();
    entities.sort_by(|a, b| (a.start, a.end, &a.label).cmp(&(b.start, b.end, &b.label)));
    entities.dedup();
    let record = DocRecord {
        doc: file_stem(ann_path),
        entities: Some(entities),
        ..DocRecord::default()
    };
    Ok(GoldDoc { record, text })
}

/// `"0 5;7 9"` → `(0, 9)`.
fn fragments_hull(fragments: &str) -> Option<(usize, usize)> {
    let mut hull: Option<(usize, usize)> = None;
    for fragment in fragments.split(';') {
        let (start, end) = fragment.trim().split_once(' ')?;
        let (start, end): (usize, usize) = (start.parse().ok()?, end.parse().ok()?);
        if start > end {
            return None;
        }
        hull = Some(match hull {
            Some((first, last)) => (first.min(start), last.max(end)),
            None => (start, end),
        });
    }
    hull
}

/// `inner` lies inside `outer` and `outer` is longer.
fn strictly_inside(inner: &(usize, usize, String), outer: &(usize, usize, String)) -> bool {
    outer.0 <= inner.0 && inner.1 <= outer.1 && outer.1 - outer.0 > inner.1 - inner.0
}

/// A text rebuilt from tokens, with each token's code-point span and tag.
#[derive(Default)]
struct TokenDoc {
    text: String,
    length: usize,
    separator: &'static str,
    tokens: Vec<(usize, usize, String)>,
}

impl TokenDoc {
    /// Appends a token after the separator the previous one asked for;
    /// `separator` is what follows this one, if another token comes.
    fn push(&mut self, token: &str, tag: &str, separator: &'static str) {
        if !self.tokens.is_empty() {
            self.text.push_str(self.separator);
            self.length += self.separator.chars().count();
        }
        let start = self.length;
        self.text.push_str(token);
        self.length += token.chars().count();
        self.tokens.push((start, self.length, tag.to_string()));
        self.separator = separator;
    }

    /// Replaces the separator after the last token (a sentence break).
    fn break_after_last(&mut self, separator: &'static str) {
        self.separator = separator;
    }

    fn finish(self, doc: String, date: Option<String>) -> GoldDoc {
        let entities = decode_bio(&self.tokens, &self.text);
        let record = DocRecord {
            doc,
            date,
            entities: Some(entities),
            ..DocRecord::default()
        };
        GoldDoc {
            record,
            text: self.text,
        }
    }
}

/// Entities of a BIO-tagged token sequence, IOB1 or IOB2 alike: an entity
/// starts at `B-X`, or at `I-X` after anything but `X`. A bare tag `X` reads
/// as `I-X`. Types the contract scores as quantities (time, date) are dropped.
fn decode_bio(tokens: &[(usize, usize, String)], text: &str) -> Vec<EntityRecord> {
    let code_points = CodePoints::new(text);
    let mut entities = Vec::new();
    let mut open: Option<(&str, usize, usize)> = None;
    let mut close = |open: Option<(&str, usize, usize)>| {
        let Some((kind, start, end)) = open else {
            return;
        };
        if let (Some(label), Some(spanned)) =
            (labels::canonical(kind), code_points.slice(start, end))
        {
            entities.push(EntityRecord {
                start,
                end,
                label,
                text: spanned.to_string(),
                optional: false,
                confidence: None,
            });
        }
    };
    for (start, end, tag) in tokens {
        let (begins, kind) = match tag.as_str() {
            "O" | "_" | "" => {
                close(open.take());
                continue;
            }
            tag => match tag.split_once('-') {
                Some(("B", kind)) => (true, kind),
                Some(("I", kind)) => (false, kind),
                _ => (false, tag),
            },
        };
        match open {
            Some((open_kind, open_start, _)) if !begins && open_kind == kind => {
                open = Some((kind, open_start, *end))
            }
            _ => {
                close(open.take());
                open = Some((kind, *start, *end));
            }
        }
    }
    close(open);
    entities
}

/// HIPE-2022 TSV: `#` metadata lines (`hipe2022:document_id` starts a
/// document, `hipe2022:date` dates it), a `TOKEN…` header naming the columns,
/// then one token a line. The text is rebuilt with a space between tokens,
/// none after `NoSpaceAfter`, a newline after `EndOfLine`; entities come from
/// the NE-COARSE-LIT column (IOB2).
fn parse_hipe(path: &Path, content: &str) -> Result<Vec<GoldDoc>, EvalError> {
    let mut reader = HipeReader::default();
    for (index, line) in content.lines().enumerate() {
        let fail = |message: String| EvalError::line(path, index + 1, message);
        if let Some(comment) = line.strip_prefix('#') {
            reader.comment(comment);
        } else if !line.trim().is_empty() {
            reader.row(&line.split('\t').collect::<Vec<_>>()).map_err(fail)?;
        }
    }
    Ok(reader.finish())
}

/// The documents of a HIPE file read so far, the one being read (id,
/// date, tokens) and the columns its header named (token, coarse literal
/// tag, misc).
#[derive(Default)]
struct HipeReader {
    docs: Vec<GoldDoc>,
    current: Option<(String, Option<String>, TokenDoc)>,
    columns: Option<(usize, usize, usize)>,
}

impl HipeReader {
    /// "# hipe2022:document_id = …" starts a document, "# hipe2022:date =
    /// …" dates it ("NA": no date); other comments say nothing we read.
    fn comment(&mut self, comment: &str) {
        let Some((key, value)) = comment.split_once('=') else { return };
        match key.trim() {
            "hipe2022:document_id" => {
                self.close_document();
                self.current = Some((value.trim().to_string(), None, TokenDoc::default()));
            }
            "hipe2022:date" => {
                let date = value.trim();
                if let Some((_, doc_date, _)) = self.current.as_mut() {
                    *doc_date = (date != "NA" && !date.is_empty()).then(|| date.to_string());
                }
            }
            _ => {}
        }
    }

    /// The header row (it names the columns) or a token row: its token,
    /// tag and what follows it (no space, a line end, a space).
    fn row(&mut self, fields: &[&str]) -> Result<(), String> {
        if fields[0] == "TOKEN" {
            let column = |name: &str| fields.iter().position(|field| *field == name).ok_or_else(|| format!("no {name} column in the header"));
            self.columns = Some((column("TOKEN")?, column("NE-COARSE-LIT")?, column("MISC")?));
            return Ok(());
        }
        let (token_column, tag_column, misc_column) = self.columns.ok_or("token line before the TOKEN header")?;
        let (_, _, doc) = self.current.as_mut().ok_or("token line before any hipe2022:document_id")?;
        let field = |column: usize| fields.get(column).copied().ok_or_else(|| format!("fewer than {} columns", column + 1));
        let misc = field(misc_column)?;
        let flags = || misc.split('|');
        let separator = if flags().any(|flag| flag == "NoSpaceAfter") {
            ""
        } else if flags().any(|flag| flag == "EndOfLine") {
            "\n"
        } else {
            " "
        };
        let tag = field(tag_column)?;
        labels::check_bio_tag(tag)?;
        doc.push(field(token_column)?, tag, separator);
        Ok(())
    }

    fn close_document(&mut self) {
        if let Some((doc, date, tokens)) = self.current.take() {
            self.docs.push(tokens.finish(doc, date));
        }
    }

    fn finish(mut self) -> Vec<GoldDoc> {
        self.close_document();
        self.docs
    }
}

/// One token a line, its tag in the last whitespace-separated field (CoNLL
/// style). Tokens are joined by spaces, blank lines become newlines, and
/// `-DOCSTART-` lines split documents, named `<stem>-1`, `<stem>-2`, …; a
/// file without them (Europeana's) is one document named after the file.
fn parse_bio(path: &Path, content: &str) -> Result<Vec<GoldDoc>, EvalError> {
    let mut parts: Vec<TokenDoc> = vec![TokenDoc::default()];
    for (index, line) in content.lines().enumerate() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let doc = parts
            .last_mut()
            .expect("parts starts non-empty and only grows");
        match fields.as_slice() {
            [] => doc.break_after_last("\n"),
            ["-DOCSTART-", ..] => {
                if !doc.tokens.is_empty() {
                    parts.push(TokenDoc::default());
                }
            }
            [_] => {
                return Err(EvalError::line(
                    path,
                    index + 1,
                    format!("no tag after the token: {line:?}"),
                ))
            }
            [token, .., tag] => {
                labels::check_bio_tag(tag).map_err(|message| EvalError::line(path, index + 1, message))?;
                doc.push(token, tag, " ")
            }
        }
    }
    parts.retain(|doc| !doc.tokens.is_empty());
    let stem = file_stem(path);
    let single = parts.len() == 1;
    Ok(parts
        .into_iter()
        .enumerate()
        .map(|(index, doc)| {
            let id = if single {
                stem.clone()
            } else {
                format!("{stem}-{}", index + 1)
            };
            doc.finish(id, None)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(tags: &[&str]) -> (Vec<(usize, usize, String)>, String) {
        let mut doc = TokenDoc::default();
        for (index, tag) in tags.iter().enumerate() {
            doc.push(&format!("w{index}"), tag, " ");
        }
        (doc.tokens, doc.text)
    }

    fn spans(tags: &[&str]) -> Vec<(usize, usize, String)> {
        let (tokens, text) = tokens(tags);
        decode_bio(&tokens, &text)
            .into_iter()
            .map(|e| (e.start, e.end, e.label))
            .collect()
    }

    #[test]
    fn iob1_starts_an_entity_at_a_type_change_or_a_b_tag() {
        // "w0 w1 w2 w3 w4 w5": I-PER I-PER B-PER I-LOC O I-ORG
        assert_eq!(
            spans(&["I-PER", "I-PER", "B-PER", "I-LOC", "O", "I-ORG"]),
            vec![
                (0, 5, "PER".into()),
                (6, 8, "PER".into()),
                (9, 11, "LOC".into()),
                (15, 17, "ORG".into())
            ]
        );
    }

    #[test]
    fn iob2_and_quantity_types() {
        assert_eq!(
            spans(&["B-loc", "I-loc", "B-time", "I-time", "B-HumanProd"]),
            vec![(0, 5, "LOC".into()), (12, 14, "PRODUCT".into())]
        );
    }

    #[test]
    fn discontinuous_brat_fragments_become_their_hull() {
        assert_eq!(fragments_hull("0 5;7 9"), Some((0, 9)));
        assert_eq!(fragments_hull("12 20"), Some((12, 20)));
        assert_eq!(fragments_hull("9 5"), None);
        assert_eq!(fragments_hull("a b"), None);
    }

    #[test]
    fn code_point_slices_survive_multibyte_text() {
        let code_points = CodePoints::new("Jürgen à Zürich");
        assert_eq!(code_points.slice(9, 15), Some("Zürich"));
        assert_eq!(code_points.slice(9, 16), None);
    }
}
