//! Speaker tags right around a quote: the words after it ("…,” Speaker said", "…,” said
//! Speaker") and before it ("Speaker said: “…”"), read on the paragraph's [`View`].

use super::*;

/// "…,” Speaker said" / "…,” said Speaker" / "…” — Speaker" / "…,” according to Speaker".
pub(super) fn tail(
    v: &View<'_>,
    post: Range<usize>,
    ends_sentence: bool,
    next_quote: bool,
) -> Option<(Np, Span, &'static str, usize)> {
    // After a quote that ends its own sentence (“… broken.”), only a plain verb of saying reads as
    // its attribution; "“….” Her critics cited it …" starts a new thought.
    let cue_ok = |c: usize| {
        let l = v.lc(c);
        !l.ends_with("ing")
            && (!ends_sentence || v.lex.inverting_cues.contains(l) || matches!(l, "told" | "tells"))
    };
    let mut i = post.start;
    let hi = post.end;
    while i < hi && matches!(v.w(i), "," | "!" | "?") {
        i += 1;
    }
    if i >= hi {
        return None;
    }
    if matches!(v.w(i), "—" | "–" | "-" | "―") {
        let np = v.np_after(i + 1, hi)?;
        if np.kind == NpKind::Pronoun(Gender::Male) || np.kind == NpKind::Pronoun(Gender::Female) {
            return None;
        }
        // A byline after a dash ends there or runs into an appositive or a verb of saying
        // ("“…” — Ada Pell, a nurse"); "“…” — an issue voters have weighed" goes on as a clause
        // about the quote, and its nouns said nothing.
        let end = tok_end(v, np.span);
        let next = end + 1;
        if next < hi && v.is_word(next) && !v.is_cue(next) {
            return None;
        }
        return Some((np, v.toks[i].span, "dash", end));
    }
    if let Some((np, cue)) = v.according_to(i, hi) {
        return Some((np, cue, "according_to", tok_end(v, np.span)));
    }
    // "said Speaker" (inverted).
    let mut k = i;
    while k < hi && v.is_adverb(k) {
        k += 1;
    }
    let inverting = |k: usize| {
        ((v.is_cue(k) && v.lex.inverting_cues.contains(v.lc(k))) || v.is_read(k))
            && !v.complement_follows(k)
    };
    if k < hi && inverting(k) {
        if let Some(np) = v
            .np_after(k + 1, hi)
            .or_else(|| v.bare_role_after(k + 1, hi))
        {
            let np = role_of_then_name(v, &np, hi).unwrap_or(np);
            // "Hume, who calls Hale a “sociopath,” said he doesn’t believe …": not an
            // inverted speaker ("said he on Monday" is one).
            if v.pronoun_subject_of_clause(&np, hi) {
                return None;
            }
            return Some((np, v.toks[k].span, "quote_cue_speaker", tok_end(v, np.span)));
        }
    }
    // "Speaker said": the cue within the next few words, the speaker starting at i.
    for c in i + 1..hi.min(i + 22) {
        if v.is_tail_cue(c) {
            if !cue_ok(c) {
                return None;
            }
            // "“… mutual good.” Harlow said the two should be “…”": after a quote that ends its
            // own sentence, a verb whose words run on into the next quote introduces that one.
            if ends_sentence && next_quote {
                return None;
            }
            // "… “less advanced schools,” Lee said: “…”": a cue and a colon introduce the next quote.
            if next_quote && c + 1 < hi && v.w(c + 1) == ":" {
                return None;
            }
            // "“…,” the retired neurosurgeon told": right after the quote, a determiner and a few
            // words name the speaker by what they are, even a noun in no role list.
            let np = v
                .np_before(c, i)
                .or_else(|| v.bare_role_before(i, c))
                .or_else(|| v.apposed_bare_role_before(i, c))
                .or_else(|| located_role(v, i, c))
                .or_else(|| lone_name(v, i, c))?;
            // "“strongly supports” the measure and urged …": a phrase that ends in a
            // conjunction is the object of the quote's clause, coordinated with the next verb;
            // no tag names a speaker so.
            if matches!(v.w(tok_end(v, np.span)), "and" | "or" | "but") {
                return None;
            }
            // The phrase must start right after the quote; titles before a name count as part of it.
            let np_tok = tok_at(v.toks, np.span.start);
            // ("“…,” which Lund said hid …": a name after the relative pronoun is the subject
            // of a relative clause about the quoted words, not their speaker.)
            let starts_here = v.toks[i].span.start == np.span.start
                || v.pronoun(i) == Some(Gender::Relative) && np_tok <= i
                || (np_tok > i
                    && (i..np_tok).all(|k| {
                        // Titles before a name, and a body or place before a title ("House
                        // Speaker Jo Lee"), not a sentence's first word ("And he added", "Later
                        // Lee said").
                        (v.cap(k)
                            && (v.lw_is(k, "the")
                                // ("US Senator Jo Lee": an acronym is no pronoun.)
                                || (!v.lex.function_words.contains(v.lc(k))
                                    || crate::speakers::is_acronym(v.w(k)))
                                    && !v.is_adverb(k)))
                            || matches!(v.w(k), "." | "’s" | "'s")
                            // A compound title: "co-Anchor".
                            || v.hyphen_compound_at(k + 2)
                            || v.hyphen_compound_at(k + 1)
                    }))
                // "“…,” an angry Dorn Vale said": a determiner and an adjective or two before
                // the name.
                || (np.kind == NpKind::Name
                    && np_tok > i
                    && np_tok <= i + 3
                    && matches!(v.lc(i), "a" | "an" | "the")
                    // (Not "“…,” a word that Lund said hid …", "“…,” a term Lund said …": a
                    // noun for the quoted wording, or a relative word, starts a clause about it.)
                    && (i + 1..np_tok).all(|k| {
                        v.is_word(k)
                            && !v.cap(k)
                            && !v.is_any_cue(k)
                            && !v.lex.function_words.contains(v.lc(k))
                            && !v.lex.nonspeech_index.wording.contains(v.lc(k))
                    }))
                // "“…,” the Governor said", "“…,” the Queen told …": "the" and a role written
                // with a capital, which the phrase reader leaves out of the mention.
                || (np.kind == NpKind::Group
                    && np_tok == i + 1
                    && v.lw_is(i, "the")
                    && v.cap(np_tok))
                // "“…,” the company's lawyer, Ana Fell, said": a role right after the quote, then
                // the name in apposition.
                || (np_tok >= i + 2
                    && v.w(np_tok - 1) == ","
                    && v
                        .np_plain_before(np_tok - 1, i, None)
                        .is_some_and(|h| h.kind == NpKind::Group && h.span.start == v.toks[i].span.start))
                // "“…,” his friend Tomas Ekker said", "“…,” Lund’s lawyer Ana Fell said": a
                // possessive and a role right before the name, with no commas.
                || (np.kind == NpKind::Name && possessive_role(v, i, np_tok))
                // "“…,” board chair Ana Fell said", "“…,” chief executive Jo Ren told …": a role
                // in lower case, with a word or two that modify it, right before the name; no
                // function word ("… led to what aide Ana Fell called").
                || (np.kind == NpKind::Name
                    && role_words(v, i..np_tok)
                    && (i..np_tok).all(|k| !v.lex.function_words.contains(v.lc(k))));
            // "“… for the long run!” She replied to him that …": a capitalised pronoun after a
            // quote that ends its sentence opens the next sentence (attribution writes "“…?” she
            // asked"); "I" is written so everywhere.
            let new_sentence = post.start >= 2
                && matches!(v.w(post.start - 2), "." | "!" | "?")
                && matches!(np.kind, NpKind::Pronoun(_))
                && v.cap(i)
                && v.w(i) != "I";
            if !starts_here || new_sentence {
                return None;
            }
            return Some((np, v.toks[c].span, "quote_speaker_cue", c));
        }
        // (A title's period, "Mr." in "“…,” Mr. Lund said", ends nothing.)
        if matches!(v.w(c), "." | ";" | "!" | "?") && !v.title_period(c) {
            break;
        }
    }
    None
}

