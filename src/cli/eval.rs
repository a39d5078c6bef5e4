//! `quotecheck eval`: score the pipeline against gold annotations, as `../shared/tools/score.py`
//! does, and fail (exit 1) when a figure is below a `--require` bound or dropped from a `--baseline`
//! report. Scoring lives in `crate::eval`; this file reads the arguments and renders the report.

use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use super::{io_exit, report_error, Exit};
use crate::document::QuoteKind;
use crate::eval::{
    self, Confusion, EvalOptions, GoldItem, Issue, IssueKind, QuoteScores, Report, Requirement,
};
use crate::stance::StanceLabel;

/// Output format of `eval`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum EvalFormat {
    /// A compact table.
    Human,
    /// One JSON object with every figure (stable key order); save it for `--baseline`.
    Json,
}

/// Arguments of `eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Gold files (*.gold.json: one document; *.jsonl: one per line) or directories of them.
    #[arg(long, required = true, num_args = 1..)]
    pub gold: Vec<PathBuf>,
    /// Where the texts named by a gold `source` are (default: each gold file's directory).
    #[arg(long)]
    pub texts: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = EvalFormat::Human)]
    pub format: EvalFormat,
    /// List every miss, false quote and wrong speaker.
    #[arg(long, short)]
    pub verbose: bool,
    /// Quote kinds of the headline block (indirect is always also scored on its own).
    #[arg(long, value_delimiter = ',', value_parser = parse_kind, default_value = "direct,partial")]
    pub kinds: Vec<QuoteKind>,
    /// A report saved with `--format json`: fail when a figure dropped by more than --max-drop.
    #[arg(long)]
    pub baseline: Option<PathBuf>,
    /// The drop allowed against --baseline.
    #[arg(long, default_value_t = 0.0, requires = "baseline")]
    pub max_drop: f64,
    /// Fail unless a figure is at least this, e.g. quote_f1=0.97 (repeatable).
    #[arg(long, value_name = "NAME=VALUE")]
    pub require: Vec<Requirement>,
}

fn parse_kind(s: &str) -> Result<QuoteKind, String> {
    match s.trim() {
        "direct" => Ok(QuoteKind::Direct),
        "partial" => Ok(QuoteKind::Partial),
        "indirect" => Ok(QuoteKind::Indirect),
        other => Err(format!("`{other}`: expected direct, partial or indirect")),
    }
}

/// Run `eval`.
pub fn run(args: Args) -> Exit {
    // Gold that cannot be read makes every figure meaningless: report each error and stop.
    let mut items: Vec<GoldItem> = Vec::new();
    let mut failed = false;
    for file in eval::gold_files(&args.gold) {
        match file.and_then(|f| eval::load_gold_file(&f, args.texts.as_deref())) {
            Ok(more) => items.extend(more),
            Err(e) => {
                failed = true;
                report_error(&e.to_string());
            }
        }
    }
    let before = match args.baseline.as_deref().map(eval::load_baseline) {
        Some(Err(e)) => {
            report_error(&e.to_string());
            return Exit::Error;
        }
        Some(Ok(b)) => Some(b),
        None => None,
    };
    if failed {
        return Exit::Error;
    }

    let opts = EvalOptions {
        kinds: args.kinds.clone(),
        details: args.verbose,
    };
    let report = eval::evaluate(&items, &opts);
    let mut shortfalls = eval::check_required(&report.figures, &args.require);
    if let Some(b) = &before {
        shortfalls.extend(eval::check_baseline(&report.figures, b, args.max_drop));
    }

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let written = match args.format {
        EvalFormat::Json => write_json(&mut out, &report),
        EvalFormat::Human => write_human(&mut out, &report, before.as_ref()),
    };
    if let Err(e) = written.and_then(|_| out.flush()) {
        return io_exit(e);
    }
    for s in &shortfalls {
        report_fail(&s.to_string());
    }
    if shortfalls.is_empty() {
        Exit::Ok
    } else {
        Exit::Findings
    }
}

#[allow(clippy::print_stderr)]
fn report_fail(msg: &str) {
    eprintln!("fail: {msg}");
}

