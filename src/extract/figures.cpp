// Figure finder: a left-to-right scan over words with small fixed tables of number words, scales,
// qualifiers and currencies (grammar of English numbers, not a lexicon of the domain, so they live
// here); dates and times in figure_dates.cpp, units of measure from data/lexicons/units.txt, and
// what each figure measures in figure_slots.cpp. Every figure is read once, left to right.
#include "extract/figures.hpp"

#include "base/quantity.hpp"
#include "extract/figure_scan.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

namespace claimdiff::detail {
namespace {

struct NumberWord {
  std::string_view word;
  double value;
};

constexpr std::array<NumberWord, 28> kNumberWords{{
    {"one", 1},       {"two", 2},        {"three", 3},     {"four", 4},        {"five", 5},
    {"six", 6},       {"seven", 7},      {"eight", 8},     {"nine", 9},        {"ten", 10},
    {"eleven", 11},   {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},   {"fifteen", 15},
    {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},   {"twenty", 20},
    {"thirty", 30},   {"forty", 40},     {"fifty", 50},    {"sixty", 60},      {"seventy", 70},
    {"eighty", 80},   {"ninety", 90},    {"dozen", 12},
}};

constexpr std::array<NumberWord, 5> kScales{{
    {"hundred", 1e2}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
}};

// Fractions of a scale word: "half a million", "three-quarters of a billion".
constexpr std::array<NumberWord, 3> kScaleFractions{{{"half", 0.5}, {"quarter", 0.25}, {"three-quarters", 0.75}}};

// A compound number word joins a tens word (kFirstTens and up: "twenty") to a unit word below
// kUnitsBelow ("five"): "twenty-five"; "twelve-five" is none.
constexpr double kFirstTens = 20;
constexpr double kUnitsBelow = 10;

// A decade written "1950s" is a year and an "s"; one written "'60s" is two digits and an "s" after
// an apostrophe, in the century news text means by it (kApostropheCentury: "'60s" is the 1960s).
constexpr std::size_t kDecadeLetters = kYearDigits + 1;
constexpr std::size_t kShortDecadeLetters = 3;
constexpr double kApostropheCentury = 1900;
// TIMEX3 writes a decade as its first three digits ("196" for the 1960s), and a duration in
// decades as years ("P20Y").
constexpr int kYearsPerDecade = 10;

// An article's own date names a year from kEarliestPublicationYear on: an older number in its
// date field is no year of publication.
constexpr int kEarliestPublicationYear = 1900;

// The longest qualifier in words ("as many as", "no more than").
constexpr std::size_t kMaxQualifierWords = 3;
// Hyphen-joined parts that may make up a number before its unit: "six-and-a-half-year".
constexpr std::size_t kMaxNumberParts = 4;

// Word-shape tests on folded words, by length, so a short word is not taken for a form:
// an adjective's suffix ("-al", "-ous") leaves a stem of at least kMinStemLetters ("total"; "oral"
// is too short to count);
// an "-ed" verb has at least kMinEdLetters ("marched", "fled" is listed; "seed" and "shed" are nouns,
// so a four-letter word counts only as "-ied": "died", "tied"); an "-ing" participle and an "-ly"
// adverb at least kMinIngLetters / kMinLyLetters ("thing", "king", "only", "fly" are neither).
constexpr std::size_t kMinStemLetters = 3;
constexpr std::size_t kMinEdLetters = 5;
constexpr std::size_t kMinIngLetters = 6;
constexpr std::size_t kMinLyLetters = 6;

// Vague quantities: words that count without a number.
constexpr std::array<std::string_view, 12> kVague{"many",     "several",  "numerous", "dozens", "hundreds", "thousands",
                                                  "millions", "billions", "scores",   "countless", "tens", "handful"};

// Qualifiers, as folded word sequences; what each makes of a value is bound_of (base/quantity.hpp).
constexpr std::array<std::string_view, 30> kQualifiers{
    "more than",   "less than", "fewer than", "at least",  "at most",   "up to",       "as many as",
    "as few as",   "nearly",    "almost",     "around",    "about",     "approximately", "roughly",
    "some",        "over",      "under",      "just over", "just under", "an estimated", "estimated",
    "upwards of",  "close to",  "well over",  "as much as", "no more than", "only",     "a full",
    "just",        "a further"};

// Words that end a figure rather than name its unit.
constexpr std::array<std::string_view, 62> kNotUnit{
    "of",    "and",   "or",    "the",   "a",      "an",     "in",    "to",     "for",   "on",    "at",
    "by",    "with",  "from",  "as",    "is",     "was",    "are",   "were",   "has",   "had",   "that",
    "this",  "which", "who",   "when",  "but",    "than",   "it",    "he",     "she",   "they",  "we",
    "his",   "her",   "its",   "their", "be",     "been",   "after", "would",  "might", "could", "can",
    "will",  "should", "must", "may",   "among",  "last",   "more",  "less",   "other", "another", "such",
    "about", "into",  "over",  "under", "before", "since",  "ago"};

// Adverbs that follow a count without being its noun ("8.5 million PCs worldwide").
constexpr std::array<std::string_view, 20> kAfterCount{
    "worldwide", "nationwide", "globally", "abroad", "overseas", "apiece", "each",  "altogether", "total", "alone",
    "annually",  "daily",      "weekly",   "yearly", "too",      "also",   "again", "later",      "earlier", "now"};

// Irregular past tenses that follow a figure as its verb, not its unit ("a magnitude 6.0 shook
// the region", "12 fled"); regular ones end in "-ed" and are caught by that.
constexpr std::array<std::string_view, 40> kIrregularPast{
    "shook", "struck", "hit",   "rose",   "fell",   "left",  "took",  "came",    "went",    "grew",
    "made",  "met",    "won",   "lost",   "told",   "said",  "saw",   "began",   "ran",     "fled",
    "sank",  "broke",  "spent", "paid",   "gave",   "got",   "held",  "kept",    "led",     "brought",
    "bought", "thought", "sought", "fought", "caught", "built", "sent", "stood", "felt", "drove"};

// Words after a hyphenated figure's unit: "984-foot-long", "31-year-old".
constexpr std::array<std::string_view, 7> kCompoundTails{"long", "old", "high", "wide", "deep", "tall", ""};

// Fractions that look like compounds but are no unit ("two-thirds").
constexpr std::array<std::string_view, 6> kFractions{"third", "thirds", "quarter", "quarters", "fifths", "halves"};

// "-ing" forms that follow a count as a preposition, not as its noun ("18 months following the
// appeal"); other "-ing" words may describe the noun ("three upcoming debates").
// The adjectives after a unit ("34 years old", "two hours long") end its noun run too.
constexpr std::array<std::string_view, 14> kNotNoun{"following", "including", "according", "starting", "beginning",
                                                    "ending",    "lasting",   "totalling", "old",      "long",
                                                    "high",      "wide",      "deep",      "tall"};

// Longest run of words after a number that can name what it counts ("three Chinese navy ships").
constexpr std::size_t kMaxNounRun = 3;

// Words that start a noun phrase: a word of a noun run right before one is the verb taking that
// object ("three upcoming debates cost the party"), not more of the noun.
constexpr std::array<std::string_view, 10> kObjectStarts{"the", "a", "an", "his", "her", "its", "their", "our", "this", "these"};

// Currencies written before an amount ("$40 million", "€2 billion") or after it ("2.5 billion
// euros"), as ISO codes so both spellings meet.
struct Currency {
  std::string_view written;
  std::string_view code;
};
constexpr std::array<Currency, 4> kCurrencySymbols{{
    {"$", "USD"}, {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"}, {"\xC2\xA5", "JPY"}}};
constexpr std::array<Currency, 16> kCurrencyWords{{
    {"dollars", "USD"}, {"dollar", "USD"}, {"euros", "EUR"}, {"euro", "EUR"}, {"pounds", "GBP"},
    {"sterling", "GBP"}, {"yen", "JPY"}, {"yuan", "CNY"}, {"renminbi", "CNY"}, {"rubles", "RUB"},
    {"roubles", "RUB"}, {"rupees", "INR"}, {"francs", "CHF"}, {"hryvnias", "UAH"}, {"lira", "TRY"},
    {"pesos", "MXN"}}};

template <typename List>
std::string_view currency_in(const List& list, std::string_view written) {
  for (const Currency& c : list)
    if (c.written == written) return c.code;
  return {};
}

template <std::size_t N>
bool in(const std::array<std::string_view, N>& words, std::string_view w) {
  for (std::string_view x : words)
    if (x == w) return true;
  return false;
}

std::optional<double> scale_word(std::string_view w) {
  for (const NumberWord& n : kScales)
    if (n.word == w) return n.value;
  return std::nullopt;
}

bool is_year(double v, std::string_view w) {
  return w.size() == kYearDigits && v >= kEarliestYear && v <= kLatestYear && std::floor(v) == v;
}

std::optional<double> scale_fraction(std::string_view w) {
  for (const NumberWord& n : kScaleFractions)
    if (n.word == w) return n.value;
  return std::nullopt;
}

// An adjective before the counted noun ("two major parties", "three upcoming debates").
bool adjective_like(std::string_view w) {
  for (std::string_view suffix : {"al", "ic", "ous", "ive", "ful", "ing", "able", "ible", "ary", "an", "ese", "ish"})
    if (w.size() >= suffix.size() + kMinStemLetters && w.ends_with(suffix)) return true;
  return w == "major" || w == "new" || w == "old" || w == "big" || w == "small" || w == "top" || w == "key" ||
         w == "few" || w == "bad" || w == "good" || w == "other" || w == "more" || w == "extra" || w == "separate";
}

// A verb form after a count ("250 marched", "12 fled"), which ends a noun run.
bool verb_like(std::string_view w) {
  // "died", "tied": four letters, where "seed" and "shed" are nouns
  return in(kIrregularPast, w) || (w.size() >= kMinEdLetters && w.ends_with("ed")) ||
         (w.size() == kMinEdLetters - 1 && w.ends_with("ied"));
}

// "984-foot-long", "four-year", "six-and-a-half-year", "31-year-old", "1.6-mile": a number joined by
// hyphens to a unit word (and "long", "old", ... after it).
struct Compound {
  double value = 0;
  std::string unit;  // "foot", "year"
  std::string tail;  // "long", "old" or empty
};

// The number written by the hyphen-joined parts [0, count) ("six-and-a-half" is 6.5).
std::optional<double> number_of_parts(const std::vector<std::string_view>& parts, std::size_t count) {
  if (count == 1 && !parts[0].empty() && parts[0][0] >= '0' && parts[0][0] <= '9') {
    double value = 0;
    std::string suffix;
    if (parse_digits(parts[0], value, suffix) && suffix.empty()) return value;
    return std::nullopt;
  }
  if (count == 4 && parts[1] == "and" && parts[2] == "a" && parts[3] == "half")
    if (auto whole = number_word(parts[0])) return *whole + 0.5;
  std::string joined;
  for (std::size_t k = 0; k < count; ++k) joined += (k ? "-" : "") + std::string(parts[k]);
  return number_word(joined);
}

std::optional<Compound> read_compound(std::string_view folded) {
  if (folded.find('-') == std::string_view::npos) return std::nullopt;
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t dash = folded.find('-', start);
    parts.push_back(folded.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start));
    if (dash == std::string_view::npos) break;
    start = dash + 1;
  }
  for (std::size_t count = std::min<std::size_t>(parts.size() - 1, kMaxNumberParts); count >= 1; --count) {
    const std::optional<double> value = number_of_parts(parts, count);
    if (!value) continue;
    const std::string_view unit = parts[count];
    const std::string_view tail = count + 1 < parts.size() ? parts[count + 1] : std::string_view();
    if (count + 2 < parts.size() || !in(kCompoundTails, tail) || unit.size() < 2 || in(kFractions, unit) ||
        in(kNotUnit, unit))
      return std::nullopt;
    for (char c : unit)
      if (c < 'a' || c > 'z') return std::nullopt;
    return Compound{*value, std::string(unit), std::string(tail)};
  }
  return std::nullopt;
}

// Words that can start a figure: number words, scales, vague quantities, "a" ("a million").
const WordSet& triggers() {
  static const WordSet kTriggers = [] {
    WordSet set;
    for (const NumberWord& n : kNumberWords) set.insert(std::string(n.word));
    for (const NumberWord& n : kScales) set.insert(std::string(n.word));
    for (std::string_view v : kVague) set.insert(std::string(v));
    for (std::string_view w : {"a", "half", "quarter", "three-quarters", "few"}) set.insert(std::string(w));
    return set;
  }();
  return kTriggers;
}

// A spelled-out number or compound joined by hyphens ("twenty-five", "four-year").
bool hyphenated_number(std::string_view w) {
  const std::size_t dash = w.find('-');
  return dash != std::string_view::npos && (number_word(w) || number_word(w.substr(0, dash)));
}

// A duration's TIMEX3 value ("P18M", "PT18H"), or empty when its unit is no time unit.
std::string duration_timex(double value, std::string_view unit) {
  struct Code {
    std::string_view prefix;
    std::string_view unit;
    char letter;
  };
  static constexpr std::array<Code, 8> kCodes{{{"second", "T", 'S'}, {"minute", "T", 'M'}, {"hour", "T", 'H'},
                                               {"day", "", 'D'}, {"week", "", 'W'}, {"fortnight", "", 'F'},
                                               {"month", "", 'M'}, {"year", "", 'Y'}}};
  for (const Code& code : kCodes) {
    if (!unit.starts_with(code.prefix) || code.letter == 'F') continue;
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "P%s%g%c", std::string(code.unit).c_str(), value, code.letter);
    return buffer;
  }
  if (unit.starts_with("decade")) return "P" + std::to_string(static_cast<long long>(value * kYearsPerDecade)) + "Y";
  return {};
}

class Scanner {
 public:
  Scanner(const TokenView& view, const FigureContext& context) : v_(view), context_(context) {}

