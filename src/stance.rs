//! Stance: is a quote neutral, conciliatory or critical toward the party it addresses?
//!
//! The classifier reads the quote's own words, the reporter's sentence around a partial or indirect
//! quote, and the reporting verb ("accused" and "welcomed" carry stance, "said" does not). One
//! pass over each of those regions, one trie walk from each word start, finds every lexicon entry (word-boundary checked,
//! longest match first); operators ("not", "refused to", "rejected", "but", "strongly") then flip,
//! cancel or scale the terms within their scope, and the signed sum is normalised like VADER's
//! compound score. Every term or operator that moved the score is returned as [`Evidence`] with its
//! byte span, final weight and the reason, so a fact-checker can see why a quote got its label.
//!
//! The lexicons are data files under `src/lexicon/` (see `docs/STANCE.md`): `stance_terms.txt`
//! and `stance_operators.txt` were written for quotecheck; `vader_lexicon.txt` is VADER's MIT-licensed
//! sentiment lexicon, used at a reduced weight (sentiment is not stance) and by [`baseline`].

use std::cell::RefCell;

use serde::{Deserialize, Serialize};

use crate::span::{Positions, Span};
use crate::swar::{at_least, bytes_equal, eight_bytes, HIGH};
use crate::work::{self, Stage};

#[cfg(test)]
mod pack;
mod table;
pub mod vader;

use table::{round4, Entry, Kind, Origin, Trie};

/// The three stance labels (see `../shared/stance/README.md` for what they mean).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StanceLabel {
    /// Facts, plans, procedure, figures.
    Neutral,
    /// Cooperation, agreement, praise, thanks, de-escalation, dialogue, reassurance.
    Conciliatory,
    /// Criticism, accusation, condemnation, rejection, threats, warnings, demands, alarm.
    Critical,
}

impl StanceLabel {
    /// The label's name as written in JSON (`neutral`, `conciliatory`, `critical`).
    pub fn as_str(self) -> &'static str {
        match self {
            StanceLabel::Neutral => "neutral",
            StanceLabel::Conciliatory => "conciliatory",
            StanceLabel::Critical => "critical",
        }
    }

    /// The label of a signed score in -1 ..= 1, cut at ±`threshold`.
    pub fn from_score(score: f64, threshold: f64) -> StanceLabel {
        if score >= threshold {
            StanceLabel::Conciliatory
        } else if score <= -threshold {
            StanceLabel::Critical
        } else {
            StanceLabel::Neutral
        }
    }
}

/// One piece of evidence that moved the stance score.
///
/// Invariant: `start..end` is a byte range on char boundaries of the text the stance was computed
/// from, `char_start..char_end` is the same range counted in chars of that text, and `text` is
/// exactly that slice. The text the stance was computed from is [`StanceInput::text`] for
/// [`classify`] and [`classify_with`], and the sentence for [`classify_sentence`] and
/// [`classify_toward`]. In the output that is: for a quote's stance in `extract`, the whole
/// document as analysed (the file as read, BOM and CRLF included, or a JSON Lines record's `text`),
/// the same text the quote's own offsets index; in `quotecheck stance`, the line without its line
/// ending (or the JSON Lines record's `text`), which the output record repeats as `text`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The words that fired.
    pub text: String,
    /// Byte offset into the text the stance was computed from.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `start` in chars.
    pub char_start: usize,
    /// `end` in chars.
    pub char_end: usize,
    /// Signed weight: positive is conciliatory, negative critical.
    pub weight: f64,
    /// Why it counts (lexicon entry, negation, contrast, reporting verb).
    pub why: String,
}

/// A stance with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stance {
    /// The label.
    pub label: StanceLabel,
    /// Signed score: > 0 conciliatory, < 0 critical.
    pub score: f64,
    /// What produced the score.
    pub evidence: Vec<Evidence>,
}

/// What the classifier reads for one quote.
#[derive(Debug, Clone, Copy)]
pub struct StanceInput<'a> {
    /// The whole document text; every span below indexes into it.
    pub text: &'a str,
    /// The quote's own words.
    pub own: Span,
    /// The reporter's sentence around a partial or indirect quote, if any.
    pub context: Option<Span>,
    /// The reporting cue, if any.
    pub cue: Option<Span>,
    /// Also read the reporter's short sentence before the quote's own sentence ([`lead_in`]) at
    /// [`LEAD_IN`]: `extract` sets it for direct and partial quotes ("Officials were less upbeat.
    /// Two officials said the summit had produced “a mood, not a map.”"), not for indirect ones.
    pub lead_in: bool,
    /// The rest of a direct quote's sentence when a speech tag interrupts it (“We asked for a
    /// crossing,” said Ada Lund, “and we are still asking.”), read as the quote's own words.
    /// `extract` sets it only when the quote's words carry no stance of their own.
    pub rest: Option<Span>,
    /// The speaker's own mention ("the anti-corruption office", "her partner"): its words name
    /// who speaks, not what they think of anyone, and are not read.
    pub speaker: Option<Span>,
}

/// Scores at or beyond ± this (after normalisation to -1 ..= 1) are conciliatory or critical.
/// A single mild term (weight ±0.6 or more) is enough to leave neutral.
pub const THRESHOLD: f64 = 0.15;

/// A negated conciliatory term becomes critical at this factor ("not helpful").
const FLIP: f64 = -0.8;

/// A negated comparative ("never been prouder") counts this much, unflipped.
const SUPERLATIVE: f64 = 1.3;

/// How many stance items on each side of a "but" it can scale. Sentences have a handful; the bound
/// keeps a sentence of thousands of "but"s linear.
const BUT_REACH: usize = 24;

/// Contrast: before "but" counts this much, after it [`AFTER_BUT`].
const BEFORE_BUT: f64 = 0.5;
const AFTER_BUT: f64 = 1.5;

/// A "but" that nothing with a stance follows is a reservation of this weight ("We welcome the
/// offer, but families will judge it by results").
const RESERVATION: f64 = -1.0;

/// A concessive clause ("although …", "despite …") counts this much.
const CONCEDED: f64 = 0.5;

/// "If they can find money for a stadium, they can find money for the clinic": the means exist,
/// so what is not done is charged as a choice ([`means_argument`]). The weight of the "if".
const MEANS_ARGUMENT: f64 = -1.5;

/// "Words on a website will not fix the potholes": words, promises or speeches as the subject of
/// what they will not do are dismissed as no substitute for deeds ([`words_without_deeds`]). The
/// weight of the negation.
const WORDS_NOT_DEEDS: f64 = -1.5;

/// The weight of a denial of the speaker's side's worth, "they told us we did not matter": a
/// grievance against whoever denies it ([`denied_worth`]), as strong as "blame".
const DENIED_WORTH: f64 = -2.0;

/// The weight of doubt of words heard before, "we have heard ‘no plans’ before" ([`heard_before`]):
/// as "heard that before" in the lexicon, which names only "that", "this" and "it".
const HEARD_BEFORE: f64 = -1.5;

/// Classify one quote. Evidence spans index into `input.text`.
///
/// With `lead_in`, the quote (or, when `context` holds it, its sentence) is read with the
/// reporter's sentence that introduces it in its paragraph, if there is one ([`lead_in`]), at
/// [`LEAD_IN`] of its weight.
///
/// The evidence's char offsets need an index of the whole text, which this builds in one pass
/// over it. To classify many quotes of one text, build the index once and call [`classify_with`]:
/// a pass over the document for each quote would make the document's cost quadratic.
pub fn classify(input: &StanceInput<'_>) -> Stance {
    classify_with(input, &Positions::new(input.text))
}

/// [`classify`], with `pos` the char index of `input.text` (`Positions::new(input.text)`, built
/// once for all the quotes of a text): the evidence's char offsets are read from it.
pub fn classify_with(input: &StanceInput<'_>, pos: &Positions) -> Stance {
    let m = Matcher::get();
    let text = input.text;
    // (region, scale): the quote and its sentence count fully, a lead-in sentence at LEAD_IN.
    let mut regions: [Option<(Span, f64)>; 5] = [None; 5];
    match input.context {
        Some(c) if c.contains(input.own) => {
            regions[0] = Some((c, 1.0));
            // The sentence right before the quote's own: a short look back (many partial quotes
            // share one sentence, and each must not re-read a long window).
            if input.lead_in {
                regions[3] =
                    lead_in_within(text, Span::new(c.start, c.start), PARTIAL_LEAD_IN_WINDOW)
                        .filter(|&l| !about_another(text, l, c, input.cue, input.own))
                        .map(|l| (l, LEAD_IN));
            }
        }
        Some(c) => {
            regions[0] = Some((c, 1.0));
            regions[1] = Some((input.own, 1.0));
        }
        None => {
            regions[0] = Some((input.own, 1.0));
            if input.lead_in {
                regions[3] = lead_in(text, input.own).map(|l| (l, LEAD_IN));
            }
            regions[4] = input.rest.map(|r| (r, 1.0));
        }
    }
    if let Some(cue) = input.cue {
        if !regions.iter().flatten().any(|(r, _)| r.contains(cue)) {
            regions[2] = Some((cue, 1.0));
        }
    }
    // Around a partial or indirect quote, only this project's lexicons are read in the reporter's
    // words, as in a lead-in: VADER's words there are mostly facts ("weeks before the fund
    // collapsed", "described the drop as"); inside the quote they count as everywhere.
    let reporter_around = matches!(input.context, Some(c) if c.contains(input.own));
    thread_local! {
        static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
    }
    let mut raw = 0.0;
    let mut evidence = Vec::new();
    SCRATCH.with_borrow_mut(|scratch| {
        for (k, r) in regions.into_iter().enumerate() {
            let Some((region, scale)) = r else {
                continue;
            };
            if valid(text, region) {
                // Normalising and matching are single passes over the region.
                work::add(Stage::Stance, region.len() as u64);
                let r = Region {
                    span: region,
                    scale,
                    vader_within: (k == 0 && reporter_around).then_some(input.own),
                    rest: k == 4,
                    speaker: input.speaker,
                };
                // The first region (the quote, or the sentence around it) is kept between calls:
                // the partial and indirect quotes of one sentence all read that sentence. The
                // reporting verb has a copy of its own, so that it does not push out a lead-in
                // that the next quote of the paragraph reads again.
                let slot = match k {
                    0 => Slot::First,
                    2 => Slot::Cue,
                    _ => Slot::Other,
                };
                raw += m.score_region(text, r, input.cue, slot, scratch, &mut evidence);
            }
        }
    });
    evidence.sort_by_key(|e| (e.start, e.end));
    // In text order, each offset is counted from the one before (evidence lies close together).
    let mut cur = pos.cursor(text);
    for e in &mut evidence {
        (e.char_start, e.char_end) = cur.char_range(Span::new(e.start, e.end));
    }
    let score = vader::normalize(raw);
    Stance {
        label: StanceLabel::from_score(score, THRESHOLD),
        score: round4(score),
        evidence,
    }
}

/// One region [`classify`] reads.
#[derive(Clone, Copy)]
struct Region {
    span: Span,
    /// 1, or [`LEAD_IN`] for a lead-in.
    scale: f64,
    /// VADER's words count only inside this span (and in the reporting verb), when set: the
    /// quote's own words within the reporter's sentence around it.
    vader_within: Option<Span>,
    /// The rest of the quote's sentence after a speech tag ([`StanceInput::rest`]).
    rest: bool,
    /// The speaker's mention ([`StanceInput::speaker`]): no word in it is read.
    speaker: Option<Span>,
}

/// The reporter's lead-in to a direct quote counts this much: "Sarro dismissed the criticism.
/// “…,” he said." or "The opposition was scathing. “…”" frame the quote, but they are the
/// reporter's words, and a quote's own words must be able to outweigh them.
pub const LEAD_IN: f64 = 0.5;

/// How far back [`lead_in`] looks, in bytes, and how long a lead-in may be: a framing sentence is
/// short, and a long paragraph must not be re-read for every quote in it.
const LEAD_IN_WINDOW: usize = 1_000;
const LEAD_IN_MAX: usize = 300;
const LEAD_IN_WORDS: usize = 10;
/// How far back the lead-in of a partial quote's sentence is looked for: the sentence right
/// before it, which is at most [`LEAD_IN_MAX`] bytes.
const PARTIAL_LEAD_IN_WINDOW: usize = LEAD_IN_MAX + 16;

/// The reporter's sentence that introduces the quote at `own`: the last whole sentence before the
/// quote, on the same line (paragraph), that has no quotation mark in it. Sentences that carry
/// other quotes are skipped ("Achebe rejected that. ‘…’, she said. ‘…’" gives "Achebe rejected
/// that." for both quotes); the unfinished sentence the quote opens in ("X said: “…”") is not a
/// lead-in, its reporting verb is read as the cue. `None` when there is none, or it is longer than
/// a framing sentence usually is.
pub fn lead_in(text: &str, own: Span) -> Option<Span> {
    lead_in_within(text, own, LEAD_IN_WINDOW)
}

/// [`lead_in`], looking back at most `window` bytes.
fn lead_in_within(text: &str, own: Span, window: usize) -> Option<Span> {
    if own.start > text.len() || !text.is_char_boundary(own.start) {
        return None;
    }
    let from = window_start(text, own.start, window);
    let window = &text[from..own.start];
    // At most the window is read, a few times over for runs of marks: count it once.
    work::add(Stage::Stance, window.len() as u64);
    let line = window.rfind('\n').map_or(0, |i| i + 1);
    let para = &window[line..];
    // Walk the whole sentences backward, from the last one that ends before the quote; the text
    // after that end is the start of the quote's own sentence.
    let mut end = sentence_end_before(para, para.len())?;
    // When the window starts inside a line, its first "sentence" may be the tail of a longer one.
    let cut = from > 0 && line == 0;
    loop {
        let start = sentence_end_before(para, end).unwrap_or(0);
        if start == 0 && cut {
            return None;
        }
        let s = &para[start..end];
        let trimmed = s.trim_start();
        if !trimmed.is_empty() && !has_quote_mark(trimmed) {
            if !trimmed.chars().any(char::is_alphabetic) || trimmed.len() > LEAD_IN_MAX {
                return None;
            }
            let abs = from + line + start + (s.len() - trimmed.len());
            let skip = framing_start(trimmed)?;
            return Some(Span::new(abs + skip, from + line + end));
        }
        if start == 0 {
            return None;
        }
        end = start;
    }
}

/// Is the lead-in `lead` about another party than the speaker the quote's own sentence `sentence`
/// names before its reporting verb `cue`? "Fesk declined to answer questions. A spokeswoman said
/// it would “cooperate fully”": the refusal is Fesk's, and the spokeswoman's words carry their own
/// frame. A subject that refers back ("he said", "Its chief said") or shares a word with the
/// lead-in ("Officials were less upbeat. Two officials said …") is the same party, and the
/// lead-in frames it. Without a named subject before the cue there is nothing to tell.
fn about_another(text: &str, lead: Span, sentence: Span, cue: Option<Span>, own: Span) -> bool {
    let Some(cue) = cue.filter(|k| k.start >= sentence.start && k.end <= own.start) else {
        return false;
    };
    if !valid(text, Span::new(lead.start, sentence.start)) || !text.is_char_boundary(cue.start) {
        return false;
    }
    let lex = crate::lexicon::Lexicon::get();
    // The subject before the cue: at most `FRAME_BYTES` bytes of it, so that many partial
    // quotes in one long sentence do not each read the sentence from its start.
    const FRAME_BYTES: usize = 160;
    let from = text.floor_char_boundary(sentence.start.max(cue.start.saturating_sub(FRAME_BYTES)));
    let mut frame_buf = String::new();
    let frame = party_words(&text[from..cue.start], &mut frame_buf);
    let back = [
        "he", "she", "they", "we", "i", "it", "its", "his", "her", "their", "our",
    ];
    let content = |w: &&str| w.len() > 2 && !lex.function_words.contains(*w);
    if frame.is_empty() || frame.iter().any(|w| back.contains(w)) {
        return false;
    }
    // From the lead-in to the quote's sentence: a sentence between them quoting the same speaker
    // ("The opposition was scathing. “…,” said Ada Vask. Vask called it “…”") continues the party
    // the lead-in framed. At most PARTIAL_LEAD_IN_WINDOW bytes.
    let mut lead_buf = String::new();
    let lead = party_words(&text[lead.start..sentence.start], &mut lead_buf);
    frame
        .iter()
        .filter(|w| content(w))
        .all(|w| !lead.contains(w))
        && frame.iter().any(content)
}

/// The words of `s` (runs of letters and digits) in lower case, a plural's "s" dropped
/// ("officials" and "official" are one party), as slices of `buf`, which holds them all: one
/// string for the words, not one a word.
fn party_words<'b>(s: &str, buf: &'b mut String) -> Vec<&'b str> {
    buf.reserve(s.len());
    let mut ends = Vec::new();
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let start = buf.len();
        if w.is_ascii() {
            buf.push_str(w);
            buf[start..].make_ascii_lowercase();
        } else {
            buf.push_str(&w.to_lowercase());
        }
        let end = match buf[start..].strip_suffix('s') {
            Some(stem) if stem.len() > 2 => start + stem.len(),
            _ => buf.len(),
        };
        ends.push((start, end));
    }
    let buf: &'b String = buf;
    ends.into_iter().map(|(a, b)| &buf[a..b]).collect()
}

/// Where the frame starts in a candidate lead-in `s`: 0 when it has at most [`LEAD_IN_WORDS`]
/// words; after an aside set off by the first pair of commas when the words outside the aside are
/// few enough ("The coach, who has led the club since 2019, praised the players." frames with
/// "praised the players."; the aside is background, not the frame, and is not read); `None` when
/// the sentence is too long to be a frame.
fn framing_start(s: &str) -> Option<usize> {
    // Words counted as bytes when ASCII ([`words_up_to`]): a candidate is at most LEAD_IN_MAX
    // bytes, and `split_whitespace` over it was most of this test's cost (stperf18).
    if words_up_to(s, LEAD_IN_WORDS) <= LEAD_IN_WORDS {
        return Some(0);
    }
    let open = s.find(',')?;
    let close = open + 1 + s[open + 1..].find(',')?;
    let head = words_up_to(&s[..open], LEAD_IN_WORDS);
    let tail = &s[close + 1..];
    let skip = close + 1 + (tail.len() - tail.trim_start().len());
    // Either count capped past the bound puts the sum past it too.
    (tail.chars().any(char::is_alphabetic)
        && head + words_up_to(tail, LEAD_IN_WORDS) <= LEAD_IN_WORDS)
        .then_some(skip)
}

