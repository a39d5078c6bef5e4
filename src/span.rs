//! Byte spans into the original text.
//!
//! Every position quotecheck reports is a half-open UTF-8 byte range into the text exactly as it was
//! read (BOM and CRLF included), so that `&text[span.start..span.end]` is always the reported content.
//! Character offsets, lines and columns are derived from byte offsets only when rendering.

use serde::{Deserialize, Serialize};

use crate::work::{self, Stage};

/// A half-open byte range `start..end` into a document's text.
///
/// Invariant: `start <= end <= text.len()` and both ends lie on char boundaries of the text the span
/// was made from. Constructors in this crate only build spans from positions found while scanning, so
/// the invariant holds by construction; [`Span::slice`] still checks it rather than panic.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; an inverted pair collapses to an empty span at `start`.
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text under the span, or `""` when the span does not fit `text` (never panics).
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span with leading and trailing white space of `text` removed.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start().len();
        let body = s.trim();
        Span::new(self.start + lead, self.start + lead + body.len())
    }

    /// The span with leading/trailing characters matching `f` removed.
    pub fn trim_matches(&self, text: &str, f: impl Fn(char) -> bool) -> Span {
        let s = self.slice(text);
        let t = s.trim_start_matches(&f);
        let lead = s.len() - t.len();
        let t = t.trim_end_matches(&f);
        Span::new(self.start + lead, self.start + lead + t.len())
    }
}

/// Maps byte offsets to char offsets and line/column numbers in one pass over the text.
///
/// Built once per document at render time; lookups are a binary search, so converting every span of
/// a document stays O(n log n) in the worst case and O(n) in practice.
#[derive(Debug, Clone)]
pub struct Positions {
    /// Byte offset of each char boundary sampled every [`Self::STRIDE`] chars, with its char index.
    samples: Vec<(usize, usize)>,
    /// Byte offsets at which each line starts.
    line_starts: Vec<usize>,
}

impl Positions {
    const STRIDE: usize = 64;

    /// Index the text.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut samples = Vec::with_capacity(text.len() / Self::STRIDE + 1);
        // A '\n' byte is always the char '\n' in UTF-8.
        let line_starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1))
            .collect();
        // `bi` is the start of char `ci`, a multiple of the stride. Most strides of news text are
        // ASCII, so as many bytes as chars: checked a block at a time, not decoded char by char.
        let (mut bi, mut ci) = (0, 0);
        while bi < bytes.len() {
            samples.push((bi, ci));
            let block = bi + Self::STRIDE;
            if block <= bytes.len() && bytes[bi..block].is_ascii() {
                bi = block;
            } else {
                for _ in 0..Self::STRIDE {
                    let Some(&b) = bytes.get(bi) else { break };
                    // The length of a UTF-8 char from its lead byte.
                    bi += match b {
                        0..=0x7f => 1,
                        0x80..=0xdf => 2,
                        0xe0..=0xef => 3,
                        _ => 4,
                    };
                }
            }
            ci += Self::STRIDE;
        }
        work::add(Stage::Positions, text.len() as u64);
        Positions {
            samples,
            line_starts,
        }
    }

    /// The char index of byte offset `byte` (which must be a char boundary of the text; otherwise the
    /// index of the char after the one containing it: every char that starts before `byte` is
    /// counted).
    pub fn char_offset(&self, text: &str, byte: usize) -> usize {
        let byte = byte.min(text.len());
        let i = match self.samples.binary_search_by(|(b, _)| b.cmp(&byte)) {
            Ok(i) => {
                work::add(Stage::Positions, Self::STRIDE as u64);
                return self.samples[i].1;
            }
            Err(0) => return 0,
            Err(i) => i - 1,
        };
        let (b0, c0) = self.samples[i];
        let n = chars_starting_in(&text.as_bytes()[b0..byte]);
        // Work: the walk is bounded by the sampling stride; count the bound, not the walk, whose
        // length depends only on where the offset falls between two samples.
        debug_assert!(n <= Self::STRIDE);
        work::add(Stage::Positions, Self::STRIDE as u64);
        c0 + n
    }

    /// A [`CharCursor`] at the start of `text`, the text this index was built from.
    pub fn cursor<'a>(&'a self, text: &'a str) -> CharCursor<'a> {
        CharCursor {
            pos: self,
            text,
            byte: 0,
            char: 0,
        }
    }

    /// 1-based line and 1-based column (in chars) of byte offset `byte`.
    pub fn line_col(&self, text: &str, byte: usize) -> (usize, usize) {
        let line = match self.line_starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let ls = self.line_starts[line];
        // Count through the samples, not from the line start: on a long line (one 10 MB line with
        // many quotes) counting from the start for every quote was quadratic.
        let col = if ls <= byte && text.is_char_boundary(byte) {
            self.char_offset(text, byte) - self.char_offset(text, ls)
        } else {
            let n = text.get(ls..byte).map(|s| s.chars().count()).unwrap_or(0);
            work::add(Stage::Positions, n as u64);
            n
        };
        (line + 1, col + 1)
    }
}

