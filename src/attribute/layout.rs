//! Layout: evidence that lies outside the quote's own paragraph — a lead-in ending the paragraph
//! before, subheadings, headlines and transcripts.

use super::*;

/// "In a statement, the ministry said:" at the end of the previous paragraph attributes the first
/// quote of this one.
pub(super) fn colon_lead_in(
    text: &str,
    prev: &Para,
    lex: &Lexicon,
    persons: &Registry,
    quotes: &mut [Attributed],
    pi: usize,
) {
    let v = View::new(text, &prev.toks, lex, Some(persons));
    let Some(last) = prev.toks.len().checked_sub(1) else {
        return;
    };
    if v.w(last) != ":" {
        return;
    }
    let start = prev.sents.last().map_or(0, |s| s.start);
    // "X said:" right before the colon, or else a reporting verb or speech noun anywhere in the
    // sentence and its subject ("Harlow issued the following statement:").
    // With no cue at all, a person or pronoun as the subject of a sentence that ends in a colon
    // still introduces what follows ("He then listed the qualities a nominee needs:").
    // "Lund quotes former Halden adviser Aldo Brisk:": the one quoted speaks, not the one who
    // quotes him (the phrase runs from "quotes" to the colon); the one who quotes relays the
    // words (`via`), as a source after "according to" does.
    let quoted = (start..last)
        .filter(|&k| matches!(v.lc(k), "quotes" | "quoted" | "quoting"))
        .find_map(|k| {
            v.np_after(k + 1, last)
                .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Group))
                .filter(|np| tok_at(v.toks, np.span.end) == last)
                .map(|np| (np, k))
        });
    let via = quoted.and_then(|(_, k)| {
        v.np_before(k, start)
            .or_else(|| clause_subject(&v, start, k))
            .map(|q| q.span)
    });
    let found = quoted
        .map(|(np, k)| (np, Some(v.toks[k].span), "colon_lead_in"))
        .or_else(|| lead(&v, start..last + 1))
        .or_else(|| {
            (start..last)
                .filter(|&k| v.is_cue(k) || v.lex.speech_nouns.contains(v.lc(k)))
                .take(MAX_CUE_CANDIDATES)
                .find_map(|cue| {
                    let np = subject_of(&v, cue, start, start)
                        .map(|(np, _)| np)
                        .or_else(|| clause_subject(&v, start, cue))?;
                    Some((np, Some(v.toks[cue].span), "colon_lead_in"))
                })
        })
        .or_else(|| {
            clause_subject(&v, start, last)
                .filter(|np| matches!(np.kind, NpKind::Name | NpKind::Pronoun(_)))
                // "See the latest updates:" is an imperative, not a name and its verb.
                .filter(|np| !DETERMINERS.contains(&v.lc(tok_at(v.toks, np.span.end))))
                .map(|np| (np, None, "colon_lead_in"))
        });
    let Some((np, cue, _)) = found else {
        return;
    };
    if let Some(q) = quotes
        .iter_mut()
        .find(|q| q.paragraph == pi && q.kind != QuoteKind::Indirect)
    {
        if q.speaker.is_none() || q.pattern == "continuation" {
            q.speaker = Some(np);
            q.cue = cue;
            q.pattern = "colon_lead_in";
            q.why = format!("the previous paragraph ends “{} …:”", np.span.slice(text));
            q.kind = QuoteKind::Direct;
            q.via = via;
        }
    }
}

/// A paragraph that is one short closed quote and nothing else, set as a subheading: in single
/// marks in an article that quotes speech in double marks ("'A fight from start to finish.'"), or
/// in capitals (“EVENTUALLY VOTERS DECIDE”). Subheads lift a line from the section below them, so
/// the words are no new speech. A label of a few words ending in a colon ("“See also:”") heads
/// what follows it and says nothing. Returns the evidence.
pub(super) fn subheading(text: &str, rq: &RawQuote, doubles: bool) -> Option<&'static str> {
    if rq.close.is_none() || rq.continues || rq.runs_on {
        return None;
    }
    let content = rq.content.slice(text);
    // Counted to eleven: more is too many.
    let words = content.split_whitespace().take(11).count();
    if words == 0 || words > 10 {
        return None;
    }
    if words <= 3 && content.trim_end().ends_with(':') {
        return Some("a label: a paragraph of one short quote ending in a colon");
    }
    let single = matches!(rq.family, Family::Single | Family::StraightSingle);
    if single && doubles {
        return Some(
            "a subheading: a paragraph of one short quote in single marks, in an article that quotes speech in double marks",
        );
    }
    let capitals = words >= 2
        && content.chars().any(char::is_uppercase)
        && !content.chars().any(char::is_lowercase);
    capitals.then_some("a subheading: a paragraph of one short quote in capitals")
}