  std::vector<FoundFigure> run() {
    std::size_t i = v_.begin;
    while (i < v_.end) {
      const std::size_t next = figure_at(i);
      i = next > i ? next : i + 1;
    }
    return std::move(out_);
  }

 private:
  bool word(std::size_t i) const { return v_.word(i); }
  bool digit(std::size_t i) const { return v_.word(i) && v_.tokens[i].digit; }
  std::string_view low(std::size_t i) const { return v_.low(i); }

  // One figure starting at token i, or none: returns the index past what it read.
  std::size_t figure_at(std::size_t i) {
    if (!word(i)) return mark_at(i);
    const std::string_view w = low(i);
    if (may_start_date(v_, i))
      if (const std::size_t past = found(date_at(v_, i, context_.reference_year, pending_), i)) return past;
    if (!digit(i) && !triggers().count(v_.tokens[i]) && !hyphenated_number(w)) return i + 1;  // most words
    if (digit(i))
      if (const std::size_t past = found(time_of_day_at(v_, i, pending_), i)) return past;
    if (in(kVague, w) || (w == "few" && i > v_.begin && low(i - 1) == "a")) return vague_at(i);
    return number_at(i);
  }

  // Keeps the figure a reader filled in when it read anything; returns past it, or 0.
  std::size_t found(std::size_t past, std::size_t i) {
    if (past <= i) {
      pending_ = {};
      return 0;
    }
    out_.push_back(std::move(pending_));
    pending_ = {};
    return past;
  }

