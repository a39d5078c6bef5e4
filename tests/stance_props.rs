//! Invariants of stance evidence, over random text: every evidence span lies inside the text, on
//! char boundaries, and `text[start..end]` is the evidence text; its char offsets count the chars
//! before `start` and `end` and select the same text; labels agree with scores; nothing panics.

use proptest::prelude::*;
use quotecheck::span::Span;
use quotecheck::stance::{
    classify, classify_sentence, classify_toward, lead_in, Stance, StanceInput, StanceLabel,
    THRESHOLD,
};

const WORDS: &[&str] = &[
    "not",
    "never",
    "refused to",
    "condemn",
    "welcome",
    "welcomed",
    "but",
    "however",
    "although",
    "strongly",
    "somewhat",
    "so-called",
    "peace",
    "plan",
    "talks",
    "rule out",
    "did",
    "we",
    "they",
    "said",
    "accused",
    "praised",
    "far from",
    "satisfactory",
    "interference",
    "in",
    "our",
    "internal",
    "affairs",
    "fueling",
    "the",
    "conflict",
    "legitimate",
    "security",
    "concerns",
    "don’t",
    "won't",
    "“",
    "”",
    "\"",
    "‘",
    "’",
    ",",
    ".",
    ";",
    "—",
    "–",
    "-",
    "(",
    ")",
    "İstanbul",
    "ǅ",
    "é",
    "ß",
    "🙂",
    "\u{200b}",
    "\n",
    "Condemned",
    "WELCOME",
    "Special",
    "United Nations",
    "cooperat",
    "de-escalation",
    "must",
    "demanded",
    "defended",
    "alleged",
    "investigation into",
    // The roles `classify_toward` reads: the one addressed, an admission, a coordinated speaker.
    "told",
    "asked",
    "interview with",
    "admitted",
    "and",
];

fn sentence() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(
            (
                prop::sample::select(WORDS),
                prop::sample::select(&[" ", "", "  ", "\t", "\u{a0}"][..])
            ),
            0..40
        )
        .prop_map(|v| v
            .into_iter()
            .map(|(w, s)| format!("{w}{s}"))
            .collect::<String>()),
        "\\PC{0,200}",
    ]
}

fn check(text: &str, st: &Stance) -> Result<(), TestCaseError> {
    for e in &st.evidence {
        prop_assert!(e.start <= e.end && e.end <= text.len(), "{e:?} outside");
        prop_assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
        prop_assert_eq!(&text[e.start..e.end], e.text.as_str());
        prop_assert_eq!(
            e.char_start,
            text[..e.start].chars().count(),
            "{:?}: char_start",
            e
        );
        prop_assert_eq!(
            e.char_end,
            text[..e.end].chars().count(),
            "{:?}: char_end",
            e
        );
        let by_chars: String = text
            .chars()
            .skip(e.char_start)
            .take(e.char_end.saturating_sub(e.char_start))
            .collect();
        prop_assert_eq!(by_chars.as_str(), e.text.as_str());
        prop_assert!(e.weight.is_finite());
    }
    prop_assert!(st.score.is_finite() && (-1.0..=1.0).contains(&st.score));
    let want = StanceLabel::from_score(st.score, THRESHOLD);
    // Scores are rounded to 4 places; only a score sitting on the threshold may differ.
    if (st.score.abs() - THRESHOLD).abs() > 1e-3 {
        prop_assert_eq!(st.label, want);
    }
    Ok(())
}

/// A char boundary of `text` near `frac` of its length.
fn boundary(text: &str, frac: f64) -> usize {
    let mut i = ((text.len() as f64) * frac) as usize;
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

proptest! {
    #[test]
    fn sentence_evidence_spans(text in sentence()) {
        check(&text, &classify_sentence(&text))?;
    }

    #[test]
    fn toward_evidence_spans(text in sentence(), target in prop::sample::select(WORDS)) {
        check(&text, &classify_toward(&text, target))?;
    }

    #[test]
    fn quote_evidence_spans(
        text in sentence(),
        a in 0.0f64..1.0, b in 0.0f64..1.0, c in 0.0f64..1.0, d in 0.0f64..1.0,
        with_context in any::<bool>(), with_cue in any::<bool>(),
    ) {
        let (a, b) = (boundary(&text, a.min(b)), boundary(&text, a.max(b)));
        let (c, d) = (boundary(&text, c.min(d)), boundary(&text, c.max(d)));
        let own = Span::new(a, b);
        let input = StanceInput {
            text: &text,
            own,
            context: with_context.then(|| Span::new(a.min(c), b.max(d))),
            cue: with_cue.then(|| Span::new(c, d)),
            lead_in: true,
            rest: None,
            speaker: None,
        };
        let st = classify(&input);
        check(&text, &st)?;
        // Evidence comes only from the regions the classifier was given.
        for e in &st.evidence {
            let ev = Span::new(e.start, e.end);
            // The quote, or the sentence that holds it, is also read with its lead-in sentence.
            let lead = match input.context {
                None => lead_in(&text, own),
                Some(c) => lead_in(&text, Span::new(c.start, c.start)),
            };
            let inside = own.contains(ev)
                || input.context.is_some_and(|s| s.contains(ev))
                || input.cue.is_some_and(|s| s.contains(ev))
                || lead.is_some_and(|s| s.contains(ev));
            prop_assert!(inside, "{e:?} outside the quote, its sentence, its lead-in and its cue");
        }
    }
}

/// Char offsets pinned on a sentence with multi-byte chars before the evidence: curly marks (3
/// bytes), é and ñ (2), an emoji (4). `classify_toward` adds the target's mention as evidence.
#[test]
fn evidence_char_offsets_in_multibyte_text() {
    let text = "“Café 🙂” Núñez said: we welcome the talks.";
    let st = classify_toward(text, "Núñez");
    let got: Vec<_> = st
        .evidence
        .iter()
        .map(|e| (e.text.as_str(), e.start, e.end, e.char_start, e.char_end))
        .collect();
    assert_eq!(
        got,
        [
            ("Núñez", 17, 24, 9, 14),
            ("welcome", 34, 41, 24, 31),
            ("talks", 46, 51, 36, 41),
        ]
    );
    // The same words through `classify`, which reads a span of a longer text.
    let own = Span::new(text.find("we").unwrap(), text.len());
    let st = classify(&StanceInput {
        text,
        own,
        context: None,
        cue: None,
        lead_in: false,
        rest: None,
        speaker: None,
    });
    assert_eq!((st.evidence[0].start, st.evidence[0].char_start), (34, 24));
}

#[test]
fn out_of_range_spans_do_not_panic() {
    let text = "We welcome — “é” — the talks.";
    let st = classify(&StanceInput {
        text,
        own: Span::new(0, 10_000),
        context: Some(Span::new(3, 5)),
        cue: Some(Span::new(15, 16)),
        lead_in: true,
        rest: None,
        speaker: None,
    });
    assert!(st.evidence.iter().all(|e| e.end <= text.len()));
}
