//! Attribution: for every quoted span, decide whether it is speech, what kind, who said it and by
//! which cue — and find indirect speech that has no quote marks at all.
//!
//! Each rule is a named pattern (the `pattern` field of a quote), tried in a fixed order from the most
//! local evidence to the least: the words right after the closing mark, the words right before the
//! opening mark, a reporting verb elsewhere in the sentence, and only then the neighbouring quotes and
//! paragraphs. A quote no rule attributes keeps `speaker: null`: better unattributed than misattributed.

use std::cell::{Cell, OnceCell};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::OnceLock;

use crate::document::{NonQuoteReason, QuoteKind};
use crate::lexicon::{Fnv, Gender, Lexicon, WordMap};
use crate::quotes::{Family, RawQuote, Scan};
use crate::segment::Token;
use crate::span::Span;
use crate::speakers::{
    hyphen_compound, is_acronym, is_cap, strip_possessive, strip_titles, Np, NpKind,
};
use crate::work::{self, Stage};

/// One paragraph, tokenised and split into sentence windows.
#[derive(Debug, Clone)]
pub struct Para {
    /// Where it is.
    pub span: Span,
    /// Its tokens.
    pub toks: Vec<Token>,
    /// Sentence windows as token ranges.
    pub sents: Vec<Range<usize>>,
}

/// A quote (or indirect statement) with its attribution, before names are resolved.
#[derive(Debug, Clone)]
pub struct Attributed {
    /// The content span.
    pub content: Span,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The speaker mention, if a pattern found one.
    pub speaker: Option<Np>,
    /// The reporting cue.
    pub cue: Option<Span>,
    /// Which rule attributed it.
    pub pattern: &'static str,
    /// The evidence, in words.
    pub why: String,
    /// Index into the scanner's quotes (None for indirect speech).
    pub raw: Option<usize>,
    /// Paragraph index.
    pub paragraph: usize,
    /// The sentence the quote stands in (stance reads it for partial and indirect quotes).
    pub sentence: Span,
}

/// A quoted span judged not to be speech.
#[derive(Debug, Clone)]
pub struct NotSpeech {
    /// The content span.
    pub content: Span,
    /// Why not.
    pub why: NonQuoteReason,
    /// The evidence.
    pub evidence: String,
}

/// A quote inside a quote (“He wrote to me, ‘never again,’ and left”), with the speaker the
/// outer quote gives it. A fact-checker asking who said the inner words needs this: they are not
/// the outer speaker's own.
#[derive(Debug, Clone)]
pub struct NestedLead {
    /// Index into the scanner's quotes of the quote it stands in.
    pub outer: usize,
    /// The inner quote's content.
    pub content: Span,
    /// The speaker named inside the outer quote, when a pattern found one.
    pub speaker: Option<Np>,
    /// The reporting cue inside the outer quote.
    pub cue: Option<Span>,
    /// Which rule found it (`speaker_cue_quote`, `quote_speaker_cue`, …; `none`).
    pub pattern: &'static str,
}

/// Everything attribution produces.
#[derive(Debug, Default)]
pub struct Attribution {
    /// Quotes and indirect statements, in text order.
    pub quotes: Vec<Attributed>,
    /// Quoted spans that are not speech.
    pub non_quotes: Vec<NotSpeech>,
    /// Quotes inside quotes, with their own speakers, in text order.
    pub nested: Vec<NestedLead>,
}

const CUE: u8 = 1;
const INDIRECT: u8 = 2;

/// Reporting verbs (`CUE`) and indirect-speech cues (`INDIRECT`) of `Lexicon::get()` in one map
/// with a fast hash; `None` for any other lexicon, which is then read directly.
fn cue_words(lex: &Lexicon) -> Option<&'static HashMap<String, u8, BuildHasherDefault<Fnv>>> {
    static MAP: OnceLock<HashMap<String, u8, BuildHasherDefault<Fnv>>> = OnceLock::new();
    std::ptr::eq(lex, Lexicon::get()).then(|| {
        MAP.get_or_init(|| {
            let mut m = HashMap::default();
            for w in &lex.cue_verbs {
                *m.entry(w.clone()).or_default() |= CUE;
            }
            for w in &lex.indirect_cues {
                *m.entry(w.clone()).or_default() |= INDIRECT;
            }
            m
        })
    })
}

/// The finite forms the lexicons may list for a participle's stem ("say" -> "says", "note" ->
/// "noted", "address" -> "addresses"), given to `f` in one reused buffer until it returns true.
fn any_stem_form(stem: &str, mut f: impl FnMut(&str) -> bool) -> bool {
    let mut form = String::with_capacity(stem.len() + 2);
    ["s", "ed", "es"].iter().any(|end| {
        form.clear();
        form.push_str(stem);
        form.push_str(end);
        f(&form)
    })
}

/// Bits of [`View::facts`]: the token may be a reporting verb, an indirect cue or "according"
/// (the keys of [`cue_words`] and "according"), a verb of `object_cues.txt`, or a noun of
/// `statement_nouns.txt`; or it comes right after a comma. "May" because a shape is a filter: a
/// token with one of these bits clear is certainly not such a word, one with it set still needs
/// its look-up.
const MAY_CUE: u8 = 1;
const MAY_OBJECT_CUE: u8 = 2;
const MAY_STATEMENT_NOUN: u8 = 4;
const AFTER_COMMA: u8 = 8;
/// The token may be a word of [`POST_MODIFIERS`].
const MAY_POST_MODIFIER: u8 = 16;
/// The bits one of `indirect`'s per-word tests needs: a word with none of them starts no
/// statement there.
const MAY_OPEN_INDIRECT: u8 = MAY_CUE | MAY_OBJECT_CUE | MAY_STATEMENT_NOUN | AFTER_COMMA;
/// Every `MAY_*` bit: a token with no shape, or any token with a lexicon other than
/// `Lexicon::get()`, may be any of the words.
const MAY_ALL: u8 = MAY_CUE | MAY_OBJECT_CUE | MAY_STATEMENT_NOUN | MAY_POST_MODIFIER;

/// Words after a speaker that take a phrase of their own ("familiar with", "close to", …): see
/// `View::np_before`.
const POST_MODIFIERS: &[&str] = &["familiar", "close", "involved", "knowledgeable", "briefed"];

/// The `MAY_*` bits of the word lists' ASCII words by their two shapes ([`cue_shape`]), for
/// `Lexicon::get()` only. A token may be a word of a list only if both its shapes have the
/// list's bit: one look-up a shape for all lists, and the second shape halves the tokens the
/// first lets through (on PolNeAR train one token in thirteen may be a cue, and is looked up).
fn shape_facts(lex: &Lexicon) -> Option<&'static [Vec<u8>; 2]> {
    static FACTS: OnceLock<[Vec<u8>; 2]> = OnceLock::new();
    let cues = cue_words(lex)?;
    Some(FACTS.get_or_init(|| {
        let mut t = [vec![0u8; SHAPES], vec![0u8; SHAPES]];
        let lists: [(&mut dyn Iterator<Item = &str>, u8); 4] = [
            (
                &mut cues.keys().map(String::as_str).chain(["according"]),
                MAY_CUE,
            ),
            (
                &mut lex.object_cues.keys().map(String::as_str),
                MAY_OBJECT_CUE,
            ),
            (
                &mut lex.statement_nouns.keys().map(String::as_str),
                MAY_STATEMENT_NOUN,
            ),
            (&mut POST_MODIFIERS.iter().copied(), MAY_POST_MODIFIER),
        ];
        for (words, may) in lists {
            for w in words {
                if let Some(shape) = cue_shape(w.as_bytes()) {
                    for (table, at) in t.iter_mut().zip(shape) {
                        table[at] |= may;
                    }
                }
            }
        }
        t
    }))
}

/// How many shapes [`cue_shape`] tells apart.
const SHAPES: usize = 1 << 16;

/// The two shapes of an ASCII word shorter than 64 bytes: its length with its first and last
/// bytes, and with its second and second-to-last. ASCII lowercasing changes neither a word's length
/// nor `byte | 0x20` of its bytes, so a word and its lowercase form share their shapes.
fn cue_shape(b: &[u8]) -> Option<[usize; 2]> {
    let (&first, &last) = (b.first()?, b.last()?);
    (b.is_ascii() && b.len() < 64).then(|| {
        let n = b.len();
        let key = |x: u8, y: u8| {
            (usize::from((x | 0x20) & 31) << 5 | usize::from((y | 0x20) & 31)) << 6 | n
        };
        [key(first, last), key(b[n.min(2) - 1], b[n - n.min(2)])]
    })
}

/// Read-only view of one paragraph's tokens with lexicon helpers.
struct View<'a> {
    text: &'a str,
    toks: &'a [Token],
    lex: &'a Lexicon,
    /// Token indices where `sentence_cue` and `indirect` can find something (a cue, an indirect
    /// cue or "according"), computed on first use: their scans step over these only, so a sentence
    /// with many quotes and few cues is not read again for every quote.
    cue_candidates: OnceCell<Vec<usize>>,
    /// Token indices of a post-modifier ("familiar with", "close to", …), found on first use
    /// in one pass, so that `np_before` looks them up instead of reading back for each call.
    post_modifiers: OnceCell<Vec<usize>>,
    /// Every token lowercased, made on first use (see [`View::lc`]).
    lower: OnceCell<Lower>,
    /// Every token's `MAY_*` and `AFTER_COMMA` bits, found in one pass on first use: `indirect`
    /// asks five questions of every word of every sentence, and most words fail all five on these
    /// bits alone (finding a word's shape, or reading the token before it, cost more than a test).
    facts: OnceCell<Vec<u8>>,
    /// Work: token reads through `w`, `is_word` and `cap`, which every rule's loop goes through;
    /// added to the thread's count when the view is dropped.
    reads: Cell<u64>,
}

impl Drop for View<'_> {
    fn drop(&mut self) {
        work::add(Stage::Attribution, self.reads.get());
    }
}

/// How many tokens a rule reads around a quote or a cue. Rules look at a bounded window so that
/// the work per quote is constant and the whole pass stays linear in the text.
const WINDOW: usize = 40;

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "our", "one", "some", "many", "several", "two",
    "three", "four", "other", "another", "both", "most", "few", "these", "those", "this", "that",
];
const NAME_LINKS: &[&str] = &[
    "and", "&", "of", "for", "de", "van", "von", "al", "bin", "der", "la", "le", "du", "da", "del",
];
const PREPOSITIONS: &[&str] = &[
    "without", "within", "about", "against", "among", "between", "into", "onto", "upon", "toward",
    "towards", "across", "behind", "beyond", "under", "like", "unlike", "than", "per", "despite",
    "amid", "around", "since", "until", "of", "for", "as", "on", "in", "at", "during", "after",
    "before", "to", "via", "from", "with", "through", "over", "late", "early", "earlier", "later",
    "last", "this", "on", "by", "outside", "inside", "ahead",
];

/// Prepositions whose object is a place or an organisation the speaker belongs to, not the
/// speaker ("a customer from Morocco", "officials in Paris", "the head of Acme"). "by" and "as"
/// are not here: "a statement by Acme", "as Doe said".
const PP_HEADS: &[&str] = &[
    "of", "from", "for", "at", "in", "near", "with", "on", "within", "inside", "outside", "across",
    "among", "under", "over",
];

/// The tokens of a paragraph lowercased. The paragraph is copied once with its ASCII letters
/// lowercased, a pass over bytes: a look-up per token to decide whether to copy it cost more than
/// copying everything. A token with other characters is lowercased on its own and written back in
/// place; the rare one whose length `str::to_lowercase` changes is kept aside.
struct Lower {
    /// The text from the first token's start to the last token's end, lowercased.
    buf: String,
    /// Where `buf` starts in the text.
    base: usize,
    /// Tokens whose lowercase form has another length: (token index, range in `odd_buf`), by
    /// token index.
    odd: Vec<(usize, usize, usize)>,
    odd_buf: String,
}

impl Lower {
    fn new(text: &str, toks: &[Token]) -> Lower {
        let base = toks.first().map_or(0, |f| f.span.start);
        let end = toks.last().map_or(base, |l| l.span.end).max(base);
        let mut buf = text[base..end].to_owned();
        buf.make_ascii_lowercase();
        let mut odd = Vec::new();
        let mut odd_buf = String::new();
        if !buf.is_ascii() {
            for (i, t) in toks.iter().enumerate() {
                let w = t.text(text);
                if !w.is_ascii() {
                    let l = w.to_lowercase();
                    if l.len() == w.len() {
                        let at = t.span.start - base;
                        buf.replace_range(at..at + l.len(), &l);
                    } else {
                        let from = odd_buf.len();
                        odd_buf.push_str(&l);
                        odd.push((i, from, odd_buf.len()));
                    }
                }
            }
        }
        Lower {
            buf,
            base,
            odd,
            odd_buf,
        }
    }

    /// Token `i` (at `span`) lowercased.
    fn get(&self, i: usize, span: Span) -> &str {
        if !self.odd.is_empty() {
            if let Ok(k) = self.odd.binary_search_by_key(&i, |o| o.0) {
                let (_, from, to) = self.odd[k];
                return &self.odd_buf[from..to];
            }
        }
        &self.buf[span.start - self.base..span.end - self.base]
    }
}

