//! The whole pipeline on arbitrary text: no panic; every span is inside the text and on char
//! boundaries; `content == text[start..end]`; char offsets agree with byte offsets; quotes are sorted
//! by start; the document serialises to JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotecheck::{analyze_with, Options};

fn span<'a>(text: &'a str, start: usize, end: usize, what: &str) -> &'a str {
    assert!(
        start <= end && end <= text.len(),
        "{what} {start}..{end} out of the text"
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what} {start}..{end} not on char boundaries"
    );
    &text[start..end]
}

fn chars(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// A span's char offsets: they count the chars before its byte offsets.
fn char_span(text: &str, (start, end): (usize, usize), (cs, ce): (usize, usize), what: &str) {
    assert_eq!(cs, chars(text, start), "{what} char_start");
    assert_eq!(ce, chars(text, end), "{what} char_end");
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    // Both readings of '': the input's length picks one, so the corpus exercises each.
    let opts = Options {
        stance: true,
        double_apostrophes: data.len() % 2 == 1,
    };
    let doc = analyze_with("fuzz", None, text, opts);
    for (i, q) in doc.quotes.iter().enumerate() {
        assert_eq!(
            span(text, q.start, q.end, "quote"),
            q.content,
            "quote content"
        );
        char_span(text, (q.start, q.end), (q.char_start, q.char_end), "quote");
        if i > 0 {
            assert!(
                doc.quotes[i - 1].start <= q.start,
                "quotes not sorted by start"
            );
        }
        if let Some(s) = &q.speaker {
            assert_eq!(
                span(text, s.start, s.end, "speaker"),
                s.mention,
                "speaker mention"
            );
            char_span(text, (s.start, s.end), (s.char_start, s.char_end), "speaker");
            if let Some(e) = s.entity {
                assert!(e < doc.speakers.len(), "speaker entity out of range");
            }
        }
        if let Some(c) = &q.cue {
            assert_eq!(span(text, c.start, c.end, "cue"), c.text, "cue text");
            char_span(text, (c.start, c.end), (c.char_start, c.char_end), "cue");
        }
        for n in &q.nested {
            assert_eq!(span(text, n.start, n.end, "nested"), n.content, "nested text");
            char_span(text, (n.start, n.end), (n.char_start, n.char_end), "nested");
            assert!(q.start <= n.start && n.end <= q.end, "nested outside its quote");
            if let Some(s) = &n.speaker {
                assert_eq!(
                    span(text, s.start, s.end, "nested speaker"),
                    s.mention,
                    "nested speaker mention"
                );
                char_span(
                    text,
                    (s.start, s.end),
                    (s.char_start, s.char_end),
                    "nested speaker",
                );
            }
            if let Some(c) = &n.cue {
                assert_eq!(span(text, c.start, c.end, "nested cue"), c.text, "nested cue text");
                char_span(text, (c.start, c.end), (c.char_start, c.char_end), "nested cue");
            }
        }
        for m in q.open_mark.iter().chain(&q.close_mark) {
            assert_eq!(span(text, m.start, m.end, "mark"), m.text, "mark text");
            char_span(text, (m.start, m.end), (m.char_start, m.char_end), "mark");
        }
        if let Some(c) = q.continues {
            assert!(c < i, "continues a later quote");
        }
        if let Some(st) = &q.stance {
            for e in &st.evidence {
                assert_eq!(
                    span(text, e.start, e.end, "stance evidence"),
                    e.text,
                    "stance evidence text"
                );
                char_span(
                    text,
                    (e.start, e.end),
                    (e.char_start, e.char_end),
                    "stance evidence",
                );
            }
        }
    }
    for n in &doc.non_quotes {
        assert_eq!(
            span(text, n.start, n.end, "non-quote"),
            n.content,
            "non-quote content"
        );
        char_span(text, (n.start, n.end), (n.char_start, n.char_end), "non-quote");
    }
    for s in &doc.speakers {
        for m in &s.mentions {
            assert_eq!(
                span(text, m.start, m.end, "mention"),
                m.text,
                "mention text"
            );
            char_span(text, (m.start, m.end), (m.char_start, m.char_end), "mention");
        }
    }
    for f in &doc.findings {
        span(text, f.start, f.end, "finding");
        char_span(text, (f.start, f.end), (f.char_start, f.char_end), "finding");
    }
    serde_json::to_string(&doc).expect("the document serialises");
});