/// The last sentence end in `para[..before]`: the offset of the white space that follows a `.`,
/// `!`, `?` or `…` (and any closing marks or brackets right after it). No allocation: this runs
/// once per direct quote.
fn sentence_end_before(para: &str, before: usize) -> Option<usize> {
    let head = &para[..before];
    let bytes = head.as_bytes();
    // The last white space after a `.`, `!`, `?` or `…` and any marks or brackets: found from the
    // ends (the byte 0xA6 ends `…`), read back to front, without decoding every char on the way.
    // `memchr` reads many bytes a step; the last 0xA6 is searched again only once passed, as it
    // is rare (a window of hundreds of bytes is read back for a sentence end with no end in it).
    let mut t = bytes.len();
    let mut ellipsis = memchr::memrchr(0xA6, bytes);
    loop {
        if ellipsis.is_some_and(|e| e >= t) {
            ellipsis = memchr::memrchr(0xA6, &bytes[..t]);
        }
        // `None` is below every `Some`: the later of the two ends, if any.
        let k = memchr::memrchr3(b'.', b'!', b'?', &bytes[..t]).max(ellipsis)?;
        t = k;
        if bytes[k] == 0xA6 && !head.is_char_boundary(k + 1)
            || !head[..k + 1].ends_with(['.', '!', '?', '…'])
        {
            continue;
        }
        let rest = &head[k + 1..];
        let after = rest.trim_start_matches(|p: char| is_quote_mark(p) || matches!(p, ')' | ']'));
        if after.starts_with(char::is_whitespace) {
            return Some(head.len() - after.len());
        }
    }
}

/// Does `s` hold a quotation mark? An ASCII `'` counts only where it opens a quote (after a space,
/// before a letter); elsewhere it is an apostrophe ("students'", "'90s"), as `’` always is.
fn has_quote_mark(s: &str) -> bool {
    // Every mark below is `"`, `'`, or starts with byte 0xC2 (« ») or 0xE2 (the others): only
    // those bytes are decoded, with their neighbours (a char loop over every sentence before a
    // quote was two thirds of this test's cost; stperf18).
    let b = s.as_bytes();
    b.iter().enumerate().any(|(k, &c)| match c {
        b'"' => true,
        b'\'' => {
            s[..k].chars().next_back().is_none_or(char::is_whitespace)
                && s[k + 1..].chars().next().is_some_and(char::is_alphabetic)
        }
        0xC2 | 0xE2 => s[k..]
            .chars()
            .next()
            .is_some_and(|q| q != '’' && (is_quote_mark(q) || q == '‚')),
        _ => false,
    })
}

/// Classify a free-standing sentence. Evidence spans index into `sentence`.
pub fn classify_sentence(sentence: &str) -> Stance {
    classify_sentence_with(sentence, &Positions::new(sentence))
}

/// [`classify_sentence`] with the char index of `sentence` already built.
fn classify_sentence_with(sentence: &str, pos: &Positions) -> Stance {
    classify_with(
        &StanceInput {
            text: sentence,
            own: Span::new(0, sentence.len()),
            context: None,
            cue: None,
            lead_in: true,
            rest: None,
            speaker: None,
        },
        pos,
    )
}

/// When the party a stance is measured toward is the quote's own speaker, critical words address
/// someone else: a critical score counts this much ("‘This is a disgrace,’ Smith said" says nothing
/// bad about Smith). Conciliatory words are the speaker's own goodwill and count in full ("‘We are
/// grateful to our neighbours,’ Smith said" reflects well on Smith).
pub const SPEAKER_FACTOR: f64 = 0.25;

/// Classify `sentence` as a stance toward `target` (a name or pronoun as written in the sentence).
///
/// Like [`classify_sentence`], except for two roles of the target that make critical words not
/// about it. When `target` is the speaker of the sentence's reporting verb ("Smith said", "…,”
/// said Smith", "Smith, a senator, told reporters"), and when it is only the one a statement is
/// made to ("told Smith", "asked Smith whether", "in an interview with Smith": every mention is
/// right after a word of `addressing.txt`), a critical score is scaled by [`SPEAKER_FACTOR`]
/// (by 0 toward the speaker when every critical word is in its own quoted words);
/// not when the speaker's verb is one of admission or apology ("Smith admitted", "conceded
/// Smith": `admissions.txt`), as the fault named is then the speaker's own. The mention is added
/// to the evidence with weight 0 and the reason. A target that does not occur in the sentence is
/// ignored.
pub fn classify_toward(sentence: &str, target: &str) -> Stance {
    let pos = Positions::new(sentence);
    let mut st = classify_sentence_with(sentence, &pos);
    weigh_judged(sentence, target, &pos, &mut st);
    if st.score == 0.0 {
        return st;
    }
    weigh_target_clause(sentence, target, &mut st);
    weigh_suffered(sentence, target, &mut st);
    let (m, role) = match speaker_mention(sentence, target) {
        Some((m, true)) => (m, Role::Admits),
        Some((m, false)) => (m, Role::Speaker),
        None => match addressee_mention(sentence, target) {
            Some(m) => (m, Role::Addressed),
            None => return st,
        },
    };
    let why = match role {
        Role::Speaker if st.score < 0.0 && all_quoted(sentence, &st) => {
            st.score = 0.0;
            st.label = StanceLabel::Neutral;
            "the target is the speaker, and every critical word is in its own quoted words: they \
             address someone else (score x 0)"
                .to_string()
        }
        Role::Admits if st.score < 0.0 => {
            "the target is the speaker and admits or apologises: the fault named is its own (score x 1)"
                .to_string()
        }
        Role::Speaker | Role::Addressed if st.score < 0.0 => {
            st.score = round4(st.score * SPEAKER_FACTOR);
            st.label = StanceLabel::from_score(st.score, THRESHOLD);
            format!(
                "the target is {}: the critical words address someone else (score x {SPEAKER_FACTOR})",
                role.name()
            )
        }
        Role::Speaker | Role::Admits => {
            "the target is the speaker: conciliatory words are the speaker's own goodwill (score x 1)"
                .to_string()
        }
        Role::Addressed => {
            "the target is the one addressed: conciliatory words said to it count in full (score x 1)"
                .to_string()
        }
    };
    let (char_start, char_end) = pos.cursor(sentence).char_range(m);
    st.evidence.push(Evidence {
        text: sentence[m.start..m.end].to_string(),
        start: m.start,
        end: m.end,
        char_start,
        char_end,
        weight: 0.0,
        why,
    });
    st.evidence.sort_by_key(|e| (e.start, e.end));
    st
}

/// Words that join two contrasting clauses, each of which may be about a different party: "Smith
/// praised the plan, but Jones called it reckless". (" and " scored higher on the stance dev rows,
/// but it was picked there from nine variants, so it is left out: dev measures, it does not tune.)
const CLAUSE_JOINS: [&str; 4] = ["; ", " but ", " while ", " whereas "];

/// Toward a party, the words of a clause that does not name it count this much: the stance of a
/// sentence toward one of its parties is read first from the clause that names it.
pub const OTHER_CLAUSE: f64 = 0.5;

/// Scale the evidence outside the clauses that mention `target` by [`OTHER_CLAUSE`] and score
/// again. Clauses are cut at [`CLAUSE_JOINS`]; a sentence of one clause, or one that does not
/// mention the target, is left alone.
fn weigh_target_clause(sentence: &str, target: &str, st: &mut Stance) {
    let mut cuts = vec![0];
    for join in CLAUSE_JOINS {
        cuts.extend(sentence.match_indices(join).map(|(i, _)| i));
    }
    // Work: a pass over the sentence for each join, and a search for each word of evidence.
    work::add(
        Stage::Stance,
        (CLAUSE_JOINS.len() * sentence.len() + st.evidence.len()) as u64,
    );
    if cuts.len() == 1 {
        return;
    }
    cuts.sort_unstable();
    let clause = |at: usize| cuts.partition_point(|&c| c <= at);
    let named: Vec<usize> = mentions(sentence, target)
        .map(|m| clause(m.start))
        .collect();
    if named.is_empty() {
        return;
    }
    let why = format!("; x {OTHER_CLAUSE}: in a clause that does not name the target");
    // (`named` is in text order, so sorted: a search, not a scan, for each word.)
    reweigh(st, OTHER_CLAUSE, &why, |e| {
        e.weight != 0.0 && named.binary_search(&clause(e.start)).is_err()
    });
}

/// Scale the evidence that `pick` selects by `factor`, say so with `why`, and score again from
/// the evidence's weights (left alone when `pick` selects nothing).
fn reweigh(st: &mut Stance, factor: f64, why: &str, pick: impl Fn(&Evidence) -> bool) {
    let mut changed = false;
    for e in &mut st.evidence {
        if pick(e) {
            // `+ 0.0` turns a negative zero into zero: no "-0" weight in the evidence.
            e.weight = round4(e.weight * factor) + 0.0;
            e.why.push_str(why);
            changed = true;
        }
    }
    if changed {
        rescore(st);
    }
}

/// Score `st` again from its evidence's weights.
fn rescore(st: &mut Stance) {
    let raw: f64 = st.evidence.iter().map(|e| e.weight).sum();
    let score = vader::normalize(raw);
    st.score = round4(score);
    st.label = StanceLabel::from_score(score, THRESHOLD);
}

/// The weight toward a party of being judged right ("Smith is right to …") or, negated, wrong.
pub const JUDGED: f64 = 2.0;

/// Words that judge the one they are said of right (+1) or wrong (−1) after a copula.
fn judgement(w: &str) -> Option<f64> {
    match w {
        "right" | "correct" => Some(1.0),
        "wrong" | "mistaken" | "incorrect" => Some(-1.0),
        _ => None,
    }
}

/// The first mention of `target` that a copula judges right or wrong ("Smith is right to say
/// …", "Smith was not wrong about …", "Smith and Jones were absolutely correct that …"): the
/// judgement word's span, its sign, and whether a view of the target's own follows ("to",
/// "that", "about", "when", "because"). Only what directly follows a mention is read: at most
/// six words, so a sentence naming the target often stays linear. Questions ("Was Smith
/// right?") put the copula first and are not read; "Smith's right to vote" is a possession.
fn judged_mention(sentence: &str, target: &str, steps: &mut u64) -> Option<(Span, f64, bool)> {
    mentions(sentence, target).find_map(|m| {
        let rest = &sentence[m.end..];
        let mut words = rest
            .split_whitespace()
            .take(6)
            .scan(m.end, |at, w| {
                *steps += 1;
                // The word's offset in `sentence`: the split keeps the words in order.
                let start = *at + sentence[*at..].find(w).unwrap_or(0);
                *at = start + w.len();
                Some((start, w))
            })
            .peekable();
        let (_, copula) = words.next()?;
        match copula.to_lowercase().as_str() {
            "is" | "was" | "are" | "were" => {}
            "has" | "have" | "had" => {
                words.next_if(|(_, w)| *w == "been")?;
            }
            _ => return None,
        }
        let mut sign = 1.0;
        for (start, w) in words.by_ref() {
            let bare = w.trim_end_matches([',', '.', ';', ':', '!']);
            let lower = bare.to_lowercase();
            if matches!(lower.as_str(), "not" | "never") {
                sign = -sign;
                continue;
            }
            if (lower.len() > 3 && lower.ends_with("ly"))
                || matches!(lower.as_str(), "quite" | "so")
            {
                continue;
            }
            let j = judgement(&lower)?;
            let ended = bare.len() < w.len();
            let view = matches!(
                words.peek().map(|(_, w)| w.to_lowercase()).as_deref(),
                Some("to" | "that" | "about" | "when" | "because")
            );
            let last = words.peek().is_none() && rest[start - m.end + w.len()..].trim().is_empty();
            return (ended || view || last).then(|| {
                (
                    Span::new(start, start + bare.len()),
                    sign * j,
                    view && !ended,
                )
            });
        }
        None
    })
}

/// Toward a party judged right or wrong by a copula ("Smith is right to say the levy is a
/// disgrace"), the judgement counts [`JUDGED`] with its sign, in place of any weight the word
/// had, and the critical words of the view that follows ("to say …", "that …", "about …") are
/// the party's own, aimed at someone else: they count [`SPEAKER_FACTOR`], as a speaker's do (and
/// so do its conciliatory words when the view is judged wrong: "wrong to call the levy fair").
fn weigh_judged(sentence: &str, target: &str, pos: &Positions, st: &mut Stance) {
    let mut steps = 0;
    let found = judged_mention(sentence, target, &mut steps);
    work::add(Stage::Stance, steps);
    let Some((j, sign, view)) = found else {
        return;
    };
    st.evidence.retain(|e| e.end <= j.start || e.start >= j.end);
    if view {
        let why = format!(
            "; x {SPEAKER_FACTOR}: in the view of the target, judged right or wrong: aimed at \
             someone else"
        );
        // A view judged wrong is rejected whole: its praise is no goodwill of the target's.
        reweigh(st, SPEAKER_FACTOR, &why, |e| {
            e.start >= j.end && (e.weight < 0.0 || sign < 0.0)
        });
    }
    let (char_start, char_end) = pos.cursor(sentence).char_range(j);
    let word = sentence[j.start..j.end].to_string();
    st.evidence.push(Evidence {
        why: format!(
            "the target is judged {word} by a copula: {:+} toward it",
            sign * JUDGED
        ),
        text: word,
        start: j.start,
        end: j.end,
        char_start,
        char_end,
        weight: sign * JUDGED,
    });
    st.evidence.sort_by_key(|e| (e.start, e.end));
    rescore(st);
}

/// Words between a word of harm and the one who suffers it: "the abduction of Judge Smith", "a
/// smear against Smith" (a preposition, an article, a capitalised title).
fn harm_link(w: &str) -> bool {
    matches!(w, "of" | "on" | "against" | "the") || w.starts_with(char::is_uppercase)
}

/// Words of a passive between the one who suffers a harm and its verb: "Smith was killed", "Smith
/// had allegedly been threatened".
fn passive_link(w: &str) -> bool {
    matches!(
        w,
        "was" | "were" | "is" | "are" | "be" | "been" | "being" | "has" | "have" | "had"
    ) || (w.len() > 3 && w.ends_with("ly"))
}

/// Zero the words of harm (`harm_words.txt`) that `target` suffers and score again: right after
/// the word ("killed Smith", "the abduction of Smith", "a smear against Judge Smith"), its
/// passive subject ("Smith was threatened"), or the one "the victim of" it ("Smith has been the
/// victim of a smear", the critical words in the four words after "of"). The harm charges whoever
/// did it; it says nothing bad about the one it was done to (st30).
fn weigh_suffered(sentence: &str, target: &str, st: &mut Stance) {
    let lex = crate::lexicon::Lexicon::get();
    let ms: Vec<Span> = mentions(sentence, target).collect();
    if ms.is_empty() {
        return;
    }
    // Work: the mentions read near each word of evidence.
    let steps = std::cell::Cell::new(0u64);
    // Bounded windows: a few words between the mention and the harm.
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let suffered = |e: &Evidence| {
        let harm = lex.harm_words.contains(&e.text.to_lowercase());
        // Only the mentions near the word are read (sorted and apart, as `mentions` gives them):
        // a long sentence naming the target often stays linear.
        let lo = ms.partition_point(|m| m.end + 60 < e.start);
        let hi = ms.partition_point(|m| m.start <= e.end + 40);
        steps.set(steps.get() + 1 + hi.saturating_sub(lo) as u64);
        ms[lo..hi.max(lo)].iter().any(|m| {
            if harm && e.end <= m.start && m.start - e.end <= 40 {
                let between = words(&sentence[e.end..m.start]);
                return between.len() <= 2 && between.iter().all(|w| harm_link(w));
            }
            if m.end > e.start || e.start - m.end > 60 {
                return false;
            }
            let between = words(&sentence[m.end..e.start]);
            let lower: Vec<String> = between.iter().map(|w| w.to_lowercase()).collect();
            if harm
                && (1..=3).contains(&lower.len())
                && lower.iter().all(|w| passive_link(w))
                && lower
                    .iter()
                    .any(|w| matches!(w.as_str(), "was" | "were" | "is" | "are" | "be" | "been"))
            {
                return true;
            }
            // "Smith, the victim of …", "Smith has been the victim of a vicious …".
            lower
                .iter()
                .position(|w| w == "victim" || w == "victims")
                .is_some_and(|v| {
                    v <= 4 && lower.get(v + 1).is_some_and(|w| w == "of") && lower.len() - v <= 6
                })
        })
    };
    let why = "; x 0: the target suffers it, a charge against whoever did it";
    reweigh(st, 0.0, why, |e| e.weight < 0.0 && suffered(e));
    work::add(Stage::Stance, steps.get());
}

/// Whether every critical word of `st` stands inside double quotation marks in `sentence`: the
/// speaker's own words, aimed at someone else, with none of the reporter's narration (which may
/// name the speaker's own fault: "X pleaded guilty to …", "X said her account broke no rule").
fn all_quoted(sentence: &str, st: &Stance) -> bool {
    let inside = quoted(sentence);
    // Work: a pass over the sentence, and a search for each word of evidence.
    work::add(Stage::Stance, (sentence.len() + st.evidence.len()) as u64);
    // The spans are in order and apart: the one that could hold a word is the last to start at
    // or before it.
    st.evidence.iter().filter(|e| e.weight < 0.0).all(|e| {
        let k = inside.partition_point(|q| q.start <= e.start);
        k > 0 && e.end <= inside[k - 1].end
    })
}

/// The spans of `sentence` inside double quotation marks. Curly and angle marks say which way
/// they face; a straight `"` opens when outside and closes when inside. A closing mark with no
/// opener before it closes a quotation that began before the sentence ("… a disgrace,” Smith
/// said"), and an opener with no closer runs to the sentence's end.
fn quoted(sentence: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in sentence.char_indices() {
        let opens = match c {
            '“' | '„' | '«' => true,
            '”' | '»' => false,
            '"' => open.is_none(),
            _ => continue,
        };
        if opens {
            open = Some(i + c.len_utf8());
        } else {
            // (An opener-less closer after another span starts where that one ended, so the
            // spans stay in order and apart.)
            let from = open
                .take()
                .or(spans.last().map(|q: &Span| q.end))
                .unwrap_or(0);
            spans.push(Span::new(from, i));
        }
    }
    if let Some(o) = open {
        spans.push(Span::new(o, sentence.len()));
    }
    spans
}

/// The target's role in [`classify_toward`].
#[derive(Clone, Copy)]
enum Role {
    /// The speaker of the reporting verb.
    Speaker,
    /// The speaker, with a verb of admission or apology (`admissions.txt`).
    Admits,
    /// Only the one a statement is made to.
    Addressed,
}

impl Role {
    fn name(self) -> &'static str {
        match self {
            Role::Speaker | Role::Admits => "the speaker",
            Role::Addressed => "the one addressed",
        }
    }
}

/// The mentions of `target` in `sentence` as a whole word (trimmed of white space and quotation
/// marks), in order.
fn mentions<'a>(sentence: &'a str, target: &'a str) -> impl Iterator<Item = Span> + 'a {
    let target = target.trim_matches(|c: char| c.is_whitespace() || is_quote_mark(c));
    // Work: one pass over the sentence (counted whole, even when the caller stops early).
    work::add(Stage::Stance, sentence.len() as u64);
    let word_end = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
    sentence
        .match_indices(target)
        .filter(move |_| !target.is_empty())
        .map(move |(start, _)| Span::new(start, start + target.len()))
        .filter(move |m| {
            word_end(sentence[..m.start].chars().next_back())
                && word_end(sentence[m.end..].chars().next())
        })
}