/// A paragraph of quotes alone after a paragraph without quotes whose last sentence has a person
/// or group report speech ("Howard continued his scathing remarks.", "Ash argued in his email, …"):
/// the first quote is theirs. Only a reporting verb with a subject counts, and a quote that opens
/// a multi-paragraph chain is left to the chain's own attribution.
pub(super) fn speech_before(
    text: &str,
    prev: &Para,
    lex: &Lexicon,
    persons: &Registry,
    scan: &Scan,
    quotes: &mut [Attributed],
) {
    let Some(q) = quotes.iter_mut().find(|q| q.kind != QuoteKind::Indirect) else {
        return;
    };
    let opens_chain = q
        .raw
        .is_some_and(|r| scan.quotes[r].runs_on && !scan.quotes[r].continues);
    if q.speaker.is_some() || opens_chain {
        return;
    }
    let Some(sent) = prev.sents.last().cloned() else {
        return;
    };
    let v = View::new(text, &prev.toks, lex, Some(persons));
    let found = v
        .cue_candidates_in(sent.clone())
        .iter()
        .take(MAX_CUE_CANDIDATES)
        .filter(|&&c| v.is_cue(c) && !v.lc(c).ends_with("ing"))
        .find_map(|&c| {
            subject_of(&v, c, sent.start, sent.start)
                .filter(|(np, _)| matches!(np.kind, NpKind::Name | NpKind::Pronoun(_)))
                .map(|(np, _)| (np, c))
        });
    let Some((np, c)) = found else {
        return;
    };
    q.speaker = Some(np);
    q.cue = Some(v.toks[c].span);
    q.pattern = "previous_paragraph";
    q.why = format!(
        "a paragraph of quotes alone after “{} … {}” ends the paragraph before",
        np.span.slice(text),
        v.w(c)
    );
}

/// Statements never overlap: one inside another ("X said critics predicted …") is left to the
/// outer one. `statements` are in text order.
pub(super) fn drop_nested_statements(statements: &mut Vec<Attributed>) {
    let mut end = 0;
    statements.retain(|q| {
        let keep = q.kind != QuoteKind::Indirect || q.content.start >= end;
        if keep && q.kind == QuoteKind::Indirect {
            end = q.content.end;
        }
        keep
    });
}

/// The first paragraph is a headline when it is one short line mostly in title case, or one that does
/// not end like a sentence ("Council votes to close baths").
pub(super) fn is_headline(v: &View<'_>, span: Span, one_sentence: bool, next: Span) -> bool {
    let line = span.slice(v.text);
    if line.contains('\n') {
        return false;
    }
    // Read one word past the most a headline has: a lede runs on for many more.
    let words: Vec<&str> = bare_words(line).take(31).collect();
    if words.is_empty() || words.len() > 30 {
        return false;
    }
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() >= 4).collect();
    let capitalised = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    let title_case = !long.is_empty() && capitalised * 4 >= long.len() * 3;
    // (A turn in a parliament's record is read as one only in a record of several: a headline
    // may open with a titled name, "Dr. Ada Lund: …".)
    if capitals_label(v).is_some() {
        return false;
    }
    let ends_sentence = line
        .trim_end()
        .trim_end_matches(['”', '’', '"', '\'', '»'])
        .ends_with(['.', '!', '?']);
    // Some archives end every headline with a period. A first paragraph of one short sentence
    // ahead of a longer one is still the headline: news ledes run to twenty-five words or more.
    // Only whether it has that many words counts: the next paragraph is read no further.
    let longer_next = || {
        let need = (words.len() * 3 / 2).max(words.len() + 6);
        next.slice(v.text)
            .split_whitespace()
            .nth(need - 1)
            .is_some()
    };
    // Headlines report in the present tense: a first sentence with "said" is a lede.
    let past_report = || {
        words.iter().any(|w| {
            ["said", "told", "added"]
                .iter()
                .any(|r| w.eq_ignore_ascii_case(r))
        })
    };
    // Read last, and only when the line is neither in title case nor unlike a sentence.
    let short_single =
        || words.len() <= HEADLINE_WORDS && one_sentence && !past_report() && longer_next();
    title_case || !ends_sentence || short_single()
}

