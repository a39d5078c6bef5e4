//! Stance: is a quote neutral, conciliatory or critical toward the party it addresses?
//!
//! (Interface only so far; the classifier lands with the stance issue.)

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// The three stance labels (see `../shared/stance/README.md` for what they mean).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StanceLabel {
    /// Facts, plans, procedure, figures.
    Neutral,
    /// Cooperation, agreement, praise, thanks, de-escalation, dialogue, reassurance.
    Conciliatory,
    /// Criticism, accusation, condemnation, rejection, threats, warnings, demands, alarm.
    Critical,
}

/// One piece of evidence that moved the stance score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The words that fired.
    pub text: String,
    /// Byte offset into the text the stance was computed from.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Signed weight: positive is conciliatory, negative critical.
    pub weight: f64,
    /// Why it counts (lexicon entry, negation, contrast, reporting verb).
    pub why: String,
}

/// A stance with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stance {
    /// The label.
    pub label: StanceLabel,
    /// Signed score: > 0 conciliatory, < 0 critical.
    pub score: f64,
    /// What produced the score.
    pub evidence: Vec<Evidence>,
}

/// What the classifier reads for one quote.
#[derive(Debug, Clone, Copy)]
pub struct StanceInput<'a> {
    /// The whole document text; every span below indexes into it.
    pub text: &'a str,
    /// The quote's own words.
    pub own: Span,
    /// The reporter's sentence around a partial or indirect quote, if any.
    pub context: Option<Span>,
    /// The reporting cue, if any.
    pub cue: Option<Span>,
}

/// Classify one quote. Evidence spans index into `input.text`.
pub fn classify(input: &StanceInput<'_>) -> Stance {
    let _ = input;
    Stance {
        label: StanceLabel::Neutral,
        score: 0.0,
        evidence: Vec::new(),
    }
}

/// Classify a free-standing sentence. Evidence spans index into `sentence`.
pub fn classify_sentence(sentence: &str) -> Stance {
    classify(&StanceInput {
        text: sentence,
        own: Span::new(0, sentence.len()),
        context: None,
        cue: None,
    })
}

/// The VADER-style reference baseline every stance report is compared against: compound score
/// ≥ 0.05 conciliatory, ≤ −0.05 critical, neutral otherwise. (Interface only so far; the lexicon
/// lands with the stance issue.)
pub fn baseline(sentence: &str) -> StanceLabel {
    let _ = sentence;
    StanceLabel::Neutral
}
