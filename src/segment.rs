//! Segments: paragraphs, word tokens and attribution sentences.
//!
//! Quotes are parsed over paragraphs (a quote never crosses a paragraph boundary on its own; multi-
//! paragraph quotes are chained by the quote scanner). Sentences are only attribution windows, so the
//! splitter never cuts inside a quotation: "“We lost. We will be back,” she said." is one sentence.

use unicode_segmentation::UnicodeSegmentation;

use crate::lexicon::Lexicon;
use crate::span::Span;
use crate::work::{self, Stage};

/// Paragraphs of the text. A blank line always ends a paragraph; a single line break ends one too,
/// unless the line looks hard-wrapped (it does not end a sentence and the next line starts in lower
/// case). News text mixes both conventions, often within one article.
/// Spans exclude line terminators and surrounding blank space; empty paragraphs are dropped.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut para_start: Option<usize> = None;
    let mut last_content_end = 0;
    let mut prev_body = "";
    // A byte-order mark is not content; offsets still count its bytes.
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut pos = bom;
    let mut lines = 0;
    let width = wrap_width(&text[bom..]);
    for line in lines_inclusive(&text[bom..]) {
        lines += 1;
        let body = line.trim_end_matches(['\n', '\r']);
        let blank = body.trim().is_empty();
        if let Some(s) = para_start {
            let joined =
                is_wrapped(prev_body, body) || width.is_some_and(|w| fills_the_width(prev_body, w));
            if blank || !joined {
                out.push(Span::new(s, last_content_end).trim(text));
                para_start = None;
            }
        }
        if !blank {
            if para_start.is_none() {
                para_start = Some(pos);
            }
            last_content_end = pos + body.len();
            prev_body = body;
        }
        pos += line.len();
    }
    if let Some(s) = para_start {
        out.push(Span::new(s, last_content_end).trim(text));
    }
    out.retain(|p| !p.is_empty());
    work::add(Stage::Paragraphs, lines);
    out
}

/// `s.split_inclusive('\n')`: the lines of `s`, each with its line feed. The line feeds are found
/// with `memchr`, which reads a block of bytes at a time: `str`'s char search read the text at
/// a few instructions a byte, as much as finding the paragraphs took besides.
fn lines_inclusive(s: &str) -> impl Iterator<Item = &str> {
    let ends = memchr::memchr_iter(b'\n', s.as_bytes())
        .map(|i| i + 1)
        .chain([s.len()]);
    let mut start = 0;
    ends.filter_map(move |end| {
        let line = (end > start).then(|| &s[start..end]);
        start = end;
        line
    })
}

#[test]
fn lines_inclusive_splits_as_split_inclusive() {
    for s in [
        "",
        "\n",
        "\n\n",
        "a",
        "a\n",
        "a\nb",
        "a\r\n\r\nb\n",
        "“x”\n\ny",
    ] {
        let ours: Vec<&str> = lines_inclusive(s).collect();
        let std: Vec<&str> = s.split_inclusive('\n').collect();
        assert_eq!(ours, std, "{s:?}");
    }
}

/// The longest line a hard-wrapped text can have: e-mail and wire copy break lines at 70–80
/// characters and keep paragraphs apart with blank lines.
const MAX_WRAP_WIDTH: usize = 100;

/// The line width of a hard-wrapped text, if `text` is one: paragraphs apart by blank lines, no
/// line longer than [`MAX_WRAP_WIDTH`] characters, and some paragraph of two lines or more. In
/// such a text a line break inside a paragraph is the wrap's, wherever it falls ("… said\nAda
/// Lund of …"); elsewhere a line break before a capital starts a paragraph, as in news pasted
/// one paragraph a line. One pass over the lines (`lines_inclusive`): linear.
fn wrap_width(text: &str) -> Option<usize> {
    let mut width = 0;
    let mut blank_line = false;
    let mut two_lines = false;
    let mut prev_filled = false;
    let mut lines = 0;
    let mut fits = true;
    for line in lines_inclusive(text) {
        lines += 1;
        let body = line.trim_end_matches(['\n', '\r']);
        // (More bytes than four times the width are more characters than the width.)
        let chars = if body.len() <= 4 * MAX_WRAP_WIDTH {
            body.chars().count()
        } else {
            usize::MAX
        };
        if chars > MAX_WRAP_WIDTH {
            fits = false;
            break;
        }
        if body.trim().is_empty() {
            blank_line = true;
            prev_filled = false;
        } else {
            two_lines |= prev_filled;
            prev_filled = true;
            width = width.max(chars);
        }
    }
    work::add(Stage::Paragraphs, lines);
    (fits && blank_line && two_lines).then_some(width)
}

