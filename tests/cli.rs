//! The `quotecheck` binary: formats, inputs, exit codes, colour and closed pipes.
//!
//! Where the whole output matters, the test snapshots exit code + stdout + stderr as one string
//! (`snapshots/cli_*.snap`). Files the tests make up live in a fresh directory under
//! `CARGO_TARGET_TMPDIR`, and the binary runs from there with relative paths, so snapshots do not
//! depend on where the repository is checked out.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use quotecheck::{analyze_with, Document, Options, QuoteKind};

const BIN: &str = env!("CARGO_BIN_EXE_quotecheck");

/// Snapshot settings shared by every snapshot in this file (see docs/style.md).
macro_rules! assert_cli_snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({
            snapshot_path => "../snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!($name, $value);
        });
    };
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh, empty scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// What one run of the binary produced.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    /// Exit code, stdout and stderr as one string, for snapshots.
    fn snapshot(&self) -> String {
        format!(
            "exit code: {}\n----- stdout -----\n{}----- stderr -----\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// Run the binary in `cwd` with `args`, feeding `stdin`, with output captured (piped).
fn run(cwd: &Path, args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(cwd)
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run quotecheck");
    {
        let mut input = child.stdin.take().unwrap();
        input.write_all(stdin).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().expect("exited, not killed by a signal"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// The corpus articles, sorted by file name.
fn corpus_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

const ARTICLE: &str = "wire_summit_talks";

fn article_path() -> String {
    format!("corpus/{ARTICLE}.txt")
}

/// What the library says about the article, as the CLI should report it.
fn article_doc() -> Document {
    let text = std::fs::read_to_string(root().join(article_path())).unwrap();
    analyze_with(ARTICLE, Some(article_path()), &text, Options::default())
}

const SHORT: &str = "Lena Moor spoke after the match.\n\n“We lost,” she said. “We will be back.”\n";

// ---------------------------------------------------------------------------------------------
// Formats

#[test]
fn extract_human_on_a_corpus_file() {
    let r = run(root(), &["extract", &article_path()], b"");
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert_eq!(r.stderr, "");
    let doc = article_doc();
    let direct = doc
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .count();
    let header = format!(
        "{}: {} quotes, {} indirect, {} not speech, {} speakers",
        article_path(),
        direct,
        doc.quotes.len() - direct,
        doc.non_quotes.len(),
        doc.speakers.len()
    );
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines[0], header);
    assert_eq!(
        lines.len(),
        1 + doc.quotes.len() + doc.non_quotes.len() + doc.findings.len(),
        "one line per quote, non-quote and finding:\n{}",
        r.stdout
    );
    for (line, q) in lines[1..].iter().zip(&doc.quotes) {
        assert!(
            line.contains(&q.pattern),
            "{line:?} names pattern {}",
            q.pattern
        );
    }
}

#[test]
fn extract_json_on_a_corpus_file() {
    let r = run(
        root(),
        &["extract", "--format", "json", &article_path()],
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    assert_eq!(r.stderr, "");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("stdout is JSON");
    let obj = v.as_object().expect("one document is one object");
    for key in [
        "id",
        "source",
        "quotes",
        "non_quotes",
        "speakers",
        "findings",
    ] {
        assert!(obj.contains_key(key), "document has {key}");
    }
    assert_eq!(v["id"], ARTICLE);
    assert_eq!(v["source"], article_path());
    let quotes = v["quotes"].as_array().unwrap();
    assert!(!quotes.is_empty());
    for q in quotes {
        for key in [
            "start",
            "end",
            "char_start",
            "char_end",
            "content",
            "kind",
            "speaker",
            "cue",
            "pattern",
            "why",
            "open_mark",
            "close_mark",
            "paragraph",
            "continues",
            "stance",
        ] {
            assert!(q.get(key).is_some(), "quote has {key}: {q}");
        }
    }
    let doc: Document = serde_json::from_value(v).expect("stdout is a Document");
    assert_eq!(doc, article_doc(), "the CLI reports what the library finds");
}

#[test]
fn extract_json_on_two_files_is_an_array() {
    let r = run(
        root(),
        &[
            "extract",
            "--format",
            "json",
            "corpus/wire_summit_talks.txt",
            "corpus/sports_cup_final.txt",
        ],
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let docs: Vec<Document> = serde_json::from_str(&r.stdout).expect("an array of documents");
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, vec!["wire_summit_talks", "sports_cup_final"]);
}

#[test]
fn extract_jsonl_over_the_corpus_directory() {
    let r = run(root(), &["extract", "--format", "jsonl", "corpus/"], b"");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
    let files = corpus_files();
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), files.len(), "one line per .txt file");
    for (line, file) in lines.iter().zip(&files) {
        let doc: Document = serde_json::from_str(line).expect("each line is a Document");
        let stem = file.file_stem().unwrap().to_str().unwrap();
        assert_eq!(doc.id, stem, "sorted file order");
        assert!(doc.error.is_none());
        let text = std::fs::read_to_string(file).unwrap();
        let want = analyze_with(stem, doc.source.clone(), &text, Options::default());
        assert_eq!(doc, want, "{stem}: the CLI reports what the library finds");
    }
}

#[test]
fn extract_reads_stdin_from_dash() {
    let r = run(root(), &["extract", "-"], SHORT.as_bytes());
    assert_eq!(r.code, 0);
    assert_cli_snapshot!("cli_stdin_human", r.snapshot());
}

#[test]
fn extract_json_from_stdin_names_it_stdin() {
    let r = run(
        root(),
        &["extract", "--format", "json", "-"],
        SHORT.as_bytes(),
    );
    assert_eq!(r.code, 0, "{}", r.snapshot());
    let doc: Document = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc.id, "stdin");
    assert_eq!(doc.source.as_deref(), Some("-"));
    assert_eq!(
        doc,
        analyze_with("stdin", Some("-".into()), SHORT, Options::default())
    );
}

// ---------------------------------------------------------------------------------------------
// Exit codes and errors

#[test]
fn missing_file_exits_2_and_the_other_files_are_still_reported() {
    let dir = scratch("missing_file");
    std::fs::write(dir.join("a.txt"), "“We will win,” Lena Moor said.\n").unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "Ada Brandt said the bridge would reopen in May.\n",
    )
    .unwrap();
    let r = run(&dir, &["extract", "a.txt", "missing.txt", "b.txt"], b"");
    assert_eq!(r.code, 2);
    assert_cli_snapshot!("cli_missing_file", r.snapshot());
}

#[test]
fn missing_file_in_jsonl_is_an_error_record_in_its_place() {
    let dir = scratch("missing_file_jsonl");
    std::fs::write(dir.join("a.txt"), "“We will win,” Lena Moor said.\n").unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "Ada Brandt said the bridge would reopen in May.\n",
    )
    .unwrap();
    let r = run(
        &dir,
        &[
            "extract",
            "--format",
            "jsonl",
            "a.txt",
            "missing.txt",
            "b.txt",
        ],
        b"",
    );
    assert_eq!(r.code, 2);
    let docs: Vec<Document> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, vec!["a", "missing", "b"]);
    assert!(docs[0].error.is_none() && docs[2].error.is_none());
    assert_eq!(docs[0].quotes.len(), 1);
    assert_eq!(docs[2].quotes.len(), 1);
    let err = docs[1].error.as_deref().expect("error record");
    assert!(err.starts_with("missing.txt: "), "{err}");
    assert!(docs[1].quotes.is_empty());
    assert!(r.stderr.starts_with("error: missing.txt: "), "{}", r.stderr);
}