/// The most words a headline ending in a period has; a first sentence this short, ahead of a
/// longer paragraph, is a headline, not a lede.
pub(crate) const HEADLINE_WORDS: usize = 20;

/// A transcript has at least two paragraphs that start "NAME:" in capitals.
pub(super) fn is_transcript(text: &str, paras: &[Para], lex: &Lexicon) -> bool {
    paras
        .iter()
        // (A label is read without the registry: it names no apposition.)
        .filter(|p| transcript_label(&View::new(text, &p.toks, lex, None)).is_some())
        .take(2)
        .count()
        >= 2
}

/// What the paragraphs that open with a name in mixed case ("Vosk: …") say of the layout.
#[derive(Clone, Copy, Default)]
pub(super) struct NamedLines {
    /// An interview whose questions open "Q:" and whose answers open with the interviewee's name
    /// ("Q: Why now?" ¶ "Vosk: Because …"): two lines of each. The "Q:" lines say the layout is
    /// a transcript's, which a paragraph opening "Word:" alone does not ("Update: …").
    pub qa: bool,
    /// A panel's transcript pasted with no "Q:" lines ("Lena Vosk: …" ¶ "Pell: …"): two such
    /// lines below the first paragraph (a headline "Vosk: …" is one line, not a layout).
    pub turns: bool,
}

/// Reads [`NamedLines`] in one pass, stopping once both are known.
pub(super) fn named_lines(text: &str, paras: &[Para], lex: &Lexicon) -> NamedLines {
    let (mut q, mut named, mut below_first) = (0, 0, 0);
    for (pi, p) in paras.iter().enumerate() {
        if qa_label(text, p) == Some(b'Q') {
            q += 1;
        } else if name_label(&View::new(text, &p.toks, lex, None)).is_some() {
            named += 1;
            below_first += usize::from(pi > 0);
        }
        if q >= 2 && named >= 2 && below_first >= 2 {
            break;
        }
    }
    NamedLines {
        qa: q >= 2 && named >= 2,
        turns: below_first >= 2,
    }
}

/// "Vosk: …", "Lena Vosk: …": a label of one to three capitalised words, not in capitals (that
/// is `capitals_label`'s) nor a word that labels a note (`NOT_SPEAKER_LABELS`), then a colon
/// and words. Read as a speaker only in an interview `named_lines` finds.
pub(super) fn name_label(v: &View<'_>) -> Option<(Np, Span)> {
    let n = v.toks.len();
    let mut i = 0;
    while i < n && i < 3 && v.is_word(i) && v.cap(i) {
        i += 1;
    }
    if i == 0 || i + 1 >= n || v.w(i) != ":" {
        return None;
    }
    let label = v.span(0..i);
    let word = label.slice(v.text);
    if word
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
        || NOT_SPEAKER_LABELS
            .iter()
            .any(|l| word.eq_ignore_ascii_case(l))
    {
        return None;
    }
    Some(label_line(v, i))
}

/// Labels of a line that name no speaker: an editor's note, a link, a credit, or an interview's
/// own "Q:" and "A:".
const NOT_SPEAKER_LABELS: &[&str] = &[
    "UPDATE",
    "CORRECTION",
    "NOTE",
    "EDITOR",
    "PREVIOUSLY",
    "WATCH",
    "READ",
    "PHOTO",
    "VIDEO",
    "RELATED",
    "SOURCE",
    "Q",
    "A",
];

/// Honorifics that open a turn in a parliament's record ("Ms Ada Lund (Tollan Cove): …").
const TURN_HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness", "hon",
];

/// Is the paragraph's first word one of `TURN_HONORIFICS`, in any case? Compared as bytes, not
/// through `View::lc`: `is_transcript` asks this of every paragraph through a view of its own,
/// and `lc` lowercases the whole paragraph to read one word. (The honorifics are ASCII, and no
/// char outside ASCII lowercases to an ASCII letter of theirs: only the Kelvin sign gives "k".)
fn turn_honorific(v: &View<'_>) -> bool {
    v.read();
    let w = tok_bytes(v.text, &v.toks[0]);
    TURN_HONORIFICS
        .iter()
        .any(|h| w.eq_ignore_ascii_case(h.as_bytes()))
}

