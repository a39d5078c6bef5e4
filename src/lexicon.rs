//! Word lists compiled into the binary.
//!
//! Each list is a data file under `src/lexicon/`, one entry a line, `#` starting a comment. They are
//! parsed once, on first use, into lowercase sets. Nothing here names a person or place of any
//! evaluation text: the entries are general English.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// The hasher of the fixed word lists: foldhash with its fixed seed. Every token is looked up in
/// several word lists, and SipHash (the default) was a tenth of the pipeline's time; resistance to
/// crafted collisions buys nothing for sets whose entries are fixed (a text can only choose what
/// it looks up, not what the chains hold). FNV-1a before it multiplied once a byte; foldhash
/// reads a word of up to 16 bytes in a few loads and mixes it with two wide multiplies.
#[derive(Clone)]
pub struct WordHasher(foldhash::fast::FoldHasher<'static>);

/// The word lists' hasher under the name it had while it was FNV-1a.
pub type Fnv = WordHasher;

impl Default for WordHasher {
    #[inline(always)]
    fn default() -> WordHasher {
        WordHasher(std::hash::BuildHasher::build_hasher(
            &foldhash::fast::FixedState::default(),
        ))
    }
}

impl std::hash::Hasher for WordHasher {
    #[inline(always)]
    fn finish(&self) -> u64 {
        self.0.finish()
    }
    #[inline(always)]
    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes);
    }
    #[inline(always)]
    fn write_u8(&mut self, i: u8) {
        self.0.write_u8(i);
    }
}

/// A fixed word list (see [`WordHasher`]).
pub type WordSet = HashSet<String, BuildHasherDefault<WordHasher>>;

/// A fixed word list with a value per word (see [`WordHasher`]).
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// The shapes of a word list's entries: each entry's length with its first and last bytes, ASCII
/// case ignored (a bit each in a table of 64 lengths by 32 by 32). A word whose shape no entry has
/// is not in the list: most words a rule looks up are in none (the capitalised words of a text are
/// looked up among the reporting verbs and the titles, and are mostly names), and this rules them
/// out without lowercasing and hashing them.
#[derive(Debug, Clone)]
pub struct Shapes {
    bits: Box<[u64]>,
    /// Is every entry ASCII? Then a word with other chars is in the list only if it has the
    /// Kelvin sign (see [`Shapes::may_hold`]).
    ascii: bool,
}

impl Shapes {
    /// How many shapes there are: 64 lengths (longer words share the last) by 32 by 32.
    const COUNT: usize = 64 * 32 * 32;

    /// The shapes of `words`.
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Shapes {
        let mut bits = vec![0u64; Shapes::COUNT / 64].into_boxed_slice();
        let mut ascii = true;
        for w in words {
            ascii &= w.is_ascii();
            if let Some(k) = Shapes::key(w.as_bytes()) {
                bits[k / 64] |= 1 << (k % 64);
            }
        }
        Shapes { bits, ascii }
    }

    /// The shape of an ASCII word: ASCII lowercasing changes neither its length nor `byte | 0x20`
    /// of its bytes, so a word and its lowercase form have one shape. `None` for the empty word.
    fn key(b: &[u8]) -> Option<usize> {
        let (&first, &last) = (b.first()?, b.last()?);
        let letter = |x: u8| usize::from((x | 0x20) & 31);
        Some(b.len().min(63) << 10 | letter(first) << 5 | letter(last))
    }

    /// May `word`, written in any case, lowercase to an entry? Not when it is ASCII and its shape
    /// is no entry's. A word with other chars lowercases to one with other chars too (the names
    /// of news text: "Núñez", "Marrow’s"), which a list of ASCII entries does not hold; but the
    /// Kelvin sign lowercases to "k" (`lowercase_leaves_ascii_only_from_the_kelvin_sign`).
    #[inline(always)]
    pub fn may_hold(&self, word: &str) -> bool {
        let b = word.as_bytes();
        // The bytes OR-ed together are below 0x80 only for ASCII: for a word of a few bytes a
        // plain loop costs less than `<[u8]>::is_ascii`.
        if b.iter().fold(0, |acc, &x| acc | x) < 0x80 {
            Shapes::key(b).is_some_and(|k| self.bits[k / 64] & 1 << (k % 64) != 0)
        } else {
            !self.ascii || word.contains('\u{212a}')
        }
    }
}