/// "“…,” said the zoo's head of animal care, Ada Lund.": after an inverted verb, a role, "of"
/// and a few words in lower case for what it heads, then a full name in apposition: the name
/// speaks, not the role. Not after a capitalised place ("the mayor of Dunmore, Ohio").
fn role_of_then_name(v: &View<'_>, np: &Np, hi: usize) -> Option<Np> {
    if np.kind != NpKind::Group {
        return None;
    }
    let of = tok_end(v, np.span) + 1;
    if of >= hi || !v.lw_is(of, "of") {
        return None;
    }
    let comma = (of + 1..hi.min(of + 7)).find(|&k| !v.is_word(k))?;
    if comma == of + 1 || (of + 1..comma).any(|k| v.cap(k)) {
        return None;
    }
    v.apposed_name_after(comma, hi)
        .filter(|n| n.core.slice(v.text).contains(' '))
}

/// "“…?” a senior clerk in the room wondered": right after a quote, a role with a determiner and
/// a short phrase of place (`in`, `at`, `on`, `near`, `outside`, `inside`, `behind`) before the
/// verb at `c`. The place stays in the mention; the role is its core.
pub(super) fn located_role(v: &View<'_>, i: usize, c: usize) -> Option<Np> {
    const PLACE: &[&str] = &["in", "at", "on", "near", "outside", "inside", "behind"];
    let p = (i + 2..c.min(i + 7)).find(|&k| PLACE.contains(&v.lc(k)))?;
    // The place: a few lower-case words, none of them a verb of saying ("in the room").
    let place = p + 1..c;
    if place.is_empty()
        || place.len() > 4
        || place
            .clone()
            .any(|k| !v.is_word(k) || v.cap(k) || v.is_any_cue(k))
    {
        return None;
    }
    let role = v.bare_role_before(i, p)?;
    Some(Np {
        span: Span::new(role.span.start, v.toks[c - 1].span.end),
        ..role
    })
}

