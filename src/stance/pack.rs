//! Building the stance lexicons' table: parse the three lexicon files into entries, put every
//! phrase and word in a trie, pack it as a double array, and write it all as Rust source. The
//! build script runs this once a build (`build.rs`, which writes `OUT_DIR/stance_table.rs` for
//! `stance.rs` to include); a test runs it again to check that the table built in is the packing
//! of the lexicons as they are now. Deterministic, and linear in the lexicons' size (packing
//! tries at most [`Units::TRIES`] free units a state).

use std::collections::HashSet;
use std::fmt::Write;

use super::table::{round4, Entry, Kind, Origin, Trie, VADER_SCALE};

/// The lexicons, read and packed.
pub(super) struct Packed {
    /// The phrase entries (operators, terms, VADER's phrases), then VADER's single words.
    pub(super) entries: Vec<Entry>,
    /// What each entry is, for evidence ([`describe`]).
    pub(super) descriptions: Vec<String>,
    pub(super) column: [u8; 256],
    pub(super) units: Vec<u32>,
    pub(super) root: u32,
    pub(super) ends_from: Vec<u32>,
    pub(super) ends: Vec<u32>,
    pub(super) word: Vec<u32>,
    pub(super) pairs: Option<Box<[u32; 1 << 16]>>,
}

impl Packed {
    /// The trie, as the crate walks it.
    pub(super) fn trie(&self) -> Trie<'_> {
        Trie {
            column: self.column,
            units: &self.units,
            root: self.root,
            ends_from: &self.ends_from,
            ends: &self.ends,
            word: &self.word,
            pairs: self.pairs.as_deref(),
        }
    }
}

/// The lines of a lexicon file that hold data: not blank, not a `#` comment, without trailing
/// white space (a `\r` included).
fn data_lines(data: &str) -> impl Iterator<Item = &str> {
    data.split('\n')
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// An operator's kind, by its name in `stance_operators.txt`.
fn kind(s: &str) -> Option<Kind> {
    Some(match s {
        "negate" => Kind::Negate,
        "refuse" => Kind::Refuse,
        "rebut" => Kind::Rebut,
        "unlink" => Kind::Unlink,
        "correct" => Kind::Correct,
        "renounce" => Kind::Renounce,
        "against" => Kind::Against,
        "demand" => Kind::Demand,
        "irony" => Kind::Irony,
        "boost" => Kind::Boost,
        "damp" => Kind::Damp,
        "but" => Kind::But,
        "concede" => Kind::Concede,
        "condition" => Kind::Condition,
        "time" => Kind::Time,
        "shield" => Kind::Shield,
        "acquit" => Kind::Acquit,
        "remedy" => Kind::Remedy,
        "ignore" => Kind::Ignore,
        _ => return None,
    })
}

/// The name of an operator's kind in evidence.
fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Term => "term",
        Kind::Negate => "negation",
        Kind::Refuse => "negating verb",
        Kind::Rebut => "rebuttal",
        Kind::Unlink => "denied implication",
        Kind::Correct => "correction",
        Kind::Renounce => "renunciation",
        Kind::Against => "opposition",
        Kind::Demand => "demand",
        Kind::Irony => "distancing",
        Kind::Boost => "booster",
        Kind::Damp => "hedge",
        Kind::But => "contrast",
        Kind::Concede => "concession",
        Kind::Condition => "condition",
        Kind::Time => "time clause",
        Kind::Shield => "defence",
        Kind::Acquit => "clearing",
        Kind::Remedy => "remedy",
        Kind::Ignore => "fixed phrase",
    }
}

/// What an entry is, for evidence: `stance lexicon "condemn*" -3`. Written into the table, as
/// formatting it on first use cost ~4 M instructions a process (stperf24).
fn describe(e: &Entry) -> String {
    let star = if e.prefix { "*" } else { "" };
    match (e.kind, e.origin) {
        (Kind::Term, Origin::Vader) => format!(
            "VADER lexicon \"{}\" {:+} x {VADER_SCALE}",
            e.phrase,
            round4(e.weight / VADER_SCALE)
        ),
        (Kind::Term, _) => format!("stance lexicon \"{}{star}\" {:+}", e.phrase, e.weight),
        (k, _) if e.own() != 0.0 => format!("{} \"{}\" {:+}", kind_name(k), e.phrase, e.own()),
        (k, _) => format!("{} \"{}\"", kind_name(k), e.phrase),
    }
}

