//! The read-only view of one paragraph's tokens that every attribution rule reads through: word
//! and lowercase lookups, per-token facts found once (may this word be a cue? does it follow a
//! comma?), and the lexicon questions asked of a single word.

use super::*;
use crate::lexicon::with_lower;
use crate::speakers::{tok_bytes, tok_is};
use crate::swar::first_non_ascii;

/// Read-only view of one paragraph's tokens with lexicon helpers.
pub(super) struct View<'a> {
    pub(super) text: &'a str,
    pub(super) toks: &'a [Token],
    pub(super) lex: &'a Lexicon,
    /// Token indices where `sentence_cue` and `indirect` can find something (a cue, an indirect
    /// cue or "according"), computed on first use: their scans step over these only, so a sentence
    /// with many quotes and few cues is not read again for every quote.
    pub(super) cue_candidates: OnceCell<Vec<usize>>,
    /// Token indices of a post-modifier ("familiar with", "close to", …), found on first use
    /// in one pass, so that `np_before` looks them up instead of reading back for each call.
    pub(super) post_modifiers: OnceCell<Vec<usize>>,
    /// The words whose shape a post-modifier has (`MAY_POST_MODIFIER`), gathered by
    /// [`View::find_facts`] in its pass: `find_post_modifiers` reads these, not every token.
    pub(super) post_candidates: OnceCell<Vec<usize>>,
    /// Every token lowercased, made on first use (see [`View::lc`]).
    pub(super) lower: OnceCell<Lower>,
    /// Every token's `MAY_*`, `AFTER_COMMA` and `ING` bits, found in one pass on first use:
    /// `indirect` asks five questions of every word of every sentence, and most words fail all
    /// five on these bits alone (finding a word's shape, or reading the token before it, cost
    /// more than a test).
    pub(super) facts: OnceCell<Vec<u8>>,
    /// `np_before`'s answers by `(end, lo)`: the rules for a cue candidate, for the quotes around
    /// it and for the statements after it ask for the same subject again and again.
    pub(super) np_memo: RefCell<HashMap<(usize, usize), Option<Np>, foldhash::fast::FixedState>>,
    /// The paragraph's quotes, in text order: a reporting verb inside one is the quoted
    /// speaker's word, not the reporter's (see [`View::in_quote`]).
    pub(super) quoted: &'a [RawQuote],
    /// The document's registry of names, when the caller has one: whether a capitalised pair is
    /// a person is known only from the whole text (see [`View::names_person`]).
    pub(super) persons: Option<&'a Registry>,
    /// Work: token reads through `w`, `is_word` and `cap`, which every rule's loop goes through;
    /// added to the thread's count when the view is dropped.
    pub(super) reads: Cell<u64>,
    /// Set while the document's headline is read for statements: a headline names a position
    /// in a few words ("Ferry union backs Venn"), so an object's complement needs no four words,
    /// and its quote marks are the headline's words set apart, no quotes a statement stops at.
    pub(super) headline: Cell<bool>,
    /// `indirect`'s statements of one sentence, kept by its token range: `reported_clause`
    /// reads them for a quote with no speaker, and the sentence loop reads them again after the
    /// sentence's quotes (see [`View::statements`]).
    pub(super) statements: RefCell<Option<(Range<usize>, Vec<Attributed>)>>,
    /// Where [`View::comma_in`] stopped reading: rules ask it of one sentence start for every
    /// cue of the sentence, and each read the sentence again from its start (N cues, N × L).
    pub(super) comma_scan: Cell<Scan>,
}

/// A forward read for the first token with some property from a start token, kept so that a
/// later question from the same start goes on where the last one stopped.
#[derive(Clone, Copy)]
pub(super) struct Scan {
    start: usize,
    /// Tokens `start..read` are read and have not the property (unless `found`).
    read: usize,
    /// The first token from `start` that has the property, once read.
    found: Option<usize>,
}

impl Scan {
    const NONE: Scan = Scan {
        start: usize::MAX,
        read: usize::MAX,
        found: None,
    };
}

impl Drop for View<'_> {
    fn drop(&mut self) {
        work::add(Stage::Attribution, self.reads.get());
    }
}

/// How many tokens a rule reads around a quote or a cue. Rules look at a bounded window so that
/// the work per quote is constant and the whole pass stays linear in the text.
pub(super) const WINDOW: usize = 40;

/// A fixed list of lowercase words that the rules test words against, one by one (`contains`).
/// Most words tested are in none: a table of the entries' lengths and first bytes rules them out
/// before the entries are compared (a miss read all 52 prepositions, one comparison each).
pub(super) struct WordList {
    words: &'static [&'static str],
    /// Bit `b & 31` of row `n` is set when an entry of `n` bytes (the last row: 15 or more)
    /// starts with byte `b`.
    shapes: [u32; 16],
}

impl WordList {
    pub(super) const fn new(words: &'static [&'static str]) -> WordList {
        let mut shapes = [0; 16];
        let mut i = 0;
        while i < words.len() {
            let (row, bit) = word_shape(words[i].as_bytes());
            shapes[row] |= bit;
            i += 1;
        }
        WordList { words, shapes }
    }

    /// Is `w` one of the words? (As `<[&str]>::contains`: an entry of another shape is never
    /// equal to it.) A word the table lets through is compared with the entries by its length
    /// and last byte first: `<[&str]>::contains` called `memcmp` for every entry of its length
    /// (11 M instructions over PolNeAR train on a fast build).
    pub(super) fn contains(&self, w: &&str) -> bool {
        let b = w.as_bytes();
        let (row, bit) = word_shape(b);
        self.shapes[row] & bit != 0
            && self.words.iter().any(|e| {
                let e = e.as_bytes();
                e.len() == b.len() && e.last() == b.last() && e == b
            })
    }
}

/// The row and bit of [`WordList`]'s table for a word's bytes.
const fn word_shape(b: &[u8]) -> (usize, u32) {
    match b {
        [] => (0, 1),
        [first, ..] => (if b.len() < 16 { b.len() } else { 15 }, 1 << (*first & 31)),
    }
}

#[test]
fn word_list_holds_what_its_words_hold() {
    let lists: [&[&str]; 3] = [
        &["the", "a", "&", "", "extraordinarily-long-entry"],
        &[],
        &["x"],
    ];
    let asked = [
        "the",
        "The",
        "tha",
        "a",
        "b",
        "&",
        "",
        "extraordinarily-long-entry",
        "extraordinarily",
        "extraordinarily-long-entrx",
        "x",
        "X",
        "ß",
        "é",
        "theory",
        "\u{0}",
    ];
    for words in lists {
        let list = WordList::new(words);
        for w in asked {
            assert_eq!(list.contains(&w), words.contains(&w), "{w:?} in {words:?}");
        }
    }
    for list in [
        DETERMINERS,
        NAME_LINKS,
        PREPOSITIONS,
        PP_HEADS,
        PLACE_ADVERBS,
    ] {
        assert!(list.words.iter().all(|w| list.contains(w)));
    }
}