/// The report as one pretty JSON object.
pub fn write_json(out: &mut impl Write, report: &Report) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// The report as a compact table. Plain text, never ANSI, so it reads the same in a terminal, a
/// pipe and a CI log.
pub fn write_human(
    out: &mut impl Write,
    r: &Report,
    before: Option<&BTreeMap<String, f64>>,
) -> io::Result<()> {
    let kinds: Vec<String> = r.kinds.iter().map(name).collect();
    writeln!(
        out,
        "quotecheck eval: {} gold document{}, {} stance sentence row{}; headline kinds: {}",
        r.documents,
        plural(r.documents),
        r.sentence_rows,
        plural(r.sentence_rows),
        kinds.join(", ")
    )?;
    if let (Some(q), Some(i)) = (&r.quotes, &r.indirect) {
        writeln!(out)?;
        writeln!(
            out,
            "{:<10} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7} {:>8} {:>7} {:>8}",
            "", "gold", "pred", "tp", "P", "R", "F1", "speaker", "e2e F1", "by name"
        )?;
        quote_row(out, "quotes", q)?;
        quote_row(out, "indirect", i)?;
    }
    if let Some(s) = &r.stance {
        writeln!(out)?;
        writeln!(
            out,
            "stance of matched quotes: n {}, accuracy {:.4}, macro-F1 {:.4}",
            s.n, s.accuracy, s.macro_f1
        )?;
        confusion(out, &[&s.confusion])?;
    }
    if let Some(s) = &r.sentences {
        writeln!(out)?;
        writeln!(
            out,
            "stance sentences      quotecheck              baseline (VADER-style)"
        )?;
        writeln!(
            out,
            "{:<10} {:>6}    {:>8} {:>8}    {:>8} {:>8}",
            "", "n", "accuracy", "macro-F1", "accuracy", "macro-F1"
        )?;
        let (ours, base) = (&s.quotecheck, &s.baseline);
        let subsets = [
            ("all", Some(ours.all), Some(base.all)),
            ("proxy", ours.proxy, base.proxy),
            ("non-proxy", ours.non_proxy, base.non_proxy),
        ];
        for (name, a, b) in subsets {
            if let (Some(a), Some(b)) = (a, b) {
                writeln!(
                    out,
                    "{:<10} {:>6}    {:>8.4} {:>8.4}    {:>8.4} {:>8.4}",
                    name, a.n, a.accuracy, a.macro_f1, b.accuracy, b.macro_f1
                )?;
            }
        }
        for (name, a, b) in subsets {
            if let (Some(a), Some(b)) = (a, b) {
                writeln!(out, "confusion, {name} rows (quotecheck | baseline):")?;
                confusion(out, &[&a.confusion, &b.confusion])?;
            }
        }
    }
    if let Some(before) = before {
        let compared = r
            .figures
            .0
            .iter()
            .filter(|(n, _)| before.contains_key(*n))
            .count();
        writeln!(out)?;
        writeln!(out, "compared with the baseline report: {compared} figures")?;
    }
    if !r.issues.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "misses, false quotes and wrong speakers, in text order:"
        )?;
        for i in &r.issues {
            issue(out, i)?;
        }
    }
    Ok(())
}

fn quote_row(out: &mut impl Write, name: &str, q: &QuoteScores) -> io::Result<()> {
    writeln!(
        out,
        "{:<10} {:>6} {:>6} {:>6} {:>7.4} {:>7.4} {:>7.4} {:>8.4} {:>7.4} {:>8.4}",
        name,
        q.gold,
        q.pred,
        q.tp,
        q.precision,
        q.recall,
        q.f1,
        q.speaker_acc,
        q.e2e_f1,
        q.speaker_name_acc
    )
}

/// One or more confusion matrices side by side, rows gold, columns predicted.
fn confusion(out: &mut impl Write, ms: &[&Confusion]) -> io::Result<()> {
    let Some(first) = ms.first() else {
        return Ok(());
    };
    let mut head = format!("  {:<14}", "gold \\ pred");
    for _ in ms {
        for l in first.labels {
            head.push_str(&format!(" {:>8}", short_label(l)));
        }
        head.push_str("   ");
    }
    writeln!(out, "{}", head.trim_end())?;
    for (g, label) in first.labels.iter().enumerate() {
        let mut row = format!("  {:<14}", name(label));
        for m in ms {
            for n in m.counts[g] {
                row.push_str(&format!(" {n:>8}"));
            }
            row.push_str("   ");
        }
        writeln!(out, "{}", row.trim_end())?;
    }
    Ok(())
}

fn issue(out: &mut impl Write, i: &Issue) -> io::Result<()> {
    let who = |s: &Option<String>| s.clone().unwrap_or_else(|| "-".into());
    let what = match i.kind {
        IssueKind::Miss => format!("miss          gold speaker {}", who(&i.gold_speaker)),
        IssueKind::FalseQuote => {
            format!("false quote   predicted speaker {}", who(&i.pred_speaker))
        }
        IssueKind::WrongSpeaker => format!(
            "wrong speaker gold {}, predicted {}",
            who(&i.gold_speaker),
            who(&i.pred_speaker)
        ),
    };
    writeln!(
        out,
        "  {} {}..{} {:<8} {}  “{}”",
        i.doc, i.start, i.end, i.block, what, i.excerpt
    )
}

/// The lower-case name of a kind or label, as in JSON (and as `report` writes them).
fn name(x: impl std::fmt::Debug) -> String {
    format!("{x:?}").to_lowercase()
}

/// Column headings fit in eight characters.
fn short_label(l: StanceLabel) -> String {
    match l {
        StanceLabel::Conciliatory => "concil.".into(),
        other => name(other),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
