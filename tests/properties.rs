//! Invariants that hold for every input, checked with proptest over arbitrary strings and over
//! mutations of the corpus articles.
//!
//! For every document: no panic; every span (quote, speaker mention, cue, marks, non-quote, finding,
//! speaker-table mention, stance evidence) lies within the text and on char boundaries; the text under
//! a span is what the record says it is; every span's char offsets count the chars before its byte
//! offsets and select the same text; quotes are sorted by start and never partly overlap; indices
//! (`continues`, `entity`) point at records that exist; two runs give the same document; and JSON
//! serialisation round-trips to an equal document.
//!
//! Case counts are kept moderate so `cargo test` stays quick in a debug build; raise them for a longer
//! run with `PROPTEST_CASES=5000 cargo test --test properties`.

use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use quotecheck::{analyze, Document};

/// Check a byte span: in bounds and on char boundaries.
fn span_ok(text: &str, start: usize, end: usize, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        start <= end && end <= text.len(),
        "{what}: {start}..{end} is not a range inside a text of {} bytes",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: {start}..{end} is not on char boundaries"
    );
    Ok(())
}

/// Check a byte span and the text it claims to cover.
fn slice_ok(
    text: &str,
    start: usize,
    end: usize,
    claimed: &str,
    what: &str,
) -> Result<(), TestCaseError> {
    span_ok(text, start, end, what)?;
    prop_assert_eq!(&text[start..end], claimed, "{}: text under the span", what);
    Ok(())
}

/// Check char offsets against byte offsets: they count the chars before each end, and the chars
/// they select are the bytes the byte offsets select (what a consumer counting chars reads).
fn chars_ok(
    text: &str,
    (start, end): (usize, usize),
    (char_start, char_end): (usize, usize),
    what: &str,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(
        char_start,
        text[..start].chars().count(),
        "{}: char_start",
        what
    );
    prop_assert_eq!(char_end, text[..end].chars().count(), "{}: char_end", what);
    let by_chars: String = text
        .chars()
        .skip(char_start)
        .take(char_end.saturating_sub(char_start))
        .collect();
    prop_assert_eq!(
        by_chars.as_str(),
        &text[start..end],
        "{}: the chars at char_start..char_end",
        what
    );
    Ok(())
}

/// [`slice_ok`] and [`chars_ok`] for a span that reports its text and both kinds of offsets.
fn span_text_chars_ok(
    text: &str,
    (start, end): (usize, usize),
    (char_start, char_end): (usize, usize),
    claimed: &str,
    what: &str,
) -> Result<(), TestCaseError> {
    slice_ok(text, start, end, claimed, what)?;
    chars_ok(text, (start, end), (char_start, char_end), what)
}

