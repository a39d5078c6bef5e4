//! Indirect speech: reported statements with no quotation marks ("X said (that) CLAUSE",
//! "According to X, CLAUSE", "CLAUSE, X said"), and the clause and subject readers they need.

use super::*;

/// Indirect speech in a sentence with no quote: "X said (that) CLAUSE", "CLAUSE, X said.",
/// "According to X, CLAUSE", "A, X said, B". A sentence may report several statements ("X said A,
/// but Y said B"; "X said Y believes B"): every cue with a subject gives one, and a statement
/// ends where the sentence or its clause does (`clause_end`), or where the next statement's
/// speaker starts after a comma.
pub(super) fn indirect(v: &View<'_>, sent: Range<usize>, pi: usize) -> Vec<Attributed> {
    let sent = v.dateline_end(sent.start, sent.end).unwrap_or(sent.start)..sent.end;
    let mut out: Vec<Attributed> = Vec::new();
    // Each statement's speaker token, to cut an earlier statement there.
    let mut starts: Vec<usize> = Vec::new();
    // Tokens up to here belong to an "after" or "according to" statement already found.
    let mut taken = sent.start;
    if let Some((a, np_tok, end)) = poll_source(v, sent.clone(), pi) {
        taken = end;
        starts.push(np_tok);
        out.push(a);
    }
    let candidates = v.cue_candidates_in(sent.clone());
    // The statements `closing_tag` read from `taken` and did not keep, by cue: the loop below
    // reads such a cue again, from the same token unless a statement before it moved `taken`.
    let mut tried = Vec::new();
    let tried_from = taken;
    if let Some((a, np_tok, next)) = closing_tag(v, &sent, taken, pi, candidates, &mut tried) {
        taken = next;
        starts.push(np_tok);
        out.push(a);
    }
    for &c in candidates {
        if c < taken {
            continue;
        }
        // "X said A and said B", "X, who said A, added B" first: the second cue's subject is
        // the first's.
        let second = out
            .last()
            .and_then(|prev| second_predicate(v, &sent, pi, prev, c));
        if let Some((a, and)) = second {
            // "X said A and said B": A ends before "and", and B is X's too.
            if let Some(e) = last_word_end(v, sent.start..and) {
                let prev = out.last_mut().expect("a statement");
                if e > prev.content.start {
                    prev.content = Span::new(prev.content.start, e);
                }
            }
            taken = taken.max(c + 1);
            starts.push(c);
            out.push(a);
        } else if let Some((a, np_tok)) = out
            .last()
            .and_then(|prev| after_relative(v, &sent, pi, prev, c))
        {
            taken = taken.max(c + 1);
            starts.push(np_tok);
            out.push(a);
        } else if let Some((a, np_tok, next)) = match tried.iter().position(|&(t, _)| t == c) {
            Some(k) if taken == tried_from => tried.swap_remove(k).1,
            _ => indirect_at(v, sent.clone(), taken, pi, c),
        } {
            taken = taken.max(next);
            starts.push(np_tok);
            out.push(a);
        }
    }
    // Then verbs with a noun-phrase, infinitive or question complement ("X endorsed Y", "X wants
    // to …") outside the statements found: the sentence is read once more, word by word. A verb
    // inside a reported clause ("It would back the plan, the union said") is part of it.
    let found = out.len();
    // The subject is read back to the end of the last statement before the verb; the statements
    // found are in text order, and `ix` walks them once.
    let mut lo = sent.start;
    // Where the subject of the last statement read below was read back to.
    let mut read_lo = sent.start;
    let mut ix = 0;
    let facts = v.facts();
    let mut next = sent.start;
    // Most words fail every test below on their bits alone (a new test here needs its bit in
    // `may_open_indirect`, or the words it holds for are skipped): they are passed over in a
    // loop of their own (`next_opener`).
    while let Some(c) = next_opener(facts, next, sent.end) {
        next = c + 1;
        let stem = v.comma_participle_stem(c);
        let participle = v.participle_cue(stem)
            || v.adjunct_participle_cue(c)
            || phrasal_participle(v, stem, c, sent.end);
        // (", refusing to condemn …" withholds a judgment: no position, as after "refused".)
        let named = if participle {
            None
        } else {
            v.object_participle(c, stem)
                .filter(|_| !withheld_judgment(v, c, sent.end))
        };
        let noun = !participle && named.is_none() && v.statement_noun(c).is_some();
        // "…, with 30 percent of voters saying …": a participle with no comma before it.
        let shared = !participle && named.is_none() && !noun && facts[c] & ING != 0;
        if !participle
            && named.is_none()
            && !noun
            && !shared
            && v.object_particle(c).is_none()
            && !v.cue_to_infinitive(c)
            && !addressee_infinitive(v, c, sent.end)
            // (Their words have the object cues' shape bit, `attribute::shape_facts`: most
            // words are ruled out by it before two lists are read through.)
            && !(v.may_be(c, MAY_OBJECT_CUE)
                && (SEEMING.contains(&v.lc(c)) || JUDGED.contains(&v.lc(c))))
        {
            continue;
        }
        let at = v.toks[c].span.start;
        while ix < found && out[ix].content.end <= at {
            lo = lo.max(tok_at(v.toks, out[ix].content.end));
            ix += 1;
        }
        // Inside the next statement, or its cue ("demanded that …" is read as a clause); but an
        // object cue may open a second predicate inside it ("X said A and vowed to B").
        let next = out[..found].get(ix);
        if c < lo || next.is_some_and(|a| a.cue.is_some_and(|q| q.start == at)) {
            continue;
        }
        if let Some(a) = next.filter(|a| a.content.start <= at) {
            let second = (!participle && named.is_none() && !noun && !shared)
                .then(|| predicate_inside(v, &sent, pi, a, c))
                .flatten();
            if let Some((b, np_tok, end)) = second {
                match last_word_end(v, tok_at(v.toks, a.content.start)..end) {
                    Some(e) if enough_words(v.text[a.content.start..e].as_ref()) => {
                        out[ix].content = Span::new(out[ix].content.start, e);
                        lo = c + 1;
                        starts.push(np_tok);
                        out.push(b);
                    }
                    _ => {}
                }
            }
            continue;
        }
        let stated = if participle || named.is_some() {
            // "X said A, adding B": the speaker is the statement's before it, else the sentence's
            // subject.
            ix.checked_sub(1)
                .and_then(|p| out[p].speaker)
                .or_else(|| clause_subject(v, sent.start, c - 1))
                // "“…,” she said, adding that …": the speaker of the verb before the comma.
                .or_else(|| said_before_gerund(v, c, sent.start))
                .and_then(|np| subject_before_verb(v, np))
                .and_then(|np| match named {
                    Some(particle) => participle_object_at(v, sent.clone(), c, particle, np, pi),
                    None => participle_at(v, sent.clone(), c, np, pi).or_else(|| {
                        vowed_infinitive(v, &sent, c)
                            .then(|| participle_object_at(v, sent.clone(), c, "", np, pi))
                            .flatten()
                    }),
                })
        } else if noun {
            let why = |who: &str, what: &str| {
                ["“", who, "” owns “", what, "”, a reported position"].concat()
            };
            // "a letter warning that …": a noun of saying that is also a participle reports for
            // the verb that put the letter out when no owner stands before it.
            noun_at(v, sent.clone(), lo, c)
                .map(|parts| statement(v, sent.clone(), pi, parts, "indirect_noun", why))
                // "She vows to …", "The union pledges to …": a noun of saying that is also an
                // object cue is its verb when no owner stands before it (not after a
                // preposition: "words of support for …").
                .or_else(|| {
                    let noun_after = c > 0 && PREPOSITIONS.contains(&v.lc(c - 1));
                    (!noun_after)
                        .then(|| object_at(v, sent.clone(), lo, c, pi))
                        .flatten()
                })
                .or_else(|| {
                    (facts[c] & ING != 0)
                        .then(|| delivered_participle(v, sent.clone(), lo, c, pi))
                        .flatten()
                })
        } else if shared {
            // "…, with 30 percent of voters saying …"; else a participle listed among the object
            // cues ("The mayor is calling for …", "critics calling for …").
            delivered_participle(v, sent.clone(), lo, c, pi)
                .or_else(|| share_participle(v, sent.clone(), lo, c, pi))
                .or_else(|| object_at(v, sent.clone(), lo, c, pi))
        } else {
            asked_at(v, sent.clone(), c, pi)
                .or_else(|| expected_at(v, sent.clone(), lo, c, pi))
                .or_else(|| seem_at(v, sent.clone(), lo, c, pi))
                .or_else(|| judged_at(v, sent.clone(), lo, c, pi))
                .or_else(|| it_seems_at(v, sent.clone(), lo, c, pi))
                .or_else(|| object_at(v, sent.clone(), lo, c, pi))
                // "X condemned the bill but praised its sponsors": the second verb's subject
                // stands before the first statement, whose reading moved `lo` past it.
                .or_else(|| {
                    joined_predicate(v, out.last(), c)
                        .then(|| object_at(v, sent.clone(), read_lo, c, pi))
                        .flatten()
                })
        };
        // "…, saying CLAUSE" whose subject no rule reads still reports the clause.
        let stated = stated.or_else(|| {
            (participle || named.is_some())
                .then(|| participle_unread(v, sent.clone(), c, named, pi))
                .flatten()
        });
        if let Some((a, np_tok)) = stated {
            read_lo = lo;
            lo = c + 1;
            starts.push(np_tok);
            out.push(a);
        }
    }
    // In text order, each with its speaker's token, for the cuts below.
    if out.len() > found {
        let mut both: Vec<(Attributed, usize)> = out.drain(..).zip(starts.drain(..)).collect();
        both.sort_by_key(|(a, _)| a.content.start);
        (out, starts) = both.into_iter().unzip();
    }
    // "X said A, and Y said B": A ends before ", and Y".
    for (k, a) in out.iter_mut().enumerate() {
        let content = a.content;
        // Only the next few statements can start inside this one (its clause is bounded).
        let cut = starts
            .iter()
            .enumerate()
            .skip(k + 1)
            .take(8)
            .filter(|&(_, &t)| t > sent.start && v.toks[t].span.start > content.start)
            .map(|(_, &t)| t)
            .filter(|&t| v.toks[t].span.start < content.end)
            .filter_map(|t| {
                let mut b = t;
                while b > sent.start + 1
                    && t - b < 2
                    && matches!(v.lc(b - 1), "and" | "but" | "while" | "whereas")
                {
                    b -= 1;
                }
                // "One in three said A and one in four said B": a conjunction with no comma
                // before it ends A too.
                if matches!(v.w(b - 1), "," | ";") {
                    Some(b - 1)
                } else {
                    (b < t).then_some(b)
                }
            })
            .min();
        if let Some(b) = cut {
            if let Some(e) = last_word_end(v, sent.start..b) {
                if e > content.start {
                    a.content = Span::new(content.start, e);
                }
            }
        }
    }
    for a in out.iter_mut() {
        opening_clause_end(v, &sent, a);
    }
    // Four words or more, but for a name backed or judged ("endorsed Jane Doe", `object_at`;
    // "his attacks on Venn", `noun_at`) and a judged object ("criticized the ruling", also after
    // a comma: "…, criticizing the ruling").
    out.retain(|a| {
        matches!(a.pattern, "indirect_object" | "indirect_noun")
            || enough_words(a.content.slice(v.text))
            || judged_participle(v, a)
    });
    // Counted with its noun of attitude: "showed no sign of retreat" is no shorter a position
    // than "showed no sign of retreat on the toll".
    for a in out.iter_mut() {
        voiced_topic(v, a);
        // Better unattributed than misattributed: the statement stays, with no one to voice it.
        if a.speaker.is_some_and(|np| clause_piece(v, &np)) {
            a.speaker = None;
        }
        nearer_pronoun(v, &sent, a);
    }
    out
}

/// "Lund closed the road, vowing to reopen it by June", "rallied the crowd by promising to …":
/// is the participle at `c` of a clause cue that is an act of speech in itself (`speech_act`: a
/// vow, a promise, a pledge), after a comma or an adjunct's opener, before an infinitive? It
/// reports the infinitive for the clause's subject, as "vowed to …" does
/// (`View::cue_to_infinitive`); its clause is what `participle_at` looks for, and there is none.
/// Not before an addressee ("promising to the crowd", "pledging to its members").
fn vowed_infinitive(v: &View<'_>, sent: &Range<usize>, c: usize) -> bool {
    let k = c + 2;
    if k >= sent.end || !v.lw_is(c + 1, "to") || !speech_act(v, v.lc(c)) {
        return false;
    }
    let l = v.lc(k);
    v.is_word(k) && !v.cap(k) && !DETERMINERS.contains(&l) && !possessive_word(v.w(k))
}

/// Words that open a clause whose subject may follow them (`nearer_pronoun`).
const CLAUSE_OPENERS: &[&str] = &[
    "when", "after", "as", "while", "before", "though", "although", "because", "since", "until",
    "but", "and",
];

/// "Lund was jeered at the rally after he refused to say that …", "Vell lacks the votes, but she
/// is expected to argue that …": a "he", "she" or "they" that opens a clause between the speaker
/// read and the cue, with only the clause's lower-case words between it and the cue, is the
/// subject the cue goes with, and the mention that ties the statement to its speaker; a name
/// read further back is the name it stands for. Read back from the cue over a few words.
fn nearer_pronoun(v: &View<'_>, sent: &Range<usize>, a: &mut Attributed) {
    const REACH: usize = 8;
    let (Some(np), Some(cue)) = (a.speaker, a.cue) else {
        return;
    };
    if matches!(np.kind, NpKind::Pronoun(_)) || np.span.end > cue.start {
        return;
    }
    let c = tok_at(v.toks, cue.start);
    let lo = tok_at(v.toks, np.span.end)
        .max(c.saturating_sub(REACH))
        .max(sent.start);
    let Some(k) = (lo + 1..c)
        .rev()
        .take_while(|&k| v.is_word(k) && !v.cap(k) && !v.is_mark(k))
        .find(|&k| {
            matches!(
                crate::speakers::without_contraction(v.lc(k)),
                "he" | "she" | "they"
            )
        })
    else {
        return;
    };
    let Some(g) = v.pronoun(k) else { return };
    if !CLAUSE_OPENERS.contains(&v.lc(k - 1)) || k + 1 == c {
        return;
    }
    let p = v.pronoun_np(k, g);
    if np.kind == NpKind::Name {
        a.antecedent = Some((np, cue));
    }
    a.why = [
        "“",
        p.span.slice(v.text),
        "” opens the clause the cue stands in; ",
        &a.why,
    ]
    .concat();
    a.speaker = Some(p);
}

/// Time units that close a phrase of time ("this past week", "the last two months").
const TIME_UNITS: WordList = WordList::new(&[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
]);

/// Is a speaker phrase a piece of a clause rather than someone who speaks? One that opens on an
/// auxiliary ("has run ads with …", "will reporters still want …", "Does Lund oppose …?") or on
/// a bare verb and "to" ("refuses to answer …"), one that ends on a preposition or conjunction
/// ("hours before reports that …"), a phrase of time ("this past week announced …"), or a
/// perfect participle ("Having said …"): none has a noun that could speak at its head.
fn clause_piece(v: &View<'_>, np: &Np) -> bool {
    if !matches!(np.kind, NpKind::Group | NpKind::Name) {
        return false;
    }
    let first = tok_at(v.toks, np.span.start);
    let end = tok_at(v.toks, np.span.end);
    if first >= end || end > v.toks.len() {
        return false;
    }
    let last = end - 1;
    let f = v.lc(first);
    // ("Will", "May" and "Can" may be given names.)
    let given_name = np.kind == NpKind::Name && v.cap(first) && matches!(f, "will" | "may" | "can");
    let aux = PREDICATE_AUX.contains(&f) && !given_name;
    let infinitive = first + 2 < end
        && !v.cap(first)
        && !DETERMINERS.contains(&f)
        && v.lw_is(first + 1, "to")
        && v.is_word(first + 2)
        && !v.cap(first + 2)
        && !DETERMINERS.contains(&v.lc(first + 2));
    let l = v.lc(last);
    // (Two words at most: a longer phrase may open on its subject, "Lund declined to comment
    // on", which a reader still finds.)
    let dangling = last == first + 1
        && v.is_word(last)
        && !v.cap(last)
        && (PREPOSITIONS.contains(&l) || matches!(l, "and" | "or" | "but"));
    let time = last > first && TIME_UNITS.contains(&l) && matches!(f, "this" | "last" | "past");
    // "Having announced that …, Lund left": a perfect participle, whose subject comes later.
    let participle = f == "having";
    aux || infinitive || dangling || time || participle
}

/// A statement as [`indirect_at`] finds it: the statement, its speaker's first token and the
/// token after it.
type Statement = (Attributed, usize, usize);

/// "A ballot showed 87 percent in favour, the union said.": a tag that closes the sentence
/// reports the whole clause before its comma, cues inside that clause included; the inner cue
/// ("showed") is part of what the tag's speaker said, not a statement of its own. The tag's
/// statement (pattern `indirect_after`), its speaker's token and the token after it, when one
/// of the sentence's last two cues closes it and its clause holds an earlier cue (not "said"
/// nor a quote mark). The statements it reads and does not keep go to `tried`, with their cue.
fn closing_tag(
    v: &View<'_>,
    sent: &Range<usize>,
    taken: usize,
    pi: usize,
    candidates: &[usize],
    tried: &mut Vec<(usize, Option<Statement>)>,
) -> Option<(Attributed, usize, usize)> {
    let first = *candidates.iter().find(|&&c| c >= taken)?;
    let at = v.toks[first].span.start;
    let tags = candidates
        .iter()
        .rev()
        .take(2)
        .filter(|&&t| t > first + 2)
        // A tag is short: its comma stands a few words before the cue (or right before it,
        // ", said the union").
        .filter(|&&t| (t.saturating_sub(8).max(first + 1)..t).any(|k| v.w(k) == ","));
    for &t in tags {
        let found = indirect_at(v, sent.clone(), taken, pi, t);
        let own = found.as_ref().is_some_and(|(a, _, _)| {
            // Not over quote marks (a tag after a quote reports the quote, and the quote rules
            // read it), nor over a verb of saying with a subject of its own ("X said A, Y
            // reported": two reports, each its speaker's).
            // (Archives' quotes in two apostrophes are read on the text: "''" is no mark token.)
            let marks = a.content.slice(v.text).contains(['“', '”', '"']);
            let stop = |k: usize| {
                v.is_mark(k)
                    || matches!(v.lc(k), "said" | "says" | "say" | "told" | "tells")
                    // "A, the Vell Courier reported, while B": a tag of its own inside.
                    || v.is_any_cue(k) && v.w(k + 1) == ","
            };
            !marks
                && !a.content.slice(v.text).contains("''")
                && !(first..tok_at(v.toks, a.content.end)).any(stop)
                && a.pattern == "indirect_after"
                && a.content.start <= at
        });
        if own {
            return found;
        }
        tried.push((t, found));
    }
    None
}

/// "…, Lund said during her speech to the delegates.": after a closing tag's cue, an adjunct of
/// time, place or occasion up to eight words long (`rest_ok` reads shorter ones), opening with its
/// preposition (maybe after a weekday) and ending the sentence, is still the tag's. No verb, cue,
/// subject pronoun or clause opener stands in it: "…, X said in May that …" or "…, X said at
/// noon the board had …" go on with a clause of their own.
fn long_adjunct(v: &View<'_>, c: usize, tag_end: usize) -> bool {
    let mut k = c + 1;
    if k < tag_end && TIME_WORDS.contains(&v.lc(k)) {
        k += 1;
    }
    let opens = k < tag_end
        && matches!(
            v.w(k),
            "in" | "at" | "on" | "during" | "after" | "before" | "with" | "from" | "while"
        );
    opens
        && tag_end - c <= 10
        && (k + 1..tag_end).all(|j| {
            let l = v.lc(j);
            // A modifier after a determiner is no verb: "a scheduled meeting", "her weekly call".
            let modifier = DETERMINERS.contains(&v.lc(j - 1));
            v.is_word(j)
                && !v.is_mark(j)
                && !PREDICATE_AUX.contains(&l)
                && !matches!(
                    l,
                    "that"
                        | "who"
                        | "which"
                        | "whom"
                        | "whose"
                        | "where"
                        | "when"
                        | "because"
                        | "if"
                        | "he"
                        | "she"
                        | "they"
                        | "we"
                        | "i"
                        | "it"
                        | "but"
                )
                && (modifier || !(v.is_any_cue(j) || l.ends_with("ed")))
        })
}

/// "As reported by the Courier, CLAUSE", "As first noted by X, CLAUSE": the passive of "As X
/// reported, …" (pattern `indirect_as`): the clause after the agent's comma is what the agent
/// reported. "As" opens the sentence or follows a comma or a conjunction.
fn passive_as(
    v: &View<'_>,
    sent: &Range<usize>,
    pi: usize,
    c: usize,
) -> Option<(Attributed, usize, usize)> {
    if c + 3 >= sent.end || !v.lw_is(c + 1, "by") || !v.lc(c).ends_with("ed") {
        return None;
    }
    // "As reported", "as first reported", "as previously noted".
    let adverb = c > sent.start + 1 && v.is_adverb(c - 1);
    let as_tok = c.checked_sub(1 + usize::from(adverb))?;
    let opens = as_tok == sent.start
        || as_tok > sent.start
            && (matches!(v.w(as_tok - 1), "," | ";")
                || matches!(v.lc(as_tok - 1), "and" | "but" | "so" | "yet"));
    if as_tok < sent.start || !v.lw_is(as_tok, "as") || !opens {
        return None;
    }
    let np = v.np_after(c + 2, sent.end)?;
    let comma = tok_at(v.toks, np.span.end);
    if comma + 1 >= sent.end || v.w(comma) != "," || !v.is_word(comma + 1) {
        return None;
    }
    let end = clause_end(v, comma + 1, sent.end);
    let e = last_word_end(v, comma + 1..end)?;
    let content = Span::new(v.toks[comma + 1].span.start, e);
    if !enough_words(content.slice(v.text)) || (comma + 1..end).any(|m| v.is_mark(m)) {
        return None;
    }
    let why = [
        "“as ",
        v.w(c),
        " by ",
        np.span.slice(v.text),
        "” opens the clause",
    ]
    .concat();
    let a = reported(
        v,
        sent.clone(),
        pi,
        (content, Some(np), c),
        "indirect_as",
        why,
    );
    Some((a, tok_at(v.toks, np.span.start), end))
}

/// Is token `c` a verb of saying in the progressive: a form of "be" right before it, or before
/// one adverb (`progressive_cues.txt`)? (Not after a pronoun written together with "be", "she's":
/// no subject is read.)
fn progressive(v: &View<'_>, start: usize, c: usize) -> bool {
    // (Cheap tests first, on the words as written: this is asked of every cue word that is no
    // clause cue; a verb inside a sentence is in lower case.)
    let be = |k: usize| matches!(v.w(k), "is" | "are" | "was" | "were" | "been" | "am");
    c > start + 1
        && v.w(c).ends_with("ing")
        && (be(c - 1) || c > start + 2 && v.is_adverb(c - 1) && be(c - 2))
        && v.lex.progressive_cues.contains(v.lc(c))
}

/// "…, rushing to the radio to say the ferries had failed", "X went on to say that …", "voters
/// were more likely to say they …": the infinitive of a verb of saying reports its clause
/// (pattern `indirect_that`), spoken by the sentence's subject when one is read. Not after an
/// adjective or a verb that makes it a comment or a wish ("hard to say", "wanted to say"), and
/// not before a noun phrase ("to announce his run"). The verbs are `infinitive_cues.txt`, the
/// words of comment `comment_infinitive.txt`.
fn infinitive_at(
    v: &View<'_>,
    sent: &Range<usize>,
    pi: usize,
    c: usize,
) -> Option<(Attributed, usize, usize)> {
    if !v.lex.infinitive_cues.contains(v.lc(c)) || v.lex.comment_infinitive.contains(v.lc(c - 2)) {
        return None;
    }
    let clause = clause_after(v, c, sent.end)?;
    // The clause right after the verb or its "that" ("to insist on a judge they …" has a
    // prepositional object), opened by "that", a pronoun or a name.
    let that = clause == c + 2 && v.lw_is(c + 1, "that");
    // ("to admit refugees": "admit" lets people in, unless "that" follows.)
    let subject = clause == c + 1 && (v.pronoun(clause).is_some() || v.cap(clause));
    if !(that || subject && v.lc(c) != "admit") {
        return None;
    }
    let e = last_word_end(v, clause..clause_end(v, clause, sent.end))?;
    let content = Span::new(v.toks[clause].span.start, e);
    if !enough_words(content.slice(v.text)) || (clause..tok_at(v.toks, e)).any(|m| v.is_mark(m)) {
        return None;
    }
    let np = clause_subject(v, sent.start, c - 1);
    let why = ["the infinitive “to ", v.w(c), "” reports a clause"].concat();
    let a = reported(v, sent.clone(), pi, (content, np, c), "indirect_that", why);
    let at = np.map_or(c, |np| tok_at(v.toks, np.span.start));
    Some((a, at, c + 1))
}

/// Nouns for a poll or a study, which report what they found: "In a poll released Sunday, …".
pub(super) const SOURCE_NOUNS: &[&str] = &[
    "poll", "polls", "survey", "surveys", "study", "studies", "report", "analysis", "census",
];

/// The first token in `from..to` whose facts bits may open one of `indirect`'s statements
/// (`may_open_indirect`). Out of line: in `indirect`'s body the loop over every token of a
/// sentence kept its counters on the stack (18 instructions a token on PolNeAR train).
#[inline(never)]
fn next_opener(facts: &[u8], from: usize, to: usize) -> Option<usize> {
    let p = facts[from..to].iter().position(|&b| may_open_indirect(b))?;
    Some(from + p)
}

/// The first token in `from..to` that is "in" or "iN" (`lw_is(k, "in") && !cap(k)`: no other
/// token lowercases to "in"), tested by its bytes. Out of line, as `next_opener`.
#[inline(never)]
fn next_lower_in(text: &str, toks: &[Token], from: usize, to: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let p = toks.get(from..to)?.iter().position(|t| {
        t.span.end - t.span.start == 2
            && bytes[t.span.start] == b'i'
            && bytes[t.span.start + 1] | 0x20 == b'n'
    })?;
    Some(from + p)
}

/// "In a poll released Sunday, CLAUSE.": a poll or a study named in a prepositional phrase that
/// opens the sentence reports the clause (pattern `in_source`). The clause holds no cue and no
/// quote mark of its own: then the cue's rules read it. (At the sentence's end, "… in the polls"
/// most often places a lead, not a finding; one poll named there is read, `closing_poll`.)
/// Returns the statement, its source's first token and the token where what it claims ends.
pub(super) fn poll_source(
    v: &View<'_>,
    sent: Range<usize>,
    pi: usize,
) -> Option<(Attributed, usize, usize)> {
    let (s, e) = (sent.start, sent.end);
    if e - s < 6 {
        return None;
    }
    let Some(source) = opening_source(v, s, e, 12) else {
        return closing_poll(v, sent, pi);
    };
    let comma = source.end;
    let plain =
        (comma + 1..e).all(|k| !v.is_any_cue(k) && !v.is_mark(k) && !v.lw_is(k, "according"));
    if !plain {
        return None;
    }
    let end = last_word_end(v, comma + 1..e)?;
    let content = Span::new(v.toks[comma + 1].span.start, end);
    let span = v.span(source);
    let np = group_np(span);
    let why =
        |who: &str, _: &str| ["“", who, "” is a poll or a study that reports the clause"].concat();
    let (a, np_tok) = statement(v, sent, pi, (content, np, v.toks[s].span), "in_source", why);
    Some((a, np_tok, e))
}

/// "In a Gazette poll released Monday, 31 percent of voters said they were “very worried”": a
/// share of those polled answers in the poll's words, the options it put to them; the poll that
/// opens the sentence speaks for the answer, as `poll_source` does for a clause with no cue (on
/// PolNeAR train every such quote and clause, five, is the poll's). Each statement of the
/// sentence whose speaker stands in a share of people right after the phrase's comma, before
/// its cue, is the poll's (pattern `in_source`). A clause with no verb of saying, "73 percent
/// accepted that …", keeps its reading.
pub(super) fn poll_answers(v: &View<'_>, sent: Range<usize>, statements: &mut [Attributed]) {
    let (s, e) = (sent.start, sent.end);
    if statements.is_empty() || e - s < 6 {
        return;
    }
    // (A longer phrase than `poll_source` reads: "In a poll conducted by the Gazette and
    // Harbour Radio," has a share and a cue after it to bound what it claims.)
    let Some(source) = opening_source(v, s, e, 16) else {
        return;
    };
    let comma = source.end;
    let after = v.toks[comma].span.end;
    for a in statements.iter_mut() {
        let (Some(np), Some(cue)) = (a.speaker, a.cue) else {
            continue;
        };
        if np.span.start < after || np.span.end > cue.start || !v.is_cue(tok_at(v.toks, cue.start))
        {
            continue;
        }
        // The subject from the comma to the cue: words and numbers only, and a share in it.
        let (from, to) = (comma + 1, tok_at(v.toks, cue.start));
        let plain = (from..to).all(|k| v.is_word(k) || matches!(v.w(k), "%" | "-"));
        if to - from > 10 || !plain {
            continue;
        }
        let share = (from..to).any(|k| {
            matches!(
                v.lc(k),
                "percent" | "%" | "majority" | "majorities" | "half" | "third" | "quarter"
            )
        }) || (from + 1..to.saturating_sub(1)).any(|k| {
            // "six in 10", "4 in 10 voters"
            v.lw_is(k, "in") && (starts_with_digit(v.w(k - 1)) || starts_with_digit(v.w(k + 1)))
        });
        if !share {
            continue;
        }
        let np = group_np(v.span(source.clone()));
        a.why = [
            "“",
            np.span.slice(v.text),
            "” reports the answer of the share of people polled who “",
            cue.slice(v.text),
            "”",
        ]
        .concat();
        a.speaker = Some(np);
        a.pattern = "in_source";
    }
}