/// "“…,” West said.", "“…,” Will wrote.": right after a quote, one capitalised word and the
/// verb. A surname that is also a word of direction, a month or a modal is a name there.
pub(super) fn lone_name(v: &View<'_>, i: usize, c: usize) -> Option<Np> {
    if c != i + 1 || !v.is_word(i) || !v.cap(i) || v.pronoun(i).is_some() {
        return None;
    }
    Some(v.word_np(i, NpKind::Name))
}

pub(super) fn tok_end(v: &View<'_>, s: Span) -> usize {
    tok_at(v.toks, s.end).saturating_sub(1)
}

/// Prepositions whose noun is the object of the verb before them ("contrasted him with Venn",
/// "spoke to Lund"): a name after one of them is no label before a colon.
const OBJECT_PREPOSITIONS: &[&str] = &[
    "with", "to", "against", "about", "for", "on", "at", "of", "into", "over", "toward", "towards",
];

/// "Speaker said: " / "Speaker said, " / "Speaker told reporters: " / "Speaker: " right before a mark.
pub(super) fn lead(v: &View<'_>, pre: Range<usize>) -> Option<(Np, Option<Span>, &'static str)> {
    if pre.is_empty() {
        return None;
    }
    let last = pre.end - 1;
    if !matches!(v.w(last), ":" | ",") {
        return None;
    }
    // The cue, at most a short phrase before the punctuation ("said in a statement on Monday:").
    for c in (pre.start..last).rev() {
        // "said in an op-ed column ahead of a 2019 House hearing," is as long as these get.
        if last - c > 14 {
            break;
        }
        if v.is_cue(c) {
            let between_ok = (c + 1..last).all(|k| {
                let l = v.lc(k);
                v.is_word(k) || matches!(l, "," | "." | "’" | "'" | "-")
            });
            if !between_ok {
                return None;
            }
            // "Said Jane Doe, who grew up there, “…”": a cue opening the sentence, its speaker
            // after it, then the mark or an apposition; also after a short opening phrase and
            // its comma ("In other words, explained Ada Lund: “…”").
            let opens = (c == pre.start && v.cap(c))
                || (c > pre.start + 1
                    && v.w(c - 1) == ","
                    && c - 1 - pre.start <= 4
                    && (pre.start..c - 1).all(|k| v.is_word(k) && !v.is_any_cue(k)));
            if opens && v.lex.inverting_cues.contains(v.lc(c)) {
                if let Some(np) = v.np_after(c + 1, last) {
                    let end = tok_at(v.toks, np.span.end);
                    if end == last || v.w(end) == "," {
                        return Some((np, Some(v.toks[c].span), "speaker_cue_quote"));
                    }
                }
            }
            // Words between the cue and the mark: a prepositional phrase or the addressee of "told".
            let first_after = if v.is_phrasal_cue(c) { c + 2 } else { c + 1 };
            if first_after < last {
                let l = v.lc(first_after);
                let told = matches!(v.lc(c), "told" | "tells" | "tell" | "asked" | "asks");
                if !(PREPOSITIONS.contains(&l)
                    || told
                    || v.is_adverb(first_after)
                    || l == "that"
                    || TIME_WORDS.contains(&l))
                {
                    return None;
                }
            }
            // "She remembers her father saying: “…”": the one remembered speaks.
            if let Some(np) = witnessed_speaker(v, c, pre.start) {
                return Some((np, Some(v.toks[c].span), "gerund"));
            }
            // "…, saying, “…”", "… upon saying, “…”": the gerund's speaker is the clause's subject.
            if v.lc(c).ends_with("ing")
                && c > pre.start
                && matches!(
                    v.lc(c - 1),
                    "," | "by" | "upon" | "on" | "after" | "before" | "while" | "when" | "without"
                )
            {
                let comma = v.lc(c - 1) == ",";
                let said = comma
                    .then(|| {
                        said_before_gerund(v, c, pre.start)
                            .or_else(|| pronoun_of_clause_before(v, pre.start, c - 1))
                    })
                    .flatten();
                if let Some(np) = said
                    .or_else(|| clause_subject(v, pre.start, c))
                    .or_else(|| gerund_verb_pronoun(v, pre.start, c))
                {
                    return Some((np, Some(v.toks[c].span), "gerund"));
                }
            }
            // "Bloomfield was asked, “…”": the one asked does not say the quote.
            if c > pre.start && matches!(v.lc(c), "asked" | "told") && v.is_be(c - 1) {
                return None;
            }
            // A participle inside the phrase ("said in a video posted online:") has no subject of
            // its own: keep looking for the main verb further back.
            match v.np_before(c, pre.start) {
                // "The senator emailed supporters saying: “…”", "sent an email to supporters
                // stating, “…”": the addressees do not speak.
                Some(np) if v.lc(c).ends_with("ing") && receives(v, &np, pre.start, pre.start) => {
                    let start = tok_at(v.toks, np.span.start);
                    return clause_subject(v, pre.start, start)
                        .map(|s| (s, Some(v.toks[c].span), "gerund"));
                }
                Some(np) => return Some((np, Some(v.toks[c].span), "speaker_cue_quote")),
                // "When Hal Vell returned he said, “…”": a nominative pronoun after a word.
                None => {
                    if let Some(np) = v.nominative_before(c, pre.start) {
                        return Some((np, Some(v.toks[c].span), "speaker_cue_quote"));
                    }
                }
            }
        }
    }
    // "Speaker: “Q”" (a headline or label form) — a name and a colon, nothing else.
    if v.w(last) == ":" {
        if let Some(np) = presented(v, pre.start, last) {
            return Some((np, Some(v.toks[last].span), "colon_label"));
        }
        // "Lund’s reply was short:", "the board’s letter ends with a plea:": a noun of saying
        // that opens the clause, a few words before the colon; its owner speaks.
        let noun_at = |k: usize| v.lex.speech_nouns.contains(v.lc(k));
        let owned = (pre.start + 1..last)
            .take(6)
            .find(|&k| noun_at(k))
            .and_then(|noun| Some((super::owner(v, noun, pre.start)?, noun)))
            .filter(|(np, _)| clause_opening(v, pre.start, tok_at(v.toks, np.span.start)));
        if let Some((np, noun)) = owned {
            return Some((np, Some(v.toks[noun].span), "possessive"));
        }
        let np = v.np_before(last, pre.start)?;
        let np_tok = tok_at(v.toks, np.span.start);
        // "POLLS MISSED THE SHIFT - Dina Bell: “…”": a newsletter item's source after its heading.
        let after_dash = np_tok > pre.start && matches!(v.w(np_tok - 1), "-" | "—" | "–");
        // "…, whom he described as “rash,” with Ada Venn: “…”": a name after a preposition
        // that takes a verb's object ends the clause before the colon, which a quote earlier in
        // the sentence cut short; it labels nothing. ("by" and "from" present a source:
        // "“…,” by Times' Ada Lund: “…”", "More from Lund: “…”".)
        // ("According to Quillpost: “…”" presents one too.)
        let object = np_tok > pre.start
            && OBJECT_PREPOSITIONS.contains(&v.lc(np_tok - 1))
            && !(np_tok >= 2 && v.lw_is(np_tok - 1, "to") && v.lw_is(np_tok - 2, "according"));
        if np.kind == NpKind::Name && (np_tok <= pre.start + 3 || after_dash) && !object {
            return Some((np, Some(v.toks[last].span), "colon_label"));
        }
        // "Jon Pell delivered a blunt message to Lund: “…”": a noun of saying a few words before
        // the colon, with no verb of saying; the subject of its clause speaks.
        let noun = (pre.start + 1..last).rev().take(6).find(|&k| noun_at(k))?;
        let np = clause_subject(v, pre.start, noun)
            .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Group | NpKind::Pronoun(_)))?;
        return Some((np, Some(v.toks[noun].span), "speaker_cue_quote"));
    }
    None
}