/// A fixed word list of lowercase entries (a [`WordSet`]) with the [`Shapes`] of its entries in
/// front, for the lists looked up with most words of a text.
#[derive(Debug, Clone)]
pub struct ShapedSet {
    words: WordSet,
    shapes: Shapes,
}

impl ShapedSet {
    /// Is the lowercase word `lower` in the list?
    pub fn contains(&self, lower: &str) -> bool {
        self.shapes.may_hold(lower) && self.words.contains(lower)
    }

    /// Is `word`, written in any case, in the list (`contains(&word.to_lowercase())`)? A word
    /// whose shape rules it out is not lowercased.
    /// The shape is tested where this is called (about 278,000 calls on PolNeAR train, six in
    /// seven ruled out by it: the call's own entry and exit cost about as much as the test); a
    /// word that passes is lowercased and looked up out of line.
    #[inline(always)]
    pub fn contains_any_case(&self, word: &str) -> bool {
        self.shapes.may_hold(word) && self.contains_lowered(word)
    }

    /// [`ShapedSet::contains_any_case`] of a word its shape lets through.
    #[inline(never)]
    fn contains_lowered(&self, word: &str) -> bool {
        with_lower(word, |l| self.words.contains(l))
    }

    /// May `word`, written in any case, be in the list? `false` only when it is not: its shape
    /// is no entry's (see [`Shapes::may_hold`]).
    pub fn may_hold(&self, word: &str) -> bool {
        self.shapes.may_hold(word)
    }

    /// The entries, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }
}

impl FromIterator<String> for ShapedSet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> ShapedSet {
        let words: WordSet = iter.into_iter().collect();
        let shapes = Shapes::of(words.iter().map(String::as_str));
        ShapedSet { words, shapes }
    }
}

/// `s.to_lowercase()`, borrowed when `s` is lowercase ASCII already.
pub(crate) fn lowercase(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.is_ascii() {
        s.to_lowercase().into()
    } else if s.bytes().any(|b| b.is_ascii_uppercase()) {
        s.to_ascii_lowercase().into()
    } else {
        s.into()
    }
}

/// `f(&s.to_lowercase())` without allocating for an ASCII word: every capitalised word of a name
/// run is looked up lowercased, and a `String` each was a tenth of the registry's time. The copy
/// goes into a buffer kept per thread (a stack array needed a UTF-8 check per call, as costly as
/// the look-up); a nested call finds the buffer taken and uses a new one.
pub(crate) fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    thread_local! {
        static BUF: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
    }
    if !s.is_ascii() {
        return f(&lowercase(s));
    }
    if !s.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(s);
    }
    let mut buf = BUF.take();
    buf.clear();
    buf.push_str(s);
    buf.make_ascii_lowercase();
    let r = f(&buf);
    BUF.set(buf);
    r
}

/// [`Lexicon::nonspeech`] by reason, each phrase with its place in the list (the first, when a
/// phrase is listed twice): every quote is tested against the list, and reading it entry by entry,
/// a comparison of its reason and its phrase each, was most of that test.
#[derive(Debug, Default)]
pub struct NonspeechIndex {
    /// "title" phrases, a work's noun ("novel").
    pub title: WordMap<usize>,
    /// "maker" phrases, a noun for a work's maker ("star").
    pub maker: WordMap<usize>,
    /// "work" phrases, a noun for a work or a scheme ("programme").
    pub work: WordSet,
    /// "outlet" phrases, a noun for a broadcaster ("network"), whose possessive names a show.
    pub outlet: WordSet,
    /// The places of the phrases the words before a quote may end with ("so-called", "known
    /// as"): those of every reason but "title", "maker", "naming", "work" and "outlet", in list
    /// order.
    pub preceding: Vec<usize>,
    /// The nouns of the "naming" phrases "the NOUN" ("slogan", "phrase", "word"): a noun for
    /// a wording, whose quoted words are words, never a work's title.
    pub wording: WordSet,
}

