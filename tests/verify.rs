//! `quotecheck verify`: every verdict on small articles written here and on the seed article, the
//! meaning-flip flags, what matching ignores (case, quote marks, white space, an ellipsis), split and
//! multi-paragraph joins, the command line's output and exit codes, and the corpus claims file.

#![allow(
    clippy::print_stdout,
    reason = "tests say on stdout when they skip for want of the shared folder"
)]

use std::path::{Path, PathBuf};
use std::process::Command;

use quotecheck::stance::StanceLabel;
use quotecheck::verify::{Claim, Edit, FlagKind, Index, Outcome, Verdict};
use quotecheck::{analyze_with, Options};
use serde::Deserialize;

macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({
            snapshot_path => "../snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!($name, $value);
        })
    };
}

/// A council story: a direct quote with two sentences, a pronoun-attributed quote, another speaker's
/// partial quote, reported speech, and the reporter's own words.
const COUNCIL: &str = "\
Mayor Jane Holt spoke on Tuesday about the flood defences.

“We will not raise council tax this year. The budget has room for 12 new wardens,” Holt said.

“The river may rise again before spring,” she added.

Opposition leader Tom Reyes called the plan “a cynical gamble with people’s homes.”

Reyes said the council had ignored three warnings from engineers.

The council meets again on Friday.
";

/// A hospital story: a quote split by “Ruiz said”, and a quote over three paragraphs.
const HOSPITAL: &str = "\
Dr. Ana Ruiz, who leads the hospital's trauma unit, described a long night.

“We had forty patients in four hours,” Ruiz said. “Every bed was full by midnight.”

Ruiz described the morning in detail. She said:

“The first ambulances arrived at six.

“By nine we had called in every surgeon we could find.

“Nobody went home until the last patient was stable.”

The hospital said it would review its staffing.
";

fn claim(speaker: &str, quote: &str) -> Claim {
    Claim {
        speaker: speaker.into(),
        quote: quote.into(),
        stance: None,
        doc: None,
    }
}

fn check_claim(text: &str, c: &Claim) -> Outcome {
    let doc = analyze_with("t", None, text, Options::default());
    Index::new(text, &doc).check(c)
}

fn check(text: &str, speaker: &str, quote: &str) -> Outcome {
    check_claim(text, &claim(speaker, quote))
}

fn flags(o: &Outcome) -> Vec<FlagKind> {
    o.flags.iter().map(|f| f.kind).collect()
}

/// The evidence's words in the article, as the article writes them.
fn evidence(o: &Outcome) -> &str {
    &o.evidence.as_ref().expect("evidence").text
}

// ---------------------------------------------------------------------------------------------
// Verdicts on articles written here
// ---------------------------------------------------------------------------------------------

#[test]
fn verified_fragment_of_a_direct_quote() {
    let o = check(COUNCIL, "Holt", "we will not raise council tax this year");
    assert_eq!(o.verdict, Verdict::Verified, "{o:#?}");
    assert_eq!(evidence(&o), "We will not raise council tax this year");
    let e = o.evidence.as_ref().unwrap();
    assert_eq!(&COUNCIL[e.start..e.end], evidence(&o));
    assert_eq!(
        e.speaker.as_ref().unwrap().name.as_deref(),
        Some("Jane Holt")
    );
    assert_eq!(e.cue.as_deref(), Some("said"));
}

/// A quote the article relays through a source ("according to the Harbor Times") is verified for
/// its speaker; the evidence and the note name the source, so the check can go one step further.
#[test]
fn verified_quote_names_the_source_that_relays_it() {
    let text = "Budget.\n\n“We will not sign this budget,” Ada Lund said at a press conference, according to the Harbor Times.";
    let o = check(text, "Ada Lund", "We will not sign this budget");
    assert_eq!(o.verdict, Verdict::Verified);
    let e = o.evidence.as_ref().expect("evidence");
    assert_eq!(e.via.as_deref(), Some("the Harbor Times"));
    assert!(
        o.note.contains("Ada Lund, according to the Harbor Times"),
        "{}",
        o.note
    );
}

#[test]
fn verified_across_two_sentences_of_one_quote() {
    let o = check(
        COUNCIL,
        "Jane Holt",
        "this year. The budget has room for 12 new wardens",
    );
    assert_eq!(o.verdict, Verdict::Verified, "{o:#?}");
}

#[test]
fn verified_through_a_resolved_pronoun() {
    // “…,” she added: she is Holt.
    let o = check(COUNCIL, "Holt", "The river may rise again before spring");
    assert_eq!(o.verdict, Verdict::Verified, "{o:#?}");
    assert_eq!(
        o.evidence
            .as_ref()
            .unwrap()
            .speaker
            .as_ref()
            .unwrap()
            .mention,
        "she"
    );
}

/// A prosecutor reads out the defendant's email: the inner words are the defendant's.
const TRIAL: &str =
    "Tom Arden ran the fund until 2020. Prosecutor Ada Vale read from his email.\n\n\
     “He wrote to her, ‘Your money is safe,’ at a time when the fund was empty,” Vale said.\n";