/// "In a poll released Sunday, …": the tokens of the poll or study that an opening "In" names,
/// words, slashes, hyphens and possessives up to a comma fewer than `reach` tokens into the
/// sentence `s..e`; the comma is the token at their end.
fn opening_source(v: &View<'_>, s: usize, e: usize, reach: usize) -> Option<Range<usize>> {
    if !v.lw_is(s, "in") {
        return None;
    }
    let comma = (s + 2..e.min(s + reach)).find(|&k| v.w(k) == ",")?;
    let source = s + 1..comma;
    let names_source = source
        .clone()
        .all(|k| v.is_word(k) || matches!(v.w(k), "/" | "-" | "’s" | "'s"))
        && source.clone().any(|k| SOURCE_NOUNS.contains(&v.lc(k)));
    names_source.then_some(source)
}

/// Participles that date or place a poll named after its clause ("in a poll released Monday").
const POLL_PARTICIPLES: &[&str] = &["released", "conducted", "taken", "published", "out"];

/// "Ruiz led by nine points in a Harbour Courier poll released Monday.": one poll or survey
/// named with a determiner or a possessor in a phrase that closes the sentence (or its first
/// part, before a comma) reports the clause before it (pattern `in_source`), as PolNeAR's units
/// run: on train 12 of the 22 such phrases are a unit's source (of 39 plural ones, 5). Not "in
/// the polls" (a plural places a lead), nor a clause that holds a cue or a quote mark.
fn closing_poll(v: &View<'_>, sent: Range<usize>, pi: usize) -> Option<(Attributed, usize, usize)> {
    let (s, e) = (sent.start, sent.end);
    // The phrase: "in", a determiner or a possessor, up to eight words to a singular source noun,
    // then the sentence's end, a comma, or a participle that dates the poll.
    let phrase = |at: usize| -> Option<(usize, usize)> {
        let det = v.lc(at + 1);
        let owner = v.is_word(at + 1) && (det.ends_with("’s") || det.ends_with("'s"));
        if !(owner
            || matches!(
                det,
                "a" | "an" | "the" | "one" | "another" | "its" | "their"
            ))
        {
            return None;
        }
        let head = (at + 2..e.min(at + 10))
            .take_while(|&k| v.is_word(k) || matches!(v.w(k), "/" | "-" | "’s" | "'s"))
            .find(|&k| matches!(v.lc(k), "poll" | "survey"))?;
        let mut end = head + 1;
        if end < e && POLL_PARTICIPLES.contains(&v.lc(end)) {
            // ("released Monday", "taken July 11-14": a few words, not a clause's verb.)
            end = (end..e.min(end + 4))
                .find(|&k| !v.is_word(k))
                .unwrap_or(e.min(end + 4));
        }
        (end >= e || matches!(v.w(end), "," | "." | ";")).then_some((at, end))
    };
    // Every sentence is scanned here, up to 22 tokens. Work: one read a token, as `lw_is` counted.
    let (lo, hi) = (s.max(e.saturating_sub(24)) + 1, e.saturating_sub(2));
    v.reads.set(v.reads.get() + hi.saturating_sub(lo) as u64);
    let mut k = lo;
    let (at, end) = loop {
        k = next_lower_in(v.text, v.toks, k, hi)?;
        if let Some(found) = phrase(k) {
            break found;
        }
        k += 1;
    };
    let mut from = s;
    while from < at && matches!(v.lc(from), "but" | "and" | "so" | "yet" | ",") {
        from += 1;
    }
    let plain = (from..at).all(|k| !v.is_any_cue(k) && !v.is_mark(k) && !v.lw_is(k, "according"));
    if !plain {
        return None;
    }
    let stop = last_word_end(v, from..at)?;
    let content = Span::new(v.toks[from].span.start, stop);
    if !enough_words(content.slice(v.text)) {
        return None;
    }
    let np = group_np(v.span(at + 1..end));
    let why =
        |who: &str, _: &str| ["“", who, "” is a poll that reports the clause before it"].concat();
    let (a, np_tok) = statement(
        v,
        sent,
        pi,
        (content, np, v.toks[at].span),
        "in_source",
        why,
    );
    Some((a, np_tok, end))
}

/// "X said A and said B", "X said A, but added that B": a cue of the indirect statement `prev`'s
/// speaker coordinated inside `prev`'s clause ("and" or "but", an adverb or two, the cue) opens a
/// second statement of the same speaker. Returns it and the token of the conjunction, where `prev`
/// ends.
pub(super) fn second_predicate(
    v: &View<'_>,
    sent: &Range<usize>,
    pi: usize,
    prev: &Attributed,
    c: usize,
) -> Option<(Attributed, usize)> {
    // "… and states have moved …": a noun, the subject of the next verb.
    if prev.pattern != "indirect_that"
        || !v.is_indirect_cue(c)
        || v.cap(c)
        || (c + 1 < sent.end && PREDICATE_AUX.contains(&v.lc(c + 1)))
    {
        return None;
    }
    let at = v.toks[c].span.start;
    // Inside `prev`, or right after it ("X admitted that A, but said B").
    let right_after = || {
        let e = tok_at(v.toks, prev.content.end);
        at >= prev.content.end
            && c - e <= 4
            && (e..c).all(|m| matches!(v.w(m), "," | "and" | "but") || v.is_adverb(m))
    };
    if at <= prev.content.start || (at >= prev.content.end && !right_after()) {
        return None;
    }
    let mut k = c;
    while k > sent.start + 1 && c - k < 2 && v.is_adverb(k - 1) {
        k -= 1;
    }
    let and = k
        .checked_sub(1)
        .filter(|&a| a > sent.start && matches!(v.lc(a), "and" | "but"))?;
    let and = if v.w(and - 1) == "," { and - 1 } else { and };
    let np = prev.speaker?;
    let why = |who: &str, cue: &str| ["“", who, "” also ", cue, " a reported clause"].concat();
    let (a, _) = clause_statement(v, sent, pi, c, np, why)?;
    Some((a, and))
}

/// The clause after cue `c` (`clause_after` to `clause_end`, at least three words) as `np`'s
/// statement (pattern `indirect_that`), with its speaker's token.
pub(super) fn clause_statement(
    v: &View<'_>,
    sent: &Range<usize>,
    pi: usize,
    c: usize,
    np: Np,
    why: impl FnOnce(&str, &str) -> String,
) -> Option<(Attributed, usize)> {
    let clause = clause_after(v, c, sent.end)?;
    let e = last_word_end(v, clause..clause_end(v, clause, sent.end))?;
    let content = Span::new(v.toks[clause].span.start, e);
    if !enough_words(content.slice(v.text)) {
        return None;
    }
    let parts = (content, np, v.toks[c].span);
    Some(statement(v, sent.clone(), pi, parts, "indirect_that", why))
}

/// "X, who said A, recalled that B": a cue right after the relative clause of the statement
/// `prev` (its mention "who" or "which" after a comma, its antecedent X the speaker read) reports
/// the antecedent's clause B (pattern `indirect_that`). Returns the statement and its speaker's
/// token.
pub(super) fn after_relative(
    v: &View<'_>,
    sent: &Range<usize>,
    pi: usize,
    prev: &Attributed,
    c: usize,
) -> Option<(Attributed, usize)> {
    let np = relative_before(v, sent, prev, c)?;
    if v.cap(c) {
        return None;
    }
    // A verb of urging or asking takes an object and an infinitive ("X, who said A, urged the
    // company to …"): `object_at`, reading its subject back past the relative clause.
    // (A verb of `clause_objects.txt`, "recalled", reads its clause first.)
    let why = |who: &str, cue: &str| {
        [
            "“",
            who,
            "” ",
            cue,
            " a reported clause after a relative one",
        ]
        .concat()
    };
    if v.object_particle(c).is_some() && !v.lex.clause_objects.contains(v.lc(c)) {
        return object_at(v, sent.clone(), sent.start, c, pi);
    }
    if !v.is_indirect_cue(c) {
        return None;
    }
    clause_statement(v, sent, pi, c, np, why)
}

/// The antecedent of the statement `prev` when it is a relative clause set off by commas that
/// ends right before the verb at `c` ("X, who said A, urged …"): its mention "who" or "which"
/// after a comma, its antecedent X the speaker read.
fn relative_before(v: &View<'_>, sent: &Range<usize>, prev: &Attributed, c: usize) -> Option<Np> {
    let np = prev.speaker?;
    let who = tok_at(v.toks, np.span.start);
    let comma = tok_at(v.toks, prev.content.end);
    let relative = who > sent.start
        && v.w(who - 1) == ","
        && matches!(v.lc(who), "who" | "which")
        && np.core != np.span;
    (relative && comma + 1 == c && v.w(comma) == ",").then_some(Np {
        span: np.core,
        ..np
    })
}

/// A subject phrase read forwards ends before its verb: "The district closed two schools" is
/// "The district". The verb is a lowercase word in "-ed", an auxiliary or a cue; a cue right
/// after an article, "this"/"these" or a possessive pronoun is a noun ("A report by the
/// officers", "their claims").
pub(super) fn subject_before_verb(v: &View<'_>, np: Np) -> Option<Np> {
    let (first, last) = (tok_at(v.toks, np.span.start), tok_at(v.toks, np.span.end));
    let Some(verb) = (first + 1..last).find(|&k| {
        v.is_word(k)
            && !v.cap(k)
            && !matches!(
                v.lc(k - 1),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "these"
            )
            && (v.lc(k).ends_with("ed")
                || PREDICATE_AUX.contains(&v.lc(k))
                || v.is_any_cue(k)
                || v.object_particle(k).is_some())
    }) else {
        return Some(np);
    };
    let span = v.span(first..verb);
    let core = Span::new(np.core.start.max(span.start), np.core.end.min(span.end));
    (core.start < core.end).then_some(Np { span, core, ..np })
}

/// "X announced the plan, saying …", "…, adding that …", "…, pointing out that …", "X irritated
/// them by suggesting …": a participle of a cue after a comma (or an adjunct's opener) reports
/// the main clause's subject `np` (pattern `indirect_participle`). Returns the statement and its
/// speaker's first token.
pub(super) fn participle_at(
    v: &View<'_>,
    sent: Range<usize>,
    c: usize,
    np: Np,
    pi: usize,
) -> Option<(Attributed, usize)> {
    let from = clause_after(v, c, sent.end)?;
    let content = complement(v, from..clause_end(v, from, sent.end))?;
    let cue = cue_span(v, c, sent.end);
    let after = opener(v, c);
    let why = |who: &str, what: &str| {
        [
            "“",
            what,
            "” after ",
            &after,
            " reports the subject “",
            who,
            "”",
        ]
        .concat()
    };
    let parts = (content, np, cue);
    Some(statement(v, sent, pi, parts, "indirect_participle", why))
}

/// "The union released a statement saying the bridge would reopen", "sent a letter arguing
/// that …": the participle of a verb of saying right after a noun of saying that a verb put out
/// (`delivered_speech`), or after a phrase of time that follows it ("a statement on Monday
/// saying …"), reports the clause after it for that verb's subject, as ", saying" does (pattern
/// `indirect_participle`); an object cue's participle ("a statement praising the crews")
/// reports its noun phrase, for the same subject, never for the statement: with a subject no
/// rule reads, the words have no speaker. Returns the statement and its speaker's first token.
fn delivered_participle(
    v: &View<'_>,
    sent: Range<usize>,
    lo: usize,
    c: usize,
    pi: usize,
) -> Option<(Attributed, usize)> {
    if c <= lo + 2 {
        return None;
    }
    // "a statement praising the crews": an object cue's participle reports its noun phrase.
    let particle = if v.listed_participle_cue(c) {
        None
    } else {
        Some(v.object_particle(c)?)
    };
    let noun = time_phrase_start(v, c, lo).checked_sub(1)?;
    let verb = delivered_speech(v, noun).filter(|&verb| verb > lo)?;
    let np = v
        .np_before(verb, lo)
        .and_then(|np| subject_before_verb(v, np));
    match (np, particle) {
        (Some(np), None) => participle_at(v, sent, c, np, pi),
        (Some(np), Some(p)) => participle_object_at(v, sent, c, p, np, pi),
        // "The lifeboat crew released a statement praising …" with a subject no rule reads:
        // the statement is no speaker, so the words stay unattributed.
        (None, _) => participle_unread(v, sent, c, particle, pi),
    }
}

/// "a statement on Monday saying …", "an email this week urging …": the first token of a
/// short phrase of time right before token `c` (a day or time word, or one after "on", "late",
/// "early", "this", "last"), or `c` when none stands there.
fn time_phrase_start(v: &View<'_>, c: usize, lo: usize) -> usize {
    let day = |k: usize| TIME_WORDS.contains(&v.lc(k)) || TIME_UNITS.contains(&v.lc(k));
    if c < lo + 2 || !v.is_word(c - 1) || !day(c - 1) {
        return c;
    }
    let before = v.lc(c - 2);
    if v.is_word(c - 2) && matches!(before, "on" | "late" | "early" | "this" | "last") {
        c - 2
    } else if TIME_WORDS.contains(&v.lc(c - 1)) {
        c - 1
    } else {
        c
    }
}

/// What opens the participle at `c`, for its evidence: "a comma", or the word ("“by”" in "by
/// suggesting that …", `View::adjunct_participle_cue`).
fn opener(v: &View<'_>, c: usize) -> String {
    match v.w(c - 1) {
        "," => "a comma".to_string(),
        w => ["“", w, "”"].concat(),
    }
}

/// "A, the head of B, which …, pressed the council for weeks, saying CLAUSE": the participle of
/// a verb of saying after a comma (`participle_at`) whose subject no rule reads still reports
/// the clause after it, with no speaker (pattern `indirect_participle`): better unattributed
/// than misattributed. With `particle`, the participle takes a noun phrase (", citing …",
/// ", calling for …": `View::object_participle`) and reports it. Returns the statement and the
/// participle's token.
pub(super) fn participle_unread(
    v: &View<'_>,
    sent: Range<usize>,
    c: usize,
    particle: Option<&str>,
    pi: usize,
) -> Option<(Attributed, usize)> {
    let (from, end, cue, what) = match particle {
        None => {
            let from = clause_after(v, c, sent.end)?;
            // (A two-word cue's words up to its "that": "pointing out".)
            (
                from,
                clause_end(v, from, sent.end),
                phrasal_that_at(v, c, sent.end).unwrap_or(c + 1),
                "a clause whose subject",
            )
        }
        Some(p) => {
            let k = c + 1 + particle_len(p);
            if k >= sent.end || !v.is_word(k) {
                return None;
            }
            // "…, calling into doubt …": "call" with no particle only names (`naming`).
            if call_naming(v, c, p) && !naming(v, k, sent.end) {
                return None;
            }
            (k, object_end(v, k, sent.end), k, "a position whose holder")
        }
    };
    // "X, noting the size of the crowd, said …": a participle between commas before the
    // sentence's own cue is an aside, its complement no statement.
    if end + 1 < sent.end && v.w(end) == "," && v.is_any_cue(end + 1) {
        return None;
    }
    let content = complement(v, from..end)?;
    let cue = v.span(c..cue);
    let a = Attributed {
        content,
        kind: QuoteKind::Indirect,
        speaker: None,
        cue: Some(cue),
        pattern: "indirect_participle",
        why: [
            "“",
            cue.slice(v.text),
            "” after ",
            &opener(v, c),
            " reports ",
            what,
            " no rule reads",
        ]
        .concat(),
        raw: None,
        paragraph: pi,
        sentence: v.span(sent),
        via: None,
        antecedent: None,
    };
    Some((a, c))
}

/// "The mayor gained ground, with 30 percent of voters saying they …", "with about three in 10
/// saying …": a share of people after "with" and the participle of a verb of saying, knowing or
/// believing (`indirect_cues.txt`) with no comma between them, which reports the clause after it
/// (pattern `indirect_participle`). The share opens with a number, a quantifier or a determiner
/// and holds at most eight words, no comma and no cue. Returns the statement and its speaker's
/// first token.
pub(super) fn share_participle(
    v: &View<'_>,
    sent: Range<usize>,
    lo: usize,
    c: usize,
    pi: usize,
) -> Option<(Attributed, usize)> {
    let stem = v.lc(c).strip_suffix("ing")?;
    if v.cap(c) || !any_stem_form(stem, |form| v.lex.indirect_cues.contains(form)) {
        return None;
    }
    let floor = lo.max(sent.start).max(c.saturating_sub(9));
    let with = (floor..c.checked_sub(1)?)
        .rev()
        .find(|&k| v.lw_is(k, "with"))?;
    let (first, head) = (with + 1, c - 1);
    // A number, a quantifier, or "a"/"the" before a share ("with a majority saying").
    let share = |k: usize| {
        matches!(
            v.lc(k),
            "majority" | "minority" | "plurality" | "third" | "quarter" | "fifth" | "half"
        )
    };
    let opens = v.w(first).starts_with(|ch: char| ch.is_ascii_digit())
        || SHARE_OPENERS.contains(&v.lc(first))
        || (matches!(v.lc(first), "a" | "the") && first + 1 < c && share(first + 1));
    let phrase = (first..c).all(|k| {
        (v.is_word(k) || matches!(v.w(k), "%" | "-" | "’s" | "'s"))
            && !v.is_any_cue(k)
            && !PREDICATE_AUX.contains(&v.lc(k))
    });
    if !opens || !phrase || !v.is_word(head) || v.is_adverb(head) || v.pronoun(head).is_some() {
        return None;
    }
    let from = clause_after(v, c, sent.end)?;
    let e = last_word_end(v, from..clause_end(v, from, sent.end))?;
    let content = Span::new(v.toks[from].span.start, e);
    if !enough_words(content.slice(v.text)) {
        return None;
    }
    let span = v.span(first..c);
    let np = group_np(span);
    let why = |who: &str, what: &str| {
        ["“", who, "” after “with” is ", what, " a reported clause"].concat()
    };
    let parts = (content, np, v.toks[c].span);
    Some(statement(v, sent, pi, parts, "indirect_participle", why))
}

