//! `quotecheck extract`: every quote of every input document.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use super::{io_exit, report_error, ColorChoice, Exit};
use crate::analyze::{analyze_with, Options};
use crate::document::Document;
use crate::input::{self, Source};
use crate::report::{self, Format, Style};

/// Arguments of `extract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files, directories (every *.txt in them, sorted), or - for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Replace invalid UTF-8 with U+FFFD instead of reporting an error.
    #[arg(long)]
    pub lossy: bool,
    /// Skip the stance classifier (stance is then null).
    #[arg(long)]
    pub no_stance: bool,
    /// Colour in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// Run `extract`.
pub fn run(args: Args) -> Exit {
    let opts = Options {
        stance: !args.no_stance,
    };
    let style = Style {
        color: args.format == Format::Human && args.color.enabled(),
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut json_docs = Vec::new();
    for item in input::expand(&args.paths) {
        let (doc, text) = match item {
            Err(e) => {
                failed = true;
                report_error(&e.to_string());
                let path = match &e {
                    crate::Error::EmptyDir { path } | crate::Error::Io { path, .. } => {
                        Some(path.display().to_string())
                    }
                    _ => None,
                };
                let id = path.clone().unwrap_or_default();
                (Document::error(id, path, e.to_string()), String::new())
            }
            Ok(src) => match input::read_text(&src, args.lossy) {
                Ok(text) => {
                    let doc = analyze_with(&src.id(), Some(src.display()), &text, opts);
                    (doc, text)
                }
                Err(e) => {
                    failed = true;
                    report_error(&e.to_string());
                    (
                        Document::error(src.id(), Some(src.display()), e.to_string()),
                        String::new(),
                    )
                }
            },
        };
        let r = match args.format {
            Format::Jsonl => report::write_jsonl(&mut out, &doc),
            Format::Human => report::write_human(&mut out, &doc, &text, style),
            Format::Json => {
                json_docs.push(doc);
                Ok(())
            }
        };
        if let Err(e) = r {
            return io_exit(e);
        }
    }
    if args.format == Format::Json {
        if let Err(e) = report::write_json(&mut out, &json_docs) {
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