#[test]
fn directory_without_txt_files_exits_2() {
    let dir = scratch("empty_dir");
    std::fs::create_dir(dir.join("empty")).unwrap();
    std::fs::write(dir.join("empty").join("notes.md"), "not an article\n").unwrap();
    let r = run(&dir, &["extract", "empty"], b"");
    assert_eq!(r.code, 2);
    assert_cli_snapshot!("cli_directory_without_txt", r.snapshot());
}

/// "Ab “c” " then an invalid byte at offset 11.
const INVALID_UTF8: &[u8] = b"Ab \xe2\x80\x9cc\xe2\x80\x9d \xff and more.\n";

#[test]
fn invalid_utf8_exits_2_naming_file_and_byte_offset() {
    let dir = scratch("invalid_utf8");
    std::fs::write(dir.join("bad.txt"), INVALID_UTF8).unwrap();
    std::fs::write(dir.join("good.txt"), "“We will win,” Lena Moor said.\n").unwrap();
    let r = run(&dir, &["extract", "bad.txt", "good.txt"], b"");
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("bad.txt: invalid UTF-8 at byte 11"),
        "{}",
        r.stderr
    );
    assert_cli_snapshot!("cli_invalid_utf8", r.snapshot());
}

#[test]
fn invalid_utf8_on_stdin_names_dash() {
    let r = run(root(), &["extract", "-"], INVALID_UTF8);
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr, "error: -: invalid UTF-8 at byte 11\n");
}

