//! Evaluation against gold annotations: the scoring of `../shared/tools/score.py`, ported so that
//! `quotecheck eval` and the reference scorer give the same figures on the same gold.
//!
//! The flow: [`gold_files`] and [`load_gold_file`] read gold into [`GoldItem`]s (quote documents and
//! stance sentence rows), [`evaluate`] runs the pipeline on every document, scores it and returns a
//! [`Report`], plain data that the command line renders and checks with [`check_required`] and
//! [`check_baseline`]. Nothing here prints.
//!
//! Scoring, as score.py does it (see `../shared/corpora/GOLD-FORMAT.md`):
//! - both spans are trimmed of [`TRIM`] characters at both ends ([`trim_span`]);
//! - a predicted and a gold quote match when the trimmed spans overlap by at least half of the longer
//!   one ([`overlap`]), one to one, taken greedily ([`match_spans`]);
//! - a matched quote's speaker is right per [`speaker_ok`]; end-to-end counts matched quotes whose
//!   speaker is right;
//! - stance is scored over matched quotes that carry a gold stance ([`StanceScores`]).
//!
//! Quote-marked kinds (by default `direct` and `partial`) are the headline; `indirect` is scored
//! apart with the same machinery.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize, Serializer};
use unicode_normalization::UnicodeNormalization;

use crate::analyze::{analyze_with, Options};
use crate::document::{Quote, QuoteKind};
use crate::error::{Error, Result};
use crate::input::{self, Source};
use crate::span::{Positions, Span};
use crate::stance::{self, StanceLabel};

// ---------------------------------------------------------------------------------------------
// Gold input
// ---------------------------------------------------------------------------------------------

/// One quote of a gold document, as GOLD-FORMAT.md describes it. Fields the scorer does not use
/// (`cue`, `attribution`, …) are ignored.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GoldQuote {
    /// Byte offset of the content.
    pub start: usize,
    /// One past the last byte of the content.
    pub end: usize,
    /// The text under `start..end`; checked against the text when present.
    #[serde(default)]
    pub content: Option<String>,
    /// Direct, partial or indirect. An unknown kind is a gold error rather than a quote silently
    /// left out of scoring.
    pub kind: QuoteKind,
    /// Canonical speaker name; `null` when the annotators gave none.
    #[serde(default)]
    pub speaker: Option<String>,
    /// Other names of the same speaker.
    #[serde(default)]
    pub speaker_aliases: Option<Vec<String>>,
    /// Byte offset of the speaker mention (PolNeAR).
    #[serde(default)]
    pub speaker_start: Option<usize>,
    /// One past the last byte of the speaker mention.
    #[serde(default)]
    pub speaker_end: Option<usize>,
    /// Gold stance. (score.py would count an explicit `null` as a stance that no prediction
    /// matches; here it reads as no stance. No gold file has one.)
    #[serde(default)]
    pub stance: Option<StanceLabel>,
}

impl GoldQuote {
    /// The content span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A gold document: a text and every quote in it.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldDoc {
    /// The gold `id`, else the stem of `source`, else `FILE:LINE`.
    pub id: String,
    /// The gold `source` file name, if any.
    pub source: Option<String>,
    /// The text: inline, or read from the `source` file.
    pub text: String,
    /// The gold quotes, of every kind.
    pub quotes: Vec<GoldQuote>,
}

/// A stance sentence row: a sentence and its gold stance, with no quotes
/// (like `../shared/stance/dev.jsonl`).
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceRow {
    /// The row's `id`, else `FILE:LINE`.
    pub id: String,
    /// The sentence.
    pub text: String,
    /// Its gold stance.
    pub stance: StanceLabel,
    /// True when the label only approximates a speaker's stance (NewsMTSC's sentiment toward a
    /// person); a row without `proxy` counts as `false`.
    pub proxy: bool,
    /// The party the label is a stance toward, as written in the sentence, when the row names one:
    /// quotecheck then classifies toward it (`stance::classify_toward`).
    pub target: Option<String>,
}

/// One record of a gold file.
#[derive(Debug, Clone, PartialEq)]
pub enum GoldItem {
    /// A document with quotes.
    Doc(GoldDoc),
    /// A stance sentence row.
    Sentence(SentenceRow),
}

/// A gold record as written; [`GoldRow::into_item`] decides what it is.
#[derive(Debug, Deserialize)]
struct GoldRow {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    quotes: Option<Vec<GoldQuote>>,
    #[serde(default)]
    stance: Option<StanceLabel>,
    #[serde(default)]
    proxy: Option<bool>,
    #[serde(default)]
    target: Option<String>,
}

