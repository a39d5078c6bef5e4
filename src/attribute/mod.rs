//! Attribution: for every quoted span, decide whether it is speech, what kind, who said it and by
//! which cue — and find indirect speech that has no quote marks at all.
//!
//! Each rule is a named pattern (the `pattern` field of a quote), tried in a fixed order from the most
//! local evidence to the least: the words right after the closing mark, the words right before the
//! opening mark, a reporting verb elsewhere in the sentence, and only then the neighbouring quotes and
//! paragraphs. A quote no rule attributes keeps `speaker: null`: better unattributed than misattributed.
//!
//! A rule's `why` (and the registry's `how`) joins its parts with `[..].concat()`, one allocation
//! of their total length: `format!` went through the formatting machinery, about 680
//! instructions a sentence against 200 (22,600 of them on PolNeAR train).

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::OnceLock;

use crate::document::{NonQuoteReason, QuoteKind};
use crate::lexicon::{Gender, Lexicon, WordHasher, WordMap};
use crate::quotes::{Family, RawQuote, Scan};
use crate::segment::Token;
use crate::span::Span;
use crate::speakers::{
    apposed_gender, hyphen_compound, is_acronym, is_cap, possessive_word, strip_possessive,
    strip_titles, tok_bytes, Np, NpKind, Registry,
};
use crate::work::{self, Stage};

mod indirect;
mod layout;
mod phrase;
mod subject;
mod tags;
mod view;

use indirect::*;
use layout::*;
pub(crate) use layout::{qa_label, HEADLINE_WORDS};
use subject::*;
use tags::*;
use view::*;

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
    /// Who relays the words, when the sentence credits its report to a source other than the
    /// speaker ("…,” X said, according to the Post): the source's words.
    pub via: Option<Span>,
    /// The person a pronoun speaker stands for, when the quote's own sentence names them
    /// ("Fennimore said “…,” she said"), and the cue that makes them its subject.
    pub antecedent: Option<(Np, Span)>,
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
/// The first word of a two-word reporting verb ("pointed" of "pointed out"): a cue candidate,
/// which `View::is_cue` confirms by the word after it.
const PHRASAL: u8 = 4;

/// Reporting verbs (`CUE`), indirect-speech cues (`INDIRECT`) and the first words of two-word
/// reporting verbs (`PHRASAL`) of `Lexicon::get()` in one map
/// with a fast hash; `None` for any other lexicon, which is then read directly.
fn cue_words(
    lex: &Lexicon,
) -> Option<&'static HashMap<String, u8, BuildHasherDefault<WordHasher>>> {
    static MAP: OnceLock<HashMap<String, u8, BuildHasherDefault<WordHasher>>> = OnceLock::new();
    std::ptr::eq(lex, Lexicon::get()).then(|| {
        MAP.get_or_init(|| {
            let mut m = HashMap::default();
            for w in lex.cue_verbs.iter() {
                *m.entry(w.to_string()).or_default() |= CUE;
            }
            for w in &lex.indirect_cues {
                *m.entry(w.clone()).or_default() |= INDIRECT;
            }
            for w in lex.phrasal_cues.keys() {
                *m.entry(w.clone()).or_default() |= PHRASAL;
            }
            m
        })
    })
}

/// The first letters of the pronouns of `Lexicon::get()`, as [`letter_bit`]s (`None` for any
/// other lexicon, which then gets no shortcut).
fn pronoun_initials(lex: &Lexicon) -> Option<u64> {
    static INITIALS: OnceLock<u64> = OnceLock::new();
    std::ptr::eq(lex, Lexicon::get()).then(|| {
        *INITIALS.get_or_init(|| {
            lex.pronouns
                .keys()
                .filter_map(|p| p.bytes().next())
                .fold(0, |m, b| m | letter_bit(b))
        })
    })
}

/// A bit for an ASCII byte, its case ignored: `b | 0x20` (a letter and its capital give one
/// value, and no other byte gives a letter's) taken modulo 64, so that a few other bytes share a
/// letter's bit ("(" shares "h"'s). A clear bit rules a word out; a set one only lets it through.
fn letter_bit(b: u8) -> u64 {
    1 << ((b | 0x20) & 63)
}

