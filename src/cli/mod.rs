//! The command line: argument parsing and dispatch. Each subcommand lives in its own file; the
//! library does the work and `report` renders it.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

pub mod eval;
pub mod extract;
pub mod stance;
pub mod verify;

/// quotecheck: find every quote in news text — what was said, who said it, how, and in what tone.
#[derive(Debug, Parser)]
#[command(name = "quotecheck", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Find quotes, speakers and cues in articles (files, directories of *.txt, or - for stdin).
    Extract(extract::Args),
    /// Check claims ("X said ‘Q’") against articles: verified, altered, paraphrased,
    /// misattributed, unattributed or not found.
    Verify(verify::Args),
    /// Score quotes, speakers and stance against gold annotations (exit 1 below a threshold).
    Eval(eval::Args),
    /// Classify the stance of sentences: lines of text or JSON Lines with a `text` field (- for stdin).
    Stance(stance::Args),
}

/// When to colour human output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal and NO_COLOR is unset.
    #[default]
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    /// Resolve `auto` against the environment.
    pub fn enabled(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            }
        }
    }
}

/// Process exit status, as documented in README.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything processed (for `verify`: every claim verified; for `eval`: above thresholds).
    Ok = 0,
    /// The mode's "findings" outcome: a claim not verified, a figure below its threshold.
    Findings = 1,
    /// Usage, I/O or input errors (other inputs are still processed).
    Error = 2,
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        ExitCode::from(e as u8)
    }
}

/// Treat a closed pipe as success: `quotecheck … | head` is not an error.
pub fn io_exit(e: std::io::Error) -> Exit {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Exit::Ok
    } else {
        report_error(&format!("writing output: {e}"));
        Exit::Error
    }
}

/// Print an error for a person on stderr.
#[allow(clippy::print_stderr)]
pub fn report_error(msg: &str) {
    eprintln!("error: {msg}");
}

/// What a caught panic said, for an "internal error" message (empty when it carried no text).
pub fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}

/// Run the command line.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() {
                Exit::Error
            } else {
                Exit::Ok
            };
            let _ = e.print();
            return code.into();
        }
    };
    let exit = match cli.command {
        Command::Extract(a) => extract::run(a),
        Command::Verify(a) => verify::run(a),
        Command::Eval(a) => eval::run(a),
        Command::Stance(a) => stance::run(a),
    };
    exit.into()
}