impl GoldRow {
    /// A row with `quotes` is a document (its text inline, or read from `texts/source`, falling back
    /// to `texts/id` as score.py does); a row with `text` and `stance` only is a sentence row.
    /// Quote offsets are checked here, so scoring can rely on them.
    fn into_item(self, path: &Path, line: usize, texts: &Path) -> Result<GoldItem> {
        let bad = |message: String| Error::Json {
            path: path.to_path_buf(),
            line,
            message,
        };
        let Some(quotes) = self.quotes else {
            return match (self.text, self.stance) {
                (Some(text), Some(stance)) => Ok(GoldItem::Sentence(SentenceRow {
                    id: self
                        .id
                        .unwrap_or_else(|| format!("{}:{line}", path.display())),
                    text,
                    stance,
                    proxy: self.proxy.unwrap_or(false),
                    target: self.target.filter(|t| !t.trim().is_empty()),
                })),
                _ => Err(bad(
                    "neither a document (`quotes`) nor a stance sentence (`text` and `stance`)"
                        .into(),
                )),
            };
        };
        let text = match self.text {
            Some(t) => t,
            None => {
                let name =
                    self.source.as_ref().or(self.id.as_ref()).ok_or_else(|| {
                        bad("a document needs `text` or a `source` file name".into())
                    })?;
                // The text's own error names the text file; say which gold record wanted it.
                input::read_text(&Source::File(texts.join(name)), false)
                    .map_err(|e| bad(format!("reading the document text: {e}")))?
            }
        };
        for (k, q) in quotes.iter().enumerate() {
            let Some(under) = text.get(q.start..q.end) else {
                return Err(bad(format!(
                    "quote {k}: {}..{} is not a range of the text on char boundaries ({} bytes)",
                    q.start,
                    q.end,
                    text.len()
                )));
            };
            if q.content.as_deref().is_some_and(|c| c != under) {
                return Err(bad(format!(
                    "quote {k}: `content` differs from the text at {}..{}",
                    q.start, q.end
                )));
            }
        }
        let id = self
            .id
            .or_else(|| {
                self.source.as_ref().map(|s| {
                    let p = Path::new(s);
                    p.file_stem()
                        .map_or(s.clone(), |x| x.to_string_lossy().into_owned())
                })
            })
            .unwrap_or_else(|| format!("{}:{line}", path.display()));
        Ok(GoldItem::Doc(GoldDoc {
            id,
            source: self.source,
            text,
            quotes,
        }))
    }
}

/// A JSON error naming the file and line. serde_json ends its message with "at line L column C";
/// for JSON Lines that line is the record's own, so the file's line is given here instead.
fn json_error(path: &Path, line: usize, e: serde_json::Error) -> Error {
    let msg = e.to_string();
    let msg = msg.rsplit_once(" at line ").map_or(&msg[..], |(m, _)| m);
    Error::Json {
        path: path.to_path_buf(),
        line,
        message: format!("{msg} (column {})", e.column()),
    }
}

/// True for the files a gold directory contributes: `*.gold.json` and `*.jsonl`.
fn is_gold_file(p: &Path) -> bool {
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    name.ends_with(".gold.json") || name.ends_with(".jsonl")
}

/// Expand GOLD arguments: a file stands for itself; a directory contributes its `*.gold.json` and
/// `*.jsonl` files, sorted by name, not recursive. A directory with none yields an error in its
/// place, so a mistyped path cannot pass as an empty (and perfect) evaluation.
pub fn gold_files(paths: &[PathBuf]) -> Vec<Result<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if !p.is_dir() {
            out.push(Ok(p.clone()));
            continue;
        }
        let entries = match std::fs::read_dir(p) {
            Ok(rd) => rd,
            Err(e) => {
                out.push(Err(Error::Io {
                    path: p.clone(),
                    source: e,
                }));
                continue;
            }
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|f| f.is_file() && is_gold_file(f))
            .collect();
        files.sort();
        if files.is_empty() {
            out.push(Err(Error::Invalid(format!(
                "{}: no *.gold.json or *.jsonl files in directory",
                p.display()
            ))));
        }
        out.extend(files.into_iter().map(Ok));
    }
    out
}

/// Read one gold file: a `.jsonl` file holds one record a line (blank lines skipped), any other
/// file exactly one record. Texts named by `source` are read from `texts`, by default the gold
/// file's own directory. The first bad record stops the file; its error names the file and line.
pub fn load_gold_file(path: &Path, texts: Option<&Path>) -> Result<Vec<GoldItem>> {
    let raw = std::fs::read_to_string(path).map_err(|e| Error::Io {
        path: path.to_path_buf(),
        source: e,
    })?;
    let texts = texts
        .map(Path::to_path_buf)
        .unwrap_or_else(|| path.parent().unwrap_or(Path::new("")).to_path_buf());
    if path.extension().is_some_and(|x| x == "jsonl") {
        let mut items = Vec::new();
        for (i, l) in raw.lines().enumerate() {
            if l.trim().is_empty() {
                continue;
            }
            let row: GoldRow = serde_json::from_str(l).map_err(|e| json_error(path, i + 1, e))?;
            items.push(row.into_item(path, i + 1, &texts)?);
        }
        Ok(items)
    } else {
        let row: GoldRow = serde_json::from_str(&raw).map_err(|e| json_error(path, e.line(), e))?;
        Ok(vec![row.into_item(path, 1, &texts)?])
    }
}

// ---------------------------------------------------------------------------------------------
// Matching and speakers
// ---------------------------------------------------------------------------------------------

/// Trimmed from both ends of a span before matching: white space, punctuation and quote marks
/// (score.py's `TRIM`, character for character), so that `“Yes.”` and `Yes` are the same quote.
pub const TRIM: &[char] = &[
    ' ', '\t', '\r', '\n', '.', ',', ';', ':', '!', '?', '"', '\'', '“', '”', '‘', '’', '«', '»',
    '„', '‚', '‹', '›', '—', '–', '-', '…',
];