/// Every invariant of one document analysed from `text`.
fn check_document(text: &str, doc: &Document) -> Result<(), TestCaseError> {
    prop_assert!(doc.error.is_none(), "analysis never sets `error`");
    for (i, q) in doc.quotes.iter().enumerate() {
        let what = format!("quote {i}");
        slice_ok(text, q.start, q.end, &q.content, &what)?;
        chars_ok(text, (q.start, q.end), (q.char_start, q.char_end), &what)?;
        if let Some(s) = &q.speaker {
            let what = format!("speaker of quote {i}");
            slice_ok(text, s.start, s.end, &s.mention, &what)?;
            chars_ok(text, (s.start, s.end), (s.char_start, s.char_end), &what)?;
            if let Some(e) = s.entity {
                prop_assert!(
                    e < doc.speakers.len(),
                    "{}: entity {} out of range",
                    what,
                    e
                );
                prop_assert_eq!(
                    s.name.as_deref(),
                    Some(doc.speakers[e].name.as_str()),
                    "{}: name matches the speaker table",
                    what
                );
            }
        }
        if let Some(c) = &q.cue {
            span_text_chars_ok(
                text,
                (c.start, c.end),
                (c.char_start, c.char_end),
                &c.text,
                &format!("cue of quote {i}"),
            )?;
        }
        if let Some(v) = &q.via {
            let what = format!("source relaying quote {i}");
            slice_ok(text, v.start, v.end, &v.text, &what)?;
            chars_ok(text, (v.start, v.end), (v.char_start, v.char_end), &what)?;
            prop_assert!(
                q.speaker.is_some(),
                "{}: a relayed quote has a speaker",
                what
            );
        }
        for (j, n) in q.nested.iter().enumerate() {
            let what = format!("nested quote {j} of quote {i}");
            slice_ok(text, n.start, n.end, &n.content, &what)?;
            chars_ok(text, (n.start, n.end), (n.char_start, n.char_end), &what)?;
            prop_assert!(
                q.start <= n.start && n.end <= q.end,
                "{}: outside its quote",
                what
            );
            if let Some(s) = &n.speaker {
                span_text_chars_ok(
                    text,
                    (s.start, s.end),
                    (s.char_start, s.char_end),
                    &s.mention,
                    &format!("speaker of {what}"),
                )?;
                if let Some(e) = s.entity {
                    prop_assert!(e < doc.speakers.len(), "{}: entity out of range", what);
                }
            }
            if let Some(c) = &n.cue {
                span_text_chars_ok(
                    text,
                    (c.start, c.end),
                    (c.char_start, c.char_end),
                    &c.text,
                    &format!("cue of {what}"),
                )?;
            }
        }
        for m in q.open_mark.iter().chain(q.close_mark.iter()) {
            span_text_chars_ok(
                text,
                (m.start, m.end),
                (m.char_start, m.char_end),
                &m.text,
                &format!("mark of quote {i}"),
            )?;
        }
        if let Some(k) = q.continues {
            prop_assert!(
                k < i,
                "quote {}: continues {} is not an earlier quote",
                i,
                k
            );
            prop_assert_eq!(
                doc.quotes[k].continues,
                None,
                "quote {}: continues points at a first segment",
                i
            );
        }
        if let Some(st) = &q.stance {
            // Evidence indexes the document's text, as every other span does.
            for (j, ev) in st.evidence.iter().enumerate() {
                span_text_chars_ok(
                    text,
                    (ev.start, ev.end),
                    (ev.char_start, ev.char_end),
                    &ev.text,
                    &format!("stance evidence {j} of quote {i}"),
                )?;
            }
        }
    }
    for (i, w) in doc.quotes.windows(2).enumerate() {
        prop_assert!(
            w[0].start <= w[1].start,
            "quotes {} and {} are not sorted by start",
            i,
            i + 1
        );
        prop_assert!(
            w[0].paragraph <= w[1].paragraph,
            "quotes {} and {}: paragraphs out of order",
            i,
            i + 1
        );
    }
    for (i, a) in doc.quotes.iter().enumerate() {
        for (j, b) in doc.quotes.iter().enumerate().skip(i + 1) {
            let identical = (a.start, a.end) == (b.start, b.end);
            let disjoint = a.end <= b.start || b.end <= a.start;
            prop_assert!(
                identical || disjoint,
                "quotes {} ({}..{}) and {} ({}..{}) partly overlap",
                i,
                a.start,
                a.end,
                j,
                b.start,
                b.end
            );
        }
    }
    for (i, n) in doc.non_quotes.iter().enumerate() {
        let what = format!("non-quote {i}");
        slice_ok(text, n.start, n.end, &n.content, &what)?;
        chars_ok(text, (n.start, n.end), (n.char_start, n.char_end), &what)?;
    }
    for (i, f) in doc.findings.iter().enumerate() {
        let what = format!("finding {i}");
        span_ok(text, f.start, f.end, &what)?;
        chars_ok(text, (f.start, f.end), (f.char_start, f.char_end), &what)?;
    }
    for (i, s) in doc.speakers.iter().enumerate() {
        for (j, m) in s.mentions.iter().enumerate() {
            span_text_chars_ok(
                text,
                (m.start, m.end),
                (m.char_start, m.char_end),
                &m.text,
                &format!("mention {j} of speaker {i}"),
            )?;
        }
    }
    Ok(())
}

