//! `quotecheck eval`: the metric code on hand-made gold and predictions whose right answers are
//! worked out in the comments, the command line's exit codes and JSON, and agreement with the
//! reference scorer `../shared/tools/score.py` where Python and the shared folder are at hand.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use proptest::prelude::*;
use quotecheck::eval::{
    self, check_baseline, check_required, match_spans, named_speaker, norm_name, overlap,
    score_quotes, score_sentences, speaker_name_ok, speaker_ok, trim_span, Figures, GoldItem,
    GoldQuote, IssueKind, PredQuote, Requirement, SentenceRow, Shortfall, StanceScores,
};
use quotecheck::span::Span;
use quotecheck::stance::StanceLabel::{self, Conciliatory, Critical, Neutral};
use quotecheck::QuoteKind;
use serde_json::{json, Value};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn gold(v: Value) -> GoldQuote {
    serde_json::from_value(v).expect("gold quote")
}

/// A gold quote over `start..end` of `kind`, speaker `speaker`.
fn gq(start: usize, end: usize, kind: &str, speaker: &str) -> GoldQuote {
    gold(json!({"start": start, "end": end, "kind": kind, "speaker": speaker}))
}

fn pq(start: usize, end: usize, kind: QuoteKind, speaker: Option<&str>) -> PredQuote {
    PredQuote {
        span: Span::new(start, end),
        kind,
        speaker: speaker.map(str::to_string),
        speaker_span: None,
        stance: None,
    }
}

fn named(speaker: Option<&str>, span: Option<(usize, usize)>) -> PredQuote {
    PredQuote {
        speaker_span: span.map(|(s, e)| Span::new(s, e)),
        ..pq(0, 1, QuoteKind::Direct, speaker)
    }
}

fn spans(v: &[(usize, usize)]) -> Vec<Span> {
    v.iter().map(|&(s, e)| Span::new(s, e)).collect()
}

/// Byte range of `needle` in `text`.
fn find(text: &str, needle: &str) -> (usize, usize) {
    let s = text.find(needle).expect(needle);
    (s, s + needle.len())
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/eval_data")
        .join(name)
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("quotecheck-eval-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn quotecheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_quotecheck"))
        .args(args)
        .output()
        .expect("run quotecheck")
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

// ---------------------------------------------------------------------------------------------
// Spans: trimming, overlap, matching
// ---------------------------------------------------------------------------------------------

#[test]
fn trim_drops_marks_punctuation_and_space_at_both_ends() {
    let text = "She said “Yes, we will.” today.";
    let (s, e) = find(text, "“Yes, we will.”");
    let t = trim_span(text, Span::new(s - 1, e)); // with the space before the mark
    assert_eq!(t.slice(text), "Yes, we will"); // the inner comma stays
}

#[test]
fn trim_keeps_a_span_that_is_all_punctuation() {
    let text = "and then — … — it ended";
    let (s, e) = find(text, "— … —");
    assert_eq!(trim_span(text, Span::new(s, e)), Span::new(s, e));
}

#[test]
fn overlap_is_shared_bytes_over_the_longer_span() {
    let a = Span::new(0, 10);
    assert_eq!(overlap(a, Span::new(5, 15)), 0.5); // 5 shared of 10
    assert_eq!(overlap(a, Span::new(6, 16)), 0.4); // 4 of 10
    assert_eq!(overlap(a, Span::new(0, 20)), 0.5); // 10 of the longer 20
    assert_eq!(overlap(a, Span::new(10, 20)), 0.0); // touching is not overlapping
}

#[test]
fn match_at_exactly_half_of_the_longer_span_but_not_below() {
    let g = spans(&[(0, 10)]);
    assert_eq!(match_spans(&g, &spans(&[(5, 15)])), vec![(0, 0)]); // 0.5
    assert!(match_spans(&g, &spans(&[(5, 16)])).is_empty()); // 5/11 < 0.5
    assert!(match_spans(&g, &spans(&[(6, 16)])).is_empty()); // 0.4
    assert_eq!(match_spans(&g, &spans(&[(0, 20)])), vec![(0, 0)]); // 10/20
    assert!(match_spans(&g, &spans(&[(0, 21)])).is_empty()); // 10/21
}