/// `span` without [`TRIM`] characters at either end; the span itself when nothing would be left.
pub fn trim_span(text: &str, span: Span) -> Span {
    let t = span.trim_matches(text, |c| TRIM.contains(&c));
    if t.is_empty() {
        span
    } else {
        t
    }
}

/// Shared bytes as a fraction of the longer span; 0 when the spans share none.
pub fn overlap(a: Span, b: Span) -> f64 {
    let inter = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    if inter == 0 {
        return 0.0;
    }
    inter as f64 / a.len().max(b.len()) as f64
}

/// The least [`overlap`] at which two spans match.
pub const MIN_OVERLAP: f64 = 0.5;

/// One-to-one matching of gold to predicted spans, as `(gold index, predicted index)` pairs in the
/// order they were taken. Candidates are taken greedily in descending `(overlap, i, j)` order —
/// score.py's `sorted(..., reverse=True)` — skipping those below [`MIN_OVERLAP`] or with a side
/// already taken. Only pairs that overlap at all are generated ([`overlapping_pairs`]), so a long
/// document costs no more than its overlaps.
pub fn match_spans(gold: &[Span], pred: &[Span]) -> Vec<(usize, usize)> {
    let mut cand: Vec<(f64, usize, usize)> = overlapping_pairs(gold, pred)
        .into_iter()
        .map(|(i, j)| (overlap(gold[i], pred[j]), i, j))
        .filter(|c| c.0 >= MIN_OVERLAP)
        .collect();
    cand.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
    let mut gold_taken = vec![false; gold.len()];
    let mut pred_taken = vec![false; pred.len()];
    let mut pairs = Vec::new();
    for (_, i, j) in cand {
        if !gold_taken[i] && !pred_taken[j] {
            gold_taken[i] = true;
            pred_taken[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}

/// Every `(i, j)` whose spans share at least one byte, each once. A sweep over span starts keeps the
/// spans of each side still open; a span starting at `s` overlaps exactly the other side's open
/// spans that end after `s`. Cost: a sort plus the number of pairs found.
fn overlapping_pairs(gold: &[Span], pred: &[Span]) -> Vec<(usize, usize)> {
    // (start, side, index), side 0 = gold, 1 = predicted; empty spans overlap nothing.
    let mut starts: Vec<(usize, usize, usize)> = gold
        .iter()
        .enumerate()
        .map(|(i, s)| (s, 0, i))
        .chain(pred.iter().enumerate().map(|(j, s)| (s, 1, j)))
        .filter(|(s, _, _)| s.end > s.start)
        .map(|(s, side, k)| (s.start, side, k))
        .collect();
    starts.sort_unstable();
    let spans = [gold, pred];
    let mut open: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
    let mut pairs = Vec::new();
    for (at, side, k) in starts {
        let other = 1 - side;
        open[other].retain(|&x| spans[other][x].end > at);
        for &x in &open[other] {
            pairs.push(if side == 0 { (k, x) } else { (x, k) });
        }
        open[side].push(k);
    }
    pairs
}

/// Python's `str.isspace`, which `split()`, `strip()` and `\s` in score.py use: Unicode white space
/// plus the four information separators U+001C..U+001F.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// A name reduced for comparison, as score.py's `norm_name`: NFKC, curly apostrophe made straight,
/// lower case, trimmed, one leading "the", "its", "their", "his" or "her" dropped, a trailing "'s"
/// dropped, runs of white space made one space.
pub fn norm_name(name: &str) -> String {
    let n = name
        .nfkc()
        .collect::<String>()
        .replace('’', "'")
        .to_lowercase();
    let mut n = n.trim_matches(is_py_space);
    for det in ["the", "its", "their", "his", "her"] {
        if let Some(rest) = n.strip_prefix(det) {
            if rest.starts_with(is_py_space) {
                n = rest.trim_start_matches(is_py_space);
                break;
            }
        }
    }
    let n = n.strip_suffix("'s").unwrap_or(n);
    // Collapse, not trim: "x 's" keeps its trailing space, as in score.py.
    let mut out = String::with_capacity(n.len());
    let mut in_space = false;
    for c in n.chars() {
        if is_py_space(c) {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

fn last_word(s: &str) -> &str {
    s.split(is_py_space).rfind(|w| !w.is_empty()).unwrap_or("")
}

/// Is the predicted speaker the gold one? Yes when the predicted mention overlaps the gold
/// `speaker_start..speaker_end` (PolNeAR marks mentions, not canonical names); else when the
/// [`norm_name`]s of the predicted name and the gold speaker or one of its aliases are equal; else
/// when they share their last word and it is longer than two characters ("Zelensky" for
/// "Volodymyr Zelensky", but not "Li" for "Li Hui").
pub fn speaker_ok(pred: &PredQuote, gold: &GoldQuote) -> bool {
    if let (Some(p), Some(gs), Some(ge)) = (pred.speaker_span, gold.speaker_start, gold.speaker_end)
    {
        if ge.min(p.end) > gs.max(p.start) {
            return true;
        }
    }
    same_name(&norm_name(pred.speaker.as_deref().unwrap_or("")), gold)
}

/// [`speaker_ok`]'s comparison of names: the predicted name `p` (already [`norm_name`]d) equals
/// the gold speaker's or an alias's, or shares its last word.
fn same_name(p: &str, gold: &GoldQuote) -> bool {
    if p.is_empty() {
        return false;
    }
    let names: Vec<String> = gold
        .speaker
        .iter()
        .chain(gold.speaker_aliases.iter().flatten())
        .filter(|x| !x.is_empty())
        .map(|x| norm_name(x))
        .collect();
    if names.iter().any(|n| n == p) {
        return true;
    }
    let plast = last_word(p);
    plast.chars().count() > 2 && names.iter().any(|n| !n.is_empty() && last_word(n) == plast)
}

/// Words a gold speaker may be that name no one: the scorer's mention rule credits them, a name
/// cannot be compared with them.
const PRONOUN_SPEAKERS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "who", "whom", "which", "him", "her", "them",
    "us", "me", "that",
];

/// Does the gold record name its speaker (a name, role or group, not a pronoun or nothing)?
pub fn named_speaker(gold: &GoldQuote) -> bool {
    gold.speaker
        .as_deref()
        .map(norm_name)
        .is_some_and(|n| !n.is_empty() && !PRONOUN_SPEAKERS.contains(&n.as_str()))
}

/// [`speaker_ok`] by the name alone, without the mention rule: a predicted "he" that overlaps the
/// gold mention but resolves to the wrong person, or to no one, is wrong here. What a
/// fact-checker reads is the name. A gold speaker that describes its person at length (PolNeAR
/// marks mentions: "Rhys Holden, president of the Harbour Leadership Fund,") is right for
/// a name of two words or more that it contains as whole words, or for one whose last word ends
/// the words before its first comma ("Corran, a top surrogate," for "Michael Corran").
pub fn speaker_name_ok(pred: &PredQuote, gold: &GoldQuote) -> bool {
    let p = norm_name(pred.speaker.as_deref().unwrap_or(""));
    if same_name(&p, gold) {
        return true;
    }
    let g = norm_name(gold.speaker.as_deref().unwrap_or(""));
    // "Corran, a top surrogate,": the words before the description's comma name the person.
    let head = g.split([',', '(']).next().unwrap_or("").trim();
    let plast = last_word(&p);
    (plast.chars().count() > 2 && head != g && last_word(head) == plast)
        || p.contains(' ')
            && g.match_indices(p.as_str()).any(|(k, _)| {
                let before = g[..k].chars().next_back();
                let after = g[k + p.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
}

// ---------------------------------------------------------------------------------------------
// Scoring one document
// ---------------------------------------------------------------------------------------------

/// What the scorer needs of a predicted quote. Kept apart from [`Quote`] so the metric code can be
/// tested on hand-made predictions.
#[derive(Debug, Clone, PartialEq)]
pub struct PredQuote {
    /// The content span.
    pub span: Span,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// Canonical speaker name, when resolved.
    pub speaker: Option<String>,
    /// Where the speaker mention is.
    pub speaker_span: Option<Span>,
    /// Predicted stance.
    pub stance: Option<StanceLabel>,
}

impl From<&Quote> for PredQuote {
    fn from(q: &Quote) -> Self {
        PredQuote {
            span: Span::new(q.start, q.end),
            kind: q.kind,
            speaker: q.speaker.as_ref().and_then(|s| s.name.clone()),
            speaker_span: q.speaker.as_ref().map(|s| Span::new(s.start, s.end)),
            stance: q.stance.as_ref().map(|s| s.label),
        }
    }
}

/// Quote counts, summed over documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Gold quotes.
    pub gold: usize,
    /// Predicted quotes.
    pub pred: usize,
    /// Matched pairs.
    pub tp: usize,
    /// Matched pairs whose speaker is right.
    pub e2e: usize,
    /// Matched pairs whose gold speaker is a name, not a pronoun ([`named_speaker`]).
    pub named: usize,
    /// Of those, pairs whose predicted name is right by the name alone ([`speaker_name_ok`]).
    pub name_ok: usize,
}

impl std::ops::AddAssign for Tally {
    fn add_assign(&mut self, o: Tally) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.tp += o.tp;
        self.e2e += o.e2e;
        self.named += o.named;
        self.name_ok += o.name_ok;
    }
}

/// What went wrong with one quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueKind {
    /// A gold quote no prediction matched.
    Miss,
    /// A predicted quote that matched no gold one.
    FalseQuote,
    /// A matched quote whose speaker is wrong.
    WrongSpeaker,
}

/// One miss, false quote or wrong speaker, for `--verbose`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Issue {
    /// The document's id (filled in by [`evaluate`]).
    pub doc: String,
    /// Which block: `quotes` (the headline kinds) or `indirect`.
    pub block: &'static str,
    /// What went wrong.
    pub kind: IssueKind,
    /// Byte offset of the quote (the gold one, except for a false quote).
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// `start` in chars.
    pub char_start: usize,
    /// `end` in chars.
    pub char_end: usize,
    /// The first characters of the quote, on one line.
    pub excerpt: String,
    /// The gold speaker (not for a false quote).
    pub gold_speaker: Option<String>,
    /// The predicted speaker (not for a miss).
    pub pred_speaker: Option<String>,
}

/// The score of one document for one set of kinds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocScore {
    /// Counts.
    pub tally: Tally,
    /// `(gold, predicted)` stance of every matched quote with a gold stance, in matching order.
    pub stance: Vec<(StanceLabel, Option<StanceLabel>)>,
    /// Misses, false quotes and wrong speakers, in text order.
    pub issues: Vec<Issue>,
}

const EXCERPT_CHARS: usize = 70;

fn excerpt(text: &str, span: Span) -> String {
    span.slice(text)
        .chars()
        .take(EXCERPT_CHARS)
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect()
}

/// Score the quotes of `kinds` in one document.
pub fn score_quotes(
    text: &str,
    gold: &[GoldQuote],
    pred: &[PredQuote],
    kinds: &[QuoteKind],
    block: &'static str,
) -> DocScore {
    let gold: Vec<&GoldQuote> = gold.iter().filter(|q| kinds.contains(&q.kind)).collect();
    let pred: Vec<&PredQuote> = pred.iter().filter(|q| kinds.contains(&q.kind)).collect();
    let gs: Vec<Span> = gold.iter().map(|q| trim_span(text, q.span())).collect();
    let ps: Vec<Span> = pred.iter().map(|q| trim_span(text, q.span)).collect();
    let pairs = match_spans(&gs, &ps);
    let mut out = DocScore {
        tally: Tally {
            gold: gold.len(),
            pred: pred.len(),
            tp: pairs.len(),
            ..Tally::default()
        },
        ..DocScore::default()
    };
    // The char index, built only for a document with an issue to report.
    let pos = std::cell::OnceCell::new();
    let issue = |kind, span: Span, g: Option<&GoldQuote>, p: Option<&PredQuote>| {
        let (char_start, char_end) = pos
            .get_or_init(|| Positions::new(text))
            .cursor(text)
            .char_range(span);
        Issue {
            doc: String::new(),
            block,
            kind,
            start: span.start,
            end: span.end,
            char_start,
            char_end,
            excerpt: excerpt(text, span),
            gold_speaker: g.and_then(|g| g.speaker.clone()),
            pred_speaker: p.and_then(|p| p.speaker.clone()),
        }
    };
    let mut gold_matched = vec![false; gold.len()];
    let mut pred_matched = vec![false; pred.len()];
    for &(i, j) in &pairs {
        gold_matched[i] = true;
        pred_matched[j] = true;
        let (g, p) = (gold[i], pred[j]);
        if named_speaker(g) {
            out.tally.named += 1;
            out.tally.name_ok += usize::from(speaker_name_ok(p, g));
        }
        if speaker_ok(p, g) {
            out.tally.e2e += 1;
        } else {
            out.issues
                .push(issue(IssueKind::WrongSpeaker, g.span(), Some(g), Some(p)));
        }
        if let Some(gst) = g.stance {
            out.stance.push((gst, p.stance));
        }
    }
    for (g, _) in gold.iter().zip(&gold_matched).filter(|(_, m)| !**m) {
        out.issues
            .push(issue(IssueKind::Miss, g.span(), Some(g), None));
    }
    for (p, _) in pred.iter().zip(&pred_matched).filter(|(_, m)| !**m) {
        out.issues
            .push(issue(IssueKind::FalseQuote, p.span, None, Some(p)));
    }
    out.issues.sort_by_key(|x| (x.start, x.end));
    out
}

// ---------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Counts and rates of one block of quote kinds. Rates with an empty denominator are 0, as in
/// score.py.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct QuoteScores {
    /// Gold quotes.
    pub gold: usize,
    /// Predicted quotes.
    pub pred: usize,
    /// Matched pairs.
    pub tp: usize,
    /// Matched pairs whose speaker is right.
    pub e2e: usize,
    /// tp / pred.
    pub precision: f64,
    /// tp / gold.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
    /// e2e / tp: how often a matched quote has the right speaker.
    pub speaker_acc: f64,
    /// Matched quotes whose gold speaker is a name (not a pronoun).
    pub named: usize,
    /// Of those, the share whose predicted name is right by the name alone: the mention rule of
    /// `speaker_acc` credits an overlapping "he" whatever name it resolves to.
    pub speaker_name_acc: f64,
    /// F1 counting only matched quotes with the right speaker as right.
    pub e2e_f1: f64,
}

impl From<Tally> for QuoteScores {
    fn from(t: Tally) -> Self {
        let precision = ratio(t.tp, t.pred);
        let recall = ratio(t.tp, t.gold);
        QuoteScores {
            gold: t.gold,
            pred: t.pred,
            tp: t.tp,
            e2e: t.e2e,
            precision,
            recall,
            f1: f1(precision, recall),
            speaker_acc: ratio(t.e2e, t.tp),
            named: t.named,
            speaker_name_acc: ratio(t.name_ok, t.named),
            e2e_f1: f1(ratio(t.e2e, t.pred), ratio(t.e2e, t.gold)),
        }
    }
}

/// The stance labels, in the order of every confusion matrix and of the macro average.
pub const LABELS: [StanceLabel; 3] = [
    StanceLabel::Neutral,
    StanceLabel::Conciliatory,
    StanceLabel::Critical,
];

/// Counts of (gold, predicted) stance: `counts[g][p]` over [`LABELS`]. A pair with no predicted
/// stance is not in the matrix (it still counts as wrong in accuracy and macro-F1); `evaluate`
/// always computes stance, so it has none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Confusion {
    /// Row and column labels.
    pub labels: [StanceLabel; 3],
    /// Rows: gold label; columns: predicted label.
    pub counts: [[usize; 3]; 3],
}

/// Accuracy, macro-F1 and confusion of a set of stance pairs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StanceScores {
    /// Pairs scored.
    pub n: usize,
    /// Share of pairs whose labels agree.
    pub accuracy: f64,
    /// Mean F1 over the labels present in gold (a label no gold pair has does not count).
    pub macro_f1: f64,
    /// The confusion matrix.
    pub confusion: Confusion,
}

