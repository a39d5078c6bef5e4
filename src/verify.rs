//! Claim verification: "X said ‘Q’ — is that true of this article?"
//!
//! Stage: text + its [`Document`] + claims -> one [`Outcome`] per claim. Nothing here prints; the
//! `verify` subcommand renders outcomes.
//!
//! An article is normalised and indexed once ([`Index::new`]). Every word becomes an id (lowercase,
//! straight apostrophes, number words as digits; punctuation, quote marks and white space dropped),
//! and two word streams get sorted postings of single words and word pairs:
//!
//! - the *quote stream*: the words of direct and partial quotes, where the segments of a quote that
//!   runs over several paragraphs, and consecutive segments of one speaker (a quote split by "she
//!   said"), are joined into one *run*, so a claim may span the join;
//! - the *text stream*: every word of the article, for reported speech and the reporter's own words.
//!
//! A claim looks up its rarest word pair, so what a claim costs depends on how often its words occur,
//! not on the length of the article. A close-but-different quote is found by letting the claim's word
//! pairs vote for a place in a run and aligning the claim there: a word-level edit distance over a
//! window a few times the claim's length, free to skip article words where the claim has an ellipsis.
//! A contraction against its spelt-out words ("we’re" / "we are") is one step of the alignment, so
//! the change shows where it stands; an edge of the alignment that reaches into another quote of the
//! run by a stray word is cut off (its claim words are added words).
//!
//! Verdicts, strongest first: `verified`, `misattributed` (exact words, someone else's), `paraphrased`
//! (exact words in the speaker's reported speech), `altered` (a close quote of the speaker),
//! `misattributed` (exact words of the reporter or of someone's reported speech; a close quote of
//! someone else), `paraphrased` (reported speech of the speaker sharing most content words),
//! `not_found`. A `misattributed` match whose words have no speaker quotecheck can name (the
//! reporter's own, a quote or report of no one, an unresolved "she") is `unattributed` instead.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::document::{Document, NestedQuote, QuoteKind, SpeakerRef};
use crate::error::{Error, Result};
use crate::lexicon::{entries, Lexicon};
use crate::span::{Positions, Span};
use crate::stance::StanceLabel;

// ---------------------------------------------------------------------------------------------
// Claims in, outcomes out: the data model.
// ---------------------------------------------------------------------------------------------

/// One claim: someone said these words.
///
/// In a claims file, one JSON object a line: `{"speaker": "...", "quote": "...", "stance"?: "...",
/// "doc"?: "..."}`. Other fields (`expect`, `note`, ...) are allowed and ignored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// Who is said to have said it, as the claim names them ("Zelensky", "the Ukrainian president").
    pub speaker: String,
    /// The words claimed. Quote marks are ignored; "..." or "…" stands for omitted words.
    pub quote: String,
    /// The stance the claim gives the quote, when it gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stance: Option<StanceLabel>,
    /// The article the claim is about (file name or stem); unset means every article given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
}

/// What the article says about a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The words are quoted in the article and attributed to the claimed speaker.
    Verified,
    /// A close but not identical quote of the claimed speaker: see the diff and the flags.
    Altered,
    /// Not quoted, but the claimed speaker's reported (indirect) speech says it.
    Paraphrased,
    /// The words are in the article, but given to someone else.
    Misattributed,
    /// The words are in the article, but quotecheck finds no speaker for them there: the
    /// reporter's own words, a quote or reported speech it attributes to no one, or a mention
    /// ("she") it could not tie to one person. Weak evidence is not called a misattribution.
    Unattributed,
    /// Nothing in the article matches.
    NotFound,
}

impl Verdict {
    /// The verdict as written in JSON and in the human output.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Verified => "verified",
            Verdict::Altered => "altered",
            Verdict::Paraphrased => "paraphrased",
            Verdict::Misattributed => "misattributed",
            Verdict::Unattributed => "unattributed",
            Verdict::NotFound => "not_found",
        }
    }
}

/// The result of checking one claim against one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The verdict.
    pub verdict: Verdict,
    /// The article's id (file stem), or null when the claim was checked against several articles
    /// and none matched.
    pub doc: Option<String>,
    /// One sentence saying why, in words a fact-checker can check against the text.
    pub note: String,
    /// Where the article has the words, and whose they are there; null for `not_found`.
    pub evidence: Option<Evidence>,
    /// Word-level diff of the article's words against the claim's, in article order; empty when no
    /// place was aligned (paraphrase, not found).
    pub diff: Vec<Edit>,
    /// Changes in the diff that can flip meaning.
    pub flags: Vec<Flag>,
    /// Whether the article's stance for the quote agrees with the claimed stance (claims with a
    /// stance only).
    pub stance: Option<StanceCheck>,
}

/// The article's words for a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Byte offset of the first matched word.
    pub start: usize,
    /// One past the last byte of the last matched word.
    pub end: usize,
    /// `start` in chars.
    pub char_start: usize,
    /// `end` in chars.
    pub char_end: usize,
    /// The article's words: the parts joined by the text between them, or by " … " where words
    /// lie between them (a quote split by "she said").
    pub text: String,
    /// One contiguous piece of text per quote segment the match covers (several for a split or
    /// multi-paragraph quote).
    pub parts: Vec<Part>,
    /// Index (in the document's `quotes`) of the quote the words are in, when they are in one.
    pub quote: Option<usize>,
    /// How that quote is reported.
    pub kind: Option<QuoteKind>,
    /// Who the article gives the words to; null when it gives them to no one.
    pub speaker: Option<SpeakerRef>,
    /// The reporting cue of that quote.
    pub cue: Option<String>,
    /// The source the article says relays the quote ("according to the Post"), when it names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
}

/// A contiguous run of the article's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    /// Byte offset.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `start` in chars.
    pub char_start: usize,
    /// `end` in chars.
    pub char_end: usize,
    /// `text[start..end]`.
    pub text: String,
}

/// One step of the word diff, article against claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Edit {
    /// Words the claim has as the article does (the article's spelling).
    Same {
        /// The article's words.
        text: String,
    },
    /// Article words the claim leaves out without an ellipsis.
    Deleted {
        /// The article's words.
        article: String,
    },
    /// Claim words the article does not have.
    Inserted {
        /// The claim's words.
        claim: String,
    },
    /// Article words the claim replaces with others.
    Changed {
        /// The article's words.
        article: String,
        /// The claim's words.
        claim: String,
    },
    /// Article words the claim's ellipsis stands for.
    Omitted {
        /// The article's words.
        article: String,
    },
}

/// A change that can flip meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagKind {
    /// A negation dropped or added ("will not" -> "will").
    Negation,
    /// A number changed, dropped or added ("5" -> "50").
    Number,
    /// A name changed, dropped or added ("Xi" -> "Putin").
    Name,
    /// A hedge or a certainty word changed ("may" -> "will").
    Hedge,
}

/// A meaning-flip flag with the words that raised it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flag {
    /// What kind of change.
    pub kind: FlagKind,
    /// The article's side of the change (empty when the claim adds words).
    pub article: String,
    /// The claim's side (empty when the claim drops words).
    pub claim: String,
    /// The change in words, e.g. `negation dropped: the article says “not”`.
    pub message: String,
}

/// The claimed stance against the article's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StanceCheck {
    /// The stance the claim gives.
    pub claimed: StanceLabel,
    /// The article's stance for the quote found, null when there is no quote or no stance.
    pub article: Option<StanceLabel>,
    /// Whether they agree; null when the article has no stance to compare.
    pub agrees: Option<bool>,
}

/// One record of `verify --format json|jsonl`: a claim with its outcome.
///
/// JSON Lines output is one `Checked` per line, in claims-file order, each line complete.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Checked {
    /// 1-based line of the claim in its claims file (1 for `--speaker/--quote`).
    pub line: usize,
    /// The claim as read.
    pub claim: Claim,
    /// The outcome.
    #[serde(flatten)]
    pub outcome: Outcome,
}

/// Read a claims file: one JSON object per line, blank lines skipped. Returns each claim with its
/// 1-based line number. `path` is only used in error messages.
pub fn parse_claims(input: &str, path: &Path) -> Result<Vec<(usize, Claim)>> {
    let mut out = Vec::new();
    for (i, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let err = |message: String| Error::Json {
            path: path.to_path_buf(),
            line: i + 1,
            message,
        };
        let claim: Claim = serde_json::from_str(line).map_err(|e| err(e.to_string()))?;
        if claim.speaker.trim().is_empty() {
            return Err(err("\"speaker\" is empty".into()));
        }
        if claim.quote.trim().is_empty() {
            return Err(err("\"quote\" is empty".into()));
        }
        out.push((i + 1, claim));
    }
    Ok(out)
}

/// True when a claim's `doc` names this document: its id (file stem) or its file name.
pub fn targets(claim: &Claim, doc_id: &str, source: Option<&str>) -> bool {
    match &claim.doc {
        None => true,
        Some(d) => {
            d == doc_id
                || source.is_some_and(|s| {
                    Path::new(s)
                        .file_name()
                        .is_some_and(|f| f.to_string_lossy() == *d)
                        || s == d
                })
        }
    }
}

/// Rank for choosing one outcome among several articles: the strongest match to the claimed
/// speaker first.
pub fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::Verified => 0,
        Verdict::Altered => 1,
        Verdict::Paraphrased => 2,
        Verdict::Misattributed => 3,
        Verdict::Unattributed => 4,
        Verdict::NotFound => 5,
    }
}

// ---------------------------------------------------------------------------------------------
// Words: lexing and normalisation, shared by articles and claims.
// ---------------------------------------------------------------------------------------------

/// Word lists of this stage (data files under `src/lexicon/`).
struct Words {
    negations: HashSet<String>,
    hedges: HashSet<String>,
    numbers: HashMap<String, String>,
    stop: HashSet<String>,
    /// Titles and roles as word lists, longest first.
    titles: Vec<Vec<String>>,
    /// One-word titles and roles.
    title_words: HashSet<String>,
    demonyms: HashSet<String>,
    pronouns: HashSet<String>,
    /// Whole contracted words: the word, then its two words (the second with alternatives).
    contracted: HashMap<String, (String, Vec<String>)>,
    /// Contracted endings ("'re"): the ending, then the second word's alternatives.
    endings: Vec<(String, Vec<String>)>,
}

/// `contractions.txt` as (form, first word, second word's alternatives).
fn contraction_lines() -> impl Iterator<Item = (&'static str, &'static str, Vec<String>)> {
    entries(include_str!("lexicon/contractions.txt")).filter_map(|l| {
        let mut it = l.split_whitespace();
        let (form, first, second) = (it.next()?, it.next()?, it.next()?);
        Some((form, first, second.split('|').map(str::to_string).collect()))
    })
}