/// Words that open a share of people with no digit in it ("about a third", "many", "six in 10").
const SHARE_OPENERS: &[&str] = &[
    "about", "nearly", "almost", "roughly", "more", "fewer", "most", "half", "few", "many", "some",
    "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

/// A speaker phrase no name or role rule reads (a poll, a share of people, a long subject): a
/// group, the whole span its core.
pub(super) fn group_np(span: Span) -> Np {
    Np::group(span, span, None)
}

/// "X closed the road, citing the storm", "…, referring to the plan": the noun-phrase complement
/// of an object cue's participle after a comma (pattern `indirect_participle`), to `object_end`.
pub(super) fn participle_object_at(
    v: &View<'_>,
    sent: Range<usize>,
    c: usize,
    particle: &str,
    np: Np,
    pi: usize,
) -> Option<(Attributed, usize)> {
    let k = c + 1 + particle_len(particle);
    if k >= sent.end || !v.is_word(k) {
        return None;
    }
    let end = object_end(v, k, sent.end);
    // "…, calling him a fraud": a name or judgment however short (`naming`).
    let content = if call_naming(v, c, particle) {
        named_content(v, k, end, sent.end)?
    } else {
        words_complement(v, k..end, object_min_words(v, c, particle, k, end))?
    };
    let cue = v.span(c..k);
    let why = |who: &str, what: &str| {
        ["“", what, "” after a comma reports the subject “", who, "”"].concat()
    };
    Some(statement(
        v,
        sent,
        pi,
        (content, np, cue),
        "indirect_participle",
        why,
    ))
}

/// Do the words from `from` end, within three plain words (no preposition, cue or wh-word), at
/// an auxiliary, so that a determiner before `from` opens a clause's subject ("the savings
/// would")?
fn bare_subject_then_aux(v: &View<'_>, from: usize, hi: usize) -> bool {
    for j in from..hi.min(from + 4) {
        if !v.is_word(j) {
            return false;
        }
        if j > from && PREDICATE_AUX.contains(&v.lc(j)) {
            return true;
        }
        if PREPOSITIONS.contains(&v.lc(j)) || v.is_any_cue(j) || v.lc(j).starts_with("wh") {
            return false;
        }
    }
    false
}

/// "Polls taken after the debate suggested …": is `np` the object of a preposition after a
/// participle that follows a noun, so that it sits inside a phrase modifying the verb's real
/// subject? ("by" names an agent, which `View::np_before` reads as a source.)
fn participle_object(v: &View<'_>, np: &Np, lo: usize) -> bool {
    let s = tok_at(v.toks, np.span.start);
    // ("dressed in red as she noted …": "as" there opens a clause, whose subject the pronoun is.)
    if s < lo + 3
        || !v.is_word(s - 1)
        || matches!(v.lc(s - 1), "by" | "as")
        || v.pronoun(s).is_some()
    {
        return false;
    }
    let (prep, part, noun) = (s - 1, s - 2, s - 3);
    let pl = v.lc(part);
    PREPOSITIONS.contains(&v.lc(prep))
        && v.is_word(part)
        && !v.cap(part)
        && (pl.ends_with("ed") || POLL_PARTICIPLES.contains(&pl) || PAST_FORMS.contains(&pl))
        && !PREDICATE_AUX.contains(&pl)
        && v.is_word(noun)
        && !v.lex.function_words.contains(v.lc(noun))
        && v.pronoun(noun).is_none()
        && !PREDICATE_AUX.contains(&v.lc(noun))
}

/// Do one to three words from `from`, none a pronoun, determiner, preposition, cue or wh-word,
/// end at an auxiliary ("plan would", "new rules will")? Stricter than
/// [`bare_subject_then_aux`]: "the court he would" has a pronoun, so "the court" is whom
/// someone told.
fn noun_then_aux(v: &View<'_>, from: usize, hi: usize) -> bool {
    for j in from..hi.min(from + 4) {
        let l = v.lc(j);
        if !v.is_word(j) {
            return false;
        }
        if j > from && PREDICATE_AUX.contains(&l) {
            return true;
        }
        if v.pronoun(j).is_some()
            || DETERMINERS.contains(&l)
            || PREPOSITIONS.contains(&l)
            || v.is_any_cue(j)
            || l.starts_with("wh")
        {
            return false;
        }
    }
    false
}

/// Auxiliaries that, after "and" or "but", open a second predicate: the complement ends there.
pub(super) const PREDICATE_AUX: WordList = WordList::new(&[
    "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "should", "can",
    "did", "does", "do", "may", "might", "must",
]);

/// Where the complement of an object cue starting at token `from` ends (exclusive): where its
/// clause ends (`clause_end`), at "and"/"but" opening a second predicate or clause ("endorsed Y
/// and has campaigned …", "backs Y but she …"), or at a closing time phrase ("endorsed Y last
/// week", "… on Tuesday").
pub(super) fn object_end(v: &View<'_>, from: usize, hi: usize) -> usize {
    let end = clause_end(v, from, hi);
    for j in from + 1..end {
        if !v.is_word(j) {
            // "Galli, who backs the mayor, trashed …": a comma and a verb close the relative
            // clause the cue stands in; the main clause's predicate follows.
            let predicate = j + 1 < end
                && v.w(j) == ","
                && v.is_word(j + 1)
                && !v.cap(j + 1)
                && (v.lc(j + 1).ends_with("ed") || PREDICATE_AUX.contains(&v.lc(j + 1)))
                // (", captured by Israel in 1967, …" is a participle's apposition.)
                && !(j + 2 < end && v.lw_is(j + 2, "by"));
            // "cites the crowds as an example: He says …": a colon before a capitalised subject
            // pronoun opens a sentence of its own (a name or a question after it, "a simple
            // question: Who …", is what the complement announces).
            let colon = v.w(j) == ":"
                && j + 1 < end
                && matches!(v.w(j + 1), "He" | "She" | "They" | "We" | "I" | "It");
            // "welcomed the law, with some reservations": after a short object (three words at
            // most), a comma and "with" open the manner of the act, no part of the object (after
            // a longer one "with" goes on as often, and a relative always: "…, with whom …").
            let manner = v.w(j) == ","
                && j + 2 < end
                && v.lw_is(j + 1, "with")
                && !matches!(v.lc(j + 2), "whom" | "which")
                && (from..j).filter(|&m| v.is_word(m)).count() <= 3;
            if predicate || colon || manner {
                return j;
            }
            continue;
        }
        let l = v.lc(j);
        let next = (j + 1 < end && v.is_word(j + 1)).then(|| v.lc(j + 1));
        let second_predicate = matches!(l, "and" | "but")
            && next.is_some_and(|n| {
                PREDICATE_AUX.contains(&n)
                    || matches!(n, "he" | "she" | "they" | "we" | "i" | "then" | "also")
                    || v.is_any_cue(j + 1)
                    || (n.ends_with("ed") && !v.cap(j + 1))
            });
        let time = (matches!(l, "last" | "this" | "next")
            && next.is_some_and(|n| TIME_NOUNS[..8].contains(&n)))
            // "rejected the charge within hours", "within a day".
            || (l == "within" && next.is_some_and(|n| within_time(v, n, j + 2, end)))
            || TIME_WORDS[..10].contains(&l)
            || (l == "on" && j + 1 < end && TIME_WORDS[..7].contains(&v.lc(j + 1)));
        // A subordinate clause after the complement: "defended the rules when she toured …",
        // "endorsed the deal, although she …" (but "the process, though not the results" goes
        // on with the speaker's contrast).
        let subordinate = (matches!(
            l,
            "when" | "after" | "before" | "while" | "during" | "although" | "though" | "whereas"
        ) && next != Some("not"))
            // "has been critical of Lund since she took office": "since" and a subject pronoun
            // open a clause of time (PolNeAR train ends 5 of 6 such noun-phrase units before
            // it); "since the crisis" is a phrase the complement may keep.
            || (l == "since"
                && next.is_some_and(|n| matches!(n, "he" | "she" | "they" | "we" | "i" | "it")))
            || (matches!(l, "because" | "until") && !held_terms(v, from, j));
        // "endorsed the measure, and three of its backers hold …": after the complement's only
        // comma, "and" or "but" before a new subject opens a clause of its own (after two
        // commas it ends a list: "praised A, B, and the C").
        let new_clause = matches!(l, "and" | "but")
            && v.w(j - 1) == ","
            && next.is_some_and(|n| {
                DETERMINERS.contains(&n)
                    || v.cap(j + 1)
                    || n.starts_with(|ch: char| ch.is_ascii_digit())
            })
            && !(from..j - 1).any(|m| v.w(m) == ",");
        if second_predicate || time || subordinate || new_clause {
            // "… even though …"
            return if l.ends_with("though") && v.lw_is(j - 1, "even") {
                j - 1
            } else {
                j
            };
        }
    }
    end
}

/// Is "within" and its next word `n` (the word after it at `m`, before `end`) a span of time:
/// "within hours", "within two weeks", "within a day"?
fn within_time(v: &View<'_>, n: &str, m: usize, end: usize) -> bool {
    let unit = |w: &str| {
        let w = w.strip_suffix('s').unwrap_or(w);
        matches!(w, "minute" | "hour" | "day" | "week" | "month" | "year")
    };
    unit(n)
        || (matches!(n, "a" | "an" | "one" | "two" | "three" | "several" | "few")
            || n.starts_with(|ch: char| ch.is_ascii_digit()))
            && m < end
            && unit(v.lc(m))
}

/// Does the complement of an object cue, from token `from`, go on past "because" or "until" at
/// `j` ("called for a ban because of …", "vowed not to take the calls until …")? A clause of
/// reason or of a limit there says why or on what terms the position is held, not when it was
/// voiced, and belongs to it: PolNeAR train marks it in the content of 10 of the 12 units that
/// now run on. Not after a comma or a dash, where it is as often the reporter's own
/// aside; not "until 2011", a time; and not after fewer than four words ("opposed it because …",
/// "hate the tax because …"), where the reason would carry a statement too short to stand alone
/// (`enough_words`). ("while", which reads the same way in the train data, is left a time: it
/// cost a match on dev.)
fn held_terms(v: &View<'_>, from: usize, j: usize) -> bool {
    let after_break = v.w(j - 1) == "," || v.spaced_dash(j - 1);
    let year = j + 1 < v.toks.len() && v.w(j + 1).starts_with(|ch: char| ch.is_ascii_digit());
    let words = (from..j).filter(|&m| v.is_word(m)).count();
    !after_break && !year && words >= 4
}

/// "X endorsed Y", "X wants to …", "X called for …", "X asked whether …": a verb of
/// judging, asking, wanting or backing (`object_cues.txt`) whose subject opens the sentence or a
/// clause of it; the statement is the verb's complement up to `object_end`. Returns the statement
/// and its speaker's first token.
pub(super) fn object_at(
    v: &View<'_>,
    sent: Range<usize>,
    lo: usize,
    c: usize,
    pi: usize,
) -> Option<(Attributed, usize)> {
    // "tried to defend the plan", "was reluctant to back the bill": an infinitive after a verb or
    // adjective of trying or readiness has its subject (`head`, where its verb group is read).
    let (particle, head) = match object_verb(v, &sent, c) {
        Some(p) => (p, None),
        None => (v.object_particle(c)?, Some(catenative_head(v, &sent, c)?)),
    };
    // "refused to condemn the strike": a judgment withheld when asked for, no position held.
    if recalled_goods(v, c, sent.end) || withheld_judgment(v, c, sent.end) {
        return None;
    }
    // An adjective's subject stands before its linking verb ("have been critical of").
    let adjective = stance_adjective(v, c, particle);
    // (A catenative adjective's too, "was reluctant to back", when it has one.)
    let before = match head {
        Some(h) => linked_start(v, lo, h).unwrap_or(h),
        None if adjective => linked_start(v, lo, c)?,
        None => c,
    };
    // "members who opposed the merger", "a union that has endorsed Lund": a restrictive relative
    // clause's verb; its holder is the antecedent, its mention "who" or "that".
    let relative = (!adjective)
        .then(|| restrictive_holder(v, head.unwrap_or(c), lo))
        .flatten();
    let np = match relative {
        Some(np) => np,
        None => v
            .np_before(before, lo)
            .or_else(|| coordinated_subject(v, before, lo))?,
    };
    let nt = title_start(v, tok_at(v.toks, np.span.start), lo);
    // Not in a clause of condition or cause: "if he questioned the plan" asserts nothing. A
    // concession ("Although the agency declined to comment, …") or a clause of time ("when he
    // questioned the plan, …") still reports, up to its comma.
    let concession = nt > sent.start
        && (CONCESSIVES.contains(&v.lc(nt - 1)) || TEMPORALS.contains(&v.lc(nt - 1)));
    let subordinate = nt > sent.start
        && PHRASE_STARTS.contains(&v.lc(nt - 1))
        && !concession
        && !matches!(v.lc(nt - 1), "and" | "but" | "so" | "yet");
    // "when a reporter asked whether …": a question is what was asked, a scene or not; it ends
    // at the subordinate clause's comma, as a concession does.
    let question = subordinate && asks_question(v, c, sent.end);
    // The clause's opening word or mark stands before the name, or before its role, or before
    // the share it is a part of ("Days later, a group of farmers called for …").
    let rs = role_start(v, nt, lo);
    let rs = if np.kind == NpKind::Group {
        partitive_start(v, rs, lo)
    } else {
        rs
    };
    let opens = question
        || relative.is_some()
        || !subordinate
            && (nt <= sent.start + 6
                || matches!(v.w(rs - 1), "," | ";" | "—" | "–" | "--" | ":")
                || matches!(v.lc(rs - 1), "and" | "but"));
    if !opens {
        return None;
    }
    // "who asked not to be named", "asked not to be identified": a source's terms of anonymity,
    // no position on anything.
    if (c + 4 < sent.end)
        && v.lw_is(c + 1, "not")
        && v.lw_is(c + 2, "to")
        && v.lw_is(c + 3, "be")
        && matches!(v.lc(c + 4), "named" | "identified" | "quoted")
    {
        return None;
    }
    let (mut content, np, cue) = object_complement(v, &sent, c, particle, np)?;
    // "X, who endorsed Y last spring, left the party": a relative clause set off by commas ends
    // at its second comma, whatever the main verb's form.
    let who = tok_at(v.toks, np.span.start);
    if who > sent.start && v.w(who - 1) == "," && matches!(v.lc(who), "who" | "which") {
        let end = tok_at(v.toks, content.end);
        if let Some(e) = (c + 1..end)
            .find(|&k| v.w(k) == ",")
            .and_then(|k| last_word_end(v, c + 1..k))
        {
            if e > content.start {
                content.end = e;
            }
        }
    }
    // "Members who opposed the merger walked out": the relative clause ends before the main
    // clause's verb, at its first comma or dash, or before a second relative ("and that …"); in
    // the sentence's subject with no such end found, where it ends is unknown.
    if relative.is_some() {
        let end = tok_at(v.toks, content.end);
        let stop = (c + 2..end).find(|&k| {
            main_verb(v, k)
                || matches!(v.w(k), "," | ";" | ":" | "—" | "–" | "--")
                || v.spaced_dash(k)
                || matches!(v.lc(k), "and" | "but")
                    && k + 1 < end
                    && matches!(v.lc(k + 1), "who" | "that" | "which")
        });
        // (In the subject a comma may stand inside the clause: only the main verb ends it.)
        let subject = !after_predicate(v, sent.start, tok_at(v.toks, np.core.start));
        match stop.filter(|&k| !subject || v.is_word(k)) {
            Some(k) => {
                let e = last_word_end(v, c + 1..k)?;
                if e <= content.start {
                    return None;
                }
                content.end = content.end.min(e);
            }
            None if subject => return None,
            None => {}
        }
    }
    // The concession ends at its comma (looked for only in one, and only as far as a clause
    // reads: this runs for every object cue).
    if let Some(comma) = (concession || question)
        .then(|| (c + 1..sent.end).take(2 * WINDOW).find(|&k| v.w(k) == ","))
        .flatten()
        .filter(|&k| content.end > v.toks[k].span.start)
    {
        let e = last_word_end(v, c + 1..comma)?;
        if e <= content.start {
            return None;
        }
        content.end = e;
    }
    let parts = (content, np, cue);
    let why = |who: &str, what: &str| ["“", who, "” ", what, " a reported position"].concat();
    let end = sent.end;
    let mut found = statement(v, sent, pi, parts, "indirect_object", why);
    // "Residents were told to stay indoors", "Lund was asked to name …": the passive's subject is
    // the one told or asked; whoever spoke goes unnamed.
    if c > 0
        && !adjective
        && matches!(v.lc(c - 1), "is" | "was" | "are" | "were")
        && (v.lc(c).ends_with("ed") || v.lc(c) == "told")
        && c + 1 < end
        && v.lw_is(c + 1, "to")
    {
        found.0.speaker = None;
        found.0.why = [
            "“",
            np.span.slice(v.text),
            "” ",
            v.w(c - 1),
            " ",
            v.w(c),
            " to: the passive's subject is the one addressed; no speaker named",
        ]
        .concat();
    }
    Some(found)
}

/// "Lund tried to defend the plan", "went on to endorse Ruiz", "has yet to endorse anyone", "was
/// reluctant to back the bill": object cue `c` in the infinitive after a verb or adjective of
/// trying, going on, beginning or readiness (`catenatives.txt`, `ready_adjectives.txt`), which
/// `object_verb` leaves out after "to". The token its subject is read back from: that word, the
/// verb of "went on", the "has" of "has yet".
fn catenative_head(v: &View<'_>, sent: &Range<usize>, c: usize) -> Option<usize> {
    if c < sent.start + 3 || c >= sent.end || !v.lw_is(c - 1, "to") || v.cap(c) {
        return None;
    }
    let m = c - 2;
    let l = v.lc(m);
    // "went on to", "goes on to": the verb before its particle.
    if l == "on" {
        return matches!(v.lc(m - 1), "went" | "goes" | "go" | "going" | "gone").then_some(m - 1);
    }
    // "was reluctant to back", not "donors reluctant to back": an adjective after its link.
    if v.lex.ready_adjectives.contains(l) {
        return linked_start(v, sent.start, m).map(|_| m);
    }
    if !v.lex.catenatives.contains(l) {
        return None;
    }
    // "has yet to endorse", not "any state yet to vote".
    if l == "yet" {
        return matches!(v.lc(m - 1), "has" | "have" | "had").then_some(m - 1);
    }
    Some(m)
}

/// Words that open what someone was asked: a question ("whether", "what") or its topic ("about").
/// A request ("asked to call the police") is an infinitive complement, not a question: it is
/// not read here, as `object_at` does not read "urged … to".
const ASKED_OPENERS: &[&str] = &[
    "whether", "if", "about", "what", "how", "why", "who", "whom", "when", "where", "which",
];

/// Does "asked" at `c` put a question: a question word right after it or after an addressee of
/// at most three words ("asked whether …", "asked the mayor if …")?
fn asks_question(v: &View<'_>, c: usize, hi: usize) -> bool {
    v.lc(c).starts_with("ask")
        && (c + 1..hi.min(c + 5))
            .take_while(|&k| v.is_word(k))
            .any(|k| ASKED_OPENERS.contains(&v.lc(k)) && v.lc(k) != "about")
}

/// "Asked about the merger, she …", "… when asked whether he would …", "Lund was asked what she
/// thought …": a question put to someone (pattern `indirect_asked`). The one asked does not say
/// it; the asker speaks when named after "by" ("Asked by reporters whether …"), else no one the
/// text names. The statement runs from the question's first word to its clause's first comma or
/// end.
pub(super) fn asked_at(
    v: &View<'_>,
    sent: Range<usize>,
    c: usize,
    pi: usize,
) -> Option<(Attributed, usize)> {
    if v.lc(c) != "asked" || c + 2 >= sent.end {
        return None;
    }
    // A participle opening the sentence or after "when", "if", "after", "once", or a passive.
    let mut b = c;
    while b > sent.start && c - b < 2 && v.is_adverb(b - 1) {
        b -= 1;
    }
    // (The adverbs skipped may include the auxiliary: "was asked", "was also asked".)
    let passive = (b.saturating_sub(1).max(sent.start)..c).any(|m| v.is_be(m));
    let opens = b == sent.start
        || passive
        || (b > sent.start && matches!(v.lc(b - 1), "when" | "if" | "after" | "once" | "as"));
    if !opens {
        return None;
    }
    // "Asked by Papadakis to respond": the asker, then the question.
    let mut k = c + 1;
    let mut asker = None;
    if v.lw_is(k, "by") {
        let np = v
            .np_after(k + 1, sent.end)
            .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Group))?;
        asker = Some(np);
        k = tok_at(v.toks, np.span.end);
    }
    // "Asked on Monday whether …", "asked Tuesday if …": a day before the question.
    if k + 1 < sent.end && v.lw_is(k, "on") && TIME_WORDS.contains(&v.lc(k + 1)) {
        k += 2;
    } else if k < sent.end && TIME_WORDS.contains(&v.lc(k)) {
        k += 1;
    }
    // "asked in May if …", "Asked at a briefing Monday in Washington about …", "Asked
    // specifically what …": a short phrase of time, place or manner before the question, of
    // words only (no comma, mark or cue), opened by a preposition or an adverb.
    if k < sent.end
        && !ASKED_OPENERS.contains(&v.lc(k))
        && (v.is_adverb(k) || matches!(v.lc(k), "in" | "at" | "on" | "during" | "last" | "this"))
    {
        if let Some(o) = (k + 1..sent.end.min(k + 8))
            .take_while(|&m| v.is_word(m) && !v.is_any_cue(m))
            .find(|&m| ASKED_OPENERS.contains(&v.lc(m)))
        {
            k = o;
        }
    }
    if k >= sent.end || !ASKED_OPENERS.contains(&v.lc(k)) {
        return None;
    }
    // The question ends at its clause's first comma ("When asked who was the closest ally, the
    // majority named …").
    let end = object_end(v, k, sent.end);
    let end = (k..end).find(|&m| v.w(m) == ",").unwrap_or(end);
    if (k..end).any(|m| v.is_mark(m)) {
        return None;
    }
    let e = last_word_end(v, k..end)?;
    let content = Span::new(v.toks[k].span.start, e);
    // At least the opener and one word ("about it").
    content.slice(v.text).split_whitespace().nth(1)?;
    let why = match asker {
        Some(np) => ["“", np.span.slice(v.text), "” asked it"].concat(),
        None => "a question put to someone; the text does not name who asked it".to_string(),
    };
    let a = reported(v, sent, pi, (content, asker, c), "indirect_asked", why);
    Some((a, asker.map_or(c, |np| tok_at(v.toks, np.span.start))))
}

/// "Harlow is expected to deliver a victory speech": an expectation no one named holds (pattern
/// `indirect_expected`). The subject does not say it: the statement is the whole clause, from
/// the subject (with its article) to the first comma or dash or the clause's end, with no
/// speaker. The subject may be a thing as well as a person ("The sale is expected to close"),
/// and a relative "which" opens the statement it starts ("which is expected to last a week").
pub(super) fn expected_at(
    v: &View<'_>,
    sent: Range<usize>,
    lo: usize,
    c: usize,
    pi: usize,
) -> Option<(Attributed, usize)> {
    if v.lc(c) != "expected" || c + 2 >= sent.end || !v.lw_is(c + 1, "to") {
        return None;
    }
    // The auxiliary of the passive, past adverbs and a negation ("is widely expected", "isn’t
    // expected", "was not expected").
    let mut b = c;
    while b > lo
        && c - b < 3
        && (v.is_adverb(b - 1) || matches!(v.lc(b - 1), "not" | "n’t" | "n't"))
    {
        b -= 1;
    }
    let passive = (b.saturating_sub(1).max(lo)..c).any(|m| {
        let l = v.lc(m);
        v.is_be(m)
            || l.starts_with("isn")
            || l.starts_with("aren")
            || l.starts_with("wasn")
            || l.starts_with("weren")
    });
    if !passive {
        return None;
    }
    let from = match v.np_before(c, lo) {
        Some(np) => expected_subject(v, lo, np),
        // No speaker-like subject: a thing or an event ("The sale is expected to close in May"),
        // read as an impression's subject is, or a relative "which" or "who" ("the hearing,
        // which is expected to last a week"), whose clause from the pronoun is the statement.
        // A subject pronoun in the run starts the clause ("… dropped out and he might have
        // been expected to …"); a form of "be" in it means the run is no subject ("was less
        // than someone could be expected to …", "is late and is not expected to …").
        None => {
            let k = verb_group_start(v, lo, c, true);
            if k > lo && matches!(v.lc(k - 1), "which" | "who") {
                k - 1
            } else {
                let from = impression_subject(v, lo, k)?;
                let nominative = |m: &usize| matches!(v.lc(*m), "he" | "she" | "they" | "we");
                let from = (from..k).rev().find(nominative).unwrap_or(from);
                if (from..k).any(|m| v.is_be(m)) {
                    return None;
                }
                from
            }
        }
    };
    let why = "an expectation the text attributes to no one: the subject is what is expected";
    nobodys_clause(v, sent, pi, (from, c + 2, c), "indirect_expected", why)
}

/// The first token of an expectation's subject (`expected_at`) that the phrase `np` names.
fn expected_subject(v: &View<'_>, lo: usize, np: Np) -> usize {
    let mut from = title_start(v, tok_at(v.toks, np.span.start), lo);
    // "The Fed is expected …": the subject's article too.
    if from > lo && matches!(v.lc(from - 1), "the" | "a" | "an") {
        from -= 1;
    }
    // "Acme's interim chief, Ana Pell, is expected …": a name apposed to a role opening the
    // clause; the subject is the role and its name (it started at the name, after the comma).
    // (Not a relative clause's subject: "Lund, whose campaign was not expected to …".)
    if from > lo + 1 && v.w(from - 1) == "," && v.cap(from) {
        let part = |k: usize| v.is_word(k) || matches!(v.w(k), "’s" | "'s");
        let head = (lo..from - 1).rev().take(8).take_while(|&k| part(k)).last();
        if let Some(h) = head.filter(|&h| h == lo || !part(h - 1) && v.w(h - 1) != ",") {
            from = h;
        }
    }
    from
}

/// The statement of a clause no one named holds (`expected_at`, `seem_at`): from its subject at
/// token `from` to the end of the clause that goes on at `after`, or its first comma, colon or
/// dash, time phrases included ("… to deliver a speech later tonight"); no speaker. Returns it
/// with its first token.
fn nobodys_clause(
    v: &View<'_>,
    sent: Range<usize>,
    pi: usize,
    (from, after, c): (usize, usize, usize),
    pattern: &'static str,
    why: &str,
) -> Option<(Attributed, usize)> {
    let end = clause_end(v, after, sent.end);
    let end = (after..end)
        .find(|&m| matches!(v.w(m), "," | ";" | ":" | "--") || v.spaced_dash(m))
        .unwrap_or(end);
    if (from..end).any(|m| v.is_mark(m)) {
        return None;
    }
    let e = last_word_end(v, after..end)?;
    let content = Span::new(v.toks[from].span.start, e);
    let a = reported(v, sent, pi, (content, None, c), pattern, why.to_string());
    Some((a, from))
}

/// The verbs of an impression, and the hearsay adverb read like them: "X seemed to …", "Y
/// appears unlikely to …", "Z has reportedly hired …" (`seem_at`).
pub(super) const SEEMING: &[&str] = &[
    "seems",
    "seemed",
    "appears",
    "appeared",
    "seem",
    "appear",
    "reportedly",
];

/// "The council seemed to rule out a vote", "Turnout appears higher than in May", "The firm has
/// reportedly hired a new captain": an impression or hearsay the text gives as the reporter's
/// (pattern `indirect_seem`). No one named holds it, so it has no speaker; as for an
/// expectation (`expected_at`), the statement is the whole clause, from its subject to its
/// first comma, colon or dash or its end. The verb is followed by "to" and a verb, "like", or
/// a word that is no preposition, article or punctuation ("seemed unmoved"):
/// "appeared on the radio", "appears in the ledger" are a showing, not an impression. The
/// subject is not the empty "it" ("it seems that …", where no clause of a subject is
/// reported), nor a relative pronoun, and is at most twelve words back to the sentence's start
/// or a comma, a dash, a conjunction or a subordinator.
pub(super) fn seem_at(
    v: &View<'_>,
    sent: Range<usize>,
    lo: usize,
    c: usize,
    pi: usize,
) -> Option<(Attributed, usize)> {
    let l = v.lc(c);
    if !SEEMING.contains(&l) || c + 2 >= sent.end || v.cap(c) {
        return None;
    }
    let mut n = c + 1;
    while n + 1 < sent.end && n - c < 3 && v.is_adverb(n) {
        n += 1;
    }
    let next = v.lc(n);
    let impression = if next == "to" {
        // "seemed to be", not "appeared to the crowd" or "seems to me".
        v.is_word(n + 1)
            && !v.cap(n + 1)
            && !DETERMINERS.contains(&v.lc(n + 1))
            && v.pronoun(n + 1).is_none()
    } else {
        next == "like"
            || v.is_word(n)
                && !v.cap(n)
                && !PREPOSITIONS.contains(&next)
                && !DETERMINERS.contains(&next)
                && !matches!(next, "that" | "and" | "or" | "but" | "if" | "as" | "so")
    };
    if !impression {
        return None;
    }
    let k = verb_group_start(v, lo, c, false);
    // "to seem", "will appear": an infinitive or an uninflected form needs its auxiliary.
    if k == c && matches!(l, "seem" | "appear") && !plural_subject_before(v, k, lo) {
        return None;
    }
    let from = impression_subject(v, lo, k)?;
    let why = "an impression the text attributes to no one: the subject is what seems so";
    nobodys_clause(v, sent, pi, (from, c + 1, c), "indirect_seem", why)
        // A short one ("Visitors seemed pleased") describes a look, not a position to check.
        .filter(|(a, _)| a.content.slice(v.text).split_whitespace().nth(4).is_some())
}

/// Where the verb group before the verb at token `c` starts: back over its auxiliaries,
/// modals, negations and adverbs ("may seem", "did not appear", "has long seemed"), four words
/// at most, and for a passive (`be`) over the forms of "be" too ("could be seen").
fn verb_group_start(v: &View<'_>, lo: usize, c: usize, be: bool) -> usize {
    let mut k = c;
    while k > lo
        && c - k < 4
        && (v.is_adverb(k - 1)
            || PREDICATE_AUX.contains(&v.lc(k - 1))
            || be && v.is_be(k - 1)
            || v.is_not(k - 1))
    {
        k -= 1;
    }
    k
}

/// The first token of the subject of an impression or a judgment no one named holds
/// (`seem_at`, `judged_at`), whose verb and its auxiliaries start at token `k`.
fn impression_subject(v: &View<'_>, lo: usize, k: usize) -> Option<usize> {
    if k <= lo {
        return None;
    }
    // The subject runs back to the clause's opening: the sentence start (past "But", "And",
    // "Yet", "Still"), a comma, a dash, a subordinator, or a conjunction after a comma ("Minority
    // and women voters" is one phrase). After a relative pronoun the clause is a relative one
    // ("something that our leaders seem to have forgotten"): what seems so is its antecedent.
    let mut from = k;
    while from > lo && k - from < 12 {
        let p = from - 1;
        let w = v.lc(p);
        let joins = matches!(w, "and" | "or") && p > lo && v.w(p - 1) != ",";
        if matches!(w, "," | ";" | ":" | "(" | ")")
            || v.spaced_dash(p)
            || PHRASE_STARTS.contains(&w) && !joins
            || SUBORDINATORS.contains(&w)
            || v.is_mark(p)
        {
            break;
        }
        from -= 1;
    }
    if from == k || k - from >= 12 && from > lo {
        return None;
    }
    if from > lo && matches!(v.lc(from - 1), "that" | "which" | "who" | "whom" | "whose") {
        return None;
    }
    if from == lo {
        while from < k && matches!(v.lc(from), "but" | "and" | "yet" | "still" | "so") {
            from += 1;
        }
    }
    let first = v.lc(from);
    if from == k
        || k - from == 1 && matches!(first, "it" | "this" | "that" | "what")
        || matches!(first, "who" | "which" | "that" | "whom" | "what" | "whose")
        || (from..k).any(|m| v.is_any_cue(m) || v.is_mark(m))
    {
        return None;
    }
    Some(from)
}

/// Participles of judging that a form of "be" and "as" make a judgment no one named holds
/// (`judged_at`).
pub(super) const JUDGED: &[&str] = &["seen", "viewed", "regarded", "perceived"];

/// "The ferry is widely seen as a lifeline", "Ruiz was regarded as the favourite": a judgment
/// the text gives as held by no one named (pattern `indirect_judged`), read as an impression
/// is (`seem_at`): the whole clause from its subject, no speaker. The participle follows a form
/// of "be" (with adverbs, auxiliaries and a negation: "could be seen as", "is increasingly
/// viewed as") and is followed by "as": not "seen by …", whose agent holds the judgment, nor
/// "was seen leaving", a sight.
fn judged_at(
    v: &View<'_>,
    sent: Range<usize>,
    lo: usize,
    c: usize,
    pi: usize,
) -> Option<(Attributed, usize)> {
    if !JUDGED.contains(&v.lc(c)) || c + 2 >= sent.end || !v.lw_is(c + 1, "as") {
        return None;
    }
    let k = verb_group_start(v, lo, c, true);
    // ("a lead on being viewed as honest": a gerund names a quality measured, no judgment.)
    if !(k..c).any(|m| v.is_be(m)) || v.lw_is(c - 1, "being") {
        return None;
    }
    let from = impression_subject(v, lo, k)?;
    let why = "a judgment the text attributes to no one: the subject is what is judged so";
    nobodys_clause(v, sent, pi, (from, c + 1, c), "indirect_judged", why)
        .filter(|(a, _)| a.content.slice(v.text).split_whitespace().nth(4).is_some())
}

/// "It appears that the pier was sold in May", "it seems the wardens have given up": the empty
/// "it" before a verb of impression gives the clause after it as the reporter's impression
/// (pattern `indirect_seem`, no speaker). The clause follows "that", "like" or the verb itself
/// when it opens with a determiner, a subject pronoun or a capital; it runs over its commas to
/// the clause's end (`clause_end`), five words or more. Not "it seems to me", "it appeared on
/// …", "it seems unlikely" (an adjective: `seem_at` reads a referring "it" nowhere either), and
/// the "it" opens its clause (the sentence, or after a comma, a conjunction or a subordinator).
fn it_seems_at(
    v: &View<'_>,
    sent: Range<usize>,
    lo: usize,
    c: usize,
    pi: usize,
) -> Option<(Attributed, usize)> {
    if !matches!(v.lc(c), "seems" | "seemed" | "appears" | "appeared") || c <= lo {
        return None;
    }
    let it = c - 1;
    if v.lc(it) != "it" {
        return None;
    }
    if it > lo {
        let w = v.lc(it - 1);
        if !(matches!(w, "," | ";" | ":")
            || PHRASE_STARTS.contains(&w)
            || SUBORDINATORS.contains(&w)
            || matches!(w, "now" | "then" | "still"))
        {
            return None;
        }
    }
    // Past adverbs ("it now seems"), but not "likely"/"unlikely", whose clause is no claim
    // of the impression's ("it seems unlikely the pier will close").
    let mut n = c + 1;
    while n < sent.end && n - c < 3 && v.is_adverb(n) && !v.lc(n).ends_with("likely") {
        n += 1;
    }
    if n + 3 >= sent.end {
        return None;
    }
    let w = v.lc(n);
    let from = if matches!(w, "that" | "like") {
        n + 1
    } else if DETERMINERS.contains(&w) && w != "that"
        || matches!(w, "he" | "she" | "they" | "we" | "i" | "you")
        || v.cap(n) && v.is_word(n)
    {
        n
    } else {
        return None;
    };
    // "it seems that as X grew …": a subordinate clause first, whose end is not known.
    if PHRASE_STARTS.contains(&v.lc(from)) || SUBORDINATORS.contains(&v.lc(from)) {
        return None;
    }
    // The clause runs over its commas ("the council's view of the plan, even among its friends, is
    // awful") to where `clause_end` ends it.
    let end = clause_end(v, from, sent.end);
    if (from..end).any(|m| v.is_mark(m)) {
        return None;
    }
    let e = last_word_end(v, from..end)?;
    let content = Span::new(v.toks[from].span.start, e);
    // Five words at least ("It appears the pier is shut" is a look, not a position).
    content.slice(v.text).split_whitespace().nth(4)?;
    let why = "an impression the text attributes to no one: the clause after the empty “it”";
    let a = reported(
        v,
        sent,
        pi,
        (content, None, c),
        "indirect_seem",
        why.to_string(),
    );
    Some((a, from))
}

/// Is the word before token `k` a plural noun or pronoun, the subject of an uninflected
/// "seem" or "appear" ("Voters seem to care", "they appear unmoved")?
fn plural_subject_before(v: &View<'_>, k: usize, lo: usize) -> bool {
    k > lo && (matches!(v.lc(k - 1), "they" | "we" | "you" | "i") || plural_form(v.lc(k - 1)))
}

/// An indirect statement whose speaker may be unknown (`None`), with the cue at token `c`.
fn reported(
    v: &View<'_>,
    sent: Range<usize>,
    pi: usize,
    (content, speaker, c): (Span, Option<Np>, usize),
    pattern: &'static str,
    why: String,
) -> Attributed {
    Attributed {
        content,
        kind: QuoteKind::Indirect,
        speaker,
        cue: Some(v.toks[c].span),
        pattern,
        why,
        raw: None,
        paragraph: pi,
        sentence: v.span(sent),
        via: None,
        antecedent: None,
    }
}

/// Is token `c` an object cue used as a verb (`object_at`)? Its particle ("" for none).
pub(super) fn object_verb<'a>(v: &View<'a>, sent: &Range<usize>, c: usize) -> Option<&'a str> {
    let particle = v.object_particle(c).or_else(|| {
        (v.cue_to_infinitive(c) || addressee_infinitive(v, c, sent.end)).then_some("")
    })?;
    // A verb is written in lower case inside a sentence (but in a headline in title case: "Mayor
    // Endorses Ruiz For Council"); after "to", "be" or a determiner or possessor it is an
    // infinitive, a passive or a noun ("the plans", "his supporters").
    if c <= sent.start || v.cap(c) && !title_case_headline(v, sent, c) {
        return None;
    }
    // "is critical of …": an adjective of a stance (`stance_adjectives.txt`) after a linking
    // verb, none of the verb's tests below.
    if stance_adjective(v, c, particle) {
        return linked_start(v, sent.start, c).map(|_| particle);
    }
    let p = v.lc(c - 1);
    // After a form of "be" and before "by", a participle is passive: "It was opposed by …" names
    // no position of the subject's.
    let passive = matches!(p, "is" | "was" | "are" | "were")
        && c + 1 < sent.end
        && v.lc(c).ends_with("ed")
        && v.lw_is(c + 1, "by");
    // "Looking back to May", "brought it back to ten cents": "back" before a preposition of
    // place or time is the adverb, not the verb of backing ("voters back him by ten points").
    let adverb = v.lw_is(c, "back")
        && c + 1 < sent.end
        && matches!(
            v.lc(c + 1),
            "to" | "in" | "at" | "from" | "into" | "onto" | "on" | "home" | "then" | "up" | "down"
        );
    // "did not mention the plan", "has not endorsed anyone": a negation after an auxiliary
    // still states a position (what was left out or withheld); "not" anywhere else ("whether
    // or not", "not backing …") does not, nor does "did not rule out talks", which leaves
    // the talks open and takes no position on them.
    let negated = p == "not"
        && c >= 2
        && NEGATED_AUX.contains(&v.lc(c - 2))
        && !(particle == "out" && v.lc(c).starts_with("rule"));
    if passive
        || adverb
        || matches!(p, "to" | "be" | "been" | "being")
        || p == "not" && !negated
        || DETERMINERS.contains(&p)
        || (v.is_word(c - 1) && possessive_word(v.w(c - 1)))
    {
        return None;
    }
    Some(particle)
}

