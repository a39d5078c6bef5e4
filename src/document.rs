//! The report data model: what quotecheck says about one document.
//!
//! These types are the JSON output contract (see README, "JSON schema"). Field order is declaration
//! order and every collection is a `Vec`, so serialised output is deterministic and diffable.

use serde::{Deserialize, Serialize};

use crate::stance::Stance;

/// How a quote was reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A whole quoted sentence (or more) attributed to a speaker.
    Direct,
    /// A quoted fragment inside the reporter's own sentence.
    Partial,
    /// Reported speech with no quote marks: the content is the reported clause.
    Indirect,
}

/// One quotation found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Byte offset of the content (between the marks; for indirect speech, the reported clause).
    pub start: usize,
    /// One past the last byte of the content.
    pub end: usize,
    /// `start` counted in Unicode scalar values, for consumers in other languages.
    pub char_start: usize,
    /// `end` counted in Unicode scalar values.
    pub char_end: usize,
    /// Always `text[start..end]`.
    pub content: String,
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// Who said it, or `null` when the text gives no one the evidence supports.
    pub speaker: Option<SpeakerRef>,
    /// The reporting verb or phrase that links quote and speaker.
    pub cue: Option<Cue>,
    /// The source that relays the words, when the sentence credits its report to someone other
    /// than the speaker ("…,” X said, according to the Post"): the quote is X's, as the Post
    /// reports it. Absent when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<Via>,
    /// The rule that attributed the quote (see README, "Patterns"); `none` when unattributed.
    pub pattern: String,
    /// Why the attribution is what it is, in words a fact-checker can check against the text.
    pub why: String,
    /// The opening quote mark, when there is one (`null` for indirect speech and for continuation
    /// segments of a multi-paragraph quote that open without a mark).
    pub open_mark: Option<Mark>,
    /// The closing quote mark, `null` when the quote runs to the end of its paragraph unclosed.
    pub close_mark: Option<Mark>,
    /// 0-based index of the paragraph the quote is in.
    pub paragraph: usize,
    /// For the later segments of a quote that runs over several paragraphs: the index (in `quotes`) of
    /// the first segment.
    pub continues: Option<usize>,
    /// Quotes inside this quote (“He told me, ‘never again,’ and left”). The words there are
    /// someone else's, repeated by this quote's speaker; each carries the speaker the quote gives.
    pub nested: Vec<NestedQuote>,
    /// Tone toward the party it addresses; `null` when stance was not computed.
    pub stance: Option<Stance>,
}

/// A quote inside a quote, and who the outer speaker says spoke it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NestedQuote {
    /// Byte offset of the inner quote's content.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// `start` in chars.
    pub char_start: usize,
    /// `end` in chars.
    pub char_end: usize,
    /// Always `text[start..end]`.
    pub content: String,
    /// The speaker named inside the outer quote ("He wrote to her, ‘…’"), `null` when it names no
    /// one the evidence supports. "I" is the outer quote's speaker.
    pub speaker: Option<SpeakerRef>,
    /// The reporting cue inside the outer quote.
    pub cue: Option<Cue>,
    /// The rule that attributed it, `none` when unattributed.
    pub pattern: String,
    /// Why, in words.
    pub why: String,
}

/// Words of the text where they stand, by bytes and by chars: a quote mark, a reporting cue or a
/// relaying source. One shape for all three, so that a consumer reads them alike.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    /// The words as written.
    pub text: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `start` in chars.
    pub char_start: usize,
    /// `end` in chars.
    pub char_end: usize,
}

/// A quote mark as it stands in the text.
pub type Mark = TextSpan;

/// A source that relays a quote ("according to the Post", "a transcript of the interview").
pub type Via = TextSpan;

/// The reporting cue ("said", "told reporters", "according to", "—", ":").
pub type Cue = TextSpan;