impl StanceScores {
    /// Score `(gold, predicted)` pairs.
    pub fn from_pairs(pairs: &[(StanceLabel, Option<StanceLabel>)]) -> Self {
        let index = |l: StanceLabel| LABELS.iter().position(|&x| x == l).unwrap_or(0);
        let mut counts = [[0; 3]; 3];
        for &(g, p) in pairs {
            if let Some(p) = p {
                counts[index(g)][index(p)] += 1;
            }
        }
        let right = pairs.iter().filter(|(g, p)| Some(*g) == *p).count();
        let mut f1s = Vec::new();
        for l in LABELS {
            let t = pairs
                .iter()
                .filter(|&&(g, p)| g == l && p == Some(l))
                .count();
            let predicted = pairs.iter().filter(|(_, p)| *p == Some(l)).count();
            let gold = pairs.iter().filter(|(g, _)| *g == l).count();
            if gold > 0 {
                f1s.push(f1(ratio(t, predicted), ratio(t, gold)));
            }
        }
        StanceScores {
            n: pairs.len(),
            accuracy: ratio(right, pairs.len()),
            macro_f1: if f1s.is_empty() {
                0.0
            } else {
                f1s.iter().sum::<f64>() / f1s.len() as f64
            },
            confusion: Confusion {
                labels: LABELS,
                counts,
            },
        }
    }
}