/// A turn in a parliament's record, written in mixed case unlike a transcript's capitals:
/// an honorific, a name of at most three words and maybe a constituency or office in brackets,
/// then a colon ("Mr Tom Ekker (Harbourside): …", "Ms Lund: …"). The speaker is the name without
/// its honorific, as in prose; "Hon. Members: Hear, hear." is the house speaking as a group.
/// Returns the name and the words after the colon.
fn record_turn(v: &View<'_>) -> Option<(Np, Span)> {
    let n = v.toks.len();
    if n < 4 || !v.is_word(0) || !v.cap(0) || !turn_honorific(v) {
        return None;
    }
    let first = if v.w(1) == "." { 2 } else { 1 };
    let mut k = first;
    let mut words = 0;
    // Capitalised words, a hyphen joining two of them ("Lindqvist-Abara") when it is its own token.
    while k < n && words <= 3 {
        if v.is_word(k) && v.cap(k) {
            words += 1;
        } else if !(v.w(k) == "-" && k > first) {
            break;
        }
        k += 1;
    }
    if words == 0 || words > 3 || v.w(k - 1) == "-" {
        return None;
    }
    let name = v.span(first..k);
    if k < n && v.w(k) == "(" {
        k = (k + 1..n.min(k + 12)).find(|&j| v.w(j) == ")")? + 1;
    }
    if k + 1 >= n || v.w(k) != ":" {
        return None;
    }
    let group = v.lc(0) == "hon" && matches!(v.lc(first), "members" | "member");
    let np = if group {
        Np::group(v.span(0..first + 1), v.span(0..first + 1), None)
    } else {
        Np {
            span: name,
            core: name,
            kind: NpKind::Name,
            gender: v.lex.titles.get(v.lc(0)).copied().flatten(),
        }
    };
    let rest = Span::new(v.toks[k].span.end, v.toks[n - 1].span.end).trim(v.text);
    Some((np, rest))
}

/// "Q: …" / "A: …": a line of a question-and-answer interview. Its label names no one (who asks
/// and who answers is said, if anywhere, in the introduction), so the line's words are reported
/// with no speaker. Returns the colon and the words after it.
pub(super) fn qa_line(v: &View<'_>) -> Option<(Span, Span)> {
    if v.toks.len() < 3 || !matches!(v.w(0), "Q" | "A") || v.w(1) != ":" {
        return None;
    }
    let rest = Span::new(v.toks[1].span.end, v.toks[v.toks.len() - 1].span.end).trim(v.text);
    (!rest.is_empty()).then_some((v.toks[1].span, rest))
}

/// The label, `b'Q'` or `b'A'`, of a paragraph that opens "Q:" or "A:", read from its first
/// bytes.
pub(crate) fn qa_label(text: &str, p: &Para) -> Option<u8> {
    match p.span.slice(text).as_bytes() {
        [l @ (b'Q' | b'A'), b':', ..] => Some(*l),
        _ => None,
    }
}

/// Is the document an interview in questions and answers: at least two "Q:" lines and two "A:"
/// lines (one of each could be anything)?
pub(super) fn is_qa(text: &str, paras: &[Para]) -> bool {
    let (mut q, mut a) = (0, 0);
    for p in paras {
        match qa_label(text, p) {
            Some(b'Q') => q += 1,
            Some(_) => a += 1,
            None => continue,
        }
        if q >= 2 && a >= 2 {
            return true;
        }
    }
    false
}

/// Words that label a headline rather than name who speaks in it ("Breaking: …", "Poll: …",
/// "Explainer: …", a rubric: "Sketch: …"), or name a weather event or disaster the article is about ("Storm Idris: …",
/// "Drought: …").
pub(super) const HEADLINE_LABELS: &[&str] = &[
    "analysis",
    "explainer",
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "drought",
    "flood",
    "floods",
    "flooding",
    "heatwave",
    "wildfire",
    "wildfires",
    "blizzard",
    "earthquake",
    "tornado",
    "tsunami",
    "breaking",
    "editorial",
    "exclusive",
    "interview",
    "just",
    "live",
    "look",
    "notice",
    "obituary",
    "opinion",
    "photos",
    "poll",
    "polls",
    "report",
    "review",
    "revealed",
    "transcript",
    "update",
    "video",
    "watch",
    "wow",
    "byline",
    "correction",
    "podcast",
    "quiz",
    "timeline",
    // A newspaper's rubrics: "Sketch: Minister squirms …", "Recap: …".
    "sketch",
    "comment",
    "profile",
    "feature",
    "preview",
    "recap",
    "briefing",
];