impl Words {
    fn get() -> &'static Words {
        static W: OnceLock<Words> = OnceLock::new();
        W.get_or_init(|| {
            let lex = Lexicon::get();
            let norm_all = |s: &str| -> Vec<String> { word_list(s) };
            let mut titles: Vec<Vec<String>> = lex.titles.keys().map(|t| norm_all(t)).collect();
            titles.extend(lex.roles.keys().map(|t| norm_all(t)));
            titles.retain(|t| !t.is_empty());
            // Longest first, so "prime minister" is stripped before "prime".
            titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
            let title_words = titles
                .iter()
                .filter(|t| t.len() == 1)
                .map(|t| t[0].clone())
                .collect();
            Words {
                title_words,
                negations: entries(include_str!("lexicon/negations.txt"))
                    .map(str::to_string)
                    .collect(),
                hedges: entries(include_str!("lexicon/hedges.txt"))
                    .map(str::to_string)
                    .collect(),
                numbers: crate::lexicon::number_word_lines()
                    .map(|(w, d)| (w.to_string(), d.to_string()))
                    .collect(),
                stop: entries(include_str!("lexicon/stopwords.txt"))
                    .map(str::to_string)
                    .collect(),
                titles,
                demonyms: lex.demonyms.iter().map(|d| d.to_lowercase()).collect(),
                pronouns: lex.pronouns.keys().cloned().collect(),
                contracted: contraction_lines()
                    .filter(|(w, ..)| !w.starts_with('-'))
                    .map(|(w, first, second)| (w.to_string(), (first.to_string(), second)))
                    .collect(),
                endings: contraction_lines()
                    .filter_map(|(w, _, second)| Some((w.strip_prefix('-')?.to_string(), second)))
                    .collect(),
            }
        })
    }

    /// Can this word (lowercase) be part of a person's or body's name in a claim's speaker? Not a
    /// title, a number ("One of the authors"), a pronoun ("We’ve"), a quantifier ("Many
    /// reporters", "Some of his aides") or another function word ("The").
    fn can_name(&self, lower: &str) -> bool {
        let stem = lower.split(['’', '\'']).next().unwrap_or("");
        let quantifier = matches!(
            stem,
            "many"
                | "some"
                | "several"
                | "most"
                | "few"
                | "both"
                | "each"
                | "every"
                | "other"
                | "another"
        );
        !quantifier
            && !self.title_words.contains(lower)
            && !self.stop.contains(stem)
            && !self.numbers.contains_key(stem)
            && !self.pronouns.contains(stem)
    }

    /// The two words a contracted word stands for: the first, and the second's alternatives.
    fn spelt_out<'w>(&'w self, w: &'w str) -> Option<(&'w str, &'w [String])> {
        if let Some((first, second)) = self.contracted.get(w) {
            return Some((first, second));
        }
        self.endings.iter().find_map(|(end, second)| {
            let first = w.strip_suffix(end.as_str())?;
            (!first.is_empty()).then_some((first, second.as_slice()))
        })
    }

    fn is_negation(&self, w: &str) -> bool {
        w.ends_with("n't") || self.negations.contains(w)
    }

    fn is_hedge(&self, w: &str) -> bool {
        self.hedges.contains(w)
    }

    fn is_number(&self, w: &str) -> bool {
        w.chars().any(|c| c.is_ascii_digit())
    }

    fn is_stop(&self, w: &str) -> bool {
        self.stop.contains(w)
    }
}

/// A word (or an ellipsis) in a string, by byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Lexeme {
    start: usize,
    end: usize,
    ellipsis: bool,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Split `s` into words and ellipses. A word is a run of letters and digits, with apostrophes
/// between letters ("don’t", "Ukraine’s") and `,` or `.` between digits ("2,000", "3.5") kept
/// inside it. Hyphens, quote marks and other punctuation separate words and are dropped. An ellipsis
/// is "…" or three or more dots (spaced or not).
fn lex(s: &str, mut f: impl FnMut(Lexeme)) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or(' ');
        if c.is_alphanumeric() {
            let start = i;
            let mut end = i + c.len_utf8();
            let mut prev = c;
            while end < s.len() {
                let d = s[end..].chars().next().unwrap_or(' ');
                if d.is_alphanumeric() {
                    end += d.len_utf8();
                    prev = d;
                    continue;
                }
                let after = s[end + d.len_utf8()..].chars().next();
                let joins = match after {
                    Some(n) if is_apostrophe(d) => prev.is_alphanumeric() && n.is_alphabetic(),
                    Some(n) if d == ',' || d == '.' => prev.is_ascii_digit() && n.is_ascii_digit(),
                    _ => false,
                };
                if !joins {
                    break;
                }
                end += d.len_utf8();
            }
            f(Lexeme {
                start,
                end,
                ellipsis: false,
            });
            i = end;
        } else if c == '…' {
            f(Lexeme {
                start: i,
                end: i + c.len_utf8(),
                ellipsis: true,
            });
            i += c.len_utf8();
        } else if c == '.' {
            let mut j = i;
            let mut dots = 0;
            let mut last = i;
            while j < s.len() && (b[j] == b'.' || b[j] == b' ') {
                if b[j] == b'.' {
                    dots += 1;
                    last = j + 1;
                }
                j += 1;
            }
            if dots >= 3 {
                f(Lexeme {
                    start: i,
                    end: last,
                    ellipsis: true,
                });
                i = last;
            } else {
                i += 1;
            }
        } else {
            i += c.len_utf8();
        }
    }
}

/// The normal form of one word: lowercase, straight apostrophes, no thousands separators, number
/// words as digits.
fn normalize(raw: &str, out: &mut String, words: &Words) {
    out.clear();
    for c in raw.chars() {
        if is_apostrophe(c) {
            out.push('\'');
        } else if c != ',' {
            out.extend(c.to_lowercase());
        }
    }
    if let Some(d) = words.numbers.get(out.as_str()) {
        out.clear();
        out.push_str(d);
    }
}

/// The normalised words of a short string (names, titles), with possessives and "the" dropped.
fn word_list(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    lex(s, |l| {
        if l.ellipsis {
            return;
        }
        let mut w: String = s[l.start..l.end]
            .chars()
            .map(|c| if is_apostrophe(c) { '\'' } else { c })
            .flat_map(char::to_lowercase)
            .filter(|&c| c != ',')
            .collect();
        if let Some(stem) = w.strip_suffix("'s") {
            w = stem.to_string();
        }
        if w != "the" {
            out.push(w);
        }
    });
    out
}

/// Does the word at `start` open a sentence (so its capital letter says nothing about names)?
fn sentence_initial(s: &str, start: usize) -> bool {
    let before = s[..start].trim_end_matches([' ', '\t']);
    let mut rev = before.chars().rev();
    match rev.next() {
        None | Some('\n' | '\r' | '.' | '!' | '?' | '…' | '“' | '‘' | '(' | '[' | ':') => {
            true
        }
        // A straight mark opens when nothing but space or a line start precedes it.
        Some('"' | '\'') => rev.next().is_none_or(char::is_whitespace),
        Some(_) => false,
    }
}

fn capitalised(raw: &str) -> bool {
    raw.chars().next().is_some_and(char::is_uppercase)
        && !matches!(
            raw,
            "I" | "I'm" | "I’m" | "I've" | "I’ve" | "I'd" | "I’d" | "I'll" | "I’ll"
        )
}

/// A crude English stem for the paraphrase test ("travelling" and "travelled" meet at "travell").
fn stem(w: &str) -> &str {
    let w = w.strip_suffix("'s").unwrap_or(w);
    for (suf, min) in [("ing", 4), ("ed", 4), ("es", 4), ("ly", 4), ("s", 3)] {
        if let Some(s) = w.strip_suffix(suf) {
            if s.len() >= min && !(suf == "s" && s.ends_with('s')) {
                return s;
            }
        }
    }
    w
}

// ---------------------------------------------------------------------------------------------
// Postings: sorted (key, position) pairs.
// ---------------------------------------------------------------------------------------------

/// A word id that appears nowhere in the article (claim words the article lacks).
const UNKNOWN: u32 = u32::MAX - 1;
/// Separates runs in the quote stream; never equal to a claim word.
const SEP: u32 = u32::MAX;
/// Marks "none" in u32 fields.
const NONE: u32 = u32::MAX;

fn uni_key(a: u32) -> u64 {
    // A SEP-first pair never occurs, so this space is free for single words.
    (u64::from(SEP) << 32) | u64::from(a)
}

fn bi_key(a: u32, b: u32) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// Positions by key, built by one sort: a lookup is two binary searches and returns a sorted slice.
#[derive(Debug, Default)]
struct Postings {
    keys: Vec<u64>,
    pos: Vec<u32>,
}

impl Postings {
    fn build(mut pairs: Vec<(u64, u32)>) -> Self {
        pairs.sort_unstable();
        let (keys, pos) = pairs.into_iter().unzip();
        Postings { keys, pos }
    }

    fn get(&self, key: u64) -> &[u32] {
        let lo = self.keys.partition_point(|&k| k < key);
        let hi = lo + self.keys[lo..].partition_point(|&k| k <= key);
        &self.pos[lo..hi]
    }
}

/// A stream of word ids with postings of every word and every adjacent pair.
#[derive(Debug, Default)]
struct Stream {
    ids: Vec<u32>,
    post: Postings,
}

impl Stream {
    fn new(ids: Vec<u32>) -> Self {
        let mut pairs = Vec::with_capacity(ids.len() * 2);
        for (i, &a) in ids.iter().enumerate() {
            if a == SEP {
                continue;
            }
            pairs.push((uni_key(a), i as u32));
            if let Some(&b) = ids.get(i + 1) {
                if b != SEP {
                    pairs.push((bi_key(a, b), i as u32));
                }
            }
        }
        Stream {
            post: Postings::build(pairs),
            ids,
        }
    }

    /// The rarest key of `piece` (a pair, or the word when the piece is one word): its postings and
    /// its offset in the piece.
    fn rarest(&self, piece: &[u32]) -> (&[u32], usize) {
        if piece.len() == 1 {
            return (self.post.get(uni_key(piece[0])), 0);
        }
        let mut best: (&[u32], usize) = (&[], 0);
        for k in 0..piece.len() - 1 {
            let p = self.post.get(bi_key(piece[k], piece[k + 1]));
            if k == 0 || p.len() < best.0.len() {
                best = (p, k);
            }
            if p.is_empty() {
                break;
            }
        }
        best
    }

    /// Starts of `piece` in `from..to`, in order.
    fn find<'s>(
        &'s self,
        piece: &'s [u32],
        key: (&'s [u32], usize),
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = usize> + 's {
        let (post, k) = key;
        let lo = post.partition_point(|&p| (p as usize) < from + k);
        post[lo..]
            .iter()
            .map(move |&p| p as usize - k)
            .take_while(move |&s| s + piece.len() <= to)
            .filter(move |&s| self.ids[s..s + piece.len()] == *piece)
    }
}

// ---------------------------------------------------------------------------------------------
// The article index.
// ---------------------------------------------------------------------------------------------

/// One word of the article.
#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    /// The direct or partial quote the word is in, or NONE.
    quote: u32,
    /// The reported-speech unit the word is in, or NONE.
    unit: u32,
    /// Index into `Index::paras`, which holds only the paragraphs that have words.
    para: u32,
}

/// Consecutive quote segments joined in the quote stream.
#[derive(Debug, Clone)]
struct Run {
    /// Quote-stream positions `lo..hi`.
    lo: usize,
    hi: usize,
    /// The quotes joined in the run.
    quotes: Vec<usize>,
}

/// Reported speech of one quote: an indirect quote's clause, or the words from a partial quote's
/// speaker to its end ("Xi confirmed that an envoy would ... “in-depth communication”").
#[derive(Debug, Clone)]
struct Unit {
    quote: usize,
    lo: usize,
    hi: usize,
}

/// The ways a quote's speaker can be named, normalised.
#[derive(Debug, Clone, Default)]
struct Forms {
    /// Names, aliases and the mention, as word lists.
    forms: Vec<Vec<String>>,
    /// The canonical name with leading titles and nationality stripped.
    core: Vec<String>,
}

/// A claim, normalised against one article.
struct Prepared<'c> {
    raw: &'c str,
    /// Claim words: (id, start, end) into `raw`.
    words: Vec<(u32, usize, usize)>,
    /// Each claim word's normal form ([`normalize`]).
    norm: Vec<String>,
    /// `gap[i]`: an ellipsis stands before word `i`.
    gap: Vec<bool>,
    /// Word ranges between ellipses.
    pieces: Vec<(usize, usize)>,
    /// `bracketed[i]`: word `i` stands in square brackets, the claimant's own words put into the
    /// quote ("[the mayor] promised …" for "she promised …").
    bracketed: Vec<bool>,
    /// Per entry of the index's speaker table: does the claim's speaker name it?
    matches: Vec<bool>,
}

impl Prepared<'_> {
    fn ids(&self, r: (usize, usize)) -> Vec<u32> {
        self.words[r.0..r.1].iter().map(|w| w.0).collect()
    }
}

/// One exact occurrence: stream positions of each piece, `(start, end)`.
type Hit = Vec<(usize, usize)>;

/// Claim and window positions where one side spells out the other's contraction, each sorted:
/// `spelt` holds (i, j) where claim words i and i + 1 stand for window word j ("we are" for
/// "we’re"), `contracted` (i, j) where claim word i stands for window words j and j + 1.
#[derive(Debug, Default)]
struct Links {
    spelt: Vec<(usize, usize)>,
    contracted: Vec<(usize, usize)>,
}

