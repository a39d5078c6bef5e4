//! The quote scanner: finds quoted spans in each paragraph with a nom lexer and a mark stack.
//!
//! A nom parser lexes the paragraph into "text up to the next mark" and "the mark"; every mark is then
//! classified from its neighbours as opening, closing or apostrophe, and paired on a stack. Work is
//! linear in the paragraph: each char is read once, each mark is pushed and popped at most once, and
//! per-family counters make a closer with no opener of its family O(1). Nothing crosses a paragraph
//! boundary: an unclosed quote ends at its paragraph's end (or chains into the next paragraph when
//! that one opens with a mark of the same family, the newspaper convention for multi-paragraph quotes).

use nom::character::complete::anychar;
use nom::{IResult, Parser};

use crate::lexicon::Lexicon;
use crate::span::Span;
use crate::swar::{bytes_equal, eight_bytes, HIGH};
use crate::work::{self, Stage};

/// Families of quote marks: a closer only closes an opener of its own family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// “…” and „…“
    Double,
    /// ‘…’ and ‚…‘
    Single,
    /// "…"
    StraightDouble,
    /// '…'
    StraightSingle,
    /// «…»
    Guillemet,
    /// ‹…›
    SingleGuillemet,
    /// 「…」 and 『…』
    Corner,
}

const FAMILIES: usize = 7;

/// For each family, the stack positions of its open quotes, innermost last: "is one open?" and
/// "which is the innermost?" in O(1), where a walk down the stack made a paragraph of many open
/// quotes and many weak closers quadratic.
type Opened = [Vec<usize>; FAMILIES];

impl Family {
    fn index(self) -> usize {
        self as usize
    }
}

/// A quoted span found by the scanner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawQuote {
    /// The opening mark.
    pub open: Span,
    /// The closing mark, `None` when the quote runs to its paragraph's end.
    pub close: Option<Span>,
    /// The text between the marks (for an unclosed quote: to the paragraph's end).
    pub content: Span,
    /// The family of the marks.
    pub family: Family,
    /// Index of the paragraph.
    pub paragraph: usize,
    /// This segment continues a quote left open at the end of the previous paragraph.
    pub continues: bool,
    /// The quote is left open here and goes on in the next paragraph.
    pub runs_on: bool,
    /// Quotes nested inside this one (their content spans).
    pub nested: Vec<Span>,
}

/// A mark problem for the findings list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkProblem {
    /// An opening mark that was never closed in its paragraph (and does not run on).
    Unclosed(Span),
    /// A closing mark with nothing to close.
    Unopened(Span),
}

/// Everything the scanner found.
#[derive(Debug, Default, Clone)]
pub struct Scan {
    /// Top-level quotes, in text order.
    pub quotes: Vec<RawQuote>,
    /// Problems with marks.
    pub problems: Vec<MarkProblem>,
}

/// A quotation mark of any family the scanner reads (straight, curly, low, guillemets, corner).
pub(crate) fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '„'
            | '‚'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

/// One lexer step: the text before the next mark, and the mark. `Err` when no mark is left.
fn next_mark(input: &str) -> IResult<&str, (&str, char)> {
    (till_mark, anychar).parse(input)
}

/// `take_till(is_mark)`, reading bytes: every mark starts with `"`, `'` or the lead byte 0xC2
/// (« »), 0xE2 (“ ” ‘ ’ „ ‚ ‹ ›) or 0xE3 (「 」 『 』), so only chars starting with one of those are
/// decoded. (Lead bytes are never inside a char: a byte found is a char boundary.)
fn till_mark(input: &str) -> IResult<&str, &str> {
    let bytes = input.as_bytes();
    let mut from = 0;
    while let Some(at) = next_mark_lead(bytes, from) {
        match input[at..].chars().next() {
            Some(c) if is_mark(c) => return Ok((&input[at..], &input[..at])),
            Some(c) => from = at + c.len_utf8(),
            None => break,
        }
    }
    Ok(("", input))
}