  // A figure starting at a mark: a decade written with an apostrophe ('60s), money after a symbol.
  std::size_t mark_at(std::size_t i) {
    if (i >= v_.end) return i + 1;
    if (v_.tokens[i].mark == '\'' && digit(i + 1) && low(i + 1).size() == kShortDecadeLetters &&
        low(i + 1).back() == 's' && v_.touches_previous(i + 1)) {
      const double decade = kApostropheCentury + std::strtod(std::string(low(i + 1).substr(0, 2)).c_str(), nullptr);
      emit(i, i + 2, "decade", decade, std::nullopt, "", "");
      return i + 2;
    }
    if (digit(i + 1))
      if (const std::string_view code = currency_in(kCurrencySymbols, v_.tokens[i].span.of(v_.text)); !code.empty())
        return money_at(i, code);
    return i + 1;
  }

  std::size_t money_at(std::size_t i, std::string_view currency) {
    double value = 0;
    std::string suffix;
    const std::size_t used = read_number(i + 1, value, suffix);
    if (used == 0) return i + 1;
    std::string qualifier;
    const std::size_t first = qualifier_before(v_, i, qualifier);
    emit(first, i + 1 + used, "money", value, std::nullopt, std::string(currency), qualifier);
    return i + 1 + used;
  }

  // Vague quantities: "tens of thousands", "hundreds of Windows systems", "many", "a few".
  std::size_t vague_at(std::size_t i) {
    const std::string_view w = low(i);
    std::size_t first = w == "few" ? i - 1 : i, last = i + 1;
    if ((w == "tens" || w == "hundreds") && low(i + 1) == "of" && (low(i + 2) == "thousands" || low(i + 2) == "millions"))
      last = i + 3;
    else if (w == "tens")
      return i + 1;
    std::string qualifier;
    first = std::min(first, qualifier_before(v_, first, qualifier));
    // a vague amount names its unit only with "of": "thousands of Czechs"
    std::string unit;
    if (low(last) == "of" && word(last + 1) && !in(kNotUnit, low(last + 1))) {
      last = head_noun_after(last + 1, unit, last);
    } else if (w == "many" || w == "several" || w == "numerous" || w == "few" || w == "countless") {
      last = head_noun_after(last, unit, last);
    }
    emit(first, last, "vague", std::nullopt, std::nullopt, unit, qualifier);
    out_.back().value_last = i + 1;
    return last;
  }

