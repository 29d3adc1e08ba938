// Dates and times as figures with a precision: "March 2025" (month), "March 11 next year" (day),
// "Tuesday evening" (part of a day), "7:30am" (minute), each with its ISO 8601 / TIMEX3 value so two
// spellings of one date meet ("11 September 2023", "Sept. 11, 2023"). Month and weekday names come
// from base/english.hpp; the other calendar words (day parts, relative years) are grammar used only here.
#include "extract/figure_scan.hpp"

#include <array>
#include <cmath>
#include <cstdio>

namespace claimdiff::detail {
namespace {

// Parts of a day and their TIMEX3 codes.
struct DayPart {
  std::string_view word;
  std::string_view code;
};
constexpr std::array<DayPart, 5> kDayParts{{
    {"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"}, {"overnight", "NI"}}};

// Words before a lone month that make it a date ("in March", "from May"), where "March" and "May"
// alone could be a verb or a modal.
constexpr std::array<std::string_view, 15> kBeforeMonth{"in", "from", "since", "until", "till", "by", "before",
                                                        "after", "of", "early", "late", "mid", "during",
                                                        "through", "last"};

// Years relative to the article's: "next year", "last year", "this year"; "that year" is known only
// from the text before it, so it stays unresolved.
struct RelativeYear {
  std::string_view first;
  int offset;
};
constexpr std::array<RelativeYear, 4> kRelativeYears{{{"next", 1}, {"last", -1}, {"this", 0}, {"that", 0}}};

// A day of the month is written with at most kMaxDayLetters characters ("31st") and is at most
// kLastDayOfMonth; an abbreviation alone is at most kMaxAbbreviationLetters ("Sept").
constexpr std::size_t kMaxDayLetters = 4;
constexpr double kLastDayOfMonth = 31;
constexpr std::size_t kMaxAbbreviationLetters = 4;

// The clock: hours below kHoursPerDay, minutes below kMinutesPerHour; with "am" or "pm" a
// 12-hour clock (kClockHours, up to 12:59); "3.30" writes minutes as the hundredths of a
// decimal (kDecimalMinutes).
constexpr double kHoursPerDay = 24;
constexpr double kMinutesPerHour = 60;
constexpr double kClockHours = 12;
constexpr double kDecimalMinutes = 100;

// Months whose name is also a common word: alone they are a date only after kBeforeMonth.
bool ambiguous_month(std::string_view folded) { return folded == "may" || folded == "march"; }

std::string_view day_part_code(std::string_view folded) {
  for (const DayPart& part : kDayParts)
    if (part.word == folded) return part.code;
  return {};
}

bool in_list(std::string_view folded, const auto& list) {
  for (std::string_view word : list)
    if (word == folded) return true;
  return false;
}

// A four-digit year token, or 0.
int year_at(const TokenView& view, std::size_t i) {
  if (!view.word(i) || !view.tokens[i].digit || view.low(i).size() != kYearDigits) return 0;
  double value = 0;
  std::string suffix;
  if (!parse_digits(view.low(i), value, suffix) || !suffix.empty() || value < kEarliestYear || value > kLatestYear) return 0;
  return static_cast<int>(value);
}

// A day of the month ("11", "11th"), or 0.
int day_at(const TokenView& view, std::size_t i) {
  if (!view.word(i) || !view.tokens[i].digit || view.low(i).size() > kMaxDayLetters) return 0;
  double value = 0;
  std::string suffix;
  if (!parse_digits(view.low(i), value, suffix)) return 0;
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  return value >= 1 && value <= kLastDayOfMonth && std::floor(value) == value ? static_cast<int>(value) : 0;
}

// A calendar date read so far.
struct Calendar {
  int year = 0;   // 0: not written
  int month = 0;
  int day = 0;
  bool relative_unresolved = false;  // "that year", or "next year" with no reference year
};

// "next year" at token i: the year it names and the index past it, or i.
std::size_t relative_year_at(const TokenView& view, std::size_t i, int reference_year, Calendar& date) {
  if (view.low(i + 1) != "year") return i;
  for (const RelativeYear& relative : kRelativeYears) {
    if (view.low(i) != relative.first) continue;
    if (reference_year > 0 && relative.first != "that") date.year = reference_year + relative.offset;
    else date.relative_unresolved = true;
    return i + 2;
  }
  return i;
}

std::string timex_of(const Calendar& date) {
  char buffer[32];
  const std::string year = date.year > 0 ? std::to_string(date.year) : "XXXX";
  if (date.month == 0) return year;
  if (date.day == 0) std::snprintf(buffer, sizeof buffer, "%s-%02d", year.c_str(), date.month);
  else std::snprintf(buffer, sizeof buffer, "%s-%02d-%02d", year.c_str(), date.month, date.day);
  return buffer;
}

void emit_date(const TokenView& view, std::size_t first, std::size_t last, const Calendar& date, FoundFigure& found) {
  Figure& f = found.figure;
  f.span = {view.tokens[first].span.begin, view.tokens[last - 1].span.end};
  f.text = std::string(f.span.of(view.text));
  f.type = "date";
  if (date.year > 0) f.value = date.year;
  f.precision = date.day > 0 ? "day" : date.month > 0 ? "month" : "year";
  f.timex = timex_of(date);
  f.bound = "exact";
  found.first = first;
  found.last = last;
  found.value_last = last;
}

// "March", "March 2025", "Mar. 26, 2024", "March 11 next year" from the month at token i.
std::size_t month_first_at(const TokenView& view, std::size_t i, int reference_year, FoundFigure& found) {
  Calendar date;
  date.month = month_number(view.low(i));
  std::size_t j = i + 1;
  if (view.mark(j, '.') && view.touches_previous(j)) ++j;  // "Mar."
  std::size_t last = i + 1;
  if (const int year = year_at(view, j)) {
    date.year = year;
    last = j + 1;
  } else if (const int day = day_at(view, j)) {
    date.day = day;
    last = j + 1;
    std::size_t k = j + 1;
    if (view.mark(k, ',')) ++k;
    if (const int day_year = year_at(view, k)) {
      date.year = day_year;
      last = k + 1;
    }
  }
  if (date.year == 0) last = relative_year_at(view, last, reference_year, date);
  const bool bare = last == i + 1;
  if (bare) {
    const bool after_preposition = i > view.begin && in_list(view.low(i - 1), kBeforeMonth);
    if (ambiguous_month(view.low(i)) ? !after_preposition : false) return i;
    if (view.low(i).size() <= kMaxAbbreviationLetters && !after_preposition) return i;  // "Jan" alone is more often a name
  }
  emit_date(view, i, last, date, found);
  return last;
}

// "11 September 2023", "5 January 1968": the day first.
std::size_t day_first_at(const TokenView& view, std::size_t i, int reference_year, FoundFigure& found) {
  Calendar date;
  date.day = day_at(view, i);
  if (date.day == 0 || !view.word(i + 1) || !view.tokens[i + 1].cap) return i;
  date.month = month_number(view.low(i + 1));
  if (date.month == 0) return i;
  std::size_t last = i + 2;
  if (view.mark(last, '.') && view.touches_previous(last)) ++last;
  if (const int year = year_at(view, last)) {
    date.year = year;
    ++last;
  } else {
    last = relative_year_at(view, last, reference_year, date);
  }
  emit_date(view, i, last, date, found);
  return last;
}

// "Tuesday", "Tuesday evening", "early Tuesday", "late on Monday": a weekday, read without the
// article's date as TIMEX3's "XXXX-WXX-<n>" (with the part of the day when one follows).
std::size_t weekday_at(const TokenView& view, std::size_t i, FoundFigure& found) {
  const int weekday = weekday_number(view.low(i));
  if (weekday == 0 || !view.tokens[i].cap) return i;
  std::size_t first = i;
  if (i > view.begin && (view.low(i - 1) == "early" || view.low(i - 1) == "late")) first = i - 1;
  else if (i > view.begin + 1 && view.low(i - 1) == "on" && (view.low(i - 2) == "early" || view.low(i - 2) == "late"))
    first = i - 2;
  std::size_t last = i + 1;
  std::string timex = "XXXX-WXX-" + std::to_string(weekday);
  std::string precision = "weekday";
  if (const std::string_view code = day_part_code(view.low(i + 1)); !code.empty()) {
    timex += "T" + std::string(code);
    precision = "part_of_day";
    ++last;
  }
  Figure& f = found.figure;
  f.span = {view.tokens[first].span.begin, view.tokens[last - 1].span.end};
  f.text = std::string(f.span.of(view.text));
  f.type = "date";
  f.precision = precision;
  f.timex = timex;
  f.bound = "exact";
  found.first = first;
  found.last = last;
  found.value_last = last;
  return last;
}

// The minutes of "7:30am" or "7:30" after the colon at token j ("30am" is one token): minutes and the
// meridiem glued to them, or false.
bool minutes_at(const TokenView& view, std::size_t j, double& minutes, std::string& glued) {
  if (!view.word(j) || !view.tokens[j].digit || !view.touches_previous(j)) return false;
  const std::string_view word = view.low(j);
  if (word.size() < 2 || word[0] < '0' || word[0] > '9' || word[1] < '0' || word[1] > '9') return false;
  minutes = (word[0] - '0') * 10 + (word[1] - '0');
  glued = std::string(word.substr(2));
  return minutes < kMinutesPerHour && (glued.empty() || glued == "am" || glued == "pm" || glued == "a.m" || glued == "p.m");
}

}  // namespace

bool may_start_date(const TokenView& view, std::size_t i) {
  if (!view.word(i)) return false;
  const std::string_view w = view.low(i);
  if (view.tokens[i].cap && (month_number(w) > 0 || weekday_number(w) > 0)) return true;
  return view.tokens[i].digit && view.word(i + 1) && view.tokens[i + 1].cap && month_number(view.low(i + 1)) > 0;
}

std::size_t date_at(const TokenView& view, std::size_t i, int reference_year, FoundFigure& found) {
  if (!view.word(i)) return i;
  if (view.tokens[i].digit) return day_first_at(view, i, reference_year, found);
  if (!view.tokens[i].cap) return i;
  if (month_number(view.low(i)) > 0) return month_first_at(view, i, reference_year, found);
  return weekday_at(view, i, found);
}

// "3:36 a.m.", "3.30 am", "10 pm", "14:30", "7:30am": a clock time, read as hours, never as a count
// of "am". Returns the index past it, or i when token i starts no time.
std::size_t time_of_day_at(const TokenView& view, std::size_t i, FoundFigure& found) {
  double hours = 0;
  std::string suffix;
  if (!parse_digits(view.low(i), hours, suffix) || hours >= kHoursPerDay) return i;
  std::string meridiem_glued = suffix;  // "10pm"
  if (!suffix.empty() && suffix != "am" && suffix != "pm") return i;
  std::size_t last = i + 1;
  const bool decimal = view.low(i).find('.') != std::string_view::npos;
  bool colon = false;
  double minutes = 0;
  if (!decimal && suffix.empty() && view.mark(last, ':') && view.touches_previous(last) &&
      minutes_at(view, last + 1, minutes, meridiem_glued)) {
    hours += minutes / kMinutesPerHour;
    colon = true;
    last += 2;
  } else if (decimal) {
    minutes = std::round((hours - std::floor(hours)) * kDecimalMinutes);  // "3.30" is half past three
    if (minutes >= kMinutesPerHour) return i;
    hours = std::floor(hours) + minutes / kMinutesPerHour;
  }
  const std::string_view meridiem = meridiem_glued.empty() ? view.low(last) : std::string_view(meridiem_glued);
  const bool am = meridiem == "am" || meridiem == "a.m" || meridiem == "a.m.";
  const bool pm = meridiem == "pm" || meridiem == "p.m" || meridiem == "p.m.";
  if (!am && !pm && !colon) return i;
  if (am || pm) {
    if (hours >= kClockHours + 1) return i;
    if (pm && hours < kClockHours) hours += kClockHours;
    if (am && hours >= kClockHours) hours -= kClockHours;
    if (meridiem_glued.empty()) ++last;
    if (view.mark(last, '.') && view.touches_previous(last) && !meridiem.ends_with('.')) ++last;  // "a.m."
  }
  std::string qualifier;
  const std::size_t first = qualifier_before(view, i, qualifier);  // "around 8:30 p.m."
  Figure& f = found.figure;
  f.span = {view.tokens[first].span.begin, view.tokens[last - 1].span.end};
  f.text = std::string(f.span.of(view.text));
  f.type = "time";
  f.value = hours;
  f.qualifier = qualifier;
  f.precision = colon || decimal ? "minute" : "hour";
  char buffer[16];
  const int whole_minutes = static_cast<int>(std::lround((hours - std::floor(hours)) * kMinutesPerHour));
  std::snprintf(buffer, sizeof buffer, "T%02d:%02d", static_cast<int>(std::floor(hours)), whole_minutes);
  f.timex = buffer;
  found.first = first;
  found.last = last;
  found.value_last = last;
  return last;
}

}  // namespace claimdiff::detail