/// Is token `c`, taking `particle`, an adjective of a stance (`stance_adjectives.txt`)?
fn stance_adjective(v: &View<'_>, c: usize, particle: &str) -> bool {
    v.lex
        .stance_adjectives
        .get(v.lc(c))
        .is_some_and(|ps| ps.iter().any(|p| p == particle))
}

/// Words of degree that may stand between a linking verb and its adjective ("are so opposed
/// to", "was far less critical of"); words in "-ly" and the adverbs' list pass anyway.
const DEGREE: &[&str] = &[
    "so", "too", "very", "more", "less", "most", "quite", "far", "much",
];

/// Verbs other than "be" that link a subject to an adjective of a stance ("remains wary of").
const LINKING: &[&str] = &[
    "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared",
    "become", "becomes", "became", "grow", "grows", "grew", "growing",
];

/// Where the verb group that links a subject to the adjective (or the noun and its article) at
/// token `c` starts: back over auxiliaries, negations, adverbs and words of degree, five words at
/// most, which must hold a form of "be" or a linking verb ("has long been critical of", "wasn't
/// optimistic about", "is a vocal critic of"). None when there is no such verb: "a book critical
/// of the fund" holds no one's stance.
fn linked_start(v: &View<'_>, lo: usize, c: usize) -> Option<usize> {
    // "is a vocal critic of": a noun of one who takes a side, after an article and at most two
    // lower-case modifiers.
    let article = (c.saturating_sub(3).max(lo)..c)
        .rev()
        .find(|&m| matches!(v.lc(m), "a" | "an"))
        .filter(|&a| (a + 1..c).all(|m| v.is_word(m) && !v.cap(m)));
    let mut k = article.unwrap_or(c);
    let mut linked = false;
    while k > lo && c - k < 5 && v.is_word(k - 1) {
        let l = v.lc(k - 1);
        let link = v.is_be(k - 1) || LINKING.contains(&l);
        if !(link
            || v.is_adverb(k - 1)
            || v.is_not(k - 1)
            || PREDICATE_AUX.contains(&l)
            || DEGREE.contains(&l))
        {
            break;
        }
        linked |= link;
        k -= 1;
    }
    linked.then_some(k)
}

/// Auxiliaries before "not" and an object cue ("did not mention …", "would not discuss …").
const NEGATED_AUX: WordList = WordList::new(&[
    "did", "does", "do", "has", "have", "had", "would", "will", "could", "can", "should",
]);

/// Does a verb of telling, warning or pressing at `c` (`addressee_infinitive.txt`) take an
/// addressee and an infinitive, "told the board to resign", "warned him not to run"? The order is
/// what was said, read as an object cue's complement. The addressee is an object pronoun or a
/// noun phrase of at most six words with no verb, cue or preposition but "of" ("told the story of
/// …" and "pressed the case" take no infinitive; "was told to" has no addressee).
pub(super) fn addressee_infinitive(v: &View<'_>, c: usize, hi: usize) -> bool {
    // The verbs have the object cues' shape bit (`attribute::shape_facts`): most words are ruled
    // out by it before they are hashed (about 77,000 look-ups over PolNeAR train).
    if !v.may_be(c, MAY_OBJECT_CUE) || !v.lex.addressee_infinitive.contains(v.lc(c)) || c + 3 >= hi
    {
        return false;
    }
    let mut k = c + 1;
    if matches!(v.lc(k), "him" | "her" | "them" | "us" | "me" | "you")
        && (v.lw_is(k + 1, "to") || v.lw_is(k + 1, "not"))
    {
        k += 1;
    } else {
        while k < hi && k <= c + 6 {
            let np_word = if v.is_word(k) {
                let l = v.lc(k);
                let stop = matches!(l, "to" | "not" | "that" | "and" | "or" | "who" | "which")
                    || PREDICATE_AUX.contains(&l)
                    || PREPOSITIONS.contains(&l) && l != "of"
                    || v.is_any_cue(k);
                !stop
            } else {
                matches!(v.w(k), "’s" | "'s") || v.title_period(k)
            };
            if !np_word {
                break;
            }
            k += 1;
        }
        if k == c + 1 {
            return false;
        }
    }
    if k < hi && v.lw_is(k, "not") {
        k += 1;
    }
    k + 1 < hi
        && v.lw_is(k, "to")
        && v.is_word(k + 1)
        && !v.cap(k + 1)
        && !DETERMINERS.contains(&v.lc(k + 1))
}

/// The complement of object cue `c` (taking `particle`) to `object_end`, with `np` as speaker:
/// the statement's content, speaker and cue.
pub(super) fn object_complement(
    v: &View<'_>,
    sent: &Range<usize>,
    c: usize,
    particle: &str,
    np: Np,
) -> Option<(Span, Np, Span)> {
    let k = c + 1 + particle_len(particle);
    let names = call_naming(v, c, particle);
    if names && !naming(v, k, sent.end) {
        return None;
    }
    // "Nomination questions are likely …": a noun before its verb, not a verb. "…, the campaign
    // announced Friday.": a time phrase, no complement.
    // "… who hosts a radio show and is president of …": a conjunction opens no complement; the
    // word was a noun.
    // "Harbour plan rejected by narrow margin": a participle and "by" right after the cue make
    // the cue a noun, the subject of a passive (headlines leave out its "was").
    if k + 1 < sent.end && v.lc(k).ends_with("ed") && v.lw_is(k + 1, "by") {
        return None;
    }
    // "Water chief questioned over spills": in a headline, a cue in "-ed" with a preposition
    // right after it is a passive with its "was" left out; its subject is the one questioned.
    if v.headline.get()
        && k < sent.end
        && v.lc(c).ends_with("ed")
        && PREPOSITIONS.contains(&v.lc(k))
        && !matches!(v.lc(k), "this" | "last")
    {
        return None;
    }
    if k >= sent.end
        || !v.is_word(k)
        || v.is_mark(k)
        || PREDICATE_AUX.contains(&v.lc(k))
        || TIME_WORDS.contains(&v.lc(k))
        || matches!(v.lc(k), "and" | "or" | "but")
    {
        return None;
    }
    // A verb that takes a clause, used with a noun phrase ("acknowledged the problem"): its
    // phrase must be what was said. A preposition after the verb opens an adjunct ("wrote in a
    // memo", "was first reported by"), a reflexive pronoun an act ("recalled himself as …"); a
    // clause after it is the clause rules' to read.
    let clause_verb = v.lex.clause_objects.contains(v.lc(c)) && !v.cue_to_infinitive(c);
    if clause_verb
        && (PREPOSITIONS.contains(&v.lc(k))
            || v.lc(k).ends_with("self")
            || v.lc(k).ends_with("selves")
            || v.lw_is(k, "that")
            || clause_after(v, c, sent.end).is_some())
    {
        return None;
    }
    let end = object_end(v, k, sent.end);
    // "sees the levy as a tax": a verb of judging of `as_cues.txt` judges only with "as" after
    // its object ("saw the ferry leave" is a sight).
    if v.lex.as_cues.contains(v.lc(c)) && !(k + 1..end).any(|m| v.lw_is(m, "as")) {
        return None;
    }
    // "endorsed Jane Doe": a person or party backed, judged or praised by name is a position
    // however short (not "asked Jane Doe", a question's addressee).
    let named = !clause_verb && !v.lc(c).starts_with("ask") && names_in_few_words(v, k, end);
    // A headline names a position in a few words ("Ferry union backs Venn's budget"); one
    // lower-case word after the cue is most often a verb, the cue a noun ("Depot plan stalls").
    let short = named
        || v.headline.get() && (k + 1..end).any(|m| v.is_word(m))
        || end > k + 1 && refusal(v, c, k, end)
        || judged_pronoun(v, c, k, end);
    let content = if names {
        named_content(v, k, end, sent.end)?
    } else if short {
        let e = headline_close(v, last_word_end(v, k..end)?);
        Span::new(v.toks[k].span.start, e)
    } else {
        words_complement(v, k..end, object_min_words(v, c, particle, k, end))?
    };
    let cue = v.span(c..c + 1 + particle_len(particle));
    Some((content, np, cue))
}

/// Prepositions that, after a noun of attitude, open what the attitude is about ("concern about
/// …", "support for …", "a defense of …", "interest in …").
const TOPIC_PREPOSITIONS: &[&str] = &[
    "of", "about", "with", "over", "in", "for", "on", "to", "toward", "towards", "against", "at",
];

/// "expressed concern about the toll", "offered a spirited defense of the wardens", "showed no
/// sign of backing down": after a verb that voices an attitude (`voicing_verbs.txt`), a noun of
/// attitude (`attitude_nouns.txt`) among the statement's first five words, before a
/// preposition, says how the position is held; what it is about follows. PolNeAR's units read
/// it so: the statement starts after the preposition, and the cue runs from the verb to it (the
/// noun's stance is read there). Only lower-case words, no preposition and no "that", may stand
/// before the noun ("expressed alarm that his plan …" keeps its clause).
fn voiced_topic(v: &View<'_>, a: &mut Attributed) {
    if !matches!(
        a.pattern,
        "indirect_object" | "indirect_that" | "indirect_participle"
    ) {
        return;
    }
    let Some(cue) = a.cue else {
        return;
    };
    let c = tok_at(v.toks, cue.start);
    let k = tok_at(v.toks, a.content.start);
    if c >= k || !v.lex.voicing_verbs.contains(v.lc(c)) {
        return;
    }
    let inside = |m: usize| m < v.toks.len() && v.toks[m].span.end <= a.content.end;
    for m in k..k + 5 {
        if !inside(m + 2) || !v.is_word(m) || v.cap(m) {
            return;
        }
        let l = v.lc(m);
        if l == "that" || PREPOSITIONS.contains(&l) {
            return;
        }
        if v.lex.attitude_nouns.contains(l)
            && TOPIC_PREPOSITIONS.contains(&v.lc(m + 1))
            && v.is_word(m + 2)
        {
            a.content = Span::new(v.toks[m + 2].span.start, a.content.end);
            a.cue = Some(Span::new(cue.start, v.toks[m + 1].span.end));
            return;
        }
    }
}

/// Object pronouns after which "call" names (`object_cues.txt`): "called him a fraud", "calls
/// herself a centrist", "called it reckless".
const NAMED_PRONOUNS: &[&str] = &[
    "him",
    "her",
    "them",
    "it",
    "himself",
    "herself",
    "themselves",
    "itself",
    "us",
    "me",
    "you",
];

/// The number of words of an object cue's particle ("" 0, "for" 1, "out against" 2): the cue
/// runs over them, and its complement starts after them.
pub(super) fn particle_len(particle: &str) -> usize {
    particle.split_whitespace().count()
}

/// Is cue `c`, taking `particle`, "call" with no particle, which is read only as naming?
fn call_naming(v: &View<'_>, c: usize, particle: &str) -> bool {
    particle.is_empty() && v.lc(c).starts_with("call")
}

/// The name or judgment after "call", `k..end`, however short (a fraud, a hero): `None` when it
/// names nothing (`naming`) or holds a quote mark, which is the quote rules' to read.
fn named_content(v: &View<'_>, k: usize, end: usize, hi: usize) -> Option<Span> {
    if !naming(v, k, hi) || (k..end).any(|m| v.is_mark(m)) {
        return None;
    }
    Some(Span::new(v.toks[k].span.start, last_word_end(v, k..end)?))
}

/// Does "call" with its complement at `k` name a person or thing, a judgment PolNeAR's units
/// and a fact-checker both read as said ("called him a fraud")? An object pronoun followed by
/// the name or the judgment: not a preposition, a particle, a time word, a conjunction or a verb
/// ("called him on Monday", "called her back", "called it off", "the roll call itself was").
/// A noun phrase as object ("called the police") is not read: where it ends is not known.
/// "her" before a noun is read as the object too ("called her rival reckless"), though it may be
/// a possessive ("called her lawyer"): requiring an article after it lost a match on train and
/// on dev, and no such misreading is among train's new statements.
fn naming(v: &View<'_>, k: usize, hi: usize) -> bool {
    if k + 1 >= hi || !NAMED_PRONOUNS.contains(&v.lc(k)) || !v.is_word(k + 1) || v.is_mark(k + 1) {
        return false;
    }
    let n = v.lc(k + 1);
    !PREPOSITIONS.contains(&n)
        && !PREDICATE_AUX.contains(&n)
        && !TIME_WORDS.contains(&n)
        && !NOT_NAMING.contains(&n)
}

/// Words after "call" and its object pronoun that make it no naming: a particle, a conjunction,
/// a time word or a subordinator ("called them back", "called him yesterday", "call her if …").
const NOT_NAMING: &[&str] = &[
    "and",
    "or",
    "but",
    "back",
    "off",
    "out",
    "up",
    "again",
    "that",
    "yesterday",
    "today",
    "tonight",
    "when",
    "if",
    "because",
];

/// "declined to comment", "declines to elaborate": a source's refusal to speak
/// (`refusal_verbs.txt`) is what the source answered, reported in nearly every such sentence
/// however short, where "declined to act" is a position too bare to read (`k..end` is the
/// complement after cue `c`).
fn refusal(v: &View<'_>, c: usize, k: usize, end: usize) -> bool {
    v.lc(c).starts_with("declin")
        && v.lc(k) == "to"
        && v.lex.refusal_verbs.contains(v.lc(k + 1))
        // Nothing but the full stop or a comma after the verb (a longer one is read as it was).
        && (k + 2..end).all(|m| !v.is_word(m))
}

/// "X said A and vowed to B", "X said A, and those voters backed B": an object cue inside the
/// indirect statement `a` that opens a second predicate of its own, after "and" or "but" (the
/// cue right after the conjunction, past adverbs and "has", reports `a`'s speaker; after the
/// conjunction and a subject of its own, that subject). `a` ends before the conjunction, and the
/// second statement is the cue's complement (pattern `indirect_object`). Returns it, its
/// speaker's token, and where `a` ends.
pub(super) fn predicate_inside(
    v: &View<'_>,
    sent: &Range<usize>,
    pi: usize,
    a: &Attributed,
    c: usize,
) -> Option<(Attributed, usize, usize)> {
    if a.pattern != "indirect_that" {
        return None;
    }
    let particle = object_verb(v, sent, c)?;
    let from = tok_at(v.toks, a.content.start);
    let mut k = c;
    while k > from + 1
        && c - k < 3
        && (v.is_adverb(k - 1) || matches!(v.lc(k - 1), "has" | "have" | "had"))
    {
        k -= 1;
    }
    let (np, np_tok, conj) = if matches!(v.lc(k - 1), "and" | "but") {
        // "X said she was tired and wanted …": after a clause whose subject is a pronoun, a
        // verb of wanting or backing is most often that pronoun's, inside what was said; a
        // speech act ("… and vowed to …", "… and urged …") is still the speaker's own.
        if matches!(v.lc(from), "he" | "she" | "they" | "we" | "i") && !speech_act(v, v.lc(c)) {
            return None;
        }
        let np = a.speaker?;
        (np, tok_at(v.toks, np.span.start), k - 1)
    } else {
        let np = v.np_before(c, from).or_else(|| bare_subject(v, c, from))?;
        let nt = title_start(v, tok_at(v.toks, np.span.start), from);
        if nt <= from + 1 || !matches!(v.lc(nt - 1), "and" | "but" | "while" | "whereas") {
            return None;
        }
        (np, nt, nt - 1)
    };
    let end = if v.w(conj - 1) == "," { conj - 1 } else { conj };
    // "had been considered and rejected because …": a passive's participles, no predicate; and
    // a statement with quote marks in it is the quote rules' (they may drop it).
    let passive = v.lc(conj - 1).ends_with("ed") && !v.cap(conj - 1);
    let first = c + 1 + particle_len(particle);
    if passive
        || (from..c).any(|m| v.is_mark(m))
        || (first < sent.end && SUBORDINATORS.contains(&v.lc(first)))
        || (first < sent.end && v.lw_is(first, "because"))
    {
        return None;
    }
    let parts = object_complement(v, sent, c, particle, np)?;
    let why = |who: &str, what: &str| ["“", who, "” also ", what, " a reported position"].concat();
    let (b, _) = statement(v, sent.clone(), pi, parts, "indirect_object", why);
    Some((b, np_tok, end))
}

/// An object cue that is an act of speech in itself (a vow, a demand, a judgment), done by the
/// one who speaks rather than held by the subject of what was said: a word that starts with a
/// stem of `speech_act_stems.txt`.
fn speech_act(v: &View<'_>, l: &str) -> bool {
    v.lex
        .speech_act_stems
        .iter()
        .any(|p| l.starts_with(p.as_str()))
}

/// "The governor's claim that …", "her promise to …", "his criticism of …": a noun of saying,
/// believing or proposing (`statement_nouns.txt`) owned by a person (a possessive name or his /
/// her / their, before at most two modifiers: "his repeated calls for …"), who is the speaker
/// (pattern `indirect_noun`). The statement is the noun's complement: from "that" to the clause
/// end, from "to" or after a preposition to `object_end`. Returns the content, speaker and cue.
pub(super) fn noun_at(
    v: &View<'_>,
    sent: Range<usize>,
    lo: usize,
    c: usize,
) -> Option<(Span, Np, Span)> {
    let particle = v.statement_noun(c)?;
    let mut p = c;
    let np = loop {
        if p <= lo.max(sent.start) || c - p > 2 {
            return None;
        }
        p -= 1;
        if let Some(np) = possessor(v, p, lo.max(sent.start)) {
            break np;
        }
        // A modifier is a lowercase word that is no determiner, preposition or verb.
        let l = v.lc(p);
        if !v.is_word(p)
            || v.cap(p)
            || DETERMINERS.contains(&l)
            || PREPOSITIONS.contains(&l)
            || v.is_any_cue(p)
        {
            return None;
        }
    };
    let clause = matches!(particle, "that" | "to");
    let k = if clause { c + 1 } else { c + 2 };
    if k >= sent.end || !v.is_word(k) || v.is_mark(k) {
        return None;
    }
    let mut end = if particle == "that" {
        clause_end(v, k, sent.end)
    } else {
        object_end(v, k, sent.end)
    };
    // The owner opening the sentence or a clause makes the noun a subject ("Her criticism of the
    // plan was sharp"): a noun phrase complement ends at the predicate's verb, and a clause
    // complement, whose own verbs hide it, is not read.
    let nt = title_start(v, tok_at(v.toks, np.span.start), lo);
    if nt <= sent.start
        || matches!(v.w(nt - 1), "," | ";" | ":" | "—" | "–" | "--")
        || PHRASE_STARTS.contains(&v.lc(nt - 1))
        || v.is_adverb(nt - 1)
    {
        if clause {
            return None;
        }
        end = (k + 1..end).find(|&j| {
            let l = v.lc(j);
            v.is_word(j)
                && !v.cap(j)
                && (PREDICATE_AUX.contains(&l)
                    || v.is_any_cue(j)
                    || l.ends_with("ed")
                    || matches!(l, "made" | "put" | "became" | "left" | "drew" | "gave"))
        })?;
    }
    // "his attacks on Mayor Venn", "their criticism of Oskett": a person or party named after
    // the noun is a position however short, as after an object cue (`object_at`).
    let named = !clause && names_in_few_words(v, k, end);
    let content = if named {
        Span::new(v.toks[k].span.start, last_word_end(v, k..end)?)
    } else {
        complement(v, k..end)?
    };
    let cue = v.span(c..c + 1 + usize::from(!clause));
    Some((content, np, cue))
}

/// `e`, or past the closing mark right after it in the headline ("… as ‘a show horse’"), whose
/// quote marks a statement holds (`View::headline`): its content keeps both marks of a pair.
fn headline_close(v: &View<'_>, e: usize) -> usize {
    if !v.headline.get() {
        return e;
    }
    // A full stop or a comma may stand inside the marks ("‘a show horse.’").
    let rest = &v.text[e..];
    let inner = rest.strip_prefix(['.', ',', '!', '?']).unwrap_or(rest);
    match ['’', '”', '\'', '"']
        .into_iter()
        .find(|&m| inner.starts_with(m))
    {
        Some(m) => e + (rest.len() - inner.len()) + m.len_utf8(),
        None => e,
    }
}

/// The words of `r` as a statement's content: none when they hold quote marks ("praise the
/// so-called “…” scheme" is left to the quote rules; not in the headline, whose marks hold no
/// quotes, `View::headline`) or are fewer than four ("backed the plan" names a position, not
/// what was said; a reported clause needs three, [`enough_words`]; a judged object two,
/// [`object_min_words`]).
pub(super) fn complement(v: &View<'_>, r: Range<usize>) -> Option<Span> {
    words_complement(v, r, 4)
}

/// [`complement`] of at least `min` words.
fn words_complement(v: &View<'_>, r: Range<usize>, min: usize) -> Option<Span> {
    if !v.headline.get() && r.clone().any(|m| v.is_mark(m)) {
        return None;
    }
    let e = headline_close(v, last_word_end(v, r.clone())?);
    let content = Span::new(v.toks[r.start].span.start, e)
        .trim_matches(v.text, |ch: char| ch.is_whitespace() || ",;:".contains(ch));
    let mut words = content.slice(v.text).split_whitespace();
    words.nth(min - 1)?;
    // "spoke about how" (the clause it opens cut off), "agrees with him": a wh-word or a
    // pronoun alone names no position of its own.
    let lone = |w: &str| ASKED_OPENERS.contains(&w) || v.lex.function_words.contains(w);
    if words.next().is_none() && min == 1 && lone(v.lc(r.start)) {
        return None;
    }
    Some(content)
}

/// How many words object cue `c` taking `particle` needs in its complement `k..end`: a verb with
/// a preposition of its own ("called for a recount", "talked about the port", "voted for Lund")
/// names the position it is about in a phrase however short; a speech act that judges a
/// determined object ("criticized the ruling", [`judged_thing`]) says something checkable about
/// it in two words; any other bare verb ("backed the plan") needs four words to say more than
/// a position, and so do the verbs tagged `[four]` with their
/// particle in `object_cues.txt` ("called on the council Monday to …": the order follows a time
/// phrase that ends the complement; "pointed to", as often a gesture as an argument).
fn object_min_words(v: &View<'_>, c: usize, particle: &str, k: usize, end: usize) -> usize {
    if particle.is_empty() && judged_thing(v, c, k, end) {
        return 2;
    }
    let four = || {
        v.lex
            .four_word_cues
            .get(v.lc(c))
            .is_some_and(|ps| ps.iter().any(|p| p == particle))
    };
    if particle.is_empty() || four() {
        4
    } else {
        1
    }
}

/// Determiners that make an object a thing the text has in view ("the ruling", "this plan",
/// "his remarks"), not one of a kind ("a plan").
const JUDGED_DETERMINERS: &[&str] = &[
    "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
];

/// "criticized the ruling", "praised his plan", "rejected Lund's offer": a speech act that
/// judges (`judging_acts.txt`) at `c`, with an object `k..end` that opens with a determiner or a
/// possessor's name and holds a noun after it. Saying that about a thing is saying something
/// checkable about it, however short the object; a verb of position ("backed the plan") is not
/// in the list, and its object still needs four words.
fn judged_thing(v: &View<'_>, c: usize, k: usize, end: usize) -> bool {
    if k + 1 >= end || !v.lex.judging_acts.contains(v.lc(c)) {
        return false;
    }
    // A word of its own right after the determiner ("rejected that, too" judges no thing
    // named).
    if JUDGED_DETERMINERS.contains(&v.lc(k)) {
        return v.is_word(k + 1) && !v.lex.function_words.contains(v.lc(k + 1));
    }
    // "Lund's plan", "Ada Lund's remarks": up to three capitalised words, the last a possessor,
    // and a word after it.
    let owner = |m: usize| matches!(v.w(m), "’s" | "'s") || possessive_word(v.w(m));
    let Some(p) = (k..end.min(k + 4)).find(|&m| owner(m)) else {
        return false;
    };
    p + 1 < end
        && v.is_word(p + 1)
        && (k..=p).all(|m| v.cap(m) || v.title_period(m) || matches!(v.w(m), "’s" | "'s"))
}

/// Does object cue `c` open a predicate joined by "and" or "but" (past a comma and adverbs) right
/// after statement `last`, a short judgment's ("condemned the bill but praised …", "denounced
/// Lund and rejected …": a speech act that judges, fewer than four words)? Before such
/// judgments were read, the second verb read its subject back over the first.
fn joined_predicate(v: &View<'_>, last: Option<&Attributed>, c: usize) -> bool {
    let Some(a) = last.filter(|a| a.pattern == "indirect_object") else {
        return false;
    };
    let judged = a
        .cue
        .is_some_and(|q| v.lex.judging_acts.contains(v.lc(tok_at(v.toks, q.start))));
    if !judged || a.content.slice(v.text).split_whitespace().nth(3).is_some() {
        return false;
    }
    let end = tok_at(v.toks, a.content.end);
    let mut k = c;
    while k > end && c - k < 3 && v.is_adverb(k - 1) {
        k -= 1;
    }
    k > end && matches!(v.lc(k - 1), "and" | "but") && (end..k - 1).all(|m| v.w(m) == ",")
}

/// "…, criticizing the ruling": a participle of a speech act that judges, after a comma, with a
/// determined object (`judged_thing`), a statement however short, as its finite verb's is.
fn judged_participle(v: &View<'_>, a: &Attributed) -> bool {
    let Some(cue) = a.cue else {
        return false;
    };
    let c = tok_at(v.toks, cue.start);
    let k = tok_at(v.toks, a.content.start);
    let end = tok_at(v.toks, a.content.end);
    a.pattern == "indirect_participle" && k == c + 1 && judged_thing(v, c, k, end)
}

/// "criticized it", "rejected that": a speech act that judges with a pronoun for the thing judged
/// (not "them", most often the people judged).
fn judged_pronoun(v: &View<'_>, c: usize, k: usize, end: usize) -> bool {
    end > k
        && (k + 1..end).all(|m| !v.is_word(m))
        && matches!(v.lc(k), "it" | "this" | "that")
        && v.lex.judging_acts.contains(v.lc(c))
}

/// An indirect statement of sentence `sent` from its content, speaker and cue, with its speaker's
/// first token; `why` says why from the speaker's words and the cue's.
pub(super) fn statement(
    v: &View<'_>,
    sent: Range<usize>,
    pi: usize,
    (content, np, cue): (Span, Np, Span),
    pattern: &'static str,
    why: impl FnOnce(&str, &str) -> String,
) -> (Attributed, usize) {
    let why = why(np.span.slice(v.text), cue.slice(v.text));
    (
        Attributed {
            content,
            kind: QuoteKind::Indirect,
            speaker: Some(np),
            cue: Some(cue),
            pattern,
            why,
            raw: None,
            paragraph: pi,
            sentence: v.span(sent),
            via: None,
            antecedent: None,
        },
        tok_at(v.toks, np.span.start),
    )
}

/// Where a speaker whose mention starts at token `nt` starts with its titles: a titled person's
/// mention is the name alone ("Smith" in "…, Mr. Smith said"), and the words before it are read
/// before "Mr." or "Sen. Majority Leader".
pub(super) fn title_start(v: &View<'_>, nt: usize, lo: usize) -> usize {
    let mut k = nt;
    for _ in 0..3 {
        let abbreviated = k > lo + 1 && v.w(k - 1) == "." && {
            let t = v.lc(k - 2);
            v.lex.titles.contains_key(t) || v.lex.titles.contains_key(&[t, "."].concat())
        };
        if abbreviated {
            k -= 2;
        } else if k > lo && v.cap(k - 1) && v.lex.titles.contains_key(v.lc(k - 1)) {
            k -= 1;
        } else {
            break;
        }
    }
    // "Defence Minister", "County Sheriff": a title-case word that modifies roles
    // (`role_modifiers.txt`) before a title read is part of it. Any capitalised word ("Harbour
    // Minister") was measured and left out (ind21): dev precision fell.
    while k < nt
        && k > lo
        && nt - k < 5
        && v.cap(k - 1)
        && v.lex.role_modifiers.contains(v.lc(k - 1))
    {
        k -= 1;
    }
    k
}

/// Where a name's role in lower case starts when it stands right before the name at `nt` ("and
/// council leader Jon Pell called for …", "and Republican front-runner Jon Pell …"): the role word
/// (or a role written with a hyphen) and at most two modifiers before it; `nt` when there is none.
pub(super) fn role_start(v: &View<'_>, nt: usize, lo: usize) -> usize {
    let mut m = if nt > lo && v.is_group_head(nt - 1) {
        nt - 1
    } else if nt >= lo + 3 && v.role_compound_at(nt - 3, nt) {
        nt - 3
    } else {
        return nt;
    };
    for _ in 0..2 {
        if m > lo
            && v.is_word(m - 1)
            && !v.is_any_cue(m - 1)
            && v.pronoun(m - 1).is_none()
            && !matches!(v.lc(m - 1), "and" | "but" | "or" | "the" | "a" | "an")
            && !PREPOSITIONS.contains(&v.lc(m - 1))
        {
            m -= 1;
        }
    }
    // "and the party's council leader …" opens with its article.
    if m > lo && matches!(v.lc(m - 1), "the" | "a" | "an") {
        m -= 1;
    }
    m
}