/// The [`View::facts`] bits `LISTED_CUE` and `LISTED_INDIRECT` of a word with [`cue_words`] flags
/// `f`.
fn listed_bits(f: u8) -> u8 {
    let bit = |flag: u8, bit: u8| if f & flag != 0 { bit } else { 0 };
    bit(CUE, LISTED_CUE) | bit(INDIRECT, LISTED_INDIRECT)
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
/// its look-up. (With `Lexicon::get()` `find_facts` looks the shape's words up ([`shaped_words`]),
/// and a bit stays only on a listed word, or on a participle that keeps its shape's bits.)
const MAY_CUE: u8 = 1;
const MAY_OBJECT_CUE: u8 = 2;
const MAY_STATEMENT_NOUN: u8 = 4;
const AFTER_COMMA: u8 = 8;
/// The token may be a word of [`POST_MODIFIERS`].
const MAY_POST_MODIFIER: u8 = 16;
/// Bits of [`View::facts`] that are certain, not "may": the token is a word of [`cue_words`]
/// with its `CUE` (a reporting verb) or `INDIRECT` flag. Set only for `Lexicon::get()`:
/// `find_facts` looks each cue-shaped word up there once, and `is_cue`, `is_indirect_cue` and
/// `is_any_cue` read the bits instead of lowercasing and hashing the word again (they were asked
/// of ~50,000 words on PolNeAR train, each after `find_facts` had looked it up).
const LISTED_CUE: u8 = 32;
const LISTED_INDIRECT: u8 = 64;
/// A bit of [`View::facts`] that is certain too: the token is a word that ends in "ing", in any
/// case (see [`ends_in_ing`]). The participle tests read it before lowercasing the word.
const ING: u8 = 128;

/// Can a token with these [`View::facts`] bits open one of `indirect`'s statements? Only a word
/// with the `MAY_*` bit of one of its tests, or a participle after a comma (", saying …"): most
/// words fail every test there on their bits alone (a new test there needs its bit here, or the
/// words it holds for are skipped).
fn may_open_indirect(bits: u8) -> bool {
    bits & (MAY_CUE | MAY_OBJECT_CUE | MAY_STATEMENT_NOUN) != 0
        || bits & (AFTER_COMMA | ING) == AFTER_COMMA | ING
}

/// Does the token end in "ing", in any case? Exactly then its lowercase form does: no char
/// outside ASCII lowercases to an "i", "n" or "g" that ends a word (`ing_is_ascii_ing`).
/// (`x | 0x20` equals a lowercase letter only for that letter and its capital; the last byte is
/// read first, as most words end in another.)
fn ends_in_ing(b: &[u8]) -> bool {
    match b {
        [.., i, n, g] => g | 0x20 == b'g' && n | 0x20 == b'n' && i | 0x20 == b'i',
        _ => false,
    }
}

#[test]
fn ing_is_ascii_ing() {
    // Every char outside ASCII whose lowercase form holds an ASCII char: "İ" gives "i" and a
    // combining dot after it, the Kelvin sign "k". Neither ends a word in "i", "n" or "g".
    let to_ascii: Vec<char> = ('\u{80}'..=char::MAX)
        .filter(|c| c.to_lowercase().any(|l| l.is_ascii()))
        .collect();
    assert_eq!(to_ascii, ['\u{130}', '\u{212a}']);
    for w in [
        "saying", "SAYING", "Ing", "ing", "ng", "XİNG", "İng", "sayinğ", "Kİng",
    ] {
        assert_eq!(
            ends_in_ing(w.as_bytes()),
            w.to_lowercase().ends_with("ing"),
            "{w}"
        );
    }
}
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
/// The tables are arrays of [`SHAPES`] entries, which a shape indexes without a bounds check.
fn shape_facts(lex: &Lexicon) -> Option<&'static [[u8; SHAPES]; 2]> {
    static FACTS: OnceLock<Box<[[u8; SHAPES]; 2]>> = OnceLock::new();
    let cues = cue_words(lex)?;
    Some(FACTS.get_or_init(|| {
        let mut t: Box<[[u8; SHAPES]; 2]> = vec![[0u8; SHAPES]; 2]
            .into_boxed_slice()
            .try_into()
            .expect("two tables");
        for (words, may) in may_lists(lex, cues) {
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

/// The words of each `MAY_*` bit of `Lexicon::get()` ([`shape_facts`], [`shaped_words`]).
fn may_lists<'a>(
    lex: &'a Lexicon,
    cues: &'a HashMap<String, u8, BuildHasherDefault<WordHasher>>,
) -> [(Box<dyn Iterator<Item = &'a str> + 'a>, u8); 4] {
    [
        (
            Box::new(cues.keys().map(String::as_str).chain(["according"])),
            MAY_CUE,
        ),
        (
            // The verbs of an impression (`indirect::seem_at`) are read in the same loop.
            Box::new(
                lex.object_cues
                    .keys()
                    .map(String::as_str)
                    .chain(indirect::SEEMING.iter().copied())
                    .chain(indirect::JUDGED.iter().copied())
                    .chain(lex.addressee_infinitive.iter().map(String::as_str)),
            ),
            MAY_OBJECT_CUE,
        ),
        (
            Box::new(lex.statement_nouns.keys().map(String::as_str)),
            MAY_STATEMENT_NOUN,
        ),
        (Box::new(POST_MODIFIERS.iter().copied()), MAY_POST_MODIFIER),
    ]
}

/// A value bit of [`shaped_words`]: the word is a cue candidate (a key of [`cue_words`], or
/// "according").
const CANDIDATE: u16 = 1 << 8;
/// A value bit of [`shaped_words`]: the word keeps the `MAY_*` bits of its shape. These are the
/// participles `indirect::share_participle` reads ("with most voters saying …"): no list holds
/// them, and they open a statement only where their shape let them through, as before the bits
/// were exact.
const KEEP_SHAPE: u16 = 1 << 9;

/// The words of `Lexicon::get()` with a `MAY_*` bit, each with its [`View::facts`] bits
/// (`MAY_*` and `LISTED_*`, as exact as a look-up makes them) and [`CANDIDATE`] and
/// [`KEEP_SHAPE`]; `None` for any other lexicon. `find_facts` looks up every word whose shape
/// may be listed, once: a shape lets through about three words for one listed (the object cues'
/// shapes alone one word in eleven on PolNeAR train), and `indirect` read each of them again as
/// a statement's possible verb, with a look-up a list.
fn shaped_words(
    lex: &Lexicon,
) -> Option<&'static HashMap<String, u16, BuildHasherDefault<WordHasher>>> {
    static MAP: OnceLock<HashMap<String, u16, BuildHasherDefault<WordHasher>>> = OnceLock::new();
    let cues = cue_words(lex)?;
    Some(MAP.get_or_init(|| {
        let mut m: HashMap<String, u16, BuildHasherDefault<WordHasher>> = HashMap::default();
        for (words, may) in may_lists(lex, cues) {
            for w in words {
                *m.entry(w.to_string()).or_default() |= u16::from(may);
            }
        }
        for (w, &f) in cues {
            *m.entry(w.clone()).or_default() |= u16::from(listed_bits(f)) | CANDIDATE;
        }
        *m.entry("according".to_string()).or_default() |= CANDIDATE;
        // The participles whose stem has a form among the indirect cues, as `any_stem_form`
        // makes the forms: "says" -> "saying", "noted" -> "noting", "argues" -> "arguing".
        for f in &lex.indirect_cues {
            for end in ["s", "ed", "es"] {
                if let Some(stem) = f.strip_suffix(end) {
                    *m.entry([stem, "ing"].concat()).or_default() |= KEEP_SHAPE;
                }
            }
        }
        m
    }))
}

/// How many shapes [`cue_shape`] tells apart.
const SHAPES: usize = 1 << 16;

/// The two shapes of an ASCII word shorter than 64 bytes: its length with its first and last
/// bytes, and with its second and second-to-last. ASCII lowercasing changes neither a word's length
/// nor `byte | 0x20` of its bytes, so a word and its lowercase form share their shapes.
fn cue_shape(b: &[u8]) -> Option<[usize; 2]> {
    if !b.is_ascii() {
        return None;
    }
    ascii_cue_shape(b)
}

/// [`cue_shape`] of a word known to be ASCII: `View::find_facts` knows which tokens are from
/// where the paragraph's bytes outside ASCII are, and testing every byte of every word again
/// was a fifth of its cost.
fn ascii_cue_shape(b: &[u8]) -> Option<[usize; 2]> {
    let n = b.len();
    if n == 0 || n >= 64 {
        return None;
    }
    // `n & 63` is `n`: it tells the compiler that the key is below `SHAPES`.
    let key = |x: u8, y: u8| {
        (usize::from((x | 0x20) & 31) << 5 | usize::from((y | 0x20) & 31)) << 6 | (n & 63)
    };
    let inner = n.min(2);
    Some([key(b[0], b[n - 1]), key(b[inner - 1], b[n - inner])])
}

/// Read-only view of one paragraph's tokens with lexicon helpers.
/// Attribute every quote of the scan, classify non-speech, and find indirect speech.
pub fn attribute(
    text: &str,
    paras: &[Para],
    scan: &Scan,
    lex: &Lexicon,
    persons: &Registry,
) -> Attribution {
    let mut out = Attribution::default();
    let mut qi = 0;
    // Per paragraph: did it hold only quotes (for continuation)? the last attributed quote index.
    let mut prev_para_last: Option<usize> = None;
    // Quote-only paragraphs that open a multi-paragraph quote, with the paragraph before's last
    // attributed quote.
    let mut chain_openers: Vec<(usize, usize)> = Vec::new();
    let mut prev_para_quoted = false;
    // Where the statements of the paragraph before begin, when it held only quotes (`signature`).
    let mut prev_only_quotes: Option<usize> = None;
    // Does the article quote speech in double marks? Then a lone short quote in single marks is a
    // subheading's style, not speech (`subheading`). Archives that write the double mark as two
    // apostrophes (''Like this,'' unread as quotes unless asked for) quote in double marks too.
    let doubles = scan.quotes.iter().any(|q| {
        matches!(
            q.family,
            Family::Double | Family::StraightDouble | Family::Guillemet
        )
    }) || opens_with_two_apostrophes(text);
    // Does it quote in double marks as its house style, more of its quotes opening with double
    // marks than with single ones? Then single marks belong inside a quote (below).
    let house_doubles = {
        let (mut double, mut single) = (0usize, 0usize);
        for q in &scan.quotes {
            match q.family {
                Family::Double | Family::StraightDouble | Family::Guillemet => double += 1,
                Family::Single | Family::StraightSingle => single += 1,
                _ => {}
            }
        }
        double > single
    };
    let transcript = is_transcript(text, paras, lex);
    let named = if transcript {
        NamedLines::default()
    } else {
        named_lines(text, paras, lex)
    };
    let named_qa = named.qa;
    let qa = is_qa(text, paras);
    let mut headline_block = false;
    // Has every paragraph so far been one short line (a headline, a deck)?
    let mut lead_lines = true;
    for (pi, para) in paras.iter().enumerate() {
        let mut v = View::new(text, &para.toks, lex, Some(persons));
        let first_of_para = out.quotes.len();
        // Transcript line: "NAME: words".
        let label = if transcript {
            transcript_label(&v)
        } else if named_qa {
            name_label(&v)
        } else {
            None
        };
        let mut para_quotes = Vec::new();
        while qi < scan.quotes.len() && scan.quotes[qi].paragraph == pi {
            para_quotes.push(qi);
            qi += 1;
        }
        // The paragraph's quotes are consecutive in the scan.
        v.quoted = &scan.quotes[para_quotes.first().map_or(qi, |&f| f)..qi];
        // "'I thought it was a fox,' she said. 'Then …'": a paragraph that opens with a single
        // mark and has no double one quotes in single marks itself (a quote pasted in British
        // style), whatever the rest of the article does: no outer quote its marks could be inside.
        let single_para = v.quoted.first().is_some_and(|q| {
            matches!(q.family, Family::Single | Family::StraightSingle)
                && q.open.start == para.span.start
        }) && v.quoted.iter().all(|q| {
            !matches!(
                q.family,
                Family::Double | Family::StraightDouble | Family::Guillemet
            )
        });
        // (Answers found before the quotes were known are not kept.)
        v.np_memo.get_mut().clear();
        // "A: … look at his appeal. ‘We will take the pier back.’": in an interview's turn,
        // words in single marks after the turn's own words are the one speaking acting out
        // someone, inside their own speech. So in a panel's turn, "Pell: No one says, ‘…’".
        // (Its other words are still read as any line that quotes someone is.)
        let quotes_someone = !para_quotes.is_empty();
        // Where the turn's own words start, past "A:" or the name's colon.
        let turn_words = if qa && qa_label(text, para).is_some() {
            text.get(para.span.start + 2..para.span.end)
                .and_then(|rest| rest.find(char::is_alphanumeric))
                .map(|k| para.span.start + 2 + k)
        } else if named.turns && pi > 0 && quotes_someone {
            label
                .or_else(|| name_label(&v))
                .map(|(_, words)| words.start)
        } else {
            None
        };
        if let Some(words_at) = turn_words {
            para_quotes.retain(|&q| {
                let rq = &scan.quotes[q];
                let voiced = matches!(rq.family, Family::Single | Family::StraightSingle)
                    && !rq.continues
                    && words_at < rq.open.start;
                if voiced {
                    out.non_quotes.push(NotSpeech {
                        content: rq.content,
                        why: NonQuoteReason::Scare,
                        evidence: "in single marks inside an interview's turn: words acted \
                                   out in the speaker's own"
                            .into(),
                    });
                }
                !voiced
            });
        }
        // Or "Q: …" / "A: …" in a question-and-answer interview; a line that quotes someone is
        // read sentence by sentence as any other, so that its quotes are reported.
        let qa_words = if qa && !quotes_someone {
            qa_line(&v)
        } else {
            None
        };
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
                // A headline still reports speech ("Mayor says bridge will reopen"), unless it
                // is the "Name: words" one read above; its quote marks, set apart above as the
                // headline's words, stand inside the statement ("… slams harbour's ‘folly’").
                if out.quotes.len() == first_of_para {
                    let mut found = Vec::new();
                    v.headline.set(true);
                    for sent in &para.sents {
                        found.extend(indirect(&v, sent.clone(), pi));
                    }
                    v.headline.set(false);
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
        // Headlines and decks quote in single marks where the story quotes in double ones
        // ("Mayor calls ferry plan 'folly'"): in the article's first short lines, before its
        // body, words in single marks are the headline's shorthand, not a quote of their own.
        lead_lines &= pi <= 1
            && deck_like
            && !line.contains('\n')
            && bare_words(line).nth(HEADLINE_WORDS).is_none();
        if lead_lines && doubles {
            para_quotes.retain(|&q| {
                let single = matches!(
                    scan.quotes[q].family,
                    Family::Single | Family::StraightSingle
                );
                if single {
                    out.non_quotes.push(NotSpeech {
                        content: scan.quotes[q].content,
                        why: NonQuoteReason::Headline,
                        evidence: "in single marks in a headline or deck, in an article that \
                                   quotes in double marks"
                            .into(),
                    });
                }
                !single
            });
        }
        // "“…”" ¶ "- Dina Bell.": a signature line names the speaker of the quotes above it.
        if let (true, Some(start)) = (para_quotes.is_empty(), prev_only_quotes) {
            // Did the paragraph above end inside a quote that never closed? Then its closing mark
            // may stand at the end of this one.
            let left_open = out.quotes[start..]
                .iter()
                .rev()
                .find_map(|q| q.raw)
                .is_some_and(|r| scan.quotes[r].close.is_none() && !scan.quotes[r].runs_on);
            if let Some((np, dash)) = signature(&v, left_open) {
                for q in &mut out.quotes[start..] {
                    let weak = matches!(q.pattern, "none" | "continuation" | "next_sentence");
                    if q.kind != QuoteKind::Indirect && (q.speaker.is_none() || weak) {
                        q.speaker = Some(np);
                        q.cue = Some(dash);
                        q.pattern = "signature";
                        q.why = [
                            "the paragraph after the quote is a signature line naming “",
                            np.span.slice(text),
                            "”",
                        ]
                        .concat();
                    }
                }
            }
        }
        // "2. FOR FARMERS ‘A LONG WINTER AHEAD’": a body paragraph written in capitals is a
        // subheading however much stands around its quote; its quoted words are lifted from the
        // section below, as a lone quote in capitals is.
        let ends_here = para_quotes
            .iter()
            .all(|&q| !scan.quotes[q].runs_on && !scan.quotes[q].continues);
        if pi > 0 && label.is_none() && !para_quotes.is_empty() && ends_here && in_capitals(line) {
            for &q in &para_quotes {
                out.non_quotes.push(NotSpeech {
                    content: scan.quotes[q].content,
                    why: NonQuoteReason::Headline,
                    evidence: "a subheading: a paragraph in capitals".into(),
                });
            }
            prev_para_last = None;
            prev_para_quoted = false;
            continue;
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
        let sents: &[Range<usize>] = if label.is_some() || qa_words.is_some() {
            &[]
        } else {
            &para.sents
        };
        // Did the sentence before report speech of its own that no statement took ("Vega, a
        // candidate who …, tweeted a warning.")? Then the last speaker does not go on.
        let mut unclaimed_cue_before = false;
        // The span of the sentence before, in this paragraph.
        let mut prev_sent: Option<Span> = None;
        for sent in sents {
            let statements_before = out.quotes.len();
            let sspan = v.span(sent.clone());
            // The paragraph's quotes are sorted by opening mark: two binary searches find the
            // sentence's (a filter over all of them per sentence was quadratic).
            let first = para_quotes.partition_point(|&q| scan.quotes[q].open.start < sspan.start);
            let past = para_quotes.partition_point(|&q| scan.quotes[q].open.start < sspan.end);
            let in_sent: &[usize] = &para_quotes[first..past.max(first)];
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
                // In an article that quotes in double marks, a quote in single marks past the
                // headline is words quoted inside a quote whose outer marks went astray ("“‘Sorry,’
                // he said"), or words held at arm's length in a headline's style ("Ministers call
                // it a ‘reset’"): not speech of its own. Its marks still show quoted words, which
                // no statement of the sentence runs through. Where single marks are the house
                // style (British papers), they stay quotes.
                let inner_style = house_doubles
                    && !single_para
                    && matches!(rq.family, Family::Single | Family::StraightSingle);
                match att {
                    Ok(_) if inner_style => {
                        speech_in_sentence = true;
                        out.non_quotes.push(NotSpeech {
                            content: rq.content,
                            why: NonQuoteReason::Scare,
                            evidence: "in single marks in an article that quotes in double \
                                       marks, where single marks set words inside a quote"
                                .into(),
                        });
                    }
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
            share_in_sentence(&v, sent.start, &mut out.quotes, &sentence_quotes);
            relayed_by(
                &v,
                sent.clone(),
                in_sent,
                scan,
                &sentence_quotes,
                &mut out.quotes,
            );
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
                                "," | "but"
                                    | "and"
                                    | "then"
                                    | "indeed"
                                    | "still"
                                    | "yet"
                                    | "so"
                                    | "instead"
                                    | "however"
                            )
                        })
                });
                // "“…,” she says. It’s “a new kind of …”": a quote inside the sentence right after
                // the last speaker's, in a sentence that names no one and reports nothing.
                let after_tag = || {
                    prev_sent == Some(out.quotes[prev].sentence) && names_no_one(&v, sent.clone())
                };
                if out.quotes[first].speaker.is_none()
                    && !unclaimed_cue_before
                    && (opens_sentence || after_tag())
                {
                    let (sp, cue) = (out.quotes[prev].speaker, out.quotes[prev].cue);
                    let q = &mut out.quotes[first];
                    q.speaker = sp;
                    q.cue = cue;
                    q.pattern = "next_sentence";
                    q.why = [
                        "opens the sentence after a quote attributed to “",
                        sp.map(|s| s.span.slice(text)).unwrap_or(""),
                        "”",
                    ]
                    .concat();
                    share_in_sentence(&v, sent.start, &mut out.quotes, &sentence_quotes);
                }
            }
            let mut beside = Vec::new();
            if !speech_in_sentence {
                out.quotes.extend(v.statements(sent.clone(), pi));
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
                // "X said A and added, “B”": a cue of its own between the statement and the next
                // quote introduces that quote, whichever cue the quote rules credited.
                // So does a second predicate of the speaker's after a comma and a conjunction
                // ("X said A, but called B “…”"): the quote is that verb's object, not in A.
                let cue_before_quote = |e: usize| {
                    let i = marked.partition_point(|m| m.end <= e);
                    marked.get(i).is_some_and(|m| {
                        let (from, to) = (tok_at(&para.toks, e), tok_at(&para.toks, m.start));
                        to.saturating_sub(from) <= 4 && (from..to).any(|k| v.is_cue(k))
                            || to.saturating_sub(from) <= 8
                                && v.w(from) == ","
                                && matches!(v.lc(from + 1), "but" | "and")
                                && second_predicate_quote(&v, from + 1, to + 1)
                    })
                };
                beside.extend(
                    v.statements(sent.clone(), pi)
                        .into_iter()
                        .filter_map(|mut a| {
                            // Nor two apostrophes: an archive's quote beside marked ones is left alone.
                            let kept = !a.content.slice(text).contains("''")
                                && a.cue.is_none_or(|c| {
                                    (cues.binary_search(&c.start).is_err()
                                        || cue_before_quote(a.content.end))
                                        && !hits(c.start, c.start + 1)
                                });
                            if !kept {
                                return None;
                            }
                            if hits(a.content.start, a.content.end) {
                                // The marked spans it runs into: the first, and the last, where it ends.
                                let first = marked.partition_point(|m| m.end <= a.content.start);
                                let last = marked.partition_point(|m| m.start < a.content.end) - 1;
                                if a.content.end > marked[last].end {
                                    return None;
                                }
                                a.content =
                                    clause_before_quote(&v, a.content, marked[first].start)?;
                            }
                            Some(a)
                        }),
                );
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
            // "In a poll …, 31 percent said …": the poll speaks for its share's answers.
            poll_answers(&v, sent.clone(), &mut out.quotes[statements_before..]);
            poll_answers(&v, sent.clone(), &mut beside);
            prev_sent = Some(sspan);
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
            for q in &mut tail {
                q.speaker = q.speaker.map(|np| without_modal(&v, np));
            }
            out.quotes.append(&mut tail);
        }
        // A transcript line ("NAME: …") or a question-and-answer line is one record of its words.
        let line = match (label, qa_words) {
            (Some((np, rest)), _) if !rest.is_empty() => Some((
                rest,
                Some(np),
                label_colon(text, np.span.end),
                [
                    "transcript line: “",
                    np.span.slice(text),
                    ":” names the speaker",
                ]
                .concat(),
            )),
            // An answer speaks for the interviewee when the introduction named one.
            (None, Some((colon, rest))) if v.w(0) == "A" && persons.has_interviewee() => Some((
                rest,
                Some(v.word_np(0, NpKind::Name)),
                colon,
                "an answer in a question-and-answer interview: “A:” answers for the person the \
                 introduction says the interview is with"
                    .to_string(),
            )),
            (None, Some((colon, rest))) => Some((
                rest,
                None,
                colon,
                [
                    if v.w(0) == "Q" {
                        "a question"
                    } else {
                        "an answer"
                    },
                    " in a question-and-answer interview: “",
                    v.w(0),
                    ":” names no one",
                ]
                .concat(),
            )),
            _ => None,
        };
        if let Some((content, speaker, cue, why)) = line {
            out.quotes.push(Attributed {
                content,
                kind: QuoteKind::Indirect,
                speaker,
                cue: Some(cue),
                pattern: "transcript",
                why,
                raw: None,
                paragraph: pi,
                sentence: para.span,
                via: None,
                antecedent: None,
            });
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
                // If no part of that chain names a speaker, the paragraph before lends its own
                // (`chain_from_before`, after `chain_back`).
                if opens_chain
                    && only_quotes
                    && prev_q.speaker.is_some()
                    && prev_q.paragraph + 1 == pi
                {
                    chain_openers.push((k, prev));
                }
                // "“Who will build it?” Lund asked." ¶ "“We will!”": a paragraph of quotes alone
                // after a question put to listeners is their answer, not the asker's next words.
                let answer = !chained
                    && prev_q.cue.is_some_and(|c| asks(c, text))
                    && prev_q.content.slice(text).trim_end().ends_with('?');
                if (chained || only_quotes)
                    && !opens_chain
                    && !answer
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
                        q.why = [
                            if chained {
                                "continues the"
                            } else {
                                "a paragraph that is only a"
                            },
                            " quote right after a quote attributed to “",
                            prev_q.speaker.map(|s| s.span.slice(text)).unwrap_or(""),
                            "”",
                        ]
                        .concat();
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
                persons,
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
                persons,
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
                    // A question put to someone ("Asked which …, Le Goff told KTV: “…”") is no
                    // voice of its own: the quote before it goes on.
                    || q.pattern != "indirect_asked"
                        && text
                            .get(q.sentence.end..para_end)
                            .is_some_and(|rest| rest.trim().is_empty())
            })
            .map(|k| k + first_of_para);
    }
    chain_back(&mut out.quotes, scan, text);
    chain_from_before(&mut out.quotes, &chain_openers, scan, text);
    out.quotes.sort_by_key(|q| (q.content.start, q.content.end));
    out
}