/// Read the three lexicon files (their text, as `include_str!` gives it) and pack them.
pub(super) fn pack(operators: &'static str, terms: &'static str, vader: &'static str) -> Packed {
    let mut entries = Vec::new();
    for line in data_lines(operators) {
        let mut f = line.split('\t');
        let (Some(kind), Some(phrase)) = (f.next().and_then(kind), f.next()) else {
            continue;
        };
        let weight = f.next().and_then(|w| w.trim().parse().ok()).unwrap_or(0.0);
        let scope = f
            .next()
            .and_then(|w| w.trim().parse().ok())
            .unwrap_or(kind.scope());
        entries.push(Entry {
            phrase: phrase.trim(),
            kind,
            weight,
            prefix: false,
            scope,
            origin: Origin::Operators,
            as_cue: None,
        });
    }
    for line in data_lines(terms) {
        // PHRASE WEIGHT [WEIGHT-AS-REPORTING-VERB]
        let mut f = line.split('\t');
        let (Some(phrase), Some(Ok(weight))) = (f.next(), f.next().map(|w| w.trim().parse()))
        else {
            continue;
        };
        let as_cue = f.next().and_then(|w| w.trim().parse().ok());
        let phrase = phrase.trim();
        let (phrase, prefix) = match phrase.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (phrase, false),
        };
        entries.push(Entry {
            phrase,
            kind: Kind::Term,
            weight,
            prefix,
            scope: 0,
            origin: Origin::Terms,
            as_cue,
        });
    }
    let own: HashSet<&str> = entries.iter().map(|e| e.phrase).collect();
    let mut vader_words = Vec::new();
    for line in data_lines(vader) {
        // TOKEN<TAB>VALENCE
        let mut f = line.split('\t');
        let (Some(token), Some(v)) = (f.next(), f.next()) else {
            continue;
        };
        // Only words: VADER's emoticons never match news prose at word boundaries.
        let wordlike = token.len() >= 2
            && token.starts_with(|c: char| c.is_ascii_lowercase())
            && token
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'\'' || b == b'-' || b == b' ');
        if !wordlike || own.contains(token) {
            continue;
        }
        let Ok(v) = v.trim().parse::<f64>() else {
            continue;
        };
        let entry = Entry {
            phrase: token,
            kind: Kind::Term,
            weight: v * VADER_SCALE,
            prefix: false,
            scope: 0,
            origin: Origin::Vader,
            as_cue: None,
        };
        if token.contains(' ') {
            entries.push(entry);
        } else {
            vader_words.push(entry);
        }
    }
    // One trie of every phrase and word: a word start is walked once, byte by byte, until no
    // entry continues (3.8 bytes on average in news prose).
    let ac_len = entries.len();
    let mut dense = Dense::new(entries.iter().chain(&vader_words).map(|e| e.phrase));
    for (i, e) in entries.iter().enumerate() {
        dense.add_phrase(e.phrase, i);
    }
    for (i, e) in vader_words.iter().enumerate() {
        dense.add_word(e.phrase, ac_len + i);
    }
    entries.extend(vader_words);
    dense.pack(entries)
}

/// The lexicons' phrases while they are added: a trie as a dense table of transitions over the
/// bytes they hold, where adding a byte is one look-up. [`Dense::pack`] turns it into the
/// [`Trie`] that is walked.
struct Dense {
    /// The column of each byte in a row of `next`; 0 (a column of no state) for a byte no phrase
    /// holds.
    column: [u8; 256],
    /// A row holds `1 << shift` columns.
    shift: u32,
    /// `next[state | column]`: the next state, with [`Dense::ENDS`] and [`Dense::WORD`] set when
    /// phrase entries or a VADER word end there, or 0. A state is the offset of its row (its
    /// number shifted by `shift`).
    next: Vec<u32>,
    /// How much of `next` holds rows: states are made there, and the rest stays zero.
    rows: usize,
    /// Each state's parent (by number) and the column of the step into it; the root's is (0, 0).
    made: Vec<(u32, u8)>,
    /// The phrase entries ending at each state (by number), in entry order.
    ends: Vec<Vec<usize>>,
    /// The VADER word entry ending at each state (by number), or `usize::MAX`.
    word: Vec<usize>,
}

