//! The VADER reference baseline (Hutto & Gilbert, ICWSM 2014), re-implemented from vaderSentiment
//! 3.3.2 over its MIT-licensed lexicon (`src/lexicon/vader_lexicon.txt`).
//!
//! Kept faithful rather than fast: it exists so that every stance figure can be set beside what a
//! well-known sentiment lexicon gets on the same sentences. Emoji descriptions are not expanded
//! (news text has none); everything else follows `SentimentIntensityAnalyzer.polarity_scores`:
//! whitespace tokens stripped of punctuation, booster and dampener words, ALL-CAPS emphasis,
//! negation in the three preceding tokens (x -0.74), "least", the "but" rule (x 0.5 before, x 1.5
//! after), exclamation and question marks, and the normalisation `x / sqrt(x² + 15)`.

use std::collections::HashMap;
use std::sync::OnceLock;

const B_INCR: f64 = 0.293;
const B_DECR: f64 = -0.293;
const C_INCR: f64 = 0.733;
const N_SCALAR: f64 = -0.74;

const NEGATE: &[&str] = &[
    "aint",
    "arent",
    "cannot",
    "cant",
    "couldnt",
    "darent",
    "didnt",
    "doesnt",
    "ain't",
    "aren't",
    "can't",
    "couldn't",
    "daren't",
    "didn't",
    "doesn't",
    "dont",
    "hadnt",
    "hasnt",
    "havent",
    "isnt",
    "mightnt",
    "mustnt",
    "neither",
    "don't",
    "hadn't",
    "hasn't",
    "haven't",
    "isn't",
    "mightn't",
    "mustn't",
    "neednt",
    "needn't",
    "never",
    "none",
    "nope",
    "nor",
    "not",
    "nothing",
    "nowhere",
    "oughtnt",
    "shant",
    "shouldnt",
    "uhuh",
    "wasnt",
    "werent",
    "oughtn't",
    "shan't",
    "shouldn't",
    "uh-uh",
    "wasn't",
    "weren't",
    "without",
    "wont",
    "wouldnt",
    "won't",
    "wouldn't",
    "rarely",
    "seldom",
    "despite",
];

const BOOST_UP: &[&str] = &[
    "absolutely",
    "amazingly",
    "awfully",
    "completely",
    "considerable",
    "considerably",
    "decidedly",
    "deeply",
    "effing",
    "enormous",
    "enormously",
    "entirely",
    "especially",
    "exceptional",
    "exceptionally",
    "extreme",
    "extremely",
    "fabulously",
    "flipping",
    "flippin",
    "frackin",
    "fracking",
    "fricking",
    "frickin",
    "frigging",
    "friggin",
    "fully",
    "fuckin",
    "fucking",
    "fuggin",
    "fugging",
    "greatly",
    "hella",
    "highly",
    "hugely",
    "incredible",
    "incredibly",
    "intensely",
    "major",
    "majorly",
    "more",
    "most",
    "particularly",
    "purely",
    "quite",
    "really",
    "remarkably",
    "so",
    "substantially",
    "thoroughly",
    "total",
    "totally",
    "tremendous",
    "tremendously",
    "uber",
    "unbelievably",
    "unusually",
    "utter",
    "utterly",
    "very",
];

const BOOST_DOWN: &[&str] = &[
    "almost",
    "barely",
    "hardly",
    "just enough",
    "kind of",
    "kinda",
    "kindof",
    "kind-of",
    "less",
    "little",
    "marginal",
    "marginally",
    "occasional",
    "occasionally",
    "partly",
    "scarce",
    "scarcely",
    "slight",
    "slightly",
    "somewhat",
    "sort of",
    "sorta",
    "sortof",
    "sort-of",
];

const SPECIAL_CASES: &[(&str, f64)] = &[
    ("the shit", 3.0),
    ("the bomb", 3.0),
    ("bad ass", 1.5),
    ("badass", 1.5),
    ("bus stop", 0.0),
    ("yeah right", -2.0),
    ("kiss of death", -1.5),
    ("to die for", 3.0),
    ("beating heart", 3.5),
];

