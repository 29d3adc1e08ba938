// Reads the slot of each figure (what it measures) from its words and its sentence: the measure
// from its unit, the noun it counts or describes, the verb or noun it is the amount of, the role
// that word has in figure_slots.txt, and the side of a change it is on. No part of speech tagger:
// the scans use word shapes and function words, stop at clause marks, and look at most
// kFrameWindow content words away, so a long sentence stays linear.
#include "extract/figure_scan.hpp"

#include "base/quantity.hpp"
#include "base/text_util.hpp"

#include <array>
#include <cstdint>
#include <utility>

namespace claimdiff::detail {
namespace {

// How many content words the scan for a figure's verb looks back: "sentenced Sam Bankman-Fried to
// 25 years" skips the name; "suspended search and rescue efforts Tuesday evening" reaches the verb
// three nouns and a conjunction back. Five is the farthest verb the invented and news-dev
// sentences need.
constexpr std::size_t kFrameWindow = 5;

// How many tokens after a figure its noun's change verb may come ("a four-year ban for a doping
// offence was reduced to 18 months"): the noun, a short prepositional phrase and an auxiliary.
constexpr std::size_t kChangeReach = 8;

// Tokens a dash or a parenthesis may hide between a figure and its verb ("for Juventus - who have
// stuck by him - in March").
constexpr std::size_t kAsideReach = 15;

// Tokens the scan for a perfect conditional looks back from a figure within its clause ("would
// have been unable to play until 2027"): the auxiliaries, a negation, a verb and its complement.
constexpr std::size_t kMoodReach = 10;

// Words an apposition between commas may hold ("sentenced Sam Bankman-Fried, the disgraced crypto
// king, to 25 years"): a name's description, not a clause.
constexpr std::size_t kApposition = 7;

// Words the frame scan walks over: determiners, quantifiers, pronouns, prepositions, conjunctions,
// auxiliaries, adverbs.
constexpr std::array<std::string_view, 88> kSkip{
    "the",   "a",      "an",     "his",    "her",   "its",   "their", "our",    "my",     "your",   "this",
    "these", "those",  "to",     "for",    "of",    "in",    "on",    "at",     "by",     "with",   "from",
    "as",    "about",  "into",   "than",   "up",    "out",   "off",   "down",   "has",    "had",    "have",
    "having", "was",   "were",   "is",     "are",   "be",    "been",  "being",  "will",   "would",  "can",
    "could", "may",    "might",  "must",   "should", "not",  "also",  "again",  "just",   "only",   "still",
    "even",  "then",   "all",    "both",   "each",  "every", "some",  "any",    "him",    "them",   "us",
    "me",    "it",     "he",     "she",    "they",  "we",    "i",     "you",    "and",    "or",     "along",
    "among", "including", "after", "before", "since", "until", "following", "during", "around", "over", "under"};

// Words that end a clause for the frame scan.
constexpr std::array<std::string_view, 15> kClauseWords{"but",   "while", "which",   "who",      "whom",
                                                        "whose", "when",  "where",   "because",  "although",
                                                        "though", "if",   "whereas", "so",       "that"};

// Auxiliaries and relative words between a subject figure and its predicate ("who were present").
constexpr std::array<std::string_view, 17> kBeforePredicate{"were",  "was",  "are",   "is",    "been",  "be",
                                                            "have",  "has",  "had",   "will",  "would", "could",
                                                            "can",   "may",  "might", "who",   "that"};

constexpr std::array<std::string_view, 8> kModals{"will", "would", "can", "could", "may", "might", "must", "should"};

// Modals whose perfect ("would have", "could have") says what did not happen. "must have" and
// "may have" guess at what did, so they are left out.
constexpr std::array<std::string_view, 3> kConditionals{"would", "could", "might"};

constexpr std::array<std::string_view, 11> kDeterminers{"a",   "an",    "the",  "his", "her",  "its",
                                                        "their", "our", "my",   "this", "that"};

// Prepositions between a dated noun and its date ("a ban in February").
constexpr std::array<std::string_view, 8> kDatePrepositions{"in", "on", "at", "from", "since", "until", "by", "during"};

// Nouns that stand for the quantity itself, not for what it measures ("a total of 30 people").
constexpr std::array<std::string_view, 12> kQuantityNouns{"total", "number", "maximum", "minimum", "average", "sum",
                                                          "tally", "count", "estimate", "figure", "rate", "range"};

// Durations read as an offset from an event before or after them.
constexpr std::array<std::string_view, 3> kElapsedAfter{"after", "later", "ago"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& words, std::string_view w) {
  for (std::string_view x : words)
    if (x == w) return true;
  return false;
}

// A noun's singular ("devices" -> "device", "cities" -> "city"), as a folded word.
std::string singular(std::string_view noun) {
  std::string out(noun);
  if (out.size() > 4 && out.ends_with("ies")) out.replace(out.size() - 3, 3, "y");
  else if (out.size() > 3 && out.ends_with("s") && !out.ends_with("ss") && !out.ends_with("us")) out.pop_back();
  return out;
}

class SlotReader {
 public:
  SlotReader(const TokenView& view, const FigureLexicon& lexicon, std::vector<FoundFigure>& figures)
      : v_(view), lx_(lexicon), figures_(figures), in_figure_(view.end - view.begin, 0) {
    for (const FoundFigure& f : figures_)
      for (std::size_t k = f.first; k < f.last; ++k) in_figure_[k - view.begin] = 1;
  }