/// Stance scores of one classifier on sentence rows: all of them, and the proxy and non-proxy rows
/// apart (`null` when there are none).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SentenceScores {
    /// Every row.
    pub all: StanceScores,
    /// Rows with `proxy: true`.
    pub proxy: Option<StanceScores>,
    /// Rows with `proxy: false` (or no `proxy`).
    pub non_proxy: Option<StanceScores>,
}

/// Score `classify` on sentence rows.
pub fn score_sentences(
    rows: &[&SentenceRow],
    classify: impl Fn(&SentenceRow) -> StanceLabel + Sync,
) -> SentenceScores {
    let predicted: Vec<StanceLabel> = rows.par_iter().map(|r| classify(r)).collect();
    let pairs = |proxy: Option<bool>| -> Vec<(StanceLabel, Option<StanceLabel>)> {
        rows.iter()
            .zip(&predicted)
            .filter(|(r, _)| proxy.is_none_or(|x| r.proxy == x))
            .map(|(r, &p)| (r.stance, Some(p)))
            .collect()
    };
    let part = |proxy| {
        let p = pairs(Some(proxy));
        (!p.is_empty()).then(|| StanceScores::from_pairs(&p))
    };
    SentenceScores {
        all: StanceScores::from_pairs(&pairs(None)),
        proxy: part(true),
        non_proxy: part(false),
    }
}

