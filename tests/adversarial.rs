//! Adversarial inputs: each is analysed at size n and 4n (the larger at least a megabyte, or the
//! count the case names), must keep every output invariant, and must not take more than ~6x longer at
//! 4n (linear work grows 4x, quadratic 16x). Times are the fastest of a few runs, and the scaling
//! tests run one at a time, so another test on the other core does not skew a ratio; no test asserts
//! an absolute time.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use quotecheck::{analyze_with, Document, Options};

/// Scaling tests take turns: a ratio measured while another test runs is noise.
static SERIAL: Mutex<()> = Mutex::new(());

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
    analyze_with(
        "adversarial",
        None,
        text,
        Options {
            stance: true,
            ..Options::default()
        },
    )
}

/// Fastest of `runs` runs of `work` on `text`; the first run also checks what it checks.
fn fastest(text: &str, runs: usize, work: &impl Fn(&str, bool)) -> Duration {
    let mut best = Duration::MAX;
    for r in 0..runs {
        let t = Instant::now();
        work(text, r == 0);
        best = best.min(t.elapsed());
    }
    best
}

/// Analyse `make(n)` and `make(4 * n)`; the larger must take less than 6x the time of the smaller.
fn assert_linear(name: &str, n: usize, make: impl Fn(usize) -> String) {
    assert_scales(name, n, make, |text, check| {
        let doc = analyse(text);
        if check {
            check_invariants(text, &doc);
        }
    });
}

/// Run `work` on `make(n)` and `make(4 * n)`; the larger must take less than 6x the time of the
/// smaller. A ratio over the bound is measured again, with more runs, before failing (a busy
/// machine can stall a run). `work`'s second argument asks it to check its output (once per input).
fn assert_scales(name: &str, n: usize, make: impl Fn(usize) -> String, work: impl Fn(&str, bool)) {
    let _turn = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let small = make(n);
    let big = make(4 * n);
    assert!(
        big.len() >= 1 << 20,
        "{name}: the large input is under 1 MB"
    );
    let mut ratio = 0.0;
    for attempt in 0..3 {
        // The first run of an input pays for fresh memory; a ratio over the bound earns more runs.
        let ts = fastest(&small, 3 + attempt, &work);
        let tb = fastest(&big, 2 + attempt, &work);
        ratio = tb.as_secs_f64() / ts.as_secs_f64().max(1e-6);
        report(name, big.len(), tb, ratio);
        if ratio < 6.0 {
            return;
        }
    }
    panic!(
        "{name}: {} bytes took {ratio:.1}x the time of {} bytes (linear is 4x)",
        big.len(),
        small.len()
    );
}

/// `QUOTECHECK_SCALING=1 cargo test --release --test adversarial -- --nocapture` prints every case.
#[allow(
    clippy::print_stderr,
    reason = "an opt-in report of the measured ratios"
)]
fn report(name: &str, bytes: usize, t: Duration, ratio: f64) {
    if std::env::var_os("QUOTECHECK_SCALING").is_some() {
        eprintln!("{name:>24}: {bytes:>9} bytes in {t:>12.3?}, {ratio:.1}x the time of n/4");
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
        |text, _| {
            let doc = analyse(text);
            let mut out = Vec::new();
            let style = quotecheck::report::Style { color: false };
            quotecheck::report::write_human(&mut out, &doc, text, style).expect("rendered");
        },
    );
}

#[test]
fn ten_megabytes_on_one_line() {
    let _turn = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let text = "Jane Doe said nothing and nobody wrote it down ".repeat(10 * MB / 47 + 1);
    assert!(text.len() >= 10 * MB);
    check_invariants(&text, &analyse(&text));
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
    assert_linear("random bytes", MB / 4, |n| {
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
    assert_linear("random unicode", MB / 4 / 3, |n| {
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
}