/// Where a share or a quantity of the group at `nt` starts when one stands right before it ("a
/// group of farmers"): at most three lower-case words before "of" (and its "the"), none a verb,
/// cue, pronoun or preposition; `nt` when there is none.
fn partitive_start(v: &View<'_>, nt: usize, lo: usize) -> usize {
    let mut of = nt;
    if of > lo && v.lw_is(of - 1, "the") {
        of -= 1;
    }
    if of <= lo + 1 || !v.lw_is(of - 1, "of") {
        return nt;
    }
    let mut k = of - 1;
    while k > lo
        && of - 1 - k < 3
        && v.is_word(k - 1)
        && !v.cap(k - 1)
        && !v.is_any_cue(k - 1)
        && v.pronoun(k - 1).is_none()
        && !PREDICATE_AUX.contains(&v.lc(k - 1))
        && !PREPOSITIONS.contains(&v.lc(k - 1))
        && !matches!(v.lc(k - 1), "and" | "but" | "or" | "that" | "which" | "who")
    {
        k -= 1;
    }
    if k == of - 1 {
        nt
    } else {
        k
    }
}

/// "X met the families and said …", "The council called the plan “rushed” and said …": the
/// subject of a verb coordinated with the cue is the clause's subject (a name, a pronoun, a group
/// or a role), when no other subject stands between them: a personal pronoun, or a capitalised
/// word that opens a clause ("…, and Doe said"). Quote marks in between are the first verb's
/// complement.
pub(super) fn coordinated_subject(v: &View<'_>, c: usize, lo: usize) -> Option<Np> {
    let mut k = c;
    while k > lo + 1 && c - k < 3 && v.is_adverb(k - 1) {
        k -= 1;
    }
    if k <= lo + 1 || c - lo > WINDOW || !matches!(v.lc(k - 1), "and" | "but") {
        return None;
    }
    let np = match subordinate_named_subject(v, lo, k - 1) {
        Some(np) => np,
        None => clause_subject(v, lo, k - 1)?,
    };
    let mut after = tok_at(v.toks, np.span.end);
    // (The comma that closes an apposition, "The operator, Acme, described …", leaves the
    // first verb right after the subject.)
    if after + 1 < k && v.w(after) == "," {
        after += 1;
    }
    // Words inside the quoted complement are the quote's own ("called it “a tax on those who
    // can least afford it” and said"): no rival.
    let mut quoted = false;
    let rival = (after..k - 1).any(|m| {
        if v.is_mark(m) {
            quoted = !quoted;
            return false;
        }
        if quoted {
            return false;
        }
        let clause_start = m > after
            && matches!(
                v.lc(m - 1),
                "," | "and" | "but" | "that" | "while" | "when" | "as" | "because" | "who"
            );
        (v.cap(m) && !v.is_sentence_start(m) && clause_start)
            || matches!(v.lc(m), "he" | "she" | "they" | "we" | "i" | "who" | "which")
            || contracted_subject(v, m)
            // A cue after the first verb reports a clause whose subject may own the verb.
            || (m > after && v.is_indirect_cue(m))
    });
    (!rival && after < k - 1).then_some(np)
}

/// Does a restrictive relative clause opening at `nt` ("who said …", no comma before it) follow
/// an object or a prepositional phrase: a preposition, an auxiliary or a verb stands between the
/// sentence start and it? One in the sentence's subject ("Voters who say … were divided") ends at
/// a verb no rule finds.
pub(super) fn after_predicate(v: &View<'_>, sent_start: usize, nt: usize) -> bool {
    (sent_start..nt).any(|k| {
        let l = v.lc(k);
        v.is_word(k)
            && (!v.cap(k) || k == sent_start)
            && (PREPOSITIONS.contains(&l)
                || PREDICATE_AUX.contains(&l)
                || v.is_any_cue(k)
                || l.ends_with("ed"))
    })
}

/// "unions who said …": "who" right before the cue (past adverbs), with no comma before it,
/// opens a restrictive relative clause; its mention is "who", its antecedent the speaker read
/// (whether the clause is read is `indirect_at`'s decision).
pub(super) fn restrictive_who(v: &View<'_>, c: usize, lo: usize) -> Option<Np> {
    let mut k = c;
    while k > lo && c - k < 2 && v.is_adverb(k - 1) {
        k -= 1;
    }
    let who = k.checked_sub(1).filter(|&w| w > lo && v.lw_is(w, "who"))?;
    if !v.is_word(who - 1) {
        return None;
    }
    // The antecedent names the speaker, as in "X, who said" (`View::np_before`). A preposition's
    // object is read before a bare phrase, which would run back over the preposition and the
    // verb before it ("came from a young girl who said …": the girl speaks, not the phrase).
    let mut antecedent = v
        .np_before(who, lo)
        .or_else(|| prepositional_object(v, who, lo))
        .or_else(|| bare_subject(v, who, lo))?;
    // "Ana Fell, a nurse who said …": the role is in apposition to the name before its comma.
    let first = tok_at(v.toks, antecedent.span.start);
    if antecedent.kind == NpKind::Group && first > lo + 1 && v.w(first - 1) == "," {
        if let Some(name) = v
            .np_plain_before(first - 1, lo, None)
            .filter(|np| np.kind == NpKind::Name && tok_at(v.toks, np.span.end) == first - 1)
        {
            antecedent = name;
        }
    }
    Some(Np {
        span: v.toks[who].span,
        ..antecedent
    })
}

/// Pronouns that stand for anyone at all: "those who back the levy" holds a position no one was
/// heard to take.
const GENERIC_ANTECEDENTS: &[&str] = &[
    "those",
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "everyone",
    "everybody",
    "whoever",
];

/// "voters who back the levy", "members who had opposed the merger", "a union that has endorsed
/// Lund": the object cue at `c` (past auxiliaries, negations and adverbs, four words at most)
/// is the verb of a restrictive relative clause (no comma before "who" or "that"). Its holder is
/// the antecedent, with the mention "who" or "that" (`restrictive_who`). "that" takes a group or
/// a name as antecedent and a verb in the past or the third person or after an auxiliary ("said
/// that support for …" has a noun after it); a generic pronoun holds no one's position.
fn restrictive_holder(v: &View<'_>, c: usize, lo: usize) -> Option<Np> {
    let l = v.lc(c);
    // "who showed up", "who declined to run": a turn-out or a decision (`[act]` in
    // `object_cues.txt`), no position; "who revealed that …" takes a clause, the clause rules'.
    if v.lex.act_cues.contains(l) || c + 1 < v.toks.len() && v.lw_is(c + 1, "that") {
        return None;
    }
    let mut k = c;
    let mut be = false;
    while k > lo
        && c - k < 4
        && v.is_word(k - 1)
        && (v.is_adverb(k - 1)
            || v.is_not(k - 1)
            || PREDICATE_AUX.contains(&v.lc(k - 1))
            || v.is_be(k - 1))
    {
        be |= v.is_be(k - 1);
        k -= 1;
    }
    // "a minister who was accused of …": the passive's subject is the one judged.
    let rel = k.checked_sub(1).filter(|&r| r > lo && v.is_word(r - 1))?;
    if be && l.ends_with("ed") || GENERIC_ANTECEDENTS.contains(&v.lc(rel - 1)) {
        return None;
    }
    let np = if v.lw_is(rel, "who") {
        restrictive_who(v, k, lo)?
    } else {
        let finite = k < c || l.ends_with("ed") || l.ends_with('s') && !l.ends_with("ss");
        if !v.lw_is(rel, "that") || !finite || v.is_any_cue(rel - 1) {
            return None;
        }
        v.np_plain_before(rel, lo, None)
            .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Group))
            .filter(|np| tok_at(v.toks, np.span.end) == rel)
            .map(|np| Np {
                span: v.toks[rel].span,
                ..np
            })?
    };
    // An antecedent of a few words with no verb in it: a longer phrase read back over a clause
    // ("the bill also mandates visits for women who …") is no one's name.
    let first = tok_at(v.toks, np.core.start);
    let end = tok_at(v.toks, np.core.end);
    // The antecedent ends right before "who", or is a name with a role in apposition after its
    // comma ("Ada Lund, a farmer who …"): "the war, radicals who …" is no apposition.
    let apposed = end < rel && v.w(end) == "," && matches!(v.lc(end + 1), "a" | "an" | "the");
    let short = (end == rel || apposed)
        && first < end
        && end - first <= 6
        && (first..end).all(|m| !PREDICATE_AUX.contains(&v.lc(m)) && !v.is_be(m));
    short.then_some(np)
}

/// Does token `k` open a main clause's verb after a subject that a relative clause ends: an
/// auxiliary, a cue, or a lower-case word in "-ed" after a noun ("Members who opposed the merger
/// walked out", "… the plan have said", "… the levy are")?
fn main_verb(v: &View<'_>, k: usize) -> bool {
    let l = v.lc(k);
    v.is_word(k)
        && !v.cap(k)
        && (PREDICATE_AUX.contains(&l)
            || v.is_any_cue(k) && !v.is_any_cue(k - 1)
            || l.ends_with("ed")
                && v.is_word(k - 1)
                && !DETERMINERS.contains(&v.lc(k - 1))
                && !PREPOSITIONS.contains(&v.lc(k - 1))
                && !PREDICATE_AUX.contains(&v.lc(k - 1))
                && !matches!(v.lc(k - 1), "and" | "or" | "not" | "been" | "be"))
}

/// Words besides numbers and determiners that open a preposition's object standing for people
/// (`prepositional_object`).
const ANTECEDENT_STARTS: &[&str] = &[
    "those", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
    "some", "many", "most", "few", "several",
];

/// "compared with four in 10 who said …", "among those who said …": the antecedent of a
/// restrictive "who" at `who` is a preposition's object that opens with a number, a quantifier,
/// a determiner or "those" (`bare_subject` reads no phrase that opens with a preposition).
fn prepositional_object(v: &View<'_>, who: usize, lo: usize) -> Option<Np> {
    let mut j = who;
    while j > lo && who - j < 8 {
        let p = j - 1;
        let l = v.lc(p);
        if !v.is_word(p) || v.is_mark(p) || v.is_any_cue(p) {
            return None;
        }
        if PREPOSITIONS.contains(&l) && !matches!(l, "in" | "of") {
            break;
        }
        j = p;
    }
    if j == who || j <= lo || !PREPOSITIONS.contains(&v.lc(j - 1)) {
        return None;
    }
    let first = v.lc(j);
    let opens = first.starts_with(|ch: char| ch.is_ascii_digit())
        || DETERMINERS.contains(&first)
        || ANTECEDENT_STARTS.contains(&first);
    opens.then(|| group_np(v.span(j..who)))
}

/// "The last question came from a small boy, who said …": "who" after a comma, whose antecedent
/// is an article and one to three lower-case words that name no known role (`View::np_before`
/// reads roles and names); "who" says it is a person, named by the phrase. Not after "of": in
/// "the mother of a small boy, who said …" either may speak. Its mention is "who".
fn comma_who(v: &View<'_>, c: usize, lo: usize) -> Option<Np> {
    let mut k = c;
    while k > lo && c - k < 2 && v.is_adverb(k - 1) {
        k -= 1;
    }
    let who = k
        .checked_sub(1)
        .filter(|&w| w > lo + 2 && v.lw_is(w, "who"))?;
    let comma = who - 1;
    if v.w(comma) != "," {
        return None;
    }
    let det = (lo.max(comma.saturating_sub(4))..comma)
        .rev()
        .find(|&j| matches!(v.lc(j), "a" | "an" | "the"))?;
    if det + 1 == comma || det > lo && v.lw_is(det - 1, "of") {
        return None;
    }
    let plain = (det + 1..comma).all(|j| {
        let l = v.lc(j);
        v.is_word(j)
            && !v.cap(j)
            && !v.is_mark(j)
            && !v.is_any_cue(j)
            && v.pronoun(j).is_none()
            && !PREPOSITIONS.contains(&l)
            && !DETERMINERS.contains(&l)
            && !PHRASE_STARTS.contains(&l)
    });
    plain.then(|| Np {
        span: v.toks[who].span,
        ..group_np(v.span(det..comma))
    })
}

/// "Ana Fell, a nurse who moved here in 2019, said …": an apposition whose role carries a
/// restrictive relative clause (no comma inside it) between a name and the cue; the name speaks.
pub(super) fn apposed_relative(v: &View<'_>, c: usize, lo: usize) -> Option<Np> {
    let close = c.checked_sub(1).filter(|&k| k > lo && v.w(k) == ",")?;
    let floor = lo.max(close.saturating_sub(WINDOW / 2));
    let open = (floor..close).rev().find(|&k| v.w(k) == ",")?;
    let who = (open + 2..close).find(|&k| v.lw_is(k, "who"))?;
    // The apposition opens with a determiner before its role: "a nurse", "the owner".
    if !DETERMINERS.contains(&v.lc(open + 1)) || (open + 1..close).any(|k| v.is_mark(k)) {
        return None;
    }
    let name = v
        .np_plain_before(open, lo, None)
        .filter(|np| np.kind == NpKind::Name && tok_at(v.toks, np.span.end) == open)?;
    (who > open + 2).then_some(name)
}

/// Words that end a speaker phrase read backwards by [`bare_subject`]: it starts after them.
pub(super) const PHRASE_STARTS: WordList = WordList::new(&[
    "and", "but", "or", "because", "while", "although", "though", "since", "when", "whereas", "if",
    "as", "that", "so", "yet", "after", "before", "until", "unless", "whether",
]);

/// A speaker phrase that is no listed name or group: "Two in three voters said …", "58 percent of
/// respondents said …", "Abortion opponents say …". The word before the cue (past adverbs and
/// auxiliaries) is a noun, a number or "percent"; the phrase runs back to the start of the clause.
pub(super) fn bare_subject(v: &View<'_>, c: usize, lo: usize) -> Option<Np> {
    let mut i = c;
    while i > lo && c - i < 4 && v.is_adverb(i - 1) {
        i -= 1;
    }
    if i <= lo {
        return None;
    }
    let head = i - 1;
    let l = v.lc(head);
    // A number or quantifier stands for people ("two in three said", "many say").
    let quantity = matches!(
        l,
        "one" | "two" | "three" | "four" | "some" | "many" | "several" | "most" | "few" | "both"
    );
    // The head is a plural noun, a share or a name: "opponents", "58 percent", "half", "Democrats".
    let plural = plural_form(l);
    let share = matches!(
        l,
        "percent" | "half" | "third" | "quarter" | "majority" | "minority" | "public" | "number"
    );
    let nounish = v.is_word(head)
        && (quantity || !DETERMINERS.contains(&l))
        && !PREPOSITIONS.contains(&l)
        && !PHRASE_STARTS.contains(&l)
        && v.pronoun(head).is_none()
        // ("majorities in all five states said": a counted cue word is the noun.)
        && (!v.is_any_cue(head) || counted(v, head))
        && !l.ends_with("ly")
        && !l.ends_with("ing")
        && !l.ends_with("ed")
        && !matches!(
            l,
            "who" | "which" | "what" | "it" | "be" | "to" | "not" | "this" | "there" | "here"
        );
    if !nounish {
        return None;
    }
    let mut j = head;
    while j > lo && head - j < 8 {
        let p = j - 1;
        // "How do you think …": a question word ends the phrase too.
        if !v.is_word(p)
            || v.is_mark(p)
            || PHRASE_STARTS.contains(&v.lc(p))
            || SUBORDINATORS.contains(&v.lc(p))
            || v.is_any_cue(p)
        {
            break;
        }
        j = p;
        // "On Monday the harbour master said": "the" opens the phrase, unless it opens the
        // object of a preposition inside it ("58 percent of the respondents", "early results
        // from the state's districts"). (Not "a": an indefinite phrase read alone, "a
        // candidate", "an additional", is more often part of a longer subject.)
        // Nor after a name it describes ("Okafor the realist knows"; a day is no name).
        if v.lw_is(p, "the")
            && !(p > lo
                && (PREPOSITIONS.contains(&v.lc(p - 1))
                    || v.cap(p - 1) && !v.lex.not_names.contains(v.lc(p - 1))))
        {
            break;
        }
    }
    // A phrase opens with a determiner, a number, a name or its plural or share head ("struck a
    // cautious note" and "found in an interim report" are no speakers).
    let first = v.lc(j);
    // "majorities in all five towns": a plural noun before a preposition opens the phrase.
    let plural_first = j < head
        && !(j > lo && v.w(j - 1) == "-")
        && plural_form(first)
        && PREPOSITIONS.contains(&v.lc(j + 1));
    // "…, court records show.", "…, city tax records show.": after a comma, up to two lower-case
    // modifiers before a plural head.
    let opens_np = j == head && (plural || share || quantity || v.cap(head))
        || plural_first
        || (plural && j > lo && head - j <= 2 && v.w(j - 1) == ",")
        || DETERMINERS.contains(&first)
        || v.cap(j)
        || first.starts_with(|ch: char| ch.is_ascii_digit())
        || matches!(
            first,
            "about" | "almost" | "nearly" | "more" | "fewer" | "over"
        );
    if !opens_np {
        return None;
    }
    // Not a clause of its own: the phrase must not hold a verb of its own form.
    if (j..head).any(|k| PREDICATE_AUX.contains(&v.lc(k))) {
        return None;
    }
    // What names the speaker leaves the determiner out ("harbour master"), as for a listed role.
    let span = v.span(j..head + 1);
    let core = if first == "the" && j < head {
        v.span(j + 1..head + 1)
    } else {
        span
    };
    Some(Np::group(span, core, None))
}

/// "…, said Mark Kessler, an expert who …": after a comma, an inverting cue and a name that
/// ends the sentence or has an apposition of "a", "an" or "the" after it are a tag after the
/// statement, not a clause after the cue whose subject is the words before the comma ("A, said
/// X, senior vice president, B" and "A, said X, who …, B" go on with the statement).
fn inverted_name(v: &View<'_>, c: usize, hi: usize) -> bool {
    c > 0
        && v.w(c - 1) == ","
        && v.lex.inverting_cues.contains(v.lc(c))
        && v.np_after(c + 1, hi).is_some_and(|np| {
            let after = tok_at(v.toks, np.span.end);
            np.kind == NpKind::Name
                && (after >= hi
                    || v.w(after) == "."
                    || (v.w(after) == ","
                        && after + 1 < hi
                        && matches!(v.lc(after + 1), "a" | "an" | "the")))
        })
}

/// A subject phrase no other rule reads, from the start of the sentence to the cue: "Large
/// majorities of voters in six states going to the polls on Tuesday said …", "A survey conducted
/// by an independent analyst found …", "Her campaign workers here have said …". It opens with a
/// capital or a number, holds at most 20 words, no verb of its own form, no cue and no relative
/// pronoun (a clause of its own).
pub(super) fn long_subject(v: &View<'_>, c: usize, lo: usize) -> Option<Np> {
    let mut s = lo;
    while s < c
        && matches!(
            v.lc(s),
            "but" | "and" | "even" | "ever" | "so" | "yet" | "still"
        )
    {
        s += 1;
    }
    // "Even so, …": the connective's comma.
    if s > lo && s < c && v.w(s) == "," {
        s += 1;
    }
    // "While only 7 percent said A, B": the subject of an opening adverbial clause starts after
    // its conjunction (the sentence's capital stays the test of an opening). A question or a
    // free relative ("How do you think …?", "What worries them is …") has no subject here.
    // Other subordinators ("If voters choose to …", "When she helped found …", "After the
    // report was released …") open a condition or a time clause whose words rarely make a
    // subject: no phrase is read.
    let opening = s;
    if s + 1 < c && CONCESSIVES.contains(&v.lc(s)) {
        s += 1;
    } else if OPENING_SUBORDINATORS.contains(&v.lc(s)) {
        return None;
    }
    if matches!(
        v.lc(s),
        "how" | "what" | "why" | "where" | "whether" | "which" | "who"
    ) {
        return None;
    }
    let mut e = c;
    while e > s && (v.is_adverb(e - 1) || matches!(v.lc(e - 1), "have" | "has" | "had")) {
        e -= 1;
    }
    // A number in words opens a share of people ("six in 10", "three-quarters of the voters").
    let number = |k: usize| {
        v.w(k).starts_with(|ch: char| ch.is_ascii_digit())
            || matches!(
                v.lc(k),
                "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "half"
            )
    };
    if e <= s || e - s > 20 || !(v.cap(opening) || number(s)) {
        return None;
    }
    let clean = (s..e).all(|k| {
        let l = v.lc(k);
        (v.is_word(k) || matches!(v.w(k), "," | "%" | "-" | "/" | "’s" | "'s" | "." | "(" | ")"))
            && !v.is_mark(k)
            && !v.is_any_cue(k)
            && !PREDICATE_AUX.contains(&l)
            && !matches!(l, "who" | "which" | "that" | "it" | "there")
            // A subordinator opens a clause ("since" may be the preposition: "voters polled
            // since March").
            && !(SUBORDINATORS.contains(&l) && l != "since")
            && v.pronoun(k).is_none_or(|g| g == Gender::Plural && k > s)
            // "Lund still seems not to have found": a negation inside the phrase is a verb
            // phrase's ("Not all voters said" opens with it).
            && !(l == "not" && k > s)
    });
    if !clean {
        return None;
    }
    // "In a statement, the victim, a widow of 81, said": an opening prepositional phrase is no
    // part of the subject; the subject starts after its comma, and the apposition's closing
    // comma ends it.
    if e > s + 1 && v.w(e - 1) == "," {
        e -= 1;
    }
    if PREPOSITIONS.contains(&v.lc(s)) {
        if let Some(comma) = (s + 1..e).take(8).find(|&k| v.w(k) == ",") {
            if comma + 1 < e && v.is_word(comma + 1) {
                s = comma + 1;
            }
        }
    }
    // "Workers stayed home on Monday, and neither side would say …": a comma and a conjunction
    // open a clause of its own, whose subject starts after them ("but" always; "and" when no
    // comma before it makes the phrase a list: "Doctors, nurses, and porters said").
    let clause = (s + 1..e.saturating_sub(2)).rev().find(|&k| {
        v.w(k) == ","
            && match v.lc(k + 1) {
                "but" | "yet" | "so" => true,
                "and" => (s..k).all(|m| v.w(m) != ","),
                _ => false,
            }
    });
    if let Some(k) = clause {
        s = k + 2;
    }
    let span = v.span(s..e);
    Some(group_np(span))
}

/// "…, Kestria's ambassador to Veloria confirmed.", "…, teachers and union officials told the
/// Harbour Post.": the end of a tag's subject that [`View::np_before`] read ("Veloria", "union
/// officials") after a preposition or a conjunction, when [`tail_subject`] reads the whole
/// phrase from the clause's comma: the whole phrase is the speaker. (A name after its role,
/// "…, party spokesman Ada Venn said", is the speaker itself, read as before.)
fn wider_tail(v: &View<'_>, sent: &Range<usize>, c: usize, lo: usize, np: Np) -> Np {
    let nt = title_start(v, tok_at(v.toks, np.span.start), lo);
    if nt <= lo + 1
        || !(PREPOSITIONS.contains(&v.lc(nt - 1)) || matches!(v.lc(nt - 1), "and" | "or"))
    {
        return np;
    }
    tail_subject(v, sent, c, lo)
        .filter(|t| t.span.start < np.span.start)
        .unwrap_or(np)
}

/// "Donors paid for the ads, filings released on Sunday revealed.", "…, campaign and corporate
/// records show.", "…, Kestria's ambassador to Veloria confirmed.", "The plan, an inside source
/// said, is to …": the subject of a tag after a clause and its comma that no other reader takes
/// (a participle or a preposition's phrase after its noun, a possessor before it, nouns joined
/// by "and"). It is the words between that comma and the cue (adverbs before the cue left out):
/// at most eight, opening with no conjunction, preposition, pronoun, adverb or participle,
/// holding no auxiliary, cue, negation, relative or subordinator, and ending in no function word.
/// The cue is a verb by its form: in the past ("revealed", "said"), a plural's ("show"), or
/// "says" or "tells" ("states", "shows", "fears" are nouns as often). The tag closes the
/// sentence or its clause: a full stop, a semicolon or a comma follows the cue, or a short
/// phrase of time, place or means ("on Tuesday", "in a memo to the board") or the addressee of
/// "told". Not in a headline, nor in a sentence with a question or quote marks, whose words are
/// no statement of the tag's: `indirect_at` reads the clause before the comma as the statement,
/// as after any other subject.
fn tail_subject(v: &View<'_>, sent: &Range<usize>, c: usize, lo: usize) -> Option<Np> {
    let cue = v.lc(c);
    let past =
        cue.ends_with("ed") || matches!(cue, "said" | "told" | "wrote" | "found" | "thought");
    let form = past || matches!(cue, "says" | "tells") || !cue.ends_with('s');
    if v.headline.get() || !form || v.cap(c) {
        return None;
    }
    let mut e = c;
    while e > lo && c - e < 3 && v.is_adverb(e - 1) {
        e -= 1;
    }
    let comma = (lo..e).rev().take(9).find(|&k| v.w(k) == ",")?;
    let s = comma + 1;
    // A clause of three words or more before the comma, and no mark or question in the sentence.
    if s >= e || comma < lo + 3 || (lo..sent.end).any(|k| v.is_mark(k) || v.w(k) == "?") {
        return None;
    }
    let first = v.lc(s);
    if PHRASE_STARTS.contains(&first)
        || SUBORDINATORS.contains(&first)
        || PREPOSITIONS.contains(&first)
        || v.pronoun(s).is_some()
        || v.is_adverb(s)
        || first.ends_with("ly")
        || first.ends_with("ing")
        || v.lex.function_words.contains(first)
        || matches!(
            first,
            "something" | "which" | "who" | "there" | "it" | "this" | "very"
        )
        || !v.is_word(s)
    {
        return None;
    }
    // "Here is how politicians, campaigners and residents responded": a question word or a
    // subordinator just before the comma opens a clause whose subject the phrase goes on listing.
    if (comma.saturating_sub(3).max(lo)..comma).any(|k| SUBORDINATORS.contains(&v.lc(k))) {
        return None;
    }
    let last = v.lc(e - 1);
    // "Ilse Marwood, struck a more cautious note": a determiner inside the phrase after anything
    // but a preposition follows a verb; a noun phrase has its determiners first.
    if (s + 1..e).any(|k| DETERMINERS.contains(&v.lc(k)) && !PREPOSITIONS.contains(&v.lc(k - 1))) {
        return None;
    }
    let noun = (s..e).all(|k| {
        let l = v.lc(k);
        (v.is_word(k) || matches!(v.w(k), "’s" | "'s" | "-" | "."))
            && !v.is_any_cue(k)
            && !PREDICATE_AUX.contains(&l)
            && !v.is_be(k)
            && !v.is_not(k)
            && !matches!(l, "who" | "which" | "that" | "it" | "there" | "whose" | "than")
            && !SUBORDINATORS.contains(&l)
            && v.pronoun(k).is_none()
    }) && !PREPOSITIONS.contains(&last)
        && !DETERMINERS.contains(&last)
        && !matches!(last, "and" | "or" | "but" | "very")
        // A plural's verb ("records show") after a plural: "a framed, handwritten note" is a noun.
        && (past
            || matches!(cue, "says" | "tells")
            || last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("ous"));
    if !noun {
        return None;
    }
    // What follows the cue before the end of its clause: nothing, a phrase of a preposition or
    // a time word, or the addressee of "told".
    let stop = (c + 1..sent.end)
        .find(|&k| matches!(v.w(k), "." | ";" | "," | "!"))
        .unwrap_or(sent.end);
    let opener = c + 1 >= stop
        || matches!(cue, "told" | "tells") && (v.cap(c + 1) || DETERMINERS.contains(&v.lc(c + 1)));
    let short = opener
        && stop - c <= 8
        && (c + 1..stop).all(|k| {
            v.is_word(k)
                && v.pronoun(k).is_none()
                && !PREDICATE_AUX.contains(&v.lc(k))
                && !v.is_any_cue(k)
                && !matches!(v.lc(k), "that" | "who" | "which")
        });
    short.then(|| group_np(v.span(s..e)))
}