  void run() {
    for (FoundFigure& f : figures_) read(f);
    for (std::size_t k = 0; k < figures_.size(); ++k) read_change(k);
  }

 private:
  bool word(std::size_t i) const { return v_.word(i); }
  std::string_view low(std::size_t i) const { return v_.low(i); }
  std::uint32_t classes(std::size_t i) const { return word(i) ? lx_.classes_of(low(i)) : 0; }
  bool figure_token(std::size_t i) const { return i >= v_.begin && i < v_.end && in_figure_[i - v_.begin]; }

  void read(FoundFigure& f) {
    FigureSlot& slot = f.figure.slot;
    slot.measure = measure_of(f);
    slot.counted = counted_of(f, slot.measure);
    const Governor governor = governor_of(f);
    slot.frame = governor.frame;
    slot.role = role_of(governor, slot.counted, &f);
    if (counterfactual(f)) slot.mood = "counterfactual";
    if (f.first > v_.begin && slot.measure != "date" && slot.measure != "time") {  // "an initial four years"
      const std::uint32_t before = classes(f.first - 1);
      if (has(before, SlotClass::before)) slot.phase = "before";
      else if (has(before, SlotClass::after) && !has(before, SlotClass::change)) slot.phase = "after";
    }
  }

  // --- measure
  std::string measure_of(const FoundFigure& f) const {
    const Figure& figure = f.figure;
    if (!figure.slot.measure.empty()) return figure.slot.measure;  // "31-year-old", "984-foot-long"
    if (figure.type == "money" || figure.type == "percent") return figure.type;
    if (figure.type == "date" || figure.type == "year" || figure.type == "decade") return "date";
    if (figure.type == "time" || figure.type == "ordinal") return figure.type;
    if (figure.base_unit == "days" || days_per(figure.unit)) return duration_kind(f);
    if (const UnitOfMeasure* unit = f.unit_of_measure ? f.unit_of_measure : lx_.unit_word(figure.unit))
      return unit->measure;
    if (figure.unit.empty()) return figure.type == "vague" ? "count" : "number";
    if (!people_class(f).empty()) return "people";
    return "count";
  }

  // A duration, or an age ("34 years old", "aged 32"), or an offset ("18 hours after the accident").
  std::string duration_kind(const FoundFigure& f) const {
    if (low(f.last) == "old" || (f.first > v_.begin && low(f.first - 1) == "aged")) return "age";
    if (in(kElapsedAfter, low(f.last)) || (f.first > v_.begin && low(f.first - 1) == "after")) return "elapsed";
    return "duration";
  }