/// An alignment step: claim word index, article token index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Same(usize, usize),
    /// One side's contraction against the other's two words: two steps, one per word of the
    /// longer side, sharing the word of the shorter.
    Form(usize, usize),
    Sub(usize, usize),
    Ins(usize),
    Del(usize),
    Skip(usize),
}

impl Step {
    /// The article token the step takes, if any.
    fn article(self) -> Option<usize> {
        match self {
            Step::Same(_, t)
            | Step::Form(_, t)
            | Step::Sub(_, t)
            | Step::Del(t)
            | Step::Skip(t) => Some(t),
            Step::Ins(_) => None,
        }
    }

    /// The claim word the step takes, if any.
    fn claim(self) -> Option<usize> {
        match self {
            Step::Same(c, _) | Step::Form(c, _) | Step::Sub(c, _) | Step::Ins(c) => Some(c),
            Step::Del(_) | Step::Skip(_) => None,
        }
    }
}

/// A claim aligned with a window of the quote stream.
struct Aligned {
    steps: Vec<Step>,
    same: usize,
    article_len: usize,
    /// The first quote the aligned words are in.
    quote: usize,
}

/// How a place in the text stream is reported.
enum Place {
    /// Inside reported speech of this quote's speaker.
    Reported(usize),
    /// Partly inside this (direct or partial) quote, partly the reporter's words.
    PartlyQuoted(usize),
    /// The reporter's own words.
    Narration,
}

/// Most positions a word pair may have and still vote for where a claim is (pairs more common than
/// that, like "of the", say little about where).
const VOTE_CAP: usize = 512;
/// Largest alignment (claim words × window words) tried.
const MAX_CELLS: usize = 2_000_000;
/// Most exact occurrences examined per claim.
const MAX_HITS: usize = 256;

/// One article, normalised and indexed for checking any number of claims.
pub struct Index<'a> {
    text: &'a str,
    doc: &'a Document,
    words: &'static Words,
    vocab: HashMap<String, u32>,
    /// Per word id: seen capitalised away from a sentence start (a name, or part of one).
    cap_mid: Vec<bool>,
    toks: Vec<Tok>,
    /// Token range of each paragraph.
    paras: Vec<(usize, usize)>,
    all: Stream,
    quoted: Stream,
    /// Quote-stream position -> token index (NONE at separators).
    quoted_tok: Vec<u32>,
    /// Quote-stream position -> run (NONE at separators).
    run_at: Vec<u32>,
    runs: Vec<Run>,
    units: Vec<Unit>,
    stems: HashMap<String, u32>,
    /// Stem id -> units.
    unit_post: Postings,
    /// Distinct speakers of quotes, with the forms they go by.
    speakers: Vec<Forms>,
    /// Per quote: its speaker in `speakers` (a continuation segment takes its chain head's), or
    /// NONE.
    quote_speaker: Vec<u32>,
    /// Per quote, per quote nested in it: the speaker the outer quote gives it, or NONE.
    nested_speaker: Vec<Vec<u32>>,
    pos: Positions,
}

impl<'a> Index<'a> {
    /// Normalise and index one article and its analysis. Linear in the text (plus a sort of its
    /// words); build it once and check every claim against it.
    pub fn new(text: &'a str, doc: &'a Document) -> Index<'a> {
        let words = Words::get();
        let mut vocab: HashMap<String, u32> = HashMap::new();
        let mut cap_mid: Vec<bool> = Vec::new();
        let mut toks = Vec::new();
        let mut ids = Vec::new();
        let mut buf = String::new();
        let para_spans = crate::segment::paragraphs(text);
        let mut paras = Vec::with_capacity(para_spans.len());
        let mut pi = 0usize;
        lex(text, |l| {
            if l.ellipsis {
                return;
            }
            while pi < para_spans.len() && para_spans[pi].end <= l.start {
                pi += 1;
            }
            let raw = &text[l.start..l.end];
            normalize(raw, &mut buf, words);
            let id = match vocab.get(buf.as_str()) {
                Some(&id) => id,
                None => {
                    let id = vocab.len() as u32;
                    vocab.insert(buf.clone(), id);
                    cap_mid.push(false);
                    id
                }
            };
            if capitalised(raw) && !sentence_initial(text, l.start) {
                cap_mid[id as usize] = true;
            }
            ids.push(id);
            toks.push(Tok {
                start: l.start,
                end: l.end,
                quote: NONE,
                unit: NONE,
                para: pi.min(para_spans.len().saturating_sub(1)) as u32,
            });
        });
        // `para` becomes an index into `paras`, which has only the paragraphs with words: a
        // paragraph without any ("* * *") must not shift the ones after it.
        let mut start = 0;
        while start < toks.len() {
            let p = toks[start].para;
            let end = start + toks[start..].partition_point(|t| t.para == p);
            let at = paras.len() as u32;
            for t in &mut toks[start..end] {
                t.para = at;
            }
            paras.push((start, end));
            start = end;
        }
        let tok_range = |s: usize, e: usize| -> (usize, usize) {
            let lo = toks.partition_point(|t| t.start < s);
            let hi = toks.partition_point(|t| t.end <= e).max(lo);
            (lo, hi)
        };
        let quotes = &doc.quotes;
        let qtoks: Vec<(usize, usize)> = quotes.iter().map(|q| tok_range(q.start, q.end)).collect();

        // Reported-speech units: partial-quote contexts first, so an indirect clause that contains
        // a partial quote takes precedence over it.
        let mut units = Vec::new();
        for (qi, q) in quotes.iter().enumerate() {
            if q.kind != QuoteKind::Partial {
                continue;
            }
            let Some(s) = &q.speaker else { continue };
            let (lo, hi) = (s.start.min(q.start), s.end.max(q.end));
            let same_para = text
                .get(lo..hi)
                .is_some_and(|t| !t.contains("\n\n") && t.len() < 600);
            if same_para {
                let (a, b) = tok_range(lo, hi);
                units.push(Unit {
                    quote: qi,
                    lo: a,
                    hi: b,
                });
            }
        }
        for (qi, q) in quotes.iter().enumerate() {
            if q.kind == QuoteKind::Indirect {
                units.push(Unit {
                    quote: qi,
                    lo: qtoks[qi].0,
                    hi: qtoks[qi].1,
                });
            }
        }
        for (ui, u) in units.iter().enumerate() {
            for t in &mut toks[u.lo..u.hi] {
                t.unit = ui as u32;
            }
        }
        for (qi, q) in quotes.iter().enumerate() {
            if q.kind != QuoteKind::Indirect {
                for t in &mut toks[qtoks[qi].0..qtoks[qi].1] {
                    t.quote = qi as u32;
                }
            }
        }

        // Effective speakers and their forms.
        let lexicon = Lexicon::get();
        let speaker_of = |qi: usize| -> Option<&SpeakerRef> {
            let q = &quotes[qi];
            q.speaker
                .as_ref()
                .or_else(|| q.continues.and_then(|h| quotes.get(h)?.speaker.as_ref()))
        };
        // One entry per entity (or per unresolved mention), so forms are built once per speaker.
        let mut speakers: Vec<Forms> = Vec::new();
        let mut speaker_ids: HashMap<(Option<usize>, String), u32> = HashMap::new();
        let mut intern = |s: &SpeakerRef| -> u32 {
            let key = match s.entity {
                Some(e) => (Some(e), String::new()),
                None => (None, format!("{:?}|{}", s.name, s.mention.to_lowercase())),
            };
            *speaker_ids.entry(key).or_insert_with(|| {
                speakers.push(speaker_forms(text, s, doc, words, lexicon));
                (speakers.len() - 1) as u32
            })
        };
        let quote_speaker: Vec<u32> = (0..quotes.len())
            .map(|qi| speaker_of(qi).map_or(NONE, &mut intern))
            .collect();
        let nested_speaker: Vec<Vec<u32>> = quotes
            .iter()
            .map(|q| {
                q.nested
                    .iter()
                    .map(|n| n.speaker.as_ref().map_or(NONE, &mut intern))
                    .collect()
            })
            .collect();

        // Runs: consecutive direct/partial segments of one chain or of one speaker.
        let mut runs: Vec<Run> = Vec::new();
        let mut qids = Vec::new();
        let mut quoted_tok = Vec::new();
        let mut run_at = Vec::new();
        let mut prev: Option<usize> = None;
        for (qi, q) in quotes.iter().enumerate() {
            if q.kind == QuoteKind::Indirect {
                continue;
            }
            let join = prev.is_some_and(|p| {
                let chained = q.continues.is_some()
                    && (q.continues == Some(p) || quotes[p].continues == q.continues);
                let same_para = q.paragraph == quotes[p].paragraph;
                chained
                    || (same_speaker(speaker_of(p), speaker_of(qi))
                        && q.paragraph <= quotes[p].paragraph + 1)
                    || (same_para && maybe_same_speaker(speaker_of(p), speaker_of(qi)))
            });
            if !join {
                if let Some(r) = runs.last_mut() {
                    r.hi = qids.len();
                    qids.push(SEP);
                    quoted_tok.push(NONE);
                    run_at.push(NONE);
                }
                runs.push(Run {
                    lo: qids.len(),
                    hi: qids.len(),
                    quotes: Vec::new(),
                });
            }
            if let Some(r) = runs.last_mut() {
                r.quotes.push(qi);
            }
            let ri = (runs.len() - 1) as u32;
            let (a, b) = qtoks[qi];
            for (t, &id) in ids.iter().enumerate().take(b).skip(a) {
                qids.push(id);
                quoted_tok.push(t as u32);
                run_at.push(ri);
            }
            prev = Some(qi);
        }
        if let Some(r) = runs.last_mut() {
            r.hi = qids.len();
        }

        // Paraphrase index: content stems of each unit.
        let mut stems: HashMap<String, u32> = HashMap::new();
        let mut pairs = Vec::new();
        for (ui, u) in units.iter().enumerate() {
            let mut seen: Vec<u32> = Vec::new();
            for t in &toks[u.lo..u.hi] {
                normalize(&text[t.start..t.end], &mut buf, words);
                if words.is_stop(&buf) {
                    continue;
                }
                let s = stem(&buf);
                let n = stems.len() as u32;
                let sid = *stems.entry(s.to_string()).or_insert(n);
                if !seen.contains(&sid) {
                    seen.push(sid);
                    pairs.push((u64::from(sid), ui as u32));
                }
            }
        }