#[test]
fn verified_inside_a_quote_that_names_the_inner_speaker() {
    let o = check(TRIAL, "Arden", "your money is safe");
    assert_eq!(o.verdict, Verdict::Verified, "{o:#?}");
    let e = o.evidence.as_ref().unwrap();
    assert_eq!(&TRIAL[e.start..e.end], "Your money is safe");
    let s = e.speaker.as_ref().unwrap();
    assert_eq!(s.name.as_deref(), Some("Tom Arden"));
    assert_eq!(s.mention, "He");
    assert_eq!(e.cue.as_deref(), Some("wrote"));
    assert!(o.note.contains("Ada Vale"), "{}", o.note);
}

#[test]
fn altered_inside_a_quote_that_names_the_inner_speaker() {
    let o = check(TRIAL, "Arden", "your money is guaranteed");
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    let e = o.evidence.as_ref().unwrap();
    assert_eq!(
        e.speaker.as_ref().unwrap().name.as_deref(),
        Some("Tom Arden")
    );
    assert!(o.note.contains("Ada Vale"), "{}", o.note);
}

#[test]
fn inner_words_are_not_the_outer_speakers() {
    let o = check(TRIAL, "Vale", "your money is safe");
    assert_eq!(o.verdict, Verdict::Misattributed, "{o:#?}");
    assert!(o.note.contains("Tom Arden"), "{}", o.note);
}

#[test]
fn inner_words_of_a_named_speaker_are_not_a_third_persons() {
    let o = check(TRIAL, "Jane Roe", "your money is safe");
    assert_eq!(o.verdict, Verdict::Misattributed, "{o:#?}");
    let e = o.evidence.as_ref().unwrap();
    assert_eq!(
        e.speaker.as_ref().unwrap().name.as_deref(),
        Some("Tom Arden")
    );
}

#[test]
fn verified_through_a_title() {
    let o = check(COUNCIL, "the mayor", "We will not raise council tax");
    assert_eq!(o.verdict, Verdict::Verified, "{o:#?}");
    let o = check(COUNCIL, "Mayor Holt", "We will not raise council tax");
    assert_eq!(o.verdict, Verdict::Verified, "{o:#?}");
}

#[test]
fn verified_ignoring_case_marks_and_white_space() {
    for q in [
        "WE WILL NOT RAISE COUNCIL TAX",
        "\"We will not raise council tax\"",
        "‘We will  not\n raise   council tax’",
        "«we will not raise council tax,»",
        "We will not raise council-tax",
    ] {
        let o = check(COUNCIL, "Holt", q);
        assert_eq!(o.verdict, Verdict::Verified, "{q}: {o:#?}");
    }
}

#[test]
fn verified_with_an_ellipsis_for_omitted_words() {
    for q in [
        "We will not raise council tax … room for 12 new wardens",
        "We will not raise council tax... room for 12 new wardens",
        "We will not raise council tax . . . room for twelve new wardens",
    ] {
        let o = check(COUNCIL, "Holt", q);
        assert_eq!(o.verdict, Verdict::Verified, "{q}: {o:#?}");
        assert!(
            o.diff.iter().any(
                |e| matches!(e, Edit::Omitted { article } if article == "this year. The budget has")
            ),
            "{:?}",
            o.diff
        );
    }
    // The ellipsis stands for omitted words, not for any words in any order.
    let o = check(
        COUNCIL,
        "Holt",
        "room for 12 new wardens … We will not raise",
    );
    assert_ne!(o.verdict, Verdict::Verified);
}

#[test]
fn verified_across_a_split_quote() {
    // “We had forty patients in four hours,” Ruiz said. “Every bed was full by midnight.”
    let o = check(
        HOSPITAL,
        "Ruiz",
        "We had forty patients in four hours. Every bed was full by midnight.",
    );
    assert_eq!(o.verdict, Verdict::Verified, "{o:#?}");
    let e = o.evidence.as_ref().unwrap();
    assert_eq!(e.parts.len(), 2, "one part per segment: {e:#?}");
    assert_eq!(e.parts[0].text, "We had forty patients in four hours");
    assert_eq!(e.parts[1].text, "Every bed was full by midnight");
}

#[test]
fn verified_across_paragraphs_of_a_multi_paragraph_quote() {
    let o = check(
        HOSPITAL,
        "Dr. Ana Ruiz",
        "The first ambulances arrived at six. By nine we had called in every surgeon",
    );
    assert_eq!(o.verdict, Verdict::Verified, "{o:#?}");
    assert_eq!(o.evidence.as_ref().unwrap().parts.len(), 2);
    let o = check(
        HOSPITAL,
        "Ruiz",
        "arrived at six … Nobody went home until the last patient was stable",
    );
    assert_eq!(o.verdict, Verdict::Verified, "{o:#?}");
}

#[test]
fn misattributed_to_another_speaker_names_them() {
    let o = check(COUNCIL, "Holt", "a cynical gamble with people's homes");
    assert_eq!(o.verdict, Verdict::Misattributed, "{o:#?}");
    let s = o.evidence.as_ref().unwrap().speaker.as_ref().unwrap();
    assert_eq!(s.name.as_deref(), Some("Tom Reyes"));
    assert!(o.note.contains("Tom Reyes"), "{}", o.note);
}

#[test]
fn unattributed_when_the_words_are_the_reporters() {
    // The article gives the words to no one: not evidence that someone else said them.
    let o = check(COUNCIL, "Holt", "The council meets again on Friday");
    assert_eq!(o.verdict, Verdict::Unattributed, "{o:#?}");
    let e = o.evidence.as_ref().unwrap();
    assert!(e.speaker.is_none() && e.quote.is_none(), "{e:#?}");
    assert!(o.note.contains("reporter"), "{}", o.note);
}