  // "people" or "troops" when the figure counts persons: a noun of the lexicon, or a capitalised
  // plural as written (a demonym: "2,600 Hungarians").
  std::string people_class(const FoundFigure& f) const {
    const std::uint32_t of_unit = lx_.classes_of(f.figure.unit);
    if (has(of_unit, SlotClass::troops)) return "troops";
    if (has(of_unit, SlotClass::people)) return "people";
    const std::size_t head = f.last - 1;
    if (!f.adjectival && head >= f.value_last && head > v_.begin && v_.tokens[head].cap && low(head) == f.figure.unit &&
        low(head).size() > 3 && low(head).ends_with('s'))
      return "people";
    return {};
  }

  // --- counted
  std::string counted_of(const FoundFigure& f, const std::string& measure) const {
    if (measure == "people") return people_class(f);
    if (f.adjectival) return noun_after(f.last);                       // "a 984-foot ship"
    if (measure == "count") return singular(f.figure.unit);
    if (const std::string thing = measured_thing(f); !thing.empty()) return thing;  // "a ship the length of"
    if (measure == "money" && low(f.last) == "in") return noun_after(f.last + 1);   // "$11 billion in assets"
    if ((measure == "date" || measure == "time") && f.first > v_.begin + 1 && in(kDatePrepositions, low(f.first - 1)) &&
        nominal_word(v_, f.first - 2) && !v_.tokens[f.first - 2].cap && !figure_token(f.first - 2))
      return singular(low(f.first - 2));                                   // "a ban in February"
    return {};
  }

  // The noun a measure belongs to: "a sentence of up to 50 years" (sentence), "a ship the length of
  // three football fields" (ship).
  std::string measured_thing(const FoundFigure& f) const {
    if (f.first < v_.begin + 2 || low(f.first - 1) != "of") return {};
    std::size_t noun = f.first - 2;
    if (!word(noun) || figure_token(noun)) return {};
    const std::uint32_t measure_noun = classes(noun) & (static_cast<std::uint32_t>(SlotClass::length) |
                                                        static_cast<std::uint32_t>(SlotClass::area) |
                                                        static_cast<std::uint32_t>(SlotClass::mass) |
                                                        static_cast<std::uint32_t>(SlotClass::volume) |
                                                        static_cast<std::uint32_t>(SlotClass::speed));
    if (measure_noun != 0) {  // "the length of": the thing is before it
      if (noun > v_.begin && in(kDeterminers, low(noun - 1))) --noun;
      if (noun <= v_.begin || !nominal_word(v_, noun - 1)) return {};
      return singular(low(noun - 1));
    }
    if (!nominal_word(v_, noun) || in(kQuantityNouns, low(noun))) return {};
    return singular(low(noun));
  }

  // The head of the noun run after token i, over commas and describing words ("984-foot-long,
  // Singapore-flagged ship" -> ship).
  std::string noun_after(std::size_t i) const {
    const std::size_t past = past_noun(i);
    return past == i || !nominal_word(v_, past - 1) ? std::string() : singular(low(past - 1));
  }

  // Past the noun a figure describes, from token i: over a comma, describing words joined by
  // hyphens ("Singapore-flagged") and up to three nouns. Returns i when no noun follows.
  std::size_t past_noun(std::size_t i) const {
    std::size_t j = i;
    if (v_.mark(j, ',')) ++j;
    std::size_t past = i;
    for (std::size_t taken = 0; j < v_.end && taken < 4; ++j, ++taken) {
      if (past > i && participle(low(j))) break;
      if (nominal_word(v_, j)) past = j + 1;
      else if (!(word(j) && low(j).find('-') != std::string_view::npos)) break;
    }
    return past;
  }

  // --- mood
  // Whether the figure's clause is a perfect conditional: "Had the ban stood, he would have been
  // unable to play until 2027" states what did not happen, no rendering of what did. The scan walks
  // back over words only, so a comma or a clause word ends it.
  bool counterfactual(const FoundFigure& f) const {
    for (std::size_t i = f.first; i-- > v_.begin && i + kMoodReach > f.first;) {
      if (!word(i) || in(kClauseWords, low(i))) return false;
      if (perfect_conditional_at(i)) return true;
    }
    return false;
  }

