//! Speaker phrases: the noun phrase before or after a cue ("the state's top lawyer, Ana Fell"),
//! appositions, roles and organisations, read on the paragraph's [`View`]. Which phrase is a
//! speaker and which is only a name in passing is decided here, once for every rule.

use super::*;

/// How far back a restrictive "who" clause before a verb is looked for, in tokens.
const RELATIVE_SPAN: usize = 16;

/// What `View::pp_chain_head` makes of a chain of prepositional phrases.
#[derive(Clone, Copy)]
enum ChainHead {
    /// The first phrase, a role, group or name, heads the subject.
    Head(Np),
    /// The first phrase is another noun, or an object: no one is sure who speaks.
    Unsure,
    /// One "of" after a noun in no list: a name after it is what the noun is ("the canton of
    /// Valmont"); anything else after it is unsure.
    OfName,
}

/// How many prepositional phrases `pp_chain_head` reads back over ("Parents of pupils at the
/// school in Dunlow said" has three), and how many words one phrase may have.
const MAX_PP_CHAIN: usize = 3;
const MAX_CHAIN_PHRASE: usize = 6;

impl<'a> View<'a> {
    /// The speaker noun phrase ending right before token `end` (exclusive), not before `lo`.
    /// Skips adverbs and auxiliaries ("officials have repeatedly said") and up to three appositions
    /// ("Jane Doe, a spokeswoman for the ministry, said"; "Doe, 54, said").
    pub(super) fn np_before(&self, end: usize, lo: usize) -> Option<Np> {
        if let Some(&np) = self.np_memo.borrow().get(&(end, lo)) {
            return np;
        }
        let np = self
            .np_before_uncached(end, lo)
            .map(|np| self.source_by(np, lo));
        self.np_memo.borrow_mut().insert((end, lo), np);
        np
    }

    /// "A study by two economists at Dellmoor College suggests": the phrase after "by" wrote the
    /// source that the verb's subject is, and the source speaks (as "the study" would); the
    /// phrase runs from the source's determiner ("a", "the", "this", "one" or a possessor) over
    /// at most two modifiers (the nouns: `authored_sources.txt`). `np` as it is when no such
    /// source stands before its "by".
    fn source_by(&self, np: Np, lo: usize) -> Np {
        let s = tok_at(self.toks, np.span.start);
        if s < lo + 3 || !self.lw_is(s - 1, "by") {
            return np;
        }
        let noun = s - 2;
        if !self.lex.authored_sources.contains(self.lc(noun)) {
            return np;
        }
        let Some(det) = (noun.saturating_sub(3).max(lo)..noun).rev().find(|&k| {
            matches!(self.lc(k), "a" | "an" | "the" | "this" | "one") || possessive_word(self.w(k))
        }) else {
            return np;
        };
        // Between the determiner and the noun only modifiers: no verb, mark or function word
        // ("a report that experts by …" is no source phrase).
        if !(det + 1..noun)
            .all(|k| self.is_word(k) && !self.lex.function_words.contains(self.lc(k)))
        {
            return np;
        }
        let from = if possessive_word(self.w(det)) {
            det
        } else {
            det + 1
        };
        Np::group(
            Span::new(self.toks[det].span.start, np.span.end),
            Span::new(self.toks[from].span.start, np.span.end),
            None,
        )
    }
    /// "When Hal Vell returned he said", "Soon after the vote in Dunmore she wrote": a
    /// nominative pronoun right before the verb at `end` (adverbs between) is its subject even
    /// after a word and no comma, where [`View::np_before`] reads a pronoun as an object. No verb
    /// or preposition takes "he", "she", "they", "we" or "I" as its object.
    pub(super) fn nominative_before(&self, end: usize, lo: usize) -> Option<Np> {
        let mut i = end;
        while i > lo && end - i < MAX_RUN && self.is_adverb(i - 1) {
            i -= 1;
        }
        let last = i
            .checked_sub(1)
            .filter(|&k| k >= lo && self.nominative(k))?;
        let g = self.pronoun(last)?;
        Some(self.pronoun_np(last, g))
    }

    /// The pronoun at `k`, of gender `g`, as a speaker mention: its words without an auxiliary
    /// written together with it ("she" of "she's").
    pub(super) fn pronoun_np(&self, k: usize, g: Gender) -> Np {
        let span = self.pronoun_span(k);
        Np {
            span,
            core: span,
            ..self.word_np(k, NpKind::Pronoun(g))
        }
    }
    /// [`View::np_before`], found anew (its recursive calls go through the memo).
    fn np_before_uncached(&self, end: usize, lo: usize) -> Option<Np> {
        let mut i = end;
        while i > lo && end - i < MAX_RUN && self.is_adverb(i - 1) {
            i -= 1;
        }
        // "Jo Doe (D-Ore.) last week said", "Doe on Tuesday told": a time phrase between the
        // subject and the verb.
        // Adverbs before a time phrase, if there is one: else the loop above has asked of this
        // token already, and `is_adverb` is asked of most tokens before a cue.
        let at = self.time_phrase_before(i, lo);
        if at != i {
            i = at;
            while i > lo && end - i < MAX_RUN && self.is_adverb(i - 1) {
                i -= 1;
            }
        }
        // "Doe in a statement called", "Doe, who has in the past described": a phrase of
        // occasion or medium between the subject and the verb.
        if let Some(k) = self.occasion_before(i, lo) {
            i = k;
            while i > lo && end - i < MAX_RUN && self.is_adverb(i - 1) {
                i -= 1;
            }
        }
        if i <= lo {
            return None;
        }
        // "A source familiar with Cole’s thinking said", "officials close to the talks said": the
        // phrase before the modifier speaks.
        let mods = self
            .post_modifiers
            .get_or_init(|| self.find_post_modifiers());
        let from = lo.max(i.saturating_sub(8));
        let at = mods.partition_point(|&k| k < i.saturating_sub(1));
        if let Some(k) = at.checked_sub(1).map(|a| mods[a]).filter(|&k| k >= from) {
            if (k + 2..i).all(|j| self.is_word(j) || matches!(self.w(j), "’s" | "'s" | "’" | "'"))
            {
                if let Some(np) = self
                    .np_before(k, lo)
                    .filter(|np| np.kind == NpKind::Group && tok_at(self.toks, np.span.end) == k)
                {
                    return Some(np);
                }
            }
        }
        // "A former governor — Ed Lamb, who lost in 2010 — said": a dash-bounded apposition; the
        // name inside it, or else the phrase before it.
        if let Some(close) = self.dash_ending_at(i, lo) {
            let open = (lo.max(close.start.saturating_sub(30))..close.start)
                .rev()
                .find_map(|k| self.dash_ending_at(k + 1, lo))?;
            let inner = open.end..close.start;
            return self
                .np_after(inner.start, inner.end)
                .filter(|np| np.kind == NpKind::Name)
                .or_else(|| self.np_before(open.start, lo));
        }
        let mut gender = None;
        // Up to four comma-bounded appositions between the speaker and the cue: "Doe, 54, a
        // farmer, said"; a name among them wins over a role before them ("The council’s leader,
        // Councillor Jane Doe, said").
        let mut apposed_name: Option<Np> = None;
        // "Tom Hale, the author of “Quiet Streets,” said": an apposition ending in a quoted
        // title; the name before it speaks.
        if let Some(k) = self.titled_apposition(i, lo) {
            if let Some(np) = self
                .np_plain_before(k, lo, gender)
                .filter(|np| np.kind == NpKind::Name && tok_at(self.toks, np.span.end) == k)
            {
                return Some(np);
            }
        }
        // "Sen. Jo Doe (D-Ore.), said": a stray comma after a parenthesis that opens no
        // apposition.
        if i > lo + 2 && self.w(i - 1) == "," && self.w(i - 2) == ")" {
            if self.prev_comma(i - 1, lo).is_none() {
                i -= 1;
            } else if let Some(open) = (lo..i - 2)
                .rev()
                .take(10)
                .find(|&k| self.w(k) == "(")
                .filter(|&k| matches!(self.w(k + 1), "R" | "D" | "I"))
            {
                // "…, after the primary, Gov. Jon Kasey (R-Ohio), said": a name right before
                // the party label is the subject, whatever comma came before it. Not any
                // parenthesis: "Ana Fell, the head of the Harbour Trust (HT), said" keeps the
                // apposition.
                if let Some(np) = self
                    .np_before(open, lo)
                    .filter(|np| np.kind == NpKind::Name && tok_at(self.toks, np.span.end) == open)
                {
                    return Some(np);
                }
            }
        }
        let mut close = (self.w(i - 1) == ",").then_some(i - 1);
        let mut rounds = 0;
        while let Some(c) = close {
            rounds += 1;
            let open = self.prev_comma(c, lo)?;
            let seg = open + 1..c;
            if seg.is_empty() {
                return None;
            }
            // "a salesman from Dunford, South Carolina,": a place's second part, not a name.
            // Only the segment next to the verb, or one after a phrase that is an apposition
            // itself ("Harry Bonde, 30, of Carrow, N.C., who was polled, said"): an earlier one
            // after an opening phrase is the subject itself ("In July, Jane Doe, vice chair of
            // Acme, told").
            // A person the text also names by one word is no place ("The head of Acme, Ken
            // Oduya, said", and later "Oduya").
            let place_tail = (rounds == 1 || open >= lo + 3 && self.w(open - 3) == ",")
                && open > lo + 1
                && self.cap(open - 1)
                && PP_HEADS.contains(&self.lc(open - 2))
                && !self.names_person(seg.clone());
            // "…, in what Ada Lund, the treasurer, called “…”": a segment opened by a relative
            // "what" or "which" (after a preposition or not) holds the verb's subject, not an
            // apposition to it: the phrase after the relative word, ending at the comma.
            let wh = seg.start + usize::from(PREPOSITIONS.contains(&self.lc(seg.start)));
            let head = (rounds > 1 && wh + 1 < seg.end && matches!(self.lc(wh), "what" | "which"))
                .then(|| self.np_plain_before(seg.end, wh + 1, gender))
                .flatten()
                .filter(|np| {
                    tok_at(self.toks, np.span.start) == wh + 1
                        && np.span.end == self.toks[seg.end - 1].span.end
                        // A name, or a role with a name in apposition: "which Ada Lund chairs, a
                        // body of twelve," reads "Ada Lund chairs" as a phrase of its own.
                        && (np.kind == NpKind::Name || apposed_name.is_some())
                });
            if let Some(h) = head {
                // A name in apposition wins over a role ("in what the treasurer, Ada Lund,").
                return Some(match apposed_name {
                    Some(n) if h.kind != NpKind::Name || self.role_like(h.span) => Np {
                        gender: n.gender.or(h.gender),
                        ..n
                    },
                    _ => h,
                });
            }
            let kind = if place_tail && self.cap(seg.start) {
                Some(None)
            } else {
                self.apposition_kind(seg.clone()).or_else(|| {
                    (rounds == 1 && self.owned_apposition(seg.clone(), end, lo)).then_some(None)
                })
            };
            match kind {
                Some(Some(np)) => {
                    if apposed_name.is_none() {
                        apposed_name = Some(np);
                    }
                }
                Some(None) => gender = gender.or(self.gender_in(seg)),
                None => return None,
            }
            i = open;
            // Another apposition before this one ("Doe, 54, a farmer, said")?
            close = None;
            if rounds < 4 {
                if let Some(k) = self.prev_comma(open, lo) {
                    // "the Courier, and widely shared online, Shen Lund, a doctoral candidate,
                    // urged": before a name already found, a segment that opens with a
                    // conjunction joins a phrase of the sentence's opening; it renames nothing.
                    // (Before any name it may go on with a relative clause: "Tarrant, who backed
                    // Vega, R-Texas, and opposed Harlow, said".)
                    let joined = apposed_name.is_some()
                        && matches!(self.lc(k + 1), "and" | "but" | "or" | "yet");
                    // "In a statement, the victim, a widow, said": after an opening
                    // prepositional phrase, a segment in lower case is the subject itself.
                    let opening = self.prev_comma(k, lo).map_or(lo, |c| c + 1);
                    // (A short phrase of words only: "In 2009, under what Lund called …, the
                    // club, a course in Dunmore, charged" opens with more than one.)
                    let after_intro = opening < k
                        && k - opening <= 8
                        && PREPOSITIONS.contains(&self.lc(opening))
                        && (opening..k).all(|j| self.is_word(j))
                        && !self.cap(k + 1);
                    if k + 1 < open
                        && !joined
                        && !after_intro
                        && self.apposition_kind(k + 1..open).is_some()
                    {
                        close = Some(open);
                    }
                }
            }
        }
        let stop = i.saturating_sub(8).max(lo);
        while i > stop && self.is_adverb(i - 1) {
            i -= 1;
        }
        if i <= lo {
            return apposed_name;
        }
        if let Some(name) = apposed_name {
            let head = self.np_plain_before(i, lo, gender);
            return match head {
                // A name inside a prepositional phrase is not the head ("The leader of the Civic
                // Union, Ines Morrow, said").
                // A head that is a role ("Fenmouth's MP, Clara Westbrook, said") is not a name
                // either.
                Some(h)
                    if h.kind == NpKind::Name
                        && !tok_at(self.toks, h.span.start)
                            .checked_sub(1)
                            .is_some_and(|k| PREPOSITIONS.contains(&self.lc(k)))
                        && !self.role_like(h.span) =>
                {
                    Some(h)
                }
                Some(h) => Some(Np {
                    gender: name.gender.or(h.gender),
                    ..name
                }),
                None => Some(name),
            };
        }
        // A parenthesis after a name: "Rep. Jane Doe (D-Ore.) said".
        if self.w(i - 1) == ")" {
            let close = i - 1;
            let open = (lo..close).rev().take(10).find(|&k| self.w(k) == "(")?;
            i = open;
            if i <= lo {
                return None;
            }
        }
        let last = i - 1;
        if let Some(g) = self.pronoun(last) {
            if g == Gender::Relative {
                // "Lu Shaye, who said": the mention is "who", the name its antecedent; also
                // after a dash that opens an aside ("Lu Shaye — who said …"), not one that
                // closes it ("candidates — like Lu Shaye — who say": the aside is no antecedent).
                // (A hyphen joined to its words, as in "front-runner", is no dash.)
                let opening_dash = last > lo
                    && self.spaced_dash(last - 1)
                    && !(lo.max(last.saturating_sub(16))..last - 1).any(|k| self.spaced_dash(k));
                if last > lo && (self.w(last - 1) == "," || opening_dash) {
                    let who = self.toks[last].span;
                    // "which" stands for a thing or a body, never a person: a name is its
                    // antecedent only when it names an organisation ("the Harbour Trust, which
                    // said"), not a place ("in Porthaven, Dorset, which Lund claims …").
                    let which = self.lc(last) == "which";
                    // "Harold Beamish, 88, who said": an age between the name and "who".
                    let mut comma = last - 1;
                    if comma > lo + 1
                        && self.w(comma - 1).len() <= 3
                        && self.w(comma - 1).bytes().all(|b| b.is_ascii_digit())
                        && self.w(comma - 2) == ","
                    {
                        comma -= 2;
                    }
                    return self
                        .np_plain_before(comma, lo, gender)
                        .filter(|np| !which || np.kind != NpKind::Name || self.names_body(np.span))
                        .map(|np| Np { span: who, ..np });
                }
                // "this post from Ada Lund who wrote, “…”": a name takes no restrictive clause,
                // so the comma is only missing. Not after a common noun ("critics who say"), and
                // only for a verb that introduces a quote (a comma, colon or mark after it), not
                // a headline's "Hacker who revealed …".
                let introduces = end + 1 < self.toks.len()
                    && (matches!(self.w(end + 1), "," | ":") || self.is_mark(end + 1));
                if introduces && last > lo && self.lc(last) == "who" && self.cap(last - 1) {
                    let who = self.toks[last].span;
                    return self
                        .np_plain_before(last, lo, gender)
                        .filter(|np| {
                            np.kind == NpKind::Name && tok_at(self.toks, np.span.end) == last
                        })
                        .map(|np| Np { span: who, ..np });
                }
                return None;
            }
            // A pronoun that is the object of a preposition or verb is not a subject ("told him").
            if last > lo
                && self.is_word(last - 1)
                && !self.is_adverb(last - 1)
                && !self.is_sentence_start(last)
                && !(self.nominative(last) && self.ends_time_phrase(last - 1))
                // "Lund said she expected …": a nominative pronoun after a verb that takes a
                // reported clause opens that clause as its subject.
                && !(self.nominative(last) && self.is_indirect_cue(last - 1))
            {
                let prev = self.lc(last - 1);
                if !matches!(
                    prev,
                    "and"
                        | "but"
                        | "then"
                        | "as"
                        | "that"
                        | "because"
                        | "so"
                        | "when"
                        | "where"
                        | "while"
                        | "if"
                        | "what"
                        | "which"
                        | "although"
                        | "though"
                        | "after"
                        | "before"
                        | "since"
                        | "once"
                        | "until"
                        | "unless"
                        | "whereas"
                        | "whether"
                        // "Ed Moss, whom he calls “…”", "Okafor, who he noted was “…”".
                        | "whom"
                        | "who"
                        | "how"
                        | "why"
                        | "or"
                        | "yet"
                ) {
                    // "The groups who wrote to her say": the object closes a "who" clause.
                    return self.relative_subject(i, lo, gender, true);
                }
            }
            // "He’d told": the pronoun alone is the mention.
            let span = self.pronoun_span(last);
            return Some(Np {
                gender,
                span,
                core: span,
                ..self.word_np(last, NpKind::Pronoun(g))
            });
        }
        match self.np_plain_before_in(i, lo, gender, true) {
            // "a woman who voted for Ada Lund said": the name is the object of the restrictive
            // clause, and the verb's subject is the phrase before "who" (none when that phrase
            // is no name or group: better unknown than the object).
            Some(np) if self.inside_relative(np.span.start, i, lo) => {
                self.relative_subject(i, lo, gender, true)
            }
            // "Parents of pupils at the school said": a phrase read inside a chain of
            // prepositional phrases is not the subject; the chain's first phrase is, or no one.
            // (Only a phrase right after a preposition can be inside a chain: the chain is
            // read only then, as most subjects are not.)
            Some(np) if !self.after_pp_head(np) => Some(np),
            Some(np) => match self.pp_chain_head(end, i, lo, gender) {
                Some((first, ChainHead::Head(h))) if self.inside_chain(np, first) => Some(h),
                // The antecedent of "who" or "which" is the nearest phrase ("a rise in anxiety
                // among voters who had hoped").
                Some((first, ChainHead::Unsure))
                    if self.inside_chain(np, first) && !self.relative_at(end) =>
                {
                    None
                }
                Some((first, ChainHead::OfName))
                    if self.inside_chain(np, first)
                        && np.kind != NpKind::Name
                        && !self.relative_at(end) =>
                {
                    None
                }
                _ => Some(np),
            },
            None => self.relative_subject(i, lo, gender, false).or_else(|| {
                match self.pp_chain_head(end, i, lo, gender) {
                    Some((_, ChainHead::Head(h))) => Some(h),
                    _ => None,
                }
            }),
        }
    }

