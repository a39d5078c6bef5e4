//! The subject of a reporting verb elsewhere in the quote's sentence ("Lu said that countries
//! lack “…”"), of a gerund or a second predicate, and of the sentence before: who speaks when
//! no tag stands right at the quote.

use super::*;

/// A reporting verb elsewhere in the sentence with a subject: nearest before the quote first,
/// then after it ("Lu said that countries lack “effective status,” …").
pub(super) fn sentence_cue(
    v: &View<'_>,
    sent: Range<usize>,
    rq: &RawQuote,
) -> Option<(Np, Span, &'static str)> {
    let open_tok = tok_at(v.toks, rq.open.start);
    let close_end = rq.close.map_or(rq.content.end, |c| c.end);
    let close_tok = tok_at(v.toks, close_end);
    if let Some((np, c)) = quote_in_absolute(v, sent.start, open_tok) {
        return Some((np, v.toks[c].span, "sentence_cue"));
    }
    // Tokens that are neither a cue nor "according" cannot match: only candidates are visited,
    // and only the nearest few, so that a sentence of many quotes and many cues stays linear.
    let before = v.cue_candidates_in(sent.start..open_tok);
    for &c in before.iter().rev().take(MAX_CUE_CANDIDATES) {
        // “We talk, and he calls people,” said Hale at the group. “…”: a verb inside an earlier
        // quote of the sentence is the quoted speaker's word, not the reporter's.
        if v.in_quote(c) {
            continue;
        }
        // "The paradox of Nancy, says Carl Anton, historian at …, is that she was “…”": an
        // inverted cue set off by commas inside the sentence.
        if c > sent.start
            && v.w(c - 1) == ","
            && v.is_cue(c)
            && v.lex.inverting_cues.contains(v.lc(c))
        {
            if let Some(np) = v.np_after(c + 1, open_tok) {
                let end = tok_at(v.toks, np.span.end);
                if end < open_tok && v.w(end) == "," {
                    return Some((np, v.toks[c].span, "sentence_cue"));
                }
            }
        }
        if v.is_cue(c) {
            if let Some(np) =
                absolute_subject(v, sent.start, c).or_else(|| causative_subject(v, sent.start, c))
            {
                return Some((np, v.toks[c].span, "sentence_cue"));
            }
            if let Some((np, pat)) = subject_of(v, c, sent.start, sent.start) {
                if in_closed_aside(v, c, sent.start, open_tok) {
                    continue;
                }
                if subordinate_cue(v, sent.start, c, open_tok) {
                    break;
                }
                return Some((np, v.toks[c].span, pat));
            }
            if let Some(np) = opening_gerund_subject(v, &sent, c, close_tok) {
                return Some((np, v.toks[c].span, "gerund"));
            }
        }
        if let Some((np, cue)) = v.according_to(c, sent.end) {
            return Some((np, cue, "according_to"));
        }
    }
    for &c in v
        .cue_candidates_in(close_tok..sent.end)
        .iter()
        .take(MAX_CUE_CANDIDATES)
    {
        if v.in_quote(c) {
            continue;
        }
        if let Some((np, cue)) = v.according_to(c, sent.end) {
            return Some((np, cue, "according_to"));
        }
        // "the “kind of problems” Reyes had answering questions": after the quote, a gerund
        // with no comma before it is no act of saying of its own.
        let bare_gerund = v.lc(c).ends_with("ing") && v.w(c - 1) != ",";
        if v.is_cue(c) && !bare_gerund {
            // "… slammed those who outsource to “dictators” and attacked Lund, who has said …":
            // a relative clause after the quote tells of its antecedent, not of the quote.
            match subject_of(v, c, close_tok, sent.start) {
                Some((np, _)) if np.span.slice(v.text).eq_ignore_ascii_case("who") => continue,
                // "… as “acquired,” a word that Lund said hid …": a subject right after "that"
                // or "which" of a noun in apposition to the quote says something of that noun in
                // a relative clause; the quoted words are not its subject's. (Not "the “rigged
                // economy” that he says is …", where the quote itself is the antecedent.)
                Some((np, _))
                    if tok_at(v.toks, np.span.start)
                        .checked_sub(1)
                        .is_some_and(|k| {
                            matches!(v.lc(k), "that" | "which")
                                && (close_tok..k).any(|m| v.is_word(m))
                        }) =>
                {
                    continue
                }
                // "The local name for it, «féra», is on every menu, and she acknowledged that
                // …": a cue of a clause of its own after ", and" that reports what follows its
                // "that" does not tell who wrote the marks before it.
                Some((np, _)) if own_that_clause(v, c, &np, close_tok, sent.end) => continue,
                Some((np, pat)) => return Some((np, v.toks[c].span, pat)),
                None => {}
            }
            if v.lex.inverting_cues.contains(v.lc(c)) && !v.complement_follows(c) {
                // "… and said House Speaker Saul Dyer should resign": a name with its own verb
                // after it opens the reported clause; it is not the inverted cue's speaker.
                // "… and asked the extras to look “…”": after a verb whose object does what
                // the infinitive says (`object_control.txt`), a phrase with "to" after it is that
                // object, not an inverted speaker.
                if let Some(np) = v.np_after(c + 1, sent.end).filter(|np| {
                    let next = tok_at(v.toks, np.span.end);
                    !(plural_say_clause(v, c, np)
                        || next < sent.end && PREDICATE_AUX.contains(&v.lc(next))
                        || next < sent.end
                            && v.lw_is(next, "to")
                            && v.lex.object_control.contains(v.lc(c)))
                }) {
                    return Some((np, v.toks[c].span, "sentence_cue"));
                }
            }
        }
    }
    None
}

/// "…, it's safe to say he's …": plural "say" is far more often an infinitive or a clause's own
/// verb than an inverted cue, and then a pronoun (or "that") after it opens the clause it
/// reports; only a noun phrase after plural "say" is its speaker ("…,” say council members").
fn plural_say_clause(v: &View<'_>, c: usize, np: &Np) -> bool {
    v.lw_is(c, "say")
        && (matches!(np.kind, NpKind::Pronoun(_)) || v.lw_is(tok_at(v.toks, np.span.start), "that"))
}

/// ", with Cory Lindell taking to Twitter to …" ending before token `end`: an absolute phrase
/// (", with" a name or group and a gerund in lower case), found at most `reach` tokens back from
/// `end` with no comma, semicolon or colon between "with" and `end`. The name or group and the
/// gerund's token.
fn absolute_phrase(v: &View<'_>, lo: usize, end: usize, reach: usize) -> Option<(Np, usize)> {
    let with = (lo.max(end.saturating_sub(reach))..end)
        .rev()
        .take_while(|&k| !matches!(v.w(k), "," | ";" | ":"))
        .find(|&k| v.lw_is(k, "with"))?;
    if with <= lo || v.w(with - 1) != "," {
        return None;
    }
    let ing = |k: usize| v.is_word(k) && !v.cap(k) && v.lc(k).ends_with("ing");
    let mut np = v
        .np_after(with + 1, end)
        .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Group))?;
    let mut g = tok_at(v.toks, np.span.end);
    // "with members from three parties warning …": a short phrase of origin or place after the
    // name or group, up to the gerund; a group takes it into its name.
    if g < end && matches!(v.lc(g), "from" | "of" | "in" | "at" | "across") {
        let h = (g + 1..end.min(g + 5)).find(|&k| !v.is_word(k) || v.is_any_cue(k) || ing(k))?;
        if !ing(h) {
            return None;
        }
        if np.kind == NpKind::Group {
            let span = Span::new(np.span.start, v.toks[h - 1].span.end);
            np = Np::group(span, Span::new(np.core.start, span.end), np.gender);
        }
        g = h;
    }
    (g < end && ing(g)).then_some((np, g))
}

/// "The campaign denied it, with Cory Lindell taking to Twitter to say Fenwick was “delusional”": a
/// cue inside an absolute phrase has that phrase's name or group for its subject, not the main
/// clause's. The cue is the phrase's own gerund, or an infinitive or a gerund after it, at most
/// twelve tokens after "with".
fn absolute_subject(v: &View<'_>, lo: usize, c: usize) -> Option<Np> {
    // The look back is spared for every finite verb.
    if c <= lo || !(v.lw_is(c - 1, "to") || v.lc(c).ends_with("ing")) {
        return None;
    }
    // (The cue may be the phrase's own gerund: ", with critics warning that … “…”".)
    absolute_phrase(v, lo, c + 1, 13).map(|(np, _)| np)
}

/// Verbs that make someone do what the infinitive after their object says ("prompted the
/// almanac to say", "led Ada Lund to declare"): that object is the infinitive's subject.
const CAUSATIVES: &[&str] = &[
    "prompted",
    "prompts",
    "prompting",
    "prompt",
    "led",
    "leads",
    "leading",
    "forced",
    "forces",
    "forcing",
    "caused",
    "causes",
    "pushed",
    "inspired",
    "inspires",
    "compelled",
    "moved",
    "drove",
    "spurred",
];

/// "That record prompted the Dorset Almanac, which tracks bellwether towns, to say, “…”": an
/// infinitive cue after the object of a causative verb has that object for its subject (the
/// sentence's subject, "the record", does not speak). The object is a name or a group ending
/// right before "to" or before a relative clause between commas.
fn causative_subject(v: &View<'_>, lo: usize, c: usize) -> Option<Np> {
    if c < lo + 3 || !v.lw_is(c - 1, "to") {
        return None;
    }
    // The phrase reads are spared when no causative verb stands within reach.
    if !(lo.max(c.saturating_sub(22))..c - 1).any(|k| CAUSATIVES.contains(&v.lc(k))) {
        return None;
    }
    // "…, which tracks bellwether towns, to state": past a relative clause between commas.
    let end = if v.w(c - 2) == "," {
        (lo.max(c.saturating_sub(18))..c - 2)
            .rev()
            .find(|&k| v.w(k) == "," && matches!(v.lc(k + 1), "which" | "who"))?
    } else {
        c - 1
    };
    let np = v.np_before(end, lo)?;
    let first = tok_at(v.toks, np.span.start);
    let at = title_start(v, first, lo);
    (at > lo
        && CAUSATIVES.contains(&v.lc(at - 1))
        && matches!(np.kind, NpKind::Name | NpKind::Group))
    .then_some(np)
}

