//! `quotecheck verify`: is "X said ‘Q’" true of these articles?
//!
//! Reads the claims, then each article once: analyse, index, check the claims that target it. A claim
//! with no `doc` is checked against every article and keeps its strongest outcome (see
//! [`crate::verify::rank`]). Exit 0 when every claim is verified, 1 when any is not, 2 on an error.

use std::io::{BufWriter, Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{io_exit, report_error, ColorChoice, Exit};
use crate::analyze::{analyze_with, Options};
use crate::input;
use crate::report::Format;
use crate::span::Positions;
use crate::stance::StanceLabel;
use crate::verify::{
    parse_claims, rank, speaker_text, targets, Checked, Claim, Edit, Index, Outcome, Verdict,
};

/// Arguments of `verify`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files, directories (every *.txt in them, sorted), or - for standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Who is said to have said it (one claim, with --quote).
    #[arg(long, requires = "quote", conflicts_with = "claims")]
    pub speaker: Option<String>,
    /// The words claimed (with --speaker); "..." or "…" stands for omitted words.
    #[arg(long, requires = "speaker", conflicts_with = "claims")]
    pub quote: Option<String>,
    /// The stance the claim gives the quote: neutral, conciliatory or critical.
    #[arg(long, value_parser = parse_stance, conflicts_with = "claims")]
    pub stance: Option<StanceLabel>,
    /// Claims file, one JSON object a line: {"speaker", "quote", "stance"?, "doc"?}; - for stdin.
    #[arg(long, required_unless_present = "quote")]
    pub claims: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Replace invalid UTF-8 with U+FFFD instead of reporting an error.
    #[arg(long)]
    pub lossy: bool,
    /// Colour in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

fn parse_stance(s: &str) -> Result<StanceLabel, String> {
    serde_json::from_value(serde_json::Value::String(s.to_lowercase()))
        .map_err(|_| format!("unknown stance {s:?} (neutral, conciliatory or critical)"))
}

/// The best outcome so far of one claim, with where it points in its article.
struct Best {
    outcome: Outcome,
    /// Line and column of the evidence start.
    at: Option<(usize, usize)>,
}

/// Run `verify`.
pub fn run(args: Args) -> Exit {
    let (claims_name, claims) = match read_claims(&args) {
        Ok(c) => c,
        Err(msg) => {
            report_error(&msg);
            return Exit::Error;
        }
    };
    let mut failed = false;
    let mut best: Vec<Option<Best>> = (0..claims.len()).map(|_| None).collect();
    let mut errored = vec![false; claims.len()];
    let mut docs_seen = 0;
    for item in input::texts(&args.paths, args.lossy) {
        let (src, text) = match item {
            Ok(x) => x,
            Err(e) => {
                failed = true;
                report_error(&e.to_string());
                continue;
            }
        };
        docs_seen += 1;
        let display = src.display();
        let id = src.id();
        let mine: Vec<usize> = (0..claims.len())
            .filter(|&i| targets(&claims[i].1, &id, Some(&display)))
            .collect();
        if mine.is_empty() {
            continue;
        }
        // A panic (a bug) while checking costs this article's outcomes, reported as an internal
        // error, never the other articles' or the claims file's output.
        let checked = catch_unwind(AssertUnwindSafe(|| {
            let doc = analyze_with(&id, Some(display.clone()), &text, Options::default());
            let index = Index::new(&text, &doc);
            mine.par_iter()
                .map(|&i| index.check(&claims[i].1))
                .collect::<Vec<Outcome>>()
        }));
        let outcomes = match checked {
            Ok(o) => o,
            Err(panic) => {
                failed = true;
                let what = super::panic_message(panic.as_ref());
                report_error(&format!(
                    "{display}: internal error while checking claims, please report it: {what}"
                ));
                for &i in &mine {
                    errored[i] = true;
                }
                continue;
            }
        };
        let pos = Positions::new(&text);
        for (i, o) in mine.into_iter().zip(outcomes) {
            let better = best[i]
                .as_ref()
                .is_none_or(|b| rank(o.verdict) < rank(b.outcome.verdict));
            if better {
                let at = o.evidence.as_ref().map(|e| pos.line_col(&text, e.start));
                best[i] = Some(Best { outcome: o, at });
            }
        }
    }
    let mut results = Vec::with_capacity(claims.len());
    for (((line, claim), b), err) in claims.into_iter().zip(best).zip(errored) {
        match b {
            Some(mut b) => {
                if b.outcome.verdict == Verdict::NotFound && claim.doc.is_none() && docs_seen > 1 {
                    b.outcome.doc = None;
                    b.outcome.note = format!(
                        "no quote or reported speech in the {docs_seen} articles matches these words"
                    );
                }
                results.push((
                    Checked {
                        line,
                        claim,
                        outcome: b.outcome,
                    },
                    b.at,
                ));
            }
            None => {
                failed = true;
                if err {
                    report_error(&format!(
                        "{claims_name}:{line}: not checked: an internal error stopped every \
                         article it was checked against (reported above)"
                    ));
                    continue;
                }
                match &claim.doc {
                    Some(d) => report_error(&format!(
                        "{claims_name}:{line}: no article {d:?} among the inputs"
                    )),
                    None => report_error(&format!(
                        "{claims_name}:{line}: no article could be read to check this claim"
                    )),
                }
            }
        }
    }

    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let color = args.format == Format::Human && args.color.enabled();
    let r = match args.format {
        Format::Human => write_human(&mut out, &claims_name, &results, color),
        Format::Json => {
            let recs: Vec<&Checked> = results.iter().map(|r| &r.0).collect();
            serde_json::to_writer_pretty(&mut out, &recs)
                .map_err(std::io::Error::other)
                .and_then(|()| out.write_all(b"\n"))
        }
        Format::Jsonl => results.iter().try_for_each(|(c, _)| {
            serde_json::to_writer(&mut out, c).map_err(std::io::Error::other)?;
            out.write_all(b"\n")
        }),
    };
    if let Err(e) = r.and_then(|()| out.flush()) {
        // A closed pipe (`| head`) is not an error, and the verdicts still decide the exit code.
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return io_exit(e);
        }
    }
    if failed {
        Exit::Error
    } else if results
        .iter()
        .all(|(c, _)| c.outcome.verdict == Verdict::Verified)
    {
        Exit::Ok
    } else {
        Exit::Findings
    }
}