    /// Does `np` start right after one of the prepositions a chain is made of (`PP_HEADS`), as
    /// every phrase `inside_chain` accepts does?
    fn after_pp_head(&self, np: Np) -> bool {
        let s = tok_at(self.toks, np.span.start);
        s > 0 && PP_HEADS.contains(&self.lc(s - 1))
    }

    /// Token `k` is a relative word whose antecedent `np_before` reads.
    fn relative_at(&self, k: usize) -> bool {
        k < self.toks.len() && matches!(self.lc(k), "who" | "whom" | "whose" | "which" | "that")
    }

    /// Whether `np` starts after the first phrase of a chain (`pp_chain_head`) that opens at
    /// token `first`, right after one of its prepositions.
    fn inside_chain(&self, np: Np, first: usize) -> bool {
        let s = tok_at(self.toks, np.span.start);
        s > first + 1 && PP_HEADS.contains(&self.lc(s - 1))
    }

    /// "Parents of pupils at the school said", "The head of the board at the port said": the
    /// words before `end` (the verb at `verb`) as a chain of up to `MAX_PP_CHAIN`
    /// prepositional phrases after a first noun phrase, which heads the subject; a noun inside
    /// a later phrase never does. `None` when the words end no such chain, or when its first
    /// phrase counts the people after its "of" ("half of the voters", `partitives.txt`);
    /// after a quantity the chain opens at the people ("most of the delegates at the
    /// congress"). Else the token the first phrase opens at, and what heads it: that phrase
    /// when it is a role, a group or a name, with the other phrases in the name and the
    /// mention; `Unsure` when it is another noun or follows a word that may make the chain an
    /// object (better unattributed than a noun of a later phrase).
    fn pp_chain_head(
        &self,
        verb: usize,
        end: usize,
        lo: usize,
        gender: Option<Gender>,
    ) -> Option<(usize, ChainHead)> {
        // "with Noah commenting", "an account of Lund telling": a gerund's subject is the phrase
        // right before it, object of a preposition or not.
        if verb < self.toks.len() && !self.cap(verb) && self.lc(verb).ends_with("ing") {
            return None;
        }
        // The prepositions from the last back; the first phrase ends at the last one found.
        let mut preps = [0usize; MAX_PP_CHAIN];
        let mut n = 0;
        let mut k = end;
        // Where the phrase of a quantity opens, when the chain's first phrase is counted by it.
        let mut counted_from = None;
        let first = loop {
            let j = self.chain_phrase_start(k, lo);
            if j == k {
                return None;
            }
            match j.checked_sub(1) {
                Some(p) if p > lo && n < MAX_PP_CHAIN && PP_HEADS.contains(&self.lc(p)) => {
                    // "the 30 percent of voters", "most of the delegates at the congress": the
                    // people counted speak, and the chain opens after the quantity's "of".
                    let before = self.lc(p - 1);
                    if self.lw_is(p, "of")
                        && (self.lex.partitives.contains(before)
                            || before.bytes().all(|b| b.is_ascii_digit()))
                    {
                        counted_from = Some(self.chain_phrase_start(p, lo));
                        break j;
                    }
                    // "Some outside analysts": a preposition after a determiner is a modifier.
                    if DETERMINERS.contains(&before) {
                        break j;
                    }
                    preps[n] = p;
                    n += 1;
                    k = p;
                }
                _ => break j,
            }
        };
        if n == 0 {
            return None;
        }
        let prep = preps[n - 1];
        // "A letter from the veterans' group warns": the author of a letter or statement
        // speaks through it, as `head_of_pp` reads it.
        let source = self.lc(prep - 1);
        if self.lw_is(prep, "from")
            && (self.lex.speech_nouns.contains(source)
                || self.lex.authored_sources.contains(source))
        {
            return None;
        }
        let head = self
            .np_plain_before_in(prep, lo, gender, false)
            .filter(|h| tok_at(self.toks, h.span.end) == prep)
            .filter(|h| tok_at(self.toks, h.span.start) >= first.min(prep - 1))
            // (A number opens no head: "in 2012 on the show".)
            .filter(|h| {
                !self
                    .w(tok_at(self.toks, h.core.start))
                    .starts_with(|c: char| c.is_ascii_digit())
            })
            .filter(|h| match h.kind {
                NpKind::Group => true,
                // ("Overheard in the lift at City Hall:": a capital that opens the sentence
                // may be any word.)
                // A plural opening the sentence is a group ("Proponents of the bill").
                NpKind::Name => {
                    let c = tok_at(self.toks, h.core.start);
                    !(c + 1 == prep
                        && (self.is_sentence_start(c) && !plural_form(self.lc(c))
                            || self.lex.not_names.contains(self.lc(c))))
                }
                _ => false,
            })
            .filter(|h| {
                let start = counted_from.unwrap_or(tok_at(self.toks, h.span.start));
                start < prep && self.opens_subject(start, lo)
            });
        // "The canton of Valmont said": one "of" after a noun in no list names what the noun
        // is, and the name read (`head_of_pp`) stays.
        if head.is_none() && n == 1 && self.lc(prep) == "of" {
            return Some((first, ChainHead::OfName));
        }
        let head = head.and_then(|h| {
            let start = tok_at(self.toks, h.span.start);
            // "Ada Lund, a supporter of the bid for the seat told": an apposition whose closing
            // comma is missing; the name before it speaks. After a parenthesis ("Ada Lund
            // (Ind.), a supporter of …") no one is sure.
            if h.kind == NpKind::Group && start > lo + 1 && self.w(start - 1) == "," {
                if self.w(start - 2) == ")" {
                    return None;
                }
                if let Some(name) = self.np_plain_before(start - 1, lo, gender).filter(|n| {
                    n.kind == NpKind::Name && tok_at(self.toks, n.span.end) == start - 1
                }) {
                    return Some(Np {
                        gender: name.gender.or(h.gender),
                        ..name
                    });
                }
            }
            // The phrases say which head ("the head of the board at the port"), and stay in
            // the name as in the mention.
            let tail = self.toks[end - 1].span.end;
            let c = tok_at(self.toks, h.core.start);
            let kind = if c + 1 == prep && self.is_sentence_start(c) {
                NpKind::Group
            } else {
                h.kind
            };
            // A person is named by the name alone ("Ilse Marrow of the clinic at Fenwick").
            let core = if kind == NpKind::Name && self.person_like(c..prep) {
                h.core
            } else {
                Span::new(h.core.start, tail)
            };
            let span_start = counted_from.map_or(h.span.start, |k| self.toks[k].span.start);
            Some(Np {
                span: Span::new(span_start, tail),
                core,
                kind,
                ..h
            })
        });
        Some((first, head.map_or(ChainHead::Unsure, ChainHead::Head)))
    }