  // Numbers: digits or words, with their qualifier, as a year, decade, ordinal, range, percentage,
  // hyphenated measure ("984-foot"), or a count or measure with the noun or unit after it.
  std::size_t number_at(std::size_t i) {
    if (auto compound = read_compound(low(i))) {
      std::string qualifier;
      return compound_at(qualifier_before(v_, i, qualifier), i, *compound, std::nullopt, qualifier);
    }
    double value = 0;
    std::string suffix;
    const std::size_t used = read_number(i, value, suffix);
    if (used == 0) return i + 1;
    if (!digit(i) && low(i) == "one" && used == 1) {  // "one" alone is mostly a pronoun ("one of them")
      std::string unit;
      if (head_noun_after(i + 1, unit, i + 1) == i + 1 || low(i + 1) == "of") return i + 1;
    }
    std::string qualifier;
    const std::size_t first = qualifier_before(v_, i, qualifier);
    const std::size_t last = i + used;
    if (suffix == "s" && low(i).size() == kDecadeLetters) {  // "1950s"
      emit(first, last, "decade", value, std::nullopt, "", qualifier);
      return last;
    }
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
      std::string unit;
      const std::size_t past = head_noun_after(last, unit, last);
      emit(first, past, "ordinal", value, std::nullopt, unit, qualifier);
      return past;
    }
    if (used == 1 && digit(i) && is_year(value, low(i)) && suffix.empty()) {
      emit(first, last, "year", value, std::nullopt, "", qualifier);
      return last;
    }
    return range_or_measure(first, last, value, qualifier);
  }