/// Does line `prev` of a text wrapped at `width` run near the width, so that the break after it
/// is the wrap's? A short line ("By Ada Lund", a list's item) ends where its writer ended it.
fn fills_the_width(prev: &str, width: usize) -> bool {
    let chars = prev.trim_end().chars().count();
    chars * 10 >= width * 6
}

/// Does `next` continue the hard-wrapped line `prev`?
fn is_wrapped(prev: &str, next: &str) -> bool {
    let ends_sentence = prev
        .trim_end()
        .ends_with(['.', '!', '?', ':', '”', '"', '’', '\'', '»', ')']);
    let next_lower = next
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    !ends_sentence && next_lower
}

/// A token: a word (letters/digits, with inner apostrophes and periods) or one punctuation char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// True for words (anything starting with a letter or digit).
    pub word: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text)
    }
}

/// Tokens of `span`, white space dropped. Word boundaries follow UAX #29 (so "don’t", "Xi’s" and
/// "3.5" are one token each).
// A function of its own under LTO too: see `analyze::analyze_with`.
#[inline(never)]
pub fn tokens(text: &str, span: Span) -> Vec<Token> {
    let s = span.slice(text);
    // Both tokenizers make one pass over the chars (the fast one may give up part-way, then the
    // fallback reads them again): count the bytes once per pass.
    work::add(Stage::Tokens, s.len() as u64);
    if let Some(toks) = fast::tokens(s, span.start) {
        return toks;
    }
    work::add(Stage::Tokens, s.len() as u64);
    s.split_word_bound_indices()
        .filter(|(_, w)| !w.trim().is_empty())
        .map(|(i, w)| Token {
            span: Span::new(span.start + i, span.start + i + w.len()),
            word: w.chars().next().is_some_and(char::is_alphanumeric),
        })
        .collect()
}

/// UAX #29 word boundaries for the characters news text is mostly made of, several times faster than
/// the general tables. Any other character (combining marks, other scripts, emoji, format characters)
/// makes [`fast::tokens`] give up, and the caller falls back to `unicode-segmentation`; the two agree
/// on every text the fast path accepts (tests/tokenizer.rs checks it against the library).
mod fast {
    use super::Token;
    use crate::span::Span;

    /// Word-break classes (UAX #29) of the characters handled here.
    #[derive(Clone, Copy, PartialEq, Eq)]
    #[repr(u8)]
    enum Class {
        /// ALetter: ASCII and Latin-1/Latin Extended letters.
        Letter,
        /// Numeric: ASCII digits.
        Digit,
        /// MidLetter: `:`.
        MidLetter,
        /// MidNumLet and Single_Quote: `.` `'` `‘` `’`.
        MidNumLet,
        /// MidNum: `,` `;`.
        MidNum,
        /// ExtendNumLet: `_`.
        ExtendNumLet,
        /// White space (always a boundary on both sides; dropped by `tokens`).
        Space,
        /// Everything else handled here: a boundary on both sides.
        Other,
    }

    fn class(c: char) -> Option<Class> {
        use Class::*;
        Some(match c {
            'a'..='z' | 'A'..='Z' => Letter,
            '0'..='9' => Digit,
            ':' => MidLetter,
            '.' | '\'' | '\u{2018}' | '\u{2019}' => MidNumLet,
            ',' | ';' => MidNum,
            '_' => ExtendNumLet,
            ' ' | '\t' | '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{a0}' => Space,
            '\0'..='\u{7f}' => Other,
            // Latin-1 and Latin Extended-A/B letters (not × and ÷).
            '\u{c0}'..='\u{24f}' if c != '\u{d7}' && c != '\u{f7}' => Letter,
            // “ ” „ — – … « » ‹ › and similar punctuation of news text.
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{2013}' | '\u{2014}' | '\u{2026}'
            | '\u{ab}' | '\u{bb}' | '\u{2039}' | '\u{203a}' | '\u{a3}' | '\u{20ac}' | '\u{b0}' => {
                Other
            }
            _ => return None,
        })
    }

