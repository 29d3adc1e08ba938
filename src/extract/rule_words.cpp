// The word classes the extraction rules test (closed classes and rule vocabulary), built once at
// start-up; declared in article_extractor.hpp.
#include "extract/article_extractor.hpp"

namespace claimdiff::detail::extraction {

// Grammar words (closed classes), not domain vocabulary: kept here beside the rules that use them.
const WordSet kFunctionWords{"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
                             "our", "my", "your", "some", "any", "another", "other", "both", "each", "every",
                             "many", "several", "few", "all", "no", "one", "two", "three"};
// Determiners and the time adjectives that stand where one would ("recent remarks", "earlier comments").
const WordSet kDeterminers = english::word_set_of({english::kDeterminers}, {"recent", "earlier", "latest"});
const WordSet kPronouns = english::word_set_of({english::kSubjectPronouns});
const WordSet kPersonPronouns = english::word_set_of({english::kPersonalSubjectPronouns});
const WordSet kObjectPronouns{"me", "him", "her", "us", "them", "you", "it"};
// Auxiliaries, negation, reflexives and closed-class adverbs that may sit between a subject and its
// cue ("he did, however, assert"); Lexicons::between adds the adverbs of frame_adverbs.txt.
const WordSet kBetween{"also", "further", "furthermore", "however", "then", "later", "again", "often", "once",
                       "ever", "not", "n't", "did", "does", "do", "has", "have", "had", "will", "would", "could",
                       "can", "may", "might", "should", "must", "shall", "just", "already", "still", "now", "always",
                       "never", "even", "first", "only", "too", "long", "himself", "herself", "themselves", "itself"};
// Words that open a clause when they follow a bare noun with no comma between: "according to police
// the driver fled", "according to reports roughly a dozen cars plunged".
const WordSet kOpenersAfterBareNoun = english::word_set_of(
    {english::kDeterminers, english::kSubjectPronouns},
    {"there", "some", "many", "several", "most", "all", "both", "roughly", "nearly", "almost", "approximately"});
// Words that join a noun phrase to what follows it ("the head of the agency", "officials in the city").
const WordSet kNounPhraseJoins{"of", "from", "at", "in", "for", "with", "on", "by", "to", "near", "and", "or", "&"};
const WordSet kBeForms{"is", "was", "were", "are", "be", "been", "being", "'s"};
// Words that end a subject noun phrase when walking left from a cue.
const WordSet kStopLeft{"that", "which", "who", "whom", "where", "when", "while", "though", "although", "because",
                        "but", "or", "if", "as", "since", "after", "before", "until", "unless", "so", "than",
                        "whether", "to", "in", "on", "with", "by", "into", "during", "about", "against", "despite",
                        "instead", "is", "was", "were", "are", "be", "been", "has", "have", "had", "did", "does",
                        "do", "not", "also", "what", "how", "why", "yet", "nor", "then", "once", "says", "said",
                        "told", "and", "through", "under", "over", "without", "like", "amid", "following",
                        "throughout", "toward", "towards", "upon", "via", "within", "whereas", "wherever",
                        "whenever", "however", "meanwhile", "moreover", "furthermore", "thus", "hence",
                        "therefore", "indeed", "instead", "it", "there", "here", "will", "would", "could", "can",
                        "should", "might", "must", "may"};
const WordSet kTimeWords = english::word_set_of(
    {english::kWeekdays}, {"today", "yesterday", "tonight", "earlier", "later", "last", "this", "week", "month", "year",
                         "night", "morning", "afternoon", "evening", "recently", "also", "again", "then",
                         "previously", "once", "repeatedly", "on", "publicly", "privately", "separately",
                         "flatly", "firmly", "on"});
const WordSet kWeekdays = english::word_set_of({english::kWeekdays});
const WordSet kMonths = english::word_set_of({english::kMonths, english::kMonthAbbreviations});
const WordSet kClauseStarts{",", "and", "but", "while", "though", "although", ";", "whereas", "yet", "-"};

// Grammar words that open an adjunct after a cue ("said in an interview", "told reporters on Monday").
const WordSet kAdjunctStarts{"in", "at", "on", "during", "after", "before", "to", "from", "with", "while", "last",
                             "this", "earlier", "later", "when", "as", "outside", "inside", "following", "amid",
                             "via", "through"};
// Grammar words that may stand between a cue and its content ("said in his own statement").
const WordSet kFrameAdjuncts{"in", "an", "a", "the", "with", "at", "to", "on", "during", "after", "his", "her",
                             "their", "its", "recent", "separate", "own", "by"};

// --- the classes of one rule each (src/extract/mentions.cpp unless noted)
// Possessive determiners that stand for a speaker alone ("his remarks"): resolve_speaker.
const WordSet kPossessivePronouns{"his", "her", "their", "its"};
// Words that make a capitalised run no bare name ("Monday", "The"): bare_name.
const WordSet kNotNameWords = english::word_set_of({english::kWeekdays}, {"the", "a", "an", "today", "yesterday"});
// Words a speaker noun phrase may hold inside it, walking left ("Secretary of State", "AT&T"): np_left.
const WordSet kNounPhraseJoiners{"of", "for", "at", "from", "in", "around", "on", "with", "and", "&"};
// Prepositions before which an "-ing" cue's words are its own subject ("in response to officials
// saying"), not an object: left_subject.
const WordSet kBeforeGerundSubject{"to", "with", "of", "amid", "despite", "about", "over", "from", "by", "among", "after"};
// Days and time words that may stand between a subject and its cue ("Lee on Monday said"): subject_end.
const WordSet kDayWords =
    english::word_set_of({english::kWeekdays}, {"today", "yesterday", "tonight", "earlier", "later", "previously"});
// Quantifiers of a relative subject ("many of whom say"): relative_subject.
const WordSet kRelativeQuantifiers{"many", "some", "most", "all", "several", "none", "few", "both", "each", "one",
                                   "two", "three", "half", "neither", "either", "any"};
// Conjunctions and prepositions that open the clause a participle hangs on ("While Russian
// newspapers have ..., claiming"): main_subject skips the first, and a phrase up to its comma after
// the second ("On May 3, 2019, ...").
const WordSet kClauseOpeners{"while", "although", "though", "as", "because", "when", "if", "since",
                             "whereas", "after", "before", "once", "but", "and"};
const WordSet kOpeningPrepositions{"in", "during", "at", "on", "for", "with", "by", "after", "before", "over",
                                   "under", "from", "following", "amid", "despite", "earlier", "later", "last"};
// Subordinators of an opening clause whose named person a pronoun after it refers to ("As Mr. Lee
// faces a long term, he has vowed"): person_in_opening_clause.
const WordSet kOpeningSubordinators{"as", "while", "when", "after", "although", "though", "since", "because",
                                    "before", "if", "despite", "once", "until"};
// Prepositions, particles and "than", "or", which a framing term never takes along (framing.cpp,
// plain_word); the other grammar words it skips are the classes above.
const WordSet kFramingStopWords{"of", "for", "at", "from", "off", "out", "up", "down", "near", "across", "along",
                                "around", "behind", "beyond", "among", "between", "per", "than", "or"};

}  // namespace claimdiff::detail::extraction
