//! The quote scanner on arbitrary text: no panic, and every span it reports is a well-formed slice
//! of the text in the right place.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotecheck::lexicon::Lexicon;
use quotecheck::quotes::{self, MarkProblem};
use quotecheck::segment;
use quotecheck::span::Span;

fn check(text: &str, s: Span, what: &str) {
    assert!(
        s.start <= s.end && s.end <= text.len(),
        "{what} {s:?} out of the text"
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} {s:?} not on char boundaries"
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let paras = segment::paragraphs(text);
    for (i, p) in paras.iter().enumerate() {
        check(text, *p, "paragraph");
        assert!(!p.is_empty(), "empty paragraph {p:?}");
        if i > 0 {
            assert!(paras[i - 1].end <= p.start, "paragraphs overlap");
        }
    }
    let scan = quotes::scan(text, &paras, Lexicon::get());
    for (i, q) in scan.quotes.iter().enumerate() {
        check(text, q.open, "open mark");
        check(text, q.content, "content");
        let para = paras[q.paragraph];
        assert!(
            para.contains(q.open) && para.contains(q.content),
            "quote outside its paragraph"
        );
        assert!(
            q.open.end <= q.content.start,
            "content before its opening mark"
        );
        if let Some(c) = q.close {
            check(text, c, "close mark");
            assert!(para.contains(c), "close mark outside the paragraph");
            assert!(q.content.end <= c.start, "content after its closing mark");
        }
        for n in &q.nested {
            check(text, *n, "nested");
        }
        if i > 0 {
            assert!(
                scan.quotes[i - 1].open.start <= q.open.start,
                "quotes not sorted"
            );
        }
    }
    for p in &scan.problems {
        match p {
            MarkProblem::Unclosed(s) | MarkProblem::Unopened(s) => check(text, *s, "problem"),
        }
    }
});