/// Analyse twice and check invariants, determinism and the JSON round trip.
fn check_text(text: &str) -> Result<(), TestCaseError> {
    let doc = analyze(text);
    check_document(text, &doc)?;
    let again = analyze(text);
    prop_assert_eq!(&doc, &again, "two runs give different documents");
    let json = serde_json::to_string(&doc).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let back: Document =
        serde_json::from_str(&json).map_err(|e| TestCaseError::fail(format!("{e}: {json}")))?;
    prop_assert_eq!(&doc, &back, "JSON round trip changes the document");
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Strategies

/// Every quote mark the scanner knows, plus the apostrophe-like ones.
const MARKS: &[&str] = &[
    "“", "”", "‘", "’", "\"", "'", "„", "‚", "«", "»", "‹", "›", "「", "」", "『", "』",
];

/// Single characters: marks, letters, spaces, line breaks, multi-byte and combining chars.
const CHARS: &[&str] = &[
    "“", "”", "‘", "’", "\"", "'", "„", "‚", "«", "»", "‹", "›", "「", "」", "『", "』", "a", "e",
    "s", "Z", "L", " ", " ", "\n", "\r", "\t", "é", "ß", "中", "😀", "\u{301}", "\u{200d}",
    "\u{feff}", "\u{a0}", "—", "-", ",", ".", ":", "?", "(", ")",
];

/// Words and phrases that exercise the attribution rules when strung together.
const PIECES: &[&str] = &[
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "„",
    "‚",
    "«",
    "»",
    "‹",
    "›",
    "「",
    "」",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    ", ",
    ". ",
    ": ",
    " — ",
    "said",
    "says",
    "told reporters",
    "wrote",
    "tweeted",
    "according to",
    "described it as",
    "called it",
    "who said",
    "she",
    "he",
    "they",
    "Lena Moor",
    "Moor",
    "Anton Sarro",
    "Sarro",
    "Prime Minister",
    "Veloria’s",
    "the ministry",
    "the Foreign Ministry",
    "police",
    "officials",
    "its officials",
    "critics",
    "Doe, 54,",
    "a spokeswoman for the port",
    "that",
    "the bridge will reopen",
    "We will win",
    "so-called",
    "the novel",
    "Thomas",
    "OKAFOR:",
    "DOVLE:",
    "don’t",
    "’90s",
    "'90s",
    "Xi’s",
    "students’",
    "rock ’n’ roll",
    "rock 'n' roll",
    "Mr.",
    "Dr.",
    "U.S.",
    "Élodie",
    "Rœder",
    "中文",
    "😀",
    "e\u{301}",
    "\u{feff}",
];

fn from_table(table: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(table), 0..max).prop_map(|v| v.concat())
}

/// The corpus articles, read once.
fn corpus() -> &'static [(String, String)] {
    static CORPUS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .expect("corpus/ exists")
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        assert!(!files.is_empty(), "corpus/ has .txt files");
        files
            .into_iter()
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read_to_string(&p).unwrap())
            })
            .collect()
    })
}

/// How to damage a corpus article.
#[derive(Debug, Clone)]
enum Mutation {
    /// Keep only `text[a..b]` (char boundaries picked from the two seeds).
    Cut(usize, usize),
    /// Delete the n-th quote mark.
    DeleteMark(usize),
    /// Duplicate the n-th quote mark.
    DuplicateMark(usize),
    /// Swap straight and curly for the n-th quote mark.
    SwapMark(usize),
    /// Swap straight and curly for every quote mark.
    SwapAllMarks,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Cut(a, b)),
        any::<usize>().prop_map(Mutation::DeleteMark),
        any::<usize>().prop_map(Mutation::DuplicateMark),
        any::<usize>().prop_map(Mutation::SwapMark),
        Just(Mutation::SwapAllMarks),
    ]
}

/// Byte offsets of every char boundary, including the end.
fn boundaries(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect()
}

