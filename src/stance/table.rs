//! The types of the stance lexicons' table, shared by the crate and its build script: `build.rs`
//! reads the lexicon files and packs their trie (`pack.rs`) into Rust source that the crate
//! includes, so that no process spends the ~24 M instructions of parsing and packing (stperf24).
//! This file is compiled into both, so it holds data types and the walk's steps only.

/// What a lexicon entry does (see the header of `stance_operators.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Term,
    Negate,
    Refuse,
    Rebut,
    Unlink,
    Correct,
    Renounce,
    Against,
    Demand,
    Irony,
    Boost,
    Damp,
    But,
    Concede,
    Condition,
    Time,
    Shield,
    Acquit,
    Remedy,
    Ignore,
}

impl Kind {
    /// How many words after the operator it reaches, unless its line in the lexicon says.
    pub(super) fn scope(self) -> usize {
        match self {
            Kind::Negate
            | Kind::Refuse
            | Kind::Rebut
            | Kind::Unlink
            | Kind::Correct
            | Kind::Irony
            | Kind::Remedy
            | Kind::Damp => 3,
            Kind::Renounce => 4,
            Kind::Against => 8,
            Kind::Demand => 12,
            Kind::Shield => 10,
            Kind::Acquit => 5,
            Kind::Boost => 2,
            _ => 0,
        }
    }
}

/// VADER's valences are sentiment, not stance: they count at this fraction of their value.
pub(super) const VADER_SCALE: f64 = 0.4;

/// Where an entry comes from; a later origin wins when two entries cover the same words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Origin {
    Vader,
    Terms,
    Operators,
}

/// One lexicon entry.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Entry {
    pub(super) phrase: &'static str,
    pub(super) kind: Kind,
    /// Own signed weight (terms, operators); for boost and damp, the factor.
    pub(super) weight: f64,
    /// `phrase*`: the stem may be followed by more letters.
    pub(super) prefix: bool,
    /// How many words after it an operator reaches.
    pub(super) scope: usize,
    pub(super) origin: Origin,
    /// The weight when the words are the quote's reporting verb, if it differs: "promised" as the
    /// cue is the speaker's promise, "they promised us" inside a quote only reports one.
    pub(super) as_cue: Option<f64>,
}

impl Entry {
    /// The weight the entry contributes as a term or operator of its own.
    pub(super) fn own(&self) -> f64 {
        match self.kind {
            Kind::Boost | Kind::Damp | Kind::Condition | Kind::Time => 0.0,
            _ => self.weight,
        }
    }
}

/// `x` rounded to four decimals, as scores, weights and evidence are written.
pub(super) fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// A trie of the lexicons' phrases as a double array. It is only ever walked from a word start
/// (anchored), so it needs no failure links: a state is a prefix of some phrase, and a walk ends
/// at the first byte no phrase continues with. The dense table it is built from was 5 MB (39,000
/// states of 32 columns, nearly all empty), and the walks from every word start missed the
/// caches in it; the double array holds about a unit a state (stperf23).
#[derive(Debug, Clone, Copy)]
pub(super) struct Trie<'a> {
    /// The column of each byte (from 1); 0 for a byte no phrase holds.
    pub(super) column: [u8; 256],
    /// A state is its unit: `base << 8 | flags | column`, with [`Trie::ENDS`] and [`Trie::WORD`]
    /// set when phrase entries or a VADER word end there, and the column of the step into it.
    /// Its child by column `c` is `units[base + c]` when that unit's column is `c`: an unused unit
    /// holds [`Trie::LABEL`], a column no byte has, no two states with children share a base, and the
    /// units of base 0 (that of every state without children) are unused. A unit is never 0, so
    /// 0 is no state.
    pub(super) units: &'a [u32],
    /// The empty prefix (its column is 0: no step leads to it).
    pub(super) root: u32,
    /// The phrase entries ending at the state in unit `k` are `ends[ends_from[k]..ends_from[k +
    /// 1]]`, in entry order; unit [`Trie::ROOT_UNIT`] stands for the root.
    pub(super) ends_from: &'a [u32],
    pub(super) ends: &'a [u32],
    /// The VADER word entry ending at the state in each unit, or `u32::MAX`.
    pub(super) word: &'a [u32],
    /// The step after two bytes from the root, by those bytes (the state with both steps' flags),
    /// when no phrase is empty and no phrase or word ends after one byte: every walk takes them.
    pub(super) pairs: Option<&'a [u32; 1 << 16]>,
}

impl Trie<'_> {
    pub(super) const ENDS: u32 = 1 << 7;
    pub(super) const WORD: u32 = 1 << 6;
    /// The column of the step into a state.
    pub(super) const LABEL: u32 = (1 << 6) - 1;
    /// The unit standing for the root in [`Trie::ends_from`] and [`Trie::word`].
    pub(super) const ROOT_UNIT: usize = 0;

    /// The unit of the state after byte `b` from state `s`, if there is one.
    #[inline]
    pub(super) fn step(&self, s: u32, b: u8) -> Option<usize> {
        let c = self.column[usize::from(b)];
        let k = (s >> 8) as usize + usize::from(c);
        (self.units[k] & Trie::LABEL == u32::from(c)).then_some(k)
    }

    /// The phrase entries ending at the state in unit `k`.
    pub(super) fn ends_at(&self, k: usize) -> &[u32] {
        &self.ends[self.ends_from[k] as usize..self.ends_from[k + 1] as usize]
    }

    /// The VADER word entry that is exactly `word`, if any.
    pub(super) fn word(&self, word: &[u8]) -> Option<usize> {
        let (mut s, mut k) = (self.root, Trie::ROOT_UNIT);
        for &b in word {
            k = self.step(s, b)?;
            s = self.units[k];
        }
        Some(self.word[k])
            .filter(|&e| e != u32::MAX)
            .map(|e| e as usize)
    }
}