/// The first mention of `target` in `sentence` that is the subject of a reporting verb ("Smith
/// said", "Smith, a senator, later told", "Smith shot back", "…,” said Smith"), and whether that verb is one of
/// admission or apology (`admissions.txt`: "Smith admitted").
fn speaker_mention(sentence: &str, target: &str) -> Option<(Span, bool)> {
    let lex = crate::lexicon::Lexicon::get();
    let is_cue = |w: &str| lex.cue_verbs.contains(&w.to_lowercase());
    let is_filler =
        |w: &str| lex.adverbs.contains(&w.to_lowercase()) || (w.len() > 3 && w.ends_with("ly"));
    let mut verb = "";
    // Work: the words read after each mention (a few: fillers, then the verb).
    let steps = std::cell::Cell::new(0u64);
    let found = mentions(sentence, target).find(|m| {
        steps.set(steps.get() + 1);
        // After: an optional appositive between commas, adverbs or auxiliaries, then the cue.
        let mut rest = sentence[m.end..].trim_start();
        if let Some(after_comma) = rest.strip_prefix(',') {
            if let Some(close) = after_comma.find(',') {
                steps.set(steps.get() + close as u64);
                if after_comma[..close].split_whitespace().nth(8).is_none() {
                    rest = after_comma[close + 1..].trim_start();
                }
            }
        }
        let mut words = rest
            .split(|c: char| c.is_whitespace() || c == ',' || c == '.' || c == ':')
            .filter(|w| !w.is_empty())
            .inspect(|_| steps.set(steps.get() + 1));
        let mut next = words.by_ref().find(|w| !is_filler(w));
        // A coordinated subject: "Smith and Jones said", "Smith and Ana Jones wrote".
        if next == Some("and") {
            next = words.by_ref().find(|w| !w.starts_with(char::is_uppercase));
        }
        if let Some(w) = next.filter(|w| is_cue(w)) {
            verb = w;
            return true;
        }
        // A two-word reporting verb (`phrasal_cues.txt`): "Smith shot back", "Smith weighed in".
        if let Some((w, second)) = next.zip(words.next()) {
            if lex
                .phrasal_cues
                .get(&w.to_lowercase())
                .is_some_and(|s| s.iter().any(|s| s.eq_ignore_ascii_case(second)))
            {
                verb = w;
                return true;
            }
        }
        // Before: an inverted cue right after the end of a quotation or a comma, one that may
        // come before its speaker ("…,” said Smith"; not "…, accusing Smith of …").
        let head = sentence[..m.start].trim_end();
        match head.rsplit_once(|c: char| c.is_whitespace()) {
            Some((pre, w))
                if lex.inverting_cues.contains(&w.to_lowercase())
                    && pre
                        .trim_end()
                        .ends_with(|c: char| c == ',' || is_quote_mark(c)) =>
            {
                verb = w;
                true
            }
            _ => false,
        }
    });
    work::add(Stage::Stance, steps.get());
    Some((found?, lex.admissions.contains(&verb.to_lowercase())))
}

/// The first mention of `target` when every mention of it is the one a statement is made to: right
/// after one or two words of `addressing.txt` ("told Smith", "in an interview with Smith"), or
/// right before a passive of one ("Smith was told", "Smith has been asked").
fn addressee_mention(sentence: &str, target: &str) -> Option<Span> {
    let lex = crate::lexicon::Lexicon::get();
    // The passive: "Smith was told …", "Smith and Jones were asked …".
    let told_after = |rest: &str| {
        let mut words = rest
            .trim_start_matches(|c: char| c == ',' || c.is_whitespace())
            .split_whitespace();
        let aux = words.next().map(str::to_lowercase);
        let aux = aux.as_deref();
        let verb = match aux {
            Some("was" | "were") => words.next(),
            Some("has" | "have" | "had") => words.nth(1),
            _ => None,
        };
        verb.is_some_and(|v| {
            let v = v
                .trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            v.ends_with('d') && lex.addressing.contains(&v)
        })
    };
    let addressed = |m: &Span| {
        let mut words = sentence[..m.start].split_whitespace().rev();
        let Some(last) = words.next().map(str::to_lowercase) else {
            return false;
        };
        lex.addressing.contains(&last)
            || words.next().is_some_and(|w| {
                lex.addressing
                    .contains(&format!("{} {last}", w.to_lowercase()))
            })
            || told_after(&sentence[m.end..])
    };
    // Work: a few words read at each mention, until one is not addressed.
    let steps = std::cell::Cell::new(0u64);
    let mut all = mentions(sentence, target).inspect(|_| steps.set(steps.get() + 1));
    let first = all.next().filter(addressed);
    let every = first.is_some() && all.all(|m| addressed(&m));
    work::add(Stage::Stance, steps.get());
    every.then_some(first).flatten()
}

/// The VADER-style reference baseline every stance report is compared against: compound score
/// ≥ 0.05 conciliatory, ≤ −0.05 critical, neutral otherwise (see [`vader`]).
pub fn baseline(sentence: &str) -> StanceLabel {
    StanceLabel::from_score(vader::compound(sentence), 0.05)
}

fn valid(text: &str, s: Span) -> bool {
    s.start < s.end
        && s.end <= text.len()
        && text.is_char_boundary(s.start)
        && text.is_char_boundary(s.end)
}

// --- Lexicon ---------------------------------------------------------------------------------------

impl Kind {
    /// Operators that a negation cancels ("did not rule out", "did not condemn").
    fn negating(self) -> bool {
        matches!(
            self,
            Kind::Negate
                | Kind::Refuse
                | Kind::Renounce
                | Kind::Against
                | Kind::Demand
                | Kind::Irony
        )
    }
}

/// The compiled lexicons. The phrase entries (the stance lexicons and VADER's few phrases) are
/// found wherever their whole phrase starts at a word start; VADER's single words, 7 000 of them,
/// only as a whole word. Both are found in one walk of one trie from each word start
/// ([`Matcher::starting_at`]).
struct Matcher {
    /// Every entry's phrase, walked byte by byte from each word start.
    trie: Trie<'static>,
    /// The phrase entries, then VADER's single words.
    entries: &'static [Entry],
}

// The lexicons, parsed and packed by the build script (`build.rs`, `stance/pack.rs`): `ENTRIES`,
// their `DESCRIPTIONS` and the trie's arrays. Parsing and packing them at run time cost ~24 M
// instructions a process (stperf24).
include!(concat!(env!("OUT_DIR"), "/stance_table.rs"));

/// The pairs the table lists, `(index, step)`, in a table of every pair (the rest lead nowhere).
const fn spread(steps: &[(usize, u32)]) -> [u32; 1 << 16] {
    let mut pairs = [0; 1 << 16];
    let mut i = 0;
    while i < steps.len() {
        pairs[steps[i].0] = steps[i].1;
        i += 1;
    }
    pairs
}

static MATCHER: Matcher = Matcher {
    trie: Trie {
        column: COLUMN,
        units: &UNITS,
        root: ROOT,
        ends_from: &ENDS_FROM,
        ends: &ENDS,
        word: &WORD,
        pairs: if PAIRED { Some(&PAIRS) } else { None },
    },
    entries: &ENTRIES,
};

impl Matcher {
    fn get() -> &'static Matcher {
        &MATCHER
    }

    /// Score one region of `text`, pushing evidence (its char offsets are left to [`classify_with`],
    /// which fills them in text order); returns the raw (unnormalised) sum.
    fn score_region(
        &self,
        text: &str,
        r: Region,
        cue: Option<Span>,
        slot: Slot,
        s: &mut Scratch,
        evidence: &mut Vec<Evidence>,
    ) -> f64 {
        let Region {
            span: region,
            scale,
            vader_within,
            rest,
            speaker,
        } = r;
        let copy = match slot {
            Slot::First => &mut s.first,
            Slot::Cue => &mut s.cue,
            Slot::Other => &mut s.other,
        };
        copy.read(self, text, region);
        let Normalised {
            buf,
            map,
            found: all,
            ..
        } = copy;
        let (buf, map) = (&*buf, &*map);
        // A capitalised word inside a sentence is part of a name ("Special Representative",
        // "Free Trade Agreement"), not an evaluation.
        // In a lead-in only this project's lexicons count: VADER's words there are mostly the
        // reporter's facts ("arrested", "prosecution"), not the frame ("was scathing"); so in the
        // reporter's words around a quote (`vader_within`: VADER's words count only inside it, and
        // in the reporting verb, which is always read).
        let lead = scale != 1.0;
        s.items.clear();
        s.items.extend(all.iter().copied().filter(|it| {
            let e = &self.entries[it.entry];
            // Where the match starts in the text, found once for the three tests below.
            let at = map.source(it.start);
            // "The anti-corruption office said …", "her partner said …": the speaker's own
            // mention names who speaks. Quoted words are never part of it.
            !speaker.is_some_and(|m| (m.start..m.end).contains(&at))
                && (e.kind != Kind::Term
                    || !in_name(text, region.start, at, e.origin != Origin::Vader))
                && !(e.origin == Origin::Vader
                    && (lead
                        || vader_within.is_some_and(|w| {
                            (at < w.start || at >= w.end)
                                && !cue.is_some_and(|c| c.start <= at && at < c.end)
                        })))
        }));
        if s.items.is_empty() {
            return 0.0;
        }
        // The states of earlier regions are reset, not made again: their notes keep their room.
        let n = s.items.len();
        if s.state.len() < n {
            s.state.resize_with(n, State::default);
        }
        s.state[..n].iter_mut().for_each(State::reset);
        apply(
            self.entries,
            buf,
            &s.items,
            &mut s.state[..n],
            &mut s.sentence,
        );

        let mut raw = 0.0;
        for (i, it) in s.items.iter().enumerate() {
            let e = &self.entries[it.entry];
            let st = &s.state[i];
            let start = map.source(it.start);
            let mut end = map.source(it.end - 1) + 1;
            while !text.is_char_boundary(end) {
                end += 1;
            }
            let in_cue = cue.is_some_and(|c| c.contains(Span::new(start, end)));
            let as_cue = if in_cue { e.as_cue } else { None };
            let base = if st.doubted {
                HEARD_BEFORE
            } else if e.kind == Kind::Term {
                as_cue.unwrap_or(e.weight)
            } else if st.reserve {
                RESERVATION
            } else if st.means {
                MEANS_ARGUMENT
            } else if st.dismissed {
                WORDS_NOT_DEEDS
            } else if st.worthless {
                DENIED_WORTH
            } else if st.cancelled || st.own_dropped {
                0.0
            } else if lead && e.kind == Kind::Acquit {
                // "The tribunal cleared the operator of negligence." before a quote is the
                // news the quote answers, not its tone: it lifts the charge and weighs nothing.
                0.0
            } else {
                e.own()
            };
            let w = base * st.factor * scale;
            raw += w;
            // Silencing entries (weight 0) and operators that changed nothing are not evidence,
            // nor is a correction ("it's not") that nothing corrects, nor a "does not mean" that
            // grants no goodwill and changed nothing, nor a "cleared" that cleared no one.
            let idle = matches!(e.kind, Kind::Correct | Kind::Unlink | Kind::Acquit)
                && st.own_dropped
                && !st.notes.iter().any(|n| n.by_me);
            let fired = !idle
                && (e.own() != 0.0
                    || as_cue.is_some()
                    || st.reserve
                    || st.means
                    || st.dismissed
                    || st.worthless
                    || st.doubted
                    || !st.notes.is_empty());
            if !fired {
                continue;
            }
            let mut why = explain(self.entries, it.entry, st, &s.items, in_cue);
            if let Some(c) = as_cue {
                use std::fmt::Write;
                let _ = write!(why, "; {:+} as the reporting verb", Num(c));
            }
            if lead && e.kind == Kind::Acquit && base == 0.0 && e.own() != 0.0 {
                why.push_str("; a verdict the reporter narrates weighs nothing as a frame");
            }
            if lead {
                use std::fmt::Write;
                let _ = write!(
                    why,
                    "; x {}: the reporter's sentence introducing the quote",
                    Num(scale)
                );
            }
            if rest {
                why.push_str("; the rest of the quote's sentence, after the speech tag");
            }
            evidence.push(Evidence {
                text: text[start..end].to_string(),
                start,
                end,
                char_start: 0,
                char_end: 0,
                weight: round4(w),
                why,
            });
        }
        raw
    }

    /// Keep match `m` if it ends at a word boundary (a stem is stretched to the end of its word).
    fn push_match(
        &self,
        buf: &str,
        entry: usize,
        start: usize,
        mut end: usize,
        items: &mut Vec<Item>,
    ) {
        let e = &self.entries[entry];
        if e.prefix {
            end += buf[end..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(buf.len() - end);
        } else if !boundary_after(buf, end) {
            return;
        }
        items.push(Item { start, end, entry });
    }

    /// Every phrase entry that starts at `buf[i..]`, by end, then in entry order (the order in
    /// which overlaps resolve), kept if it ends at a word boundary. Returns whether the walk
    /// passed the end of one of VADER's words: only then can the word at `i` be one of them.
    fn starting_at(&self, buf: &str, i: usize, items: &mut Vec<Item>) -> bool {
        let t = &self.trie;
        // The first two bytes in one look-up, where no phrase is one byte long or empty: only
        // without the pairs can a phrase end at the root, so only then is that tested.
        let (mut s, mut flags, from) = match (&t.pairs, &buf.as_bytes()[i..]) {
            (Some(pairs), &[a, b, ..]) => {
                let step = pairs[usize::from(a) << 8 | usize::from(b)];
                if step & Trie::ENDS != 0 {
                    // The pairs keep states, not their units: walk the two bytes again.
                    return self.reporting_from(buf, i, i, t.root, Trie::ROOT_UNIT, 0, items);
                }
                if step == 0 {
                    return false;
                }
                (step, step, i + 2)
            }
            _ => {
                if !t.ends_at(Trie::ROOT_UNIT).is_empty() {
                    return self.reporting_from(buf, i, i, t.root, Trie::ROOT_UNIT, 0, items);
                }
                (t.root, 0, i)
            }
        };
        // Most walks end without passing the end of a phrase (all but 36 000 of 346 000 on
        // PolNeAR train): this loop only steps, and hands over to `reporting_from` at the first
        // end, so that it holds no call and keeps its values in registers.
        let (units, column) = (t.units, &t.column);
        for (end, &b) in (from + 1..).zip(&buf.as_bytes()[from..]) {
            let c = u32::from(column[usize::from(b)]);
            let k = (s >> 8) as usize + c as usize;
            let step = units[k];
            // One test for both ends of this loop: a unit of another column (the walk ends), or
            // one where phrase entries end.
            if (step ^ c) & (Trie::LABEL | Trie::ENDS) != 0 {
                if step & Trie::LABEL == c {
                    return self.reporting_from(buf, i, end, step, k, flags | step, items);
                }
                break;
            }
            s = step;
            flags |= step;
        }
        flags & Trie::WORD != 0
    }

    /// The rest of [`Matcher::starting_at`]'s walk from `buf[i..end]`, at state `s` in unit `k`
    /// with the flags seen so far: phrase entries ending at `s` and on are kept as they are
    /// passed.
    #[cold]
    #[inline(never)]
    #[allow(clippy::too_many_arguments)] // the walk's state, handed over as it stands
    fn reporting_from(
        &self,
        buf: &str,
        i: usize,
        mut end: usize,
        mut s: u32,
        mut k: usize,
        mut flags: u32,
        items: &mut Vec<Item>,
    ) -> bool {
        let t = &self.trie;
        let bytes = buf.as_bytes();
        loop {
            for &entry in t.ends_at(k) {
                self.push_match(buf, entry as usize, i, end, items);
            }
            let Some(&b) = bytes.get(end) else {
                break;
            };
            let Some(next) = t.step(s, b) else {
                break;
            };
            end += 1;
            k = next;
            s = t.units[k];
            flags |= s;
        }
        flags & Trie::WORD != 0
    }

    /// Every lexicon match in `buf` at word boundaries, longest first, without overlaps.
    fn find(&self, buf: &str, items: &mut Vec<Item>) {
        items.clear();
        // Entries start with a letter at a word boundary, so only word starts are searched, each
        // with an anchored overlapping search that reports every entry starting there.
        let mut prev_word = false;
        let bytes = buf.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // ASCII without decoding; other characters decoded (same classes as `is_word_char`).
            // One table read tells an ASCII letter or digit from everything else.
            let b = bytes[i];
            if !matches!(ASCII_CLASS[usize::from(b)], Ascii::Alnum) {
                if b >= 0x80 {
                    let c = buf[i..].chars().next().unwrap_or(' ');
                    i += c.len_utf8();
                    prev_word = is_word_char(c);
                } else {
                    prev_word = false;
                    i += 1;
                }
                continue;
            }
            // Letters come after the digits in ASCII.
            let starts = !prev_word && b > b'9';
            prev_word = true;
            let at = i;
            // The word's ASCII letters and digits hold no other word start: step over them (the
            // first is one).
            i += 1 + ascii_alnum_len(&bytes[i + 1..]);
            if !starts || !self.starting_at(buf, at, items) {
                continue;
            }
            // VADER's words: the word with inner apostrophes and hyphens ("well-being"), else
            // its letters and digits alone ("nation" in "nation's"). The walk above passed the end
            // of a VADER word, so the word's lengths are worth finding.
            let rest = &buf[at..];
            let w = word_lens(rest);
            // Most words have no inner apostrophe or hyphen: look them up once.
            let lens = if w.joined == w.bare {
                &[w.bare][..]
            } else {
                &[w.joined, w.bare][..]
            };
            for &len in lens {
                if let Some(entry) = self.trie.word(&rest.as_bytes()[..len]) {
                    items.push(Item {
                        start: at,
                        end: at + len,
                        entry,
                    });
                    break;
                }
            }
        }
        let entries = &self.entries;
        items.sort_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then(b.end.cmp(&a.end))
                .then(entries[b.entry].origin.cmp(&entries[a.entry].origin))
                // A whole word beats a stem that stretched to cover it.
                .then(entries[a.entry].prefix.cmp(&entries[b.entry].prefix))
        });
        let mut last_end = 0;
        items.retain(|it| {
            if it.start >= last_end {
                last_end = it.end;
                true
            } else {
                false
            }
        });
    }
}

/// The lengths of a word (see [`word_lens`]).
struct WordLens {
    /// Its letters and digits alone ("nation" in "nation's").
    bare: usize,
    /// With inner apostrophes and hyphens ("well-being", "nation's").
    joined: usize,
}