/// The speaker of one quote: the words in the text, and who they refer to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerRef {
    /// Canonical name (the fullest name the document gives), or `null` when the mention (a pronoun,
    /// say) could not be resolved with confidence.
    pub name: Option<String>,
    /// The words in the text that name the speaker at this quote.
    pub mention: String,
    /// Byte offset of the mention.
    pub start: usize,
    /// One past the last byte of the mention.
    pub end: usize,
    /// `start` in chars.
    pub char_start: usize,
    /// `end` in chars.
    pub char_end: usize,
    /// Index into the document's `speakers`, when the name was resolved.
    pub entity: Option<usize>,
}

/// Why a quoted span is not speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NonQuoteReason {
    /// A word or phrase held at arm's length, with no one it is attributed to.
    Scare,
    /// The title of a work (book, film, show, song, article, operation).
    Title,
    /// A nickname inside or beside a name.
    Nickname,
    /// A term being named or defined ("so-called", "known as", "the word").
    Term,
    /// A quote in the article's headline, or a subheading inside it set as a quote: headlines
    /// shorten and paraphrase, so their quoted words are not taken as verbatim speech.
    Headline,
}

/// A quoted span that is not reported speech.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NonQuote {
    /// Byte offset of the text between the marks.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// `start` in chars.
    pub char_start: usize,
    /// `end` in chars.
    pub char_end: usize,
    /// `text[start..end]`.
    pub content: String,
    /// Scare quote, title, nickname or term.
    pub why: NonQuoteReason,
    /// The evidence for the reason, in words.
    pub evidence: String,
}

/// What kind of party a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// An organisation, institution, outlet or government body.
    Organization,
    /// An unnamed group or role ("officials", "critics", "a spokesman").
    Group,
}

/// One distinct speaker of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerEntry {
    /// Canonical name: the fullest form the document gives.
    pub name: String,
    /// Person, organisation or group.
    pub kind: SpeakerKind,
    /// Other forms the document uses for the same speaker, in order of first use.
    pub aliases: Vec<String>,
    /// Every mention of the speaker that attributes a quote or introduces the name.
    pub mentions: Vec<Mention>,
}

/// One mention of a speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The words in the text.
    pub text: String,
    /// Byte offset.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `start` in chars.
    pub char_start: usize,
    /// `end` in chars.
    pub char_end: usize,
}

/// A problem in the text worth a reader's attention. Findings never stop processing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// An opening mark with no closing mark in its paragraph; the quote was ended at the paragraph end.
    UnclosedQuote,
    /// A closing mark with no opening mark before it.
    UnopenedQuote,
    /// A quote that reads as speech but no speaker could be found.
    Unattributed,
    /// A pronoun speaker that could not be resolved to a single person.
    UnresolvedPronoun,
}

/// A problem in the text, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// What kind of problem.
    pub kind: FindingKind,
    /// Byte offset where it is.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// `start` in chars.
    pub char_start: usize,
    /// `end` in chars.
    pub char_end: usize,
    /// A sentence explaining it.
    pub message: String,
}

/// Everything quotecheck reports about one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Identifier: the file stem, the JSON Lines `id`, or `stdin`.
    pub id: String,
    /// Where the text came from: a path, `-` for stdin, or null.
    pub source: Option<String>,
    /// Quotes in text order (by start offset).
    pub quotes: Vec<Quote>,
    /// Quoted spans that are not speech.
    pub non_quotes: Vec<NonQuote>,
    /// Distinct speakers, in order of first mention.
    pub speakers: Vec<SpeakerEntry>,
    /// Problems in the text.
    pub findings: Vec<Finding>,
    /// Set when the document could not be read or processed; everything else is then empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl Document {
    /// An error record: the document yields an output record even when it could not be processed.
    pub fn error(
        id: impl Into<String>,
        source: Option<String>,
        message: impl Into<String>,
    ) -> Self {
        Document {
            id: id.into(),
            source,
            quotes: Vec::new(),
            non_quotes: Vec::new(),
            speakers: Vec::new(),
            findings: Vec::new(),
            error: Some(message.into()),
        }
    }
}