/// "… with Cory Lindell taking to Twitter to call Fenwick “delusional”": a quote inside an
/// absolute phrase, after a verb of saying or naming that follows the phrase's gerund (a gerund
/// right before the quote has its own rule), is the phrase's name's or group's. At most sixteen
/// tokens back from the quote. The name or group and the verb's token.
fn quote_in_absolute(v: &View<'_>, lo: usize, open_tok: usize) -> Option<(Np, usize)> {
    let (np, g) = absolute_phrase(v, lo, open_tok, 16)?;
    let c = (g + 1..open_tok).rev().find(|&k| {
        v.is_any_cue(k)
            || matches!(
                v.lc(k),
                "call" | "describe" | "label" | "brand" | "dub" | "deem" | "declare"
            )
    })?;
    Some((np, c))
}

/// "By calling the plan “a disgrace,” Tom Hale made enemies": a gerund of saying right after a
/// preposition that opens the sentence has the main clause's subject for its own; the main
/// clause starts after the phrase's comma (inside the closing mark or after it), at most a few
/// words past the quote, and its subject is followed by a lower-case verb.
fn opening_gerund_subject(
    v: &View<'_>,
    sent: &Range<usize>,
    c: usize,
    close_tok: usize,
) -> Option<Np> {
    if c != sent.start + 1
        || !v.lc(c).ends_with("ing")
        || !matches!(
            v.lc(sent.start),
            "by" | "in" | "after" | "while" | "before" | "when" | "since" | "upon" | "on"
        )
    {
        return None;
    }
    let comma_inside = close_tok > c + 1 && v.w(close_tok - 2) == "," && v.is_mark(close_tok - 1);
    let main = if comma_inside {
        close_tok
    } else {
        (close_tok..sent.end)
            .take(12)
            .take_while(|&k| !v.is_mark(k))
            .find(|&k| v.w(k) == ",")?
            + 1
    };
    let np = v.np_after(main, sent.end)?;
    let next = tok_at(v.toks, np.span.end);
    (tok_at(v.toks, np.span.start) == main
        && matches!(np.kind, NpKind::Name | NpKind::Group | NpKind::Pronoun(_))
        && next < sent.end
        && v.is_word(next)
        && !v.cap(next))
    .then_some(np)
}

/// "…, where about 50 protesters had gathered on Wednesday, chanting “…”": a gerund right after
/// a clause set off by a comma or a dash that has a subject of its own goes with that subject,
/// not the main clause's: a clause of place or of simultaneous time ("where", "as", "while",
/// "when"), or a second main clause whose subject is a name or a pronoun ("…, and he has
/// battled with the mayor, at one point calling him a “liar”"). "after …", a clause of what
/// came before, does not ("…, after her statement was shown to be false, stating …"). `g0` is
/// the gerund's token, after the comma; the clause is looked for within a few words before it.
fn subordinate_subject_before(v: &View<'_>, sent_start: usize, g0: usize) -> Option<Np> {
    let comma = g0.checked_sub(1).filter(|&k| v.w(k) == ",")?;
    if let Some(np) = pronoun_of_clause_before(v, sent_start, comma) {
        return Some(np);
    }
    let open = (sent_start.max(comma.saturating_sub(16))..comma)
        .rev()
        .find(|&k| matches!(v.w(k), "," | "—" | "–"))?;
    let coordinated = matches!(v.lc(open + 1), "and" | "but");
    if !coordinated && !matches!(v.lc(open + 1), "where" | "as" | "while" | "when") {
        return None;
    }
    clause_subject(v, open + 2, comma).filter(|np| {
        let first = tok_at(v.toks, np.span.start);
        if coordinated {
            first == open + 2 && matches!(np.kind, NpKind::Name | NpKind::Pronoun(_))
        } else {
            first <= open + 3
                && matches!(np.kind, NpKind::Name | NpKind::Group | NpKind::Pronoun(_))
        }
    })
}

/// "…, though last week he used stronger words, saying “…”", "… even as she defended the plan,
/// calling it “…”": a personal pronoun that opens a clause of time, manner or concession right
/// before the gerund's comma is the gerund's subject (the person the main clause names, most
/// often, but the mention the gerund goes with is the nearer one). A short phrase of time or
/// place may stand between the conjunction and the pronoun. Looked for within a few words of
/// the comma, and not past another comma or a clause's other verb of saying.
pub(super) fn pronoun_of_clause_before(
    v: &View<'_>,
    sent_start: usize,
    comma: usize,
) -> Option<Np> {
    const REACH: usize = 16;
    let lo = sent_start.max(comma.saturating_sub(REACH));
    let sub = (lo..comma)
        .rev()
        .take_while(|&k| v.w(k) != ",")
        .find(|&k| {
            matches!(
                v.lc(k),
                "though" | "although" | "as" | "when" | "while" | "because"
            )
        })?;
    // The pronoun right after the conjunction, or after a phrase of time or place that opens
    // with a preposition ("though in a speech last week he …").
    let p = if v.nominative(sub + 1) {
        sub + 1
    } else if PREPOSITIONS.contains(&v.lc(sub + 1)) {
        (sub + 2..comma)
            .take(7)
            .take_while(|&k| v.is_word(k) && !v.is_any_cue(k))
            .find(|&k| v.nominative(k))?
    } else {
        return None;
    };
    // A verb comes right after it (a word in lower case), and no verb of saying before the
    // comma, whose own clause the gerund would follow.
    let verb_next = p + 1 < comma && v.is_word(p + 1) && !v.cap(p + 1);
    if !verb_next || (p + 1..comma).any(|k| v.is_cue(k)) {
        return None;
    }
    Some(v.word_np(p, NpKind::Pronoun(v.pronoun(p)?)))
}

/// "Lund said the budget was late, but she called it a “…”": the quote stands in a clause of its
/// own whose subject is "he" or "she", while the verb of saying that found the speaker is in
/// another clause of the sentence. That pronoun is the mention that ties the words to the
/// person (the name stays the one found). Either the speaker `np` stands before the quote and
/// the pronoun opens a clause after ", but" or ";" between them (not ", and", which more often
/// goes on with the clause the speaker reports: "X said that …, and he had …"), or `np` is a pronoun
/// after the quote ("He praised a “…”, and he added …") and the pronoun of the same gender
/// opens the sentence or a clause before the quote. Read back from the quote over a few words,
/// and not past a quote mark, a cue or another subject pronoun.
pub(super) fn own_clause_pronoun(
    v: &View<'_>,
    sent: Range<usize>,
    open_tok: usize,
    np: &Np,
) -> Option<Np> {
    const REACH: usize = 16;
    let after = np.span.start >= v.toks.get(open_tok)?.span.end;
    let g = match np.kind {
        NpKind::Pronoun(g @ (Gender::Male | Gender::Female)) => Some(g),
        NpKind::Name if !after => np.gender,
        _ => return None,
    };
    let lo = if after {
        sent.start
    } else {
        tok_at(v.toks, np.span.end).max(sent.start)
    }
    .max(open_tok.saturating_sub(REACH));
    let mut k = open_tok;
    while k > lo {
        k -= 1;
        if v.is_mark(k) || v.is_cue(k) || matches!(v.lc(k), "they" | "we" | "i") {
            return None;
        }
        if !matches!(v.lc(k), "he" | "she") {
            continue;
        }
        let pg = v.pronoun(k)?;
        let verb_next = k + 1 < open_tok && v.is_word(k + 1) && !v.cap(k + 1);
        let opens = if after {
            k == sent.start || v.w(k - 1) == "," || matches!(v.lc(k - 1), "and" | "but")
        } else {
            // (The comma may stand inside an earlier quote's closing mark: "“…,” but he".)
            let comma = |j: usize| v.w(j) == "," || j > lo && v.is_mark(j) && v.w(j - 1) == ",";
            k > lo + 1 && v.lw_is(k - 1, "but") && comma(k - 2) || k > lo && v.w(k - 1) == ";"
        };
        let fits = g.is_none_or(|g| g == pg);
        return (verb_next && opens && fits).then(|| v.pronoun_np(k, pg));
    }
    None
}

/// "Ada Lund ended the talks when she left the room, calling it “…”": a "he" or "she" that
/// opens a clause of time, manner or cause right before the gerund's comma `comma`, after the
/// gerund's subject `np`, is the subject the gerund goes with. Unlike
/// [`pronoun_of_clause_before`], that clause may have a verb of saying of its own. Read back
/// over a few words, not past another comma or a quote mark.
pub(super) fn gerund_clause_pronoun(v: &View<'_>, np: &Np, comma: usize) -> Option<Np> {
    const REACH: usize = 12;
    let lo = tok_at(v.toks, np.span.end).max(comma.saturating_sub(REACH));
    let k = (lo + 1..comma)
        .rev()
        .take_while(|&k| v.w(k) != "," && !v.is_mark(k))
        .find(|&k| matches!(v.lc(k), "he" | "she"))?;
    let opens = matches!(
        v.lc(k - 1),
        "when" | "as" | "while" | "after" | "before" | "though" | "although" | "because"
    );
    let g = v.pronoun(k)?;
    let verb_next = k + 1 < comma && v.is_word(k + 1) && !v.cap(k + 1);
    (opens && verb_next && np.gender.is_none_or(|ng| ng == g)).then(|| v.pronoun_np(k, g))
}

/// A cue after the quote whose subject opens a clause of its own after ", and" or ", but" (past
/// some words after the quote) and that reports a clause of its own: after "that", or a clause
/// `clause_after` reads ("…, and a former official said there have been talks").
fn own_that_clause(v: &View<'_>, c: usize, np: &Np, close_tok: usize, hi: usize) -> bool {
    let nt = tok_at(v.toks, np.span.start);
    nt > close_tok + 2
        && matches!(v.lc(nt - 1), "and" | "but")
        && v.w(nt - 2) == ","
        && (v.lw_is(c + 1, "that") || clause_after(v, c, hi).is_some())
}