#[test]
fn invalid_utf8_with_lossy_exits_0() {
    let dir = scratch("invalid_utf8_lossy");
    std::fs::write(dir.join("bad.txt"), INVALID_UTF8).unwrap();
    let r = run(&dir, &["extract", "--lossy", "bad.txt"], b"");
    assert_eq!(r.code, 0);
    assert_cli_snapshot!("cli_invalid_utf8_lossy", r.snapshot());
}

#[test]
fn empty_file_gives_zero_quotes_and_exits_0() {
    let dir = scratch("empty_file");
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    let r = run(&dir, &["extract", "empty.txt"], b"");
    assert_eq!(r.code, 0);
    assert_cli_snapshot!("cli_empty_file", r.snapshot());
    let r = run(&dir, &["extract", "--format", "json", "empty.txt"], b"");
    assert_eq!(r.code, 0);
    let doc: Document = serde_json::from_str(&r.stdout).unwrap();
    assert!(doc.quotes.is_empty() && doc.error.is_none());
}

#[test]
fn usage_error_exits_2() {
    let r = run(root(), &["extract"], b"");
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.starts_with("error:"), "{}", r.stderr);
    let r = run(root(), &["extract", "--format", "xml", "-"], b"");
    assert_eq!(r.code, 2);
}

// ---------------------------------------------------------------------------------------------
// Colour

#[test]
fn no_ansi_escapes_when_stdout_is_piped() {
    for format in ["human", "json", "jsonl"] {
        let r = run(
            root(),
            &["extract", "--format", format, &article_path()],
            b"",
        );
        assert_eq!(r.code, 0);
        assert!(
            !r.stdout.contains('\x1b'),
            "{format}: ANSI escape in piped output"
        );
        assert!(!r.stderr.contains('\x1b'));
    }
}

#[test]
fn color_always_colours_human_output() {
    let r = run(
        root(),
        &["extract", "--color", "always", &article_path()],
        b"",
    );
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("\x1b["), "{}", r.stdout);
}

#[test]
fn color_always_never_colours_json() {
    for format in ["json", "jsonl"] {
        let r = run(
            root(),
            &[
                "extract",
                "--color",
                "always",
                "--format",
                format,
                &article_path(),
            ],
            b"",
        );
        assert_eq!(r.code, 0);
        assert!(!r.stdout.contains('\x1b'), "{format}: ANSI escape in JSON");
    }
}

// ---------------------------------------------------------------------------------------------
// Closed pipe

/// Read one line of output, close the pipe, and return the exit code and stderr. The corpus is
/// given many times over so the output is far larger than a pipe buffer: the binary is still writing
/// when the pipe closes.
fn read_one_line_then_close(format: &str) -> (i32, String) {
    let mut args = vec!["extract", "--format", format];
    args.extend(std::iter::repeat_n("corpus", 40));
    let mut child = Command::new(BIN)
        .args(&args)
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert!(!line.is_empty(), "got a first line");
    drop(out);
    let output = child.wait_with_output().unwrap();
    (
        output.status.code().expect("exited, not killed by SIGPIPE"),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn closed_pipe_is_not_an_error_human() {
    let (code, stderr) = read_one_line_then_close("human");
    assert_eq!((code, stderr.as_str()), (0, ""));
}

#[test]
fn closed_pipe_is_not_an_error_jsonl() {
    let (code, stderr) = read_one_line_then_close("jsonl");
    assert_eq!((code, stderr.as_str()), (0, ""));
}

#[test]
fn closed_pipe_is_not_an_error_json() {
    let (code, stderr) = read_one_line_then_close("json");
    assert_eq!((code, stderr.as_str()), (0, ""));
}