impl NonspeechIndex {
    fn of(nonspeech: &[(String, String)]) -> NonspeechIndex {
        let mut index = NonspeechIndex::default();
        for (k, (phrase, why)) in nonspeech.iter().enumerate() {
            match why.as_str() {
                "title" => {
                    index.title.entry(phrase.clone()).or_insert(k);
                }
                "maker" => {
                    index.maker.entry(phrase.clone()).or_insert(k);
                }
                "work" => {
                    index.work.insert(phrase.clone());
                }
                "outlet" => {
                    index.outlet.insert(phrase.clone());
                }
                "naming" => {
                    if let Some(noun) = phrase.strip_prefix("the ") {
                        index.wording.insert(noun.to_string());
                    }
                }
                _ => index.preceding.push(k),
            }
        }
        index
    }
}

/// Grammatical gender (or number) evidence carried by a title, role or pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Gender {
    /// he, Mr., spokesman
    Male,
    /// she, Mrs., spokeswoman
    Female,
    /// it
    Neuter,
    /// they, we
    Plural,
    /// I
    Singular,
    /// who
    Relative,
}

impl Gender {
    fn from_tag(tag: &str) -> Option<Gender> {
        Some(match tag {
            "m" => Gender::Male,
            "f" => Gender::Female,
            "n" => Gender::Neuter,
            "p" => Gender::Plural,
            "s" => Gender::Singular,
            "r" => Gender::Relative,
            _ => return None,
        })
    }
}