/// The claims to check, and the name of where they came from (for messages).
fn read_claims(args: &Args) -> Result<(String, Vec<(usize, Claim)>), String> {
    if let (Some(speaker), Some(quote)) = (&args.speaker, &args.quote) {
        if speaker.trim().is_empty() || quote.trim().is_empty() {
            return Err("--speaker and --quote must not be empty".into());
        }
        let claim = Claim {
            speaker: speaker.clone(),
            quote: quote.clone(),
            stance: args.stance,
            doc: None,
        };
        return Ok(("claim".into(), vec![(1, claim)]));
    }
    let Some(path) = &args.claims else {
        return Err("give --claims FILE, or --speaker and --quote".into());
    };
    let text = if path.as_os_str() == "-" {
        if args.paths.iter().any(|p| p.as_os_str() == "-") {
            return Err("standard input cannot be both the claims and an article".into());
        }
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("-: {e}"))?;
        s
    } else {
        std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?
    };
    let claims = parse_claims(&text, Path::new(path)).map_err(|e| e.to_string())?;
    if claims.is_empty() {
        return Err(format!("{}: no claims", path.display()));
    }
    Ok((path.display().to_string(), claims))
}

fn paint(color: bool, code: &str, s: &str) -> String {
    if color {
        format!("\x1b[{code}m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

/// Human output: per claim, the claim, the verdict with where and whose, the article's words with
/// the claim's differences marked (`[-article only-]`, `{+claim only+}`, `[… N words …]` for an
/// ellipsis), flags and stance; then a count per verdict.
fn write_human(
    out: &mut impl Write,
    claims_name: &str,
    results: &[(Checked, Option<(usize, usize)>)],
    color: bool,
) -> std::io::Result<()> {
    let mut counts = [0usize; 6];
    for (c, at) in results {
        let o = &c.outcome;
        counts[rank(o.verdict) as usize] += 1;
        writeln!(
            out,
            "{}:{}  {}: “{}”{}",
            claims_name,
            c.line,
            paint(color, "1", &c.claim.speaker),
            c.claim.quote.trim(),
            c.claim
                .stance
                .map(|s| format!(" ({})", label(s)))
                .unwrap_or_default()
        )?;
        let code = match o.verdict {
            Verdict::Verified => "1;32",
            Verdict::Altered => "1;33",
            Verdict::Paraphrased => "1;36",
            Verdict::Misattributed => "1;31",
            Verdict::Unattributed => "1;35",
            Verdict::NotFound => "1;31",
        };
        let mut head = format!(
            "  {}",
            paint(color, code, &o.verdict.as_str().to_uppercase())
        );
        if let Some(d) = &o.doc {
            head.push_str(&format!("  {d}"));
            if let Some((l, col)) = at {
                head.push_str(&format!(":{l}:{col}"));
            }
        }
        if let Some(e) = &o.evidence {
            let kind = match (o.verdict, e.kind) {
                (Verdict::Paraphrased, _) => "reported speech".to_string(),
                (_, Some(k)) => format!("{k:?} quote").to_lowercase(),
                (_, None) => "reporter's words".into(),
            };
            let who = e
                .speaker
                .as_ref()
                .map(speaker_text)
                .unwrap_or_else(|| "no one".into());
            let cue = e
                .cue
                .as_ref()
                .map(|c| format!(" [{c}]"))
                .unwrap_or_default();
            if e.kind.is_some() {
                head.push_str(&format!("  {kind}, {}{cue}", paint(color, "36", &who)));
            } else {
                head.push_str(&format!("  {kind}"));
            }
        }
        writeln!(out, "{head}")?;
        if !o.diff.is_empty() {
            writeln!(out, "  article: {}", render_diff(&o.diff, color))?;
        } else if let Some(e) = &o.evidence {
            writeln!(out, "  article: “{}”", one_line(&e.text))?;
        }
        writeln!(out, "  {}", o.note)?;
        for f in &o.flags {
            writeln!(
                out,
                "  {} {}",
                paint(color, "1;35", "! meaning:"),
                f.message
            )?;
        }
        if let Some(s) = &o.stance {
            let verdict = match s.agrees {
                Some(true) => paint(color, "32", "agrees"),
                Some(false) => paint(color, "31", "disagrees"),
                None => "cannot compare".into(),
            };
            writeln!(
                out,
                "  stance: claimed {}, article {}: {}",
                label(s.claimed),
                s.article.map_or("none", label),
                verdict
            )?;
        }
        writeln!(out)?;
    }
    let names = [
        "verified",
        "altered",
        "paraphrased",
        "misattributed",
        "unattributed",
        "not found",
    ];
    let summary: Vec<String> = names
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(name, n)| format!("{n} {name}"))
        .collect();
    writeln!(
        out,
        "{} claim{}: {}",
        results.len(),
        if results.len() == 1 { "" } else { "s" },
        summary.join(", ")
    )
}

fn label(s: StanceLabel) -> &'static str {
    match s {
        StanceLabel::Neutral => "neutral",
        StanceLabel::Conciliatory => "conciliatory",
        StanceLabel::Critical => "critical",
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The article's words with the claim's changes marked, in the style of `git diff --word-diff`.
fn render_diff(diff: &[Edit], color: bool) -> String {
    let del = |s: &str| paint(color, "31", &format!("[-{}-]", one_line(s)));
    let ins = |s: &str| paint(color, "32", &format!("{{+{}+}}", one_line(s)));
    diff.iter()
        .map(|e| match e {
            Edit::Same { text } => one_line(text),
            Edit::Deleted { article } => del(article),
            Edit::Inserted { claim } => ins(claim),
            Edit::Changed { article, claim } => format!("{}{}", del(article), ins(claim)),
            Edit::Omitted { article } => {
                let n = article.split_whitespace().count();
                paint(
                    color,
                    "2",
                    &format!("[… {n} word{} …]", if n == 1 { "" } else { "s" }),
                )
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