  // After a number at [i, last): a range ("10 to 12", "40 to 50-year", "between 10 and 12"), then a
  // percentage, a unit of measure, a currency word or the counted noun.
  std::size_t range_or_measure(std::size_t first, std::size_t last, double value, const std::string& qualifier) {
    const std::size_t j = last;
    const bool between = low(j) == "and" && qualifier.empty() && first > v_.begin && low(first - 1) == "between";
    if (low(j) == "to" || v_.mark(j, '-') || between) {
      if (auto compound = read_compound(low(j + 1)))
        return compound_at(between ? first - 1 : first, j + 1, *compound, value, qualifier);
      double upper = 0;
      std::string suffix;
      const std::size_t used = read_number(j + 1, upper, suffix);
      if (used > 0 && suffix.empty())
        return measure_after(between ? first - 1 : first, j + 1 + used, value, upper, qualifier, j + 1 + used);
    }
    return measure_after(first, last, value, std::nullopt, qualifier, last);
  }

  // A hyphenated figure at token k ("984-foot-long"), alone or ending a range whose lower value is
  // `lower` ("40 to 50-year"): adjectival, the noun after it is what it measures.
  std::size_t compound_at(std::size_t first, std::size_t k, const Compound& compound, std::optional<double> lower,
                          const std::string& qualifier) {
    const std::optional<double> upper = lower ? std::optional<double>(compound.value) : std::nullopt;
    emit(first, k + 1, lower ? "range" : "number", lower.value_or(compound.value), upper, compound.unit, qualifier);
    FoundFigure& found = out_.back();
    found.adjectival = compound.tail != "old";
    if (compound.tail == "old") found.figure.slot.measure = "age";
    if (compound.tail == "long" || compound.tail == "high" || compound.tail == "wide" || compound.tail == "deep" ||
        compound.tail == "tall")
      found.figure.slot.measure = "length";
    return k + 1;
  }