impl<'a> View<'a> {
    fn new(text: &'a str, toks: &'a [Token], lex: &'a Lexicon) -> View<'a> {
        View {
            text,
            toks,
            lex,
            cue_candidates: OnceCell::new(),
            post_modifiers: OnceCell::new(),
            lower: OnceCell::new(),
            facts: OnceCell::new(),
            reads: Cell::new(0),
        }
    }
    /// The cue candidates in `r`, in order; `sentence_cue` reads at most [`MAX_CUE_CANDIDATES`] of
    /// them on each side of a quote.
    fn cue_candidates_in(&self, r: Range<usize>) -> &[usize] {
        let all = self
            .cue_candidates
            .get_or_init(|| self.find_cue_candidates());
        let from = all.partition_point(|&c| c < r.start);
        let to = all.partition_point(|&c| c < r.end);
        &all[from..to.max(from)]
    }
    fn find_cue_candidates(&self) -> Vec<usize> {
        {
            let words = cue_words(self.lex);
            let mut lower = String::new();
            let facts = self.facts();
            // Work: every token is read here once (and a few again by the look-ups).
            self.reads.set(self.reads.get() + self.toks.len() as u64);
            self.toks
                .iter()
                .enumerate()
                .filter(|&(c, t)| {
                    // Only words are cues. A shape no cue has rules the token out; a word the
                    // shapes do not cover (non-ASCII, 64 bytes or more) is looked up.
                    let may_be = t.word && facts[c] & MAY_CUE != 0;
                    if !may_be {
                        return false;
                    }
                    match words {
                        // `is_any_cue(c) || lw_is(c, "according")`, with the token lowercased
                        // as `lc` does but here: the paragraph's lowercase copy is then made only
                        // if a rule reads it.
                        Some(m) => {
                            let w = t.text(self.text);
                            lower.clear();
                            if w.is_ascii() {
                                lower.push_str(w);
                                lower.make_ascii_lowercase();
                            } else {
                                lower.push_str(&w.to_lowercase());
                            }
                            m.contains_key(lower.as_str()) || lower == "according"
                        }
                        None => self.is_any_cue(c) || self.lw_is(c, "according"),
                    }
                })
                .map(|(c, _)| c)
                .collect()
        }
    }
    fn read(&self) {
        self.reads.set(self.reads.get() + 1);
    }
    fn w(&self, i: usize) -> &'a str {
        self.read();
        self.toks[i].text(self.text)
    }
    /// The token lowercased, from one lowercase copy of the paragraph's tokens made on first use:
    /// the rules look up the same words many times, and a `String` per look-up was the hot spot.
    fn lc(&self, i: usize) -> &str {
        self.read();
        let lower = self.lower.get_or_init(|| {
            self.reads.set(self.reads.get() + self.toks.len() as u64);
            Lower::new(self.text, self.toks)
        });
        lower.get(i, self.toks[i].span)
    }
    /// `self.lc(i) == l` for an ASCII `l`, without allocating. (For a non-ASCII token, comparing
    /// char by char lowercased is the same: `str::to_lowercase` differs from `char::to_lowercase`
    /// only for a final capital sigma, which lowercases to no ASCII char either way.)
    fn lw_is(&self, i: usize, l: &str) -> bool {
        debug_assert!(l.is_ascii());
        let w = self.w(i);
        // Lowercasing turns a non-ASCII char into no ASCII char but the Kelvin sign's "k" (3
        // bytes to 1): a token that lowercases to `l` is at least as long, and of the same length
        // only when it is ASCII.
        if w.len() <= l.len() {
            return w.eq_ignore_ascii_case(l);
        }
        if w.is_ascii() {
            w.eq_ignore_ascii_case(l)
        } else {
            w.chars().flat_map(char::to_lowercase).eq(l.chars())
        }
    }
    fn is_word(&self, i: usize) -> bool {
        self.read();
        self.toks[i].word
    }
    fn cap(&self, i: usize) -> bool {
        self.read();
        is_cap(self.text, &self.toks[i])
    }
    fn is_cue(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let listed = match cue_words(self.lex) {
            Some(m) => m.get(self.lc(i)).is_some_and(|f| f & CUE != 0),
            None => self.lex.cue_verbs.contains(self.lc(i)),
        };
        if !listed {
            return self.is_phrasal_cue(i);
        }
        // After a determiner or a possessor the word is a noun: "Trump’s remarks", "the claims".
        if i > 0 {
            let p = self.lc(i - 1);
            if matches!(
                p,
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "my"
                    | "your"
                    | "these"
                    | "those"
            ) || (self.is_word(i - 1)
                && crate::speakers::strip_possessive(self.w(i - 1)) != self.w(i - 1))
            {
                return false;
            }
        }
        // Phrasal verbs that are not reporting: "called for", "called off".
        let particle = (i + 1 < self.toks.len()).then(|| self.lc(i + 1));
        !(self.lc(i).starts_with("call") && matches!(particle, Some("off" | "up" | "in")))
    }
    /// The dash that ends right before token `end` (after `lo`): "—", or "--" as two tokens. A
    /// single hyphen is no dash.
    fn dash_ending_at(&self, end: usize, lo: usize) -> Option<Range<usize>> {
        if end <= lo {
            return None;
        }
        match self.w(end - 1) {
            "—" | "–" | "―" => Some(end - 1..end),
            "-" if end >= lo + 2 && self.w(end - 2) == "-" => Some(end - 2..end),
            _ => None,
        }
    }
    /// "asserts that Peru is …", "suggests that …": after the verb comes its complement, never an
    /// inverted speaker.
    fn complement_follows(&self, i: usize) -> bool {
        i + 1 < self.toks.len()
            && matches!(
                self.lc(i + 1),
                "that" | "this" | "these" | "those" | "what" | "how"
            )
    }
    /// The first word of a two-word reporting verb ("pointed out", "put it").
    fn is_phrasal_cue(&self, i: usize) -> bool {
        i + 1 < self.toks.len()
            && self.is_word(i + 1)
            && self
                .lex
                .phrasal_cues
                .get(self.lc(i))
                .is_some_and(|next| next.iter().any(|w| w == self.lc(i + 1)))
    }
    /// "read" reports only right after a quote ("“…,” the sign read", "“…,” reads an editorial");
    /// elsewhere it is mostly reading.
    fn is_read(&self, i: usize) -> bool {
        self.is_word(i) && matches!(self.lc(i), "read" | "reads")
    }
    /// A cue right after a quote: a reporting verb, or "read".
    fn is_tail_cue(&self, i: usize) -> bool {
        self.is_cue(i) || self.is_read(i)
    }
    fn is_indirect_cue(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        // A shape no cue has rules the token out without lowercasing or hashing it.
        if !self.may_be(i, MAY_CUE) {
            return false;
        }
        match cue_words(self.lex) {
            Some(m) => m.get(self.lc(i)).is_some_and(|f| f & INDIRECT != 0),
            None => self.lex.indirect_cues.contains(self.lc(i)),
        }
    }
    /// The tokens' `MAY_*` and `AFTER_COMMA` bits (see [`View::facts`]).
    fn facts(&self) -> &[u8] {
        self.facts.get_or_init(|| self.find_facts())
    }
    fn find_facts(&self) -> Vec<u8> {
        {
            self.reads.set(self.reads.get() + self.toks.len() as u64);
            let table = shape_facts(self.lex);
            let bytes = self.text.as_bytes();
            let mut facts = Vec::with_capacity(self.toks.len());
            let mut comma = false;
            for t in self.toks {
                let b = &bytes[t.span.start..t.span.end];
                let may = match (table, cue_shape(b)) {
                    (Some([one, two]), Some([a, b])) => one[a] & two[b],
                    _ => MAY_ALL,
                };
                facts.push(may | if comma { AFTER_COMMA } else { 0 });
                comma = b == b",";
            }
            facts
        }
    }
    /// Can token `i` be one of the words of `bit` (a `MAY_*` bit)?
    fn may_be(&self, i: usize, bit: u8) -> bool {
        self.facts()[i] & bit != 0
    }
    /// Token `i` is a verb of `object_cues.txt` followed by its particle, if it takes one: the
    /// particle ("" for none).
    fn object_particle(&self, i: usize) -> Option<&'a str> {
        self.particle_in(&self.lex.object_cues, MAY_OBJECT_CUE, i)
    }
    /// Token `i` is a noun of `statement_nouns.txt` followed by a word it takes ("claim that",
    /// "criticism of"): that word.
    fn statement_noun(&self, i: usize) -> Option<&'a str> {
        self.particle_in(&self.lex.statement_nouns, MAY_STATEMENT_NOUN, i)
    }
    /// Token `i` is a word of `map` followed by one of its particles, or taking none: the particle.
    /// `shape` (the `MAY_*` bit of `map`'s words) rules most tokens out before they are lowercased
    /// and hashed.
    fn particle_in(&self, map: &'a WordMap<Vec<String>>, shape: u8, i: usize) -> Option<&'a str> {
        if !self.may_be(i, shape) || !self.is_word(i) {
            return None;
        }
        let particles = map.get(self.lc(i))?;
        let next = (i + 1 < self.toks.len() && self.is_word(i + 1)).then(|| self.lc(i + 1));
        particles
            .iter()
            .find(|p| p.is_empty() || next == Some(p.as_str()))
            .map(String::as_str)
    }
    /// Token `i` is the participle of a cue that takes a clause (`indirect_cues.txt`) right after
    /// a comma: ", saying", ", adding", ", noting". The verb is found from the participle's stem:
    /// "saying" -> "says", "noting" -> "noted". (", citing …" and other participles of
    /// `object_cues.txt` verbs mostly give a reason, not a statement.)
    fn participle_cue(&self, i: usize) -> bool {
        let Some(stem) = self.comma_participle_stem(i) else {
            return false;
        };
        any_stem_form(stem, |form| self.lex.indirect_cues.contains(form))
    }
    /// Token `i` is a lower-case participle right after a comma (", saying"): its stem ("say").
    fn comma_participle_stem(&self, i: usize) -> Option<&str> {
        if i < 2 || !self.may_be(i, AFTER_COMMA) || !self.is_word(i) || self.cap(i) {
            return None;
        }
        self.lc(i).strip_suffix("ing").filter(|s| s.len() > 1)
    }
    /// Token `i` is the participle, right after a comma, of a verb of saying that takes a noun
    /// phrase (`object_cues.txt` and `cue_verbs.txt` both): ", citing …", ", referring to …",
    /// ", accusing …". Returns the particle the verb takes ("" for none). Verbs of doing
    /// ("offering", "supporting") are left out: their participle mostly gives a reason.
    fn object_participle(&self, i: usize) -> Option<&'a str> {
        let stem = self.comma_participle_stem(i)?;
        let next = (i + 1 < self.toks.len() && self.is_word(i + 1)).then(|| self.lc(i + 1));
        let mut said = false;
        let mut found = None;
        // Every form is read: the verb of saying and the object verb may be different forms.
        any_stem_form(stem, |form| {
            said |= self.lex.cue_verbs.contains(form);
            if found.is_none() {
                found = self.lex.object_cues.get(form).and_then(|ps| {
                    ps.iter()
                        .find(|p| p.is_empty() || next == Some(p.as_str()))
                        .map(String::as_str)
                });
            }
            false
        });
        found.filter(|_| said)
    }
    /// A clause cue with an infinitive: "vowed to …", "promised to …", "hopes to …" ("agreed to
    /// buy …" reports a deal, not a statement).
    fn cue_to_infinitive(&self, i: usize) -> bool {
        i + 2 < self.toks.len()
            && self.is_indirect_cue(i)
            && !self.lc(i).starts_with("agree")
            && self.lw_is(i + 1, "to")
            && self.is_word(i + 2)
            && !self.cap(i + 2)
            && !DETERMINERS.contains(&self.lc(i + 2))
    }
    /// `is_cue(i) || is_indirect_cue(i)` with one lookup.
    fn is_any_cue(&self, i: usize) -> bool {
        self.is_word(i)
            && match cue_words(self.lex) {
                Some(m) => m.contains_key(self.lc(i)),
                None => self.is_cue(i) || self.is_indirect_cue(i),
            }
    }
    fn is_adverb(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let l = self.lc(i);
        // A capitalised -ly word is a name ("Kelly", "Beverly") unless the list says otherwise.
        self.lex.adverbs.contains(l) || (l.ends_with("ly") && l.len() > 4 && !self.cap(i))
    }
    fn pronoun(&self, i: usize) -> Option<Gender> {
        if !self.is_word(i) {
            return None;
        }
        self.lex.pronouns.get(self.lc(i)).copied()
    }
    fn is_group_head(&self, i: usize) -> bool {
        if !self.is_word(i) || self.cap(i) && i > 0 && !self.is_sentence_start(i) {
            return false;
        }
        let l = self.lc(i);
        let l = crate::speakers::strip_possessive(l);
        self.lex.groups.contains(l)
            || self.lex.roles.contains_key(l)
            || l.strip_suffix('s')
                .is_some_and(|s| self.lex.roles.contains_key(s) || self.lex.groups.contains(s))
            || self.is_age_noun(i)
    }
    /// "the 43-year-old": an age used as a noun names a person.
    fn is_age_noun(&self, i: usize) -> bool {
        let l = self.lc(i);
        if let Some(n) = l.strip_suffix("-year-old") {
            return !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
        }
        // Split into tokens: "43", "-", "year", "-", "old".
        l == "old"
            && i >= 4
            && self.w(i - 1) == "-"
            && self.lw_is(i - 2, "year")
            && self.w(i - 3) == "-"
            && self.w(i - 4).bytes().all(|b| b.is_ascii_digit())
    }
    fn is_sentence_start(&self, i: usize) -> bool {
        i == 0
            || matches!(
                self.w(i - 1),
                "." | "!" | "?" | "“" | "\"" | "‘" | "'" | ":"
            )
    }
    fn span(&self, r: Range<usize>) -> Span {
        Span::new(self.toks[r.start].span.start, self.toks[r.end - 1].span.end)
    }
    fn is_mark(&self, i: usize) -> bool {
        matches!(
            self.w(i),
            "“" | "”"
                | "‘"
                | "’"
                | "\""
                | "'"
                | "«"
                | "»"
                | "„"
                | "‚"
                | "‹"
                | "›"
                | "「"
                | "」"
        ) && !self.bare_possessive(i)
    }

    /// The speaker noun phrase ending right before token `end` (exclusive), not before `lo`.
    /// Skips adverbs and auxiliaries ("officials have repeatedly said") and one apposition
    /// ("Jane Doe, a spokeswoman for the ministry, said"; "Doe, 54, said").
    /// Is token `j` the second half of a hyphenated compound ("anti-Muslim", "two-term"): a word,
    /// a hyphen and a word, with no space between them?
    fn hyphen_compound_at(&self, j: usize) -> bool {
        self.read();
        hyphen_compound(self.text, self.toks, j)
    }

    /// Token indices of a post-modifier followed by its preposition ("familiar with", …).
    fn find_post_modifiers(&self) -> Vec<usize> {
        (0..self.toks.len().saturating_sub(1))
            .filter(|&k| {
                self.may_be(k, MAY_POST_MODIFIER)
                    && POST_MODIFIERS.contains(&self.lc(k))
                    && matches!(
                        (self.lc(k), self.lc(k + 1)),
                        ("familiar", "with")
                            | ("close", "to")
                            | ("involved", "in")
                            | ("knowledgeable", "about")
                            | ("briefed", "on")
                    )
            })
            .collect()
    }
    fn np_before(&self, end: usize, lo: usize) -> Option<Np> {
        let mut i = end;
        while i > lo && end - i < MAX_RUN && self.is_adverb(i - 1) {
            i -= 1;
        }
        // "Jo Doe (D-Ore.) last week said", "Doe on Tuesday told": a time phrase between the
        // subject and the verb.
        i = self.time_phrase_before(i, lo);
        while i > lo && end - i < MAX_RUN && self.is_adverb(i - 1) {
            i -= 1;
        }
        if i <= lo {
            return None;
        }
        // "A source familiar with Cole’s thinking said", "officials close to the talks said": the
        // phrase before the modifier speaks.
        let mods = self
            .post_modifiers
            .get_or_init(|| self.find_post_modifiers());
        let from = lo.max(i.saturating_sub(8));
        let at = mods.partition_point(|&k| k < i.saturating_sub(1));
        if let Some(k) = at.checked_sub(1).map(|a| mods[a]).filter(|&k| k >= from) {
            if (k + 2..i).all(|j| self.is_word(j) || matches!(self.w(j), "’s" | "'s" | "’" | "'"))
            {
                if let Some(np) = self
                    .np_before(k, lo)
                    .filter(|np| np.kind == NpKind::Group && tok_at(self.toks, np.span.end) == k)
                {
                    return Some(np);
                }
            }
        }
        // "A former governor — Ed Lamb, who lost in 2010 — said": a dash-bounded apposition; the
        // name inside it, or else the phrase before it.
        if let Some(close) = self.dash_ending_at(i, lo) {
            let open = (lo.max(close.start.saturating_sub(30))..close.start)
                .rev()
                .find_map(|k| self.dash_ending_at(k + 1, lo))?;
            let inner = open.end..close.start;
            return self
                .np_after(inner.start, inner.end)
                .filter(|np| np.kind == NpKind::Name)
                .or_else(|| self.np_before(open.start, lo));
        }
        let mut gender = None;
        // Up to three comma-bounded appositions between the speaker and the cue: "Doe, 54, a
        // farmer, said"; a name among them wins over a role before them ("The council’s leader,
        // Councillor Jane Doe, said").
        let mut apposed_name: Option<Np> = None;
        // "Sen. Jo Doe (D-Ore.), said": a stray comma after a parenthesis that opens no
        // apposition.
        if i > lo + 2 && self.w(i - 1) == "," && self.w(i - 2) == ")" {
            if self.prev_comma(i - 1, lo).is_none() {
                i -= 1;
            } else if let Some(open) = (lo..i - 2).rev().take(10).find(|&k| self.w(k) == "(") {
                // "…, after the primary, Gov. Jon Kasey (R-Ohio), said": a name right before
                // the party label is the subject, whatever comma came before it.
                if let Some(np) = self
                    .np_before(open, lo)
                    .filter(|np| np.kind == NpKind::Name && tok_at(self.toks, np.span.end) == open)
                {
                    return Some(np);
                }
            }
        }
        let mut close = (self.w(i - 1) == ",").then_some(i - 1);
        let mut rounds = 0;
        while let Some(c) = close {
            rounds += 1;
            let open = self.prev_comma(c, lo)?;
            let seg = open + 1..c;
            if seg.is_empty() {
                return None;
            }
            // "a salesman from Sumter, South Carolina,": a place's second part, not a name.
            // Only the segment next to the verb: an earlier one is the subject itself ("In July,
            // Jane Doe, vice chair of Acme, told").
            let place_tail = rounds == 1
                && open > lo + 1
                && self.cap(open - 1)
                && PP_HEADS.contains(&self.lc(open - 2));
            let kind = if place_tail && self.cap(seg.start) {
                Some(None)
            } else {
                self.apposition_kind(seg.clone())
            };
            match kind {
                Some(Some(np)) => {
                    if apposed_name.is_none() {
                        apposed_name = Some(np);
                    }
                }
                Some(None) => gender = gender.or(self.gender_in(seg)),
                None => return None,
            }
            i = open;
            // Another apposition before this one ("Doe, 54, a farmer, said")?
            close = None;
            if rounds < 3 {
                if let Some(k) = self.prev_comma(open, lo) {
                    if k + 1 < open && self.apposition_kind(k + 1..open).is_some() {
                        close = Some(open);
                    }
                }
            }
        }
        let stop = i.saturating_sub(8).max(lo);
        while i > stop && self.is_adverb(i - 1) {
            i -= 1;
        }
        if i <= lo {
            return apposed_name;
        }
        if let Some(name) = apposed_name {
            let head = self.np_plain_before(i, lo, gender);
            return match head {
                // A name inside a prepositional phrase is not the head ("The leader of the Civic
                // Union, Ines Morrow, said").
                // A head that is a role ("Fenmouth's MP, Clara Westbrook, said") is not a name
                // either.
                Some(h)
                    if h.kind == NpKind::Name
                        && !tok_at(self.toks, h.span.start)
                            .checked_sub(1)
                            .is_some_and(|k| PREPOSITIONS.contains(&self.lc(k)))
                        && !self.role_like(h.span) =>
                {
                    Some(h)
                }
                Some(h) => Some(Np {
                    gender: name.gender.or(h.gender),
                    ..name
                }),
                None => Some(name),
            };
        }
        // A parenthesis after a name: "Rep. Jane Doe (D-Ore.) said".
        if self.w(i - 1) == ")" {
            let close = i - 1;
            let open = (lo..close).rev().take(10).find(|&k| self.w(k) == "(")?;
            i = open;
            if i <= lo {
                return None;
            }
        }
        let last = i - 1;
        if let Some(g) = self.pronoun(last) {
            if g == Gender::Relative {
                // "Lu Shaye, who said": the mention is "who", the name its antecedent.
                if last > lo && self.w(last - 1) == "," {
                    let who = self.toks[last].span;
                    return self
                        .np_plain_before(last - 1, lo, gender)
                        .map(|np| Np { span: who, ..np });
                }
                return None;
            }
            // A pronoun that is the object of a preposition or verb is not a subject ("told him").
            if last > lo
                && self.is_word(last - 1)
                && !self.is_adverb(last - 1)
                && !self.is_sentence_start(last)
            {
                let prev = self.lc(last - 1);
                if !matches!(
                    prev,
                    "and"
                        | "but"
                        | "then"
                        | "as"
                        | "that"
                        | "because"
                        | "so"
                        | "when"
                        | "where"
                        | "while"
                        | "if"
                        | "what"
                        | "which"
                        | "although"
                        | "though"
                        | "after"
                        | "before"
                        | "since"
                        | "once"
                        | "until"
                        | "unless"
                        | "whereas"
                        | "whether"
                        // "Ed Moss, whom he calls “…”", "Obama, who he noted was “…”".
                        | "whom"
                        | "who"
                        | "how"
                        | "why"
                        | "or"
                        | "yet"
                ) {
                    // "The groups who wrote to her say": the object closes a "who" clause.
                    return self.relative_subject(i, lo, gender);
                }
            }
            let s = self.toks[last].span;
            return Some(Np {
                span: s,
                core: s,
                kind: NpKind::Pronoun(g),
                gender,
            });
        }
        self.np_plain_before_in(i, lo, gender, true)
            .or_else(|| self.relative_subject(i, lo, gender))
    }

    /// "a White House official who spoke anonymously said": the verb's subject is the phrase
    /// before a restrictive "who" clause (no commas), read back at most `RELATIVE_SPAN` tokens.
    fn relative_subject(&self, end: usize, lo: usize, gender: Option<Gender>) -> Option<Np> {
        const RELATIVE_SPAN: usize = 16;
        for k in (lo..end).rev().take(RELATIVE_SPAN) {
            let w = self.w(k);
            if matches!(w, "," | "." | ";" | ":" | "!" | "?" | "(" | ")") || self.is_mark(k) {
                return None;
            }
            if self.lw_is(k, "who") {
                return self
                    .np_plain_before_in(k, lo, gender, false)
                    .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Group));
            }
        }
        None
    }

    /// A name or group phrase ending right before `end`, with no apposition handling.
    fn np_plain_before(&self, end: usize, lo: usize, gender: Option<Gender>) -> Option<Np> {
        self.np_plain_before_in(end, lo, gender, false)
    }

    /// `np_plain_before`; `pp` reads a name inside a prepositional phrase as what it is
    /// (`head_of_pp`). The step back over the phrase is taken once, never again, so the read
    /// stays bounded.
    fn np_plain_before_in(
        &self,
        end: usize,
        lo: usize,
        gender: Option<Gender>,
        pp: bool,
    ) -> Option<Np> {
        if end <= lo {
            return None;
        }
        let last = end - 1;
        // Punctuation ends no phrase, but for the period of an abbreviation ("Jo Doe Jr.").
        if !self.is_word(last) && self.w(last) != "." {
            return None;
        }
        // A group noun capitalised only because it opens the sentence ("Officials said") is a
        // group, not a name.
        let opening_group = self.is_sentence_start(last) && self.is_group_head(last);
        if !opening_group
            && (self.cap(last) || (self.w(last) == "." && last > lo && self.cap(last - 1)))
        {
            let mut j = last;
            if self.w(j) == "." {
                j -= 1;
            }
            while j > lo && last - j < MAX_RUN {
                // "… entering the U.S. While Kim has …": a clause opener after an abbreviation's
                // period starts a sentence the splitter did not see; the name starts after it.
                if SUBORDINATORS.contains(&self.lc(j)) {
                    break;
                }
                let p = j - 1;
                let joined = self.toks[p].span.end == self.toks[j].span.start;
                let name_word = self.cap(p) && (!self.w(p).ends_with(['’', '\'']) || self.cap(j));
                let link =
                    NAME_LINKS.contains(&self.w(p)) && p > lo && self.cap(p - 1) && self.cap(j);
                // "Ivo Marsh of the Lorn Institute", "Bank of the West": "of the" joins two
                // capitalised runs; `name_np` tells a person of an organisation from an
                // organisation's name.
                if self.w(p) == "the" && p > lo + 1 && self.w(p - 1) == "of" && self.cap(p - 2) {
                    j = p - 1;
                    continue;
                }
                let dot_or_hyphen = (self.w(p) == "." || self.w(p) == "-")
                    && p > lo
                    && self.cap(p - 1)
                    && (joined || self.w(p) == ".");
                if name_word || link || dot_or_hyphen {
                    j = p;
                } else {
                    break;
                }
            }
            // "anti-Muslim", "pro-Trump": a capitalised word glued by a hyphen to a lowercase
            // word is half of a compound adjective, not a name; "co-Anchor Jo Doe" is Jo Doe.
            if self.hyphen_compound_at(j) && !self.cap(j - 2) {
                if j + 1 >= end || !self.cap(j + 1) {
                    return None;
                }
                j += 1;
            }
            // "on Tuesday", "in March": a date, not a name in a phrase.
            let date = self.lex.not_names.contains(self.lc(j));
            if pp && !date && j > lo && PP_HEADS.contains(&self.lc(j - 1)) {
                return self.head_of_pp(j - 1, j, end, lo, gender);
            }
            // "A source speaking to the Dunmore Post said": the name is whom the phrase before
            // the participle spoke to; that phrase speaks.
            let after_det = if j > lo && self.lc(j - 1) == "the" {
                j - 1
            } else {
                j
            };
            if pp
                && !date
                && after_det > lo + 2
                && matches!(self.lc(after_det - 1), "to" | "with")
                && matches!(
                    self.lc(after_det - 2),
                    "speaking" | "talking" | "writing" | "spoke" | "talked" | "wrote"
                )
            {
                return self.np_plain_before(after_det - 2, lo, gender);
            }
            // "a spokesman for the Lorn Institute": the same with a determiner.
            if pp
                && !date
                && j > lo + 1
                && self.lc(j - 1) == "the"
                && PP_HEADS.contains(&self.lc(j - 2))
            {
                return self.head_of_pp(j - 2, j, end, lo, gender);
            }
            return self.name_np(j, end, lo, gender);
        }
        // "the secretary of state", "his chief of staff": a role of three words with "of".
        let role_of = last >= lo + 2
            && self.lw_is(last - 1, "of")
            && !self.cap(last)
            && self.is_word(last - 2)
            && self
                .lex
                .roles
                .contains_key(format!("{} of {}", self.lc(last - 2), self.lc(last)).as_str());
        if role_of || self.is_group_head(last) {
            let mut j = if role_of { last - 2 } else { last };
            // "43-year-old" split into five tokens is one word of the phrase.
            if self.lc(last) == "old" && self.is_age_noun(last) {
                j = last - 4;
            }
            let mut mods = 0;
            while j > lo && mods < 4 {
                let p = j - 1;
                let lp = self.lc(p);
                if DETERMINERS.contains(&lp) {
                    j = p;
                    break;
                }
                // "two-term president", "Republican-leaning voters": a hyphenated compound is one
                // modifier.
                if self.hyphen_compound_at(j) {
                    j -= 2;
                    mods += 1;
                    continue;
                }
                // "Sanders' senior adviser": a possessor whose apostrophe stands alone.
                if self.bare_possessive(p) && p > lo + 1 {
                    j = p - 1;
                    mods += 1;
                    continue;
                }
                // "for decades critics": the object of a preposition is no modifier.
                let object_of_prep = p > lo && PREPOSITIONS.contains(&self.lc(p - 1));
                if self.is_word(p)
                    && (self.w(p).ends_with("’s")
                        || self.w(p).ends_with("'s")
                        || (!self.cap(p)
                            && !self.is_cue(p)
                            && !PREPOSITIONS.contains(&lp)
                            && !object_of_prep
                            && !matches!(
                                lp,
                                "and"
                                    | "or"
                                    | "but"
                                    | "that"
                                    | "who"
                                    | "which"
                                    | "as"
                                    | "than"
                                    | "not"
                                    | "also"
                                    | "is"
                                    | "was"
                                    | "are"
                                    | "were"
                                    | "be"
                                    | "been"
                                    | "has"
                                    | "have"
                                    | "had"
                            )))
                {
                    j = p;
                    mods += 1;
                } else if self.cap(p)
                    && self.is_sentence_start(p)
                    && mods == 0
                    && self.lex.not_names.contains(lp)
                {
                    break;
                } else if self.cap(p) {
                    // "Western diplomats", "Pentagon officials"
                    j = p;
                    mods += 1;
                } else {
                    break;
                }
            }
            // A lone "head" or "source" of a longer phrase must be a real noun phrase.
            let span = self.span(j..end);
            let core_start = if DETERMINERS.contains(&self.lc(j)) && j < last {
                j + 1
            } else {
                j
            };
            let core = self.span(core_start..end);
            let g = gender.or_else(|| self.lex.roles.get(self.lc(last)).copied().flatten());
            return Some(Np {
                span,
                core,
                kind: NpKind::Group,
                gender: g,
            });
        }
        None
    }

    /// A name `j..end` right after the preposition at `prep` is not the subject when a role or
    /// group noun comes before the phrase: in "a customer from Morocco said" or "the mayor of
    /// Boston said" the speaker is that noun. A place after "from", "in", "at" or "near" with
    /// no such noun is left unattributed rather than made a speaker; anything else (a name before
    /// the phrase, "a letter from Jane Doe") keeps the name.
    fn head_of_pp(
        &self,
        prep: usize,
        j: usize,
        end: usize,
        lo: usize,
        gender: Option<Gender>,
    ) -> Option<Np> {
        // The phrase stays in the name: "spokesperson for the council" is not any spokesperson.
        let with_phrase = |h: Np| Np {
            span: Span::new(h.span.start, self.toks[end - 1].span.end),
            core: Span::new(h.core.start, self.toks[end - 1].span.end),
            ..h
        };
        match self.np_plain_before_in(prep, lo, gender, false) {
            // "Jo Kell, the director for the Lorn Institute said": an apposition whose closing
            // comma is missing; the name before it speaks.
            Some(h)
                if h.kind == NpKind::Group
                    && tok_at(self.toks, h.span.start)
                        .checked_sub(1)
                        .is_some_and(|c| c > lo && self.w(c) == ",") =>
            {
                let c = tok_at(self.toks, h.span.start) - 1;
                self.np_plain_before(c, lo, gender)
                    .filter(|n| n.kind == NpKind::Name && tok_at(self.toks, n.span.end) == c)
                    .map(|n| Np {
                        gender: n.gender.or(h.gender),
                        ..n
                    })
                    .or(Some(with_phrase(h)))
            }
            Some(h) if h.kind == NpKind::Group => Some(with_phrase(h)),
            None if prep > lo
                && matches!(self.lc(prep), "from" | "in" | "at" | "near")
                && self.is_word(prep - 1)
                && !self.cap(prep - 1)
                && !self.lex.speech_nouns.contains(self.lc(prep - 1)) =>
            {
                None
            }
            // "Ivo Marsh from Acme", "Ivo Marsh at the Lorn Institute": a person before the
            // phrase speaks; the phrase stays in the mention.
            Some(h)
                if h.kind == NpKind::Name
                    && tok_at(self.toks, h.span.end) == prep
                    && self.person_like(tok_at(self.toks, h.core.start)..prep) =>
            {
                Some(Np {
                    core: h.core,
                    ..with_phrase(h)
                })
            }
            _ => self.name_np(j, end, lo, gender),
        }
    }

    /// Build a name NP from tokens `j..end`, stripping sentence-initial function words and titles.
    fn name_np(&self, j: usize, end: usize, lo: usize, gender: Option<Gender>) -> Option<Np> {
        // Trailing weekdays and months are not part of a name ("said Jane Doe Tuesday").
        let mut end = end;
        while end > j + 1 && self.lex.not_names.contains(self.lc(end - 1)) && self.cap(end - 1) {
            end -= 1;
        }
        let (titles, tg, core) = strip_titles(self.text, &self.toks[j..end], self.lex);
        let mut span_start = j;
        // Leading sentence words like "But" or "In" are not part of the name.
        while span_start < end
            && self.cap(span_start)
            && self.lex.not_names.contains(self.lc(span_start))
            && span_start + 1 < end
        {
            span_start += 1;
        }
        if core.is_empty() {
            // Only a title: "the President said" reads as a role.
            if !titles.is_empty() {
                let s = self.span(j..end);
                // "The senator": the role without its determiner names the group.
                let core = if j + 1 < end && DETERMINERS.contains(&self.lc(j)) {
                    self.span(j + 1..end)
                } else {
                    s
                };
                return Some(Np {
                    span: s,
                    core,
                    kind: NpKind::Group,
                    gender: gender.or(tg),
                });
            }
            return None;
        }
        let core = self.person_of_organisation(core);
        let core_span = Span::new(core[0].span.start, core[core.len() - 1].span.end);
        let core_text = core_span.slice(self.text);
        if core.len() == 1
            && !is_acronym(core_text)
            && self.lex.not_names.contains(&core_text.to_lowercase())
        {
            return None;
        }
        // "Many Americans", "Germans": a nationality in the plural names a people, not a person.
        let plural_people = core.len() == 1
            && titles.is_empty()
            && core_text
                .strip_suffix('s')
                .is_some_and(|w| self.lex.nationalities.contains(&w.to_lowercase()));
        let with_det = span_start > lo && span_start == j && self.lc(j - 1) == "the";
        // A titled person's mention is the name alone ("Anton Sarro", not "Prime Minister Anton
        // Sarro"); the title is kept as evidence in the registry.
        let span = if !titles.is_empty() {
            core_span
        } else if with_det {
            Span::new(self.toks[j - 1].span.start, self.toks[end - 1].span.end)
        } else {
            Span::new(
                self.toks[span_start].span.start,
                self.toks[end - 1].span.end,
            )
        };
        Some(Np {
            span,
            core: core_span,
            kind: if plural_people {
                NpKind::Group
            } else {
                NpKind::Name
            },
            gender: gender.or(tg),
        })
    }

    /// "Ivo Marsh of the Lorn Institute": a person's name (two capitalised words or more, none of
    /// them a title, a role or an organisation's word) before "of" is who speaks; the phrase stays
    /// in the mention. "Bank of the West", "Secretary of State" and "University of Lorn" stay
    /// whole.
    fn person_of_organisation<'t>(&self, core: &'t [Token]) -> &'t [Token] {
        let Some(of) = core.iter().position(|t| t.text(self.text) == "of") else {
            return core;
        };
        let start = tok_at(self.toks, core[0].span.start);
        if self.person_like(start..start + of) {
            &core[..of]
        } else {
            core
        }
    }

    /// Two capitalised words or more, none of them all capitals, a title, a role, an
    /// organisation's word or a word that is not a name: a person's name, as far as the words tell.
    fn person_like(&self, mut words: Range<usize>) -> bool {
        words.len() >= 2
            && words.all(|k| {
                let w = strip_possessive(self.w(k));
                let l = strip_possessive(self.lc(k));
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().any(char::is_lowercase)
                    && !self.lex.org_heads.contains(l)
                    && !self.lex.titles.contains_key(l)
                    && !self.lex.roles.contains_key(l)
                    && !self.lex.not_names.contains(l)
            })
    }

    /// "“…,” said the designer, who …": right after an inverted reporting verb, a determiner and a
    /// few lowercase words ending the phrase name a person by what they are, even when the noun
    /// is in no role list. Words of time ("said the next day") are not people.
    fn bare_role_after(&self, i: usize, hi: usize) -> Option<Np> {
        if i >= hi
            || !matches!(
                self.lc(i),
                "the" | "a" | "an" | "one" | "another" | "those" | "these"
            )
        {
            return None;
        }
        let mut j = i + 1;
        let mut words = 0;
        while j < hi && words < 5 {
            // "the 46-year-old", "a self-described socialist": a compound is one word.
            if j > i + 1 && j + 1 < hi && self.hyphen_compound_at(j + 1) {
                j += 2;
                continue;
            }
            // "the Republican": a party or nationality word may be the noun; "the GOP
            // front-runner": an acronym may be a modifier.
            let word = self.is_word(j)
                && (!self.cap(j)
                    || self.lex.demonyms.contains(self.lc(j))
                    || (j + 1 < hi && self.is_word(j + 1) && is_acronym(self.w(j))))
                && !self.is_cue(j)
                && !PREPOSITIONS.contains(&self.lc(j))
                // "a figure the industry reports": a second article starts another phrase.
                && !matches!(
                    self.lc(j),
                    "the" | "a" | "an" | "this" | "that" | "these" | "those"
                )
                && self.pronoun(j).is_none();
            if !word {
                break;
            }
            j += 1;
            words += 1;
        }
        let ends =
            j == hi || matches!(self.w(j), "," | "." | "!" | "?" | ";") || self.lw_is(j, "who");
        // "“…,” tweeted another.": the word alone names one more of those just quoted.
        if j == i + 1 && ends && self.lw_is(i, "another") {
            let s = self.toks[i].span;
            return Some(Np {
                span: s,
                core: s,
                kind: NpKind::Group,
                gender: None,
            });
        }
        if j == i + 1 || !ends || TIME_NOUNS.contains(&self.lc(j - 1)) {
            return None;
        }
        Some(Np {
            span: self.span(i..j),
            core: self.span(i + 1..j),
            kind: NpKind::Group,
            gender: None,
        })
    }

    /// [`Self::bare_role_after`] for a phrase that must fill `i..verb` exactly, with no adverb
    /// ("the so called …") at its end.
    fn bare_role_before(&self, i: usize, verb: usize) -> Option<Np> {
        self.bare_role_after(i, verb).filter(|np| {
            let end = tok_end(self, np.span) + 1;
            end == verb && !self.is_adverb(end - 1) && !self.lw_is(end - 1, "so")
        })
    }

    /// Tokens `k`, `k + 1`, `k + 2` spell a role with a hyphen and no spaces ("front-runner",
    /// "co-founder"), in lower case.
    fn role_compound_at(&self, k: usize, hi: usize) -> bool {
        k + 2 < hi
            && self.w(k + 1) == "-"
            && !self.cap(k)
            && self.is_word(k)
            && self.is_word(k + 2)
            && self.toks[k].span.end == self.toks[k + 1].span.start
            && self.toks[k + 1].span.end == self.toks[k + 2].span.start
            && self.lex.roles.contains_key(
                Span::new(self.toks[k].span.start, self.toks[k + 2].span.end)
                    .slice(self.text)
                    .to_ascii_lowercase()
                    .as_str(),
            )
    }

    /// The speaker noun phrase starting at `i` ("said Jane Doe", "said the ministry", "said she",
    /// "said undecided voter Jane Doe", "said Acme spokesman John Roe").
    fn np_after(&self, i: usize, hi: usize) -> Option<Np> {
        if i >= hi {
            return None;
        }
        if let Some(g) = self.pronoun(i) {
            if matches!(
                g,
                Gender::Male | Gender::Female | Gender::Plural | Gender::Singular
            ) {
                let s = self.toks[i].span;
                return Some(Np {
                    span: s,
                    core: s,
                    kind: NpKind::Pronoun(g),
                    gender: None,
                });
            }
            return None;
        }
        // "one of two witnesses", "one of the organisers": a part of a group.
        if i + 2 < hi && self.lw_is(i, "one") && self.lw_is(i + 1, "of") {
            let np = self
                .np_after(i + 2, hi)
                .filter(|np| np.kind == NpKind::Group)?;
            return Some(Np {
                span: Span::new(self.toks[i].span.start, np.span.end),
                ..np
            });
        }
        // The window of words that can make up the phrase.
        let det = DETERMINERS.contains(&self.lc(i)) && (!self.cap(i) || self.is_sentence_start(i));
        let mut k = if det { i + 1 } else { i };
        let mut lower = 0;
        let mut last_cap_run: Option<(usize, usize)> = None;
        let mut head: Option<usize> = None;
        while k < hi && k < i + 12 {
            let t = self.w(k);
            let joined = k > i && self.toks[k - 1].span.end == self.toks[k].span.start;
            if self.cap(k)
                && !self.w(k).ends_with(['’', '\''])
                && crate::speakers::strip_possessive(self.w(k)) != self.w(k)
            {
                // A possessor ("Northway's operations director Kieran Moss") modifies what follows.
                last_cap_run = None;
                head = None;
            } else if self.cap(k) {
                let start = match last_cap_run {
                    Some((s, e)) if e == k => s,
                    _ => k,
                };
                last_cap_run = Some((start, k + 1));
                head = None;
            } else if (t == "." || t == "-") && joined && k + 1 < hi && self.cap(k + 1) {
                if let Some((s, e)) = last_cap_run.filter(|&(_, e)| e == k) {
                    last_cap_run = Some((s, e + 1));
                }
            } else if t == "."
                && joined
                && last_cap_run.is_some_and(|(_, e)| e == k)
                && self
                    .lex
                    .titles
                    .contains_key(&format!("{}.", self.lc(k - 1)))
            {
                last_cap_run = last_cap_run.map(|(s, e)| (s, e + 1));
            } else if NAME_LINKS.contains(&t)
                && last_cap_run.is_some_and(|(_, e)| e == k)
                && k + 1 < hi
                && self.cap(k + 1)
            {
                last_cap_run = last_cap_run.map(|(s, e)| (s, e + 1));
            } else if self.is_word(k)
                && !self.is_cue(k)
                && !PREPOSITIONS.contains(&t)
                && !matches!(t, "and" | "or" | "but" | "who" | "that" | "which" | "as")
                // After the head noun, a past-tense verb starts the predicate: "the mayor
                // rallied supporters".
                && (head.is_none() || !t.ends_with("ed"))
                // A clause, not a noun phrase: "asked if he had met Trump".
                && self.pronoun(k).is_none()
                && !SUBORDINATORS.contains(&self.lc(k))
                && lower < 4
                && (last_cap_run.is_none()
                    || self.is_group_head(k)
                    || self.lex.titles.contains_key(self.lc(k))
                    // "Republican presidential candidate": an adjective before the role (not a
                    // verb: "Ada Lund greeted supporters").
                    || (k + 1 < hi
                        && ["al", "ic", "ive", "ary", "ior", "ent", "ant", "ern"]
                            .iter()
                            .any(|suf| t.ends_with(suf))
                        && !self.cap(k + 1)
                        && (self.is_group_head(k + 1)
                            || self.role_compound_at(k + 1, hi)
                            || self.lex.titles.contains_key(self.lc(k + 1)))))
            {
                lower += 1;
                if self.is_group_head(k) {
                    head = Some(k);
                }
            } else if t == "-" && k > i && k + 1 < hi && lower > 0 && self.hyphen_compound_at(k + 1)
            {
                // "one well-connected Democrat", "a two-term senator": the second half of a
                // modifier written with a hyphen, whose first half was read as a word.
                if self.is_group_head(k + 1) || self.role_compound_at(k - 1, hi) {
                    head = Some(k + 1);
                }
                k += 2;
                continue;
            } else if lower < 4
                && last_cap_run.is_some()
                && t.starts_with(|c: char| c.is_lowercase())
                && self.role_compound_at(k, hi)
            {
                // "Republican front-runner Jo Doe": a role written with a hyphen is one word.
                lower += 1;
                head = Some(k + 2);
                k += 3;
                continue;
            } else {
                break;
            }
            k += 1;
        }
        // A name at the end of the window wins ("Republican voter Jane Doe"), but not one that
        // modifies the noun after it: "a staunch Jo Doe ally" is no person named Jo Doe.
        let modifier = |e: usize| {
            matches!(self.lc(i), "a" | "an")
                && e < hi
                && self.is_word(e)
                && !self.cap(e)
                && !self.is_cue(e)
                && !PREPOSITIONS.contains(&self.lc(e))
                // "an issue Democrats have struggled with": a verb after the name starts a clause.
                && !self.lc(e).ends_with("ed")
                && !PREDICATE_AUX.contains(&self.lc(e))
                && !matches!(self.lc(e), "who" | "that" | "which")
        };
        if let Some((_, e)) = last_cap_run.filter(|&(_, e)| modifier(e)) {
            // The phrase names someone by what they are, as a group or role does.
            return Some(Np {
                span: self.span(i..e + 1),
                core: self.span(i + 1..e + 1),
                kind: NpKind::Group,
                gender: None,
            });
        }
        if let Some((s, e)) = last_cap_run {
            if head.is_none() && (e == k || self.w(e.min(hi - 1)) == ".") {
                let gender = self.gender_in(i..s);
                let tail_gender = if e < hi && self.w(e) == "," {
                    let mut m = e + 1;
                    while m < hi && m - e < WINDOW && !matches!(self.w(m), "," | "." | ";") {
                        m += 1;
                    }
                    if e + 1 < m {
                        self.gender_in(e + 1..m)
                    } else {
                        None
                    }
                } else {
                    None
                };
                // "one Republican involved in the planning", "another Democrat", "one
                // well-connected Democrat": a party or nationality word after a determiner names a
                // person by what they are. Not when the phrase goes on ("the Democratic
                // presidential candidate").
                let ends = e >= hi || !self.is_word(e) || {
                    let n = self.lc(e);
                    PREPOSITIONS.contains(&n)
                        || matches!(n, "who" | "familiar" | "close")
                        || n.ends_with("ed")
                        || n.ends_with("ing")
                };
                if det && ends && e == s + 1 && self.lex.demonyms.contains(self.lc(s)) {
                    return Some(Np {
                        span: self.span(i..e),
                        core: self.span(s..e),
                        kind: NpKind::Group,
                        gender: None,
                    });
                }
                let np = self.name_np(s, e, s, gender.or(tail_gender))?;
                let span = Span::new(self.toks[i].span.start, np.span.end);
                return Some(Np { span, ..np });
            }
        }
        if let Some(h) = head {
            // "the company’s chief executive, Jane Doe": prefer the name.
            if h + 2 < hi && self.w(h + 1) == "," && self.cap(h + 2) {
                if let Some(np) = self.np_after(h + 2, hi) {
                    if np.kind == NpKind::Name {
                        return Some(np);
                    }
                }
            }
            let span = self.span(i..h + 1);
            let core = self.span(if det { i + 1 } else { i }..h + 1);
            let g = self.lex.roles.get(self.lc(h)).copied().flatten();
            return Some(Np {
                span,
                core,
                kind: NpKind::Group,
                gender: g,
            });
        }
        None
    }

    /// A capitalised phrase that names a role, not a person or body: a title, a role word, a
    /// possessor or an acronym in it ("Fenmouth's MP", "Acme CEO").
    fn role_like(&self, span: Span) -> bool {
        let (a, b) = (tok_at(self.toks, span.start), tok_at(self.toks, span.end));
        (a..b).any(|k| {
            let l = self.lc(k);
            self.lex.titles.contains_key(l)
                || self.lex.roles.contains_key(l)
                || crate::speakers::strip_possessive(self.w(k)) != self.w(k)
                || (is_acronym(self.w(k)) && b - a > 1)
        })
    }

    /// The comma before `close` in the same clause, if any (not past a sentence mark, a quote mark
    /// or a reporting verb, and not more than 20 tokens back).
    fn prev_comma(&self, close: usize, lo: usize) -> Option<usize> {
        let mut k = close;
        // A finite reporting verb may stand in a relative clause ("Jane Doe, who has endorsed
        // Roe, said"); past one, only a comma that opens such a clause is the apposition's.
        let mut past_cue = false;
        while k > lo && close - k < 40 {
            k -= 1;
            let t = self.w(k);
            if t == "," {
                let relative = k + 1 < close && matches!(self.lc(k + 1), "who" | "whom" | "whose");
                return (!past_cue || relative).then_some(k);
            }
            // "R-Wis.," "Calif.,": an abbreviation's period right before a comma ends no sentence.
            let abbreviation = t == "."
                && k > lo
                && self.toks[k - 1].span.end == self.toks[k].span.start
                && self.cap(k - 1)
                && ((self.w(k + 1) == "," && self.w(k - 1).len() <= 5)
                    // A middle initial: "David E. Kendall".
                    || self.w(k - 1).chars().count() == 1
                    || self
                        .lex
                        .abbreviations
                        .contains(&format!("{}.", self.w(k - 1))));
            if abbreviation {
                continue;
            }
            // A participle may open an apposition ("Durbin, noting the size of …, said"); another
            // finite reporting verb is another clause.
            if matches!(t, "." | "!" | "?" | ";" | ":") || self.is_mark(k) {
                return None;
            }
            if self.is_cue(k) && !self.lc(k).ends_with("ing") {
                past_cue = true;
            }
        }
        None
    }

    /// What a comma-bounded segment is: `Some(Some(name))` for a name ("Councillor Jane Doe"),
    /// `Some(None)` for a plain apposition ("54", "a spokeswoman for the ministry"), `None` when it
    /// is neither.
    fn apposition_kind(&self, seg: Range<usize>) -> Option<Option<Np>> {
        let first = self.toks[seg.start].span.start;
        let as_name = self
            .np_plain_before(seg.end, seg.start, None)
            .filter(|np| np.kind == NpKind::Name && np.span.start <= first + 4);
        if as_name.is_some() {
            return Some(as_name);
        }
        self.is_apposition(seg).then_some(None)
    }

    fn is_apposition(&self, r: Range<usize>) -> bool {
        if r.len() > 36 {
            return false;
        }
        let first = r.start;
        let t = self.w(first);
        // "Sanders’s chief strategist": a possessor and the role it owns.
        let possessor = crate::speakers::strip_possessive(t) != t
            || (r.len() > 2 && self.bare_possessive(first + 1));
        let possessed_role =
            r.len() > 1 && possessor && (first + 1..r.end).any(|k| self.is_group_head(k));
        // "R-Wis.", "D-Ore.": a US party and state label.
        let party_label = {
            let b = t.as_bytes();
            (b.len() > 2
                && matches!(b[0], b'R' | b'D' | b'I')
                && b[1] == b'-'
                && b[2].is_ascii_uppercase())
                || (r.len() >= 3
                    && matches!(t, "R" | "D" | "I")
                    && self.w(first + 1) == "-"
                    && self.cap(first + 2))
        };
        (self.is_word(first) && !self.cap(first))
            || possessed_role
            || party_label
            || t.chars().all(|c| c.is_ascii_digit())
            || (self.cap(first) && self.lex.titles.contains_key(self.lc(first)))
    }

    /// Where a time phrase ending right before `i` starts ("last week", "this month", "on
    /// Tuesday", "Tuesday"), or `i` when there is none.
    fn time_phrase_before(&self, i: usize, lo: usize) -> usize {
        if i > lo + 1
            && TIME_NOUNS[..8].contains(&self.lc(i - 1))
            && matches!(self.lc(i - 2), "last" | "this" | "that" | "next")
        {
            return i - 2;
        }
        if i > lo + 1 && self.cap(i - 1) && TIME_WORDS[..7].contains(&self.lc(i - 1)) {
            return if i > lo + 2 && self.lw_is(i - 2, "on") {
                i - 2
            } else {
                i - 1
            };
        }
        i
    }

    /// Is token `k` the apostrophe of a plural or s-final possessor ("Sanders' adviser",
    /// "the senators’ votes"), written right after the word?
    fn bare_possessive(&self, k: usize) -> bool {
        k > 0
            && k < self.toks.len()
            && matches!(self.w(k), "'" | "’")
            && self.toks[k - 1].span.end == self.toks[k].span.start
            && self.w(k - 1).ends_with(['s', 'S'])
            && self.is_word(k - 1)
            // As the scanner reads it: a lowercase word follows ("Sanders' aide"), where a
            // capital could open a title in single marks.
            && k + 1 < self.toks.len()
            && self.is_word(k + 1)
            && !self.cap(k + 1)
    }

    fn gender_in(&self, r: Range<usize>) -> Option<Gender> {
        r.filter_map(|k| {
            let l = self.lc(k);
            self.lex
                .roles
                .get(l)
                .copied()
                .flatten()
                .or_else(|| self.lex.titles.get(&*l).copied().flatten())
        })
        .next()
    }

    /// "according to NP" starting at `i`.
    fn according_to(&self, i: usize, hi: usize) -> Option<(Np, Span)> {
        if i + 2 < hi + 1 && i + 1 < hi && self.lw_is(i, "according") && self.lw_is(i + 1, "to") {
            let np = self.np_after(i + 2, hi)?;
            return Some((np, self.span(i..i + 2)));
        }
        None
    }
}