    /// [`class`] of every ASCII char, looked up by byte: most chars of news text are ASCII, and a
    /// table read is cheaper than decoding the char and matching it.
    static ASCII: [Class; 128] = {
        let mut t = [Class::Other; 128];
        let mut b = 0;
        while b < 128 {
            t[b] = match b as u8 {
                b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
                b'0'..=b'9' => Class::Digit,
                b':' => Class::MidLetter,
                b'.' | b'\'' => Class::MidNumLet,
                b',' | b';' => Class::MidNum,
                b'_' => Class::ExtendNumLet,
                b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => Class::Space,
                _ => Class::Other,
            };
            b += 1;
        }
        t
    };

    /// Is the byte an ASCII letter or digit? A table read is cheaper than the range tests of
    /// `u8::is_ascii_alphanumeric` in the loop that steps over a word's letters.
    static ALNUM: [bool; 256] = {
        let mut t = [false; 256];
        let mut b = 0;
        while b < 256 {
            t[b] = (b as u8).is_ascii_alphanumeric();
            b += 1;
        }
        t
    };

    /// The class of the char starting at byte `i` of `s` and its length in bytes, or `None` when
    /// this module does not classify it.
    #[inline(always)]
    fn class_at(s: &str, i: usize) -> Option<(Class, usize)> {
        let b = s.as_bytes()[i];
        if b < 0x80 {
            return Some((ASCII[usize::from(b)], 1));
        }
        let c = s[i..].chars().next()?;
        Some((class(c)?, c.len_utf8()))
    }

    /// Tokens of `s` (which starts at byte `base` of the text), or `None` when `s` has a character
    /// this module does not classify.
    pub(super) fn tokens(s: &str, base: usize) -> Option<Vec<Token>> {
        // One pass with a window of four classes: the boundary between chars k-1 and k depends on
        // k-2, k-1, k and k+1. Positions past either end read as white space, which joins nothing.
        let n = s.len();
        // News text has a token every 5.2 bytes (PolNeAR train): room for one every five left
        // two paragraphs in five to grow the vector, copying it, once; one every four, one in 12.
        let mut out = Vec::with_capacity(n / 4);
        if n == 0 {
            return Some(out);
        }
        let (first, len) = class_at(s, 0)?;
        let (mut before, mut a) = (Class::Space, first);
        let (mut start, mut start_class) = (0, a);
        // `b` is the char at byte `at`, `len` bytes long.
        let mut at = len;
        let (mut b, mut len) = if at < n {
            class_at(s, at)?
        } else {
            (Class::Space, 0)
        };
        let bytes = s.as_bytes();
        let alnum = |c: Class| matches!(c, Class::Letter | Class::Digit);
        while at < n {
            // Inside a word: a letter or digit joins a letter or digit whatever surrounds them
            // (WB5, WB8-WB10), so no boundary falls before `b` nor inside the run of ASCII letters
            // and digits after it. Step to the first char past the run. There `a` (the run's last
            // char) is a letter or digit, and `boundary` reads `before` only when `a` is not one.
            if alnum(a) && alnum(b) {
                // The first byte at or after `from` that is no ASCII letter or digit.
                let run_end = |from: usize| {
                    bytes[from..]
                        .iter()
                        .position(|&c| !ALNUM[usize::from(c)])
                        .map_or(n, |run| from + run)
                };
                let mut k = run_end(at + len);
                if k > at + len {
                    a = ASCII[usize::from(bytes[k - 1])];
                } else {
                    a = b;
                }
                // "word word": one ASCII space between two such runs, the commonest step of prose,
                // ends the token and starts the next without the window. White space is a boundary
                // on both sides and no token; the new run's first char starts a word, which the
                // letters and digits after it join.
                while k + 1 < n && bytes[k] == b' ' && ALNUM[usize::from(bytes[k + 1])] {
                    if start_class != Class::Space {
                        out.push(token(base, start, k, start_class));
                    }
                    (start, start_class) = (k + 1, ASCII[usize::from(bytes[k + 1])]);
                    k = run_end(k + 2);
                    a = ASCII[usize::from(bytes[k - 1])];
                }
                if k >= n {
                    break;
                }
                (b, len) = class_at(s, k)?;
                at = k;
            }
            let next = at + len;
            let (after, after_len) = if next < n {
                class_at(s, next)?
            } else {
                (Class::Space, 0)
            };
            // White space between two other chars: a boundary on each side of it (only white
            // space joins white space), and the space is no token. Take both steps at once.
            if b == Class::Space && a != Class::Space && after != Class::Space && next < n {
                if start_class != Class::Space {
                    out.push(token(base, start, at, start_class));
                }
                (start, start_class) = (next, after);
                let past = next + after_len;
                let (c, c_len) = if past < n {
                    class_at(s, past)?
                } else {
                    (Class::Space, 0)
                };
                (before, a, b) = (Class::Space, after, c);
                (at, len) = (past, c_len);
                continue;
            }
            if boundary(before, a, b, after) {
                if start_class != Class::Space {
                    out.push(token(base, start, at, start_class));
                }
                (start, start_class) = (at, b);
            }
            (before, a, b) = (a, b, after);
            (at, len) = (next, after_len);
        }
        if start_class != Class::Space {
            out.push(token(base, start, n, start_class));
        }
        Some(out)
    }