/// Is the cue at `cue` a form of "ask" ("asked", "asks", "asking"): did its quote put a question?
pub(crate) fn asks(cue: Span, text: &str) -> bool {
    cue.slice(text)
        .get(..3)
        .is_some_and(|p| p.eq_ignore_ascii_case("ask"))
}

/// Nouns of saying that name a wording (`speech_nouns.txt` holds them too): after a copula the
/// quote is what they say ("Lund’s motto is “…”").
const WORDING_NOUNS: &[&str] = &[
    "slogan",
    "motto",
    "mantra",
    "refrain",
    "catchphrase",
    "dictum",
];

/// "X's assertion that “…”", "his promise to be “…”", "X's “…” comment": a speech noun owned by a
/// person (a possessive name or his / her / their), right before the quote or right after it.
fn possessed_saying(v: &View<'_>, sent: Range<usize>, rq: &RawQuote) -> Option<(Np, Span)> {
    let open_tok = tok_at(v.toks, rq.open.start);
    let close_end = rq.close.map_or(rq.content.end, |c| c.end);
    let after_close = tok_at(v.toks, close_end);
    // The noun before the quote, with at most "that", "to be", "of", "about", "for" ("his call
    // for “…”") or a colon between.
    let mut noun = None;
    let mut k = open_tok;
    let floor = sent.start.max(open_tok.saturating_sub(4));
    // "Lund’s slogan was “…”": a copula right before the quote (or its comma).
    let mut copula = false;
    while k > floor {
        k -= 1;
        let l = v.lc(k);
        if v.lex.speech_nouns.contains(l) {
            // Only a noun that names a wording has the quote for its content after a copula:
            // "his statement was “misleading”" judges the statement.
            if copula && !WORDING_NOUNS.contains(&l) {
                return None;
            }
            noun = Some(k);
            break;
        }
        if matches!(l, "is" | "was" | "remains" | "became")
            && (k + 1 == open_tok || (k + 2 == open_tok && v.w(k + 1) == ","))
        {
            copula = true;
            continue;
        }
        // "his call for a “revolution”": an article before the quote too.
        if !matches!(
            l,
            "that" | "to" | "be" | "of" | "about" | "as" | "for" | "," | ":" | "a" | "an"
        ) {
            break;
        }
    }
    // Or right after it: "Rowan’s “11 percent” comment".
    if noun.is_none()
        && after_close < sent.end
        && v.lex.speech_nouns.contains(v.lc(after_close))
        && open_tok > sent.start
    {
        // The possessor then stands right before the opening mark.
        return possessor(v, open_tok - 1, sent.start).map(|np| (np, v.toks[after_close].span));
    }
    // Or a few words further back, opening a clause the quote is part of: "Harlow’s claim that
    // the president “founded” the group", with no reporting verb or quote in between.
    if noun.is_none() {
        let floor = sent.start.max(open_tok.saturating_sub(12));
        noun = (floor..open_tok.saturating_sub(1))
            .rev()
            .find(|&k| {
                // "Ruiz’s boldest claim is that …": a copula may stand before the "that".
                let that = v.lw_is(k + 1, "that")
                    || (matches!(v.lc(k + 1), "is" | "was") && v.lw_is(k + 2, "that"))
                    // "her assertion during the debate that …", "his claim on Sunday that …": a
                    // short phrase of time or occasion between the noun and its "that".
                    || (matches!(v.lc(k + 1), "during" | "on" | "at" | "in" | "to" | "last")
                        && v.is_word(k + 2)
                        && (k + 3..open_tok.min(k + 6))
                            .take_while(|&m| v.is_word(m) && !v.is_any_cue(m))
                            .any(|m| v.lw_is(m, "that")));
                that && v.lex.speech_nouns.contains(v.lc(k))
            })
            .filter(|&k| !(k + 2..open_tok).any(|m| v.is_cue(m) || v.is_mark(m)));
    }
    let noun = noun?;
    // The quote is what was said only when a word joins it to the noun ("assertion that",
    // "promise to be", "criticism of"); "Harlow's comments “are based on …”" is a predicate.
    if noun + 1 == open_tok {
        return None;
    }
    // "declaring Hale’s statements as “not Christian”", "played down his comments as “…”": the
    // words characterise the statements; they are whoever judges them, not their author's.
    if noun + 2 == open_tok && v.lw_is(noun + 1, "as") {
        return None;
    }
    owner(v, noun, sent.start).map(|np| (np, v.toks[noun].span))
}

/// "“…” from diplomacy to the budget, in Lund’s view.", "In his mind, the levy is “theft.”", "in
/// the words of Ada Lund, “…”": a phrase of "in" and a noun of `viewpoint_nouns.txt` with its
/// possessor, or "in the view of" and a name or a group, says whose view or words the sentence
/// gives, and a quote in it with no speaker of its own is theirs. The phrase is looked for at
/// most twelve tokens before the opening mark or after the closing one, so the look stays bounded
/// however long the sentence. The possessor and the noun.
fn viewpoint(v: &View<'_>, sent: Range<usize>, rq: &RawQuote) -> Option<(Np, Span)> {
    let open_tok = tok_at(v.toks, rq.open.start);
    let close_end = rq.close.map_or(rq.content.end, |c| c.end);
    let after_close = tok_at(v.toks, close_end);
    let before = sent.start.max(open_tok.saturating_sub(12))..open_tok;
    let after = after_close..sent.end.min(after_close + 12);
    for n in before.chain(after) {
        // (A phrase inside another quote is that quote's speaker's words.)
        if !v.lex.viewpoint_nouns.contains(v.lc(n)) || v.in_quote(n) {
            continue;
        }
        // "in the view of Ada Lund"
        if n >= sent.start + 2 && v.lw_is(n - 1, "the") && v.lw_is(n - 2, "in") {
            if n + 1 < sent.end && v.lw_is(n + 1, "of") {
                if let Some(np) = v
                    .np_after(n + 2, sent.end)
                    .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Group))
                {
                    return Some((np, v.toks[n].span));
                }
            }
            continue;
        }
        // "in Lund’s view", "in his own words"
        if let Some(np) = owner(v, n, sent.start) {
            let first = tok_at(v.toks, np.span.start);
            if first > sent.start && v.lw_is(first - 1, "in") {
                return Some((np, v.toks[n].span));
            }
        }
    }
    None
}

/// Whose is the noun of saying at token `noun`: a possessor (`possessor`) before it, with up to
/// three modifiers between ("recent evidence-free": a word written with a hyphen is three tokens,
/// so six tokens are read), none before `lo`.
fn owner(v: &View<'_>, noun: usize, lo: usize) -> Option<Np> {
    let mut p = noun;
    for _ in 0..6 {
        if p <= lo {
            return None;
        }
        p -= 1;
        if let Some(np) = possessor(v, p, lo) {
            return Some(np);
        }
        // Modifiers may be names of their own ("X's Facebook post"); a verb or a preposition
        // ends them ("Veloria’s ministry said in a statement": the ministry said it, the
        // statement is not Veloria's).
        if !v.is_word(p) && v.w(p) != "-" {
            return None;
        }
        if v.is_any_cue(p) || PREPOSITIONS.contains(&v.lc(p)) {
            return None;
        }
    }
    None
}

/// The possessor at token `p`: "his" / "her" / "their", a name ending in ’s, or a role or group
/// with a determiner (`role_possessor`).
fn possessor(v: &View<'_>, p: usize, lo: usize) -> Option<Np> {
    let g = match v.lc(p) {
        "his" => Some(Gender::Male),
        "her" => Some(Gender::Female),
        "their" => Some(Gender::Plural),
        _ => None,
    };
    if let Some(g) = g {
        return Some(v.word_np(p, NpKind::Pronoun(g)));
    }
    // "Jones' call": the apostrophe a token of its own after a name ending in s.
    if v.bare_possessive(p) && v.cap(p - 1) {
        return v
            .np_plain_before(p, lo, None)
            .filter(|np| np.kind == NpKind::Name);
    }
    let w = v.w(p);
    let bare = crate::speakers::strip_possessive(w);
    if bare == w {
        return None;
    }
    if !v.cap(p) {
        return role_possessor(v, p, bare.len(), lo);
    }
    v.np_plain_before(p + 1, lo, None)
        .filter(|np| np.kind == NpKind::Name)
}

/// "the mayor’s warning that …", "the outgoing mayor’s pledge": a role or group word ending in
/// ’s (`bare` its length without it), after a determiner and at most two modifiers in lower case.
fn role_possessor(v: &View<'_>, p: usize, bare: usize, lo: usize) -> Option<Np> {
    if !v.is_group_head(p) {
        return None;
    }
    let det = (lo.max(p.saturating_sub(3))..p)
        .rev()
        .find(|&k| matches!(v.lc(k), "the" | "a" | "an" | "this" | "that"))?;
    if (det + 1..p).any(|k| !v.is_word(k) || v.cap(k) || v.is_any_cue(k)) {
        return None;
    }
    let end = v.toks[p].span.start + bare;
    let gender = v
        .lex
        .roles
        .get(crate::speakers::strip_possessive(v.lc(p)))
        .copied()
        .flatten();
    Some(Np::group(
        Span::new(v.toks[det].span.start, end),
        Span::new(v.toks[det + 1].span.start, end),
        gender,
    ))
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
            if let (Some(sp), cue) = (next.speaker, next.cue) {
                let why = [
                    "runs on into the next paragraph, where “",
                    sp.span.slice(text),
                    "” is named",
                ]
                .concat();
                lend(&mut quotes[k], sp, cue, "multi_paragraph", why);
            }
        }
    }
    work::add(Stage::Attribution, steps);
}

/// Gives `q` a speaker found for another quote of its chain or paragraph.
fn lend(q: &mut Attributed, sp: Np, cue: Option<Span>, pattern: &'static str, why: String) {
    q.speaker = Some(sp);
    q.cue = cue;
    q.pattern = pattern;
    q.why = why;
}

