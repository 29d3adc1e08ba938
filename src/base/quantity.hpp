// Quantities: the figures of a statement read as amounts of one kind (a count of people, a
// duration, a date, a percentage, an amount of money), so renderings can be compared kind by kind.
// Exposes Quantity and read_quantities, used by align (figure-led attachment) and diverge.
#pragma once

#include <claimdiff/types.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff::detail {

// One figure of one statement, as the comparison sees it.
struct Quantity {
  std::string statement;    // Statement::id
  std::string article;      // Statement::article
  std::string text;         // as written, with its unit word when that follows ("12 days")
  std::string dimension;    // count, duration, date (dates and clock times), percent, money, scale
                            // ("magnitude 6.1"), age, length, area, mass, volume, speed, temperature
  std::string unit;         // reconciled: "people", "troops", "days", "%", a currency, a base unit
                            // ("m"), a noun
  std::optional<double> low;   // normalised bounds (days for durations, years for dates, base units
  std::optional<double> high;  // for measures); a vague quantity with no magnitude ("many") has
                               // neither; a bound ("at least 2,600", "under 40") only one
  std::optional<double> value; // the figure's own value, as the JSON shows it
  std::optional<double> upper; // the figure's own upper value of a range
  bool vague = false;       // "many", "dozens of", "hundreds of thousands"
  std::string qualifier;    // "at least", "around", ...
  std::string bound;        // exact, approximate, at_least, at_most, nearly, vague (bound_of)
  std::string precision;    // a date's or time's grain (Figure::precision); "comparison" for an
                            // everyday unit
  std::string timex;        // dates and times: ISO 8601 / TIMEX3 value (Figure::timex)
  std::string written_unit; // the unit as the figure gives it ("feet", "football fields", "USD")
  FigureSlot slot;          // what it measures; for figures without one (built by hand, or read from
                            // JSON written before slots), derived from the dimension and unit
  Span span;                // in the article
};

// Days in one time unit ("hours" -> 1/24, "year" -> 365.2425), singular or plural; none for other
// words. The one table of time units (figures and quantities both read it).
std::optional<double> days_per(std::string_view folded_unit);

// What a qualifier makes of a value: "exact" (none, or emphasis: "just", "only"), "approximate"
// ("about", "some"), "at_least" ("more than"), "at_most" ("up to"), "nearly" ("almost").
std::string bound_of(std::string_view qualifier);

// The quantities a statement states: its extracted figures (ordinals dropped, units found in the
// words that follow) plus vague quantities of people or things the extractor left out ("many
// people"). Positions and ordering follow the text.
std::vector<Quantity> read_quantities(const Statement& statement);

}  // namespace claimdiff::detail