#[test]
fn unattributed_words_point_at_the_claimed_name_in_their_paragraph() {
    let text = "Depot’s plans\n\nThe depot closes in May. For Mara Holt, a decade of night shifts \
                ends with the keys handed back to the county.\n\nThe county expects bids by June.\n";
    let o = check(
        text,
        "Mara Holt, the depot manager",
        "a decade of night shifts ends",
    );
    assert_eq!(o.verdict, Verdict::Unattributed, "{o:#?}");
    let at = text.find("Holt,").unwrap();
    let (cs, ce) = (text[..at].chars().count(), text[..at].chars().count() + 4);
    assert!(
        o.note.contains(&format!(
            "names “Holt” (bytes {at}..{}, chars {cs}..{ce})",
            at + 4
        )),
        "{}",
        o.note
    );
    // A speaker given by words that name no one ("The", "Many", "We’ve", a title): no pointer,
    // though the paragraph has those words capitalised.
    let text2 = "Depot plans\n\nThe depot closes in May. Many drivers and We’ve Got Wheels, a \
                 Governor’s charity, say a decade of night shifts ends with it.\n";
    for who in ["The famously gruff governor", "Many drivers", "We’ve"] {
        let o = check(text2, who, "a decade of night shifts ends");
        assert!(!o.note.contains("names"), "{who}: {}", o.note);
    }
    // A paragraph that does not name her: no pointer.
    let o = check(text, "Holt", "The county expects bids by June");
    assert_eq!(o.verdict, Verdict::Unattributed, "{o:#?}");
    assert!(!o.note.contains("names"), "{}", o.note);
}

#[test]
fn unattributed_when_the_quote_has_no_speaker() {
    let text =
        "The report was published on Monday.\n\n“Nothing will change,” read a banner outside.\n";
    let o = check(text, "Holt", "Nothing will change");
    assert_eq!(o.verdict, Verdict::Unattributed, "{o:#?}");
    assert!(o.note.contains("no one"), "{}", o.note);
}

#[test]
fn unattributed_when_the_speaker_is_an_unresolved_mention() {
    // Two women before "she": quotecheck cannot tell which one spoke, so the words are neither
    // verified for Holt nor shown to be someone else's.
    let text = "Mara Holt met Ines Brant at the depot on Monday.\n\n\
                “The lorries will run on time,” she said.\n";
    let o = check(text, "Holt", "The lorries will run on time");
    assert_eq!(o.verdict, Verdict::Unattributed, "{o:#?}");
    assert!(o.note.contains("could not tie"), "{}", o.note);
    // A close quote of the same mention: unattributed too, with its diff.
    let o = check(text, "Holt", "The lorries will run late");
    assert_eq!(o.verdict, Verdict::Unattributed, "{o:#?}");
    assert!(
        !o.diff.is_empty() && o.note.contains("could not tie"),
        "{}",
        o.note
    );
}

#[test]
fn misattributed_reported_speech_of_someone_else() {
    let o = check(
        COUNCIL,
        "Holt",
        "the council had ignored three warnings from engineers",
    );
    assert_eq!(o.verdict, Verdict::Misattributed, "{o:#?}");
    let s = o.evidence.as_ref().unwrap().speaker.as_ref().unwrap();
    assert_eq!(s.name.as_deref(), Some("Tom Reyes"));
}

#[test]
fn paraphrased_exact_words_of_reported_speech() {
    let o = check(
        COUNCIL,
        "Reyes",
        "the council had ignored three warnings from engineers",
    );
    assert_eq!(o.verdict, Verdict::Paraphrased, "{o:#?}");
    assert_eq!(
        o.evidence.as_ref().unwrap().kind,
        Some(quotecheck::QuoteKind::Indirect)
    );
}

/// A claim made from the reporter's sentence may open with the "that" (or "whether") the
/// statement quotecheck found starts after: still the speaker's reported speech.
#[test]
fn paraphrased_with_the_complementiser_the_statement_leaves_out() {
    let text = "Depot works\n\nMara Holt said on Monday that the depot would reopen in May after \
                repairs to its roof.\n\nIves Brant asked whether the night buses would run again.\n";
    let o = check(text, "Holt", "that the depot would reopen in May");
    assert_eq!(o.verdict, Verdict::Paraphrased, "{o:#?}");
    let e = o.evidence.as_ref().unwrap();
    assert_eq!(&text[e.start..e.end], "that the depot would reopen in May");
    let o = check(text, "Brant", "whether the night buses would run again");
    assert_eq!(o.verdict, Verdict::Paraphrased, "{o:#?}");
    // Someone else's statement, with its "that": misattributed, not the reporter's words.
    let o = check(text, "Brant", "that the depot would reopen in May");
    assert_eq!(o.verdict, Verdict::Misattributed, "{o:#?}");
}

#[test]
fn paraphrased_in_other_words() {
    let o = check(
        COUNCIL,
        "Tom Reyes",
        "the council ignored warnings from its engineers",
    );
    assert_eq!(o.verdict, Verdict::Paraphrased, "{o:#?}");
    assert_eq!(
        evidence(&o),
        "the council had ignored three warnings from engineers"
    );
}