/// “…,” Ada Lund said. ¶ “A ¶ “B.”: a quote-only paragraph that opens a multi-paragraph quote
/// no part of which names a speaker goes on with the speaker of the paragraph before, as a single
/// quote-only paragraph does (`continuation`), and lends that speaker on along its chain.
/// `openers` pairs each such opener with that paragraph's last attributed quote.
fn chain_from_before(
    quotes: &mut [Attributed],
    openers: &[(usize, usize)],
    scan: &Scan,
    text: &str,
) {
    let mut steps = openers.len() as u64;
    for &(k, prev) in openers {
        if quotes[k].speaker.is_some() {
            continue;
        }
        let (Some(sp), cue) = (quotes[prev].speaker, quotes[prev].cue) else {
            continue;
        };
        let why = [
            "a paragraph that is only a quote, running on, right after a quote attributed to “",
            sp.span.slice(text),
            "”",
        ]
        .concat();
        lend(&mut quotes[k], sp, cue, "continuation", why);
        // The chain's later segments, in order; each runs on into the next until one closes,
        // and each stands in the paragraph after the one before it (so the walk stays linear).
        let mut r = quotes[k].raw.expect("a chain opener is a scanned quote");
        let mut para = quotes[k].paragraph;
        let mut j = k + 1;
        while scan.quotes[r].runs_on && j < quotes.len() && quotes[j].paragraph <= para + 1 {
            steps += 1;
            let Some(nr) = quotes[j]
                .raw
                .filter(|&nr| nr > r && scan.quotes[nr].continues)
            else {
                j += 1;
                continue;
            };
            if quotes[j].speaker.is_none() {
                let why = [
                    "continues the quote right after a quote attributed to “",
                    sp.span.slice(text),
                    "”",
                ]
                .concat();
                lend(&mut quotes[j], sp, cue, "multi_paragraph", why);
            }
            r = nr;
            para = quotes[j].paragraph;
            j += 1;
        }
    }
    work::add(Stage::Attribution, steps);
}

fn share_in_sentence(v: &View<'_>, sent_start: usize, quotes: &mut [Attributed], idx: &[usize]) {
    let text = v.text;
    let Some(src) = idx.iter().copied().find(|&i| quotes[i].speaker.is_some()) else {
        return;
    };
    // "In a clip that Judge Hale called “distasteful,” Ekker wanted to “…”": a cue in a
    // subordinate clause that closes before a later quote speaks for its own quote only.
    let (src_cue, src_content) = (quotes[src].cue, quotes[src].content);
    let closed_before = |q: &Attributed| {
        src_cue.is_some_and(|cue| {
            cue.end <= src_content.start
                && q.content.start > src_content.end
                && subordinate_cue(
                    v,
                    sent_start,
                    tok_at(v.toks, cue.start),
                    tok_at(v.toks, q.content.start),
                )
        })
    };
    let (sp, cue) = (quotes[src].speaker, quotes[src].cue);
    // "… slammed those who “outsource” and attacked Lund, who has said …": a relative clause
    // after a quote tells of its antecedent; it does not attribute the quotes before it.
    let relative = sp.filter(|np| {
        let w = np.span.slice(text);
        w.eq_ignore_ascii_case("who") || w.eq_ignore_ascii_case("which")
    });
    for &i in idx {
        if relative.is_some_and(|np| np.span.start >= quotes[i].content.end) {
            continue;
        }
        // ("Asked whether Ekker was a “liar,” Lund said “no.”": the question is not Lund's.)
        let question =
            || in_opening_question(v, sent_start, tok_at(v.toks, quotes[i].content.start));
        if quotes[i].speaker.is_none() && !closed_before(&quotes[i]) && !question() {
            // "“…,” said Ada Lund, who added that the plan was “…”": the relative pronoun, the
            // subject of the quote's own cue, is its mention; the name stays the antecedent's.
            let who = sp.and_then(|np| {
                relative_mention(v, np, tok_at(v.toks, quotes[i].content.start))
                    .map(|(who, c)| (Np { span: who, ..np }, c))
            });
            quotes[i].speaker = who.map(|(np, _)| np).or(sp);
            quotes[i].cue = who.map(|(_, c)| c).or(cue);
            quotes[i].pattern = "same_sentence";
            quotes[i].why = match who {
                Some((_, c)) => [
                    "“who”, the subject of “",
                    c.slice(text),
                    "”, stands for the speaker another quote of the \
                     sentence names",
                ]
                .concat(),
                None => "another quote in the same sentence names the speaker".into(),
            };
        }
    }
}

/// The ", who" right after the speaker `np` (a phrase in lower case may stand between: "one
/// official familiar with the talks, who …") whose verb, a cue, takes the quote whose content
/// starts at token `open`, and that verb. Read at most [`RELATIVE_REACH`] tokens back from
/// `open`.
fn relative_mention(v: &View<'_>, np: Np, open: usize) -> Option<(Span, Span)> {
    let end = tok_at(v.toks, np.span.end);
    let lo = end.max(open.saturating_sub(RELATIVE_REACH));
    let w = (lo + 1..open).rev().find(|&k| v.lw_is(k, "who"))?;
    if v.w(w - 1) != "," || (end..w - 1).any(|k| v.cap(k) || v.is_mark(k)) {
        return None;
    }
    let mut c = w + 1;
    while c < open && c < w + 3 && v.is_adverb(c) {
        c += 1;
    }
    (c < open && (v.is_any_cue(c) || v.is_indirect_cue(c)))
        .then(|| (v.toks[w].span, v.toks[c].span))
}

/// How far back from a quote [`relative_mention`] looks for its ", who".
const RELATIVE_REACH: usize = 30;

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
    // "among some Catholics", "for many Texans": a quantifier after a preposition.
    let quantified = k >= 2
        && matches!(
            prev,
            "some" | "many" | "most" | "all" | "several" | "few" | "other"
        )
        && PREPOSITIONS.contains(&v.lc(k - 2))
        && !matches!(v.lc(k - 2), "by" | "as" | "like" | "than");
    // An agent ("by Lee") or a comparison ("as Lee", "than Lee") may be a speaker in its own right.
    quantified
        || PREPOSITIONS.contains(&prev) && !matches!(prev, "by" | "as" | "like" | "than")
        || matches!(prev, "the" | "a" | "an" | "his" | "her" | "their" | "its")
        || prev.len() > 4 && (prev.ends_with("ing") || prev.ends_with("ed"))
}

/// A paragraph that is only a dash and a name, perhaps with a description after a comma
/// ("- Dina Bell.", "—Tom Reed, in a radio interview"): the form that signs a quote set above it.
/// A pull quote credits its speaker on a line of its own inside its marks ("“…¶Dina Bell, port
/// board.”"): when the quote above was `left_open`, a name line ending in a closing mark signs it.
fn signature(v: &View<'_>, left_open: bool) -> Option<(Np, Span)> {
    let mut n = v.toks.len();
    let first = if n == 0 {
        return None;
    } else if matches!(v.w(0), "-" | "—" | "–") {
        1
    } else if left_open && matches!(v.w(n - 1), "”" | "\"") {
        n -= 1;
        0
    } else {
        return None;
    };
    if !(first + 1..=24).contains(&n) {
        return None;
    }
    let np = v.np_after(first, n).filter(|np| np.kind == NpKind::Name)?;
    let end = tok_at(v.toks, np.span.end);
    let mark = v.toks[if first == 0 { n } else { 0 }].span;
    (end == n || matches!(v.w(end), "." | ",") && (v.w(end) == "," || end + 1 == n))
        .then_some((np, mark))
}

/// A day or month name ("on Sunday", "last March"): capitalised, but no one who could speak.
fn names_a_date(v: &View<'_>, k: usize) -> bool {
    let l = v.lc(k);
    MONTHS.contains(&l) || TIME_WORDS[..7].contains(&l)
}

/// Modals `adverbs.txt` leaves out (it lists "would", "could" and "will"), with their negations.
const SPEAKER_MODALS: WordList = WordList::new(&[
    "may",
    "might",
    "must",
    "can",
    "cannot",
    "can't",
    "should",
    "shall",
    "mustn't",
    "shouldn't",
    "mightn't",
]);

/// "The growers might argue that …", "Osk may claim …": a phrase read back from a verb keeps a
/// modal in lower case at its end; the speaker's mention leaves it out. Trimmed once the rules
/// have decided, not skipped as an adverb while they read: as an adverb (`adverbs.txt`) it let
/// object cues after modals read a subject, and dev indirect precision fell 0.8417 → 0.8407.
/// Capitalised, "May" and "Will" are names.
fn without_modal(v: &View<'_>, np: Np) -> Np {
    let first = tok_at(v.toks, np.span.start);
    let Some(last) = tok_at(v.toks, np.span.end).checked_sub(1) else {
        return np;
    };
    if last <= first || last >= v.toks.len() || !v.is_word(last) || v.cap(last) {
        return np;
    }
    let l = v.lc(last);
    let modal = if l.contains('’') {
        SPEAKER_MODALS.contains(&l.replace('’', "'").as_str())
    } else {
        SPEAKER_MODALS.contains(&l)
    };
    let end = v.toks[last - 1].span.end;
    if !modal || np.core.start >= end {
        return np;
    }
    Np {
        span: Span::new(np.span.start, end),
        core: Span::new(np.core.start, np.core.end.min(end)),
        ..np
    }
}

/// "X said A, although she wrote that she “…”", "X said A, to which Y replied: “…”": a statement
/// that runs on into a quote of its sentence, and ends inside it, reports the clause before the
/// quote's own part of the sentence: up to the first comma, colon, semicolon or dash that
/// has a cue between it and the quote's opening mark at byte `open`. A quote inside the clause
/// ("said the plan, which critics call “…”, would pass") is no other's part, and the statement
/// goes (`None`), as it does when the clause keeps too few words or opens on a subordinator
/// ("said that, if the claims hold, “…”": its main clause is past the comma).
fn clause_before_quote(v: &View<'_>, content: Span, open: usize) -> Option<Span> {
    if open <= content.start {
        return None;
    }
    let from = tok_at(v.toks, content.start);
    let mark = tok_at(v.toks, open);
    if SUBORDINATORS.contains(&v.lc(from)) {
        return None;
    }
    let mut cue_after = false;
    let mut cut = None;
    // Read back from the mark, once: the first break from the start is the last one read that
    // has a cue after it.
    for k in (from + 1..mark).rev() {
        if v.is_any_cue(k) {
            cue_after = true;
        }
        if cue_after && (matches!(v.w(k), "," | ":" | ";") || v.spaced_dash(k)) {
            cut = Some(k);
        }
    }
    let e = last_word_end(v, from..cut?)?;
    enough_words(&v.text[content.start..e]).then(|| Span::new(content.start, e))
}

fn tok_at(toks: &[Token], start: usize) -> usize {
    toks.partition_point(|t| t.span.start < start)
}