impl Dense {
    const ENDS: u32 = 1 << 31;
    const WORD: u32 = 1 << 30;
    const STATE: u32 = Dense::WORD - 1;
    /// The empty prefix: row 1 (row 0 is no state).
    const ROOT: usize = 1;

    /// An empty trie whose columns are the bytes of `phrases`.
    fn new<'p>(phrases: impl Iterator<Item = &'p str>) -> Dense {
        let mut column = [0u8; 256];
        let mut columns = 1;
        // At most a state a byte: room for all of them, so that rows are never copied.
        let mut most = 2;
        for p in phrases {
            most += p.len();
            for b in p.bytes() {
                if column[usize::from(b)] == 0 {
                    column[usize::from(b)] = columns;
                    columns = columns
                        .checked_add(1)
                        .filter(|&c| u32::from(c) <= Trie::LABEL)
                        .expect("the stance lexicons hold fewer than 63 distinct bytes");
                }
            }
        }
        let shift = usize::from(columns).next_power_of_two().trailing_zeros();
        // Zeroed at once, to its most: a fresh zeroed allocation is memory the system hands over
        // already zero, so only the rows states are made in are ever written (about 3.4 MB of
        // ~9 MB); growing it row by row wrote zeros over every row first (perf8).
        let next = vec![0; most << shift];
        let mut made = Vec::with_capacity(most);
        made.resize(2, (0, 0));
        let mut ends = Vec::with_capacity(most);
        ends.resize(2, Vec::new());
        let mut word = Vec::with_capacity(most);
        word.resize(2, usize::MAX);
        Dense {
            column,
            shift,
            next,
            rows: 2 << shift,
            made,
            ends,
            word,
        }
    }

    /// The states of `phrase`, made where missing; returns its last state's number and the index
    /// in `next` of the step into it (`None` for the empty phrase).
    fn insert(&mut self, phrase: &str) -> (usize, Option<usize>) {
        let mut s = Dense::ROOT << self.shift;
        let mut step = None;
        for b in phrase.bytes() {
            let c = self.column[usize::from(b)];
            let k = s | usize::from(c);
            if self.next[k] & Dense::STATE == 0 {
                let id = u32::try_from(self.rows)
                    .ok()
                    .filter(|&id| id < Dense::STATE)
                    .expect("the stance lexicons fit in the trie");
                self.rows += 1 << self.shift;
                let parent = u32::try_from(s >> self.shift).expect("fits, as `id` does");
                self.made.push((parent, c));
                self.ends.push(Vec::new());
                self.word.push(usize::MAX);
                self.next[k] |= id;
            }
            s = (self.next[k] & Dense::STATE) as usize;
            step = Some(k);
        }
        (s >> self.shift, step)
    }

    /// Add phrase entry `entry`: found wherever `phrase` starts at a word start.
    fn add_phrase(&mut self, phrase: &str, entry: usize) {
        let (n, step) = self.insert(phrase);
        self.ends[n].push(entry);
        if let Some(k) = step {
            self.next[k] |= Dense::ENDS;
        }
    }

    /// Add VADER word entry `entry`: found where a whole word is `word`. A later entry for the
    /// same word replaces an earlier one.
    fn add_word(&mut self, word: &str, entry: usize) {
        let (n, step) = self.insert(word);
        self.word[n] = entry;
        if let Some(k) = step {
            self.next[k] |= Dense::WORD;
        }
    }

    /// The trie as a double array, once every entry is in. A state with children gets a base:
    /// its children are the units at `base + column`, placed where those units are free, so that
    /// the rows of all states overlap; no two such states share a base, so a unit's column tells
    /// whose child it is. A state without children has base 0, whose units are never used. States
    /// are placed in the order they were made, which keeps a phrase's states near each other
    /// (numbering them breadth first made the dense table's walks slower).
    fn pack(self, entries: Vec<Entry>) -> Packed {
        let states = self.made.len();
        // The children of each state (by number), in the order they were made.
        let mut first = vec![0u32; states + 1];
        for &(parent, _) in &self.made[2..] {
            first[parent as usize + 1] += 1;
        }
        for n in 1..=states {
            first[n] += first[n - 1];
        }
        let mut kids = vec![(0u8, 0u32); states - 2];
        let mut fill = first.clone();
        for (child, &(parent, c)) in self.made.iter().enumerate().skip(2) {
            let at = &mut fill[parent as usize];
            kids[*at as usize] = (c, u32::try_from(child).expect("fits, as a row offset did"));
            *at += 1;
        }
        let width = 1usize << self.shift;
        let mut units = Units::new(width, states + states / 8);
        // The unit of each state, where its base is written once it is placed.
        let mut unit_of = vec![0usize; states];
        let mut root = 0;
        for n in Dense::ROOT..states {
            let mine = &kids[first[n] as usize..first[n + 1] as usize];
            let Some(&(c0, _)) = mine.first() else {
                continue;
            };
            let base = units.place(mine.iter().map(|&(c, _)| usize::from(c)), c0);
            for &(c, child) in mine {
                let k = base + usize::from(c);
                let step = self.next[n << self.shift | usize::from(c)];
                let flags = if step & Dense::ENDS != 0 {
                    Trie::ENDS
                } else {
                    0
                } | if step & Dense::WORD != 0 {
                    Trie::WORD
                } else {
                    0
                };
                units.take(k, u32::from(c) | flags, child);
                unit_of[child as usize] = k;
            }
            let base = u32::try_from(base)
                .ok()
                .filter(|&b| b < 1 << 24)
                .expect("the stance lexicons fit in the double array")
                << 8;
            if n == Dense::ROOT {
                root = base;
            } else {
                units.unit[unit_of[n]] |= base;
            }
        }
        // What ends at each state, by unit: a walk has the unit at hand.
        let index = |e: usize| u32::try_from(e).expect("fewer entries than u32::MAX");
        let mut ends_from = Vec::with_capacity(units.unit.len() + 1);
        let mut ends = Vec::new();
        let mut word = Vec::with_capacity(units.unit.len());
        for &n in &units.number {
            ends_from.push(index(ends.len()));
            ends.extend(self.ends[n as usize].iter().map(|&e| index(e)));
            word.push(match self.word[n as usize] {
                usize::MAX => u32::MAX,
                e => index(e),
            });
        }
        ends_from.push(index(ends.len()));
        let mut packed = Packed {
            descriptions: entries.iter().map(describe).collect(),
            entries,
            column: self.column,
            units: units.unit,
            root,
            ends_from,
            ends,
            word,
            pairs: None,
        };
        packed.pairs = pair_steps(&packed.trie());
        packed
    }
}