        Index {
            text,
            doc,
            words,
            vocab,
            cap_mid,
            toks,
            paras,
            all: Stream::new(ids),
            quoted: Stream::new(qids),
            quoted_tok,
            run_at,
            runs,
            units,
            stems,
            unit_post: Postings::build(pairs),
            speakers,
            quote_speaker,
            nested_speaker,
            pos: Positions::new(text),
        }
    }

    /// Check one claim against the article.
    pub fn check(&self, claim: &Claim) -> Outcome {
        let mut o = self.find(claim);
        // Words the article gives to no one, or to a mention quotecheck could not tie to one
        // person, are not shown to be someone else's: calling them misattributed would accuse the
        // article (or the claim) on evidence quotecheck does not have.
        let named = o
            .evidence
            .as_ref()
            .and_then(|e| e.speaker.as_ref())
            .is_some_and(|s| s.name.is_some());
        if o.verdict == Verdict::Misattributed && !named {
            o.verdict = Verdict::Unattributed;
            // Often the article does report the words as the claimed speaker's, in a way the
            // analysis did not read: point the fact-checker at the name.
            if let Some(at) = o
                .evidence
                .as_ref()
                .and_then(|e| self.named_near(claim, e.start))
            {
                let (cs, ce) = self.pos.cursor(self.text).char_range(at);
                o.note.push_str(&format!(
                    "; the paragraph names “{}” (bytes {}..{}, chars {cs}..{ce}): read it there",
                    at.slice(self.text),
                    at.start,
                    at.end
                ));
            }
        }
        o
    }

    /// The first word of `at`'s paragraph that is the claimed speaker's surname (the last
    /// capitalised word of the name part of the claim's speaker), written capitalised.
    fn named_near(&self, claim: &Claim, at: usize) -> Option<Span> {
        // The paragraph's words either side of the evidence, but no more than this many: a
        // paragraph of a million words must not be read again for every claim.
        const REACH: usize = 2_000;
        let head = pasted_head(&claim.speaker).unwrap_or(&claim.speaker);
        let mut last = None;
        lex(head, |l| {
            let raw = &head[l.start..l.end];
            // A word that can be a name: not "The", "Many", "One", "We’ve" or a title.
            if capitalised(raw) && self.words.can_name(&raw.to_lowercase()) {
                last = Some(raw);
            }
        });
        let mut buf = String::new();
        normalize(last?, &mut buf, self.words);
        let id = *self.vocab.get(buf.as_str())?;
        let t = self
            .toks
            .partition_point(|t| t.end <= at)
            .min(self.toks.len().checked_sub(1)?);
        let (lo, hi) = self.paras[self.toks[t].para as usize];
        (lo.max(t.saturating_sub(REACH))..hi.min(t + REACH))
            .find(|&k| {
                self.all.ids[k] == id
                    && capitalised(&self.text[self.toks[k].start..self.toks[k].end])
            })
            .map(|k| Span::new(self.toks[k].start, self.toks[k].end))
    }

    /// The strongest match of the claim in the article, with a speaker named or not.
    fn find(&self, claim: &Claim) -> Outcome {
        let p = self.prepare(claim);
        if p.words.is_empty() {
            return self.not_found(claim, "the claim has no words to look for".into());
        }
        let said_by = |qi: usize| self.said_by(qi, &p);
        let pieces: Vec<Vec<u32>> = p.pieces.iter().map(|&r| p.ids(r)).collect();

        // 1. The exact words inside quotes.
        let hits = self.exact(&self.quoted, &pieces, |s| {
            let r = &self.runs[self.run_at[s] as usize];
            (r.lo, r.hi)
        });
        let mut other: Option<&Hit> = None;
        let mut repeated: Option<&Hit> = None;
        for h in &hits {
            let toks = self.quoted_toks(h);
            // Words of a quote inside a quote are the inner speaker's, when the outer quote names
            // one ("He wrote to her, ‘…’").
            if let Some((qi, k)) = self.nested_at(&toks) {
                match self.inner_said_by(qi, k, &p) {
                    Some(true) => {
                        return self.nested_outcome(claim, &p, Verdict::Verified, &toks, h, qi, k)
                    }
                    Some(false) if !said_by(qi) => {
                        other.get_or_insert(h);
                        continue;
                    }
                    _ => {}
                }
            }
            if self.quotes_of(&toks).into_iter().any(said_by) {
                // Words inside a quote within the speaker's quote are someone else's.
                if self.in_nested(&toks) {
                    repeated.get_or_insert(h);
                    continue;
                }
                return self.located(claim, &p, Verdict::Verified, &toks, h, true, None);
            }
            other.get_or_insert(h);
        }
        if let Some(h) = repeated {
            let toks = self.quoted_toks(h);
            let mut o = self.located(claim, &p, Verdict::Misattributed, &toks, h, true, None);
            if let Some(q) = o.evidence.as_ref().and_then(|e| e.quote) {
                let whose = self
                    .nested_at(&toks)
                    .and_then(|(qi, k)| self.doc.quotes[qi].nested[k].speaker.as_ref())
                    .map_or("someone else's".into(), |s| {
                        format!("the words of {}", speaker_text(s))
                    });
                o.note = format!(
                    "{} repeats these words inside their own quote, as {whose}: the article \
                     does not give them to {} as their own",
                    self.who_text(q),
                    claim.speaker
                );
            }
            return o;
        }
        if let Some(h) = other {
            let toks = self.quoted_toks(h);
            if let Some((qi, k)) = self.nested_at(&toks) {
                if self.nested_speaker[qi][k] != NONE {
                    return self.nested_outcome(claim, &p, Verdict::Misattributed, &toks, h, qi, k);
                }
            }
            return self.located(claim, &p, Verdict::Misattributed, &toks, h, true, None);
        }

        // 2. The exact words outside quotes: reported speech, or the reporter's own.
        let hits = self.exact(&self.all, &pieces, |s| {
            self.paras[self.toks[s].para as usize]
        });
        let mut elsewhere: Option<(&Hit, Place)> = None;
        for h in &hits {
            let place = self.place(h[0].0, h[h.len() - 1].1);
            let own = match place {
                Place::Reported(u) => said_by(self.units[u].quote),
                Place::PartlyQuoted(q) => said_by(q),
                Place::Narration => false,
            };
            if own {
                let toks: Vec<usize> = (h[0].0..h[h.len() - 1].1).collect();
                let q = match place {
                    Place::Reported(u) => self.units[u].quote,
                    Place::PartlyQuoted(q) => q,
                    Place::Narration => unreachable!(),
                };
                return self.located(claim, &p, Verdict::Paraphrased, &toks, h, false, Some(q));
            }
            let better = matches!(
                (&elsewhere, &place),
                (None, _)
                    | (
                        Some((_, Place::Narration)),
                        Place::Reported(_) | Place::PartlyQuoted(_)
                    )
            );
            if better {
                elsewhere = Some((h, place));
            }
        }

        // 3. A close quote. Words inside a quote within a quote are the inner speaker's.
        let aligned = self.fuzzy(&p);
        let said_close = |a: &Aligned| {
            self.nested_of(a)
                .and_then(|(qi, k)| self.inner_said_by(qi, k, &p))
                .unwrap_or_else(|| said_by(a.quote))
        };
        if let Some(a) = aligned.iter().find(|a| said_close(a)) {
            return self.altered_at(claim, &p, Verdict::Altered, a);
        }
        if let Some((h, place)) = elsewhere {
            let toks: Vec<usize> = (h[0].0..h[h.len() - 1].1).collect();
            let q = match place {
                Place::Reported(u) => Some(self.units[u].quote),
                Place::PartlyQuoted(q) => Some(q),
                Place::Narration => None,
            };
            return self.located(claim, &p, Verdict::Misattributed, &toks, h, false, q);
        }
        if let Some(a) = aligned.first() {
            return self.altered_at(claim, &p, Verdict::Misattributed, a);
        }

        // 4. The claimed speaker's reported speech, in other words.
        if let Some(o) = self.paraphrase(claim, &p) {
            return o;
        }
        self.not_found(
            claim,
            format!(
                "no quote or reported speech in the article matches these words{}",
                if p.matches.contains(&true) {
                    ""
                } else {
                    "; the article quotes no one by that name"
                }
            ),
        )
    }

    /// Normalise a claim against this article's vocabulary.
    fn prepare<'c>(&self, claim: &'c Claim) -> Prepared<'c> {
        let raw = claim.quote.as_str();
        let mut words = Vec::new();
        let mut gap = Vec::new();
        let mut pending_gap = false;
        let mut buf = String::new();
        let mut bracketed = Vec::new();
        let mut norm = Vec::new();
        let (mut inside, mut last) = (false, 0);
        lex(raw, |l| {
            for c in raw[last..l.start].chars() {
                match c {
                    '[' => inside = true,
                    ']' => inside = false,
                    _ => {}
                }
            }
            last = l.end;
            if l.ellipsis {
                pending_gap = !words.is_empty();
                return;
            }
            normalize(&raw[l.start..l.end], &mut buf, self.words);
            let id = self.vocab.get(buf.as_str()).copied().unwrap_or(UNKNOWN);
            words.push((id, l.start, l.end));
            norm.push(buf.clone());
            gap.push(pending_gap);
            bracketed.push(inside);
            pending_gap = false;
        });
        let mut pieces = Vec::new();
        let mut s = 0;
        for (i, &g) in gap.iter().enumerate().skip(1) {
            if g {
                pieces.push((s, i));
                s = i;
            }
        }
        if !words.is_empty() {
            pieces.push((s, words.len()));
        }
        Prepared {
            raw,
            words,
            norm,
            gap,
            pieces,
            bracketed,
            matches: self.match_speakers(&claim.speaker),
        }
    }

    /// Every exact occurrence of the pieces, in order, each piece after the previous one and all
    /// within the region (run or paragraph) of the first.
    fn exact(
        &self,
        s: &Stream,
        pieces: &[Vec<u32>],
        region: impl Fn(usize) -> (usize, usize),
    ) -> Vec<Hit> {
        let keys: Vec<(&[u32], usize)> = pieces.iter().map(|p| s.rarest(p)).collect();
        if keys.iter().any(|k| k.0.is_empty()) {
            return Vec::new();
        }
        let mut out = Vec::new();
        'first: for s0 in s.find(&pieces[0], keys[0], 0, s.ids.len()) {
            let (_, hi) = region(s0);
            let mut hit = vec![(s0, s0 + pieces[0].len())];
            for (k, piece) in pieces.iter().enumerate().skip(1) {
                let from = hit[k - 1].1;
                match s.find(piece, keys[k], from, hi).next() {
                    Some(st) => hit.push((st, st + piece.len())),
                    None => continue 'first,
                }
            }
            if hit[hit.len() - 1].1 > hi {
                continue;
            }
            out.push(hit);
            if out.len() >= MAX_HITS {
                break;
            }
        }
        out
    }

    /// Token indices of a quote-stream hit, from its first word to its last (omitted words too).
    fn quoted_toks(&self, h: &Hit) -> Vec<usize> {
        (h[0].0..h[h.len() - 1].1)
            .map(|p| self.quoted_tok[p] as usize)
            .collect()
    }

    /// The quote nested in a quote that holds every token, as (quote, index in its `nested`).
    fn nested_at(&self, toks: &[usize]) -> Option<(usize, usize)> {
        let first = &self.toks[*toks.first()?];
        let last = &self.toks[*toks.last()?];
        if first.quote == NONE || first.quote != last.quote {
            return None;
        }
        let qi = first.quote as usize;
        let k = self.doc.quotes[qi]
            .nested
            .iter()
            .position(|n| n.start <= first.start && last.end <= n.end)?;
        Some((qi, k))
    }

    /// A match inside a quote nested in a quote: the evidence names the inner speaker and cue,
    /// and the note says whose quote repeats the words.
    #[allow(clippy::too_many_arguments)]
    fn nested_outcome(
        &self,
        claim: &Claim,
        p: &Prepared,
        verdict: Verdict,
        toks: &[usize],
        hit: &Hit,
        qi: usize,
        k: usize,
    ) -> Outcome {
        let n = &self.doc.quotes[qi].nested[k];
        let mut o = self.located(claim, p, verdict, toks, hit, true, Some(qi));
        let inner = n.speaker.as_ref().map_or("no one".into(), speaker_text);
        credit_inner(&mut o, n);
        o.note = match verdict {
            Verdict::Verified => format!(
                "quoted inside a quote of {}, which gives these words to {}",
                self.who_text(qi),
                inner
            ),
            _ => format!(
                "quoted inside a quote of {}, which gives these words to {}, not to {}",
                self.who_text(qi),
                inner,
                claim.speaker
            ),
        };
        o
    }

    /// True when every token lies inside a quote nested in its own quote.
    fn in_nested(&self, toks: &[usize]) -> bool {
        !toks.is_empty()
            && toks.iter().all(|&t| {
                let tok = &self.toks[t];
                tok.quote != NONE
                    && self.doc.quotes[tok.quote as usize]
                        .nested
                        .iter()
                        .any(|n| n.start <= tok.start && tok.end <= n.end)
            })
    }

    /// The distinct quotes the tokens are in, in order.
    fn quotes_of(&self, toks: &[usize]) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for &t in toks {
            let q = self.toks[t].quote;
            if q != NONE && out.last() != Some(&(q as usize)) {
                out.push(q as usize);
            }
        }
        out
    }

    fn place(&self, lo: usize, hi: usize) -> Place {
        // "that", "whether" or "if" opening a reported clause is the reporter's grammar: a claim
        // made from the sentence may carry it where the statement quotecheck found starts after
        // it ("Lund said [that] the pier …").
        let opener = |t: &Tok| {
            let w = &self.text[t.start..t.end];
            ["that", "whether", "if"]
                .iter()
                .any(|c| w.eq_ignore_ascii_case(c))
        };
        let lo = if hi - lo > 1
            && self.toks[lo].unit == NONE
            && self.toks[lo + 1].unit != NONE
            && opener(&self.toks[lo])
        {
            lo + 1
        } else {
            lo
        };
        let u = self.toks[lo].unit;
        if u != NONE && self.toks[lo..hi].iter().all(|t| t.unit == u) {
            return Place::Reported(u as usize);
        }
        match self.toks[lo..hi].iter().find(|t| t.quote != NONE) {
            Some(t) => Place::PartlyQuoted(t.quote as usize),
            None => Place::Narration,
        }
    }

    /// Does the article give quote `qi` to the claimed speaker?
    fn said_by(&self, qi: usize, p: &Prepared) -> bool {
        let f = self.quote_speaker[qi];
        f != NONE && p.matches[f as usize]
    }

    /// Whether the claim names the speaker that quote `qi` gives its `k`-th inner quote; `None`
    /// when the outer quote names no one for it.
    fn inner_said_by(&self, qi: usize, k: usize, p: &Prepared) -> Option<bool> {
        let f = self.nested_speaker[qi][k];
        (f != NONE).then(|| p.matches[f as usize])
    }

    /// Which speakers of the article the claim's speaker names.
    fn match_speakers(&self, speaker: &str) -> Vec<bool> {
        let by_name = |s: &str| -> Vec<bool> {
            let mut who = word_list(s);
            // A speaker copied with the conjunction that opened its sentence ("But Mr. Lund").
            let opener = who
                .iter()
                .take_while(|w| matches!(w.as_str(), "but" | "and" | "yet" | "so" | "or"))
                .count();
            if opener < who.len() {
                who.drain(..opener);
            }
            let bare = strip_titles(who.clone(), self.words);
            self.speakers
                .iter()
                .map(|f| names(f, &who, &bare))
                .collect()
        };
        // A speaker pasted with what the article says of them ("Ada Lund, 44", "Lund, who chairs
        // the board", "Lund of the harbour trust", "Lund herself"): the part before it.
        let head = pasted_head(speaker);
        // A head that is a name (a few capitalised words, not titles only) decides first, so that
        // a name inside the description ("Lund, a friend of Ada Brant") does not. Another head
        // ("Her deputy, Ada Lund") is tried only when the whole string names no one.
        let name_head = head.filter(|h| {
            let mut n = 0;
            let mut caps = true;
            lex(h, |l| {
                n += 1;
                caps &= h[l.start..l.end]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
            });
            let w = word_list(h);
            // At least one word that can be a name ("One of the authors" has none).
            caps && n <= 4 && w.iter().any(|x| self.words.can_name(x))
        });
        if let Some(h) = name_head {
            let found = by_name(h);
            if found.contains(&true) {
                return found;
            }
        }
        let full = by_name(speaker);
        match head {
            Some(h) if !full.contains(&true) && name_head != Some(h) => by_name(h),
            _ => full,
        }
    }

    /// Candidate places for a claim in the quote stream, aligned, closest first; only close ones.
    fn fuzzy(&self, p: &Prepared) -> Vec<Aligned> {
        let m = p.words.len();
        if m < 2 {
            return Vec::new();
        }
        // Votes: (run, diagonal) from every claim pair inside a piece.
        let mut votes: Vec<(u32, i64)> = Vec::new();
        for i in 0..m - 1 {
            if p.gap[i + 1] || p.words[i].0 == UNKNOWN || p.words[i + 1].0 == UNKNOWN {
                continue;
            }
            let post = self.quoted.post.get(bi_key(p.words[i].0, p.words[i + 1].0));
            if post.len() > VOTE_CAP {
                continue;
            }
            for &pp in post {
                votes.push((self.run_at[pp as usize], i64::from(pp) - i as i64));
            }
        }
        if votes.is_empty() {
            return Vec::new();
        }
        votes.sort_unstable();
        // Per run: its votes' diagonal range and count.
        let mut cands: Vec<(usize, u32, i64, i64)> = Vec::new();
        let mut i = 0;
        while i < votes.len() {
            let r = votes[i].0;
            let j = i + votes[i..].partition_point(|v| v.0 == r);
            let (lo, hi) = densest(&votes[i..j], m);
            cands.push((j - i, r, lo, hi));
            i = j;
        }
        cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let run_quote = |r: u32| self.quoted_tok[self.runs[r as usize].lo] as usize;
        let mut chosen: Vec<&(usize, u32, i64, i64)> = cands.iter().take(3).collect();
        for c in cands
            .iter()
            .filter(|c| {
                self.runs[c.1 as usize]
                    .quotes
                    .iter()
                    .any(|&q| self.said_by(q, p))
            })
            .take(2)
        {
            if !chosen.iter().any(|x| x.1 == c.1) {
                chosen.push(c);
            }
        }
        let ids: Vec<u32> = p.words.iter().map(|w| w.0).collect();
        let slack = 4 + m as i64 / 4;
        let mut out = Vec::new();
        for &&(_, r, dlo, dhi) in &chosen {
            let run = &self.runs[r as usize];
            let lo = (dlo - slack).max(run.lo as i64) as usize;
            let hi = ((dhi + m as i64 + slack) as usize).min(run.hi);
            if lo >= hi {
                continue;
            }
            // Both cost claim × window: past the alignment's bound, `align` gives up anyway.
            if (m + 1) * (hi - lo + 1) > MAX_CELLS {
                continue;
            }
            let links = self.links(&p.norm, lo, hi);
            let Some(steps) = align(&ids, &p.gap, &self.quoted.ids[lo..hi], &links) else {
                continue;
            };
            let t = |j: usize| self.quoted_tok[lo + j] as usize;
            let steps: Vec<Step> = steps
                .into_iter()
                .map(|s| match s {
                    Step::Same(c, j) => Step::Same(c, t(j)),
                    Step::Form(c, j) => Step::Form(c, t(j)),
                    Step::Sub(c, j) => Step::Sub(c, t(j)),
                    Step::Del(j) => Step::Del(t(j)),
                    Step::Skip(j) => Step::Skip(t(j)),
                    Step::Ins(c) => Step::Ins(c),
                })
                .collect();
            let mut steps = self.trim_edges(steps);
            let (same, article_len) = tally(&steps);
            // A run of article words the claim leaves out counts as at most two words here: a
            // claim that drops a clause ("this call[, as well as …,] will give …") is the quote
            // altered, not another quote. (The alignment's gap costs keep such runs between
            // stretches of shared words.)
            let dropped: usize = steps
                .chunk_by(|a, b| matches!(a, Step::Del(_)) && matches!(b, Step::Del(_)))
                .filter(|run| matches!(run[0], Step::Del(_)))
                .map(|run| run.len().saturating_sub(2))
                .sum();
            let counted = article_len - dropped;
            let close = same >= 2 && 5 * same >= 3 * m && 20 * same >= 6 * (m + counted);
            if !close {
                continue;
            }
            // Trailing skips cannot happen (the alignment ends on a claim word) but leading ones
            // are outside the match.
            while matches!(steps.first(), Some(Step::Skip(_))) {
                steps.remove(0);
            }
            let steps = self.pair_edges(steps);
            let quote = steps
                .iter()
                .find_map(|s| match *s {
                    Step::Same(_, t) | Step::Form(_, t) | Step::Sub(_, t) | Step::Del(t) => Some(t),
                    _ => None,
                })
                .map_or_else(|| run_quote(r), |t| self.toks[t].quote as usize);
            out.push(Aligned {
                steps,
                same,
                article_len,
                quote,
            });
        }
        out.sort_by(|a, b| {
            let sa = a.same * 1000 / (m + a.article_len);
            let sb = b.same * 1000 / (m + b.article_len);
            sb.cmp(&sa)
        });
        out
    }

    /// Where the claim spells out a contraction of the window `lo..hi` of the quote stream, or
    /// contracts two of its words.
    fn links(&self, claim: &[String], lo: usize, hi: usize) -> Links {
        let mut buf = String::new();
        let win: Vec<String> = (lo..hi)
            .map(|k| match self.quoted_tok[k] {
                NONE => String::new(),
                t => {
                    let tok = self.toks[t as usize];
                    normalize(&self.text[tok.start..tok.end], &mut buf, self.words);
                    buf.clone()
                }
            })
            .collect();
        let pairs = |one: &[String], two: &[String], out: &mut Vec<(usize, usize)>, flip: bool| {
            for (a, w) in one.iter().enumerate() {
                let Some((first, second)) = self.words.spelt_out(w) else {
                    continue;
                };
                for (b, pair) in two.windows(2).enumerate() {
                    if pair[0] == first && second.contains(&pair[1]) {
                        out.push(if flip { (b, a) } else { (a, b) });
                    }
                }
            }
        };
        let mut links = Links::default();
        pairs(&win, claim, &mut links.spelt, true);
        pairs(claim, &win, &mut links.contracted, false);
        links.spelt.sort_unstable();
        links.contracted.sort_unstable();
        links
    }

    /// Drop the first or last stretch of an alignment when it reaches into another quote of the
    /// run only by a stray word: fewer than two shared words there, or no more shared words than
    /// changed ones. Its claim words become added words. Without this, a claim word the article
    /// lacks pairs with the last word of the speaker's previous quote (a change costs less than an
    /// added word), and the evidence and diff start in the wrong quote.
    fn trim_edges(&self, mut steps: Vec<Step>) -> Vec<Step> {
        let quote_of = |s: &Step| s.article().map(|t| self.toks[t].quote);
        for from_end in [false, true] {
            let order: Vec<usize> = if from_end {
                (0..steps.len()).rev().collect()
            } else {
                (0..steps.len()).collect()
            };
            let Some(first) = order.iter().find_map(|&k| quote_of(&steps[k])) else {
                continue;
            };
            // The edge stretch: steps up to the first one in another quote.
            let Some(cut) = order
                .iter()
                .position(|&k| quote_of(&steps[k]).is_some_and(|q| q != first))
            else {
                continue;
            };
            let edge: Vec<usize> = order[..cut].to_vec();
            let (same, _) = tally(&edge.iter().map(|&k| steps[k]).collect::<Vec<_>>());
            let changed = edge
                .iter()
                .filter(|&&k| matches!(steps[k], Step::Sub(..) | Step::Del(_)))
                .count();
            if same >= 2 && same > changed {
                continue;
            }
            let (lo, hi) = (edge.iter().min(), edge.iter().max());
            let (Some(&lo), Some(&hi)) = (lo, hi) else {
                continue;
            };
            let mut kept: Vec<Step> = steps[..lo].to_vec();
            for c in steps[lo..=hi].iter().filter_map(|s| s.claim()) {
                if kept.last() != Some(&Step::Ins(c)) {
                    kept.push(Step::Ins(c));
                }
            }
            kept.extend_from_slice(&steps[hi + 1..]);
            steps = kept;
        }
        steps
    }

    /// Claim words added at an edge of the match where the quote goes on with words of its own
    /// replace those words: "the company treats the river as …" against "treating the river as
    /// …" shows "treating" changed, not three words added to a quote that began at "the river".
    /// Without this the free edges of the alignment hide the article's word, and with it a
    /// negation ("we are [-not-]{+sure+}"). Pairs at most as many words as the claim adds, and
    /// only within the same quote.
    fn pair_edges(&self, steps: Vec<Step>) -> Vec<Step> {
        let same_quote = |t: usize, q: u32| self.toks.get(t).is_some_and(|k| k.quote == q);
        let lead = steps
            .iter()
            .take_while(|s| matches!(s, Step::Ins(_)))
            .count();
        let trail = steps[lead..]
            .iter()
            .rev()
            .take_while(|s| matches!(s, Step::Ins(_)))
            .count();
        let (Some(first), Some(last)) = (
            steps[lead..].iter().find_map(|s| s.article()),
            steps[..steps.len() - trail]
                .iter()
                .rev()
                .find_map(|s| s.article()),
        ) else {
            return steps;
        };
        let q = self.toks[first].quote;
        let before = (1..=lead.min(first))
            .take_while(|&d| same_quote(first - d, q))
            .count();
        let q = self.toks[last].quote;
        let after = (1..=trail).take_while(|&d| same_quote(last + d, q)).count();
        if before == 0 && after == 0 {
            return steps;
        }
        let claim = |s: &Step| s.claim().unwrap_or(0);
        let mut out = Vec::with_capacity(steps.len() + before + after);
        for (k, s) in steps[..lead].iter().enumerate() {
            out.push(match k.checked_sub(lead - before) {
                Some(i) => Step::Sub(claim(s), first - before + i),
                None => *s,
            });
        }
        out.extend_from_slice(&steps[lead..steps.len() - trail]);
        for (k, s) in steps[steps.len() - trail..].iter().enumerate() {
            out.push(if k < after {
                Step::Sub(claim(s), last + 1 + k)
            } else {
                *s
            });
        }
        out
    }

    /// Reported speech of the claimed speaker sharing at least half the claim's content words.
    fn paraphrase(&self, claim: &Claim, p: &Prepared) -> Option<Outcome> {
        let mut sids: Vec<u32> = Vec::new();
        let mut content = 0;
        for w in &p.norm {
            if self.words.is_stop(w) {
                continue;
            }
            let st = stem(w);
            content += 1;
            if let Some(&sid) = self.stems.get(st) {
                if !sids.contains(&sid) {
                    sids.push(sid);
                }
            }
        }
        if content < 2 {
            return None;
        }
        let mut counts: HashMap<u32, usize> = HashMap::new();
        for sid in sids {
            for &u in self.unit_post.get(u64::from(sid)) {
                *counts.entry(u).or_default() += 1;
            }
        }
        let (u, shared) = counts
            .into_iter()
            .filter(|&(u, _)| self.said_by(self.units[u as usize].quote, p))
            .max_by_key(|&(u, n)| (n, std::cmp::Reverse(u)))?;
        if shared < 2 || 2 * shared < content {
            return None;
        }
        let unit = &self.units[u as usize];
        let toks: Vec<usize> = (unit.lo..unit.hi).collect();
        let mut o = self.outcome_at(claim, Verdict::Paraphrased, &toks, Some(unit.quote));
        o.note = format!(
            "not quoted: {} of the claim's {} content words are in reported speech of {}",
            shared,
            content,
            self.who_text(unit.quote)
        );
        Some(o)
    }

    fn not_found(&self, claim: &Claim, note: String) -> Outcome {
        Outcome {
            verdict: Verdict::NotFound,
            doc: Some(self.doc.id.clone()),
            note,
            evidence: None,
            diff: Vec::new(),
            flags: Vec::new(),
            stance: claim.stance.map(|c| StanceCheck {
                claimed: c,
                article: None,
                agrees: None,
            }),
        }
    }

    /// Evidence for article tokens, attributed to `quote` (or to the first quote they are in).
    fn outcome_at(
        &self,
        claim: &Claim,
        verdict: Verdict,
        toks: &[usize],
        quote: Option<usize>,
    ) -> Outcome {
        let (parts, text) = self.parts(toks);
        let quote = quote.or_else(|| self.quotes_of(toks).first().copied());
        let q = quote.and_then(|i| self.doc.quotes.get(i));
        let speaker = quote.and_then(|i| self.effective_speaker(i)).cloned();
        let (start, end) = (
            parts.first().map_or(0, |p| p.start),
            parts.last().map_or(0, |p| p.end),
        );
        let evidence = Evidence {
            start,
            end,
            char_start: parts.first().map_or(0, |p| p.char_start),
            char_end: parts.last().map_or(0, |p| p.char_end),
            text,
            parts,
            quote,
            kind: q.map(|q| q.kind),
            speaker,
            cue: q.and_then(|q| q.cue.as_ref()).map(|c| c.text.clone()),
            via: q.and_then(|q| q.via.as_ref()).map(|v| v.text.clone()),
        };
        let article_stance = q.and_then(|q| q.stance.as_ref()).map(|s| s.label);
        Outcome {
            verdict,
            doc: Some(self.doc.id.clone()),
            note: String::new(),
            evidence: Some(evidence),
            diff: Vec::new(),
            flags: Vec::new(),
            stance: claim.stance.map(|c| StanceCheck {
                claimed: c,
                article: article_stance,
                agrees: article_stance.map(|a| a == c),
            }),
        }
    }

    /// An exact match: evidence, a diff of same words and omissions, and the note.
    #[allow(clippy::too_many_arguments)]
    fn located(
        &self,
        claim: &Claim,
        p: &Prepared,
        verdict: Verdict,
        toks: &[usize],
        hit: &Hit,
        in_quote_stream: bool,
        quote: Option<usize>,
    ) -> Outcome {
        let mut o = self.outcome_at(claim, verdict, toks, quote);
        let tok = |s: usize| {
            if in_quote_stream {
                self.quoted_tok[s] as usize
            } else {
                s
            }
        };
        let mut diff = Vec::new();
        for (k, &(s, e)) in hit.iter().enumerate() {
            if k > 0 {
                let omitted: Vec<usize> = (hit[k - 1].1..s).map(tok).collect();
                if !omitted.is_empty() {
                    diff.push(Edit::Omitted {
                        article: self.words_text(&omitted),
                    });
                }
            }
            let same: Vec<usize> = (s..e).map(tok).collect();
            diff.push(Edit::Same {
                text: self.words_text(&same),
            });
        }
        o.diff = diff;
        let joined = o.evidence.as_ref().map_or(1, |e| e.parts.len()) > 1;
        let q = o.evidence.as_ref().and_then(|e| e.quote);
        o.note = match (verdict, q) {
            (Verdict::Verified, Some(q)) => format!(
                "quoted in the article{} and attributed to {}",
                if joined {
                    " (across joined segments of one quote)"
                } else {
                    ""
                },
                self.who_text(q)
            ),
            (Verdict::Misattributed, Some(q)) if in_quote_stream => match self.effective_speaker(q)
            {
                Some(s) if s.name.is_none() => format!(
                    "the article gives these words to “{}”, which quotecheck could not tie to one \
                     person, not clearly to {}",
                    s.mention, claim.speaker
                ),
                Some(_) => format!(
                    "the article quotes these words from {}, not from {}",
                    self.who_text(q),
                    claim.speaker
                ),
                None => "the article quotes these words but attributes them to no one".into(),
            },
            (Verdict::Paraphrased, Some(q)) => {
                let partly = toks.iter().any(|&t| self.toks[t].quote != NONE);
                if !partly {
                    format!(
                        "not quoted: the article reports this as what {} said, in its own words",
                        self.who_text(q)
                    )
                } else {
                    format!(
                        "only partly quoted: part of these words is the article's report of what {} said",
                        self.who_text(q)
                    )
                }
            }
            (Verdict::Misattributed, Some(q)) => match self.effective_speaker(q) {
                Some(_) => format!(
                    "the words are in the article's report of what {} said, not {}",
                    self.who_text(q),
                    claim.speaker
                ),
                None => {
                    "the words are in the article, in reported speech attributed to no one".into()
                }
            },
            (Verdict::Misattributed, None) => {
                "the words are the article's own (the reporter's), not a quote of anyone".into()
            }
            _ => String::new(),
        };
        let _ = p;
        o
    }

    /// A close alignment: evidence, the word diff, flags and the note.
    /// The quote nested in a quote that holds every article word of an alignment.
    fn nested_of(&self, a: &Aligned) -> Option<(usize, usize)> {
        let toks: Vec<usize> = a
            .steps
            .iter()
            .filter_map(|s| match *s {
                Step::Same(_, t) | Step::Form(_, t) | Step::Sub(_, t) => Some(t),
                _ => None,
            })
            .collect();
        self.nested_at(&toks)
    }

    /// [`Self::altered`], naming the inner speaker when the close words lie in a quote within a
    /// quote that gives them one.
    fn altered_at(&self, claim: &Claim, p: &Prepared, verdict: Verdict, a: &Aligned) -> Outcome {
        let mut o = self.altered(claim, p, verdict, a);
        let Some((qi, k)) = self.nested_of(a) else {
            return o;
        };
        let n = &self.doc.quotes[qi].nested[k];
        let Some(inner) = n.speaker.as_ref() else {
            return o;
        };
        credit_inner(&mut o, n);
        o.note = format!(
            "{}; the words stand inside a quote of {}, which gives them to {}",
            o.note.replace(&self.who_text(qi), &speaker_text(inner)),
            self.who_text(qi),
            speaker_text(inner)
        );
        o
    }

    fn altered(&self, claim: &Claim, p: &Prepared, verdict: Verdict, a: &Aligned) -> Outcome {
        let mut toks: Vec<usize> = a.steps.iter().filter_map(|s| s.article()).collect();
        // A word contracted against two claim words appears in two steps.
        toks.dedup();
        let mut o = self.outcome_at(claim, verdict, &toks, Some(a.quote));
        let (diff, flags) = self.diff(p, &a.steps);
        let changes = diff
            .iter()
            .filter(|e| {
                matches!(
                    e,
                    Edit::Changed { .. } | Edit::Deleted { .. } | Edit::Inserted { .. }
                )
            })
            .count();
        o.note = if verdict == Verdict::Altered {
            format!(
                "close to a quote of {} but not the same: {} change{}{}",
                self.who_text(a.quote),
                changes,
                if changes == 1 { "" } else { "s" },
                if flags.is_empty() {
                    String::new()
                } else {
                    format!(
                        ", {} that can change the meaning",
                        if flags.len() == 1 { "one" } else { "some" }
                    )
                }
            )
        } else {
            match self.effective_speaker(a.quote) {
                Some(s) if s.name.is_none() => format!(
                    "close to a quote of {}, which quotecheck could not tie to one person, not \
                     clearly of {} ({} change{})",
                    self.who_text(a.quote),
                    claim.speaker,
                    changes,
                    if changes == 1 { "" } else { "s" }
                ),
                Some(_) => format!(
                    "close to a quote of {}, not of {} ({} change{})",
                    self.who_text(a.quote),
                    claim.speaker,
                    changes,
                    if changes == 1 { "" } else { "s" }
                ),
                None => format!(
                    "close to a quote the article attributes to no one ({} change{})",
                    changes,
                    if changes == 1 { "" } else { "s" }
                ),
            }
        };
        o.diff = diff;
        o.flags = flags;
        o
    }

    /// Group alignment steps into edits, and flag the changes that can flip meaning.
    fn diff(&self, p: &Prepared, steps: &[Step]) -> (Vec<Edit>, Vec<Flag>) {
        #[derive(PartialEq, Clone, Copy)]
        enum Class {
            Same,
            Skip,
            Change,
        }
        // A run of three or more dropped article words is an edit of its own, so a claim that
        // leaves out a clause and then changes a word shows both; shorter drops stay with the
        // change beside them ("not yet" -> "already").
        let long_drop: Vec<bool> = {
            let mut v = vec![false; steps.len()];
            let mut k = 0;
            while k < steps.len() {
                let n = steps[k..]
                    .iter()
                    .take_while(|s| matches!(s, Step::Del(_)))
                    .count();
                if n >= 3 {
                    v[k..k + n].fill(true);
                }
                k += n.max(1);
            }
            v
        };
        #[derive(PartialEq, Clone, Copy)]
        enum Sub {
            None,
            Drop,
            Form,
            Other,
        }
        let class = |k: usize| match steps[k] {
            Step::Same(..) => (Class::Same, Sub::None),
            Step::Skip(_) => (Class::Skip, Sub::None),
            Step::Form(..) => (Class::Change, Sub::Form),
            Step::Del(_) if long_drop[k] => (Class::Change, Sub::Drop),
            _ => (Class::Change, Sub::Other),
        };
        let mut edits = Vec::new();
        let mut flags = Vec::new();
        let mut i = 0;
        while i < steps.len() {
            let k = class(i);
            let c = k.0;
            let j = (i..steps.len())
                .find(|&x| class(x) != k)
                .unwrap_or(steps.len());
            let group = &steps[i..j];
            let mut art: Vec<usize> = group.iter().filter_map(|s| s.article()).collect();
            let mut cl: Vec<usize> = group.iter().filter_map(|s| s.claim()).collect();
            // The shorter side of a contraction appears in both of its steps.
            art.dedup();
            cl.dedup();
            match c {
                Class::Same => edits.push(Edit::Same {
                    text: self.words_text(&art),
                }),
                Class::Skip => edits.push(Edit::Omitted {
                    article: self.words_text(&art),
                }),
                Class::Change => {
                    let a = self.words_text(&art);
                    let ctext = claim_text(p, &cl);
                    edits.push(match (art.is_empty(), cl.is_empty()) {
                        (false, true) => Edit::Deleted { article: a.clone() },
                        (true, false) => Edit::Inserted {
                            claim: ctext.clone(),
                        },
                        _ => Edit::Changed {
                            article: a.clone(),
                            claim: ctext.clone(),
                        },
                    });
                    // A name change next to a kept name word is part of the same name ("Chinese
                    // President Xi Jinping" quoted as "Xi").
                    let beside_name = |k: Option<&Step>| match k {
                        Some(Step::Same(_, t)) => self.name_like_tok(*t),
                        _ => false,
                    };
                    let before = (0..i)
                        .rev()
                        .find(|&x| class(x).0 != Class::Change)
                        .map(|x| &steps[x]);
                    let after = (j..steps.len())
                        .find(|&x| class(x).0 != Class::Change)
                        .map(|x| &steps[x]);
                    let near_name = beside_name(before) || beside_name(after);
                    // A contraction spelt out changes no meaning ("don’t" / "do not").
                    if k.1 != Sub::Form {
                        flags.extend(self.flags(p, &art, &cl, &a, &ctext, near_name));
                    }
                }
            }
            i = j;
        }
        (edits, flags)
    }

    fn flags(
        &self,
        p: &Prepared,
        art: &[usize],
        cl: &[usize],
        a_text: &str,
        c_text: &str,
        near_name: bool,
    ) -> Vec<Flag> {
        let w = self.words;
        let mut buf = String::new();
        // (normal form, as written) of each word on each side.
        let norm_art: Vec<(String, &str)> = art
            .iter()
            .map(|&t| {
                let raw = &self.text[self.toks[t].start..self.toks[t].end];
                normalize(raw, &mut buf, w);
                (buf.clone(), raw)
            })
            .collect();
        let norm_cl: Vec<(String, &str)> = cl
            .iter()
            .map(|&c| {
                let (_, s, e) = p.words[c];
                (p.norm[c].clone(), &p.raw[s..e])
            })
            .collect();
        let mut out = Vec::new();
        // The words of one kind on one side: normal forms sorted (to compare) and as written.
        let pick = |v: &[(String, &str)], f: &dyn Fn(&str) -> bool| -> (Vec<String>, Vec<String>) {
            let mut norm: Vec<String> = v.iter().filter(|x| f(&x.0)).map(|x| x.0.clone()).collect();
            norm.sort();
            let raw = v
                .iter()
                .filter(|x| f(&x.0))
                .map(|x| x.1.to_string())
                .collect();
            (norm, raw)
        };
        let flag = |kind: FlagKind, msg: String| Flag {
            kind,
            article: a_text.to_string(),
            claim: c_text.to_string(),
            message: msg,
        };
        let describe = |what: &str, a: &[String], c: &[String]| -> String {
            let q = |v: &[String]| {
                v.iter()
                    .map(|x| format!("“{x}”"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            match (a.is_empty(), c.is_empty()) {
                (false, true) => format!("{what} dropped: the article says {}", q(a)),
                (true, false) => format!("{what} added: the claim says {}", q(c)),
                _ => format!("{what} changed: {} → {}", q(a), q(c)),
            }
        };
        let (na, ra) = pick(&norm_art, &|x| w.is_negation(x));
        let (nc, rc) = pick(&norm_cl, &|x| w.is_negation(x));
        if na.len() != nc.len() {
            out.push(flag(FlagKind::Negation, describe("negation", &ra, &rc)));
        }
        let (na, ra) = pick(&norm_art, &|x| w.is_number(x));
        let (nc, rc) = pick(&norm_cl, &|x| w.is_number(x));
        if na != nc {
            out.push(flag(FlagKind::Number, describe("number", &ra, &rc)));
        }
        let (na, ra) = pick(&norm_art, &|x| w.is_hedge(x));
        let (nc, rc) = pick(&norm_cl, &|x| w.is_hedge(x));
        if na != nc {
            out.push(flag(FlagKind::Hedge, describe("hedge", &ra, &rc)));
        }
        let names_a: Vec<String> = art
            .iter()
            .filter(|&&t| self.name_like_tok(t))
            .map(|&t| self.text[self.toks[t].start..self.toks[t].end].to_string())
            .collect();
        // A name the claim puts in brackets says who the quote's own words mean ("[Lund] will
        // stay" for "she will stay"); an article's name it replaces still counts as dropped.
        let names_c: Vec<String> = cl
            .iter()
            .filter(|&&c| !p.bracketed[c] && self.name_like_claim(p, c))
            .map(|&c| p.raw[p.words[c].1..p.words[c].2].to_string())
            .collect();
        let lower = |v: &[String]| {
            let mut r: Vec<String> = v.iter().map(|x| x.to_lowercase()).collect();
            r.sort();
            r
        };
        if lower(&names_a) != lower(&names_c) {
            let one_sided = names_a.is_empty() || names_c.is_empty();
            if !(one_sided && near_name) {
                out.push(flag(FlagKind::Name, describe("name", &names_a, &names_c)));
            }
        }
        out
    }

    fn name_like_tok(&self, t: usize) -> bool {
        let tok = self.toks[t];
        let raw = &self.text[tok.start..tok.end];
        if !capitalised(raw) {
            return false;
        }
        if !sentence_initial(self.text, tok.start) {
            return true;
        }
        let mut buf = String::new();
        normalize(raw, &mut buf, self.words);
        self.vocab
            .get(buf.as_str())
            .is_some_and(|&id| self.cap_mid[id as usize])
    }

    fn name_like_claim(&self, p: &Prepared, c: usize) -> bool {
        let (id, s, e) = p.words[c];
        let raw = &p.raw[s..e];
        capitalised(raw)
            && (!sentence_initial(p.raw, s) || (id != UNKNOWN && self.cap_mid[id as usize]))
    }

    /// The article's text for a list of tokens (see [`Index::parts`]).
    fn words_text(&self, toks: &[usize]) -> String {
        self.parts(toks).1
    }

    /// Contiguous runs of tokens, one per quote segment: a jump in token index or a change of
    /// quote starts a new part. Also the parts as one string: adjacent parts joined by the text
    /// between them, parts with words left out between them by " … ".
    fn parts(&self, toks: &[usize]) -> (Vec<Part>, String) {
        let mut out: Vec<(Part, usize, usize)> = Vec::new();
        for &t in toks {
            let tok = self.toks[t];
            match out.last_mut() {
                Some((last, _, lt)) if t == *lt + 1 && self.toks[*lt].quote == tok.quote => {
                    last.end = tok.end;
                    *lt = t;
                }
                // Char offsets and text are filled in below, once the part's end is known.
                _ => out.push((
                    Part {
                        start: tok.start,
                        end: tok.end,
                        char_start: 0,
                        char_end: 0,
                        text: String::new(),
                    },
                    t,
                    t,
                )),
            }
        }
        let mut joined = String::new();
        let mut cur = self.pos.cursor(self.text);
        for k in 0..out.len() {
            if k > 0 {
                if out[k].1 == out[k - 1].2 + 1 {
                    joined.push_str(&self.text[out[k - 1].0.end..out[k].0.start]);
                } else {
                    joined.push_str(" … ");
                }
            }
            let p = &mut out[k].0;
            (p.char_start, p.char_end) = cur.char_range(Span::new(p.start, p.end));
            p.text = self.text[p.start..p.end].to_string();
            joined.push_str(&p.text);
        }
        (out.into_iter().map(|x| x.0).collect(), joined)
    }

    fn effective_speaker(&self, qi: usize) -> Option<&SpeakerRef> {
        let q = self.doc.quotes.get(qi)?;
        q.speaker.as_ref().or_else(|| {
            q.continues
                .and_then(|h| self.doc.quotes.get(h)?.speaker.as_ref())
        })
    }

    /// "Volodymyr Zelensky (“Zelensky”)", the way the output names the speaker of a quote.
    fn who_text(&self, qi: usize) -> String {
        match self.effective_speaker(qi) {
            None => "no one".into(),
            Some(s) => match &self.doc.quotes[qi].via {
                Some(v) => format!("{}, according to {}", speaker_text(s), v.text),
                None => speaker_text(s),
            },
        }
    }
}

/// The evidence of a match inside a quote within a quote names the inner speaker and cue, the ones
/// the outer quote gives the words to.
fn credit_inner(o: &mut Outcome, n: &NestedQuote) {
    if let Some(e) = o.evidence.as_mut() {
        e.speaker = n.speaker.clone();
        e.cue = n.cue.as_ref().map(|c| c.text.clone());
    }
}

/// The part of a speaker pasted with what the article says of them before that description
/// ("Ada Lund, 44", "Lund, who chairs the board", "Lund of the harbour trust", "Lund herself",
/// "Lund — twice re-elected —").
fn pasted_head(speaker: &str) -> Option<&str> {
    [
        ",",
        "(",
        ";",
        " who ",
        " whose ",
        " which ",
        " of ",
        " himself",
        " herself",
        " themselves",
        // A description set off by a dash ("Lund — twice re-elected —"); not a hyphen in a name.
        " — ",
        " – ",
        " -- ",
    ]
    .iter()
    .filter_map(|sep| speaker.find(sep))
    .min()
    .map(|at| speaker[..at].trim())
    .filter(|h| !h.is_empty())
}

/// How a speaker is named in notes: the canonical name, with the mention when it differs.
pub fn speaker_text(s: &SpeakerRef) -> String {
    match &s.name {
        Some(n) if *n == s.mention => n.clone(),
        Some(n) => format!("{n} (“{}”)", s.mention),
        None => format!("an unresolved “{}”", s.mention),
    }
}

fn claim_text(p: &Prepared, cl: &[usize]) -> String {
    match (cl.first(), cl.last()) {
        (Some(&a), Some(&b)) => p.raw[p.words[a].1..p.words[b].2].to_string(),
        _ => String::new(),
    }
}

fn same_speaker(a: Option<&SpeakerRef>, b: Option<&SpeakerRef>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => match (x.entity, y.entity) {
            (Some(p), Some(q)) => p == q,
            _ => x.name.is_some() && x.name == y.name,
        },
        _ => false,
    }
}

/// Within one paragraph, two segments whose speakers the analysis could not tell apart: one has no
/// speaker, or both are the same unresolved mention (“…,” she said. “…”).
fn maybe_same_speaker(a: Option<&SpeakerRef>, b: Option<&SpeakerRef>) -> bool {
    match (a, b) {
        (None, _) | (_, None) => true,
        (Some(x), Some(y)) => {
            x.name.is_none() && y.name.is_none() && x.mention.eq_ignore_ascii_case(&y.mention)
        }
    }
}

/// `needle` appears as a contiguous run of words in `hay`.
fn contains(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty()
        && needle.len() <= hay.len()
        && hay.windows(needle.len()).any(|w| w == needle)
}

/// The names a speaker goes by in the document, normalised.
fn speaker_forms(
    text: &str,
    s: &SpeakerRef,
    doc: &Document,
    words: &Words,
    lex: &Lexicon,
) -> Forms {
    let mut forms = Vec::new();
    let mut push = |f: &str| {
        let w = word_list(f);
        if !w.is_empty() && !forms.contains(&w) {
            forms.push(w);
        }
    };
    let pronoun = lex.pronouns.contains_key(&s.mention.to_lowercase());
    if !pronoun {
        push(&s.mention);
    }
    if let Some(n) = &s.name {
        push(n);
    }
    let entry = s.entity.and_then(|e| doc.speakers.get(e));
    if let Some(e) = entry {
        push(&e.name);
        for a in &e.aliases {
            push(a);
        }
    }
    // Titles written before a mention ("Ukrainian President Volodymyr Zelensky") name the speaker
    // too, so "the Ukrainian president" is a form of Zelensky.
    let mut spans = vec![(s.start, s.end)];
    if let Some(e) = entry {
        spans.extend(e.mentions.iter().map(|m| (m.start, m.end)));
    }
    for (st, en) in spans {
        if let Some(t) = titled(text, st, en, words) {
            push(t);
        }
    }
    let canonical = s
        .name
        .as_deref()
        .or(entry.map(|e| e.name.as_str()))
        .or((!pronoun).then_some(s.mention.as_str()))
        .unwrap_or("");
    let mut core = strip_titles(word_list(canonical), words);
    if core.len() == 1 && words.pronouns.contains(&core[0]) {
        core.clear();
    }
    Forms { forms, core }
}

/// A name without its leading titles and nationality ("Ukrainian President Volodymyr Zelensky" ->
/// "volodymyr zelensky"); a name that is all title is kept whole.
fn strip_titles(mut name: Vec<String>, words: &Words) -> Vec<String> {
    'strip: loop {
        for t in &words.titles {
            if name.len() > t.len() && name.starts_with(t) {
                name.drain(..t.len());
                continue 'strip;
            }
        }
        if name.len() > 1 && words.demonyms.contains(&name[0]) {
            name.remove(0);
            continue;
        }
        return name;
    }
}

