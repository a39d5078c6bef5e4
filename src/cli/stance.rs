//! `quotecheck stance`: the stance of each line of text (or of each JSON Lines record's `text`).

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use super::{io_exit, report_error, ColorChoice, Exit};
use crate::input::{self, Source};
use crate::report::{self, Format, StanceLine, Style};
use crate::stance::{self, Stance};

/// Arguments of `stance`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files of sentences, one a line, or JSON Lines with a `text` field (any `id` field is copied
    /// to the output); - reads standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format (json: one array of all lines).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Label with the VADER reference baseline instead (score = VADER compound, no evidence).
    #[arg(long)]
    pub baseline: bool,
    /// Ignore a `target` field in JSON Lines input (by default the stance is taken toward it: see
    /// `stance::classify_toward`).
    #[arg(long)]
    pub no_target: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of reporting an error.
    #[arg(long)]
    pub lossy: bool,
    /// Colour in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// Run `stance`.
pub fn run(args: Args) -> Exit {
    let style = Style {
        color: args.format == Format::Human && args.color.enabled(),
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut all = Vec::new();
    for item in input::texts(&args.paths, args.lossy) {
        let (src, text) = match item {
            Ok(x) => x,
            Err(e) => {
                failed = true;
                report_error(&e.to_string());
                continue;
            }
        };
        let source = src.display();
        for (i, raw) in text.lines().enumerate() {
            let (id, target, sentence) = match parse_line(raw) {
                Ok(Some(x)) => x,
                Ok(None) => continue,
                Err(msg) => {
                    failed = true;
                    report_error(&format!("{source}:{}: {msg}", i + 1));
                    continue;
                }
            };
            let stance = if args.baseline {
                let score = stance::vader::compound(&sentence);
                Stance {
                    label: stance::baseline(&sentence),
                    score,
                    evidence: Vec::new(),
                }
            } else {
                match target.as_deref() {
                    Some(t) if !args.no_target => stance::classify_toward(&sentence, t),
                    _ => stance::classify_sentence(&sentence),
                }
            };
            let line = StanceLine {
                source: source.clone(),
                line: i + 1,
                id,
                text: sentence,
                stance,
            };
            let r = match args.format {
                Format::Human => report::write_stance_human(&mut out, &line, style),
                Format::Jsonl => report::write_stance_jsonl(&mut out, &line),
                Format::Json => {
                    all.push(line);
                    Ok(())
                }
            };
            if let Err(e) = r {
                return io_exit(e);
            }
        }
    }
    if args.format == Format::Json {
        let r = serde_json::to_writer_pretty(&mut out, &all)
            .map_err(std::io::Error::other)
            .and_then(|()| out.write_all(b"\n"));
        if let Err(e) = r {
            return io_exit(e);
        }
    }
    if let Err(e) = out.flush() {
        return io_exit(e);
    }
    let _ = Source::Stdin;
    if failed {
        Exit::Error
    } else {
        Exit::Ok
    }
}

/// One input line: its `id` and `target` (JSON Lines only) and the sentence.
type Parsed = (Option<serde_json::Value>, Option<String>, String);

/// A line of input: blank lines are skipped, a line starting with `{` must be a JSON object with a
/// string `text` (and may have `id` and a string `target`), anything else is the sentence itself.
fn parse_line(raw: &str) -> Result<Option<Parsed>, String> {
    let line = raw.strip_suffix('\r').unwrap_or(raw);
    if line.trim().is_empty() {
        return Ok(None);
    }
    if !line.trim_start().starts_with('{') {
        return Ok(Some((None, None, line.to_string())));
    }
    let v: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let text = v
        .get("text")
        .and_then(|t| t.as_str())
        .ok_or("JSON line has no string field \"text\"")?
        .to_string();
    let target = v.get("target").and_then(|t| t.as_str()).map(str::to_string);
    Ok(Some((v.get("id").cloned(), target, text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_json_lines() {
        assert_eq!(parse_line("  \r").unwrap(), None);
        assert_eq!(
            parse_line("We welcome it.\r").unwrap(),
            Some((None, None, "We welcome it.".to_string()))
        );
        let (id, target, text) = parse_line(r#"{"id": 7, "text": "No.", "target": "Kim"}"#)
            .unwrap()
            .unwrap();
        assert_eq!(id, Some(serde_json::json!(7)));
        assert_eq!(target.as_deref(), Some("Kim"));
        assert_eq!(text, "No.");
        assert!(parse_line(r#"{"txt": "x"}"#).is_err());
        assert!(parse_line("{oops").is_err());
    }
}