#[test]
fn not_found() {
    let o = check(COUNCIL, "Holt", "we will build a new bridge over the river");
    assert_eq!(o.verdict, Verdict::NotFound, "{o:#?}");
    assert!(o.evidence.is_none());
    let o = check(
        COUNCIL,
        "Nobody Here",
        "an entirely different sentence about cats",
    );
    assert_eq!(o.verdict, Verdict::NotFound);
    assert!(o.note.contains("quotes no one by that name"), "{}", o.note);
}

// ---------------------------------------------------------------------------------------------
// Altered quotes and the meaning-flip flags
// ---------------------------------------------------------------------------------------------

#[test]
fn altered_negation_dropped() {
    let o = check(COUNCIL, "Holt", "We will raise council tax this year");
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    assert_eq!(flags(&o), [FlagKind::Negation]);
    assert_eq!(
        o.diff,
        [
            Edit::Same {
                text: "We will".into()
            },
            Edit::Deleted {
                article: "not".into()
            },
            Edit::Same {
                text: "raise council tax this year".into()
            },
        ]
    );
    assert!(o.flags[0].message.contains("dropped"), "{:?}", o.flags);
}

#[test]
fn altered_negation_added() {
    let o = check(
        COUNCIL,
        "Holt",
        "The river may never rise again before spring",
    );
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    assert_eq!(flags(&o), [FlagKind::Negation]);
    assert!(o.flags[0].message.contains("added"), "{:?}", o.flags);
}

/// Words a claim puts at the edge of a fragment, where the quote goes on with words of its own,
/// replace those words: the diff shows what the article says there, and a negation the claim
/// leaves behind at the edge is flagged.
#[test]
fn claim_words_at_an_edge_replace_the_quotes_words_there() {
    let text = "Mill report\n\nKeeper Ansel Dowe accused the mill of “treating the brook as a free drain,” and added: “The weir is safe, but the fish are not.”\n";
    let o = check(text, "Dowe", "the mill treats the brook as a free drain");
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    let changed = |article: &str, claim: &str| Edit::Changed {
        article: article.into(),
        claim: claim.into(),
    };
    assert_eq!(
        o.diff[0],
        changed("treating", "the mill treats"),
        "{:?}",
        o.diff
    );
    let o = check(text, "Dowe", "The weir is safe, but the fish are fine");
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    assert_eq!(o.diff.last(), Some(&changed("not", "fine")), "{:?}", o.diff);
    assert_eq!(flags(&o), [FlagKind::Negation], "{:?}", o.flags);
}

#[test]
fn altered_number() {
    let o = check(COUNCIL, "Holt", "The budget has room for 20 new wardens");
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    assert_eq!(flags(&o), [FlagKind::Number]);
    assert_eq!(o.flags[0].article, "12");
    assert_eq!(o.flags[0].claim, "20");
}

#[test]
fn a_number_written_in_words_is_the_same_number() {
    let o = check(
        COUNCIL,
        "Holt",
        "The budget has room for twelve new wardens",
    );
    assert_eq!(o.verdict, Verdict::Verified, "{o:#?}");
}

#[test]
fn altered_hedge() {
    let o = check(COUNCIL, "Holt", "The river will rise again before spring");
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    assert_eq!(flags(&o), [FlagKind::Hedge]);
    assert_eq!(
        o.diff[1],
        Edit::Changed {
            article: "may".into(),
            claim: "will".into()
        }
    );
}

#[test]
fn altered_name() {
    let o = check(COUNCIL, "Holt", "The Thames may rise again before spring");
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    assert_eq!(flags(&o), [FlagKind::Name]);
}

#[test]
fn altered_without_a_meaning_flag() {
    let o = check(
        COUNCIL,
        "Holt",
        "We will not raise the council tax this year",
    );
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    assert!(o.flags.is_empty(), "{:?}", o.flags);
}

/// A claim that leaves a long clause out of the middle of a quote is that quote altered, with the
/// clause shown as deleted where it stood; not a weaker match that starts inside the clause, nor
/// "not found".
#[test]
fn altered_with_a_clause_left_out() {
    let text = "Ferry deal\n\n“This agreement, together with the new timetable that we settled last month with the harbour board, will bring real relief to island families,” Mayor Ines Corra said.\n";
    let o = check(
        text,
        "Corra",
        "This agreement will bring real relief to island families",
    );
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    assert_eq!(
        o.diff[..2],
        [
            Edit::Same {
                text: "This agreement".into()
            },
            Edit::Deleted {
                article: "together with the new timetable that we settled last month with the harbour board"
                    .into()
            },
        ]
    );
}

/// A speaker pasted with a description of them is matched by the name before it.
#[test]
fn speaker_with_a_description_is_matched_by_the_name() {
    let holt = "The river may rise again before spring";
    let reyes = "a cynical gamble";
    for (who, quote, verdict) in [
        ("Holt, who chairs the flood board", holt, Verdict::Verified),
        ("Jane Holt, 58,", holt, Verdict::Verified),
        ("Holt of the county council", holt, Verdict::Verified),
        ("Holt herself", holt, Verdict::Verified),
        ("Reyes, the opposition leader", holt, Verdict::Misattributed),
        // The name before the description decides, not a name inside it.
        ("Holt, who beat Tom Reyes", reyes, Verdict::Misattributed),
        (
            "Reyes, who ran against Mayor Holt",
            reyes,
            Verdict::Verified,
        ),
        // A description set off by dashes: the name before it decides here too.
        (
            "Holt — named by the weekly paper as the likely successor to Tom Reyes —",
            reyes,
            Verdict::Misattributed,
        ),
        (
            "Holt -- a rival of Tom Reyes --",
            reyes,
            Verdict::Misattributed,
        ),
        ("Holt – no friend to Tom Reyes", holt, Verdict::Verified),
    ] {
        let o = check(COUNCIL, who, quote);
        assert_eq!(o.verdict, verdict, "{who}: {o:#?}");
    }
}