/// Does a claim's speaker (`who`, and `bare` without its titles) name this speaker? The claim's
/// name inside one of the article's ("Zelensky" in "Volodymyr Zelensky", "the Ukrainian
/// president" in "Ukrainian President Volodymyr Zelensky"); the article's name inside the claim's
/// ("President Volodymyr Zelensky"); or the claim's name less its titles inside one of the
/// article's ("Mayor Holt" for "Mayor Jane Holt").
fn names(f: &Forms, who: &[String], bare: &[String]) -> bool {
    !who.is_empty()
        && (f.forms.iter().any(|form| contains(form, who))
            || contains(who, &f.core)
            || bare.len() < who.len() && f.forms.iter().any(|form| contains(form, bare)))
}

/// A mention with the title words written just before it ("Ukrainian President" + "Volodymyr
/// Zelensky"): up to five capitalised or title words, separated from it by spaces only.
fn titled<'t>(text: &'t str, start: usize, end: usize, words: &Words) -> Option<&'t str> {
    let mut from = start.saturating_sub(120);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..start)?;
    let mut lexemes = Vec::new();
    lex(before, |l| lexemes.push(l));
    let mut first = start;
    for l in lexemes.iter().rev().take(5) {
        let between = &text[from + l.end..first];
        if l.ellipsis || !between.chars().all(|c| c == ' ') {
            break;
        }
        let raw = &before[l.start..l.end];
        let lower = raw.to_lowercase();
        let title_word = words.title_words.contains(&lower);
        if !(capitalised(raw) || title_word) {
            break;
        }
        first = from + l.start;
    }
    (first < start).then(|| &text[first..end])
}