/// The state after byte `b` from state `s` (with its flags), or 0.
fn next(t: &Trie<'_>, s: u32, b: u8) -> u32 {
    t.step(s, b).map_or(0, |k| t.units[k])
}

/// [`Trie::pairs`]: the walks' first two steps as one look-up, unless a phrase is empty or a
/// phrase or word ends after one byte.
fn pair_steps(t: &Trie<'_>) -> Option<Box<[u32; 1 << 16]>> {
    // An empty phrase ends at the root, before the first step: `starting_at` tests for it.
    if !t.ends_at(Trie::ROOT_UNIT).is_empty() {
        return None;
    }
    let mut pairs: Box<[u32; 1 << 16]> = vec![0; 1 << 16]
        .into_boxed_slice()
        .try_into()
        .expect("2^16 steps");
    for a in 0..=255u8 {
        let first = next(t, t.root, a);
        if first & (Trie::ENDS | Trie::WORD) != 0 {
            return None;
        }
        if first == 0 {
            continue;
        }
        for b in 0..=255u8 {
            pairs[usize::from(a) << 8 | usize::from(b)] = next(t, first, b);
        }
    }
    Some(pairs)
}

/// An unused unit: a column no byte has.
const EMPTY: u32 = Trie::LABEL;

/// The units of a double array while states are placed ([`Dense::pack`]), with a list of the
/// free ones so that placing a state never steps over taken units.
struct Units {
    /// The units (see [`Trie::units`]); unused ones hold [`EMPTY`].
    unit: Vec<u32>,
    /// The state number in each unit; the first, never used, stands for the root.
    number: Vec<u32>,
    /// Whether some state's base is here.
    based: Vec<bool>,
    /// How many states tried each free unit and did not fit there: from [`Units::MISSES`] on,
    /// it is out of the list.
    misses: Vec<u8>,
    /// The free units in order, as a list: the next and the previous, or [`Units::NONE`].
    after: Vec<u32>,
    before: Vec<u32>,
    /// The list's first and last free units.
    head: u32,
    tail: u32,
    /// A row's width: every base has this many units after it.
    width: usize,
}

