// Private to the figure finder (figures.cpp, figure_dates.cpp, figure_slots.cpp): the view of one
// stretch of tokens the three share, and a figure as the scan found it (with its tokens), before its
// slot is read. Every scan is bounded by the stretch, so a long sentence stays linear.
#pragma once

#include "base/english.hpp"
#include "base/lexicon.hpp"
#include "extract/figure_lexicon.hpp"

#include <claimdiff/types.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff::detail {

// A year as news text writes one: kYearDigits digits from kEarliestYear to kLatestYear ("1968",
// "2024"); a four-digit number outside them is a count ("3000 troops" reads as one anyway).
constexpr std::size_t kYearDigits = 4;
constexpr double kEarliestYear = 1000;
constexpr double kLatestYear = 2099;

// tokens[begin, end) of `text`: the stretch a figure and its slot words are read from.
struct TokenView {
  std::string_view text;
  const std::vector<Tok>& tokens;
  std::size_t begin = 0;
  std::size_t end = 0;

  bool word(std::size_t i) const { return i >= begin && i < end && tokens[i].word; }
  bool mark(std::size_t i, char c) const { return i >= begin && i < end && !tokens[i].word && tokens[i].mark == c; }
  std::string_view low(std::size_t i) const {
    return i >= begin && i < end ? std::string_view(tokens[i].low) : std::string_view();
  }
  // Whether token i follows token i - 1 with no space between ("7:30", "a.m.").
  bool touches_previous(std::size_t i) const {
    return i > begin && i < end && tokens[i].span.begin == tokens[i - 1].span.end;
  }
};

// A figure and the tokens [first, last) it covers.
struct FoundFigure {
  Figure figure;
  std::size_t first = 0;
  std::size_t last = 0;
  std::size_t value_last = 0;  // past the number itself, before any unit or head noun
  bool adjectival = false;     // "a 984-foot ship", "a four-year ban": it describes the noun after it
  const UnitOfMeasure* unit_of_measure = nullptr;  // its unit in units.txt, when one was read
};

// Digits with thousands separators and a decimal point; the suffix (st, nd, rd, th, s, "-year")
// returned apart; "million", "m", "bn" suffixes scale the value.
bool parse_digits(std::string_view word, double& value, std::string& suffix);
// A number word ("seven", "twenty-five", "dozen"), or none.
std::optional<double> number_word(std::string_view folded);
// Qualifiers ("at least", "about") ending just before token i: their first token, or i.
std::size_t qualifier_before(const TokenView& view, std::size_t i, std::string& qualifier);
// Whether token j can be (part of) the noun a figure counts: a word that is no function word,
// verb form, adverb, number, month or weekday.
bool nominal_word(const TokenView& view, std::size_t j);
// An "-ing" form: after a noun it starts a participle phrase, not more of the noun.
bool participle(std::string_view folded);
using english::month_number;    // 1-12 from a folded name or abbreviation, or 0 (base/english.hpp)
using english::weekday_number;  // Monday 1 to Sunday 7, or 0

// Dates and times at token i ("March 11 next year", "Tuesday evening", "7:30am"): the figure and the
// index past it, or i when none starts there. `reference_year` resolves "next year" (0: unknown).
std::size_t date_at(const TokenView& view, std::size_t i, int reference_year, FoundFigure& found);
std::size_t time_of_day_at(const TokenView& view, std::size_t i, FoundFigure& found);
// Whether token i names a month, weekday or day part that can start a date.
bool may_start_date(const TokenView& view, std::size_t i);

// Reads what each figure measures from its words and its sentence (figure_slots.cpp).
void read_slots(const TokenView& view, const FigureLexicon& lexicon, std::vector<FoundFigure>& figures);

}  // namespace claimdiff::detail
