//! Throughput of every pipeline stage, in bytes of input text per second.
//!
//! The input is real-sized news text: every document of the PolNeAR training split
//! (`shared/corpora/polnear/train.jsonl`, looked up in the ancestors of this crate) when it is there,
//! else the project's `corpus/*.txt`, else `shared/seeds/*.txt`. `QUOTECHECK_BENCH_TEXT=FILE` (a
//! `.jsonl` of `{"text": …}` lines or a plain text file) overrides the choice. The texts are
//! concatenated in memory with a blank line between them and never copied into the repository.
//!
//! Every stage is measured on its own, fed by the outputs of the stages before it (computed once,
//! outside the timed loop), so that the figures add up to the whole pipeline:
//!
//! ```text
//! nice cargo bench --bench pipeline
//! ```

use std::path::{Path, PathBuf};

use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use quotecheck::attribute::{self, Para};
use quotecheck::document::QuoteKind;
use quotecheck::lexicon::Lexicon;
use quotecheck::quotes::{self, Scan};
use quotecheck::segment;
use quotecheck::span::{Positions, Span};
use quotecheck::speakers::Registry;
use quotecheck::stance::{self, StanceInput};
use quotecheck::{analyze_with, Options};

/// The allocator the `quotecheck` binary runs with (src/main.rs), so that the figures are the CLI's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[allow(clippy::print_stderr, reason = "the bench says which text it measures")]
fn main() {
    let (what, text) = &*INPUT;
    eprintln!("bench input: {what}, {} bytes", text.len());
    // Each iteration reads megabytes: a few samples of one iteration each are plenty, and keep the
    // run short on a shared machine. Command-line flags (`--sample-count` …) still override.
    divan::Divan::default()
        .sample_count(10)
        .sample_size(1)
        .config_with_args()
        .main();
}

static INPUT: std::sync::LazyLock<(String, String)> = std::sync::LazyLock::new(load);

fn text() -> &'static str {
    &INPUT.1
}

fn bytes() -> BytesCount {
    BytesCount::new(text().len())
}

/// The first ancestor of the crate directory (the crate itself included) that has `rel`.
fn find_up(rel: &str) -> Option<PathBuf> {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .map(|d| d.join(rel))
        .find(|p| p.exists())
}

fn read_jsonl(path: &Path) -> String {
    let data = std::fs::read_to_string(path).expect("bench corpus readable");
    let texts: Vec<String> = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            v["text"].as_str().expect("a text field").to_string()
        })
        .collect();
    texts.join("\n\n")
}

fn read_dir_txt(dir: &Path) -> Option<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .collect();
    (!texts.is_empty()).then(|| texts.join("\n\n"))
}

fn load() -> (String, String) {
    if let Some(p) = std::env::var_os("QUOTECHECK_BENCH_TEXT") {
        let p = PathBuf::from(p);
        let text = if p.extension().is_some_and(|x| x == "jsonl") {
            read_jsonl(&p)
        } else {
            std::fs::read_to_string(&p).expect("QUOTECHECK_BENCH_TEXT readable")
        };
        return (p.display().to_string(), text);
    }
    if let Some(p) = find_up("shared/corpora/polnear/train.jsonl") {
        return (p.display().to_string(), read_jsonl(&p));
    }
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    if let Some(t) = read_dir_txt(&corpus) {
        return (corpus.display().to_string(), t);
    }
    if let Some(t) = find_up("shared/seeds").and_then(|d| read_dir_txt(&d)) {
        return ("shared/seeds".to_string(), t);
    }
    (
        "built-in sample".to_string(),
        "“We will not back down,” Jane Doe, the minister, said on Monday. She added that talks \
         would go on.\n\n"
            .repeat(2000),
    )
}

/// The outputs of every stage, computed once, to feed the stage under measurement.
struct Stages {
    paras: Vec<Span>,
    scan: Scan,
    quoted: Vec<Span>,
    parsed: Vec<Para>,
    /// The registry attribution reads (built in its own bench).
    persons: Registry,
}