impl Units {
    const NONE: u32 = u32::MAX;
    /// Free units tried before a state goes after the last unit: bounds the time a state takes
    /// when the free units left are ones no state fits.
    const TRIES: usize = 32;
    /// Misses after which a free unit is left out of the list.
    const MISSES: u8 = 8;

    /// The units of base 0 (its row: the states without children step into it and find no
    /// child) and no other.
    fn new(width: usize, room: usize) -> Units {
        let mut number = Vec::with_capacity(room);
        number.resize(width, 0);
        number[0] = u32::try_from(Dense::ROOT).expect("small");
        let mut based = Vec::with_capacity(room);
        based.resize(width, false);
        based[0] = true;
        let mut unit = Vec::with_capacity(room);
        unit.resize(width, EMPTY);
        let mut misses = Vec::with_capacity(room);
        misses.resize(width, Units::MISSES);
        let (mut after, mut before) = (Vec::with_capacity(room), Vec::with_capacity(room));
        after.resize(width, Units::NONE);
        before.resize(width, Units::NONE);
        Units {
            unit,
            number,
            based,
            misses,
            after,
            before,
            head: Units::NONE,
            tail: Units::NONE,
            width,
        }
    }

    /// Whether unit `k` is free (every unit past the end is; those of base 0 never are).
    fn free(&self, k: usize) -> bool {
        k >= self.width && self.unit.get(k).is_none_or(|&u| u == EMPTY)
    }

    /// A base for a state with children at `columns` (the first is `c0`): the first free unit
    /// for `c0` where the others are free too and the base is not another state's, among the
    /// first [`Units::TRIES`] free units, else after the last unit. Room is made for its row.
    fn place(&mut self, columns: impl Iterator<Item = usize> + Clone, c0: u8) -> usize {
        let c0 = usize::from(c0);
        let fits = |u: &Units, b: usize| {
            u.based.get(b) != Some(&true) && columns.clone().all(|c| u.free(b + c))
        };
        let mut p = self.head;
        let mut base = None;
        for _ in 0..Units::TRIES {
            if p == Units::NONE {
                break;
            }
            let k = p as usize;
            if k >= c0 && fits(self, k - c0) {
                base = Some(k - c0);
                break;
            }
            p = self.after[k];
            // A unit no state fitted for a while is left out of the list (and stays unused),
            // so that such units do not fill the tries of every state after them.
            self.misses[k] += 1;
            if self.misses[k] == Units::MISSES {
                self.unlink(k);
            }
        }
        let base = base.unwrap_or_else(|| {
            // Past the end every unit is free: only the bases there can be taken, at most one a
            // state.
            let mut b = self.unit.len().saturating_sub(c0).max(1);
            while !fits(self, b) {
                b += 1;
            }
            b
        });
        let len = base + self.width;
        while self.unit.len() < len {
            let k = u32::try_from(self.unit.len()).expect("checked by the caller's base");
            self.unit.push(EMPTY);
            self.number.push(0);
            self.based.push(false);
            self.misses.push(0);
            self.after.push(Units::NONE);
            self.before.push(self.tail);
            match self.tail {
                Units::NONE => self.head = k,
                t => self.after[t as usize] = k,
            }
            self.tail = k;
        }
        self.based[base] = true;
        base
    }