/// Stance sentence rows scored with quotecheck's classifier and with the baseline beside it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SentenceBlock {
    /// `stance::classify_toward` the row's target, or `stance::classify_sentence` for a row
    /// with none.
    pub quotecheck: SentenceScores,
    /// `stance::baseline`, the VADER-style reference point.
    pub baseline: SentenceScores,
}

/// Every figure by name, with its value when it was measured, in report order. This is the one
/// list of figure names: `--require` and `--baseline` know exactly these. Counts are not figures: a
/// change in how many quotes are predicted is neither better nor worse by itself.
fn figure_table(
    quotes: Option<QuoteScores>,
    indirect: Option<QuoteScores>,
    stance: Option<StanceScores>,
    sentences: Option<SentenceScores>,
) -> [(&'static str, Option<f64>); 20] {
    let (q, i, st, se) = (quotes, indirect, stance, sentences);
    let proxy = se.and_then(|s| s.proxy);
    let non_proxy = se.and_then(|s| s.non_proxy);
    [
        ("quote_precision", q.map(|x| x.precision)),
        ("quote_recall", q.map(|x| x.recall)),
        ("quote_f1", q.map(|x| x.f1)),
        ("speaker_acc", q.map(|x| x.speaker_acc)),
        ("speaker_name_acc", q.map(|x| x.speaker_name_acc)),
        ("e2e_f1", q.map(|x| x.e2e_f1)),
        ("indirect_precision", i.map(|x| x.precision)),
        ("indirect_recall", i.map(|x| x.recall)),
        ("indirect_f1", i.map(|x| x.f1)),
        ("indirect_speaker_acc", i.map(|x| x.speaker_acc)),
        ("indirect_speaker_name_acc", i.map(|x| x.speaker_name_acc)),
        ("indirect_e2e_f1", i.map(|x| x.e2e_f1)),
        ("stance_acc", st.map(|x| x.accuracy)),
        ("stance_macro_f1", st.map(|x| x.macro_f1)),
        ("sentence_acc", se.map(|x| x.all.accuracy)),
        ("sentence_macro_f1", se.map(|x| x.all.macro_f1)),
        ("sentence_proxy_acc", proxy.map(|x| x.accuracy)),
        ("sentence_proxy_macro_f1", proxy.map(|x| x.macro_f1)),
        ("sentence_non_proxy_acc", non_proxy.map(|x| x.accuracy)),
        ("sentence_non_proxy_macro_f1", non_proxy.map(|x| x.macro_f1)),
    ]
}

/// The names of every figure, in report order.
pub fn figure_names() -> impl Iterator<Item = &'static str> {
    figure_table(None, None, None, None)
        .into_iter()
        .map(|(n, _)| n)
}