pub(super) const DETERMINERS: WordList = WordList::new(&[
    "the", "a", "an", "its", "their", "his", "her", "our", "one", "some", "many", "several", "two",
    "three", "four", "other", "another", "both", "most", "few", "these", "those", "this", "that",
]);
/// Does a lower-case word look like a plural noun ("opponents", "reviewers"; not "press",
/// "status" or a short word like "was")?
pub(super) fn plural_form(l: &str) -> bool {
    l.len() > 3 && l.ends_with('s') && !l.ends_with("ss") && !l.ends_with("us")
}
pub(super) const NAME_LINKS: WordList = WordList::new(&[
    "and", "&", "of", "for", "de", "van", "von", "al", "bin", "der", "la", "le", "du", "da", "del",
]);
/// Adverbs of place that may open a sentence set off by a comma, before its subject ("Nearby,
/// Ada Lund said …"); before a noun they modify it ("Nearby residents said …").
pub(super) const PLACE_ADVERBS: WordList = WordList::new(&[
    "nearby",
    "upstairs",
    "downstairs",
    "overseas",
    "abroad",
    "ashore",
    "offshore",
    "outside",
    "inside",
    "opposite",
]);
pub(super) const PREPOSITIONS: WordList = WordList::new(&[
    "without", "within", "about", "against", "among", "between", "into", "onto", "upon", "toward",
    "towards", "across", "behind", "beyond", "under", "like", "unlike", "than", "per", "despite",
    "amid", "around", "since", "until", "of", "for", "as", "on", "in", "at", "during", "after",
    "before", "to", "via", "from", "with", "through", "over", "late", "early", "earlier", "later",
    "last", "this", "on", "by", "outside", "inside", "ahead",
]);

/// Prepositions whose object is a place or an organisation the speaker belongs to, not the
/// speaker ("a customer from Morocco", "officials in Paris", "the head of Acme"). "by" and "as"
/// are not here: "a statement by Acme", "as Doe said".
pub(super) const PP_HEADS: WordList = WordList::new(&[
    "of", "from", "for", "at", "in", "near", "with", "on", "within", "inside", "outside", "across",
    "among", "under", "over",
]);

/// The Unicode block of the curly quote marks and apostrophes, dashes and the ellipsis: no char
/// of it has a lowercase form other than itself.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206f}';

#[test]
fn no_case_in_general_punctuation() {
    for c in GENERAL_PUNCTUATION {
        assert!(c.to_lowercase().eq([c]), "{c:?}");
        assert!(format!("a{c}").to_lowercase() == format!("a{c}"), "{c:?}");
    }
}

#[test]
fn lowercase_copy_is_every_token_lowercased() {
    // Curly marks, a no-break space between tokens, capitals outside ASCII, a capital whose
    // lowercase form is longer ("İ"), the Kelvin sign.
    let text = "“Édith ÖRN,” said\u{a0}Bo — İLKA’s \u{212a}ELP don’t ÅSA ok… Straße «ÉTÉ»";
    let toks = crate::segment::tokens(text, Span::new(0, text.len()));
    let lower = Lower::new(text, &toks);
    for (i, t) in toks.iter().enumerate() {
        let w = t.text(text);
        assert_eq!(lower.get(i, t.span), w.to_lowercase(), "{w}");
    }
}

#[test]
fn lw_is_answers_as_lc() {
    // The Kelvin sign lowercases to an ASCII "k" (the out-of-line path); "İ" to "i" and a mark.
    let text = "\u{212a}elp KELP kelp Kelpie \u{212a}\u{212a} “Édith” İLKA İlka ok OK Ok.";
    let toks = crate::segment::tokens(text, Span::new(0, text.len()));
    let lex = Lexicon::get();
    let v = View::new(text, &toks, lex, None);
    for i in 0..toks.len() {
        for l in ["kelp", "kk", "ok", "ilka", "i", "k", "", "kelpie"] {
            assert_eq!(v.lw_is(i, l), v.lc(i) == l, "{:?} {l}", v.w(i));
        }
    }
}

/// The tokens of a paragraph lowercased. The paragraph is copied once with its ASCII letters
/// lowercased, a pass over bytes: a look-up per token to decide whether to copy it cost more than
/// copying everything. A token with other characters is lowercased on its own and written back in
/// place; the rare one whose length `str::to_lowercase` changes is kept aside.
pub(super) struct Lower {
    /// The text from the first token's start to the last token's end, lowercased.
    pub(super) buf: String,
    /// Where `buf` starts in the text.
    pub(super) base: usize,
    /// Tokens whose lowercase form has another length: (token index, range in `odd_buf`), by
    /// token index.
    pub(super) odd: Vec<(usize, usize, usize)>,
    pub(super) odd_buf: String,
}