/// "Name: words" as a document's headline (its first paragraph, one line): one to four
/// capitalised words before the colon, not all in capitals ("LIVE:") nor a label ("Opinion:",
/// "Poll:") nor a phrase with a determiner, a preposition or a possessive ("The Latest:", "Big
/// Win For …", "Monday’s Email:"),
/// and a statement of three words or more after it that asks no question. The words after the
/// colon are the named speaker's (pattern `headline`). A name may be followed by "to", "on" or
/// "at" and whom or what the words concern ("Ruiz to Dock Workers: …"); a label that names a
/// source ("Poll:", "Report:") speaks for its finding, as PolNeAR annotates it.
pub(super) fn headline_statement(v: &View<'_>, pi: usize) -> Option<Attributed> {
    let n = v.toks.len();
    let colon = (0..n.min(14)).find(|&k| v.w(k) == ":")?;
    // "Poll: …", "Report: …": a label that names a source reports its finding (not "Analysis:",
    // the article's genre).
    let source_label = colon == 1 && v.cap(0) && matches!(v.lc(0), "poll" | "polls" | "report");
    let mut words = 0;
    let mut lower_case = source_label;
    // "Ruiz to Dock Workers: …", "Mayor Ruiz at Town Hall: …", "Ruiz On Bridge: …": the name
    // ends before "to", "on" or "at" and the phrase after it is whom or what the words concern.
    let mut name_end = colon;
    for k in 0..colon {
        if source_label {
            words = 1;
            break;
        }
        if k > 0 && words > 0 && matches!(v.lc(k), "to" | "on" | "at") && colon - k > 1 {
            name_end = k;
            break;
        }
        if k >= 8 {
            return None;
        }
        if v.w(k) == "." && k > 0 && v.is_word(k - 1) {
            continue;
        }
        if !v.is_word(k)
            || !v.cap(k)
            || HEADLINE_LABELS.contains(&v.lc(k))
            || DETERMINERS.contains(&v.lc(k))
            || PREPOSITIONS.contains(&v.lc(k))
        {
            return None;
        }
        let w = v.w(k);
        if w.contains('’') || w.contains('\'') {
            return None;
        }
        lower_case |= w.chars().any(char::is_lowercase);
        words += 1;
    }
    if words == 0 || words > 4 || !lower_case || colon + 1 >= n {
        return None;
    }
    if (name_end + 1..colon).any(|k| !v.is_word(k) && !matches!(v.w(k), "." | "-")) {
        return None;
    }
    let last = (colon + 1..n)
        .rev()
        .find(|&k| v.is_word(k) || v.is_mark(k))?;
    if v.w(n - 1) == "?" || !v.is_word(colon + 1) && !v.is_mark(colon + 1) {
        return None;
    }
    let content = Span::new(v.toks[colon + 1].span.start, v.toks[last].span.end);
    content.slice(v.text).split_whitespace().nth(2)?;
    let name = v.span(0..name_end);
    let np = Np {
        span: name,
        core: name,
        kind: if source_label {
            NpKind::Group
        } else {
            NpKind::Name
        },
        gender: None,
    };
    let why = |who: &str, _: &str| format!("the headline gives “{who}:” and their words");
    let (a, _) = statement(
        v,
        0..n,
        pi,
        (content, np, v.toks[colon].span),
        "headline",
        why,
    );
    Some(a)
}

/// A transcript line's label and the words after its colon: "OKAFOR: …", or a turn in a
/// parliament's record, "Ms Ada Lund (Tollan Cove): …".
pub(super) fn transcript_label(v: &View<'_>) -> Option<(Np, Span)> {
    record_turn(v).or_else(|| capitals_label(v))
}

/// "OKAFOR: …": a label of one to four words in capitals.
fn capitals_label(v: &View<'_>) -> Option<(Np, Span)> {
    let mut i = 0;
    while i < v.toks.len()
        && i < 4
        && v.is_word(i)
        && v.w(i).chars().any(char::is_alphabetic)
        && v.w(i)
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        i += 1;
    }
    if i == 0 || i >= v.toks.len() || v.w(i) != ":" {
        return None;
    }
    let label = v.span(0..i);
    if NOT_SPEAKER_LABELS.contains(&label.slice(v.text)) {
        return None;
    }
    Some(label_line(v, i))
}

/// The label of the first `i` tokens as a name, and the words after the colon at token `i`.
fn label_line(v: &View<'_>, i: usize) -> (Np, Span) {
    let label = v.span(0..i);
    let np = Np {
        span: label,
        core: label,
        kind: NpKind::Name,
        gender: None,
    };
    let rest = Span::new(v.toks[i].span.end, v.toks[v.toks.len() - 1].span.end).trim(v.text);
    (np, rest)
}
