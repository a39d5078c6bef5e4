//! `verify` at scale: a 1 MB article and 10 000 claims.
//!
//! The article is generated: paragraphs of direct quotes (some split by “she said”), reported
//! speech and the reporter's narration, with numbers and names varied so that word pairs repeat the
//! way they do in real news. The claims mix every verdict: exact fragments, altered quotes (a number
//! or a negation changed), the right words given to the wrong speaker, reported speech, and words
//! the article does not have. Analysis runs once, outside the timings: these measure indexing and
//! checking only.

use std::sync::OnceLock;

use divan::counter::{BytesCount, ItemsCount};
use divan::Bencher;
use quotecheck::verify::{Claim, Index};
use quotecheck::{analyze_with, Document, Options};

fn main() {
    divan::main();
}

const SURNAMES: [&str; 12] = [
    "Holt",
    "Reyes",
    "Marwood",
    "Sarro",
    "Vask",
    "Lamarr",
    "Obi",
    "Fenn",
    "Dunn",
    "Moss",
    "Brandvold",
    "Aboderin",
];
const TOPICS: [&str; 8] = [
    "the river",
    "council tax",
    "the new bridge",
    "the harbour",
    "the hospital",
    "rail fares",
    "the school budget",
    "flood defences",
];

/// A deterministic generator (xorshift), so every run benches the same text.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 16) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.next() % xs.len()]
    }
}

struct Data {
    text: String,
    doc: Document,
    claims: Vec<Claim>,
}

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| {
        let mut r = Rng(0x9e37_79b9_7f4a_7c15);
        let mut text = String::new();
        let mut quotes: Vec<(String, String)> = Vec::new();
        let mut reported: Vec<(String, String)> = Vec::new();
        let mut i = 0;
        while text.len() < 1_000_000 {
            let who = format!("{} {}", r.pick(&["Anna", "Tom", "Ilse", "Oren"]), r.pick(&SURNAMES));
            let topic = r.pick(&TOPICS);
            let n = r.next() % 90 + 2;
            let q1 = format!(
                "We will not give up on {topic} in district {i}, and we have {n} people working on it"
            );
            let q2 = format!("Nobody here expected {topic} to cost {} million", n * 3);
            text.push_str(&format!("“{q1},” {who} said. “{q2}.”\n\n"));
            let ind = format!("the plan for {topic} in district {i} would be ready by spring");
            text.push_str(&format!(
                "{} said {ind}. The meeting in district {i} ended after {n} minutes.\n\n",
                who.split(' ').nth(1).unwrap()
            ));
            quotes.push((who.clone(), q1));
            quotes.push((who.clone(), q2));
            reported.push((who, ind));
            i += 1;
        }
        let doc = analyze_with("bench", None, &text, Options { stance: false, ..Options::default() });
        let mut claims = Vec::with_capacity(10_000);
        for k in 0..10_000 {
            let claim = |speaker: &str, quote: String| Claim {
                speaker: speaker.to_string(),
                quote,
                stance: None,
                doc: None,
            };
            let (who, q) = &quotes[r.next() % quotes.len()];
            let words: Vec<&str> = q.split(' ').collect();
            let from = r.next() % (words.len() / 2);
            let frag = words[from..].join(" ");
            claims.push(match k % 5 {
                0 => claim(who, frag),
                1 => claim(who, frag.replacen(" not ", " ", 1).replacen('1', "7", 1)),
                2 => claim(r.pick(&SURNAMES), frag),
                3 => {
                    let (who, ind) = &reported[r.next() % reported.len()];
                    claim(who, ind.clone())
                }
                _ => claim(who, format!("we never said anything about {}", r.pick(&TOPICS))),
            });
        }
        Data { text, doc, claims }
    })
}

/// Normalising and indexing the 1 MB article.
#[divan::bench(sample_count = 5)]
fn index_1mb(bencher: Bencher) {
    let d = data();
    bencher
        .counter(BytesCount::new(d.text.len()))
        .bench(|| Index::new(&d.text, &d.doc));
}

/// Checking 10 000 claims, one after another, against the indexed article.
#[divan::bench(sample_count = 5)]
fn check_10k_claims(bencher: Bencher) {
    let d = data();
    let index = Index::new(&d.text, &d.doc);
    bencher.counter(ItemsCount::new(d.claims.len())).bench(|| {
        for c in &d.claims {
            divan::black_box(index.check(c));
        }
    });
}

/// Index and check, as `verify` does (claims in parallel).
#[divan::bench(sample_count = 5)]
fn index_and_check_all(bencher: Bencher) {
    let d = data();
    bencher
        .counter(ItemsCount::new(d.claims.len()))
        .bench(|| quotecheck::verify::check_all(&d.text, &d.doc, &d.claims).len());
}
