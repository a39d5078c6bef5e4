//! `quotecheck extract` at scale, through the binary: one record per input document whatever goes
//! wrong with the others, the same bytes whatever `--threads`, and a 100 MB line.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn quotecheck(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quotecheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let input = stdin.map(<[u8]>::to_vec);
    let mut pipe = child.stdin.take().expect("stdin");
    let feeder = std::thread::spawn(move || {
        if let Some(data) = input {
            let _ = pipe.write_all(&data);
        }
    });
    let out = child.wait_with_output().expect("the binary finishes");
    feeder.join().expect("stdin written");
    out
}

fn records(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is a complete JSON record"))
        .collect()
}

fn jsonl_doc(id: &str, text: &str) -> String {
    serde_json::json!({ "id": id, "text": text }).to_string() + "\n"
}

#[test]
fn every_jsonl_line_yields_one_record_even_the_bad_ones() {
    let mut input = Vec::new();
    input.extend(jsonl_doc("good1", "“We won,” Jane Doe said.").as_bytes());
    input.extend(b"{\"id\": \"truncated\", \"text\": \n");
    input.extend(b"\n   \n"); // blank lines are not documents
    input.extend(b"{\"id\": \"bad-utf8\", \"text\": \"a \xff b\"}\n");
    input.extend(b"{\"id\": \"no-text\"}\n");
    input.extend(b"[1, 2]\n");
    input.extend(jsonl_doc("good2", "“We lost,” he said.").as_bytes());
    let out = quotecheck(
        &["extract", "--input", "jsonl", "--format", "jsonl", "-"],
        Some(&input),
    );
    assert_eq!(out.status.code(), Some(2), "some documents failed");
    let recs = records(&out);
    let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["good1", "-:2", "-:5", "-:6", "-:7", "good2"]);
    let errors: Vec<bool> = recs.iter().map(|r| r.get("error").is_some()).collect();
    assert_eq!(errors, [false, true, true, true, true, false]);
    assert_eq!(recs[0]["quotes"][0]["content"], "We won,");
    assert_eq!(recs[5]["quotes"][0]["content"], "We lost,");
    assert!(recs[2]["error"]
        .as_str()
        .unwrap()
        .contains("invalid UTF-8 at byte"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("error: ").count(), 4, "{stderr}");

    // With --lossy the bad UTF-8 line is read, the rest is unchanged.
    let out = quotecheck(
        &[
            "extract", "--input", "jsonl", "--format", "jsonl", "--lossy", "-",
        ],
        Some(&input),
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 6);
    assert!(recs[2].get("error").is_none());
}

#[test]
fn failing_files_do_not_stop_the_others() {
    let dir = tempdir("files");
    std::fs::write(dir.join("a.txt"), "“Fine,” she said.").unwrap();
    std::fs::write(dir.join("b.txt"), b"\xff\xfe not UTF-8").unwrap();
    std::fs::write(dir.join("c.txt"), "“Also fine,” he said.").unwrap();
    let missing = dir.join("missing.txt");
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let args = [
        "extract",
        "--format",
        "jsonl",
        dir.to_str().unwrap(),
        missing.to_str().unwrap(),
        empty.to_str().unwrap(),
    ];
    let out = quotecheck(&args, None);
    assert_eq!(out.status.code(), Some(2));
    let recs = records(&out);
    let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 5, "{ids:?}");
    assert_eq!(&ids[..4], ["a", "b", "c", "missing"]);
    assert!(recs[1]["error"]
        .as_str()
        .unwrap()
        .ends_with("b.txt: invalid UTF-8 at byte 0"));
    assert!(recs[3].get("error").is_some());
    assert!(recs[4]["error"].as_str().unwrap().contains("no .txt files"));
    assert!(recs[0].get("error").is_none() && recs[2].get("error").is_none());
}

#[test]
fn same_bytes_whatever_the_thread_count() {
    // More documents than one batch holds, of varied sizes, some failing.
    let mut input = String::new();
    for i in 0..700 {
        let body = "“We will not back down,” Jane Doe said. She added that talks would go on. "
            .repeat(1 + i % 13);
        if i % 97 == 5 {
            input.push_str("{not json\n");
        } else {
            input.push_str(&jsonl_doc(&format!("doc{i}"), &body));
        }
    }
    for format in ["jsonl", "json", "human"] {
        let run = |threads: &str| {
            let out = quotecheck(
                &[
                    "extract",
                    "--input",
                    "jsonl",
                    "--format",
                    format,
                    "--threads",
                    threads,
                    "-",
                ],
                Some(input.as_bytes()),
            );
            assert_eq!(out.status.code(), Some(2));
            out.stdout
        };
        let one = run("1");
        assert!(!one.is_empty());
        assert_eq!(run("2"), one, "--threads 2 differs ({format})");
        assert_eq!(run("4"), one, "--threads 4 differs ({format})");
    }
}

#[test]
fn json_format_is_one_object_or_an_array() {
    let one = quotecheck(
        &["extract", "--input", "jsonl", "--format", "json", "-"],
        Some(jsonl_doc("a", "“Hi,” she said.").as_bytes()),
    );
    let v: serde_json::Value = serde_json::from_slice(&one.stdout).unwrap();
    assert_eq!(v["id"], "a");
    let two = quotecheck(
        &["extract", "--input", "jsonl", "--format", "json", "-"],
        Some((jsonl_doc("a", "“Hi,” she said.") + &jsonl_doc("b", "No quote.")).as_bytes()),
    );
    let v: serde_json::Value = serde_json::from_slice(&two.stdout).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(2));
    assert_eq!(v[1]["id"], "b");
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let input = jsonl_doc("a", "“Hi,” she said.").repeat(50);
    let out = quotecheck(
        &["extract", "--input", "jsonl", "--format", "jsonl", "-"],
        Some(input.as_bytes()),
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(records(&out).len(), 50);
}

#[test]
fn a_100_mb_line() {
    let text = "x".repeat(100 << 20);
    let mut input = jsonl_doc("small", "“Hi,” she said.");
    input.push_str(&jsonl_doc("huge", &text));
    input.push_str(&jsonl_doc("after", "“Bye,” he said."));
    drop(text);
    let out = quotecheck(
        &[
            "extract",
            "--input",
            "jsonl",
            "--format",
            "jsonl",
            "--no-stance",
            "-",
        ],
        Some(input.as_bytes()),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let recs = records(&out);
    let ids: Vec<&str> = recs.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["small", "huge", "after"]);
    assert!(recs[1].get("error").is_none());
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli_scale_{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