/// All word lists, parsed.
#[derive(Debug)]
pub struct Lexicon {
    /// Reporting verbs (any that may link a quote to a speaker).
    pub cue_verbs: ShapedSet,
    /// Reporting verbs that may introduce unquoted indirect speech.
    pub indirect_cues: WordSet,
    /// Titles before names, lowercase, with gender evidence where they carry it.
    pub titles: WordMap<Option<Gender>>,
    /// Longest title in words.
    pub title_max_words: usize,
    /// Short titles -> the nouns a later "the …" names their holder by ("sen" -> "senator").
    pub title_roles: WordMap<Vec<String>>,
    /// Titles of rank that stand before a single name ("King Alden").
    pub rank_titles: ShapedSet,
    /// Role nouns, lowercase, with gender evidence.
    pub roles: WordMap<Option<Gender>>,
    /// Nouns naming a person by nationality ("dutchman", "spaniard"), with gender evidence.
    pub demonym_nouns: WordMap<Option<Gender>>,
    /// Group and institution nouns.
    pub groups: WordSet,
    /// Words marking an organisation name.
    pub org_heads: ShapedSet,
    /// Pronouns that can be speakers.
    pub pronouns: WordMap<Gender>,
    /// Abbreviations (as written, case-sensitive) that do not end a sentence.
    pub abbreviations: WordSet,
    /// Nationality adjectives, lowercase.
    pub demonyms: WordSet,
    /// The nationality demonyms alone: these, unlike party or regional words, may also be a
    /// surname ("Mark English").
    pub nationalities: WordSet,
    /// Number words ("ten", "dozen", "twice"), the words of `number_words.txt` without their
    /// digits: a count before "times" makes an adverbial of it, not a noun.
    pub numbers: WordSet,
    /// Non-speech cue phrases (lowercase) with their reason.
    pub nonspeech: Vec<(String, String)>,
    /// The same by reason, for the test every quote gets.
    pub nonspeech_index: NonspeechIndex,
    /// Auxiliaries and adverbs allowed between a speaker and a cue.
    pub adverbs: ShapedSet,
    /// Elided words written with a leading apostrophe.
    pub elisions: WordSet,
    /// Capitalised words that are never part of a personal name, lowercase.
    pub not_names: WordSet,
    /// Words that, opening a sentence, are no given name of the name after them, lowercase.
    pub sentence_openers: ShapedSet,
    /// Reporting verbs that may precede their speaker.
    pub inverting_cues: WordSet,
    /// Nouns naming an act of saying.
    pub speech_nouns: WordSet,
    /// Letters written after a name (KC, Jr.), as written.
    pub postnominals: WordSet,
    /// Two-word reporting verbs ("pointed out", "put it"): first word -> the words that may follow.
    pub phrasal_cues: WordMap<Vec<String>>,
    /// Verbs whose complement is a reported position written as a noun phrase, an infinitive or a
    /// question ("endorsed …", "wants to …", "asked whether …"): verb -> the particle it takes
    /// before its complement ("called for"), "" for none.
    pub object_cues: WordMap<Vec<String>>,
    /// Object cues tagged `[withholds]` and the participles of their base forms, lowercase:
    /// before "to" and a verb of condemning they withhold a judgment ("refused to condemn …",
    /// ", refusing to condemn …"), no position held.
    pub withholding_cues: WordSet,
    /// Object cues tagged `[act]`, lowercase: in a restrictive relative clause a turn-out or a
    /// decision ("who showed up", "who declined to run"), no position held.
    pub act_cues: WordSet,
    /// Object cues tagged `[four]`: verb -> the particles with which its complement needs four
    /// words, as a verb's with no particle does ("called on the council …", "pointed to …").
    pub four_word_cues: WordMap<Vec<String>>,
    /// Verbs that take a clause, read as object cues too when a noun phrase follows them
    /// ("acknowledged the problem"), lowercase; each is also a key of `object_cues` (no particle).
    pub clause_objects: WordSet,
    /// Adjectives of a stance read as object cues after a form of "be" ("is critical of …"):
    /// adjective -> the prepositions it takes; each is also a key of `object_cues`, its
    /// prepositions listed first there.
    pub stance_adjectives: WordMap<Vec<String>>,
    /// Nouns that report a position when a person owns them ("her claim that …", "his criticism
    /// of …"): noun -> the words that may follow it ("that", "to", a preposition).
    pub statement_nouns: WordMap<Vec<String>>,
    /// The words right before the person a statement is made to ("told", "asked", "interview
    /// with"): one or two words, lowercase.
    pub addressing: WordSet,
    /// Nouns for the person who asks an interview's questions ("host", "reporter"), lowercase.
    pub interviewers: WordSet,
    /// Reporting verbs by which a speaker owns a fault ("admitted", "apologised").
    pub admissions: WordSet,
    /// Words of violence, abuse and defamation done to someone ("killed", "abduction"), lowercase.
    pub harm_words: WordSet,
    /// Nouns for what no party is: weather, seasons and times, misfortunes ("storm", "day",
    /// "accident"), lowercase.
    pub thing_nouns: WordSet,
    /// Words of moral blame ("shameful", "disgraceful"), never said of a mere thing, lowercase.
    pub blame_words: WordSet,
    /// Words of condolence and sympathy for a loss, as phrased in `stance_terms.txt` ("thoughts
    /// are with", "condolence").
    pub sympathy: WordSet,
    /// Reporter's verbs that judge a party ("praised", "condemned"), lowercase.
    pub judging_verbs: WordSet,
    /// Terms of approval that a charge as their object turns into a charge ("support for
    /// violence"), as phrased in `stance_terms.txt`.
    pub approvals: WordSet,
    /// Nouns that name a charge made against someone ("rejected the accusation"), lowercase.
    pub charge_nouns: WordSet,
    /// Verbs that report an answer ("replied", "retorted"), lowercase.
    pub reply_verbs: WordSet,
    /// Verbs of memory and perception before one heard speaking ("recalled her father telling
    /// her"), lowercase.
    pub witness_verbs: WordSet,
    /// Things that carry written words ("a sign that read …"), lowercase.
    pub inscriptions: WordSet,
    /// Written sources that speak for their authors before "by" ("a study by …"), lowercase.
    pub authored_sources: WordSet,
    /// Verbs that cast someone "as" what a quote says ("portrays the levy as “…”"), lowercase.
    pub characterising: WordSet,
    /// Nouns that, after "in" and a possessor ("in Lund's view"), say whose view or words a
    /// sentence gives.
    pub viewpoint_nouns: WordSet,
    /// Verbs of talking that report what the talk is about only with "about" or "of" ("spoke
    /// about “…”"), lowercase.
    pub talk_verbs: WordSet,
    /// Participles of naming that, after a form of "be", report others' name for a thing ("has
    /// been called the “…”", "is known as “…”"), lowercase.
    pub naming_participles: WordSet,
    /// "-ing" forms of verbs of saying that report a clause in the progressive ("is arguing
    /// that …"), lowercase.
    pub progressive_cues: WordSet,
    /// Verbs of judging that report a position only with "as" ("sees the levy as a tax",
    /// "viewed him as a rival"; not "saw the ferry leave"), lowercase: object cues as well.
    pub as_cues: WordSet,
    /// Verbs of knowing and believing that report a clause only after "that" or a subject
    /// pronoun ("knew that the pier …", "felt she had …"; not "knew the room"), lowercase:
    /// clause cues as well.
    pub belief_cues: WordSet,
    /// Verbs of saying whose infinitive reports a clause ("went on TV to say …"), lowercase.
    pub infinitive_cues: WordSet,
    /// Words before "to say" that make it the writer's comment ("hard to say"), lowercase.
    pub comment_infinitive: WordSet,
    /// Verbs of telling, warning and ordering that report an order or a request as an addressee
    /// and an infinitive ("told the board to resign", "warned him not to run"), lowercase.
    pub addressee_infinitive: WordSet,
    /// Verbs of saying whose gerund complement is what they report ("reported spending …"),
    /// lowercase.
    pub gerund_cues: WordSet,
    /// Verbs of speaking whose infinitive after "declined" is a refusal to speak ("declined to
    /// comment"), lowercase.
    pub refusal_verbs: WordSet,
    /// Participles of refusing, whose infinitive after a comma is a position (", refusing to sign
    /// the deal"), lowercase.
    pub refusal_participles: WordSet,
    /// Verbs whose object does what the infinitive after it says ("asked the court to declare"),
    /// lowercase.
    pub object_control: WordSet,
    /// Verbs of trying, going on or beginning after which an object cue's infinitive has their
    /// subject ("tried to defend …", "has yet to endorse …"), lowercase.
    pub catenatives: WordSet,
    /// Adjectives of readiness whose object cue in the infinitive has the subject of their
    /// linking verb ("was reluctant to back …"), lowercase.
    pub ready_adjectives: WordSet,
    /// Verbs of condemning whose infinitive after "refused" is a judgment withheld, no position
    /// ("refused to condemn the strike"), lowercase.
    pub withheld_judgments: WordSet,
    /// Object cues that are speech acts judging a thing ("criticized", "praised", "denied"),
    /// lowercase: with a determined object their complement is a statement however short
    /// ("criticized the ruling"), where a verb of position's is not ("backed the plan").
    pub judging_acts: WordSet,
    /// Stems of object cues that are acts of speech ("vow", "urg"), lowercase; matched as
    /// prefixes.
    pub speech_act_stems: WordSet,
    /// Verbs that put words out ("issued", "gave"), lowercase.
    pub delivery_verbs: WordSet,
    /// Verbs that voice an attitude their object names ("expressed concern about …"), lowercase.
    pub voicing_verbs: WordSet,
    /// Nouns of an attitude voiced toward something ("concern", "support"), lowercase.
    pub attitude_nouns: WordSet,
    /// Adjectives of conviction, clause cues only after "be" ("are convinced that"), lowercase.
    pub conviction_adjectives: WordSet,
    /// Verbs that report speech only right after a quote ("began", "retaliated"), lowercase.
    pub tail_cues: WordSet,
    /// Function words (`stopwords.txt`), lowercase.
    pub function_words: WordSet,
    /// Nouns that modify a role written after them ("law enforcement official"), lowercase.
    pub role_modifiers: WordSet,
    /// Words of `not_names` that end a place's or a body's name ("the White House"), lowercase.
    pub name_ends: WordSet,
    /// Places that speak through their government only before a statement's verb, lowercase.
    pub place_bodies: WordSet,
    /// Nouns for a kind of place that open a place's name ("Port Alder"), lowercase.
    pub place_kinds: ShapedSet,
    /// Nouns a topic's name modifies and a person's does not ("… reform"), lowercase.
    pub topic_nouns: WordSet,
    /// Plurals naming people that no role or group list holds ("mourners"), lowercase.
    pub plural_people: WordSet,
    /// Words ending in "-ly" that are no adverbs ("rally", "family"), lowercase.
    pub not_adverbs: WordSet,
    /// Nouns of quantity before "of" and the people they count ("half of the voters"),
    /// lowercase.
    pub partitives: WordSet,
}

