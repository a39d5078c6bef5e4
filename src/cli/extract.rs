//! `quotecheck extract`: every quote of every input document.
//!
//! Documents stream through three stages: a reader thread reads them in input order into bounded
//! batches, the batch is analysed and rendered on every core (rayon), and a writer thread writes the
//! rendered records in input order. At most a few batches are alive at once, so memory stays flat
//! however long the input, and the output bytes do not depend on `--threads`.

use std::io::{BufWriter, IsTerminal, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

use rayon::prelude::*;

use super::{io_exit, report_error, ColorChoice, Exit};
use crate::analyze::{analyze_with, Options};
use crate::document::Document;
use crate::input::{self, Input, InputFormat};
use crate::report::{self, Format, Style};

/// Arguments of `extract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files, directories (every *.txt in them, sorted), or - for standard input. With
    /// `--input jsonl`: JSON Lines files, or - for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// How to read the inputs: txt (one article per file) or jsonl (one {"id", "text"} per line).
    #[arg(long, value_enum, default_value_t = InputFormat::Txt)]
    pub input: InputFormat,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Replace invalid UTF-8 with U+FFFD instead of reporting an error.
    #[arg(long)]
    pub lossy: bool,
    /// Skip the stance classifier (stance is then null).
    #[arg(long)]
    pub no_stance: bool,
    /// Read '' (two straight apostrophes) as a double quote mark, as some newspaper archives write
    /// quotes (''Like this,'' she said).
    #[arg(long)]
    pub double_apostrophes: bool,
    /// Colour in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Worker threads; 0 uses every core. The output is the same whatever the number.
    #[arg(long, short = 'j', default_value_t = 0)]
    pub threads: usize,
    /// No progress bar (one is drawn on stderr for several documents when stderr is a terminal).
    #[arg(long, short)]
    pub quiet: bool,
}

/// A batch is cut when it holds this many documents...
const BATCH_DOCS: usize = 256;
/// ...or this many bytes of text (a larger single document is a batch on its own).
const BATCH_BYTES: usize = 32 << 20;

/// One document's output, rendered by a worker.
struct Rendered {
    /// The record's bytes (a JSON line, pretty JSON, or human text).
    bytes: Vec<u8>,
    /// The error message, for stderr and the exit code.
    error: Option<String>,
}

/// Run `extract`.
pub fn run(args: Args) -> Exit {
    let opts = Options {
        stance: !args.no_stance,
        double_apostrophes: args.double_apostrophes,
    };
    let style = Style {
        color: args.format == Format::Human && args.color.enabled(),
    };
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build()
    {
        Ok(p) => p,
        Err(e) => {
            report_error(&format!(
                "cannot start {} worker threads: {e}",
                args.threads
            ));
            return Exit::Error;
        }
    };
    let docs = input::documents(&args.paths, args.input, args.lossy);
    let known_count = match args.input {
        InputFormat::Txt => Some(input::expand(&args.paths).len()),
        InputFormat::Jsonl => None,
    };
    let progress = Progress::new(args.quiet, known_count);

    // Reader -> (batches) -> workers -> (rendered batches) -> writer, each channel holding one batch.
    let (batch_tx, batch_rx) = sync_channel::<Vec<Input>>(1);
    let (out_tx, out_rx) = sync_channel::<Vec<Rendered>>(1);
    let format = args.format;
    std::thread::scope(|scope| {
        scope.spawn(move || read_batches(docs, &batch_tx));
        let writer = scope.spawn(move || write_records(out_rx, format));
        for batch in batch_rx {
            let n = batch.len() as u64;
            let rendered: Vec<Rendered> = pool.install(|| {
                batch
                    .into_par_iter()
                    .map(|d| render(d, opts, format, style))
                    .collect()
            });
            progress.advance(n);
            if out_tx.send(rendered).is_err() {
                // The writer stopped (a closed pipe or a write error): stop reading too.
                break;
            }
        }
        drop(out_tx);
        progress.finish();
        writer.join().unwrap_or(Exit::Error)
    })
}