    /// Put the state numbered `n` in the free unit `k`, as `unit`.
    fn take(&mut self, k: usize, unit: u32, n: u32) {
        self.unit[k] = unit;
        self.number[k] = n;
        if self.misses[k] < Units::MISSES {
            self.unlink(k);
        }
    }

    /// Take the free unit `k` out of the list.
    fn unlink(&mut self, k: usize) {
        let (a, b) = (self.after[k], self.before[k]);
        match b {
            Units::NONE => self.head = a,
            b => self.after[b as usize] = a,
        }
        match a {
            Units::NONE => self.tail = b,
            a => self.before[a as usize] = b,
        }
    }
}

impl Packed {
    /// The table as Rust source: `ENTRIES`, `DESCRIPTIONS`, `COLUMN`, `UNITS`, `ROOT`, `ENDS_FROM`, `ENDS`,
    /// `WORD`, `PAIRED` and `PAIRS`, in the names `stance.rs` gives them. Floats are written as
    /// `{:?}` writes them, which reads back as the same number.
    pub(super) fn to_rust(&self) -> String {
        let mut out = String::with_capacity(2 << 20);
        out.push_str(
            "// Generated by build.rs from src/lexicon/stance_operators.txt, stance_terms.txt and \
             vader_lexicon.txt (src/stance/pack.rs). Do not edit.\n",
        );
        let _ = writeln!(out, "static ENTRIES: [Entry; {}] = [", self.entries.len());
        for e in &self.entries {
            assert!(
                e.weight.is_finite() && e.as_cue.is_none_or(f64::is_finite),
                "{:?}: weights are numbers",
                e.phrase
            );
            let _ = writeln!(
                out,
                "Entry {{ phrase: {:?}, kind: Kind::{:?}, weight: {:?}, prefix: {}, scope: {}, \
                 origin: Origin::{:?}, as_cue: {:?} }},",
                e.phrase, e.kind, e.weight, e.prefix, e.scope, e.origin, e.as_cue
            );
        }
        out.push_str("];\n");
        let _ = writeln!(
            out,
            "static DESCRIPTIONS: [&str; {}] = [",
            self.entries.len()
        );
        for d in &self.descriptions {
            let _ = writeln!(out, "{d:?},");
        }
        out.push_str("];\n");
        let _ = writeln!(out, "const ROOT: u32 = {};", self.root);
        write_array(&mut out, "COLUMN", "u8", &self.column);
        write_array(&mut out, "UNITS", "u32", &self.units);
        write_array(&mut out, "ENDS_FROM", "u32", &self.ends_from);
        write_array(&mut out, "ENDS", "u32", &self.ends);
        write_array(&mut out, "WORD", "u32", &self.word);
        // Most pairs lead nowhere: only the others are written, and spread at compile time.
        let _ = writeln!(out, "const PAIRED: bool = {};", self.pairs.is_some());
        out.push_str("static PAIRS: [u32; 1 << 16] = spread(&[\n");
        for (k, &p) in self.pairs.iter().flat_map(|p| p.iter()).enumerate() {
            if p != 0 {
                let _ = write!(out, "({k}, {p}),");
            }
        }
        out.push_str("\n]);\n");
        out
    }
}

/// `static NAME: [TY; N] = [...];`, twenty numbers a line.
fn write_array<T: std::fmt::Display>(out: &mut String, name: &str, ty: &str, v: &[T]) {
    let _ = writeln!(out, "static {name}: [{ty}; {}] = [", v.len());
    for line in v.chunks(20) {
        for x in line {
            let _ = write!(out, "{x},");
        }
        out.push('\n');
    }
    out.push_str("];\n");
}