  // "would have been", "could not have won", "might've lost" (one token or two) at token i: a
  // conditional modal, "have" and a past participle ("would have a role" is no perfect). Tokens
  // are folded, so a curly apostrophe reads as "'".
  bool perfect_conditional_at(std::size_t i) const {
    if (!participle_form(low(i + 1))) return false;
    const std::string_view w = low(i);
    constexpr std::string_view kContracted = "'ve";
    if (w.size() > kContracted.size() && w.ends_with(kContracted))
      return in(kConditionals, w.substr(0, w.size() - kContracted.size()));
    if (w != "have" && w != kContracted) return false;
    std::size_t k = i;
    while (k > v_.begin && word(k - 1) && (low(k - 1) == "not" || low(k - 1) == "never")) --k;
    return k > v_.begin && word(k - 1) && in(kConditionals, low(k - 1));
  }

  static bool participle_form(std::string_view w) {
    return w == "been" || (w.size() > 3 && (w.ends_with("ed") || w.ends_with("en") || w.ends_with("wn"))) || past_form(w);
  }

  // --- frame
  struct Governor {
    std::string frame;        // the word (or "verb for") the figure is the amount of
    std::size_t frame_at = 0; // its token, for the role lookup (v_.end when none)
    std::size_t verb_at = 0;  // the verb within the window (v_.end when none)
  };

  Governor governor_of(const FoundFigure& f) const {
    Governor g{{}, v_.end, v_.end};
    if (const std::size_t participle = passive_after(f); participle != v_.end) {  // "50 years recommended by"
      g.frame_at = g.verb_at = participle;
    } else {
      left_frame(f, g);
      if (g.frame_at == v_.end) g.frame_at = g.verb_at = predicate_after(f);  // "8.5 million devices experienced"
    }
    if (g.frame_at != v_.end) {
      g.frame = std::string(low(g.frame_at));
      if (low(g.frame_at + 1) == "for" && g.frame_at + 1 < f.first) g.frame += " for";  // "asked for"
    }
    return g;
  }

  // The nearest content word before the figure and the nearest verb within kFrameWindow content
  // words, stopping at the clause's start; asides between dashes or in parentheses are skipped.
  void left_frame(const FoundFigure& f, Governor& g) const {
    std::size_t content = 0;
    std::size_t nearest = v_.end;
    for (std::size_t i = f.first; i-- > v_.begin && content < kFrameWindow;) {
      if (!word(i)) {
        const std::size_t opened = aside_start(i);
        if (opened == v_.end) break;
        i = opened;
        continue;
      }
      const std::string_view w = low(i);
      if (in(kClauseWords, w)) break;
      if (figure_token(i) || skippable(i)) continue;
      ++content;
      if (nearest == v_.end) {
        nearest = i;
        // "a request for a 40 to 50-year term", "a sentence of up to 50 years": the noun governs.
        if (!verb_at(i) && (low(i + 1) == "for" || low(i + 1) == "of")) break;
      }
      if (verb_at(i)) {
        g.verb_at = i;
        break;
      }
    }
    if (nearest == v_.end) return;
    const bool noun_governs = !verb_at(nearest) && (low(nearest + 1) == "for" || low(nearest + 1) == "of");
    g.frame_at = g.verb_at != v_.end && !noun_governs ? g.verb_at : nearest;
  }

  // Whether the frame scan walks over token i: a function word, an adverb, a name inside the
  // sentence, a possessive.
  bool skippable(std::size_t i) const {
    const std::string_view w = low(i);
    if (in(kSkip, w) || (w.size() > 5 && w.ends_with("ly"))) return true;
    if (v_.tokens[i].cap && i > v_.begin && !v_.tokens[i].digit && lx_.classes_of(w) == 0) return true;
    return w.ends_with("'s") || w.ends_with("\xE2\x80\x99s");
  }