fn read_batches(docs: Box<dyn Iterator<Item = Input> + Send>, tx: &SyncSender<Vec<Input>>) {
    let mut batch = Vec::new();
    let mut bytes = 0;
    for d in docs {
        bytes += d.len();
        batch.push(d);
        if batch.len() >= BATCH_DOCS || bytes >= BATCH_BYTES {
            if tx.send(std::mem::take(&mut batch)).is_err() {
                return;
            }
            bytes = 0;
        }
    }
    if !batch.is_empty() {
        let _ = tx.send(batch);
    }
}

/// Analyse and render one document. A panic in the analysis becomes an error record, so that one
/// bad document never takes the others down.
fn render(d: Input, opts: Options, format: Format, style: Style) -> Rendered {
    let (doc, text) = match d.text {
        Ok(text) => {
            let analysed = catch_unwind(AssertUnwindSafe(|| {
                analyze_with(&d.id, d.source.clone(), &text, opts)
            }));
            match analysed {
                Ok(doc) => (doc, text),
                Err(panic) => {
                    let what = super::panic_message(panic.as_ref());
                    let name = d.source.clone().unwrap_or_else(|| d.id.clone());
                    let msg = format!("{name}: internal error, please report it: {what}");
                    (Document::error(d.id, d.source, msg), String::new())
                }
            }
        }
        Err(e) => (
            Document::error(d.id, d.source, e.to_string()),
            String::new(),
        ),
    };
    let mut bytes = match format {
        Format::Human => Vec::new(),
        Format::Jsonl => Vec::with_capacity(record_estimate(&doc, opts.stance)),
        // A pretty record is about three times the text (four with stance evidence), and more
        // for its indentation: room for most up front saves growing and copying the buffer.
        Format::Json => {
            let per_byte = if opts.stance { 6 } else { 5 };
            Vec::with_capacity(text.len().saturating_mul(per_byte).saturating_add(1024))
        }
    };
    let r = match format {
        Format::Jsonl => report::write_jsonl(&mut bytes, &doc),
        Format::Human => report::write_human(&mut bytes, &doc, &text, style),
        Format::Json => {
            serde_json::to_writer_pretty(&mut bytes, &doc).map_err(std::io::Error::other)
        }
    };
    if let Err(e) = r {
        // Rendering into memory only fails if serialisation does; still give the document a record.
        let msg = format!("{}: cannot render: {e}", doc.id);
        bytes.clear();
        let doc = Document::error(doc.id, doc.source, msg);
        let _ = match format {
            Format::Human => report::write_human(&mut bytes, &doc, "", style),
            _ => report::write_jsonl(&mut bytes, &doc),
        };
    }
    Rendered {
        bytes,
        error: doc.error,
    }
}

/// Room for `doc`'s JSON Lines record, made before it is written so that the buffer is not
/// grown, and copied, as it is written. A record is mostly its quotes: each quote's words and
/// `why`, and some 600 bytes of keys, offsets and short fields (1,000 with stance and its
/// evidence); a mention, finding or non-quote about 200 more. Over PolNeAR train this leaves
/// none of the 840 records to grow without stance and three with it, for about 1.4 times the
/// bytes written; six times the text, as before, left 119 records to grow with stance.
fn record_estimate(doc: &Document, stance: bool) -> usize {
    let per_quote = if stance { 1000 } else { 600 };
    let quotes: usize = doc
        .quotes
        .iter()
        .map(|q| per_quote + q.content.len() + q.why.len())
        .sum();
    let mentions: usize = doc.speakers.iter().map(|s| s.mentions.len()).sum();
    let others = doc.non_quotes.len() + doc.findings.len() + mentions;
    1024 + quotes + 200 * others
}