/// "…, which the Pell Institute estimates would cost $2 billion, would risk “…”", "he has no
/// small hands – as Lund has said – and can “…”": a cue inside an aside (a relative clause set off
/// by commas, a phrase between dashes or in parentheses) that closes before the quote tells of
/// the aside, not of the quote. Both ends are looked for within a few words of the cue, so the
/// test is bounded however long the sentence.
fn in_closed_aside(v: &View<'_>, c: usize, sent_start: usize, open_tok: usize) -> bool {
    const REACH: usize = 24;
    // A hyphen is a dash only with a space before it ("Spiller - as …", "Spiller -- as …", whose
    // second hyphen is a token of its own), not in "front-runner".
    let dash = |k: usize| {
        matches!(v.w(k), "—" | "–" | "--")
            || (v.w(k) == "-" && v.text[..v.toks[k].span.start].ends_with([' ', '-']))
    };
    let Some(close) = (c + 1..open_tok)
        .take(REACH)
        .find(|&k| matches!(v.w(k), "," | ")") || dash(k))
    else {
        return false;
    };
    let Some(open) = (sent_start.max(c.saturating_sub(REACH))..c)
        .rev()
        .find(|&k| matches!(v.w(k), "," | "(" | ")") || dash(k))
    else {
        return false;
    };
    // "Spiller -- as Lund's campaign noted -- promoted …": an aside of "as" credits the clause
    // around it to its speaker, as "according to" does.
    let first = if dash(open) && dash(open + 1) {
        open + 2
    } else {
        open + 1
    };
    if v.lw_is(first, "as") {
        return false;
    }
    match v.w(close) {
        ")" => v.w(open) == "(",
        "," => {
            v.w(open) == ","
                && open + 1 < c
                && matches!(v.lc(open + 1), "which" | "who" | "whom" | "whose")
        }
        _ => dash(open),
    }
}

/// "When Lund mentioned the governor, the crowd chanted “…”": a cue in a clause opened by a
/// subordinating word, with the clause's comma before the quote, reports an act of its own; the
/// quote stands in the main clause, whose subject the cue does not name. Cues further back are
/// further still from the quote's clause.
pub(super) fn subordinate_cue(v: &View<'_>, sent_start: usize, c: usize, open_tok: usize) -> bool {
    // The cue's clause opens at the sentence start or after a comma, at most a few words back.
    // ("As Lund explained, …" and "because, according to Lund, …" attribute the main clause.)
    let floor = sent_start.max(c.saturating_sub(16));
    let opens = (floor..=c)
        .rev()
        .find(|&k| k == sent_start || v.w(k - 1) == ",")
        .unwrap_or(c);
    // "In a clip that Judge Hale called “distasteful,” Ekker …": a phrase of a preposition whose
    // noun a relative clause tells of, the cue in that clause.
    let relative_in_phrase = || {
        PREPOSITIONS.contains(&v.lc(opens))
            && (opens + 1..c).any(|k| matches!(v.lc(k), "that" | "which" | "where" | "whom"))
    };
    opens < c
        && (matches!(
            v.lc(opens),
            "when"
                | "after"
                | "before"
                | "while"
                | "because"
                | "although"
                | "though"
                | "since"
                | "until"
                | "once"
                | "if"
        ) || relative_in_phrase()
            // "As the hearing went on, Lund stood by …": in a clause of "as", "went on" tells
            // of time going by, not of speech ("As Lund explained, …" still reports).
            || v.lc(opens) == "as" && matches!(v.lc(c), "went" | "goes") && v.lw_is(c + 1, "on"))
        // The clause's comma follows within a few words: a bounded look, as this runs for each
        // cue candidate of each quote.
        && (c + 1..open_tok).take(12).any(|k| v.w(k) == ",")
}

/// The first of two gerunds joined by "and" when it follows a comma: "…, holding signs and
/// chanting “…”" gives the gerund at `c` the first one's place in the sentence.
pub(super) fn coordinated_gerund(v: &View<'_>, c: usize, lo: usize) -> Option<usize> {
    if c < lo + 3 || v.lc(c - 1) != "and" {
        return None;
    }
    (lo + 1..c - 1)
        .rev()
        .take(8)
        .take_while(|&k| v.is_word(k) || v.w(k) == "-")
        .find(|&k| v.w(k - 1) == "," && v.lc(k).ends_with("ing") && !v.cap(k))
}

/// "…, such as when Vega faulted Arden on rents and called him a “…”", "…, and when Arden thanked
/// the crew and said …": the named subject of a clause opened by a subordinating word a few words
/// before the conjunction at `and`, which a verb coordinated after it shares. A name only:
/// "after he clinched the nomination and said" may as well go on with the main clause, and a
/// pronoun there gives no footing to tell.
pub(super) fn subordinate_named_subject(v: &View<'_>, lo: usize, and: usize) -> Option<Np> {
    (lo.max(and.saturating_sub(11))..and)
        .rev()
        .find(|&k| matches!(v.lc(k), "when" | "while" | "after" | "because" | "since"))
        .and_then(|k| clause_subject(v, k + 1, and))
        .filter(|np| np.kind == NpKind::Name)
}