/// (start, the mark) for every quote mark in the text.
fn marks(text: &str) -> Vec<(usize, char)> {
    text.char_indices()
        .filter(|(_, c)| MARKS.iter().any(|m| m.starts_with(*c)))
        .collect()
}

/// The straight form of a curly mark, or a curly form of a straight one (opening after white space
/// or at the start, closing otherwise).
fn swapped(text: &str, at: usize, c: char) -> char {
    let opening = text[..at]
        .chars()
        .next_back()
        .is_none_or(|p| p.is_whitespace() || "([—".contains(p));
    match c {
        '“' | '”' | '„' | '«' | '»' => '"',
        '‘' | '’' | '‚' | '‹' | '›' => '\'',
        '"' if opening => '“',
        '"' => '”',
        '\'' if opening => '‘',
        '\'' => '’',
        other => other,
    }
}

fn apply(text: &str, m: &Mutation) -> String {
    let ms = marks(text);
    let nth = |n: usize| ms.get(n % ms.len().max(1)).copied();
    match *m {
        Mutation::Cut(a, b) => {
            let bs = boundaries(text);
            let (a, b) = (bs[a % bs.len()], bs[b % bs.len()]);
            text[a.min(b)..a.max(b)].to_string()
        }
        Mutation::DeleteMark(n) => match nth(n) {
            Some((at, c)) => format!("{}{}", &text[..at], &text[at + c.len_utf8()..]),
            None => text.to_string(),
        },
        Mutation::DuplicateMark(n) => match nth(n) {
            Some((at, c)) => format!("{}{c}{}", &text[..at], &text[at..]),
            None => text.to_string(),
        },
        Mutation::SwapMark(n) => match nth(n) {
            Some((at, c)) => format!(
                "{}{}{}",
                &text[..at],
                swapped(text, at, c),
                &text[at + c.len_utf8()..]
            ),
            None => text.to_string(),
        },
        Mutation::SwapAllMarks => {
            let mut out = String::with_capacity(text.len());
            for (at, c) in text.char_indices() {
                if ms.binary_search_by_key(&at, |&(i, _)| i).is_ok() {
                    out.push(swapped(text, at, c));
                } else {
                    out.push(c);
                }
            }
            out
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Regressions

/// Checks each text, naming the one that breaks an invariant.
fn check_all(texts: &[&str]) {
    for text in texts {
        if let Err(e) = check_text(text) {
            panic!("{text:?}: {e}");
        }
    }
}

#[test]
fn single_mark_before_a_three_byte_word_does_not_panic() {
    check_all(&["‘中", "'Zß", "Lena Moor said the word was ‘né’ in French."]);
}

#[test]
fn transcript_line_records_do_not_overlap_reported_speech_inside() {
    check_all(&[
        "OKAFOR: Your party promised that no patient would wait more than a year.\n\nDOVLE: It was realistic when we made it.",
        "OKAFOR: You said “never again” last year.\n\nDOVLE: It was realistic when we made it.",
    ]);
}

/// Found by the property below in CI: a first paragraph "Name: words" with a quote mark in it gave
/// a headline statement that ended inside the quote.
#[test]
fn headline_statement_does_not_cut_through_a_quote() {
    check_all(&[
        "Rhea Volk: said“as expected byRhea VolkMs.\n“",
        "Rhea Volk: we will “finish the bridge” by spring\n\nThe council met on Monday.",
    ]);
}

/// Found by the marks-letters-and-breaks property with another seed: a hyphen as a paragraph's
/// last token, after a word read into a speaker's phrase, was looked past the end of the tokens.
#[test]
fn a_hyphen_ending_the_text_does_not_panic() {
    check_all(&[
        "«“»—aa-",
        "“We will win,” said one well-",
        "Budget.\n\n“We will win,” said one well-connected-",
    ]);
}

/// Found by the mutated-corpus property with another seed (a cut of corpus/profile_chef_interview.txt):
/// a first paragraph read as a headline gave a statement and the statement inside it ("she says she
/// wrote …"), which overlapped.
#[test]
fn headline_statements_do_not_nest() {
    check_all(&[
        " She says she wrote most of it at the kitchen table after service, between one and three in the morning.\n\nHer father, a lifeboat mechanic who died in 2019, never saw the restaurant open. “He used to say, ‘Respect the sea and it’ll feed you,’” Fairbairn says. “I think a",
    ]);
}

/// Char offsets of each kind of span, pinned on text whose chars are 1 to 4 bytes long (é, ñ, curly
/// marks, an emoji): a consumer counting chars (JavaScript, Python) must land on the same words.
#[test]
fn char_offsets_of_marks_cues_mentions_findings_and_evidence_in_multibyte_text() {
    let text = "Café owner Zoë Núñez said: “We 🙂 welcome the talks.”\n\n“Still open é";
    let doc = analyze(text);
    let chars = |(start, end): (usize, usize)| -> String {
        text.chars().skip(start).take(end - start).collect()
    };
    let q = &doc.quotes[0];
    let open = q.open_mark.as_ref().unwrap();
    assert_eq!(
        (open.start, open.end, open.char_start, open.char_end),
        (31, 34, 27, 28)
    );
    let close = q.close_mark.as_ref().unwrap();
    assert_eq!(
        (close.start, close.end, close.char_start, close.char_end),
        (60, 63, 51, 52)
    );
    assert_eq!(chars((close.char_start, close.char_end)), "”");
    let cue = q.cue.as_ref().unwrap();
    assert_eq!(
        (cue.start, cue.end, cue.char_start, cue.char_end),
        (25, 29, 21, 25)
    );
    assert_eq!(chars((cue.char_start, cue.char_end)), "said");
    let m = &doc.speakers[0].mentions[0];
    assert_eq!((m.start, m.end, m.char_start, m.char_end), (12, 24, 11, 20));
    assert_eq!(chars((m.char_start, m.char_end)), "Zoë Núñez");
    // After the emoji (4 bytes, 1 char): 9 bytes more than chars.
    let ev = &q.stance.as_ref().unwrap().evidence;
    let welcome = ev.iter().find(|e| e.text == "welcome").unwrap();
    assert_eq!(
        (
            welcome.start,
            welcome.end,
            welcome.char_start,
            welcome.char_end
        ),
        (42, 49, 33, 40)
    );
    assert_eq!(chars((welcome.char_start, welcome.char_end)), "welcome");
    let f = &doc.findings[0];
    assert_eq!(f.kind, quotecheck::document::FindingKind::UnclosedQuote);
    assert_eq!((f.start, f.end, f.char_start, f.char_end), (65, 68, 54, 55));
    assert_eq!(chars((f.char_start, f.char_end)), "“");
    let last = &doc.quotes[1];
    assert_eq!((last.char_start, last.char_end), (55, 67));
    assert_eq!(chars((last.char_start, last.char_end)), "Still open é");
}

// ---------------------------------------------------------------------------------------------
// Properties

/// The number of cases: `default`, or `PROPTEST_CASES` when set (an explicit config would otherwise
/// override the environment). The seed is random unless `PROPTEST_RNG_SEED` is set, as `.ci/run`
/// sets it: CI gives one verdict per commit, and a run here explores new cases.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

#[test]
fn corpus_articles_satisfy_the_invariants() {
    for (name, text) in corpus() {
        if let Err(e) = check_text(text) {
            panic!("{name}: {e}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(256)))]

    #[test]
    fn invariants_on_strings_of_marks_letters_and_breaks(text in from_table(CHARS, 80)) {
        check_text(&text)?;
    }


    #[test]
    fn invariants_on_strings_of_attribution_pieces(text in from_table(PIECES, 40)) {
        check_text(&text)?;
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(128)))]

    #[test]
    fn invariants_on_arbitrary_strings(text in any::<String>()) {
        check_text(&text)?;
    }

    #[test]
    fn invariants_on_mutated_corpus_articles(
        file in any::<prop::sample::Index>(),
        m in mutation(),
    ) {
        let (_, original) = file.get(corpus());
        let text = apply(original, &m);
        check_text(&text)?;
    }

}