#[test]
fn matching_is_one_to_one() {
    // Two predictions over one gold quote: the better one matches, the other is a false quote.
    let g = spans(&[(0, 10)]);
    assert_eq!(match_spans(&g, &spans(&[(0, 9), (0, 10)])), vec![(0, 1)]);
}

#[test]
fn ties_go_to_the_highest_indices_as_in_pythons_reverse_sort() {
    // score.py sorts (overlap, i, j) tuples in reverse: on equal overlap the larger i, then j, wins.
    let same = spans(&[(0, 10), (0, 10)]);
    assert_eq!(match_spans(&same, &spans(&[(0, 10)])), vec![(1, 0)]);
    assert_eq!(match_spans(&spans(&[(0, 10)]), &same), vec![(0, 1)]);
}

#[test]
fn matching_is_greedy_not_optimal() {
    // G0 = 0..10, G1 = 3..13; P0 = 1..11 overlaps G0 by 0.9 and G1 by 0.8; P1 = 0..6 overlaps G0
    // by 0.6. Greedy takes G0-P0 first, then neither G1-P0 nor G0-P1 is free: one match, where an
    // optimal matching would find two. score.py is greedy, so the port is too.
    let g = spans(&[(0, 10), (3, 13)]);
    let p = spans(&[(1, 11), (0, 6)]);
    assert_eq!(match_spans(&g, &p), vec![(0, 0)]);
}

/// score.py's matching, literally: every pair, sorted in reverse, taken greedily.
fn quadratic_matching(g: &[Span], p: &[Span]) -> Vec<(usize, usize)> {
    let mut cand: Vec<(f64, usize, usize)> = (0..g.len())
        .flat_map(|i| (0..p.len()).map(move |j| (i, j)))
        .map(|(i, j)| (overlap(g[i], p[j]), i, j))
        .collect();
    cand.sort_by(|a, b| b.partial_cmp(a).unwrap());
    let (mut gi, mut pj, mut out) = (vec![false; g.len()], vec![false; p.len()], Vec::new());
    for (ov, i, j) in cand {
        if ov < 0.5 || gi[i] || pj[j] {
            continue;
        }
        gi[i] = true;
        pj[j] = true;
        out.push((i, j));
    }
    out
}

fn arb_spans() -> impl Strategy<Value = Vec<Span>> {
    prop::collection::vec((0usize..40, 0usize..12), 0..12)
        .prop_map(|v| v.into_iter().map(|(s, l)| Span::new(s, s + l)).collect())
}

proptest! {
    /// The sweep that generates only overlapping pairs finds the same matching as trying them all.
    #[test]
    fn sweep_matching_equals_all_pairs(g in arb_spans(), p in arb_spans()) {
        prop_assert_eq!(match_spans(&g, &p), quadratic_matching(&g, &p));
    }
}

// ---------------------------------------------------------------------------------------------
// Speakers
// ---------------------------------------------------------------------------------------------

#[test]
fn norm_name_folds_case_determiners_possessives_width_and_space() {
    assert_eq!(norm_name("  The  Foreign\tMinistry’s "), "foreign ministry");
    assert_eq!(norm_name("Their spokesman"), "spokesman");
    assert_eq!(norm_name("Theodore Roosevelt"), "theodore roosevelt"); // "the" needs a space
    assert_eq!(norm_name("Ｚｅｌｅｎｓｋｙ"), "zelensky"); // NFKC
    assert_eq!(norm_name("john 's"), "john "); // collapsed, not trimmed, as in score.py
    assert_eq!(norm_name(""), "");
}

#[test]
fn speaker_right_by_name_or_alias() {
    let g = gold(json!({"start": 0, "end": 1, "kind": "direct",
        "speaker": "Volodymyr Zelensky", "speaker_aliases": ["Zelensky", "the Ukrainian leader"]}));
    assert!(speaker_ok(&named(Some("volodymyr zelensky"), None), &g));
    assert!(speaker_ok(&named(Some("Ukrainian leader"), None), &g)); // alias without "the"
    assert!(speaker_ok(&named(Some("Zelensky’s"), None), &g)); // alias with a possessive
    assert!(!speaker_ok(&named(Some("Xi Jinping"), None), &g));
    assert!(!speaker_ok(&named(None, None), &g));
}

