//! Accuracy gates: the project's own corpus must stay above the figures the core issue sets.

use std::path::{Path, PathBuf};

use quotecheck::eval::{evaluate, gold_files, load_gold_file, EvalOptions};

fn figure(report: &quotecheck::eval::Report, name: &str) -> f64 {
    report
        .figures
        .0
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| *v)
        .unwrap_or_else(|| panic!("no figure {name}"))
}

#[test]
fn corpus_quote_f1_and_speaker_accuracy_hold() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut items = Vec::new();
    for f in gold_files(std::slice::from_ref(&dir)) {
        items.extend(load_gold_file(&f.unwrap(), None::<&Path>).unwrap());
    }
    assert!(items.len() >= 25);
    let report = evaluate(&items, &EvalOptions::default());
    let f1 = figure(&report, "quote_f1");
    let spk = figure(&report, "speaker_acc");
    assert!(f1 >= 0.97, "corpus quote F1 {f1:.4} < 0.97");
    assert!(spk >= 0.95, "corpus speaker accuracy {spk:.4} < 0.95");
}

/// The seed article, when the shared folder is present: every quote found, every speaker right.
#[test]
#[allow(clippy::print_stdout)] // the skip note is for the person running the tests
fn seed_article_scores_perfectly() {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/seeds/000_8d05e1ad106699d0.gold.json");
    if !gold.exists() {
        println!("note: {} not found; seed check skipped", gold.display());
        return;
    }
    let items = load_gold_file(&gold, None::<&Path>).unwrap();
    let report = evaluate(&items, &EvalOptions::default());
    for name in [
        "quote_precision",
        "quote_recall",
        "speaker_acc",
        "indirect_f1",
    ] {
        assert_eq!(figure(&report, name), 1.0, "seed {name}");
    }
}
