//! Adversarial inputs: each is analysed at size n and 4n (the larger at least a megabyte, or the
//! count the case names) and must keep every output invariant. Linear time is checked by counting
//! work, never by timing: every stage counts the steps of its inner loops (`quotecheck::work`), and
//! at 4n each stage may take at most 4.5x its steps at n (linear work grows 4x, quadratic 16x),
//! and the whole pipeline at most [`STEPS_PER_BYTE`] steps per byte. The counts are deterministic,
//! so the tests give the same answer on a busy machine and in a debug build.

use quotecheck::work::{self, Work};
use quotecheck::{analyze_counted, Document, Options};

/// Every span of `doc` lies in `text` on char boundaries and says what the document says it does.
fn check_invariants(text: &str, doc: &Document) {
    let slice = |s: usize, e: usize, what: &str| -> &str {
        assert!(
            s <= e && e <= text.len(),
            "{what} {s}..{e} outside the text"
        );
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "{what} {s}..{e} not on char boundaries"
        );
        &text[s..e]
    };
    for (i, q) in doc.quotes.iter().enumerate() {
        assert_eq!(slice(q.start, q.end, "quote"), q.content);
        if i > 0 {
            assert!(doc.quotes[i - 1].start <= q.start, "quotes not sorted");
        }
        if let Some(s) = &q.speaker {
            assert_eq!(slice(s.start, s.end, "speaker"), s.mention);
        }
        if let Some(c) = &q.cue {
            assert_eq!(slice(c.start, c.end, "cue"), c.text);
        }
        for m in q.open_mark.iter().chain(&q.close_mark) {
            assert_eq!(slice(m.start, m.end, "mark"), m.text);
        }
    }
    for n in &doc.non_quotes {
        assert_eq!(slice(n.start, n.end, "non-quote"), n.content);
    }
    for s in &doc.speakers {
        for m in &s.mentions {
            assert_eq!(slice(m.start, m.end, "mention"), m.text);
        }
    }
    for f in &doc.findings {
        slice(f.start, f.end, "finding");
    }
    // Serialises to one complete JSON record.
    let json = serde_json::to_string(doc).expect("serialisable");
    assert!(!json.contains('\n'));
}

fn analyse(text: &str) -> Document {
    analyse_counted(text).0
}

fn analyse_counted(text: &str) -> (Document, Work) {
    analyze_counted(
        "adversarial",
        None,
        text,
        Options {
            stance: true,
            ..Options::default()
        },
    )
}

/// Growth allowed per stage when the input grows 4x: linear is 4x (less when a stage has a fixed
/// cost), an n log n stage would be about 4.4x at these sizes, quadratic 16x.
const MAX_GROWTH: f64 = 4.5;

/// Steps a stage may take beyond `MAX_GROWTH` times its steps at n: fixed costs (a headline check,
/// one lexicon look-up) that do not grow with the input, so that a stage with almost no work at n
/// does not fail on a handful of steps at 4n.
const SLACK: u64 = 256;

/// Random text is not periodic: the share of a stage's work in the first n bytes of a random input
/// fluctuates by a few percent (short regions, a few long quotes), so random cases allow this
/// growth. Quadratic work would still be 16x.
const RANDOM_GROWTH: f64 = 6.0;

/// The whole pipeline's budget, in steps per byte of input. News text takes about 10 (see
/// docs/PERFORMANCE.md); the worst case here, `said: “` repeated, about 248 (attribution 180 and
/// stance 62 a byte: each of its quotes, one every 9 bytes, reads bounded windows of tokens and
/// stance context; `QUOTECHECK_SCALING=1` prints each stage's steps a byte). Quadratic work on a
/// megabyte would take hundreds of thousands.
const STEPS_PER_BYTE: u64 = 256;

/// Analyse `make(n)` and `make(4 * n)`, check the output of both, and check that the work grows
/// linearly (see [`assert_work_scales`]).
fn assert_linear(name: &str, n: usize, make: impl Fn(usize) -> String) {
    assert_linear_within(name, n, MAX_GROWTH, make);
}