  // A closing parenthesis or dash at token i: the token before its opening, or i itself when the
  // mark opens nothing (an ordinary comma or dash ends the clause: v_.end).
  std::size_t aside_start(std::size_t i) const {
    const char mark = v_.tokens[i].mark;
    if (mark == ',') return apposition_start(i);
    if (mark != ')' && mark != '-') return v_.end;
    const char opening = mark == ')' ? '(' : '-';
    for (std::size_t k = i; k-- > v_.begin && k + kAsideReach > i;)
      if (!word(k) && v_.tokens[k].mark == opening) return k;
    return v_.end;
  }

  // ", the disgraced crypto king," between a verb's object and the figure: the token before the
  // first comma, when what the commas enclose is a short phrase with no verb; else v_.end.
  std::size_t apposition_start(std::size_t i) const {
    for (std::size_t k = i; k-- > v_.begin && k + kApposition > i;) {
      if (v_.mark(k, ',')) return k > v_.begin && word(k - 1) ? k : v_.end;
      if (!word(k) || verb_at(k) || in(kClauseWords, low(k))) return v_.end;
    }
    return v_.end;
  }

  // Whether token i reads as a verb: a past form, an "-ing" form, a base form after "to" or a
  // modal; none of them right after a determiner ("a staggering $11 billion") or joined by hyphens.
  bool verb_at(std::size_t i) const {
    if (!word(i) || v_.tokens[i].digit) return false;
    const std::string_view w = low(i);
    if (i > v_.begin && in(kDeterminers, low(i - 1))) return false;
    if (w.find('-') != std::string_view::npos) return false;  // "anti-doping", "Singapore-flagged": describing words
    if ((w.size() > 4 && (w.ends_with("ed") || w.ends_with("ing"))) || past_form(w)) return true;
    std::size_t k = i;
    while (k > v_.begin && word(k - 1) && low(k - 1).size() > 5 && low(k - 1).ends_with("ly")) --k;  // "will probably serve"
    return k > v_.begin && (low(k - 1) == "to" || in(kModals, low(k - 1)));
  }

  static bool past_form(std::string_view w) {
    static constexpr std::array<std::string_view, 24> kIrregular{
        "hit",  "lost", "held", "sought", "fought", "struck", "shook", "fell",  "rose", "grew", "took", "gave",
        "made", "left", "kept", "paid",   "spent",  "sent",   "won",   "broke", "cut",  "led",  "put",  "set"};
    return in(kIrregular, w);
  }

  // A participle with "by" right after the figure (and its noun): "the 40 to 50 years recommended
  // by prosecutors". Its token, or v_.end.
  std::size_t passive_after(const FoundFigure& f) const {
    const std::size_t i = f.last;
    return word(i) && low(i).ends_with("ed") && low(i + 1) == "by" ? i : v_.end;
  }

  // The predicate of a figure that is a subject: "8.5 million devices experienced", "eight people
  // were initially unaccounted for", "20 workers who were present". Its token, or v_.end.
  std::size_t predicate_after(const FoundFigure& f) const {
    std::size_t i = f.last;
    if (f.adjectival) i = past_noun(i);  // past the noun it describes
    for (std::size_t steps = 0; i < v_.end && steps < 4; ++i, ++steps) {
      if (!word(i)) return v_.end;
      const std::string_view w = low(i);
      if (in(kBeforePredicate, w) || (w.size() > 5 && w.ends_with("ly"))) continue;
      if (in(kSkip, w) || in(kClauseWords, w)) return v_.end;
      return i;
    }
    return v_.end;
  }

  // --- role
  // The role of the frame's words, else of the noun the figure counts or describes ("a 25-year
  // prison term") or of the phrase right after it ("12 years in prison").
  std::string role_of(const Governor& g, const std::string& counted, const FoundFigure* f = nullptr) const {
    std::uint32_t found = 0;
    for (std::size_t at : {g.verb_at, g.frame_at})
      if (at != v_.end && found == 0) lx_.classes_at(v_.tokens, at, v_.end, found);
    std::uint32_t of_counted = lx_.classes_of(counted);
    if (f != nullptr && f->last < v_.end) {
      const std::size_t past = f->adjectival ? past_noun(f->last) : f->last + 1;
      for (std::size_t i = f->last; i < past && i < v_.end; ++i) {
        std::uint32_t classes = 0;
        if (lx_.classes_at(v_.tokens, i, v_.end, classes) > 0) of_counted |= classes;
      }
    }
    for (const std::uint32_t set : {found, of_counted})
      for (SlotClass role : role_classes())
        if (has(set, role)) return std::string(slot_class_name(role));
    return {};
  }