/// Does the sentence, outside its quote marks, name no one who could have spoken its quotes and
/// report no speech of its own? Its first word may be a function word or "it" ("It’s “…”",
/// "That makes her “…”"); no other capitalised word, no personal pronoun and no cue may stand
/// in it.
fn names_no_one(v: &View<'_>, sent: Range<usize>) -> bool {
    let opener = v.is_word(sent.start)
        && (v.lex.function_words.contains(v.lc(sent.start))
            || v.pronoun(sent.start) == Some(Gender::Neuter));
    opener
        && (sent.start + 1..sent.end).all(|k| {
            v.in_quote(k)
                || v.is_mark(k)
                || !v.is_word(k)
                || !(v.cap(k)
                    || v.is_any_cue(k)
                    || v.pronoun(k).is_some_and(|g| g != Gender::Neuter))
        })
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

/// "“…,” X said, according to the Post.", "According to a transcript, X said: “…”": a source named
/// with "according to" outside the quote marks of a sentence whose quotes have a speaker and a
/// reporting verb of their own relays their words; the quotes keep their speaker and gain the
/// source as `via`. A fact-checker traces the words to X through that source. (When "according
/// to" is itself the cue, its source is the speaker.)
fn relayed_by(
    v: &View<'_>,
    sent: Range<usize>,
    in_sent: &[usize],
    scan: &Scan,
    sentence_quotes: &[usize],
    quotes: &mut [Attributed],
) {
    let cands = v.cue_candidates_in(sent.clone());
    if sentence_quotes.is_empty() || !cands.iter().any(|&c| v.lw_is(c, "according")) {
        return;
    }
    // The sentence's quotes are sorted by opening mark and do not overlap: only the last one to
    // open at or before `at` can hold it (a binary search, so that a sentence of many quotes and
    // many "according to"s stays linear).
    let marked = |at: usize| {
        let i = in_sent.partition_point(|&q| scan.quotes[q].open.start <= at);
        i > 0 && {
            let rq = &scan.quotes[in_sent[i - 1]];
            rq.close.map_or(rq.content.end, |c| c.end) > at
        }
    };
    work::add(
        Stage::Attribution,
        (cands.len() + sentence_quotes.len()) as u64,
    );
    let Some(source) = cands.iter().find_map(|&c| {
        if !v.lw_is(c, "according") || marked(v.toks[c].span.start) {
            return None;
        }
        according_phrase(v, c, sent.end)
            .or_else(|| v.according_to(c, sent.end))
            .map(|(np, _)| np.span)
    }) else {
        return;
    };
    let sspan = v.span(sent);
    for &k in sentence_quotes {
        let q = &mut quotes[k];
        let own_cue = q.pattern != "according_to" && q.cue.is_some_and(|c| sspan.contains(c));
        let other = q
            .speaker
            .is_some_and(|sp| sp.span.end <= source.start || source.end <= sp.span.start);
        if own_cue && other {
            q.via = Some(source);
        }
    }
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
        via: None,
        antecedent: None,
    };
    // 1. Not speech: titles, terms and nicknames announced by the words around the marks. A
    // title given after "titled" or "entitled" ("released a memo titled “…”") is its maker's
    // words when the rules below find the maker; without one it stays a title.
    let titled = match not_speech_cue(v, rq, &pre, &post) {
        Some(ns) if ns.why == NonQuoteReason::Title && given_title(v, &pre) => Some(ns),
        Some(ns) => return (Err(ns), None),
        None if listed_after_title(text, rq, out) => {
            return (
                Err(NotSpeech {
                    content: rq.content,
                    why: NonQuoteReason::Title,
                    evidence: "a capitalised name listed right after a title".into(),
                }),
                None,
            );
        }
        None => None,
    };
    let mut tail_end = None;
    // "09:20 — “I saw it,” said Lund": a live report's time stamp or a wire story's dateline
    // opens the paragraph's sentence and leaves the quote whole.
    let mut lead_ok = pre.is_empty()
        || (pre.len() == 1 && !v.is_word(pre.start))
        || (pre.start == 0 && v.dateline_end(0, pre.end + 1) == Some(pre.end));
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
            // "…,” Rowe said, though he said, “…”": the second half has its own lead.
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
    // A label ("Doe: “…”") or a noun of saying ("delivered a message: “…”") before a quote that
    // is no complete sentence yields to a tag after it ("“…, good luck,” he wrote.").
    let verb_lead =
        |pattern: &str, cue: Option<Span>| pattern != "colon_label" && !noun_cue(v, cue);
    // "Lund argued that the levy failed: “It is dead,” she said.": a quote broken off at a comma
    // after a colon, with a pronoun's tag of its own that ends the sentence, is the tag's; the
    // tag names its speaker by the mention there, not by the lead-in's name (step 3 reads it).
    let own_tag = || {
        rq.close.is_some()
            && pre.end > pre.start
            && v.w(pre.end - 1) == ":"
            && post.end >= sent.end
            && rq.content.slice(text).trim_end().ends_with(',')
            // "…,” the paper reported", "…,” according to a letter": a name or a body after the
            // quote may relay the lead-in's speaker; a pronoun tag is the speaker's own.
            && tail(v, post.clone(), false, false).is_some_and(|(np, _, pattern, _)| {
                matches!(np.kind, NpKind::Pronoun(_)) && pattern != "according_to"
            })
    };
    if a.speaker.is_none() {
        if let Some((np, cue, pattern)) = lead_in()
            .filter(|&(_, cue, pattern)| complete || verb_lead(pattern, cue))
            .filter(|_| !own_tag())
        {
            lead_ok = true;
            set_lead(&mut a, v, np, cue, pattern);
        }
    }
    // A quote inside an opening "Asked whether …" clause is the asker's: the tag, the cue and the
    // subject after the clause are the answerer's (steps 3, 5 and 7 leave it).
    let question = in_opening_question(v, sent.start, tok_at(v.toks, rq.open.start));
    // 3. Tail: the words right after the closing mark.
    let mut tail_ok = post.is_empty() || (post.start..post.end).all(|i| !v.is_word(i));
    if a.speaker.is_none() && rq.close.is_some() && !question {
        let ends_sentence = rq.content.slice(text).trim_end().ends_with('.');
        let next_quote = post.end < sent.end;
        if let Some((np, cue, pattern, end)) = tail(v, post.clone(), ends_sentence, next_quote) {
            a.speaker = Some(np);
            a.cue = Some(cue);
            a.pattern = pattern;
            a.why = [
                "“",
                np.span.slice(text),
                "” ",
                if pattern == "dash" {
                    "follows a dash"
                } else {
                    "with the cue"
                },
                " right after the quote",
            ]
            .concat();
            tail_end = Some(end);
            tail_ok = true;
        }
    }
    // 4. Lead: "Speaker said: “Q”" / "Speaker said, “Q”" / "Speaker: “Q”".
    if a.speaker.is_none() || !lead_ok {
        if let Some((np, cue, pattern)) = lead_in() {
            lead_ok = true;
            if a.speaker.is_none() {
                set_lead(&mut a, v, np, cue, pattern);
            }
        } else if pre.end > pre.start && v.w(pre.end - 1) == ":" {
            lead_ok = true;
        }
    }
    // 4b. "Dianne Bell agreed. “…”": a sentence of only a speaker and a verb of saying, right
    // before a quote that opens its own sentence.
    if a.speaker.is_none() && pre.is_empty() && tok_at(v.toks, rq.open.start) == sent.start {
        if let Some((np, cue)) = said_sentence_before(v, sent.start) {
            let why = [
                "the sentence before is only “",
                np.span.slice(text),
                "” and “",
                cue.slice(text),
                "”",
            ]
            .concat();
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
            a.why = [
                "“",
                v.w(pre.start),
                "” opens the sentence with no subject of its own: the last speaker goes on",
            ]
            .concat();
        }
    }
    // 4d. "water bottles that said, “…”", "a sign — which read “…”": a thing that carries words,
    // a restrictive "that" or "which" and "said" or "read" right before the quote. The relative
    // word is the mention, the thing the name.
    if a.speaker.is_none() && pre.end >= pre.start + 2 {
        let mut verb = pre.end - 1;
        if matches!(v.w(verb), "," | ":") {
            verb -= 1;
        }
        if verb > pre.start
            && matches!(v.lc(verb), "said" | "says" | "read" | "reads")
            && matches!(v.lc(verb - 1), "that" | "which")
        {
            if let Some(np) = v.thing_before(verb - 1, sent.start) {
                let rel = v.toks[verb - 1].span;
                let why = [
                    "“",
                    np.core.slice(text),
                    "” carries the words: “",
                    rel.slice(text),
                    " ",
                    v.w(verb),
                    "” right before the quote",
                ]
                .concat();
                let np = Np { span: rel, ..np };
                found_before(&mut a, np, v.toks[verb].span, "inscription", why);
            }
        }
    }
    // 4e. "has been called “strategic ambiguity” by Jo Hale", "often labeled as a “witch hunt”
    // by critics": a passive verb of naming right before the quote, "by" and its agent right
    // after it. The agent calls it so. 4e'. "an option seen by its organisers as a “lifeboat”",
    // "known by some voters as the “…”": a participle, "by" and its agent, then "as" right
    // before the quote. The agent sees or names the thing so, and the words are the agent's.
    if a.speaker.is_none() && !pre.is_empty() {
        let agent = naming_then_by(v, &pre, &post)
            .map(|(np, k)| (np, k, " … by ", "”: the agent of the passive"))
            .or_else(|| {
                agent_before_as(v, &pre)
                    .map(|(np, k)| (np, k, " by ", " as”: the agent of the passive"))
            });
        if let Some((np, k, by, tail)) = agent {
            let why = ["“", v.w(k), by, np.span.slice(text), tail].concat();
            found_before(&mut a, np, v.toks[k].span, "passive_by", why);
        }
    }
    // 4f. "Fennimore said “…,” she said": a pronoun tag after a quote whose sentence already
    // names its speaker, a person who is the subject of a reporting verb before the quote, repeats
    // that speaker.
    if a.pattern == "quote_speaker_cue"
        && a.speaker
            .is_some_and(|np| matches!(np.kind, NpKind::Pronoun(Gender::Male | Gender::Female)))
    {
        if let Some((np, cue, "sentence_cue")) = sentence_cue(v, sent.clone(), rq) {
            if np.kind == NpKind::Name && cue.end <= rq.open.start {
                a.antecedent = Some((np, cue));
            }
        }
    }
    // 5. A reporting verb elsewhere in the sentence.
    // A claim between the sentence's verb and the quote goes to step 5b, found once.
    let mut claim = None;
    if a.speaker.is_none() && !question {
        let found = sentence_cue(v, sent.clone(), rq);
        claim = found.and_then(|(_, cue, _)| claim_between(v, sent.clone(), rq, cue));
        if let Some((np, cue, pattern)) = found.filter(|_| claim.is_none()) {
            a.speaker = Some(np);
            a.cue = Some(cue);
            a.pattern = pattern;
            a.why = [
                "“",
                np.span.slice(text),
                "” is the subject of “",
                cue.slice(text),
                "” in the same sentence",
            ]
            .concat();
        }
    }
    // 5b. A possessor's act of saying: "Harlow's recent assertion that “…”", "his promise to be
    // “neutral”", "Rowan's “11 percent” comment".
    if a.speaker.is_none() {
        if let Some((np, cue)) = claim.or_else(|| possessed_saying(v, sent.clone(), rq)) {
            a.speaker = Some(np);
            a.cue = Some(cue);
            a.pattern = "possessive";
            a.why = [
                "the quote gives the words of “",
                cue.slice(text),
                "”, and “",
                np.span.slice(text),
                "” is whose ",
                cue.slice(text),
                " it is",
            ]
            .concat();
        }
    }
    // 5b'. "Lund was asked by the host, Dan Ode, “…”", "Asked by Ode whether the pier would
    // “last,” Lund …": the agent of a passive "asked" asks the question the quote is part of.
    if a.speaker.is_none() {
        if let Some((np, asked)) = asked_by(v, sent.clone(), tok_at(v.toks, rq.open.start)) {
            let why = [
                "“",
                v.w(asked),
                " by ",
                np.span.slice(text),
                "”: the agent of the passive asks the question",
            ]
            .concat();
            found_before(&mut a, np, v.toks[asked].span, "asked_by", why);
        }
    }
    // 5b''. "Lund portrays the levy as a “…”": the subject of a verb of characterising whose
    // "as" leads into the quote.
    if a.speaker.is_none() {
        if let Some((np, verb)) = characterised_as(v, sent.clone(), tok_at(v.toks, rq.open.start)) {
            let why = [
                "“",
                np.span.slice(text),
                "” ",
                v.w(verb),
                " something as the quote says",
            ]
            .concat();
            found_before(&mut a, np, v.toks[verb].span, "characterised_as", why);
        }
    }
    // 5b'''. "“…” from diplomacy to the budget, in Lund’s view.": a phrase that says whose view
    // or words the sentence gives.
    if a.speaker.is_none() {
        if let Some((np, noun)) = viewpoint(v, sent.clone(), rq) {
            let (noun_text, owner) = (noun.slice(text), np.span.slice(text));
            let why = format!("the sentence gives the {noun_text} of “{owner}”");
            found_before(&mut a, np, noun, "viewpoint", why);
        }
    }
    // 5c. "Lee Hart has been criticised for it, though last week he used stronger words, saying
    // “…”": a gerund's pronoun that opens a clause before it stands for the person the sentence
    // opens with, when that is a name.
    if a.pattern == "gerund" {
        if let (Some(np), Some(cue)) = (a.speaker, a.cue) {
            let c = tok_at(v.toks, cue.start);
            let own = matches!(np.kind, NpKind::Pronoun(Gender::Male | Gender::Female))
                && c > sent.start
                && pronoun_of_clause_before(v, sent.start, c - 1)
                    .is_some_and(|p| p.span == np.span);
            if own {
                if let Some(named) = clause_subject(v, sent.start, tok_at(v.toks, np.span.start))
                    .filter(|n| n.kind == NpKind::Name)
                {
                    a.antecedent = Some((named, cue));
                }
            }
        }
    }
    // 5d. "Lund said the budget was late, but she called it a “…”", "Ada Lund ended the talks
    // when she left the room, calling it “…”": a "he" or "she" that is the subject of the
    // quote's own clause is the mention that ties the quote to its speaker; a name found in
    // another clause stays the name it stands for.
    if matches!(a.pattern, "sentence_cue" | "gerund") {
        if let (Some(np), Some(cue)) = (a.speaker, a.cue) {
            let c = tok_at(v.toks, cue.start);
            let own = if a.pattern == "gerund" {
                (np.kind == NpKind::Name && c > sent.start + 1 && v.w(c - 1) == ",")
                    .then(|| gerund_clause_pronoun(v, &np, c - 1))
                    .flatten()
            } else {
                own_clause_pronoun(v, sent.clone(), tok_at(v.toks, rq.open.start), &np)
            };
            if let Some(p) = own {
                if np.kind == NpKind::Name {
                    a.antecedent = Some((np, cue));
                }
                a.why = [
                    "“",
                    p.span.slice(text),
                    "” is the subject of the quote's own clause; ",
                    &a.why,
                ]
                .concat();
                a.speaker = Some(p);
            }
        }
    }
    // 6. A transcript line's speaker.
    if a.speaker.is_none() {
        if let Some((np, _)) = label {
            a.speaker = Some(np);
            a.cue = Some(label_colon(text, np.span.end));
            a.pattern = "transcript";
            a.why = "inside a transcript line".into();
        }
    }
    // 7. The sentence's subject, when it is a person or pronoun and no other person or pronoun
    // stands between it and the quote ("Harlow identified the judge as “Spanish”").
    if a.speaker.is_none() && !question {
        let open_tok = tok_at(v.toks, rq.open.start);
        // A quote that says enough, or whose sentence marks speech, stands as a quote with or
        // without a speaker; the firmer rules below name one only for such a quote, so that
        // they never turn a scare-quoted term into a quote with a guessed speaker.
        // (The sentence is searched at most once, and only when a rule below asks.)
        let content = rq.content.slice(text);
        let says_enough =
            ends_like_sentence(content) || content.split_whitespace().nth(6).is_some();
        let kept_cell = OnceCell::new();
        let kept = || {
            *kept_cell.get_or_init(|| says_enough || speech_word_in(v, sent.clone(), rq).is_some())
        };
        let colon_lead = says_enough && open_tok > 0 && v.w(open_tok - 1) == ":";
        // The comma closing an aside that opens at `comma`, within a dozen words, then a verb:
        // a lower-case word that opens no clause of its own ("…, who lost, and Kay agreed:").
        let aside_verb = |comma: usize| {
            (comma + 2..open_tok.saturating_sub(1))
                .take(12)
                .find(|&k| v.w(k) == ",")
                .is_some_and(|k| {
                    v.is_word(k + 1)
                        && !v.cap(k + 1)
                        && v.pronoun(k + 1).is_none()
                        && !matches!(
                            v.lc(k + 1),
                            "and" | "but" | "or" | "nor" | "yet" | "so" | "who" | "which" | "while"
                        )
                        && !SUBORDINATORS.contains(&v.lc(k + 1))
                })
        };
        let fits = |np: Np| {
            let after = tok_at(v.toks, np.span.end);
            let first = tok_at(v.toks, np.span.start);
            // A subject that is surely someone: a pronoun, a group, a name of two words or more,
            // or one the text gives as a name ("Given his past comments …" opens with no one).
            let firm = np.kind != NpKind::Name
                || after > first + 1
                || v.persons.is_some_and(|r| r.knows_name_word(v.w(first)));
            // A name read as an object only rules out rivals for a quote that says enough to
            // stand as a quote anyway, or for one in a sentence that marks speech with a cue or
            // a noun of saying and has a firm subject ("Lund opened with a call for the Harbour
            // Board to “embrace” the rota"): a scare-quoted word is kept only on firmer ground.
            let rival = open_tok.saturating_sub(after) > WINDOW
                || (after..open_tok).any(|k| {
                    v.cap(k)
                        && !v.is_sentence_start(k)
                        // ("Lee spoke on Sunday of a “…”": a date names no one.)
                        && !((says_enough || firm && kept()) && object_name(v, k)
                            || names_a_date(v, k) && kept())
                        || v.pronoun(k).is_some_and(|g| {
                            matches!(g, Gender::Male | Gender::Female | Gender::Plural)
                        })
                });
            // "…, with many marchers chanting “…”": the absolute phrase names its own
            // speakers, whom the rules above did not read.
            let absolute = open_tok > after + 1
                && v.is_cue(open_tok - 1)
                && v.lc(open_tok - 1).ends_with("ing")
                && (after..open_tok - 1).any(|k| v.lw_is(k, "with"));
            // "Pell had hoped to open the pier in May, but by June the ceremony had been
            // renamed “…”": a clause joined after a comma with an auxiliary of its own, not
            // right after the conjunction, has a subject of its own.
            let joined_clause = || {
                (after..open_tok).any(|k| {
                    v.w(k) == ","
                        && k + 2 < open_tok
                        && matches!(v.lc(k + 1), "but" | "and" | "yet" | "so")
                        && !PREDICATE_AUX.contains(&v.lc(k + 2))
                        && (k + 3..open_tok)
                            .take(12)
                            .any(|m| PREDICATE_AUX.contains(&v.lc(m)))
                })
            };
            let rival = rival || absolute || joined_clause();
            // Only a subject right before its verb: with no reporting verb to go on, an
            // apposition in between leaves too much unread. But a colon right before a quote
            // that says enough ends the clause that introduces it, so an aside between commas
            // may part the subject from its verb ("The trust, in a note to members, put it
            // more bluntly: “…”"); the rivals above are read inside the aside too.
            let verb_next = after < open_tok
                && (v.is_word(after) || colon_lead && v.w(after) == "," && aside_verb(after));
            // "Penrose was said to be “furious”": others report what the subject felt. "The
            // book is described on Amazon as a “…”", "Gulls are considered the “…”": others
            // judge the subject.
            let reported = (after + 1..open_tok).any(|k| {
                matches!(
                v.lc(k),
                "said"
                    | "told"
                    | "asked"
                    | "reported"
                    | "rumored"
                    | "rumoured"
                    | "alleged"
                    | "described"
                    | "called"
                    | "labeled"
                    | "labelled"
                    | "dubbed"
                    | "branded"
                    | "portrayed"
                    | "characterized"
                    | "characterised"
                    | "seen"
                    | "viewed"
                    | "regarded"
                    | "considered"
                    | "deemed"
                    | "thought"
                    | "believed"
                    | "known"
            ) && {
                // ("are widely considered": an adverb may stand after the auxiliary.)
                v.is_be(k - 1) || k >= after + 2 && v.is_adverb(k - 1) && v.is_be(k - 2)
            }
                // In the subject's own clause: "They note that articles can be deemed
                // “…”" is what they note.
                && !(after..k).any(|m| v.lw_is(m, "that"))
            });
            // A group or role named with a determiner speaks too ("The union took aim at
            // “…”"), a quote that says enough to stand as one; a bare plural ("Many Americans
            // saw the party as “…”") is what the reporter says they think. A possessive
            // pronoun determines a role as well ("His daughter was less calm: “…”").
            let determined = || {
                says_enough
                    && matches!(
                        v.lc(tok_at(v.toks, np.span.start)),
                        "the" | "a" | "an" | "this" | "that" | "his" | "her" | "their"
                    )
            };
            (matches!(np.kind, NpKind::Name | NpKind::Pronoun(_))
                || np.kind == NpKind::Group && determined())
                && !rival
                && verb_next
                && !reported
        };
        if let Some(np) = clause_subject_in(v, sent.start, open_tok, 1).filter(|&np| fits(np)) {
            a.speaker = Some(np);
            a.pattern = "sentence_subject";
            a.why = [
                "“",
                np.span.slice(text),
                "” is the sentence's subject and the only person named before the quote",
            ]
            .concat();
        } else if let Some(np) = inner_clause_subject(v, sent.start, open_tok).filter(|&np| {
            // The sentence's own subject, a person other than the clause's, is a rival ("Lee
            // turned the tables, because Kay had taken “…”": whose word is it?).
            kept()
                && fits(np)
                && clause_subject_in(v, sent.start, open_tok, 1)
                    .is_none_or(|s| s.core == np.core || s.kind == NpKind::Pronoun(Gender::Neuter))
        }) {
            a.speaker = Some(np);
            a.pattern = "clause_subject";
            a.why = [
                "“",
                np.span.slice(text),
                "” is the subject of the clause the quote stands in, and the only person \
                 named between that clause's opening and the quote",
            ]
            .concat();
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
            let why = [
                "“",
                np.span.slice(text),
                "” reports speech (“",
                cue.slice(text),
                "”) in the sentence before, which quotes nothing",
            ]
            .concat();
            found_before(&mut a, np, cue, "cue_sentence_before", why);
        }
    }
    // 4d. "Lund said Kell assured them the pier was “sound”": the clause whose verb took the
    // quote is itself reported, and its reporter answers for the words.
    if matches!(
        a.pattern,
        "sentence_cue" | "called" | "described_as" | "speaker_cue_quote"
    ) {
        if let (Some(np), Some(cue)) = (a.speaker, a.cue) {
            let inside = sspan.start <= np.span.start && cue.end <= rq.open.start;
            if let Some((outer, c)) = inside.then(|| outer_reporter(v, &np, sent.start)).flatten() {
                a.why = [
                    "“",
                    outer.span.slice(text),
                    "” reports what “",
                    np.span.slice(text),
                    "” ",
                    cue.slice(text),
                    ": the subject of “",
                    v.w(c),
                    "” answers for the quote",
                ]
                .concat();
                a.speaker = Some(outer);
                a.cue = Some(v.toks[c].span);
                a.pattern = "outer_report";
            }
        }
    }
    a.kind = if (lead_ok && tail_ok) || rq.continues {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    };
    // 9. "A judge determined that the board's handling had created a “reasonable doubt”": the
    // quote stands inside a clause that a speaker reports with a verb the indirect reader knows
    // ("determined", "note", "found"), and the reporter answers for the words quoted in it.
    if a.speaker.is_none() {
        if let Some(st) = reported_clause_around(v, sent.clone(), pi, rq) {
            a.speaker = st.speaker;
            a.cue = st.cue;
            a.pattern = "reported_clause";
            a.why = [
                "the quote stands inside a clause that “",
                st.speaker.map_or("", |np| np.span.slice(text)),
                "” reports (“",
                st.cue.map_or("", |c| c.slice(text)),
                "”)",
            ]
            .concat();
        }
    }
    if a.speaker.is_none() {
        let few_words = rq.content.slice(text).split_whitespace().nth(6).is_none();
        let sentence_like = ends_like_sentence(rq.content.slice(text));
        let speech_word = speech_word_in(v, sent.clone(), rq);
        let described = speech_word.is_some() && in_speaker_description(v, rq, out, pi, sspan);
        // "took shots at Lund (“Little Ada”)", "voters sit on their ballots (“wait it out” in
        // campaign slang)": a quote that opens a parenthesis glosses what was just named with the
        // words someone used for it. That quotes them; it holds no word at arm's length.
        let opens_aside = {
            let open = tok_at(v.toks, rq.open.start);
            open > 0 && v.w(open - 1) == "("
        };
        // "what had been called the “…”": a passive verb of naming reports the words of the
        // people who name it so, though the text does not say who they are.
        let named_by_others = passive_naming(v, &pre);
        if a.kind == QuoteKind::Partial
            && few_words
            && !sentence_like
            && !only_quotes
            && !rq.continues
            && !rq.runs_on
            && !opens_aside
            && named_by_others.is_none()
            && (speech_word.is_none() || described)
            && !listed_after_quote(text, rq, out, pi)
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
                        Some(p) => ["a word named after “", p, "”, with no speaker"].concat(),
                        None if described => "a short quoted phrase in the description of \
                                              another quote's speaker, with no reporting verb \
                                              of its own"
                            .into(),
                        None => "a short quoted phrase with no speaker or reporting verb around it"
                            .into(),
                    },
                }),
                None,
            );
        }
        a.why = match speech_word.or(named_by_others.map(|k| v.w(k))) {
            Some(w) => [
                "“",
                w,
                "” in the sentence marks speech, but no speaker the text supports",
            ]
            .concat(),
            None => "no speaker found near the quote".into(),
        };
    }
    // (A pronoun is no maker: "when it posted" is the work itself.)
    match titled {
        Some(ns)
            if a.speaker
                .is_none_or(|np| matches!(np.kind, NpKind::Pronoun(_))) =>
        {
            (Err(ns), None)
        }
        _ => (Ok(a), tail_end),
    }
}