/// Attribute every quote of the scan, classify non-speech, and find indirect speech.
pub fn attribute(text: &str, paras: &[Para], scan: &Scan, lex: &Lexicon) -> Attribution {
    let mut out = Attribution::default();
    let mut qi = 0;
    // Per paragraph: did it hold only quotes (for continuation)? the last attributed quote index.
    let mut prev_para_last: Option<usize> = None;
    let mut prev_para_quoted = false;
    // Where the statements of the paragraph before begin, when it held only quotes (`signature`).
    let mut prev_only_quotes: Option<usize> = None;
    // Does the article quote speech in double marks? Then a lone short quote in single marks is a
    // subheading's style, not speech (`subheading`).
    let doubles = scan.quotes.iter().any(|q| {
        matches!(
            q.family,
            Family::Double | Family::StraightDouble | Family::Guillemet
        )
    });
    let transcript = is_transcript(text, paras, lex);
    let mut headline_block = false;
    for (pi, para) in paras.iter().enumerate() {
        let v = View::new(text, &para.toks, lex);
        let first_of_para = out.quotes.len();
        // Transcript line: "NAME: words".
        let label = if transcript {
            transcript_label(&v)
        } else {
            None
        };
        let mut para_quotes = Vec::new();
        while qi < scan.quotes.len() && scan.quotes[qi].paragraph == pi {
            para_quotes.push(qi);
            qi += 1;
        }
        // A headline "Name: what they say" reports the named speaker's words.
        if pi == 0 && paras.len() > 1 && label.is_none() {
            out.quotes.extend(headline_statement(&v, pi));
        }
        // The headline, and a deck right under it ("Justice vows to be 'more circumspect'"): a
        // second or third short headline-like paragraph while every paragraph so far was one.
        let line = para.span.slice(text).trim_end();
        // A deck neither introduces what follows (a colon) nor opens with a quote.
        let deck_like = !line.ends_with(':') && !line.starts_with(['“', '"', '‘', '\'', '«']);
        if (pi == 0 || headline_block && pi <= 2 && deck_like)
            && pi + 1 < paras.len()
            && is_headline(&v, para.span, para.sents.len() == 1, paras[pi + 1].span)
        {
            headline_block = true;
            for &q in &para_quotes {
                out.non_quotes.push(NotSpeech {
                    content: scan.quotes[q].content,
                    why: NonQuoteReason::Headline,
                    evidence:
                        "in the headline, where quoted words are often shortened or paraphrased"
                            .into(),
                });
            }
            if pi == 0 {
                // A headline with no quote marks still reports speech ("Mayor says bridge will
                // reopen"), unless it is the "Name: words" one read above.
                if para_quotes.is_empty() && out.quotes.len() == first_of_para {
                    let mut found = Vec::new();
                    for sent in &para.sents {
                        found.extend(indirect(&v, sent.clone(), pi));
                    }
                    drop_nested_statements(&mut found);
                    out.quotes.append(&mut found);
                }
                continue;
            }
            // A deck still reports speech in its own words: only its quotes are set aside.
            para_quotes.clear();
        } else {
            headline_block = false;
            // Not a headline after all: its quotes stay quotes, and a "Name: words" statement
            // that holds a quote mark gives way to them (it could end inside one).
            if !para_quotes.is_empty() {
                out.quotes.truncate(first_of_para);
            }
        }
        // "“…”" ¶ "- Dina Bell.": a signature line names the speaker of the quotes above it.
        if let (true, Some(start)) = (para_quotes.is_empty(), prev_only_quotes) {
            if let Some((np, dash)) = signature(&v) {
                for q in &mut out.quotes[start..] {
                    let weak = matches!(q.pattern, "none" | "continuation" | "next_sentence");
                    if q.kind != QuoteKind::Indirect && (q.speaker.is_none() || weak) {
                        q.speaker = Some(np);
                        q.cue = Some(dash);
                        q.pattern = "signature";
                        q.why = format!(
                            "the paragraph after the quote is a signature line naming “{}”",
                            np.span.slice(text)
                        );
                    }
                }
            }
        }
        let only_quotes = !para_quotes.is_empty() && paragraph_only_quotes(&v, &para_quotes, scan);
        if only_quotes && pi > 0 && label.is_none() {
            if let [q] = para_quotes[..] {
                if let Some(evidence) = subheading(text, &scan.quotes[q], doubles) {
                    out.non_quotes.push(NotSpeech {
                        content: scan.quotes[q].content,
                        why: NonQuoteReason::Headline,
                        evidence: evidence.into(),
                    });
                    // A subheading starts a new section: nothing continues across it.
                    prev_para_last = None;
                    prev_para_quoted = false;
                    continue;
                }
            }
        }
        let mut last_attributed: Option<usize> = None;
        // A transcript line is one record; speech reported inside it gets none of its own.
        let sents: &[Range<usize>] = if label.is_some() { &[] } else { &para.sents };
        // Did the sentence before report speech of its own that no statement took ("Cruz, a
        // candidate who …, tweeted a warning.")? Then the last speaker does not go on.
        let mut unclaimed_cue_before = false;
        for sent in sents {
            let statements_before = out.quotes.len();
            let sspan = v.span(sent.clone());
            // The paragraph's quotes are sorted by opening mark: two binary searches find the
            // sentence's (a filter over all of them per sentence was quadratic).
            let first = para_quotes.partition_point(|&q| scan.quotes[q].open.start < sspan.start);
            let past = para_quotes.partition_point(|&q| scan.quotes[q].open.start < sspan.end);
            let in_sent: Vec<usize> = para_quotes[first..past.max(first)].to_vec();
            let mut speech_in_sentence = false;
            let mut prev_close: Option<usize> = None;
            let mut prev_tail_end: Option<usize> = None;
            let mut sentence_quotes: Vec<usize> = Vec::new();
            for (n, &q) in in_sent.iter().enumerate() {
                let rq = &scan.quotes[q];
                let open_tok = tok_at(&para.toks, rq.open.start);
                // The last token of the closing mark (a mark may span two tokens: '').
                let close_tok = rq
                    .close
                    .map(|c| tok_at(&para.toks, c.end).saturating_sub(1));
                let pre = prev_close.map_or(sent.start, |c| c + 1).min(open_tok)..open_tok;
                let next_open = in_sent
                    .get(n + 1)
                    .map(|&nq| tok_at(&para.toks, scan.quotes[nq].open.start))
                    .unwrap_or(sent.end);
                let post = close_tok.map_or(sent.end, |c| c + 1).min(next_open)..next_open;
                let (att, tail_end) = attribute_one(
                    &v,
                    rq,
                    q,
                    pi,
                    sent.clone(),
                    pre.clone(),
                    post.clone(),
                    prev_tail_end,
                    &out,
                    label,
                    sspan,
                    only_quotes,
                );
                match att {
                    Ok(a) => {
                        speech_in_sentence = true;
                        sentence_quotes.push(out.quotes.len());
                        out.quotes.push(a);
                    }
                    Err(ns) => out.non_quotes.push(ns),
                }
                prev_close = close_tok.or(Some(sent.end.saturating_sub(1)));
                prev_tail_end = tail_end;
            }
            // Quotes of one sentence share a speaker found for any of them ("called it “a” and “b”").
            share_in_sentence(&mut out.quotes, &sentence_quotes);
            // A quote opening a sentence right after an attributed one in the same paragraph
            // continues it: “A,” she said. “B.”
            if let (Some(&first), Some(prev)) = (sentence_quotes.first(), last_attributed) {
                // "…,” he said. But “…”" / "Then, “…”": a connective may stand before the quote.
                let opens_sentence = out.quotes[first].raw.is_some_and(|r| {
                    let open = tok_at(&para.toks, scan.quotes[r].open.start);
                    open.saturating_sub(sent.start) <= 2
                        && (sent.start..open).all(|k| {
                            matches!(
                                v.lc(k),
                                "," | "but" | "and" | "then" | "indeed" | "still" | "yet" | "so"
                            )
                        })
                });
                if out.quotes[first].speaker.is_none() && opens_sentence && !unclaimed_cue_before {
                    let (sp, cue) = (out.quotes[prev].speaker, out.quotes[prev].cue);
                    let q = &mut out.quotes[first];
                    q.speaker = sp;
                    q.cue = cue;
                    q.pattern = "next_sentence";
                    q.why = format!(
                        "opens the sentence after a quote attributed to “{}”",
                        sp.map(|s| s.span.slice(text)).unwrap_or("")
                    );
                    share_in_sentence(&mut out.quotes, &sentence_quotes);
                }
            }
            let mut beside = Vec::new();
            if !speech_in_sentence {
                out.quotes.extend(indirect(&v, sent.clone(), pi));
            } else {
                // A sentence with quotes may still report speech outside them ("“…,” said Jo
                // Doe, who said she would run again"): a statement that holds no quote mark and
                // whose cue introduces none of the sentence's quotes.
                // The marked spans, merged and in order, and the quotes' cues, sorted: each
                // statement is checked with binary searches (a sentence with many quotes and many
                // cues stays linear-logarithmic).
                let mut spans: Vec<Range<usize>> = in_sent
                    .iter()
                    .map(|&q| {
                        let rq = &scan.quotes[q];
                        rq.open.start..rq.close.map_or(sspan.end, |c| c.end)
                    })
                    .collect();
                spans.sort_by_key(|m| m.start);
                let mut marked: Vec<Range<usize>> = Vec::with_capacity(spans.len());
                for m in spans {
                    match marked.last_mut() {
                        Some(last) if m.start <= last.end => last.end = last.end.max(m.end),
                        _ => marked.push(m),
                    }
                }
                let hits = |s: usize, e: usize| {
                    let i = marked.partition_point(|m| m.end <= s);
                    i < marked.len() && marked[i].start < e
                };
                let mut cues: Vec<usize> = sentence_quotes
                    .iter()
                    .filter_map(|&k| out.quotes[k].cue.map(|c| c.start))
                    .collect();
                cues.sort_unstable();
                beside.extend(indirect(&v, sent.clone(), pi).into_iter().filter(|a| {
                    // Nor two apostrophes: an archive's quote beside marked ones is left alone.
                    !a.content.slice(text).contains("''")
                        && !hits(a.content.start, a.content.end)
                        && a.cue.is_none_or(|c| {
                            cues.binary_search(&c.start).is_err() && !hits(c.start, c.start + 1)
                        })
                }));
            }
            // ("He didn't suggest retaliation." opens with a pronoun: the same speaker, most often.)
            unclaimed_cue_before = out.quotes.len() == statements_before
                && v.pronoun(sent.start).is_none()
                && v.cue_candidates_in(sent.clone())
                    .iter()
                    .any(|&c| v.is_cue(c));
            if let Some(k) = out.quotes[first_of_para..]
                .iter()
                .rposition(|q| q.speaker.is_some())
            {
                last_attributed = Some(first_of_para + k);
            }
            // They are no speaker a later quote continues from.
            out.quotes.append(&mut beside);
        }
        {
            // The paragraph's statements, set apart so that work on them stays within it.
            let mut tail = out.quotes.split_off(first_of_para);
            // An archive's quote in two apostrophes may hold a quote in one ('…'): that inner
            // quote is part of the outer statement, not a quote of its own.
            let singles_only = para_quotes.iter().all(|&q| {
                matches!(
                    scan.quotes[q].family,
                    Family::Single | Family::StraightSingle
                )
            });
            if singles_only {
                apostrophe_quotes(&v, &mut tail);
            }
            drop_nested_statements(&mut tail);
            out.quotes.append(&mut tail);
        }
        if let Some((np, rest)) = label {
            if !rest.is_empty() {
                out.quotes.push(Attributed {
                    content: rest,
                    kind: QuoteKind::Indirect,
                    speaker: Some(np),
                    cue: Some(Span::new(np.span.end, np.span.end + 1)),
                    pattern: "transcript",
                    why: format!(
                        "transcript line: “{}:” names the speaker",
                        np.span.slice(text)
                    ),
                    raw: None,
                    paragraph: pi,
                    sentence: para.span,
                });
            }
        }
        // Continuation and colon lead-in from the previous paragraph.
        if let Some(prev) = prev_para_last {
            for k in first_of_para..out.quotes.len() {
                let prev_q = out.quotes[prev].clone();
                let q = &mut out.quotes[k];
                if q.speaker.is_some() || q.kind == QuoteKind::Indirect {
                    continue;
                }
                let chained = q.raw.is_some_and(|r| scan.quotes[r].continues);
                // A quote left open for the next paragraph takes its speaker from the rest of its
                // own chain (`chain_back`), not from the paragraph before.
                let opens_chain = q.raw.is_some_and(|r| scan.quotes[r].runs_on) && !chained;
                if (chained || only_quotes)
                    && !opens_chain
                    && prev_q.speaker.is_some()
                    && prev_q.paragraph + 1 == pi
                {
                    {
                        q.speaker = prev_q.speaker;
                        q.cue = prev_q.cue;
                        q.pattern = if chained {
                            "multi_paragraph"
                        } else {
                            "continuation"
                        };
                        q.why = format!(
                            "{} quote right after a quote attributed to “{}”",
                            if chained {
                                "continues the"
                            } else {
                                "a paragraph that is only a"
                            },
                            prev_q.speaker.map(|s| s.span.slice(text)).unwrap_or("")
                        );
                        if q.kind == QuoteKind::Partial && chained {
                            q.kind = QuoteKind::Direct;
                        }
                    }
                }
            }
        }
        if pi > 0 && out.quotes.len() > first_of_para {
            colon_lead_in(
                text,
                &paras[pi - 1],
                lex,
                &mut out.quotes[first_of_para..],
                pi,
            );
        }
        // "Howard continued his remarks." ¶ “…”: a paragraph of quotes alone, after a paragraph
        // with no quote whose last sentence has a person report speech.
        if only_quotes && pi > 0 && !prev_para_quoted {
            speech_before(
                text,
                &paras[pi - 1],
                lex,
                scan,
                &mut out.quotes[first_of_para..],
            );
        }
        prev_para_quoted = !para_quotes.is_empty();
        prev_only_quotes = only_quotes.then_some(first_of_para);
        nested_leads(&v, &para_quotes, scan, &mut out.nested);
        // The paragraph's last statement: a quote, or reported speech that ends the paragraph
        // ("Carter said the region would not be abandoned." ¶ “That is because …”).
        let para_end = para.span.end;
        prev_para_last = out.quotes[first_of_para..]
            .iter()
            .rposition(|q| {
                q.kind != QuoteKind::Indirect
                    || text
                        .get(q.sentence.end..para_end)
                        .is_some_and(|rest| rest.trim().is_empty())
            })
            .map(|k| k + first_of_para);
    }
    chain_back(&mut out.quotes, scan, text);
    out.quotes.sort_by_key(|q| (q.content.start, q.content.end));
    out
}