/// VADER's lexicon: lowercase token -> mean valence.
fn lexicon() -> &'static HashMap<&'static str, f64> {
    static LEX: OnceLock<HashMap<&'static str, f64>> = OnceLock::new();
    LEX.get_or_init(|| {
        include_str!("../lexicon/vader_lexicon.txt")
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with("# "))
            .filter_map(|l| {
                let mut it = l.split('\t');
                let w = it.next()?;
                let v = it.next()?.trim().parse().ok()?;
                Some((w, v))
            })
            .collect()
    })
}

/// The valence of `token` in VADER's lexicon, if it has one.
pub fn valence(token: &str) -> Option<f64> {
    lexicon().get(token).copied()
}

fn booster(word: &str) -> Option<f64> {
    if BOOST_UP.contains(&word) {
        Some(B_INCR)
    } else if BOOST_DOWN.contains(&word) {
        Some(B_DECR)
    } else {
        None
    }
}

fn is_upper(s: &str) -> bool {
    // Python's str.isupper: at least one cased character and no lowercase one.
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}

fn negated(word: &str) -> bool {
    NEGATE.contains(&word) || word.contains("n't")
}

fn strip_punct(token: &str) -> &str {
    let stripped = token.trim_matches(|c: char| c.is_ascii_punctuation());
    if stripped.chars().count() <= 2 {
        token
    } else {
        stripped
    }
}

/// VADER's compound score of `text`, in -1 ..= 1.
pub fn compound(text: &str) -> f64 {
    let lex = lexicon();
    let words: Vec<&str> = text.split_whitespace().map(strip_punct).collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let allcaps = words.iter().filter(|w| is_upper(w)).count();
    let cap_diff = allcaps > 0 && allcaps < words.len();
    let in_lex = |i: usize| lex.contains_key(lower[i].as_str());

    let mut sentiments: Vec<f64> = Vec::with_capacity(words.len());
    for (i, item) in words.iter().enumerate() {
        let lw = lower[i].as_str();
        if booster(lw).is_some() || (lw == "kind" && lower.get(i + 1).is_some_and(|n| n == "of")) {
            sentiments.push(0.0);
            continue;
        }
        let Some(&base) = lex.get(lw) else {
            sentiments.push(0.0);
            continue;
        };
        let mut v = base;
        if lw == "no" && i + 1 < words.len() && in_lex(i + 1) {
            v = 0.0;
        }
        if (i > 0 && lower[i - 1] == "no")
            || (i > 1 && lower[i - 2] == "no")
            || (i > 2 && lower[i - 3] == "no" && (lower[i - 1] == "or" || lower[i - 1] == "nor"))
        {
            v = base * N_SCALAR;
        }
        if is_upper(item) && cap_diff {
            v += if v > 0.0 { C_INCR } else { -C_INCR };
        }
        for start_i in 0..3 {
            if i > start_i && !in_lex(i - (start_i + 1)) {
                let prev = i - (start_i + 1);
                let mut s = booster(&lower[prev]).map_or(0.0, |b| {
                    let mut b = if v < 0.0 { -b } else { b };
                    if is_upper(words[prev]) && cap_diff {
                        b += if v > 0.0 { C_INCR } else { -C_INCR };
                    }
                    b
                });
                if start_i == 1 && s != 0.0 {
                    s *= 0.95;
                }
                if start_i == 2 && s != 0.0 {
                    s *= 0.9;
                }
                v += s;
                v = negation_check(v, &lower, start_i, i);
                if start_i == 2 {
                    v = special_idioms(v, &lower, i);
                }
            }
        }
        // "least": "least helpful" is negated, "at least" and "very least" are not.
        if i > 1 && !in_lex(i - 1) && lower[i - 1] == "least" {
            if lower[i - 2] != "at" && lower[i - 2] != "very" {
                v *= N_SCALAR;
            }
        } else if i > 0 && !in_lex(i - 1) && lower[i - 1] == "least" {
            v *= N_SCALAR;
        }
        sentiments.push(v);
    }

    if let Some(bi) = lower.iter().position(|w| w == "but") {
        for (si, s) in sentiments.iter_mut().enumerate() {
            if si < bi {
                *s *= 0.5;
            } else if si > bi {
                *s *= 1.5;
            }
        }
    }

    if sentiments.is_empty() {
        return 0.0;
    }
    let mut sum: f64 = sentiments.iter().sum();
    let ep = text.matches('!').count().min(4) as f64 * 0.292;
    let qm = match text.matches('?').count() {
        0 | 1 => 0.0,
        n @ 2..=3 => n as f64 * 0.18,
        _ => 0.96,
    };
    if sum > 0.0 {
        sum += ep + qm;
    } else if sum < 0.0 {
        sum -= ep + qm;
    }
    normalize(sum)
}

