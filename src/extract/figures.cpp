// Figure finder: a left-to-right scan over words with small fixed tables of number words, months and
// qualifiers (grammar of English numbers, not a lexicon of the domain, so they live here).
#include "extract/figures.hpp"

#include <array>
#include <cmath>
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

constexpr std::array<std::string_view, 24> kMonths{
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};

// Vague quantities: words that count without a number.
constexpr std::array<std::string_view, 12> kVague{"many",     "several",  "numerous", "dozens", "hundreds", "thousands",
                                                  "millions", "billions", "scores",   "countless", "tens", "handful"};

// Qualifiers, longest first, as folded word sequences.
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

// An adjective before the counted noun ("two major parties", "three upcoming debates").
bool adjective_like(std::string_view w) {
  for (std::string_view suffix : {"al", "ic", "ous", "ive", "ful", "ing", "able", "ible", "ary", "an", "ese", "ish"})
    if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) return true;
  return w == "major" || w == "new" || w == "old" || w == "big" || w == "small" || w == "top" || w == "key" ||
         w == "few" || w == "bad" || w == "good" || w == "other" || w == "more" || w == "extra" || w == "separate";
}

// Irregular past tenses that follow a figure as its verb, not its unit ("a magnitude 6.0 shook
// the region", "12 fled"); regular ones end in "-ed" and are caught by that.
constexpr std::array<std::string_view, 40> kIrregularPast{
    "shook", "struck", "hit",   "rose",   "fell",   "left",  "took",  "came",    "went",    "grew",
    "made",  "met",    "won",   "lost",   "told",   "said",  "saw",   "began",   "ran",     "fled",
    "sank",  "broke",  "spent", "paid",   "gave",   "got",   "held",  "kept",    "led",     "brought",
    "bought", "thought", "sought", "fought", "caught", "built", "sent", "stood", "felt", "drove"};

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

std::string_view currency_of_symbol(std::string_view symbol) {
  for (const Currency& c : kCurrencySymbols)
    if (c.written == symbol) return c.code;
  return {};
}

std::string_view currency_of_word(std::string_view folded) {
  for (const Currency& c : kCurrencyWords)
    if (c.written == folded) return c.code;
  return {};
}

template <std::size_t N>
bool in(const std::array<std::string_view, N>& words, std::string_view w) {
  for (std::string_view x : words)
    if (x == w) return true;
  return false;
}

std::optional<double> number_word(std::string_view w) {
  for (const NumberWord& n : kNumberWords)
    if (n.word == w) return n.value;
  // "twenty-five"
  const std::size_t dash = w.find('-');
  if (dash != std::string_view::npos) {
    std::optional<double> tens, units;
    for (const NumberWord& n : kNumberWords) {
      if (n.word == w.substr(0, dash) && n.value >= 20) tens = n.value;
      if (n.word == w.substr(dash + 1) && n.value < 10) units = n.value;
    }
    if (tens && units) return *tens + *units;
  }
  return std::nullopt;
}

std::optional<double> scale_word(std::string_view w) {
  for (const NumberWord& n : kScales)
    if (n.word == w) return n.value;
  return std::nullopt;
}

bool is_month(std::string_view w) { return in(kMonths, w); }

// Digits with thousands separators and a decimal point; the suffix (st, nd, rd, th, s) returned apart.
bool parse_digits(std::string_view w, double& value, std::string& suffix) {
  std::string digits;
  std::size_t i = 0;
  for (; i < w.size(); ++i) {
    const char c = w[i];
    if (c >= '0' && c <= '9') digits.push_back(c);
    else if (c == ',' ) continue;
    else if (c == '.' && i + 1 < w.size() && w[i + 1] >= '0' && w[i + 1] <= '9') digits.push_back('.');
    else break;
  }
  if (digits.empty()) return false;
  suffix = std::string(w.substr(i));
  value = std::strtod(digits.c_str(), nullptr);
  if (suffix == "million" || suffix == "m") value *= 1e6, suffix.clear();
  else if (suffix == "billion" || suffix == "bn") value *= 1e9, suffix.clear();
  else if (suffix == "trillion" || suffix == "tn") value *= 1e12, suffix.clear();
  return std::isfinite(value);
}

bool is_year(double v, std::string_view w) {
  return w.size() == 4 && v >= 1000 && v <= 2099 && std::floor(v) == v;
}