/// "X's assertion that “…”", "his promise to be “…”", "X's “…” comment": a speech noun owned by a
/// person (a possessive name or his / her / their), right before the quote or right after it.
fn possessed_saying(v: &View<'_>, sent: Range<usize>, rq: &RawQuote) -> Option<(Np, Span)> {
    let open_tok = tok_at(v.toks, rq.open.start);
    let close_end = rq.close.map_or(rq.content.end, |c| c.end);
    let after_close = tok_at(v.toks, close_end);
    // The noun before the quote, with at most "that", "to be", "of", "about" or a colon between.
    let mut noun = None;
    let mut k = open_tok;
    let floor = sent.start.max(open_tok.saturating_sub(4));
    while k > floor {
        k -= 1;
        let l = v.lc(k);
        if v.lex.speech_nouns.contains(l) {
            noun = Some(k);
            break;
        }
        if !matches!(l, "that" | "to" | "be" | "of" | "about" | "as" | "," | ":") {
            break;
        }
    }
    // Or right after it: "Romney’s “47 percent” comment".
    if noun.is_none()
        && after_close < sent.end
        && v.lex.speech_nouns.contains(v.lc(after_close))
        && open_tok > sent.start
    {
        // The possessor then stands right before the opening mark.
        return possessor(v, open_tok - 1, sent.start).map(|np| (np, v.toks[after_close].span));
    }
    // Or a few words further back, opening a clause the quote is part of: "Trump’s claim that
    // the president “founded” the group", with no reporting verb or quote in between.
    if noun.is_none() {
        let floor = sent.start.max(open_tok.saturating_sub(12));
        noun = (floor..open_tok.saturating_sub(1))
            .rev()
            .find(|&k| v.lw_is(k + 1, "that") && v.lex.speech_nouns.contains(v.lc(k)))
            .filter(|&k| !(k + 2..open_tok).any(|m| v.is_cue(m) || v.is_mark(m)));
    }
    let noun = noun?;
    // The quote is what was said only when a word joins it to the noun ("assertion that",
    // "promise to be", "criticism of"); "Trump's comments “are based on …”" is a predicate.
    if noun + 1 == open_tok {
        return None;
    }
    // Up to three modifiers between the possessor and the noun ("recent evidence-free").
    let mut p = noun;
    for _ in 0..4 {
        if p == sent.start {
            return None;
        }
        p -= 1;
        if let Some(np) = possessor(v, p, sent.start) {
            return Some((np, v.toks[noun].span));
        }
        // Modifiers may be names of their own ("X's Facebook post").
        if !v.is_word(p) && v.w(p) != "-" {
            return None;
        }
    }
    None
}

/// The possessor at token `p`: "his" / "her" / "their", or a name ending in ’s.
fn possessor(v: &View<'_>, p: usize, lo: usize) -> Option<Np> {
    let g = match v.lc(p) {
        "his" => Some(Gender::Male),
        "her" => Some(Gender::Female),
        "their" => Some(Gender::Plural),
        _ => None,
    };
    if let Some(g) = g {
        let s = v.toks[p].span;
        return Some(Np {
            span: s,
            core: s,
            kind: NpKind::Pronoun(g),
            gender: None,
        });
    }
    let w = v.w(p);
    if crate::speakers::strip_possessive(w) == w || !v.cap(p) {
        return None;
    }
    v.np_plain_before(p + 1, lo, None)
        .filter(|np| np.kind == NpKind::Name)
}

/// Attribute the quotes nested in this paragraph's quotes, with the same lead-in and tail patterns
/// as top-level quotes, read only inside the outer quote's own words.
fn nested_leads(v: &View<'_>, para_quotes: &[usize], scan: &Scan, out: &mut Vec<NestedLead>) {
    for &q in para_quotes {
        let rq = &scan.quotes[q];
        let outer_lo = tok_at(v.toks, rq.content.start);
        let outer_hi = tok_at(v.toks, rq.content.end);
        for &n in &rq.nested {
            if n.is_empty() || !rq.content.contains(n) {
                continue;
            }
            // The inner opening mark is the token right before its content.
            let first = tok_at(v.toks, n.start);
            let mut found = None;
            if first > outer_lo && v.is_mark(first - 1) {
                let open_tok = first - 1;
                // From the start of the inner quote's sentence within the outer quote.
                let floor = outer_lo.max(open_tok.saturating_sub(WINDOW));
                let lo = (floor..open_tok)
                    .rev()
                    .find(|&k| matches!(v.w(k), "." | "?" | "!" | ";"))
                    .map_or(floor, |k| k + 1);
                found = lead(v, lo..open_tok);
            }
            if found.is_none() {
                // “‘…,’ he said, …”: the words after the inner closing mark, up to the outer end.
                let close = tok_at(v.toks, n.end);
                if close < outer_hi && v.is_mark(close) {
                    let hi = outer_hi.min(close + 1 + WINDOW);
                    let ends_sentence = ends_like_sentence(n.slice(v.text));
                    found = tail(v, close + 1..hi, ends_sentence, false)
                        .map(|(np, cue, pat, _)| (np, Some(cue), pat));
                }
            }
            let (speaker, cue, pattern) = match found {
                Some((np, cue, pat)) => (Some(np), cue, pat),
                None => (None, None, "none"),
            };
            out.push(NestedLead {
                outer: q,
                content: n,
                speaker,
                cue,
                pattern,
            });
        }
    }
}

/// Multi-paragraph quotes attributed only in a later segment ("“A\n\n“B,” she said.") lend that
/// speaker back to the earlier segments.
fn chain_back(quotes: &mut [Attributed], scan: &Scan, text: &str) {
    let mut steps = quotes.len() as u64;
    for k in (0..quotes.len()).rev() {
        let Some(r) = quotes[k].raw else { continue };
        if !scan.quotes[r].runs_on || quotes[k].speaker.is_some() {
            continue;
        }
        if let Some(next) = quotes[k + 1..]
            .iter()
            .inspect(|_| steps += 1)
            .find(|q| q.raw.is_some_and(|nr| scan.quotes[nr].continues && nr > r))
        {
            if let Some(sp) = next.speaker {
                let cue = next.cue;
                quotes[k].speaker = Some(sp);
                quotes[k].cue = cue;
                quotes[k].pattern = "multi_paragraph";
                quotes[k].why = format!(
                    "runs on into the next paragraph, where “{}” is named",
                    sp.span.slice(text)
                );
            }
        }
    }
    work::add(Stage::Attribution, steps);
}

fn share_in_sentence(quotes: &mut [Attributed], idx: &[usize]) {
    let Some(src) = idx.iter().copied().find(|&i| quotes[i].speaker.is_some()) else {
        return;
    };
    let (sp, cue) = (quotes[src].speaker, quotes[src].cue);
    for &i in idx {
        if quotes[i].speaker.is_none() {
            quotes[i].speaker = sp;
            quotes[i].cue = cue;
            quotes[i].pattern = "same_sentence";
            quotes[i].why = "another quote in the same sentence names the speaker".into();
        }
    }
}

/// A capitalised word that names no rival speaker for `sentence_subject`: a month or weekday, or a
/// name that is the object of a verb or preposition ("attacking Lee for “…”", "in Ohio"). A name
/// after "that", "and", "by" or a noun may be the subject of a clause of its own, so it still counts.
fn object_name(v: &View<'_>, k: usize) -> bool {
    if v.lex.not_names.contains(v.lc(k)) || v.lex.demonyms.contains(v.lc(k)) {
        return true;
    }
    if k == 0 || !v.is_word(k - 1) {
        return false;
    }
    // The rest of a run of capitals: its first word decided.
    if v.cap(k - 1) {
        return true;
    }
    let prev = v.lc(k - 1);
    // An agent ("by Lee") or a comparison ("as Lee", "than Lee") may be a speaker in its own right.
    PREPOSITIONS.contains(&prev) && !matches!(prev, "by" | "as" | "like" | "than")
        || matches!(prev, "the" | "a" | "an" | "his" | "her" | "their" | "its")
        || prev.len() > 4 && (prev.ends_with("ing") || prev.ends_with("ed"))
}

/// A paragraph that is only a dash and a name, perhaps with a description after a comma
/// ("- Dina Bell.", "—Tom Reed, in a radio interview"): the form that signs a quote set above it.
fn signature(v: &View<'_>) -> Option<(Np, Span)> {
    let n = v.toks.len();
    if !(2..=24).contains(&n) || !matches!(v.w(0), "-" | "—" | "–") {
        return None;
    }
    let np = v.np_after(1, n).filter(|np| np.kind == NpKind::Name)?;
    let end = tok_at(v.toks, np.span.end);
    (end == n || matches!(v.w(end), "." | ",") && (v.w(end) == "," || end + 1 == n))
        .then_some((np, v.toks[0].span))
}

fn tok_at(toks: &[Token], start: usize) -> usize {
    toks.partition_point(|t| t.span.start < start)
}

fn paragraph_only_quotes(v: &View<'_>, qs: &[usize], scan: &Scan) -> bool {
    let mut qi = 0;
    for (i, t) in v.toks.iter().enumerate() {
        v.read();
        while qi < qs.len()
            && scan.quotes[qs[qi]].content.end <= t.span.start
            && scan.quotes[qs[qi]]
                .close
                .is_none_or(|c| c.end <= t.span.start)
        {
            qi += 1;
        }
        let inside = qi < qs.len() && {
            let q = &scan.quotes[qs[qi]];
            q.open.start <= t.span.start && t.span.start < q.close.map_or(q.content.end, |c| c.end)
        };
        if !inside && v.is_word(i) {
            return false;
        }
    }
    true
}

#[allow(clippy::too_many_arguments)]
fn attribute_one(
    v: &View<'_>,
    rq: &RawQuote,
    q: usize,
    pi: usize,
    sent: Range<usize>,
    pre: Range<usize>,
    post: Range<usize>,
    prev_tail_end: Option<usize>,
    out: &Attribution,
    label: Option<(Np, Span)>,
    sspan: Span,
    only_quotes: bool,
) -> (Result<Attributed, NotSpeech>, Option<usize>) {
    let text = v.text;
    let mut a = Attributed {
        content: rq.content,
        kind: QuoteKind::Partial,
        speaker: None,
        cue: None,
        pattern: "none",
        why: String::new(),
        raw: Some(q),
        paragraph: pi,
        sentence: sspan,
    };
    // 1. Not speech: titles, terms and nicknames announced by the words around the marks.
    if let Some(ns) = not_speech_cue(v, rq, &pre, &post) {
        return (Err(ns), None);
    }
    let mut tail_end = None;
    let mut lead_ok = pre.is_empty() || (pre.len() == 1 && !v.is_word(pre.start));
    // The lead-in before the quote, read at most once: the split, lead and tail rules below all
    // consult it.
    let lead_cell = OnceCell::new();
    let lead_in = || *lead_cell.get_or_init(|| lead(v, pre.clone()));
    // 2. Split quote: the words before this quote are the attribution of the previous one.
    if let Some(te) = prev_tail_end {
        let prev = out.quotes.last().filter(|p| p.paragraph == pi);
        // “A,” Doe wrote in a statement explaining why, “B.”: a longer attribution between the
        // halves, when the first half breaks off at a comma and the second follows one.
        let long_split = pre.end > pre.start
            && v.w(pre.end - 1) == ","
            && pre.end - te <= 20
            && prev.is_some_and(|p| p.content.slice(text).trim_end().ends_with(','))
            // "…,” Ryan said, though he said, “…”": the second half has its own lead.
            && lead_in().is_none();
        if (te >= pre.end.saturating_sub(1) || long_split) && !pre.is_empty() {
            if let Some(prev) = prev {
                a.speaker = prev.speaker;
                a.cue = prev.cue;
                a.pattern = "split";
                a.why = "second half of a split quote: “A,” she said, “B.”".into();
                lead_ok = true;
            }
        }
    }
    // 3a. A complete quoted sentence after "Speaker said:" / "Speaker said," belongs to that
    // speaker, whatever follows it ("Doe replied: “Why now?” Roe then wrote back …").
    // So does any quote after a reporting verb and its speaker ("When a man in the crowd shouted,
    // “Lee,” Roe joked, …, “…”"): a tag after it belongs to the next quote.
    let complete = rq.content.slice(text).trim_end().ends_with(['.', '?', '!']);
    if a.speaker.is_none() {
        if let Some((np, cue, pattern)) =
            lead_in().filter(|&(_, _, pattern)| complete || pattern != "colon_label")
        {
            lead_ok = true;
            set_lead(&mut a, text, np, cue, pattern);
        }
    }
    // 3. Tail: the words right after the closing mark.
    let mut tail_ok = post.is_empty() || (post.start..post.end).all(|i| !v.is_word(i));
    if a.speaker.is_none() && rq.close.is_some() {
        let ends_sentence = rq.content.slice(text).trim_end().ends_with('.');
        let next_quote = post.end < sent.end;
        if let Some((np, cue, pattern, end)) = tail(v, post.clone(), ends_sentence, next_quote) {
            a.speaker = Some(np);
            a.cue = Some(cue);
            a.pattern = pattern;
            a.why = format!(
                "“{}” {} right after the quote",
                np.span.slice(text),
                if pattern == "dash" {
                    "follows a dash"
                } else {
                    "with the cue"
                }
            );
            tail_end = Some(end);
            tail_ok = true;
        }
    }
    // 4. Lead: "Speaker said: “Q”" / "Speaker said, “Q”" / "Speaker: “Q”".
    if a.speaker.is_none() || !lead_ok {
        if let Some((np, cue, pattern)) = lead_in() {
            lead_ok = true;
            if a.speaker.is_none() {
                set_lead(&mut a, text, np, cue, pattern);
            }
        } else if pre.end > pre.start && v.w(pre.end - 1) == ":" {
            lead_ok = true;
        }
    }
    // 4b. "Dianne Bell agreed. “…”": a sentence of only a speaker and a verb of saying, right
    // before a quote that opens its own sentence.
    if a.speaker.is_none() && pre.is_empty() && tok_at(v.toks, rq.open.start) == sent.start {
        if let Some((np, cue)) = said_sentence_before(v, sent.start) {
            let why = format!(
                "the sentence before is only “{}” and “{}”",
                np.span.slice(text),
                cue.slice(text)
            );
            found_before(&mut a, np, cue, "said_sentence_before", why);
        }
    }
    // 4c. "… report “wasn’t good.” Adding, “…”": a sentence opened by a reporting gerund with no
    // subject goes on with the last quote's speaker in the paragraph.
    if a.speaker.is_none()
        && pre.start == sent.start
        && pre.end > pre.start
        && v.lc(pre.start).ends_with("ing")
        && v.is_cue(pre.start)
        && (pre.start + 1..pre.end).all(|k| matches!(v.w(k), "," | ":" | "that"))
    {
        if let Some(prev) = out
            .quotes
            .last()
            .filter(|p| p.paragraph == pi && p.speaker.is_some())
        {
            a.speaker = prev.speaker;
            a.cue = Some(v.toks[pre.start].span);
            a.pattern = "continuation";
            a.why = format!(
                "“{}” opens the sentence with no subject of its own: the last speaker goes on",
                v.w(pre.start)
            );
        }
    }
    // 5. A reporting verb elsewhere in the sentence.
    if a.speaker.is_none() {
        if let Some((np, cue, pattern)) = sentence_cue(v, sent.clone(), rq) {
            a.speaker = Some(np);
            a.cue = Some(cue);
            a.pattern = pattern;
            a.why = format!(
                "“{}” is the subject of “{}” in the same sentence",
                np.span.slice(text),
                cue.slice(text)
            );
        }
    }
    // 5b. A possessor's act of saying: "Trump's recent assertion that “…”", "his promise to be
    // “neutral”", "Romney's “47 percent” comment".
    if a.speaker.is_none() {
        if let Some((np, cue)) = possessed_saying(v, sent.clone(), rq) {
            a.speaker = Some(np);
            a.cue = Some(cue);
            a.pattern = "possessive";
            a.why = format!(
                "the quote gives the words of “{}”, and “{}” is whose {} it is",
                cue.slice(text),
                np.span.slice(text),
                cue.slice(text)
            );
        }
    }
    // 6. A transcript line's speaker.
    if a.speaker.is_none() {
        if let Some((np, _)) = label {
            a.speaker = Some(np);
            a.cue = Some(Span::new(np.span.end, np.span.end + 1));
            a.pattern = "transcript";
            a.why = "inside a transcript line".into();
        }
    }
    // 7. The sentence's subject, when it is a person or pronoun and no other person or pronoun
    // stands between it and the quote ("Trump identified the judge as “Spanish”").
    if a.speaker.is_none() {
        let open_tok = tok_at(v.toks, rq.open.start);
        {
            if let Some(np) = clause_subject_in(v, sent.start, open_tok, 1) {
                let after = tok_at(v.toks, np.span.end);
                // A name read as an object only rules out rivals for a quote that says enough
                // to stand as a quote anyway: a scare-quoted word is kept only on firmer ground.
                let content = rq.content.slice(text);
                let says_enough =
                    ends_like_sentence(content) || content.split_whitespace().count() > 6;
                let rival = open_tok.saturating_sub(after) > WINDOW
                    || (after..open_tok).any(|k| {
                        v.cap(k) && !v.is_sentence_start(k) && !(says_enough && object_name(v, k))
                            || v.pronoun(k).is_some_and(|g| {
                                matches!(g, Gender::Male | Gender::Female | Gender::Plural)
                            })
                    });
                // Only a subject right before its verb: with no reporting verb to go on, an
                // apposition in between leaves too much unread.
                let verb_next = after < open_tok && v.is_word(after);
                // "Perry was said to be “furious”": others report what the subject felt.
                let reported = (after + 1..open_tok).any(|k| {
                    matches!(
                        v.lc(k),
                        "said" | "told" | "asked" | "reported" | "rumored" | "rumoured" | "alleged"
                    ) && matches!(v.lc(k - 1), "was" | "were" | "is" | "are" | "been" | "be")
                });
                // A group or role named with a determiner speaks too ("The union took aim at
                // “…”"), a quote that says enough to stand as one; a bare plural ("Many Americans
                // saw the party as “…”") is what the reporter says they think.
                let determined = || {
                    says_enough
                        && matches!(
                            v.lc(tok_at(v.toks, np.span.start)),
                            "the" | "a" | "an" | "this" | "that"
                        )
                };
                if (matches!(np.kind, NpKind::Name | NpKind::Pronoun(_))
                    || np.kind == NpKind::Group && determined())
                    && !rival
                    && verb_next
                    && !reported
                {
                    a.speaker = Some(np);
                    a.pattern = "sentence_subject";
                    a.why = format!(
                        "“{}” is the sentence's subject and the only person named before the quote",
                        np.span.slice(text)
                    );
                }
            }
        }
    }
    // 8. "Sami recalled how the road looked. “I was like, ‘Where is the city?’”": a quote that
    // opens its sentence after a sentence of the same paragraph, with no quote of its own, in
    // which a person reports speech.
    if a.speaker.is_none()
        && pre.is_empty()
        && tok_at(v.toks, rq.open.start) == sent.start
        && ends_like_sentence(rq.content.slice(text))
    {
        if let Some((np, cue)) = cue_sentence_before(v, sent.start) {
            let why = format!(
                "“{}” reports speech (“{}”) in the sentence before, which quotes nothing",
                np.span.slice(text),
                cue.slice(text)
            );
            found_before(&mut a, np, cue, "cue_sentence_before", why);
        }
    }
    a.kind = if (lead_ok && tail_ok) || rq.continues {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    };
    if a.speaker.is_none() {
        let words = rq.content.slice(text).split_whitespace().count();
        let sentence_like = ends_like_sentence(rq.content.slice(text));
        let speech_word = speech_word_in(v, sent.clone(), rq);
        if a.kind == QuoteKind::Partial
            && words <= 6
            && !sentence_like
            && !only_quotes
            && !rq.continues
            && !rq.runs_on
            && speech_word.is_none()
        {
            let naming = naming_cue(v, &pre);
            return (
                Err(NotSpeech {
                    content: rq.content,
                    why: if naming.is_some() {
                        NonQuoteReason::Term
                    } else {
                        NonQuoteReason::Scare
                    },
                    evidence: match naming {
                        Some(p) => format!("a word named after “{p}”, with no speaker"),
                        None => "a short quoted phrase with no speaker or reporting verb around it"
                            .into(),
                    },
                }),
                None,
            );
        }
        a.why = match speech_word {
            Some(w) => {
                format!("“{w}” in the sentence marks speech, but no speaker the text supports")
            }
            None => "no speaker found near the quote".into(),
        };
    }
    (Ok(a), tail_end)
}

/// A reporting verb or speech noun in the sentence outside the quote, if any.
/// Only the `WINDOW` tokens on each side of the quote are read, so a sentence of thousands of
/// quotes costs linear time.
fn speech_word_in<'t>(v: &View<'t>, sent: Range<usize>, rq: &RawQuote) -> Option<&'t str> {
    let inside = Span::new(rq.open.start, rq.close.map_or(rq.content.end, |c| c.end));
    let lo = sent
        .start
        .max(tok_at(v.toks, inside.start).saturating_sub(WINDOW));
    let hi = sent.end.min(tok_at(v.toks, inside.end) + WINDOW);
    (lo..hi)
        .filter(|&i| v.is_word(i) && !inside.contains(v.toks[i].span))
        .find(|&i| {
            let l = v.lc(i);
            v.lex.cue_verbs.contains(l) || v.lex.speech_nouns.contains(l)
        })
        .map(|i| v.w(i))
}