#[test]
fn speaker_right_by_a_shared_last_word_longer_than_two_characters() {
    let g = gq(0, 1, "direct", "Volodymyr Zelensky");
    assert!(speaker_ok(&named(Some("President Zelensky"), None), &g));
    let g = gq(0, 1, "direct", "Ma Xiu");
    assert!(speaker_ok(&named(Some("Dr. Xiu"), None), &g)); // 3 characters: enough
    let g = gq(0, 1, "direct", "Hui Li");
    assert!(!speaker_ok(&named(Some("Mr. Li"), None), &g)); // 2 characters: not enough
}

#[test]
fn speaker_right_when_the_mention_overlaps_the_gold_mention() {
    let g = gold(
        json!({"start": 0, "end": 1, "kind": "indirect", "speaker": "officials",
        "speaker_start": 12, "speaker_end": 20}),
    );
    // No name at all, but the mention shares bytes 12..15 with the gold one.
    assert!(speaker_ok(&named(None, Some((10, 15))), &g));
    // Touching is not overlapping, and the name does not help.
    assert!(!speaker_ok(&named(Some("the mayor"), Some((20, 25))), &g));
    // Without a gold mention span only the names count.
    let g = gq(0, 1, "indirect", "officials");
    assert!(!speaker_ok(&named(None, Some((10, 15))), &g));
}

/// The name figure (`speaker_name_acc`) gives no credit for an overlapping mention: "he" over the
/// gold "he" is right for `speaker_ok` whatever it resolved to, and wrong by name unless the name
/// is right. A long gold description is right for a full name inside it or for the name before
/// its first comma; a pronoun gold speaker names no one and is left out.
#[test]
fn speaker_right_by_name_alone() {
    let g = gold(
        json!({"start": 0, "end": 1, "kind": "direct", "speaker": "Mara Lund",
        "speaker_start": 12, "speaker_end": 14}),
    );
    assert!(speaker_ok(&named(Some("Jon Pell"), Some((12, 14))), &g));
    assert!(!speaker_name_ok(
        &named(Some("Jon Pell"), Some((12, 14))),
        &g
    ));
    assert!(!speaker_name_ok(&named(None, Some((12, 14))), &g));
    assert!(speaker_name_ok(&named(Some("Lund"), None), &g));
    let g = gq(
        0,
        1,
        "direct",
        "Rhys Holden, president of the Harbour Fund,",
    );
    assert!(speaker_name_ok(&named(Some("Rhys Holden"), None), &g));
    assert!(speaker_name_ok(&named(Some("Holden"), None), &g));
    assert!(!speaker_name_ok(&named(Some("Harbour"), None), &g));
    assert!(!speaker_name_ok(&named(Some("Ann Fund"), None), &g));
    assert!(named_speaker(&g));
    assert!(!named_speaker(&gq(0, 1, "direct", "He")));
    assert!(!named_speaker(&gold(
        json!({"start": 0, "end": 1, "kind": "direct"})
    )));
}

// ---------------------------------------------------------------------------------------------
// One document
// ---------------------------------------------------------------------------------------------

