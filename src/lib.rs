#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

pub mod analyze;
pub mod attribute;
pub mod cli;
pub mod document;
pub mod error;
pub mod eval;
pub mod input;
pub mod lexicon;
pub mod quotes;
pub mod report;
pub mod segment;
pub mod span;
pub mod speakers;
pub mod stance;
mod swar;
pub mod verify;
pub mod work;

pub use analyze::{analyze, analyze_counted, analyze_with, Options};
pub use document::{Document, Quote, QuoteKind};
pub use error::{Error, Result};