/// "X blamed the press for Y’s claim that the mayor “…”": a named possessor's noun of saying,
/// between the sentence's reporting verb `cue` and the quote, whose "that" clause the quote opens,
/// owns the quote: the possessor and the noun, as step 5b reads them. A pronoun possessor
/// ("repeated his claim that") is most often the verb's own subject, and a quote after the
/// clause's verb ("Y's claim that Z is “not true”") judges the claim instead of giving it.
pub(super) fn claim_between(
    v: &View<'_>,
    sent: Range<usize>,
    rq: &RawQuote,
    cue: Span,
) -> Option<(Np, Span)> {
    let open_tok = tok_at(v.toks, rq.open.start);
    // The shape first, within six words of the quote: a noun of saying, then "that".
    let shape = (open_tok.saturating_sub(6).max(sent.start + 1)..open_tok)
        .any(|k| v.lw_is(k, "that") && v.lex.speech_nouns.contains(v.lc(k - 1)));
    if cue.start > rq.open.start || !shape {
        return None;
    }
    let (np, noun) = possessed_saying(v, sent, rq)?;
    let that = tok_at(v.toks, noun.end);
    (noun.start > cue.end
        && matches!(np.kind, NpKind::Name | NpKind::Group)
        && v.lw_is(that, "that")
        && open_tok - that <= 6
        && (that + 1..open_tok)
            .find(|&k| PREDICATE_AUX.contains(&v.lc(k)))
            .is_none_or(|aux| claim_own_verb(v, that + 1, aux)))
    .then_some((np, noun))
}