#[test]
fn document_counts_speakers_stance_and_issues() {
    let text = "Ann Lee said “We will build it.” Bob Ray said “No way.” The “plan” is old. \
                Officials said it would cost more.";
    let (a, b) = find(text, "We will build it.");
    let (c, d) = find(text, "“No way.”"); // gold with marks, trimmed to "No way"
    let (e, f) = find(text, "plan");
    let (g, h) = find(text, "it would cost more");
    let gold = vec![
        gold(
            json!({"start": a, "end": b, "kind": "direct", "speaker": "Ann Lee",
            "stance": "conciliatory"}),
        ),
        gold(
            json!({"start": c, "end": d, "kind": "direct", "speaker": "Bob Ray",
            "stance": "critical"}),
        ),
        gq(g, h, "indirect", "officials"),
    ];
    let pred = vec![
        PredQuote {
            stance: Some(Conciliatory),
            ..pq(a, b, QuoteKind::Direct, Some("Ann Lee"))
        },
        PredQuote {
            stance: Some(Neutral),
            ..pq(
                c + "“".len(),
                d - "”".len(),
                QuoteKind::Direct,
                Some("Ann Lee"),
            )
        },
        pq(e, f, QuoteKind::Partial, None),
    ];
    let kinds = [QuoteKind::Direct, QuoteKind::Partial];
    let s = score_quotes(text, &gold, &pred, &kinds, "quotes");
    // The indirect gold quote is not in this block.
    assert_eq!(
        (s.tally.gold, s.tally.pred, s.tally.tp, s.tally.e2e),
        (2, 3, 2, 1)
    );
    // In matching order: both pairs overlap fully, so the higher indices come first.
    assert_eq!(
        s.stance,
        vec![
            (Critical, Some(Neutral)),
            (Conciliatory, Some(Conciliatory))
        ]
    );
    let issues: Vec<(IssueKind, usize)> = s.issues.iter().map(|i| (i.kind, i.start)).collect();
    assert_eq!(
        issues,
        vec![(IssueKind::WrongSpeaker, c), (IssueKind::FalseQuote, e)]
    );
    assert_eq!(s.issues[0].gold_speaker.as_deref(), Some("Bob Ray"));
    assert_eq!(s.issues[0].pred_speaker.as_deref(), Some("Ann Lee"));
    // Char offsets too, for consumers in other languages (the curly marks are three bytes each).
    for i in &s.issues {
        assert_eq!(i.char_start, text[..i.start].chars().count());
        assert_eq!(i.char_end, text[..i.end].chars().count());
    }
    assert!(s.issues[1].char_start < s.issues[1].start);

    // P = 2/3, R = 2/2, F1 = 0.8; speaker accuracy 1/2; end to end P = 1/3, R = 1/2, F1 = 0.4.
    let q = eval::QuoteScores::from(s.tally);
    assert!(close(q.precision, 2.0 / 3.0) && close(q.recall, 1.0) && close(q.f1, 0.8));
    assert!(close(q.speaker_acc, 0.5) && close(q.e2e_f1, 0.4));

    // The indirect block: one gold quote, no prediction: a miss.
    let s = score_quotes(text, &gold, &pred, &[QuoteKind::Indirect], "indirect");
    assert_eq!((s.tally.gold, s.tally.pred, s.tally.tp), (1, 0, 0));
    assert_eq!(s.issues[0].kind, IssueKind::Miss);
    assert_eq!(s.issues[0].excerpt, "it would cost more");
    assert_eq!(eval::QuoteScores::from(s.tally).f1, 0.0);
}

// ---------------------------------------------------------------------------------------------
// Stance
// ---------------------------------------------------------------------------------------------

#[test]
fn stance_accuracy_macro_f1_and_confusion() {
    let pairs = [
        (Neutral, Some(Neutral)),
        (Neutral, Some(Conciliatory)),
        (Conciliatory, Some(Conciliatory)),
        (Critical, Some(Neutral)),
    ];
    let s = StanceScores::from_pairs(&pairs);
    // neutral: P 1/2, R 1/2, F1 1/2; conciliatory: P 1/2, R 1, F1 2/3; critical: never predicted,
    // F1 0. Macro: (1/2 + 2/3 + 0) / 3 = 7/18.
    assert_eq!(s.n, 4);
    assert!(close(s.accuracy, 0.5));
    assert!(close(s.macro_f1, 7.0 / 18.0));
    assert_eq!(s.confusion.counts, [[1, 1, 0], [0, 1, 0], [1, 0, 0]]);
}

