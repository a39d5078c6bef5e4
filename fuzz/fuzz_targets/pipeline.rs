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
        assert_eq!(q.char_start, chars(text, q.start), "quote char_start");
        assert_eq!(q.char_end, chars(text, q.end), "quote char_end");
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
            assert_eq!(s.char_start, chars(text, s.start), "speaker char_start");
            if let Some(e) = s.entity {
                assert!(e < doc.speakers.len(), "speaker entity out of range");
            }
        }
        if let Some(c) = &q.cue {
            assert_eq!(span(text, c.start, c.end, "cue"), c.text, "cue text");
        }
        for n in &q.nested {
            assert_eq!(span(text, n.start, n.end, "nested"), n.content, "nested text");
            assert!(q.start <= n.start && n.end <= q.end, "nested outside its quote");
            if let Some(s) = &n.speaker {
                assert_eq!(
                    span(text, s.start, s.end, "nested speaker"),
                    s.mention,
                    "nested speaker mention"
                );
            }
        }
        for m in q.open_mark.iter().chain(&q.close_mark) {
            assert_eq!(span(text, m.start, m.end, "mark"), m.text, "mark text");
        }
        if let Some(c) = q.continues {
            assert!(c < i, "continues a later quote");
        }
        if let Some(st) = &q.stance {
            for e in &st.evidence {
                span(text, e.start, e.end, "stance evidence");
            }
        }
    }
    for n in &doc.non_quotes {
        assert_eq!(
            span(text, n.start, n.end, "non-quote"),
            n.content,
            "non-quote content"
        );
    }
    for s in &doc.speakers {
        for m in &s.mentions {
            assert_eq!(
                span(text, m.start, m.end, "mention"),
                m.text,
                "mention text"
            );
        }
    }
    for f in &doc.findings {
        span(text, f.start, f.end, "finding");
    }
    serde_json::to_string(&doc).expect("the document serialises");
});
