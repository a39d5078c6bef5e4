//! Reading documents: files, directories of `*.txt`, stdin, or JSON Lines of `{"id", "text"}`, with
//! UTF-8 checking.
//!
//! Reading is kept apart from analysis so that every input yields a record: a document that cannot be
//! read becomes an error record naming the path, and the others are still processed. [`documents`]
//! reads lazily, one document per `next()`, so a caller can hold a bounded batch at a time however
//! large the input.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Where a document comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input (`-`).
    Stdin,
    /// A file on disk.
    File(PathBuf),
}

impl Source {
    /// The display form: `-` for stdin, the path otherwise.
    pub fn display(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// The document id: the file stem, or `stdin`.
    pub fn id(&self) -> String {
        match self {
            Source::Stdin => "stdin".to_string(),
            Source::File(p) => p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string()),
        }
    }
}

/// Expand command-line arguments into sources: `-` is stdin, a directory contributes its `*.txt`
/// files (sorted by name, not recursive), a file stands for itself. A directory with no `.txt` file
/// yields an error in its place; the rest are still returned.
pub fn expand(args: &[PathBuf]) -> Vec<Result<Source>> {
    let mut out = Vec::new();
    for a in args {
        if a.as_os_str() == "-" {
            out.push(Ok(Source::Stdin));
        } else if a.is_dir() {
            match std::fs::read_dir(a) {
                Ok(rd) => {
                    let mut files: Vec<PathBuf> = rd
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|x| x == "txt") && p.is_file())
                        .collect();
                    files.sort();
                    if files.is_empty() {
                        out.push(Err(Error::EmptyDir { path: a.clone() }));
                    }
                    out.extend(files.into_iter().map(|f| Ok(Source::File(f))));
                }
                Err(e) => out.push(Err(Error::Io {
                    path: a.clone(),
                    source: e,
                })),
            }
        } else {
            out.push(Ok(Source::File(a.clone())));
        }
    }
    out
}

/// Read the raw bytes of a source.
pub fn read_bytes(src: &Source) -> Result<Vec<u8>> {
    match src {
        Source::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut buf)
                .map_err(|e| Error::Io {
                    path: PathBuf::from("-"),
                    source: e,
                })?;
            Ok(buf)
        }
        Source::File(p) => std::fs::read(p).map_err(|e| Error::Io {
            path: p.clone(),
            source: e,
        }),
    }
}

/// Decode bytes as UTF-8. Strict mode reports the byte offset of the first bad sequence; lossy mode
/// replaces bad sequences with U+FFFD (offsets then refer to the replaced text, which is what is
/// reported alongside them).
pub fn decode(bytes: Vec<u8>, path: &Path, lossy: bool) -> Result<String> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            if lossy {
                Ok(String::from_utf8_lossy(e.as_bytes()).into_owned())
            } else {
                Err(Error::InvalidUtf8 {
                    path: path.to_path_buf(),
                    offset: e.utf8_error().valid_up_to(),
                })
            }
        }
    }
}

/// Every text file the arguments name, read and decoded, in order: an item per file, `Err` for a
/// path that could not be expanded or read (so the caller reports it and goes on).
pub fn texts(args: &[PathBuf], lossy: bool) -> impl Iterator<Item = Result<(Source, String)>> {
    expand(args).into_iter().map(move |item| {
        let src = item?;
        let text = read_text(&src, lossy)?;
        Ok((src, text))
    })
}

/// Read and decode one source.
pub fn read_text(src: &Source, lossy: bool) -> Result<String> {
    let bytes = read_bytes(src)?;
    let path = match src {
        Source::Stdin => PathBuf::from("-"),
        Source::File(p) => p.clone(),
    };
    decode(bytes, &path, lossy)
}

/// How command-line inputs are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum InputFormat {
    /// Each path is one article (a directory: every `*.txt` in it; `-`: standard input).
    #[default]
    Txt,
    /// Each path (or `-` for standard input) holds JSON Lines, one `{"id": …, "text": …}` document a
    /// line; blank lines are skipped.
    Jsonl,
}

/// One input document, read or not.
#[derive(Debug)]
pub struct Input {
    /// The document id: the file stem, `stdin`, or the JSON Lines `id`.
    pub id: String,
    /// Where it came from: a path, `-`, or `PATH:LINE` for JSON Lines.
    pub source: Option<String>,
    /// The text, or why it could not be had.
    pub text: Result<String>,
}

impl Input {
    /// Bytes of text held (0 for an error), for bounding batches.
    pub fn len(&self) -> usize {
        self.text.as_ref().map_or(0, String::len)
    }

