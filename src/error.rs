//! Errors: I/O, invalid UTF-8 and bad input files. Problems *in the text* are findings, not errors.

use std::path::PathBuf;

/// Everything that can stop quotecheck from reading or scoring a document.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or directory could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The bytes are not UTF-8 (use `--lossy` to replace bad sequences and go on).
    #[error("{path}: invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// The file (or `-` for stdin).
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// A directory holds no `.txt` file.
    #[error("{path}: no .txt files in directory")]
    EmptyDir {
        /// The directory.
        path: PathBuf,
    },
    /// A JSON input (gold file, claims, JSON Lines documents) could not be parsed.
    #[error("{path}:{line}: {message}")]
    Json {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What was wrong.
        message: String,
    },
    /// Anything else wrong with the input (a missing field, a bad option value).
    #[error("{0}")]
    Invalid(String),
}

/// Result alias for the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