/// Write the records in order. `--format json` writes one object for one document and an array for
/// several, exactly as `report::write_json` does, without holding all documents.
fn write_records(rx: Receiver<Vec<Rendered>>, format: Format) -> Exit {
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut failed = false;
    let mut json = JsonArray::default();
    for batch in rx {
        for r in batch {
            if let Some(e) = &r.error {
                failed = true;
                report_error(e);
            }
            let res = match format {
                Format::Json => json.push(&mut out, r.bytes),
                _ => write_record(&mut out, &r.bytes),
            };
            if let Err(e) = res {
                return io_exit(e);
            }
        }
    }
    let res = match format {
        Format::Json => json.finish(&mut out),
        _ => Ok(()),
    };
    if let Err(e) = res.and_then(|_| out.flush()) {
        return io_exit(e);
    }
    if failed {
        Exit::Error
    } else {
        Exit::Ok
    }
}

/// Records of at least this many bytes skip the output buffer.
const DIRECT_RECORD: usize = 1 << 12;

/// Write one rendered record. A large one (a JSON Lines record is three to four times its text,
/// so most are over `DIRECT_RECORD`) goes straight to the output after what is buffered: copying
/// it into the buffer first cost a `memcpy` of every byte written, 14 M instructions with stance
/// over PolNeAR train (callgrind). Standard output's own line buffer passes a write that ends
/// with a line feed through without copying it.
fn write_record<W: Write>(out: &mut BufWriter<W>, bytes: &[u8]) -> std::io::Result<()> {
    if bytes.len() < DIRECT_RECORD {
        return out.write_all(bytes);
    }
    out.flush()?;
    out.get_mut().write_all(bytes)
}

/// Streams pretty-printed documents as `serde_json::to_writer_pretty` prints one document or an
/// array of them: the first document is held until a second one shows there are several.
#[derive(Default)]
struct JsonArray {
    first: Option<Vec<u8>>,
    several: bool,
}

impl JsonArray {
    fn push(&mut self, out: &mut impl Write, doc: Vec<u8>) -> std::io::Result<()> {
        if !self.several {
            match self.first.take() {
                None => {
                    self.first = Some(doc);
                    return Ok(());
                }
                Some(first) => {
                    self.several = true;
                    out.write_all(b"[\n")?;
                    write_indented(out, &first)?;
                }
            }
        }
        out.write_all(b",\n")?;
        write_indented(out, &doc)
    }

    fn finish(self, out: &mut impl Write) -> std::io::Result<()> {
        match (self.several, self.first) {
            (true, _) => out.write_all(b"\n]\n"),
            (false, Some(doc)) => {
                out.write_all(&doc)?;
                out.write_all(b"\n")
            }
            (false, None) => out.write_all(b"[]\n"),
        }
    }
}

/// A pretty JSON value one level deeper: two spaces before every line. JSON strings never hold a
/// raw newline, so every newline is a line break of the layout.
fn write_indented(out: &mut impl Write, doc: &[u8]) -> std::io::Result<()> {
    for (i, line) in doc.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
        }
        out.write_all(b"  ")?;
        out.write_all(line)?;
    }
    Ok(())
}

/// A progress bar on stderr, only for several documents, a terminal, and no `--quiet`.
struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    fn new(quiet: bool, known: Option<usize>) -> Progress {
        let several = known.is_none_or(|n| n > 1);
        if quiet || !several || !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = match known {
            Some(n) => indicatif::ProgressBar::new(n as u64).with_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:40} {human_pos}/{human_len} documents ({elapsed}, {eta} left)",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            ),
            None => indicatif::ProgressBar::new_spinner().with_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} {human_pos} documents ({elapsed})",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            ),
        };
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        Progress(Some(bar))
    }

    fn advance(&self, n: u64) {
        if let Some(b) = &self.0 {
            b.inc(n);
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_large_and_small_keep_their_order() {
        let sizes = [
            10,
            DIRECT_RECORD,
            20,
            30,
            3 * DIRECT_RECORD,
            1,
            DIRECT_RECORD - 1,
            5,
        ];
        let records: Vec<Vec<u8>> = sizes
            .iter()
            .enumerate()
            .map(|(k, &n)| vec![b'a' + k as u8; n])
            .collect();
        let mut out = BufWriter::with_capacity(1 << 16, Vec::new());
        for r in &records {
            write_record(&mut out, r).unwrap();
        }
        out.flush().unwrap();
        assert_eq!(out.get_ref(), &records.concat());
    }
}