/// The evidence of a title set off by commas after a noun ("its newsletter, “Steady Hands”,").
const SET_OFF_TITLE: &str = "a capitalised name set off by commas after a noun";

/// "starred in “Harbour Lights,” “Apollo Nine” and “Gulls of the Bay”": a capitalised name joined
/// to a title just before it by a comma, "and" or "or" is the next item of one list, which the
/// words before its first item (here "in") govern as a whole. Not after a title read off commas
/// alone: commas set off slogans being said as well ("repeat, he said, “Bread and Work,”
/// “Order,”"), which are no list of titles. Only the last span set aside is read, and the gap to it
/// is bounded: list glue is a few bytes.
fn listed_after_title(text: &str, rq: &RawQuote, out: &Attribution) -> bool {
    let Some(prev) = out.non_quotes.last() else {
        return false;
    };
    let content = rq.content.slice(text);
    if prev.why != NonQuoteReason::Title
        || prev.evidence == SET_OFF_TITLE
        || rq.close.is_none()
        || prev.content.end >= rq.open.start
        || rq.open.start - prev.content.end > 16
        || content.split_whitespace().nth(12).is_some()
        || !is_title_case(content)
    {
        return false;
    }
    list_glue(text, prev.content.end, rq)
}

/// Is the text from `from` (the end of the item before) to the quote's opening mark only what
/// joins two items of a list: a closing mark, a comma, "and" or "or", and the opening mark,
/// nothing that ends a sentence or a paragraph?
fn list_glue(text: &str, from: usize, rq: &RawQuote) -> bool {
    let Some(gap) = text.get(from..rq.open.start) else {
        return false;
    };
    let glue = |c: char| c.is_whitespace() || matches!(c, ',' | '”' | '"' | '’' | '\'' | '“' | '‘');
    let mut words = 0;
    !gap.contains('\n')
        && gap.split(glue).filter(|w| !w.is_empty()).all(|w| {
            words += 1;
            matches!(w, "and" | "or")
        })
        && words <= 1
}

