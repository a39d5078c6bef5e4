//! Rendering: the only module that turns results into text (human, JSON, JSON Lines).
//!
//! JSON Lines is one `Document` per line, in input order, each line complete: a document that could
//! not be read is a line with an `error` field and empty lists, never a missing or half-written line.

use std::io::{self, Write};

use crate::document::{Document, QuoteKind};
use crate::span::Positions;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Readable text: each quote with its line:column, speaker and cue.
    Human,
    /// One pretty-printed JSON document (an array when there are several).
    Json,
    /// One compact JSON document per line.
    Jsonl,
}

/// ANSI styling, only ever used for the human format.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Whether to emit ANSI escapes.
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// Write one document as a JSON Lines record.
pub fn write_jsonl(out: &mut impl Write, doc: &Document) -> io::Result<()> {
    serde_json::to_writer(&mut *out, doc).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

/// Write documents as pretty JSON: a single object for one document, an array for several.
pub fn write_json(out: &mut impl Write, docs: &[Document]) -> io::Result<()> {
    if docs.len() == 1 {
        serde_json::to_writer_pretty(&mut *out, &docs[0]).map_err(io::Error::from)?;
    } else {
        serde_json::to_writer_pretty(&mut *out, docs).map_err(io::Error::from)?;
    }
    out.write_all(b"\n")
}

/// Write one document for a person to read. `text` is the document's text (for line:column).
pub fn write_human(
    out: &mut impl Write,
    doc: &Document,
    text: &str,
    style: Style,
) -> io::Result<()> {
    let name = doc.source.as_deref().unwrap_or(&doc.id);
    if let Some(e) = &doc.error {
        return writeln!(
            out,
            "{}: {}",
            name,
            style.paint("31", &format!("error: {e}"))
        );
    }
    let pos = Positions::new(text);
    let direct = doc
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .count();
    writeln!(
        out,
        "{}: {} quotes, {} indirect, {} not speech, {} speakers",
        style.paint("1", name),
        direct,
        doc.quotes.len() - direct,
        doc.non_quotes.len(),
        doc.speakers.len()
    )?;
    for q in &doc.quotes {
        let (l, c) = pos.line_col(text, q.start);
        let kind = match q.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        };
        let who = match &q.speaker {
            // (A mention wrapped over two lines, "Tobias\nRenhardt", is shown on one.)
            Some(s) => match (&s.name, one_line(&s.mention)) {
                (Some(n), m) if *n != m => format!("{n} (“{m}”)"),
                (Some(n), _) => n.clone(),
                (None, m) => format!("? (“{m}”, unresolved)"),
            },
            None => "unknown".to_string(),
        };
        let via = q
            .via
            .as_ref()
            .map(|v| format!(", via {}", v.text))
            .unwrap_or_default();
        let cue = q
            .cue
            .as_ref()
            .map(|c| format!(" [{}{via}]", c.text))
            .unwrap_or_default();
        let stance = q
            .stance
            .as_ref()
            .map(|s| format!(" {:?}", s.label).to_lowercase())
            .unwrap_or_default();
        writeln!(
            out,
            "  {}:{}  {:<8} {}{}  {}  {}{}",
            l,
            c,
            kind,
            style.paint("36", &who),
            cue,
            style.paint("2", &format!("({})", q.pattern)),
            style.paint("33", &format!("“{}”", ellipsize(&q.content, 90))),
            stance
        )?;
    }
    for n in &doc.non_quotes {
        let (l, c) = pos.line_col(text, n.start);
        writeln!(
            out,
            "  {}:{}  {:<8} {}  “{}”",
            l,
            c,
            "not-said",
            format!("{:?}", n.why).to_lowercase(),
            ellipsize(&n.content, 60)
        )?;
    }
    for f in &doc.findings {
        let (l, c) = pos.line_col(text, f.start);
        writeln!(
            out,
            "  {}:{}  {} {}",
            l,
            c,
            style.paint("35", "finding:"),
            f.message
        )?;
    }
    Ok(())
}

/// `s` with each line break ("\r\n" too) written as one space, for a one-line display.
fn one_line(s: &str) -> String {
    s.replace("\r\n", " ").replace(['\n', '\r'], " ")
}

fn ellipsize(s: &str, max: usize) -> String {
    let s = one_line(s);
    if s.chars().count() <= max {
        return s;
    }
    let head: String = s.chars().take(max).collect();
    format!("{head}…")
}

/// One classified line of `quotecheck stance`. As JSON Lines, one compact object per input line:
/// `{"source", "line", "id"?, "text", "label", "score", "evidence": [{"text", "start", "end",
/// "weight", "why"}]}`. `line` is 1-based; `id` is copied from a JSON Lines input that has one;
/// evidence offsets are bytes into `text` (UTF-8), as everywhere in quotecheck.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StanceLine {
    /// The input file, or `-` for standard input.
    pub source: String,
    /// 1-based line number in the input.
    pub line: usize,
    /// The `id` field of a JSON Lines input, if it had one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    /// The text that was classified.
    pub text: String,
    /// The stance, its score and evidence.
    #[serde(flatten)]
    pub stance: crate::stance::Stance,
}

/// Write one stance line as a JSON Lines record.
pub fn write_stance_jsonl(out: &mut impl Write, line: &StanceLine) -> io::Result<()> {
    serde_json::to_writer(&mut *out, line).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// Write one stance line for a person: `source:line  label  score  text`, then one line per piece
/// of evidence with its weight, byte range and reason.
pub fn write_stance_human(out: &mut impl Write, line: &StanceLine, style: Style) -> io::Result<()> {
    use crate::stance::StanceLabel;
    let s = &line.stance;
    let colour = match s.label {
        StanceLabel::Neutral => "2",
        StanceLabel::Conciliatory => "32",
        StanceLabel::Critical => "31",
    };
    writeln!(
        out,
        "{}:{}  {}  {:+.3}  {}",
        line.source,
        line.line,
        style.paint(colour, &format!("{:<12}", s.label.as_str())),
        s.score,
        ellipsize(&line.text, 100)
    )?;
    for e in &s.evidence {
        writeln!(
            out,
            "    {:+6.2}  {} {}..{}  {}",
            e.weight,
            style.paint("33", &format!("“{}”", e.text)),
            e.start,
            e.end,
            style.paint("2", &e.why)
        )?;
    }
    Ok(())
}