pub(super) fn subject_of(
    v: &View<'_>,
    c: usize,
    lo: usize,
    sent_start: usize,
) -> Option<(Np, &'static str)> {
    // "asked him to say" names no speaker; "went on to call" and "continued to insist" do: the
    // subject of the verb before "to".
    if c > 0 && v.lc(c - 1) == "to" {
        let carry_on = c >= 2
            && c - 2 > lo
            && matches!(
                v.lc(c - 2),
                "on" | "continued" | "continues" | "proceeded" | "proceeds"
            );
        // "was quick to add", "is careful to say": the subject of the "be" before the adjective.
        let adjective = c >= 3
            && c - 3 > lo
            && matches!(
                v.lc(c - 2),
                "quick" | "careful" | "eager" | "keen" | "swift" | "ready" | "happy" | "anxious"
            )
            && matches!(v.lc(c - 3), "was" | "were" | "is" | "are");
        if !carry_on && !adjective {
            return purpose_subject(v, c, lo).map(|np| (np, "sentence_cue"));
        }
        let verb = if v.lc(c - 2) == "on" || adjective {
            c - 3
        } else {
            c - 2
        };
        return v
            .np_before(verb, lo)
            .filter(|np| tok_at(v.toks, np.span.end) == verb)
            .map(|np| (np, "sentence_cue"));
    }
    // "X was joined on stage and joked, “…”": the clause's subject, when no other person stands
    // between it and the verb.
    // "… but now said": adverbs may stand between the conjunction and the verb.
    // "…, holding signs and chanting “…”": a gerund coordinated with one after a comma shares
    // its subject.
    let c = coordinated_gerund(v, c, lo).unwrap_or(c);
    let mut conj = c;
    while conj > sent_start + 1 && c - conj < 3 && v.is_adverb(conj - 1) {
        conj -= 1;
    }
    if conj > sent_start && matches!(v.lc(conj - 1), "and" | "but") {
        let np = match subordinate_named_subject(v, sent_start, conj - 1) {
            Some(np) => np,
            None => clause_subject(v, sent_start, conj)?,
        };
        let after = tok_at(v.toks, np.span.end);
        // Another subject in between takes the verb: a pronoun, a quote, or a name that opens a
        // clause. A name that is an object ("supported Ned Paulsen", "battled with Acme") does not.
        let rival = (after..c).any(|k| {
            let clause_start = k > after
                && matches!(
                    v.lc(k - 1),
                    "," | "and"
                        | "but"
                        | "that"
                        | "while"
                        | "when"
                        | "as"
                        | "after"
                        | "before"
                        | "because"
                        | "who"
                        | "since"
                        | "until"
                );
            // An object pronoun ("did not mention him by name, but told …") takes no verb, and
            // a relative one right after the subject ("Lund, who was speaking …, but told")
            // stands for the subject.
            (v.cap(k) && !v.is_sentence_start(k) && clause_start)
                || v.pronoun(k).is_some_and(|g| {
                    let object = matches!(v.lc(k), "him" | "them" | "us" | "me");
                    let own_relative = g == Gender::Relative && k == after + 1 && v.w(after) == ",";
                    !object && !own_relative
                })
                || v.is_mark(k)
        });
        return (!rival && matches!(np.kind, NpKind::Name | NpKind::Pronoun(_)))
            .then_some((np, "sentence_cue"));
    }
    if v.lc(c).ends_with("ing") {
        // "…, saying “…”": the subject of the main clause speaks.
        let prev = if c > sent_start { v.lc(c - 1) } else { "" };
        // "A tweet quoted the president as saying “…”": the one quoted speaks.
        if prev == "as" && c > lo + 2 {
            if let Some(np) = v.np_before(c - 1, lo) {
                let b = tok_at(v.toks, np.span.start);
                if b > lo && matches!(v.lc(b - 1), "quoted" | "quotes" | "quoting" | "quote") {
                    return Some((np, "gerund"));
                }
            }
        }
        // "…, Brandt said, adding that …": the speaker of the reporting verb just before.
        if prev == "," {
            if let Some(np) = said_before_gerund(v, c, sent_start) {
                return Some((np, "gerund"));
            }
        }
        // "…, recently telling one person that …", "…, also calling on …": adverbs may stand
        // between.
        let mut g0 = c;
        while g0 > sent_start + 1
            && c - g0 < 2
            && (v.lc(g0 - 1).ends_with("ly")
                || matches!(
                    v.lc(g0 - 1),
                    "also" | "instead" | "again" | "even" | "still"
                ))
        {
            g0 -= 1;
        }
        // "…, at one point calling the mayor a “liar”", "…, in turn calling …": a short
        // prepositional phrase of time or manner between the comma and the gerund.
        if g0 > sent_start + 4
            && v.w(g0 - 4) == ","
            && matches!(v.lc(g0 - 3), "at" | "in" | "for")
            && (g0 - 2..g0).all(|k| v.is_word(k) && !v.cap(k) && !v.is_any_cue(k))
        {
            g0 -= 3;
        } else if g0 > sent_start + 3
            && v.w(g0 - 3) == ","
            && matches!(
                (v.lc(g0 - 2), v.lc(g0 - 1)),
                ("in", "turn") | ("at" | "for", "times" | "once" | "now") | ("once", "again")
            )
        {
            g0 -= 2;
        }
        // "… on “Morning Tide,” calling it …": a title's comma inside its closing mark.
        let comma_in_mark = g0 > sent_start + 2 && v.is_mark(g0 - 1) && v.w(g0 - 2) == ",";
        // "She declined to claim a win - only saying that …": a spaced dash sets the gerund off
        // as a comma does.
        let dash = g0 > sent_start + 1 && v.spaced_dash(g0 - 1);
        if (comma_in_mark
            || dash
            || matches!(
                v.lc(g0.max(sent_start + 1) - 1),
                "," | "by" | "while" | "after" | "before" | "when" | "in"
            ))
            && g0 > sent_start
        {
            if let Some(np) = subordinate_subject_before(v, sent_start, g0) {
                return Some((np, "gerund"));
            }
            return clause_subject(v, sent_start, g0)
                .or_else(|| gerund_verb_pronoun(v, sent_start, g0))
                .map(|np| (np, "gerund"));
        }
        // "She recalled her father telling her: “…”", "heard a neighbour shouting “…”": the one
        // remembered or heard speaks, a determiner and at most two lower-case words.
        if let Some(np) = witnessed_speaker(v, c, lo) {
            return Some((np, "gerund"));
        }
        // "Harlow calling it “a great meeting”": the phrase right before the gerund; a pronoun
        // only before a progressive's auxiliary ("he is predicting that …"), where the gerund
        // is the clause's verb.
        // ("He’s predicting": the pronoun written together with the progressive's "is".)
        let progressive = matches!(
            prev,
            "is" | "are" | "was" | "were" | "’s" | "'s" | "’re" | "'re"
        ) || (prev.contains(['\'', '’']) && v.pronoun(c - 1).is_some());
        let np = v.np_before(c, lo).filter(|np| {
            matches!(np.kind, NpKind::Name | NpKind::Group)
                || (progressive && matches!(np.kind, NpKind::Pronoun(_)))
        })?;
        // "The union placed newspaper ads calling the deal a “…”", "…, and placed ads calling
        // …": a phrase that holds a verb in the past (a lower-case "-ed" word after a group's
        // noun, or opening the phrase) is a clause and its object, not a speaker; whose ads they
        // are is left unread.
        let (s, e) = (tok_at(v.toks, np.span.start), tok_at(v.toks, np.span.end));
        let holds_verb = (s..e).take(8).any(|k| {
            let l = v.lc(k);
            !v.cap(k)
                && l.len() > 4
                && l.ends_with("ed")
                && !v.is_group_head(k)
                && (k == s || v.is_group_head(k - 1))
        });
        if holds_verb {
            return None;
        }
        // Unless that phrase is what the clause's subject sent or whom it wrote to ("issued a
        // statement describing", "wrote a letter to Attorney General Lisa Lamb asking"): then the
        // subject speaks.
        if receives(v, &np, lo, sent_start) {
            return clause_subject(v, sent_start, tok_at(v.toks, np.span.start))
                .map(|np| (np, "gerund"));
        }
        return Some((np, "gerund"));
    }
    // A passive ("hours after the staffer was charged") has no speaker for a subject; "was quoted
    // as saying" does.
    let mut aux = c;
    while aux > lo && c - aux < 3 && v.lc(aux - 1).ends_with("ly") {
        aux -= 1;
    }
    if aux > lo
        && (v.lc(c).ends_with("ed") || matches!(v.lc(c), "said" | "told"))
        && !v.lw_is(c, "quoted")
        && v.is_be(aux - 1)
    {
        return None;
    }
    // "The board's reviewers had said", "Those surveyed said": a phrase from the sentence's first
    // word to the verb, opened by a determiner, names the speaker by what they are.
    // Not with "called" or "described": "A warm-up band called Glassfunk" names the band.
    // A noun inside a participle's phrase ("A nurse reached at the hospital said") is never the
    // verb's subject: that phrase is read first.
    let np = participle_subject(v, c, lo)
        .or_else(|| v.np_before(c, lo))
        .or_else(|| v.nominative_before(c, lo))
        .or_else(|| share_before(v, c, lo))
        .or_else(|| {
            if lo > sent_start || v.lc(c).starts_with("call") || v.lc(c).starts_with("descri") {
                return None;
            }
            let mut k = c;
            while k > sent_start && c - k < 3 && v.is_adverb(k - 1) {
                k -= 1;
            }
            // "On Sunday, the front-runner said": the same phrase after an introductory phrase's comma.
            v.bare_role_before(sent_start, k)
                .or_else(|| {
                    let comma = (sent_start..k).rev().take(7).find(|&j| v.w(j) == ",")?;
                    v.bare_role_before(comma + 1, k)
                })
                // "The authority, which runs the barrier, said": the phrase before a relative
                // aside closed right before the verb.
                .or_else(|| {
                    let open = closed_relative_aside(v, sent_start, k)?;
                    v.bare_role_before(sent_start, open)
                })
                // "One victim, a widow of 81, said", also after an opening phrase's comma: the
                // phrase before an apposition closed right before the verb.
                .or_else(|| {
                    let close = k
                        .checked_sub(1)
                        .filter(|&c| c > sent_start && v.w(c) == ",")?;
                    let open = v.prev_comma(close, sent_start)?;
                    if open + 1 >= close {
                        return None;
                    }
                    // A noun's apposition ("a widow", "54"), not a participle's phrase ("The
                    // sound system, cycling through songs, added …").
                    let noun = matches!(v.lc(open + 1), "a" | "an" | "the")
                        || v.w(open + 1).bytes().all(|b| b.is_ascii_digit());
                    if !noun || !v.is_apposition(open + 1..close) {
                        return None;
                    }
                    let from = v.prev_comma(open, sent_start).map_or(sent_start, |c| c + 1);
                    v.bare_role_before(from, open)
                })
                // "While those surveyed said …": after a subordinating word that opens the
                // sentence.
                .or_else(|| {
                    (sent_start + 1 < k
                        && matches!(
                            v.lc(sent_start),
                            "while" | "although" | "though" | "because" | "since" | "as" | "if"
                        ))
                    .then(|| v.bare_role_before(sent_start + 1, k))
                    .flatten()
                })
        })?;
    // "A letter from the group obtained by The Star warns": the agent of a participle is no
    // subject; the phrase before the participle is.
    let mut b = tok_at(v.toks, np.span.start);
    if b > lo && matches!(v.lc(b - 1), "the" | "a" | "an") {
        b -= 1;
    }
    let np = match b.checked_sub(2) {
        Some(p) if p > lo && v.lc(p + 1) == "by" && v.lc(p).ends_with("ed") && !v.is_cue(p) => {
            v.np_before(p, lo)?
        }
        _ => np,
    };
    let pat = match v.lc(c) {
        "described" | "describes" => "described_as",
        "called" | "calls" => "called",
        _ => "sentence_cue",
    };
    // "a group called “We The People”", "a group called the “…”": a participle naming a thing,
    // not a speaker calling anything.
    if pat == "called"
        && np.kind == NpKind::Group
        && matches!(v.lc(tok_at(v.toks, np.span.start)), "a" | "an")
        && tok_at(v.toks, np.span.end) == c
        && c + 2 < v.toks.len()
        && (v.is_mark(c + 1) || v.lw_is(c + 1, "the") && v.is_mark(c + 2))
    {
        return None;
    }
    Some((np, pat))
}

/// Irregular past participles that follow a noun in a reduced relative clause ("a letter sent
/// on Monday", "a memo written in March"); regular ones end in "-ed".
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "sent", "written", "made", "given", "taken", "held", "shown", "seen", "drawn", "chosen",
    "paid", "brought", "found", "heard", "won", "put",
];

/// Words that may open the phrase after a participle of a reduced relative clause: a
/// preposition (its agent, time or place) or a word of time. A determiner or a noun there would
/// be the object of a verb in the past tense ("The mayor learned the report said"), whose
/// subject is no speaker of the next verb.
const PARTICIPLE_PHRASE_OPENERS: &[&str] = &[
    "by",
    "on",
    "in",
    "at",
    "for",
    "from",
    "during",
    "after",
    "before",
    "over",
    "last",
    "this",
    "earlier",
    "late",
    "early",
    "yesterday",
    "today",
];

/// At most this many tokens between a participle and the verb it stands before.
const MAX_PARTICIPLE_PHRASE: usize = 6;

/// "The campaign video released Thursday accuses", "A spokesman reached by phone on Friday
/// said", "Several nurses interviewed last week said": a reduced relative clause (a past
/// participle and a short phrase of agent, time or place) between the subject's noun and its
/// verb `c`. The phrase before the participle speaks; nothing is read when the phrase holds
/// a cue, a verb's auxiliary, a pronoun, a conjunction or a comma (a clause of its own).
fn participle_subject(v: &View<'_>, c: usize, lo: usize) -> Option<Np> {
    let mut k = c;
    while k > lo + 1 && c - k < 2 && v.is_adverb(k - 1) {
        k -= 1;
    }
    // A word of the phrase after the participle: no verb or clause of its own.
    let plain = |j: usize| {
        (v.is_word(j) || matches!(v.w(j), "’s" | "'s"))
            && !v.is_any_cue(j)
            && !v.is_be(j)
            && v.pronoun(j).is_none()
            && !SUBORDINATORS.contains(&v.lc(j))
            && !matches!(
                v.lc(j),
                "and" | "or" | "but" | "that" | "who" | "which" | "as" | "has" | "have" | "had"
            )
    };
    let mut p = None;
    for j in (lo.max(k.saturating_sub(MAX_PARTICIPLE_PHRASE + 1)) + 1..k.saturating_sub(1)).rev() {
        let w = v.lc(j);
        let participle = (w.len() > 4 && w.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&w))
            && v.is_word(j)
            && !v.cap(j)
            && !v.is_any_cue(j);
        if participle
            && (PARTICIPLE_PHRASE_OPENERS.contains(&v.lc(j + 1))
                || TIME_WORDS[..7].contains(&v.lc(j + 1)))
        // the seven weekdays
        {
            p = Some(j);
            break;
        }
        // A second participle or verb in the past tense: more than one short phrase.
        if !plain(j) || w.ends_with("ed") {
            return None;
        }
    }
    let p = p?;
    if !plain(k - 1) {
        return None;
    }
    // "Fans joined in a loud chant of “…”": after a determiner in the phrase, a cue that may be
    // a noun ends that phrase and the participle was the clause's verb. Only a verb in the past
    // tense is read as the subject's own.
    let determined = (p + 1..k).any(|j| {
        matches!(
            v.lc(j),
            "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "my"
        )
    });
    if determined && !(v.lc(c).ends_with("ed") || matches!(v.lc(c), "said" | "told" | "wrote")) {
        return None;
    }
    v.np_before(p, lo)
        .filter(|np| {
            matches!(np.kind, NpKind::Name | NpKind::Group) && tok_at(v.toks, np.span.end) == p
        })
        .or_else(|| v.bare_role_before(lo, p))
}