// Words that can start a figure: number words, scales, months, vague quantities.
const WordSet& triggers() {
  static const WordSet kTriggers = [] {
    WordSet set;
    for (const NumberWord& n : kNumberWords) set.insert(std::string(n.word));
    for (const NumberWord& n : kScales) set.insert(std::string(n.word));
    for (std::string_view m : kMonths) set.insert(std::string(m));
    for (std::string_view v : kVague) set.insert(std::string(v));
    for (std::string_view w : {"a", "half", "quarter", "three-quarters", "few"}) set.insert(std::string(w));
    return set;
  }();
  return kTriggers;
}

bool is_number_word(std::string_view w) {
  const std::size_t dash = w.find('-');
  return dash != std::string_view::npos && dash > 3;
}

class Scanner {
 public:
  Scanner(std::string_view text, const std::vector<Tok>& tokens, std::size_t begin, std::size_t end)
      : text_(text), t_(tokens), begin_(begin), end_(end) {}

  std::vector<Figure> run() {
    std::size_t i = begin_;
    while (i < end_) {
      const std::size_t next = figure_at(i);
      i = next > i ? next : i + 1;
    }
    return std::move(out_);
  }

 private:
  bool word(std::size_t i) const { return i < end_ && t_[i].word; }
  std::string_view low(std::size_t i) const { return i < end_ ? std::string_view(t_[i].low) : std::string_view(); }

  // Qualifier ending just before token `i`: returns its first token, or i when none.
  std::size_t qualifier_before(std::size_t i, std::string& qualifier) const {
    for (std::size_t len = 3; len >= 1; --len) {
      if (i < begin_ + len) continue;
      std::string phrase;
      bool ok = true;
      for (std::size_t k = i - len; k < i; ++k) {
        if (!t_[k].word) ok = false;
        if (!phrase.empty()) phrase.push_back(' ');
        phrase += t_[k].low;
      }
      if (ok && in(kQualifiers, phrase)) {
        qualifier = phrase;
        return i - len;
      }
    }
    return i;
  }

  // A unit noun right after token `i - 1`, returned as the index past it (or i).
  std::size_t unit_after(std::size_t i, std::string& unit) const {
    if (!word(i) || t_[i].digit || is_month(low(i)) || in(kNotUnit, low(i)) || in(kIrregularPast, low(i))) return i;
    if (low(i).ends_with("ed") && low(i).size() > 4) return i;  // a verb: "250 marched"
    if (i + 1 < end_ && (adjective_like(low(i)) || t_[i].cap) && word(i + 1) && !t_[i + 1].digit &&
        !in(kNotUnit, low(i + 1)) && !is_month(low(i + 1)) && !low(i + 1).ends_with("ed") &&
        !in(kIrregularPast, low(i + 1))) {
      unit = t_[i + 1].low;  // "two Republican senators": the noun after the adjective
      return i + 2;
    }
    if (adjective_like(low(i)) && !low(i).ends_with("an") && !t_[i].cap) return i;
    unit = t_[i].low;
    return i + 1;
  }

  void emit(std::size_t first, std::size_t last_excl, std::string type, std::optional<double> value,
            std::optional<double> upper, std::string unit, std::string qualifier) {
    Figure f;
    f.span = {t_[first].span.begin, t_[last_excl - 1].span.end};
    f.text = std::string(f.span.of(text_));
    f.type = std::move(type);
    if (value && std::isfinite(*value)) f.value = value;
    if (upper && std::isfinite(*upper)) f.upper = upper;
    f.unit = std::move(unit);
    f.qualifier = std::move(qualifier);
    out_.push_back(std::move(f));
  }