#[test]
fn stance_macro_f1_averages_only_labels_present_in_gold() {
    // Only neutral is in gold: P 1/1, R 1/2, F1 2/3. Critical is predicted but not averaged.
    let s = StanceScores::from_pairs(&[(Neutral, Some(Neutral)), (Neutral, Some(Critical))]);
    assert!(close(s.macro_f1, 2.0 / 3.0));
    assert!(close(s.accuracy, 0.5));
}

#[test]
fn sentence_rows_are_scored_overall_and_by_proxy() {
    let row = |text: &str, stance, proxy| SentenceRow {
        id: text.into(),
        text: text.into(),
        stance,
        proxy,
        target: None,
    };
    let rows = [
        row("we thank them", Conciliatory, false),
        row("we reject it", Critical, false),
        row("the talks resume", Neutral, true),
        row("a shameful deal", Critical, true),
    ];
    let refs: Vec<&SentenceRow> = rows.iter().collect();
    // A fixed classifier, so the test does not depend on the stance module.
    let classify = |r: &SentenceRow| -> StanceLabel {
        let s = &r.text;
        if s.contains("thank") {
            Conciliatory
        } else if s.contains("reject") {
            Critical
        } else {
            Neutral
        }
    };
    let s = score_sentences(&refs, classify);
    assert_eq!(s.all.n, 4);
    assert!(close(s.all.accuracy, 0.75)); // only "a shameful deal" is wrong
    let non_proxy = s.non_proxy.unwrap();
    assert!(close(non_proxy.accuracy, 1.0) && close(non_proxy.macro_f1, 1.0));
    let proxy = s.proxy.unwrap();
    // neutral: P 1/2, R 1, F1 2/3; critical: F1 0 -> macro 1/3.
    assert!(close(proxy.accuracy, 0.5) && close(proxy.macro_f1, 1.0 / 3.0));

    let only_proxy: Vec<&SentenceRow> = rows[2..].iter().collect();
    assert!(score_sentences(&only_proxy, classify).non_proxy.is_none());
}

// ---------------------------------------------------------------------------------------------
// Thresholds
// ---------------------------------------------------------------------------------------------

#[test]
fn require_names_a_known_figure() {
    let r: Requirement = "quote_f1=0.97".parse().unwrap();
    assert_eq!((r.figure, r.min), ("quote_f1", 0.97));
    assert!("quote_f2=0.9".parse::<Requirement>().is_err());
    assert!("quote_f1".parse::<Requirement>().is_err());
    assert!("quote_f1=high".parse::<Requirement>().is_err());
}

#[test]
fn required_figures_below_or_unmeasured_fall_short() {
    let figures = Figures(vec![("quote_f1", 0.9), ("speaker_acc", 0.95)]);
    let req = |s: &str| s.parse::<Requirement>().unwrap();
    let short = check_required(
        &figures,
        &[
            req("quote_f1=0.97"),
            req("speaker_acc=0.95"),
            req("stance_acc=0.5"),
        ],
    );
    assert_eq!(
        short,
        vec![
            Shortfall::Below {
                figure: "quote_f1",
                value: 0.9,
                min: 0.97
            },
            Shortfall::NotMeasured {
                figure: "stance_acc"
            },
        ]
    );
}