  // The unit after a number ending at `last`: "%", "percent", a unit of measure ("football fields"),
  // a currency word ("euros"), or the noun it counts. Emits the figure.
  std::size_t measure_after(std::size_t first, std::size_t last, double value, std::optional<double> upper,
                            const std::string& qualifier, std::size_t value_last) {
    std::string type = upper ? "range" : "number";
    std::string unit;
    const UnitOfMeasure* measure = nullptr;
    if (v_.mark(last, '%')) {
      unit = "%";
      ++last;
    } else if (low(last) == "percent" || (low(last) == "per" && low(last + 1) == "cent")) {
      unit = "%";
      last += low(last) == "per" ? std::size_t{2} : std::size_t{1};
    } else if (const std::size_t length = context_.lexicon ? context_.lexicon->unit_at(v_.tokens, last, v_.end, measure) : 0) {
      for (std::size_t k = last; k < last + length; ++k) unit += (k > last ? " " : "") + std::string(low(k));
      last += length;
      emit(first, last, type, value, upper, unit, qualifier);
      out_.back().unit_of_measure = measure;
      out_.back().value_last = value_last;
      return last;
    } else {
      last = head_noun_after(last, unit, last);
    }
    if (unit == "%" && !upper) type = "percent";
    if (const std::string_view code = currency_in(kCurrencyWords, unit); !code.empty() && !upper) {
      type = "money";
      unit = std::string(code);
    }
    emit(first, last, type, value, upper, unit, qualifier);
    out_.back().value_last = value_last;
    return last;
  }

  // The head noun of the words from token i ("8.5 million Windows devices" -> devices, "around 20
  // construction workers who" -> workers): the last of a run of up to kMaxNounRun nominal words.
  // Returns the index past it and sets `unit`, or returns `none` when no noun follows.
  std::size_t head_noun_after(std::size_t i, std::string& unit, std::size_t none) const {
    std::size_t head = v_.end;
    for (std::size_t j = i; j < v_.end && j < i + kMaxNounRun && nominal_word(v_, j); ++j) {
      if (j > i && participle(low(j))) break;  // "devices running Windows", "a ban meaning"
      if (j > i && head != v_.end && in(kObjectStarts, low(j + 1))) break;  // "debates cost the party"
      head = j;
    }
    if (head == v_.end) return none;
    // An adjective alone is no noun ("two major"), unless it names people ("two Americans").
    if (head == i && adjective_like(low(i)) && !low(i).ends_with("an") && !v_.tokens[i].cap) return none;
    unit = std::string(low(head));
    return head + 1;
  }

  void emit(std::size_t first, std::size_t last_excl, std::string type, std::optional<double> value,
            std::optional<double> upper, std::string unit, std::string qualifier) {
    FoundFigure found;
    Figure& f = found.figure;
    f.span = {v_.tokens[first].span.begin, v_.tokens[last_excl - 1].span.end};
    f.text = std::string(f.span.of(v_.text));
    f.type = std::move(type);
    if (value && std::isfinite(*value)) f.value = value;
    if (upper && std::isfinite(*upper)) f.upper = upper;
    f.unit = std::move(unit);
    f.qualifier = std::move(qualifier);
    found.first = first;
    found.last = last_excl;
    found.value_last = last_excl;
    out_.push_back(std::move(found));
  }