/// A speaker's words copied with what stood before the name: a number or function word heading
/// a description ("One of the engineers, Ada Lund,") is no name to match first, and a sentence's
/// opening conjunction ("But Ms. Lund") is no part of the name.
#[test]
fn speaker_copied_with_an_opening_word() {
    let text =
        "Pier vote\n\n“The vote was rushed,” one council member said.\n\nOne of the harbour \
                engineers, Ada Lund, said the pier would hold through the winter.\n";
    let quote = "the pier would hold through the winter";
    for who in [
        "One of the harbour engineers, Ada Lund,",
        "But Ms. Lund",
        "And Lund",
    ] {
        let o = check(text, who, quote);
        assert_eq!(o.verdict, Verdict::Paraphrased, "{who}: {o:#?}");
    }
    let o = check(text, "One council member", "The vote was rushed");
    assert_eq!(o.verdict, Verdict::Verified, "{o:#?}");
}

/// A paragraph with no words ("* * *", a lone dash) does not shift the paragraphs after it: a claim
/// found in reported speech below one is checked, not a crash.
#[test]
fn paragraphs_without_words_are_no_trouble() {
    let text = "Harbour news\n\n* * *\n\n\u{2014}\n\nThe harbour board said the night ferry would keep running until spring.\n\nMira Osei, its chair, said the crews had earned it.\n";
    let o = check(text, "Mira Osei", "the crews had earned it");
    assert_eq!(o.verdict, Verdict::Paraphrased, "{o:#?}");
    let o = check(
        text,
        "Mira Osei",
        "the night ferry would keep running until spring",
    );
    assert_eq!(o.verdict, Verdict::Misattributed, "{o:#?}");
}

/// A name the claim puts in square brackets says who the speaker's own words mean: the change is
/// shown, with no meaning flag. Replacing a name in brackets still drops the article's name.
#[test]
fn a_bracketed_name_is_an_editorial_insertion() {
    let o = check(COUNCIL, "Holt", "[The Severn] may rise again before spring");
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    assert!(o.flags.is_empty(), "{:?}", o.flags);
    let o = check(
        COUNCIL,
        "Reyes",
        "a cynical gamble with [Jane Holt's] homes",
    );
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    assert!(o.flags.is_empty(), "{:?}", o.flags);
    let o = check(COUNCIL, "Holt", "The Thames may rise again before spring");
    assert_eq!(flags(&o), [FlagKind::Name]);
}

/// A ferry story: one speaker's partial quote, then her direct quote in the next paragraph, which
/// the index joins into one run of her words.
const FERRY: &str = "\
Harbour chief Mira Osei said the board would review \u{201c}every lane, every pier and every contract\u{201d} this year.

\u{201c}We\u{2019}re keeping the night ferry because of its crews, not in spite of them. We don\u{2019}t close routes that people use,\u{201d} Osei told reporters.
";

/// A contraction spelt out ("We’re" quoted as "We are") is one change, shown where it stands, in
/// the quote that has the words: not a change that reaches back into her quote before.
#[test]
fn altered_contraction_is_one_change_in_the_right_quote() {
    let o = check(
        FERRY,
        "Osei",
        "We are keeping the night ferry because of its crews",
    );
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    assert!(o.flags.is_empty(), "{:?}", o.flags);
    assert_eq!(
        o.diff[..2],
        [
            Edit::Changed {
                article: "We\u{2019}re".into(),
                claim: "We are".into()
            },
            Edit::Same {
                text: "keeping the night ferry because of its crews".into()
            },
        ]
    );
    assert!(evidence(&o).starts_with("We\u{2019}re keeping"), "{o:#?}");
}

/// Inside a quote, the spelt-out contraction does not take the word before it along
/// ("[-now we’re-]{+we are+}").
#[test]
fn contraction_inside_a_quote_keeps_the_word_before() {
    let text = "Ferry news\n\n\u{201c}For now we\u{2019}re keeping the night ferry,\u{201d} Mira Osei said.\n";
    let o = check(text, "Osei", "we are keeping the night ferry");
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    assert_eq!(
        o.diff[0],
        Edit::Changed {
            article: "we\u{2019}re".into(),
            claim: "we are".into()
        },
        "{o:#?}"
    );
}

/// "don’t" spelt "do not" keeps its negation: no flag. Dropping it is still flagged.
#[test]
fn contraction_of_not_is_no_negation_change() {
    let o = check(FERRY, "Osei", "We do not close routes that people use");
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    assert!(o.flags.is_empty(), "{:?}", o.flags);
    let o = check(FERRY, "Osei", "We do close routes that people use");
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    assert_eq!(flags(&o), [FlagKind::Negation]);
}