/// [`assert_linear`] with a chosen growth bound (for random inputs, [`RANDOM_GROWTH`]).
fn assert_linear_within(name: &str, n: usize, growth: f64, make: impl Fn(usize) -> String) {
    assert_scales_within(name, n, growth, make, |text| {
        let (doc, w) = analyse_counted(text);
        check_invariants(text, &doc);
        w
    });
}

/// Run `work` (which returns the steps it counted) on `make(n)` and `make(4 * n)`, and check them
/// with [`assert_work_scales`].
fn assert_scales(name: &str, n: usize, make: impl Fn(usize) -> String, run: impl Fn(&str) -> Work) {
    assert_scales_within(name, n, MAX_GROWTH, make, run);
}

fn assert_scales_within(
    name: &str,
    n: usize,
    growth: f64,
    make: impl Fn(usize) -> String,
    run: impl Fn(&str) -> Work,
) {
    let small = make(n);
    let big = make(4 * n);
    assert!(
        big.len() >= 1 << 20,
        "{name}: the large input is under 1 MB"
    );
    let ws = run(&small);
    let wb = run(&big);
    assert_work_scales(name, growth, (small.len(), &ws), (big.len(), &wb));
}

/// Each stage's steps at 4n are at most `growth` times (plus [`SLACK`]) its steps at n, and the
/// total at 4n is at most [`STEPS_PER_BYTE`] per byte.
fn assert_work_scales(
    name: &str,
    growth: f64,
    (small, ws): (usize, &Work),
    (big, wb): (usize, &Work),
) {
    report(name, big, ws, wb);
    for ((stage, s), (_, b)) in ws.stages().into_iter().zip(wb.stages()) {
        assert!(
            b as f64 <= growth * s as f64 + SLACK as f64,
            "{name}: stage {stage} took {b} steps on {big} bytes, {:.1}x its {s} steps on {small} \
             bytes (linear is 4x)",
            b as f64 / s.max(1) as f64
        );
    }
    assert!(
        wb.total() <= STEPS_PER_BYTE * big as u64 + SLACK,
        "{name}: {} steps for {big} bytes, over {STEPS_PER_BYTE} a byte: {wb:?}",
        wb.total()
    );
}

/// `QUOTECHECK_SCALING=1 cargo test --test adversarial -- --nocapture` prints every case's counts.
#[allow(clippy::print_stderr, reason = "an opt-in report of the counted steps")]
fn report(name: &str, bytes: usize, ws: &Work, wb: &Work) {
    if std::env::var_os("QUOTECHECK_SCALING").is_some() {
        let growth: Vec<String> = ws
            .stages()
            .into_iter()
            .zip(wb.stages())
            .filter(|(_, (_, b))| *b > 0)
            .map(|((stage, s), (_, b))| {
                format!(
                    "{stage} {:.2}x {:.1}/B",
                    b as f64 / s.max(1) as f64,
                    b as f64 / bytes as f64
                )
            })
            .collect();
        eprintln!(
            "{name:>28}: {bytes:>9} bytes, {:>5.2} steps/byte, total {:.2}x; {}",
            wb.total() as f64 / bytes as f64,
            wb.total() as f64 / ws.total().max(1) as f64,
            growth.join(", ")
        );
    }
}

/// A small deterministic generator (xorshift), so the random cases are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[(self.next() % xs.len() as u64) as usize]
    }
}

const MB: usize = 1 << 20;

#[test]
fn a_megabyte_of_straight_double_quotes() {
    assert_linear("\"", MB / 4, |n| "\"".repeat(n));
}

#[test]
fn curly_openers_with_no_closer() {
    assert_linear("“", MB / 12 + 1, |n| "“".repeat(n));
}

#[test]
fn a_megabyte_of_apostrophes() {
    assert_linear("'", MB / 4, |n| "'".repeat(n));
}

#[test]
fn alternating_marks() {
    let marks = "\"'“”‘’«»„‚‹›「」";
    assert_linear("alternating", MB / 4 / marks.len() + 1, |n| marks.repeat(n));
    assert_linear("alternating words", MB / 4 / 20 + 1, |n| {
        "“a” 'b' \"c\" ‘d’ ".repeat(n)
    });
}