  // Reads a number at token i (digits or words, with a scale word after); returns tokens used.
  std::size_t read_number(std::size_t i, double& value, std::string& suffix) const {
    if (!word(i)) return 0;
    std::size_t used = 0;
    const std::string_view w = low(i);
    if (digit(i)) {
      if (!parse_digits(w, value, suffix)) return 0;
      used = 1;
    } else if (auto n = number_word(w)) {
      value = *n;
      used = 1;
    } else if (w == "a" && low(i + 1) == "dozen") {  // "a dozen"
      value = *number_word("dozen");
      return 2;
    } else if ((w == "a" || w == "half") && scale_word(low(i + 1)) && low(i + 1) != "hundred") {  // "half a million"
      value = w == "a" ? 1.0 : *scale_fraction(w);
      used = 1;
    } else if (scale_fraction(w) && low(i + 1) == "of" && low(i + 2) == "a" && scale_word(low(i + 3))) {
      value = *scale_fraction(w) * *scale_word(low(i + 3));  // "three-quarters of a billion"
      return 4;
    } else {
      return 0;
    }
    while (suffix.empty() && scale_word(low(i + used))) {
      value *= *scale_word(low(i + used));
      ++used;
    }
    return used;
  }

  TokenView v_;
  const FigureContext& context_;
  FoundFigure pending_;  // the figure a date or time reader fills in
  std::vector<FoundFigure> out_;
};

// Bound, base value and TIMEX3 value of a figure from its qualifier and unit.
void normalise(Figure& f, const UnitOfMeasure* unit, const FigureLexicon* lexicon) {
  if (f.bound.empty()) f.bound = f.type == "vague" ? "vague" : bound_of(f.qualifier);
  if (f.type == "year" && f.value) {
    f.precision = "year";
    f.timex = std::to_string(static_cast<int>(*f.value));
  } else if (f.type == "decade" && f.value) {
    f.precision = "decade";
    f.timex = std::to_string(static_cast<int>(*f.value) / kYearsPerDecade);
  }
  if (!f.value || f.unit.empty() || f.type == "date" || f.type == "time" || f.type == "ordinal") return;
  if (const auto days = days_per(f.unit)) {
    f.base_value = *f.value * *days;
    if (f.upper) f.base_upper = *f.upper * *days;
    f.base_unit = "days";
    if (!f.upper) f.timex = duration_timex(*f.value, f.unit);
    return;
  }
  if (unit == nullptr && lexicon) unit = lexicon->unit_word(f.unit);  // "foot" of "984-foot"
  if (unit == nullptr) return;
  f.base_value = *f.value * unit->factor;
  if (f.upper) f.base_upper = *f.upper * unit->factor;
  f.base_unit = unit->base_unit;
  if (unit->comparison) f.precision = "comparison";
}

// A bare number takes the unit of an earlier figure of its sentence in a parallel phrase:
// "Prosecutors asked for 40 to 50 years; his lawyers fought for six" is six years. Parallel means
// the same word before both, and no noun of its own after the bare one.
void inherit_units(const TokenView& view, std::vector<FoundFigure>& figures) {
  for (std::size_t k = 1; k < figures.size(); ++k) {
    Figure& bare = figures[k].figure;
    if (bare.type != "number" || !bare.unit.empty() || figures[k].first <= view.begin) continue;
    for (std::size_t p = k; p-- > 0;) {
      const FoundFigure& earlier = figures[p];
      if (earlier.figure.unit.empty() || earlier.figure.type == "money" || earlier.first <= view.begin) continue;
      if (view.low(earlier.first - 1) != view.low(figures[k].first - 1)) continue;
      bare.unit = earlier.figure.unit;
      break;
    }
  }
}

}  // namespace

bool participle(std::string_view w) { return w.size() >= kMinIngLetters && w.ends_with("ing"); }