/// The lengths of the word `rest` starts with. ASCII is read as bytes; a word that meets another
/// character is read by chars.
fn word_lens(rest: &str) -> WordLens {
    let b = rest.as_bytes();
    let alnum = |c: u8| matches!(ASCII_CLASS[usize::from(c)], Ascii::Alnum);
    let ascii = ascii_alnum_len(b);
    let mut joined = ascii;
    while joined < b.len() && (alnum(b[joined]) || matches!(b[joined], b'\'' | b'-')) {
        joined += 1;
    }
    if joined < b.len() && b[joined] >= 0x80 {
        let bare = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let joined = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
            .unwrap_or(rest.len());
        let joined = rest[..joined].trim_end_matches(['\'', '-']).len();
        return WordLens { bare, joined };
    }
    while joined > ascii && matches!(b[joined - 1], b'\'' | b'-') {
        joined -= 1;
    }
    WordLens {
        bare: ascii,
        joined,
    }
}

/// How many ASCII letters and digits `b` starts with.
fn ascii_alnum_len(b: &[u8]) -> usize {
    b.iter()
        .position(|&c| !matches!(ASCII_CLASS[usize::from(c)], Ascii::Alnum))
        .unwrap_or(b.len())
}

/// The length of the run [`normalize_into`] copies as it is from the start of `run`, whose first
/// byte is an ASCII letter, digit or punctuation (not `"`): up to the first byte after it that is
/// not one of those nor a single space. Eight bytes are tested at a time, the rest as pairs (byte
/// before, byte).
fn plain_run_len(run: &[u8]) -> usize {
    let mut i = 1;
    while let Some(w) = eight_bytes(run, i) {
        let low7 = w & !HIGH;
        let space = bytes_equal(w, b' ');
        let space_before = space << 8 | u64::from(run[i - 1] == b' ') << 7;
        // Not ASCII, below `!` other than a single space, DEL, or `"`.
        let stop = (w & HIGH)
            | (!at_least(low7, b'!') & HIGH & !(space & !space_before))
            | at_least(low7, 0x7F)
            | bytes_equal(w, b'"');
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    // `i - 1 < run.len()`: eight bytes from `i` were there before each step.
    i - 1
        + run[i - 1..]
            .windows(2)
            .position(|p| match ASCII_CLASS[usize::from(p[1])] {
                Ascii::Alnum | Ascii::Punct => false,
                _ => !(p[1] == b' ' && p[0] != b' '),
            })
            .map_or(run.len() - (i - 1), |k| k + 1)
}

// --- Matching over a normalised copy ---------------------------------------------------------------

/// Reusable buffers for one classification.
#[derive(Default)]
struct Scratch {
    /// The first region of the last call ([`Matcher::score_region`]).
    first: Normalised,
    /// Its other regions (a lead-in, the quote's own words apart from its sentence, the rest
    /// of its sentence).
    other: Normalised,
    /// The reporting verb's region, when it is read apart.
    cue: Normalised,
    /// The matches of the region being scored that count there.
    items: Vec<Item>,
    state: Vec<State>,
    /// The items' sentence numbers ([`apply`]).
    sentence: Vec<usize>,
}

/// Which of [`Scratch`]'s kept copies a region is read into.
#[derive(Clone, Copy)]
enum Slot {
    First,
    Cue,
    Other,
}

/// A region's normalised copy and every lexicon match in it. Both depend only on the region's
/// bytes and where it starts (the source map's offsets), so a copy made for the same start and
/// bytes is used again as it is: the partial and indirect quotes of one sentence each read the
/// whole sentence, 6.5% of the bytes stance reads on PolNeAR train (stperf18).
#[derive(Default)]
struct Normalised {
    /// Where the region starts in its text, and its bytes (compared, not trusted by position:
    /// the copy outlives the text it was made from).
    start: usize,
    source: String,
    buf: String,
    map: SourceMap,
    /// [`Matcher::find`]'s matches in `buf`.
    found: Vec<Item>,
}

impl Normalised {
    /// Make this the copy of `text[region]`, unless it is already.
    fn read(&mut self, m: &Matcher, text: &str, region: Span) {
        let bytes = &text[region.start..region.end];
        if self.start == region.start && self.source == bytes {
            return;
        }
        self.start = region.start;
        self.source.clear();
        self.source.push_str(bytes);
        normalize_into(text, region, &mut self.buf, &mut self.map);
        m.find(&self.buf, &mut self.found);
    }
}

/// A lexicon match: byte range into the normalised buffer, and the entry index.
#[derive(Debug, Clone, Copy)]
struct Item {
    start: usize,
    end: usize,
    entry: usize,
}

/// Where each byte of a normalised copy comes from, as pieces: a piece starting at copy byte `at`
/// either maps its bytes one for one onto the text bytes from `from` on (`linear`), or is one char
/// whose bytes all map to its first byte `from`. News text is mostly one linear piece; pieces start
/// where white space shrinks, a quotation mark is dropped, or a char changes length.
#[derive(Default)]
struct SourceMap {
    pieces: Vec<Piece>,
    /// The text offset that would continue the last piece, if it is linear.
    next: Option<usize>,
}

#[derive(Clone, Copy)]
struct Piece {
    at: usize,
    from: usize,
    linear: bool,
}

impl SourceMap {
    fn clear(&mut self) {
        self.pieces.clear();
        self.next = None;
    }

    /// Copy bytes `at..at + len` come one for one from text bytes `from..from + len`.
    fn linear(&mut self, at: usize, from: usize, len: usize) {
        if self.next != Some(from) {
            self.pieces.push(Piece {
                at,
                from,
                linear: true,
            });
        }
        self.next = Some(from + len);
    }

    /// The copy bytes from `at` on (up to the next piece) all come from the char at `from`.
    fn one_char(&mut self, at: usize, from: usize) {
        self.pieces.push(Piece {
            at,
            from,
            linear: false,
        });
        self.next = None;
    }

    /// The text offset of the char that produced copy byte `i`.
    fn source(&self, i: usize) -> usize {
        let k = self.pieces.partition_point(|p| p.at <= i) - 1;
        let p = self.pieces[k];
        if p.linear {
            p.from + (i - p.at)
        } else {
            p.from
        }
    }
}

/// Lowercase ASCII, curly apostrophes as `'`, white space runs as one space, quotation marks
/// dropped (so phrases match across a scare-quoted word). `map.source(i)` is the byte offset in
/// `text` of the character that produced `buf[i]`, which keeps every match mappable to original
/// char boundaries.
fn normalize_into(text: &str, region: Span, buf: &mut String, map: &mut SourceMap) {
    // Written as chars and runs of ASCII straight into the string, which then needs no UTF-8
    // check of its own (2.3 M instructions on PolNeAR train, perf8). Whether the last char written
    // is alphanumeric is kept rather than decoded back.
    let out = buf;
    out.clear();
    out.reserve(region.len());
    map.clear();
    let mut gap = false;
    let mut last_alnum = false;
    let bytes = text.as_bytes();
    let mut at = region.start;
    while at < region.end {
        let b = bytes[at];
        match ASCII_CLASS[usize::from(b)] {
            class @ (Ascii::Alnum | Ascii::Punct) => {
                if gap && last_alnum && matches!(class, Ascii::Alnum) {
                    map.linear(out.len(), at, 1);
                    out.push(' ');
                }
                gap = false;
                // ASCII letters, digits and plain punctuation are the bulk of news text, with
                // single spaces between them: a run of them is copied as it is and lowercased (the
                // same result as the general path below, byte by byte).
                let end = at + plain_run_len(&bytes[at..region.end]);
                map.linear(out.len(), at, end - at);
                let from = out.len();
                out.push_str(&text[at..end]);
                out[from..].make_ascii_lowercase();
                last_alnum = bytes[end - 1].is_ascii_alphanumeric();
                at = end;
                continue;
            }
            Ascii::Space => {
                if out.as_bytes().last().is_some_and(|&l| l != b' ') {
                    map.linear(out.len(), at, 1);
                    out.push(' ');
                    last_alnum = false;
                }
                gap = false;
                at += 1;
                continue;
            }
            Ascii::Other => {}
        }
        let Some(c) = text[at..region.end].chars().next() else {
            break;
        };
        let this = at;
        at += c.len_utf8();
        let at = this;
        match c {
            c if is_quote_mark(c) && c != '’' => {
                gap = true;
                continue;
            }
            c if c.is_whitespace() => {
                if out.as_bytes().last().is_some_and(|&l| l != b' ') {
                    map.linear(out.len(), at, 1);
                    out.push(' ');
                    last_alnum = false;
                }
                gap = false;
                continue;
            }
            _ => {}
        }
        if gap && c.is_alphanumeric() && last_alnum {
            map.linear(out.len(), at, 1);
            out.push(' ');
        }
        gap = false;
        let c = if c == '’' {
            '\''
        } else {
            c.to_ascii_lowercase()
        };
        last_alnum = c.is_alphanumeric();
        if c.len_utf8() == 1 {
            map.linear(out.len(), at, 1);
        } else {
            map.one_char(out.len(), at);
        }
        out.push(c);
    }
}

/// How [`normalize_into`] reads an ASCII byte: letters and digits (lowercased), punctuation other
/// than `"` (copied), white space (`char::is_whitespace` below 0x80), and everything else (`"`,
/// control characters, non-ASCII bytes) read as a char.
#[derive(Clone, Copy)]
enum Ascii {
    Alnum,
    Punct,
    Space,
    Other,
}

const ASCII_CLASS: [Ascii; 256] = {
    let mut t = [Ascii::Other; 256];
    let mut b = 0;
    while b < 128 {
        let u = b as u8;
        t[b] = if u.is_ascii_alphanumeric() {
            Ascii::Alnum
        } else if u.is_ascii_punctuation() && u != b'"' {
            Ascii::Punct
        } else if matches!(u, b' ' | b'\t'..=b'\r') {
            Ascii::Space
        } else {
            Ascii::Other
        };
        b += 1;
    }
    t
};

/// Does the word at `at` start with a capital letter while not starting a sentence? With
/// `after_mark`, a capital right after an opening quotation mark starts the quoted sentence (a
/// banner reading “Where is our money?”); that is for this project's phrases only: a single VADER
/// word there is mostly a title (“Good Morning …”). The pronoun "I" is capitalised anywhere
/// ("the ferry was late, and I'm sorry"): it starts no name.
fn in_name(text: &str, region_start: usize, at: usize, after_mark: bool) -> bool {
    let mut rest = text[at..].chars();
    match rest.next() {
        Some('I') if !rest.next().is_some_and(char::is_alphanumeric) => return false,
        Some(c) if c.is_uppercase() => {}
        _ => return false,
    }
    if after_mark
        && text[region_start..at]
            .trim_end()
            .ends_with(['“', '„', '«', '‹', '‚'])
    {
        return false;
    }
    let before = text[region_start..at]
        .chars()
        .rev()
        .find(|&c| !c.is_whitespace() && !is_quote_mark(c) && c != '\'');
    !matches!(
        before,
        None | Some('.' | '!' | '?' | ':' | ';' | '(' | '[' | '—' | '–' | '-' | '…')
    )
}

fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '‹' | '›' | '‘' | '’'
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn boundary_after(buf: &str, i: usize) -> bool {
    !buf[i..].chars().next().is_some_and(is_word_char)
}

/// True when `between` closes a clause: operators do not reach across it. It holds one of
/// `,;:.!?()[]—–` or " - " (read as bytes: `—` and `–` are E2 80 94 and E2 80 93, and UTF-8
/// never holds another char's bytes).
fn clause_break(between: &str) -> bool {
    let b = between.as_bytes();
    b.iter().enumerate().any(|(k, &c)| match c {
        b',' | b';' | b':' | b'.' | b'!' | b'?' | b'(' | b')' | b'[' | b']' => true,
        b'-' => k > 0 && b[k - 1] == b' ' && b.get(k + 1) == Some(&b' '),
        0xE2 => b.get(k + 1) == Some(&0x80) && matches!(b.get(k + 2), Some(0x93 | 0x94)),
        _ => false,
    })
}

/// True when nothing but a clause break or the end follows `at`: the word before it ends its clause.
fn ends_clause(buf: &str, at: usize) -> bool {
    buf[at..].trim_start().chars().next().is_none_or(|c| {
        matches!(
            c,
            ',' | ';' | ':' | '.' | '!' | '?' | ')' | ']' | '-' | '\u{2013}' | '\u{2014}'
        )
    })
}

fn sentence_break(between: &str) -> bool {
    between
        .bytes()
        .any(|c| matches!(c, b'.' | b'!' | b'?' | b';'))
}

/// `s.split_whitespace().count()`, but no more than `cap + 1`: every caller compares the count
/// with a bound of a few words, and the text between two items or a candidate lead-in can run to
/// hundreds of bytes, so the count stops once past the bound. ASCII text is read as bytes; at the
/// first other byte the words are counted again by chars (white space outside ASCII included).
fn words_up_to(s: &str, cap: usize) -> usize {
    let limit = cap.saturating_add(1);
    let mut n = 0;
    let mut in_word = false;
    for &c in s.as_bytes() {
        if !c.is_ascii() {
            return s.split_whitespace().take(limit).count();
        }
        let space = matches!(c, b' ' | b'\t'..=b'\r');
        if !space && !in_word {
            n += 1;
            if n == limit {
                return n;
            }
        }
        in_word = !space;
    }
    n
}

/// Is item `t` within `words` words after operator `o`, in the same clause?
fn in_scope(buf: &str, o: &Item, t: &Item, words: usize) -> bool {
    if t.start < o.end {
        return false;
    }
    let between = &buf[o.end..t.start];
    !clause_break(between) && words_up_to(between, words) < words
}

/// "nothing in this agreement changes …", "none of the talks …": a negative pronoun followed by a
/// preposition is the subject; the noun after the preposition is where it looks, not what it denies.
fn pronoun_before_phrase(op: &str, buf: &str, o: &Item, t: &Item) -> bool {
    matches!(op, "nothing" | "none" | "neither")
        && matches!(
            buf[o.end..t.start].split_whitespace().next(),
            Some("in" | "of" | "about" | "from" | "on" | "at" | "within")
        )
}

/// "never been prouder", "couldn't be happier", "has never been more important", "could not have
/// gone better", "could not be worse": a negated comparative after a form of "be" (or "have
/// gone") is a superlative, not a negation. Only "be", "been", "felt", "looked", "have", "gone"
/// and "more" (or "so" after "never") may stand between the negation and the term, which must be
/// a comparative (ending in "-er", or "worse") unless "more" or "so" precedes it. So is "can't
/// thank them enough": a term that "can't" or "cannot" negates with "enough" in the next three
/// words, or between the two ("can't say enough good things").
fn negated_comparative(op: &str, buf: &str, o: &Item, t: &Item) -> bool {
    if matches!(op, "can't" | "cannot" | "can not" | "couldn't") {
        if buf[o.end..t.start]
            .split_whitespace()
            .any(|w| w == "enough")
        {
            return true;
        }
        for w in buf[t.end..].split_whitespace().take(3) {
            if w.trim_end_matches(['.', ',', ';', '!', '?']) == "enough" {
                return true;
            }
            if w.contains(['.', ',', ';', '!', '?']) {
                break;
            }
        }
    }
    let mut saw_be = false;
    let mut more = false;
    for w in buf[o.end..t.start].split_whitespace() {
        match w {
            "be" | "been" | "felt" | "looked" | "gone" => saw_be = true,
            "have" => {}
            "more" if saw_be => more = true,
            // "never been so glad", "never felt so proud": "so" after "never" and a form of
            // "be" exclaims as "more" does ("not been so bad" is still a negation).
            "so" if saw_be && op == "never" => more = true,
            _ => return false,
        }
    }
    let word = &buf[t.start..t.end];
    saw_be && (more || word == "worse" || (word.len() > 4 && word.ends_with("er")))
}

/// How many words a negation raised into a believed clause reaches past the verb of belief, as
/// the `negate` entries "don't think", "do not believe" do (`stance_operators.txt`).
const RAISED_REACH: usize = 8;

/// How far ahead [`wished_belief`] and [`clause_verb`] read, in bytes: ten words of news, and a
/// bound on the work for text with few spaces.
const AHEAD: usize = 160;

/// Where a look back of at most `reach` bytes before `at` starts: on a char boundary, rounded
/// forwards (the look-back twin of [`ahead`]).
fn window_start(text: &str, at: usize, reach: usize) -> usize {
    let mut from = at.saturating_sub(reach);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// `buf[from..]`, at most [`AHEAD`] bytes of it (cut on a char boundary).
fn ahead(buf: &str, from: usize) -> &str {
    let mut end = (from + AHEAD).min(buf.len());
    while !buf.is_char_boundary(end) {
        end -= 1;
    }
    &buf[from..end]
}

/// The verb of belief in a wish right after a negation, "(not) want anyone to think …", "(don't)
/// want the public to read this and believe …": "want", who is to believe (one to three words),
/// "to", then "think" or "believe" within the next five words of the same clause. Reads at most
/// ten words.
fn wished_belief(buf: &str, from: usize) -> Option<Item> {
    let mut at = from;
    // The position of "to" among the words, once seen.
    let mut to = None;
    for (k, w) in ahead(buf, from).split(' ').enumerate().take(11) {
        let start = at;
        at += w.len() + 1;
        let ok = match (k, to) {
            (0, _) => w.is_empty(),
            (1, _) => matches!(w, "want" | "wants" | "wanted"),
            (2..=5, None) if w == "to" && k > 2 => {
                to = Some(k);
                true
            }
            (2..=4, None) => !w.is_empty() && w.bytes().all(|c| c.is_ascii_alphabetic()),
            (_, Some(t)) if k <= t + 5 => {
                if matches!(w, "think" | "believe") {
                    return Some(Item {
                        start,
                        end: start + w.len(),
                        entry: 0,
                    });
                }
                !clause_break(w)
            }
            _ => false,
        };
        if !ok {
            return None;
        }
    }
    None
}

/// Where the verb of the clause starting at `from` begins: its first auxiliary or form of "be"
/// ("the problem *is* solved", "the talks *will* fail", "they*'ll* cope"), within
/// [`RAISED_REACH`] words of the same clause; `None` when there is none ("they acted in bad
/// faith"), so that the whole clause is read as the predicate.
fn clause_verb(buf: &str, from: usize) -> Option<usize> {
    let mut at = from;
    for (k, w) in ahead(buf, from)
        .split(' ')
        .enumerate()
        .take(RAISED_REACH + 1)
    {
        let start = at;
        at += w.len() + 1;
        if k == 0 {
            continue;
        }
        let bare = w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric() && c != '\'');
        let aux = matches!(
            bare,
            "is" | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "will"
                | "would"
                | "can"
                | "could"
                | "shall"
                | "should"
                | "may"
                | "might"
                | "must"
                | "has"
                | "have"
                | "had"
                | "do"
                | "does"
                | "did"
        );
        if aux {
            return Some(start);
        }
        // "it's", "they're", "we'll", "you've": the verb starts inside the word; a possessive
        // ("the council's plan") is no verb.
        let contracted = ["'re", "'ll", "'ve", "'d"]
            .iter()
            .any(|c| bare.ends_with(c))
            || matches!(bare, "it's" | "that's" | "he's" | "she's" | "there's");
        if contracted {
            return Some(start + bare.find('\'').unwrap_or(0));
        }
        if clause_break(w) {
            return None;
        }
    }
    None
}

/// Negation stops at a coordinated clause as well: "would not work and warned …".
fn in_negation_scope(buf: &str, o: &Item, t: &Item, words: usize) -> bool {
    in_scope(buf, o, t, words) && !buf[o.end..t.start].split_whitespace().any(|w| w == "and")
}

// --- Operators -------------------------------------------------------------------------------------

/// What an operator did to an item.
#[derive(Debug, Clone, Copy)]
enum Effect {
    /// A conciliatory term turned critical.
    Flipped,
    /// A critical term cancelled by negation.
    Cancelled,
    /// A conciliatory term absorbed into a demand.
    Absorbed,
    /// A critical term inside a defence ("defended X against criticism").
    Shielded,
    /// Another operator cancelled ("not" + "rule out").
    OperatorCancelled,
    /// A negated comparative read as a superlative ("never been prouder").
    Superlative,
    /// Scaled by a booster, hedge, contrast or concession.
    Scaled(f64),
    /// A "but" that reweighs its sentence.
    Contrast,
    /// An "although" that damps its clause.
    Concession,
    /// An "if" or "when" that damps its clause.
    Conditional,
    /// A conciliatory term conceded before a reserving "but".
    Conceded,
    /// A charge named after a verb of clearing ("cleared the operator of negligence").
    Lifted,
    /// The weaker of two opposed evaluations joined by "and" ("wonderful news and a wake-up
    /// call"): the stronger is the verdict.
    Outweighed,
    /// A term of the premise of a denied implication ("respect does not mean silence"): granted,
    /// not the point.
    Premise,
    /// A conciliatory term that is the subject a critical predicate judges ("the talks were a
    /// failure"): what is judged, not the judgement.
    Judged,
    /// A critical word naming the loss a word of sympathy is offered for ("our thoughts are with
    /// the families after this massacre"): mourned, not charged.
    Mourned,
}

/// One effect, seen from the item it is recorded on.
#[derive(Debug, Clone, Copy)]
struct Note {
    /// The other item involved (the item itself for contrast and concession).
    other: usize,
    effect: Effect,
    /// True on the operator that did it, false on the item it was done to.
    by_me: bool,
}

#[derive(Debug, Clone)]
struct State {
    factor: f64,
    /// An operator cancelled by a negation before it.
    cancelled: bool,
    /// An operator whose own weight is dropped (its negated object was critical).
    own_dropped: bool,
    /// A rebuttal the next sentence corrects: it keeps its own weight ([`corrected_after`]).
    corrected: bool,
    /// A "but" with nothing after it: a reservation of weight [`RESERVATION`].
    reserve: bool,
    /// An "if" that opens an argument from means: weight [`MEANS_ARGUMENT`].
    means: bool,
    /// A negation whose subject is words, not deeds: weight [`WORDS_NOT_DEEDS`].
    dismissed: bool,
    /// A negation that denies the speaker's side worth: weight [`DENIED_WORTH`].
    worthless: bool,
    /// A "heard" of words heard before: weight [`HEARD_BEFORE`].
    doubted: bool,
    /// A verb of rejection whose object is a charge ("rejected the accusation"): a denial.
    denial: bool,
    /// Why a term its own context empties counts x 0, for its evidence: said of a thing ("a
    /// terrible storm"), a change measured by a figure ("fallen 4 percent") or pride in one's
    /// own doing ("proud of the campaign we ran"). At most one applies: each leaves x 0.
    zeroed: Option<&'static str>,
    /// What was done to this item, and what it did to others.
    notes: Vec<Note>,
}

impl State {
    /// As [`State::default`], keeping the room of `notes`.
    fn reset(&mut self) {
        let mut notes = std::mem::take(&mut self.notes);
        notes.clear();
        *self = State {
            notes,
            ..State::default()
        };
    }
}

impl Default for State {
    fn default() -> Self {
        State {
            factor: 1.0,
            cancelled: false,
            own_dropped: false,
            corrected: false,
            reserve: false,
            means: false,
            dismissed: false,
            worthless: false,
            doubted: false,
            denial: false,
            zeroed: None,
            notes: Vec::new(),
        }
    }
}

/// Let the operators act on the terms in their scope, recording the effects in `st`. `sid` is
/// scratch space for the items' sentence numbers (kept across regions, not allocated for each).
fn apply(entries: &[Entry], buf: &str, items: &[Item], st: &mut [State], sid: &mut Vec<usize>) {
    let n = items.len();
    // Work: every step of an operator's scope reads its item's entry.
    let steps = std::cell::Cell::new(n as u64);
    let entry = |i: usize| {
        steps.set(steps.get() + 1);
        &entries[items[i].entry]
    };
    // Record `effect` of operator `o` on item `t`, on both.
    let note = |st: &mut [State], o: usize, t: usize, effect: Effect| {
        st[t].notes.push(Note {
            other: o,
            effect,
            by_me: false,
        });
        st[o].notes.push(Note {
            other: t,
            effect,
            by_me: true,
        });
    };
    // Sentence of every item, in one pass: "but" reads its own sentence only, and comparing
    // sentence numbers replaced re-reading the text between every pair (quadratic on long quotes).
    sid.clear();
    sid.resize(n, 0);
    for i in 1..n {
        sid[i] = sid[i - 1] + usize::from(sentence_break(&buf[items[i - 1].end..items[i].start]));
    }
    for o in 0..n {
        let op = entry(o);
        if st[o].cancelled {
            continue;
        }
        match op.kind {
            // "We have heard 'no plans' before": the silent entry "heard" weighs only as doubt.
            Kind::Term => {
                if op.weight == 0.0
                    && op.phrase == "heard"
                    && heard_before(buf, items[o].start, items[o].end)
                {
                    st[o].doubted = true;
                }
            }
            Kind::Ignore => {}
            Kind::Negate
            | Kind::Refuse
            | Kind::Rebut
            | Kind::Unlink
            | Kind::Correct
            | Kind::Renounce => {
                // "Respect does not mean silence": the premise is granted and the weight is on
                // what it is denied to imply, so the terms of the premise, back to the start of
                // its clause (at most BUT_REACH items), count x 0. Goodwill granted and then
                // limited is a reservation, as a reserving "but" is: the denial keeps its own
                // weight. After any other premise ("that doesn't mean it will happen") it is a
                // plain negation.
                if op.kind == Kind::Unlink {
                    let mut goodwill = false;
                    for t in (0..o).rev().take(BUT_REACH) {
                        if clause_break(&buf[items[t].end..items[t + 1].start]) {
                            break;
                        }
                        if entry(t).kind == Kind::Term && entry(t).weight != 0.0 {
                            goodwill |= entry(t).weight > 0.0 && st[t].factor > 0.0;
                            st[t].factor = 0.0;
                            note(st, o, t, Effect::Premise);
                        }
                    }
                    st[o].own_dropped = !goodwill;
                }
                // "That's not football. That's theatre.": a denial that the next sentence
                // corrects is a rejection of its own; so is "it is not a …", a rebuttal as "is
                // not a" is (the contraction "'s not a" is not one: it starts no word); else it
                // is a plain negation.
                if op.kind == Kind::Correct {
                    let rest = &buf[items[o].end..];
                    let rebuttal = !op.phrase.ends_with("'s not")
                        && (rest.starts_with(" a ") || rest.starts_with(" an "));
                    if corrected_after(buf, items[o].end) {
                        st[o].corrected = true;
                    } else if !rebuttal {
                        st[o].own_dropped = true;
                    }
                }
                // "Promises won't fix the roof": the words named as the subject are dismissed, and
                // a conciliatory word among them ("apologies", "assurances") is no goodwill.
                if op.kind == Kind::Negate {
                    if let Some(from) = words_without_deeds(buf, items[o].start, op.phrase) {
                        st[o].dismissed = true;
                        for t in (0..o).rev() {
                            if items[t].start < from {
                                break;
                            }
                            if entry(t).kind == Kind::Term && entry(t).weight > 0.0 {
                                st[t].factor = 0.0;
                                note(st, o, t, Effect::Cancelled);
                            }
                        }
                    }
                }
                if op.kind == Kind::Negate && denied_worth(buf, items[o].start, items[o].end) {
                    st[o].worthless = true;
                }
                // "I don't want anyone to think the plan is fair": a negated wish that someone
                // believe a clause denies the clause, as "I don't think" does.
                let raised = (op.kind == Kind::Negate)
                    .then(|| wished_belief(buf, items[o].end))
                    .flatten();
                // A negation raised from a clause denies its predicate, not its subject: "I don't
                // think the problem is solved" still names a problem. Words before the clause's
                // verb are left alone.
                let subject_end = match raised {
                    Some(r) => clause_verb(buf, r.end),
                    None if op.kind == Kind::Negate && op.scope > Kind::Negate.scope() => {
                        clause_verb(buf, items[o].end)
                    }
                    None => None,
                };
                for t in o + 1..n {
                    if !in_negation_scope(buf, &items[o], &items[t], op.scope) {
                        match raised {
                            Some(r) if items[t].start < r.end => continue,
                            Some(r) if in_negation_scope(buf, &r, &items[t], RAISED_REACH) => {}
                            _ => break,
                        }
                    }
                    if subject_end.is_some_and(|v| items[t].start < v) {
                        continue;
                    }
                    let te = entry(t);
                    if te.kind.negating() {
                        st[t].cancelled = true;
                        if op.kind != Kind::Renounce {
                            st[o].own_dropped = true;
                        }
                        note(st, o, t, Effect::OperatorCancelled);
                        // What the cancelled operator was aimed at is no longer criticised
                        // ("refused to condemn the strikes"); conciliatory words there stand
                        // ("did not rule out talks").
                        for u in t + 1..n {
                            if !in_scope(buf, &items[t], &items[u], te.scope) {
                                break;
                            }
                            let ue = entry(u);
                            if ue.kind == Kind::Term && ue.weight < 0.0 {
                                st[u].factor = 0.0;
                                note(st, o, u, Effect::Cancelled);
                            }
                        }
                        break;
                    }
                    if te.kind != Kind::Term || te.weight == 0.0 {
                        continue;
                    }
                    if pronoun_before_phrase(op.phrase, buf, &items[o], &items[t]) {
                        continue;
                    }
                    if negated_comparative(op.phrase, buf, &items[o], &items[t]) {
                        st[t].factor *= SUPERLATIVE;
                        note(st, o, t, Effect::Superlative);
                    } else if te.weight > 0.0 {
                        st[t].factor *= FLIP;
                        // "no intention of negotiating" is a refusal, not a reassurance; "is not
                        // a fair deal" is critical through "fair" alone.
                        // A reservation of goodwill ("cooperation does not mean accepting …")
                        // keeps its own weight: it is critical with or without the word it flips.
                        if matches!(op.kind, Kind::Renounce | Kind::Rebut | Kind::Correct) {
                            st[o].own_dropped = true;
                        }
                        note(st, o, t, Effect::Flipped);
                    } else {
                        st[t].factor = 0.0;
                        // Renouncing a hostile act is a reassurance ("no plans to attack"); a
                        // refused criticism is only neutral ("refused to condemn"). A rebuttal
                        // the next sentence corrects keeps its weight: "This is not a bad summer.
                        // This is a trend." rejects the milder reading.
                        if matches!(op.kind, Kind::Rebut | Kind::Unlink | Kind::Correct)
                            && corrected_after(buf, items[t].end)
                        {
                            st[o].corrected = true;
                        } else if op.kind != Kind::Renounce {
                            st[o].own_dropped = true;
                        }
                        note(st, o, t, Effect::Cancelled);
                    }
                }
            }
            // A remedy ("end the fear", "ease the hardship") undoes what it reaches: a harm ended
            // is goodwill, good ended ("ended the talks") a loss; either sign is flipped.
            Kind::Against | Kind::Irony | Kind::Demand | Kind::Remedy => {
                // "rejected the accusation", "dismissed the claims": a charge denied is a
                // defence, a statement about oneself (a denial of responsibility is a public
                // statement, not a rejection of the other side): the verb weighs nothing and
                // the charge it names is not made.
                // "Dismissed the criticism" brushes the critic off, and stays critical.
                let denies = op.kind == Kind::Against
                    && (op.phrase.starts_with("reject") || op.phrase.starts_with("den"));
                let charge_end = denies.then(|| charge_denied(buf, items[o].end)).flatten();
                if let Some(end) = charge_end {
                    st[o].own_dropped = true;
                    st[o].denial = true;
                    for t in o + 1..n {
                        if items[t].start >= end {
                            break;
                        }
                        if entry(t).kind == Kind::Term && entry(t).weight < 0.0 {
                            st[t].factor = 0.0;
                            note(st, o, t, Effect::Cancelled);
                        }
                    }
                    continue;
                }
                for t in o + 1..n {
                    if !in_scope(buf, &items[o], &items[t], op.scope) {
                        break;
                    }
                    let te = entry(t);
                    let reached = if op.kind == Kind::Remedy {
                        te.weight != 0.0
                    } else {
                        te.weight > 0.0
                    };
                    if te.kind != Kind::Term || !reached {
                        continue;
                    }
                    let effect = if op.kind == Kind::Demand {
                        st[t].factor = 0.0;
                        Effect::Absorbed
                    } else {
                        st[t].factor *= FLIP;
                        Effect::Flipped
                    };
                    note(st, o, t, effect);
                }
            }
            // A booster strengthens the next word; a hedge softens all it reaches.
            Kind::Boost | Kind::Damp => {
                for t in o + 1..n {
                    if !in_scope(buf, &items[o], &items[t], op.scope) {
                        break;
                    }
                    if entry(t).own() != 0.0 {
                        st[t].factor *= op.weight;
                        note(st, o, t, Effect::Scaled(op.weight));
                        if op.kind == Kind::Boost {
                            break;
                        }
                    }
                }
            }
            // "The tribunal cleared the operator of negligence": the charge named after "of" is
            // the one lifted, not made. Without an "of" in reach it is no clearing ("police
            // cleared the square"), and its own weight is dropped.
            // A charge is a strong word ("negligence", "fraud"); "cleared the camp of
            // protesters" removes people from a place and lifts nothing.
            Kind::Acquit => {
                let mut lifted = false;
                if let Some(of_end) = cleared_of(buf, items[o].end, op.scope) {
                    let of = Item {
                        start: of_end,
                        end: of_end,
                        ..items[o]
                    };
                    for t in o + 1..n {
                        if items[t].start < of_end {
                            continue;
                        }
                        if !in_negation_scope(buf, &of, &items[t], CHARGE_WORDS) {
                            break;
                        }
                        let te = entry(t);
                        if te.kind == Kind::Term && te.weight <= CHARGE {
                            st[t].factor = 0.0;
                            lifted = true;
                            note(st, o, t, Effect::Lifted);
                        }
                    }
                }
                // "She was cleared of wrongdoing": a charge neither lexicon holds still clears.
                // "Acquitted", "absolved" clear by themselves; "cleared" alone has other senses
                // (a square, a hurdle, a cheque).
                st[o].own_dropped =
                    op.phrase == "cleared" && !lifted && !buf[items[o].end..].starts_with(" of ");
            }
            Kind::Shield => {
                for t in o + 1..n {
                    if !in_scope(buf, &items[o], &items[t], op.scope) {
                        break;
                    }
                    let te = entry(t);
                    if te.kind == Kind::Term && te.weight < 0.0 {
                        st[t].factor = 0.0;
                        note(st, o, t, Effect::Shielded);
                    }
                }
            }
            // "yet" that ends its clause is the adverb of time, not a contrast: "the best offer
            // yet", "the repairs are not finished yet."
            Kind::But if op.phrase == "yet" && ends_clause(buf, items[o].end) => {}
            Kind::But => {
                // "We welcome the offer, but the families will judge it by results": when nothing
                // after a clause-opening ", but" carries a stance, the contrast itself is the
                // reservation: the conciliatory words before it are conceded (x 0) and the "but"
                // counts RESERVATION. ("modest but real" joins two words, not two clauses.)
                // Only the items of its own sentence, and at most BUT_REACH of them on each side:
                // a sentence of thousands of "but"s must not make each re-read all the others.
                let lo = (0..o)
                    .rev()
                    .take(BUT_REACH)
                    .take_while(|&t| sid[t] == sid[o])
                    .last()
                    .unwrap_or(o);
                let hi = (o + 1..n)
                    .take(BUT_REACH)
                    .take_while(|&t| sid[t] == sid[o])
                    .last()
                    .map_or(o + 1, |t| t + 1);
                let after = (o + 1..hi).any(|t| entry(t).own() != 0.0);
                let conceded: Vec<usize> = (lo..o)
                    .filter(|&t| {
                        entry(t).kind == Kind::Term && entry(t).weight > 0.0 && st[t].factor > 0.0
                    })
                    .collect();
                let clause = buf[..items[o].start].trim_end().ends_with([',', ';']);
                if !after && clause && !conceded.is_empty() {
                    st[o].reserve = true;
                    for t in conceded {
                        st[t].factor = 0.0;
                        note(st, o, t, Effect::Conceded);
                    }
                    continue;
                }
                let mut any = false;
                for (t, s) in st.iter_mut().enumerate().take(hi).skip(lo) {
                    if t == o || entry(t).own() == 0.0 {
                        continue;
                    }
                    let f = if t < o { BEFORE_BUT } else { AFTER_BUT };
                    s.factor *= f;
                    s.notes.push(Note {
                        other: o,
                        effect: Effect::Scaled(f),
                        by_me: false,
                    });
                    any = true;
                }
                if any {
                    st[o].notes.push(Note {
                        other: o,
                        effect: Effect::Contrast,
                        by_me: true,
                    });
                }
            }
            // "although …" concedes its clause; "if …", "when …" state a condition or a
            // time, not the speaker's judgement: the stance is in the clause they hang on.
            Kind::Concede | Kind::Condition | Kind::Time => {
                // A time clause after its main clause is often the news itself ("dropped the
                // plan when he launched a campaign"); only one that opens its sentence, or the
                // clause after "that", "and", "but", is background to the clause after it.
                if op.kind == Kind::Time && !fronted(buf, items[o].start) {
                    continue;
                }
                if op.kind == Kind::Condition
                    && op.phrase == "if"
                    && means_argument(buf, items[o].end)
                {
                    st[o].means = true;
                }
                let (f, effect) = if op.kind == Kind::Concede {
                    (CONCEDED, Effect::Concession)
                } else {
                    (op.weight, Effect::Conditional)
                };
                let mut any = false;
                // The text between neighbours only, and at most BUT_REACH items: a clause of
                // thousands of "if"s must not make each re-read all the others.
                for t in (o + 1..n).take(BUT_REACH) {
                    if clause_break(&buf[items[t - 1].end..items[t].start]) {
                        break;
                    }
                    if entry(t).own() != 0.0 {
                        st[t].factor *= f;
                        st[t].notes.push(Note {
                            other: o,
                            effect: Effect::Scaled(f),
                            by_me: false,
                        });
                        any = true;
                    }
                }
                if any {
                    st[o].notes.push(Note {
                        other: o,
                        effect,
                        by_me: true,
                    });
                }
            }
        }
    }
    // "The talks were a failure", "their cooperation was disappointing": a conciliatory term
    // right before a copula is the subject its predicate judges. When the predicate's first term
    // (after the operators: "far from satisfactory") is critical, the subject is only the topic
    // and counts x 0. Not the other way round: in "the strikes were justified" the praise is
    // of a hostile act. Each term reads the items up to its clause's end, at most BUT_REACH.
    for t in 0..n {
        let own = entry(t).own() * st[t].factor;
        if entry(t).kind != Kind::Term || own <= 0.0 {
            continue;
        }
        let Some(after) = copula_after(buf, items[t].end) else {
            continue;
        };
        let judge = (t + 1..n)
            .take(BUT_REACH)
            .take_while(|&p| !clause_break(&buf[items[p - 1].end..items[p].start]))
            .filter(|&p| items[p].start >= after)
            .find(|&p| entry(p).kind == Kind::Term && entry(p).own() * st[p].factor != 0.0)
            // A predicate is short ("a gigantic problem", "far from satisfactory"): a term
            // further on belongs to what the clause goes on to say ("is implemented and …").
            .filter(|&p| buf[after..items[p].start].split(' ').count() <= PREDICATE_WORDS);
        if let Some(p) = judge.filter(|&p| entry(p).own() * st[p].factor < 0.0) {
            st[t].factor = 0.0;
            note(st, p, t, Effect::Judged);
        }
    }
    // "An endorsement of bigotry", "support for violence against …": approval whose object is a
    // charge approves a wrong, and is itself a charge (flipped). The charge must be the very next
    // term, right after it or after "of" or "for" ("support for violence"), and the head of its
    // phrase (a word that is no noun's modifier: "support for abuse survivors", "aid for war
    // victims" approve of people), so a clause break, the end, or a function word follows it.
    let lex = crate::lexicon::Lexicon::get();
    for t in 0..n.saturating_sub(1) {
        let (te, pe) = (entry(t), entry(t + 1));
        if te.kind != Kind::Term
            || pe.kind != Kind::Term
            || te.own() * st[t].factor <= 0.0
            || pe.own() * st[t + 1].factor > CHARGE
            || !lex.approvals.contains(te.phrase)
        {
            continue;
        }
        let between = &buf[items[t].end..items[t + 1].start];
        let linked = between.split_whitespace().count() <= 1
            && between
                .split_whitespace()
                .all(|w| APPROVAL_LINKS.contains(&w.to_lowercase().as_str()));
        let next = ahead(buf, items[t + 1].end)
            .split_whitespace()
            .next()
            .map(str::to_lowercase);
        let head = next.as_deref().is_none_or(|w| {
            w.starts_with(|c: char| !c.is_alphanumeric()) || CHARGE_FOLLOWERS.contains(&w)
        });
        if linked && !between.contains([',', ';', ':']) && head {
            st[t].factor *= FLIP;
            note(st, t + 1, t, Effect::Flipped);
        }
    }
    // "A terrible storm", "a sad day for the village", "the flood was devastating": a critical
    // word said of weather, a time or a misfortune (`thing_nouns.txt`) is feeling about what
    // happened, and no party is its target; it counts x 0. Only a single word before its noun or
    // after the noun's copula: "the storm response was terrible" judges the response.
    //
    // "Sales have fallen 4 percent", "a 12 percent decline": VADER's word for a change measured
    // by a figure reports a result, not a judgement of anyone (VADER scores the word alone, and
    // "fallen", "weakness", "decline" read as criticism). This project's lexicons keep their
    // weight: their entries were written for stance ("cut to the bone" stays a charge).
    //
    // "I'm proud of the campaign we ran": pride in what the speaker's side did praises no party;
    // "proud of the way they played" praises the players and keeps its weight.
    //
    // Each test reads only its own term, and a term it empties is one the next skips.
    for t in 0..n {
        if entry(t).kind != Kind::Term {
            continue;
        }
        let e = entry(t);
        let own = e.own() * st[t].factor;
        let zeroed = if own < 0.0 && !e.phrase.contains(' ') && {
            // Work: the look-back window and the two words ahead that `said_of_thing` reads.
            steps.set(steps.get() + (THING_BACK + 2) as u64);
            said_of_thing(buf, items[t].start, items[t].end)
        } {
            "said of a thing or event, not of a party"
        } else if own != 0.0 && e.origin == Origin::Vader && {
            // Work: the words ahead and behind that `states_figure` reads.
            steps.set(steps.get() + (FIGURE_BACK + FIGURE_AHEAD) as u64);
            states_figure(buf, items[t].start, items[t].end)
        } {
            "a change measured by a figure, a result rather than a judgement"
        } else if own > 0.0 && e.phrase == "proud" && {
            // Work: the words ahead that `own_doing` reads.
            steps.set(steps.get() + OWN_DOING_WORDS as u64);
            own_doing(buf, items[t].end)
        } {
            "pride in the speaker's own doing, said of no party"
        } else {
            continue;
        };
        st[t].factor = 0.0;
        st[t].zeroed = Some(zeroed);
    }
    // "Our thoughts are with the families after this massacre": a critical word after a word of
    // sympathy (`sympathy.txt`), in its clause and within SYMPATHY_WORDS words, names the loss
    // the sympathy is offered for, and counts x 0. A word of blame ("this cowardly attack")
    // still charges whoever did it; an operator ends the reach (what it does is read as usual).
    for s in 0..n {
        if entry(s).kind != Kind::Term
            || entry(s).own() * st[s].factor <= 0.0
            || !lex.sympathy.contains(entry(s).phrase)
        {
            continue;
        }
        for t in s + 1..n {
            let between = &buf[items[s].end..items[t].start];
            // Work: `clause_break` and `words_up_to` read the words between.
            steps.set(steps.get() + between.len() as u64);
            if entry(t).kind != Kind::Term
                || clause_break(between)
                || words_up_to(between, SYMPATHY_WORDS) > SYMPATHY_WORDS
            {
                break;
            }
            let word = &buf[items[t].start..items[t].end];
            if entry(t).own() * st[t].factor < 0.0 && !lex.blame_words.contains(word) {
                st[t].factor = 0.0;
                note(st, s, t, Effect::Mourned);
            }
        }
    }
    // "This is wonderful news and a wake-up call": two evaluations of opposite sign joined by
    // "and" in one predicate ("is …", "was …") judge its subject twice, and the clearly stronger
    // explicit one (by its weight in its lexicon, before VADER's discount, at least OUTWEIGHS
    // times the other) is the verdict; the weaker qualifies it and counts x 0. Two of about equal
    // strength ("a blessing and a curse") are left to cancel out; outside a predicate ("create
    // new and real problems", "reduce poverty and help families") the two are about different
    // things. Each term looks at the term before it only. Only
    // words stated as they are compete: a flipped one ("the least glamorous and most important
    // part") is an evaluation derived by its operator, and its strength is not its word's.
    let mut prev: Option<usize> = None;
    for t in 0..n {
        let w = entry(t).own() * st[t].factor;
        if entry(t).kind != Kind::Term || w == 0.0 {
            continue;
        }
        if st[t].factor < 0.0 {
            prev = None;
            continue;
        }
        if let Some(p) = prev.filter(|&p| entry(p).own() * st[p].factor * w < 0.0) {
            if coordinated(&buf[items[p].end..items[t].start]) && copula_before(buf, items[p].start)
            {
                let (sp, st_) = (strength(entry(p)), strength(entry(t)));
                if sp.max(st_) >= OUTWEIGHS * sp.min(st_) {
                    let (weak, strong) = if sp < st_ { (p, t) } else { (t, p) };
                    st[weak].factor = 0.0;
                    note(st, strong, weak, Effect::Outweighed);
                }
            }
        }
        prev = Some(t);
    }
    work::add(Stage::Stance, steps.get());
}

/// How many words after a word of sympathy a critical word may name the loss it is offered for
/// ("thoughts are with the families of those killed in this terrible flood").
const SYMPATHY_WORDS: usize = 12;

/// Adverbs of degree between a copula and a word said of its subject ("was so terrible").
const DEGREE_ADVERBS: [&str; 12] = [
    "so",
    "very",
    "really",
    "truly",
    "absolutely",
    "just",
    "pretty",
    "quite",
    "too",
    "utterly",
    "extremely",
    "incredibly",
];

/// How far back, in bytes, [`said_of_thing`] looks for a copula and its subject: four words.
const THING_BACK: usize = 48;

/// Copulas after a thing's noun whose predicate is said of the thing ([`said_of_thing`]).
const THING_COPULAS: [&str; 7] = ["is", "was", "are", "were", "been", "be", "'s"];

/// Whether the word at `start..end` of `buf` is said of a thing or event (`thing_nouns.txt`):
/// the noun right after it ("a terrible storm", "a sad, sad day"), or the subject of the copula
/// right before it, an adverb of degree allowed ("the flood was so devastating", "the weather
/// has been awful"). Never a word of blame (`blame_words.txt`). Bounded: two words ahead, four
/// behind.
fn said_of_thing(buf: &str, start: usize, end: usize) -> bool {
    fn word(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
    }
    let lex = crate::lexicon::Lexicon::get();
    let here = word(&buf[start..end]);
    // "A shameful day for the council": blame has an author, whatever it qualifies.
    if lex.blame_words.contains(here) {
        return false;
    }
    let rest = ahead(buf, end);
    // The noun must follow without a break; after a comma only the word itself repeated ("a
    // sad, sad day").
    let repeated = rest.starts_with(',');
    let mut after = rest.trim_start_matches(',').split_whitespace();
    let next = after.next().unwrap_or("");
    if !repeated
        && !next.ends_with([',', '.', ';', ':', '!', '?'])
        && lex.thing_nouns.contains(word(next))
    {
        return true;
    }
    if repeated && next == here {
        if let Some(n2) = after.next() {
            if lex.thing_nouns.contains(word(n2)) {
                return true;
            }
        }
    }
    let before = &buf[window_start(buf, start, THING_BACK)..start];
    let mut back = before.split_whitespace().rev();
    let mut w = back.next().unwrap_or("");
    if DEGREE_ADVERBS.contains(&w) {
        w = back.next().unwrap_or("");
    }
    if !THING_COPULAS.contains(&w) {
        // "the storm's terrible": the contraction is part of the noun's word.
        return w
            .strip_suffix("'s")
            .is_some_and(|n| lex.thing_nouns.contains(n));
    }
    let mut subject = back.next().unwrap_or("");
    if matches!(subject, "has" | "have" | "had" | "will" | "would") {
        subject = back.next().unwrap_or("");
    }
    lex.thing_nouns.contains(subject)
}

/// Words that may stand between a word of change and its figure ("fell by nearly 4 percent").
const FIGURE_LINKS: [&str; 17] = [
    "by", "of", "to", "from", "nearly", "almost", "about", "around", "some", "over", "more",
    "than", "less", "just", "under", "a", "an",
];

/// Words that make a number a measure of a quantity, not a count of people or things: "killed 12
/// people" states a count of victims and may accuse, "fell 12 percent" states a result.
const FIGURE_UNITS: [&str; 14] = [
    "percent",
    "per",
    "percentage",
    "points",
    "point",
    "million",
    "billion",
    "trillion",
    "bn",
    "cents",
    "pence",
    "dollars",
    "pounds",
    "euros",
];

/// How many words after a word of change [`states_figure`] reads for its figure.
const FIGURE_WORDS: usize = 4;

/// How far back, in bytes, [`states_figure`] looks for a figure before its word: two words.
const FIGURE_BACK: usize = 24;

/// How far ahead, in bytes, [`states_figure`] looks for a figure's digit: four words.
const FIGURE_AHEAD: usize = 48;

/// Whether the word at `start..end` of `buf` is measured by a figure in its clause: a money sum,
/// a percentage or a number with a unit right after it, perhaps after a link ("fallen 4
/// percent", "dropped by $2 million", "fell to 3.1%"), or right before it ("a 12 percent
/// decline", "a 4% drop"). Not "100 percent", which means "wholly" ("100 percent confidence in
/// the team"), and not after "the": "the poor" is a group, not a change ("cut aid to the poor by
/// $5 billion"). Bounded: four words ahead, two behind.
fn states_figure(buf: &str, start: usize, end: usize) -> bool {
    fn money(w: &str) -> bool {
        w.starts_with(['$', '£', '€']) && w.chars().nth(1).is_some_and(|c| c.is_ascii_digit())
    }
    fn percentage(w: &str) -> bool {
        let w = w.trim_end_matches([',', '.', ';', ':']);
        w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with('%') && w != "100%"
    }
    fn unit(w: &str) -> bool {
        FIGURE_UNITS.contains(&w.trim_end_matches([',', '.', ';', ':']))
    }
    // Most words have no digit near them: one look at the bytes around spares the word split.
    let from = window_start(buf, start, FIGURE_BACK);
    let near = ahead(buf, end).len().min(FIGURE_AHEAD);
    if !buf.as_bytes()[from..end + near]
        .iter()
        .any(u8::is_ascii_digit)
    {
        return false;
    }
    let before = &buf[from..start];
    let mut back = before.split_whitespace().rev();
    let previous = back.next();
    match previous {
        Some(w) if money(w) || percentage(w) => return true,
        Some(w) if unit(w) && !w.ends_with([',', '.', ';', ':']) => {
            let figure = back.next().is_some_and(|n| {
                money(n) || (n.starts_with(|c: char| c.is_ascii_digit()) && n != "100")
            });
            if figure {
                return true;
            }
        }
        Some("the") => return false,
        _ => {}
    }
    let mut after = ahead(buf, end).split_whitespace().take(FIGURE_WORDS);
    while let Some(w) = after.next() {
        if money(w) || percentage(w) {
            return true;
        }
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            return !w.ends_with([',', '.', ';', ':']) && after.next().is_some_and(unit);
        }
        if !FIGURE_LINKS.contains(&w) {
            break;
        }
    }
    false
}