#[test]
fn one_line_without_punctuation() {
    assert_linear("words", MB / 4 / 6 + 1, |n| "words ".repeat(n));
    assert_linear("one word", MB / 4, |n| "a".repeat(n));
    assert_linear("capitalised", MB / 4 / 5 + 1, |n| "Said ".repeat(n));
    assert_linear("adverbs", MB / 4 / 7 + 1, |n| "really ".repeat(n) + "said");
}

#[test]
fn human_output_of_one_long_line_with_many_quotes() {
    // Line and column of every quote: counting each column from the line start was quadratic.
    assert_scales(
        "human",
        MB / 4 / 22,
        |n| "“a,” Jane Doe said, ".repeat(n),
        |text| {
            let doc = analyse(text);
            let ((), w) = work::measure(|| {
                let mut out = Vec::new();
                let style = quotecheck::report::Style { color: false };
                quotecheck::report::write_human(&mut out, &doc, text, style).expect("rendered");
            });
            w
        },
    );
}

#[test]
fn ten_megabytes_on_one_line() {
    let text = "Jane Doe said nothing and nobody wrote it down ".repeat(10 * MB / 47 + 1);
    assert!(text.len() >= 10 * MB);
    let (doc, w) = analyse_counted(&text);
    check_invariants(&text, &doc);
    assert!(
        w.total() <= STEPS_PER_BYTE * text.len() as u64,
        "{} steps for {} bytes: {w:?}",
        w.total(),
        text.len()
    );
}

#[test]
fn a_hundred_thousand_nested_quotes() {
    // “‘“‘ … ’”’”: 100 000 levels at 4n.
    assert_linear("nested", 25_000, |n| {
        let mut s = String::new();
        for i in 0..n {
            s.push_str(if i % 2 == 0 { "“ab " } else { "‘cd " });
        }
        for i in (0..n).rev() {
            s.push_str(if i % 2 == 0 { " ef”" } else { " gh’" });
        }
        s
    });
    assert_linear("nested unclosed", 25_000, |n| "“‘\"'«‹".repeat(n));
}

#[test]
fn a_paragraph_of_a_hundred_thousand_attributed_quotes() {
    assert_linear("said", 25_000, |n| {
        let names = [
            "Jane Doe",
            "John Roe",
            "the ministry",
            "officials",
            "Doe",
            "she",
        ];
        let mut s = String::new();
        for i in 0..n {
            let who = names[i % names.len()];
            s.push_str(&format!("“Point {i},” {who} said. "));
        }
        s
    });
    // Thousands of different speakers, each followed by a pronoun quote: every pronoun has the
    // whole paragraph as its window.
    assert_linear("distinct speakers", MB / 4 / 50, |n| {
        let mut s = String::new();
        for i in 0..n {
            let l = |k: usize| (b'a' + ((i / k) % 26) as u8) as char;
            let first = (b'A' + (i % 26) as u8) as char;
            s.push_str(&format!(
                "“Point,” {first}{}{}x Q{}{}y said. “More,” she said. ",
                l(26),
                l(676),
                l(676),
                l(26)
            ));
        }
        s
    });
    // The same as one sentence: no full stop between the quotes.
    assert_linear("one sentence", MB / 4 / 22, |n| {
        "“a,” Jane Doe said, ".repeat(n)
    });
}

#[test]
fn many_paragraphs_each_with_a_quote() {
    assert_linear("paragraphs", 10_000, |n| {
        let mut s = String::new();
        for i in 0..n {
            s.push_str(&format!(
                "Minister Jane Doe{} spoke. “We will act,” she said.\n\n",
                i % 97
            ));
        }
        s
    });
    assert_linear("blank lines", MB / 4, |n| "\n".repeat(n) + "“a,” he said.");
}

#[test]
fn many_quotes_around_a_long_run_before_or_after_the_cue() {
    // Each quote's speaker search reads back (or forward) over the run: bounded, not quadratic.
    assert_linear("adverbs, then quotes", MB / 4 / 11, |n| {
        "really ".repeat(n) + "said " + &"“a” ".repeat(n)
    });
    assert_linear("capitals, then quotes", MB / 4 / 11, |n| {
        "Really ".repeat(n) + "said " + &"“a” ".repeat(n)
    });
    assert_linear("quotes, then adverbs", MB / 4 / 13, |n| {
        "“a” ".repeat(n) + &"really ".repeat(n) + "said"
    });
    assert_linear("quotes, then capitals", MB / 4 / 13, |n| {
        "“a” ".repeat(n) + "said " + &"Really ".repeat(n)
    });
    assert_linear("quotes, then an apposition", MB / 4 / 8, |n| {
        "“a” ".repeat(n) + "said Jane Doe, " + &"a ".repeat(n)
    });
}