/// "named “Harbour Lights,” “Gulls” and “Tidewater” as her favourites": a short quote joined to
/// a quote kept as speech just before it by a comma, "and" or "or" is the next item of one list
/// of quoted words, and is kept with it rather than set aside as a scare quote. Only the last
/// quote is read, and the gap to it is bounded: list glue is a few bytes.
fn listed_after_quote(text: &str, rq: &RawQuote, out: &Attribution, pi: usize) -> bool {
    out.quotes.last().is_some_and(|prev| {
        prev.paragraph == pi
            && prev.raw.is_some()
            && prev.content.end < rq.open.start
            && rq.open.start - prev.content.end <= 16
            && list_glue(text, prev.content.end, rq)
    })
}

/// The last token of `pre` before the article a quoted name takes ("called the “…”", "seen as a
/// “…”"), and before "as" too when `past_as`: the verbs of naming stand there. Never before
/// `pre.start`; none when `pre` ends at the text's first token.
fn past_articles(v: &View<'_>, pre: &Range<usize>, past_as: bool) -> Option<usize> {
    let mut k = pre.end.checked_sub(1)?;
    while k > pre.start && (matches!(v.lc(k), "a" | "an" | "the") || (past_as && v.lc(k) == "as")) {
        k -= 1;
    }
    Some(k)
}

/// "called “…” by Jo Hale": a verb of naming right before the quote (past "as" and an article),
/// "by" and a noun phrase right after it. The phrase and the verb's token.
fn naming_then_by(v: &View<'_>, pre: &Range<usize>, post: &Range<usize>) -> Option<(Np, usize)> {
    if post.start >= post.end {
        return None;
    }
    let k = past_articles(v, pre, true)?;
    // (A verb of naming with its object quoted and "by" after it is passive: "the emails
    // labeled “top secret” by the department". The verbs of calling `passive_naming` reads,
    // and "described", which characterises rather than names.)
    let naming = v.lex.naming_participles.contains(v.lc(k)) || v.lc(k) == "described";
    let by = post.start + usize::from(v.w(post.start) == ",");
    if !(naming && by + 1 < post.end && v.lw_is(by, "by")) {
        return None;
    }
    v.np_after(by + 1, post.end).map(|np| (np, k))
}

/// "has been called the “…”", "will informally be dubbed the “…”", "what had been labeled a
/// “…”": right before the quote (past an article), a participle of a verb of calling
/// (`naming_participles.txt`) after a form of "be", at most two adverbs between them. The
/// passive reports that others call the thing so: the quoted name is their words, not a name the
/// writer gives it ("a group called the “…”") nor a standing name ("was known as “…”"), and is
/// kept as a quote, with the agent after "by" as its speaker when there is one (4e). The
/// participle's token.
fn passive_naming(v: &View<'_>, pre: &Range<usize>) -> Option<usize> {
    let k = past_articles(v, pre, false)?;
    if k <= pre.start || !v.is_word(k) || !v.lex.naming_participles.contains(v.lc(k)) {
        return None;
    }
    let lo = pre.start.max(k.saturating_sub(3));
    let mut j = k - 1;
    while j > lo && !v.is_be(j) && v.is_adverb(j) {
        j -= 1;
    }
    v.is_be(j).then_some(k)
}

/// "seen by organisers as a “…”": right before the quote, "as" (and an article), after a
/// participle (a lower-case word in "-ed", "-en" or "-wn"), "by" and a noun phrase that fills the
/// words up to "as". The phrase and the participle's token. At most `AGENT_REACH` tokens back.
fn agent_before_as(v: &View<'_>, pre: &Range<usize>) -> Option<(Np, usize)> {
    const AGENT_REACH: usize = 8;
    let k = past_articles(v, pre, false)?;
    if !v.lw_is(k, "as") {
        return None;
    }
    let lo = pre.start.max(k.saturating_sub(AGENT_REACH)) + 1;
    let by = (lo..k.saturating_sub(1))
        .rev()
        .find(|&j| v.lw_is(j, "by"))?;
    let verb = by - 1;
    let l = v.lc(verb);
    let participle = v.is_word(verb)
        && !v.cap(verb)
        && l.len() > 3
        && (l.ends_with("ed") || l.ends_with("en") || l.ends_with("wn"));
    if !participle {
        return None;
    }
    let np = v.np_after(by + 1, k)?;
    (np.span.end == v.toks[k - 1].span.end).then_some((np, verb))
}

/// "a memo titled “…”", "the ad, entitled “…”": the words right before the quote give a work
/// its title.
fn given_title(v: &View<'_>, pre: &Range<usize>) -> bool {
    let mut k = pre.end;
    while k > pre.start && matches!(v.w(k - 1), "," | ":") {
        k -= 1;
    }
    k > pre.start && matches!(v.lc(k - 1), "titled" | "entitled")
}

/// The statement the indirect reader finds in the sentence whose reported clause holds the
/// quote, marks and all, when it names a speaker. Only a sentence of at most `WINDOW` tokens on
/// each side of the quote is read, so that each quote costs a bounded amount of work.
fn reported_clause_around(
    v: &View<'_>,
    sent: Range<usize>,
    pi: usize,
    rq: &RawQuote,
) -> Option<Attributed> {
    if sent.len() > 2 * WINDOW {
        return None;
    }
    // Only for the sentence's one quote: of several, the speaker another names is shared
    // later (`share_in_sentence`), and the reader would read the others' words as its own.
    let sspan = v.span(sent.clone());
    let first = v.quoted.partition_point(|q| q.open.start < sspan.start);
    let past = v.quoted.partition_point(|q| q.open.start < sspan.end);
    if past.saturating_sub(first) != 1 {
        return None;
    }
    // A question reports nothing ("Why would any rational person believe the “…”?").
    if sent.end > sent.start && v.w(sent.end - 1) == "?" {
        return None;
    }
    let inside = Span::new(rq.open.start, rq.close.map_or(rq.content.end, |c| c.end));
    let outside = |s: Span| s.end <= inside.start || s.start >= inside.end;
    // A possessor is no subject: "discounted Ledo's claims" has a noun, not a verb, of saying.
    let possessor = |np: Np| {
        let w = np.span.slice(v.text);
        strip_possessive(w).len() != w.len()
    };
    v.with_statements(sent, pi, |found| {
        found
            .iter()
            .find(|st| {
                st.speaker
                    .is_some_and(|np| outside(np.span) && !possessor(np))
                    && st.cue.is_some_and(outside)
                    && st.content.start < inside.start
                    && inside.end <= st.content.end
            })
            .cloned()
    })
}

/// How many tokens after a quote a word of saying may stand and still mark it as speech: "“…”
/// were her words", "“…,” came the reply". One further on belongs to another clause, which says
/// nothing of the quoted words: "a “drought” rate, and a former official said the pumps …".
const SPEECH_WORD_AFTER: usize = 8;

/// A reporting verb or speech noun in the sentence outside the quote, or a verb of talking or
/// characterising right before it ("spoke about “…”", `talked_of_or_cast_as`), if any.
/// Only the `WINDOW` tokens before the quote and the `SPEECH_WORD_AFTER` after it are read, so a
/// sentence of thousands of quotes costs linear time.
fn speech_word_in<'t>(v: &View<'t>, sent: Range<usize>, rq: &RawQuote) -> Option<&'t str> {
    let inside = Span::new(rq.open.start, rq.close.map_or(rq.content.end, |c| c.end));
    let lo = sent
        .start
        .max(tok_at(v.toks, inside.start).saturating_sub(WINDOW));
    let hi = sent.end.min(tok_at(v.toks, inside.end) + SPEECH_WORD_AFTER);
    // Words inside a markup tag ("<post author=… date=…>") name no verb or noun of the sentence:
    // an embedded post's tag says nothing about the quotes around it. The window may open inside
    // a tag; then its words count, as before the tag was known.
    let mut in_tag = false;
    (lo..hi)
        .filter(|&i| {
            // (Compared as bytes: `w` slices every token of the window, checking char bounds.)
            v.read();
            match tok_bytes(v.text, &v.toks[i]) {
                // A tag's "<" touches its name or "/": "a < b" and "<3" open no tag.
                b"<" => {
                    in_tag = v.toks.get(i + 1).is_some_and(|t| {
                        t.span.start == v.toks[i].span.end
                            && v.text[t.span.start..]
                                .starts_with(|c: char| c.is_alphabetic() || c == '/')
                    })
                }
                b">" => in_tag = false,
                _ => {}
            }
            !in_tag && v.is_word(i) && !inside.contains(v.toks[i].span)
        })
        .find(|&i| {
            // A verb read as a noun ("the states", "Ada's claims") and a word of a name ("the
            // United States", "the Harbour Report") say nothing.
            let l = v.lc(i);
            (v.lex.cue_verbs.contains(l) && v.is_cue(i))
                || (v.lex.speech_nouns.contains(l) && !v.in_capitalised_name(i))
        })
        .map(|i| v.w(i))
        .or_else(|| talked_of_or_cast_as(v, sent, tok_at(v.toks, rq.open.start)).map(|k| v.w(k)))
}