/// How many words after "proud of" [`own_doing`] reads for the subject of a clause.
const OWN_DOING_WORDS: usize = 6;

/// Whether "proud" at `from` in `buf` is pride in the speaker's own doing: "of", then a clause
/// whose subject is "we" or "I" within [`OWN_DOING_WORDS`] words, before a clause break ("proud
/// of the campaign we ran", "proud of what I have done"). Another subject ("the way they
/// played") or none ("proud of our volunteers") is pride in someone else.
fn own_doing(buf: &str, from: usize) -> bool {
    let mut words = ahead(buf, from).split_whitespace();
    if words.next() != Some("of") {
        return false;
    }
    for (i, w) in words.take(OWN_DOING_WORDS).enumerate() {
        let bare = w.trim_end_matches([',', '.', ';', ':', '!', '?']);
        let subject = bare.split('\'').next().unwrap_or(bare);
        match subject {
            "we" | "i" => return i > 0,
            "they" | "he" | "she" | "you" | "it" | "and" | "but" => return false,
            _ => {}
        }
        if bare.len() != w.len() {
            return false;
        }
    }
    false
}

/// Words between a term of approval and its object (`approvals.txt`). No article: a vice approved
/// is named bare ("support for violence"), while "supported a ban", "backing a crackdown" back a
/// measure against a wrong, a position rather than a wrong.
const APPROVAL_LINKS: [&str; 2] = ["of", "for"];