/// Shared words and article words of an alignment. A contraction against its two words counts as
/// one shared word, and its article side once per article word.
fn tally(steps: &[Step]) -> (usize, usize) {
    let (mut same, mut article_len) = (0, 0);
    let mut prev: Option<(usize, usize)> = None;
    for s in steps {
        match *s {
            Step::Same(..) => {
                same += 1;
                article_len += 1;
            }
            Step::Sub(..) | Step::Del(_) => article_len += 1,
            Step::Form(c, t) => {
                let (pc, pt) = prev.unzip();
                if pt != Some(t) {
                    article_len += 1;
                    if pc != Some(c) {
                        same += 1;
                    }
                }
            }
            Step::Ins(_) | Step::Skip(_) => {}
        }
        prev = match *s {
            Step::Form(c, t) => Some((c, t)),
            _ => None,
        };
    }
    (same, article_len)
}

/// The densest band of diagonals among one run's votes (sorted by diagonal): `(lo, hi)`.
fn densest(votes: &[(u32, i64)], m: usize) -> (i64, i64) {
    let width = m as i64 + 8;
    let mut best = (0, votes[0].1, votes[0].1);
    let mut j = 0;
    for i in 0..votes.len() {
        while votes[i].1 - votes[j].1 > width {
            j += 1;
        }
        if i + 1 - j > best.0 {
            best = (i + 1 - j, votes[j].1, votes[i].1);
        }
    }
    (best.1, best.2)
}