/// Whether the auxiliary at `aux` is the claim's own verb, its subject filling `from..aux`: a
/// pronoun, or a determiner or possessive and at most two words ("Y's claim that the board had
/// been “…”", "Y's conclusion that her actions were “…”"). After a bare plural and a verb ("Y's
/// claim that taxes rose was “…”") it may be the sentence's verb judging the claim.
fn claim_own_verb(v: &View<'_>, from: usize, aux: usize) -> bool {
    let words = aux - from;
    (from..aux).all(|k| v.is_word(k) && !v.is_any_cue(k))
        && match words {
            1 => matches!(
                v.lc(from),
                "he" | "she" | "it" | "they" | "we" | "i" | "you"
            ),
            2 | 3 => matches!(
                v.lc(from),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "this"
            ),
            _ => false,
        }
}

/// "his friend", "the company’s lawyer", "Lund’s chief of staff" filling `i..name`: a possessive
/// (a pronoun, or a phrase ending in "’s" or a plural's apostrophe) then up to four lower-case
/// words ending in a role; the name after them is who the role is.
fn possessive_role(v: &View<'_>, i: usize, name: usize) -> bool {
    if matches!(v.lc(i), "his" | "her" | "their" | "its" | "our" | "my") {
        return role_words(v, i + 1..name);
    }
    let possessor_end = (i..name.min(i + 4)).find(|&k| {
        let w = v.w(k);
        v.bare_possessive(k) || (v.is_word(k) && (w.ends_with("’s") || w.ends_with("'s")))
    });
    possessor_end.is_some_and(|p| {
        (i..p).all(|k| v.is_word(k) && !v.is_any_cue(k)) && role_words(v, p + 1..name)
    })
}