/// The claim's own words at the edge of a match are added words, not the last word of the
/// speaker's previous quote changed.
#[test]
fn added_word_at_the_start_stays_out_of_the_quote_before() {
    let o = check(
        FERRY,
        "Osei",
        "And we\u{2019}re keeping the night ferry because of its crews",
    );
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    assert_eq!(
        o.diff[0],
        Edit::Inserted {
            claim: "And".into()
        },
        "{o:#?}"
    );
    assert!(evidence(&o).starts_with("We\u{2019}re keeping"), "{o:#?}");
}

#[test]
fn close_quote_of_someone_else_is_misattributed_with_its_diff() {
    let o = check(COUNCIL, "Holt", "a cynical gamble with our homes");
    assert_eq!(o.verdict, Verdict::Misattributed, "{o:#?}");
    assert!(o
        .diff
        .iter()
        .any(|e| matches!(e, Edit::Changed { claim, .. } if claim == "our")));
}

// ---------------------------------------------------------------------------------------------
// Stance
// ---------------------------------------------------------------------------------------------

#[test]
fn stance_is_compared_with_the_articles() {
    let mut c = claim("Reyes", "a cynical gamble with people’s homes");
    c.stance = Some(StanceLabel::Critical);
    let o = check_claim(COUNCIL, &c);
    let s = o.stance.expect("stance check");
    assert_eq!(s.claimed, StanceLabel::Critical);
    let doc = analyze_with("t", None, COUNCIL, Options::default());
    let article = doc.quotes[o.evidence.unwrap().quote.unwrap()]
        .stance
        .as_ref()
        .map(|s| s.label);
    assert_eq!(s.article, article);
    assert_eq!(s.agrees, article.map(|a| a == StanceLabel::Critical));

    // Without stance computed there is nothing to compare.
    let doc = analyze_with(
        "t",
        None,
        COUNCIL,
        Options {
            stance: false,
            ..Options::default()
        },
    );
    let o = Index::new(COUNCIL, &doc).check(&c);
    assert_eq!(o.stance.unwrap().agrees, None);
    // A claim with no stance gets no stance check.
    assert!(check(COUNCIL, "Reyes", "a cynical gamble").stance.is_none());
}

// ---------------------------------------------------------------------------------------------
// Evidence invariants, long inputs
// ---------------------------------------------------------------------------------------------

#[test]
fn evidence_spans_are_the_articles_text() {
    let claims = [
        (
            "Holt",
            "We will raise council tax … room for 20 new wardens",
        ),
        ("Ruiz", "We had forty patients. Every bed was full"),
        ("Reyes", "the council ignored the warnings"),
        ("Holt", "The council meets again"),
    ];
    for text in [COUNCIL, HOSPITAL] {
        let doc = analyze_with("t", None, text, Options::default());
        let index = Index::new(text, &doc);
        for (s, q) in claims {
            let o = index.check(&claim(s, q));
            if let Some(e) = &o.evidence {
                assert!(e.start <= e.end && e.end <= text.len());
                for p in &e.parts {
                    assert_eq!(text.get(p.start..p.end), Some(p.text.as_str()));
                    assert_eq!(p.char_start, text[..p.start].chars().count());
                    assert_eq!(p.char_end, text[..p.end].chars().count());
                }
                assert_eq!(e.char_start, text[..e.start].chars().count());
                assert_eq!(e.char_end, text[..e.end].chars().count());
            }
        }
    }
}

#[test]
fn a_claim_with_no_words_is_not_found() {
    let o = check(COUNCIL, "Holt", "“…”");
    assert_eq!(o.verdict, Verdict::NotFound);
}

#[test]
fn long_article_and_long_claim_stay_fast() {
    // 2 000 paragraphs; the claim is a 300-word quote, once exact and once altered.
    let mut text = String::new();
    let mut long = String::new();
    for i in 0..2000 {
        let q = format!("Item {i} of the plan is ready and the team will deliver it on time");
        text.push_str(&format!("“{q},” said Official{i}.\n\n"));
        if (1000..1020).contains(&i) {
            long.push_str(&q);
            long.push(' ');
        }
    }
    let doc = analyze_with(
        "t",
        None,
        &text,
        Options {
            stance: false,
            ..Options::default()
        },
    );
    let index = Index::new(&text, &doc);
    let t = std::time::Instant::now();
    let o = index.check(&claim("Official1000", "Item 1000 of the plan is ready"));
    assert_eq!(o.verdict, Verdict::Verified, "{o:#?}");
    let o = index.check(&claim("Official1000", &long));
    assert_ne!(o.verdict, Verdict::Verified);
    assert!(t.elapsed().as_secs() < 5, "{:?}", t.elapsed());
}

// ---------------------------------------------------------------------------------------------
// The seed article (from the shared folder, when it is there)
// ---------------------------------------------------------------------------------------------

/// The shared folder beside the repository (as CI lays it out), or the workplace's.
fn shared() -> Option<PathBuf> {
    [
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"),
        PathBuf::from("/work/shared"),
    ]
    .into_iter()
    .find(|p| p.join("seeds").is_dir())
}

fn seed() -> Option<String> {
    let Some(dir) = shared() else {
        println!("note: no shared folder; seed-article verify tests skipped");
        return None;
    };
    std::fs::read_to_string(dir.join("seeds/000_8d05e1ad106699d0.txt")).ok()
}

