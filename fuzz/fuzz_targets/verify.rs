//! `verify` on arbitrary articles and claims: no panic; the evidence and each of its parts lie in
//! the article on char boundaries, and each part's text is `text[start..end]`.
//!
//! The input's first line is the claim, "speaker|quote"; the rest is the article. A second claim
//! takes its words from the article itself (a slice picked by the input's first bytes), so the
//! matching paths (quoted, reported, the reporter's own words) are reached, not only "not found".
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotecheck::verify::{Claim, Index, Outcome};
use quotecheck::{analyze_with, Options};

fn check_evidence(text: &str, o: &Outcome) {
    let Some(e) = &o.evidence else { return };
    assert!(e.start <= e.end && e.end <= text.len(), "evidence out of the text");
    assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
    assert_eq!(e.char_start, text[..e.start].chars().count(), "evidence char_start");
    for p in &e.parts {
        assert!(p.start <= p.end && p.end <= text.len(), "part out of the text");
        assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
        assert_eq!(&text[p.start..p.end], p.text, "part text");
        assert_eq!(p.char_start, text[..p.start].chars().count(), "part char_start");
        assert!(e.start <= p.start && p.end <= e.end, "part outside the evidence");
    }
}

fuzz_target!(|data: &[u8]| {
    let all = String::from_utf8_lossy(data);
    let (head, text) = all.split_once('\n').unwrap_or((all.as_ref(), ""));
    let (speaker, quote) = head.split_once('|').unwrap_or(("", head));
    let doc = analyze_with("fuzz", None, text, Options::default());
    let index = Index::new(text, &doc);
    let claim = |speaker: &str, quote: &str| Claim {
        speaker: speaker.into(),
        quote: quote.into(),
        stance: None,
        doc: None,
    };
    check_evidence(text, &index.check(&claim(speaker, quote)));
    if text.is_empty() {
        return;
    }
    // A slice of the article: start and length from the input's first two bytes.
    let mut a = usize::from(data[0]) * text.len() / 256;
    let mut b = (a + usize::from(data.get(1).copied().unwrap_or(0))).min(text.len());
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    let words = &text[a.min(b)..b];
    check_evidence(text, &index.check(&claim(speaker, words)));
});