/// "the word", "dubbed", … right before the mark.
fn naming_cue<'l>(v: &View<'l>, pre: &Range<usize>) -> Option<&'l str> {
    if pre.is_empty() {
        return None;
    }
    let start = pre.start.max(pre.end.saturating_sub(3));
    let before = v.text[v.toks[start].span.start..v.toks[pre.end - 1].span.end].to_lowercase();
    v.lex
        .nonspeech
        .iter()
        .find(|(p, w)| {
            w == "naming"
                && before.ends_with(p.as_str())
                && before[..before.len() - p.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
        .map(|(p, _)| p.as_str())
}

/// Attribute `a` to the speaker of a lead-in ("Speaker said: “Q”").
fn set_lead(a: &mut Attributed, text: &str, np: Np, cue: Option<Span>, pattern: &'static str) {
    a.speaker = Some(np);
    a.cue = cue;
    a.pattern = pattern;
    a.why = format!(
        "“{}” introduces the quote{}",
        np.span.slice(text),
        if pattern == "colon_label" {
            " as a label before a colon"
        } else if cue.is_some() {
            " with a reporting verb"
        } else {
            " with a colon"
        }
    );
}

pub(crate) fn ends_like_sentence(s: &str) -> bool {
    let t = s.trim_end();
    t.ends_with(['.', '!', '?', ',', '…']) && t.split_whitespace().count() >= 3
}

/// Titles of works, terms and nicknames: spans the words around the marks say are not speech.
fn not_speech_cue(
    v: &View<'_>,
    rq: &RawQuote,
    pre: &Range<usize>,
    post: &Range<usize>,
) -> Option<NotSpeech> {
    let text = v.text;
    if pre.is_empty() {
        return None;
    }
    let content = rq.content.slice(text);
    let words = content.split_whitespace().count();
    let ns = |why, evidence: String| {
        Some(NotSpeech {
            content: rq.content,
            why,
            evidence,
        })
    };
    // A value inside markup (<a href="…">) is not speech.
    if v.w(pre.end - 1) == "=" {
        return ns(NonQuoteReason::Term, "a value inside markup".into());
    }
    let start = pre.start.max(pre.end.saturating_sub(4));
    let before = text[v.toks[start].span.start..v.toks[pre.end - 1].span.end].to_lowercase();
    let mut last_word = pre.end - 1;
    if v.w(last_word) == "," && last_word > pre.start {
        last_word -= 1;
    }
    let lw = v.lc(last_word);
    for (phrase, why) in &v.lex.nonspeech {
        let hit = match why.as_str() {
            // A work is named right after its noun: "the novel “The Salt Road”"; "called the
            // show “the news show of record.”" is a judgement of it, in lower case.
            "title" => lw == *phrase && words <= 12 && (words <= 3 || is_title_case(content)),
            "naming" | "work" => false,
            _ => {
                before.ends_with(phrase.as_str())
                    && before[..before.len() - phrase.len()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
            }
        };
        if hit {
            let reason = match why.as_str() {
                "title" => NonQuoteReason::Title,
                "nickname" => NonQuoteReason::Nickname,
                _ => NonQuoteReason::Term,
            };
            return ns(reason, format!("preceded by “{phrase}”"));
        }
    }
    // "known (locally) as (a) “…”": a name being given, not words being said.
    let back: Vec<&str> = (pre.start.max(pre.end.saturating_sub(7))..pre.end)
        .map(|k| v.lc(k))
        .collect();
    if let Some(as_pos) = back.iter().rposition(|w| *w == "as") {
        let after_as_ok = back[as_pos + 1..]
            .iter()
            .all(|w| matches!(&**w, "a" | "an" | "the"));
        if after_as_ok && back[..as_pos].contains(&"known") {
            return ns(
                NonQuoteReason::Term,
                "a name introduced by “known as”".into(),
            );
        }
    }
    if is_title_case(content) && words <= 8 {
        // “Every Drop” programme / the “Better Journeys” campaign.
        if post.start < post.end {
            let next = v.lc(post.start);
            if v.lex
                .nonspeech
                .iter()
                .any(|(p, w)| w == "work" && *p == next)
            {
                return ns(
                    NonQuoteReason::Title,
                    format!("a capitalised name before “{next}”"),
                );
            }
        }
        // A name set off by commas after a noun: "its newsletter, “Steady Hands”, …" or given by
        // a naming verb: "a programme called “Every Drop”".
        if v.w(pre.end - 1) == "," && pre.end >= 2 + pre.start {
            let noun = pre.end - 2;
            if v.is_word(noun) && !v.cap(noun) && !v.is_cue(noun) && words <= 8 {
                return ns(
                    NonQuoteReason::Title,
                    "a capitalised name set off by commas after a noun".into(),
                );
            }
        }
        // "… called “Every Drop”", "a group called the “Harbour Trust”".
        let naming_verb = |k: usize| {
            matches!(
                v.lc(k),
                "called" | "named" | "call" | "calls" | "dubbed" | "nicknamed"
            )
        };
        let after_naming = naming_verb(last_word)
            || (last_word > pre.start
                && matches!(lw, "the" | "a" | "an")
                && naming_verb(last_word - 1));
        if after_naming && words <= 5 {
            return ns(
                NonQuoteReason::Nickname,
                format!("a capitalised name after “{lw}”"),
            );
        }
    }
    // A programme or publication named after "on"/"in": "said on “Morning Report.”", also with
    // its owner between: "on ABC’s “Good Morning America”".
    // The possessive may be a token of its own: "CNN" "’s".
    let split_possessive = last_word > pre.start && matches!(v.w(last_word), "’s" | "'s");
    let owner_word = if split_possessive {
        v.w(last_word - 1)
    } else {
        v.w(last_word)
    };
    let owner = crate::speakers::strip_possessive(owner_word);
    let possessed = split_possessive || owner != owner_word;
    let owner_between =
        last_word > pre.start && possessed && matches!(v.lc(last_word - 1), "on" | "in");
    // A broadcaster's programme: "told NBC’s “Today”", "host of MSNBC’s “Morning Joe”".
    let broadcaster = possessed && crate::speakers::is_acronym(owner);
    if (matches!(lw, "on" | "in" | "with" | "for" | "told") || owner_between || broadcaster)
        && words <= 6
        && is_title_case(content)
    {
        return ns(
            NonQuoteReason::Title,
            format!("a capitalised name after “{lw}”"),
        );
    }
    // Every word capitalised, short ones too ("A Hell Of A Lot Worse Than Waterboarding"): a
    // headline or title being cited; speech does not capitalise "of" and "a".
    if (4..=12).contains(&words) && is_headline_case(content) {
        return ns(
            NonQuoteReason::Title,
            "every word capitalised, as in a title or headline".into(),
        );
    }
    // Nickname between two parts of a name: Thomas “Tommy Gun” Reyes, C.L. “Butch” Otter.
    let initial =
        |k: usize| k > pre.start && v.w(k) == "." && v.cap(k - 1) && v.w(k - 1).len() <= 3;
    if words <= 4
        && (v.cap(pre.end - 1) || initial(pre.end - 1))
        && post.start < post.end
        && v.cap(post.start)
        && rq.close.is_some_and(|c| {
            v.toks[pre.end - 1].span.end + 1 >= rq.open.start
                && v.toks[post.start].span.start <= c.end + 1
        })
    {
        return ns(
            NonQuoteReason::Nickname,
            "between two parts of a name".into(),
        );
    }
    None
}

/// Every word starts with a capital, function words included, and some are function words
/// ("Lose Safety? Lose Work?" is not; "A Hell Of A Lot Worse" is).
fn is_headline_case(s: &str) -> bool {
    let words: Vec<&str> = bare_words(s).collect();
    let small = |w: &&&str| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "a" | "an"
                | "the"
                | "of"
                | "to"
                | "in"
                | "on"
                | "for"
                | "and"
                | "or"
                | "with"
                | "at"
                | "by"
                | "is"
                | "are"
        )
    };
    words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.iter().filter(small).count() >= 2
}

/// The words of `s` without the punctuation around them ("“Report.”" -> "Report").
fn bare_words(s: &str) -> impl Iterator<Item = &str> {
    s.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// Every word of four letters or more starts with a capital ("Meet the Press", "Morning Report.").
fn is_title_case(s: &str) -> bool {
    // Titles keep short function words in lower case, "with" and "from" among them.
    let mut long = bare_words(s)
        .filter(|w| w.chars().count() >= 4 && !matches!(*w, "with" | "from" | "into" | "over"))
        .peekable();
    // Read up to the first long word in lower case: most quotes are speech and stop early.
    long.peek().is_some() && long.all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// "…,” Speaker said" / "…,” said Speaker" / "…” — Speaker" / "…,” according to Speaker".
fn tail(
    v: &View<'_>,
    post: Range<usize>,
    ends_sentence: bool,
    next_quote: bool,
) -> Option<(Np, Span, &'static str, usize)> {
    // After a quote that ends its own sentence (“… broken.”), only a plain verb of saying reads as
    // its attribution; "“….” Her critics cited it …" starts a new thought.
    let cue_ok = |c: usize| {
        let l = v.lc(c);
        !l.ends_with("ing")
            && (!ends_sentence || v.lex.inverting_cues.contains(l) || matches!(l, "told" | "tells"))
    };
    let mut i = post.start;
    let hi = post.end;
    while i < hi && matches!(v.w(i), "," | "!" | "?") {
        i += 1;
    }
    if i >= hi {
        return None;
    }
    if matches!(v.w(i), "—" | "–" | "-" | "―") {
        let np = v.np_after(i + 1, hi)?;
        if np.kind == NpKind::Pronoun(Gender::Male) || np.kind == NpKind::Pronoun(Gender::Female) {
            return None;
        }
        return Some((np, v.toks[i].span, "dash", tok_end(v, np.span)));
    }
    if let Some((np, cue)) = v.according_to(i, hi) {
        return Some((np, cue, "according_to", tok_end(v, np.span)));
    }
    // "said Speaker" (inverted).
    let mut k = i;
    while k < hi && v.is_adverb(k) {
        k += 1;
    }
    let inverting = |k: usize| {
        ((v.is_cue(k) && v.lex.inverting_cues.contains(v.lc(k))) || v.is_read(k))
            && !v.complement_follows(k)
    };
    if k < hi && inverting(k) {
        if let Some(np) = v
            .np_after(k + 1, hi)
            .or_else(|| v.bare_role_after(k + 1, hi))
        {
            return Some((np, v.toks[k].span, "quote_cue_speaker", tok_end(v, np.span)));
        }
    }
    // "Speaker said": the cue within the next few words, the speaker starting at i.
    for c in i + 1..hi.min(i + 14) {
        if v.is_tail_cue(c) {
            if !cue_ok(c) {
                return None;
            }
            // "“… mutual good.” Trump said the two should be “…”": after a quote that ends its
            // own sentence, a verb whose words run on into the next quote introduces that one.
            if ends_sentence && next_quote {
                return None;
            }
            // "… “less advanced schools,” Lee said: “…”": a cue and a colon introduce the next quote.
            if next_quote && c + 1 < hi && v.w(c + 1) == ":" {
                return None;
            }
            // "“…,” the retired neurosurgeon told": right after the quote, a determiner and a few
            // words name the speaker by what they are, even a noun in no role list.
            let np = v.np_before(c, i).or_else(|| v.bare_role_before(i, c))?;
            // The phrase must start right after the quote; titles before a name count as part of it.
            let np_tok = tok_at(v.toks, np.span.start);
            let starts_here = v.toks[i].span.start == np.span.start
                || v.pronoun(i) == Some(Gender::Relative)
                || (np_tok > i
                    && (i..np_tok).all(|k| {
                        // Titles before a name, not a sentence's first word ("And he added").
                        (v.cap(k) && (v.lw_is(k, "the") || !v.lex.not_names.contains(v.lc(k))))
                            || matches!(v.w(k), "." | "’s" | "'s")
                            // A compound title: "co-Anchor".
                            || v.hyphen_compound_at(k + 2)
                            || v.hyphen_compound_at(k + 1)
                    }))
                // "“…,” the company's lawyer, Ana Fell, said": a role right after the quote, then
                // the name in apposition.
                || (np_tok >= i + 2
                    && v.w(np_tok - 1) == ","
                    && v
                        .np_plain_before(np_tok - 1, i, None)
                        .is_some_and(|h| h.kind == NpKind::Group && h.span.start == v.toks[i].span.start));
            if !starts_here {
                return None;
            }
            return Some((np, v.toks[c].span, "quote_speaker_cue", c));
        }
        if matches!(v.w(c), "." | ";" | "!" | "?") {
            break;
        }
    }
    None
}

fn tok_end(v: &View<'_>, s: Span) -> usize {
    tok_at(v.toks, s.end).saturating_sub(1)
}

/// "Speaker said: " / "Speaker said, " / "Speaker told reporters: " / "Speaker: " right before a mark.
fn lead(v: &View<'_>, pre: Range<usize>) -> Option<(Np, Option<Span>, &'static str)> {
    if pre.is_empty() {
        return None;
    }
    let last = pre.end - 1;
    if !matches!(v.w(last), ":" | ",") {
        return None;
    }
    // The cue, at most a short phrase before the punctuation ("said in a statement on Monday:").
    for c in (pre.start..last).rev() {
        // "said in an op-ed piece before a 2014 Senate hearing," is as long as these get.
        if last - c > 14 {
            break;
        }
        if v.is_cue(c) {
            let between_ok = (c + 1..last).all(|k| {
                let l = v.lc(k);
                v.is_word(k) || matches!(l, "," | "." | "’" | "'" | "-")
            });
            if !between_ok {
                return None;
            }
            // "Said Jane Doe, who grew up there, “…”": a cue opening the sentence, its speaker
            // after it, then the mark or an apposition.
            if c == pre.start && v.cap(c) && v.lex.inverting_cues.contains(v.lc(c)) {
                if let Some(np) = v.np_after(c + 1, last) {
                    let end = tok_at(v.toks, np.span.end);
                    if end == last || v.w(end) == "," {
                        return Some((np, Some(v.toks[c].span), "speaker_cue_quote"));
                    }
                }
            }
            // Words between the cue and the mark: a prepositional phrase or the addressee of "told".
            let first_after = if v.is_phrasal_cue(c) { c + 2 } else { c + 1 };
            if first_after < last {
                let l = v.lc(first_after);
                let told = matches!(v.lc(c), "told" | "tells" | "tell" | "asked" | "asks");
                if !(PREPOSITIONS.contains(&l)
                    || told
                    || v.is_adverb(first_after)
                    || l == "that"
                    || TIME_WORDS.contains(&l))
                {
                    return None;
                }
            }
            // "…, saying, “…”", "… upon saying, “…”": the gerund's speaker is the clause's subject.
            if v.lc(c).ends_with("ing")
                && c > pre.start
                && matches!(
                    v.lc(c - 1),
                    "," | "by" | "upon" | "on" | "after" | "before" | "while" | "when" | "without"
                )
            {
                let said = (v.lc(c - 1) == ",")
                    .then(|| said_before_gerund(v, c, pre.start))
                    .flatten();
                if let Some(np) = said.or_else(|| clause_subject(v, pre.start, c)) {
                    return Some((np, Some(v.toks[c].span), "gerund"));
                }
            }
            // "Blumenthal was asked, “…”": the one asked does not say the quote.
            if c > pre.start
                && matches!(v.lc(c), "asked" | "told")
                && matches!(
                    v.lc(c - 1),
                    "was" | "were" | "is" | "are" | "being" | "been"
                )
            {
                return None;
            }
            // A participle inside the phrase ("said in a video posted online:") has no subject of
            // its own: keep looking for the main verb further back.
            match v.np_before(c, pre.start) {
                // "The senator emailed supporters saying: “…”", "sent an email to supporters
                // stating, “…”": the addressees do not speak.
                Some(np) if v.lc(c).ends_with("ing") && receives(v, &np, pre.start, pre.start) => {
                    let start = tok_at(v.toks, np.span.start);
                    return clause_subject(v, pre.start, start)
                        .map(|s| (s, Some(v.toks[c].span), "gerund"));
                }
                Some(np) => return Some((np, Some(v.toks[c].span), "speaker_cue_quote")),
                None => continue,
            }
        }
    }
    // "Speaker: “Q”" (a headline or label form) — a name and a colon, nothing else.
    if v.w(last) == ":" {
        let np = v.np_before(last, pre.start)?;
        let np_tok = tok_at(v.toks, np.span.start);
        // "POLLS MISSED THE SHIFT - Dina Bell: “…”": a newsletter item's source after its heading.
        let after_dash = np_tok > pre.start && matches!(v.w(np_tok - 1), "-" | "—" | "–");
        if np.kind == NpKind::Name && (np_tok <= pre.start + 3 || after_dash) {
            return Some((np, Some(v.toks[last].span), "colon_label"));
        }
    }
    None
}

/// The longest run of tokens a speaker phrase is read over: adverbs and auxiliaries before a cue,
/// the words of a name, an apposition. Real ones are a few tokens; without a bound, a sentence of
/// many quotes after a long run of adverbs or capitalised words read the run again for every quote.
const MAX_RUN: usize = 24;

/// How many cues (or "according") `sentence_cue` tries on each side of a quote. News sentences
/// have a handful; the bound only matters for pathological text, where trying every cue of the
/// sentence for every quote was quadratic.
const MAX_CUE_CANDIDATES: usize = 32;

/// A reporting verb elsewhere in the sentence with a subject: nearest before the quote first,
/// then after it ("Lu said that countries lack “effective status,” …").
fn sentence_cue(
    v: &View<'_>,
    sent: Range<usize>,
    rq: &RawQuote,
) -> Option<(Np, Span, &'static str)> {
    let open_tok = tok_at(v.toks, rq.open.start);
    let close_end = rq.close.map_or(rq.content.end, |c| c.end);
    let close_tok = tok_at(v.toks, close_end);
    // Tokens that are neither a cue nor "according" cannot match: only candidates are visited,
    // and only the nearest few, so that a sentence of many quotes and many cues stays linear.
    let before = v.cue_candidates_in(sent.start..open_tok);
    for &c in before.iter().rev().take(MAX_CUE_CANDIDATES) {
        // "The paradox of Nancy, says Carl Anton, historian at …, is that she was “…”": an
        // inverted cue set off by commas inside the sentence.
        if c > sent.start
            && v.w(c - 1) == ","
            && v.is_cue(c)
            && v.lex.inverting_cues.contains(v.lc(c))
        {
            if let Some(np) = v.np_after(c + 1, open_tok) {
                let end = tok_at(v.toks, np.span.end);
                if end < open_tok && v.w(end) == "," {
                    return Some((np, v.toks[c].span, "sentence_cue"));
                }
            }
        }
        if v.is_cue(c) {
            if let Some((np, pat)) = subject_of(v, c, sent.start, sent.start) {
                return Some((np, v.toks[c].span, pat));
            }
        }
        if let Some((np, cue)) = v.according_to(c, sent.end) {
            return Some((np, cue, "according_to"));
        }
    }
    for &c in v
        .cue_candidates_in(close_tok..sent.end)
        .iter()
        .take(MAX_CUE_CANDIDATES)
    {
        if let Some((np, cue)) = v.according_to(c, sent.end) {
            return Some((np, cue, "according_to"));
        }
        if v.is_cue(c) {
            if let Some((np, pat)) = subject_of(v, c, close_tok, sent.start) {
                return Some((np, v.toks[c].span, pat));
            }
            if v.lex.inverting_cues.contains(v.lc(c)) && !v.complement_follows(c) {
                if let Some(np) = v.np_after(c + 1, sent.end) {
                    return Some((np, v.toks[c].span, "sentence_cue"));
                }
            }
        }
    }
    None
}

fn subject_of(v: &View<'_>, c: usize, lo: usize, sent_start: usize) -> Option<(Np, &'static str)> {
    // "asked him to say" names no speaker; "went on to call" and "continued to insist" do: the
    // subject of the verb before "to".
    if c > 0 && v.lc(c - 1) == "to" {
        let carry_on = c >= 2
            && c - 2 > lo
            && matches!(
                v.lc(c - 2),
                "on" | "continued" | "continues" | "proceeded" | "proceeds"
            );
        // "was quick to add", "is careful to say": the subject of the "be" before the adjective.
        let adjective = c >= 3
            && c - 3 > lo
            && matches!(
                v.lc(c - 2),
                "quick" | "careful" | "eager" | "keen" | "swift" | "ready" | "happy" | "anxious"
            )
            && matches!(v.lc(c - 3), "was" | "were" | "is" | "are");
        if !carry_on && !adjective {
            return None;
        }
        let verb = if v.lc(c - 2) == "on" || adjective {
            c - 3
        } else {
            c - 2
        };
        return v
            .np_before(verb, lo)
            .filter(|np| tok_at(v.toks, np.span.end) == verb)
            .map(|np| (np, "sentence_cue"));
    }
    // "X was joined on stage and joked, “…”": the clause's subject, when no other person stands
    // between it and the verb.
    // "… but now said": adverbs may stand between the conjunction and the verb.
    let mut conj = c;
    while conj > sent_start + 1 && c - conj < 3 && v.is_adverb(conj - 1) {
        conj -= 1;
    }
    if conj > sent_start && matches!(v.lc(conj - 1), "and" | "but") {
        let np = clause_subject(v, sent_start, conj)?;
        let after = tok_at(v.toks, np.span.end);
        // Another subject in between takes the verb: a pronoun, a quote, or a name that opens a
        // clause. A name that is an object ("supported Rand Paul", "battled with Acme") does not.
        let rival = (after..c).any(|k| {
            let clause_start = k > after
                && matches!(
                    v.lc(k - 1),
                    "," | "and"
                        | "but"
                        | "that"
                        | "while"
                        | "when"
                        | "as"
                        | "after"
                        | "before"
                        | "because"
                        | "who"
                        | "since"
                        | "until"
                );
            (v.cap(k) && !v.is_sentence_start(k) && clause_start)
                || v.pronoun(k).is_some()
                || v.is_mark(k)
        });
        return (!rival && matches!(np.kind, NpKind::Name | NpKind::Pronoun(_)))
            .then_some((np, "sentence_cue"));
    }
    if v.lc(c).ends_with("ing") {
        // "…, saying “…”": the subject of the main clause speaks.
        let prev = if c > sent_start { v.lc(c - 1) } else { "" };
        // "…, Fiorina said, adding that …": the speaker of the reporting verb just before.
        if prev == "," {
            if let Some(np) = said_before_gerund(v, c, sent_start) {
                return Some((np, "gerund"));
            }
        }
        if matches!(
            prev,
            "," | "by" | "while" | "after" | "before" | "when" | "in"
        ) {
            return clause_subject(v, sent_start, c).map(|np| (np, "gerund"));
        }
        // "Trump calling it “a great meeting”": the phrase right before the gerund.
        let np = v
            .np_before(c, lo)
            .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Group))?;
        // Unless that phrase is what the clause's subject sent or whom it wrote to ("issued a
        // statement describing", "wrote a letter to Attorney General Lisa Lamb asking"): then the
        // subject speaks.
        if receives(v, &np, lo, sent_start) {
            return clause_subject(v, sent_start, tok_at(v.toks, np.span.start))
                .map(|np| (np, "gerund"));
        }
        return Some((np, "gerund"));
    }
    // A passive ("hours after the staffer was charged") has no speaker for a subject; "was quoted
    // as saying" does.
    let mut aux = c;
    while aux > lo && c - aux < 3 && v.lc(aux - 1).ends_with("ly") {
        aux -= 1;
    }
    if aux > lo
        && (v.lc(c).ends_with("ed") || matches!(v.lc(c), "said" | "told"))
        && !v.lw_is(c, "quoted")
        && matches!(
            v.lc(aux - 1),
            "was" | "were" | "is" | "are" | "been" | "being" | "be"
        )
    {
        return None;
    }
    // "The board's reviewers had said", "Those surveyed said": a phrase from the sentence's first
    // word to the verb, opened by a determiner, names the speaker by what they are.
    // Not with "called" or "described": "A warm-up band called Sophistafunk" names the band.
    let np = v
        .np_before(c, lo)
        .or_else(|| share_before(v, c, lo))
        .or_else(|| {
            if lo > sent_start || v.lc(c).starts_with("call") || v.lc(c).starts_with("descri") {
                return None;
            }
            let mut k = c;
            while k > sent_start && c - k < 3 && v.is_adverb(k - 1) {
                k -= 1;
            }
            // "On Sunday, the front-runner said": the same phrase after an introductory phrase's comma.
            v.bare_role_before(sent_start, k).or_else(|| {
                let comma = (sent_start..k).rev().take(7).find(|&j| v.w(j) == ",")?;
                v.bare_role_before(comma + 1, k)
            })
        })?;
    // "A letter from the group obtained by The Star warns": the agent of a participle is no
    // subject; the phrase before the participle is.
    let mut b = tok_at(v.toks, np.span.start);
    if b > lo && matches!(v.lc(b - 1), "the" | "a" | "an") {
        b -= 1;
    }
    let np = match b.checked_sub(2) {
        Some(p) if p > lo && v.lc(p + 1) == "by" && v.lc(p).ends_with("ed") && !v.is_cue(p) => {
            v.np_before(p, lo)?
        }
        _ => np,
    };
    let pat = match v.lc(c) {
        "described" | "describes" => "described_as",
        "called" | "calls" => "called",
        _ => "sentence_cue",
    };
    // "a group called “We The People”", "a website called “…”": a participle naming a thing,
    // not a speaker calling anything.
    if pat == "called"
        && np.kind == NpKind::Group
        && matches!(v.lc(tok_at(v.toks, np.span.start)), "a" | "an")
        && tok_at(v.toks, np.span.end) == c
        && c + 1 < v.toks.len()
        && v.is_mark(c + 1)
    {
        return None;
    }
    Some((np, pat))
}

/// "21 percent said", "four in 10 said", "61% say": a share of those polled, right before the
/// verb, speaks as a group.
fn share_before(v: &View<'_>, c: usize, lo: usize) -> Option<Np> {
    let number = |k: usize| {
        let w = v.lc(k);
        w.starts_with(|ch: char| ch.is_ascii_digit())
            || matches!(
                w,
                "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "half"
            )
    };
    let start = if c >= lo + 2 && matches!(v.lc(c - 1), "percent" | "%") && number(c - 2) {
        c - 2
    } else if c >= lo + 3 && v.lc(c - 2) == "in" && number(c - 1) && number(c - 3) {
        c - 3
    } else {
        return None;
    };
    let span = v.span(start..c);
    Some(Np {
        span,
        core: span,
        kind: NpKind::Group,
        gender: None,
    })
}

/// "…, Spicer said, adding, “…”": the speaker of a reporting verb at most four tokens before the
/// comma that precedes the gerund at `c`, when that speaker ends right at the verb.
fn said_before_gerund(v: &View<'_>, c: usize, sent_start: usize) -> Option<Np> {
    let k = (sent_start..c.checked_sub(1)?)
        .rev()
        .take(4)
        .find(|&k| v.is_cue(k))?;
    v.np_before(k, sent_start)
        .filter(|np| tok_at(v.toks, np.span.end) == k)
}

/// Is this group phrase the object of a verb before it: a document ("issued a statement",
/// "sent out a press release") or the people addressed ("emailed supporters")?
/// The phrase `np` right before a reporting gerund is what or whom the clause's verb acts on, not
/// its speaker: the verb's object ("emailed supporters saying"), or the one written to, titles
/// before the name included ("sent a letter to Attorney General Lisa Lamb asking").
fn receives(v: &View<'_>, np: &Np, lo: usize, sent_start: usize) -> bool {
    let start = tok_at(v.toks, np.span.start);
    let mut b = start;
    while b > lo && v.cap(b - 1) && start - b < 4 {
        b -= 1;
    }
    (b > lo && v.lw_is(b - 1, "to")) || object_of_verb(v, np, sent_start)
}

fn object_of_verb(v: &View<'_>, np: &Np, sent_start: usize) -> bool {
    if np.kind != NpKind::Group {
        return false;
    }
    let head = tok_at(v.toks, np.core.end).saturating_sub(1);
    let start = tok_at(v.toks, np.span.start);
    if start <= sent_start {
        return false;
    }
    let before = v.lc(start - 1);
    let document = v.lex.speech_nouns.contains(v.lc(head));
    let verb_before = v.is_word(start - 1)
        && !v.cap(start - 1)
        && !DETERMINERS.contains(&before)
        && !PREPOSITIONS.contains(&before)
        && !matches!(before, "and" | "or" | "but" | "that" | "who" | "which");
    document || verb_before
}

/// The subject at the start of a sentence, past a leading conjunction or an introductory phrase
/// ("But on Monday, the senator …").
fn clause_subject(v: &View<'_>, start: usize, end: usize) -> Option<Np> {
    clause_subject_in(v, start, end, 3)
}

/// A speaker found in the sentence before the quote's.
fn found_before(a: &mut Attributed, np: Np, cue: Span, pattern: &'static str, why: String) {
    a.speaker = Some(np);
    a.cue = Some(cue);
    a.pattern = pattern;
    a.why = why;
}

/// The sentence right before `sent_start` (at most `WINDOW` tokens), when it holds no quote mark:
/// its reporting verb's subject, a person or a pronoun.
fn cue_sentence_before(v: &View<'_>, sent_start: usize) -> Option<(Np, Span)> {
    let stop = sent_start.checked_sub(1)?;
    if !matches!(v.w(stop), "." | "!" | "?") {
        return None;
    }
    let floor = stop.saturating_sub(WINDOW);
    let start = (floor..stop)
        .rev()
        .find(|&k| matches!(v.w(k), "." | "!" | "?"))
        .map_or(floor, |k| k + 1);
    // A sentence longer than the window is not read.
    let too_long = start == floor && floor > 0;
    if too_long || (start..stop).any(|k| v.is_mark(k)) {
        return None;
    }
    v.cue_candidates_in(start..stop)
        .iter()
        .take(MAX_CUE_CANDIDATES)
        .filter(|&&c| v.is_cue(c) && !v.lc(c).ends_with("ing"))
        .find_map(|&c| {
            subject_of(v, c, start, start)
                .filter(|(np, _)| matches!(np.kind, NpKind::Name | NpKind::Pronoun(_)))
                .map(|(np, _)| (np, v.toks[c].span))
        })
}

/// "Dianne Bell agreed." right before `sent_start`: the speaker and the verb, when the sentence
/// holds nothing else (an intransitive verb of saying, a few adverbs after it).
fn said_sentence_before(v: &View<'_>, sent_start: usize) -> Option<(Np, Span)> {
    let stop = sent_start.checked_sub(1)?;
    if v.w(stop) != "." {
        return None;
    }
    let mut c = stop.checked_sub(1)?;
    while c > 0 && matches!(v.lc(c), "too" | "also" | "again" | "later") {
        c -= 1;
    }
    // "… said in a statement.", "… told reporters on Monday.": a short phrase after the verb.
    if !v.is_cue(c) {
        if let Some(k) = (c.saturating_sub(5)..c).rev().find(|&k| v.is_cue(k)) {
            let l = v.lc(k + 1);
            if PREPOSITIONS.contains(&l) || matches!(v.lc(k), "told" | "tells") {
                c = k;
            }
        }
    }
    if !v.is_cue(c) || !v.lex.inverting_cues.contains(v.lc(c)) {
        return None;
    }
    let np = v.np_before(c, c.saturating_sub(MAX_RUN))?;
    let first = tok_at(v.toks, np.span.start);
    // The speaker opens the sentence: not after a quote ("“…,” Rubio said. “…”" is another rule's).
    let opens = first == 0 || matches!(v.w(first - 1), "." | "!" | "?");
    (opens && !matches!(np.kind, NpKind::Pronoun(Gender::Relative))).then_some((np, v.toks[c].span))
}

/// The token after a short parenthesis at `k` ("Rep. Hal Jeffs (D-N.Y.) reacted"), or `k`.
fn past_parenthesis(v: &View<'_>, k: usize, end: usize) -> usize {
    if k < end && v.w(k) == "(" {
        if let Some(close) = (k + 1..end).take(10).find(|&j| v.w(j) == ")") {
            return close + 1;
        }
    }
    k
}

/// "hours later", "years ago": a unit of time and "later", "earlier" or "ago" at `i`.
fn time_ago(v: &View<'_>, i: usize, end: usize) -> bool {
    i + 1 < end
        && matches!(v.lc(i + 1), "later" | "earlier" | "ago")
        && matches!(
            v.lc(i),
            "minutes" | "hours" | "days" | "weeks" | "months" | "years" | "moments"
        )
}

/// [`clause_subject`], trying the phrase after at most `commas` commas of an introductory phrase:
/// with no reporting verb to go on (`sentence_subject`), only the first.
fn clause_subject_in(v: &View<'_>, start: usize, end: usize, commas: usize) -> Option<Np> {
    let mut i = start;
    while i < end
        && matches!(
            v.lc(i),
            "but"
                | "and"
                | "so"
                | "yet"
                | "still"
                | "meanwhile"
                | "however"
                | "then"
                | "instead"
                | ","
        )
    {
        i += 1;
    }
    // A sentence that opens with a quote: its speaker is the quote's, found by other rules.
    if i >= end || v.is_mark(i) {
        return None;
    }
    // An introductory phrase ("Speaking at a rally, …", "Last week, …", "Amid the row, …") is
    // skipped to the first comma.
    let first = v.lc(i);
    // "Speaking at …," / "Asked about …," open with a participle; "Ted Cruz said" and "Manning
    // said" open with a name.
    let name_next = i + 1 < end && (v.cap(i + 1) || v.is_cue(i + 1));
    let intro = PREPOSITIONS.contains(&first)
        || ((first.ends_with("ing") || first.ends_with("ed")) && !name_next)
        || (first.ends_with("ly") && first.len() > 4)
        // "Last week, …"; but "New Dorset Gov. Jo Doe …" opens with a name.
        || (v.lex.not_names.contains(first)
            && v.pronoun(i).is_none()
            && !DETERMINERS.contains(&first)
            && !(i + 1 < end
                && v.cap(i + 1)
                && !v.lex.not_names.contains(v.lc(i + 1))
                && !PREPOSITIONS.contains(&first)
                && !SUBORDINATORS.contains(&first)
                && !matches!(
                    first,
                    "but" | "and" | "or" | "then" | "so" | "yet" | "not" | "there" | "here" | "who"
                )))
        || matches!(
            first,
            "amid" | "alongside" | "despite" | "asked" | "unlike" | "like"
        )
        // "Hours later, she …", "Eight years ago, he …": a time phrase, not a subject.
        || time_ago(v, i, end)
        || ((first.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                first,
                "a" | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "several"
                    | "few"
                    | "many"
            ))
            && time_ago(v, i + 1, end));
    if !intro {
        if let Some(np) = v.np_after(i, end) {
            let next = past_parenthesis(v, tok_at(v.toks, np.span.end), end);
            // The subject is followed by its verb, not by a comma or an apostrophe-contraction.
            if next < end && v.is_word(next) && !v.w(i).contains(['’', '\'']) {
                return Some(np);
            }
            // "Silverman, herself a supporter, incurred …": an apposition between the subject
            // and its verb.
            if next < end && v.w(next) == "," && np.kind == NpKind::Name {
                let close = (next + 1..end).take(24).find(|&k| v.w(k) == ",");
                if let Some(close) = close {
                    if close > next + 1
                        && v.is_apposition(next + 1..close)
                        && close + 1 < end
                        && v.is_word(close + 1)
                        && !v.cap(close + 1)
                    {
                        return Some(np);
                    }
                }
            }
        }
    }
    // The subject follows the introductory phrase; a phrase may hold a comma of its own
    // ("Speaking in Salem, New Hampshire, Trump went after …"), so up to three commas are tried.
    (i..end)
        .take(24)
        .filter(|&k| v.w(k) == ",")
        .take(commas)
        .find_map(|comma| {
            let np = v.np_after(comma + 1, end)?;
            let next = past_parenthesis(v, tok_at(v.toks, np.span.end), end);
            (next < end && v.is_word(next) && !v.cap(next)).then_some(np)
        })
}

