// Quantities: the figures of a statement read as amounts of one kind (a count of people, a
// duration, a date, a percentage, an amount of money), so renderings can be compared kind by kind.
// Exposes Quantity and read_quantities, used by align (figure-led attachment) and diverge.
#pragma once

#include <claimdiff/types.hpp>

#include <optional>
#include <string>
#include <vector>

namespace claimdiff::detail {

// One figure of one statement, as the comparison sees it.
struct Quantity {
  std::string statement;    // Statement::id
  std::string article;      // Statement::article
  std::string text;         // as written, with its unit word when that follows ("12 days")
  std::string dimension;    // count, duration, date, percent, money, scale ("magnitude 6.1")
  std::string unit;         // reconciled: "people", "troops", "days", "%", a currency, a noun
  std::optional<double> low;   // normalised bounds (days for durations, years for dates); a vague
  std::optional<double> high;  // quantity with no magnitude ("many") has neither; a bound ("at
                               // least 2,600", "under 40") only one
  std::optional<double> value; // the figure's own value, as the JSON shows it
  bool vague = false;       // "many", "dozens of", "hundreds of thousands"
  std::string qualifier;    // "at least", "around", ...
  Span span;                // in the article
};

// The quantities a statement states: its extracted figures (ordinals dropped, units found in the
// words that follow) plus vague quantities of people or things the extractor left out ("many
// people"). Positions and ordering follow the text.
std::vector<Quantity> read_quantities(const Statement& statement);

}  // namespace claimdiff::detail