/// One to four lower-case words, none a verb of saying, ending in a role of one word or three
/// ("friend", "chief of staff").
fn role_words(v: &View<'_>, r: Range<usize>) -> bool {
    if r.is_empty()
        || r.len() > 4
        || !r
            .clone()
            .all(|k| v.is_word(k) && !v.cap(k) && !v.is_any_cue(k))
    {
        return false;
    }
    let last = r.end - 1;
    v.lex.roles.contains_key(v.lc(last))
        || (r.len() >= 3
            && v.lex.roles.contains_key(
                format!("{} {} {}", v.lc(last - 2), v.lc(last - 1), v.lc(last)).as_str(),
            ))
}

/// "Here’s Lund in December 1992: “…”", "More from Pell: “…”", "From Ana Pell writing at the
/// Post: “…”": a phrase that presents the words to come, opening the sentence (or a newsletter
/// item, after a dash), then a name and at most a short phrase of time, place or medium before
/// the colon at `colon`. The name speaks.
fn presented(v: &View<'_>, lo: usize, colon: usize) -> Option<Np> {
    let name = (colon.saturating_sub(12).max(lo)..colon)
        .filter(|&k| (k == lo || matches!(v.w(k - 1), "-" | "—" | "–")) && v.cap(k))
        .find_map(|open| match v.lc(open) {
            "here’s" | "here's" | "from" => Some(open + 1),
            "here" if v.lw_is(open + 1, "is") => Some(open + 2),
            "more" if v.lw_is(open + 1, "from") => Some(open + 2),
            "listen" if v.lw_is(open + 1, "to") => Some(open + 2),
            "hear" if v.lw_is(open + 1, "from") => Some(open + 2),
            _ => None,
        })?;
    let np = v
        .np_after(name, colon)
        .filter(|np| np.kind == NpKind::Name && tok_at(v.toks, np.span.start) == name)?;
    let rest = tok_at(v.toks, np.span.end)..colon;
    let short_tail = rest.is_empty()
        || (rest.len() <= 8
            && matches!(
                v.lc(rest.start),
                "in" | "on" | "at" | "writing" | "during" | ","
            )
            && rest.clone().all(|k| !v.is_any_cue(k) && !v.is_mark(k)));
    short_tail.then_some(np)
}

/// Does the phrase starting at token `start` open its clause: nothing before it from `lo` but at
/// most three connectives and commas ("But", "And yet,"), or an opening phrase of at most six
/// words and its comma ("Asked about it,")?
fn clause_opening(v: &View<'_>, lo: usize, start: usize) -> bool {
    if start < lo {
        return false;
    }
    let connectives = start - lo <= 3
        && (lo..start).all(|k| {
            matches!(
                v.lc(k),
                "," | "but" | "and" | "yet" | "so" | "still" | "then" | "instead" | "meanwhile"
            )
        });
    connectives
        || (start > lo + 1
            && start - lo <= 7
            && v.w(start - 1) == ","
            && (lo..start - 1).all(|k| v.is_word(k)))
}