  // --- the two sides of a change: "his four-year ban was reduced to 18 months", "reduced to 18
  // months from an initial four years".
  void read_change(std::size_t k) {
    FoundFigure& f = figures_[k];
    if (f.first <= v_.begin) return;
    const std::size_t side = side_word_before(f.first);  // "to", or "from" ("from an initial four years")
    const std::size_t verb = side == v_.end ? v_.end : change_verb_before(side + 1);
    if (verb != v_.end) {
      FigureSlot& slot = f.figure.slot;
      slot.phase = low(side) == "to" ? "after" : "before";
      if (slot.counted.empty() && changed_noun_.first == verb) slot.counted = changed_noun_.second;
      if (slot.counted.empty()) slot.counted = subject_of(verb);
      if (slot.measure == "elapsed") slot.measure = "duration";  // "cut to 18 months after an appeal"
      if (slot.role.empty()) slot.role = role_of(Governor{{}, v_.end, v_.end}, slot.counted, &f);
      return;
    }
    if (f.adjectival && f.figure.slot.phase.empty()) {
      for (std::size_t i = f.last; i < v_.end && i < f.last + kChangeReach; ++i)
        if (has(classes(i), SlotClass::change) && low(i + 1) == "to") {
          f.figure.slot.phase = "before";
          changed_noun_ = {i, f.figure.slot.counted};  // the later "to" figure is a value of this noun
          return;
        }
    }
  }

  // The "to" or "from" before a figure starting at token `first`, over a determiner and a word
  // placing it ("from an initial four years"), or v_.end.
  std::size_t side_word_before(std::size_t first) const {
    for (std::size_t i = first; i-- > v_.begin && i + 4 > first;) {
      if (low(i) == "to" || low(i) == "from") return i;
      if (!word(i) || !(in(kDeterminers, low(i)) || has(classes(i), SlotClass::before) || has(classes(i), SlotClass::after)))
        return v_.end;
    }
    return v_.end;
  }

  // A change verb just before the "to" or "from" ending before token `at` ("reduced to", "cut
  // from", "reduced to 18 months from"), or v_.end.
  std::size_t change_verb_before(std::size_t at) const {
    if (at < v_.begin + 2) return v_.end;
    for (std::size_t i = at - 1; i-- > v_.begin && i + kChangeReach > at;) {
      if (has(classes(i), SlotClass::change)) return i;
      if (!word(i)) return v_.end;
    }
    return v_.end;
  }

  // The noun a change verb changes: left of it over auxiliaries and a short "for X" phrase
  // ("his ban for doping reduced", "the suspension has been reduced").
  std::string subject_of(std::size_t verb) const {
    for (std::size_t i = verb; i-- > v_.begin && i + kChangeReach > verb;) {
      if (!word(i)) return {};
      if (in(kBeforePredicate, low(i)) || figure_token(i)) continue;
      if (i > v_.begin && (low(i - 1) == "for" || low(i - 1) == "of")) {
        --i;
        continue;
      }
      return nominal_word(v_, i) ? singular(low(i)) : std::string();
    }
    return {};
  }

  const TokenView& v_;
  const FigureLexicon& lx_;
  std::vector<FoundFigure>& figures_;
  std::vector<char> in_figure_;  // per token of the view: inside some figure
  std::pair<std::size_t, std::string> changed_noun_{SIZE_MAX, {}};  // a change verb and the noun it changes
};

}  // namespace

void read_slots(const TokenView& view, const FigureLexicon& lexicon, std::vector<FoundFigure>& figures) {
  SlotReader(view, lexicon, figures).run();
}

}  // namespace claimdiff::detail