/// Indirect speech in a sentence with no quote: "X said (that) CLAUSE", "CLAUSE, X said.",
/// "According to X, CLAUSE", "A, X said, B". A sentence may report several statements ("X said A,
/// but Y said B"; "X said Y believes B"): every cue with a subject gives one, and a statement
/// ends where the sentence or its clause does (`clause_end`), or where the next statement's
/// speaker starts after a comma.
fn indirect(v: &View<'_>, sent: Range<usize>, pi: usize) -> Vec<Attributed> {
    let mut out: Vec<Attributed> = Vec::new();
    // Each statement's speaker token, to cut an earlier statement there.
    let mut starts: Vec<usize> = Vec::new();
    // Tokens up to here belong to an "after" or "according to" statement already found.
    let mut taken = sent.start;
    if let Some((a, np_tok)) = poll_source(v, sent.clone(), pi) {
        taken = sent.end;
        starts.push(np_tok);
        out.push(a);
    }
    let candidates = v.cue_candidates_in(sent.clone());
    for &c in candidates {
        if c < taken {
            continue;
        }
        if let Some((a, np_tok, next)) = indirect_at(v, sent.clone(), taken, pi, c) {
            taken = taken.max(next);
            starts.push(np_tok);
            out.push(a);
        } else if let Some((a, and)) = out
            .last()
            .and_then(|prev| second_predicate(v, &sent, pi, prev, c))
        {
            // "X said A and said B": A ends before "and", and B is X's too.
            if let Some(e) = last_word_end(v, sent.start..and) {
                let prev = out.last_mut().expect("a statement");
                if e > prev.content.start {
                    prev.content = Span::new(prev.content.start, e);
                }
            }
            taken = taken.max(c + 1);
            starts.push(c);
            out.push(a);
        }
    }
    // Then verbs with a noun-phrase, infinitive or question complement ("X endorsed Y", "X wants
    // to …") outside the statements found: the sentence is read once more, word by word. A verb
    // inside a reported clause ("It would back the plan, the union said") is part of it.
    let found = out.len();
    // The subject is read back to the end of the last statement before the verb; the statements
    // found are in text order, and `ix` walks them once.
    let mut lo = sent.start;
    let mut ix = 0;
    for c in sent.clone() {
        // Most words fail every test below on their bits alone (a new test here needs its bit
        // in `MAY_OPEN_INDIRECT`, or the words it holds for are skipped).
        if !v.may_be(c, MAY_OPEN_INDIRECT) {
            continue;
        }
        let participle = v.participle_cue(c);
        let named = if participle {
            None
        } else {
            v.object_participle(c)
        };
        let noun = !participle && named.is_none() && v.statement_noun(c).is_some();
        if !participle
            && named.is_none()
            && !noun
            && v.object_particle(c).is_none()
            && !v.cue_to_infinitive(c)
        {
            continue;
        }
        let at = v.toks[c].span.start;
        while ix < found && out[ix].content.end <= at {
            lo = lo.max(tok_at(v.toks, out[ix].content.end));
            ix += 1;
        }
        // Inside the next statement, or its cue ("demanded that …" is read as a clause).
        let next = out[..found].get(ix);
        if c < lo
            || next.is_some_and(|a| a.content.start <= at || a.cue.is_some_and(|q| q.start == at))
        {
            continue;
        }
        let stated = if participle || named.is_some() {
            // "X said A, adding B": the speaker is the statement's before it, else the sentence's
            // subject.
            ix.checked_sub(1)
                .and_then(|p| out[p].speaker)
                .or_else(|| clause_subject(v, sent.start, c - 1))
                // "“…,” she said, adding that …": the speaker of the verb before the comma.
                .or_else(|| said_before_gerund(v, c, sent.start))
                .and_then(|np| subject_before_verb(v, np))
                .and_then(|np| match named {
                    Some(particle) => participle_object_at(v, sent.clone(), c, particle, np, pi),
                    None => participle_at(v, sent.clone(), c, np, pi),
                })
        } else if noun {
            let why = |who: &str, what: &str| format!("“{who}” owns “{what}”, a reported position");
            noun_at(v, sent.clone(), lo, c)
                .map(|parts| statement(v, sent.clone(), pi, parts, "indirect_noun", why))
        } else {
            object_at(v, sent.clone(), lo, c, pi)
        };
        if let Some((a, np_tok)) = stated {
            lo = c + 1;
            starts.push(np_tok);
            out.push(a);
        }
    }
    // In text order, each with its speaker's token, for the cuts below.
    if out.len() > found {
        let mut both: Vec<(Attributed, usize)> = out.drain(..).zip(starts.drain(..)).collect();
        both.sort_by_key(|(a, _)| a.content.start);
        (out, starts) = both.into_iter().unzip();
    }
    // "X said A, and Y said B": A ends before ", and Y".
    for (k, a) in out.iter_mut().enumerate() {
        let content = a.content;
        // Only the next few statements can start inside this one (its clause is bounded).
        let cut = starts
            .iter()
            .enumerate()
            .skip(k + 1)
            .take(8)
            .filter(|&(_, &t)| t > sent.start && v.toks[t].span.start > content.start)
            .map(|(_, &t)| t)
            .filter(|&t| v.toks[t].span.start < content.end)
            .filter_map(|t| {
                let mut b = t;
                while b > sent.start + 1
                    && t - b < 2
                    && matches!(v.lc(b - 1), "and" | "but" | "while" | "whereas")
                {
                    b -= 1;
                }
                (matches!(v.w(b - 1), "," | ";")).then_some(b - 1)
            })
            .min();
        if let Some(b) = cut {
            if let Some(e) = last_word_end(v, sent.start..b) {
                if e > content.start {
                    a.content = Span::new(content.start, e);
                }
            }
        }
    }
    // Four words or more, but for a name backed or judged ("endorsed Jane Doe", `object_at`).
    out.retain(|a| a.pattern == "indirect_object" || enough_words(a.content.slice(v.text)));
    out
}

/// Nouns for a poll or a study, which report what they found: "In a poll released Sunday, …".
const SOURCE_NOUNS: &[&str] = &[
    "poll", "polls", "survey", "surveys", "study", "studies", "report", "analysis", "census",
];

/// "In a poll released Sunday, CLAUSE.": a poll or a study named in a prepositional phrase that
/// opens the sentence reports the clause (pattern `in_source`). The clause holds no cue and no
/// quote mark of its own: then the cue's rules read it. (At the sentence's end, "… in the polls"
/// most often places a lead, not a finding.) Returns the statement and its source's first token.
fn poll_source(v: &View<'_>, sent: Range<usize>, pi: usize) -> Option<(Attributed, usize)> {
    let (s, e) = (sent.start, sent.end);
    if e - s < 6 || !v.lw_is(s, "in") {
        return None;
    }
    let comma = (s + 2..e.min(s + 12)).find(|&k| v.w(k) == ",")?;
    let source = s + 1..comma;
    let names_source = source
        .clone()
        .all(|k| v.is_word(k) || matches!(v.w(k), "/" | "-" | "’s" | "'s"))
        && source.clone().any(|k| SOURCE_NOUNS.contains(&v.lc(k)));
    let plain =
        (comma + 1..e).all(|k| !v.is_any_cue(k) && !v.is_mark(k) && !v.lw_is(k, "according"));
    if !names_source || !plain {
        return None;
    }
    let end = last_word_end(v, comma + 1..e)?;
    let content = Span::new(v.toks[comma + 1].span.start, end);
    let span = v.span(source);
    let np = Np {
        span,
        core: span,
        kind: NpKind::Group,
        gender: None,
    };
    let why = |who: &str, _: &str| format!("“{who}” is a poll or a study that reports the clause");
    Some(statement(
        v,
        sent,
        pi,
        (content, np, v.toks[s].span),
        "in_source",
        why,
    ))
}

/// "X said A and said B", "X said A, but added that B": a cue of the indirect statement `prev`'s
/// speaker coordinated inside `prev`'s clause ("and" or "but", an adverb or two, the cue) opens a
/// second statement of the same speaker. Returns it and the token of the conjunction, where `prev`
/// ends.
fn second_predicate(
    v: &View<'_>,
    sent: &Range<usize>,
    pi: usize,
    prev: &Attributed,
    c: usize,
) -> Option<(Attributed, usize)> {
    // "… and states have moved …": a noun, the subject of the next verb.
    if prev.pattern != "indirect_that"
        || !v.is_indirect_cue(c)
        || v.cap(c)
        || (c + 1 < sent.end && PREDICATE_AUX.contains(&v.lc(c + 1)))
    {
        return None;
    }
    let at = v.toks[c].span.start;
    if at <= prev.content.start || at >= prev.content.end {
        return None;
    }
    let mut k = c;
    while k > sent.start + 1 && c - k < 2 && v.is_adverb(k - 1) {
        k -= 1;
    }
    let and = k
        .checked_sub(1)
        .filter(|&a| a > sent.start && matches!(v.lc(a), "and" | "but"))?;
    let and = if v.w(and - 1) == "," { and - 1 } else { and };
    let clause = clause_after(v, c, sent.end)?;
    let e = last_word_end(v, clause..clause_end(v, clause, sent.end))?;
    let content = Span::new(v.toks[clause].span.start, e);
    if !enough_words(content.slice(v.text)) {
        return None;
    }
    let np = prev.speaker?;
    let why = |who: &str, cue: &str| format!("“{who}” also {cue} a reported clause");
    let (a, _) = statement(
        v,
        sent.clone(),
        pi,
        (content, np, v.toks[c].span),
        "indirect_that",
        why,
    );
    Some((a, and))
}

/// A subject phrase read forwards ends before its verb: "The district closed two schools" is
/// "The district". The verb is a lowercase word in "-ed", an auxiliary or a cue.
fn subject_before_verb(v: &View<'_>, np: Np) -> Option<Np> {
    let (first, last) = (tok_at(v.toks, np.span.start), tok_at(v.toks, np.span.end));
    let Some(verb) = (first + 1..last).find(|&k| {
        v.is_word(k)
            && !v.cap(k)
            && (v.lc(k).ends_with("ed")
                || PREDICATE_AUX.contains(&v.lc(k))
                || v.is_any_cue(k)
                || v.object_particle(k).is_some())
    }) else {
        return Some(np);
    };
    let span = v.span(first..verb);
    let core = Span::new(np.core.start.max(span.start), np.core.end.min(span.end));
    (core.start < core.end).then_some(Np { span, core, ..np })
}

/// "X announced the plan, saying …", "…, adding that …": a participle of a cue after a comma
/// reports the main clause's subject `np` (pattern `indirect_participle`). Returns the statement
/// and its speaker's first token.
fn participle_at(
    v: &View<'_>,
    sent: Range<usize>,
    c: usize,
    np: Np,
    pi: usize,
) -> Option<(Attributed, usize)> {
    let from = clause_after(v, c, sent.end)?;
    let content = complement(v, from..clause_end(v, from, sent.end))?;
    let cue = v.toks[c].span;
    let why = |who: &str, what: &str| format!("“{what}” after a comma reports the subject “{who}”");
    let parts = (content, np, cue);
    Some(statement(v, sent, pi, parts, "indirect_participle", why))
}

/// "X closed the road, citing the storm", "…, referring to the plan": the noun-phrase complement
/// of an object cue's participle after a comma (pattern `indirect_participle`), to `object_end`.
fn participle_object_at(
    v: &View<'_>,
    sent: Range<usize>,
    c: usize,
    particle: &str,
    np: Np,
    pi: usize,
) -> Option<(Attributed, usize)> {
    let k = c + 1 + usize::from(!particle.is_empty());
    if k >= sent.end || !v.is_word(k) {
        return None;
    }
    let content = complement(v, k..object_end(v, k, sent.end))?;
    let cue = v.span(c..k);
    let why = |who: &str, what: &str| format!("“{what}” after a comma reports the subject “{who}”");
    Some(statement(
        v,
        sent,
        pi,
        (content, np, cue),
        "indirect_participle",
        why,
    ))
}

/// Auxiliaries that, after "and" or "but", open a second predicate: the complement ends there.
const PREDICATE_AUX: &[&str] = &[
    "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "should", "can",
    "did", "does", "do", "may", "might", "must",
];

/// Where the complement of an object cue starting at token `from` ends (exclusive): where its
/// clause ends (`clause_end`), at "and"/"but" opening a second predicate or clause ("endorsed Y
/// and has campaigned …", "backs Y but she …"), or at a closing time phrase ("endorsed Y last
/// week", "… on Tuesday").
fn object_end(v: &View<'_>, from: usize, hi: usize) -> usize {
    let end = clause_end(v, from, hi);
    for j in from + 1..end {
        if !v.is_word(j) {
            continue;
        }
        let l = v.lc(j);
        let next = (j + 1 < end && v.is_word(j + 1)).then(|| v.lc(j + 1));
        let second_predicate = matches!(l, "and" | "but")
            && next.is_some_and(|n| {
                PREDICATE_AUX.contains(&n)
                    || matches!(n, "he" | "she" | "they" | "we" | "i" | "then" | "also")
                    || v.is_any_cue(j + 1)
                    || (n.ends_with("ed") && !v.cap(j + 1))
            });
        let time = (matches!(l, "last" | "this" | "next")
            && next.is_some_and(|n| TIME_NOUNS[..8].contains(&n)))
            || TIME_WORDS[..10].contains(&l)
            || (l == "on" && j + 1 < end && TIME_WORDS[..7].contains(&v.lc(j + 1)));
        // A subordinate clause after the complement: "defended the rules when she toured …".
        let subordinate = matches!(
            l,
            "when" | "after" | "before" | "while" | "because" | "until" | "during"
        );
        if second_predicate || time || subordinate {
            return j;
        }
    }
    end
}

/// "X endorsed Y", "X wants to …", "X called for …", "X asked whether …": a verb of
/// judging, asking, wanting or backing (`object_cues.txt`) whose subject opens the sentence or a
/// clause of it; the statement is the verb's complement up to `object_end`. Returns the statement
/// and its speaker's first token.
fn object_at(
    v: &View<'_>,
    sent: Range<usize>,
    lo: usize,
    c: usize,
    pi: usize,
) -> Option<(Attributed, usize)> {
    let particle = v
        .object_particle(c)
        .or_else(|| v.cue_to_infinitive(c).then_some(""))?;
    // A verb is written in lower case inside a sentence (but in a headline in title case: "Mayor
    // Endorses Ruiz For Council"); after "to", "be" or a determiner or possessor it is an
    // infinitive, a passive or a noun ("the plans", "his supporters").
    if c <= sent.start || v.cap(c) && !title_case_headline(v, &sent, c) {
        return None;
    }
    let p = v.lc(c - 1);
    // After a form of "be" and before "by", a participle is passive: "It was opposed by …" names
    // no position of the subject's.
    let passive = matches!(p, "is" | "was" | "are" | "were")
        && v.lc(c).ends_with("ed")
        && c + 1 < sent.end
        && v.lw_is(c + 1, "by");
    if passive
        || matches!(p, "to" | "be" | "been" | "being" | "not")
        || DETERMINERS.contains(&p)
        || (v.is_word(c - 1) && crate::speakers::strip_possessive(v.w(c - 1)) != v.w(c - 1))
    {
        return None;
    }
    let np = v
        .np_before(c, lo)
        .or_else(|| coordinated_subject(v, c, lo))?;
    let nt = title_start(v, tok_at(v.toks, np.span.start), lo);
    // Not in a subordinate clause: "when he questioned the plan" sets a scene.
    let subordinate = nt > sent.start
        && PHRASE_STARTS.contains(&v.lc(nt - 1))
        && !matches!(v.lc(nt - 1), "and" | "but" | "so" | "yet");
    let opens = !subordinate
        && (nt <= sent.start + 6
            || matches!(v.w(nt - 1), "," | ";" | "—" | "–" | "--" | ":")
            || matches!(v.lc(nt - 1), "and" | "but"));
    if !opens {
        return None;
    }
    let k = c + 1 + usize::from(!particle.is_empty());
    // "Nomination questions are likely …": a noun before its verb, not a verb.
    if k >= sent.end || !v.is_word(k) || v.is_mark(k) || PREDICATE_AUX.contains(&v.lc(k)) {
        return None;
    }
    let end = object_end(v, k, sent.end);
    // "endorsed Jane Doe": a person or party backed, judged or praised by name is a position
    // however short (not "asked Jane Doe", a question's addressee).
    let named = end > k
        && end - k <= 4
        && !v.lc(c).starts_with("ask")
        && v.cap(k)
        && (k..end).all(|m| v.cap(m) || matches!(v.w(m), "." | "’s" | "'s"));
    let content = if named {
        let e = last_word_end(v, k..end)?;
        Span::new(v.toks[k].span.start, e)
    } else {
        complement(v, k..end)?
    };
    let cue = v.span(c..c + 1 + usize::from(!particle.is_empty()));
    let why = |who: &str, what: &str| format!("“{who}” {what} a reported position");
    let parts = (content, np, cue);
    Some(statement(v, sent, pi, parts, "indirect_object", why))
}