    #[test]
    fn ascii_table_is_the_class_of_every_ascii_char() {
        for b in 0u8..128 {
            assert!(
                class(char::from(b)) == Some(ASCII[usize::from(b)]),
                "byte {b}"
            );
        }
    }

    /// A token; it is a word when it starts with a letter or digit, which among the characters
    /// handled here are exactly the `Letter` and `Digit` classes.
    fn token(base: usize, from: usize, to: usize, first: Class) -> Token {
        Token {
            span: Span::new(base + from, base + to),
            word: matches!(first, Class::Letter | Class::Digit),
        }
    }

    /// Is there a word boundary between `a` and `b`, with `before` preceding `a` and `after`
    /// following `b`? (Rules WB5 to WB13b; the CR LF and white-space rules only join white space,
    /// which is dropped anyway.)
    fn boundary(before: Class, a: Class, b: Class, after: Class) -> bool {
        use Class::*;
        let joined = match (a, b) {
            (Space, Space) => true,
            (Letter, Letter | Digit) | (Digit, Digit | Letter) => true,
            // WB6 / WB7: "don’t", "U.S".
            (Letter, MidLetter | MidNumLet) => after == Letter,
            (MidLetter | MidNumLet, Letter) => before == Letter,
            // WB11 / WB12: "3.5", "1,000".
            (Digit, MidNum | MidNumLet) => after == Digit,
            (MidNum | MidNumLet, Digit) => before == Digit,
            // WB13a / WB13b.
            (Letter | Digit | ExtendNumLet, ExtendNumLet) => true,
            (ExtendNumLet, Letter | Digit) => true,
            _ => false,
        };
        !joined
    }
}