/// The headline figures that were measured, by name (some of [`figure_names`], in its order).
/// Serialised as one JSON object, so a saved report can be read back as `name -> value`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures(pub Vec<(&'static str, f64)>);

impl Figures {
    /// The value of a figure, if it was measured.
    pub fn get(&self, name: &str) -> Option<f64> {
        self.0.iter().find(|(n, _)| *n == name).map(|&(_, v)| v)
    }
}

impl Serialize for Figures {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

// ---------------------------------------------------------------------------------------------
// The whole evaluation
// ---------------------------------------------------------------------------------------------

/// What to evaluate.
#[derive(Debug, Clone, PartialEq)]
pub struct EvalOptions {
    /// Kinds of the headline block (score.py's `--kinds`); by default direct and partial.
    pub kinds: Vec<QuoteKind>,
    /// Keep every miss, false quote and wrong speaker in the report.
    pub details: bool,
}

impl Default for EvalOptions {
    fn default() -> Self {
        EvalOptions {
            kinds: vec![QuoteKind::Direct, QuoteKind::Partial],
            details: false,
        }
    }
}

/// Everything `quotecheck eval` reports. Field order is output order; blocks that had nothing to
/// score are `null`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Kinds of the headline block.
    pub kinds: Vec<QuoteKind>,
    /// Gold documents scored.
    pub documents: usize,
    /// Stance sentence rows scored.
    pub sentence_rows: usize,
    /// The headline figures by name, for `--require` and `--baseline`.
    pub figures: Figures,
    /// The headline kinds (direct and partial by default).
    pub quotes: Option<QuoteScores>,
    /// Indirect speech, scored apart.
    pub indirect: Option<QuoteScores>,
    /// Stance of matched headline quotes that carry a gold stance (`null` when none do).
    pub stance: Option<StanceScores>,
    /// Stance sentence rows.
    pub sentences: Option<SentenceBlock>,
    /// With `details`: misses, false quotes and wrong speakers, by document then text order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub issues: Vec<Issue>,
}

/// Run the pipeline (stance on) on every gold document, score it, and score the stance sentence
/// rows with both classifiers. Documents are analysed in parallel; the report does not depend on
/// the order they finish in.
pub fn evaluate(items: &[GoldItem], opts: &EvalOptions) -> Report {
    let (mut docs, mut rows): (Vec<&GoldDoc>, Vec<&SentenceRow>) = (Vec::new(), Vec::new());
    for item in items {
        match item {
            GoldItem::Doc(d) => docs.push(d),
            GoldItem::Sentence(r) => rows.push(r),
        }
    }
    let scored: Vec<(DocScore, DocScore)> = docs
        .par_iter()
        .map(|d| {
            let doc = analyze_with(
                &d.id,
                d.source.clone(),
                &d.text,
                Options {
                    stance: true,
                    ..Options::default()
                },
            );
            let pred: Vec<PredQuote> = doc.quotes.iter().map(PredQuote::from).collect();
            let head = score_quotes(&d.text, &d.quotes, &pred, &opts.kinds, "quotes");
            let indirect = score_quotes(
                &d.text,
                &d.quotes,
                &pred,
                &[QuoteKind::Indirect],
                "indirect",
            );
            (head, indirect)
        })
        .collect();

    let (mut head, mut indirect) = (Tally::default(), Tally::default());
    let mut stance_pairs = Vec::new();
    let mut issues = Vec::new();
    for (d, (h, i)) in docs.iter().zip(scored) {
        head += h.tally;
        indirect += i.tally;
        stance_pairs.extend(h.stance);
        if opts.details {
            let mut doc_issues: Vec<Issue> = h.issues.into_iter().chain(i.issues).collect();
            doc_issues.sort_by_key(|x| (x.start, x.end));
            issues.extend(doc_issues.into_iter().map(|x| Issue {
                doc: d.id.clone(),
                ..x
            }));
        }
    }
    let have_docs = !docs.is_empty();
    let quotes = have_docs.then(|| QuoteScores::from(head));
    let indirect = have_docs.then(|| QuoteScores::from(indirect));
    let stance = (!stance_pairs.is_empty()).then(|| StanceScores::from_pairs(&stance_pairs));
    let sentences = (!rows.is_empty()).then(|| SentenceBlock {
        // Toward the row's target when it names one; the baseline reads the sentence alone, as
        // VADER does.
        quotecheck: score_sentences(&rows, |r| match &r.target {
            Some(t) => stance::classify_toward(&r.text, t).label,
            None => stance::classify_sentence(&r.text).label,
        }),
        baseline: score_sentences(&rows, |r| stance::baseline(&r.text)),
    });
    let figures = figure_table(quotes, indirect, stance, sentences.map(|s| s.quotecheck))
        .into_iter()
        .filter_map(|(name, v)| v.map(|v| (name, v)))
        .collect();
    Report {
        kinds: opts.kinds.clone(),
        documents: docs.len(),
        sentence_rows: rows.len(),
        figures: Figures(figures),
        quotes,
        indirect,
        stance,
        sentences,
        issues,
    }
}