#[test]
fn random_bytes() {
    assert_linear_within("random bytes", MB / 4, RANDOM_GROWTH, |n| {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        String::from_utf8_lossy(&bytes).into_owned()
    });
}

#[test]
fn random_unicode_with_combining_marks_and_rtl() {
    let pieces = [
        "e\u{301}",
        "a\u{308}\u{323}",
        "\u{5e9}\u{5dc}\u{5d5}\u{5dd}",
        "\u{627}\u{644}\u{633}",
        "\u{202e}",
        "\u{200f}",
        "\u{200d}",
        "🙂",
        "日本",
        " ",
        "\n",
        "“",
        "”",
        "'",
        "\"",
        "’",
        "said",
        "Doe",
        ".",
        ",",
        ":",
        "\u{feff}",
        "\u{2028}",
        "\u{fffd}",
    ];
    assert_linear_within("random unicode", MB / 4 / 3, RANDOM_GROWTH, |n| {
        let mut rng = Rng(42);
        (0..n).map(|_| *rng.pick(&pieces)).collect()
    });
}

#[test]
fn nul_bytes() {
    assert_linear("nul", MB / 4, |n| "\0".repeat(n));
    assert_linear("nul in text", MB / 4 / 27 + 1, |n| {
        "“a\0b,” said\0Jane Doe.\0 ".repeat(n)
    });
}

#[test]
fn crlf_line_endings() {
    assert_linear("crlf", MB / 4 / 53 + 1, |n| {
        "“We will not back down,” Jane Doe said.\r\n\r\nShe left.\r\n".repeat(n)
    });
    assert_linear("lone cr", MB / 4, |n| "\r".repeat(n));
}

#[test]
fn colons_and_cues_without_subjects() {
    assert_linear("colons", MB / 4 / 9 + 1, |n| "said: “".repeat(n));
    assert_linear("according", MB / 4 / 26 + 1, |n| {
        "according to according to ".repeat(n)
    });
    // One sentence of quotes, each with "according to" inside its marks and a source after its
    // tag: which source relays which quote (`via`) is read once per sentence.
    assert_linear("according in quotes", MB / 4 / 52 + 1, |n| {
        "“according to plan,” Jo Doe said according to the Post and ".repeat(n)
    });
}

/// Inputs the fuzz targets (fuzz/, see docs/PERFORMANCE.md) crashed on, kept as they were found.
#[test]
fn fuzz_findings() {
    // fuzz target `scan`: "'9ˊ" made the elision check slice inside "ˊ" and panic.
    let found: &[u8] =
        b"Transcripu: heal\x00\x00\x00ylike$'it looks like snow down there\xd2\x95' ad \
        that is$exactly rigwas in the '9\xcb\x8a. Eand gv";
    let text = String::from_utf8_lossy(found);
    check_invariants(&text, &analyse(&text));
    // fuzz target `pipeline`, 3 Dec: a hyphen as the last token after a word read into a speaker's
    // phrase was looked past the end of the tokens.
    let found: &[u8] =
        b"''\xa2-\xe2\x80\x9d\xe2\x80\"-asA\xe2\xe2\x80\x9f\xe2\x80\x9d\"-as\x14A\xe2\
        \xe2\x80\x9f\"-z-";
    let text = String::from_utf8_lossy(found);
    check_invariants(&text, &analyse(&text));
    // fuzz target `verify`, 8 Dec: the lead-in check before a quote asked the dateline reader
    // about one token past the paragraph's last (capitals, a carriage return, a byte-order mark).
    let found: &[u8] = b"\nOO\rI\xef\xbb\xbf'IJ9A";
    let text = String::from_utf8_lossy(found);
    check_invariants(&text, &analyse(&text));
}