/// The comma that opens a relative aside closed by a comma right before token `verb` ("The
/// authority, which runs the barrier, said"): a "which", "who" or "whose" after it, and no other
/// punctuation or quote mark in the aside, read back at most `MAX_ASIDE` tokens.
fn closed_relative_aside(v: &View<'_>, sent_start: usize, verb: usize) -> Option<usize> {
    const MAX_ASIDE: usize = 16;
    let close = verb
        .checked_sub(1)
        .filter(|&c| c > sent_start && v.w(c) == ",")?;
    let open = (sent_start..close)
        .rev()
        .take(MAX_ASIDE)
        .take_while(|&j| v.is_word(j) || v.w(j) == ",")
        .find(|&j| v.w(j) == ",")?;
    (open > sent_start && matches!(v.lc(open + 1), "which" | "who" | "whose")).then_some(open)
}

/// "21 percent said", "four in 10 said", "61% say": a share of those polled, right before the
/// verb, speaks as a group.
pub(super) fn share_before(v: &View<'_>, c: usize, lo: usize) -> Option<Np> {
    let number = |k: usize| {
        let w = v.lc(k);
        w.starts_with(|ch: char| ch.is_ascii_digit())
            || matches!(
                w,
                "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "half"
            )
    };
    // One read of the word before the verb serves every shape (this runs for each cue candidate
    // of each quote).
    let prev = if c > lo { v.lc(c - 1) } else { "" };
    let start = if c >= lo + 2 && matches!(prev, "percent" | "%") && number(c - 2) {
        c - 2
    } else if c >= lo + 3 && v.lc(c - 2) == "in" && number(c - 1) && number(c - 3) {
        c - 3
    } else if matches!(
        prev,
        "another" | "others" | "most" | "many" | "some" | "several"
    )
        // "Yet another said", "most said they were …": the quantifier opens its clause and
        // stands for people of a group named before.
        && (c - 1 == lo
            || v.is_sentence_start(c - 1)
            || matches!(v.lc(c - 2), "," | ";" | "yet" | "and" | "but" | "while"))
    {
        c - 1
    } else {
        return None;
    };
    Some(group_np(v.span(start..c)))
}

/// "…, Spiller said, adding, “…”": the speaker of a reporting verb at most four tokens before the
/// comma that precedes the gerund at `c`, when that speaker ends right at the verb.
pub(super) fn said_before_gerund(v: &View<'_>, c: usize, sent_start: usize) -> Option<Np> {
    let k = (sent_start..c.checked_sub(1)?)
        .rev()
        .take(4)
        .find(|&k| v.is_cue(k))?;
    v.np_before(k, sent_start)
        .filter(|np| tok_at(v.toks, np.span.end) == k)
}

/// Is this group phrase the object of a verb before it: a document ("issued a statement",
/// "sent out a press release") or the people addressed ("emailed supporters")?
/// The phrase `np` right before a reporting gerund is what or whom the clause's verb acts on, not
/// its speaker: the verb's object ("emailed supporters saying"), or the one written to, titles
/// before the name included ("sent a letter to Attorney General Lisa Lamb asking").
pub(super) fn receives(v: &View<'_>, np: &Np, lo: usize, sent_start: usize) -> bool {
    let start = tok_at(v.toks, np.span.start);
    let mut b = start;
    while b > lo && v.cap(b - 1) && start - b < 4 {
        b -= 1;
    }
    // "wrote to X asking", and the place or medium of the act ("responded on Facebook writing",
    // "spoke at Dunmore College saying", "shouting at people on their way into the hall saying").
    (b > lo
        && matches!(
            v.lc(b - 1),
            "to" | "on" | "in" | "at" | "via" | "into" | "onto" | "inside" | "outside" | "near"
        ))
        || object_of_verb(v, np, sent_start)
}

pub(super) fn object_of_verb(v: &View<'_>, np: &Np, sent_start: usize) -> bool {
    if np.kind != NpKind::Group {
        return false;
    }
    let head = tok_at(v.toks, np.core.end).saturating_sub(1);
    let start = tok_at(v.toks, np.span.start);
    if start <= sent_start {
        return false;
    }
    // "began a $2 million radio campaign praising …": an amount's currency sign and its article
    // stand between the verb and the phrase read from the number.
    let mut start = start;
    if start > sent_start + 1 && matches!(v.w(start - 1), "$" | "£" | "€") {
        start -= 1;
        if start > sent_start + 1 && matches!(v.lc(start - 1), "a" | "an" | "the") {
            start -= 1;
        }
    }
    let before = v.lc(start - 1);
    let document = v.lex.speech_nouns.contains(v.lc(head));
    let verb_before = v.is_word(start - 1)
        && !v.cap(start - 1)
        && !DETERMINERS.contains(&before)
        && !PREPOSITIONS.contains(&before)
        && !matches!(before, "and" | "or" | "but" | "that" | "who" | "which");
    document || verb_before
}

/// "Tom Farrow, the harbour master, interrupted the meeting to announce, “…”", "stood up to
/// say": an infinitive of purpose after its verb's particle or its object (a determiner, at most
/// two lower-case words and a noun naming no person) has the verb's subject, a name, group or
/// personal pronoun ending right at the verb. Not after a verb whose object acts ("asked the
/// court to declare") or a causative's (its own rule). `c` is the cue after "to".
fn purpose_subject(v: &View<'_>, c: usize, lo: usize) -> Option<Np> {
    let last = c.checked_sub(2).filter(|&k| k > lo)?;
    let thing = |k: usize| {
        v.is_word(k)
            && !v.cap(k)
            && !v.is_any_cue(k)
            && !v.is_group_head(k)
            && v.pronoun(k).is_none()
            && !PREPOSITIONS.contains(&v.lc(k))
    };
    let verb = if matches!(v.lc(last), "up" | "forward" | "out") {
        last - 1
    } else {
        if !thing(last) {
            return None;
        }
        determiner_before(v, last, thing)?.checked_sub(1)?
    };
    let l = v.lc(verb);
    if verb <= lo
        || !v.is_word(verb)
        || v.cap(verb)
        || v.lex.object_control.contains(l)
        || CAUSATIVES.contains(&l)
        || v.is_be(verb)
        || DETERMINERS.contains(&l)
        || PREPOSITIONS.contains(&l)
    {
        return None;
    }
    // Right before the verb, or before an apposition that closes with a comma at the verb.
    let np = v.np_before(verb, lo).filter(|np| {
        let end = tok_at(v.toks, np.span.end);
        end == verb || (end < verb && v.w(end) == "," && v.w(verb - 1) == ",")
    })?;
    let personal = match np.kind {
        NpKind::Name | NpKind::Group => true,
        NpKind::Pronoun(g) => !matches!(g, Gender::Neuter | Gender::Relative),
    };
    personal.then_some(np)
}

/// "When Hal Vell returned he began by saying", "Later she closed by telling them": a gerund
/// after "by", "upon", "after", "before", "while" or "when" right after a verb goes with the
/// nominative pronoun right before that verb, where the clause's start (a subordinate clause or
/// an adverb with no comma) hides the subject. Not "without": "left without saying “…”" says
/// nothing. `g` is the gerund's token.
pub(super) fn gerund_verb_pronoun(v: &View<'_>, lo: usize, g: usize) -> Option<Np> {
    let verb = g.checked_sub(2).filter(|&k| k > lo)?;
    let linked = matches!(
        v.lc(g - 1),
        "by" | "upon" | "after" | "before" | "while" | "when"
    );
    (linked && v.is_word(verb) && !v.cap(verb) && !v.is_any_cue(verb))
        .then(|| v.nominative_before(verb, lo))
        .flatten()
}

/// The subject at the start of a sentence, past a leading conjunction or an introductory phrase
/// ("But on Monday, the senator …").
pub(super) fn clause_subject(v: &View<'_>, start: usize, end: usize) -> Option<Np> {
    clause_subject_in(v, start, end, 3)
}

/// The phrase between a verb of memory or perception (`witness_verbs.txt`) and the gerund at `c`
/// ("recalled her predecessor telling her", "heard a neighbour shouting"): an article or a
/// possessive pronoun, then one or two lower-case words with no cue, preposition or pronoun.
/// A name there is `np_before`'s to read. `c` must be an "-ing" form.
pub(super) fn witnessed_speaker(v: &View<'_>, c: usize, lo: usize) -> Option<Np> {
    let plain = |k: usize| {
        v.is_word(k)
            && !v.cap(k)
            && !v.is_any_cue(k)
            && !PREPOSITIONS.contains(&v.lc(k))
            && v.pronoun(k).is_none()
    };
    let det = |k: usize| {
        matches!(
            v.lc(k),
            "a" | "an" | "the" | "his" | "her" | "their" | "my" | "our" | "its" | "one" | "another"
        )
    };
    if !v.lc(c).ends_with("ing") {
        return None;
    }
    let d = (1..=2)
        .filter_map(|n| c.checked_sub(n + 1))
        .filter(|&d| d > lo)
        .find(|&d| det(d) && (d + 1..c).all(plain))?;
    if !v.lex.witness_verbs.contains(v.lc(d - 1)) {
        return None;
    }
    Some(Np::group(v.span(d..c), v.span(d + 1..c), None))
}

/// A speaker found in the sentence before the quote's.
pub(super) fn found_before(
    a: &mut Attributed,
    np: Np,
    cue: Span,
    pattern: &'static str,
    why: String,
) {
    a.speaker = Some(np);
    a.cue = Some(cue);
    a.pattern = pattern;
    a.why = why;
}