    /// Where a phrase of a chain (`pp_chain_head`) ending before `k` opens: back over at most
    /// `MAX_CHAIN_PHRASE` words to its determiner, stopping at a preposition, a function word,
    /// a pronoun or a verb of saying. `k` when no word stands there.
    fn chain_phrase_start(&self, k: usize, lo: usize) -> usize {
        let mut j = k;
        while j > lo && k - j < MAX_CHAIN_PHRASE {
            let p = j - 1;
            let l = self.lc(p);
            // (A number opens a phrase too: "found 12 messages with".)
            if l != "that" && DETERMINERS.contains(&l) || l.bytes().all(|b| b.is_ascii_digit()) {
                return p;
            }
            let possessive = matches!(self.w(p), "’s" | "'s" | "’" | "'") && j < k;
            // ("huddled with", "targeting voters in": a verb's object is no subject.)
            let verb_form = !self.cap(p)
                && l.len() > 4
                && (l.ends_with("ed") || l.ends_with("ing"))
                && !self.is_group_head(p);
            if !(self.is_word(p) || possessive)
                || verb_form
                || self.is_adverb(p)
                || PREPOSITIONS.contains(&l)
                || self.lex.function_words.contains(l)
                || SUBORDINATORS.contains(&l)
                || self.pronoun(p).is_some()
                || self.is_cue(p) && !self.is_group_head(p)
            {
                break;
            }
            j = p;
        }
        j
    }

    /// Whether a subject may open at token `s`: at the start of the window or the sentence,
    /// after punctuation, a conjunction, a clause opener or an adverb, not after a verb or
    /// another word that would make what follows its object.
    fn opens_subject(&self, s: usize, lo: usize) -> bool {
        if s <= lo || self.is_sentence_start(s) {
            return true;
        }
        let p = s - 1;
        !self.is_word(p)
            || matches!(
                self.lc(p),
                "and" | "but" | "or" | "so" | "yet" | "that" | "then" | "as"
            )
            || SUBORDINATORS.contains(&self.lc(p))
            || self.is_adverb(p)
            || self.cap(p) && self.is_sentence_start(p)
    }

    /// Punctuation, a dash or a quotation mark: no relative clause reaches across it.
    fn clause_break(&self, k: usize) -> bool {
        matches!(
            self.w(k),
            "," | "." | ";" | ":" | "!" | "?" | "(" | ")" | "—" | "–" | "--"
        ) || self.is_mark(k)
    }

    /// Whether the phrase starting at byte `start` and ending before token `end` closes a
    /// restrictive "who" clause: a "who" before it in the same clause (no punctuation or mark
    /// between, at most `RELATIVE_SPAN` tokens back) with the clause's verb between them. "the
    /// woman who Ada Lund said was …" has no word between, and there the name is the subject.
    fn inside_relative(&self, start: usize, end: usize, lo: usize) -> bool {
        let mut first = end;
        while first > lo && self.toks[first - 1].span.start >= start {
            first -= 1;
        }
        self.restrictive_before(first, lo)
            .is_some_and(|(_, verb)| verb < first)
    }

    /// The restrictive modifier nearest before token `end` in the same clause (no punctuation or
    /// mark between), read back at most `RELATIVE_SPAN` tokens: the token its head noun phrase
    /// ends at, and the token its verb starts at. "who" or "whose" ("Parents whose children
    /// attend the school said"); "that" or "which" before a verb in the present or past ("The
    /// agency that oversees the port said"); a present participle after a noun ("Lawyers
    /// representing Ada Lund said"), which is its own verb.
    fn restrictive_before(&self, end: usize, lo: usize) -> Option<(usize, usize)> {
        (lo..end)
            .rev()
            .take(RELATIVE_SPAN)
            .take_while(|&k| !self.clause_break(k))
            .find_map(|k| match self.lc(k) {
                "who" | "whose" => Some((k, k + 1)),
                "that" | "which" if self.relative_verb(k + 1, end) => Some((k, k + 1)),
                _ => self.modifying_participle(k, lo).then_some((k, k)),
            })
    }