/// "The governor's claim that …", "her promise to …", "his criticism of …": a noun of saying,
/// believing or proposing (`statement_nouns.txt`) owned by a person (a possessive name or his /
/// her / their, before at most two modifiers: "his repeated calls for …"), who is the speaker
/// (pattern `indirect_noun`). The statement is the noun's complement: from "that" to the clause
/// end, from "to" or after a preposition to `object_end`. Returns the content, speaker and cue.
fn noun_at(v: &View<'_>, sent: Range<usize>, lo: usize, c: usize) -> Option<(Span, Np, Span)> {
    let particle = v.statement_noun(c)?;
    let mut p = c;
    let np = loop {
        if p <= lo.max(sent.start) || c - p > 2 {
            return None;
        }
        p -= 1;
        if let Some(np) = possessor(v, p, lo.max(sent.start)) {
            break np;
        }
        // A modifier is a lowercase word that is no determiner, preposition or verb.
        let l = v.lc(p);
        if !v.is_word(p)
            || v.cap(p)
            || DETERMINERS.contains(&l)
            || PREPOSITIONS.contains(&l)
            || v.is_any_cue(p)
        {
            return None;
        }
    };
    let clause = matches!(particle, "that" | "to");
    let k = if clause { c + 1 } else { c + 2 };
    if k >= sent.end || !v.is_word(k) || v.is_mark(k) {
        return None;
    }
    let mut end = if particle == "that" {
        clause_end(v, k, sent.end)
    } else {
        object_end(v, k, sent.end)
    };
    // The owner opening the sentence or a clause makes the noun a subject ("Her criticism of the
    // plan was sharp"): a noun phrase complement ends at the predicate's verb, and a clause
    // complement, whose own verbs hide it, is not read.
    let nt = title_start(v, tok_at(v.toks, np.span.start), lo);
    if nt <= sent.start
        || matches!(v.w(nt - 1), "," | ";" | ":" | "—" | "–" | "--")
        || PHRASE_STARTS.contains(&v.lc(nt - 1))
        || v.is_adverb(nt - 1)
    {
        if clause {
            return None;
        }
        end = (k + 1..end).find(|&j| {
            let l = v.lc(j);
            v.is_word(j)
                && !v.cap(j)
                && (PREDICATE_AUX.contains(&l)
                    || v.is_any_cue(j)
                    || l.ends_with("ed")
                    || matches!(l, "made" | "put" | "became" | "left" | "drew" | "gave"))
        })?;
    }
    let content = complement(v, k..end)?;
    let cue = v.span(c..c + 1 + usize::from(!clause));
    Some((content, np, cue))
}

/// The words of `r` as a statement's content: none when they hold quote marks ("praise the
/// so-called “…” scheme" is left to the quote rules) or are fewer than four ("backed the plan"
/// names a position, not what was said; a reported clause needs three, [`enough_words`]).
fn complement(v: &View<'_>, r: Range<usize>) -> Option<Span> {
    if r.clone().any(|m| v.is_mark(m)) {
        return None;
    }
    let e = last_word_end(v, r.clone())?;
    let content = Span::new(v.toks[r.start].span.start, e)
        .trim_matches(v.text, |ch: char| ch.is_whitespace() || ",;:".contains(ch));
    content.slice(v.text).split_whitespace().nth(3)?;
    Some(content)
}

/// An indirect statement of sentence `sent` from its content, speaker and cue, with its speaker's
/// first token; `why` says why from the speaker's words and the cue's.
fn statement(
    v: &View<'_>,
    sent: Range<usize>,
    pi: usize,
    (content, np, cue): (Span, Np, Span),
    pattern: &'static str,
    why: impl FnOnce(&str, &str) -> String,
) -> (Attributed, usize) {
    let why = why(np.span.slice(v.text), cue.slice(v.text));
    (
        Attributed {
            content,
            kind: QuoteKind::Indirect,
            speaker: Some(np),
            cue: Some(cue),
            pattern,
            why,
            raw: None,
            paragraph: pi,
            sentence: v.span(sent),
        },
        tok_at(v.toks, np.span.start),
    )
}

/// Where a speaker whose mention starts at token `nt` starts with its titles: a titled person's
/// mention is the name alone ("Smith" in "…, Mr. Smith said"), and the words before it are read
/// before "Mr." or "Sen. Majority Leader".
fn title_start(v: &View<'_>, nt: usize, lo: usize) -> usize {
    let mut k = nt;
    for _ in 0..3 {
        let abbreviated = k > lo + 1 && v.w(k - 1) == "." && {
            let t = v.lc(k - 2);
            v.lex.titles.contains_key(t) || v.lex.titles.contains_key(&format!("{t}."))
        };
        if abbreviated {
            k -= 2;
        } else if k > lo && v.cap(k - 1) && v.lex.titles.contains_key(v.lc(k - 1)) {
            k -= 1;
        } else {
            break;
        }
    }
    k
}

/// "X met the families and said …": the subject of a verb coordinated with the cue is the
/// clause's subject, when no other subject stands between them (see `subject_of`).
fn coordinated_subject(v: &View<'_>, c: usize, lo: usize) -> Option<Np> {
    let mut k = c;
    while k > lo + 1 && c - k < 3 && v.is_adverb(k - 1) {
        k -= 1;
    }
    if k > lo + 1 && c - lo <= WINDOW && matches!(v.lc(k - 1), "and" | "but") {
        return subject_of(v, c, lo, lo).map(|(np, _)| np);
    }
    None
}

/// Words that end a speaker phrase read backwards by [`bare_subject`]: it starts after them.
const PHRASE_STARTS: &[&str] = &[
    "and", "but", "or", "because", "while", "although", "though", "since", "when", "whereas", "if",
    "as", "that", "so", "yet", "after", "before", "until", "unless", "whether",
];

/// A speaker phrase that is no listed name or group: "Two in three voters said …", "58 percent of
/// respondents said …", "Abortion opponents say …". The word before the cue (past adverbs and
/// auxiliaries) is a noun, a number or "percent"; the phrase runs back to the start of the clause.
fn bare_subject(v: &View<'_>, c: usize, lo: usize) -> Option<Np> {
    let mut i = c;
    while i > lo && c - i < 4 && v.is_adverb(i - 1) {
        i -= 1;
    }
    if i <= lo {
        return None;
    }
    let head = i - 1;
    let l = v.lc(head);
    // A number or quantifier stands for people ("two in three said", "many say").
    let quantity = matches!(
        l,
        "one" | "two" | "three" | "four" | "some" | "many" | "several" | "most" | "few" | "both"
    );
    // The head is a plural noun, a share or a name: "opponents", "58 percent", "half", "Democrats".
    let plural = l.len() > 3 && l.ends_with('s') && !l.ends_with("ss") && !l.ends_with("us");
    let share = matches!(
        l,
        "percent" | "half" | "third" | "quarter" | "majority" | "minority" | "public" | "number"
    );
    let nounish = v.is_word(head)
        && (quantity || !DETERMINERS.contains(&l))
        && !PREPOSITIONS.contains(&l)
        && !PHRASE_STARTS.contains(&l)
        && v.pronoun(head).is_none()
        && !v.is_any_cue(head)
        && !l.ends_with("ly")
        && !l.ends_with("ing")
        && !l.ends_with("ed")
        && !matches!(
            l,
            "who" | "which" | "what" | "it" | "be" | "to" | "not" | "this" | "there" | "here"
        );
    if !nounish {
        return None;
    }
    let mut j = head;
    while j > lo && head - j < 8 {
        let p = j - 1;
        if !v.is_word(p) || v.is_mark(p) || PHRASE_STARTS.contains(&v.lc(p)) || v.is_any_cue(p) {
            break;
        }
        j = p;
    }
    // A phrase opens with a determiner, a number, a name or its plural or share head ("struck a
    // cautious note" and "found in an interim report" are no speakers).
    let first = v.lc(j);
    let opens_np = j == head && (plural || share || quantity || v.cap(head))
        || DETERMINERS.contains(&first)
        || v.cap(j)
        || first.starts_with(|ch: char| ch.is_ascii_digit())
        || matches!(
            first,
            "about" | "almost" | "nearly" | "more" | "fewer" | "over"
        );
    if !opens_np {
        return None;
    }
    // Not a clause of its own: the phrase must not hold a verb of its own form.
    if (j..head).any(|k| {
        matches!(
            v.lc(k),
            "is" | "was" | "are" | "were" | "has" | "had" | "have"
        )
    }) {
        return None;
    }
    let span = v.span(j..head + 1);
    Some(Np {
        span,
        core: span,
        kind: NpKind::Group,
        gender: None,
    })
}

/// A subject phrase no other rule reads, from the start of the sentence to the cue: "Large
/// majorities of voters in six states going to the polls on Tuesday said …", "A survey conducted
/// by an independent analyst found …", "Her campaign workers here have said …". It opens with a
/// capital or a number, holds at most 20 words, no verb of its own form, no cue and no relative
/// pronoun (a clause of its own).
fn long_subject(v: &View<'_>, c: usize, lo: usize) -> Option<Np> {
    let mut s = lo;
    while s < c && matches!(v.lc(s), "but" | "and" | "even" | "so" | "yet" | "still") {
        s += 1;
    }
    // "Even so, …": the connective's comma.
    if s > lo && s < c && v.w(s) == "," {
        s += 1;
    }
    let mut e = c;
    while e > s && (v.is_adverb(e - 1) || matches!(v.lc(e - 1), "have" | "has" | "had")) {
        e -= 1;
    }
    // A number in words opens a share of people ("six in 10", "three-quarters of the voters").
    let number = |k: usize| {
        v.w(k).starts_with(|ch: char| ch.is_ascii_digit())
            || matches!(
                v.lc(k),
                "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "half"
            )
    };
    if e <= s || e - s > 20 || !(v.cap(s) || number(s)) {
        return None;
    }
    let clean = (s..e).all(|k| {
        let l = v.lc(k);
        (v.is_word(k) || matches!(v.w(k), "," | "%" | "-" | "’s" | "'s" | "." | "(" | ")"))
            && !v.is_mark(k)
            && !v.is_any_cue(k)
            && !PREDICATE_AUX.contains(&l)
            && !matches!(
                l,
                "who" | "which" | "that" | "when" | "if" | "because" | "it" | "there"
            )
            && v.pronoun(k).is_none_or(|g| g == Gender::Plural && k > s)
    });
    if !clean {
        return None;
    }
    let span = v.span(s..e);
    Some(Np {
        span,
        core: span,
        kind: NpKind::Group,
        gender: None,
    })
}

/// Archives that write quotes with two apostrophes (''…,'' he said. ''…'') are read as reported
/// speech, the marks being no marks by default: a statement whose cue stands outside the
/// apostrophes runs on over the quotes after it, up to the next such statement ("''A,'' she said.
/// ''B.''" is one statement; "''A,'' she said. But she added, ''B.''" two), and the first one
/// starts at the paragraph's first pair of apostrophes. Statements found inside the apostrophes
/// ("''I think …,''") are the quoted person's words, not statements of their own: they are
/// dropped, and so is a quote in single marks inside the apostrophes ("''I would use the word
/// 'old-school,''' said Lo"), whose tagged quote becomes the indirect statement. `quotes` are
/// the paragraph's, in text order.
fn apostrophe_quotes(v: &View<'_>, quotes: &mut Vec<Attributed>) {
    // Pairs of apostrophes written together, in order: opening, closing, opening, … (each given
    // by its second token). In a run of three, one is a single quote's mark: the pair is the last
    // two after a word ("'old-school,'''"), the first two before one ("'''Tis'").
    let mut pairs: Vec<usize> = Vec::new();
    let mut k = 0;
    while k < v.toks.len() {
        let mut end = k;
        while end < v.toks.len()
            && v.w(end) == "'"
            && (end == k || v.toks[end - 1].span.end == v.toks[end].span.start)
        {
            end += 1;
        }
        let run = end - k;
        if run >= 2 {
            let after_word = k > 0 && v.toks[k - 1].span.end == v.toks[k].span.start;
            let first = if run == 3 && after_word { k + 1 } else { k };
            pairs.push(first + 1);
            if run >= 4 {
                pairs.push(first + 3);
            }
        }
        k = end.max(k + 1);
    }
    if pairs.len() < 2 {
        return;
    }
    let from = v.toks[pairs[0] - 1].span.start;
    let to = v.toks[pairs[pairs.len() - 1]].span.end;
    // Inside a quote when an odd number of pairs (an opening one last) stand before it.
    let quoted = |at: usize| pairs.partition_point(|&t| v.toks[t].span.end <= at) % 2 == 1;
    let overlaps = |q: &Attributed| q.content.start < to && from < q.content.end;
    let tagged = |q: &Attributed| overlaps(q) && q.cue.is_some_and(|c| !quoted(c.start));
    if !quotes.iter().any(tagged) {
        return;
    }
    // An inner quote ('…') inside a pair is part of the outer statement: only when every marked
    // quote lies inside one.
    if quotes
        .iter()
        .any(|q| q.raw.is_some() && overlaps(q) && !quoted(q.content.start))
    {
        return;
    }
    quotes.retain(|q| !overlaps(q) || tagged(q));
    // The ends of the closing pairs, in order.
    let closes: Vec<usize> = pairs
        .iter()
        .skip(1)
        .step_by(2)
        .map(|&t| v.toks[t].span.end)
        .collect();
    let mut first = true;
    for k in 0..quotes.len() {
        if !overlaps(&quotes[k]) {
            continue;
        }
        let next = quotes[k + 1..]
            .iter()
            .find(|q| overlaps(q))
            .map_or(usize::MAX, |q| q.content.start);
        let q = &mut quotes[k];
        if q.raw.is_some() {
            q.kind = QuoteKind::Indirect;
            q.raw = None;
        }
        if first {
            q.content.start = q.content.start.min(from);
            first = false;
        }
        let last = closes[..closes.partition_point(|&e| e <= next)].last();
        if let Some(&e) = last {
            q.content.end = q.content.end.max(e);
        }
    }
}

/// Words that, after a comma, open a clause of their own: a reported clause ends there.
const CLAUSE_BREAKS: &[&str] = &["but", "which", "where", "compared", "according"];

/// Where the clause starting at token `from` ends (exclusive): at a semicolon, or at a comma
/// followed by a word that opens another clause ("…, but …", "…, which …", "…, saying …",
/// "…, he said"), else at `hi`.
fn clause_end(v: &View<'_>, from: usize, hi: usize) -> usize {
    // A longer clause is cut: the read stays bounded (see `WINDOW`).
    let hi = hi.min(from + 2 * WINDOW);
    for k in from..hi {
        match v.w(k) {
            ";" => return k,
            "," if k + 1 < hi && v.is_word(k + 1) => {
                let n = v.lc(k + 1);
                // A participle opens an adjunct of the reporting clause ("…, pointing to …"),
                // "including" a list that belongs to the statement.
                // "…, but that …" is a second clause of the same cue.
                let second_that = n == "but" && k + 2 < hi && v.lw_is(k + 2, "that");
                if (CLAUSE_BREAKS.contains(&n) && !second_that)
                    || (n.ends_with("ing") && n != "including" && !v.cap(k + 1))
                    || v.is_indirect_cue(k + 1)
                {
                    return k;
                }
            }
            _ => {}
        }
    }
    hi
}

/// "according to" and a source that is no name or group read by `np_before` ("according to
/// early results of exit polls conducted for …", "according to exit polling data"): the words up
/// to the next comma or the sentence end, at most [`WINDOW`] tokens.
fn according_phrase(v: &View<'_>, c: usize, hi: usize) -> Option<(Np, Span)> {
    if c + 2 >= hi || !v.lw_is(c, "according") || !v.lw_is(c + 1, "to") || !v.is_word(c + 2) {
        return None;
    }
    let end = (c + 2..hi.min(c + 2 + WINDOW))
        .find(|&k| !v.is_word(k) && v.w(k) != "'s" && v.w(k) != "’s")?;
    if end == c + 2 || !matches!(v.w(end), "," | "." | "?" | "!") {
        return None;
    }
    let span = v.span(c + 2..end);
    Some((
        Np {
            span,
            core: span,
            kind: NpKind::Group,
            gender: None,
        },
        v.span(c..c + 2),
    ))
}

/// One indirect statement whose cue is token `c`: the statement, its speaker's first token, and
/// the token past what it covers when it claims the words before its cue.
fn indirect_at(
    v: &View<'_>,
    sent: Range<usize>,
    lo: usize,
    pi: usize,
    c: usize,
) -> Option<(Attributed, usize, usize)> {
    let text = v.text;
    // Where a statement that claims the words before its cue starts: the sentence start, or past
    // the statement before it.
    let from = v.toks[lo].span.start;
    let mk = |content: Span, np: Np, cue: Span, pattern: &'static str, why: String| {
        let content = content.trim_matches(text, |c: char| c.is_whitespace() || ",;:".contains(c));
        enough_words(content.slice(text))
            .then(|| statement(v, sent.clone(), pi, (content, np, cue), pattern, |_, _| why).0)
    };
    let np_tok = |np: &Np| tok_at(v.toks, np.span.start);
    // The clause from token `from` to its end, as a span.
    let to_end = |from: usize| -> Option<Span> {
        let e = last_word_end(v, from..clause_end(v, from, sent.end))?;
        (e > v.toks[from].span.start).then(|| Span::new(v.toks[from].span.start, e))
    };
    // "According to X, CLAUSE." / "CLAUSE, according to X."
    // "But according to X, …", "(According to X, …": only a conjunction or a parenthesis before.
    let opening = (sent.start..c).all(|k| matches!(v.lc(k), "but" | "and" | "yet" | "so" | "("));
    let source = match v.according_to(c, sent.end) {
        // A source whose name the rules end before its comma ("According to a poll of voters in
        // six states, …") is read up to the comma.
        Some((np, _))
            if opening && {
                let after = tok_at(v.toks, np.span.end);
                after >= sent.end || v.w(after) != ","
            } =>
        {
            according_phrase(v, c, sent.end).or(Some((np, v.span(c..c + 2))))
        }
        found => found.or_else(|| according_phrase(v, c, sent.end)),
    };
    if let Some((np, cue)) = source {
        if opening {
            let after = tok_at(v.toks, np.span.end);
            if after < sent.end && v.w(after) == "," && after + 1 < sent.end {
                let a = mk(
                    to_end(after + 1)?,
                    np,
                    cue,
                    "according_to",
                    format!("“according to {}” opens the sentence", np.span.slice(text)),
                )?;
                return Some((a, np_tok(&np), sent.end));
            }
        } else if v.w(c - 1) == "," {
            // "A, according to X, B": the statement is the sentence around the source ("…,
            // according to X, a spokeswoman for …" ends with an apposition, not B).
            let after = tok_at(v.toks, np.span.end);
            if after + 1 < sent.end && v.w(after) == "," && v.is_word(after + 1) {
                let end = clause_end(v, after + 1, sent.end);
                let verb = (after + 1..end).any(|k| {
                    v.is_word(k) && (PREDICATE_AUX.contains(&v.lc(k)) || v.lc(k).ends_with("ed"))
                });
                let tail = last_word_end(v, after + 1..end)
                    .filter(|_| verb || !v.is_apposition(after + 1..end));
                if let Some(e) = tail {
                    let a = mk(
                        Span::new(from, e),
                        np,
                        cue,
                        "according_to",
                        format!(
                            "“according to {}” stands inside the sentence",
                            np.span.slice(text)
                        ),
                    )?;
                    return Some((a, np_tok(&np), end));
                }
            }
            let a = mk(
                Span::new(from, v.toks[c - 1].span.start),
                np,
                cue,
                "according_to",
                format!("“according to {}” closes the sentence", np.span.slice(text)),
            )?;
            return Some((a, np_tok(&np), tok_at(v.toks, np.span.end)));
        }
        return None;
    }
    if !v.is_indirect_cue(c) {
        return None;
    }
    // A verb is written in lower case inside a sentence: "the United States" has no cue. A
    // headline in title case capitalises its verb too ("Mayor Says Bridge Will Reopen").
    if c > sent.start && v.cap(c) && !v.is_sentence_start(c) && !title_case_headline(v, &sent, c) {
        return None;
    }
    if c > sent.start && matches!(v.lc(c - 1), "to" | "be" | "been" | "being") {
        return None;
    }
    // "CLAUSE, said X." (inverted)
    let inverted = |c: usize| -> Option<(Attributed, usize, usize)> {
        // Archives that write quotes with two apostrophes put the comma inside them: ",'' said X".
        let mut b = c;
        while b > sent.start + 1 && c - b < 2 && v.w(b - 1) == "'" {
            b -= 1;
        }
        if b > sent.start + 3 && v.w(b - 1) == "," && v.lex.inverting_cues.contains(v.lc(c)) {
            let np = v.np_after(c + 1, sent.end)?;
            // "A, said Mexico must …": the name after the cue is the subject of a clause, not
            // the speaker; so is a gerund's phrase ("X, chairman of Y, said having Z … puts").
            let after = tok_at(v.toks, np.span.end);
            let first = tok_at(v.toks, np.span.start);
            if after < sent.end && PREDICATE_AUX.contains(&v.lc(after))
                || !v.cap(first) && v.lc(first).ends_with("ing")
            {
                return None;
            }
            let start = if b < c {
                apostrophe_open(v, lo, b - 1).map_or(from, |k| v.toks[k].span.start)
            } else {
                from
            };
            let a = mk(
                Span::new(start, v.toks[b - 1].span.start),
                np,
                v.toks[c].span,
                "indirect_after",
                format!("“{} {}” closes the sentence", v.w(c), np.span.slice(text)),
            )?;
            return Some((a, np_tok(&np), tok_at(v.toks, np.span.end)));
        }
        None
    };
    let Some(np) = v
        .np_before(c, lo)
        .or_else(|| coordinated_subject(v, c, lo))
        .or_else(|| bare_subject(v, c, lo))
        .or_else(|| long_subject(v, c, lo).filter(|_| clause_after(v, c, sent.end).is_some()))
    else {
        return inverted(c);
    };
    let nt = title_start(v, np_tok(&np), lo);
    // "A, X said, B": the speaker stands inside the sentence between commas, and the statement is
    // the whole sentence around it.
    if nt > sent.start + 1 && v.w(nt - 1) == "," {
        let mut k = c + 1;
        while k < sent.end && k < c + 4 && v.is_word(k) && v.w(k) != "," {
            k += 1;
        }
        // Not before a participle: "…, X said, pointing to …" closes the sentence (but "…, X
        // said, replacing him would be …" opens a clause with a gerund, and "including" a list).
        let participle = k + 1 < sent.end
            && !v.cap(k + 1)
            && v.lc(k + 1).ends_with("ing")
            && v.lc(k + 1) != "including"
            && !(k + 2..clause_end(v, k + 1, sent.end)).any(|m| PREDICATE_AUX.contains(&v.lc(m)));
        if k + 1 < sent.end && v.w(k) == "," && v.is_word(k + 1) && !v.is_cue(k + 1) && !participle
        {
            let end = clause_end(v, k + 1, sent.end);
            if let Some(e) = last_word_end(v, k + 1..end) {
                let a = mk(
                    Span::new(from, e),
                    np,
                    v.toks[c].span,
                    "indirect_inside",
                    format!(
                        "“{}, {}” stands inside the sentence",
                        np.span.slice(text),
                        v.w(c)
                    ),
                )?;
                return Some((a, nt, end));
            }
        }
    }
    // "While X has said A, B …": a cue inside a subordinate clause that opens the sentence (no
    // comma before it) reports a clause that ends at the subordinate clause's comma.
    let subordinate = matches!(
        v.lc(sent.start),
        "while"
            | "although"
            | "though"
            | "if"
            | "because"
            | "since"
            | "as"
            | "when"
            | "after"
            | "before"
            | "whereas"
            | "once"
            | "until"
            | "unless"
    ) && (sent.start..c).all(|k| v.w(k) != ",");
    // "X, who said A, left …": a relative clause between commas ends at its second comma, when
    // the sentence's verb follows it (not an adjunct: "…, who said A, with B").
    let relative = nt > sent.start + 1 && v.w(nt - 1) == "," && matches!(v.lc(nt), "who" | "which");
    let verb_after = |k: usize| {
        k + 1 < sent.end && {
            let l = v.lc(k + 1);
            v.is_word(k + 1)
                && !v.cap(k + 1)
                && (PREDICATE_AUX.contains(&l)
                    || !(PREPOSITIONS.contains(&l)
                        || DETERMINERS.contains(&l)
                        || PHRASE_STARTS.contains(&l)
                        || SUBORDINATORS.contains(&l)
                        || v.pronoun(k + 1).is_some()
                        || v.is_adverb(k + 1)
                        || l.ends_with("ing")))
        }
    };
    let that = |np: Np| -> Option<(Attributed, usize, usize)> {
        let clause = clause_after(v, c, sent.end)?;
        let mut content = to_end(clause)?;
        if subordinate || relative {
            let hi = clause_end(v, clause, sent.end);
            if let Some(e) = (clause + 1..hi)
                .find(|&k| v.w(k) == ",")
                .filter(|&k| subordinate || verb_after(k))
                .and_then(|k| last_word_end(v, clause..k))
            {
                content = Span::new(content.start, e.min(content.end));
            }
        }
        let a = mk(
            content,
            np,
            v.toks[c].span,
            "indirect_that",
            format!("“{}” {} a reported clause", np.span.slice(text), v.w(c)),
        )?;
        Some((a, nt, c + 1))
    };
    if c <= sent.start + 3 {
        return that(np).or_else(|| inverted(c));
    }
    // "CLAUSE, X said." — the cue near the sentence end, its subject right after a comma.
    // After the cue, only a short adjunct ("on Tuesday", "in a statement").
    // A full stop the splitter did not take for a sentence end (before two apostrophes that open
    // the next quote) ends the tag too.
    // So does a comma before a participle ("…, X said, referring to …").
    let tag_end = (c + 1..sent.end.min(c + WINDOW))
        .find(|&k| {
            v.w(k) == "."
                || (v.w(k) == ","
                    && k + 1 < sent.end
                    && v.is_word(k + 1)
                    && !v.cap(k + 1)
                    && v.lc(k + 1).ends_with("ing"))
        })
        .unwrap_or(sent.end);
    // "…, X told The Associated Press.": the addressee of "told", a name of a few words.
    let told = matches!(v.lc(c), "told" | "tells");
    let rest_ok = (c + 1..tag_end).all(|k| {
        !v.is_word(k)
            || (told && k <= c + 4 && v.cap(k) && (c + 1..k).all(|m| v.cap(m) || v.w(m) == "."))
            || PREPOSITIONS.contains(&v.lc(k))
            || DETERMINERS.contains(&v.lc(k))
            || v.is_adverb(k)
            || v.lex.not_names.contains(v.lc(k))
            || (k > c + 1 && PREPOSITIONS.contains(&v.lc(k - 1)))
            || k > c + 6
    });
    // Archives that write quotes with two apostrophes (''…,'' he said) put the comma inside
    // them: the apostrophes are not marks, but the clause still ends there.
    let mut comma = nt;
    while comma > sent.start + 1 && nt - comma < 2 && v.w(comma - 1) == "'" {
        comma -= 1;
    }
    if comma > sent.start && v.w(comma - 1) != "," {
        comma = nt;
    }
    // After a quote in two apostrophes (",'' X said …") the tag may carry a longer adjunct ("in
    // Iowa earlier this year in response to a question"): the marks end the statement.
    let apostrophes = comma < nt;
    let tag_ok = ((tag_end - c) <= 8 && rest_ok)
        || (apostrophes && (c + 1..tag_end).all(|k| !v.is_any_cue(k) && v.pronoun(k).is_none()));
    // "In a statement released on Monday, X said …", "Speaking in Iowa, X said …": a phrase
    // that opens with a preposition or a participle and holds no comma sets the scene of the
    // saying; it is not what was said.
    let scene = lo < comma
        && comma - lo <= 10
        && v.is_word(lo)
        && ((PREPOSITIONS.contains(&v.lc(lo)) && v.lc(lo) != "about")
            || (v.cap(lo) && v.lc(lo).ends_with("ing")))
        && (lo..comma - 1).all(|k| v.w(k) != ",");
    if comma > sent.start && v.w(comma - 1) == "," && tag_ok && !scene {
        // The quote in two apostrophes is the statement, not the sentence before it that the
        // splitter left joined to it (". ''…,'' she said").
        let start = if apostrophes {
            apostrophe_open(v, lo, comma - 1).map_or(from, |k| v.toks[k].span.start)
        } else {
            from
        };
        let a = mk(
            Span::new(start, v.toks[comma - 1].span.start),
            np,
            v.toks[c].span,
            "indirect_after",
            format!(
                "“{}” + “{}” close the sentence",
                np.span.slice(text),
                v.w(c)
            ),
        )?;
        return Some((a, nt, sent.end));
    }
    // The subject opens the sentence or a clause of it: after a comma, a conjunction or a
    // subordinator ("…, and officials said …", "… because he said …").
    let opens = nt == sent.start
        || nt <= sent.start + 6
        || (nt > sent.start
            && (matches!(v.w(nt - 1), "," | ";" | "—" | "–" | "--" | ":")
                || matches!(
                    v.lc(nt - 1),
                    "and"
                        | "but"
                        | "because"
                        | "while"
                        | "although"
                        | "though"
                        | "as"
                        | "since"
                        | "after"
                        | "when"
                        | "so"
                        | "whereas"
                        | "if"
                )));
    if opens {
        if let Some(r) = that(np) {
            return Some(r);
        }
    } else if let Some(long) = long_subject(v, c, lo).filter(|_| {
        // Not "what X said …", a relative clause read below.
        nt == sent.start || !matches!(v.lc(nt - 1), "which" | "what")
    }) {
        // "Staff for the ethics committee of the House said …": the name read before the cue
        // ends a longer subject phrase that opens the clause. A phrase before a comma or a dash
        // in it ("In a memo released on Monday, the campaign's manager …") sets the scene.
        let (s, e) = (
            tok_at(v.toks, long.span.start),
            tok_at(v.toks, long.span.end),
        );
        let mut s = (s..e)
            .rev()
            .find(|&k| {
                matches!(v.w(k), "," | "—" | "–" | "--")
                    || v.w(k) == "-" && v.toks[k - 1].span.end < v.toks[k].span.start
            })
            .map_or(s, |k| k + 1);
        while s < e && matches!(v.lc(s), "but" | "and" | "yet" | "so") {
            s += 1;
        }
        if s < np_tok(&np) && !PREPOSITIONS.contains(&v.lc(s)) {
            let span = v.span(s..e);
            let long = Np {
                span,
                core: span,
                kind: NpKind::Group,
                gender: None,
            };
            if let Some((a, _, next)) = that(long) {
                return Some((a, s, next));
            }
        }
    }
    // "…, which he said had harmed the economy", "what Bradley said she expected": a relative
    // clause whose verb is reported by a subject inside it. The statement is the whole relative
    // clause, from "which" or "what" (PolNeAR's units run so).
    if nt > sent.start + 1
        && matches!(v.lc(nt - 1), "which" | "what")
        && c + 1 < sent.end
        && v.is_word(c + 1)
        && !v.lw_is(c + 1, "that")
    {
        let mut end = clause_end(v, c + 1, sent.end);
        // ", which …," is closed by its second comma.
        if v.w(nt - 2) == "," {
            end = (c + 1..end).find(|&m| v.w(m) == ",").unwrap_or(end);
        }
        if let Some(e) = last_word_end(v, c + 1..end) {
            let a = mk(
                Span::new(v.toks[nt - 1].span.start, e),
                np,
                v.toks[c].span,
                "indirect_relative",
                format!(
                    "“{}” {} inside a relative clause",
                    np.span.slice(text),
                    v.w(c)
                ),
            )?;
            return Some((a, nt, end));
        }
    }
    inverted(c)
}