    /// True when no text is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Every document of the command-line arguments, read lazily in order. Each document yields exactly
/// one item, and so does every argument that yields no document (an empty directory, an unreadable
/// JSON Lines file).
pub fn documents(
    args: &[PathBuf],
    format: InputFormat,
    lossy: bool,
) -> Box<dyn Iterator<Item = Input> + Send> {
    match format {
        InputFormat::Txt => {
            let sources = expand(args);
            Box::new(sources.into_iter().map(move |s| match s {
                Ok(src) => Input {
                    id: src.id(),
                    source: Some(src.display()),
                    text: read_text(&src, lossy),
                },
                Err(e) => {
                    let path = match &e {
                        Error::EmptyDir { path } | Error::Io { path, .. } => {
                            path.display().to_string()
                        }
                        _ => String::new(),
                    };
                    Input {
                        id: path.clone(),
                        source: Some(path),
                        text: Err(e),
                    }
                }
            }))
        }
        #[allow(
            clippy::unnecessary_to_owned,
            reason = "the iterator outlives `args`: it owns the paths"
        )]
        InputFormat::Jsonl => Box::new(
            args.to_vec()
                .into_iter()
                .flat_map(move |p| JsonLines::open(p, lossy)),
        ),
    }
}

/// The documents of one JSON Lines file, a line at a time.
struct JsonLines {
    path: PathBuf,
    /// `path` as ids and sources show it ("path:line"), made once a file: formatting it for
    /// every line cost about 1,600 instructions a record.
    shown: String,
    reader: Option<Box<dyn BufRead + Send>>,
    /// An error to report before anything else (the file could not be opened).
    pending: Option<Input>,
    line: usize,
    lossy: bool,
    buf: Vec<u8>,
}

/// The read buffer of a JSON Lines file. A line that runs past the end of what is buffered is
/// copied out before it is parsed (`read_line`): about one line a buffer's length, so 1 MB
/// leaves 9 of PolNeAR train's 840 lines to copy, where 64 KB left 158 (reading train took
/// 2.7 M instructions more, callgrind).
const READ_BUFFER: usize = 1 << 20;

/// One JSON Lines record.
#[derive(serde::Deserialize)]
struct Line {
    id: Option<serde_json::Value>,
    text: String,
}

impl JsonLines {
    fn open(path: PathBuf, lossy: bool) -> JsonLines {
        let mut pending = None;
        let reader: Option<Box<dyn BufRead + Send>> = if path.as_os_str() == "-" {
            Some(Box::new(BufReader::new(std::io::stdin())))
        } else {
            match std::fs::File::open(&path) {
                Ok(f) => Some(Box::new(BufReader::with_capacity(READ_BUFFER, f))),
                Err(e) => {
                    pending = Some(Input {
                        id: path.display().to_string(),
                        source: Some(path.display().to_string()),
                        text: Err(Error::Io {
                            path: path.clone(),
                            source: e,
                        }),
                    });
                    None
                }
            }
        };
        JsonLines {
            shown: path.display().to_string(),
            path,
            reader,
            pending,
            line: 0,
            lossy,
            buf: Vec::new(),
        }
    }

    /// The document of line `number` (`line`, trimmed) of the file at `path` (`shown`).
    fn record(path: &Path, shown: &str, number: usize, lossy: bool, line: &[u8]) -> Input {
        let at = [shown, ":", &number.to_string()].concat();
        let fail = |message: String| Input {
            id: at.clone(),
            source: Some(at.clone()),
            text: Err(Error::Json {
                path: path.to_path_buf(),
                line: number,
                message,
            }),
        };
        let parsed = match std::str::from_utf8(line) {
            Ok(s) => serde_json::from_str::<Line>(s),
            Err(_) if lossy => serde_json::from_str::<Line>(&String::from_utf8_lossy(line)),
            Err(e) => {
                return fail(format!(
                    "invalid UTF-8 at byte {} of the line",
                    e.valid_up_to()
                ))
            }
        };
        match parsed {
            Ok(Line { id, text }) => Input {
                id: match id {
                    Some(serde_json::Value::String(s)) => s,
                    Some(serde_json::Value::Null) | None => at.clone(),
                    Some(v) => v.to_string(),
                },
                source: Some(at),
                text: Ok(text),
            },
            Err(e) => fail(format!("not a {{\"id\", \"text\"}} JSON object: {e}")),
        }
    }
}