/// "“…,” said Ada Lund, one of the original “harbour four”": does the quote stand in a relative
/// clause or an apposition that describes the speaker of the quote before it in the sentence
/// (a comma after that quote's tag, then "who", "whose", "which", an article, "one" or an age),
/// with no word of saying or thinking of its own? The reporter describes the speaker there, and
/// the tag's "said" speaks for the quote before it only. "…, who added that it was “…”" and "…,
/// urging them to “…”" keep the quote. Reads at most the thirty tokens back to the tag.
fn in_speaker_description(
    v: &View<'_>,
    rq: &RawQuote,
    out: &Attribution,
    pi: usize,
    sspan: Span,
) -> bool {
    let Some(prev) = out
        .quotes
        .last()
        .filter(|p| p.paragraph == pi && p.sentence == sspan)
    else {
        return false;
    };
    let (Some(sp), Some(cue)) = (prev.speaker, prev.cue) else {
        return false;
    };
    // The tag follows the quote before, and this quote follows the tag.
    let tag_end = sp.span.end.max(cue.end);
    if prev.content.end > sp.span.start.min(cue.start) || tag_end > rq.open.start {
        return false;
    }
    let from = tok_at(v.toks, tag_end);
    let to = tok_at(v.toks, rq.open.start);
    if to <= from || to - from > 30 {
        return false;
    }
    let Some(comma) = (from..to).take(8).find(|&k| v.w(k) == ",") else {
        return false;
    };
    let opener = comma + 1;
    let lex = v.lex;
    opener < to
        && (matches!(
            v.lc(opener),
            "who" | "whose" | "which" | "a" | "an" | "the" | "one"
        ) || v.w(opener).bytes().all(|b| b.is_ascii_digit()))
        && !(opener..to).any(|k| {
            let w = v.lc(k);
            v.is_word(k)
                && (lex.cue_verbs.contains(w)
                    || lex.indirect_cues.contains(w)
                    || lex.belief_cues.contains(w)
                    || lex.speech_nouns.contains(w))
        })
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
/// Is the lead's cue a noun of saying ("delivered a message: “…”"), not a verb?
fn noun_cue(v: &View<'_>, cue: Option<Span>) -> bool {
    cue.is_some_and(|c| {
        v.lex
            .speech_nouns
            .contains(c.slice(v.text).to_lowercase().as_str())
    })
}

fn set_lead(a: &mut Attributed, v: &View<'_>, np: Np, cue: Option<Span>, pattern: &'static str) {
    a.speaker = Some(np);
    a.cue = cue;
    a.pattern = pattern;
    a.why = [
        "“",
        np.span.slice(v.text),
        "” introduces the quote",
        if pattern == "colon_label" {
            " as a label before a colon"
        } else if noun_cue(v, cue) {
            " with a noun of saying before a colon"
        } else if cue.is_some() {
            " with a reporting verb"
        } else {
            " with a colon"
        },
    ]
    .concat();
}

pub(crate) fn ends_like_sentence(s: &str) -> bool {
    let t = s.trim_end();
    // Three words or more: the count stops at the third (the quote may be a long one).
    t.ends_with(['.', '!', '?', ',', '…']) && t.split_whitespace().nth(2).is_some()
}

/// "“…,” a documentary about …", "“…”, an album by …": right after a quote, an article, at most
/// two lower-case words, and a work's noun (the lexicon's `work` entries) that heads its phrase:
/// what follows it is no noun ("a campaign spokesman said" is a person, not a campaign). The
/// noun's token.
fn work_apposition(v: &View<'_>, post: &Range<usize>) -> Option<usize> {
    let mut k = post.start;
    if k < post.end && v.w(k) == "," {
        k += 1;
    }
    if k >= post.end || !matches!(v.lc(k), "a" | "an") {
        return None;
    }
    (k + 1..post.end.min(k + 4))
        .take_while(|&j| v.is_word(j) && !v.cap(j))
        .find(|&j| {
            let w = v.lc(j);
            let heads = j + 1 >= post.end
                || !v.is_word(j + 1)
                || PREPOSITIONS.contains(&v.lc(j + 1))
                || matches!(v.lc(j + 1), "that" | "which" | "whose");
            heads && is_work_noun(v, w)
        })
}

/// Is `w` (lowercase) a noun that names a work or a scheme (the lexicon's `work` entries:
/// "programme", "documentary", "album", …)?
fn is_work_noun(v: &View<'_>, w: &str) -> bool {
    v.lex.nonspeech_index.work.contains(w)
}

/// Titles of works, terms and nicknames: spans the words around the marks say are not speech.
fn not_speech_cue(
    v: &View<'_>,
    rq: &RawQuote,
    pre: &Range<usize>,
    post: &Range<usize>,
) -> Option<NotSpeech> {
    let text = v.text;
    let content = rq.content.slice(text);
    let ns = |why, evidence: String| {
        Some(NotSpeech {
            content: rq.content,
            why,
            evidence,
        })
    };
    // `<note date="May 2\n">Text …`: a line break inside an attribute's value splits the tag
    // across paragraphs, and the value's closing mark, read as an opener, "quotes" the tag's `>`
    // and the element's text after it. Speech never opens with `>`.
    if content.starts_with('>') {
        return ns(
            NonQuoteReason::Term,
            "opens with “>”, the end of a markup tag".into(),
        );
    }
    // "“Hamilton to play Chicago,” by the Courier’s Ana Pell: …": a comma, "by" and a
    // capitalised name right after the closing mark cite a piece by its headline and byline.
    // The byline is names alone up to its end ("by Meridian’s Gordon Vail:"); "“…,” by Lund last
    // week" goes on as a sentence. (The cheap tests first: this is asked of every quote.)
    let comma_after = post.start < post.end && v.w(post.start) == ",";
    let by = post.start + usize::from(comma_after);
    if rq.close.is_some()
        && by + 1 < post.end
        && v.lw_is(by, "by")
        && (comma_after || content.trim_end().ends_with(','))
        && content.split_whitespace().nth(20).is_none()
    {
        let names = by + 1 + usize::from(v.lw_is(by + 1, "the"));
        let byline_end = (names..post.end)
            .find(|&k| !(v.cap(k) || matches!(v.w(k), "'" | "’" | ".")))
            .unwrap_or(post.end);
        if byline_end >= names + 2
            && (byline_end == post.end || matches!(v.w(byline_end), ":" | "," | "(" | "-" | "—"))
        {
            return ns(
                NonQuoteReason::Title,
                [
                    "“",
                    v.w(by),
                    "” right after the quote: a headline and its byline",
                ]
                .concat(),
            );
        }
    }
    // "“Comet Road” star Zoe Sandell", "“Late Desk” host Trevor Nash": a short capitalised name,
    // with no punctuation of speech at its end, right before a noun for a work's maker is the
    // work's title.
    if rq.close.is_some()
        && post.start < post.end
        && !content.trim_end().ends_with([',', '.', '!', '?', '…'])
        && content.split_whitespace().nth(6).is_none()
        && is_title_case(content)
    {
        let next = v.lc(post.start);
        if v.lex.nonspeech_index.maker.contains_key(next) {
            return ns(
                NonQuoteReason::Title,
                ["followed by “", next, "”: a work named by its maker"].concat(),
            );
        }
    }
    // "“No Tolls on the Ferry” (2009)": a year in parentheses right after the closing mark
    // dates a poster, a slogan or a work being cited, as lists and captions of them do.
    if rq.close.is_some()
        && post.start + 3 <= post.end
        && v.w(post.start) == "("
        && v.w(post.start + 2) == ")"
        && is_year(v.w(post.start + 1))
    {
        return ns(
            NonQuoteReason::Title,
            "followed by a year in parentheses: a dated work or slogan".into(),
        );
    }
    if pre.is_empty() {
        return None;
    }
    // How many words, as far as the tests below count (none asks past twelve): a quote may be
    // long, and this is asked of every quote with words before it.
    let words = content.split_whitespace().take(13).count();
    // "has been called the “…”", "called the “…” by its fans": a name others call the thing,
    // in a passive or with its agent, is their words, no nickname or term.
    let others_name = || passive_naming(v, pre).is_some() || naming_then_by(v, pre, post).is_some();
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
    // "the star of television’s “Scandal”", "host of KTV’s “Day Break”": a possessive may stand
    // between a maker's "of" and the work.
    // So may an article: "the authors of the “…”".
    let of_at = if lw == "of" {
        Some(last_word)
    } else {
        (last_word > pre.start
            && (lw.ends_with("’s") || lw.ends_with("'s") || matches!(lw, "the" | "a" | "an"))
            && v.lc(last_word - 1) == "of")
            .then(|| last_word - 1)
    };
    // The first entry of the list that holds, of three kinds: looked up by the word each needs.
    let index = &v.lex.nonspeech_index;
    // A work is named right after its noun: "the novel “The Salt Road”"; "called the show “the
    // news show of record.”" is a judgement of it, in lower case. Or after its maker's noun and
    // "of".
    let title = index.title.get(lw);
    // (A plural maker too: "the authors of", "former hosts of".)
    let maker = of_at.filter(|&of| of > pre.start).and_then(|of| {
        let noun = v.lc(of - 1);
        (index.maker.get(noun)).or_else(|| index.maker.get(noun.strip_suffix('s')?))
    });
    let named = (title.is_some() || maker.is_some())
        && words <= 12
        && (words <= 3 || is_title_case(content));
    let (title, maker) = if named { (title, maker) } else { (None, None) };
    let preceding = index.preceding.iter().find(|&&k| {
        let phrase = v.lex.nonspeech[k].0.as_str();
        before.ends_with(phrase)
            && before[..before.len() - phrase.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    });
    if let Some(&k) = [title, maker, preceding].into_iter().flatten().min() {
        let (phrase, why) = &v.lex.nonspeech[k];
        let reason = match why.as_str() {
            "title" | "maker" => NonQuoteReason::Title,
            "nickname" => NonQuoteReason::Nickname,
            _ => NonQuoteReason::Term,
        };
        let cue = if why == "maker" {
            [phrase, " of"].concat()
        } else {
            phrase.clone()
        };
        return ns(reason, ["preceded by “", &cue, "”"].concat());
    }
    // "known (locally) as (a) “…”": a name being given, not words being said.
    let back: Vec<&str> = (pre.start.max(pre.end.saturating_sub(7))..pre.end)
        .map(|k| v.lc(k))
        .collect();
    if let Some(as_pos) = back.iter().rposition(|w| *w == "as") {
        let after_as_ok = back[as_pos + 1..]
            .iter()
            .all(|w| matches!(&**w, "a" | "an" | "the"));
        // ("known by some voters as “…”" has an agent who names it: 4e' reads it.)
        let known = back[..as_pos].iter().rposition(|w| *w == "known");
        if after_as_ok && known.is_some_and(|k| !back[k..as_pos].contains(&"by")) {
            return ns(
                NonQuoteReason::Term,
                "a name introduced by “known as”".into(),
            );
        }
    }
    if words <= 12 && is_title_case(content) {
        // “Every Drop” programme / the “Better Journeys” campaign.
        if post.start < post.end && words <= 8 {
            let next = v.lc(post.start);
            if is_work_noun(v, next) {
                return ns(
                    NonQuoteReason::Title,
                    ["a capitalised name before “", next, "”"].concat(),
                );
            }
        }
        // "“Crashing the Gate,” a documentary about …": an apposition whose head is a work's
        // noun names what the quoted words are the title of.
        if let Some(head) = (words <= 8).then(|| work_apposition(v, post)).flatten() {
            return ns(
                NonQuoteReason::Title,
                ["a capitalised name followed by “a ", v.w(head), "”"].concat(),
            );
        }
        // A name set off by commas after a noun: "its newsletter, “Steady Hands”, …", "The
        // study, “A Two-Dose Vaccine Against Malaria in Children Under Five”, enrolled …" or
        // given by a naming verb: "a programme called “Every Drop”".
        if v.w(pre.end - 1) == "," && pre.end >= 2 + pre.start {
            let noun = pre.end - 2;
            // (A title is one phrase: "with, “Why now? That was …”" quotes two sentences.)
            let one_phrase = !content
                .trim_end()
                .trim_end_matches(['.', '?', '!'])
                .contains(['.', '?', '!']);
            // (A noun for a wording is not a work's: "the party's old slogan, “Work Pays.”"
            // quotes the slogan's words.)
            if v.is_word(noun)
                && !v.cap(noun)
                && !v.is_cue(noun)
                && !adverbial_before_comma(v, pre.start, noun)
                && !PREPOSITIONS.contains(&v.lc(noun))
                && !index.wording.contains(v.lc(noun))
                && one_phrase
            {
                return ns(NonQuoteReason::Title, SET_OFF_TITLE.into());
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
        if after_naming && words <= 5 && !others_name() {
            return ns(
                NonQuoteReason::Nickname,
                ["a capitalised name after “", lw, "”"].concat(),
            );
        }
    }
    // A programme or publication named after "on"/"in": "said on “Morning Report.”", also with
    // its owner between: "on WBX’s “Good Morning Westport”".
    // The possessive may be a token of its own: "KTV" "’s".
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
    // A broadcaster's programme: "told HBN’s “Today”", "host of KTV’s “Morning Desk”", "on
    // the network’s “Morning Docks”" (a noun for a broadcaster, whatever stands before it).
    let broadcaster = possessed
        && (crate::speakers::is_acronym(owner)
            || crate::lexicon::with_lower(owner, |o| index.outlet.contains(o)));
    if (matches!(lw, "on" | "in" | "with" | "for" | "told") || owner_between || broadcaster)
        && words <= 6
        && (is_title_case(content) || short_words_capitalised(content))
    {
        return ns(
            NonQuoteReason::Title,
            ["a capitalised name after “", lw, "”"].concat(),
        );
    }
    // Every word capitalised, short ones too ("A Heck Of A Lot Worse Than Last Year"): a
    // headline or title being cited; speech does not capitalise "of" and "a".
    if (4..=12).contains(&words) && is_headline_case(content) {
        return ns(
            NonQuoteReason::Title,
            "every word capitalised, as in a title or headline".into(),
        );
    }
    // Nickname between two parts of a name: Thomas “Tommy Gun” Reyes, C.J. “Butch” Oller. A
    // nickname is a name, capitalised (Ivo “the Anvil” Marsh too): "calling Pell “a paper
    // tiger,” Ruiz said" quotes words between an object and a speaker.
    let initial =
        |k: usize| k > pre.start && v.w(k) == "." && v.cap(k - 1) && v.w(k - 1).len() <= 3;
    let capitalised = bare_words(content)
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase)
        || is_title_case(content);
    if words <= 4
        && capitalised
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

/// "repeat, 10,000 times, “Bread and Work,”", "said again, “…”": a word before a comma that says
/// how often or how (an adverb, "twice", a count and "times") is no noun the quote could name,
/// and nor is a word that comments on what follows: "“Order,” “Thrift” and, yes, “Sanity.”"
/// goes on a list of quoted words.
fn adverbial_before_comma(v: &View<'_>, from: usize, k: usize) -> bool {
    let counted = |j: usize| {
        v.w(j).starts_with(|c: char| c.is_ascii_digit()) || v.lex.numbers.contains(v.lc(j))
    };
    v.is_adverb(k)
        || counted(k)
        || k > from && v.lc(k) == "times" && counted(k - 1)
        || matches!(v.lc(k), "yes" | "indeed" | "alas")
}

/// A year written in figures, 1800 to 2099 ("1984", "2009").
fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && matches!(&w[..2], "18" | "19" | "20")
}

/// Does some "''" open words ("''Like this,''")? One pass over the text, once per document.
fn opens_with_two_apostrophes(text: &str) -> bool {
    text.match_indices("''").any(|(i, _)| {
        text[i + 2..]
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
    })
}

/// Every word starts with a capital, function words included, and some are function words
/// ("Lose Safety? Lose Work?" is not; "A Heck Of A Lot Worse" is).
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

/// Three words or more and no lower-case letter ("2. FOR FARMERS, A LONG WINTER"): how headlines
/// and subheadings shout, and how no sentence of an article's body is written.
fn in_capitals(s: &str) -> bool {
    !s.chars().any(char::is_lowercase)
        && bare_words(s)
            .filter(|w| w.chars().any(char::is_alphabetic))
            .nth(2)
            .is_some()
}

/// Two words or more, each capitalised and shorter than four letters ("Our Bay", "Up To Us"): the
/// title case that `is_title_case` cannot see, having no long word to read. Kept to the names after
/// "on", "in" and a broadcaster's possessive: "called “The Old Way”" is often someone's words.
fn short_words_capitalised(s: &str) -> bool {
    let mut n = 0;
    bare_words(s).all(|w| {
        n += 1;
        w.chars().count() < 4 && w.chars().next().is_some_and(char::is_uppercase)
    }) && n >= 2
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

/// The longest run of tokens a speaker phrase is read over: adverbs and auxiliaries before a cue,
/// the words of a name, an apposition. Real ones are a few tokens; without a bound, a sentence of
/// many quotes after a long run of adverbs or capitalised words read the run again for every quote.
const MAX_RUN: usize = 24;

/// How many cues (or "according") `sentence_cue` tries on each side of a quote. News sentences
/// have a handful; the bound only matters for pathological text, where trying every cue of the
/// sentence for every quote was quadratic.
const MAX_CUE_CANDIDATES: usize = 32;

/// The colon that closes a transcript label whose name ends at `end`: right after it, or after
/// the bracketed constituency of a parliament's record ("Ms Lund (Tollan Cove):"), which
/// `transcript_label` has seen end in a colon within a few tokens.
fn label_colon(text: &str, end: usize) -> Span {
    let at = text[end..].find(':').map_or(end, |c| end + c);
    Span::new(at, at + 1)
}