/// The sentence right before `sent_start` (at most `WINDOW` tokens), when it holds no quote mark:
/// its reporting verb's subject, a person or a pronoun.
pub(super) fn cue_sentence_before(v: &View<'_>, sent_start: usize) -> Option<(Np, Span)> {
    let stop = sent_start.checked_sub(1)?;
    if !matches!(v.w(stop), "." | "!" | "?") {
        return None;
    }
    let floor = stop.saturating_sub(WINDOW);
    // A title's period ("against Gov. Tad Vell") ends no sentence.
    let start = (floor..stop)
        .rev()
        .find(|&k| matches!(v.w(k), "." | "!" | "?") && !v.title_period(k))
        .map_or(floor, |k| k + 1);
    // A sentence longer than the window is not read.
    let too_long = start == floor && floor > 0;
    if too_long || (start..stop).any(|k| v.is_mark(k)) {
        return None;
    }
    v.cue_candidates_in(start..stop)
        .iter()
        .take(MAX_CUE_CANDIDATES)
        .filter(|&&c| v.is_cue(c) && !v.lc(c).ends_with("ing"))
        .find_map(|&c| {
            subject_of(v, c, start, start)
                .filter(|(np, _)| matches!(np.kind, NpKind::Name | NpKind::Pronoun(_)))
                .map(|(np, _)| (np, v.toks[c].span))
        })
}

/// "Dianne Bell agreed." right before `sent_start`: the speaker and the verb, when the sentence
/// holds nothing else (an intransitive verb of saying, a few adverbs after it).
pub(super) fn said_sentence_before(v: &View<'_>, sent_start: usize) -> Option<(Np, Span)> {
    let stop = sent_start.checked_sub(1)?;
    if v.w(stop) != "." {
        return None;
    }
    let mut c = stop.checked_sub(1)?;
    while c > 0 && matches!(v.lc(c), "too" | "also" | "again" | "later") {
        c -= 1;
    }
    // "Her husband cut in.", "Then Fell spoke up.": a two-word verb of saying ends the sentence.
    if c > 0 && v.phrasal_second(c - 1) == Some(c) && v.is_phrasal_cue(c - 1) {
        c -= 1;
    } else if let Some(verb) = delivered_speech(v, c) {
        // "Ekker tweeted a warning.", "Varga issued a statement.": the quote is its words.
        c = verb;
    } else {
        // "… said in a statement.", "… told reporters on Monday.": a short phrase after the verb.
        if !v.is_cue(c) {
            if let Some(k) = (c.saturating_sub(5)..c).rev().find(|&k| v.is_cue(k)) {
                let l = v.lc(k + 1);
                if PREPOSITIONS.contains(&l) || matches!(v.lc(k), "told" | "tells") {
                    c = k;
                }
            }
        }
        if !v.is_cue(c) || !v.lex.inverting_cues.contains(v.lc(c)) {
            return None;
        }
    }
    // The sentence's start, or as far back as two runs of words ("Sen. Tad Cole (R-Tex.), a
    // candidate for president who has made the budget the centre of his campaign, tweeted").
    let lo = (c.saturating_sub(2 * MAX_RUN)..c)
        .rev()
        .find(|&k| matches!(v.w(k), "." | "!" | "?") && !v.title_period(k))
        .map_or(c.saturating_sub(2 * MAX_RUN), |k| k + 1);
    let np = v.np_before(c, lo)?;
    let first = tok_at(v.toks, np.span.start);
    // The speaker opens the sentence: not after a quote ("“…,” Arden said. “…”" is another
    // rule's), unless a clause of its own follows that quote's tag ("“…,” Orla Vent said, and her
    // husband cut in. “…”": the last to speak is the husband).
    let opens = first == 0
        || matches!(v.w(first - 1), "." | "!" | "?")
        || (first >= 2 && v.lw_is(first - 1, "and") && v.w(first - 2) == ",");
    (opens && !matches!(np.kind, NpKind::Pronoun(Gender::Relative))).then_some((np, v.toks[c].span))
}

/// "tweeted a warning", "issued a statement", "gave a short reply" ending at token `noun`: a
/// verb of saying or of putting words out, a determiner, at most two lower-case words and a noun
/// naming an act of saying. The verb's token.
pub(super) fn delivered_speech(v: &View<'_>, noun: usize) -> Option<usize> {
    if !v.is_word(noun) || !v.lex.speech_nouns.contains(v.lc(noun)) {
        return None;
    }
    let det = determiner_before(v, noun, |k| v.is_word(k) && !v.cap(k))?;
    let verb = det.checked_sub(1)?;
    let delivers = v.is_word(verb) && v.lex.delivery_verbs.contains(v.lc(verb));
    (delivers || v.is_cue(verb)).then_some(verb)
}

/// The nearest determiner at most three tokens before `noun`, when every word between passes
/// `plain` ("issued a short statement", "interrupted the meeting"): the determiner's token.
fn determiner_before(v: &View<'_>, noun: usize, plain: impl Fn(usize) -> bool) -> Option<usize> {
    let det = (noun.saturating_sub(3)..noun)
        .rev()
        .find(|&k| DETERMINERS.contains(&v.lc(k)))?;
    (det + 1..noun).all(plain).then_some(det)
}

/// The token after a short parenthesis at `k` ("Rep. Hal Jeffs (D-N.Y.) reacted"), or `k`.
pub(super) fn past_parenthesis(v: &View<'_>, k: usize, end: usize) -> usize {
    if k < end && v.w(k) == "(" {
        if let Some(close) = (k + 1..end).take(10).find(|&j| v.w(j) == ")") {
            return close + 1;
        }
    }
    k
}

/// "hours later", "years ago": a unit of time and "later", "earlier" or "ago" at `i`.
pub(super) fn time_ago(v: &View<'_>, i: usize, end: usize) -> bool {
    i + 1 < end
        && matches!(v.lc(i + 1), "later" | "earlier" | "ago")
        && matches!(
            v.lc(i),
            "minutes" | "hours" | "days" | "weeks" | "months" | "years" | "moments"
        )
}

/// Words that make a number approximate ("about 200 protesters", "nearly 40 workers"): with the
/// number they open a subject, not a prepositional phrase.
const APPROXIMATORS: &[&str] = &["about", "nearly", "roughly", "almost", "around", "some"];

/// [`clause_subject`], trying the phrase after at most `commas` commas of an introductory phrase:
/// with no reporting verb to go on (`sentence_subject`), only the first.
pub(super) fn clause_subject_in(
    v: &View<'_>,
    start: usize,
    end: usize,
    commas: usize,
) -> Option<Np> {
    let mut i = start;
    while i < end
        && matches!(
            v.lc(i),
            "but"
                | "and"
                | "so"
                | "yet"
                | "still"
                | "meanwhile"
                | "however"
                | "then"
                | "instead"
                | ","
        )
    {
        i += 1;
    }
    if let Some(after) = v.dateline_end(i, end) {
        i = after;
    }
    // "Hundreds of students marched …": a number of a group names the group. "About 200
    // protesters gathered …": an approximate number opens the subject, not a phrase of its own.
    // (One read of the first word for both.)
    let w0 = if i + 2 < end { v.lc(i) } else { "" };
    if matches!(
        w0,
        "hundreds" | "thousands" | "dozens" | "millions" | "scores"
    ) && v.lw_is(i + 1, "of")
    {
        i += 2;
    } else if APPROXIMATORS.contains(&w0) && starts_with_digit(v.w(i + 1)) {
        i += 1;
    }
    // A sentence that opens with a quote: its speaker is the quote's, found by other rules.
    if i >= end || v.is_mark(i) {
        return None;
    }
    // An introductory phrase ("Speaking at a rally, …", "Last week, …", "Amid the row, …") is
    // skipped to the first comma.
    let first = v.lc(i);
    // "Speaking at …," / "Asked about …," open with a participle; "Ned Vega said" and "Mannix
    // said" open with a name.
    let name_next = i + 1 < end && (v.cap(i + 1) || v.is_cue(i + 1));
    let intro = PREPOSITIONS.contains(&first)
        || ((first.ends_with("ing") || first.ends_with("ed")) && !name_next)
        // "Recently, …", "Traditionally …"; but "Carly Brandt", "Kelly said" open with a name.
        || (first.ends_with("ly")
            && first.len() > 4
            && (!name_next || v.lex.not_names.contains(v.lc(i + 1))))
        // "Last week, …"; but "New Dorset Gov. Jo Doe …" opens with a name, and so does a
        // role with a modifier before it ("Veteran councillor Jo Doe …", "Senior minister Jo
        // Doe …"): a word that modifies roles opens no phrase of time or place there.
        || (v.lex.not_names.contains(first)
            && !(v.lex.role_modifiers.contains(first)
                && v.role_ahead(i + 1, end).is_some_and(|h| h + 1 < end && v.cap(h + 1)))
            && v.pronoun(i).is_none()
            && !DETERMINERS.contains(&first)
            && !(i + 1 < end
                && v.cap(i + 1)
                && !v.lex.not_names.contains(v.lc(i + 1))
                && !PREPOSITIONS.contains(&first)
                && !SUBORDINATORS.contains(&first)
                && !matches!(
                    first,
                    "but" | "and" | "or" | "then" | "so" | "yet" | "not" | "there" | "here" | "who"
                )))
        || matches!(
            first,
            "amid" | "alongside" | "despite" | "asked" | "unlike" | "like"
        )
        // "Hours later, she …", "Eight years ago, he …": a time phrase, not a subject.
        || time_ago(v, i, end)
        || ((first.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                first,
                "a" | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "several"
                    | "few"
                    | "many"
            ))
            && time_ago(v, i + 1, end))
        || opening_adverb(v, i, end);
    // "LONDON — Overheard in the lift at City Hall: “…”": after a dateline or a time stamp, one
    // capitalised word before a preposition, in no name the text gives, is a participle or an
    // adverb, not a person (an irregular participle has no "-ed" to tell it by). (At a
    // paragraph's start other rules decide: "Transcript as follows:" credits the document.)
    let lone_opener = |np: &Np| {
        np.kind == NpKind::Name
            && np.span == v.toks[i].span
            && i > start
            && v.spaced_dash(i - 1)
            && i + 1 < end
            && !v.cap(i + 1)
            && PREPOSITIONS.contains(&v.lc(i + 1))
            && !v.persons.is_some_and(|r| r.knows_name_word(v.w(i)))
    };
    if !intro {
        if let Some(np) = v.np_after(i, end).filter(|np| !lone_opener(np)) {
            let next = past_parenthesis(v, tok_at(v.toks, np.span.end), end);
            // The subject is followed by its verb, not by a comma or an apostrophe-contraction
            // ("He’s"; a possessor before a head noun, "Rowe’s campaign", is no contraction).
            let contracted = v.w(i).contains(['’', '\'']) && next == i + 1;
            // "The head of the agency, Ken Oduya, rejected …": a role with a prepositional
            // phrase, then a name in apposition, which speaks; the verb follows its closing
            // comma. A capitalised phrase before the comma may be a place and the pair after it
            // its second part ("The mayor of Dunford, South Carolina, said"): the pair must then be
            // a person the text also names by one word.
            if np.kind == NpKind::Group && next < end && PREPOSITIONS.contains(&v.lc(next)) {
                let comma = (next + 1..end)
                    .take(8)
                    .take_while(|&k| v.is_word(k) || v.w(k) == ",")
                    .find(|&k| v.w(k) == ",");
                if let Some(c) = comma.filter(|&c| c > next + 1) {
                    let name = v.np_after(c + 1, end).filter(|n| {
                        let (a, b) = (tok_at(v.toks, n.span.start), tok_at(v.toks, n.span.end));
                        n.kind == NpKind::Name
                            && a == c + 1
                            && b + 1 < end
                            && v.w(b) == ","
                            && v.is_word(b + 1)
                            && !v.cap(b + 1)
                            && (!v.cap(c - 1) || v.names_person(a..b))
                    });
                    if name.is_some() {
                        return name;
                    }
                    // No person: "Dunford, South Carolina" is a place and its region, and the
                    // role speaks with its place, as the other rules name it ("the mayor of
                    // Dunford"), so that one mayor is not two speakers in one sentence.
                    if let Some(np) = role_with_place(v, &np, next, c, end) {
                        return Some(np);
                    }
                }
            }
            if next < end && v.is_word(next) && !contracted {
                return Some(np);
            }
            // "The district closed two schools, saying …": a phrase running to the clause's end
            // has read the verb and its object as modifiers of a group noun; it ends before them.
            if next >= end && np.kind == NpKind::Group {
                if let Some(short) = subject_before_verb(v, np).filter(|s| s.span != np.span) {
                    return Some(short);
                }
            }
            // "Silberg, herself a supporter, incurred …": an apposition between the subject
            // and its verb; or a relative clause ("Galli, who backs Harlow, trashed …").
            if next < end && v.w(next) == "," && np.kind == NpKind::Name {
                let close = (next + 1..end).take(24).find(|&k| v.w(k) == ",");
                if let Some(close) = close {
                    let relative =
                        v.lw_is(next + 1, "who") && (next + 2..close).all(|k| !v.is_mark(k));
                    if close > next + 1
                        && (relative || v.is_apposition(next + 1..close))
                        && close + 1 < end
                        && v.is_word(close + 1)
                        && !v.cap(close + 1)
                    {
                        return Some(np);
                    }
                }
            }
            // "The port operator, Tollgate Terminals, described …": the name in the apposition
            // after a role or group speaks (`np_after` reads it), and the verb follows its
            // closing comma.
            if next + 1 < end
                && v.w(next) == ","
                && np.kind == NpKind::Name
                && tok_at(v.toks, np.span.start) > i + 1
                && v.w(tok_at(v.toks, np.span.start) - 1) == ","
                && v.is_word(next + 1)
                && !v.cap(next + 1)
            {
                return Some(np);
            }
        }
    }
    // The subject follows the introductory phrase; a phrase may hold a comma of its own
    // ("Speaking in Bexley, New Hampshire, Harlow went after …"), so up to three commas are tried.
    (i..end)
        .take(24)
        .filter(|&k| v.w(k) == ",")
        .take(commas)
        .find_map(|comma| {
            let mut j = comma + 1;
            // "Outside the hall, about 200 protesters gathered": as at the clause's start.
            if j + 1 < end && starts_with_digit(v.w(j + 1)) && APPROXIMATORS.contains(&v.lc(j)) {
                j += 1;
            }
            let np = v.np_after(j, end)?;
            let next = past_parenthesis(v, tok_at(v.toks, np.span.end), end);
            (next < end && v.is_word(next) && !v.cap(next)).then_some(np)
        })
}