/// The first byte at or after `from` that may start a mark (`"`, `'`, 0xC2, 0xE2 or 0xE3).
/// Most stretches of news text hold none of them: eight bytes at a time are ruled out with a few
/// word operations, and only a block that may hold one is read byte by byte (the byte loop was
/// the quote scan's largest cost).
fn next_mark_lead(bytes: &[u8], mut from: usize) -> Option<usize> {
    let is_lead = |b: &u8| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3);
    while let Some(word) = eight_bytes(bytes, from) {
        if may_hold_mark_lead(word) {
            if let Some(k) = bytes[from..from + 8].iter().position(is_lead) {
                return Some(from + k);
            }
        }
        from += 8;
    }
    bytes[from..].iter().position(is_lead).map(|k| from + k)
}

/// May one of the eight bytes of `word` start a mark? Every lead byte of a mark has its high bit
/// set, so a block of ASCII bytes may only hold `"` or `'`.
fn may_hold_mark_lead(word: u64) -> bool {
    word & HIGH != 0 || bytes_equal(word, b'"') | bytes_equal(word, b'\'') != 0
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open(Family),
    /// A closer for one of these families (first match on the stack wins).
    Close(&'static [Family], bool),
    /// Either closes an open quote of the family or opens a new one ("„…“" vs "“…”").
    CloseOrOpen(&'static [Family], Family),
    Apostrophe,
}

struct Open {
    family: Family,
    mark: Span,
    /// First closing candidate we passed over as probably an apostrophe ("the students’ union").
    weak_close: Option<Span>,
    nested: Vec<Inner>,
}

/// A quote closed (or left open) while another was open: nested content of that one, unless the
/// outer quote ends at a weak close before it; then [`place_orphans`] nests it in the quote that
/// holds it, or makes it a quote of its own.
struct Inner {
    open: Span,
    close: Option<Span>,
    content: Span,
    family: Family,
}

/// Scan every paragraph for quotes.
pub fn scan(text: &str, paragraphs: &[Span], lex: &Lexicon) -> Scan {
    scan_with(text, paragraphs, lex, false)
}

/// Scan with a choice the text's conventions need: `double_apostrophes` reads two straight
/// apostrophes as one double mark (''Like this,'' she said), as some newspapers' archives write
/// quotes. Off by default: elsewhere '' is two apostrophes.
// A function of its own under LTO too: see `analyze::analyze_with`.
#[inline(never)]
pub fn scan_with(text: &str, paragraphs: &[Span], lex: &Lexicon, double_apostrophes: bool) -> Scan {
    let mut scan = Scan::default();
    let mut carry: Option<Family> = None;
    for (pi, para) in paragraphs.iter().enumerate() {
        let next_para = paragraphs.get(pi + 1).copied();
        let ctx = Ctx {
            pi,
            next_para,
            carried: carry,
            double_apostrophes,
        };
        carry = scan_paragraph(text, *para, ctx, lex, &mut scan);
    }
    scan
}

/// Where a paragraph stands in the document, for the scanner.
#[derive(Debug, Clone, Copy)]
struct Ctx {
    pi: usize,
    next_para: Option<Span>,
    carried: Option<Family>,
    double_apostrophes: bool,
}

/// Returns the family of a quote that runs on into the next paragraph.
fn scan_paragraph(
    text: &str,
    para: Span,
    ctx: Ctx,
    lex: &Lexicon,
    out: &mut Scan,
) -> Option<Family> {
    let Ctx {
        pi,
        next_para,
        carried,
        double_apostrophes,
    } = ctx;
    let body = para.slice(text);
    let mut stack: Vec<Open> = Vec::new();
    let mut counts: Opened = Default::default();
    let mut rest = body;
    let mut last_apostrophe_end = usize::MAX;
    let first_quote_index = out.quotes.len();
    let mut sink = Sink {
        out,
        orphans: Vec::new(),
        pi,
    };
    // Work: one step per byte read between marks, per mark, and per open quote looked at.
    let mut steps = body.len() as u64;
    while let Ok((r, (_, c))) = next_mark(rest) {
        steps += 1;
        let at = para.start + (body.len() - r.len()) - c.len_utf8();
        let mut mark = Span::new(at, at + c.len_utf8());
        rest = r;
        // Two straight apostrophes stand for a double mark in some newspapers' archives
        // (''Like this,'' she said): read the pair as one `"`.
        let c = if double_apostrophes && c == '\'' && rest.starts_with('\'') {
            rest = &rest[1..];
            mark = Span::new(at, at + 2);
            '"'
        } else {
            c
        };
        let prev = text[..at].chars().next_back().filter(|_| at > para.start);
        let next = text[mark.end..para.end].chars().next();
        let role = classify(
            text,
            c,
            prev,
            next,
            mark,
            para,
            &counts,
            last_apostrophe_end,
            lex,
        );
        match role {
            Role::Apostrophe => last_apostrophe_end = mark.end,
            Role::Open(f) => {
                // "‘a mess’ and said it was ‘treated like …’": a second opener of the family of
                // the innermost open quote, which has met a possible closer ("mess’ and", read
                // as a plural possessive), shows that closer was one: a quote does not nest in
                // its own kind of mark.
                if stack
                    .last()
                    .is_some_and(|o| o.family == f && o.weak_close.is_some())
                {
                    if let Some(o) = stack.pop() {
                        counts[f.index()].pop();
                        let w = o.weak_close;
                        emit(text, &mut stack, o, w, para.end, false, &mut sink);
                    }
                }
                push(&mut stack, &mut counts, f, mark)
            }
            Role::CloseOrOpen(fams, f) => {
                // "““Radical …”": an opener typed twice opens one quote. Read as a closer, the
                // second mark ended an empty quote at once and left the words unquoted. A
                // straight mark typed before the curly one ("“We …,” she said …") is the same
                // slip: read as an outer quote, it ran past the curly closer to the paragraph's
                // last straight mark and took the speech tag in. A curly closer mid-sentence
                // undoes the merge (see `Role::Close`).
                if let Some(o) = stack.last_mut().filter(|o| {
                    (o.family == f || o.family == Family::StraightDouble)
                        && o.mark.end == mark.start
                }) {
                    o.mark = Span::new(o.mark.start, mark.end);
                } else if fams.iter().any(|f| !counts[f.index()].is_empty()) {
                    close(text, &mut stack, &mut counts, fams, mark, &mut sink);
                } else {
                    push(&mut stack, &mut counts, f, mark);
                }
            }
            Role::Close(fams, strong) => {
                if !fams.iter().any(|f| !counts[f.index()].is_empty()) {
                    if !strong {
                        last_apostrophe_end = mark.end;
                    } else {
                        sink.out.problems.push(MarkProblem::Unopened(mark));
                    }
                } else if strong {
                    // "“Fast mail” is what they call it," … : the curly closer ends a phrase
                    // mid-sentence, so the straight mark before the curly opener was no slip but
                    // the outer quote's opener, and the curly pair is quoted inside it.
                    if let Some(o) = stack.last_mut().filter(|o| {
                        c == '”'
                            && prev.is_some_and(char::is_alphanumeric)
                            && o.mark.slice(text) == "\"“"
                    }) {
                        let curly = Span::new(o.mark.start + 1, o.mark.end);
                        o.mark = Span::new(o.mark.start, curly.start);
                        o.nested.push(Inner {
                            open: curly,
                            close: Some(mark),
                            content: Span::new(curly.end, mark.start),
                            family: Family::Double,
                        });
                        continue;
                    }
                    close(text, &mut stack, &mut counts, fams, mark, &mut sink);
                } else if let Some(o) = fams
                    .iter()
                    .filter_map(|f| counts[f.index()].last().copied())
                    .max()
                    .map(|k| &mut stack[k])
                {
                    steps += fams.len() as u64;
                    if o.weak_close.is_none() {
                        o.weak_close = Some(mark);
                    }
                }
            }
        }
    }
    // Paragraph end: resolve what is still open, innermost first.
    let mut runs_on = None;
    while let Some(o) = stack.pop() {
        steps += 1;
        counts[o.family.index()].pop();
        let depth = stack.len();
        if let Some(w) = o.weak_close {
            emit(text, &mut stack, o, Some(w), para.end, false, &mut sink);
            continue;
        }
        if depth > 0 {
            // An inner quote left open: it ends with its outer quote; keep it as nested content.
            let content = Span::new(o.mark.end, para.end).trim(text);
            if let Some(parent) = stack.last_mut() {
                parent.nested.push(Inner {
                    open: o.mark,
                    close: None,
                    content,
                    family: o.family,
                });
            }
            continue;
        }
        let continues_next = next_para.is_some_and(|np| opens_with(text, np, o.family));
        if continues_next {
            runs_on = Some(o.family);
        } else {
            sink.out.problems.push(MarkProblem::Unclosed(o.mark));
        }
        emit(
            text,
            &mut stack,
            o,
            None,
            para.end,
            continues_next,
            &mut sink,
        );
    }
    place_orphans(text, first_quote_index, &mut sink);
    // Mark the first quote of this paragraph as a continuation when the previous one ran on.
    if let Some(fam) = carried {
        if let Some(q) = sink.out.quotes[first_quote_index..]
            .iter_mut()
            .min_by_key(|q| q.open.start)
        {
            if q.family == fam && text[para.start..q.open.start].trim().is_empty() {
                q.continues = true;
            }
        }
    }
    sink.out.quotes[first_quote_index..].sort_by_key(|q| q.open.start);
    steps += (sink.out.quotes.len() - first_quote_index) as u64;
    work::add(Stage::Scan, steps);
    runs_on
}

fn push(stack: &mut Vec<Open>, counts: &mut Opened, f: Family, mark: Span) {
    counts[f.index()].push(stack.len());
    stack.push(Open {
        family: f,
        mark,
        weak_close: None,
        nested: Vec::new(),
    });
}

/// Close the innermost open quote of one of `fams`; quotes opened inside it and left open become
/// nested content of it.
fn close(
    text: &str,
    stack: &mut Vec<Open>,
    counts: &mut Opened,
    fams: &[Family],
    mark: Span,
    sink: &mut Sink<'_>,
) {
    let mut popped = 0;
    while let Some(o) = stack.pop() {
        popped += 1;
        counts[o.family.index()].pop();
        if fams.contains(&o.family) {
            work::add(Stage::Scan, popped);
            emit(text, stack, o, Some(mark), mark.end, false, sink);
            return;
        }
        // An inner opener never closed (often an apostrophe misread): fold it into the parent.
    }
    work::add(Stage::Scan, popped);
}

/// Where a paragraph's quotes go as they close: the scan, and the inner quotes found to lie past
/// the end of the quote they were opened in.
struct Sink<'s> {
    out: &'s mut Scan,
    /// Inner quotes past their outer quote's end (see [`emit`]), placed when the paragraph ends.
    orphans: Vec<Inner>,
    pi: usize,
}

fn emit(
    text: &str,
    stack: &mut [Open],
    o: Open,
    close: Option<Span>,
    para_end: usize,
    runs_on: bool,
    sink: &mut Sink<'_>,
) {
    let end = match close {
        Some(c) => c.start,
        None => para_end,
    };
    let content = Span::new(o.mark.end, end);
    // Quotes opened inside this one but lying past its end, because it ends at a weak close
    // passed over before them ("‘a mess’ and said it was “treated …”"), are not inside it: they
    // wait for the paragraph's end, when every quote around them is known.
    let mut nested = o.nested;
    work::add(Stage::Scan, nested.len() as u64);
    if nested.iter().any(|n| n.content.start >= end) {
        let (inside, after): (Vec<Inner>, Vec<Inner>) =
            nested.into_iter().partition(|n| n.content.start < end);
        sink.orphans.extend(after);
        nested = inside;
    }
    if let Some(parent) = stack.last_mut() {
        parent.nested.push(Inner {
            open: o.mark,
            close,
            content,
            family: o.family,
        });
        return;
    }
    if content.trim(text).is_empty() {
        return;
    }
    sink.out.quotes.push(RawQuote {
        open: o.mark,
        close,
        content: if close.is_some() {
            content
        } else {
            content.trim(text)
        },
        family: o.family,
        paragraph: sink.pi,
        continues: false,
        runs_on,
        nested: nested.iter().map(|n| n.content).collect(),
    });
}

/// Place the paragraph's orphans (see [`emit`]): nested in the quote of the paragraph whose
/// content holds one, else quotes of their own. Sorting both lists keeps this linear in them.
fn place_orphans(text: &str, first_quote_index: usize, sink: &mut Sink<'_>) {
    if sink.orphans.is_empty() {
        return;
    }
    let mut orphans = std::mem::take(&mut sink.orphans);
    work::add(Stage::Scan, orphans.len() as u64);
    orphans.sort_by_key(|n| n.content.start);
    let out = &mut *sink.out;
    out.quotes[first_quote_index..].sort_by_key(|q| q.open.start);
    let quotes_end = out.quotes.len();
    let mut k = first_quote_index;
    for n in orphans {
        while k < quotes_end && out.quotes[k].content.end <= n.content.start {
            k += 1;
        }
        if k < quotes_end {
            let q = &mut out.quotes[k];
            if q.content.start <= n.content.start && n.content.end <= q.content.end {
                q.nested.push(n.content);
                continue;
            }
        }
        if n.close.is_none() {
            out.problems.push(MarkProblem::Unclosed(n.open));
        }
        // (An opener with nothing after it is reported above, and is no quote.)
        if n.content.trim(text).is_empty() {
            continue;
        }
        out.quotes.push(RawQuote {
            open: n.open,
            close: n.close,
            content: n.content,
            family: n.family,
            paragraph: sink.pi,
            continues: false,
            runs_on: false,
            nested: Vec::new(),
        });
    }
    for q in &mut out.quotes[first_quote_index..quotes_end] {
        q.nested.sort_by_key(|c| c.start);
    }
}

fn opens_with(text: &str, para: Span, fam: Family) -> bool {
    let c = para.slice(text).chars().next();
    matches!(
        (fam, c),
        (Family::Double, Some('“' | '„'))
            | (Family::Single, Some('‘' | '‚'))
            | (Family::StraightDouble, Some('"'))
            | (Family::StraightSingle, Some('\''))
            | (Family::Guillemet, Some('«'))
            | (Family::SingleGuillemet, Some('‹'))
            | (Family::Corner, Some('「' | '『'))
    )
}

#[allow(clippy::too_many_arguments)]
fn classify(
    text: &str,
    c: char,
    prev: Option<char>,
    next: Option<char>,
    mark: Span,
    para: Span,
    counts: &Opened,
    last_apostrophe_end: usize,
    lex: &Lexicon,
) -> Role {
    use Family::*;
    let prev_alnum = prev.is_some_and(char::is_alphanumeric);
    let next_alnum = next.is_some_and(char::is_alphanumeric);
    let prev_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/\u{feff}".contains(p));
    let next_space = next.is_none_or(char::is_whitespace);
    match c {
        '“' => Role::CloseOrOpen(&[Double], Double),
        // Text pasted between editors mixes styles: a curly closer may end a straight opener.
        '”' => Role::Close(&[Double, StraightDouble], true),
        '„' => Role::Open(Double),
        '«' => Role::Open(Guillemet),
        '»' => Role::Close(&[Guillemet], true),
        '‹' => Role::Open(SingleGuillemet),
        '›' => Role::Close(&[SingleGuillemet], true),
        '「' | '『' => Role::Open(Corner),
        '」' | '』' => Role::Close(&[Corner], true),
        '‚' => Role::Open(Single),
        '"' => {
            if !counts[StraightDouble.index()].is_empty() && (next_space || !prev_space) {
                Role::Close(&[StraightDouble], true)
            } else if !next_space {
                Role::Open(StraightDouble)
            } else {
                // …and a straight closer may end a curly opener (“…," she said).
                Role::Close(&[StraightDouble, Double], true)
            }
        }
        '‘' | '\'' => {
            let fam = if c == '‘' { Single } else { StraightSingle };
            if prev_alnum && next_alnum {
                return Role::Apostrophe;
            }
            if prev_space && !next_space {
                if is_elision(text, mark.end, para.end, lex) {
                    return Role::Apostrophe;
                }
                if c == '‘' && !counts[Single.index()].is_empty() && prev_alnum {
                    return Role::Close(&[Single], true);
                }
                return Role::Open(fam);
            }
            if c == '‘' {
                // German ‚…‘ closes with ‘.
                return if !counts[Single.index()].is_empty() {
                    Role::Close(&[Single], true)
                } else if prev_alnum {
                    // "WBX‘ show": an apostrophe typed as the wrong curly mark opens nothing.
                    Role::Apostrophe
                } else {
                    Role::Open(Single)
                };
            }
            closing_single(
                text,
                &[StraightSingle],
                (prev, next),
                mark,
                para,
                last_apostrophe_end,
                lex,
            )
        }
        '’' => {
            if prev_alnum && next_alnum {
                return Role::Apostrophe;
            }
            if prev_space && next_alnum {
                // ’90s, ’em, ’n’
                return Role::Apostrophe;
            }
            closing_single(
                text,
                &[Single],
                (prev, next),
                mark,
                para,
                last_apostrophe_end,
                lex,
            )
        }
        _ => Role::Apostrophe,
    }
}

/// A right single mark after a word: a closer, or an apostrophe ("the students’ union", "rock ’n’").
fn closing_single(
    text: &str,
    fams: &'static [Family],
    (prev, next): (Option<char>, Option<char>),
    mark: Span,
    para: Span,
    last_apostrophe_end: usize,
    lex: &Lexicon,
) -> Role {
    // The second mark of ’n’: the word before it started right after an apostrophe.
    let word_start = text[para.start..mark.start]
        .char_indices()
        .rev()
        .take_while(|(_, ch)| ch.is_alphanumeric())
        .last()
        .map(|(i, _)| para.start + i);
    let word_len = word_start.map_or(0, |w| mark.start - w);
    work::add(Stage::Scan, word_len as u64);
    let short_letters = word_len > 0
        && word_len <= 2
        && text[mark.start - word_len..mark.start]
            .chars()
            .all(char::is_alphabetic);
    if word_start == Some(last_apostrophe_end) && short_letters {
        return Role::Apostrophe;
    }
    let prev_punct = prev.is_some_and(|p| !p.is_alphanumeric() && !p.is_whitespace());
    if prev_punct {
        return Role::Close(fams, true);
    }
    // "students’ union": a plural possessive followed by a lowercase word is probably not a
    // closer, nor one followed by an organisation's head word ("the Residents’ Forum"), also
    // after a capitalised word or two of its name ("the Patients’ Access Coalition").
    let after = text[mark.end..para.end].trim_start();
    let spaced = next.is_some_and(char::is_whitespace);
    let next_word_lower = spaced && after.chars().next().is_some_and(char::is_lowercase);
    let org_head = || {
        let mut rest = after;
        for _ in 0..3 {
            let n = rest
                .char_indices()
                .take(16)
                .find(|(_, ch)| !ch.is_alphabetic())
                .map_or(rest.len().min(16), |(i, _)| i);
            let Some(w) = rest.get(..n).filter(|w| !w.is_empty()) else {
                return false;
            };
            if lex.org_heads.contains(&w.to_lowercase()) {
                return true;
            }
            // Only a capitalised word of the name, then one space, leads on to its head.
            if !w.starts_with(char::is_uppercase) || !rest[n..].starts_with(' ') {
                return false;
            }
            rest = &rest[n + 1..];
        }
        false
    };
    let plural = prev.is_some_and(|p| p == 's' || p == 'S');
    Role::Close(fams, !(plural && (next_word_lower || spaced && org_head())))
}

/// A leading apostrophe that elides letters: ’90s, 'em, 'til, ’n’.
fn is_elision(text: &str, from: usize, to: usize, lex: &Lexicon) -> bool {
    let rest = &text[from..to];
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .take(8)
        .collect();
    if word.is_empty() {
        return false;
    }
    let after = rest[word.len()..].chars().next();
    // `get`, not slicing: a three-byte word can be "aé", where byte 2 is inside a char.
    let decade = word.len() == 3
        && word
            .get(..2)
            .is_some_and(|d| d.chars().all(|c| c.is_ascii_digit()))
        && word.get(2..) == Some("s");
    let two_digits = word.len() == 2 && word.chars().all(|c| c.is_ascii_digit());
    decade
        || two_digits
        || (lex.elisions.contains(&word.to_lowercase())
            && !after.is_some_and(|a| a == '’' || a == '\''))
        || (word.len() == 1
            && word.chars().all(|c| c.is_lowercase())
            && after.is_some_and(|a| a == '’' || a == '\''))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    fn contents(t: &str) -> Vec<String> {
        let p = paragraphs(t);
        scan(t, &p, Lexicon::get())
            .quotes
            .iter()
            .map(|q| q.content.slice(t).to_string())
            .collect()
    }

    /// The block test finds the same byte as reading every byte, wherever the lead byte falls in
    /// its block of eight and whatever bytes surround it (ASCII, other non-ASCII chars).
    #[test]
    fn mark_lead_found_in_every_block_position() {
        let plain = |b: &[u8], from: usize| {
            (from..b.len()).find(|&i| matches!(b[i], b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3))
        };
        for filler in ["abcdefgh", "é ñ ü ", "x!#&()*+", "\u{7f}\u{1}aaaa"] {
            for lead in ["\"", "'", "«", "“", "「", "\u{2014}"] {
                for pad in 0..20 {
                    let t = format!(
                        "{}{lead}{}",
                        filler.repeat(3).chars().take(pad).collect::<String>(),
                        filler
                    );
                    let b = t.as_bytes();
                    for from in 0..b.len() {
                        assert_eq!(next_mark_lead(b, from), plain(b, from), "{t:?} from {from}");
                    }
                }
            }
        }
    }

    #[test]
    fn curly_and_nested() {
        let t = "“He told me, ‘never again,’ and left,” she said.";
        assert_eq!(contents(t), vec!["He told me, ‘never again,’ and left,"]);
    }

    /// Text pasted between editors mixes straight and curly marks; either closer ends either
    /// opener of the double family.
    #[test]
    fn mixed_straight_and_curly_doubles() {
        let t = "\"We will build it,” she said. “It is the floor.\" Then she left.";
        assert_eq!(contents(t), vec!["We will build it,", "It is the floor."]);
        let t = "“He said \"never\" twice,” she said.";
        assert_eq!(contents(t), vec!["He said \"never\" twice,"]);
    }

    #[test]
    fn apostrophes_are_not_marks() {
        let t = "‘We don’t want the ’90s back, or the students’ union, or rock ’n’ roll,’ Xi’s aide said.";
        assert_eq!(
            contents(t),
            vec!["We don’t want the ’90s back, or the students’ union, or rock ’n’ roll,"]
        );
        let t = "‘Since the ’90s’, she said. It's the students' union and 'em, said 'Bob'.";
        assert_eq!(contents(t), vec!["Since the ’90s", "Bob"]);
    }

    #[test]
    fn all_mark_styles() {
        let t = "«Oui» and „Ja“ and ‚ja‘ and ‹non› and 「はい」 and \"yes\" and 'no'.";
        assert_eq!(
            contents(t),
            vec!["Oui", "Ja", "ja", "non", "はい", "yes", "no"]
        );
    }

    #[test]
    fn unclosed_stops_at_paragraph() {
        let t = "“Open and never closed.\n\nNext paragraph has “its own.”";
        let p = paragraphs(t);
        let s = scan(t, &p, Lexicon::get());
        let c: Vec<&str> = s.quotes.iter().map(|q| q.content.slice(t)).collect();
        assert_eq!(c, vec!["Open and never closed.", "its own."]);
        assert_eq!(s.problems.len(), 1);
    }

    #[test]
    fn elision_check_on_a_word_with_a_two_byte_char_at_byte_1() {
        // Panicked: byte 2 of "aé" is inside "é" (found by tests/adversarial.rs, random bytes).
        let t = "x 'aé b";
        let _ = contents(t);
        assert_eq!(contents("'aé' b"), vec!["aé"]);
    }

    /// A doubled opening mark opens one quote: it used to close an empty one at once.
    #[test]
    fn doubled_opening_mark() {
        let t = "The old charter of Velmora reads: ““Every citizen may fish the northern lakes.” \
                 Nobody has changed it since.";
        let p = paragraphs(t);
        let s = scan(t, &p, Lexicon::get());
        let c: Vec<&str> = s.quotes.iter().map(|q| q.content.slice(t)).collect();
        assert_eq!(c, vec!["Every citizen may fish the northern lakes."]);
        assert_eq!(s.quotes[0].open.slice(t), "““");
        assert!(s.problems.is_empty());
    }

    /// A straight mark typed before a curly opener is the same slip: the quote ends at the curly
    /// closer, not at the paragraph's last straight mark past the speech tag; unless the curly
    /// closer ends a phrase mid-sentence, when the curly pair is quoted inside the straight one.
    #[test]
    fn straight_mark_before_a_curly_opener() {
        let t = "\"“Nobody fishes the northern lakes in winter,” Oda Brenn replied before adding \
                 that the ferry to Velmora would run all year.\"";
        let p = paragraphs(t);
        let s = scan(t, &p, Lexicon::get());
        let c: Vec<&str> = s.quotes.iter().map(|q| q.content.slice(t)).collect();
        assert_eq!(c, vec!["Nobody fishes the northern lakes in winter,"]);
        assert_eq!(s.quotes[0].open.slice(t), "\"“");
        // A curly pair closed mid-sentence is quoted inside the straight-mark quote.
        let t =
            "\"“Fast mail” is what the Velmora post office calls a week's wait,\" Oda Brenn said.";
        let p = paragraphs(t);
        let s = scan(t, &p, Lexicon::get());
        let c: Vec<&str> = s.quotes.iter().map(|q| q.content.slice(t)).collect();
        assert_eq!(
            c,
            vec!["“Fast mail” is what the Velmora post office calls a week's wait,"]
        );
        assert_eq!(s.quotes[0].nested.len(), 1);
        assert!(s.problems.is_empty());
    }

    #[test]
    fn multi_paragraph_chains() {
        let t = "“First part.\n\n“Second part,” she said.";
        let p = paragraphs(t);
        let s = scan(t, &p, Lexicon::get());
        assert!(s.quotes[0].runs_on && s.quotes[1].continues);
        assert!(s.problems.is_empty());
    }
}
