//! `segment::tokens` takes a fast path for the characters news text is mostly made of; these tests
//! pin it to the general UAX #29 segmentation of `unicode-segmentation`, which it must equal exactly.

use proptest::prelude::*;
use quotecheck::segment::{self, Token};
use quotecheck::span::Span;
use unicode_segmentation::UnicodeSegmentation;

/// The reference: what `segment::tokens` computed before it had a fast path.
fn reference(text: &str, span: Span) -> Vec<Token> {
    let s = span.slice(text);
    s.split_word_bound_indices()
        .filter(|(_, w)| !w.trim().is_empty())
        .map(|(i, w)| Token {
            span: Span::new(span.start + i, span.start + i + w.len()),
            word: w.chars().next().is_some_and(char::is_alphanumeric),
        })
        .collect()
}

fn check(text: &str) {
    let whole = Span::new(0, text.len());
    assert_eq!(
        segment::tokens(text, whole),
        reference(text, whole),
        "tokens differ for {text:?}"
    );
}

/// Characters of every class the fast path knows, and some it must hand over to the library.
const ALPHABET: &[char] = &[
    'a', 'Z', 'é', 'ß', 'Ł', '0', '7', ':', '.', '\'', '‘', '’', ',', ';', '_', ' ', '\t', '\n',
    '\r', '\u{a0}', '"', '“', '”', '„', '—', '–', '…', '«', '»', '-', '!', '?', '(', ')', '$', '%',
    '\0', '€', '£', '°', '\u{301}', '\u{200d}', 'ש', '·', '\u{feff}', '\u{ad}', '日', '🙂',
    '\u{2028}',
];

#[test]
fn every_known_char_in_every_context() {
    let mut chars: Vec<char> = (0u32..0x250).filter_map(char::from_u32).collect();
    chars.extend(ALPHABET);
    for &c in &chars {
        for ctx in [
            "a{}b", "1{}2", "{}", "a{}", "{}a", "1{}", "{}1", "x{}{}y", "a.{}b", "{}'s", "U.S{}",
            "a {}b", "_{}_", "’{}’", "3,{}5", "“{}”",
        ] {
            check(&ctx.replace("{}", &c.to_string()));
        }
    }
}

#[test]
fn news_like_sentences() {
    for t in [
        "“We don’t want the ’90s back,” said Gov. J. Doe, 54, of the U.S. on Monday.",
        "The 3.5% rise — from $1,000.50 to 1,035 — was ‘unacceptable’, she said: no.",
        "rock ’n’ roll, students’ union, Xi’s aide; l’été; O’Neill_s 2nd-in-command...",
        "Line one\r\nline two\n\n\u{a0}indented\tby a tab: a:b a::b 1.2.3 a..b 1,,2",
    ] {
        check(t);
    }
}

#[test]
fn every_text_at_hand() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in ["corpus"] {
        if let Ok(rd) = std::fs::read_dir(root.join(dir)) {
            for e in rd.flatten() {
                if e.path().extension().is_some_and(|x| x == "txt") {
                    texts.push(std::fs::read_to_string(e.path()).unwrap_or_default());
                }
            }
        }
    }
    if let Some(p) = root
        .ancestors()
        .map(|d| d.join("shared/corpora/polnear/dev.jsonl"))
        .find(|p| p.exists())
    {
        for line in std::fs::read_to_string(p).unwrap_or_default().lines() {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                texts.push(v["text"].as_str().unwrap_or_default().to_string());
            }
        }
    }
    for t in &texts {
        for p in segment::paragraphs(t) {
            assert_eq!(
                segment::tokens(t, p),
                reference(t, p),
                "in {:?}",
                p.slice(t)
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]
    #[test]
    fn random_strings(idx in proptest::collection::vec(0..ALPHABET.len(), 0..40)) {
        let s: String = idx.into_iter().map(|i| ALPHABET[i]).collect();
        let whole = Span::new(0, s.len());
        prop_assert_eq!(segment::tokens(&s, whole), reference(&s, whole));
    }
}