// ---------------------------------------------------------------------------------------------
// Thresholds
// ---------------------------------------------------------------------------------------------

/// A `--require name=value` bound.
#[derive(Debug, Clone, PartialEq)]
pub struct Requirement {
    /// One of [`figure_names`].
    pub figure: &'static str,
    /// The least acceptable value.
    pub min: f64,
}

impl std::str::FromStr for Requirement {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Self, String> {
        let (name, value) = s
            .split_once('=')
            .ok_or_else(|| format!("`{s}`: expected NAME=VALUE, e.g. quote_f1=0.97"))?;
        let figure = figure_names().find(|n| *n == name.trim()).ok_or_else(|| {
            let names: Vec<&str> = figure_names().collect();
            format!("`{name}`: no such figure; one of {}", names.join(", "))
        })?;
        let min = value
            .trim()
            .parse::<f64>()
            .map_err(|e| format!("`{value}`: {e}"))?;
        Ok(Requirement { figure, min })
    }
}

/// Why a report does not pass.
#[derive(Debug, Clone, PartialEq)]
pub enum Shortfall {
    /// A figure below its `--require` bound.
    Below {
        /// The figure.
        figure: &'static str,
        /// Its value.
        value: f64,
        /// The bound.
        min: f64,
    },
    /// A required figure that this evaluation did not measure (no gold for it).
    NotMeasured {
        /// The figure.
        figure: &'static str,
    },
    /// A figure that fell by more than `--max-drop` from the `--baseline` report.
    Dropped {
        /// The figure.
        figure: &'static str,
        /// Its value now.
        value: f64,
        /// Its value in the baseline report.
        before: f64,
        /// The allowed drop.
        max_drop: f64,
    },
}

impl fmt::Display for Shortfall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shortfall::Below { figure, value, min } => {
                write!(f, "{figure} is {value:.4}, below the required {min:.4}")
            }
            Shortfall::NotMeasured { figure } => {
                write!(
                    f,
                    "{figure} is required but was not measured (no gold for it)"
                )
            }
            Shortfall::Dropped {
                figure,
                value,
                before,
                max_drop,
            } => write!(
                f,
                "{figure} dropped from {before:.4} to {value:.4}, by more than {max_drop:.4}"
            ),
        }
    }
}

/// Every `--require` bound the figures miss.
pub fn check_required(figures: &Figures, required: &[Requirement]) -> Vec<Shortfall> {
    required
        .iter()
        .filter_map(|r| match figures.get(r.figure) {
            None => Some(Shortfall::NotMeasured { figure: r.figure }),
            Some(v) if v < r.min => Some(Shortfall::Below {
                figure: r.figure,
                value: v,
                min: r.min,
            }),
            Some(_) => None,
        })
        .collect()
}

/// Slack for float rounding, so that a drop of exactly `max_drop` (0.97 → 0.96 with 0.01) passes.
const DROP_EPSILON: f64 = 1e-9;

/// Every figure present both now and in `before` (a saved `--format json` report's `figures`) that
/// fell by more than `max_drop`.
pub fn check_baseline(
    figures: &Figures,
    before: &BTreeMap<String, f64>,
    max_drop: f64,
) -> Vec<Shortfall> {
    figures
        .0
        .iter()
        .filter_map(|&(figure, value)| {
            let &b = before.get(figure)?;
            (b - value > max_drop + DROP_EPSILON).then_some(Shortfall::Dropped {
                figure,
                value,
                before: b,
                max_drop,
            })
        })
        .collect()
}

/// Read the `figures` of a report saved with `--format json`.
pub fn load_baseline(path: &Path) -> Result<BTreeMap<String, f64>> {
    #[derive(Deserialize)]
    struct Saved {
        figures: BTreeMap<String, f64>,
    }
    let raw = std::fs::read_to_string(path).map_err(|e| Error::Io {
        path: path.to_path_buf(),
        source: e,
    })?;
    let saved: Saved = serde_json::from_str(&raw).map_err(|e| json_error(path, e.line(), e))?;
    Ok(saved.figures)
}