/// Archives that write quotes with two apostrophes (''…,'' he said. ''…'') are read as reported
/// speech, the marks being no marks by default: a statement whose cue stands outside the
/// apostrophes runs on over the quotes after it, up to the next such statement ("''A,'' she said.
/// ''B.''" is one statement; "''A,'' she said. But she added, ''B.''" two), but not over a
/// quote that opens inside a sentence of narration (a title) with no such quote after it, and
/// the first one starts at the paragraph's first pair of apostrophes. Statements found inside
/// the apostrophes ("''I think …,''") are the quoted person's words, not statements of their
/// own: they are dropped, and so is a quote in single marks inside the apostrophes ("''I would
/// use the word 'old-school,''' said Lo"), whose tagged quote becomes the indirect statement.
/// `quotes` are the paragraph's, in text order.
pub(super) fn apostrophe_quotes(v: &View<'_>, quotes: &mut Vec<Attributed>) {
    // Pairs of apostrophes written together, in order: opening, closing, opening, … (each given
    // by its second token). In a run of three, one is a single quote's mark: the pair is the last
    // two after a word ("'old-school,'''"), the first two before one ("'''Tis'").
    let mut pairs: Vec<usize> = Vec::new();
    // Every token is read (and a run's tokens once more), by its bytes: through `View::w` each
    // paragraph without a quote in double marks cost ~40 instructions a token here. Work: the
    // reads are counted as `View::w` counted them.
    let bytes = v.text.as_bytes();
    // Two apostrophe tokens written together are two apostrophe bytes in a row: a paragraph
    // without them (nearly all) has no pair, and its tokens are not read one by one.
    let (Some(first), Some(last)) = (v.toks.first(), v.toks.last()) else {
        return;
    };
    static PAIR: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"''"));
    if PAIR.find(&bytes[first.span.start..last.span.end]).is_none() {
        v.reads.set(v.reads.get() + v.toks.len() as u64);
        return;
    }
    let apostrophe = |t: &Token| t.span.end == t.span.start + 1 && bytes[t.span.start] == b'\'';
    let mut reads = 0;
    let mut k = 0;
    while k < v.toks.len() {
        let mut end = k;
        while end < v.toks.len()
            && {
                reads += 1;
                apostrophe(&v.toks[end])
            }
            && (end == k || v.toks[end - 1].span.end == v.toks[end].span.start)
        {
            end += 1;
        }
        let run = end - k;
        if run >= 2 {
            let after_word = k > 0 && v.toks[k - 1].span.end == v.toks[k].span.start;
            let first = if run == 3 && after_word { k + 1 } else { k };
            pairs.push(first + 1);
            if run >= 4 {
                pairs.push(first + 3);
            }
        }
        k = end.max(k + 1);
    }
    v.reads.set(v.reads.get() + reads);
    if pairs.len() < 2 {
        return;
    }
    let from = v.toks[pairs[0] - 1].span.start;
    let to = v.toks[pairs[pairs.len() - 1]].span.end;
    // Inside a quote when an odd number of pairs (an opening one last) stand before it.
    let quoted = |at: usize| pairs.partition_point(|&t| v.toks[t].span.end <= at) % 2 == 1;
    let overlaps = |q: &Attributed| q.content.start < to && from < q.content.end;
    let tagged = |q: &Attributed| overlaps(q) && q.cue.is_some_and(|c| !quoted(c.start));
    // An inner quote ('…') inside a pair is part of the outer statement: only when every marked
    // quote lies inside one.
    if quotes
        .iter()
        .any(|q| q.raw.is_some() && overlaps(q) && !quoted(q.content.start))
    {
        return;
    }
    if !quotes.iter().any(tagged) {
        // No statement read from the pairs ("''When they say, 'Not now,' I doubt it,'' said
        // Lo", the tag's cue taken by the inner quote): the inner quote is still the outer
        // speaker's words, never a quote of its own.
        quotes.retain(|q| q.raw.is_none() || !overlaps(q));
        return;
    }
    quotes.retain(|q| !overlaps(q) || tagged(q));
    // The closing pairs, in order: each with the start of its opening pair and its own end.
    let closes: Vec<(usize, usize)> = pairs
        .chunks_exact(2)
        .map(|pair| (v.toks[pair[0]].span.start, v.toks[pair[1]].span.end))
        .collect();
    // Of these, the ends of the quotes a statement may run over past its words: those that open
    // a paragraph or a sentence, or follow a comma or another quote. One that opens inside a
    // sentence of narration ("… helped revive ''Lost Coast.''", a title in the tag) is no more
    // of what was said, unless such a quote follows it.
    let continued: Vec<usize> = pairs
        .chunks_exact(2)
        .filter(|pair| pair[0] < 2 || matches!(v.w(pair[0] - 2), "." | "!" | "?" | "," | "'"))
        .map(|pair| v.toks[pair[1]].span.end)
        .collect();
    let mut first = true;
    for k in 0..quotes.len() {
        if !overlaps(&quotes[k]) {
            continue;
        }
        let next = quotes[k + 1..]
            .iter()
            .find(|q| overlaps(q))
            .map_or(usize::MAX, |q| q.content.start);
        let q = &mut quotes[k];
        if q.raw.is_some() {
            q.kind = QuoteKind::Indirect;
            q.raw = None;
        }
        if first {
            q.content.start = q.content.start.min(from);
            first = false;
        }
        // The quotes the statement's words reach into, and those that continue it.
        let own = closes[..closes.partition_point(|&(o, e)| o < q.content.end && e <= next)].last();
        let more = continued[..continued.partition_point(|&e| e <= next)].last();
        if let Some(e) = own.map(|&(_, e)| e).max(more.copied()) {
            q.content.end = q.content.end.max(e);
        }
    }
}

/// Conjunctions of concession: their clause still asserts what it reports ("Although the agency
/// declined to comment, …", "While only 7 percent said …").
const CONCESSIVES: &[&str] = &["although", "though", "while", "whereas"];

/// Conjunctions of time: their clause, too, tells what happened ("when he questioned the plan",
/// "as she urged voters to …", "after the union endorsed Venn"); PolNeAR annotates an object
/// cue there as it does one in a main clause. "if", "unless", "because" and "before" are left
/// out: a condition or an event still to come asserts nothing, and a cause held none on train.
const TEMPORALS: &[&str] = &["as", "when", "after", "since", "once"];

/// Conjunctions that open an adverbial clause before the sentence's main clause ("While X said
/// A, B …"): a statement inside one ends at its comma.
pub(super) const OPENING_SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "if", "because", "since", "as", "when", "after", "before",
    "whereas", "once", "until", "unless",
];

/// After an opening subordinate clause's comma at `k` comes the main clause ("…, he did not",
/// "…, others say"), not a list or an alternative that goes on with the statement ("…, including
/// …", "…, or ISIS, …").
fn main_clause_after(v: &View<'_>, k: usize, hi: usize) -> bool {
    k + 1 < hi
        && v.is_word(k + 1)
        && !matches!(
            v.lc(k + 1),
            "including" | "or" | "and" | "such" | "especially" | "particularly" | "but"
        )
        // "…, or ISIS, has used …": an apposition's comma before the clause's own verb.
        && !PREDICATE_AUX.contains(&v.lc(k + 1))
}

/// Words that may stand before the conjunction of a sentence's opening adverbial clause, with a
/// number or a unit of time ("Even as …", "Shortly after …", "Two years after …").
const SUBORDINATOR_LEADS: &[&str] = &["even", "just", "shortly", "soon", "long", "only", "right"];

/// Whether the sentence starting at token `s` opens with an adverbial clause: a subordinating
/// conjunction, maybe after "But" or "And" and a word of degree or time ("Years after X claimed
/// that A, B …"), or a perfect participle ("Having announced that A, X went on …"). Such a
/// clause ends at its comma, and so does a statement reported inside it.
fn opening_adverbial(v: &View<'_>, s: usize, hi: usize) -> bool {
    if s >= hi {
        return false;
    }
    if v.lw_is(s, "having") {
        return true;
    }
    let lead = |k: usize| {
        v.is_word(k)
            && (SUBORDINATOR_LEADS.contains(&v.lc(k))
                || TIME_UNITS.contains(&v.lc(k))
                || v.w(k).bytes().all(|b| b.is_ascii_digit()))
    };
    // "But while …", "And if …": a conjunction that joins the sentence to the one before.
    let s = if s + 1 < hi && matches!(v.lc(s), "but" | "and" | "yet" | "so") {
        s + 1
    } else {
        s
    };
    let mut k = s;
    while k < s + 2 && k + 1 < hi && lead(k) {
        k += 1;
    }
    OPENING_SUBORDINATORS.contains(&v.lc(k))
}

/// "Although the board backed the plan, others …", "Years after she claimed that A, B …": a
/// statement whose cue stands in the sentence's opening adverbial clause, with no comma before
/// it, ends at the first comma that the main clause follows.
fn opening_clause_end(v: &View<'_>, sent: &Range<usize>, a: &mut Attributed) {
    if matches!(a.pattern, "indirect_as" | "indirect_inside")
        || !opening_adverbial(v, sent.start, sent.end)
    {
        return;
    }
    let Some(cue) = a.cue else { return };
    let from = tok_at(v.toks, a.content.start);
    let to = tok_at(v.toks, a.content.end).min(from + 2 * WINDOW);
    if cue.start >= a.content.start || from > sent.end || v.comma_in(sent.start..from) {
        return;
    }
    // Not at a comma before a phrase or a second subordinate clause inside the first ("…, with
    // its old roof, …", "…, while …").
    let comma = (from + 1..to.min(sent.end)).find(|&k| {
        v.w(k) == ","
            && main_clause_after(v, k, sent.end)
            && !PP_HEADS.contains(&v.lc(k + 1))
            && !SUBORDINATORS.contains(&v.lc(k + 1))
            && !OPENING_SUBORDINATORS.contains(&v.lc(k + 1))
    });
    if let Some(e) = comma.and_then(|k| last_word_end(v, from..k)) {
        a.content = Span::new(a.content.start, e.min(a.content.end));
    }
}

/// Whether the subject starting at token `nt` of the cue at `c` stands in an adverbial clause
/// that opens the sentence or a part of it: the subordinating conjunction opens the sentence
/// with no comma before the cue ("Although in 2012 X said …"), or stands right before the
/// subject, at the sentence start, after a leading "But"/"And"/"Yet"/"So", or after a comma with
/// or without "and"/"but" ("…, and while he said A, B …").
fn subordinate_opening(v: &View<'_>, sent_start: usize, nt: usize, c: usize) -> bool {
    let joins = |k: usize| matches!(v.lc(k), "but" | "and" | "yet" | "so");
    let right_before = nt
        .checked_sub(1)
        .filter(|&s| s >= sent_start && OPENING_SUBORDINATORS.contains(&v.lc(s)))
        .is_some_and(|s| {
            s == sent_start
                || v.w(s - 1) == ","
                || joins(s - 1) && (s - 1 == sent_start || v.w(s - 2) == ",")
        });
    right_before || opening_adverbial(v, sent_start, c) && !v.comma_in(sent_start..c)
}

/// Words that, after a comma, open a clause of their own: a reported clause ends there.
pub(super) const CLAUSE_BREAKS: WordList =
    WordList::new(&["but", "which", "where", "whom", "compared", "according"]);

/// Where the clause starting at token `from` ends (exclusive): at a semicolon, or at a comma
/// followed by a word that opens another clause ("…, but …", "…, which …", "…, saying …",
/// "…, he said"), else at `hi`.
pub(super) fn clause_end(v: &View<'_>, from: usize, hi: usize) -> usize {
    // A longer clause is cut: the read stays bounded (see `WINDOW`).
    let hi = hi.min(from + 2 * WINDOW);
    for k in from..hi {
        match v.w(k) {
            ";" => return k,
            // "said A and added, “B”": a second cue that introduces a quote or a colon ("and
            // called her “…”": past an object pronoun).
            "and" | "but"
                if k + 2 < hi
                    && (v.is_indirect_cue(k + 1) || v.is_cue(k + 1))
                    && !v.cap(k + 1)
                    && (matches!(v.w(k + 2), "," | ":")
                        || v.is_mark(k + 2)
                        || k + 3 < hi
                            && matches!(v.lc(k + 2), "him" | "her" | "them" | "it" | "us")
                            && v.is_mark(k + 3)) =>
            {
                return if k > from && v.w(k - 1) == "," {
                    k - 1
                } else {
                    k
                };
            }
            // "said A - though critics doubt it": a dash before a concession opens the
            // reporter's aside, which weighs the statement and is no part of it. A second dash
            // soon after closes a parenthesis inside the clause ("ranks it high — though not
            // highest — among …"), which goes on.
            _ if k + 1 < hi
                && v.spaced_dash(k)
                && (v.lw_is(k + 1, "though") || v.lw_is(k + 1, "although"))
                && !(k + 2..hi.min(k + 2 + WINDOW)).any(|m| v.spaced_dash(m)) =>
            {
                return k;
            }
            "," if k + 1 < hi && v.is_word(k + 1) => {
                let n = v.lc(k + 1);
                // A participle opens an adjunct of the reporting clause ("…, pointing to …"),
                // "including" a list that belongs to the statement.
                // "…, but that …" is a second clause of the same cue; "…, but not B", "…, but
                // rather B", "…, but when A, B" go on with the speaker's contrast (a new subject
                // after "but" is most often the reporter's own clause: "…, but critics …").
                let second_that = n == "but"
                    && k + 2 < hi
                    && matches!(
                        v.lc(k + 2),
                        "that" | "not" | "rather" | "also" | "when" | "sometimes" | "only"
                    );
                // "…, and when asked whether …, he shrugged": "and" with a subordinating word
                // opens the reporter's next sentence part, not more of the statement.
                let and_then = n == "and"
                    && k + 2 < hi
                    && matches!(
                        v.lc(k + 2),
                        "when" | "while" | "as" | "after" | "before" | "although" | "though"
                    );
                if (CLAUSE_BREAKS.contains(&n) && !second_that && !subject_relative(v, from, k, hi))
                    || and_then
                    || (n.ends_with("ing") && n != "including" && !v.cap(k + 1))
                    || v.is_indirect_cue(k + 1)
                {
                    return k;
                }
            }
            _ => {}
        }
    }
    hi
}

/// "and called the audit “…”", "but described the plan as “…”": the conjunction at `k` opens a
/// second predicate of the speaker's, a lower-case verb in the past (a cue, or a word in "-ed")
/// whose object, of at most four words, runs up to a quote mark.
pub(super) fn second_predicate_quote(v: &View<'_>, k: usize, hi: usize) -> bool {
    let verb = k + 1;
    verb < hi
        && v.is_word(verb)
        && !v.cap(verb)
        && (v.is_any_cue(verb) || v.lc(verb).ends_with("ed"))
        && (verb + 1..hi.min(verb + 6))
            .take_while(|&j| v.is_word(j) || v.is_mark(j))
            .any(|j| v.is_mark(j))
}

/// "said the plan, which the board drew up, will fail": a relative clause at the comma `k`,
/// at most six tokens into the clause that starts at `from` and before any of its verbs, that
/// closes with a comma right before a verb (an auxiliary or a past form) is part of the clause's
/// subject, not the end of the clause. Before, the statement ended at "which" and was dropped as
/// too short.
fn subject_relative(v: &View<'_>, from: usize, k: usize, hi: usize) -> bool {
    if k > from + 6
        || !v.lw_is(k + 1, "which")
        || (from..k).any(|m| PREDICATE_AUX.contains(&v.lc(m)))
    {
        return false;
    }
    (k + 2..hi.min(k + 2 + WINDOW))
        .take_while(|&m| !matches!(v.w(m), ";" | ":") && !v.is_mark(m))
        .find(|&m| v.w(m) == ",")
        .is_some_and(|m| {
            m + 1 < hi
                && v.is_word(m + 1)
                && !v.cap(m + 1)
                && (PREDICATE_AUX.contains(&v.lc(m + 1))
                    || v.lc(m + 1).ends_with("ed") && !v.is_indirect_cue(m + 1))
        })
}

/// "according to" and a source that is no name or group read by `np_before` ("according to
/// early results of exit polls conducted for …", "according to exit polling data"): the words up
/// to the next comma or the sentence end, at most [`WINDOW`] tokens.
pub(super) fn according_phrase(v: &View<'_>, c: usize, hi: usize) -> Option<(Np, Span)> {
    if c + 2 >= hi || !v.lw_is(c, "according") || !v.lw_is(c + 1, "to") || !v.is_word(c + 2) {
        return None;
    }
    // ("a Courier/Vantage poll", "an HBN-Marlow survey": a slash, hyphen or ampersand inside.)
    // (A quoted title inside it: "the “Fares for All” paper he released".)
    let end = (c + 2..hi.min(c + 2 + WINDOW)).find(|&k| {
        !v.is_word(k) && !matches!(v.w(k), "'s" | "’s" | "/" | "-" | "&") && !v.is_mark(k)
    })?;
    if end == c + 2 || !matches!(v.w(end), "," | "." | "?" | "!") {
        return None;
    }
    let span = v.span(c + 2..end);
    Some((group_np(span), v.span(c..c + 2)))
}