bool nominal_word(const TokenView& view, std::size_t j) {
  if (!view.word(j) || view.tokens[j].digit) return false;
  const std::string_view w = view.low(j);
  // no month or weekday: a count before "Tuesday" has no unit
  return month_number(w) == 0 && !english::is_weekday(w) && !in(kNotUnit, w) && !in(kAfterCount, w) && !in(kNotNoun, w) &&
         !verb_like(w) && !(w.size() >= kMinLyLetters && w.ends_with("ly")) && !scale_word(w) && !number_word(w);
}

bool parse_digits(std::string_view w, double& value, std::string& suffix) {
  std::string digits;
  std::size_t i = 0;
  for (; i < w.size(); ++i) {
    const char c = w[i];
    if (c >= '0' && c <= '9') digits.push_back(c);
    else if (c == ',') continue;
    else if (c == '.' && i + 1 < w.size() && w[i + 1] >= '0' && w[i + 1] <= '9') digits.push_back('.');
    else break;
  }
  if (digits.empty()) return false;
  suffix = std::string(w.substr(i));
  value = std::strtod(digits.c_str(), nullptr);
  if (suffix == "million" || suffix == "m") value *= *scale_word("million"), suffix.clear();
  else if (suffix == "billion" || suffix == "bn") value *= *scale_word("billion"), suffix.clear();
  else if (suffix == "trillion" || suffix == "tn") value *= *scale_word("trillion"), suffix.clear();
  return std::isfinite(value);
}

std::optional<double> number_word(std::string_view w) {
  for (const NumberWord& n : kNumberWords)
    if (n.word == w) return n.value;
  const std::size_t dash = w.find('-');  // "twenty-five"
  if (dash != std::string_view::npos) {
    std::optional<double> tens, units;
    for (const NumberWord& n : kNumberWords) {
      if (n.word == w.substr(0, dash) && n.value >= kFirstTens) tens = n.value;
      if (n.word == w.substr(dash + 1) && n.value < kUnitsBelow) units = n.value;
    }
    if (tens && units) return *tens + *units;
  }
  return std::nullopt;
}

std::size_t qualifier_before(const TokenView& view, std::size_t i, std::string& qualifier) {
  for (std::size_t len = kMaxQualifierWords; len >= 1; --len) {
    if (i < view.begin + len) continue;
    std::string phrase;
    bool ok = true;
    for (std::size_t k = i - len; k < i; ++k) {
      if (!view.tokens[k].word) ok = false;
      if (!phrase.empty()) phrase.push_back(' ');
      phrase += view.tokens[k].low;
    }
    if (ok && in(kQualifiers, phrase)) {
      qualifier = phrase;
      return i - len;
    }
  }
  return i;
}

int reference_year_of(std::string_view date) {
  for (std::size_t i = 0; i + kYearDigits <= date.size(); ++i) {
    const bool starts = i == 0 || date[i - 1] < '0' || date[i - 1] > '9';
    const bool ends = i + kYearDigits == date.size() || date[i + kYearDigits] < '0' || date[i + kYearDigits] > '9';
    bool digits = true;
    for (std::size_t k = i; k < i + kYearDigits; ++k) digits = digits && date[k] >= '0' && date[k] <= '9';
    if (!starts || !ends || !digits) continue;
    const int year = std::atoi(std::string(date.substr(i, kYearDigits)).c_str());
    if (year >= kEarliestPublicationYear && year <= kLatestYear) return year;
  }
  return 0;
}

std::vector<Figure> find_figures(std::string_view text, const std::vector<Tok>& tokens, std::size_t begin,
                                 std::size_t end, const FigureContext& context) {
  const TokenView view{text, tokens, begin, std::min(end, tokens.size())};
  std::vector<FoundFigure> found = Scanner(view, context).run();
  inherit_units(view, found);
  for (FoundFigure& f : found) normalise(f.figure, f.unit_of_measure, context.lexicon);
  static const FigureLexicon kNoLexicon;
  read_slots(view, context.lexicon ? *context.lexicon : kNoLexicon, found);
  std::vector<Figure> out;
  out.reserve(found.size());
  for (FoundFigure& f : found) out.push_back(std::move(f.figure));
  return out;
}

}  // namespace claimdiff::detail