/// The entries of a lexicon file: its lines trimmed, without blank lines and `#` comments.
pub(crate) fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Lines of a word and an optional second word it takes: word -> its second words ("" for none).
/// A tag in brackets after the entry ("called on [four]") is no part of it ([`tagged_particles`]).
fn word_particles(data: &'static str) -> WordMap<Vec<String>> {
    particles_of(entries(data).map(|l| l.split_once('[').map_or(l, |(entry, _)| entry.trim_end())))
}

/// The entries of a [`word_particles`] file tagged `[tag]`: a rule that reads some of a list's
/// verbs apart asks the list, not the spelling.
fn tagged_particles(data: &'static str, tag: &str) -> WordMap<Vec<String>> {
    particles_of(entries(data).filter_map(|l| {
        let (entry, tags) = l.split_once('[')?;
        (tags.trim_end().strip_suffix(']')? == tag).then_some(entry.trim_end())
    }))
}

/// `verbs` with the participle of each base form in it (a form whose "-s" form is there too:
/// "refuse" gives "refusing"), so a rule that reads a verb's finite forms reads its participle
/// after a comma alike (", refusing to condemn …").
fn with_participles(mut verbs: WordSet) -> WordSet {
    let participles: Vec<String> = verbs
        .iter()
        .filter(|w| verbs.contains(format!("{w}s").as_str()))
        .map(|w| format!("{}ing", w.strip_suffix('e').unwrap_or(w)))
        .collect();
    verbs.extend(participles);
    verbs
}