/// The role `np` stretched over its place ("The mayor of Dunford" in "The mayor of Dunford, South
/// Carolina, rejected …"): the object of the preposition at `prep`, ending at the comma `c`, is
/// capitalised, and a capitalised region follows the comma, then a comma and the verb.
fn role_with_place(v: &View<'_>, np: &Np, prep: usize, c: usize, end: usize) -> Option<Np> {
    if !v.cap(c - 1) || !matches!(v.lc(prep), "of" | "in" | "from" | "for" | "at") {
        return None;
    }
    let region_end = (c + 1..end).take(4).find(|&k| !v.cap(k))?;
    if region_end == c + 1
        || region_end + 1 >= end
        || v.w(region_end) != ","
        || !v.is_word(region_end + 1)
        || v.cap(region_end + 1)
    {
        return None;
    }
    let stop = v.toks[c - 1].span.end;
    let core = if matches!(v.lc(prep), "of" | "for") {
        Span::new(np.core.start, stop)
    } else {
        np.core
    };
    Some(Np {
        span: Span::new(np.span.start, stop),
        core,
        ..*np
    })
}

/// "Back from the recess, the ferryman rejected …", "Halfway through the vote, she …": a
/// word opening the sentence with a preposition after it, and a comma within a few words after
/// which a subject opens (a determiner, a pronoun, or a phrase and its verb), is an adverb
/// opening the clause, not a person (the word alone had been read as a name and spoke). A word
/// the text also uses as a person's name ("Lund from the board, …") is not read so.
fn opening_adverb(v: &View<'_>, i: usize, end: usize) -> bool {
    if i + 3 >= end
        || !v.is_sentence_start(i)
        || !v.cap(i)
        || v.is_any_cue(i)
        || !PREPOSITIONS.contains(&v.lc(i + 1))
        || v.cap(i + 1)
    {
        return false;
    }
    let Some(comma) = (i + 2..end)
        .take(8)
        .take_while(|&k| v.is_word(k) || v.w(k) == ",")
        .find(|&k| v.w(k) == ",")
    else {
        return false;
    };
    if v.persons.is_some_and(|r| r.knows_name_word(v.w(i))) {
        return false;
    }
    // "the ferryman": a determiner opens a subject even when its noun is no listed role.
    DETERMINERS.contains(&v.lc(comma + 1))
        || v.pronoun(comma + 1).is_some()
        || v.np_after(comma + 1, end).is_some_and(|np| {
            let next = tok_at(v.toks, np.span.end);
            next < end && v.is_word(next) && !v.cap(next)
        })
}

/// "Asked whether the levy was “fair,” most voters said yes", "When asked about the “ferry
/// tax,” Lund …": a quote inside a sentence that opens with a passive "asked" (maybe after
/// "when", "if", "once", "after" or "upon", and "being") with no comma, semicolon or colon
/// between "asked" and the quote at token `open`, read at most 30 tokens in. The words are part of
/// the question put to the subject after the clause, so they are not that subject's; only the
/// agent after "by" ([`asked_by`]) asks them.
pub(super) fn in_opening_question(v: &View<'_>, sent_start: usize, open: usize) -> bool {
    let mut k = sent_start;
    if k < open && matches!(v.lc(k), "when" | "if" | "once" | "after" | "upon") {
        k += 1;
    }
    if k < open && v.lw_is(k, "being") {
        k += 1;
    }
    k < open
        && v.lw_is(k, "asked")
        && open - k <= 30
        && !(k + 1..open).any(|m| matches!(v.w(m), "," | ";" | ":"))
}

/// The agent of a passive "asked" before the quote opening at token `open`: "was asked by NP", or
/// "Asked by NP" opening the sentence or a clause after a comma, read at most 30 tokens back,
/// with no verb of saying (but in a relative aside after a comma) and no quote mark between the
/// agent and `open` (in "Asked by Ode about it, Lund said “…”" Lund answers).
pub(super) fn asked_by(v: &View<'_>, sent: Range<usize>, open: usize) -> Option<(Np, usize)> {
    let floor = sent.start.max(open.saturating_sub(30));
    let k = (floor..open.saturating_sub(2))
        .rev()
        .find(|&k| v.lw_is(k, "asked") && v.lw_is(k + 1, "by"))?;
    let passive = k == sent.start || v.is_be(k - 1) || v.is(k - 1, ",");
    if !passive {
        return None;
    }
    let np = v.np_after(k + 2, open)?;
    let end = tok_at(v.toks, np.span.end);
    // A verb of saying in a relative aside after the agent ("by the host, Noor Vale, who has
    // long mocked the fund, “…”", "whether the levy, which critics say is unfair, would
    // “…”") tells of the aside's antecedent, not who asks; the aside goes on across ", but"
    // and ends at a comma before anything else ("…, which was a surprise, Lund said").
    let mut aside = false;
    for m in end..open {
        if v.w(m) == "," && m + 1 < open {
            let next = v.lc(m + 1);
            if matches!(next, "who" | "which") {
                aside = true;
                continue;
            }
            if !matches!(next, "but" | "and" | "or") {
                aside = false;
            }
        }
        if v.is_mark(m) || !aside && v.is_any_cue(m) {
            return None;
        }
    }
    Some((np, k))
}

/// The verb of characterising in the active voice, its object and "as" at most eight words
/// before the quote at token `open` ("portrays the levy as a “…”"), with no punctuation but
/// commas and no other verb of saying in between: the verb's token. Reads at most nineteen
/// tokens back.
fn cast_as(v: &View<'_>, sent: Range<usize>, open: usize) -> Option<usize> {
    let plain = |k: usize| v.is_word(k) && !v.is_any_cue(k);
    let as_tok = (sent.start..open)
        .rev()
        .take(9)
        .take_while(|&k| plain(k))
        .find(|&k| v.lw_is(k, "as"))?;
    // The object between the verb and "as": a few words, commas allowed ("Mexican immigrants,
    // in particular, as").
    let verb = (sent.start..as_tok)
        .rev()
        .take(10)
        .take_while(|&k| plain(k) || v.w(k) == "," || matches!(v.w(k), "’s" | "'s"))
        .find(|&k| {
            v.lex.characterising.contains(v.lc(k))
                && (!v.lc(k).starts_with("refer") || k + 1 < as_tok && v.lw_is(k + 1, "to"))
        })?;
    (verb > sent.start && verb + 1 < as_tok && !v.is_be(verb - 1)).then_some(verb)
}