#[test]
fn seed_article_every_verdict() {
    let Some(text) = seed() else { return };
    let doc = analyze_with("seed", None, &text, Options::default());
    let index = Index::new(&text, &doc);
    let v = |s: &str, q: &str| index.check(&claim(s, q));

    let o = v(
        "Zelensky",
        "I had a long and meaningful phone call with Chinese President Xi Jinping",
    );
    assert_eq!(o.verdict, Verdict::Verified, "{o:#?}");
    // A title and an ellipsis.
    let o = v(
        "the Ukrainian president",
        "“I had a long and meaningful phone call … will give a powerful impetus to the development of our bilateral relations”",
    );
    assert_eq!(o.verdict, Verdict::Verified, "{o:#?}");

    // The issue's example: words left out without an ellipsis; the dropped title is part of a name
    // that is kept, so no name flag.
    let o = v("Zelensky", "a meaningful phone call with Xi");
    assert_eq!(o.verdict, Verdict::Altered, "{o:#?}");
    assert_eq!(
        o.diff,
        [
            Edit::Same { text: "a".into() },
            Edit::Deleted {
                article: "long and".into()
            },
            Edit::Same {
                text: "meaningful phone call with".into()
            },
            Edit::Deleted {
                article: "Chinese President".into()
            },
            Edit::Same { text: "Xi".into() },
        ]
    );
    assert!(o.flags.is_empty(), "{:?}", o.flags);
    let o = v(
        "Zelensky",
        "I had a long and meaningful phone call with Russian President Vladimir Putin",
    );
    assert_eq!(o.verdict, Verdict::Altered);
    assert!(flags(&o).contains(&FlagKind::Name), "{:?}", o.flags);
    let o = v(
        "Zelensky",
        "this call will not give a powerful impetus to the development of our bilateral relations",
    );
    assert_eq!(o.verdict, Verdict::Altered);
    assert!(flags(&o).contains(&FlagKind::Negation), "{:?}", o.flags);

    let o = v("Zelensky", "an important dialogue");
    assert_eq!(o.verdict, Verdict::Misattributed, "{o:#?}");
    assert!(o.note.contains("Andrii Yermak"), "{}", o.note);
    assert_eq!(
        v("Yermak", "an important dialogue").verdict,
        Verdict::Verified
    );

    let o = v(
        "China's Foreign Ministry",
        "its envoy to Ukraine will be Li Hui",
    );
    assert_eq!(o.verdict, Verdict::Paraphrased, "{o:#?}");
    let o = v("Zelensky", "China has claimed neutrality in the conflict");
    assert_eq!(o.verdict, Verdict::Unattributed, "{o:#?}");
    assert!(o.note.contains("reporter"), "{}", o.note);

    assert_eq!(
        v("Putin", "we will win this war").verdict,
        Verdict::NotFound
    );
}

// ---------------------------------------------------------------------------------------------
// The command line
// ---------------------------------------------------------------------------------------------

/// A scratch folder with the two articles written here and a claims file.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("quotecheck-verify-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("news")).unwrap();
    std::fs::write(dir.join("news/council.txt"), COUNCIL).unwrap();
    std::fs::write(dir.join("news/hospital.txt"), HOSPITAL).unwrap();
    std::fs::write(
        dir.join("claims.jsonl"),
        r#"{"speaker": "Holt", "quote": "we will not raise council tax", "doc": "council"}
{"speaker": "Holt", "quote": "We will raise council tax this year", "doc": "council.txt"}
{"speaker": "Holt", "quote": "a cynical gamble with people's homes", "stance": "critical"}

{"speaker": "Reyes", "quote": "the council had ignored three warnings from engineers"}
{"speaker": "Ruiz", "quote": "We had forty patients in four hours. Every bed was full by midnight."}
{"speaker": "Ruiz", "quote": "we ran out of blood"}
"#,
    )
    .unwrap();
    dir
}

/// Run the binary in `dir`: exit code, stdout and stderr as one string.
fn run(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_quotecheck"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    let code = out.status.code().unwrap_or(-1);
    let s = format!(
        "exit code: {code}\n--- stdout\n{}--- stderr\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (code, s)
}

#[test]
fn cli_human_output_over_a_directory() {
    let dir = scratch("human");
    let (code, out) = run(&dir, &["verify", "news", "--claims", "claims.jsonl"]);
    assert_eq!(code, 1);
    assert!(!out.contains('\x1b'), "no ANSI when piped");
    snapshot!("verify_cli_human", out);
}

#[test]
fn cli_json_output() {
    let dir = scratch("json");
    let (code, out) = run(
        &dir,
        &[
            "verify",
            "news",
            "--claims",
            "claims.jsonl",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 1);
    snapshot!("verify_cli_json", out);
    let (_, out) = run(
        &dir,
        &[
            "verify",
            "news",
            "--claims",
            "claims.jsonl",
            "--format",
            "jsonl",
        ],
    );
    let stdout = out.split("--- stdout\n").nth(1).unwrap();
    let stdout = stdout.split("--- stderr\n").next().unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 6);
    assert_eq!(lines[0]["verdict"], "verified");
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[3]["line"], 5, "blank lines keep their numbers");
    assert_eq!(lines[3]["doc"], "council");
    assert!(lines.iter().all(|l| !l.to_string().contains('\x1b')));
}