/// Words that may follow the head of a charge's phrase: a charge followed by any other word may
/// be a noun's modifier ("abuse survivors").
const CHARGE_FOLLOWERS: [&str; 18] = [
    "of", "against", "and", "or", "in", "by", "on", "at", "to", "from", "with", "that", "which",
    "who", "as", "is", "was", "are",
];

/// How many words after "of" a charge that a verb of clearing lifts may reach ("of gross
/// negligence", "of all charges of fraud").
const CHARGE_WORDS: usize = 4;

/// The weight at or below which a term after "of" is a charge a verb of clearing lifts (VADER's
/// "fraud" -2.8 counts -1.12 here; "protesters", -0.9, -0.36, is no charge).
const CHARGE: f64 = -0.8;

/// The end of the "of" that names the charge after a verb of clearing, if one follows within
/// `words` words in the same clause: "cleared (the operator) of", "acquitted (all three) of".
fn cleared_of(buf: &str, from: usize, words: usize) -> Option<usize> {
    let rest = ahead(buf, from);
    let mut at = 0;
    for (k, w) in rest.split(' ').enumerate() {
        if k > words || clause_break(w) {
            return None;
        }
        if w == "of" {
            return Some(from + at + w.len());
        }
        at += w.len() + 1;
    }
    None
}

/// The end of the charge a verb of rejection ending at `from` denies: an optional determiner, at
/// most one more word, then a noun of `charge_nouns.txt` ("rejected the charge", "dismissed these
/// latest allegations", "denied any wrongdoing"); none across a clause break.
fn charge_denied(buf: &str, from: usize) -> Option<usize> {
    let charge_nouns = &crate::lexicon::Lexicon::get().charge_nouns;
    let rest = ahead(buf, from);
    let mut at = 0;
    let mut words = 0;
    for w in rest.split(' ') {
        if w.is_empty() {
            at += 1;
            continue;
        }
        let bare = w.trim_end_matches([',', ';', ':', '.', '!', '?']);
        if charge_nouns.contains(bare) {
            return Some(from + at + bare.len());
        }
        if clause_break(w) {
            return None;
        }
        let det = words == 0
            && matches!(
                w,
                "the"
                    | "these"
                    | "those"
                    | "this"
                    | "that"
                    | "such"
                    | "any"
                    | "all"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "every"
            );
        if !det {
            words += 1;
            if words > 1 {
                return None;
            }
        }
        at += w.len() + 1;
    }
    None
}

/// How many words may join two evaluations that [`coordinated`] reads as one predicate.
const COORDINATED_WORDS: usize = 3;

/// True when `between`, the words between two terms, joins them as one coordinated predicate:
/// "and" among at most [`COORDINATED_WORDS`] words, in one clause, with no contrast.
fn coordinated(between: &str) -> bool {
    !clause_break(between)
        && words_up_to(between, COORDINATED_WORDS) <= COORDINATED_WORDS
        && between.split(' ').any(|w| w == "and")
        && !between.split(' ').any(|w| matches!(w, "but" | "yet"))
}

/// How many times stronger one of two opposed evaluations in one predicate must be to decide it.
const OUTWEIGHS: f64 = 1.25;

/// True when a copula ("is", "was", "it's", …) stands within the two words before `at` (an
/// article between: "is a disgrace"), in the same clause: what follows is a predicate.
fn copula_before(buf: &str, at: usize) -> bool {
    let from = window_start(buf, at, 40);
    buf[from..at]
        .split(' ')
        .rev()
        .filter(|w| !w.is_empty())
        .take(3)
        .take_while(|w| !clause_break(w))
        .any(|w| matches!(w, "is" | "are" | "was" | "were" | "be" | "been") || w.ends_with("'s"))
}