/// Word -> its second words, from lines of a word and the second word it may take.
fn particles_of<'a>(lines: impl Iterator<Item = &'a str>) -> WordMap<Vec<String>> {
    lines.fold(WordMap::default(), |mut m, l| {
        let (word, particle) = l.split_once(char::is_whitespace).unwrap_or((l, ""));
        m.entry(word.to_lowercase())
            .or_insert_with(Vec::new)
            .push(particle.trim().to_lowercase());
        m
    })
}

/// Split "phrase words TAG" into the phrase and its one-letter tag, if the last word is a tag.
fn tagged(line: &str) -> (String, Option<Gender>) {
    if let Some((head, tag)) = line.rsplit_once(' ') {
        if let Some(g) = Gender::from_tag(tag) {
            return (head.trim().to_lowercase(), Some(g));
        }
    }
    (line.to_lowercase(), None)
}

fn set(data: &'static str) -> WordSet {
    entries(data).map(str::to_lowercase).collect()
}

/// Adds the adjectives of conviction ("convinced", "confident") to a set of clause cues: after a
/// form of "be" they report a clause as a verb of belief does, and are kept in one file so the
/// lists cannot drift apart.
fn with_conviction(mut cues: WordSet) -> WordSet {
    cues.extend(set(include_str!("lexicon/conviction_adjectives.txt")));
    cues
}

/// The lines of `number_words.txt` as (word, digits): "dozen 12".
pub(crate) fn number_word_lines() -> impl Iterator<Item = (&'static str, &'static str)> {
    entries(include_str!("lexicon/number_words.txt"))
        .filter_map(|l| l.split_once(char::is_whitespace))
        .map(|(w, d)| (w, d.trim()))
}