#[test]
fn baseline_flags_drops_beyond_the_allowance_only() {
    let figures = Figures(vec![
        ("quote_f1", 0.96),
        ("speaker_acc", 0.90),
        ("e2e_f1", 0.5),
    ]);
    let before: BTreeMap<String, f64> = [
        ("quote_f1".to_string(), 0.97),    // dropped by exactly 0.01: allowed
        ("speaker_acc".to_string(), 0.95), // dropped by 0.05: flagged
        ("stance_acc".to_string(), 0.9),   // not measured now: not compared
    ]
    .into();
    let short = check_baseline(&figures, &before, 0.01);
    assert_eq!(short.len(), 1);
    assert!(matches!(
        short[0],
        Shortfall::Dropped {
            figure: "speaker_acc",
            ..
        }
    ));
    assert!(check_baseline(&figures, &before, 0.05).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Reading gold
// ---------------------------------------------------------------------------------------------

#[test]
fn gold_directories_expand_to_sorted_gold_files_only() {
    let d = scratch("dirs");
    for f in ["b.jsonl", "a.gold.json", "notes.json", "c.txt"] {
        std::fs::write(d.join(f), "").unwrap();
    }
    std::fs::create_dir(d.join("sub")).unwrap();
    std::fs::write(d.join("sub/z.jsonl"), "").unwrap();
    let files: Vec<PathBuf> = eval::gold_files(std::slice::from_ref(&d))
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(files, vec![d.join("a.gold.json"), d.join("b.jsonl")]);
    std::fs::remove_file(d.join("sub/z.jsonl")).unwrap();
    let empty = eval::gold_files(&[d.join("sub")]);
    assert!(empty[0]
        .as_ref()
        .unwrap_err()
        .to_string()
        .contains("no *.gold.json"));
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn gold_documents_read_their_text_from_source_and_sentence_rows_stand_alone() {
    let items = eval::load_gold_file(&data("tiny.gold.json"), None).unwrap();
    let GoldItem::Doc(doc) = &items[0] else {
        panic!("a document")
    };
    assert_eq!(doc.id, "tiny");
    assert_eq!(doc.quotes.len(), 4);
    assert!(doc.text.starts_with("Mayor Ann Lee"));

    let rows = eval::load_gold_file(&data("sentences.jsonl"), None).unwrap();
    assert_eq!(rows.len(), 3);
    assert!(matches!(&rows[2], GoldItem::Sentence(r) if r.proxy && r.stance == Critical));
}

#[test]
fn gold_errors_name_the_file_and_line() {
    let d = scratch("errors");
    let bad = d.join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"id\": \"a\", \"text\": \"x\", \"quotes\": []}\n\n{\"id\": oops}\n",
    )
    .unwrap();
    let e = eval::load_gold_file(&bad, None).unwrap_err().to_string();
    assert!(e.starts_with(&format!("{}:3: ", bad.display())), "{e}");

    let drift = d.join("drift.jsonl");
    std::fs::write(
        &drift,
        r#"{"id": "a", "text": "He said yes.", "quotes": [{"start": 8, "end": 11, "content": "no", "kind": "direct"}]}"#,
    )
    .unwrap();
    let e = eval::load_gold_file(&drift, None).unwrap_err().to_string();
    assert!(
        e.contains("drift.jsonl:1: quote 0: `content` differs"),
        "{e}"
    );

    let missing = d.join("missing.gold.json");
    std::fs::write(
        &missing,
        r#"{"id": "a", "source": "gone.txt", "quotes": []}"#,
    )
    .unwrap();
    let e = eval::load_gold_file(&missing, None)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("missing.gold.json:1: ") && e.contains("gone.txt"),
        "{e}"
    );

    let neither = d.join("neither.jsonl");
    std::fs::write(&neither, r#"{"id": "a", "text": "no stance, no quotes"}"#).unwrap();
    assert!(eval::load_gold_file(&neither, None).is_err());
    std::fs::remove_dir_all(&d).unwrap();
}

// ---------------------------------------------------------------------------------------------
// The command line
// ---------------------------------------------------------------------------------------------

#[test]
fn cli_exits_0_and_prints_a_plain_table() {
    let gold = data("tiny.gold.json");
    let out = quotecheck(&["eval", "--gold", gold.to_str().unwrap(), "--verbose"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("quotes") && stdout.contains("indirect"),
        "{stdout}"
    );
    assert!(!stdout.contains('\x1b'), "no ANSI when not a terminal");
}

#[test]
fn cli_json_parses_and_is_deterministic() {
    let gold = data("tiny.gold.json");
    let sentences = data("sentences.jsonl");
    let args = [
        "eval",
        "--gold",
        gold.to_str().unwrap(),
        sentences.to_str().unwrap(),
        "--format",
        "json",
    ];
    let first = quotecheck(&args);
    assert_eq!(first.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&first.stdout).expect("JSON");
    assert_eq!(v["documents"], 1);
    assert_eq!(v["sentence_rows"], 3);
    assert_eq!(v["quotes"]["gold"], 3);
    assert_eq!(v["indirect"]["gold"], 1);
    assert_eq!(v["sentences"]["quotecheck"]["all"]["n"], 3);
    assert_eq!(v["sentences"]["baseline"]["proxy"]["n"], 1);
    // Figures keep report order (serde_json's Value would sort them, so read the text).
    let text = String::from_utf8(first.stdout.clone()).unwrap();
    let at = |k: &str| text.find(&format!("\"{k}\"")).expect(k);
    assert!(at("quote_precision") < at("quote_recall") && at("quote_f1") < at("e2e_f1"));
    assert_eq!(quotecheck(&args).stdout, first.stdout);
}

#[test]
fn cli_exits_1_below_a_required_figure() {
    let gold = data("tiny.gold.json");
    // No figure can reach 1.01.
    let out = quotecheck(&[
        "eval",
        "--gold",
        gold.to_str().unwrap(),
        "--require",
        "quote_f1=1.01",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("quote_f1") && stderr.contains("below"),
        "{stderr}"
    );
}

#[test]
fn cli_exits_1_when_a_figure_dropped_from_the_baseline() {
    let gold = data("tiny.gold.json");
    let gold = gold.to_str().unwrap();
    let d = scratch("baseline");
    let saved = quotecheck(&["eval", "--gold", gold, "--format", "json"]);
    let same = d.join("same.json");
    std::fs::write(&same, &saved.stdout).unwrap();
    let out = quotecheck(&["eval", "--gold", gold, "--baseline", same.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "an unchanged run passes");

    let better = d.join("better.json");
    std::fs::write(&better, r#"{"figures": {"quote_f1": 2.0}}"#).unwrap();
    let out = quotecheck(&[
        "eval",
        "--gold",
        gold,
        "--baseline",
        better.to_str().unwrap(),
        "--max-drop",
        "0.01",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("quote_f1 dropped"));
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn cli_exits_2_on_a_missing_gold_file() {
    let out = quotecheck(&["eval", "--gold", "no/such/file.gold.json"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("no/such/file.gold.json"), "{stderr}");
    assert!(out.stdout.is_empty(), "no figures from unreadable gold");
}

// ---------------------------------------------------------------------------------------------
// Agreement with score.py
// ---------------------------------------------------------------------------------------------

#[allow(
    clippy::print_stdout,
    reason = "a skipped cross-check says so in the test output"
)]
fn skip(why: &str) {
    println!("skipped: {why}");
}

/// The shared folder beside the repository (as CI lays it out), or the workplace's.
fn shared() -> Option<PathBuf> {
    [
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
        PathBuf::from("/work/shared"),
    ]
    .into_iter()
    .find(|p| p.join("tools/score.py").is_file())
}

fn python() -> bool {
    Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// score.py's figures for `gold` and `pred`, for one `kinds`.
fn score_py(shared: &Path, gold: &Path, pred: &Path, texts: &Path, kinds: &str) -> Value {
    let out = Command::new("python3")
        .arg(shared.join("tools/score.py"))
        .args(["--gold", gold.to_str().unwrap()])
        .args(["--pred", pred.to_str().unwrap()])
        .args(["--texts", texts.to_str().unwrap()])
        .args(["--kinds", kinds])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Our block against score.py's output, figures to 4 decimals (score.py rounds to 4), counts exact.
fn assert_agrees(ours: &Value, stance: &Value, theirs: &Value, what: &str) {
    for (o, t) in [("gold", "gold"), ("pred", "pred"), ("tp", "tp")] {
        assert_eq!(ours[o], theirs[t], "{what}: {o}");
    }
    for (o, t) in [
        ("precision", "P"),
        ("recall", "R"),
        ("f1", "F1"),
        ("speaker_acc", "spk_acc"),
        ("e2e_f1", "e2e_F1"),
    ] {
        let (a, b) = (ours[o].as_f64().unwrap(), theirs[t].as_f64().unwrap());
        assert!((a - b).abs() <= 0.5e-4 + 1e-12, "{what}: {o} {a} vs {b}");
    }
    let n = stance["n"].as_u64().unwrap_or(0);
    assert_eq!(Some(n), theirs["stance_n"].as_u64(), "{what}: stance n");
    if n > 0 {
        for (o, t) in [("accuracy", "stance_acc"), ("macro_f1", "stance_macroF1")] {
            let (a, b) = (stance[o].as_f64().unwrap(), theirs[t].as_f64().unwrap());
            assert!(
                (a - b).abs() <= 0.5e-4 + 1e-12,
                "{what}: stance {o} {a} vs {b}"
            );
        }
    }
}

/// Extract predictions for `texts` (files or a directory), then compare `eval` with score.py on
/// both blocks.
fn cross_check(shared: &Path, gold: &Path, texts: &Path, inputs: &Path, name: &str) {
    let d = scratch(name);
    let pred = d.join("pred.jsonl");
    let out = quotecheck(&["extract", "--format", "jsonl", inputs.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    std::fs::write(&pred, out.stdout).unwrap();
    let ours = quotecheck(&["eval", "--gold", gold.to_str().unwrap(), "--format", "json"]);
    assert_eq!(ours.status.code(), Some(0));
    let ours: Value = serde_json::from_slice(&ours.stdout).unwrap();
    let head = score_py(shared, gold, &pred, texts, "direct,partial");
    assert_agrees(&ours["quotes"], &ours["stance"], &head, name);
    // The indirect block has no stance of its own in our report; compare its quotes only.
    let indirect = score_py(shared, gold, &pred, texts, "indirect");
    let mut theirs = indirect.clone();
    theirs["stance_n"] = json!(0);
    assert_agrees(&ours["indirect"], &Value::Null, &theirs, name);
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn agrees_with_score_py_on_the_seed() {
    let (Some(shared), true) = (shared(), python()) else {
        skip("needs python3 and the shared folder with tools/score.py");
        return;
    };
    let seeds = shared.join("seeds");
    let gold = seeds.join("000_8d05e1ad106699d0.gold.json");
    let text = seeds.join("000_8d05e1ad106699d0.txt");
    cross_check(&shared, &gold, &seeds, &text, "seed");
}

#[test]
fn agrees_with_score_py_on_polnear_dev() {
    let (Some(shared), true) = (shared(), python()) else {
        skip("needs python3 and the shared folder with tools/score.py");
        return;
    };
    let gold = shared.join("corpora/polnear/dev.jsonl");
    if !gold.is_file() {
        skip("no PolNeAR dev set in the shared folder");
        return;
    }
    // extract reads files: write each inline text, named by its `source`, to a scratch folder
    // (never into the repository).
    let texts = scratch("polnear-texts");
    for line in std::fs::read_to_string(&gold).unwrap().lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let name = v["source"].as_str().unwrap();
        std::fs::write(texts.join(name), v["text"].as_str().unwrap()).unwrap();
    }
    cross_check(&shared, &gold, &texts, &texts, "polnear-dev");
    std::fs::remove_dir_all(&texts).unwrap();
}

/// A sentence row that names a `target` is classified toward it: criticism a speaker voices is
/// no criticism of that speaker. Without a target the sentence alone is read.
#[test]
fn sentence_rows_with_a_target_are_classified_toward_it() {
    let d = scratch("target");
    let rows = "{\"text\": \"“The new timetable is unfair,” Lina Roe said.\", \"stance\": \"neutral\", \"proxy\": true, \"target\": \"Lina Roe\"}\n\
                {\"text\": \"“The new timetable is unfair,” Lina Roe said.\", \"stance\": \"critical\", \"proxy\": true}\n";
    let path = d.join("rows.jsonl");
    std::fs::write(&path, rows).unwrap();
    let out = quotecheck(&["eval", "--gold", path.to_str().unwrap(), "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    // Both right: neutral toward the speaker, critical read from the sentence alone.
    assert_eq!(report["figures"]["sentence_proxy_acc"], json!(1.0));
    // The baseline reads the sentence alone and calls both critical.
    assert_eq!(
        report["sentences"]["baseline"]["proxy"]["accuracy"],
        json!(0.5)
    );
}