/// `reader.read_until(b'\n', buf)`: the next line, with its line feed, appended to `buf`, and its
/// length (0 at the end of the input). The line feed is found with `memchr`, which reads a block of
/// bytes at a time; the standard library's search read a JSON Lines file at about a byte an
/// instruction.
fn read_line(reader: &mut dyn BufRead, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut read = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (used, done) = match memchr::memchr(b'\n', available) {
            Some(i) => (i + 1, true),
            None => (available.len(), available.is_empty()),
        };
        buf.extend_from_slice(&available[..used]);
        reader.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

impl Iterator for JsonLines {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        if let Some(p) = self.pending.take() {
            return Some(p);
        }
        loop {
            let reader = self.reader.as_mut()?;
            // A line that sits whole in the reader's buffer (most: PolNeAR train's lines average
            // 12 KB; see `READ_BUFFER`) is parsed there, without copying it first.
            let available = match reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Some(self.read_error(e)),
            };
            if let Some(i) = memchr::memchr(b'\n', available) {
                self.line += 1;
                let line = available[..i].trim_ascii();
                let rec = (!line.is_empty()).then(|| {
                    JsonLines::record(&self.path, &self.shown, self.line, self.lossy, line)
                });
                reader.consume(i + 1);
                match rec {
                    Some(rec) => return Some(rec),
                    None => continue,
                }
            }
            // A line that runs past the buffer, or the last one without a line feed.
            self.buf.clear();
            match read_line(reader, &mut self.buf) {
                Ok(0) => {
                    self.reader = None;
                    return None;
                }
                Ok(_) => {
                    self.line += 1;
                    let line = self.buf.trim_ascii();
                    if line.is_empty() {
                        continue;
                    }
                    let rec =
                        JsonLines::record(&self.path, &self.shown, self.line, self.lossy, line);
                    // Do not keep a huge line's buffer for the rest of the file.
                    if self.buf.capacity() > 1 << 24 {
                        self.buf = Vec::new();
                    }
                    return Some(rec);
                }
                Err(e) => return Some(self.read_error(e)),
            }
        }
    }
}

impl JsonLines {
    /// The record of a read that failed: the file is read no further.
    fn read_error(&mut self, e: std::io::Error) -> Input {
        self.reader = None;
        self.line += 1;
        let at = format!("{}:{}", self.path.display(), self.line);
        Input {
            id: at.clone(),
            source: Some(at),
            text: Err(Error::Io {
                path: self.path.clone(),
                source: e,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_offset() {
        let err = decode(b"abc\xffdef".to_vec(), Path::new("x.txt"), false).unwrap_err();
        assert_eq!(err.to_string(), "x.txt: invalid UTF-8 at byte 3");
        let ok = decode(b"abc\xffdef".to_vec(), Path::new("x.txt"), true).unwrap();
        assert_eq!(ok, "abc\u{fffd}def");
    }

    #[test]
    fn records_do_not_depend_on_the_buffer() {
        // Lines whole in the buffer are parsed there, the others copied first: every buffer size
        // gives the same records (blank lines, CRLF, a bad line, a last line without a feed).
        let mut text = b"{\"id\": \"a\", \"text\": \"Ola Brandt said so.\"}\n\n  \r\n\
            {\"id\": 7, \"text\": \"x\"}\r\nnot json\n{\"text\": \"\xc3\xa9t\xc3\xa9\"}\n\
            {\"id\": \"b\", \"text\": \"b\"}\n"
            .repeat(40);
        text.extend_from_slice(b"{\"id\": \"c\", \"text\": \"no line feed\"}");
        let records = |capacity: usize| -> Vec<String> {
            let reader = BufReader::with_capacity(capacity, std::io::Cursor::new(text.clone()));
            JsonLines {
                path: PathBuf::from("t.jsonl"),
                shown: "t.jsonl".into(),
                reader: Some(Box::new(reader)),
                pending: None,
                line: 0,
                lossy: false,
                buf: Vec::new(),
            }
            .map(|r| format!("{} {:?} {:?}", r.id, r.source, r.text))
            .collect()
        };
        let whole = records(1 << 16);
        assert_eq!(whole.len(), 5 * 40 + 1);
        assert!(
            whole[1].contains("7 Some(\"t.jsonl:4\") Ok(\"x\")"),
            "{}",
            whole[1]
        );
        for capacity in [1, 5, 33, 128] {
            assert_eq!(records(capacity), whole, "capacity {capacity}");
        }
    }

    #[test]
    fn read_line_reads_as_read_until() {
        let text = b"{\"a\": 1}\n\n{\"b\": 2}\r\nlast without a line feed".repeat(300);
        // A small buffer, so that lines run over several reads.
        for capacity in [1, 7, 64, 8192] {
            let mut ours = BufReader::with_capacity(capacity, &text[..]);
            let mut std = BufReader::with_capacity(capacity, &text[..]);
            let (mut a, mut b) = (Vec::new(), Vec::new());
            loop {
                let n = read_line(&mut ours, &mut a).unwrap();
                assert_eq!(n, std.read_until(b'\n', &mut b).unwrap());
                assert_eq!(a, b);
                if n == 0 {
                    break;
                }
            }
        }
    }
}
