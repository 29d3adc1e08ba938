// Reads the figures of a statement as quantities of one kind. Units are reconciled with a small
// lexicon of general English nouns (people, troops, time units); nothing here knows any particular
// article.
#include "base/quantity.hpp"

#include "base/text_util.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

namespace claimdiff::detail {
namespace {

struct TimeUnit {
  std::string_view word;
  double days;
};

// Days per time unit; a month and a year are the Gregorian calendar's averages.
constexpr std::array<TimeUnit, 20> kTimeUnits{{
    {"second", 1.0 / 86400}, {"seconds", 1.0 / 86400}, {"minute", 1.0 / 1440}, {"minutes", 1.0 / 1440},
    {"hour", 1.0 / 24},      {"hours", 1.0 / 24},      {"day", 1},              {"days", 1},
    {"week", 7},             {"weeks", 7},             {"fortnight", 14},       {"month", 30.436875},
    {"months", 30.436875},   {"year", 365.2425},       {"years", 365.2425},     {"decade", 3652.425},
    {"decades", 3652.425},   {"century", 36524.25},    {"centuries", 36524.25}, {"fortnights", 14},
}};

// How far an approximation reaches each side of its value ("about 4,000" is 3,600 to 4,400), and
// how far below its value "nearly" starts: the spread the figure comparison used before slots
// ("around 11%" meets "11.1%", "about 4,000" parts from "more than 5,000"), kept.
constexpr double kApproximateSpread = 0.1;

struct QualifierBound {
  std::string_view qualifier;
  std::string_view bound;
};

// What each qualifier of the figure finder makes of a value.
constexpr std::array<QualifierBound, 27> kQualifierBounds{{
    {"more than", "at_least"},   {"over", "at_least"},        {"at least", "at_least"},
    {"upwards of", "at_least"},  {"well over", "at_least"},   {"just over", "at_least"},
    {"less than", "at_most"},    {"fewer than", "at_most"},   {"under", "at_most"},
    {"at most", "at_most"},      {"up to", "at_most"},        {"no more than", "at_most"},
    {"just under", "at_most"},   {"as many as", "at_most"},   {"as much as", "at_most"},
    {"nearly", "nearly"},        {"almost", "nearly"},        {"close to", "nearly"},
    {"around", "approximate"},   {"about", "approximate"},    {"approximately", "approximate"},
    {"roughly", "approximate"},  {"some", "approximate"},     {"an estimated", "approximate"},
    {"estimated", "approximate"}, {"as few as", "exact"},     {"only", "exact"},
}};

// Nouns counting people: reconciled to "people" so "many people" meets "2,600 Hungarians".
constexpr std::array<std::string_view, 34> kPeopleNouns{
    "people",     "persons",   "person",     "civilians", "civilian",    "residents", "citizens",
    "men",        "women",     "children",   "protesters", "demonstrators", "victims", "casualties",
    "dead",       "refugees",  "hostages",   "prisoners", "workers",     "students",  "journalists",
    "migrants",   "inhabitants", "lives",    "individuals", "adults",    "voters",    "patients",
    "killed",     "deaths",    "fatalities", "injured",   "wounded",     "survivors"};

// Nouns counting armed people: kept apart from "people" so troop numbers never meet death tolls.
constexpr std::array<std::string_view, 9> kTroopNouns{
    "troops", "soldiers", "servicemen", "fighters", "forces", "personnel", "militants", "sailors",
    "officers"};

// Words of a vague quantity and the magnitude each plural contributes (0: no magnitude).
struct VagueWord {
  std::string_view word;
  double magnitude;
};
constexpr std::array<VagueWord, 13> kVagueWords{{
    {"many", 0},      {"several", 0},       {"numerous", 0},     {"countless", 0}, {"few", 0},
    {"dozens", 12},   {"scores", 20},       {"hundreds", 100},   {"thousands", 1000},
    {"millions", 1e6}, {"billions", 1e9},   {"tens", 10},        {"multiple", 0},
}};

const VagueWord* vague_word(std::string_view folded) {
  for (const VagueWord& word : kVagueWords)
    if (word.word == folded) return &word;
  return nullptr;
}

template <std::size_t N>
bool among(const std::array<std::string_view, N>& words, std::string_view folded) {
  return std::find(words.begin(), words.end(), folded) != words.end();
}


bool capitalised_plural(std::string_view word) {
  return word.size() > 3 && word.front() >= 'A' && word.front() <= 'Z' && word.back() == 's';
}

// The reconciled unit of a noun, or empty when the noun is not a unit we can compare.
std::string reconcile_unit(std::string_view written) {
  const std::string folded = fold(written);
  if (folded.empty()) return {};
  if (days_per(folded)) return "days";
  if (among(kPeopleNouns, folded)) return "people";
  if (among(kTroopNouns, folded)) return "troops";
  if (folded == "%" || folded == "percent" || folded == "per cent") return "%";
  if (capitalised_plural(written)) return "people";  // demonyms: "Hungarians", "Czechs"
  // Other nouns by their singular, so "one vote" meets "two votes" ("cities" -> "city").
  std::string noun = folded;
  if (noun.size() > 4 && noun.compare(noun.size() - 3, 3, "ies") == 0) noun.replace(noun.size() - 3, 3, "y");
  else if (noun.size() > 3 && noun.back() == 's' && noun[noun.size() - 2] != 's') noun.pop_back();
  return noun;
}

struct Following {
  std::string unit;      // reconciled
  std::string_view word; // as written
  TextRange span;        // in the statement text
};

// The unit noun among the next few words after `offset` in the statement text ("2,600 Hungarians
// killed", "hundreds of thousands of people"); the lexicon's nouns win over the first noun.
Following unit_after(std::string_view text, std::size_t offset) {
  if (offset > text.size()) return {};
  const std::vector<Token> tokens = tokenize_words(text.substr(offset));
  std::size_t looked = 0;
  Following first;
  for (const Token& token : tokens) {
    const std::string folded = fold(token.text);
    if (folded == "of" || folded == "the" || folded == "a") continue;
    if (++looked > 3) break;
    if (vague_word(folded) != nullptr) continue;
    const TextRange span{offset + token.span.begin, offset + token.span.end};
    const std::string unit = reconcile_unit(token.text);
    if (unit == "days" || unit == "people" || unit == "troops" || unit == "%")
      return {unit, token.text, span};
    if (looked == 1) {
      // Only a noun-looking word counts as the unit of a bare number.
      const char c = token.text.front();
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) first = {unit, token.text, span};
    }
  }
  return first;
}

// Bounds of a vague quantity's magnitude: "hundreds of thousands" is 2e5..1e6.
std::pair<std::optional<double>, std::optional<double>> vague_bounds(std::string_view text) {
  double magnitude = 1;
  bool any = false;
  for (const Token& token : tokenize_words(text)) {
    const VagueWord* word = vague_word(fold(token.text));
    if (word == nullptr || word->magnitude == 0) continue;
    magnitude *= word->magnitude;
    any = true;
  }
  if (!any) return {std::nullopt, std::nullopt};
  return {2 * magnitude, 10 * magnitude};
}

// Scales whose name comes before the value; the value is then a reading on that scale.
constexpr std::array<std::string_view, 4> kScalesBefore{"magnitude", "category", "level", "grade"};

// The folded scale word just before `offset` in `text` ("magnitude" in "a magnitude 6.1 quake"), or empty.
std::string scale_named_before(std::string_view text, std::size_t offset) {
  if (offset > text.size()) return {};
  const std::vector<Token> tokens = tokenize_words(text.substr(0, offset));
  if (tokens.empty() || !trim(text.substr(tokens.back().span.end, offset - tokens.back().span.end)).empty()) return {};
  const std::string folded = fold(tokens.back().text);
  return among(kScalesBefore, folded) ? folded : std::string();
}

// The scale word and the space after it as written ("magnitude "), to show with the value.
std::string scale_before_text(std::string_view text, std::size_t offset) {
  const std::vector<Token> tokens = tokenize_words(text.substr(0, offset));
  return std::string(text.substr(tokens.back().span.begin, offset - tokens.back().span.begin));
}

// A qualifier makes a value a bound or an approximation: "at least 2,600" holds up to any number,
// "around 11%" meets "11.1%", "nearly 40" stays below 40. An open side is left empty.
void widen_by_bound(Quantity& quantity) {
  if (!quantity.low || !quantity.high) return;
  if (quantity.bound == "at_least") {
    quantity.high.reset();
  } else if (quantity.bound == "at_most") {
    quantity.low.reset();
  } else if (quantity.bound == "nearly") {
    *quantity.low *= 1 - kApproximateSpread;
  } else if (quantity.bound == "approximate" || quantity.precision == "comparison") {
    *quantity.low *= 1 - kApproximateSpread;
    *quantity.high *= 1 + kApproximateSpread;
  }
}

Quantity base_of(const Statement& statement, const Figure& figure) {
  Quantity quantity;
  quantity.statement = statement.id;
  quantity.article = statement.article;
  quantity.text = figure.text;
  quantity.value = figure.value;
  quantity.upper = figure.upper;
  quantity.qualifier = figure.qualifier;
  quantity.bound = figure.type == "vague" ? "vague" : figure.bound.empty() ? bound_of(figure.qualifier) : figure.bound;
  quantity.precision = figure.precision;
  quantity.timex = figure.timex;
  quantity.written_unit = figure.unit;
  quantity.slot = figure.slot;
  quantity.span = figure.span;
  return quantity;
}

// Where the figure ends inside the statement's own text (to read the words around it), or npos.
std::size_t local_offset(const Statement& statement, std::size_t article_offset) {
  const bool inside = article_offset >= statement.span.begin && article_offset - statement.span.begin <= statement.text.size();
  return inside ? article_offset - statement.span.begin : std::string::npos;
}

// A figure the extractor gave a slot: its reading is the extractor's, in base units.
Quantity from_slotted(const Statement& statement, const Figure& figure) {
  Quantity quantity = base_of(statement, figure);
  const std::string& measure = figure.slot.measure;
  const std::size_t begin = local_offset(statement, figure.span.begin);
  const std::string scale_before = begin != std::string::npos ? scale_named_before(statement.text, begin) : "";
  if (!scale_before.empty() && figure.value) {  // "a magnitude 6.1 earthquake"
    quantity.dimension = "scale";
    quantity.unit = scale_before;
    const std::string_view value_text = std::string_view(figure.text).substr(0, figure.text.find(' '));
    quantity.text = scale_before_text(statement.text, begin) + std::string(value_text);
    quantity.slot.measure = "scale";
    quantity.slot.counted = scale_before;
  } else if (measure == "people") {
    quantity.dimension = "count";
    quantity.unit = figure.slot.counted;
  } else if (measure == "count") {
    quantity.dimension = "count";
    quantity.unit = figure.slot.counted;
  } else if (measure == "duration" || measure == "elapsed") {
    quantity.dimension = "duration";
    quantity.unit = "days";
  } else if (measure == "date" || measure == "time") {
    quantity.dimension = "date";
    quantity.unit = measure == "time" ? "time" : "year";
  } else if (measure == "money" || measure == "percent" || measure == "age") {
    quantity.dimension = measure;
    quantity.unit = measure == "money" ? figure.unit : measure == "percent" ? "%" : "years";
  } else if (measure != "number" && measure != "ordinal") {
    quantity.dimension = measure;  // length, area, mass, volume, speed, temperature
    quantity.unit = figure.base_unit.empty() ? figure.unit : figure.base_unit;
  }
  if (quantity.dimension.empty()) return quantity;
  if (figure.type == "vague") {
    quantity.vague = true;
    const auto bounds = vague_bounds(figure.text);
    const double per = quantity.dimension == "duration" ? days_per(figure.unit).value_or(1) : 1;
    if (bounds.first) quantity.low = *bounds.first * per;
    if (bounds.second) quantity.high = *bounds.second * per;
    return quantity;
  }
  const bool in_base = figure.base_value.has_value() && measure != "age";
  const std::optional<double> low = in_base ? figure.base_value : figure.value;
  if (!low) return quantity;
  quantity.low = low;
  quantity.high = in_base ? figure.base_upper.value_or(*low) : figure.upper.value_or(*low);
  if (figure.type == "decade") quantity.high = *low + 9;
  if (quantity.dimension != "date") widen_by_bound(quantity);
  return quantity;
}

// The slot of a figure that has none, from what its dimension and unit say.
FigureSlot slot_of_dimension(const Quantity& quantity) {
  FigureSlot slot;
  slot.measure = quantity.dimension == "count" && (quantity.unit == "people" || quantity.unit == "troops")
                     ? "people" : quantity.dimension;
  if (quantity.dimension == "count" || quantity.dimension == "scale") slot.counted = quantity.unit;
  return slot;
}

// The unit of an unslotted figure and the factor that scales it to days (1 for other units): a time
// word inside the figure ("first ten days of November"), else the extractor's unit, else the noun
// that follows. `follows`: the unit is the word after the figure, which the figure's text lacks.
struct FigureUnit {
  std::string unit;
  double scale = 1;
  bool follows = false;
};

FigureUnit unit_of(const Figure& figure, const Following& following) {
  FigureUnit read;
  for (const Token& token : tokenize_words(figure.text)) {
    if (const auto per = days_per(fold(token.text))) {
      read.unit = "days";
      read.scale = *per;
    }
  }
  if (read.unit.empty() && !figure.unit.empty()) {
    // The unit as written in the text keeps its capital, which marks a demonym ("Hungarians")
    // even when the extractor lower-cased it.
    std::string_view written = figure.unit;
    const std::string folded_unit = fold(figure.unit);
    for (const Token& token : tokenize_words(figure.text))
      if (fold(token.text) == folded_unit) written = token.text;
    if (written == std::string_view(figure.unit) && fold(following.word) == folded_unit) written = following.word;
    read.unit = reconcile_unit(written);
    read.scale = days_per(folded_unit).value_or(1);
  }
  read.follows = !figure.unit.empty() && fold(following.word) == fold(figure.unit);
  if (read.unit.empty()) {
    read.unit = following.unit;
    read.scale = days_per(fold(following.word)).value_or(1);
    read.follows = !read.unit.empty();
  }
  return read;
}

// What an unslotted figure measures, from its type, its unit and a scale named before it ("a
// magnitude 6.1 earthquake", "a Category 4 hurricane").
void set_dimension(Quantity& quantity, const Statement& statement, const Figure& figure, const std::string& unit,
                   bool inside) {
  const std::string scale_before = inside ? scale_named_before(statement.text, figure.span.begin - statement.span.begin) : "";
  const std::string& type = figure.type;
  if (!scale_before.empty() && figure.value) {
    quantity.dimension = "scale";
    quantity.unit = scale_before;
    // the value as written, without a noun the extractor took for its unit ("6.1 earthquake")
    const std::string_view value_text = std::string_view(figure.text).substr(0, figure.text.find(' '));
    quantity.text = scale_before_text(statement.text, figure.span.begin - statement.span.begin) + std::string(value_text);
  } else if (type == "ordinal" || type == "time") {  // a clock time counts nothing
    quantity.dimension.clear();
  } else if (type == "year" || type == "decade" ||
             (type == "date" && unit != "days" && figure.value && *figure.value >= 1000)) {
    quantity.dimension = "date";
    quantity.unit = "year";
  } else if (type == "date") {
    if (unit == "days") {
      quantity.dimension = "duration";
      quantity.unit = "days";
    }
  } else if (type == "percent" || unit == "%") {
    quantity.dimension = "percent";
    quantity.unit = "%";
  } else if (type == "money") {
    quantity.dimension = "money";
    quantity.unit = figure.unit.empty() ? "money" : figure.unit;
  } else if (unit == "days") {
    quantity.dimension = "duration";
    quantity.unit = "days";
  } else if (!unit.empty()) {
    quantity.dimension = "count";
    quantity.unit = unit;
  }
}

// The range of an unslotted figure in its unit scaled by `scale` (dates unscaled). A figure with
// no value is vague only when its words say so ("scores of"); otherwise the extractor could not
// read it and it is left out rather than taken for vague.
void set_range(Quantity& quantity, const Figure& figure, double scale) {
  const std::string& type = figure.type;
  bool vague_words = false;
  for (const Token& token : tokenize_words(figure.text)) vague_words = vague_words || vague_word(fold(token.text));
  if (!figure.value && type != "vague" && !vague_words) quantity.dimension.clear();
  if (type == "vague" || (!figure.value && vague_words)) {
    quantity.vague = true;
    const auto bounds = vague_bounds(figure.text);
    quantity.low = bounds.first;
    quantity.high = bounds.second;
    if (quantity.low) {
      *quantity.low *= scale;
      *quantity.high *= scale;
    }
  } else if (figure.value) {
    double low = *figure.value;
    double high = figure.upper.value_or(low);
    if (type == "decade") high = low + 9;
    quantity.low = low * (quantity.dimension == "date" ? 1 : scale);
    quantity.high = high * (quantity.dimension == "date" ? 1 : scale);
    if (quantity.dimension != "date") widen_by_bound(quantity);
  }
}

Quantity from_figure(const Statement& statement, const Figure& figure) {
  if (!figure.slot.measure.empty()) return from_slotted(statement, figure);
  Quantity quantity = base_of(statement, figure);

  // Where the figure ends inside the statement's own text, to read the word that follows.
  const bool inside = statement.span.contains(Span{figure.span.begin, figure.span.end}) &&
                      figure.span.end - statement.span.begin <= statement.text.size();
  Following following;
  if (inside) following = unit_after(statement.text, figure.span.end - statement.span.begin);
  const FigureUnit read = unit_of(figure, following);
  // Show the unit with the figure ("12" + "days") when it follows at once.
  if (inside && read.follows && fold(figure.text).find(fold(following.word)) == std::string::npos) {
    const std::size_t local_end = figure.span.end - statement.span.begin;
    const std::string_view between =
        std::string_view(statement.text).substr(local_end, following.span.begin - local_end);
    if (trim(between).empty())
      quantity.text = figure.text + std::string(between) + std::string(following.word);
  }
  set_dimension(quantity, statement, figure, read.unit, inside);
  set_range(quantity, figure, read.scale);
  quantity.slot = slot_of_dimension(quantity);
  const std::string& type = figure.type;
  if (quantity.dimension == "date" && quantity.timex.empty() && (type == "year" || type == "date") && figure.value)
    quantity.timex = std::to_string(static_cast<int>(*figure.value));
  return quantity;
}

// Vague quantities the extractor did not list: "many people", "thousands of troops", "for days".
void add_vague_quantities(const Statement& statement, std::vector<Quantity>& quantities) {
  const std::string_view text = statement.text;
  const std::vector<Token> tokens = tokenize_words(text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string folded = fold(tokens[i].text);
    const VagueWord* word = vague_word(folded);
    if (word == nullptr) continue;
    std::size_t first = i;
    if (folded == "few") {
      // "a few" is a quantity; "few" alone is mostly a judgement ("few believed").
      if (i == 0 || fold(tokens[i - 1].text) != "a") continue;
      first = i - 1;
    }
    if (folded == "tens" && (i + 2 >= tokens.size() || fold(tokens[i + 1].text) != "of")) continue;
    if (i > 0 && fold(tokens[i - 1].text) == "how") continue;  // "how many" asks, not states
    // Extend over "of <magnitude>" ("hundreds of thousands").
    std::size_t last = i;
    while (last + 2 < tokens.size() && fold(tokens[last + 1].text) == "of") {
      const VagueWord* next = vague_word(fold(tokens[last + 2].text));
      if (next == nullptr || next->magnitude == 0) break;
      last += 2;
    }
    const Following following = unit_after(text, tokens[last].span.end);
    if (following.unit != "people" && following.unit != "troops" && following.unit != "days") continue;
    const TextRange local{tokens[first].span.begin, following.span.end};
    const Span in_article{statement.span.begin + local.begin, statement.span.begin + local.end};
    const bool known = std::any_of(quantities.begin(), quantities.end(), [&](const Quantity& q) {
      return !q.dimension.empty() && q.span.overlaps(in_article);
    });
    // Stay on this phrase's words, whatever the verdict, so "hundreds of thousands" is one.
    const std::size_t next_i = last;
    if (!known) {
      Quantity quantity;
      quantity.statement = statement.id;
      quantity.article = statement.article;
      quantity.text = std::string(local.of(text));
      quantity.dimension = following.unit == "days" ? "duration" : "count";
      quantity.unit = following.unit;
      quantity.vague = true;
      quantity.bound = "vague";
      quantity.span = in_article;
      const auto bounds = vague_bounds(quantity.text);
      quantity.low = bounds.first;
      quantity.high = bounds.second;
      if (quantity.low && following.unit == "days") {
        const double per = days_per(fold(following.word)).value_or(1);
        *quantity.low *= per;
        *quantity.high *= per;
      }
      quantity.slot = slot_of_dimension(quantity);
      quantities.push_back(std::move(quantity));
    }
    i = next_i;
  }
}

}  // namespace

std::optional<double> days_per(std::string_view folded) {
  for (const TimeUnit& unit : kTimeUnits)
    if (unit.word == folded) return unit.days;
  return std::nullopt;
}

std::string bound_of(std::string_view qualifier) {
  const std::string folded = fold(qualifier);
  for (const QualifierBound& entry : kQualifierBounds)
    if (entry.qualifier == folded) return std::string(entry.bound);
  return "exact";
}

std::vector<Quantity> read_quantities(const Statement& statement) {
  std::vector<Quantity> quantities;
  for (const Figure& figure : statement.figures) {
    Quantity quantity = from_figure(statement, figure);
    if (!quantity.dimension.empty()) quantities.push_back(std::move(quantity));
  }
  add_vague_quantities(statement, quantities);
  std::stable_sort(quantities.begin(), quantities.end(),
                   [](const Quantity& a, const Quantity& b) { return a.span.begin < b.span.begin; });
  return quantities;
}


}  // namespace claimdiff::detail