/// How strong an evaluation is in its own lexicon: VADER's words before their discount.
fn strength(e: &Entry) -> f64 {
    if e.origin == Origin::Vader {
        e.weight.abs() / table::VADER_SCALE
    } else {
        e.weight.abs()
    }
}

/// How many words may stand between a copula and the term that judges its subject.
const PREDICATE_WORDS: usize = 4;

/// The length of the copula or verb of seeming that `rest` starts with, with the space after it
/// ("is", "has been", "remained", "seemed", …): its predicate judges the subject
/// ([`copula_after`]). One word read and matched, not a list of twenty prefixes tried in turn
/// (that list was most of the cost of the predicate rule, read after every conciliatory term).
fn copula_len(rest: &str) -> Option<usize> {
    let (first, after) = rest.split_once(' ')?;
    let second = |w: &str| {
        after
            .split_once(' ')
            .filter(|&(s, _)| s == w)
            .map(|(s, _)| first.len() + 1 + s.len() + 1)
    };
    match first {
        "is" | "are" | "was" | "were" | "remains" | "remain" | "remained" | "proved" | "proves"
        | "seems" | "seemed" | "looks" | "looked" | "became" => Some(first.len() + 1),
        "has" => second("been").or_else(|| second("proved")),
        "have" | "had" => second("been"),
        "will" | "would" => second("be"),
        _ => None,
    }
}

/// Prepositions that may open a short phrase between a subject and its copula ("the talks
/// with the union were …").
const SUBJECT_PREPOSITIONS: [&str; 9] = [
    "with", "of", "between", "on", "over", "for", "in", "at", "to",
];

/// Where the predicate starts when a copula follows `from` ("talks| were a failure"), directly
/// or after a prepositional phrase of at most four words with no clause in it ("talks| with the
/// union were …"): the byte after the copula's space, or `None`.
fn copula_after(buf: &str, from: usize) -> Option<usize> {
    let copula = |rest: &str| copula_len(rest).map(|n| buf.len() - rest.len() + n);
    let mut rest = buf[from..].strip_prefix(' ')?;
    if let Some(at) = copula(rest) {
        return Some(at);
    }
    let (first, _) = rest.split_once(' ')?;
    if !SUBJECT_PREPOSITIONS.contains(&first) {
        return None;
    }
    for _ in 0..5 {
        let (word, after) = rest.split_once(' ')?;
        let plain = word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'\'' || b == b'-');
        if !plain || matches!(word, "who" | "which" | "that" | "and" | "but") {
            return None;
        }
        rest = after;
        if let Some(at) = copula(rest) {
            return Some(at);
        }
    }
    None
}

/// Verbs of spending in the "if" clause of an argument from means ([`means_argument`]); "find"
/// only with what is found ("find the money", "find time"), as "if they can find him" is not one.
const MEANS_VERBS: [&str; 7] = ["afford", "spend", "fund", "pay", "bail", "splash", "lavish"];
const FOUND: [&str; 8] = [
    "money", "cash", "funds", "millions", "billions", "time", "room", "space",
];

/// Whether the clause after an "if" that ends at `from` opens an argument from means: "if they
/// can find money for X, they can find money for Y", "if you can afford a yacht, you can afford
/// …". The same subject (one to three words, not "we" or "I": a speaker's own plan is no charge)
/// with "can", a verb of spending, and after the clause's comma the same subject and "can"
/// again. Reads at most [`AHEAD`] bytes.
fn means_argument(buf: &str, from: usize) -> bool {
    let rest = ahead(buf, from);
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let Some(can) = rest.find(" can ") else {
        return false;
    };
    let subject = &rest[..can];
    let words = subject.split(' ').count();
    if subject.is_empty() || words > 3 || matches!(subject, "we" | "i") || subject.contains(',') {
        return false;
    }
    let clause = &rest[can + 5..];
    let Some(comma) = clause.find(", ") else {
        return false;
    };
    let (body, after) = (&clause[..comma], &clause[comma + 2..]);
    let mut body_words = body.split(' ');
    let spends = match body_words.next() {
        Some("find") => body_words.take(2).any(|w| FOUND.contains(&w)),
        Some(v) => MEANS_VERBS.contains(&v),
        None => false,
    };
    spends
        && after
            .strip_prefix(subject)
            .is_some_and(|a| a.starts_with(" can "))
}

/// Nouns for words said rather than deeds done, as the subject of [`words_without_deeds`].
const SAID_NOUNS: [&str; 11] = [
    "words",
    "promises",
    "speeches",
    "statements",
    "apologies",
    "slogans",
    "pledges",
    "assurances",
    "announcements",
    "gestures",
    "leaflets",
];
/// Adjectives that may come before them ("fine words", "warm words", "empty promises").
const SAID_ADJECTIVES: [&str; 9] = [
    "fine", "warm", "kind", "nice", "empty", "mere", "more", "grand", "soothing",
];
/// How far back [`words_without_deeds`] looks for the start of the negation's sentence.
const SUBJECT_REACH: usize = 80;

/// Where the subject starts when the negation at `at` denies what words, promises or speeches do,
/// not deeds: "Words on a website will not fix the potholes", "Promises won't heat anybody's
/// home", "Fine speeches don't clear the rubble". The sentence (no comma before the negation, at
/// most [`SUBJECT_REACH`] bytes) opens with a bare plural of [`SAID_NOUNS`], perhaps after one of
/// [`SAID_ADJECTIVES`] (with "the", "his", … it names a text: "the statement did not name him"),
/// and the negation is of the present or future ("will not", "won't", "don't", "cannot"), not a
/// narrated past ("promises were not kept"). "Words do not come easily" is an idiom of its own,
/// and a passive is procedure, not dismissal ("statements will not be published until Monday").
fn words_without_deeds(buf: &str, at: usize, phrase: &str) -> Option<usize> {
    let from = window_start(buf, at, SUBJECT_REACH);
    let window = &buf[from..at];
    let start = match window.rfind(['.', '!', '?', ',', ';', ':']) {
        Some(i) if matches!(window.as_bytes()[i], b'.' | b'!' | b'?') => from + i + 1,
        Some(_) => return None,
        None if from == 0 => 0,
        None => return None,
    };
    let subject = buf[start..at].trim();
    let subject = match phrase {
        "won't" | "cannot" | "can't" | "don't" | "doesn't" => subject,
        "not" => ["will", "do", "does", "can"]
            .iter()
            .find_map(|aux| subject.strip_suffix(aux)?.strip_suffix(' '))?,
        _ => return None,
    };
    if matches!(buf[at..].split(' ').nth(1), Some("come" | "be")) {
        return None;
    }
    let mut words = subject.split(' ');
    let first = words.next()?;
    let noun = if SAID_ADJECTIVES.contains(&first) {
        words.next()?
    } else {
        first
    };
    SAID_NOUNS
        .contains(&noun)
        .then(|| start + (buf[start..].len() - buf[start..].trim_start().len()))
}

/// Verbs of worth: to say that someone does not matter, count, belong or exist denies them worth.
const WORTH_VERBS: [&str; 11] = [
    "matter", "matters", "mattered", "count", "counts", "counted", "belong", "belonged", "exist",
    "exists", "existed",
];

/// Words that may follow a verb of worth used without an object ("did not matter to them", "do
/// not belong here", "never counted for anything").
const WORTH_AFTER: [&str; 12] = [
    "to", "for", "anymore", "here", "there", "at", "in", "enough", "now", "either", "any", "much",
];

/// Words that may stand between the negation and a verb of worth ("did not really matter").
const WORTH_ADVERBS: [&str; 4] = ["really", "even", "ever", "much"];

/// First-person words: the speaker's side as the one denied worth.
const FIRST_PERSON: [&str; 6] = ["we", "i", "our", "my", "us", "me"];

/// Where a look back for the subject of a denial of worth stops: the verb or conjunction that
/// introduces its clause ("told us our families did not matter", "felt that we did not count").
const CLAUSE_OPENERS: [&str; 10] = [
    "that", "told", "because", "and", "but", "so", "if", "felt", "feel", "clear",
];

/// At most this many words before the negation make the subject of a denial of worth.
const WORTH_SUBJECT_WORDS: usize = 5;

/// A grievance with no stance word: "they told us our families did not matter", "people like us
/// don't count", "we never mattered to them". The negation at `at..end` is followed (perhaps after
/// "really", "even") by a verb of [`WORTH_VERBS`], and the subject of its clause, at most
/// [`WORTH_SUBJECT_WORDS`] words back to a clause opener or break, has a first-person word: the
/// speaker's side is denied worth, a charge against whoever denies it. "It does not matter who
/// wins" and "the score did not count" deny nobody's worth.
fn denied_worth(buf: &str, at: usize, end: usize) -> bool {
    let mut next = buf[end..].split(' ').filter(|w| !w.is_empty());
    let verb = match next.next() {
        Some(w) if WORTH_ADVERBS.contains(&w) => next.next(),
        w => w,
    };
    let Some(word) = verb else {
        return false;
    };
    let v = word.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
    // Used without an object: "we did not count the ballots", "I didn't count on it" are acts.
    let intransitive = v.len() < word.len()
        || next.next().is_none_or(|w| {
            WORTH_AFTER.contains(&w.trim_end_matches(|c: char| !c.is_ascii_alphabetic()))
        });
    if !WORTH_VERBS.contains(&v) || !intransitive {
        return false;
    }
    let from = window_start(buf, at, SUBJECT_REACH);
    let mut subject = [""; WORTH_SUBJECT_WORDS];
    let mut k = 0;
    for w in buf[from..at].split(' ').rev().filter(|w| !w.is_empty()) {
        if k == WORTH_SUBJECT_WORDS || clause_break(w) || CLAUSE_OPENERS.contains(&w) {
            break;
        }
        subject[k] = w;
        k += 1;
    }
    // An object pronoun starts no subject: in "told us the rota did not matter" the "us" is
    // the one told; in "people like us don't count" it is part of the subject.
    let first = subject[..k]
        .last()
        .is_some_and(|w| matches!(*w, "us" | "me"));
    subject[..k - usize::from(first)]
        .iter()
        .any(|w| FIRST_PERSON.contains(w))
}

/// At most this many words of what was heard stand between "heard" and "before" in
/// [`heard_before`].
const HEARD_WORDS: usize = 4;

/// Whether the "heard" at `start..end` doubts words heard before: "we have heard 'no plans'
/// before", "I've heard those excuses before.". It is in the perfect ("have", "has" or "'ve" right
/// before it: "have not heard" and "have never heard" deny, "we heard it before lunch" narrates),
/// and "before" ends its clause after one to [`HEARD_WORDS`] words ("heard it before the vote"
/// dates a hearing; "the case has been heard before a judge" is procedure).
fn heard_before(buf: &str, start: usize, end: usize) -> bool {
    let perfect = buf[..start]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "have" | "has") || w.ends_with("'ve"));
    if !perfect {
        return false;
    }
    let mut words = buf[end..].split(' ').filter(|w| !w.is_empty()).peekable();
    let mut k = 0;
    while let Some(w) = words.next() {
        let bare = w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        let ends = w[bare.len()..].contains(['.', ',', ';', ':', '!', '?']);
        if bare == "before" {
            return k > 0 && (ends || words.peek().is_none());
        }
        if ends || k == HEARD_WORDS {
            return false;
        }
        k += 1;
    }
    false
}

/// Whether a clause opening at `at` comes before the clause it hangs on: it opens its sentence
/// (or follows a colon or semicolon), or follows "that", "and", "but" or "so".
fn fronted(buf: &str, at: usize) -> bool {
    let before = buf[..at].trim_end();
    before.is_empty()
        || before.ends_with(['.', '!', '?', ':', ';'])
        || [" that", " and", " but", " so"]
            .iter()
            .any(|w| before.ends_with(w))
        || ["that", "and", "but", "so"].contains(&before)
}

/// How far [`corrected_after`] looks for the end of the rebuttal's sentence.
const CORRECTION_REACH: usize = 160;

/// Whether the sentence after `from` opens by restating what the rebutted thing is ("… is not a
/// bad summer. This is a trend."): a correction, so the rebuttal stands as a rejection of the
/// milder reading. Reads at most [`CORRECTION_REACH`] bytes.
fn corrected_after(buf: &str, from: usize) -> bool {
    const OPENERS: [&str; 10] = [
        "it is ",
        "it's ",
        "this is ",
        "that is ",
        "that's ",
        "it was ",
        "this was ",
        "that was ",
        "they are ",
        "they're ",
    ];
    let bytes = buf.as_bytes();
    let end = (from + CORRECTION_REACH).min(bytes.len());
    let Some(dot) = (from..end).find(|&i| matches!(bytes[i], b'.' | b'!')) else {
        return false;
    };
    let next = buf[dot + 1..].trim_start();
    OPENERS.iter().any(|o| next.starts_with(o))
}

/// An `f64` as evidence writes it (`{}` or `{:+}`), formatted once per thread and value:
/// evidence repeats a few dozen factors and weights of the lexicons, and formatting floats was
/// most of the cost of writing it (perf8).
struct Num(f64);

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        thread_local! {
            static WRITTEN: RefCell<Vec<(u64, bool, String)>> = const { RefCell::new(Vec::new()) };
        }
        if f.width().is_some() || f.precision().is_some() {
            return std::fmt::Display::fmt(&self.0, f);
        }
        let key = (self.0.to_bits(), f.sign_plus());
        WRITTEN.with_borrow_mut(|written| {
            let k = written
                .iter()
                .position(|&(bits, plus, _)| (bits, plus) == key)
                .unwrap_or_else(|| {
                    let s = if key.1 {
                        format!("{:+}", self.0)
                    } else {
                        self.0.to_string()
                    };
                    written.push((key.0, key.1, s));
                    written.len() - 1
                });
            f.write_str(&written[k].2)
        })
    }
}

