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

/// A span with words: inside the text on char boundaries, `words == text[start..end]`, and its
/// char offsets agree with its byte offsets.
fn words_span(text: &str, bytes: (usize, usize), chars: (usize, usize), words: &str, what: &str) {
    assert_eq!(span(text, bytes.0, bytes.1, what), words, "{what} text");
    char_span(text, bytes, chars, what);
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
        words_span(
            text,
            (q.start, q.end),
            (q.char_start, q.char_end),
            &q.content,
            "quote",
        );
        if i > 0 {
            assert!(
                doc.quotes[i - 1].start <= q.start,
                "quotes not sorted by start"
            );
        }
        if let Some(s) = &q.speaker {
            words_span(
                text,
                (s.start, s.end),
                (s.char_start, s.char_end),
                &s.mention,
                "speaker",
            );
            if let Some(e) = s.entity {
                assert!(e < doc.speakers.len(), "speaker entity out of range");
            }
        }
        if let Some(c) = &q.cue {
            words_span(
                text,
                (c.start, c.end),
                (c.char_start, c.char_end),
                &c.text,
                "cue",
            );
        }
        for n in &q.nested {
            words_span(
                text,
                (n.start, n.end),
                (n.char_start, n.char_end),
                &n.content,
                "nested",
            );
            assert!(
                q.start <= n.start && n.end <= q.end,
                "nested outside its quote"
            );
            if let Some(s) = &n.speaker {
                words_span(
                    text,
                    (s.start, s.end),
                    (s.char_start, s.char_end),
                    &s.mention,
                    "nested speaker",
                );
            }
            if let Some(c) = &n.cue {
                words_span(
                    text,
                    (c.start, c.end),
                    (c.char_start, c.char_end),
                    &c.text,
                    "nested cue",
                );
            }
        }
        for m in q.open_mark.iter().chain(&q.close_mark) {
            words_span(
                text,
                (m.start, m.end),
                (m.char_start, m.char_end),
                &m.text,
                "mark",
            );
        }
        if let Some(c) = q.continues {
            assert!(c < i, "continues a later quote");
        }
        if let Some(st) = &q.stance {
            for e in &st.evidence {
                words_span(
                    text,
                    (e.start, e.end),
                    (e.char_start, e.char_end),
                    &e.text,
                    "stance evidence",
                );
            }
        }
    }
    for n in &doc.non_quotes {
        words_span(
            text,
            (n.start, n.end),
            (n.char_start, n.char_end),
            &n.content,
            "non-quote",
        );
    }
    for s in &doc.speakers {
        for m in &s.mentions {
            words_span(
                text,
                (m.start, m.end),
                (m.char_start, m.char_end),
                &m.text,
                "mention",
            );
        }
    }
    for f in &doc.findings {
        span(text, f.start, f.end, "finding");
        char_span(
            text,
            (f.start, f.end),
            (f.char_start, f.char_end),
            "finding",
        );
    }
    serde_json::to_string(&doc).expect("the document serialises");
});