impl Lexicon {
    fn load() -> Lexicon {
        let titles: WordMap<Option<Gender>> = entries(include_str!("lexicon/titles.txt"))
            .map(tagged)
            .collect();
        let nationalities = set(include_str!("lexicon/demonyms.txt"));
        let title_max_words = titles
            .keys()
            .map(|t| t.split_whitespace().count())
            .max()
            .unwrap_or(1);
        let nonspeech: Vec<(String, String)> = entries(include_str!("lexicon/nonspeech_cues.txt"))
            .filter_map(|l| {
                let (why, phrase) = l.split_once(char::is_whitespace)?;
                Some((phrase.trim().to_lowercase(), why.to_string()))
            })
            .collect();
        // A verb of object_cues.txt keeps its own reading: only the others are clause objects. A
        // verb listed there only with its particle ("ruled out") is a clause object too without
        // it ("ruled the levy unlawful"); the particle, listed first, is read first.
        let object_cue_lines = include_str!("lexicon/object_cues.txt");
        let mut object_cues = word_particles(object_cue_lines);
        let clause_objects: WordSet = set(include_str!("lexicon/clause_objects.txt"))
            .into_iter()
            .filter(|w| {
                object_cues
                    .get(w)
                    .is_none_or(|ps| ps.iter().all(|p| !p.is_empty()))
            })
            .collect();
        for w in &clause_objects {
            object_cues
                .entry(w.clone())
                .or_default()
                .push(String::new());
        }
        // An adjective's preposition is read before the verb's own reading of the same word
        // ("opposed to …" before "opposed …"): the first particle that follows wins.
        let stance_adjectives = word_particles(include_str!("lexicon/stance_adjectives.txt"));
        for (w, ps) in &stance_adjectives {
            let entry = object_cues.entry(w.clone()).or_default();
            entry.splice(0..0, ps.iter().cloned());
        }
        Lexicon {
            cue_verbs: set(include_str!("lexicon/cue_verbs.txt"))
                .into_iter()
                .collect(),
            indirect_cues: with_conviction(set(include_str!("lexicon/indirect_cues.txt"))),
            titles,
            title_max_words,
            title_roles: entries(include_str!("lexicon/title_roles.txt"))
                .filter_map(|l| {
                    let (title, nouns) = l.split_once(':')?;
                    let nouns = nouns.split(',').map(|n| n.trim().to_string()).collect();
                    Some((title.trim().to_string(), nouns))
                })
                .collect(),
            rank_titles: set(include_str!("lexicon/rank_titles.txt"))
                .into_iter()
                .collect(),
            roles: entries(include_str!("lexicon/roles.txt"))
                .map(tagged)
                .collect(),
            demonym_nouns: entries(include_str!("lexicon/demonym_nouns.txt"))
                .map(tagged)
                .collect(),
            groups: set(include_str!("lexicon/groups.txt")),
            org_heads: set(include_str!("lexicon/org_heads.txt"))
                .into_iter()
                .collect(),
            pronouns: entries(include_str!("lexicon/pronouns.txt"))
                .filter_map(|l| {
                    let (w, g) = tagged(l);
                    g.map(|g| (w, g))
                })
                .collect(),
            abbreviations: entries(include_str!("lexicon/abbreviations.txt"))
                .map(str::to_string)
                .collect(),
            demonyms: nationalities
                .iter()
                .cloned()
                .chain(set(include_str!("lexicon/qualifiers.txt")))
                .collect(),
            nationalities,
            nonspeech_index: NonspeechIndex::of(&nonspeech),
            nonspeech,
            adverbs: set(include_str!("lexicon/adverbs.txt"))
                .into_iter()
                .collect(),
            elisions: set(include_str!("lexicon/elisions.txt")),
            not_names: set(include_str!("lexicon/not_names.txt")),
            sentence_openers: set(include_str!("lexicon/sentence_openers.txt"))
                .into_iter()
                .collect(),
            inverting_cues: set(include_str!("lexicon/inverting_cues.txt")),
            speech_nouns: set(include_str!("lexicon/speech_nouns.txt")),
            postnominals: entries(include_str!("lexicon/postnominals.txt"))
                .map(str::to_string)
                .collect(),
            object_cues,
            withholding_cues: with_participles(
                tagged_particles(object_cue_lines, "withholds")
                    .into_keys()
                    .collect(),
            ),
            act_cues: tagged_particles(object_cue_lines, "act")
                .into_keys()
                .collect(),
            four_word_cues: tagged_particles(object_cue_lines, "four"),
            clause_objects,
            statement_nouns: word_particles(include_str!("lexicon/statement_nouns.txt")),
            addressing: set(include_str!("lexicon/addressing.txt")),
            interviewers: set(include_str!("lexicon/interviewers.txt")),
            admissions: set(include_str!("lexicon/admissions.txt")),
            harm_words: set(include_str!("lexicon/harm_words.txt")),
            thing_nouns: set(include_str!("lexicon/thing_nouns.txt")),
            blame_words: set(include_str!("lexicon/blame_words.txt")),
            sympathy: set(include_str!("lexicon/sympathy.txt")),
            judging_verbs: set(include_str!("lexicon/judging_verbs.txt")),
            approvals: set(include_str!("lexicon/approvals.txt")),
            charge_nouns: set(include_str!("lexicon/charge_nouns.txt")),
            reply_verbs: set(include_str!("lexicon/reply_verbs.txt")),
            witness_verbs: set(include_str!("lexicon/witness_verbs.txt")),
            inscriptions: set(include_str!("lexicon/inscriptions.txt")),
            authored_sources: set(include_str!("lexicon/authored_sources.txt")),
            characterising: set(include_str!("lexicon/characterising.txt")),
            viewpoint_nouns: set(include_str!("lexicon/viewpoint_nouns.txt")),
            talk_verbs: set(include_str!("lexicon/talk_verbs.txt")),
            naming_participles: set(include_str!("lexicon/naming_participles.txt")),
            progressive_cues: set(include_str!("lexicon/progressive_cues.txt")),
            as_cues: set(include_str!("lexicon/as_cues.txt")),
            belief_cues: with_conviction(set(include_str!("lexicon/belief_cues.txt"))),
            infinitive_cues: set(include_str!("lexicon/infinitive_cues.txt")),
            comment_infinitive: set(include_str!("lexicon/comment_infinitive.txt")),
            addressee_infinitive: set(include_str!("lexicon/addressee_infinitive.txt")),
            gerund_cues: set(include_str!("lexicon/gerund_cues.txt")),
            refusal_verbs: set(include_str!("lexicon/refusal_verbs.txt")),
            refusal_participles: set(include_str!("lexicon/refusal_participles.txt")),
            object_control: set(include_str!("lexicon/object_control.txt")),
            catenatives: set(include_str!("lexicon/catenatives.txt")),
            ready_adjectives: set(include_str!("lexicon/ready_adjectives.txt")),
            withheld_judgments: set(include_str!("lexicon/withheld_judgments.txt")),
            judging_acts: set(include_str!("lexicon/judging_acts.txt")),
            speech_act_stems: set(include_str!("lexicon/speech_act_stems.txt")),
            delivery_verbs: set(include_str!("lexicon/delivery_verbs.txt")),
            voicing_verbs: set(include_str!("lexicon/voicing_verbs.txt")),
            attitude_nouns: set(include_str!("lexicon/attitude_nouns.txt")),
            conviction_adjectives: set(include_str!("lexicon/conviction_adjectives.txt")),
            stance_adjectives,
            tail_cues: set(include_str!("lexicon/tail_cues.txt")),
            function_words: set(include_str!("lexicon/stopwords.txt")),
            role_modifiers: set(include_str!("lexicon/role_modifiers.txt")),
            name_ends: set(include_str!("lexicon/name_ends.txt")),
            place_bodies: set(include_str!("lexicon/place_bodies.txt")),
            place_kinds: set(include_str!("lexicon/place_kinds.txt"))
                .into_iter()
                .collect(),
            topic_nouns: set(include_str!("lexicon/topic_nouns.txt")),
            plural_people: set(include_str!("lexicon/plural_people.txt")),
            not_adverbs: set(include_str!("lexicon/not_adverbs.txt")),
            numbers: number_word_lines().map(|(w, _)| w.to_lowercase()).collect(),
            partitives: set(include_str!("lexicon/partitives.txt")),
            phrasal_cues: entries(include_str!("lexicon/phrasal_cues.txt"))
                .filter_map(|l| l.split_once(char::is_whitespace))
                .fold(WordMap::default(), |mut m, (a, b)| {
                    m.entry(a.to_lowercase())
                        .or_insert_with(Vec::new)
                        .push(b.trim().to_lowercase());
                    m
                }),
        }
    }