/// "spoke about “…”", "were still talking about the “…”", "presenting the mayor as a “…”": a verb
/// of talking (`talk_verbs.txt`) and "about" or "of", or a verb of characterising and "as",
/// right before the quote at token `open`, not negated. Such a verb says whose way of putting it
/// the quoted words are, as a verb of saying does, even where its subject is out of reach (a
/// participle's, an infinitive's), so a short quote after it is no scare quote. The verb's
/// token. Reads at most nineteen tokens back.
pub(super) fn talked_of_or_cast_as(v: &View<'_>, sent: Range<usize>, open: usize) -> Option<usize> {
    let plain = |k: usize| v.is_word(k) && !v.is_any_cue(k);
    // "about taking a “…”": a few words between the preposition and the quote.
    let verb = match (sent.start..open)
        .rev()
        .take(4)
        .take_while(|&k| plain(k))
        .find(|&k| matches!(v.lc(k), "about" | "of"))
    {
        // "speak to them about": a few words between the verb and its preposition.
        Some(prep) => (sent.start..prep)
            .rev()
            .take(3)
            .take_while(|&k| v.is_word(k))
            .find(|&k| v.lex.talk_verbs.contains(v.lc(k)))?,
        None => cast_as(v, sent.clone(), open)?,
    };
    // "not once referring to them as “…”": a negated act puts no words in anyone's mouth.
    let negated =
        (verb.saturating_sub(3).max(sent.start)..verb).any(|k| v.is_not(k) || v.lc(k) == "no");
    (!negated).then_some(verb)
}

/// "Lund portrays the levy as “…”", "having referred to him as a “…”", "officials started to
/// portray the fire as a “…”": a verb of characterising (`characterising.txt`) in the active
/// voice, its object, and "as" at most eight words before the quote at token `open`, with no
/// punctuation but commas, no quote mark and no other verb of saying in between. The verb's
/// subject answers for the words; the verb's token comes with it.
pub(super) fn characterised_as(
    v: &View<'_>,
    sent: Range<usize>,
    open: usize,
) -> Option<(Np, usize)> {
    let verb = cast_as(v, sent.clone(), open)?;
    // "started to portray", "having referred to": the subject of the verb the form hangs on.
    let head = match v.lc(verb - 1) {
        "to" if verb >= sent.start + 2
            && matches!(
                v.lc(verb - 2),
                "started"
                    | "starts"
                    | "began"
                    | "begins"
                    | "tried"
                    | "tries"
                    | "sought"
                    | "seeks"
                    | "continued"
                    | "continues"
                    | "wanted"
                    | "wants"
            ) =>
        {
            verb - 2
        }
        "having" => verb - 1,
        // "…, portraying Rhodes as …": a gerund after a comma, whose subject is the
        // clause's; "watch them referring to it as" has its subject right before it.
        _ if v.lc(verb).ends_with("ing") && v.w(verb - 1) != "," => return None,
        _ => verb,
    };
    // "not once referring to them as “…”": a negated act names no one who said the words.
    if (head.saturating_sub(3).max(sent.start)..head).any(|k| v.is_not(k) || v.lc(k) == "no") {
        return None;
    }
    let (np, _) = subject_of(v, head, sent.start, sent.start)?;
    matches!(
        np.kind,
        NpKind::Name
            | NpKind::Group
            | NpKind::Pronoun(Gender::Male | Gender::Female | Gender::Plural)
    )
    .then_some((np, verb))
}

/// How many reports a quote's speaker may sit inside: "Lund said she expected that the board
/// would call it “…”" climbs two.
const MAX_OUTER_REPORTS: usize = 3;

/// The reporter of the clause whose subject is `np`: "Ada Lund said (that) Kell assured them the
/// pier was “sound”" has Kell's words only through Lund, who spoke them to the writer, so Lund
/// answers for them. `np` must open the clause right after a verb that takes a reported clause
/// (`indirect_cues.txt`), with or without "that", and that verb must have its own subject before
/// it; reports inside reports are climbed up to [`MAX_OUTER_REPORTS`]. The outermost subject
/// and its verb's token.
pub(super) fn outer_reporter(v: &View<'_>, np: &Np, sent_start: usize) -> Option<(Np, usize)> {
    let mut inner = *np;
    let mut found = None;
    for _ in 0..MAX_OUTER_REPORTS {
        let mut k = tok_at(v.toks, inner.span.start);
        // "finds that 37 percent of residents say": the share opens the clause, its group is
        // only named in it.
        k = share_of_before(v, k, sent_start);
        k = title_after_that(v, k, sent_start);
        // "finds that, while 37 percent say …, most …": a clause of contrast opening the
        // reported clause is still inside it (only after "that", which marks the report).
        if k >= sent_start + 3
            && matches!(v.lc(k - 1), "while" | "although" | "though" | "whereas")
            && v.w(k - 2) == ","
            && v.lw_is(k - 3, "that")
        {
            k -= 2;
        }
        if k > sent_start && v.lw_is(k - 1, "that") {
            k -= 1;
        }
        // A verb with a subject before it: at least two tokens into the sentence.
        if k < sent_start + 2 {
            break;
        }
        let c = k - 1;
        // "the United States" is no verb: a capital marks a name's word in mid-sentence.
        if !v.is_indirect_cue(c) || v.cap(c) || v.in_quote(c) {
            break;
        }
        match subject_of(v, c, sent_start, sent_start) {
            Some((outer, _)) if outer.span.end <= v.toks[c].span.start => {
                found = Some((outer, c));
                inner = outer;
            }
            _ => break,
        }
    }
    found
}

/// How many words of title or role `title_after_that` reads back over ("the harbour board's
/// auditor" has four).
const MAX_TITLE_WORDS: usize = 4;

/// "claimed that party spokesman Tad Vell had called …", "said that Port Chief Tad Vell called
/// …": the speaker's mention leaves out the title before the name, which still stands inside the
/// reported clause; the token of that title's first word when "that" opens the clause right
/// before it, else `k`. The word before the name is a title, a role or capitalised; the words
/// before it modify it (no function word but a determiner, no reporting verb).
fn title_after_that(v: &View<'_>, k: usize, lo: usize) -> usize {
    let titled = |j: usize| {
        v.is_word(j)
            && (v.cap(j) || v.lex.roles.contains_key(v.lc(j)) || v.lex.titles.contains_key(v.lc(j)))
    };
    let modifier = |j: usize| {
        v.is_word(j)
            && !v.is_any_cue(j)
            && (matches!(v.lc(j), "the" | "a" | "an") || !v.lex.function_words.contains(v.lc(j)))
    };
    if k < lo + 2 || !titled(k - 1) {
        return k;
    }
    let mut s = k - 1;
    while s > lo + 1 && k - s < MAX_TITLE_WORDS && !v.lw_is(s - 1, "that") && modifier(s - 1) {
        s -= 1;
    }
    if v.lw_is(s - 1, "that") {
        s
    } else {
        k
    }
}

/// The start of a share of people ("37 percent of", "a majority of", "half of") whose group
/// opens at token `k`, or `k` itself when there is none.
fn share_of_before(v: &View<'_>, k: usize, lo: usize) -> usize {
    if k < lo + 2 || !v.lw_is(k - 1, "of") {
        return k;
    }
    let head = k - 2;
    match v.lc(head) {
        "percent" | "%" if head > lo && starts_with_digit(v.w(head - 1)) => head - 1,
        "majority" | "minority" | "third" | "quarter" if head > lo && v.is_word(head - 1) => {
            head - 1
        }
        "half" | "most" => head,
        _ => k,
    }
}

/// "It is odd that Kell would call the plan “…”", "even if he saved his scorn for the “…”": the
/// subject right after the nearest subordinating word or "that" before the quote, read as a
/// clause's subject (`clause_subject_in`): a name, a group, "he" or "she" ("they" finds its
/// antecedent too seldom). The caller checks that no other person stands between it and the
/// quote. Not read: "as", which opens comparisons and roles as often as clauses; a "that" after
/// a verb or a noun of saying, whose clause is what someone said or concluded ("concluded
/// that", "his admission that"), not who speaks; a clause with a quote mark before this quote,
/// whose words may be another's, or a colon, a semicolon or a comma (but one right before the
/// quote), which may end it ("Kell, who is ill, was treated for a “…”").
pub(super) fn inner_clause_subject(v: &View<'_>, sent_start: usize, open_tok: usize) -> Option<Np> {
    let lo = sent_start.max(open_tok.saturating_sub(WINDOW));
    let k = (lo..open_tok).rev().find(|&k| {
        let l = v.lc(k);
        l == "who"
            || l == "that"
                && k > lo
                && !v.is_any_cue(k - 1)
                && !v.lc(k - 1).ends_with("ed")
                && !v.lex.speech_nouns.contains(v.lc(k - 1))
                && !v.lex.statement_nouns.contains_key(v.lc(k - 1))
            || l != "as" && OPENING_SUBORDINATORS.contains(&l)
    })?;
    // A comma in between may end the clause ("After Lee asked, the pair grew “…”"); one right
    // before the quote opens it ("when Lee used the words, “…”"), and so does a colon ("so odd
    // that Lee could only quip: “…”").
    if (k + 1..open_tok)
        .any(|m| v.is_mark(m) || v.w(m) == ";" || matches!(v.w(m), "," | ":") && m + 1 < open_tok)
    {
        return None;
    }
    if v.lw_is(k, "who") {
        // "Kell, who has called the plan “…”", "it was Kell who pushed for a “…”": the relative
        // word is the mention, its antecedent, a name right before it, the person; not a name
        // after a preposition ("Lund, a friend of Brun, who …": whose friend's clause?).
        let end = k - usize::from(k > lo && v.w(k - 1) == ",");
        let np = v.np_plain_before(end, lo, None).filter(|np| {
            let first = tok_at(v.toks, np.span.start);
            np.kind == NpKind::Name
                && tok_at(v.toks, np.span.end) == end
                && !(first > lo && PREPOSITIONS.contains(&v.lc(first - 1)))
        })?;
        return Some(Np {
            span: v.toks[k].span,
            ..np
        });
    }
    let np = clause_subject_in(v, k + 1, open_tok, 1)?;
    let person = match np.kind {
        NpKind::Name | NpKind::Group => true,
        NpKind::Pronoun(g) => matches!(g, Gender::Male | Gender::Female),
    };
    (person && tok_at(v.toks, np.span.start) == k + 1).then_some(np)
}