/// Scores of the alignment (higher is better): a shared word, a changed word, opening a run of
/// dropped or added words, and each further word of the run. Runs are cheap to extend (an eighth
/// of a shared word) so that a claim that leaves out a clause shows as one deletion where it
/// stood, not as a string of changed words or an alignment that starts inside the clause.
const MATCH: i32 = 8;
const MISMATCH: i32 = -4;
const GAP_OPEN: i32 = -8;
const GAP_EXTEND: i32 = -1;
/// A contraction against its spelt-out words ("we’re" / "we are"): nearly a shared word, so the
/// pair lines up there rather than as a changed word and an added one that pull in a neighbour.
const FORM: i32 = 6;
const NEG: i32 = i32::MIN / 4;

/// Align the claim with a window of article words (Gotoh's affine-gap alignment over words). The
/// article's words before the claim, after it, and where the claim has an ellipsis cost nothing.
/// Returns the steps in order (window indices), or `None` when the table would be too large.
fn align(claim: &[u32], gap: &[bool], win: &[u32], links: &Links) -> Option<Vec<Step>> {
    let (m, w) = (claim.len(), win.len());
    let cols = w + 1;
    if (m + 1) * cols > MAX_CELLS {
        return None;
    }
    // Three states per cell: 0 = ends on an aligned pair, 1 = ends deleting an article word
    // (left), 2 = ends inserting a claim word (up). `from[s][cell]` is the state the best path
    // into state s came from; for state 0, plus 3 when the pair is two claim words spelling out
    // one article word, plus 6 when it is one claim word contracting two.
    let mut from = [
        vec![0u8; (m + 1) * cols],
        vec![0u8; (m + 1) * cols],
        vec![0u8; (m + 1) * cols],
    ];
    // Rows i - 2, i - 1 and i.
    let mut prev2 = [vec![NEG; cols], vec![NEG; cols], vec![NEG; cols]];
    let mut prev = [vec![NEG; cols], vec![NEG; cols], vec![NEG; cols]];
    prev[0].fill(0); // start anywhere in the window
    let mut cur = [vec![NEG; cols], vec![NEG; cols], vec![NEG; cols]];
    let best3 = |a: i32, b: i32, c: i32| -> (i32, u8) {
        if a >= b && a >= c {
            (a, 0)
        } else if b >= c {
            (b, 1)
        } else {
            (c, 2)
        }
    };
    let linked = |v: &[(usize, usize)], i: usize, j: usize| {
        !v.is_empty() && v.binary_search(&(i, j)).is_ok()
    };
    for i in 1..=m {
        // Article words are free to skip in row i when an ellipsis follows claim word i - 1.
        let free = i < m && gap[i];
        let cell = |j: usize| i * cols + j;
        for st in &mut cur {
            st[0] = NEG;
        }
        let (v, f) = best3(prev[0][0] + GAP_OPEN, NEG, prev[2][0] + GAP_EXTEND);
        cur[2][0] = v;
        from[2][cell(0)] = f;
        for j in 1..=w {
            let s = if claim[i - 1] == win[j - 1] {
                MATCH
            } else {
                MISMATCH
            };
            let (v, f) = best3(prev[0][j - 1], prev[1][j - 1], prev[2][j - 1]);
            let (mut v, mut f) = (v.saturating_add(s), f);
            if i >= 2 && !gap[i - 1] && linked(&links.spelt, i - 2, j - 1) {
                let (v2, f2) = best3(prev2[0][j - 1], prev2[1][j - 1], prev2[2][j - 1]);
                if v2.saturating_add(FORM) > v {
                    (v, f) = (v2.saturating_add(FORM), f2 + 3);
                }
            }
            if j >= 2 && linked(&links.contracted, i - 1, j - 2) {
                let (v2, f2) = best3(prev[0][j - 2], prev[1][j - 2], prev[2][j - 2]);
                if v2.saturating_add(FORM) > v {
                    (v, f) = (v2.saturating_add(FORM), f2 + 6);
                }
            }
            cur[0][j] = v;
            from[0][cell(j)] = f;
            let (open, ext) = if free { (0, 0) } else { (GAP_OPEN, GAP_EXTEND) };
            let (v, f) = best3(
                cur[0][j - 1] + open,
                cur[1][j - 1] + ext,
                cur[2][j - 1] + open,
            );
            cur[1][j] = v;
            from[1][cell(j)] = f;
            let (v, f) = best3(
                prev[0][j] + GAP_OPEN,
                prev[1][j] + GAP_OPEN,
                prev[2][j] + GAP_EXTEND,
            );
            cur[2][j] = v;
            from[2][cell(j)] = f;
        }
        // Rotate: row i - 1 becomes i - 2, row i becomes i - 1, the old i - 2 is reused.
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    // End on an aligned pair or an added word, wherever in the window.
    let (mut j, mut st) = (0..=w)
        .flat_map(|j| [(j, 0u8), (j, 2u8)])
        .max_by_key(|&(j, s)| (prev[s as usize][j], std::cmp::Reverse(j)))?;
    let mut i = m;
    let mut steps = Vec::new();
    while i > 0 {
        let f = from[st as usize][i * cols + j];
        match st {
            0 if f >= 6 => {
                steps.push(Step::Form(i - 1, j - 1));
                steps.push(Step::Form(i - 1, j - 2));
                i -= 1;
                j -= 2;
            }
            0 if f >= 3 => {
                steps.push(Step::Form(i - 1, j - 1));
                steps.push(Step::Form(i - 2, j - 1));
                i -= 2;
                j -= 1;
            }
            0 => {
                steps.push(if claim[i - 1] == win[j - 1] {
                    Step::Same(i - 1, j - 1)
                } else {
                    Step::Sub(i - 1, j - 1)
                });
                i -= 1;
                j -= 1;
            }
            1 => {
                let free = i < m && gap[i];
                steps.push(if free {
                    Step::Skip(j - 1)
                } else {
                    Step::Del(j - 1)
                });
                j -= 1;
            }
            _ => {
                steps.push(Step::Ins(i - 1));
                i -= 1;
            }
        }
        st = f % 3;
    }
    steps.reverse();
    Some(steps)
}

/// Check every claim against one article (in parallel; the output keeps the claims' order).
pub fn check_all(text: &str, doc: &Document, claims: &[Claim]) -> Vec<Outcome> {
    use rayon::prelude::*;
    let index = Index::new(text, doc);
    claims.par_iter().map(|c| index.check(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexed(s: &str) -> Vec<String> {
        let mut v = Vec::new();
        lex(s, |l| {
            v.push(if l.ellipsis {
                "…".to_string()
            } else {
                s[l.start..l.end].to_string()
            })
        });
        v
    }

    #[test]
    fn lexer_keeps_inner_apostrophes_and_number_separators() {
        assert_eq!(
            lexed("“Don’t,” he said... 2,000 in-depth 3.5. . . end"),
            ["Don’t", "he", "said", "…", "2,000", "in", "depth", "3.5", "…", "end"]
        );
    }

    #[test]
    fn number_words_read_as_digits() {
        let mut b = String::new();
        normalize("Five", &mut b, Words::get());
        assert_eq!(b, "5");
        normalize("2,000", &mut b, Words::get());
        assert_eq!(b, "2000");
    }

    #[test]
    fn alignment_skips_freely_at_an_ellipsis_only() {
        // claim: a b … e ; article: a b c d e
        let steps = align(
            &[1, 2, 5],
            &[false, false, true],
            &[1, 2, 3, 4, 5],
            &Links::default(),
        )
        .unwrap();
        assert_eq!(
            steps,
            [
                Step::Same(0, 0),
                Step::Same(1, 1),
                Step::Skip(2),
                Step::Skip(3),
                Step::Same(2, 4)
            ]
        );
        let steps = align(
            &[1, 2, 5],
            &[false; 3],
            &[9, 1, 2, 3, 5, 9],
            &Links::default(),
        )
        .unwrap();
        assert_eq!(
            steps,
            [
                Step::Same(0, 1),
                Step::Same(1, 2),
                Step::Del(3),
                Step::Same(2, 4)
            ]
        );
    }

    #[test]
    fn stems_meet() {
        assert_eq!(stem("travelling"), stem("travells"));
        assert_eq!(stem("envoys"), "envoy");
        assert_eq!(stem("press"), "press");
    }
}