/// One indirect statement whose cue is token `c`: the statement, its speaker's first token, and
/// the token past what it covers when it claims the words before its cue.
pub(super) fn indirect_at(
    v: &View<'_>,
    sent: Range<usize>,
    lo: usize,
    pi: usize,
    c: usize,
) -> Option<(Attributed, usize, usize)> {
    let text = v.text;
    // "what 12 states already allow", "in two states": the noun, not the verb.
    // "the vain hope that …", "the debunked claim that …": a noun after its modifiers.
    if matches!(v.lc(c), "states" | "state" | "show" | "shows") && counted(v, c)
        || modified_noun(v, c)
    {
        return None;
    }
    // "The wardens are convinced that …": an adjective of conviction reports only after a form
    // of "be" (past an adverb or a negation), whose subject the speaker reader skips to; after
    // "remain", "came away" or "I am" it would take the verb into the speaker's name.
    // (The adverb list holds the forms of "be" too: they end the walk back.)
    if v.lex.conviction_adjectives.contains(v.lc(c)) {
        let be = |k: usize| matches!(v.lc(k), "is" | "are" | "was" | "were" | "be" | "been");
        let mut b = c;
        while b > lo && c - b < 2 && !be(b - 1) && (v.is_adverb(b - 1) || v.is_not(b - 1)) {
            b -= 1;
        }
        if b <= lo || !be(b - 1) {
            return None;
        }
    }
    // Where a statement that claims the words before its cue starts: the sentence start, or past
    // the statement before it.
    let from = v.toks[lo].span.start;
    let mk = |content: Span, np: Np, cue: Span, pattern: &'static str, why: String| {
        let content = content.trim_matches(text, |c: char| c.is_whitespace() || ",;:".contains(c));
        enough_words(content.slice(text))
            .then(|| statement(v, sent.clone(), pi, (content, np, cue), pattern, |_, _| why).0)
    };
    let np_tok = |np: &Np| tok_at(v.toks, np.span.start);
    // The clause from token `from` to its end, as a span.
    let to_end = |from: usize| -> Option<Span> {
        let e = last_word_end(v, from..clause_end(v, from, sent.end))?;
        (e > v.toks[from].span.start).then(|| Span::new(v.toks[from].span.start, e))
    };
    // "According to X, CLAUSE." / "CLAUSE, according to X."
    // "But according to X, …", "(According to X, …": only a conjunction or a parenthesis before,
    // from the sentence's start or a colon, semicolon or dash ("It has not gone unnoticed:
    // according to recent polls, …").
    // (Read back from the cue, and only for "according": every cue passes here.)
    let opening = v.lw_is(c, "according")
        && (sent.start..c)
            .rev()
            .take_while(|&k| !matches!(v.w(k), ":" | ";" | "—" | "–"))
            .all(|k| matches!(v.lc(k), "but" | "and" | "yet" | "so" | "("));
    let source = match v.according_to(c, sent.end) {
        // A source whose name the rules end before its comma ("According to a poll of voters in
        // six states, …") is read up to the comma.
        Some((np, _))
            if opening && {
                let after = tok_at(v.toks, np.span.end);
                after >= sent.end || v.w(after) != ","
            } =>
        {
            according_phrase(v, c, sent.end).or(Some((np, v.span(c..c + 2))))
        }
        found => found.or_else(|| according_phrase(v, c, sent.end)),
    };
    if let Some((np, cue)) = source {
        if opening {
            let after = tok_at(v.toks, np.span.end);
            if after < sent.end && v.w(after) == "," && after + 1 < sent.end {
                let a = mk(
                    to_end(after + 1)?,
                    np,
                    cue,
                    "according_to",
                    [
                        "“according to ",
                        np.span.slice(text),
                        "” opens the sentence",
                    ]
                    .concat(),
                )?;
                return Some((a, np_tok(&np), sent.end));
            }
        } else if v.w(c - 1) == "," {
            // "A, according to X, B": the statement is the sentence around the source ("…,
            // according to X, a spokeswoman for …" ends with an apposition, not B).
            let after = tok_at(v.toks, np.span.end);
            // ("…, according to the institute, which led the work.": a relative clause on the
            // source, and the sentence ends with it.)
            let relative = |k: usize| matches!(v.lc(k), "which" | "who" | "whose" | "whom");
            if after + 1 < sent.end
                && v.w(after) == ","
                && v.is_word(after + 1)
                && !relative(after + 1)
            {
                let end = clause_end(v, after + 1, sent.end);
                // (A verb inside a relative clause of an apposition, "a", "an" or "the" and a
                // noun, is the apposition's: "…, according to Bill Hale, a pollster who conducted
                // the survey.")
                let apposed = matches!(v.lc(after + 1), "a" | "an" | "the");
                let verb = (after + 1..end)
                    .take_while(|&k| !(apposed && (relative(k) || v.lw_is(k, "that"))))
                    .any(|k| {
                        v.is_word(k)
                            && (PREDICATE_AUX.contains(&v.lc(k)) || v.lc(k).ends_with("ed"))
                    });
                let tail = last_word_end(v, after + 1..end)
                    .filter(|_| verb || !v.is_apposition(after + 1..end));
                if let Some(e) = tail {
                    let a = mk(
                        Span::new(from, e),
                        np,
                        cue,
                        "according_to",
                        [
                            "“according to ",
                            np.span.slice(text),
                            "” stands inside the sentence",
                        ]
                        .concat(),
                    )?;
                    return Some((a, np_tok(&np), end));
                }
            }
            // "… to financial firms: London was the capital, according to one index.": what the
            // source says starts after a colon.
            // (Not a colon inside quote marks: "“Crippled Town: A Memoir” has sold …" has a mark
            // between it and the source.)
            let start = (lo..c.saturating_sub(2))
                .rev()
                .take(WINDOW)
                .find(|&k| v.w(k) == ":")
                .filter(|&k| !(k + 1..c).any(|m| v.is_mark(m)))
                .map_or(from, |k| v.toks[k + 1].span.start);
            let a = mk(
                Span::new(start, v.toks[c - 1].span.start),
                np,
                cue,
                "according_to",
                [
                    "“according to ",
                    np.span.slice(text),
                    "” closes the sentence",
                ]
                .concat(),
            )?;
            return Some((a, np_tok(&np), tok_at(v.toks, np.span.end)));
        }
        return None;
    }
    if !v.is_indirect_cue(c)
        && !phrasal_that(v, c, sent.end)
        && !progressive(v, sent.start, c)
        && !archive_lead_in(v, c, sent.end)
    {
        return None;
    }
    // A verb is written in lower case inside a sentence: "the United States" has no cue. A
    // headline in title case capitalises its verb too ("Mayor Says Bridge Will Reopen").
    if c > sent.start && v.cap(c) && !v.is_sentence_start(c) && !title_case_headline(v, &sent, c) {
        return None;
    }
    if c > sent.start + 1 && v.lw_is(c - 1, "to") {
        return infinitive_at(v, &sent, pi, c);
    }
    // "The mayor went with the odds, pointing out that A": the participle of a two-word cue after
    // a comma is the participle loop's to read (`participle_at`), as ", saying that A" is; read
    // as a plain cue it took the clause before the comma as the speaker.
    if phrasal_participle(v, v.comma_participle_stem(c), c, sent.end) {
        return None;
    }
    if let Some(r) = passive_as(v, &sent, pi, c) {
        return Some(r);
    }
    // After "to" or "be" an infinitive or a passive; after an article or a possessive a noun
    // ("A report by the county noted …").
    if c > sent.start
        && matches!(
            v.lc(c - 1),
            "to" | "be"
                | "been"
                | "being"
                | "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "my"
                | "your"
        )
    {
        return None;
    }
    // "The port reopened, raising hopes that exports would recover": after a comma and a
    // participle that reports nothing, a cue in the plural is the participle's object, a noun;
    // no one named holds the hope or fear, and the clause before the comma is no speaker. The
    // clause follows "that" (after a phrase of a preposition: "fuelling fears in the town that …"
    // but not "including states and towns that …", a relative clause), "about" and a question
    // word, or the noun itself when an article or a pronoun opens it.
    if c > sent.start + 2
        && v.w(c - 2) == ","
        && !v.cap(c - 1)
        && v.lc(c - 1).ends_with("ing")
        && !v.is_any_cue(c - 1)
        && v.lc(c).ends_with('s')
    {
        let hi = sent.end.min(c + 8);
        let that_or_question = c + 1 < sent.end && v.lw_is(c + 1, "that")
            || c + 2 < sent.end
                && v.lw_is(c + 1, "about")
                && matches!(
                    v.lc(c + 2),
                    "how" | "whether" | "what" | "why" | "who" | "when"
                );
        let after = if that_or_question {
            Some(c + 2)
        } else if c + 1 < sent.end
            && (matches!(v.lc(c + 1), "the" | "a" | "an") || v.pronoun(c + 1).is_some())
        {
            Some(c + 1)
        } else if c + 1 < sent.end && PREPOSITIONS.contains(&v.lc(c + 1)) {
            (c + 1..hi)
                .take_while(|&k| v.is_word(k) && !v.is_any_cue(k))
                .find(|&k| v.lw_is(k, "that"))
                .map(|k| k + 1)
        } else {
            None
        };
        let after = after.filter(|&a| a < sent.end && v.is_word(a))?;
        let why = "a hope or fear a participle raises: its cue is a noun, held by no one named";
        return nobodys_clause(v, sent, pi, (after, after, c), "indirect_raised", why).map(
            |(a, _)| {
                let past = tok_at(v.toks, a.content.end);
                (a, c, past)
            },
        );
    }
    // "CLAUSE, said X." (inverted)
    let inverted = |c: usize| -> Option<(Attributed, usize, usize)> {
        // Archives that write quotes with two apostrophes put the comma inside them: ",'' said X".
        let b = past_apostrophes(v, sent.start, c);
        if b > sent.start + 3
            && archive_clause_end(v, b, c)
            && v.lex.inverting_cues.contains(v.lc(c))
        {
            // "…, responded that the businessman “…”": "that" before another determiner opens
            // the cue's clause; no speaker follows the cue.
            if c + 2 < sent.end
                && v.lw_is(c + 1, "that")
                && (DETERMINERS.contains(&v.lc(c + 2)) || v.pronoun(c + 2).is_some())
            {
                return None;
            }
            let np = v.np_after(c + 1, sent.end)?;
            // "A, said Mexico must …": the name after the cue is the subject of a clause, not
            // the speaker; so is a gerund's phrase ("X, chairman of Y, said having Z … puts").
            let after = tok_at(v.toks, np.span.end);
            let first = tok_at(v.toks, np.span.start);
            // "…, said she recoiled": the pronoun is a clause's subject.
            if after < sent.end && PREDICATE_AUX.contains(&v.lc(after))
                || !v.cap(first) && v.lc(first).ends_with("ing")
                || v.pronoun_subject_of_clause(&np, sent.end)
            {
                return None;
            }
            let a = mk(
                claimed_before(v, lo, from, b, b < c),
                np,
                v.toks[c].span,
                "indirect_after",
                [
                    "“",
                    v.w(c),
                    " ",
                    np.span.slice(text),
                    "” closes the sentence",
                ]
                .concat(),
            )?;
            return Some((a, np_tok(&np), tok_at(v.toks, np.span.end)));
        }
        None
    };
    let Some(np) = v
        .np_before(c, lo)
        .map(|np| wider_tail(v, &sent, c, lo, np))
        .or_else(|| coordinated_subject(v, c, lo))
        .or_else(|| restrictive_who(v, c, lo))
        .or_else(|| apposed_relative(v, c, lo))
        .or_else(|| comma_who(v, c, lo))
        .or_else(|| bare_subject(v, c, lo))
        .filter(|np| !participle_object(v, np, lo))
        .or_else(|| {
            long_subject(v, c, lo).filter(|_| {
                clause_after(v, c, sent.end).is_some() && !inverted_name(v, c, sent.end)
            })
        })
        .or_else(|| tail_subject(v, &sent, c, lo))
    else {
        return inverted(c).or_else(|| unread_subject(v, sent.clone(), lo, pi, c));
    };
    let nt = title_start(v, np_tok(&np), lo);
    // "A, X said, B": the speaker stands inside the sentence between commas, and the statement is
    // the whole sentence around it.
    if nt > sent.start + 1 && v.w(nt - 1) == "," {
        let mut k = c + 1;
        while k < sent.end && k < c + 4 && v.is_word(k) && v.w(k) != "," {
            k += 1;
        }
        // Not before a participle: "…, X said, pointing to …" closes the sentence (but "…, X
        // said, replacing him would be …" opens a clause with a gerund, and "including" a list).
        let participle = k + 1 < sent.end
            && !v.cap(k + 1)
            && v.lc(k + 1).ends_with("ing")
            && v.lc(k + 1) != "including"
            && !(k + 2..clause_end(v, k + 1, sent.end)).any(|m| PREDICATE_AUX.contains(&v.lc(m)));
        // "We worked, we argued, we worked again": clauses of one pronoun in a row are a list of
        // what was done, not a statement with its speaker inside.
        let parallel = k + 1 < sent.end
            && v.pronoun(nt).is_some()
            && v.lc(k + 1) == v.lc(nt)
            && v.lc(lo) == v.lc(nt);
        if k + 1 < sent.end
            && v.w(k) == ","
            && v.is_word(k + 1)
            && !v.is_cue(k + 1)
            && !participle
            && !parallel
        {
            let end = clause_end(v, k + 1, sent.end);
            if let Some(e) = last_word_end(v, k + 1..end) {
                let a = mk(
                    Span::new(from, e),
                    np,
                    v.toks[c].span,
                    "indirect_inside",
                    [
                        "“",
                        np.span.slice(text),
                        ", ",
                        v.w(c),
                        "” stands inside the sentence",
                    ]
                    .concat(),
                )?;
                return Some((a, nt, end));
            }
        }
    }
    // "As X noted, CLAUSE", "…, but as X has said, CLAUSE": the clause after the comma is what X
    // noted (a short phrase may stand between the cue and the comma: "as X said in a memo,",
    // "as X told reporters,").
    if nt > sent.start
        && v.lw_is(nt - 1, "as")
        // A short subject: "as Harlow began racking up victories in early primary states," has
        // a noun for its cue.
        && c - nt <= 6
        && (nt - 1 == sent.start
            || matches!(v.w(nt - 2), "," | ";")
            || matches!(v.lc(nt - 2), "but" | "and" | "yet" | "so"))
    {
        let mut k = c + 1;
        while k < sent.end && k < c + 6 && v.is_word(k) && !v.is_any_cue(k) {
            k += 1;
        }
        // Only a phrase of time or place, or the one told, between the cue and the comma: "as X
        // lamented illegal immigration," and "as we know it," report nothing after the comma.
        let gap = k == c + 1
            || PREPOSITIONS.contains(&v.lc(c + 1))
            || TIME_WORDS.contains(&v.lc(c + 1))
            || matches!(v.lc(c), "told" | "tells");
        if gap && k + 1 < sent.end && v.w(k) == "," && v.is_word(k + 1) {
            let end = clause_end(v, k + 1, sent.end);
            let a = mk(
                to_end(k + 1)?,
                np,
                v.toks[c].span,
                "indirect_as",
                [
                    "“as ",
                    np.span.slice(text),
                    " ",
                    v.w(c),
                    "” opens the clause",
                ]
                .concat(),
            )?;
            return Some((a, nt, end));
        }
    }
    // "While X has said A, B …": a cue inside a subordinate clause that opens the sentence, or a
    // part of it after a comma or a conjunction ("But if the records show that A, B …", "…, and
    // while he said A, B …"), reports a clause that ends at the subordinate clause's comma.
    let subordinate = subordinate_opening(v, sent.start, nt, c);
    // "X, who said A, left …": a relative clause between commas ends at its second comma, when
    // the sentence's verb follows it (not an adjunct: "…, who said A, with B").
    let relative = nt > sent.start + 1 && v.w(nt - 1) == "," && matches!(v.lc(nt), "who" | "which");
    // "…, opposed by unions who said …", "Among those who said …, most …": a restrictive relative
    // clause after an object or a prepositional phrase (a preposition, an auxiliary or a verb
    // stands before it); one in the sentence's subject ("Voters who say … were divided") ends at
    // a verb no rule finds, and is not read. It ends at its first comma.
    let bare_who = v.lw_is(nt, "who") && nt > sent.start && v.is_word(nt - 1);
    let restrictive = bare_who && after_predicate(v, sent.start, nt);
    if bare_who && !restrictive {
        return inverted(c);
    }
    let verb_after = |k: usize| {
        k + 1 < sent.end && {
            let l = v.lc(k + 1);
            v.is_word(k + 1)
                && !v.cap(k + 1)
                && (PREDICATE_AUX.contains(&l)
                    || !(PREPOSITIONS.contains(&l)
                        || DETERMINERS.contains(&l)
                        || PHRASE_STARTS.contains(&l)
                        || SUBORDINATORS.contains(&l)
                        || v.pronoun(k + 1).is_some()
                        || v.is_adverb(k + 1)
                        || l.ends_with("ing")))
        }
    };
    let that = |np: Np| -> Option<(Attributed, usize, usize)> {
        let clause = clause_after(v, c, sent.end)?;
        let mut content = to_end(clause)?;
        if subordinate || relative || restrictive {
            let hi = clause_end(v, clause, sent.end);
            // The subordinate clause ends at the first comma before the main clause; a relative
            // one at its first comma, when a verb follows it.
            let comma = if subordinate && !restrictive {
                (clause + 1..hi).find(|&k| v.w(k) == "," && main_clause_after(v, k, sent.end))
            } else {
                (clause + 1..hi)
                    .find(|&k| v.w(k) == ",")
                    .filter(|&k| restrictive || verb_after(k))
            };
            if let Some(e) = comma.and_then(|k| last_word_end(v, clause..k)) {
                content = Span::new(content.start, e.min(content.end));
            }
        }
        let a = mk(
            content,
            np,
            cue_span(v, c, sent.end),
            "indirect_that",
            ["“", np.span.slice(text), "” ", v.w(c), " a reported clause"].concat(),
        )?;
        Some((a, nt, c + 1))
    };
    if c <= sent.start + 3 {
        return that(np).or_else(|| inverted(c));
    }
    // Archives that write quotes with two apostrophes (''…,'' he said) put the comma inside
    // them: the apostrophes are not marks, but the clause still ends there.
    let mut comma = past_apostrophes(v, sent.start, nt);
    // Where the tag opens: the subject, or a role in lower case before it. Marks skipped
    // between the comma and it are the two apostrophes of an archive quote.
    let mut tag_start = nt;
    if comma > sent.start && !archive_clause_end(v, comma, nt) {
        comma = nt;
        // "…, journalist Ada Venn said.", "…, his longtime confidant Ada Venn stated.": a role
        // in lower case before the name opens the tag (the name read is still the speaker).
        let rs = role_start(v, nt, lo);
        if rs < nt {
            let b = past_apostrophes(v, sent.start, rs);
            if b > sent.start && v.w(b - 1) == "," {
                comma = b;
                tag_start = rs;
            }
        }
        // "CLAUSE, as X noted.": a comment clause that closes the sentence credits the clause
        // before its comma to X, as "As X noted, CLAUSE" credits the one after.
        // Not "as he was discovered" (a passive), nor "as he said he would", "as we know it":
        // a pronoun or an auxiliary after the cue makes the clause no comment on a statement.
        let as_tag = comma == nt
            && nt > sent.start + 2
            && v.w(nt - 1) == "as"
            && v.w(nt - 2) == ","
            && (tok_at(v.toks, np.span.end)..c).all(|k| !v.is_be(k))
            && (c + 1..sent.end.min(c + 8))
                .take_while(|&k| v.is_word(k))
                .all(|k| v.pronoun(k).is_none() && !PREDICATE_AUX.contains(&v.lc(k)));
        if as_tag {
            comma = nt - 1;
            tag_start = nt - 1;
        }
    }
    // The tag after the cue is read only for a subject right after that comma: most cue
    // candidates have none, and reading the tag first cost every one of them.
    if comma > sent.start && archive_clause_end(v, comma, nt.max(tag_start)) {
        // "CLAUSE, X said." — the cue near the sentence end, its subject right after a comma.
        // After the cue, only a short adjunct ("on Tuesday", "in a statement").
        // A full stop the splitter did not take for a sentence end (before two apostrophes that
        // open the next quote) ends the tag too.
        // So does a comma before a participle ("…, X said, referring to …"), and a semicolon.
        let tag_end = (c + 1..sent.end.min(c + WINDOW))
            .find(|&k| {
                matches!(v.w(k), "." | ";")
                    || (v.w(k) == ","
                        && k + 1 < sent.end
                        && v.is_word(k + 1)
                        && !v.cap(k + 1)
                        && v.lc(k + 1).ends_with("ing"))
            })
            .unwrap_or(sent.end);
        // "…, X told The Harbour Wire.", "… told the Courier.", "… told reporters.": the
        // addressee of "told", a name of a few words or a group.
        let told = matches!(v.lc(c), "told" | "tells");
        let addressee = |m: usize| v.cap(m) || v.w(m) == "." || DETERMINERS.contains(&v.lc(m));
        let rest_ok = || {
            (c + 1..tag_end).all(|k| {
                !v.is_word(k)
                    || (told
                        && k <= c + 4
                        && (v.cap(k) || v.is_group_head(k))
                        && (c + 1..k).all(addressee))
                    // "told a council panel", "told the harbour board Monday": an addressee with
                    // an article and lower-case modifiers (no pronoun, cue or verb: "told the
                    // board it …").
                    || (told
                        && k <= c + 4
                        && DETERMINERS.contains(&v.lc(c + 1))
                        && (c + 2..=k).all(|m| {
                            v.is_word(m)
                                && v.pronoun(m).is_none()
                                && !v.is_any_cue(m)
                                && !PREDICATE_AUX.contains(&v.lc(m))
                        }))
                    || PREPOSITIONS.contains(&v.lc(k))
                    || DETERMINERS.contains(&v.lc(k))
                    || v.is_adverb(k)
                    || v.lex.not_names.contains(v.lc(k))
                    || (k > c + 1 && PREPOSITIONS.contains(&v.lc(k - 1)))
                    // "in a statement", "at a campaign rally": the noun phrase of a preposition
                    // of place, time or means (not "to", "against", "as": "pledged to support
                    // …"). (The words as written: a preposition inside a sentence is in lower
                    // case.)
                    || (c + 1..k).rev().take(3).any(|j| {
                        matches!(
                            v.w(j),
                            "in" | "at" | "on" | "during" | "after" | "with" | "from" | "of"
                        )
                    })
                    || k > c + 6
            })
        };
        // After a quote in two apostrophes (",'' X said …") the tag may carry a longer adjunct
        // ("in Iowa earlier this year in response to a question"): the marks end the statement.
        // ("The chair of the panel, the critic X, said CLAUSE": a role before the name is no
        // apostrophe, and the phrase before its comma is the subject, not a statement.)
        let apostrophes = comma < tag_start;
        // "The head of the board, X, said:": a colon after the tag makes it a lead-in to what
        // follows, and the words before the comma are the speaker's role, not a statement.
        let lead_in = (c + 1..tag_end.min(sent.end)).any(|k| v.w(k) == ":");
        let tag_ok = !lead_in
            && (((tag_end - c) <= 8 && rest_ok())
                || long_adjunct(v, c, tag_end)
                || (apostrophes
                    && (c + 1..tag_end).all(|k| !v.is_any_cue(k) && v.pronoun(k).is_none())));
        // "In a statement released on Monday, X said …", "Speaking in Iowa, X said …": a phrase
        // that opens with a preposition or a participle and holds no comma sets the scene of the
        // saying; it is not what was said. ("this" is in the list for "this week"; a statement that
        // opens with the pronoun, "This would …, X said.", is read as one opening with "It".)
        let scene = lo < comma
            && comma - lo <= 10
            && v.is_word(lo)
            && ((PREPOSITIONS.contains(&v.lc(lo)) && !matches!(v.lc(lo), "about" | "this"))
                || (v.cap(lo) && v.lc(lo).ends_with("ing")))
            && (lo..comma - 1).all(|k| v.w(k) != ",");
        // "Asked if he was ever bullied, the candidate said no": the question put to the speaker,
        // however long, is no more what was said (`asked_at` reads it as the question).
        let asked = lo < comma
            && (v.lw_is(lo, "asked")
                || v.lw_is(lo, "pressed")
                || v.lw_is(lo, "when") && v.lw_is(lo + 1, "asked"))
            && (lo..comma - 1).all(|k| v.w(k) != ",");
        // "Where the money comes from, he does not say.": a negation between the subject and
        // the cue denies the saying; the clause before the comma is what went unsaid.
        let negated = (tok_at(v.toks, np.span.end)..c).any(|k| v.is_not(k));
        if tag_ok && !scene && !asked && !negated {
            let claimed = claimed_before(v, lo, from, comma, apostrophes);
            let (who, cue) = (np.span.slice(text), v.w(c));
            // "A, X said; B.": the clause after the semicolon goes on with what X said, as after a
            // comma ("A, X said, B"); PolNeAR's units run to the sentence's end.
            let semi = tag_end + 1 < sent.end && v.w(tag_end) == ";" && v.is_word(tag_end + 1);
            let (content, pattern, why) =
                match semi.then(|| last_word_end(v, tag_end + 1..sent.end)) {
                    Some(Some(e)) => (
                        Span::new(claimed.start, e),
                        "indirect_inside",
                        ["“", who, ", ", cue, ";” stands inside the sentence"].concat(),
                    ),
                    _ => (
                        claimed,
                        "indirect_after",
                        ["“", who, "” + “", cue, "” close the sentence"].concat(),
                    ),
                };
            let a = mk(content, np, v.toks[c].span, pattern, why)?;
            return Some((a, nt, sent.end));
        }
    }
    // The subject opens the sentence or a clause of it: after a comma, a conjunction or a
    // subordinator ("…, and officials said …", "… because he said …").
    // ("…, Kestrel host Ada Venn said …": a role in lower case before the name opens it with it.)
    let opens = nt == sent.start
        || nt <= sent.start + 6
        || (tag_start < nt && v.w(tag_start - 1) == ",")
        || (nt > sent.start
            && (matches!(v.w(nt - 1), "," | ";" | "—" | "–" | "--" | ":")
                || matches!(
                    v.lc(nt - 1),
                    "and"
                        | "but"
                        | "because"
                        | "while"
                        | "although"
                        | "though"
                        | "as"
                        | "since"
                        | "after"
                        | "when"
                        | "so"
                        | "whereas"
                        | "if"
                        // "the town where officials said …", "That is why critics say …".
                        | "where"
                        | "why"
                        | "yet"
                )));
    if opens || restrictive {
        if let Some(r) = that(np) {
            return Some(r);
        }
    } else if let Some(long) = long_subject(v, c, lo).filter(|_| {
        // Not "what X said …", a relative clause read below.
        nt == sent.start || !matches!(v.lc(nt - 1), "which" | "what")
    }) {
        // "Staff for the ethics committee of the House said …": the name read before the cue
        // ends a longer subject phrase that opens the clause. A phrase before a comma or a dash
        // in it ("In a memo released on Monday, the campaign's manager …") sets the scene.
        let (s, e) = (
            tok_at(v.toks, long.span.start),
            tok_at(v.toks, long.span.end),
        );
        let mut s = (s..e)
            .rev()
            .find(|&k| {
                matches!(v.w(k), "," | "—" | "–" | "--")
                    || v.w(k) == "-" && v.toks[k - 1].span.end < v.toks[k].span.start
            })
            .map_or(s, |k| k + 1);
        while s < e && matches!(v.lc(s), "but" | "and" | "yet" | "so") {
            s += 1;
        }
        if s < np_tok(&np) && !PREPOSITIONS.contains(&v.lc(s)) {
            let span = v.span(s..e);
            let long = group_np(span);
            if let Some((a, _, next)) = that(long) {
                return Some((a, s, next));
            }
        }
    }
    // "…, which he said had harmed the economy", "what Brodie said she expected": a relative
    // clause whose verb is reported by a subject inside it. The statement is the whole relative
    // clause, from "which" or "what" (PolNeAR's units run so).
    // "details that officials said would harm the inquiry": after "that", a verb with no
    // subject of its own follows the cue; the statement is that verb's phrase.
    let relative = |content: Span, np: Np| {
        let why = [
            "“",
            np.span.slice(text),
            "” ",
            v.w(c),
            " inside a relative clause",
        ]
        .concat();
        mk(content, np, v.toks[c].span, "indirect_relative", why)
    };
    // (The phrase read before the cue may hold the "that": "that officials".)
    let that_tok = if v.lw_is(nt, "that") {
        Some(nt)
    } else {
        (nt > sent.start && v.lw_is(nt - 1, "that")).then(|| nt - 1)
    };
    let who = Span::new(
        v.toks[that_tok.map_or(nt, |t| t + 1)].span.start,
        np.span.end,
    );
    if that_tok.is_some_and(|t| t > sent.start && t + 1 < c && !v.is_any_cue(t - 1))
        && c + 1 < sent.end
        && PREDICATE_AUX.contains(&v.lc(c + 1))
    {
        let end = clause_end(v, c + 1, sent.end);
        if let Some(e) = last_word_end(v, c + 1..end) {
            let core = Span::new(np.core.start.max(who.start), np.core.end);
            let np = Np {
                span: who,
                core: if core.start < core.end { core } else { who },
                ..np
            };
            let a = relative(Span::new(v.toks[c + 1].span.start, e), np)?;
            return Some((a, nt, end));
        }
    }
    // "Asked what he would say to …, he laughed": "what" after a verb of asking opens the
    // question put, no statement.
    let question = nt > sent.start + 1
        && v.lc(nt - 1) == "what"
        && matches!(
            v.lc(nt - 2),
            "asked" | "ask" | "asks" | "asking" | "wondered" | "wonder" | "wonders" | "wondering"
        );
    if nt > sent.start + 1
        && matches!(v.lc(nt - 1), "which" | "what")
        && !question
        && c + 1 < sent.end
        && v.is_word(c + 1)
        && !v.lw_is(c + 1, "that")
    {
        let mut end = clause_end(v, c + 1, sent.end);
        // ", which …," is closed by its second comma.
        if v.w(nt - 2) == "," {
            end = (c + 1..end).find(|&m| v.w(m) == ",").unwrap_or(end);
        }
        // "This is what three of them told us:": only the one told follows the cue, so the
        // clause reports nothing of its own (the words it points to come after it).
        let told_only = (c + 1..end).all(|m| {
            !v.is_word(m) || matches!(v.lc(m), "us" | "me" | "him" | "her" | "them" | "you")
        });
        if told_only {
            return inverted(c).or_else(|| unread_subject(v, sent.clone(), lo, pi, c));
        }
        if let Some(e) = last_word_end(v, c + 1..end) {
            let a = relative(Span::new(v.toks[nt - 1].span.start, e), np)?;
            return Some((a, nt, end));
        }
    }
    // The subject read opens no clause ("Voters in the ward who backed Ruiz or Ames said …"
    // reads "Ames"): the clause after the cue is still reported, the speaker read afresh.
    inverted(c).or_else(|| unread_subject(v, sent.clone(), lo, pi, c))
}

/// "A, the head of B, which backed C in May, said CLAUSE", "Officials who spoke with D said
/// CLAUSE": "said", "says", "say", a reporting verb in the past ("argued", "noted") or one of
/// [`PRESENT_CUES`] whose subject no rule reads (a relative clause, a second apposition, a
/// dash) still reports the clause after it (pattern `indirect_unread`). Its speaker is the
/// sentence's opening name or group when nothing else stands between them, else none: better
/// unattributed than misattributed. Not after a relative or an interrogative word ("the man who said", "what she
/// said"), whose clause is no statement of its own here. Returns the statement, its speaker's
/// (or cue's) token and the token after the cue.
pub(super) fn unread_subject(
    v: &View<'_>,
    sent: Range<usize>,
    lo: usize,
    pi: usize,
    c: usize,
) -> Option<(Attributed, usize, usize)> {
    // "told" wants its addressee first (`clause_after` reads it when a subject is found).
    let past = v.is_indirect_cue(c) && v.lc(c).ends_with("ed") && v.lc(c) != "told"
        || PRESENT_CUES.contains(&v.lc(c));
    let said = matches!(v.w(c), "said" | "says" | "say") || phrasal_that(v, c, sent.end);
    if !(said || past || that_clause(v, c, sent.end)) || v.cap(c) || c <= lo {
        return None;
    }
    let mut k = c;
    while k > lo && c - k < 3 && (v.is_adverb(k - 1) || PREDICATE_AUX.contains(&v.lc(k - 1))) {
        k -= 1;
    }
    // After a quote mark the cue is an inverted one's ("“…,” said Jo Doe"); after a comma too
    // when a group and its relative clause follow ("…, said some voters, who …"). A comma, a
    // dash or a parenthesis may close an apposition to the subject ("Jo Doe, the head of B,
    // which …, said").
    if k <= lo {
        return None;
    }
    let before = v.lc(k - 1);
    if v.is_mark(k - 1)
        || before.starts_with("who")
        || matches!(
            before,
            "which" | "that" | "what" | "whom" | "as" | "than" | "to" | "not" | "never"
        )
    {
        return None;
    }
    let clause = clause_after(v, c, sent.end)?;
    if before == "," && (clause..sent.end.min(clause + 6)).any(|m| v.lw_is(m, "who")) {
        return None;
    }
    let e = last_word_end(v, clause..clause_end(v, clause, sent.end))?;
    let content = Span::new(v.toks[clause].span.start, e);
    if !enough_words(content.slice(v.text)) {
        return None;
    }
    // The sentence's subject when a name or a group opens it and no other clause starts between
    // it and the cue ("Jo Doe, the head of B, which backed C, said"; not "…, although history
    // says …"): a relative clause between commas is the subject's own ("Jo Doe, who has served
    // since 2009, said"), and "and" or "but" right before the cue coordinates a second
    // predicate of the same subject ("X called it “…” but said").
    let coordinated = matches!(before, "and" | "but");
    let speaker = clause_subject(v, lo, k)
        .filter(|_| lo == sent.start)
        .filter(|np| {
            let after = tok_at(v.toks, np.span.end);
            // A possessor owns the subject ("The council's planners"): it is none.
            let words = np.span.slice(v.text);
            let possessor = possessive_word(words);
            let mut relative = false;
            matches!(np.kind, NpKind::Name | NpKind::Group)
                && !possessor
                && !v.lc(tok_at(v.toks, np.span.start)).ends_with("ing")
                && (after..k - usize::from(coordinated)).all(|m| {
                    if v.w(m) == "," {
                        relative = m + 1 < k && matches!(v.lc(m + 1), "who" | "which" | "whose");
                    }
                    relative
                        || (!PHRASE_STARTS.contains(&v.lc(m))
                            && !SUBORDINATORS.contains(&v.lc(m))
                            && v.pronoun(m).is_none_or(|g| g == Gender::Relative)
                            && v.w(m) != ";")
                })
        });
    let why = match speaker {
        Some(np) => [
            "“",
            np.span.slice(v.text),
            "” opens the clause whose verb “",
            v.w(c),
            "” reports a clause",
        ]
        .concat(),
        None => [
            "“",
            v.w(c),
            "” reports a clause whose subject no rule reads",
        ]
        .concat(),
    };
    let a = Attributed {
        content,
        kind: QuoteKind::Indirect,
        speaker,
        cue: Some(cue_span(v, c, sent.end)),
        pattern: "indirect_unread",
        why,
        raw: None,
        paragraph: pi,
        sentence: v.span(sent),
        via: None,
        antecedent: None,
    };
    // With no speaker, the subject phrase starts after the clause's comma or conjunction ("A,
    // while nine in 10 said B"): an earlier statement is cut there.
    let np_tok = speaker.map_or_else(
        || {
            (k.saturating_sub(8).max(lo)..k)
                .rev()
                .find(|&m| matches!(v.lc(m), "," | ";" | "and" | "but" | "while" | "whereas"))
                .map_or(c, |m| m + 1)
        },
        |np| tok_at(v.toks, np.span.start),
    );
    Some((a, np_tok, c + 1))
}

/// Any other verb of saying, finding or believing (`indirect_cues.txt`: "found", "show",
/// "suggests", "warn", "argue") right before "that": the conjunction marks its clause whatever
/// form the verb has, so `unread_subject` reads it too ("A survey of members, who vote in May,
/// found that …"; "Analysts generally agree that …"), and an uninflected form too: "show" or
/// "hope" with a modifier before it ("the vain hope that") is rarer than the verb after an
/// adverb or a plural ("polls show that"). Not the noun right after an article or a number ("a
/// claim that", "the hope that") or before a relative "that" ("polls that show"), nor the
/// plurals that are nouns before a relative "that" as often as verbs ("states that vote in May",
/// "claims that …"), nor "told" (its addressee comes first), nor "think" and "know", as often in a
/// question or a request ("do you think that …", "please know that …") as in a statement.
fn that_clause(v: &View<'_>, c: usize, hi: usize) -> bool {
    c + 2 < hi
        && v.is_indirect_cue(c)
        && v.lw_is(c + 1, "that")
        && !matches!(
            v.lc(c),
            "states" | "claims" | "reports" | "told" | "think" | "know"
        )
        && !counted(v, c)
        && !noun_use(v, c)
        && !modified_noun(v, c)
}

/// Is token `c` a noun of saying ("claim", "hope", "report": `statement_nouns.txt` with its
/// particle) after an article and a modifier or two ("the vain hope that", "the debunked claim
/// that", "a confirmed Gazette report that")? Only words stand between them: a comma, a dash or
/// a pronoun would start the clause whose verb `c` is ("the ones who stayed – hope that …"),
/// and a plural right before it is its subject ("the voters hope that").
fn modified_noun(v: &View<'_>, c: usize) -> bool {
    c > 0
        && (v.statement_noun(c).is_some() || v.lc(c) == "report")
        && !plural_form(v.lc(c - 1))
        && (c.saturating_sub(3)..c - 1).any(|k| {
            matches!(v.lc(k), "the" | "a" | "an")
                && (k + 1..c).all(|m| {
                    v.is_word(m) && v.pronoun(m).is_none() && !PREDICATE_AUX.contains(&v.lc(m))
                })
        })
}

/// Verbs of saying and thinking in the present that `unread_subject` reads as it reads "says":
/// their "-s" form is no plural noun ("claims", "notes", "reports" and "states" are, and are
/// left out).
const PRESENT_CUES: &[&str] = &[
    "argues",
    "insists",
    "contends",
    "warns",
    "adds",
    "acknowledges",
    "admits",
    "maintains",
    "concedes",
    "predicts",
    "believes",
    "thinks",
    "writes",
    "explains",
    "recalls",
    "complains",
];

/// Is the sentence `sent` a headline in title case, a paragraph of one short line of its own, and
/// `c` a verb in the present tense ("Says", "Warns"): one that may report speech there?
pub(super) fn title_case_headline(v: &View<'_>, sent: &Range<usize>, c: usize) -> bool {
    sent.start == 0
        && sent.end == v.toks.len()
        && sent.len() <= HEADLINE_WORDS
        && v.lc(c).ends_with('s')
        // In title case "States" is the noun ("The United States Open …").
        && v.lc(c) != "states"
        && is_title_case(v.span(sent.clone()).slice(v.text))
}

/// Token `at` stepped back over at most two apostrophes right before it: archives that write
/// quotes with two apostrophes put the comma inside them (",'' said X"), so the comma that ends a
/// statement stands before the marks.
pub(super) fn past_apostrophes(v: &View<'_>, sent_start: usize, at: usize) -> usize {
    let mut k = at;
    while k > sent_start + 1 && at - k < 2 && v.w(k - 1) == "'" {
        k -= 1;
    }
    k
}

/// "Venn yelled, ''Out, out!''", "Lund continued: ''Even in a storm …''": a verb of speaking
/// (`cue_verbs.txt`) that is no indirect cue ("yelled", "shouted", "continued", "posted"), right
/// before a comma or a colon and the two apostrophes that open an archive's quote, leads in to
/// the quote as "said, ''…''" does (not a participle: ", adding, ''…''" is the participle
/// readers'): the apostrophes are no quote marks, so the quote is read as
/// reported speech, with the verb's subject as its speaker (`clause_after` takes the quote as
/// the clause, `apostrophe_quotes` runs it to its closing apostrophes).
fn archive_lead_in(v: &View<'_>, c: usize, hi: usize) -> bool {
    c + 4 < hi
        && matches!(v.w(c + 1), "," | ":")
        && v.w(c + 2) == "'"
        && v.w(c + 3) == "'"
        && v.toks[c + 2].span.end == v.toks[c + 3].span.start
        && v.is_word(c + 4)
        && !v.lc(c).ends_with("ing")
        && v.is_cue(c)
}

/// Does the token before `b` end the clause a tag claims: a comma, or, when the two apostrophes
/// of an archive's quote stand between it and token `at` (",'' said X", "?'' he asked"), a
/// question mark or an exclamation mark inside them ("''Can we win?'' he asked."): the quote
/// is a question or an exclamation, and the tag still reports it.
fn archive_clause_end(v: &View<'_>, b: usize, at: usize) -> bool {
    v.w(b - 1) == "," || b < at && matches!(v.w(b - 1), "?" | "!")
}

/// The tokens after which a quote in two apostrophes opens a clause of its own: a sentence's end,
/// a colon, a semicolon, a dash or the closing apostrophe of the quote before it.
const AFTER_CLAUSE_END: &[&str] = &[".", "!", "?", ":", ";", "'", "-", "--", "—", "–"];

/// The statement that a tag after it claims: from `from` to the comma right before token `comma`.
/// After a quote in two apostrophes (`apostrophes`) that opens a clause ([`AFTER_CLAUSE_END`]),
/// the quote is the statement, not the sentence before it that the splitter left joined to it
/// (". ''…,'' she said"); a quote that opens inside the reporter's clause keeps that clause.
pub(super) fn claimed_before(
    v: &View<'_>,
    lo: usize,
    from: usize,
    comma: usize,
    apostrophes: bool,
) -> Span {
    // A quote that opens inside the reporter's clause ("Its fans are ''loyal to a fault,'' she
    // said") leaves that clause in the statement.
    let opens_clause = |k: usize| k == lo || AFTER_CLAUSE_END.contains(&v.w(k - 1));
    let start = match apostrophes.then(|| apostrophe_open(v, lo, comma - 1)) {
        Some(Some(k)) if opens_clause(k) => v.toks[k].span.start,
        _ => from,
    };
    Span::new(start, v.toks[comma - 1].span.start)
}

/// The first token of the nearest pair of apostrophes that opens a quote (written against the
/// token after it, apart from the one before it) among the tokens `lo..end`, read back at most
/// 2 × [`WINDOW`] tokens.
pub(super) fn apostrophe_open(v: &View<'_>, lo: usize, end: usize) -> Option<usize> {
    let lo = lo.max(end.saturating_sub(2 * WINDOW));
    (lo..end.saturating_sub(1)).rev().find(|&k| {
        let (a, b) = (v.toks[k].span, v.toks[k + 1].span);
        v.w(k) == "'"
            && v.w(k + 1) == "'"
            && a.end == b.start
            && k + 2 < v.toks.len()
            && v.toks[k + 2].span.start == b.end
            && (k == 0 || v.toks[k - 1].span.end < a.start)
    })
}