static STAGES: std::sync::LazyLock<Stages> = std::sync::LazyLock::new(|| {
    let text = text();
    let lex = Lexicon::get();
    let paras = segment::paragraphs(text);
    let scan = quotes::scan(text, &paras, lex);
    let parsed = tokens_and_sentences(text, &paras, &scan, lex);
    let quoted: Vec<Span> = scan
        .quotes
        .iter()
        .map(|q| Span::new(q.open.start, q.close.map_or(q.content.end, |c| c.end)))
        .collect();
    let persons = Registry::build(text, parsed.iter().map(|p| p.toks.as_slice()), &quoted, lex);
    Stages {
        paras,
        scan,
        quoted,
        parsed,
        persons,
    }
});

/// Tokens and sentence windows of every paragraph, as `analyze_with` computes them.
fn tokens_and_sentences(text: &str, paras: &[Span], scan: &Scan, lex: &Lexicon) -> Vec<Para> {
    quotecheck::analyze::split_paragraphs(text, paras, scan, lex)
}

#[divan::bench]
fn paragraphs(b: Bencher) {
    b.counter(bytes())
        .bench(|| segment::paragraphs(black_box(text())));
}

#[divan::bench]
fn quote_scan(b: Bencher) {
    let s = &*STAGES;
    b.counter(bytes())
        .bench(|| quotes::scan(black_box(text()), &s.paras, Lexicon::get()));
}

#[divan::bench]
fn tokens_sentences(b: Bencher) {
    let s = &*STAGES;
    b.counter(bytes())
        .bench(|| tokens_and_sentences(black_box(text()), &s.paras, &s.scan, Lexicon::get()));
}

#[divan::bench]
fn registry(b: Bencher) {
    let s = &*STAGES;
    b.counter(bytes()).bench(|| {
        Registry::build(
            black_box(text()),
            s.parsed.iter().map(|p| p.toks.as_slice()),
            &s.quoted,
            Lexicon::get(),
        )
    });
}

#[divan::bench]
fn attribution(b: Bencher) {
    let s = &*STAGES;
    b.counter(bytes()).bench(|| {
        attribute::attribute(
            black_box(text()),
            &s.parsed,
            &s.scan,
            Lexicon::get(),
            &s.persons,
        )
    });
}

#[divan::bench]
fn stance(b: Bencher) {
    let text = text();
    let s = &*STAGES;
    let att = attribute::attribute(text, &s.parsed, &s.scan, Lexicon::get(), &s.persons);
    // The same inputs `analyze_with` gives the classifier.
    let inputs: Vec<StanceInput<'_>> = att
        .quotes
        .iter()
        .map(|q| StanceInput {
            text,
            own: q.content,
            context: (q.kind != QuoteKind::Direct).then_some(q.sentence),
            cue: q.cue,
            lead_in: q.kind != QuoteKind::Indirect,
            rest: None,
            speaker: None,
        })
        .collect();
    // The char index `analyze_with` builds once per document, for every span's char offsets.
    let pos = Positions::new(text);
    b.counter(bytes()).bench(|| {
        inputs
            .iter()
            .map(|i| stance::classify_with(i, &pos))
            .collect::<Vec<_>>()
    });
}

/// The whole pipeline, with or without the stance classifier: the two benches below differ only
/// in this flag, so the stance overhead is their difference.
fn whole(b: Bencher, stance: bool) {
    b.counter(bytes()).bench(|| {
        analyze_with(
            "bench",
            None,
            black_box(text()),
            Options {
                stance,
                ..Options::default()
            },
        )
    });
}

#[divan::bench]
fn whole_with_stance(b: Bencher) {
    whole(b, true);
}

#[divan::bench]
fn whole_without_stance(b: Bencher) {
    whole(b, false);
}

/// The whole pipeline plus JSON Lines rendering, as `quotecheck extract --format jsonl` does it.
#[divan::bench]
fn whole_with_jsonl(b: Bencher) {
    b.counter(bytes()).bench(|| {
        let doc = analyze_with(
            "bench",
            None,
            black_box(text()),
            Options {
                stance: true,
                ..Options::default()
            },
        );
        serde_json::to_vec(&doc).expect("serialisable")
    });
}