#[test]
fn cli_exit_codes() {
    let dir = scratch("exit");
    // 0: every claim verified.
    let (code, out) = run(
        &dir,
        &[
            "verify",
            "news/council.txt",
            "--speaker",
            "Holt",
            "--quote",
            "We will not raise council tax",
        ],
    );
    assert_eq!(code, 0, "{out}");
    // 1: a claim not verified.
    let (code, out) = run(
        &dir,
        &[
            "verify",
            "news/council.txt",
            "--speaker",
            "Holt",
            "--quote",
            "We will raise council tax",
        ],
    );
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("ALTERED"), "{out}");
    // 2: an unreadable article, a broken claims file, a claim for a missing article, bad usage.
    let (code, out) = run(
        &dir,
        &[
            "verify",
            "news/missing.txt",
            "--speaker",
            "Holt",
            "--quote",
            "x",
        ],
    );
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("error: news/missing.txt"), "{out}");
    std::fs::write(
        dir.join("bad.jsonl"),
        "{\"speaker\": \"Holt\", \"quote\": \"x\"}\n{\"quote\": 3}\n",
    )
    .unwrap();
    let (code, out) = run(&dir, &["verify", "news", "--claims", "bad.jsonl"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("error: bad.jsonl:2:"), "{out}");
    std::fs::write(dir.join("other.jsonl"), "{\"speaker\": \"Holt\", \"quote\": \"We will not raise council tax\", \"doc\": \"nowhere\"}\n").unwrap();
    let (code, out) = run(&dir, &["verify", "news", "--claims", "other.jsonl"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("no article \"nowhere\""), "{out}");
    let (code, _) = run(&dir, &["verify", "news"]);
    assert_eq!(code, 2);
    let (code, _) = run(
        &dir,
        &[
            "verify",
            "news",
            "--speaker",
            "Holt",
            "--quote",
            "x",
            "--stance",
            "angry",
        ],
    );
    assert_eq!(code, 2);
}

#[test]
fn cli_color() {
    let dir = scratch("color");
    let args = |c: &'static str| {
        vec![
            "verify",
            "news/council.txt",
            "--speaker",
            "Holt",
            "--quote",
            "We will raise council tax",
            "--color",
            c,
        ]
    };
    let (_, out) = run(&dir, &args("always"));
    assert!(out.contains("\x1b[31m[-not-]\x1b[0m"), "{out}");
    let (_, out) = run(&dir, &args("never"));
    assert!(
        !out.contains('\x1b') && out.contains("We will [-not-] raise"),
        "{out}"
    );
    let (_, out) = run(&dir, &args("auto"));
    assert!(!out.contains('\x1b'), "auto is off when piped: {out}");
}

#[test]
fn cli_reads_the_article_from_stdin() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_quotecheck"))
        .args([
            "verify",
            "-",
            "--speaker",
            "Reyes",
            "--quote",
            "a cynical gamble",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(COUNCIL.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("VERIFIED  stdin:7:"));
}

// ---------------------------------------------------------------------------------------------
// The corpus claims file
// ---------------------------------------------------------------------------------------------

/// A line of `corpus/verify/claims.jsonl`: a claim, the verdict expected from reading the article, and,
/// where the tool is known to get it wrong, why.
#[derive(Debug, Deserialize)]
struct Expected {
    #[serde(flatten)]
    claim: Claim,
    expect: Verdict,
    #[serde(default)]
    known_issue: Option<String>,
}

#[test]
fn corpus_claims() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Not `corpus/claims.jsonl`: `eval` reads every `*.jsonl` directly in `corpus/` as gold.
    let path = root.join("corpus/verify/claims.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        println!("note: no corpus/verify/claims.jsonl");
        return;
    };
    let claims: Vec<Expected> = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect();
    assert!(claims.len() >= 60, "{} claims", claims.len());
    let mut results = Vec::new();
    let mut wrong = Vec::new();
    let mut docs = std::collections::BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        let name = c
            .claim
            .doc
            .clone()
            .expect("every corpus claim names its doc");
        let text = docs.entry(name.clone()).or_insert_with(|| {
            std::fs::read_to_string(root.join("corpus").join(format!("{name}.txt")))
                .unwrap_or_else(|e| panic!("{name}: {e}"))
        });
        let doc = analyze_with(&name, Some(format!("{name}.txt")), text, Options::default());
        let o = Index::new(text, &doc).check(&c.claim);
        let right = o.verdict == c.expect;
        if right == c.known_issue.is_some() {
            wrong.push(format!(
                "line {}: expected {:?}, got {:?}{} — {}: {:?} ({})",
                i + 1,
                c.expect,
                o.verdict,
                if right {
                    " (marked known_issue but right)"
                } else {
                    ""
                },
                c.claim.speaker,
                c.claim.quote,
                o.note
            ));
        }
        results.push(serde_json::json!({
            "line": i + 1,
            "claim": c.claim,
            "expect": c.expect,
            "known_issue": c.known_issue,
            "outcome": o,
        }));
    }
    insta::with_settings!({
        snapshot_path => "../snapshots",
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_json_snapshot!("verify_corpus_claims", results);
    });
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    for v in [
        Verdict::Verified,
        Verdict::Altered,
        Verdict::Misattributed,
        Verdict::Unattributed,
        Verdict::Paraphrased,
        Verdict::NotFound,
    ] {
        assert!(
            claims
                .iter()
                .any(|c| c.expect == v && c.known_issue.is_none()),
            "no corpus claim is expected to be {v:?}"
        );
    }
}