impl Lower {
    pub(super) fn new(text: &str, toks: &[Token]) -> Lower {
        let base = toks.first().map_or(0, |f| f.span.start);
        let end = toks.last().map_or(base, |l| l.span.end).max(base);
        let mut buf = text[base..end].to_owned();
        buf.make_ascii_lowercase();
        let mut odd = Vec::new();
        let mut odd_buf = String::new();
        if !buf.is_ascii() {
            // The tokens with a byte outside ASCII, in order, found from those bytes: most tokens
            // of a paragraph are ASCII, and testing each of them cost more than finding the others.
            let bytes = text.as_bytes();
            let mut i = 0;
            let mut scan = base;
            while let Some(off) = first_non_ascii(&bytes[scan..end]) {
                let p = scan + off;
                while i < toks.len() && toks[i].span.end <= p {
                    i += 1;
                }
                let Some(t) = toks.get(i) else { break };
                if t.span.start > p {
                    // White space between tokens (a no-break space).
                    scan = p + 1;
                    continue;
                }
                scan = t.span.end;
                let w = t.text(text);
                // Most such tokens are curly marks, dashes and words with a curly apostrophe:
                // their other chars have no case (`no_case_in_general_punctuation`), and the
                // copy holds them lowercased already.
                if !w
                    .chars()
                    .all(|c| c.is_ascii() || GENERAL_PUNCTUATION.contains(&c))
                {
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
    #[inline(always)]
    pub(super) fn get(&self, i: usize, span: Span) -> &str {
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
    pub(super) fn new(
        text: &'a str,
        toks: &'a [Token],
        lex: &'a Lexicon,
        persons: Option<&'a Registry>,
    ) -> View<'a> {
        View {
            text,
            toks,
            lex,
            cue_candidates: OnceCell::new(),
            post_modifiers: OnceCell::new(),
            post_candidates: OnceCell::new(),
            lower: OnceCell::new(),
            facts: OnceCell::new(),
            np_memo: RefCell::default(),
            quoted: &[],
            persons,
            reads: Cell::new(0),
            headline: Cell::new(false),
            statements: RefCell::new(None),
            comma_scan: Cell::new(Scan::NONE),
        }
    }
    /// Whether a comma stands among tokens `r`. Asked for the tokens between a sentence's start
    /// and each of its cues in turn: the read goes on from where the last question of the same
    /// start stopped, so the sentence is read once, not once per cue.
    pub(super) fn comma_in(&self, r: Range<usize>) -> bool {
        let mut m = self.comma_scan.get();
        if m.start != r.start {
            m = Scan {
                start: r.start,
                read: r.start,
                found: None,
            };
        }
        while m.found.is_none() && m.read < r.end {
            if self.w(m.read) == "," {
                m.found = Some(m.read);
            } else {
                m.read += 1;
            }
        }
        self.comma_scan.set(m);
        m.found.is_some_and(|k| k < r.end)
    }
    /// `indirect`'s statements of sentence `sent`, found once: the sentence loop takes them
    /// (and the kept ones go), a rule for a quote only reads them ([`View::with_statements`]).
    pub(super) fn statements(&self, sent: Range<usize>, pi: usize) -> Vec<Attributed> {
        match self.statements.take() {
            Some((r, found)) if r == sent => found,
            _ => indirect(self, sent, pi),
        }
    }
    /// Calls `f` with `indirect`'s statements of `sent`, kept for [`View::statements`].
    pub(super) fn with_statements<R>(
        &self,
        sent: Range<usize>,
        pi: usize,
        f: impl FnOnce(&[Attributed]) -> R,
    ) -> R {
        let fresh = self
            .statements
            .borrow()
            .as_ref()
            .is_none_or(|(r, _)| *r != sent);
        if fresh {
            let found = indirect(self, sent.clone(), pi);
            *self.statements.borrow_mut() = Some((sent, found));
        }
        f(&self.statements.borrow().as_ref().expect("kept above").1)
    }
    /// Does token `i` stand inside one of the paragraph's quotes (between its marks, or after
    /// the opening mark of one left open)?
    pub(super) fn in_quote(&self, i: usize) -> bool {
        let at = self.toks[i].span.start;
        let k = self.quoted.partition_point(|q| q.open.start <= at);
        k > 0 && {
            let q = &self.quoted[k - 1];
            q.open.start < at && at < q.close.map_or(q.content.end, |c| c.end)
        }
    }
    /// The cue candidates in `r`, in order; `sentence_cue` reads at most [`MAX_CUE_CANDIDATES`] of
    /// them on each side of a quote.
    pub(super) fn cue_candidates_in(&self, r: Range<usize>) -> &[usize] {
        // The pass that finds the facts finds the candidates too, for `Lexicon::get()`.
        self.facts();
        let all = self
            .cue_candidates
            .get_or_init(|| self.find_cue_candidates());
        let from = all.partition_point(|&c| c < r.start);
        let to = all.partition_point(|&c| c < r.end);
        &all[from..to.max(from)]
    }
    /// The cue candidates of a lexicon other than `Lexicon::get()` (whose candidates
    /// [`View::find_facts`] finds): `is_any_cue(c) || lw_is(c, "according")` of every word.
    pub(super) fn find_cue_candidates(&self) -> Vec<usize> {
        // Work: every token is read here once (and a few again by the look-ups).
        self.reads.set(self.reads.get() + self.toks.len() as u64);
        (0..self.toks.len())
            .filter(|&c| self.toks[c].word && (self.is_any_cue(c) || self.lw_is(c, "according")))
            .collect()
    }
    pub(super) fn read(&self) {
        self.reads.set(self.reads.get() + 1);
    }
    pub(super) fn w(&self, i: usize) -> &'a str {
        self.read();
        self.toks[i].text(self.text)
    }
    /// `self.w(i) == s`, comparing bytes (no char boundaries to check).
    pub(super) fn is(&self, i: usize, s: &str) -> bool {
        self.read();
        tok_is(self.text, &self.toks[i], s)
    }
    /// Is the token a dash: "—", "–", or a hyphen with white space before it ("Lund - who …"; not
    /// the hyphen of "front-runner" or "US-led")?
    pub(super) fn spaced_dash(&self, k: usize) -> bool {
        self.read();
        let b = tok_bytes(self.text, &self.toks[k]);
        b == "—".as_bytes()
            || b == "–".as_bytes()
            || (b == b"-" && k > 0 && self.toks[k - 1].span.end < self.toks[k].span.start)
    }
    /// Is the token a form of "be" ("is", "Was", "been", …)? Most passive and copula tests ask
    /// it; the few that want only some forms spell them out.
    pub(super) fn is_be(&self, i: usize) -> bool {
        matches!(
            self.lc(i),
            "be" | "am" | "is" | "are" | "was" | "were" | "been" | "being"
        )
    }
    /// The token lowercased, from one lowercase copy of the paragraph's tokens made on first use:
    /// the rules look up the same words many times, and a `String` per look-up was the hot spot.
    /// Inlined where it is called (about a million calls on PolNeAR train, ~44 instructions each
    /// as a call of its own); the copy is made out of line, once a view.
    #[inline(always)]
    pub(super) fn lc(&self, i: usize) -> &str {
        self.read();
        let lower = match self.lower.get() {
            Some(lower) => lower,
            None => self.make_lower(),
        };
        lower.get(i, self.toks[i].span)
    }
    /// The lowercase copy for [`View::lc`]'s first call, kept out of its inlined body.
    #[cold]
    #[inline(never)]
    fn make_lower(&self) -> &Lower {
        self.lower.get_or_init(|| {
            self.reads.set(self.reads.get() + self.toks.len() as u64);
            Lower::new(self.text, self.toks)
        })
    }
    /// `self.lc(i) == l` for an ASCII `l`, without allocating. (For a non-ASCII token, comparing
    /// char by char lowercased is the same: `str::to_lowercase` differs from `char::to_lowercase`
    /// only for a final capital sigma, which lowercases to no ASCII char either way.)
    /// Inlined where it is called, with its word (a literal) known there: about 340,000 calls on
    /// PolNeAR train, ~60 instructions each as a call of its own.
    #[inline(always)]
    pub(super) fn lw_is(&self, i: usize, l: &str) -> bool {
        debug_assert!(l.is_ascii());
        // The token's bytes, not its text: most tokens are ASCII, and slicing text checks char
        // boundaries.
        self.read();
        let w = tok_bytes(self.text, &self.toks[i]);
        // Lowercasing turns a non-ASCII char into no ASCII char but the Kelvin sign's "k" (3
        // bytes to 1): a token that lowercases to `l` is at least as long, and of the same length
        // only when it is ASCII.
        if w.len() <= l.len() || w.is_ascii() {
            return w.eq_ignore_ascii_case(l.as_bytes());
        }
        self.lw_is_wide(i, l)
    }
    /// [`View::lw_is`] of a token longer than `l` with chars outside ASCII (rare: kept out of
    /// its inlined body).
    #[cold]
    #[inline(never)]
    fn lw_is_wide(&self, i: usize, l: &str) -> bool {
        let w = self.toks[i].text(self.text);
        w.chars().flat_map(char::to_lowercase).eq(l.chars())
    }
    pub(super) fn is_word(&self, i: usize) -> bool {
        self.read();
        self.toks[i].word
    }
    pub(super) fn cap(&self, i: usize) -> bool {
        self.read();
        is_cap(self.text, &self.toks[i])
    }
    pub(super) fn is_cue(&self, i: usize) -> bool {
        // A shape no cue has rules the token out without lowercasing or hashing it (the first
        // words of two-word cues are among the cue words the shapes cover).
        if !self.is_word(i) || !self.may_be(i, MAY_CUE) {
            return false;
        }
        let listed = match cue_words(self.lex) {
            Some(_) => self.may_be(i, LISTED_CUE),
            None => self.lex.cue_verbs.contains(self.lc(i)),
        };
        if !listed {
            return self.is_phrasal_cue(i);
        }
        if self.in_capitalised_name(i) {
            return false;
        }
        // After a determiner or a possessor the word is a noun: "Harlow’s remarks", "the claims".
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
            ) || (self.is_word(i - 1) && {
                // "He’s predicting": a pronoun's "’s" is "is", not a possessive.
                let stem = crate::speakers::strip_possessive(self.w(i - 1));
                stem != self.w(i - 1)
                    && !self
                        .lex
                        .pronouns
                        .contains_key(stem.to_ascii_lowercase().as_str())
            }) {
                return false;
            }
        }
        // Phrasal verbs that are not reporting: "called for", "called off".
        let particle = (i + 1 < self.toks.len()).then(|| self.lc(i + 1));
        !(self.lc(i).starts_with("call") && matches!(particle, Some("off" | "up" | "in")))
    }
    /// A capitalised word after a capitalised word is part of a name when a lower-case word or a
    /// mark follows ("the United States in …", "the Harbour Report for …"), and part of a heading
    /// when both are in capitals ("RED STATES OUTNUMBER BLUE STATES"); in a title-case headline
    /// ("Rodriguez Questioned What It Means") it stays a word of the sentence.
    pub(super) fn in_capitalised_name(&self, i: usize) -> bool {
        if i == 0
            || !self.cap(i)
            || !self.is_word(i - 1)
            || !self.cap(i - 1)
            || self.is_sentence_start(i)
        {
            return false;
        }
        let capitals = |k: usize| {
            let w = self.w(k);
            w.len() > 1 && !w.bytes().any(|b| b.is_ascii_lowercase())
        };
        let name_goes_on = i + 1 < self.toks.len() && !self.cap(i + 1);
        name_goes_on || (capitals(i) && capitals(i - 1))
    }
    /// The dash that ends right before token `end` (after `lo`): "—", or "--" as two tokens. A
    /// single hyphen is no dash.
    pub(super) fn dash_ending_at(&self, end: usize, lo: usize) -> Option<Range<usize>> {
        if end <= lo {
            return None;
        }
        self.read();
        let b = tok_bytes(self.text, &self.toks[end - 1]);
        if ["—", "–", "―"].iter().any(|d| d.as_bytes() == b) {
            Some(end - 1..end)
        } else if b == b"-" && end >= lo + 2 && self.is(end - 2, "-") {
            Some(end - 2..end)
        } else {
            None
        }
    }
    /// "…, said she recoiled", "said they would …": a pronoun right after an inverting cue with
    /// a verb of its own after it is the subject of what is said, not the inverted speaker. A
    /// preposition or an adverb after it ("said he on Monday", "said she quietly") leaves it the
    /// speaker; an auxiliary the adverb list also holds ("would") does not.
    pub(super) fn pronoun_subject_of_clause(&self, np: &Np, hi: usize) -> bool {
        let after = tok_at(self.toks, np.span.end);
        matches!(np.kind, NpKind::Pronoun(_))
            && after < hi
            && self.is_word(after)
            && !PREPOSITIONS.contains(&self.lc(after))
            && (!self.is_adverb(after) || PREDICATE_AUX.contains(&self.lc(after)))
    }

    /// "asserts that Peru is …", "suggests that …": after the verb comes its complement, never an
    /// inverted speaker.
    pub(super) fn complement_follows(&self, i: usize) -> bool {
        i + 1 < self.toks.len()
            && matches!(
                self.lc(i + 1),
                "that" | "this" | "these" | "those" | "what" | "how"
            )
    }
    /// The first word of a two-word reporting verb ("pointed out", "put it"). "went on" and
    /// "goes on" report only when no word but "to" or "about" follows ("“…,” she went on.", "he
    /// went on to call it “…”", "went on about “…”"); "the Senate goes on recess" does not.
    /// "it" may stand between the two words: "made it clear that …", "pointed it out".
    pub(super) fn is_phrasal_cue(&self, i: usize) -> bool {
        self.phrasal_second(i).is_some()
            && !(self.lc(i + 1) == "on"
                && i + 2 < self.toks.len()
                && self.is_word(i + 2)
                && !matches!(self.lc(i + 2), "to" | "about"))
    }
    /// The second word of a two-word reporting verb whose first word is token `i`: the next
    /// token, or the one after an "it" between them ("made it clear"; but "put it" is a pair of
    /// its own).
    pub(super) fn phrasal_second(&self, i: usize) -> Option<usize> {
        let second = |k: usize| {
            k < self.toks.len()
                && self.is_word(k)
                && self
                    .lex
                    .phrasal_cues
                    .get(self.lc(i))
                    .is_some_and(|next| next.iter().any(|w| w == self.lc(k)))
        };
        if i + 1 >= self.toks.len() {
            None
        } else if second(i + 1) {
            Some(i + 1)
        } else {
            (self.lw_is(i + 1, "it") && second(i + 2)).then_some(i + 2)
        }
    }
    /// "read" reports only right after a quote ("“…,” the sign read", "“…,” reads an editorial");
    /// elsewhere it is mostly reading.
    pub(super) fn is_read(&self, i: usize) -> bool {
        self.is_word(i) && matches!(self.lc(i), "read" | "reads")
    }
    /// A cue right after a quote: a reporting verb, "read", or a verb that reports speech only
    /// there and with nothing after it ("“…,” Hale began.", "“…,” an angry Hale retaliated.";
    /// not "through this “lens” I began to see").
    pub(super) fn is_tail_cue(&self, i: usize) -> bool {
        self.is_cue(i)
            || self.is_read(i)
            || (self.is_word(i)
                && self.lex.tail_cues.contains(self.lc(i))
                && self
                    .toks
                    .get(i + 1)
                    .is_none_or(|_| matches!(self.w(i + 1), "." | "," | ";" | "!" | "?")))
    }
    pub(super) fn is_indirect_cue(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        // A shape no cue has rules the token out without lowercasing or hashing it.
        if !self.may_be(i, MAY_CUE) {
            return false;
        }
        match cue_words(self.lex) {
            Some(_) => self.may_be(i, LISTED_INDIRECT),
            None => self.lex.indirect_cues.contains(self.lc(i)),
        }
    }
    /// The tokens' `MAY_*`, `AFTER_COMMA`, `ING` and `LISTED_*` bits (see [`View::facts`]).
    pub(super) fn facts(&self) -> &[u8] {
        self.facts.get_or_init(|| self.find_facts())
    }
    pub(super) fn find_facts(&self) -> Vec<u8> {
        // Work: every token is read here once (and a few again by the look-ups).
        self.reads.set(self.reads.get() + self.toks.len() as u64);
        let table = shape_facts(self.lex);
        let words = shaped_words(self.lex);
        let bytes = self.text.as_bytes();
        // Written in place, one byte a token: a push checked the room for every token.
        let mut facts = vec![0u8; self.toks.len()];
        // The cue candidates are found in the same pass, as the bits of each token come: a
        // second pass over every token cost about as much as this one.
        let mut candidates = Vec::new();
        let mut post = Vec::new();
        let mut comma = false;
        // The next byte outside ASCII at or after the last place searched (`usize::MAX`: none
        // before the paragraph's end). A word is ASCII when that byte is at or past its end.
        // It is searched again, eight bytes at a time, only once a word starts past it, so the
        // paragraph's bytes are read about once in all (each word's bytes were read one by one).
        let end = self.toks.last().map_or(0, |l| l.span.end);
        let next_high =
            |from: usize| first_non_ascii(&bytes[from..end]).map_or(usize::MAX, |k| from + k);
        let mut high = self
            .toks
            .first()
            .map_or(usize::MAX, |f| next_high(f.span.start));
        for (c, (t, fact)) in self.toks.iter().zip(facts.iter_mut()).enumerate() {
            let after_comma = std::mem::replace(&mut comma, false);
            let bits = if after_comma { AFTER_COMMA } else { 0 };
            // Every test that reads a `MAY_*` or `ING` bit asks for a word first (`is_word`,
            // `may_open_indirect`'s tests): the punctuation (a token in six on PolNeAR train)
            // needs no shape. A word is never the comma the next token's bit reads.
            if !t.word {
                // "…, “It is a theft,” adding that …": the comma before a closing quote mark
                // stands before the participle after it too.
                let mark = bytes.get(t.span.start..t.span.end);
                comma = mark == Some(b",")
                    || after_comma
                        && matches!(mark, Some(b"\xe2\x80\x9d" | b"\xe2\x80\x99" | b"\"" | b"'"));
                *fact = bits;
                continue;
            }
            let b = &bytes[t.span.start..t.span.end];
            if high < t.span.start {
                high = next_high(t.span.start);
            }
            let ascii = high >= t.span.end;
            debug_assert_eq!(ascii, b.is_ascii());
            let may = match (table, ascii.then(|| ascii_cue_shape(b)).flatten()) {
                (Some([one, two]), Some([x, y])) => one[x] & two[y],
                _ => MAY_ALL,
            };
            let mut bits = bits;
            if ends_in_ing(b) {
                bits |= ING;
            }
            // The few words with a listed word's shape (about one in seven) are handled out of
            // line: the loop keeps its few values in registers.
            if may != 0 {
                bits |= self.shaped_word(c, may, words, &mut candidates, &mut post);
            }
            *fact = bits;
        }
        if words.is_some() {
            // Set once: the cell was empty, as the facts were not found yet.
            let _ = self.cue_candidates.set(candidates);
        }
        // Set once, as the cue candidates are.
        let _ = self.post_candidates.set(post);
        facts
    }
    /// [`View::find_facts`] of word `c` whose shape bits `may` are not all clear: its `MAY_*`
    /// and `LISTED_*` bits, looked up in `words` ([`shaped_words`], lowercased as `lc` does but
    /// here: the paragraph's lowercase copy is then made only if a rule reads it), or the shape's
    /// bits as they are for another lexicon. Gathers it as a cue candidate and as a
    /// post-modifier candidate.
    #[inline(never)]
    fn shaped_word(
        &self,
        c: usize,
        may: u8,
        words: Option<&HashMap<String, u16, BuildHasherDefault<WordHasher>>>,
        candidates: &mut Vec<usize>,
        post: &mut Vec<usize>,
    ) -> u8 {
        let Some(m) = words else {
            if may & MAY_POST_MODIFIER != 0 {
                post.push(c);
            }
            return may;
        };
        let found = with_lower(self.toks[c].text(self.text), |l| m.get(l).copied()).unwrap_or(0);
        if found & CANDIDATE != 0 {
            candidates.push(c);
        }
        // The low byte holds the facts bits.
        let mut bits = (found & 0xff) as u8;
        if found & KEEP_SHAPE != 0 {
            bits |= may;
        }
        if bits & MAY_POST_MODIFIER != 0 {
            post.push(c);
        }
        bits
    }
    /// Can token `i` be one of the words of `bit` (a `MAY_*` bit)? (For a `LISTED_*` bit: is it?)
    pub(super) fn may_be(&self, i: usize, bit: u8) -> bool {
        self.facts()[i] & bit != 0
    }
    /// Token `i` is a verb of `object_cues.txt` followed by its particle, if it takes one: the
    /// particle ("" for none).
    pub(super) fn object_particle(&self, i: usize) -> Option<&'a str> {
        self.particle_in(&self.lex.object_cues, MAY_OBJECT_CUE, i)
    }
    /// Token `i` is a noun of `statement_nouns.txt` followed by a word it takes ("claim that",
    /// "criticism of"): that word.
    pub(super) fn statement_noun(&self, i: usize) -> Option<&'a str> {
        self.particle_in(&self.lex.statement_nouns, MAY_STATEMENT_NOUN, i)
    }
    /// Token `i` is a word of `map` followed by one of its particles, or taking none: the particle.
    /// `shape` (the `MAY_*` bit of `map`'s words) rules most tokens out before they are lowercased
    /// and hashed.
    /// (Its test of the facts bits is inlined where it is called: about 164,000 calls on PolNeAR
    /// train, most of them rejected by the bits.)
    #[inline(always)]
    pub(super) fn particle_in(
        &self,
        map: &'a WordMap<Vec<String>>,
        shape: u8,
        i: usize,
    ) -> Option<&'a str> {
        if !self.may_be(i, shape) || !self.is_word(i) {
            return None;
        }
        self.listed_particle(map, i)
    }
    /// [`View::particle_in`] of a word with the shape: looked up, out of line.
    #[inline(never)]
    fn listed_particle(&self, map: &'a WordMap<Vec<String>>, i: usize) -> Option<&'a str> {
        let particles = map.get(self.lc(i))?;
        particles
            .iter()
            .find(|p| self.particle_follows(i, p))
            .map(String::as_str)
    }
    /// Do the words of `particle` ("for", "out against", "in favor of"; none for "") follow token
    /// `i`? A particle of several words is read word by word: a phrasal verb's adverb and its
    /// preposition ("spoke out against") join the cue as a one-word particle does.
    pub(super) fn particle_follows(&self, i: usize, particle: &str) -> bool {
        let mut k = i;
        particle.split_whitespace().all(|w| {
            k += 1;
            k < self.toks.len() && self.is_word(k) && self.lc(k) == w
        })
    }
    /// The token is the participle of a cue that takes a clause (`indirect_cues.txt`) right after
    /// a comma: ", saying", ", adding", ", noting". The verb is found from the participle's stem:
    /// "saying" -> "says", "noting" -> "noted". (Participles of `object_cues.txt` verbs take a
    /// noun phrase: `object_participle`.) `stem` is the token's [`View::comma_participle_stem`]:
    /// the sentence loop of `indirect` finds it once for this test and `object_participle`.
    pub(super) fn participle_cue(&self, stem: Option<&str>) -> bool {
        stem.is_some_and(|stem| self.clause_cue_stem(stem))
    }
    /// Token `i` is the participle of a cue that takes a clause after a preposition or
    /// conjunction that makes it an adjunct of the clause before: "by suggesting that …", "while
    /// insisting that …", "but warning that …". Read like `participle_cue`.
    pub(super) fn adjunct_participle_cue(&self, i: usize) -> bool {
        // The participle itself must be a listed cue ("by saying", "while arguing"), not only
        // its stem's other forms: a shape filter passes exactly the listed words, and a stem
        // read for any participle made statements of "without hearing", "after showing",
        // "by knowing" (14 more on PolNeAR train, 6 of them gold).
        self.listed_participle_stem(i)
            .filter(|_| {
                matches!(
                    self.lc(i - 1),
                    "by" | "while" | "when" | "after" | "before" | "without" | "but" | "and"
                )
            })
            .is_some_and(|stem| self.clause_cue_stem(stem))
    }
    /// Token `i` is the participle of a cue that takes a clause, listed itself ("saying",
    /// "arguing"), as `adjunct_participle_cue` reads it: after a noun of saying ("a statement
    /// saying …") no comma or preposition marks it, and only a listed participle is safe.
    pub(super) fn listed_participle_cue(&self, i: usize) -> bool {
        self.listed_participle_stem(i)
            .is_some_and(|stem| self.clause_cue_stem(stem))
    }
    /// The stem of token `i`, a lower-case participle that is a listed cue itself.
    fn listed_participle_stem(&self, i: usize) -> Option<&str> {
        self.participle_stem(i, MAY_CUE)
            .filter(|_| self.is_any_cue(i))
    }
    /// Is `stem` (a participle's, "say" of "saying") the stem of a cue that takes a clause?
    fn clause_cue_stem(&self, stem: &str) -> bool {
        any_stem_form(stem, |form| self.lex.indirect_cues.contains(form))
    }
    /// Token `i` is a lower-case participle right after a comma (", saying"): its stem ("say").
    pub(super) fn comma_participle_stem(&self, i: usize) -> Option<&str> {
        self.participle_stem(i, AFTER_COMMA)
    }
    /// Token `i`, not among the first two, is a lower-case participle whose shape has `bit`
    /// (a `MAY_*` bit, or `AFTER_COMMA`): its stem.
    /// Inlined where it is called (about 237,000 calls on PolNeAR train, most of them failing the
    /// facts bits, which cost less than the call).
    #[inline(always)]
    fn participle_stem(&self, i: usize, bit: u8) -> Option<&str> {
        if i < 2 || !self.may_be(i, bit) || !self.may_be(i, ING) || !self.is_word(i) || self.cap(i)
        {
            return None;
        }
        self.lc(i).strip_suffix("ing").filter(|s| s.len() > 1)
    }
    /// Token `i` is the participle, right after a comma, of a verb of saying that takes a noun
    /// phrase (`object_cues.txt` and `cue_verbs.txt` both): ", citing …", ", referring to …",
    /// ", accusing …", or a participle listed there itself (", talking about …"). Returns the
    /// particle the verb takes ("" for none). Verbs of doing ("offering", "supporting") are left
    /// out: their participle mostly gives a reason; but a refusal with its infinitive (", refusing
    /// to sign the deal", ", declining to comment on …": `refusal_participles.txt`) is a position,
    /// as "refused to sign" is.
    /// `stem` is [`View::comma_participle_stem`] of `i`.
    pub(super) fn object_participle(&self, i: usize, stem: Option<&str>) -> Option<&'a str> {
        let stem = stem?;
        // A participle listed in `object_cues.txt` is one of a verb of saying ("talking about").
        if let Some(p) = self.object_particle(i) {
            return Some(p);
        }
        let mut said = false;
        let mut found = None;
        // Every form is read: the verb of saying and the object verb may be different forms.
        any_stem_form(stem, |form| {
            said |= self.lex.cue_verbs.contains(form);
            if found.is_none() {
                found = self.lex.object_cues.get(form).and_then(|ps| {
                    ps.iter()
                        .find(|p| self.particle_follows(i, p))
                        .map(String::as_str)
                });
            }
            false
        });
        let refusal = self.lex.refusal_participles.contains(self.lc(i))
            && i + 1 < self.toks.len()
            && self.lw_is(i + 1, "to");
        found.filter(|_| said || refusal)
    }
    /// A clause cue with an infinitive: "vowed to …", "promised to …", "hopes to …" ("agreed to
    /// buy …" reports a deal, not a statement).
    pub(super) fn cue_to_infinitive(&self, i: usize) -> bool {
        i + 2 < self.toks.len()
            && self.is_indirect_cue(i)
            && !self.lc(i).starts_with("agree")
            && self.lw_is(i + 1, "to")
            && self.is_word(i + 2)
            && !self.cap(i + 2)
            && !DETERMINERS.contains(&self.lc(i + 2))
    }
    /// Is the word at `i` listed as a reporting verb or an indirect-speech cue, read in no
    /// context (unlike [`View::is_cue`], which also rules out nouns after a determiner and
    /// confirms two-word cues)? The boundary rules ask this: a listed word ends a phrase or a
    /// statement wherever it stands. One lookup in the shared map; another lexicon reads both
    /// lists, so that the two paths agree. (The map's flags are read from the view's bits,
    /// found once per word by `find_facts`.)
    pub(super) fn is_any_cue(&self, i: usize) -> bool {
        self.is_word(i)
            && self.may_be(i, MAY_CUE)
            && match cue_words(self.lex) {
                Some(_) => self.may_be(i, LISTED_CUE | LISTED_INDIRECT),
                None => {
                    let l = self.lc(i);
                    self.lex.cue_verbs.contains(l) || self.lex.indirect_cues.contains(l)
                }
            }
    }
    /// Is token `k` the period of a title or an initial written against it ("Mr.", "Gov.", the
    /// "E." of "Dara E. Kendrick")? Such a period ends no sentence and no speaker tag.
    pub(super) fn title_period(&self, k: usize) -> bool {
        k > 0
            && self.is(k, ".")
            && self.toks[k - 1].span.end == self.toks[k].span.start
            && self.cap(k - 1)
            && crate::segment::abbreviation_period(
                &self.text[self.toks[k - 1].span.start..self.toks[k].span.end],
                self.lex,
            )
    }
    /// Is token `i` a negation of a verb: "not", "never", or a contraction in "n't" / "n’t"
    /// ("did not say", "won't appear")?
    pub(super) fn is_not(&self, i: usize) -> bool {
        let w = self.lc(i);
        matches!(w, "not" | "never") || w.ends_with("n't") || w.ends_with("n’t")
    }

    pub(super) fn is_adverb(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        // Most words asked are names before a cue: a word whose shape no listed adverb has and
        // that does not end in "ly" is none, and is not lowercased. (Its lowercase form ends in
        // "ly" exactly when it does in any ASCII case: see `ends_in_ing`.)
        let w = self.toks[i].text(self.text).as_bytes();
        let ly = w.len() > 2 && w[w.len() - 2..].eq_ignore_ascii_case(b"ly");
        if !ly && !self.lex.adverbs.may_hold(self.toks[i].text(self.text)) {
            return false;
        }
        let l = self.lc(i);
        if self.lex.adverbs.contains(l) {
            // "Both said", "…, but each said": a floating quantifier with no subject before it
            // is the subject.
            if matches!(l, "each" | "both") {
                return i > 0
                    && !self.is_sentence_start(i)
                    && self.is_word(i - 1)
                    && !matches!(
                        self.lc(i - 1),
                        "but" | "and" | "or" | "that" | "which" | "who"
                    );
            }
            // "Nora Will said": a listed word capitalised after a capitalised word inside a
            // sentence, with a lower-case word after it (not a title-case headline), is a
            // surname. (Asked only of a listed word: most words this is asked of are names.)
            let surname = self.cap(i)
                && i > 0
                && self.is_word(i - 1)
                && self.cap(i - 1)
                && !self.is_sentence_start(i)
                && i + 1 < self.toks.len()
                && self.is_word(i + 1)
                && !self.cap(i + 1);
            return !surname;
        }
        // A capitalised -ly word is a name ("Kelly", "Beverly") unless the list says otherwise.
        l.ends_with("ly") && l.len() > 4 && !self.cap(i) && !self.lex.not_adverbs.contains(l)
    }
    /// The pronoun at `i`, also one written together with its auxiliary ("He’d", "they’ve"):
    /// [`View::pronoun_span`] gives the words of the pronoun alone.
    pub(super) fn pronoun(&self, i: usize) -> Option<Gender> {
        if !self.is_word(i) {
            return None;
        }
        // A word whose first char is ASCII and no pronoun's first letter, in any case, is none,
        // and is not lowercased: most words this is asked of (a contraction starts as its
        // pronoun does).
        let first = self.text.as_bytes()[self.toks[i].span.start];
        if first.is_ascii()
            && pronoun_initials(self.lex).is_some_and(|m| m & letter_bit(first) == 0)
        {
            return None;
        }
        let l = self.lc(i);
        self.lex.pronouns.get(l).copied().or_else(|| {
            let head = crate::speakers::without_contraction(l);
            // Most words have no contraction: their head is the word, looked up already.
            if head.len() == l.len() {
                return None;
            }
            let g = self.lex.pronouns.get(head).copied()?;
            (g != Gender::Relative).then_some(g)
        })
    }
    /// The span of the pronoun at `i` without an auxiliary written together with it ("He" of
    /// "He’d").
    pub(super) fn pronoun_span(&self, i: usize) -> Span {
        let s = self.toks[i].span;
        let head = crate::speakers::without_contraction(self.w(i));
        Span::new(s.start, s.start + head.len())
    }
    pub(super) fn is_group_head(&self, i: usize) -> bool {
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
    pub(super) fn is_age_noun(&self, i: usize) -> bool {
        let l = self.lc(i);
        if let Some(n) = l.strip_suffix("-year-old") {
            return !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
        }
        // Split into tokens: "43", "-", "year", "-", "old".
        l == "old"
            && i >= 4
            && self.is(i - 1, "-")
            && self.lw_is(i - 2, "year")
            && self.is(i - 3, "-")
            && self.w(i - 4).bytes().all(|b| b.is_ascii_digit())
    }
    /// Where a wire story's dateline ends, if `start` opens one: "PORTHAVEN — …", "PORTHAVEN, May 3
    /// (AFP) — …", "Porthaven (AFP) – …". A place, a date and an agency open the story's first
    /// sentence and are not its subject. The place is in capitals, or an agency in parentheses
    /// follows it; only capitals, numbers, commas, dots and parentheses stand before the dash,
    /// within a dozen tokens. Returns the first token after the dash. (The quote and the indirect
    /// readers share it, so both step over the same shapes.)
    pub(super) fn dateline_end(&self, start: usize, end: usize) -> Option<usize> {
        if start + 2 >= end || start >= self.toks.len() {
            return None;
        }
        // A live report's time stamp: "09:40 —", "9.55am -", "10:05 p.m. —". (A capitalised
        // word starts with no digit: asked first, it spares slicing most tokens.)
        let cap = self.cap(start);
        let stamp = !cap && starts_with_digit(self.w(start));
        if !(cap || stamp) {
            return None;
        }
        // A time stamp's parts: digits, colons, dots and "am"/"pm".
        let stamp_part =
            |w: &str| starts_with_digit(w) || matches!(w, ":" | "." | "am" | "pm" | "a.m" | "p.m");
        // `end` may lie one past the last token (a caller asks whether the dateline ends right
        // before a quote that has no token of its own); only tokens that exist are read.
        let dash = (start + 1..end.min(start + 12).min(self.toks.len()))
            .take_while(|&k| {
                let w = self.w(k);
                self.cap(k)
                    || matches!(w, "(" | ")" | "," | "." | "—" | "–" | "-" | "--")
                    || starts_with_digit(w)
                    || stamp && stamp_part(w)
            })
            // A hyphen joined to the word before it is no dash: "US-led forces", "UN-backed talks".
            .find(|&k| self.spaced_dash(k) || self.w(k) == "--")?;
        // An agency: "(" then one to three capitalised words and ")".
        let agency = || {
            let open = (start + 1..dash).find(|&k| self.w(k) == "(")?;
            let close = (open + 1..dash.min(open + 5)).find(|&k| self.w(k) == ")")?;
            (close > open + 1 && (open + 1..close).all(|k| self.cap(k))).then_some(())
        };
        // A time stamp is its parts alone: "2 Ferries" is no stamp.
        let stamp = stamp && (start..dash).all(|k| stamp_part(self.w(k)));
        ((is_all_caps_word(self.w(start)) || stamp || agency().is_some()) && dash + 1 < end)
            .then_some(dash + 1)
    }
    pub(super) fn is_sentence_start(&self, i: usize) -> bool {
        i == 0
            || matches!(
                self.w(i - 1),
                "." | "!" | "?" | "“" | "\"" | "‘" | "'" | ":"
            )
            // "… “did not mean it.” A campaign official said": after a closing mark that ends
            // a sentence (a straight mark is matched above, either way round).
            || (i >= 2
                && matches!(self.w(i - 1), "”" | "’")
                && matches!(self.w(i - 2), "." | "!" | "?"))
            // After a wire story's dateline or a live report's time stamp ("PORTHAVEN — A
            // district court …", "09:40 — The harbour master said …"), which opens the paragraph.
            || ((2..=12).contains(&i)
                && self.spaced_dash(i - 1)
                && self.dateline_end(0, i + 1) == Some(i))
    }
    pub(super) fn span(&self, r: Range<usize>) -> Span {
        Span::new(self.toks[r.start].span.start, self.toks[r.end - 1].span.end)
    }
    /// A phrase of the one token `i` ("he", "another", "West"), with no gender evidence of its own.
    pub(super) fn word_np(&self, i: usize, kind: NpKind) -> Np {
        let s = self.toks[i].span;
        Np {
            span: s,
            core: s,
            kind,
            gender: None,
        }
    }
    /// Is token `i` a right single mark written onto a word ("Growers’", "Jones'") that opens
    /// and closes no quote the scan found, and stands inside none: an apostrophe, which
    /// [`View::is_mark`] cannot tell from a mark by its text alone.
    pub(super) fn stray_apostrophe(&self, i: usize) -> bool {
        if !matches!(self.w(i), "’" | "'") || i == 0 || !self.is_word(i - 1) {
            return false;
        }
        let at = self.toks[i].span;
        if self.toks[i - 1].span.end != at.start {
            return false;
        }
        // The quotes are in text order: the last one opening before the mark is the only one
        // that can hold it or end with it.
        let k = self.quoted.partition_point(|q| q.open.start < at.start);
        k.checked_sub(1).is_none_or(|k| {
            let q = &self.quoted[k];
            let end = q.close.map_or(q.content.end, |c| c.end);
            end <= at.start
        })
    }

    pub(super) fn is_mark(&self, i: usize) -> bool {
        let w = self.w(i);
        matches!(
            w,
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
            && !(matches!(w, "’" | "'" | "‘") && self.decade_elision(i))
    }

    /// Is the single mark at token `i` the apostrophe of an elided year or decade ("the late
    /// ’90s", "in '08"): glued to a word that starts with a digit?
    fn decade_elision(&self, i: usize) -> bool {
        self.toks.get(i + 1).is_some_and(|t| {
            t.span.start == self.toks[i].span.end
                && self.text.as_bytes()[t.span.start].is_ascii_digit()
        })
    }

    /// Is token `k` the lowercase second syllable of a given name ("Seo Min-ju")? See
    /// [`crate::speakers::name_syllable`].
    pub(super) fn name_syllable(&self, k: usize) -> bool {
        self.read();
        crate::speakers::name_syllable(self.text, self.toks, k)
    }

    /// Is token `k` the article of an Arabic name glued to the name ("al-Pell")? See
    /// [`crate::speakers::particle_hyphen`].
    pub(super) fn particle_hyphen(&self, k: usize) -> bool {
        self.read();
        crate::speakers::particle_hyphen(self.text, self.toks, k)
    }

    /// Is token `k` "then" or "ex" glued by a hyphen to the title after it ("then-Sen.",
    /// "Ex-Gov.")? The prefix dates the title; it is no part of a name.
    pub(super) fn time_prefix(&self, k: usize) -> bool {
        self.joined_next(k) && self.w(k + 1) == "-" && crate::speakers::time_prefix(self.lc(k))
    }

    /// The first word after a heading in capitals that starts at token `k` ("GULLS ARE SMARTER
    /// THAN WE THOUGHT Dorset Mayor …"). See [`crate::speakers::caps_heading_end`].
    pub(super) fn caps_heading_end(&self, k: usize) -> Option<usize> {
        self.read();
        crate::speakers::caps_heading_end(self.text, self.toks, k)
    }

    /// Is token `k` a lowercase word shaped like a verb's third person ("hits", "quotes"): a
    /// plural's shape ([`plural_form`]), not a word that merely ends in "s" ("famous",
    /// "tireless", "analysis") or a possessive?
    pub(super) fn verb_in_s(&self, k: usize) -> bool {
        let w = self.w(k);
        self.is_word(k)
            && !self.cap(k)
            && plural_form(w)
            && !w.ends_with("is")
            && !w.ends_with("'s")
            && !w.ends_with("’s")
    }

    /// Does token `k` touch the token after it, with no space between them?
    pub(super) fn joined_next(&self, k: usize) -> bool {
        k + 1 < self.toks.len() && self.toks[k].span.end == self.toks[k + 1].span.start
    }

    /// Is token `j` the second half of a hyphenated compound ("anti-Muslim", "two-term"): a word,
    /// a hyphen and a word, with no space between them?
    pub(super) fn hyphen_compound_at(&self, j: usize) -> bool {
        self.read();
        hyphen_compound(self.text, self.toks, j)
    }

    /// Token indices of a post-modifier followed by its preposition ("familiar with", …).
    pub(super) fn find_post_modifiers(&self) -> Vec<usize> {
        // Only the words `find_facts` found with the shape of one (a word in sixty): a loop over
        // every token's bits cost ~16 instructions a token for the few it let through.
        self.facts();
        let candidates = self.post_candidates.get().map_or(&[][..], Vec::as_slice);
        let last = self.toks.len().saturating_sub(1);
        candidates
            .iter()
            .copied()
            .take_while(|&k| k < last)
            .filter(|&k| {
                POST_MODIFIERS.contains(&self.lc(k))
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
}

/// A word of two letters or more, all of them capitals ("PORTHAVEN", "WASHINGTON").
fn is_all_caps_word(w: &str) -> bool {
    w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
}

pub(super) fn starts_with_digit(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
}

#[test]
fn facts_hold_exactly_the_listed_words() {
    let lex = Lexicon::get();
    let cues = cue_words(lex).expect("the default lexicon");
    let bits = |w: &str| {
        let toks = crate::segment::tokens(w, Span::new(0, w.len()));
        let v = View::new(w, &toks, lex, None);
        (toks.len() == 1).then(|| v.facts()[0])
    };
    for (words, may) in may_lists(lex, cues) {
        for w in words {
            if let Some(f) = bits(w) {
                assert!(f & may != 0, "{w}");
            }
        }
    }
    // "banks" has both shapes of "backs", a verb of backing, and is in none of these lists;
    // "BACKS" is the verb in capitals.
    assert_eq!(bits("banks"), Some(0));
    assert_eq!(
        bits("BACKS").map(|f| f & MAY_OBJECT_CUE),
        Some(MAY_OBJECT_CUE)
    );
    // A participle of a clause cue ("says") keeps its shape's bits (`KEEP_SHAPE`).
    let table = shape_facts(lex).expect("the default lexicon");
    let shape = |w: &str| {
        let [x, y] = ascii_cue_shape(w.as_bytes()).expect("a short ASCII word");
        table[0][x] & table[1][y]
    };
    for w in ["saying", "noting", "Arguing"] {
        assert_eq!(bits(w).map(|f| f & MAY_ALL), Some(shape(w)), "{w}");
    }
}