/// A statement has at least three words ("said it would cooperate"; two, "said he would", say too
/// little to check; a complement read by [`complement`] needs four), but for one that opens with
/// two apostrophes: an archive's quote ("''It's over,'' she said.") is the speaker's words however
/// short.
pub(super) fn enough_words(content: &str) -> bool {
    content.starts_with("''") || content.split_whitespace().nth(2).is_some()
}

pub(super) fn last_word_end(v: &View<'_>, sent: Range<usize>) -> Option<usize> {
    sent.rev()
        .find(|&i| v.is_word(i) || matches!(v.w(i), ")" | "%"))
        .map(|i| v.toks[i].span.end)
}

/// "coastal states that have moved …", "a slide show that predicted …", "a radio show on
/// Kestrel": a cue word that is also a plural or a noun (`states`, `show`) is the noun when a
/// preposition or a conjunction follows it, or "that" and at once a verb (a relative clause: a
/// reported clause after "that" opens with its subject).
fn noun_use(v: &View<'_>, c: usize) -> bool {
    let next = v.lc(c + 1);
    if PREPOSITIONS.contains(&next) || matches!(next, "and" | "or" | "as") {
        return true;
    }
    let after = v.lc(c + 2);
    next == "that"
        && v.is_word(c + 2)
        && !v.cap(c + 2)
        && (PREDICATE_AUX.contains(&after)
            || after.ends_with("ed")
            || matches!(
                after,
                "held" | "led" | "lead" | "cast" | "won" | "lost" | "hold" | "went" | "made"
            ))
}

/// "in two states", "50 states", "the show", "those states": a number or a determiner right
/// before a cue word that is also a noun makes it the noun.
fn counted(v: &View<'_>, c: usize) -> bool {
    c > 0 && {
        let l = v.lc(c - 1);
        l.starts_with(|ch: char| ch.is_ascii_digit())
            || DETERMINERS.contains(&l)
            || matches!(
                l,
                "five" | "six" | "seven" | "eight" | "nine" | "ten" | "dozen" | "all" | "more"
            )
    }
}

/// Tokens `k..end` are one to four capitalised words (with initials' stops and possessives):
/// a person or party named after a cue or a noun of saying ("endorsed Jane Doe", "his attacks
/// on Mayor Venn"), a position however short.
fn names_in_few_words(v: &View<'_>, k: usize, end: usize) -> bool {
    end > k
        && end - k <= 4
        && v.cap(k)
        && (k..end).all(|m| v.cap(m) || matches!(v.w(m), "." | "’s" | "'s"))
}

/// "refused to condemn the strike", "refuses to even criticize the board": a verb tagged
/// `[withholds]` in `object_cues.txt` and the infinitive of a verb of condemning
/// (`withheld_judgments.txt`), perhaps after one adverb.
fn withheld_judgment(v: &View<'_>, c: usize, hi: usize) -> bool {
    if c + 2 >= hi || !v.lw_is(c + 1, "to") || !v.lex.withholding_cues.contains(v.lc(c)) {
        return false;
    }
    let k = if v.is_adverb(c + 2) { c + 3 } else { c + 2 };
    k < hi && v.lex.withheld_judgments.contains(v.lc(k))
}

/// "has recalled 80,000 car seats", "recalls thousands of kettles": "recall" before a count of a
/// hundred or more is a product recall, no memory told (a memory is rarely counted in hundreds;
/// a year, "recalled 1998 as …", and a span of time, "recalled 200 days of …", are no such count).
fn recalled_goods(v: &View<'_>, c: usize, hi: usize) -> bool {
    if !matches!(v.lc(c), "recall" | "recalls" | "recalled" | "recalling") {
        return false;
    }
    let mut k = c + 1;
    // A hedge before the count: "about", "nearly", "more than", "up to", "at least".
    while k < hi.min(c + 3)
        && matches!(
            v.lc(k),
            "about"
                | "nearly"
                | "almost"
                | "some"
                | "roughly"
                | "around"
                | "over"
                | "more"
                | "than"
                | "up"
                | "to"
                | "at"
                | "least"
                | "another"
        )
    {
        k += 1;
    }
    if k >= hi {
        return false;
    }
    let w = v.lc(k);
    let next = if k + 1 < hi { v.lc(k + 1) } else { "" };
    let big = matches!(next, "hundred" | "thousand" | "million" | "billion");
    let count = if w.starts_with(|ch: char| ch.is_ascii_digit()) {
        let digits: String = w
            .chars()
            .take_while(|ch| ch.is_ascii_digit() || *ch == ',')
            .collect();
        let n: u64 = digits.replace(',', "").parse().unwrap_or(0);
        let year = !digits.contains(',') && (1800..2100).contains(&n);
        big || n >= 100 && !year
    } else {
        matches!(w, "hundreds" | "thousands" | "millions") || big
    };
    let time = matches!(
        next,
        "years" | "months" | "weeks" | "days" | "hours" | "minutes" | "decades" | "nights"
    );
    count && !time
}

/// Where the reported clause starts after cue `c`: after "that", after the addressee of "told", or
/// right after the cue when the next word can start a clause.
pub(super) fn clause_after(v: &View<'_>, c: usize, hi: usize) -> Option<usize> {
    if recalled_goods(v, c, hi) {
        return None;
    }
    if matches!(v.lc(c), "states" | "state" | "show" | "shows")
        && (counted(v, c) || c + 2 < hi && noun_use(v, c))
    {
        return None;
    }
    if let Some(that) = phrasal_that_at(v, c, hi) {
        return (that + 1 < hi).then_some(that + 1);
    }
    let mut k = c + 1;
    if k >= hi {
        return None;
    }
    // "said, ''If …''": an archive's quote in two apostrophes after a comma or colon.
    if k + 2 < hi && matches!(v.w(k), "," | ":") && v.w(k + 1) == "'" && v.w(k + 2) == "'" {
        return Some(k + 1);
    }
    // "told the radio station: ''…''": the one told or a short phrase, then a colon and the quote
    // (or a comma after a phrase of a preposition: "said at a news conference, ''…''").
    if let Some(j) = (k..hi.min(k + 8)).find(|&j| !v.is_word(j)) {
        if j > k
            && j + 2 < hi
            && (v.w(j) == ":" || v.w(j) == "," && PREPOSITIONS.contains(&v.lc(k)))
            && v.w(j + 1) == "'"
            && v.w(j + 2) == "'"
            && (k..j).all(|m| !v.is_any_cue(m))
        {
            return Some(j + 1);
        }
    }
    let told = matches!(
        v.lc(c),
        "told" | "tells" | "assured" | "warned" | "reminded"
    );
    // Skip the addressee of "told" and a short prepositional phrase, up to "that".
    for j in k..hi.min(k + 14) {
        if v.lc(j) == "that" && v.is_word(j) {
            // (A hyphen joined to the words on both sides is one word's: "at a closed-door
            // session that …".)
            let between_ok = (k..j).all(|m| {
                v.is_word(m)
                    || matches!(v.w(m), "," | "’s" | ".")
                    || (m > k && v.hyphen_compound_at(m + 1))
            });
            // "to" before a verb is an infinitive ("vowed to veto any bill that …"), not a
            // phrase naming the addressee ("said to reporters that …").
            let infinitive = v.lc(k) == "to"
                && k + 1 < j
                && !(v.cap(k + 1)
                    || DETERMINERS.contains(&v.lc(k + 1))
                    || v.lc(k + 1).ends_with('s')
                    || matches!(v.lc(k + 1), "him" | "her" | "them" | "us" | "me"));
            let starts_ok = j == k
                || told
                || PREPOSITIONS.contains(&v.lc(k)) && !infinitive
                || TIME_WORDS.contains(&v.lc(k))
                || v.is_adverb(k)
                || v.w(k) == ",";
            // "told reporters the clinic had lost money and that …": a "that" after a
            // conjunction opens the second of two reported clauses; the first starts earlier.
            let second = j > k && matches!(v.lc(j - 1), "and" | "or" | "but");
            // "told the panel the rise paid for a scheme that …": after the one told, a
            // determiner right after a noun, with no preposition or conjunction between, opens
            // the clause's subject, so the clause began before this "that", a relative in it.
            // (Only after "told" and its kin: "said on KTV, where he is now a …, that" is one
            // aside, and "explained this in the past" no addressee.)
            let begun = told
                && (k + 1..j).all(|m| v.is_word(m))
                && (k + 1..j).any(|m| {
                    matches!(
                        v.lc(m),
                        "the" | "a" | "an" | "its" | "their" | "his" | "our"
                    ) && v.is_word(m - 1)
                        && !DETERMINERS.contains(&v.lc(m - 1))
                        && !PREPOSITIONS.contains(&v.lc(m - 1))
                        && !matches!(v.lc(m - 1), "and" | "or" | "but" | "’s" | "'s")
                });
            if between_ok && starts_ok && !second && !begun {
                // "Supporters say that is the point": a "that" right before a finite verb is
                // the clause's subject, not its complementiser, which would need a subject
                // after it ("had" and "should" may invert a condition: "that had he known").
                let subject = j + 1 < hi
                    && matches!(
                        v.lc(j + 1),
                        "is" | "was"
                            | "has"
                            | "will"
                            | "would"
                            | "could"
                            | "can"
                            | "may"
                            | "might"
                            | "must"
                            | "does"
                    );
                if subject {
                    return Some(j);
                }
                return (j + 1 < hi).then_some(j + 1);
            }
            break;
        }
        if matches!(v.w(j), "." | ";" | "?" | "!") {
            break;
        }
    }
    if told {
        // "warned he would quit", "warned the plan would cost votes": a subject pronoun, or a
        // determiner and a noun or two before an auxiliary, opens the clause itself, with no
        // one told before it ("told the court he would …" has its addressee).
        // Not after "were told they would …": the one told is the passive's subject, and no
        // one named said it.
        let passive = c > 0 && matches!(v.lc(c - 1), "was" | "were" | "is" | "are" | "am" | "be");
        let subject_first = !passive
            && (matches!(v.lc(k), "he" | "she" | "they" | "we" | "it" | "i")
                || DETERMINERS.contains(&v.lc(k)) && noun_then_aux(v, k + 1, hi));
        if subject_first {
            // The clause opens at `k`: nothing to skip.
        } else if v.pronoun(k).is_some()
            || matches!(
                v.lc(k),
                "reporters" | "journalists" | "me" | "us" | "him" | "them"
            )
        {
            k += 1;
        } else if k + 1 < hi
            && plural_form(v.lc(k))
            && v.is_word(k)
            && !v.is_any_cue(k)
            && v.pronoun(k + 1)
                .is_some_and(|g| !matches!(g, Gender::Relative | Gender::Neuter))
        {
            // "told voters he would …", "assured donors she had …": a bare plural addressee
            // before a clause that opens with a personal pronoun.
            k += 1;
        } else if k + 3 < hi
            && plural_form(v.lc(k))
            && v.is_word(k)
            && !v.is_any_cue(k)
            && matches!(v.lc(k + 1), "the" | "its" | "their" | "his" | "her" | "our")
            && bare_subject_then_aux(v, k + 2, hi)
        {
            // "told members the savings would …": a bare plural addressee before a clause whose
            // subject has a determiner and is followed, within a few plain words, by an
            // auxiliary ("told members the truth" has none, so it is no clause).
            k += 1;
        } else if v.cap(k) || DETERMINERS.contains(&v.lc(k)) {
            while k < hi
                && v.is_word(k)
                && (v.cap(k)
                    || DETERMINERS.contains(&v.lc(k))
                    || !v.is_cue(k)
                        && k < c + 5
                        && !["he", "she", "it", "they", "we"].contains(&v.lc(k))
                        && !contracted_subject(v, k))
            {
                if v.lc(k) == "that" {
                    break;
                }
                // "told the paper her group …", "told the AP her group …": a determiner after
                // the addressee's noun opens the clause's subject (not "told the head of the
                // party").
                if k > c + 2
                    && DETERMINERS.contains(&v.lc(k))
                    && v.is_word(k - 1)
                    && !DETERMINERS.contains(&v.lc(k - 1))
                    && !PREPOSITIONS.contains(&v.lc(k - 1))
                {
                    break;
                }
                k += 1;
                if k < hi
                    && !v.cap(k)
                    && !DETERMINERS.contains(&v.lc(k))
                    && v.lex.pronouns.contains_key(v.lc(k))
                {
                    break;
                }
            }
        } else {
            return None;
        }
        if k < hi && v.lc(k) == "that" {
            k += 1;
        }
    }
    // "said on Friday he met …", "said in an interview the plan …": a short phrase of time or
    // place between the verb and its clause.
    // "said last week …", "said this month …": a time unit after "last", "this" or "next".
    let last_week = k + 1 < hi
        && matches!(v.lc(k), "last" | "this" | "next")
        && (TIME_UNITS.contains(&v.lc(k + 1)) || TIME_WORDS.contains(&v.lc(k + 1)));
    if !told
        && k < hi
        && (PREPOSITIONS.contains(&v.lc(k)) || TIME_WORDS.contains(&v.lc(k)) || last_week)
    {
        let phrase_end = (k + 1..hi.min(k + 6)).find(|&m| {
            v.pronoun(m)
                .is_some_and(|g| !matches!(g, Gender::Relative | Gender::Neuter))
                || contracted_subject(v, m) && !v.lc(m).starts_with("it")
                // "said in spring it takes time …": "it" before its verb, not a preposition's
                // object ("said of it that …").
                || v.lc(m) == "it" && m + 1 < hi && finite_after(v, m + 1)
                // "said last week the fund was empty": a determiner right after the phrase's
                // noun opens the clause's subject when an auxiliary follows within three words.
                // (Not after an infinitive or a gerund, "expected to produce a report this
                // summer that may …", "charged with plotting the attacks and has …", nor before
                // a relative pronoun or a conjunction.)
                || v.lc(k) != "to"
                    && DETERMINERS.contains(&v.lc(m))
                    && v.is_word(m - 1)
                    && !DETERMINERS.contains(&v.lc(m - 1))
                    && !PREPOSITIONS.contains(&v.lc(m - 1))
                    && !matches!(v.lc(m - 1), "and" | "or" | "but")
                    && !v.lc(m - 1).ends_with("ing")
                    && bare_subject_then_aux(v, m + 1, hi)
                    && !(m + 1..hi.min(m + 4)).any(|x| {
                        matches!(v.lc(x), "that" | "which" | "who" | "and" | "or" | "but")
                    })
        });
        // The phrase holds no verb: "promised to take action should she win" has an
        // infinitive and an inverted condition before the pronoun, and no clause follows.
        if let Some(m) = phrase_end {
            if (k..m).all(|x| v.is_word(x) && !v.is_cue(x) && !PREDICATE_AUX.contains(&v.lc(x))) {
                k = m;
            }
        }
    }
    if k >= hi {
        return None;
    }
    // A clause starts with a subject-like word.
    let l = v.lc(k);
    let ok = v.pronoun(k).is_some_and(|g| g != Gender::Relative)
        || contracted_subject(v, k)
        || DETERMINERS.contains(&l)
        || v.cap(k)
        || l.chars().next().is_some_and(|ch| ch.is_ascii_digit())
        || matches!(
            l,
            "there"
                | "no"
                | "none"
                | "nobody"
                | "everyone"
                | "everything"
                | "nothing"
                | "all"
                | "any"
                | "every"
                | "each"
                | "either"
                | "neither"
                | "such"
                | "only"
                | "if"
                | "when"
                | "how"
                | "why"
                | "what"
                | "whether"
        );
    // "said about half of …", "said nearly 40 percent …": a share opens a clause after a verb
    // of saying ("expect about 180,000 visitors" has a noun phrase).
    let share = matches!(v.lc(c), "said" | "says" | "say" | "saying")
        && matches!(
            l,
            "about" | "nearly" | "almost" | "roughly" | "more" | "fewer" | "most" | "half"
        )
        && k + 1 < hi
        && (v.w(k + 1).starts_with(|ch: char| ch.is_ascii_digit())
            || matches!(
                v.lc(k + 1),
                "half" | "than" | "of" | "two" | "three" | "four" | "five" | "six" | "seven"
            )
            // "said nearly every member …", "said almost no one …": a hedged quantifier.
            || l != "about"
                && matches!(
                    v.lc(k + 1),
                    "every" | "all" | "each" | "no" | "none" | "everyone" | "everybody"
                ));
    // A bare noun can start a clause too ("said protection fell …"), when a verb of saying
    // introduces it and a clause of some length follows. Right after the verb, a cue's form in
    // "-s" is a plural noun ("said states like …"), and a word joined by a hyphen a modifier
    // ("said first-time offenders …").
    let hyphened =
        k + 2 < hi && v.w(k + 1) == "-" && v.toks[k].span.end == v.toks[k + 1].span.start;
    let bare_noun = matches!(v.lc(c), "said" | "says" | "say" | "saying")
        && v.is_word(k)
        && !v.cap(k)
        && !PREPOSITIONS.contains(&l)
        && (!v.is_adverb(k) || hyphened)
        && (!v.is_cue(k) || l.ends_with('s') && !l.ends_with("ss"))
        // A gerund opens a clause when an auxiliary follows ("said ending the program would
        // …"), not a participle phrase ("said nothing, pointing to …").
        && (!l.ends_with("ing")
            || (k + 1..hi.min(k + 12)).any(|m| PREDICATE_AUX.contains(&v.lc(m)))
            || modified_subject(v, k, hi))
        // A shorter clause when an auxiliary follows within two words ("says climate change is
        // not happening"), and one of three words when it follows the noun itself ("said
        // dredging is overdue"): a noun, an auxiliary and its complement make a clause.
        && ((k..hi).filter(|&m| v.is_word(m)).nth(5).is_some()
            || ((k + 1..hi.min(k + 3)).any(|m| PREDICATE_AUX.contains(&v.lc(m)))
                && (k..hi).filter(|&m| v.is_word(m)).nth(3).is_some())
            || (k + 2 < hi
                && PREDICATE_AUX.contains(&v.lc(k + 1))
                && v.is_word(k + 2)
                && !v.cap(k + 2))
            || plural_subject(v, k, hi));
    // "finds immigration is a second-tier issue", "believe proper repairs will take years": after
    // another verb of saying or thinking, a bare noun right after the cue opens a clause only when
    // an auxiliary follows within three words ("found evidence of …" is a noun phrase).
    let bare_clause = k == c + 1
        && BARE_CLAUSE_CUES.contains(&v.lc(c))
        && v.is_word(k)
        && !v.cap(k)
        && !PREPOSITIONS.contains(&l)
        && !v.is_adverb(k)
        && !v.is_any_cue(k)
        && !l.ends_with("ing")
        // ("found someone he would like …": the pronoun's relative clause, no clause of its own.)
        && !matches!(l, "someone" | "somebody" | "something" | "anyone" | "anybody" | "anything")
        && (k + 1..hi.min(k + 4))
            .take_while(|&m| v.is_word(m) && !PREPOSITIONS.contains(&v.lc(m)))
            .any(|m| PREDICATE_AUX.contains(&v.lc(m)))
        && (k..hi).filter(|&m| v.is_word(m)).nth(3).is_some();
    // "reported spending $2 million on ads", "recalled sitting in on …": a gerund right after a
    // verb of saying that takes one (`gerund_cues.txt`) is what was reported.
    let gerund = k == c + 1
        && l.ends_with("ing")
        && !v.cap(k)
        && v.is_word(k)
        && !PREPOSITIONS.contains(&l)
        && v.lex.gerund_cues.contains(v.lc(c));
    // "knew the room", "felt the cold": a verb of knowing or believing (`belief_cues.txt`)
    // reports a clause here only when a subject pronoun opens it ("felt she had …").
    if v.lex.belief_cues.contains(v.lc(c))
        && !(v.pronoun(k).is_some_and(|g| g != Gender::Relative) || contracted_subject(v, k))
    {
        return None;
    }
    // "learned the organ from her grandmother", "discovered a leak in the hull": after these
    // verbs a determiner most often opens what was learned or found, a noun phrase; it opens a
    // clause only when a noun or two and an auxiliary follow ("learned the plant would close").
    if matches!(v.lc(c), "learned" | "discovered")
        && DETERMINERS.contains(&l)
        && !noun_then_aux(v, k + 1, hi)
    {
        return None;
    }
    (ok || share || bare_noun || bare_clause || gerund).then_some(k)
}

/// "said falling enrolment left the district no choice", "said rising costs forced the cuts": a
/// participle before the clause's subject noun (one to three plain words), and the subject's verb
/// in the past after it, or a plural subject's verb (`plural_subject`). "said nothing, pointing
/// to …" and "said following talks that …" have no such verb.
fn modified_subject(v: &View<'_>, k: usize, hi: usize) -> bool {
    let plain = |m: usize| {
        let l = v.lc(m);
        v.is_word(m)
            && !v.cap(m)
            && !PREPOSITIONS.contains(&l)
            && !DETERMINERS.contains(&l)
            && !PREDICATE_AUX.contains(&l)
            && !SUBORDINATORS.contains(&l)
            && !matches!(l, "and" | "or" | "but" | "to" | "as" | "not")
            && v.pronoun(m).is_none()
            && !v.is_adverb(m)
            && !v.is_any_cue(m)
    };
    for m in k + 1..hi.min(k + 4) {
        if !plain(m) {
            return false;
        }
        if plural_subject(v, m, hi) {
            return true;
        }
        let verb = m + 1;
        let past = verb + 1 < hi
            && plain(verb)
            && (v.lc(verb).ends_with("ed") || PAST_FORMS.contains(&v.lc(verb)))
            && v.is_word(verb + 1);
        if past {
            return true;
        }
    }
    false
}

/// Is token `k` a finite verb after "it": an auxiliary, or a lower-case word in "-s" or "-ed"
/// ("it takes", "it seemed") that is no preposition or cue?
fn finite_after(v: &View<'_>, k: usize) -> bool {
    let l = v.lc(k);
    v.is_word(k)
        && !v.cap(k)
        && (PREDICATE_AUX.contains(&l)
            || (l.ends_with('s') || l.ends_with("ed"))
                && !l.ends_with("ss")
                && !PREPOSITIONS.contains(&l)
                && !v.is_any_cue(k))
}

/// Common irregular past forms, for a clause's verb after its subject (`modified_subject`).
const PAST_FORMS: WordList = WordList::new(&[
    "left", "made", "kept", "put", "cut", "hit", "meant", "gave", "took", "brought", "drove",
    "sent", "set", "led", "held", "struck", "hurt", "cost", "fell", "rose", "grew", "sank",
]);

/// Verbs of finding and believing whose clause may open with a bare noun and an auxiliary
/// (`clause_after`): "finds immigration is …", "believe proper repairs will …". Not verbs whose
/// form is also a modifier ("pledged delegates will …", "expected turnout is …").
const BARE_CLAUSE_CUES: WordList = WordList::new(&[
    "find",
    "finds",
    "found",
    "show",
    "shows",
    "showed",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "fear",
    "fears",
    "feared",
    "insist",
    "insists",
    "insisted",
    "argue",
    "argues",
    "argued",
    "suggest",
    "suggests",
    "suggested",
    "predict",
    "predicts",
    "predicted",
    "know",
    "knows",
    "worry",
    "worries",
    "worried",
    "doubt",
    "doubts",
    "warn",
    "warns",
    "warned",
    "contend",
    "contends",
    "contended",
]);

/// "said voters want a budget", "said people misunderstand him": a short clause opened by a bare
/// plural noun and its verb. The word after the noun must be able to be a verb: a lower-case word
/// that is no preposition, determiner, conjunction or adverb ("said prayers for …", "said things
/// like …" report no clause), and the clause has an object or complement after the verb.
fn plural_subject(v: &View<'_>, k: usize, hi: usize) -> bool {
    let l = v.lc(k);
    let verb = k + 1;
    let plural = (plural_form(l) && !l.contains(['\'', '’']))
        || matches!(l, "people" | "men" | "women" | "children" | "police");
    verb + 1 < hi
        && plural
        && v.is_word(verb)
        && !v.cap(verb)
        && {
            let vl = v.lc(verb);
            !PREPOSITIONS.contains(&vl)
                && !DETERMINERS.contains(&vl)
                && !matches!(
                    vl,
                    "and" | "or" | "but" | "that" | "which" | "who" | "whose" | "of" | "to" | "as"
                )
        }
        && !v.is_adverb(verb)
        && v.is_word(verb + 1)
}

/// "pointed out that …", "made clear that …": a two-word reporting verb (`phrasal_cues.txt`)
/// in lower case right before "that" reports the clause after it as a one-word cue does.
pub(super) fn phrasal_that(v: &View<'_>, c: usize, hi: usize) -> bool {
    phrasal_that_at(v, c, hi).is_some()
}

/// Where the "that" right after the two-word cue at `c` stands (past an "it" between its words:
/// "made it clear that …", `View::phrasal_second`).
fn phrasal_that_at(v: &View<'_>, c: usize, hi: usize) -> Option<usize> {
    if c + 2 >= hi || v.cap(c) || !v.is_phrasal_cue(c) {
        return None;
    }
    let that = v.phrasal_second(c)? + 1;
    (that < hi && v.lw_is(that, "that")).then_some(that)
}

/// ", pointing out that …": token `c`, a participle after a comma (`stem`, from
/// [`View::comma_participle_stem`]), is the first word of a two-word cue before "that".
fn phrasal_participle(v: &View<'_>, stem: Option<&str>, c: usize, hi: usize) -> bool {
    stem.is_some() && phrasal_that(v, c, hi)
}

/// The cue's span: the words of a two-word cue before "that" ([`phrasal_that`]), else its one.
pub(super) fn cue_span(v: &View<'_>, c: usize, hi: usize) -> Span {
    match phrasal_that_at(v, c, hi) {
        Some(that) => v.span(c..that),
        None => v.toks[c].span,
    }
}

/// A pronoun or "there" written together with its verb ("he'd", "they’ve", "there's"): it opens a
/// clause as the pronoun alone does.
pub(super) fn contracted_subject(v: &View<'_>, k: usize) -> bool {
    // Both forms hold an apostrophe: a word without one (nearly every word asked) is lowercased
    // and searched once.
    let Some((head, verb)) = v.lc(k).split_once(['\'', '’']) else {
        return false;
    };
    v.pronoun(k).is_some() || head == "there" && matches!(verb, "d" | "ll" | "s" | "re")
}

/// Words that open a clause, so never a speaker phrase ("asked if he had met …").
pub(super) const SUBORDINATORS: WordList = WordList::new(&[
    "if", "whether", "when", "while", "because", "although", "though", "since", "unless", "how",
    "why", "what", "where",
]);

/// Nouns of time and order that follow "said the" without naming anyone ("said the next day").
pub(super) const TIME_NOUNS: &[&str] = &[
    "day",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "time",
    "moment",
    "following",
    "same",
    "other",
    "next",
    "first",
    "last",
    "words",
    "thing",
    "things",
];

/// The months, lowercase.
pub(super) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Words of time that may stand between a reporting verb and its "that" ("said Tuesday that").
pub(super) const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "recently",
    "earlier",
    "later",
    "again",
    "previously",
    "repeatedly",
    "afterwards",
    "afterward",
];

#[test]
fn a_tag_not_kept_is_read_once() {
    // `closing_tag` reads the tag "the clerk said" and keeps nothing (quote marks in its
    // clause); the sentence's other cue ("claims", a noun) takes no statement, so the loop comes
    // to the tag from the same token and takes what `closing_tag` read.
    let text = "The claims in the “report” were false from start to end, the clerk said on Friday.";
    let toks = crate::segment::tokens(text, Span::new(0, text.len()));
    let lex = Lexicon::get();
    let said = toks
        .iter()
        .position(|t| t.text(text) == "said")
        .expect("a cue");
    let tag = View::new(text, &toks, lex, None);
    let once = indirect_at(&tag, 0..toks.len(), 0, 0, said);
    let whole = View::new(text, &toks, lex, None);
    let found = indirect(&whole, 0..toks.len(), 0);
    assert!(once.is_some() && found.len() == 1);
    // Work when written: the tag 122 token reads, the sentence 254 (302 when the loop read the
    // tag again). The tag is read once, and the rest of the sentence costs about as much again.
    assert!(whole.reads.get() < 2 * tag.reads.get() + 24);
}

/// Each tag of `object_cues.txt` keeps its verbs from a statement they would make as any other
/// object cue: a tag dropped from the file makes each sentence below report a position.
#[test]
fn object_cue_tags_hold() {
    let statements = |text: &str| {
        let toks = crate::segment::tokens(text, Span::new(0, text.len()));
        let v = View::new(text, &toks, Lexicon::get(), None);
        indirect(&v, 0..toks.len(), 0).len()
    };
    // The same verbs with what they do report: a refusal to act, a longer complement.
    assert_eq!(statements("Vera Holm refused to sign the new lease."), 1);
    assert_eq!(
        statements("Rhea Tamm pointed to the rise in ferry fares."),
        1
    );
    // [withholds]
    assert_eq!(statements("Vera Holm refused to condemn the strike."), 0);
    // [act]
    let hall = "The hall was fuller than the four hundred who showed up in the winter.";
    assert_eq!(statements(hall), 0);
    assert_eq!(
        statements("Members who declined the offer of a new contract walked out."),
        0
    );
    // [four]
    assert_eq!(statements("Rhea Tamm pointed to the map."), 0);
    assert_eq!(statements("Bo Ek called on the board Friday to resign."), 0);
}
