//! Work counts: how many inner-loop steps each pipeline stage took on one document.
//!
//! Linear time is a requirement (docs/PERFORMANCE.md), and a test of it that times runs is flaky on a
//! shared machine and says nothing about *which* stage went quadratic. So every stage counts the
//! steps of its inner loops (chars scanned, marks classified, tokens read by a rule, registry
//! look-ups, lexicon matches …) and [`measure`] returns them per stage. The counts are deterministic:
//! `tests/adversarial.rs` asserts that they grow linearly with the input and stay under a constant
//! per byte.
//!
//! Counting is cheap enough to stay on in release builds: loops count into a local integer and add it
//! here once per call (per paragraph, per quote), never per step. The counters are thread-local, so
//! documents analysed in parallel (`extract --threads N`) do not mix their counts; a document is
//! always analysed on one thread.

use std::cell::Cell;

/// A pipeline stage, for [`add`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// `segment::paragraphs`: lines read.
    Paragraphs,
    /// `quotes::scan`: chars skipped between marks, marks classified, stack steps, look-arounds.
    Scan,
    /// `segment::tokens`: chars tokenised.
    Tokens,
    /// `segment::sentences`: tokens stepped over.
    Sentences,
    /// `speakers::Registry::build`: tokens read and names registered.
    Registry,
    /// `attribute::attribute`: tokens read by the attribution rules.
    Attribution,
    /// Speaker resolution (`speakers::Registry::resolve_*`): look-ups and candidate mentions read.
    Resolution,
    /// `stance::classify`: bytes normalised, word starts searched, operator scopes stepped.
    Stance,
    /// Building the `Document`: quotes, mentions and strings assembled.
    Assembly,
    /// `span::Positions`: chars counted to turn byte offsets into char offsets and columns.
    Positions,
}

const STAGES: usize = 10;

thread_local! {
    static COUNTS: [Cell<u64>; STAGES] = const { [const { Cell::new(0) }; STAGES] };
}

/// Add `n` steps to `stage` on this thread.
#[inline]
pub fn add(stage: Stage, n: u64) {
    COUNTS.with(|c| {
        let c = &c[stage as usize];
        c.set(c.get().wrapping_add(n));
    });
}

/// Steps per stage of one piece of work (see [`measure`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Work {
    /// Lines read by `segment::paragraphs`.
    pub paragraphs: u64,
    /// Quote scanner steps.
    pub scan: u64,
    /// Chars tokenised.
    pub tokens: u64,
    /// Sentence splitter steps.
    pub sentences: u64,
    /// Speaker registry steps (first pass).
    pub registry: u64,
    /// Token reads of the attribution rules.
    pub attribution: u64,
    /// Speaker resolution steps.
    pub resolution: u64,
    /// Stance classifier steps.
    pub stance: u64,
    /// Document assembly steps.
    pub assembly: u64,
    /// Char-offset and column steps.
    pub positions: u64,
}

impl Work {
    /// Every stage with its name, in pipeline order.
    pub fn stages(&self) -> [(&'static str, u64); STAGES] {
        [
            ("paragraphs", self.paragraphs),
            ("scan", self.scan),
            ("tokens", self.tokens),
            ("sentences", self.sentences),
            ("registry", self.registry),
            ("attribution", self.attribution),
            ("resolution", self.resolution),
            ("stance", self.stance),
            ("assembly", self.assembly),
            ("positions", self.positions),
        ]
    }

    /// All steps.
    pub fn total(&self) -> u64 {
        self.stages().iter().map(|(_, n)| n).sum()
    }

    fn read() -> Work {
        COUNTS.with(|c| {
            let g = |s: Stage| c[s as usize].get();
            Work {
                paragraphs: g(Stage::Paragraphs),
                scan: g(Stage::Scan),
                tokens: g(Stage::Tokens),
                sentences: g(Stage::Sentences),
                registry: g(Stage::Registry),
                attribution: g(Stage::Attribution),
                resolution: g(Stage::Resolution),
                stance: g(Stage::Stance),
                assembly: g(Stage::Assembly),
                positions: g(Stage::Positions),
            }
        })
    }

    fn since(&self, before: &Work) -> Work {
        let d = |a: u64, b: u64| a.wrapping_sub(b);
        Work {
            paragraphs: d(self.paragraphs, before.paragraphs),
            scan: d(self.scan, before.scan),
            tokens: d(self.tokens, before.tokens),
            sentences: d(self.sentences, before.sentences),
            registry: d(self.registry, before.registry),
            attribution: d(self.attribution, before.attribution),
            resolution: d(self.resolution, before.resolution),
            stance: d(self.stance, before.stance),
            assembly: d(self.assembly, before.assembly),
            positions: d(self.positions, before.positions),
        }
    }
}

/// Run `f` and return its result with the steps it took on this thread. Nesting is fine: the
/// counters only ever grow, and each call reports the difference.
pub fn measure<R>(f: impl FnOnce() -> R) -> (R, Work) {
    let before = Work::read();
    let r = f();
    (r, Work::read().since(&before))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measure_reports_only_its_own_steps() {
        add(Stage::Scan, 5);
        let ((), outer) = measure(|| {
            add(Stage::Scan, 2);
            let ((), inner) = measure(|| add(Stage::Stance, 3));
            assert_eq!(inner.stance, 3);
            assert_eq!(inner.scan, 0);
        });
        assert_eq!(outer.scan, 2);
        assert_eq!(outer.stance, 3);
        assert_eq!(outer.total(), 5);
    }

    #[test]
    fn threads_count_apart() {
        let ((), w) = measure(|| {
            std::thread::spawn(|| add(Stage::Tokens, 100))
                .join()
                .unwrap();
            add(Stage::Tokens, 1);
        });
        assert_eq!(w.tokens, 1);
    }
}
