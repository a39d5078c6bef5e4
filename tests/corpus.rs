//! One reviewed JSON snapshot per corpus article, in the top-level `snapshots/` folder.
//!
//! A changed snapshot fails under `CI=true`; locally, `cargo insta review` shows the diff. Read every
//! changed snapshot before accepting it: the snapshot is the behaviour.

use std::path::Path;

use quotecheck::{analyze_with, Options};

#[test]
fn corpus_snapshots() {
    insta::with_settings!({
        snapshot_path => "../snapshots",
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::glob!("../corpus", "*.txt", |path| {
            let text = std::fs::read_to_string(path).unwrap();
            let id = path.file_stem().unwrap().to_string_lossy().into_owned();
            let doc = analyze_with(&id, Some(format!("{id}.txt")), &text, Options::default());
            insta::assert_json_snapshot!(doc);
        });
    });
}

/// Every `snapshots/corpus_snapshots@NAME.txt.snap` has its `corpus/NAME.txt`: a deleted or renamed
/// article must take its snapshot with it.
#[test]
fn no_orphaned_corpus_snapshots() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut orphans = Vec::new();
    for entry in std::fs::read_dir(root.join("snapshots")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if let Some(rest) = name.strip_prefix("corpus_snapshots@") {
            let article = rest.trim_end_matches(".snap");
            if !root.join("corpus").join(article).exists() {
                orphans.push(name);
            }
        }
    }
    assert!(orphans.is_empty(), "orphaned snapshots: {orphans:?}");
}

/// Every corpus article has gold annotations, and every gold file's offsets hold.
#[test]
fn every_article_has_valid_gold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut n = 0;
    for entry in std::fs::read_dir(&root).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        n += 1;
        let gold_path = path.with_extension("gold.json");
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&gold_path).unwrap()).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        let words = text.split_whitespace().count();
        assert!(
            (200..=800).contains(&words),
            "{}: {words} words",
            path.display()
        );
        for q in gold["quotes"].as_array().unwrap() {
            let (s, e) = (
                q["start"].as_u64().unwrap() as usize,
                q["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                &text[s..e],
                q["content"].as_str().unwrap(),
                "{}",
                gold_path.display()
            );
        }
    }
    assert!(n >= 25, "only {n} corpus articles");
}
