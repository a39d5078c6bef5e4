//! The pipeline: text -> segments -> quotes -> attributions -> speakers -> stance -> document.

use std::cell::OnceCell;

// Keyed by spans and words of the text: randomly seeded foldhash, as the registry's indexes (see
// `speakers`), at a fraction of SipHash's cost.
use foldhash::{HashMap, HashMapExt, HashSet};

use crate::attribute::{self, Attributed, NestedLead, Para};
use crate::document::{
    Document, Finding, FindingKind, Mention, NestedQuote, NonQuote, NonQuoteReason, Quote,
    QuoteKind, SpeakerEntry, SpeakerKind, SpeakerRef, TextSpan,
};
use crate::lexicon::{Gender, Lexicon};
use crate::quotes::{self, MarkProblem};
use crate::segment;
use crate::span::{CharCursor, Positions, Span};
use crate::speakers::{back_reference, Np, NpKind, PronounContext, Registry, Resolution};
use crate::stance::{self, StanceInput};
use crate::work::{self, Stage, Work};

/// Options for one analysis.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Compute a stance for every quote.
    pub stance: bool,
    /// Read '' (two straight apostrophes) as a double quote mark, as some archives write quotes.
    pub double_apostrophes: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            stance: true,
            double_apostrophes: false,
        }
    }
}

/// Analyse one text with default options. The document id is `doc` and its source is unset.
///
/// ```
/// let text = "“We will win,” Jane Doe said.";
/// let doc = quotecheck::analyze(text);
/// let q = &doc.quotes[0];
/// assert_eq!(q.content, "We will win,");
/// assert_eq!(&text[q.start..q.end], q.content);
/// assert_eq!(q.speaker.as_ref().unwrap().name.as_deref(), Some("Jane Doe"));
/// assert_eq!(q.cue.as_ref().unwrap().text, "said");
/// ```
pub fn analyze(text: &str) -> Document {
    analyze_with("doc", None, text, Options::default())
}

/// [`analyze_with`], and the steps each stage took (see [`crate::work`]): what the linear-time tests
/// count instead of timing runs.
pub fn analyze_counted(
    id: &str,
    source: Option<String>,
    text: &str,
    opts: Options,
) -> (Document, Work) {
    work::measure(|| analyze_with(id, source, text, opts))
}

/// Tokens and sentence windows of every paragraph. Sentences never end inside a quote, so the
/// scan's quotes are passed in.
pub fn split_paragraphs(
    text: &str,
    para_spans: &[Span],
    scan: &quotes::Scan,
    lex: &Lexicon,
) -> Vec<Para> {
    let mut out = Vec::with_capacity(para_spans.len());
    let mut qi = 0;
    for (pi, &span) in para_spans.iter().enumerate() {
        let toks = segment::tokens(text, span);
        let mut qspans = Vec::new();
        while qi < scan.quotes.len() && scan.quotes[qi].paragraph == pi {
            let q = &scan.quotes[qi];
            qspans.push(Span::new(
                q.open.start,
                q.close.map_or(q.content.end, |c| c.end),
            ));
            qi += 1;
        }
        let sents = segment::sentences(text, &toks, &qspans, lex);
        out.push(Para { span, toks, sents });
    }
    out
}