/// Sentence windows of one paragraph as ranges of token indices into `toks`.
/// `quotes` are the top-level quote content spans of the paragraph: no sentence ends inside one.
// A function of its own under LTO too: see `analyze::analyze_with`.
#[inline(never)]
pub fn sentences(
    text: &str,
    toks: &[Token],
    quotes: &[Span],
    lex: &Lexicon,
) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut qi = 0;
    let mut i = 0;
    let mut steps = 0;
    while i < toks.len() {
        steps += 1;
        let t = toks[i];
        while qi < quotes.len() && quotes[qi].end <= t.span.start {
            qi += 1;
            steps += 1;
        }
        let inside = qi < quotes.len() && quotes[qi].start <= t.span.start;
        // A quote that ends its own sentence (“… is broken.” Then …) ends the reporter's sentence
        // too, unless an attribution follows (“… broken.” Doe said).
        let closes_quote = inside && t.span.end == quotes[qi].end && i > 0;
        // After "?" or "!" only a quote set inside the reporter's sentence ("… a banner reading
        // “Where is our money?” One of them said …") ends it: a quote that opens its sentence is
        // often tagged after an apposition ("“…!” Doe, the head of X, wrote").
        let embedded = || {
            toks[start..i]
                .iter()
                .take(2)
                .any(|t| t.word && t.span.end < quotes[qi].start)
        };
        let end_mark = closes_quote && matches!(toks[i - 1].text(text), "?" | "!") && embedded();
        if closes_quote && (toks[i - 1].text(text) == "." || end_mark) && i + 1 < toks.len() {
            let next = toks[i + 1];
            let gap = next.span.start > t.span.end;
            let cap = next.word
                && next
                    .text(text)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
            let attributed = [i + 2, i + 3].into_iter().find(|&c| {
                toks.get(c)
                    .is_some_and(|t| lex.cue_verbs.contains(&t.text(text).to_lowercase()))
            });
            // “… broken.” Doe said both sides … / … He added: “…”: a cue with a clause or a quote
            // of its own opens the next sentence; it does not tag the quote before.
            // "… recruiter.” She also said, without evidence, that “…”": so does a cue followed,
            // within a few words and before any sentence end, by a quote of its own.
            let own_quote = |c: usize| {
                toks[c + 1..]
                    .iter()
                    .take(12)
                    .take_while(|t| !matches!(t.text(text), "." | "!" | "?"))
                    .any(|t| {
                        quotes
                            .binary_search_by_key(&t.span.start, |q| q.start)
                            .is_ok()
                    })
            };
            let attributed = attributed.is_some_and(|c| {
                !toks.get(c + 1).is_some_and(|n| opens_clause(text, n, lex)) && !own_quote(c)
            });
            if gap && cap && !attributed {
                out.push(start..i + 1);
                start = i + 1;
                i += 1;
                continue;
            }
        }
        // (A word is never sentence punctuation: no need to read it.)
        if !inside && !t.word && matches!(t.text(text), "." | "!" | "?" | "…") {
            // Swallow closing marks and brackets that belong to this sentence: written right
            // after it (a mark after a space opens the next: ". ''It was …" in archives that
            // write quotes with two apostrophes, which the quote scan leaves alone).
            let mut j = i + 1;
            while j < toks.len()
                && toks[j].span.start == toks[j - 1].span.end
                && is_closer(toks[j].text(text))
                && quotes
                    .binary_search_by_key(&toks[j].span.start, |q| q.start)
                    .is_err()
            {
                j += 1;
                steps += 1;
            }
            let next_starts = j >= toks.len() || starts_sentence(toks[j].text(text));
            let gap = j < toks.len() && toks[j].span.start > toks[j - 1].span.end;
            // "… in the U.S. He said …": after a dotted abbreviation, a subject pronoun or "The"
            // opens a sentence (no name or title follows an abbreviation that way).
            let abbrev = t.text(text) == "."
                && i > 0
                && is_abbreviation(text, toks, i, lex)
                && !(toks[i - 1].text(text).contains('.')
                    && j < toks.len()
                    && matches!(
                        toks[j].text(text),
                        "He" | "She" | "They" | "We" | "It" | "The"
                    ))
                && !(j < toks.len() && lone_letter_ends(text, toks, i, toks[j].text(text)));
            if next_starts && (gap || j >= toks.len()) && !abbrev {
                out.push(start..j);
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    work::add(Stage::Sentences, steps);
    out
}

/// Does the word after a reporting verb start what the verb reports (a colon, "that", a pronoun,
/// a determiner, a name) rather than the rest of a speaker tag ("in a statement", "Tuesday", ".")?
fn opens_clause(text: &str, t: &Token, lex: &Lexicon) -> bool {
    let w = t.text(text);
    if !t.word {
        return w == ":";
    }
    let l = w.to_lowercase();
    let capital = w.chars().next().is_some_and(char::is_uppercase);
    matches!(
        l.as_str(),
        "that"
            | "he"
            | "she"
            | "they"
            | "it"
            | "we"
            | "i"
            | "you"
            | "the"
            | "a"
            | "an"
            | "both"
            | "his"
            | "her"
            | "their"
            | "its"
            | "this"
            | "there"
    ) || capital && !lex.not_names.contains(&l)
}

fn is_closer(t: &str) -> bool {
    matches!(t, "”" | "’" | "\"" | "'" | "»" | "›" | ")" | "]" | "」")
}

fn starts_sentence(t: &str) -> bool {
    let c = t.chars().next().unwrap_or(' ');
    c.is_uppercase() || c.is_numeric() || "“‘\"'«„‚‹(「—–-".contains(c)
}

/// Does the period at token `i`, after a lone capital letter that follows a lower-case word, end
/// a sentence, since `next` opens one and no surname ("… wrote on X. Another MP said …")? An
/// initial opens a name or follows its first name ("from J. Doe", "Ada J. Lund"), and a name goes
/// on after it; a pronoun, a determiner or a conjunction is no surname. ("He" is one: "J. He".)
fn lone_letter_ends(text: &str, toks: &[Token], i: usize, next: &str) -> bool {
    i >= 2
        && is_initial(toks[i - 1].text(text))
        && toks[i - 2].word
        && toks[i - 2]
            .text(text)
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
        && matches!(
            next,
            "She"
                | "They"
                | "We"
                | "It"
                | "The"
                | "This"
                | "That"
                | "Another"
                | "But"
                | "And"
                | "His"
                | "Her"
                | "Their"
                | "Its"
        )
}

fn is_abbreviation(text: &str, toks: &[Token], i: usize, lex: &Lexicon) -> bool {
    let prev = toks[i - 1];
    prev.span.end == toks[i].span.start
        && abbreviation_period(&text[prev.span.start..toks[i].span.end], lex)
}

/// Is `with_dot`, a word and the period written against it, an initial ("J."), a dotted
/// abbreviation ("U.S.") or one of the lexicon's abbreviations ("Gov.")? Such a period need not
/// end a sentence. One test for the sentence splitter, the attribution stage's speaker tags and the
/// registry's "does this mention open a sentence", so that the three agree on what a period is.
pub(crate) fn abbreviation_period(with_dot: &str, lex: &Lexicon) -> bool {
    let Some(w) = with_dot.strip_suffix('.') else {
        return false;
    };
    is_initial(w) || w.contains('.') && !is_domain(w) || lex.abbreviations.contains(with_dot)
}

/// Is `w` a web address ("OurVox.org", "nytimes.com")? Its dots are no abbreviation's: the last
/// part is a lowercase top-level domain and a part before it a word of three letters or more, where
/// a dotted abbreviation has a letter or two between its dots ("U.S", "Ph.D", "a.m"). A period
/// after it can end a sentence ("… director at OurVox.org. “That is …”").
fn is_domain(w: &str) -> bool {
    let Some((name, tld)) = w.rsplit_once('.') else {
        return false;
    };
    tld.len() >= 2
        && tld.bytes().all(|b| b.is_ascii_lowercase())
        && name.split('.').any(|part| part.chars().count() >= 3)
}

/// Is `w` an initial: one capital letter ("J" of "J. Doe")? The registry reads a middle initial
/// into a name with the same test.
pub(crate) fn is_initial(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_by_blank_lines() {
        let t = "One\nstill one.\n\n  Two.\r\n\r\nThree";
        let p: Vec<&str> = paragraphs(t).iter().map(|s| s.slice(t)).collect();
        assert_eq!(p, vec!["One\nstill one.", "Two.", "Three"]);
    }

    /// In a text wrapped at a fixed width with blank lines between paragraphs, a line break
    /// inside a paragraph joins its lines even before a capital ("said\nAda Lund"); a short
    /// line stays a line of its own.
    #[test]
    fn paragraphs_of_a_hard_wrapped_text() {
        let t = "Ferry fares rise\n\nBy Tom Hale\nHarbour desk\n\n\"The fares will rise in May for every route we run,\" said\nAda Lund of the ferry board, who spoke at the quay.\n\nNo more.";
        let p: Vec<&str> = paragraphs(t).iter().map(|s| s.slice(t)).collect();
        assert_eq!(
            p,
            vec![
                "Ferry fares rise",
                "By Tom Hale",
                "Harbour desk",
                "\"The fares will rise in May for every route we run,\" said\nAda Lund of the ferry board, who spoke at the quay.",
                "No more."
            ]
        );
        // One paragraph a line, lines longer than a wrap's: a capital after a break opens one.
        let long = "x".repeat(MAX_WRAP_WIDTH);
        let t = format!("Ferry fares rise\n\nThe fares rise {long}\nAda Lund said so.");
        assert_eq!(paragraphs(&t).len(), 3);
    }

    #[test]
    fn paragraphs_by_single_line_breaks() {
        let t = "One.\nTwo.\n\nThree and\nwrapped.\n";
        let p: Vec<&str> = paragraphs(t).iter().map(|s| s.slice(t)).collect();
        assert_eq!(p, vec!["One.", "Two.", "Three and\nwrapped."]);
    }

    /// The sentences of `t`, one paragraph with these quote spans, as text.
    fn sentence_texts<'t>(t: &'t str, quotes: &[Span]) -> Vec<&'t str> {
        let toks = tokens(t, Span::new(0, t.len()));
        sentences(t, &toks, quotes, Lexicon::get())
            .iter()
            .map(|r| &t[toks[r.start].span.start..toks[r.end - 1].span.end])
            .collect()
    }

    /// Marks after a sentence's period belong to it only when written against it: after a
    /// space they open the next sentence (an archive's two apostrophes, which the quote scan
    /// leaves alone).
    #[test]
    fn sentences_split_before_marks_after_a_space() {
        let t = "Most were not happy. ''It was a hard year,'' said Ada Lund. ''We will be back.''";
        assert_eq!(
            sentence_texts(t, &[]),
            vec![
                "Most were not happy.",
                "''It was a hard year,'' said Ada Lund.",
                "''We will be back.''"
            ]
        );
    }

    #[test]
    fn sentences_end_after_a_web_address() {
        assert_eq!(
            sentence_texts(
                "She works at OurVox.org. Then she left the U.S. in May.",
                &[]
            ),
            vec!["She works at OurVox.org.", "Then she left the U.S. in May."]
        );
        assert!(!abbreviation_period("nytimes.com.", Lexicon::get()));
        assert!(abbreviation_period("Ph.D.", Lexicon::get()));
        assert!(abbreviation_period("a.m.", Lexicon::get()));
    }

    #[test]
    fn sentences_skip_abbreviations_and_quotes() {
        let t = "Mr. Doe left. “We lost. We will win,” she said. Then U.S. Gov. Roe spoke.";
        let qs = t.find("We lost").unwrap();
        let qe = t.find(",”").unwrap() + 1;
        assert_eq!(
            sentence_texts(t, &[Span::new(qs, qe)]),
            vec![
                "Mr. Doe left.",
                "“We lost. We will win,” she said.",
                "Then U.S. Gov. Roe spoke."
            ]
        );
    }

    /// A quote set inside the sentence that ends with "?" or "!" ends it; one that opens the
    /// sentence does not, since its tag may follow an apposition.
    #[test]
    fn sentences_end_after_a_question_set_inside_them() {
        let t = "They held a sign reading “Why now?” One of them spoke.";
        let q = Span::new(t.find("Why").unwrap(), t.find("?”").unwrap() + "?”".len());
        assert_eq!(
            sentence_texts(t, &[q]),
            vec!["They held a sign reading “Why now?”", "One of them spoke."]
        );
        let t = "“Why now?” Doe, the head of the group, wrote.";
        let q = Span::new(t.find("Why").unwrap(), t.find("?”").unwrap() + "?”".len());
        assert_eq!(sentence_texts(t, &[q]), vec![t]);
    }

    #[test]
    fn sentences_end_at_a_dotted_abbreviation_before_a_pronoun() {
        let t = "Doe says the plan will stop attacks in the U.S. He says the rest is noise. The U.S. The end.";
        assert_eq!(
            sentence_texts(t, &[]),
            vec![
                "Doe says the plan will stop attacks in the U.S.",
                "He says the rest is noise.",
                "The U.S.",
                "The end."
            ]
        );
        // Not after a title or an initial: "Gov. He Lin", "J. He".
        assert_eq!(
            sentence_texts("Gov. He Lin spoke.", &[]),
            vec!["Gov. He Lin spoke."]
        );
    }

    /// A capital letter after a lower-case word, before a word that opens no surname, ends its
    /// sentence ("posted on X. Another …"); an initial before a surname does not.
    #[test]
    fn sentences_end_after_a_lone_letter_before_a_determiner() {
        let t = "Oda Fenn replied on X. Another trustee, Pell Marr, wrote back. A note from J. Tarr came.";
        assert_eq!(
            sentence_texts(t, &[]),
            vec![
                "Oda Fenn replied on X.",
                "Another trustee, Pell Marr, wrote back.",
                "A note from J. Tarr came."
            ]
        );
        assert_eq!(
            sentence_texts("A letter from J. He came.", &[]),
            vec!["A letter from J. He came."]
        );
    }
}
