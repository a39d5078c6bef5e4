//! The cost of stance: `analyze` with and without it over the same texts (the stance issue's
//! budget is 20%), and the classifier alone. Texts: every `*.txt` under `corpus/` if present,
//! else the built-in sample below, repeated to about 200 KB so that one-time lexicon loading is
//! amortised as it is over a real corpus.
//!
//! Run: `cargo bench --bench stance`.

use quotecheck::{analyze_with, Options};

fn main() {
    divan::main();
}

const SAMPLE: &str =
    "The foreign minister said on Tuesday that the talks had been \"constructive and \
frank\" and that both sides would \"continue the dialogue\" next month.\n\n\"We firmly oppose any \
interference in our internal affairs,\" a spokesman told reporters, adding that the alliance was \
fueling the conflict.\n\nThe opposition leader accused the cabinet of \"reckless\" spending, but \
did not rule out talks on the budget. \"This is far from satisfactory,\" she said.\n\nThe envoy \
welcomed the ceasefire and praised what he called \"a powerful impetus to peace\".\n";

fn texts() -> String {
    let mut text = String::new();
    if let Ok(rd) = std::fs::read_dir("corpus") {
        let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        {
            if let Ok(t) = std::fs::read_to_string(p) {
                text.push_str(&t);
                text.push_str("\n\n");
            }
        }
    }
    if text.is_empty() {
        text.push_str(SAMPLE);
    }
    let unit = text.clone();
    while text.len() < 200_000 {
        text.push_str(&unit);
    }
    text
}

#[divan::bench(args = [false, true])]
fn analyze(bencher: divan::Bencher, stance: bool) {
    let text = texts();
    let _ = quotecheck::stance::classify_sentence("warm up the lexicons");
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| {
            analyze_with(
                "doc",
                None,
                divan::black_box(&text),
                Options {
                    stance,
                    ..Options::default()
                },
            )
        });
}

#[divan::bench]
fn classify_sentence(bencher: divan::Bencher) {
    let s =
        "The opposition leader accused the cabinet of “reckless” spending, but did not rule out \
             talks on the budget.";
    bencher.bench(|| quotecheck::stance::classify_sentence(divan::black_box(s)));
}