/// Is the sentence `sent` a headline in title case, a paragraph of one short line of its own, and
/// `c` a verb in the present tense ("Says", "Warns"): one that may report speech there?
fn title_case_headline(v: &View<'_>, sent: &Range<usize>, c: usize) -> bool {
    sent.start == 0
        && sent.end == v.toks.len()
        && sent.len() <= HEADLINE_WORDS
        && v.lc(c).ends_with('s')
        // In title case "States" is the noun ("The United States Open …").
        && v.lc(c) != "states"
        && is_title_case(v.span(sent.clone()).slice(v.text))
}

/// The first token of the nearest pair of apostrophes that opens a quote (written against the
/// token after it, apart from the one before it) among the tokens `lo..end`, read back at most
/// 2 × [`WINDOW`] tokens.
fn apostrophe_open(v: &View<'_>, lo: usize, end: usize) -> Option<usize> {
    let lo = lo.max(end.saturating_sub(2 * WINDOW));
    (lo..end.saturating_sub(1)).rev().find(|&k| {
        let (a, b) = (v.toks[k].span, v.toks[k + 1].span);
        v.w(k) == "'"
            && v.w(k + 1) == "'"
            && a.end == b.start
            && k + 2 < v.toks.len()
            && v.toks[k + 2].span.start == b.end
            && (k == 0 || v.toks[k - 1].span.end < a.start)
    })
}

/// A statement has at least three words ("said it would cooperate"; two, "said he would", say too
/// little to check; a complement read by [`complement`] needs four), but for one that opens with
/// two apostrophes: an archive's quote ("''It's over,'' she said.") is the speaker's words however
/// short.
fn enough_words(content: &str) -> bool {
    content.starts_with("''") || content.split_whitespace().nth(2).is_some()
}

fn last_word_end(v: &View<'_>, sent: Range<usize>) -> Option<usize> {
    sent.rev()
        .find(|&i| v.is_word(i) || matches!(v.w(i), ")" | "%"))
        .map(|i| v.toks[i].span.end)
}

/// Where the reported clause starts after cue `c`: after "that", after the addressee of "told", or
/// right after the cue when the next word can start a clause.
fn clause_after(v: &View<'_>, c: usize, hi: usize) -> Option<usize> {
    let mut k = c + 1;
    if k >= hi {
        return None;
    }
    // "said, ''If …''": an archive's quote in two apostrophes after a comma or colon.
    if k + 2 < hi && matches!(v.w(k), "," | ":") && v.w(k + 1) == "'" && v.w(k + 2) == "'" {
        return Some(k + 1);
    }
    let told = matches!(
        v.lc(c),
        "told" | "tells" | "assured" | "warned" | "reminded"
    );
    // Skip the addressee of "told" and a short prepositional phrase, up to "that".
    for j in k..hi.min(k + 14) {
        if v.lc(j) == "that" && v.is_word(j) {
            let between_ok =
                (k..j).all(|m| v.is_word(m) || v.w(m) == "," || v.w(m) == "’s" || v.w(m) == ".");
            // "to" before a verb is an infinitive ("vowed to veto any bill that …"), not a
            // phrase naming the addressee ("said to reporters that …").
            let infinitive = v.lc(k) == "to"
                && k + 1 < j
                && !(v.cap(k + 1)
                    || DETERMINERS.contains(&v.lc(k + 1))
                    || v.lc(k + 1).ends_with('s')
                    || matches!(v.lc(k + 1), "him" | "her" | "them" | "us" | "me"));
            let starts_ok = j == k
                || told
                || PREPOSITIONS.contains(&v.lc(k)) && !infinitive
                || TIME_WORDS.contains(&v.lc(k))
                || v.is_adverb(k)
                || v.w(k) == ",";
            if between_ok && starts_ok {
                return (j + 1 < hi).then_some(j + 1);
            }
            break;
        }
        if matches!(v.w(j), "." | ";" | "?" | "!") {
            break;
        }
    }
    if told {
        // told reporters / told the Gazette / told him
        if v.pronoun(k).is_some() || v.lc(k) == "reporters" || v.lc(k) == "journalists" {
            k += 1;
        } else if v.cap(k) || DETERMINERS.contains(&v.lc(k)) {
            while k < hi
                && v.is_word(k)
                && (v.cap(k)
                    || DETERMINERS.contains(&v.lc(k))
                    || !v.is_cue(k)
                        && k < c + 5
                        && !["he", "she", "it", "they", "we"].contains(&v.lc(k))
                        && !contracted_subject(v, k))
            {
                if v.lc(k) == "that" {
                    break;
                }
                k += 1;
                if k < hi
                    && !v.cap(k)
                    && !DETERMINERS.contains(&v.lc(k))
                    && v.lex.pronouns.contains_key(v.lc(k))
                {
                    break;
                }
            }
        } else {
            return None;
        }
        if k < hi && v.lc(k) == "that" {
            k += 1;
        }
    }
    // "said on Friday he met …", "said in an interview the plan …": a short phrase of time or
    // place between the verb and its clause.
    if !told && k < hi && (PREPOSITIONS.contains(&v.lc(k)) || TIME_WORDS.contains(&v.lc(k))) {
        let phrase_end = (k + 1..hi.min(k + 6)).find(|&m| {
            v.pronoun(m)
                .is_some_and(|g| !matches!(g, Gender::Relative | Gender::Neuter))
                || contracted_subject(v, m) && !v.lc(m).starts_with("it")
        });
        if let Some(m) = phrase_end {
            if (k..m).all(|x| v.is_word(x) && !v.is_cue(x)) {
                k = m;
            }
        }
    }
    if k >= hi {
        return None;
    }
    // A clause starts with a subject-like word.
    let l = v.lc(k);
    let ok = v.pronoun(k).is_some_and(|g| g != Gender::Relative)
        || contracted_subject(v, k)
        || DETERMINERS.contains(&l)
        || v.cap(k)
        || l.chars().next().is_some_and(|ch| ch.is_ascii_digit())
        || matches!(
            l,
            "there"
                | "no"
                | "none"
                | "nobody"
                | "everyone"
                | "everything"
                | "nothing"
                | "all"
                | "only"
                | "if"
                | "when"
                | "how"
                | "why"
                | "what"
                | "whether"
        );
    // A bare noun can start a clause too ("said protection fell …"), when a verb of saying
    // introduces it and a clause of some length follows.
    let bare_noun = matches!(v.lc(c), "said" | "says" | "say")
        && v.is_word(k)
        && !v.cap(k)
        && !PREPOSITIONS.contains(&l)
        && !v.is_adverb(k)
        && !v.is_cue(k)
        // A gerund opens a clause when an auxiliary follows ("said ending the program would
        // …"), not a participle phrase ("said nothing, pointing to …").
        && (!l.ends_with("ing")
            || (k + 1..hi.min(k + 12)).any(|m| PREDICATE_AUX.contains(&v.lc(m))))
        && (k..hi).filter(|&m| v.is_word(m)).count() >= 6;
    (ok || bare_noun).then_some(k)
}

/// A pronoun or "there" written together with its verb ("he'd", "they’ve", "there's"): it opens a
/// clause as the pronoun alone does.
fn contracted_subject(v: &View<'_>, k: usize) -> bool {
    let l = v.lc(k);
    let Some((head, verb)) = l.split_once(['\'', '’']) else {
        return false;
    };
    matches!(verb, "d" | "ll" | "s" | "re" | "ve" | "m")
        && (head == "there"
            || v.lex
                .pronouns
                .get(head)
                .is_some_and(|&g| g != Gender::Relative))
}

/// Words that open a clause, so never a speaker phrase ("asked if he had met …").
const SUBORDINATORS: &[&str] = &[
    "if", "whether", "when", "while", "because", "although", "though", "since", "unless", "how",
    "why", "what", "where",
];

/// Nouns of time and order that follow "said the" without naming anyone ("said the next day").
const TIME_NOUNS: &[&str] = &[
    "day",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "time",
    "moment",
    "following",
    "same",
    "other",
    "next",
    "first",
    "last",
    "words",
    "thing",
    "things",
];

/// Words of time that may stand between a reporting verb and its "that" ("said Tuesday that").
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "recently",
    "earlier",
    "later",
    "again",
    "previously",
    "repeatedly",
];

/// "In a statement, the ministry said:" at the end of the previous paragraph attributes the first
/// quote of this one.
fn colon_lead_in(text: &str, prev: &Para, lex: &Lexicon, quotes: &mut [Attributed], pi: usize) {
    let v = View::new(text, &prev.toks, lex);
    let Some(last) = prev.toks.len().checked_sub(1) else {
        return;
    };
    if v.w(last) != ":" {
        return;
    }
    let start = prev.sents.last().map_or(0, |s| s.start);
    // "X said:" right before the colon, or else a reporting verb or speech noun anywhere in the
    // sentence and its subject ("Trump issued the following statement:").
    // With no cue at all, a person or pronoun as the subject of a sentence that ends in a colon
    // still introduces what follows ("He then listed the qualities a nominee needs:").
    let found = lead(&v, start..last + 1)
        .or_else(|| {
            (start..last)
                .filter(|&k| v.is_cue(k) || v.lex.speech_nouns.contains(v.lc(k)))
                .take(MAX_CUE_CANDIDATES)
                .find_map(|cue| {
                    let np = subject_of(&v, cue, start, start)
                        .map(|(np, _)| np)
                        .or_else(|| clause_subject(&v, start, cue))?;
                    Some((np, Some(v.toks[cue].span), "colon_lead_in"))
                })
        })
        .or_else(|| {
            clause_subject(&v, start, last)
                .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Pronoun(_)))
                // "See the latest updates:" is an imperative, not a name and its verb.
                .filter(|np| !DETERMINERS.contains(&v.lc(tok_at(v.toks, np.span.end))))
                .map(|np| (np, None, "colon_lead_in"))
        });
    let Some((np, cue, _)) = found else {
        return;
    };
    if let Some(q) = quotes
        .iter_mut()
        .find(|q| q.paragraph == pi && q.kind != QuoteKind::Indirect)
    {
        if q.speaker.is_none() || q.pattern == "continuation" {
            q.speaker = Some(np);
            q.cue = cue;
            q.pattern = "colon_lead_in";
            q.why = format!("the previous paragraph ends “{} …:”", np.span.slice(text));
            q.kind = QuoteKind::Direct;
        }
    }
}

/// A paragraph that is one short closed quote and nothing else, set as a subheading: in single
/// marks in an article that quotes speech in double marks ("'A fight from start to finish.'"), or
/// in capitals (“EVENTUALLY VOTERS DECIDE”). Subheads lift a line from the section below them, so
/// the words are no new speech. Returns the evidence.
fn subheading(text: &str, rq: &RawQuote, doubles: bool) -> Option<&'static str> {
    if rq.close.is_none() || rq.continues || rq.runs_on {
        return None;
    }
    let content = rq.content.slice(text);
    let words = content.split_whitespace().count();
    if words == 0 || words > 10 {
        return None;
    }
    let single = matches!(rq.family, Family::Single | Family::StraightSingle);
    if single && doubles {
        return Some(
            "a subheading: a paragraph of one short quote in single marks, in an article that quotes speech in double marks",
        );
    }
    let capitals = words >= 2
        && content.chars().any(char::is_uppercase)
        && !content.chars().any(char::is_lowercase);
    capitals.then_some("a subheading: a paragraph of one short quote in capitals")
}

/// A paragraph of quotes alone after a paragraph without quotes whose last sentence has a person
/// or group report speech ("Howard continued his scathing remarks.", "Ash argued in his email, …"):
/// the first quote is theirs. Only a reporting verb with a subject counts, and a quote that opens
/// a multi-paragraph chain is left to the chain's own attribution.
fn speech_before(text: &str, prev: &Para, lex: &Lexicon, scan: &Scan, quotes: &mut [Attributed]) {
    let Some(q) = quotes.iter_mut().find(|q| q.kind != QuoteKind::Indirect) else {
        return;
    };
    let opens_chain = q
        .raw
        .is_some_and(|r| scan.quotes[r].runs_on && !scan.quotes[r].continues);
    if q.speaker.is_some() || opens_chain {
        return;
    }
    let Some(sent) = prev.sents.last().cloned() else {
        return;
    };
    let v = View::new(text, &prev.toks, lex);
    let found = v
        .cue_candidates_in(sent.clone())
        .iter()
        .take(MAX_CUE_CANDIDATES)
        .filter(|&&c| v.is_cue(c) && !v.lc(c).ends_with("ing"))
        .find_map(|&c| {
            subject_of(&v, c, sent.start, sent.start)
                .filter(|(np, _)| matches!(np.kind, NpKind::Name | NpKind::Pronoun(_)))
                .map(|(np, _)| (np, c))
        });
    let Some((np, c)) = found else {
        return;
    };
    q.speaker = Some(np);
    q.cue = Some(v.toks[c].span);
    q.pattern = "previous_paragraph";
    q.why = format!(
        "a paragraph of quotes alone after “{} … {}” ends the paragraph before",
        np.span.slice(text),
        v.w(c)
    );
}

/// Statements never overlap: one inside another ("X said critics predicted …") is left to the
/// outer one. `statements` are in text order.
fn drop_nested_statements(statements: &mut Vec<Attributed>) {
    let mut end = 0;
    statements.retain(|q| {
        let keep = q.kind != QuoteKind::Indirect || q.content.start >= end;
        if keep && q.kind == QuoteKind::Indirect {
            end = q.content.end;
        }
        keep
    });
}

/// The first paragraph is a headline when it is one short line mostly in title case, or one that does
/// not end like a sentence ("Council votes to close baths").
fn is_headline(v: &View<'_>, span: Span, one_sentence: bool, next: Span) -> bool {
    let line = span.slice(v.text);
    if line.contains('\n') {
        return false;
    }
    let words: Vec<&str> = bare_words(line).collect();
    if words.is_empty() || words.len() > 30 {
        return false;
    }
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() >= 4).collect();
    let capitalised = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let title_case = !long.is_empty() && capitalised * 4 >= long.len() * 3;
    if transcript_label(v).is_some() {
        return false;
    }
    let ends_sentence = line
        .trim_end()
        .trim_end_matches(['”', '’', '"', '\'', '»'])
        .ends_with(['.', '!', '?']);
    // Some archives end every headline with a period. A first paragraph of one short sentence
    // ahead of a longer one is still the headline: news ledes run to twenty-five words or more.
    let next_words = next.slice(v.text).split_whitespace().count();
    // Headlines report in the present tense: a first sentence with "said" is a lede.
    let past_report = words
        .iter()
        .any(|w| matches!(w.to_ascii_lowercase().as_str(), "said" | "told" | "added"));
    let short_single = words.len() <= HEADLINE_WORDS
        && !past_report
        && next_words >= (words.len() * 3 / 2).max(words.len() + 6)
        && one_sentence;
    title_case || !ends_sentence || short_single
}

/// The most words a headline ending in a period has; a first sentence this short, ahead of a
/// longer paragraph, is a headline, not a lede.
const HEADLINE_WORDS: usize = 20;

/// A transcript has at least two paragraphs that start "NAME:" in capitals.
fn is_transcript(text: &str, paras: &[Para], lex: &Lexicon) -> bool {
    paras
        .iter()
        .filter(|p| transcript_label(&View::new(text, &p.toks, lex)).is_some())
        .take(2)
        .count()
        >= 2
}

/// Words that label a headline rather than name who speaks in it ("Breaking: …", "Poll: …").
const HEADLINE_LABELS: &[&str] = &[
    "analysis",
    "breaking",
    "editorial",
    "exclusive",
    "interview",
    "just",
    "live",
    "look",
    "notice",
    "obituary",
    "opinion",
    "photos",
    "poll",
    "polls",
    "report",
    "review",
    "revealed",
    "transcript",
    "update",
    "video",
    "watch",
    "wow",
    "byline",
    "correction",
    "podcast",
    "quiz",
    "timeline",
];

/// "Name: words" as a document's headline (its first paragraph, one line): one to four
/// capitalised words before the colon, not all in capitals ("LIVE:") nor a label ("Opinion:",
/// "Poll:") nor a phrase with a determiner, a preposition or a possessive ("The Latest:", "Big
/// Win For …", "Monday’s Email:"),
/// and a statement of three words or more after it that asks no question. The words after the
/// colon are the named speaker's (pattern `headline`).
fn headline_statement(v: &View<'_>, pi: usize) -> Option<Attributed> {
    let n = v.toks.len();
    let colon = (0..n.min(8)).find(|&k| v.w(k) == ":")?;
    let mut words = 0;
    let mut lower_case = false;
    for k in 0..colon {
        if v.w(k) == "." && k > 0 && v.is_word(k - 1) {
            continue;
        }
        if !v.is_word(k)
            || !v.cap(k)
            || HEADLINE_LABELS.contains(&v.lc(k))
            || DETERMINERS.contains(&v.lc(k))
            || PREPOSITIONS.contains(&v.lc(k))
        {
            return None;
        }
        let w = v.w(k);
        if w.contains('’') || w.contains('\'') {
            return None;
        }
        lower_case |= w.chars().any(char::is_lowercase);
        words += 1;
    }
    if words == 0 || words > 4 || !lower_case || colon + 1 >= n {
        return None;
    }
    let last = (colon + 1..n)
        .rev()
        .find(|&k| v.is_word(k) || v.is_mark(k))?;
    if v.w(n - 1) == "?" || !v.is_word(colon + 1) && !v.is_mark(colon + 1) {
        return None;
    }
    let content = Span::new(v.toks[colon + 1].span.start, v.toks[last].span.end);
    content.slice(v.text).split_whitespace().nth(2)?;
    let name = v.span(0..colon);
    let np = Np {
        span: name,
        core: name,
        kind: NpKind::Name,
        gender: None,
    };
    let why = |who: &str, _: &str| format!("the headline gives “{who}:” and their words");
    let (a, _) = statement(
        v,
        0..n,
        pi,
        (content, np, v.toks[colon].span),
        "headline",
        why,
    );
    Some(a)
}

fn transcript_label(v: &View<'_>) -> Option<(Np, Span)> {
    let mut i = 0;
    while i < v.toks.len()
        && i < 4
        && v.is_word(i)
        && v.w(i).chars().any(char::is_alphabetic)
        && v.w(i)
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        i += 1;
    }
    if i == 0 || i >= v.toks.len() || v.w(i) != ":" {
        return None;
    }
    let label = v.span(0..i);
    if matches!(
        label.slice(v.text),
        "UPDATE"
            | "CORRECTION"
            | "NOTE"
            | "EDITOR"
            | "PREVIOUSLY"
            | "WATCH"
            | "READ"
            | "PHOTO"
            | "VIDEO"
            | "RELATED"
            | "SOURCE"
            | "Q"
            | "A"
    ) {
        return None;
    }
    let np = Np {
        span: label,
        core: label,
        kind: NpKind::Name,
        gender: None,
    };
    let rest = Span::new(v.toks[i].span.end, v.toks[v.toks.len() - 1].span.end).trim(v.text);
    Some((np, rest))
}