    /// The lexicon, parsed on first use.
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::load)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse() {
        let l = Lexicon::get();
        assert!(l.cue_verbs.contains("said"));
        assert_eq!(l.titles.get("mrs."), Some(&Some(Gender::Female)));
        assert_eq!(l.titles.get("prime minister"), Some(&None));
        assert_eq!(l.pronouns.get("she"), Some(&Gender::Female));
        assert!(l.abbreviations.contains("Dr."));
        assert!(l
            .nonspeech
            .iter()
            .any(|(p, w)| p == "so-called" && w == "term"));
        assert!(l.title_max_words >= 3);
    }

    /// [`Shapes::may_hold`] rules out a word with a char outside ASCII for a list of ASCII
    /// entries: lowercasing such a char gives one outside ASCII again, but for the Kelvin sign.
    #[test]
    fn lowercase_leaves_ascii_only_from_the_kelvin_sign() {
        let to_ascii: Vec<char> = ('\u{80}'..=char::MAX)
            .filter(|c| c.to_lowercase().all(|l| l.is_ascii()))
            .collect();
        assert_eq!(to_ascii, ['\u{212a}']);
        let shapes = Shapes::of(["kelvin", "said"]);
        assert!(shapes.may_hold("\u{212a}elvin"));
        assert!(shapes.may_hold("SAID"));
        assert!(!shapes.may_hold("Saíd"));
        assert!(!shapes.may_hold("Sam"));
    }

    /// `Registry::build` looks up only word tokens as reporting verbs.
    #[test]
    fn reporting_verbs_start_with_a_letter() {
        let l = Lexicon::get();
        assert!(l
            .cue_verbs
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_ascii_alphabetic())));
    }
}