/// How many chars start in `bytes` (a piece of UTF-8 text): its bytes that are no continuation
/// byte, all of them in ASCII (the usual case in news text). A char that `bytes` cuts at its end
/// is counted; one it cuts at its start is not.
fn chars_starting_in(bytes: &[u8]) -> usize {
    if bytes.is_ascii() {
        bytes.len()
    } else {
        bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
    }
}

/// Char offsets of many spans near each other: the offsets of a span's end, of a quote's marks and
/// cue, of the evidence words in a quote's sentence.
///
/// The cursor remembers the last offset it gave. An offset within [`Positions::STRIDE`] bytes of it,
/// either way, is counted from there (a short span's end from its start, a mark from its quote's
/// content); any other is looked up in the index. So each offset costs at most what
/// [`Positions::char_offset`] does, and a short step much less.
#[derive(Debug, Clone)]
pub struct CharCursor<'a> {
    pos: &'a Positions,
    text: &'a str,
    /// The last offset given, always a char boundary of `text`.
    byte: usize,
    /// Its char offset.
    char: usize,
}

impl CharCursor<'_> {
    /// The char index of byte offset `byte`, as [`Positions::char_offset`] gives it.
    pub fn char_offset(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let (lo, hi) = (self.byte.min(byte), self.byte.max(byte));
        if hi - lo > Positions::STRIDE || !self.text.is_char_boundary(byte) {
            let c = self.pos.char_offset(self.text, byte);
            if self.text.is_char_boundary(byte) {
                (self.byte, self.char) = (byte, c);
            }
            return c;
        }
        // Both ends are char boundaries: the chars between them are the bytes that start a char.
        let between = &self.text.as_bytes()[lo..hi];
        let n = chars_starting_in(between);
        work::add(Stage::Positions, between.len() as u64);
        let c = if byte >= self.byte {
            self.char + n
        } else {
            self.char - n
        };
        (self.byte, self.char) = (byte, c);
        c
    }

    /// `(char_start, char_end)` of a span: its end is counted from its start when the span is short.
    pub fn char_range(&mut self, span: Span) -> (usize, usize) {
        (self.char_offset(span.start), self.char_offset(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_multibyte_chars() {
        let text = "“ab” é\nxyz";
        let p = Positions::new(text);
        assert_eq!(p.char_offset(text, 0), 0);
        assert_eq!(p.char_offset(text, 3), 1);
        assert_eq!(p.char_offset(text, text.len()), text.chars().count());
        assert_eq!(p.line_col(text, text.find('x').unwrap()), (2, 1));
        assert_eq!(p.line_col(text, text.find('é').unwrap()), (1, 6));
        let long = "é".repeat(1000) + "\n" + &"ab".repeat(100);
        let p = Positions::new(&long);
        assert_eq!(p.line_col(&long, 2 * 999), (1, 1000));
        assert_eq!(p.line_col(&long, long.len()), (2, 201));
    }

    #[test]
    fn samples_and_line_starts_are_those_of_a_char_by_char_pass() {
        let texts = [
            String::new(),
            "a".repeat(64),
            "a".repeat(129) + "\n",
            "é".repeat(200),
            "ab“c”\n".repeat(40) + "🙂x\n\n",
            "x".repeat(63) + "’" + &"y".repeat(200),
        ];
        for text in &texts {
            let p = Positions::new(text);
            let mut samples = Vec::new();
            let mut line_starts = vec![0];
            for (ci, (bi, ch)) in text.char_indices().enumerate() {
                if ci % Positions::STRIDE == 0 {
                    samples.push((bi, ci));
                }
                if ch == '\n' {
                    line_starts.push(bi + 1);
                }
            }
            assert_eq!(p.samples, samples, "{text:?}");
            assert_eq!(p.line_starts, line_starts, "{text:?}");
        }
    }

    #[test]
    fn a_cursor_gives_the_offsets_of_the_index_in_any_order() {
        let text = "ab“c” é\n".repeat(30) + &"x".repeat(200) + "🙂 z’s";
        let p = Positions::new(&text);
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        // Forward and backward steps of every size, short and long, and offsets past the end.
        let mut order: Vec<usize> = bounds.clone();
        order.extend(bounds.iter().rev());
        order.extend(
            bounds
                .iter()
                .step_by(7)
                .chain(bounds.iter().rev().step_by(11)),
        );
        order.extend([text.len() + 5, 3, 1]);
        let mut cur = p.cursor(&text);
        for &b in &order {
            assert_eq!(cur.char_offset(b), p.char_offset(&text, b), "byte {b}");
        }
        let span = Span::new(bounds[40], bounds[45]);
        assert_eq!(
            cur.char_range(span),
            (
                p.char_offset(&text, span.start),
                p.char_offset(&text, span.end)
            )
        );
    }

    #[test]
    fn trim_keeps_offsets() {
        let text = "  hi  ";
        let s = Span::new(0, text.len()).trim(text);
        assert_eq!(s.slice(text), "hi");
    }
}