    /// Token `k`, before `end`, is a verb of a relative clause's own: a lower-case word in the
    /// present ("oversees", "owns") or past ("organised"), not a reporting verb.
    fn relative_verb(&self, k: usize, end: usize) -> bool {
        let w = self.lc(k);
        k < end
            && self.is_word(k)
            && !self.cap(k)
            && !self.is_any_cue(k)
            && self.pronoun(k).is_none()
            && w.len() > 3
            && (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss"))
    }

    /// Token `k` is a present participle that modifies the noun phrase before it ("lawyers
    /// representing", "the charity working with"): a lower-case "-ing" word in no cue list,
    /// right after a person or group noun (a name, or a noun of the role and group lists). A
    /// noun in "-ing" ("the morning", "a hearing") follows no such noun.
    fn modifying_participle(&self, k: usize, lo: usize) -> bool {
        let w = self.lc(k);
        k > lo
            && w.len() > 5
            && w.ends_with("ing")
            && !self.cap(k)
            && !self.is_any_cue(k)
            && !matches!(
                w,
                "according" | "including" | "during" | "regarding" | "concerning" | "excluding"
            )
            && self.is_word(k - 1)
            && (self.is_group_head(k - 1) || self.cap(k - 1) && !self.is_sentence_start(k - 1))
            // Its object or preposition follows ("representing the family", "living near");
            // "the committee meeting began" has a verb after a noun in "-ing".
            && k + 1 < self.toks.len()
            // (The determiners hold the possessive ones: "representing their members".)
            && (DETERMINERS.contains(&self.lc(k + 1))
                || PREPOSITIONS.contains(&self.lc(k + 1))
                || self.cap(k + 1))
    }

    /// "a White House official who spoke anonymously said": the verb's subject is the phrase
    /// before a restrictive "who" clause (no commas), read back at most `RELATIVE_SPAN` tokens.
    /// `unclosed`: the verb follows a noun phrase that ends the clause, so a clause the writer
    /// opened with a comma and never closed ("Ada Lund, who chairs the Green Club said") hangs on
    /// the phrase before that comma. Without a phrase before the verb ("Ada Lund, who used the
    /// words when asked") the verb may be the clause's own.
    pub(super) fn relative_subject(
        &self,
        end: usize,
        lo: usize,
        gender: Option<Gender>,
        unclosed: bool,
    ) -> Option<Np> {
        let (k, _) = self.restrictive_before(end, lo)?;
        let before = if unclosed && k > lo && self.w(k - 1) == "," {
            k - 1
        } else {
            k
        };
        let np = self
            .np_plain_before_in(before, lo, gender, false)
            .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Group));
        // "Tom Silva, the polling expert who founded Pollhouse tweeted": a role with a "who"
        // clause set off after a name by a comma never closed; the name speaks, as for "Jo
        // Kell, the director for the Lorn Institute said". The role may be a noun in no list
        // ("the polling guru"): a determiner and up to three lower-case words.
        // (An apposition opens with "a", "an" or "the": "…, sources who reviewed them told" is
        // a clause's subject after a comma, not one.)
        let first = match np {
            Some(np)
                if np.kind == NpKind::Group
                    && matches!(
                        self.lc(tok_at(self.toks, np.span.start)),
                        "a" | "an" | "the"
                    ) =>
            {
                tok_at(self.toks, np.span.start)
            }
            Some(np) => return Some(np),
            None => (before.saturating_sub(4).max(lo)..before)
                .rev()
                .find(|&k| matches!(self.lc(k), "a" | "an" | "the"))
                .filter(|&d| (d + 1..before).all(|k| self.is_word(k) && !self.cap(k)))?,
        };
        if first > lo + 1 && self.w(first - 1) == "," {
            if let Some(name) = self
                .np_plain_before(first - 1, lo, gender)
                .filter(|n| n.kind == NpKind::Name && tok_at(self.toks, n.span.end) == first - 1)
                // "At the town hall in Tor Vel Anh City, a young woman who … asked": a name
                // after a preposition is a place the role is in, not the one it describes.
                .filter(|n| {
                    !tok_at(self.toks, n.span.start)
                        .checked_sub(1)
                        .is_some_and(|p| PREPOSITIONS.contains(&self.lc(p)))
                })
            {
                return Some(Np {
                    gender: name.gender.or(np.and_then(|np| np.gender)),
                    ..name
                });
            }
        }
        np
    }

    /// A name or group phrase ending right before `end`, with no apposition handling.
    pub(super) fn np_plain_before(
        &self,
        end: usize,
        lo: usize,
        gender: Option<Gender>,
    ) -> Option<Np> {
        self.np_plain_before_in(end, lo, gender, false)
    }

    /// `np_plain_before`; `pp` reads a name inside a prepositional phrase as what it is
    /// (`head_of_pp`). The step back over the phrase is taken once, never again, so the read
    /// stays bounded.
    pub(super) fn np_plain_before_in(
        &self,
        end: usize,
        lo: usize,
        gender: Option<Gender>,
        pp: bool,
    ) -> Option<Np> {
        if end <= lo {
            return None;
        }
        let last = end - 1;
        // Punctuation ends no phrase, but for the period of an abbreviation ("Jo Doe Jr.").
        if !self.is_word(last) && self.w(last) != "." {
            return None;
        }
        // A group noun capitalised only because it opens the sentence ("Officials said") is a
        // group, not a name.
        let opening_group = self.is_sentence_start(last) && self.is_group_head(last);
        if !opening_group
            && (self.cap(last)
                || (self.w(last) == "." && last > lo && self.cap(last - 1))
                || self.name_syllable(last))
        {
            let mut j = last;
            if self.w(j) == "." {
                j -= 1;
            }
            while j > lo && last - j < MAX_RUN {
                // "… entering the U.S. While Kim has …": a clause opener after an abbreviation's
                // period starts a sentence the splitter did not see; the name starts after it.
                if SUBORDINATORS.contains(&self.lc(j)) {
                    break;
                }
                let p = j - 1;
                let joined = self.toks[p].span.end == self.toks[j].span.start;
                let name_word = self.cap(p) && (!self.w(p).ends_with(['’', '\'']) || self.cap(j));
                let link =
                    NAME_LINKS.contains(&self.w(p)) && p > lo && self.cap(p - 1) && self.cap(j);
                // "Ivo Marsh of the Lorn Institute", "Bank of the West": "of the" joins two
                // capitalised runs; `name_np` tells a person of an organisation from an
                // organisation's name.
                if self.w(p) == "the" && p > lo + 1 && self.w(p - 1) == "of" && self.cap(p - 2) {
                    j = p - 1;
                    continue;
                }
                // ("then-Sen. Ada Pell": a time prefix's hyphen ends the name's run.)
                let dot_or_hyphen = (self.w(p) == "." || self.w(p) == "-")
                    && p > lo
                    && self.cap(p - 1)
                    && (joined || self.w(p) == ".")
                    && !(self.w(p) == "-" && self.time_prefix(p - 1));
                // "the Farm Workers’ Union": a plural's apostrophe before the head word.
                let plural_possessive = p > lo
                    && crate::speakers::plural_possessive_in_name(
                        self.text, self.toks, p, self.lex,
                    );
                if name_word || link || dot_or_hyphen || plural_possessive {
                    j = p;
                } else if p > lo && self.particle_hyphen(p - 1) {
                    // "Karim al-Pell": the article and its hyphen are part of the name.
                    j = p - 1;
                } else {
                    break;
                }
            }
            // "anti-Muslim", "pro-Harlow": a capitalised word glued by a hyphen to a lowercase
            // word is half of a compound adjective, not a name; "co-Anchor Jo Doe" is Jo Doe.
            if self.hyphen_compound_at(j) && !self.cap(j - 2) && !self.time_prefix(j - 2) {
                if j + 1 >= end || !self.cap(j + 1) {
                    return None;
                }
                j += 1;
            }
            // "on Tuesday", "in March": a date, not a name in a phrase.
            let date = self.lex.not_names.contains(self.lc(j));
            if pp && !date && j > lo && PP_HEADS.contains(&self.lc(j - 1)) {
                return self.head_of_pp(j - 1, j, end, lo, gender);
            }
            // "A source speaking to the Dunmore Post said": the name is whom the phrase before
            // the participle spoke to; that phrase speaks.
            let after_det = if j > lo && self.lc(j - 1) == "the" {
                j - 1
            } else {
                j
            };
            if pp
                && !date
                && after_det > lo + 2
                && matches!(self.lc(after_det - 1), "to" | "with")
                && matches!(
                    self.lc(after_det - 2),
                    "speaking" | "talking" | "writing" | "spoke" | "talked" | "wrote"
                )
            {
                return self.np_plain_before(after_det - 2, lo, gender);
            }
            // "a spokesman for the Lorn Institute": the same with a determiner.
            if pp
                && !date
                && j > lo + 1
                && self.lc(j - 1) == "the"
                && PP_HEADS.contains(&self.lc(j - 2))
            {
                return self.head_of_pp(j - 2, j, end, lo, gender);
            }
            return self.name_np(j, end, lo, gender);
        }
        // "the nominee for the election", "a spokesman for the ministry": a role or group noun
        // before a short lower-case phrase is the speaker, the phrase part of its mention (as
        // `head_of_pp` does for a name after the preposition).
        if pp {
            if let Some(np) = self.role_before_pp(end, lo, gender) {
                return Some(np);
            }
        }
        // "the secretary of state", "his chief of staff": a role of three words with "of".
        let role_of = last >= lo + 2
            && self.lw_is(last - 1, "of")
            && !self.cap(last)
            && self.is_word(last - 2)
            && self
                .lex
                .roles
                .contains_key(format!("{} of {}", self.lc(last - 2), self.lc(last)).as_str());
        // "State's reviewers had said", "the firm's auditors said": a plural a possessor owns
        // names the people who speak, listed as a role or not (not after a preposition: "of the
        // group's activities").
        let owned = last > lo
            && self.possessor(last - 1)
            && self.is_word(last)
            && !self.cap(last)
            && !self.is_any_cue(last)
            && plural_form(self.lc(last))
            && !self.lex.function_words.contains(self.lc(last))
            && {
                // The possessor's phrase, with its article, follows no preposition.
                let mut p = last - 1;
                if p > lo && DETERMINERS.contains(&self.lc(p - 1)) {
                    p -= 1;
                }
                !(p > lo && PREPOSITIONS.contains(&self.lc(p - 1)))
            };
        if role_of || owned || self.is_group_head(last) {
            let mut j = if role_of { last - 2 } else { last };
            // "43-year-old" split into five tokens is one word of the phrase.
            if self.lc(last) == "old" && self.is_age_noun(last) {
                j = last - 4;
            }
            let mut mods = 0;
            // Slashes stepped over, which count as no modifier but are bounded too.
            let mut slashes = 0;
            while j > lo && mods < 4 {
                let p = j - 1;
                let lp = self.lc(p);
                if DETERMINERS.contains(&lp) {
                    j = p;
                    // "the two companies", "its many critics": a number or quantifier after an
                    // article or a possessive; the phrase starts at the article.
                    if p > lo
                        && !matches!(lp, "the" | "a" | "an" | "this" | "that")
                        && matches!(
                            self.lc(p - 1),
                            "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those"
                        )
                    {
                        j = p - 1;
                    }
                    break;
                }
                // "two-term president", "Republican-leaning voters": a hyphenated compound is one
                // modifier.
                if self.hyphen_compound_at(j) {
                    j -= 2;
                    mods += 1;
                    continue;
                }
                // "Rhodes' senior adviser": a possessor whose apostrophe stands alone.
                if self.bare_possessive(p) && p > lo + 1 {
                    j = p - 1;
                    mods += 1;
                    continue;
                }
                // "While canal keepers say", "when the records revealed", "That is why critics
                // say": a word that opens a clause or a question starts no phrase; the group
                // begins after it.
                if SUBORDINATORS.contains(&lp) || matches!(lp, "but" | "and" | "so" | "yet") {
                    break;
                }
                // "for decades critics": the object of a preposition is no modifier.
                let object_of_prep = p > lo && PREPOSITIONS.contains(&self.lc(p - 1));
                if self.is_word(p)
                    && (self.w(p).ends_with("’s")
                        || self.w(p).ends_with("'s")
                        || (!self.cap(p)
                            && !self.is_cue(p)
                            && !PREPOSITIONS.contains(&lp)
                            && !object_of_prep
                            && !matches!(
                                lp,
                                "and"
                                    | "or"
                                    | "but"
                                    | "that"
                                    | "who"
                                    | "which"
                                    | "as"
                                    | "than"
                                    | "not"
                                    | "also"
                                    | "is"
                                    | "was"
                                    | "are"
                                    | "were"
                                    | "be"
                                    | "been"
                                    | "has"
                                    | "have"
                                    | "had"
                            )))
                {
                    j = p;
                    mods += 1;
                } else if self.cap(p)
                    && self.is_sentence_start(p)
                    && mods == 0
                    && self.lex.not_names.contains(lp)
                {
                    break;
                } else if self.cap(p) {
                    // "Western diplomats", "Pentagon officials"
                    j = p;
                    mods += 1;
                } else if lp == "/"
                    && slashes < 2
                    && p > lo
                    && self.cap(p - 1)
                    && self.cap(j)
                    && self.joined_next(p - 1)
                    && self.joined_next(p)
                {
                    // "a new Larkfield/Orm poll": two names a slash joins with no space are one
                    // modifier (the phrase had started after the slash).
                    j = p - 1;
                    slashes += 1;
                } else {
                    break;
                }
            }
            // A lone "head" or "source" of a longer phrase must be a real noun phrase.
            let span = self.span(j..end);
            let core_start = if DETERMINERS.contains(&self.lc(j)) && j < last {
                j + 1
            } else {
                j
            };
            let core = self.span(core_start..end);
            let g = gender.or_else(|| self.lex.roles.get(self.lc(last)).copied().flatten());
            return Some(Np::group(span, core, g));
        }
        None
    }

    /// A lower-case word that may be a noun of a short phrase: no verb of saying, no "-ing"
    /// form, no preposition (`thing_before`, `role_before_pp`).
    fn lower_noun(&self, k: usize) -> bool {
        let l = self.lc(k);
        self.is_word(k)
            && !self.cap(k)
            && !self.is_any_cue(k)
            && !l.ends_with("ing")
            && !PREPOSITIONS.contains(&l)
    }

    /// "a campaign hat", "water bottles", "the sign —" ending right before `rel` (a relative
    /// word): one or two lower-case nouns, after a determiner or not, the last one a thing that
    /// carries words (`inscriptions.txt`), and no verb form ending in "ing" ("were wearing
    /// shirts" is "shirts").
    pub(super) fn thing_before(&self, rel: usize, lo: usize) -> Option<Np> {
        let mut last = rel.checked_sub(1)?;
        if last > lo && matches!(self.w(last), "—" | "–") {
            last -= 1;
        }
        let noun = |k: usize| {
            self.lower_noun(k) && !DETERMINERS.contains(&self.lc(k)) && self.pronoun(k).is_none()
        };
        if last <= lo || !noun(last) || !self.lex.inscriptions.contains(self.lc(last)) {
            return None;
        }
        let mut first = last;
        if first > lo + 1 && noun(first - 1) {
            first -= 1;
        }
        let core = self.span(first..last + 1);
        let start = if first > lo && DETERMINERS.contains(&self.lc(first - 1)) {
            first - 1
        } else {
            first
        };
        Some(Np::group(self.span(start..last + 1), core, None))
    }

    /// "the nominee for the election", "leaders of the organization" ending before `end`: a
    /// role or group phrase, "for", "of", "at", "in" or "from", a determiner and one or two
    /// lower-case nouns. The phrase, stretched over the prepositional phrase. The role phrase
    /// must open with a determiner, a capital or its own head ("found 12 messages with
    /// information" is a clause's tail, not a phrase).
    fn role_before_pp(&self, end: usize, lo: usize, gender: Option<Gender>) -> Option<Np> {
        let last = end - 1;
        let det = (last.saturating_sub(2).max(lo + 2)..last)
            .rev()
            .find(|&k| {
                matches!(
                    self.lc(k),
                    "the" | "a" | "an" | "this" | "its" | "their" | "each"
                )
            })?;
        let prep = det - 1;
        let plain_noun = |k: usize| {
            self.lower_noun(k)
                && !matches!(
                    self.lc(k),
                    "that" | "which" | "who" | "whom" | "whose" | "what"
                )
        };
        if !matches!(self.lc(prep), "for" | "of" | "at" | "in" | "from")
            || !(det + 1..end).all(plain_noun)
            || !self.is_group_head(prep - 1)
        {
            return None;
        }
        let h = self
            .np_plain_before_in(prep, lo, gender, false)
            .filter(|h| h.kind == NpKind::Group && tok_at(self.toks, h.span.end) == prep)?;
        let first = tok_at(self.toks, h.span.start);
        if !(DETERMINERS.contains(&self.lc(first)) || self.cap(first) || first == prep - 1) {
            return None;
        }
        // "for" and "of" say which nominee or leaders; "in the room" only where they were.
        let core = if matches!(self.lc(prep), "for" | "of") {
            Span::new(h.core.start, self.toks[last].span.end)
        } else {
            h.core
        };
        Some(Np {
            span: Span::new(h.span.start, self.toks[last].span.end),
            core,
            ..h
        })
    }

    /// A name `j..end` right after the preposition at `prep` is not the subject when a role or
    /// group noun comes before the phrase: in "a customer from Morocco said" or "the mayor of
    /// Boston said" the speaker is that noun. A place after "from", "in", "at" or "near" with
    /// no such noun is left unattributed rather than made a speaker; anything else (a name before
    /// the phrase, "a letter from Jane Doe") keeps the name.
    pub(super) fn head_of_pp(
        &self,
        prep: usize,
        j: usize,
        end: usize,
        lo: usize,
        gender: Option<Gender>,
    ) -> Option<Np> {
        // The phrase stays in the name: "spokesperson for the council" is not any spokesperson.
        let with_phrase = |h: Np| Np {
            span: Span::new(h.span.start, self.toks[end - 1].span.end),
            core: Span::new(h.core.start, self.toks[end - 1].span.end),
            ..h
        };
        match self.np_plain_before_in(prep, lo, gender, false) {
            // "Jo Kell, the director for the Lorn Institute said": an apposition whose closing
            // comma is missing; the name before it speaks.
            Some(h)
                if h.kind == NpKind::Group
                    && tok_at(self.toks, h.span.start)
                        .checked_sub(1)
                        .is_some_and(|c| c > lo && self.w(c) == ",") =>
            {
                let c = tok_at(self.toks, h.span.start) - 1;
                self.np_plain_before(c, lo, gender)
                    .filter(|n| n.kind == NpKind::Name && tok_at(self.toks, n.span.end) == c)
                    .map(|n| Np {
                        gender: n.gender.or(h.gender),
                        ..n
                    })
                    .or(Some(with_phrase(h)))
            }
            Some(h) if h.kind == NpKind::Group => Some(with_phrase(h)),
            None if prep > lo
                && matches!(self.lc(prep), "from" | "in" | "at" | "near")
                && self.is_word(prep - 1)
                && !self.cap(prep - 1)
                && !self.lex.speech_nouns.contains(self.lc(prep - 1)) =>
            {
                None
            }
            // "Ivo Marsh from Acme", "Ivo Marsh at the Lorn Institute": a person before the
            // phrase speaks; the phrase stays in the mention.
            Some(h)
                if h.kind == NpKind::Name
                    && tok_at(self.toks, h.span.end) == prep
                    && self.person_like(tok_at(self.toks, h.core.start)..prep) =>
            {
                Some(Np {
                    core: h.core,
                    ..with_phrase(h)
                })
            }
            _ => self.name_np(j, end, lo, gender),
        }
    }

    /// Build a name NP from tokens `j..end`, stripping sentence-initial function words and titles.
    pub(super) fn name_np(
        &self,
        j: usize,
        end: usize,
        lo: usize,
        gender: Option<Gender>,
    ) -> Option<Np> {
        // A heading in capitals run into the sentence is no part of the name (see
        // `caps_heading_end`).
        let j = if crate::speakers::opens_in_capitals(self.w(j)) {
            self.caps_heading_end(j).filter(|&h| h < end).unwrap_or(j)
        } else {
            j
        };
        // Trailing weekdays and months are not part of a name ("said Jane Doe Tuesday"); words
        // that end a place's or a body's name are ("the White House", `name_ends.txt`).
        let mut end = end;
        // ("the Farm Workers’ Union" keeps its head word.)
        while end > j + 1
            && self.lex.not_names.contains(self.lc(end - 1))
            && !self.lex.name_ends.contains(self.lc(end - 1))
            && self.cap(end - 1)
            && !crate::speakers::plural_possessive_in_name(self.text, self.toks, end - 2, self.lex)
        {
            end -= 1;
        }
        let (titles, tg, core) = strip_titles(self.text, &self.toks[j..end], self.lex);
        let mut span_start = j;
        // Leading sentence words like "But" or "In" are not part of the name.
        // "New" before a capitalised word opens a place's or body's name ("the New Dorset
        // Courier"), whose mention had started at "Dorset".
        while span_start < end
            && self.cap(span_start)
            && self.lex.not_names.contains(self.lc(span_start))
            && span_start + 1 < end
            && !(self.lc(span_start) == "new" && self.cap(span_start + 1))
        {
            span_start += 1;
        }
        if core.is_empty() {
            // Only a title: "the President said" reads as a role.
            if !titles.is_empty() {
                let s = self.span(j..end);
                // "The senator": the role without its determiner names the group.
                let core = if j + 1 < end && DETERMINERS.contains(&self.lc(j)) {
                    self.span(j + 1..end)
                } else {
                    s
                };
                return Some(Np::group(s, core, gender.or(tg)));
            }
            return None;
        }
        let core = self.person_of_organisation(
            core,
            tg.is_some() && !crate::speakers::courtesy_title(&titles),
        );
        let core_span = Span::new(core[0].span.start, core[core.len() - 1].span.end);
        let core_text = core_span.slice(self.text);
        if core.len() == 1
            && !is_acronym(core_text)
            && crate::lexicon::with_lower(core_text, |l| self.lex.not_names.contains(l))
        {
            return None;
        }
        // "Nearby, Ada Lund, a farmer, said …": an adverb of place set off by its comma opens the
        // sentence and names no one.
        if core.len() == 1
            && self.toks.get(end).is_some_and(|t| t.text(self.text) == ",")
            && crate::lexicon::with_lower(core_text, |l| PLACE_ADVERBS.contains(&l))
        {
            return None;
        }
        // "Many Americans", "Germans": a nationality in the plural names a people, not a person.
        let plural_people = core.len() == 1
            && titles.is_empty()
            && core_text
                .strip_suffix('s')
                .is_some_and(|w| self.lex.nationalities.contains(&w.to_lowercase()));
        let with_det = span_start > lo && span_start == j && self.lc(j - 1) == "the";
        // A titled person's mention is the name alone ("Anton Sarro", not "Prime Minister Anton
        // Sarro"); the title is kept as evidence in the registry.
        let span = if !titles.is_empty() {
            core_span
        } else if with_det {
            Span::new(self.toks[j - 1].span.start, self.toks[end - 1].span.end)
        } else {
            Span::new(
                self.toks[span_start].span.start,
                self.toks[end - 1].span.end,
            )
        };
        Some(Np {
            span,
            core: core_span,
            kind: if plural_people {
                NpKind::Group
            } else {
                NpKind::Name
            },
            gender: gender.or(tg),
        })
    }

    /// "Ivo Marsh of the Lorn Institute": a person's name (two capitalised words or more, none of
    /// them a title, a role or an organisation's word) before "of" is who speaks; the phrase stays
    /// in the mention. "Bank of the West", "Secretary of State" and "University of Lorn" stay
    /// whole.
    /// After a title of rank (`titled`) one word is name enough: "King Edmund of Aldermere"
    /// (such a title says a person follows; "Former Security of State" does not).
    pub(super) fn person_of_organisation<'t>(
        &self,
        core: &'t [Token],
        titled: bool,
    ) -> &'t [Token] {
        let Some(of) = core.iter().position(|t| t.text(self.text) == "of") else {
            return core;
        };
        let start = tok_at(self.toks, core[0].span.start);
        let one_titled = titled && of == 1 && self.name_words(start..start + 1);
        if one_titled || self.person_like(start..start + of) {
            &core[..of]
        } else {
            core
        }
    }

    /// Two capitalised words or more, none of them all capitals, a title, a role, an
    /// organisation's word or a word that is not a name: a person's name, as far as the words tell.
    pub(super) fn person_like(&self, words: Range<usize>) -> bool {
        words.len() >= 2 && self.name_words(words)
    }

    /// Every word capitalised, not all capitals, and no title, role, organisation's word or
    /// word that is no name.
    fn name_words(&self, mut words: Range<usize>) -> bool {
        words.all(|k| crate::speakers::name_word(self.w(k), self.lc(k), self.lex))
    }

    /// "“…,” said the designer, who …": right after an inverted reporting verb, a determiner and a
    /// few lowercase words ending the phrase name a person by what they are, even when the noun
    /// is in no role list. Words of time ("said the next day") are not people.
    pub(super) fn bare_role_after(&self, i: usize, hi: usize) -> Option<Np> {
        if i >= hi
            || !matches!(
                self.lc(i),
                "the" | "a" | "an" | "one" | "another" | "those" | "these"
            )
        {
            return None;
        }
        let mut j = i + 1;
        let mut words = 0;
        while j < hi && words < 5 {
            // "the 46-year-old", "a self-described socialist": a compound is one word.
            if j > i + 1 && j + 1 < hi && self.hyphen_compound_at(j + 1) {
                j += 2;
                continue;
            }
            // "the Republican": a party or nationality word may be the noun; "the GOP
            // front-runner": an acronym may be a modifier.
            let word = self.is_word(j)
                && (!self.cap(j)
                    || self.lex.demonyms.contains(self.lc(j))
                    || (j + 1 < hi && self.is_word(j + 1) && is_acronym(self.w(j))))
                && !self.is_cue(j)
                && !PREPOSITIONS.contains(&self.lc(j))
                // "a figure the industry reports": a second article starts another phrase.
                && !matches!(
                    self.lc(j),
                    "the" | "a" | "an" | "this" | "that" | "these" | "those"
                )
                // "said the days when towns had “…”": a clause, not a speaker.
                && !matches!(
                    self.lc(j),
                    "when" | "where" | "while" | "because" | "if" | "whether" | "which"
                )
                && self.pronoun(j).is_none();
            if !word {
                break;
            }
            j += 1;
            words += 1;
        }
        // The phrase ends the clause; a quote opening right after it is its object, not the
        // next part of a split quote ("said the days towns had “…”").
        let ends = (j == hi && (j == self.toks.len() || !self.is_mark(j)))
            || matches!(self.w(j), "," | "." | "!" | "?" | ";")
            || self.lw_is(j, "who");
        // "“…,” tweeted another.", "“…,” read one.": the word alone names one more of those
        // just quoted.
        if j == i + 1 && ends && matches!(self.lc(i), "another" | "one") {
            return Some(self.word_np(i, NpKind::Group));
        }
        if j == i + 1 || !ends || TIME_NOUNS.contains(&self.lc(j - 1)) {
            return None;
        }
        // "“…,” said the parish archivist, Teodora Wilkins.": the person named in apposition
        // speaks, not the role (which the registry would file as a group).
        if let Some(np) = self.apposed_name_after(j, hi) {
            return Some(np);
        }
        Some(Np::group(self.span(i..j), self.span(i + 1..j), None))
    }

    /// The name in apposition after the comma at `comma` that ends a role ("the parish archivist,
    /// Teodora Wilkins"), when the name closes the clause or opens a clause of its own (a comma,
    /// a sentence mark or "who" after it): "the treasurer, Lund and two others" is no apposition.
    pub(super) fn apposed_name_after(&self, comma: usize, hi: usize) -> Option<Np> {
        if comma + 1 >= hi || self.w(comma) != "," || !self.cap(comma + 1) {
            return None;
        }
        self.np_after(comma + 1, hi).filter(|np| {
            let e = tok_end(self, np.span) + 1;
            np.kind == NpKind::Name
                && (e >= hi
                    || matches!(self.w(e), "," | "." | "!" | "?" | ";")
                    || self.lw_is(e, "who"))
        })
    }

    /// [`Self::bare_role_after`] for a phrase that must fill `i..verb` exactly, with no adverb
    /// ("the so called …") at its end.
    pub(super) fn bare_role_before(&self, i: usize, verb: usize) -> Option<Np> {
        self.bare_role_after(i, verb).filter(|np| {
            let end = tok_end(self, np.span) + 1;
            end == verb && !self.is_adverb(end - 1) && !self.lw_is(end - 1, "so")
        })
    }

    /// "“…,” the victim, a retired nurse, said": [`Self::bare_role_before`] with one plain
    /// apposition ("a retired nurse", "64", "who lives nearby") between the phrase's comma and
    /// the comma right before `verb`. A name in apposition is [`Self::np_before`]'s to read.
    pub(super) fn apposed_bare_role_before(&self, i: usize, verb: usize) -> Option<Np> {
        if verb < i + 5 || self.w(verb - 1) != "," {
            return None;
        }
        let open = self.prev_comma(verb - 1, i)?;
        self.bare_role_after(i, open + 1).filter(|np| {
            tok_end(self, np.span) + 1 == open
                && np.kind == NpKind::Group
                && self.apposition_kind(open + 1..verb - 1) == Some(None)
        })
    }

    /// Tokens `k`, `k + 1`, `k + 2` spell a role with a hyphen and no spaces ("front-runner",
    /// "co-founder"), in lower case.
    pub(super) fn role_compound_at(&self, k: usize, hi: usize) -> bool {
        k + 2 < hi
            && self.w(k + 1) == "-"
            && !self.cap(k)
            && self.is_word(k)
            && self.is_word(k + 2)
            && self.toks[k].span.end == self.toks[k + 1].span.start
            && self.toks[k + 1].span.end == self.toks[k + 2].span.start
            && self.lex.roles.contains_key(
                Span::new(self.toks[k].span.start, self.toks[k + 2].span.end)
                    .slice(self.text)
                    .to_ascii_lowercase()
                    .as_str(),
            )
    }

    /// Is token `k` a possessor ("mayor's", "Lund’s"), not a pronoun or a function word with
    /// "is" written onto it ("that’s", "it's", "there’s")?
    fn possessor(&self, k: usize) -> bool {
        let w = self.w(k);
        let stem = crate::speakers::strip_possessive(w);
        stem != w
            && !stem.is_empty()
            && self.pronoun(k).is_none()
            && !self.lex.function_words.contains(&stem.to_lowercase())
    }

    /// Do the tokens from `i` up to `k` only name or determine what follows ("the", "Harrow
    /// Media"), so that a possessor at `k` opens a noun phrase ("had challenged Marsh's bid" is a
    /// verb phrase)?
    fn opens_phrase(&self, i: usize, k: usize) -> bool {
        (i..k).all(|m| self.cap(m) || DETERMINERS.contains(&self.lc(m)))
    }

    /// The speaker noun phrase starting at `i` ("said Jane Doe", "said the ministry", "said she",
    /// "said undecided voter Jane Doe", "said Acme spokesman John Roe").
    pub(super) fn np_after(&self, i: usize, hi: usize) -> Option<Np> {
        if i >= hi {
            return None;
        }
        if let Some(g) = self.pronoun(i) {
            if matches!(
                g,
                Gender::Male | Gender::Female | Gender::Plural | Gender::Singular
            ) {
                return Some(self.word_np(i, NpKind::Pronoun(g)));
            }
            return None;
        }
        // One read of the first word serves the checks below (this runs for every cue).
        let first = self.lc(i);
        // "— including Vega —", "such as Lund": an example given, no phrase that speaks.
        if matches!(first, "including" | "such" | "especially" | "notably") {
            return None;
        }
        // "one of two witnesses", "one of the organisers": a part of a group.
        if i + 2 < hi && first == "one" && self.lw_is(i + 1, "of") {
            let np = self
                .np_after(i + 2, hi)
                .filter(|np| np.kind == NpKind::Group)?;
            return Some(Np {
                span: Span::new(self.toks[i].span.start, np.span.end),
                ..np
            });
        }
        // "a group of former investors", "a handful of senators": a collective noun and "of"
        // before a group; the group names who speaks, the whole phrase is the mention.
        if i + 3 < hi
            && matches!(first, "a" | "an" | "the")
            && matches!(
                self.lc(i + 1),
                "group" | "coalition" | "band" | "crowd" | "handful" | "couple" | "pair" | "chorus"
            )
            && self.lw_is(i + 2, "of")
        {
            if let Some(np) = self
                .np_after(i + 3, hi)
                .filter(|np| np.kind == NpKind::Group)
            {
                return Some(Np {
                    span: Span::new(self.toks[i].span.start, np.span.end),
                    ..np
                });
            }
        }
        // The window of words that can make up the phrase.
        let det = DETERMINERS.contains(&first) && (!self.cap(i) || self.is_sentence_start(i));
        let mut k = if det { i + 1 } else { i };
        let mut lower = 0;
        let mut last_cap_run: Option<(usize, usize)> = None;
        let mut head: Option<usize> = None;
        let mut owned = false;
        let mut owned_last: Option<usize> = None;
        while k < hi && k < i + 12 {
            let t = self.w(k);
            let joined = k > i && self.toks[k - 1].span.end == self.toks[k].span.start;
            if self.cap(k) && !self.w(k).ends_with(['’', '\'']) && possessive_word(self.w(k)) {
                // A possessor ("Northway's operations director Kieran Moss") modifies what follows.
                last_cap_run = None;
                head = None;
                owned = self.possessor(k) && self.opens_phrase(i, k);
            } else if self.cap(k) {
                let start = match last_cap_run {
                    Some((s, e)) if e == k => s,
                    _ => k,
                };
                last_cap_run = Some((start, k + 1));
                head = None;
            } else if last_cap_run.is_some_and(|(_, e)| e == k)
                && k + 2 < hi
                && self.particle_hyphen(k)
            {
                // "said Karim al-Pell": the article glued to the last name is part of the run.
                last_cap_run = last_cap_run.map(|(s, _)| (s, k + 3));
                head = None;
                k += 3;
                continue;
            } else if t == "-" && k + 1 < hi && self.name_syllable(k + 1) {
                // "Seo Min-ju": a given name's second syllable, in lower case, ends the run.
                if let Some((s, e)) = last_cap_run.filter(|&(_, e)| e == k) {
                    last_cap_run = Some((s, e + 2));
                }
                k += 2;
                continue;
            } else if (t == "." || t == "-" || t == "/" && self.joined_next(k))
                && joined
                && k + 1 < hi
                && self.cap(k + 1)
            {
                // "a Dorset Courier/Fenwick Radio poll": names a slash joins with no space are
                // one name (the mention had stopped at the slash).
                if let Some((s, e)) = last_cap_run.filter(|&(_, e)| e == k) {
                    last_cap_run = Some((s, e + 1));
                }
            } else if t == "."
                && joined
                && last_cap_run.is_some_and(|(_, e)| e == k)
                && self
                    .lex
                    .titles
                    .contains_key(&format!("{}.", self.lc(k - 1)))
            {
                last_cap_run = last_cap_run.map(|(s, e)| (s, e + 1));
            } else if (NAME_LINKS.contains(&t)
                || crate::speakers::plural_possessive_in_name(self.text, self.toks, k, self.lex))
                && last_cap_run.is_some_and(|(_, e)| e == k)
                && k + 1 < hi
                && self.cap(k + 1)
            {
                last_cap_run = last_cap_run.map(|(s, e)| (s, e + 1));
            } else if t == "."
                && joined
                && last_cap_run.is_some_and(|(_, e)| e == k)
                && (self.w(k - 1).contains('.')
                    || k >= 2 && self.w(k - 2) == "." && crate::segment::is_initial(self.w(k - 1)))
                && self.role_ahead(k + 1, hi).is_some()
            {
                // "a former U.S. law enforcement official": the last period of an abbreviation
                // written with periods is part of it, before the role it modifies.
                last_cap_run = last_cap_run.map(|(s, e)| (s, e + 1));
            } else if let Some(h) = last_cap_run
                .filter(|&(_, e)| e == k)
                .and_then(|_| self.role_ahead(k, hi))
                .filter(|&h| {
                    det || h + 1 < hi && self.cap(h + 1)
                        // "Nuclear proliferation experts have said": a word capitalised only
                        // as it opens the sentence.
                        || last_cap_run.is_some_and(|(s, _)| s == i) && self.is_sentence_start(i)
                })
            {
                // "Courier bureau chief Jane Elpin", "Idaho nutritional-supplement executive
                // Frank Dorn", "a former U.S. law enforcement official": after a capitalised
                // modifier, words in lower case up to a role or group noun, with the name right
                // after it or a determiner before the whole (not a verb: "Ada Lund greeted
                // supporters").
                lower += 1;
                head = Some(h);
                k = h + 1;
                continue;
            } else if t == "-"
                && joined
                && last_cap_run.is_some_and(|(_, e)| e == k)
                && k + 1 < hi
                && !self.cap(k + 1)
                && self.hyphen_compound_at(k + 1)
            {
                // "Dorset-based attorney Edgar Marlow": a place joined to a modifier by a hyphen
                // modifies what follows; it names no one.
                last_cap_run = None;
                lower += 1;
                k += 2;
                continue;
            } else if t == "of"
                && lower > 0
                && k + 2 < hi
                && !self.cap(k + 1)
                && self.cap(k + 2)
                && self
                    .lex
                    .roles
                    .contains_key(format!("{} of {}", self.lc(k - 1), self.lc(k + 1)).as_str())
            {
                // "former secretary of state Ada Lund": a role written with "of" before a name
                // is one role (else the window ends at "of" and the role speaks, not the name).
                lower += 1;
                k += 2;
                continue;
            } else if lower > 0
                && k + 1 < hi
                && self.verb_in_s(k)
                && matches!(
                    self.lc(k + 1),
                    "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our"
                )
                // After an inverted cue the phrase is no subject, and a determiner after it opens
                // a phrase of time: "said the harbor workers the next morning".
                && !(i > 0 && self.is_cue(i - 1))
            {
                // "The rowing club chairs the regatta committee": a word in "-s" with an object
                // right after it is the clause's verb, though its shape is a role's plural. The
                // phrase ends before it, and names no one unless its last word is the head.
                if head != Some(k - 1) {
                    head = None;
                }
                break;
            } else if self.is_word(k)
                && !self.is_cue(k)
                && !PREPOSITIONS.contains(&t)
                && !matches!(t, "and" | "or" | "but" | "who" | "that" | "which" | "as")
                // After the head noun, a past-tense verb starts the predicate: "the mayor
                // rallied supporters".
                && (head.is_none() || !t.ends_with("ed"))
                // Before it too when an object follows: "the village released a statement" is
                // a clause ("the people involved" keeps its participle).
                && !(lower > 0
                    && t.ends_with("ed")
                    && k + 1 < hi
                    && matches!(
                        self.lc(k + 1),
                        "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our"
                    ))
                // A clause, not a noun phrase: "asked if he had met Harlow".
                && self.pronoun(k).is_none()
                && !SUBORDINATORS.contains(&self.lc(k))
                && lower < 4
                && (last_cap_run.is_none()
                    || self.is_group_head(k)
                    || self.lex.titles.contains_key(self.lc(k))
                    // "Republican presidential candidate": an adjective before the role (not a
                    // verb: "Ada Lund greeted supporters").
                    || (k + 1 < hi
                        && ["al", "ic", "ive", "ary", "ior", "ent", "ant", "ern"]
                            .iter()
                            .any(|suf| t.ends_with(suf))
                        && !self.cap(k + 1)
                        && (self.is_group_head(k + 1)
                            || self.role_compound_at(k + 1, hi)
                            || self.lex.titles.contains_key(self.lc(k + 1)))))
            {
                lower += 1;
                // "the mayor's deputy", "Lund's introducer": a possessor is no head; it owns
                // the noun after it, listed or not (the possessor had been the speaker).
                if self.possessor(k) {
                    owned = self.opens_phrase(i, k);
                    head = None;
                } else if self.is_group_head(k) || k == i + 1 && self.place_issues(k, hi) {
                    head = Some(k);
                    owned = false;
                } else if owned && (t.ends_with("ed") || t.ends_with("ly")) {
                    // "Orr's show proved to be …": a verb or an adverb ends the owned phrase.
                    owned = false;
                    owned_last = None;
                } else if owned {
                    owned_last = Some(k);
                }
            } else if t == "-" && k > i && k + 1 < hi && lower > 0 && self.hyphen_compound_at(k + 1)
            {
                // "one well-connected Democrat", "a two-term senator": the second half of a
                // modifier written with a hyphen, whose first half was read as a word.
                if self.is_group_head(k + 1) || self.role_compound_at(k - 1, hi) {
                    head = Some(k + 1);
                }
                k += 2;
                continue;
            } else if lower < 4
                && last_cap_run.is_some()
                && t.starts_with(|c: char| c.is_lowercase())
                && self.role_compound_at(k, hi)
            {
                // "Republican front-runner Jo Doe": a role written with a hyphen is one word.
                lower += 1;
                head = Some(k + 2);
                k += 3;
                continue;
            } else {
                break;
            }
            k += 1;
        }
        // An unlisted noun a possessor owns is the head when the phrase ends after it ("Lund's
        // introducer, actress Ada Pell"; not "Lund's introducer took the stage").
        if head.is_none() && last_cap_run.is_none() {
            if let Some(o) = owned_last.filter(|&o| {
                o + 1 >= hi || !self.is_word(o + 1) || PREPOSITIONS.contains(&self.lc(o + 1))
            }) {
                head = Some(o);
            }
        }
        // A name at the end of the window wins ("Republican voter Jane Doe"), but not one that
        // modifies the noun after it: "a staunch Jo Doe ally" is no person named Jo Doe.
        // With no determiner ("rival Dorset fan sites had posted …"), only when the noun after
        // the name is followed by its verb: the phrase opens in lower case and is the subject.
        // ("rival Dorset fan sites had": up to two nouns.)
        let bare = |e: usize| {
            !det && !self.cap(i)
                && (e + 1..hi.min(e + 3)).any(|m| {
                    (PREDICATE_AUX.contains(&self.lc(m)) || self.is_cue(m))
                        && (e..m).all(|n| {
                            self.is_word(n)
                                && !self.cap(n)
                                && !self.is_adverb(n)
                                && !self.is_cue(n)
                                && !PREDICATE_AUX.contains(&self.lc(n))
                        })
                })
        };
        let modifier = |e: usize| {
            (matches!(self.lc(i), "a" | "an") || bare(e))
                && e < hi
                && self.is_word(e)
                && !self.cap(e)
                && !self.is_cue(e)
                && !PREPOSITIONS.contains(&self.lc(e))
                // "an issue Democrats have struggled with": a verb after the name starts a clause.
                && !self.lc(e).ends_with("ed")
                && !PREDICATE_AUX.contains(&self.lc(e))
                && !matches!(self.lc(e), "who" | "that" | "which")
        };
        // (A role found further on is the phrase's head: "a former Ostland law enforcement
        // official".)
        if let Some((_, e)) =
            last_cap_run.filter(|&(_, e)| modifier(e) && head.is_none_or(|h| h <= e))
        {
            // The phrase names someone by what they are, as a group or role does.
            return Some(Np::group(
                self.span(i..e + 1),
                self.span(i + 1..e + 1),
                None,
            ));
        }
        if let Some((s, e)) = last_cap_run {
            if head.is_none() && (e == k || self.w(e.min(hi - 1)) == ".") {
                // "The latest flyer targets Pell over …": a word in "-s" right before the name,
                // after a determiner and no role, is the clause's verb, and the name its object.
                if det && s > i + 1 && self.verb_in_s(s - 1) {
                    return None;
                }
                // "GULLS ARE SMARTER THAN WE THOUGHT Dorset Mayor Ada Pell": a heading in
                // capitals that opens the phrase is no part of the name.
                let (i, s) = match self.caps_heading_end(s).filter(|&h| h < e) {
                    Some(h) if i == s => (h, h),
                    _ => (i, s),
                };
                let gender = self.gender_in(i..s);
                let tail_gender = if e < hi && self.w(e) == "," {
                    let mut m = e + 1;
                    while m < hi && m - e < WINDOW && !matches!(self.w(m), "," | "." | ";") {
                        m += 1;
                    }
                    if e + 1 < m {
                        let role_gender = |w: &str| {
                            let g = self.lex.roles.get(w).copied().flatten();
                            g.or_else(|| self.lex.titles.get(w).copied().flatten())
                        };
                        apposed_gender((e + 1..m).map(|k| self.lc(k)), role_gender)
                    } else {
                        None
                    }
                } else {
                    None
                };
                // "one Republican involved in the planning", "another Democrat", "one
                // well-connected Democrat": a party or nationality word after a determiner names a
                // person by what they are. Not when the phrase goes on ("the Democratic
                // presidential candidate").
                let ends = e >= hi || !self.is_word(e) || {
                    let n = self.lc(e);
                    PREPOSITIONS.contains(&n)
                        || matches!(n, "who" | "familiar" | "close")
                        || n.ends_with("ed")
                        || n.ends_with("ing")
                };
                if det && ends && e == s + 1 && self.lex.demonyms.contains(self.lc(s)) {
                    return Some(Np::group(self.span(i..e), self.span(s..e), None));
                }
                let np = self.name_np(s, e, s, gender.or(tail_gender))?;
                let span = Span::new(self.toks[i].span.start, np.span.end);
                return Some(Np { span, ..np });
            }
        }
        if let Some(h) = head {
            // "the company’s chief executive, Jane Doe": prefer the name, also after a role of
            // its own ("the mayor's host, actress Jane Curtis").
            if h + 2 < hi
                && self.w(h + 1) == ","
                && (self.cap(h + 2) || self.lex.roles.contains_key(self.lc(h + 2)))
            {
                if let Some(np) = self.np_after(h + 2, hi) {
                    if np.kind == NpKind::Name {
                        return Some(np);
                    }
                }
            }
            // "said the head gardener, Piet Osgood": unlisted nouns after the role's listed word,
            // then the name in apposition ("the head" had spoken).
            let m = (h + 1..hi.min(h + 4))
                .find(|&m| !self.is_word(m) || self.cap(m) || self.is_any_cue(m))
                .unwrap_or(hi);
            if m > h + 1 {
                if let Some(np) = self.apposed_name_after(m, hi) {
                    return Some(np);
                }
            }
            let span = self.span(i..h + 1);
            let core = self.span(if det { i + 1 } else { i }..h + 1);
            let g = self.lex.roles.get(self.lc(h)).copied().flatten();
            return Some(Np::group(span, core, g));
        }
        None
    }

    /// Does the name at `span` name an organisation: an organisation's head word ("Trust",
    /// "Committee") or an acronym among its words?
    pub(super) fn names_body(&self, span: Span) -> bool {
        (tok_at(self.toks, span.start)..tok_at(self.toks, span.end)).any(|k| {
            let w = self.w(k);
            self.lex
                .org_heads
                .contains(crate::speakers::strip_possessive(self.lc(k)))
                || (self.is_word(k) && is_acronym(w))
        })
    }

    /// A capitalised phrase that names a role, not a person or body: a title, a role word, a
    /// possessor or an acronym in it ("Fenmouth's MP", "Acme CEO").
    pub(super) fn role_like(&self, span: Span) -> bool {
        let (a, b) = (tok_at(self.toks, span.start), tok_at(self.toks, span.end));
        (a..b).any(|k| {
            let l = self.lc(k);
            self.lex.titles.contains_key(l)
                || self.lex.roles.contains_key(l)
                || possessive_word(self.w(k))
                || (is_acronym(self.w(k)) && b - a > 1)
        })
    }

    /// The comma before `close` in the same clause, if any (not past a sentence mark, a quote mark
    /// or a reporting verb, and not more than 20 tokens back).
    pub(super) fn prev_comma(&self, close: usize, lo: usize) -> Option<usize> {
        let mut k = close;
        // A finite reporting verb may stand in a relative clause ("Jane Doe, who has endorsed
        // Roe, said"; "The trust, which had criticised the council, said"); past one, only a
        // comma that opens such a clause is the apposition's.
        let mut past_cue = false;
        while k > lo && close - k < 40 {
            k -= 1;
            let t = self.w(k);
            if t == "," {
                let relative =
                    k + 1 < close && matches!(self.lc(k + 1), "who" | "whom" | "whose" | "which");
                return (!past_cue || relative).then_some(k);
            }
            // "R-Wis.," "Calif.,": an abbreviation's period right before a comma ends no sentence.
            let abbreviation = k > lo
                && (self.title_period(k)
                    || t == "."
                        && self.toks[k - 1].span.end == self.toks[k].span.start
                        && self.cap(k - 1)
                        && self.w(k + 1) == ","
                        && self.w(k - 1).len() <= 5);
            if abbreviation {
                continue;
            }
            // A participle may open an apposition ("Dorrin, noting the size of …, said"); another
            // finite reporting verb is another clause.
            // "Hale, the author of “Quiet Streets,” about the coast, said": a quoted title inside
            // the apposition is read past, its own comma too.
            // ("the Orvane Growers’ Cooperative": an apostrophe the scan paired with nothing.)
            if self.is_mark(k) && !self.stray_apostrophe(k) {
                match self.quoted_title_before(k, lo) {
                    Some(open) => {
                        k = open;
                        continue;
                    }
                    None => return None,
                }
            }
            if matches!(t, "." | "!" | "?" | ";" | ":") {
                return None;
            }
            // A verb inside a relative clause of the apposition ("Ember, an oncologist who
            // advised the mayor, said") is no clause of its own either.
            let in_relative = (k.saturating_sub(3).max(lo)..k)
                .any(|j| matches!(self.lc(j), "who" | "whom" | "whose"));
            // "Ted Crane, when asked what is wrong, responded": a participle after a
            // subordinator is no finite verb either.
            let after_subordinator = k > lo
                && matches!(
                    self.lc(k - 1),
                    "when" | "if" | "after" | "before" | "while" | "once" | "unless"
                );
            if self.is_cue(k) && !self.lc(k).ends_with("ing") && !in_relative && !after_subordinator
            {
                past_cue = true;
            }
        }
        None
    }

    /// "The town released a statement": a place noun (`place_bodies.txt`) after "the", with a
    /// verb that puts out a statement right after it, is the body that governs the place. Only
    /// there: as a weak subject or an object ("That leaves the town with “…”") it is a place.
    fn place_issues(&self, k: usize, hi: usize) -> bool {
        k > 0
            && k + 3 < hi
            && self.lw_is(k - 1, "the")
            && self.lex.place_bodies.contains(self.lc(k))
            && matches!(
                self.lc(k + 1),
                "released" | "issued" | "published" | "posted" | "sent" | "put"
            )
            && (k + 2..hi.min(k + 5))
                .any(|m| matches!(self.lc(m), "statement" | "release" | "notice"))
    }

    /// The role or group noun that ends the words in lower case from `k` ("law enforcement
    /// official", "nutritional-supplement executive", "bureau chief"): at most four words before
    /// it, each a noun that modifies roles (`role_modifiers.txt`), an organisation's word or an
    /// adjective or abstract noun by its ending; none a verb in the past, a cue, a preposition, a
    /// pronoun or a clause's first word ("Lund took down businessman Jo Pell" is a clause).
    pub(super) fn role_ahead(&self, k: usize, hi: usize) -> Option<usize> {
        const ENDINGS: &[&str] = &[
            "al", "ic", "ive", "ary", "ment", "ship", "ity", "ion", "ance", "ence", "ist", "ure",
        ];
        let mut m = k;
        let mut words = 0;
        while m < hi && words < 4 {
            let joined = |a: usize, b: usize| self.toks[a].span.end == self.toks[b].span.start;
            if m > k && m + 1 < hi && self.w(m) == "-" && joined(m - 1, m) && joined(m, m + 1) {
                m += 1;
                continue;
            }
            let l = self.lc(m);
            if !self.is_word(m)
                || self.cap(m)
                || self.is_cue(m)
                || PREPOSITIONS.contains(&l)
                || l.ends_with("ed")
                || self.pronoun(m).is_some()
                || SUBORDINATORS.contains(&l)
                || matches!(l, "and" | "or" | "but" | "who" | "that" | "which" | "as")
            {
                return None;
            }
            if self.is_group_head(m) {
                return Some(m);
            }
            if !(self.lex.role_modifiers.contains(l)
                || self.lex.org_heads.contains(l)
                || ENDINGS.iter().any(|e| l.ends_with(e)))
            {
                return None;
            }
            words += 1;
            m += 1;
        }
        None
    }

    /// What a comma-bounded segment is: `Some(Some(name))` for a name ("Councillor Jane Doe"),
    /// `Some(None)` for a plain apposition ("54", "a spokeswoman for the ministry"), `None` when it
    /// is neither.
    pub(super) fn apposition_kind(&self, seg: Range<usize>) -> Option<Option<Np>> {
        // "Senate Majority Leader Ross Kettle, R-Ky., said": a party label names no one,
        // though its capitals read like a name.
        if self.party_label(seg.start, seg.end - seg.start) {
            return Some(None);
        }
        let first = self.toks[seg.start].span.start;
        // "Her niece, state Sen. Ada Pell, said": a lower-case modifier or two before the title
        // (which the name's mention drops) still make the segment the name.
        // A lower-case word that may modify a role or title: no preposition or conjunction.
        let modifier = |j: usize| {
            self.is_word(j)
                && !self.cap(j)
                && !PREPOSITIONS.contains(&self.lc(j))
                && !matches!(self.lc(j), "and" | "or" | "but" | "not" | "including")
        };
        let titled_from = |k: usize| {
            let mods = (seg.start..k).take_while(|&j| modifier(j));
            let m = seg.start + mods.count();
            m - seg.start <= 2
                && m < k
                && (m..k).all(|j| {
                    self.lex.titles.contains_key(self.lc(j))
                        || self.title_period(j + 1)
                        || self.title_period(j)
                })
        };
        // "Her colleague, the ecologist Ada Pell, said": "the" and one word in lower case, a role
        // whether listed or not, before a name that ends the segment.
        let the_role = |k: usize| {
            k == seg.start + 2
                && self.lc(seg.start) == "the"
                && self.is_word(seg.start + 1)
                && !self.cap(seg.start + 1)
                && !PREPOSITIONS.contains(&self.lc(seg.start + 1))
        };
        // "Her opponent, former finance minister Sebastian Crowe, said": up to three words in
        // lower case ending in a role (`roles.txt`) before a name that ends the segment.
        let role_led = |k: usize| {
            k > seg.start
                && k - seg.start <= 3
                && (seg.start..k).all(modifier)
                && self.lex.roles.contains_key(self.lc(k - 1))
        };
        // "Solicitor Jo Lund, of Pell & Webb, said": a segment opened by "of", "from", "at" …
        // says where the person before it works; the firm after the preposition is no name in
        // apposition, even within a short word of the comma.
        let placed = PP_HEADS.contains(&self.lc(seg.start));
        let as_name = self.np_plain_before(seg.end, seg.start, None).filter(|np| {
            let k = tok_at(self.toks, np.span.start);
            np.kind == NpKind::Name
                && !placed
                && (np.span.start <= first + 4 || titled_from(k) || the_role(k) || role_led(k))
        });
        if as_name.is_some() {
            return Some(as_name);
        }
        self.is_apposition(seg).then_some(None)
    }

    /// "Brask, Tollan Cove’s lockkeeper, told": a possessor and a noun in no role list, between
    /// a name and the comma right before a reporting verb at `verb`, is an apposition whatever
    /// the noun. Only a name that is no place after a preposition, and a segment of the
    /// possessor and up to four words in lower case (no verb of a clause of its own).
    fn owned_apposition(&self, seg: Range<usize>, verb: usize, lo: usize) -> bool {
        let Some(after) = self.possessor_end(seg.start, seg.end) else {
            return false;
        };
        let open = seg.start - 1;
        after < seg.end
            && seg.end - after <= 4
            && verb < self.toks.len()
            && self.is_cue(verb)
            && (after..seg.end).all(|k| {
                self.is_word(k)
                    && !self.cap(k)
                    && !self.is_any_cue(k)
                    && !PREDICATE_AUX.contains(&self.lc(k))
                    && self.pronoun(k).is_none()
                    && !matches!(self.lc(k), "who" | "which" | "that" | "and" | "or" | "but")
            })
            && open > lo
            && self.cap(open - 1)
            && self.np_plain_before(open, lo, None).is_some_and(|np| {
                let first = tok_at(self.toks, np.span.start);
                np.kind == NpKind::Name
                    && tok_at(self.toks, np.span.end) == open
                    && !self.role_like(np.span)
                    // "In Tollan Cove, Brask’s ferryman, said": a place after a preposition.
                    && !(first > lo && PREPOSITIONS.contains(&self.lc(first - 1)))
            })
    }

    /// The token after a capitalised possessor of up to three words that opens at `first`
    /// ("Mara Lund’s", "the Harbour Trust’s" is not one: it opens in lower case), before `end`.
    fn possessor_end(&self, first: usize, end: usize) -> Option<usize> {
        let owns = |k: usize| {
            let w = self.w(k);
            possessive_word(w) || self.bare_possessive(k + 1)
        };
        (first..end.min(first + 3))
            .take_while(|&k| k == first || self.cap(k))
            .find(|&k| owns(k))
            .map(|o| o + 1 + usize::from(self.bare_possessive(o + 1)))
    }

    /// Is `seg` (after any titles) the full name of a person the registry knows to be called
    /// by one name word elsewhere in the text?
    pub(super) fn names_person(&self, seg: Range<usize>) -> bool {
        let Some(reg) = self.persons else {
            return false;
        };
        let mut s = seg.start;
        while s + 2 < seg.end && (self.lex.titles.contains_key(self.lc(s)) || self.is(s, ".")) {
            s += 1;
        }
        seg.end - s >= 2
            && reg
                .called_alone(&self.text[self.toks[s].span.start..self.toks[seg.end - 1].span.end])
    }

    pub(super) fn is_apposition(&self, r: Range<usize>) -> bool {
        if r.len() > 36 {
            return false;
        }
        let mut first = r.start;
        // "…, “The Harbour,” who went on to …,": a quoted title that opens the segment names a
        // work; what follows it says what the segment is.
        if self.is_mark(first) {
            let close = (first + 1..r.end.min(first + 9))
                .find(|&k| self.is_mark(k))
                .filter(|&k| self.quoted_title_before(k, first) == Some(first));
            match close {
                Some(k) if k + 1 >= r.end => return true,
                Some(k) => first = k + 1 + usize::from(self.w(k + 1) == ","),
                None => return false,
            }
            if first >= r.end {
                return true;
            }
        }
        let len = r.end - first;
        let t = self.w(first);
        // "Rhodes’s chief strategist": a possessor and the role it owns. The possessor may be a
        // name of up to three words ("Mara Lund’s fired campaign manager").
        let possessed_role = self
            .possessor_end(first, r.end)
            .is_some_and(|after| after < r.end && (after..r.end).any(|k| self.is_group_head(k)));
        // "…, the port will stay calm, said": a segment that opens with a determiner and has an
        // auxiliary before any relative pronoun is a clause with its own subject, not an
        // apposition ("a nurse who has worked here" is one; so is a relative clause going on
        // past a comma, "whose husband, …, was one of …").
        // (After a conjunction too: "…, and the port will stay calm, said".)
        let clause = || {
            let d = first + usize::from(matches!(t, "and" | "but" | "or" | "yet" | "so"));
            d < r.end
                && DETERMINERS.contains(&self.lc(d))
                && (first..r.end)
                    .take_while(|&k| !matches!(self.lc(k), "who" | "which" | "that" | "whose"))
                    .any(|k| PREDICATE_AUX.contains(&self.lc(k)))
        };
        (self.is_word(first) && !self.cap(first) && !clause())
            || possessed_role
            || self.party_label(first, len)
            || t.chars().all(|c| c.is_ascii_digit())
            || (self.cap(first) && self.lex.titles.contains_key(self.lc(first)))
    }

    /// "R-Wis.", "D-Ore.": a US party and state label opens the `len` tokens from `first`.
    fn party_label(&self, first: usize, len: usize) -> bool {
        let t = self.w(first);
        let b = t.as_bytes();
        (b.len() > 2
            && matches!(b[0], b'R' | b'D' | b'I')
            && b[1] == b'-'
            && b[2].is_ascii_uppercase())
            || (len >= 3
                && matches!(t, "R" | "D" | "I")
                && self.w(first + 1) == "-"
                && self.cap(first + 2))
    }

    /// Where a time phrase ending right before `i` starts ("last week", "this month", "on
    /// Tuesday", "Tuesday"), or `i` when there is none.
    pub(super) fn time_phrase_before(&self, i: usize, lo: usize) -> usize {
        if i > lo + 1
            && TIME_NOUNS[..8].contains(&self.lc(i - 1))
            && matches!(self.lc(i - 2), "last" | "this" | "that" | "next")
        {
            return i - 2;
        }
        if i > lo + 1 && self.cap(i - 1) && TIME_WORDS[..7].contains(&self.lc(i - 1)) {
            return if i > lo + 2 && self.lw_is(i - 2, "on") {
                i - 2
            } else {
                i - 1
            };
        }
        i
    }

    /// The start of a phrase of occasion or medium ending right before `i` ("in a statement",
    /// "in his opening speech", "at one point", "in the past"): "in", "on", "at" or "during", a
    /// determiner or possessive, and at most three words in lower case, after a subject-like word
    /// (a capitalised word, a pronoun, or an auxiliary of one: "who has in the past described"),
    /// but not after a group noun, whose place is part of it ("Diplomats in the capital said").
    pub(super) fn occasion_before(&self, i: usize, lo: usize) -> Option<usize> {
        // The phrase ends in a word: punctuation or a mark before `i` rules it out at once.
        if i < lo + 4 || !self.is_word(i - 1) {
            return None;
        }
        let k = (lo.max(i.saturating_sub(5))..i.saturating_sub(2))
            .rev()
            .find(|&k| matches!(self.lc(k), "in" | "on" | "at" | "during"))?;
        let det = k + 1;
        let ok = matches!(
            self.lc(det),
            "a" | "an" | "the" | "his" | "her" | "their" | "its" | "one"
        ) && (det + 1..i).all(|j| {
            self.is_word(j)
                && !self.cap(j)
                && !self.is_any_cue(j)
                && self.pronoun(j).is_none()
                && !SUBORDINATORS.contains(&self.lc(j))
                && !matches!(self.lc(j), "and" | "or" | "but" | "as" | "than")
        }) && k > lo
            && self.is_word(k - 1)
            && (self.cap(k - 1) || self.pronoun(k - 1).is_some() || self.is_adverb(k - 1))
            // "Diplomats in the capital said": a group's place belongs to the group.
            && !self.is_group_head(k - 1);
        ok.then_some(k)
    }

    /// The opening mark of a short quoted title that the mark at `close` ends ("“Salt Roads,”",
    /// "‘Morning Round’"): at most seven tokens, the first capitalised, every word capitalised
    /// or a short function word. A name inside an apposition, not speech.
    pub(super) fn quoted_title_before(&self, close: usize, lo: usize) -> Option<usize> {
        if matches!(self.w(close), "“" | "‘" | "«" | "‹" | "「") {
            return None;
        }
        let open = (lo.max(close.saturating_sub(8))..close)
            .rev()
            .find(|&k| self.is_mark(k))?;
        if matches!(self.w(open), "”" | "’" | "»" | "›" | "」") {
            return None;
        }
        let title = open + 1..close;
        let small =
            |k: usize| matches!(self.lc(k), "of" | "the" | "a" | "and" | "in" | "for" | "to");
        (!title.is_empty()
            && self.cap(title.start)
            && title
                .clone()
                .all(|k| self.cap(k) || small(k) || self.w(k) == ","))
        .then_some(open)
    }

    /// The opening comma of an apposition that ends right before `i` with a quoted title ("…,
    /// the author of “Quiet Streets,”" or "…, host of ‘Morning Round’,"): a few lower-case words
    /// opened by a determiner or a role, then a short capitalised name in quotation marks.
    pub(super) fn titled_apposition(&self, i: usize, lo: usize) -> Option<usize> {
        if i < lo + 6 {
            return None;
        }
        // The closing mark and comma, in either order (the mark read first: most tokens before a
        // verb are neither).
        let close = match self.w(i - 1) {
            "," if self.is_mark(i - 2) => i - 2,
            "”" | "\"" | "’" | "'" | "»" | "›" | "」" if self.w(i - 2) == "," => i - 2,
            _ => return None,
        };
        let open = self.quoted_title_before(close, lo)?;
        let comma = (lo.max(open.saturating_sub(8))..open)
            .rev()
            .find(|&k| !self.is_word(k))
            .filter(|&k| self.w(k) == ",")?;
        let words = comma + 1..open;
        let opens =
            |k: usize| DETERMINERS.contains(&self.lc(k)) || self.lex.roles.contains_key(self.lc(k));
        // A cue's word after a determiner is a noun ("the star of the show “Harbour,”").
        let verb = |k: usize| {
            self.is_any_cue(k) && !(k > words.start && DETERMINERS.contains(&self.lc(k - 1)))
        };
        (words.len() >= 2
            && opens(words.start)
            && words
                .clone()
                .all(|k| !self.cap(k) && !verb(k) && self.pronoun(k).is_none()))
        .then_some(comma)
    }

    /// A subject pronoun: "he", "she", "they", "we", "I" are never objects.
    pub(super) fn nominative(&self, k: usize) -> bool {
        matches!(self.lc(k), "he" | "she" | "they" | "we" | "i")
    }

    /// Does token `k` end a phrase of time that may open a sentence before its subject ("On
    /// Monday he said", "In March she told", "Last week they wrote", "In 2015 we said")?
    pub(super) fn ends_time_phrase(&self, k: usize) -> bool {
        let w = self.lc(k);
        TIME_WORDS[..10].contains(&w)
            || TIME_NOUNS[..8].contains(&w)
            || MONTHS.contains(&w)
            || matches!(w, "ago" | "later" | "earlier")
            || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
    }

    /// Is token `k` the apostrophe of a plural or s-final possessor ("Rhodes' adviser",
    /// "the senators’ votes"), written right after the word?
    pub(super) fn bare_possessive(&self, k: usize) -> bool {
        k > 0
            && k < self.toks.len()
            && matches!(self.w(k), "'" | "’")
            && self.toks[k - 1].span.end == self.toks[k].span.start
            && self.w(k - 1).ends_with(['s', 'S'])
            && self.is_word(k - 1)
            // As the scanner reads it: a lowercase word follows ("Rhodes' aide"), where a
            // capital could open a title in single marks.
            && k + 1 < self.toks.len()
            && self.is_word(k + 1)
            && !self.cap(k + 1)
    }

    pub(super) fn gender_in(&self, r: Range<usize>) -> Option<Gender> {
        r.filter_map(|k| {
            let l = self.lc(k);
            self.lex
                .roles
                .get(l)
                .copied()
                .flatten()
                .or_else(|| self.lex.titles.get(&*l).copied().flatten())
        })
        .next()
    }

    /// "according to NP" starting at `i`.
    pub(super) fn according_to(&self, i: usize, hi: usize) -> Option<(Np, Span)> {
        if i + 2 < hi + 1 && i + 1 < hi && self.lw_is(i, "according") && self.lw_is(i + 1, "to") {
            let np = self.np_after(i + 2, hi)?;
            return Some((np, self.span(i..i + 2)));
        }
        None
    }
}