#[test]
fn weak_closers_under_many_open_quotes() {
    // A plural possessive (“students’ union”) looks for an open single quote under every double
    // quote left open above it.
    assert_linear("weak closers", MB / 4 / 20 + 1, |n| {
        "‘".to_string() + &"„".repeat(n) + &"the students’ union ".repeat(n)
    });
}

#[test]
fn weak_closes_under_quotes_of_the_other_single_mark() {
    // "‘xs’ and": a weak close (a plural possessive?) leaves each quote open, and the next one, in
    // the other single mark, opens inside it; at the paragraph's end every quote ends at its weak
    // close, and the quotes opened after it must be placed once, not handed up level by level.
    assert_linear("weak closes, alternating", MB / 4 / 18 + 1, |n| {
        " ‘xs’ and 'ys' and".repeat(n)
    });
}

#[test]
fn many_organisations_and_their_officials() {
    // "its officials" looks for the organisation named last before it.
    assert_linear("its officials", MB / 4 / 50, |n| {
        let mut s = String::new();
        for i in 0..n {
            let l = |k: usize| (b'a' + ((i / k) % 26) as u8) as char;
            s.push_str(&format!(
                "The V{}{}{} Ministry met. “We act,” its officials said. ",
                l(1),
                l(26),
                l(676)
            ));
        }
        s
    });
}

#[test]
fn a_long_sentence_of_reporting_verbs() {
    // No quote, no full stop: every cue of the sentence is tried as indirect speech.
    assert_linear("cues", MB / 4 / 24 + 1, |n| {
        "Jane Doe, 54, said, Doe ".repeat(n)
    });
    assert_linear("cues and commas", MB / 4 / 16 + 1, |n| {
        "officials said, ".repeat(n)
    });
}

#[test]
fn a_long_sentence_opening_on_a_subordinate_clause() {
    // No comma and no full stop after an opening "Although": whether a cue stands in the
    // sentence's opening clause asks whether a comma comes between the sentence's start and the
    // cue. Each cue read the sentence from its start again (N cues, N × L) until the read went
    // on from where the last one stopped (`View::comma_in`).
    assert_linear("opening clause", MB / 4 / 32 + 1, |n| {
        "Although ".to_string() + &"Ann Lee said that it rained and ".repeat(n) + "it ended."
    });
    assert_linear("opening clause, after but", MB / 4 / 26 + 1, |n| {
        "But while ".to_string() + &"she said the ferry ran and ".repeat(n) + "it sank."
    });
    // Before each restrictive "who", whether a verb or a preposition stands in the sentence
    // before it (`after_predicate`: the first one read answers for every later "who").
    assert_linear("restrictive who", MB / 4 / 32 + 1, |n| {
        "Although ".to_string() + &"Ann Lee who said that it rained ".repeat(n) + "left."
    });
}

#[test]
fn a_long_quote_of_stance_operators() {
    // Stance reads a quote's own words whole: a sentence of thousands of "but"s and terms was
    // quadratic in `stance::apply` until each "but" read only BUT_REACH items on each side.
    assert_linear("operators", MB / 4 / 24 + 1, |n| {
        "“".to_string() + &"but not very bad, though ".repeat(n) + "”"
    });
    // A clause scope ("if", "although") runs to the next comma: without one, each read at most
    // BUT_REACH items, and only the text between neighbours.
    assert_linear("conditions", MB / 4 / 24 + 1, |n| {
        "“".to_string() + &"if we agree with the plan ".repeat(n) + "”"
    });
}

#[test]
fn a_long_sentence_naming_the_target_often() {
    // Toward a target, every role rule (the clause that names it, a harm it suffers, its speech,
    // its being addressed, a copula judging it) reads the mentions near a word, never all of
    // them for each word: a sentence naming the target thousands of times, with evidence words
    // of every rule between, must stay linear (stp31).
    let unit = "Mayor Tolm is quite a disgrace, said Mayor Tolm, but told Mayor Tolm the \
                abduction of Mayor Tolm was unfair; Mayor Tolm was wrong to praise ";
    assert_scales(
        "stance toward a target",
        MB / 4 / unit.len() + 1,
        |n| unit.repeat(n),
        |text| {
            let (st, w) = work::measure(|| quotecheck::stance::classify_toward(text, "Mayor Tolm"));
            assert!(st.score.is_finite());
            w
        },
    );
}