/// Analyse one text.
///
/// The stages it calls once per text or per paragraph (the quote scan, the tokens and sentences,
/// the speaker registry) are `#[inline(never)]`: fat LTO inlined them all into this function, and
/// the one large function took 0.9% more instructions on PolNeAR train than the stages as
/// functions of their own (docs/PERFORMANCE.md, perf10).
pub fn analyze_with(id: &str, source: Option<String>, text: &str, opts: Options) -> Document {
    let lex = Lexicon::get();
    let para_spans = segment::paragraphs(text);
    let scan = quotes::scan_with(text, &para_spans, lex, opts.double_apostrophes);
    let paras = split_paragraphs(text, &para_spans, &scan, lex);
    let quoted: Vec<Span> = scan
        .quotes
        .iter()
        .map(|q| Span::new(q.open.start, q.close.map_or(q.content.end, |c| c.end)))
        .collect();
    let mut reg = Registry::build(text, paras.iter().map(|p| p.toks.as_slice()), &quoted, lex);
    // An interview in questions and answers: its "A:" lines answer for whom the text before the
    // first such line says it is with.
    let label = |p: &Para| attribute::qa_label(text, p);
    if paras.iter().any(|p| label(p) == Some(b'A')) {
        if let Some(first) = paras.iter().find(|p| label(p).is_some()) {
            reg.note_interviewee(text, first.span.start, lex);
        }
    }
    let mut att = attribute::attribute(text, &paras, &scan, lex, &reg);

    let pos = Positions::new(text);
    // Spans are converted near one another (a quote's marks, cue and speaker; a speaker's
    // mentions): each char offset is counted from the one before when it is close.
    let mut cur = pos.cursor(text);
    let mut findings = Vec::new();
    for p in &scan.problems {
        let (kind, span, message) = match p {
            MarkProblem::Unclosed(s) => (
                FindingKind::UnclosedQuote,
                *s,
                "opening quote mark with no closing mark; the quote was ended at the paragraph's end",
            ),
            MarkProblem::Unopened(s) => (
                FindingKind::UnopenedQuote,
                *s,
                "closing quote mark with no opening mark before it",
            ),
        };
        let (char_start, char_end) = cur.char_range(span);
        findings.push(Finding {
            kind,
            start: span.start,
            end: span.end,
            char_start,
            char_end,
            message: message.into(),
        });
    }

    // The weakest pattern, a sentence's subject with no reporting verb, is dropped when that
    // subject is one capitalised word opening the sentence and naming nobody the text introduces:
    // a common word, not a name ("Good information can still drive out bad", "Generous health
    // care and … “fact-finding trips”"). A short fragment left with no speaker is then a scare
    // quote, as it would have been with no subject at all.
    let mut demoted: Vec<usize> = Vec::new();
    let mut inner_caps: Option<HashSet<&str>> = None;
    for (i, q) in att.quotes.iter_mut().enumerate() {
        let Some(np) = q.speaker else { continue };
        let word = crate::speakers::strip_possessive(np.span.slice(text));
        // A colon lead-in's first word may be an imperative ("See the full list here:", "Sign
        // up below:"): capitalised as every sentence's first word is, and no name for that.
        let opens = match q.pattern {
            "sentence_subject" => np.span.start == q.sentence.start,
            // ("Transcript as follows:" names the record that follows: it stays.)
            "colon_lead_in" => {
                opens_sentence(text, np.span.start)
                    && !text
                        .get(np.span.end..)
                        .is_some_and(|t| t.split_whitespace().take(3).any(|w| w == "follows:"))
            }
            _ => false,
        };
        if !opens
            || np.kind != NpKind::Name
            || word.contains(char::is_whitespace)
            || reg.knows_name_word(word)
        {
            continue;
        }
        // "Protesters", "Council": a group or institution noun is a speaker in its own right,
        // and so is a plural naming people ("Politicos fear the “…”") or a nationality
        // whose adjective stands alone as its people ("Senegalese are debating …").
        let folded = word.to_lowercase();
        if lex.groups.contains(&folded)
            || lex.org_heads.contains(&folded)
            || lex.roles.contains_key(&folded)
            || lex.plural_people.contains(&folded)
            || lex.nationalities.contains(&folded)
        {
            continue;
        }
        // Capitalised inside a sentence elsewhere: a name after all ("Marrow", "Harlow").
        let inner = inner_caps.get_or_insert_with(|| {
            paras
                .iter()
                .flat_map(|p| p.toks.windows(2))
                .filter(|w| w[1].word && w[0].word)
                .map(|w| w[1].text(text))
                .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
                .collect()
        });
        if inner.contains(word) {
            continue;
        }
        if q.pattern == "colon_lead_in" {
            q.why = [
                "“",
                word,
                "” opens the lead-in but names nobody the text introduces",
            ]
            .concat();
            q.cue = None;
        } else {
            q.why = ["“", word, "” opens the sentence but names nobody the text introduces, and no reporting verb marks speech"].concat();
        }
        q.speaker = None;
        q.pattern = "none";
        let content = q.content.slice(text);
        if q.kind == QuoteKind::Partial
            && content.split_whitespace().nth(6).is_none()
            && !attribute::ends_like_sentence(content)
        {
            demoted.push(i);
        }
    }
    for &i in demoted.iter().rev() {
        let q = att.quotes.remove(i);
        att.non_quotes.push(attribute::NotSpeech {
            content: q.content,
            why: NonQuoteReason::Scare,
            evidence: "a short quoted phrase; the sentence's first word names nobody and no reporting verb marks speech".into(),
        });
    }
    if !demoted.is_empty() {
        att.non_quotes.sort_by_key(|n| n.content.start);
    }
    // Resolve speakers in text order so pronouns can lean on the previous speaker.
    let mut order: Vec<usize> = (0..att.quotes.len()).collect();
    order.sort_by_key(|&i| {
        att.quotes[i]
            .speaker
            .map_or(att.quotes[i].content.start, |s| {
                s.span.start.min(att.quotes[i].content.start)
            })
    });
    let mut resolved: Vec<Option<Resolution>> = vec![None; att.quotes.len()];
    // A map, not a list: a long text has as many mentions as quotes, and a scan each was quadratic.
    let mut cache: HashMap<Span, Resolution> = HashMap::new();
    let mut last_speaker: Option<(usize, Span)> = None;
    // The last speaker when their statement was a question ("asked"), for a reply's pronoun.
    let mut last_asked: Option<usize> = None;
    // A question put to "him" or "her" ("Okafor pressed him. “Which …?”"): its asker, the
    // addressee's gender and the question's paragraph.
    // With the one who spoke before the asker: in questions and answers, the one answering.
    let mut last_addressed: Option<(usize, Gender, usize, Option<usize>)> = None;
    // The quote-marked quotes' words, sorted: built only for a text whose "I" speaks.
    let marked = OnceCell::new();
    let marked = || {
        marked.get_or_init(|| {
            let mut m: Vec<(Span, usize)> = (att.quotes.iter().enumerate())
                .filter(|(_, q)| q.kind != QuoteKind::Indirect)
                .map(|(j, q)| (q.content, j))
                .collect();
            m.sort_unstable_by_key(|&(s, j)| (s.start, j));
            m
        })
    };
    work::add(Stage::Resolution, order.len() as u64);
    for &i in &order {
        let q = &att.quotes[i];
        let Some(np) = q.speaker else { continue };
        let r = if let Some(r) = cache.get(&np.span) {
            r.clone()
        } else {
            // "the 27-year-old", "the Dutchman": a mention that points back as a pronoun does.
            let epithet = back_reference(np.span.slice(text), lex);
            let r = match np.kind {
                // "I" inside a quote's own words is that quote's speaker, resolved before it
                // (quotes are resolved in text order); elsewhere it is the writer's.
                NpKind::Pronoun(Gender::Singular) => match quoted_at(marked(), np.span.start) {
                    Some(j) => Resolution {
                        entity: resolved[j].as_ref().and_then(|r| r.entity),
                        how: "“I” inside a quote is the quote's own speaker".into(),
                    },
                    None => reg.resolve_first_person(text, &np, paras[q.paragraph].span),
                },
                NpKind::Pronoun(_) => {
                    let window = window_start(&paras, q.paragraph);
                    let named = q.antecedent.and_then(|(named, cue)| {
                        reg.resolve_pronoun_to_named(text, &np, &named, cue, lex, window)
                    });
                    // "Ed Moss, whom he calls …": "he" is not the one "whom" stands for.
                    let antecedent = text[..np.span.start]
                        .trim_end()
                        .strip_suffix("whom")
                        .map(|b| b.trim_end().trim_end_matches(',').trim_end().len())
                        .and_then(|end| reg.mentioned_ending_at(end));
                    // "X asked her how … “…,” she replied": who answers is not who asked.
                    let replies = q.cue.is_some_and(|c| {
                        lex.reply_verbs
                            .contains(c.slice(text).to_lowercase().as_str())
                    });
                    // A pronoun of the addressee's gender in the paragraph after a question put
                    // to "him" or "her" is the addressee answering, whatever the verb: the asker,
                    // bound not to be "him", is no candidate.
                    let addressed = last_addressed.filter(|&(_, g, p, _)| {
                        np.kind == NpKind::Pronoun(g) && q.paragraph == p + 1
                    });
                    let answers = addressed.map(|(a, ..)| a);
                    let asker = last_asked.filter(|_| replies).or(answers);
                    let ctx = PronounContext {
                        window_start: window,
                        last_speaker: last_speaker.filter(|_| asker.is_none()),
                        exclude: antecedent.or(asker),
                        own_words: Some(q.content),
                    };
                    named.unwrap_or_else(|| {
                        let r = reg.resolve_pronoun(text, &np, &ctx, lex);
                        // No one in reach: the person who spoke before the question, when a
                        // person of a gender that fits, is who it was put to.
                        let before = addressed.and_then(|(_, g, _, b)| b.map(|b| (b, g))).filter(
                            |&(b, g)| {
                                let e = &reg.entities[b];
                                e.kind == SpeakerKind::Person && e.gender.is_none_or(|eg| eg == g)
                            },
                        );
                        if let (None, Some((b, _))) = (r.entity, before) {
                            return Resolution {
                                entity: Some(b),
                                how: format!(
                                    "an answer to a question put to him or her, so {}, who spoke \
                                     before it",
                                    reg.entities[b].name
                                ),
                            };
                        }
                        match asker {
                            Some(a) => Resolution {
                                how: [
                                    "a reply, so not ",
                                    &reg.entities[a].name,
                                    ", who asked: ",
                                    &r.how,
                                ]
                                .concat(),
                                ..r
                            },
                            None => r,
                        }
                    })
                }
                _ if q.pattern == "transcript" => reg.resolve_label(text, &np),
                // "the 27-year-old wrote", "the Dutchman said": read as a pronoun of the
                // epithet's gender, if any.
                _ if epithet.is_some() => {
                    let g = epithet
                        .flatten()
                        .or(np.gender)
                        .filter(|g| matches!(g, Gender::Male | Gender::Female));
                    let like = Np {
                        kind: NpKind::Pronoun(g.unwrap_or(Gender::Singular)),
                        ..np
                    };
                    let window = window_start(&paras, q.paragraph);
                    let ctx = PronounContext {
                        window_start: window,
                        last_speaker,
                        exclude: None,
                        own_words: Some(q.content),
                    };
                    let r = reg.resolve_pronoun(text, &like, &ctx, lex);
                    if r.entity.is_some() {
                        Resolution {
                            how: ["an epithet points back to a person, as a pronoun: ", &r.how]
                                .concat(),
                            ..r
                        }
                    } else {
                        // No one person fits: the description itself names the speaker.
                        let d = reg.resolve_name(text, &np, lex, window);
                        Resolution {
                            how: [d.how.as_str(), "; as a pronoun: ", &r.how].concat(),
                            ..d
                        }
                    }
                }
                _ => paras
                    .get(q.paragraph + 1)
                    .filter(|_| q.paragraph <= 1)
                    .and_then(|next| reg.resolve_lede(text, &np, lex, next.span))
                    .unwrap_or_else(|| {
                        reg.resolve_name(text, &np, lex, window_start(&paras, q.paragraph))
                    }),
            };
            cache.insert(np.span, r.clone());
            r
        };
        if let Some(e) = r.entity {
            // A question's words name whom it was put to, who may well answer next.
            let asked = q.cue.is_some_and(|c| attribute::asks(c, text));
            let words = if asked {
                Span::new(q.content.start, q.content.start)
            } else {
                q.content
            };
            last_addressed = q
                .cue
                .filter(|_| q.kind == QuoteKind::Direct && q.content.slice(text).ends_with('?'))
                .and_then(|c| addressee(&text[c.end..]))
                .map(|g| {
                    let before = last_speaker.map(|(b, _)| b).filter(|&b| b != e);
                    (e, g, q.paragraph, before)
                });
            last_speaker = Some((e, words));
            last_asked = asked.then_some(e);
        }
        resolved[i] = Some(r);
    }

    // Quotes inside quotes, resolved after every top-level speaker so that they change none of
    // those resolutions. "I" in the outer quote is its own speaker; "he" or "she" there is someone
    // else, so the outer speaker is no candidate.
    // Which output quote each scanned quote became; only documents with inner quotes need it.
    let mut quote_of_raw: Vec<Option<usize>> = Vec::new();
    if !att.nested.is_empty() {
        quote_of_raw.resize(scan.quotes.len(), None);
        for (i, q) in att.quotes.iter().enumerate() {
            if let Some(r) = q.raw {
                quote_of_raw[r] = Some(i);
            }
        }
    }
    let nested_resolved: Vec<Option<Resolution>> = att
        .nested
        .iter()
        .map(|nl| {
            let np = nl.speaker?;
            let outer = quote_of_raw[nl.outer]
                .and_then(|i| resolved[i].as_ref())
                .and_then(|r| r.entity);
            let window = window_start(&paras, scan.quotes[nl.outer].paragraph);
            Some(match np.kind {
                NpKind::Pronoun(Gender::Singular) => match outer {
                    Some(e) => Resolution {
                        entity: Some(e),
                        how: [
                            "“I” inside a quote is the quote's own speaker, ",
                            &reg.entities[e].name,
                        ]
                        .concat(),
                    },
                    None => Resolution {
                        entity: None,
                        how: "“I” inside a quote whose own speaker is unknown".into(),
                    },
                },
                NpKind::Pronoun(_) => {
                    let ctx = PronounContext {
                        window_start: window,
                        exclude: outer,
                        ..PronounContext::default()
                    };
                    reg.resolve_pronoun(text, &np, &ctx, lex)
                }
                _ => reg.resolve_name(text, &np, lex, window),
            })
        })
        .collect();

    // Entities that speak, in order of first mention, get output indices.
    let mut speaker_ids: Vec<usize> = (0..reg.entities.len())
        .filter(|&e| reg.entities[e].speaks)
        .collect();
    speaker_ids.sort_by_key(|&e| {
        (
            reg.entities[e]
                .mentions
                .first()
                .map_or(usize::MAX, |m| m.start),
            e,
        )
    });
    let mut out_positions = vec![None; reg.entities.len()];
    for (k, &e) in speaker_ids.iter().enumerate() {
        out_positions[e] = Some(k);
    }
    let out_index = |e: usize| out_positions[e];

    // Work: each quote and non-quote built, each nested span filtered, each speaker's mentions.
    let mut steps = (att.quotes.len() + att.non_quotes.len() + reg.entities.len()) as u64;
    let mut quotes_out: Vec<Quote> = Vec::with_capacity(att.quotes.len());
    let mut chain_head: Option<usize> = None;
    for (i, q) in att.quotes.iter().enumerate() {
        let raw = q.raw.map(|r| &scan.quotes[r]);
        // In text order, for the cursor.
        let open_mark = raw
            .filter(|r| !r.open.is_empty())
            .map(|r| text_span(text, &mut cur, r.open));
        let (cs, ce) = cur.char_range(q.content);
        let close_mark = raw
            .and_then(|r| r.close)
            .map(|s| text_span(text, &mut cur, s));
        let entity = resolved[i].as_ref().and_then(|r| r.entity);
        let speaker = q
            .speaker
            .map(|np| speaker_ref(text, &mut cur, &reg, np, entity, &out_index));
        // The reasons and the resolution joined in one allocation (a clone, then `format!` through
        // the formatting machinery, made two).
        let why = match resolved[i].as_ref() {
            Some(r) => [q.why.as_str(), "; ", &r.how].concat(),
            None => q.why.clone(),
        };
        if let Some(r) = resolved[i].as_ref() {
            if r.entity.is_none() && matches!(q.speaker.map(|s| s.kind), Some(NpKind::Pronoun(_))) {
                let (span, s) = (q.speaker.unwrap().span, speaker.as_ref().unwrap());
                findings.push(Finding {
                    kind: FindingKind::UnresolvedPronoun,
                    start: span.start,
                    end: span.end,
                    char_start: s.char_start,
                    char_end: s.char_end,
                    message: ["speaker pronoun left unresolved: ", &r.how].concat(),
                });
            }
        }
        // A question put to an unnamed asker ("Asked about the plan, …"), an expectation held by
        // no one named ("X is expected to …"), the reporter's impression ("X seemed to …"), a
        // judgment no one is said to make ("X is widely seen as …") or a hope an event raises
        // ("…, raising hopes that …") lacks no speaker a reader would look for.
        if q.speaker.is_none()
            && !matches!(
                q.pattern,
                "indirect_asked"
                    | "indirect_expected"
                    | "indirect_seem"
                    | "indirect_judged"
                    | "indirect_raised"
            )
        {
            findings.push(Finding {
                kind: FindingKind::Unattributed,
                start: q.content.start,
                end: q.content.end,
                char_start: cs,
                char_end: ce,
                message: "quoted speech with no speaker the text supports".into(),
            });
        }
        let cue = q.cue.map(|c| text_span(text, &mut cur, c));
        let via = q.via.map(|s| text_span(text, &mut cur, s));
        let continues = match raw {
            Some(r) if r.continues => chain_head,
            _ => None,
        };
        match raw {
            Some(r) if r.runs_on && !r.continues => chain_head = Some(quotes_out.len()),
            Some(r) if !r.runs_on => chain_head = None,
            _ => {}
        }
        // "… her office described as “a win” and critics derided as “a spree”": the quote before
        // in the same sentence, another speaker's, is no part of this one's reporter's words.
        let other_before = i
            .checked_sub(1)
            .map(|j| (&att.quotes[j], quotes_out.last()))
            .and_then(|(p, out)| {
                fn name(s: Option<&SpeakerRef>) -> Option<&str> {
                    s.and_then(|s| s.name.as_deref())
                }
                let before = out.and_then(|o| name(o.speaker.as_ref()));
                let other =
                    matches!((before, name(speaker.as_ref())), (Some(a), Some(b)) if a != b);
                (other && p.kind != QuoteKind::Indirect && p.sentence == q.sentence)
                    .then_some(p.content.end)
            });
        let stance = opts.stance.then(|| {
            let rest = rest_of_sentence(text, q, att.quotes.get(i + 1))
                .filter(|_| !own_words_take_a_stance(text, &pos, q.content));
            stance_for(text, &pos, q, other_before, rest)
        });
        quotes_out.push(Quote {
            start: q.content.start,
            end: q.content.end,
            char_start: cs,
            char_end: ce,
            content: q.content.slice(text).to_string(),
            kind: q.kind,
            speaker,
            cue,
            via,
            pattern: q.pattern.to_string(),
            why,
            open_mark,
            close_mark,
            paragraph: q.paragraph,
            continues,
            nested: q
                .raw
                .map(|r| {
                    let lo = att.nested.partition_point(|n| n.outer < r);
                    let hi = att.nested.partition_point(|n| n.outer <= r);
                    steps += (hi - lo) as u64;
                    (lo..hi)
                        .filter(|&k| q.content.contains(att.nested[k].content))
                        .map(|k| {
                            nested_quote(
                                text,
                                &mut cur,
                                &reg,
                                &att.nested[k],
                                &nested_resolved[k],
                                &out_index,
                            )
                        })
                        .collect()
                })
                .unwrap_or_default(),
            stance,
        });
    }

    let non_quotes = att
        .non_quotes
        .iter()
        .map(|n| {
            let (cs, ce) = cur.char_range(n.content);
            NonQuote {
                start: n.content.start,
                end: n.content.end,
                char_start: cs,
                char_end: ce,
                content: n.content.slice(text).to_string(),
                why: n.why,
                evidence: n.evidence.clone(),
            }
        })
        .collect();

    let speakers = speaker_ids
        .iter()
        .map(|&e| {
            let ent = &reg.entities[e];
            steps += (ent.forms.len() + ent.mentions.len()) as u64;
            SpeakerEntry {
                name: ent.name.clone(),
                kind: ent.kind,
                aliases: ent
                    .forms
                    .iter()
                    .filter(|f| **f != ent.name)
                    .cloned()
                    .collect(),
                mentions: ent
                    .mentions
                    .iter()
                    .map(|m| {
                        let (char_start, char_end) = cur.char_range(*m);
                        Mention {
                            text: m.slice(text).to_string(),
                            start: m.start,
                            end: m.end,
                            char_start,
                            char_end,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    findings.sort_by_key(|f| (f.start, f.end));
    work::add(Stage::Assembly, steps + findings.len() as u64);
    Document {
        id: id.to_string(),
        source,
        quotes: quotes_out,
        non_quotes,
        speakers,
        findings,
        error: None,
    }
}

/// Pronouns look back over the current and the previous paragraph.
/// The output form of a speaker mention and the entity it was resolved to.
fn speaker_ref(
    text: &str,
    cur: &mut CharCursor<'_>,
    reg: &Registry,
    np: Np,
    entity: Option<usize>,
    out_index: &dyn Fn(usize) -> Option<usize>,
) -> SpeakerRef {
    let (scs, sce) = cur.char_range(np.span);
    SpeakerRef {
        name: entity.map(|e| reg.entities[e].name.clone()),
        mention: np.span.slice(text).to_string(),
        start: np.span.start,
        end: np.span.end,
        char_start: scs,
        char_end: sce,
        entity: entity.and_then(out_index),
    }
}

/// The output form of a span of the text: a quote mark, a cue or a relaying source.
fn text_span(text: &str, cur: &mut CharCursor<'_>, s: Span) -> TextSpan {
    let (char_start, char_end) = cur.char_range(s);
    TextSpan {
        text: s.slice(text).to_string(),
        start: s.start,
        end: s.end,
        char_start,
        char_end,
    }
}

/// The output record of a quote inside a quote.
fn nested_quote(
    text: &str,
    cur: &mut CharCursor<'_>,
    reg: &Registry,
    nl: &NestedLead,
    res: &Option<Resolution>,
    out_index: &dyn Fn(usize) -> Option<usize>,
) -> NestedQuote {
    let (cs, ce) = cur.char_range(nl.content);
    let entity = res.as_ref().and_then(|r| r.entity);
    let speaker = nl
        .speaker
        .map(|np| speaker_ref(text, cur, reg, np, entity, out_index));
    let why = match (nl.speaker, res) {
        (Some(np), Some(r)) => [
            "“",
            np.span.slice(text),
            "” is the subject of the cue inside the outer quote; ",
            &r.how,
        ]
        .concat(),
        _ => "the outer quote names no speaker for these words".into(),
    };
    NestedQuote {
        start: nl.content.start,
        end: nl.content.end,
        char_start: cs,
        char_end: ce,
        content: nl.content.slice(text).to_string(),
        speaker,
        cue: nl.cue.map(|c| text_span(text, cur, c)),
        pattern: nl.pattern.to_string(),
        why,
    }
}

/// The quote whose words hold byte `at`, if any, as an index into the quotes. `marked` holds
/// the quote-marked quotes' words (not indirect statements) sorted by start; they do not
/// overlap, so a binary search finds it.
/// The gender of the person a question is put to, when the words right after its cue are "him" or
/// "her" as its object ("pressed him.", "asked her whether"), not "her" as a possessive ("asked
/// her aides").
fn addressee(after: &str) -> Option<Gender> {
    let mut words = after.split_whitespace();
    let first = words.next()?;
    let word = first.trim_end_matches(|c: char| !c.is_alphabetic());
    let closed = word.len() < first.len();
    match word {
        "him" => Some(Gender::Male),
        "her"
            if closed
                || words.next().is_some_and(|w| {
                    matches!(
                        w.trim_end_matches(|c: char| !c.is_alphabetic()),
                        "how"
                            | "whether"
                            | "why"
                            | "what"
                            | "when"
                            | "where"
                            | "who"
                            | "if"
                            | "about"
                            | "on"
                            | "again"
                            | "to"
                            | "for"
                            | "over"
                    )
                }) =>
        {
            Some(Gender::Female)
        }
        _ => None,
    }
}

fn quoted_at(marked: &[(Span, usize)], at: usize) -> Option<usize> {
    let k = marked
        .partition_point(|(s, _)| s.start <= at)
        .checked_sub(1)?;
    let (s, j) = marked[k];
    (at < s.end).then_some(j)
}

fn window_start(paras: &[Para], pi: usize) -> usize {
    paras[pi.saturating_sub(1)].span.start
}

/// Whether a quote's own words, read alone, are conciliatory or critical.
fn own_words_take_a_stance(text: &str, pos: &Positions, own: Span) -> bool {
    stance::classify_with(
        &StanceInput {
            text,
            own,
            context: Some(own),
            cue: None,
            lead_in: false,
            rest: None,
            speaker: None,
        },
        pos,
    )
    .label
        != stance::StanceLabel::Neutral
}

/// How far apart two parts of a quote interrupted by a speech tag may be, in bytes: the tag with
/// its speaker's name and apposition ("…,” said Ada Lund of the Harnett Road group, “…”).
const TAG_GAP: usize = 200;

/// The rest of a direct quote's sentence when a speech tag interrupts it: the next quote, of the
/// same reporting verb, opening in lower case after a comma that ends this one (“We asked for a
/// crossing three years ago,” said Ada Lund, “and we are still asking.”). The two parts are one
/// sentence, so a part with no stance word of its own takes its sentence's: the grievance is in
/// the second. Parts that are sentences of their own are read apart (“It's what you do,” she
/// said. “Nobody asked us.”), and so is a part the rest contrasts with (“…,” she said, “but …”).
fn rest_of_sentence(text: &str, q: &Attributed, next: Option<&Attributed>) -> Option<Span> {
    let n = next?;
    let cue = q.cue?;
    let is_mark = |c: char| c.is_whitespace() || crate::quotes::is_mark(c);
    let one_tag = q.kind == QuoteKind::Direct
        && n.kind != QuoteKind::Indirect
        && n.cue == Some(cue)
        && n.paragraph == q.paragraph
        && q.content.end <= cue.start
        && cue.end <= n.content.start
        && n.content.start - q.content.end <= TAG_GAP;
    if !one_tag {
        return None;
    }
    let comma = q
        .content
        .slice(text)
        .trim_end_matches(is_mark)
        .ends_with(',')
        || text[q.content.end..cue.start]
            .trim_start_matches(is_mark)
            .starts_with(',');
    let rest = n.content.slice(text).trim_start_matches(is_mark);
    let lower = rest.starts_with(|c: char| c.is_lowercase());
    // “We have been patient,” he said, “but patience is not a plan.”: a contrast sets the first
    // part against the rest, a concession with a stance of its own (here none), not a part of it.
    let contrast = ["but ", "yet ", "though ", "although ", "however"]
        .iter()
        .any(|w| rest.starts_with(w));
    // The tag ends in a comma right before the second part: “…,” she said, “and …”. A later
    // clause of the reporter's that quotes again (“…,” she said, before insisting she had “a
    // plan”) is no rest of the quote's sentence.
    let resumes = text[cue.end..n.content.start]
        .trim_end_matches(is_mark)
        .ends_with(',');
    (comma && resumes && lower && !contrast).then_some(n.content)
}

/// Words that open a clause with a subject of its own after "while" or "whereas" (besides a
/// capitalised word): "while he insisted", "whereas the board said".
const CLAUSE_SUBJECTS: [&str; 14] = [
    "he", "she", "they", "we", "i", "it", "you", "the", "a", "an", "his", "her", "its", "their",
];

/// `start..end` of the reporter's sentence around `own`, cut at a "while" or "whereas" that joins
/// a clause with a subject of its own after a comma or a closing quotation mark ("…”, while
/// Denning insisted …"): the part the quote lies in. "while" before a participle ("while
/// visiting the site") or a preposition joins no other subject and is kept.
fn contrasted_clause(text: &str, start: usize, end: usize, own: Span) -> (usize, usize) {
    // One pass for " wh" with a searcher built once, then the join word itself: a `str` search
    // for each join word built two searchers for every partial and indirect quote (14 M
    // instructions on PolNeAR train before any byte was read).
    static WH: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let wh = WH.get_or_init(|| memchr::memmem::Finder::new(b" wh"));
    let (mut from, mut to) = (start, end);
    let region = &text[start..end];
    for i in wh.find_iter(region.as_bytes()) {
        // `i` is a space's index, so a char boundary.
        let Some(join) = [" while ", " whereas "]
            .into_iter()
            .find(|j| region[i..].starts_with(j))
        else {
            continue;
        };
        let at = start + i;
        let before = text[start..at].trim_end_matches(['"', '”', '»', '›', '’', '\'']);
        let marked = before.len() < at - start;
        if !(before.ends_with(',') || marked) {
            continue;
        }
        let after = at + join.len();
        let next = text[after..end].split_whitespace().next().unwrap_or("");
        let subject = next.starts_with(|c: char| c.is_uppercase())
            || CLAUSE_SUBJECTS.contains(&next.to_lowercase().as_str());
        if !subject {
            continue;
        }
        if after <= own.start {
            from = from.max(after);
        } else if at >= own.end {
            to = to.min(at);
        }
    }
    (from, to)
}

/// `other_before`: the end of the words of a quote before this one in its sentence, another
/// speaker's; a partial quote's reporter's sentence is read from there.
fn stance_for(
    text: &str,
    pos: &Positions,
    q: &Attributed,
    other_before: Option<usize>,
    sentence_rest: Option<Span>,
) -> crate::stance::Stance {
    // The reporter's sentence, but no more than `CONTEXT` bytes either side of the quote: a run-on
    // "sentence" of thousands of quotes must not be re-read for each of them.
    const CONTEXT: usize = 400;
    let context = match q.kind {
        QuoteKind::Direct => None,
        // A question put to someone is read on its own words: the reporter's sentence around it
        // is the answer, another speaker's ("Asked about the claim, she said it was “not true.”").
        QuoteKind::Indirect if q.pattern == "indirect_asked" => None,
        _ => {
            let mut start = q
                .sentence
                .start
                .max(q.content.start.saturating_sub(CONTEXT));
            while !text.is_char_boundary(start) {
                start += 1;
            }
            let mut end = q.sentence.end.min(q.content.end + CONTEXT).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            // A partial quote that ends its sentence inside the marks ("… as long as there is a
            // chance.” He said …") ends the reporter's sentence with its closing mark.
            if q.content.slice(text).trim_end().ends_with(['.', '!', '?']) {
                let close = text[q.content.end..]
                    .chars()
                    .next()
                    .filter(|c| matches!(c, '"' | '”' | '“' | '»' | '«' | '›' | '‹' | '’' | '‘'))
                    .map_or(0, char::len_utf8);
                end = end.min(q.content.end + close);
            }
            // "… called the results “promising” but said …": when the quoted words carry a stance
            // of their own, a predicate joined after them is another act of the speaker's, and
            // the reporter's sentence of the quote ends before it. So it is when that predicate
            // is the reporter's narration, quoting nothing ("compared the half to “…” and thanked
            // the fans": the thanks go to others). Quoted words with no stance, joined to a
            // predicate that quotes the speaker again, are one argument read whole ("would cost
            // “tens of millions” and accused the union of “…”").
            if q.kind == QuoteKind::Partial {
                let rest = &text[q.content.end..end.max(q.content.end)];
                let after_mark = rest.trim_start_matches(|c: char| {
                    matches!(
                        c,
                        '"' | '”' | '“' | '»' | '«' | '›' | '‹' | '’' | '‘' | ',' | ' '
                    )
                });
                // The joined predicate up to its first comma: a title quoted in a relative
                // clause after it ("thanked the fans, who sang “Harbour Lights”") is no quotation.
                let predicate = after_mark.split([',', ';']).next().unwrap_or("");
                let quotes_again = predicate.contains(['"', '“', '„', '«', '»', '‹', '›', '‘']);
                // An appositive after the closing mark that quotes words again ("within weeks”,
                // a timetable the union called “fantasy”") re-describes the quoted words, most
                // often in another party's voice: not part of this quote's reading.
                let appositive = rest[..rest.len() - after_mark.len()].contains(',')
                    && (after_mark.starts_with("a ") || after_mark.starts_with("an "))
                    && quotes_again;
                // "… said it was “the kind of project we need” and praised the developer": a
                // judgement of a party joined by "and" frames quoted words that carry no stance
                // of their own (`judging_verbs.txt`); thanks or an apology to others do not.
                let judged = after_mark.strip_prefix("and ").is_some_and(|p| {
                    let verb = p.split(' ').next().unwrap_or("");
                    crate::lexicon::Lexicon::get().judging_verbs.contains(verb)
                });
                let joined = after_mark.starts_with("and ") || after_mark.starts_with("but ");
                if appositive
                    || (joined
                        && ((!quotes_again && !judged)
                            || own_words_take_a_stance(text, pos, q.content)))
                {
                    end = end.min(q.content.end + (rest.len() - after_mark.len()));
                }
            }
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            // "Tull said the ruling was “a disgrace”, while Denning insisted it was sound": a
            // clause joined by "while" or "whereas" with a subject of its own is another party's
            // statement, and neither side's words frame the other's.
            (start, end) = contrasted_clause(text, start, end, q.content);
            if q.kind == QuoteKind::Partial {
                if let Some(b) = other_before.filter(|&b| b > start && b <= q.content.start) {
                    start = b;
                }
            }
            Some(Span::new(
                start.min(q.content.start),
                end.max(q.content.end),
            ))
        }
    };
    stance::classify_with(
        &StanceInput {
            text,
            own: q.content,
            context,
            cue: q.cue,
            // The indirect statement is the reporter's own sentence; a partial quote's sentence
            // quotes the speaker, and the sentence before may frame it as a direct quote's does.
            lead_in: q.kind != QuoteKind::Indirect,
            rest: sentence_rest,
            speaker: q.speaker.as_ref().map(|m| m.span),
        },
        pos,
    )
}

/// Does byte `at` open a sentence or a line: is the text before it, past spaces, empty or a
/// sentence's end?
fn opens_sentence(text: &str, at: usize) -> bool {
    text.get(..at).is_some_and(|t| {
        let t = t.trim_end_matches([' ', '\t', '\u{a0}']);
        t.is_empty() || t.ends_with(['\n', '.', '!', '?', '”', '"'])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `quoted_at` finds the quote whose words hold a byte, and none between quotes.
    #[test]
    fn quoted_at_finds_the_quote_holding_a_byte() {
        let marked = [(Span::new(10, 20), 0), (Span::new(30, 45), 2)];
        assert_eq!(quoted_at(&marked, 12), Some(0));
        assert_eq!(quoted_at(&marked, 30), Some(2));
        assert_eq!(quoted_at(&marked, 20), None);
        assert_eq!(quoted_at(&marked, 5), None);
        assert_eq!(quoted_at(&marked, 50), None);
    }
}
