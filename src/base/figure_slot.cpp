// Slots compared, renderings of one slot compared, and the figure evidence two statements give.
// The rules read only the slot fields and the quantities' normalised values; the words a slot
// holds are related through the caller's WordRelation, or by their inflection-stripped forms.
#include "base/figure_slot.hpp"

#include "base/text_util.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <vector>

namespace claimdiff::detail {
namespace {

// Two values of one slot are equal when they differ by less than this share of the larger: unit
// conversions of rounded figures ("984 feet" is 299.9 m, "300 metres") stay within it, while the
// closest distinct renderings in the news-dev gold ("18 hours" and "16 hours") differ by 11%.
constexpr double kEqualShare = 0.01;

// Clock times within this many hours of each other under an approximation ("about 1:30 a.m.",
// "1:27 a.m.") are compatible.
constexpr double kApproximateHours = 0.25;

// Measures whose counted noun decides the slot: a count of cars is no count of people, the
// length of a ship no length of a bridge. For money, dates and percentages the noun varies with
// the wording ("$10 billion in deposits", "$8 billion in savings"), so it only joins.
constexpr std::array<std::string_view, 12> kCountedDecides{
    "count", "people", "length", "area", "mass", "volume", "speed", "temperature", "age", "duration", "scale", "ordinal"};

bool among(std::string_view word, const auto& list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// A word without its inflection, for slot words compared with no WordRelation ("suspended" and
// "suspend", "devices" and "device").
std::string stem(std::string_view word) {
  std::string out = fold(word);
  for (std::string_view suffix : {"ing", "ed", "es", "s", "e"})
    if (out.size() > suffix.size() + 2 && out.ends_with(suffix)) {
      out.resize(out.size() - suffix.size());
      break;
    }
  return out;
}

// Each word of a phrase stemmed ("asked for" -> "ask for").
std::string stem_phrase(std::string_view phrase) {
  std::string out;
  for (const Token& token : tokenize_words(phrase)) {
    if (!out.empty()) out.push_back(' ');
    out += stem(token.text);
  }
  return out;
}

// How related two slot words are: -1 when either is missing, 1 when they are one word.
double relation(const std::string& a, const std::string& b, const WordRelation& words) {
  if (a.empty() || b.empty()) return -1;
  if (a == b || stem_phrase(a) == stem_phrase(b)) return 1;
  if (words.lemma && words.lemma(a) == words.lemma(b)) return 1;
  return words.related ? words.related(a, b) : 0;
}

// A date or time read back from its TIMEX3 value.
struct TimePoint {
  enum class Kind { none, calendar, weekday, clock } kind = Kind::none;
  int year = 0;  // calendar: 0 unknown ("XXXX")
  int month = 0;
  int day = 0;
  int decade = 0;  // "195": the 1950s
  int weekday = 0;
  std::string part;  // "EV", "MO", ...
};

int number_at(std::string_view text, std::size_t at, std::size_t length) {
  if (at + length > text.size()) return 0;
  int value = 0;
  for (std::size_t i = at; i < at + length; ++i) {
    if (text[i] < '0' || text[i] > '9') return 0;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

TimePoint time_point(const Quantity& q) {
  TimePoint point;
  const std::string_view timex = q.timex;
  if (q.slot.measure == "time" || timex.starts_with("T")) {
    point.kind = TimePoint::Kind::clock;
    return point;
  }
  if (timex.starts_with("XXXX-WXX-")) {
    point.kind = TimePoint::Kind::weekday;
    point.weekday = number_at(timex, 9, 1);
    if (timex.size() > 11 && timex[10] == 'T') point.part = std::string(timex.substr(11));
    return point;
  }
  if (timex.size() == 3) {
    point.kind = TimePoint::Kind::calendar;
    point.decade = number_at(timex, 0, 3);
    return point;
  }
  if (timex.size() < 4) return point;
  point.kind = TimePoint::Kind::calendar;
  point.year = number_at(timex, 0, 4);
  if (timex.size() >= 7) point.month = number_at(timex, 5, 2);
  if (timex.size() >= 10) point.day = number_at(timex, 8, 2);
  return point;
}

// The grain of a calendar point: 1 decade, 2 year, 3 month, 4 day.
int grain(const TimePoint& p) { return p.day ? 4 : p.month ? 3 : p.year ? 2 : p.decade ? 1 : 0; }

RenderingDifference dates_differ(const Quantity& a, const Quantity& b) {
  const bool elapsed_a = a.slot.measure == "elapsed", elapsed_b = b.slot.measure == "elapsed";
  if (elapsed_a != elapsed_b) return {"different references", false, false};
  const TimePoint p = time_point(a), q = time_point(b);
  if (p.kind != q.kind || p.kind == TimePoint::Kind::none) return {"different references", false, false};
  if (p.kind == TimePoint::Kind::clock) {
    if (!a.value || !b.value || std::abs(*a.value - *b.value) < 1.0 / 120) return a.bound != b.bound ? RenderingDifference{"different bounds"} : RenderingDifference{};
    const bool approximate = a.bound != "exact" || b.bound != "exact";
    const bool conflict = !approximate || std::abs(*a.value - *b.value) > kApproximateHours;
    return {"different times", conflict};
  }
  if (p.kind == TimePoint::Kind::weekday) {
    if (p.weekday != q.weekday) return {"different days", true};
    if (p.part != q.part) return {p.part.empty() || q.part.empty() ? "different precision" : "different times of day",
                                  !p.part.empty() && !q.part.empty()};
    return {};
  }
  const bool decade_only = p.decade || q.decade;
  if (decade_only) {
    const int year_a = p.decade ? p.decade * 10 : p.year, year_b = q.decade ? q.decade * 10 : q.year;
    if (year_a == 0 || year_b == 0) return {};
    const bool inside = p.decade && q.decade ? p.decade == q.decade
                        : p.decade ? year_b / 10 == p.decade : year_a / 10 == q.decade;
    return inside ? (grain(p) != grain(q) ? RenderingDifference{"different precision"} : RenderingDifference{})
                  : RenderingDifference{"different dates", true};
  }
  if (p.year && q.year && p.year != q.year) return {"different dates", true};
  if (p.month && q.month && p.month != q.month) return {"different dates", true};
  if (p.day && q.day && p.day != q.day) return {"different dates", true};
  // One elides the year ("March" against "March 2025"): no precision lost, the year is implied.
  const int grain_a = grain(p) == 2 && !p.month ? 2 : p.day ? 4 : p.month ? 3 : 0;
  const int grain_b = grain(q) == 2 && !q.month ? 2 : q.day ? 4 : q.month ? 3 : 0;
  if (grain_a != grain_b) return {"different precision"};
  return {};
}

// Whether two quantities cannot both hold; a quantity with no magnitude ("many") fits anything, and
// a missing bound is open ("at least 2,600" has no upper one).
bool disjoint(const Quantity& a, const Quantity& b) {
  if ((!a.low && !a.high) || (!b.low && !b.high)) return false;
  constexpr double kOpen = std::numeric_limits<double>::infinity();
  const double a_low = a.low.value_or(-kOpen), a_high = a.high.value_or(kOpen);
  const double b_low = b.low.value_or(-kOpen), b_high = b.high.value_or(kOpen);
  double largest = 1.0;
  for (const double bound : {a_low, a_high, b_low, b_high})
    if (std::isfinite(bound)) largest = std::max(largest, std::abs(bound));
  const double tolerance = 1e-6 * largest;
  return a_high + tolerance < b_low || b_high + tolerance < a_low;
}

bool equal_share(double a, double b) {
  return std::abs(a - b) <= kEqualShare * std::max({std::abs(a), std::abs(b), 1e-9});
}

RenderingDifference amounts_differ(const Quantity& a, const Quantity& b) {
  if (a.vague != b.vague) return {"vague vs precise", disjoint(a, b)};
  if (disjoint(a, b)) return {a.vague ? "different magnitudes" : "different values", true};
  if (a.vague) return {};
  if (a.bound != b.bound) return {"different bounds"};
  const bool range_a = a.upper && a.value && *a.upper != *a.value, range_b = b.upper && b.value && *b.upper != *b.value;
  if (range_a != range_b) return {"different precision"};
  if (a.precision != b.precision) return {"different units"};  // an everyday comparison against a unit
  if (a.bound == "exact" && a.low && b.low) {
    if (equal_share(*a.low, *b.low) && equal_share(a.high.value_or(*a.low), b.high.value_or(*b.low))) return {};
    return {"different values", false};
  }
  // Two approximations or bounds of one kind: the same figure, unless their own values differ
  // ("about 18 hours" against "about 16 hours").
  if (a.value && b.value && a.written_unit == b.written_unit && !equal_share(*a.value, *b.value))
    return {"different values", false};
  return {};
}

}  // namespace

bool measures_comparable(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty() || a == "number" || b == "number" || a == "ordinal" || b == "ordinal") return false;
  if (a == b) return true;
  auto pair = [&](std::string_view x, std::string_view y) { return (a == x && b == y) || (a == y && b == x); };
  return pair("duration", "elapsed") || pair("elapsed", "date") || pair("elapsed", "time") || pair("date", "time");
}

SlotMatch compare_slots(const FigureSlot& a, const FigureSlot& b, const WordRelation& words) {
  if (!measures_comparable(a.measure, b.measure)) return SlotMatch::different;
  if (!a.phase.empty() && !b.phase.empty() && a.phase != b.phase) return SlotMatch::different;
  if (!a.role.empty() && !b.role.empty() && a.role != b.role) return SlotMatch::different;
  if (a.mood != b.mood) return SlotMatch::different;  // what would have happened is no rendering of what did
  const double counted = relation(a.counted, b.counted, words);
  if (counted >= kRelatedWords) return SlotMatch::same;
  if (counted >= 0 && a.measure == b.measure && among(a.measure, kCountedDecides)) return SlotMatch::different;
  if (!a.role.empty() && a.role == b.role) return SlotMatch::same;
  if (relation(a.frame, b.frame, words) >= kRelatedWords) return SlotMatch::same;
  return SlotMatch::unknown;
}

RenderingDifference renderings_differ(const Quantity& a, const Quantity& b) {
  if (a.dimension == "date" || b.dimension == "date") return dates_differ(a, b);
  if (a.dimension != b.dimension) return {"different references", false, false};  // an offset against a duration
  return amounts_differ(a, b);
}

FigureEvidence figure_evidence(const Statement& a, const Statement& b, const WordRelation& words) {
  return figure_evidence(read_quantities(a), read_quantities(b), words);
}

FigureEvidence figure_evidence(const std::vector<Quantity>& left, const std::vector<Quantity>& right,
                               const WordRelation& words) {
  FigureEvidence evidence;
  std::vector<char> right_met(right.size(), 0);
  for (const Quantity& x : left) {
    // 3 one slot and values that hold together, 2 one slot and values that part, 1 different slots.
    int best = 0;
    for (std::size_t j = 0; j < right.size(); ++j) {
      const Quantity& y = right[j];
      if (!measures_comparable(x.slot.measure, y.slot.measure)) continue;
      right_met[j] = 1;
      const SlotMatch match = compare_slots(x.slot, y.slot, words);
      int verdict = 1;
      if (match == SlotMatch::same) {
        const RenderingDifference difference = renderings_differ(x, y);
        verdict = difference.conflict ? 2 : 3;
      }
      best = std::max(best, verdict);
    }
    if (best == 3) ++evidence.same_slot_close;
    else if (best == 2) ++evidence.same_slot_differ;
    else if (best == 1) ++evidence.different_slots;
    else ++evidence.unmatched;
  }
  evidence.unmatched += static_cast<int>(std::count(right_met.begin(), right_met.end(), 0));
  return evidence;
}

}  // namespace claimdiff::detail