/// The human reason for one piece of evidence.
fn explain(entries: &[Entry], entry: usize, st: &State, items: &[Item], in_cue: bool) -> String {
    use std::fmt::Write;
    let e = &entries[entry];
    let desc = DESCRIPTIONS[entry];
    let (flip, superlative, conceded) = (Num(FLIP), Num(SUPERLATIVE), Num(CONCEDED));
    let (before_but, after_but, reservation) = (Num(BEFORE_BUT), Num(AFTER_BUT), Num(RESERVATION));
    // Room for what usually follows the description, so that the string grows at most once.
    let mut why = String::with_capacity(desc.len() + 80 + 64 * st.notes.len());
    if in_cue {
        why.push_str("reporting verb; ");
    }
    why.push_str(desc);
    for note in &st.notes {
        let p = entries[items[note.other].entry].phrase;
        let _ = match (note.by_me, note.effect) {
            (false, Effect::Flipped) => write!(why, "; flipped by \"{p}\" (x {flip})"),
            (false, Effect::Cancelled) => write!(
                why,
                "; cancelled by \"{p}\" (a negated criticism is not criticism)"
            ),
            (false, Effect::Shielded) => write!(why, "; cancelled: inside the defence \"{p}\""),
            (true, Effect::Shielded) => write!(why, "; cancels \"{p}\""),
            (false, Effect::Lifted) => write!(why, "; cancelled: the charge \"{p}\" lifts"),
            (true, Effect::Lifted) => write!(why, "; lifts the charge \"{p}\""),
            (false, Effect::Outweighed) => write!(
                why,
                "; x 0: joined by \"and\" to the stronger opposite evaluation \"{p}\""
            ),
            (true, Effect::Outweighed) => write!(why, "; outweighs \"{p}\""),
            (false, Effect::Mourned) => write!(
                why,
                "; x 0: the loss the sympathy \"{p}\" is offered for, not a charge"
            ),
            (true, Effect::Mourned) => write!(why, "; mourns \"{p}\""),
            (false, Effect::Absorbed) => write!(why, "; part of the demand \"{p}\" (x 0)"),
            (false, Effect::OperatorCancelled) => write!(why, "; cancelled by \"{p}\""),
            (false, Effect::Superlative) => write!(
                why,
                "; x {superlative} by \"{p}\" (a negated comparative is a superlative)"
            ),
            (true, Effect::Superlative) => write!(
                why,
                "; reads \"{p}\" as a superlative, not negated"
            ),
            (false, Effect::Scaled(f)) => write!(why, "; x {} by \"{p}\"", Num(f)),
            (true, Effect::Flipped) => write!(why, "; flips \"{p}\""),
            (true, Effect::Cancelled) => write!(why, "; cancels \"{p}\""),
            (true, Effect::Absorbed) => write!(why, "; absorbs \"{p}\""),
            (true, Effect::OperatorCancelled) => write!(why, "; cancels \"{p}\""),
            (true, Effect::Scaled(f)) => write!(why, "; scales \"{p}\" x {}", Num(f)),
            (_, Effect::Contrast) => write!(
                why,
                "; in its sentence what comes before counts x {before_but}, what follows x {after_but}"
            ),
            (_, Effect::Concession) => write!(why, "; its clause counts x {conceded}"),
            (_, Effect::Conditional) => write!(
                why,
                "; its clause states a condition or a time, not the judgement: it counts x {}",
                Num(e.weight)
            ),
            (false, Effect::Conceded) => write!(
                why,
                "; conceded before \"{p}\" (x 0): nothing after it carries a stance, the contrast is the reservation"
            ),
            (true, Effect::Conceded) => write!(why, "; concedes \"{p}\""),
            (false, Effect::Premise) => write!(
                why,
                "; the premise of \"{p}\" (x 0): granted, the weight is on what it does not imply"
            ),
            (true, Effect::Premise) => write!(why, "; grants \"{p}\""),
            (false, Effect::Judged) => write!(
                why,
                "; the subject \"{p}\" judges (x 0): the predicate carries the stance"
            ),
            (true, Effect::Judged) => write!(why, "; judges its subject \"{p}\""),
        };
    }
    if let Some(zeroed) = st.zeroed {
        why.push_str("; x 0: ");
        why.push_str(zeroed);
    }
    if st.reserve {
        let _ = write!(
            why,
            "; nothing after it carries a stance: a reservation {reservation:+}"
        );
    }
    if st.means {
        let _ = write!(
            why,
            "; \"if they can …, they can …\": the means exist, so what is not done is a choice {:+}",
            Num(MEANS_ARGUMENT)
        );
    }
    if st.dismissed {
        let _ = write!(
            why,
            "; its subject is words, not deeds: what they will not do is dismissed {:+}",
            Num(WORDS_NOT_DEEDS)
        );
    }
    if st.worthless {
        let _ = write!(
            why,
            "; \"we do not matter\": the speaker's side denied worth, a grievance {:+}",
            Num(DENIED_WORTH)
        );
    }
    if st.doubted {
        let _ = write!(
            why,
            "; \"have heard … before\": words heard before and not believed {:+}",
            Num(HEARD_BEFORE)
        );
    }
    if st.corrected && !st.own_dropped {
        why.push_str(" (kept: the next sentence corrects what it denies)");
    }
    if st.cancelled {
        why.push_str(" (own weight dropped)");
    } else if st.denial {
        why.push_str(" (own weight dropped: it denies a charge, a defence)");
    } else if st.own_dropped && e.own() != 0.0 {
        why.push_str(
            if e.kind == Kind::Correct && !st.notes.iter().any(|n| n.by_me) {
                " (own weight dropped: no sentence after it corrects it)"
            } else if e.kind == Kind::Unlink
                && !st.notes.iter().any(|n| {
                    n.by_me
                        && matches!(n.effect, Effect::Premise)
                        && entries[items[n.other].entry].weight > 0.0
                })
            {
                " (own weight dropped: it grants no goodwill, a plain negation)"
            } else if e.kind == Kind::Acquit {
                " (own weight dropped: no charge named after \"of\", so no clearing)"
            } else if matches!(e.kind, Kind::Rebut | Kind::Unlink | Kind::Correct) {
                " (own weight dropped: what it negates carries the stance)"
            } else {
                " (own weight dropped: what it negates is critical)"
            },
        );
    }
    why
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(s: &str) -> StanceLabel {
        classify_sentence(s).label
    }

    /// `copula_len` finds what trying each copula of the old list as a prefix found: the copula
    /// with the space after it, at the start only, the two-word ones whole.
    #[test]
    fn copula_len_as_the_list_of_prefixes_found() {
        const LISTED: [&str; 20] = [
            "is",
            "are",
            "was",
            "were",
            "has been",
            "have been",
            "had been",
            "will be",
            "would be",
            "remains",
            "remain",
            "remained",
            "proved",
            "proves",
            "has proved",
            "seems",
            "seemed",
            "looks",
            "looked",
            "became",
        ];
        let old = |rest: &str| {
            LISTED.iter().find_map(|c| {
                rest.strip_prefix(c)
                    .and_then(|r| r.strip_prefix(' '))
                    .map(|r| rest.len() - r.len())
            })
        };
        let words = [
            "is", "isn't", "are", "was", "were", "has", "have", "had", "been", "be", "will",
            "would", "proved", "remains", "remain", "remained", "proves", "seems", "seemed",
            "looks", "looked", "became", "become", "the", "a", "", "hasbeen", "it's",
        ];
        let mut tried = 0;
        for a in words {
            for b in words {
                for sep in [" ", "  ", ""] {
                    for tail in ["", " ", " x", ",", " good"] {
                        let rest = format!("{a}{sep}{b}{tail}");
                        assert_eq!(copula_len(&rest), old(&rest), "{rest:?}");
                        tried += 1;
                    }
                }
            }
        }
        assert!(tried > 10_000);
        assert_eq!(copula_len("has been a failure"), Some("has been ".len()));
        assert_eq!(copula_len("was so bad"), Some("was ".len()));
        assert_eq!(copula_len("has proved x"), Some("has proved ".len()));
        assert_eq!(copula_len("had proved x"), None);
    }

    /// `party_words` gives the words a `String` each gave before: lower case (Unicode's, for a
    /// word that is not ASCII), a plural's "s" dropped after three letters or more.
    #[test]
    fn party_words_as_one_string_a_word_gave() {
        let old = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| {
                    let w = w.to_lowercase();
                    match w.strip_suffix('s') {
                        Some(stem) if stem.len() > 2 => stem.to_string(),
                        _ => w,
                    }
                })
                .collect()
        };
        for s in [
            "Two Officials of the Velmar Board said",
            "ÉLUS et Députés, its bus’s 3 GASES; Ωμέγας ÖFFENTLICHS",
            "",
            " , ; ",
            "is as was Gas",
        ] {
            let mut buf = String::new();
            assert_eq!(party_words(s, &mut buf), old(s), "{s}");
        }
    }

    #[test]
    fn basic_labels() {
        assert_eq!(label("We welcome the talks."), StanceLabel::Conciliatory);
        assert_eq!(label("We do not welcome the talks."), StanceLabel::Critical);
        assert_eq!(
            label("They refused to condemn the strikes."),
            StanceLabel::Neutral
        );
        assert_eq!(
            label("We firmly oppose any interference."),
            StanceLabel::Critical
        );
        assert_eq!(label("The meeting is on Tuesday."), StanceLabel::Neutral);
    }

    /// The first region's copy is kept between calls: a text of the same length, read at the same
    /// offsets, must not be scored with the last text's words, and the same words again must
    /// give the same stance.
    #[test]
    fn a_kept_copy_serves_only_the_same_words() {
        let (warm, cold) = (
            "We welcome the Varnel offer.",
            "We condemn the Varnel offer.",
        );
        assert_eq!(warm.len(), cold.len());
        assert_eq!(label(warm), StanceLabel::Conciliatory);
        assert_eq!(label(cold), StanceLabel::Critical);
        assert_eq!(label(warm), StanceLabel::Conciliatory);
        assert_eq!(classify_sentence(cold), classify_sentence(cold));
    }

    #[test]
    fn phrase_across_scare_quotes() {
        let s = "the “legitimate” security concerns of all";
        let st = classify_sentence(s);
        let e = st
            .evidence
            .iter()
            .find(|e| e.why.contains("legitimate security concerns"))
            .expect("phrase matched across quote marks");
        assert_eq!(&s[e.start..e.end], "legitimate” security concerns");
    }

    /// The normaliser as first written, char by char with one map entry per byte: the fast paths
    /// must give the same copy and the same source of every byte.
    fn normalize_reference(text: &str, region: Span) -> (String, Vec<usize>) {
        let (mut buf, mut map) = (String::new(), Vec::new());
        let mut gap = false;
        for (at, c) in text[region.start..region.end].char_indices() {
            let at = region.start + at;
            if is_quote_mark(c) && c != '’' {
                gap = true;
                continue;
            }
            if c.is_whitespace() {
                if !buf.is_empty() && !buf.ends_with(' ') {
                    buf.push(' ');
                    map.push(at);
                }
                gap = false;
                continue;
            }
            if gap && c.is_alphanumeric() && buf.ends_with(|p: char| p.is_alphanumeric()) {
                buf.push(' ');
                map.push(at);
            }
            gap = false;
            let c = if c == '’' {
                '\''
            } else {
                c.to_ascii_lowercase()
            };
            buf.push(c);
            map.extend(std::iter::repeat_n(at, c.len_utf8()));
        }
        (buf, map)
    }

    proptest::proptest! {
        #[test]
        fn normalize_matches_the_reference(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "B", "z9", " ", "  ", "\t", "\n", "\u{a0}", "\u{2003}", "\"", "“", "”", "’",
                    "'", "‘", "«", "-", ",", ".", "é", "É", "ß", "日本", "\u{1}", "\u{7f}", "x\"y",
                ]),
                0..40,
            ),
            cut in 0usize..4,
        ) {
            let text: String = parts.concat();
            let mut start = cut.min(text.len());
            while !text.is_char_boundary(start) {
                start += 1;
            }
            let region = Span::new(start, text.len());
            let (want, want_map) = normalize_reference(&text, region);
            let (mut buf, mut map) = (String::new(), SourceMap::default());
            normalize_into(&text, region, &mut buf, &mut map);
            proptest::prop_assert_eq!(&buf, &want);
            for (i, &from) in want_map.iter().enumerate() {
                proptest::prop_assert_eq!(map.source(i), from, "byte {} of {:?}", i, buf);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn word_lens_match_the_char_definition(
            parts in proptest::collection::vec(
                proptest::sample::select(vec!["a", "Z", "7", "'", "-", "é", "’", " ", ".", "日"]),
                0..12,
            ),
        ) {
            let rest = format!("w{}", parts.concat());
            let bare = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
            let joined = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
                .unwrap_or(rest.len());
            let joined = rest[..joined].trim_end_matches(['\'', '-']).len();
            let w = word_lens(&rest);
            proptest::prop_assert_eq!((w.bare, w.joined), (bare, joined));
            let ascii = ascii_alnum_len(rest.as_bytes());
            proptest::prop_assert!(rest.as_bytes()[..ascii].iter().all(u8::is_ascii_alphanumeric));
            proptest::prop_assert!(!rest.as_bytes().get(ascii).is_some_and(u8::is_ascii_alphanumeric));
        }
    }

    /// Entries `..ac_len(m)` are phrases, the rest VADER's single words.
    fn ac_len(m: &Matcher) -> usize {
        m.entries
            .iter()
            .position(|e| e.origin == Origin::Vader && !e.phrase.contains(' '))
            .unwrap_or(m.entries.len())
    }

    /// A raised negation reads a bounded window ahead, cut on a char boundary: "don't think,"
    /// repeated without a space must not make each one read the rest of the text.
    #[test]
    fn raised_negation_reads_a_bounded_window() {
        let text = format!("don't think {}", "é,".repeat(1000));
        for from in 0..40 {
            if text.is_char_boundary(from) {
                let w = ahead(&text, from);
                assert!(w.len() <= AHEAD && text[from..].starts_with(w));
            }
        }
        assert_eq!(clause_verb(&text, 11), None);
        let wish = "not want anyone to think the plan is fair";
        let think = wished_belief(wish, 3).map(|i| &wish[i.start..i.end]);
        assert_eq!(think, Some("think"));
        assert_eq!(clause_verb(wish, 24), Some(34));
    }

    /// The table the build script wrote is the packing of the lexicons as they are now: a
    /// lexicon edited without the build script running again (or a table written wrong) fails.
    #[test]
    fn the_built_table_is_the_lexicons_packed() {
        let now = pack::pack(
            include_str!("lexicon/stance_operators.txt"),
            include_str!("lexicon/stance_terms.txt"),
            include_str!("lexicon/vader_lexicon.txt"),
        );
        let (built, packed) = (&Matcher::get().trie, now.trie());
        // `assert!` rather than `assert_eq!`: the tables are tens of thousands of numbers.
        assert!(Matcher::get().entries == &now.entries[..], "entries");
        assert!(DESCRIPTIONS[..] == now.descriptions, "descriptions");
        assert!(built.column == packed.column, "columns");
        assert!(built.units == packed.units, "units");
        assert_eq!(built.root, packed.root);
        assert!(built.ends_from == packed.ends_from, "phrase ends by unit");
        assert!(built.ends == packed.ends, "phrase ends");
        assert!(built.word == packed.word, "VADER words by unit");
        assert!(built.pairs == packed.pairs, "pairs");
        assert!(
            built.pairs.is_some(),
            "every walk starts with a pair look-up"
        );
        let written = include_str!(concat!(env!("OUT_DIR"), "/stance_table.rs"));
        assert!(
            now.to_rust() == written,
            "the build script's table is not the lexicons'"
        );
    }

    #[test]
    fn the_trie_finds_every_vader_word() {
        let m = Matcher::get();
        let ac_len = ac_len(m);
        assert!(m.entries[ac_len..]
            .iter()
            .all(|e| e.origin == Origin::Vader));
        for (i, e) in m.entries.iter().enumerate().skip(ac_len) {
            let found = m.trie.word(e.phrase.as_bytes());
            // A word listed twice is found as its last entry.
            let last = m.entries[ac_len..]
                .iter()
                .rposition(|o| o.phrase == e.phrase)
                .map(|k| ac_len + k);
            assert_eq!(found, last, "{:?}", e.phrase);
            assert!(found.is_some_and(|f| f >= i));
        }
        assert_eq!(m.trie.word(b"said"), None);
    }

    /// `find` walks from letters only: an entry of this project's lexicons that starts with
    /// anything else ("'s not a") would never be found.
    #[test]
    fn every_phrase_entry_starts_with_a_letter() {
        let m = Matcher::get();
        for e in &m.entries[..ac_len(m)] {
            assert!(
                e.phrase
                    .as_bytes()
                    .first()
                    .is_some_and(u8::is_ascii_alphabetic),
                "{:?} is never reached",
                e.phrase
            );
        }
    }

    /// At every word start of text made of the phrase entries, `starting_at` finds what a search
    /// over the whole phrases finds, in the same order (by end, then in entry order), so that
    /// overlaps resolve as they did with the Aho-Corasick automaton it replaced.
    #[test]
    fn the_trie_finds_what_whole_phrases_find() {
        let m = Matcher::get();
        let ac_len = ac_len(m);
        let mut by_len: Vec<usize> = (0..ac_len).collect();
        by_len.sort_by_key(|&e| m.entries[e].phrase.len());
        let whole = |buf: &str, i: usize| {
            let mut items = Vec::new();
            for &e in &by_len {
                let phrase = m.entries[e].phrase;
                if buf.as_bytes()[i..].starts_with(phrase.as_bytes()) {
                    m.push_match(buf, e, i, i + phrase.len(), &mut items);
                }
            }
            items
        };
        let key = |items: &[Item]| -> Vec<(usize, usize, usize)> {
            items
                .iter()
                .map(|it| (it.start, it.end, it.entry))
                .collect()
        };
        for e in &m.entries[..ac_len] {
            let p = e.phrase;
            let buf = format!("{p} {p}s {p}-{p}, {p} not");
            for (i, _) in buf.char_indices() {
                let mut items = Vec::new();
                m.starting_at(&buf, i, &mut items);
                assert_eq!(key(&items), key(&whole(&buf, i)), "{buf:?} at {i}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn byte_scans_match_the_char_definitions(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", " ", "  ", "\t", "\n", "-", " - ", "—", "–", "‐", ",", ".", ";", "!", "?",
                    ":", "(", "]", "é", "\u{a0}", "\u{2003}", "’",
                ]),
                0..16,
            ),
        ) {
            let s = parts.concat();
            let clause = s.contains([',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '—', '–'])
                || s.contains(" - ");
            proptest::prop_assert_eq!(clause_break(&s), clause);
            proptest::prop_assert_eq!(sentence_break(&s), s.contains(['.', '!', '?', ';']));
            let words = s.split_whitespace().count();
            for cap in [0, 1, 3, 10, usize::MAX] {
                proptest::prop_assert_eq!(words_up_to(&s, cap), words.min(cap.saturating_add(1)));
            }
        }

        #[test]
        fn eight_byte_scans_match_the_byte_definitions(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(b"az09AZ@[`{/:!~ .\"\t\n\x7f\x80\xe2".to_vec()),
                    proptest::num::u8::ANY,
                ],
                1..40,
            ),
        ) {
            // The one-byte-at-a-time definitions the eight-byte scans replaced (perf8).
            let alnum = bytes.iter().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(bytes.len());
            proptest::prop_assert_eq!(ascii_alnum_len(&bytes), alnum);
            let plain = |b: u8| (0x21..=0x7E).contains(&b) && b != b'"';
            let run = bytes
                .windows(2)
                .position(|p| !(plain(p[1]) || p[1] == b' ' && p[0] != b' '))
                .map_or(bytes.len(), |k| k + 1);
            proptest::prop_assert_eq!(plain_run_len(&bytes), run);
        }

        #[test]
        fn lead_in_scans_match_the_char_definitions(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "B", " ", "\t", "\u{b}", "\u{85}", "\u{a0}", "\u{2003}", "\u{3000}", ".",
                    "!", "?", "…", ")", "]", "\"", "'", "“", "”", "‘", "’", "‚", "«", "»", "é",
                    "—", ",",
                ]),
                0..40,
            ),
        ) {
            let s = parts.concat();
            // The char-by-char definitions the byte scans replaced (perf8).
            let end_before = |before: usize| {
                let head = &s[..before];
                head.char_indices().rev().find_map(|(j, c)| {
                    let last = head[..j]
                        .chars()
                        .rev()
                        .find(|&p| !(is_quote_mark(p) || matches!(p, ')' | ']')));
                    (c.is_whitespace() && matches!(last, Some('.' | '!' | '?' | '…'))).then_some(j)
                })
            };
            for (before, _) in s.char_indices().chain([(s.len(), ' ')]) {
                proptest::prop_assert_eq!(sentence_end_before(&s, before), end_before(before));
            }
            let mut prev = ' ';
            let mut chars = s.chars().peekable();
            let mut quote = false;
            while let Some(c) = chars.next() {
                let next = chars.peek().copied();
                quote |= match c {
                    '’' => false,
                    '\'' => prev.is_whitespace() && next.is_some_and(char::is_alphabetic),
                    c => is_quote_mark(c) || c == '‚',
                };
                prev = c;
            }
            proptest::prop_assert_eq!(has_quote_mark(&s), quote);
            proptest::prop_assert_eq!(
                framing_start(&s).is_some_and(|k| k == 0),
                s.split_whitespace().count() <= LEAD_IN_WORDS
            );
            // The aside's test as written before stperf18, with `split_whitespace`.
            let framing = || {
                if s.split_whitespace().nth(LEAD_IN_WORDS).is_none() {
                    return Some(0);
                }
                let open = s.find(',')?;
                let close = open + 1 + s[open + 1..].find(',')?;
                let head = s[..open].split_whitespace().take(LEAD_IN_WORDS + 1).count();
                let tail = &s[close + 1..];
                let skip = close + 1 + (tail.len() - tail.trim_start().len());
                (tail.chars().any(char::is_alphabetic)
                    && head + tail.split_whitespace().take(LEAD_IN_WORDS + 1).count()
                        <= LEAD_IN_WORDS)
                    .then_some(skip)
            };
            proptest::prop_assert_eq!(framing_start(&s), framing());
        }
    }

    #[test]
    fn numbers_are_written_as_floats_are() {
        let numbers = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.5,
            1.5,
            -0.8,
            1.3,
            0.3,
            -2.5,
            0.1 + 0.2,
            3e21,
        ];
        for x in numbers {
            // Twice: the second is read from the cache.
            for _ in 0..2 {
                assert_eq!(Num(x).to_string(), x.to_string());
                assert_eq!(format!("{:+}", Num(x)), format!("{x:+}"));
                assert_eq!(format!("{:6.2}", Num(x)), format!("{x:6.2}"));
            }
        }
    }

    /// Doubt of words heard before needs the perfect and a "before" that ends its clause.
    #[test]
    fn heard_before_is_doubt_only_in_the_perfect_at_the_end_of_its_clause() {
        for s in [
            "We have heard 'no closures' before.",
            "The crews have heard “next spring” before, and they know what it means.",
            "I've heard those excuses before",
        ] {
            assert_eq!(label(s), StanceLabel::Critical, "{s}");
        }
        for s in [
            "The appeal has been heard before a judge.",
            "We have heard the report before the vote.",
            "We have never heard the report before.",
            "We heard 'no closures' before lunch.",
            "We have heard the report from the mayor's office this week before.",
        ] {
            assert_eq!(label(s), StanceLabel::Neutral, "{s}");
        }
    }

    #[test]
    fn baseline_uses_vader() {
        assert_eq!(
            baseline("They refused to condemn the strikes."),
            StanceLabel::Critical
        );
        assert_eq!(
            baseline("We firmly oppose any interference."),
            StanceLabel::Neutral
        );
    }
}