  // Reads a number at token i (digits or words, with a scale word after); returns tokens used.
  std::size_t read_number(std::size_t i, double& value, std::string& suffix) const {
    if (!word(i)) return 0;
    std::size_t used = 0;
    if (t_[i].digit) {
      if (!parse_digits(t_[i].low, value, suffix)) return 0;
      used = 1;
    } else if (auto v = number_word(low(i))) {
      value = *v;
      used = 1;
    } else if ((low(i) == "a" || low(i) == "half") && scale_word(low(i + 1)) && low(i + 1) != "hundred") {
      value = low(i) == "a" ? 1 : 0.5;
      used = 1;
    } else if ((low(i) == "three-quarters" || low(i) == "half" || low(i) == "quarter") && low(i + 1) == "of" &&
               low(i + 2) == "a" && scale_word(low(i + 3))) {
      value = (low(i) == "three-quarters" ? 0.75 : low(i) == "half" ? 0.5 : 0.25) * *scale_word(low(i + 3));
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

  std::size_t figure_at(std::size_t i) {
    if (!word(i)) {
      // '60s: a decade written with an apostrophe
      if ((t_[i].mark == '\'' ) && word(i + 1) && t_[i + 1].digit && t_[i + 1].low.size() == 3 &&
          t_[i + 1].low[2] == 's' && t_[i + 1].span.begin == t_[i].span.end) {
        const double v = 1900 + std::strtod(t_[i + 1].low.substr(0, 2).c_str(), nullptr);
        emit(i, i + 2, "decade", v, std::nullopt, "", "");
        return i + 2;
      }
      if (word(i + 1) && t_[i + 1].digit)
        if (const std::string_view code = currency_of_symbol(t_[i].span.of(text_)); !code.empty()) return money(i, code);
      return i + 1;
    }
    const std::string_view w = low(i);
    if (!t_[i].digit && !triggers().count(t_[i]) && !(is_number_word(w) && number_word(w))) return i + 1;  // most words start no figure
    if (t_[i].digit)
      if (const std::size_t past = time_of_day(i); past > i) return past;
    // dates: "August 20, 1968", "Feb. 21", "November 1956"; "5 January 1968"
    if (is_month(w) && t_[i].cap && ((w != "may" && w != "march") || (word(i + 1) && t_[i + 1].digit))) {
      std::size_t j = i + 1;
      if (j < end_ && t_[j].mark == '.') ++j;
      if (word(j) && t_[j].digit) {
        double v = 0;
        std::string suffix;
        parse_digits(t_[j].low, v, suffix);
        if (t_[j].low.size() == 4 && is_year(v, t_[j].low)) {
          emit(i, j + 1, "date", v, std::nullopt, "", "");
          return j + 1;
        }
        if (v >= 1 && v <= 31) {
          std::size_t k = j + 1;
          if (k < end_ && t_[k].mark == ',') ++k;
          double year = 0;
          if (word(k) && t_[k].digit && parse_digits(t_[k].low, year, suffix) && is_year(year, t_[k].low)) {
            emit(i, k + 1, "date", year, std::nullopt, "", "");
            return k + 1;
          }
          emit(i, j + 1, "date", v, std::nullopt, "", "");
          return j + 1;
        }
      }
      return i + 1;
    }
    if (t_[i].digit && word(i + 1) && is_month(low(i + 1)) && t_[i + 1].cap) {
      double day = 0;
      std::string suffix;
      if (parse_digits(t_[i].low, day, suffix) && day >= 1 && day <= 31) {
        double year = 0;
        if (word(i + 2) && t_[i + 2].digit && parse_digits(t_[i + 2].low, year, suffix) && is_year(year, t_[i + 2].low)) {
          emit(i, i + 3, "date", year, std::nullopt, "", "");
          return i + 3;
        }
        emit(i, i + 2, "date", day, std::nullopt, "", "");
        return i + 2;
      }
    }
    // vague quantities: "tens of thousands", "hundreds of thousands", "many", "dozens"
    if (in(kVague, w) || (w == "few" && i > begin_ && low(i - 1) == "a")) {
      std::size_t first = i, last = i + 1;
      if (w == "few") first = i - 1;
      if ((w == "tens" || w == "hundreds") && low(i + 1) == "of" && (low(i + 2) == "thousands" || low(i + 2) == "millions"))
        last = i + 3;
      else if (w == "tens")
        return i + 1;
      std::string qualifier;
      first = std::min(first, qualifier_before(first, qualifier));
      // a vague amount names its unit only with "of": "thousands of Czechs"
      std::string unit;
      if (low(last) == "of" && word(last + 1) && !in(kNotUnit, low(last + 1))) {
        const std::size_t after = unit_after(last + 1, unit);
        if (after > last + 1) last = after;
      } else if (w == "many" || w == "several" || w == "numerous" || w == "few" || w == "countless") {
        last = unit_after(last, unit);
      }
      emit(first, last, "vague", std::nullopt, std::nullopt, unit, qualifier);
      return last;
    }
    double value = 0;
    std::string suffix;
    const std::size_t used = read_number(i, value, suffix);
    if (used == 0) return i + 1;
    // spelled-out "one" alone is mostly a pronoun ("one of them"); keep it only before a unit
    if (!t_[i].digit && w == "one" && used == 1) {
      std::string unit;
      if (unit_after(i + 1, unit) == i + 1 || low(i + 1) == "of") return i + 1;
    }
    std::string qualifier;
    std::size_t first = qualifier_before(i, qualifier);
    std::size_t last = i + used;
    if (suffix == "s" && t_[i].low.size() == 5) {  // "1950s"
      emit(first, last, "decade", value, std::nullopt, "", qualifier);
      return last;
    }
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
      std::string unit;
      last = unit_after(last, unit);
      emit(first, last, "ordinal", value, std::nullopt, unit, qualifier);
      return last;
    }
    if (used == 1 && t_[i].digit && is_year(value, t_[i].low) && suffix.empty()) {
      // a range of years "1995 to 1997"
      emit(first, last, "year", value, std::nullopt, "", qualifier);
      return last;
    }
    // range: "10 to 12", "10-12", "between 10 and 12"
    std::optional<double> upper;
    std::string type = "number";
    {
      std::size_t j = last;
      const bool link = j < end_ && (low(j) == "to" || t_[j].mark == '-' || (low(j) == "and" && qualifier.empty() && first > begin_ && low(first - 1) == "between"));
      if (link) {
        double v2 = 0;
        std::string suffix2;
        const std::size_t used2 = read_number(j + 1, v2, suffix2);
        if (used2 > 0 && suffix2.empty()) {
          upper = v2;
          type = "range";
          if (low(j) == "and") first = first - 1;
          last = j + 1 + used2;
        }
      }
    }
    std::string unit;
    if (last < end_ && t_[last].mark == '%') {
      unit = "%";
      type = type == "range" ? type : "percent";
      ++last;
    } else if (low(last) == "percent" || (low(last) == "per" && low(last + 1) == "cent")) {
      unit = "%";
      type = type == "range" ? type : "percent";
      last += low(last) == "per" ? std::size_t{2} : std::size_t{1};
    } else {
      last = unit_after(last, unit);
    }
    // "2.5 billion euros": an amount of money in that currency
    if (const std::string_view code = currency_of_word(unit); !code.empty() && type != "range") {
      type = "money";
      unit = std::string(code);
    }
    emit(first, last, type, value, upper, unit, qualifier);
    return last;
  }

  // "3:36 a.m.", "3.30 am", "10 pm", "14:30": a clock time, read as hours, never as a count of "am".
  // Returns the index past it, or i when token i starts no time.
  std::size_t time_of_day(std::size_t i) {
    double hours = 0;
    std::string suffix;
    if (!parse_digits(t_[i].low, hours, suffix) || !suffix.empty() || hours >= 24) return i;
    std::size_t last = i + 1;
    const bool decimal = t_[i].low.find('.') != std::string::npos;
    bool colon = false;
    if (!decimal && last + 1 < end_ && t_[last].mark == ':' && word(last + 1) && t_[last + 1].digit &&
        t_[last + 1].low.size() == 2 && t_[last].span.begin == t_[i].span.end &&
        t_[last + 1].span.begin == t_[last].span.end) {
      double minutes = 0;
      if (!parse_digits(t_[last + 1].low, minutes, suffix) || minutes >= 60) return i;
      hours += minutes / 60;
      colon = true;
      last += 2;
    } else if (decimal) {
      const double minutes = std::round((hours - std::floor(hours)) * 100);  // "3.30" is half past three
      if (minutes >= 60) return i;
      hours = std::floor(hours) + minutes / 60;
    }
    const std::string_view meridiem = low(last);
    const bool am = meridiem == "am" || meridiem == "a.m" || meridiem == "a.m.";
    const bool pm = meridiem == "pm" || meridiem == "p.m" || meridiem == "p.m.";
    if (!am && !pm && !colon) return i;
    if (am || pm) {
      if (hours >= 13) return i;
      if (pm && hours < 12) hours += 12;
      if (am && hours >= 12) hours -= 12;
      ++last;
      if (last < end_ && t_[last].mark == '.' && t_[last].span.begin == t_[last - 1].span.end &&
          !meridiem.ends_with('.'))
        ++last;  // the closing dot of "a.m."
    }
    std::string qualifier;
    const std::size_t first = qualifier_before(i, qualifier);  // "around 8:30 p.m."
    emit(first, last, "time", hours, std::nullopt, "", qualifier);
    return last;
  }

  std::size_t money(std::size_t i, std::string_view currency) {
    double value = 0;
    std::string suffix;
    const std::size_t used = read_number(i + 1, value, suffix);
    if (used == 0) return i + 1;
    std::string qualifier;
    const std::size_t first = qualifier_before(i, qualifier);
    emit(first, i + 1 + used, "money", value, std::nullopt, std::string(currency), qualifier);
    return i + 1 + used;
  }

  std::string_view text_;
  const std::vector<Tok>& t_;
  std::size_t begin_, end_;
  std::vector<Figure> out_;
};

}  // namespace

std::vector<Figure> find_figures(std::string_view text, const std::vector<Tok>& tokens, std::size_t begin,
                                 std::size_t end) {
  return Scanner(text, tokens, begin, end).run();
}

}  // namespace claimdiff::detail