/// VADER's normalisation of a raw valence sum into -1 ..= 1.
pub fn normalize(score: f64) -> f64 {
    (score / (score * score + 15.0).sqrt()).clamp(-1.0, 1.0)
}

fn negation_check(v: f64, w: &[String], start_i: usize, i: usize) -> f64 {
    match start_i {
        0 => {
            if negated(&w[i - 1]) {
                return v * N_SCALAR;
            }
        }
        1 => {
            if w[i - 2] == "never" && (w[i - 1] == "so" || w[i - 1] == "this") {
                return v * 1.25;
            } else if w[i - 2] == "without" && w[i - 1] == "doubt" {
                return v;
            } else if negated(&w[i - 2]) {
                return v * N_SCALAR;
            }
        }
        _ => {
            if (w[i - 3] == "never" && (w[i - 2] == "so" || w[i - 2] == "this"))
                || (w[i - 1] == "so" || w[i - 1] == "this")
            {
                return v * 1.25;
            } else if w[i - 3] == "without" && (w[i - 2] == "doubt" || w[i - 1] == "doubt") {
                return v;
            } else if negated(&w[i - 3]) {
                return v * N_SCALAR;
            }
        }
    }
    v
}

fn special_idioms(mut v: f64, w: &[String], i: usize) -> f64 {
    let special = |s: &str| SPECIAL_CASES.iter().find(|(k, _)| *k == s).map(|(_, v)| *v);
    let onezero = format!("{} {}", w[i - 1], w[i]);
    let twoonezero = format!("{} {} {}", w[i - 2], w[i - 1], w[i]);
    let twoone = format!("{} {}", w[i - 2], w[i - 1]);
    let threetwoone = if i > 2 {
        format!("{} {} {}", w[i - 3], w[i - 2], w[i - 1])
    } else {
        // Python's negative index wraps to the last word here; keep its effect (a non-match).
        String::new()
    };
    let threetwo = if i > 2 {
        format!("{} {}", w[i - 3], w[i - 2])
    } else {
        String::new()
    };
    for seq in [&onezero, &twoonezero, &twoone, &threetwoone, &threetwo] {
        if let Some(s) = special(seq) {
            v = s;
            break;
        }
    }
    if i + 1 < w.len() {
        if let Some(s) = special(&format!("{} {}", w[i], w[i + 1])) {
            v = s;
        }
    }
    if i + 2 < w.len() {
        if let Some(s) = special(&format!("{} {} {}", w[i], w[i + 1], w[i + 2])) {
            v = s;
        }
    }
    for ngram in [&threetwoone, &threetwo, &twoone] {
        if let Some(b) = booster(ngram) {
            v += b;
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    // Reference values computed with vaderSentiment 3.3.2's polarity_scores.
    #[test]
    fn matches_reference_examples() {
        let cases = [
            ("VADER is smart, handsome, and funny.", 0.8316),
            ("VADER is smart, handsome, and funny!", 0.8439),
            ("VADER is very smart, handsome, and funny.", 0.8545),
            ("VADER is not smart, handsome, nor funny.", -0.7424),
            ("The book was good.", 0.4404),
            ("The book was kind of good.", 0.3832),
            ("A really bad, horrible book.", -0.8211),
            ("Today SUX!", -0.5461),
            ("Today only kinda sux! But I'll get by, lol", 0.5249),
            ("At least it isn't a horrible book.", 0.431),
            ("They refused to condemn the strikes.", -0.743),
            ("We firmly oppose any interference.", 0.0),
            ("The talks were not helpful, but we remain hopeful.", 0.5837),
            ("", 0.0),
        ];
        for (text, want) in cases {
            let got = compound(text);
            assert!(
                (got - want).abs() < 5e-4,
                "{text:?}: got {got:.4}, want {want}"
            );
        }
    }
}
