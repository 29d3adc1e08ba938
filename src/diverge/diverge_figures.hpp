// Figure divergences: the quantities of a claim's renderings compared kind by kind.
// Exposes figure_divergences, used by diverge.cpp.
#pragma once

#include "base/quantity.hpp"

#include <claimdiff/types.hpp>

#include <optional>
#include <string>
#include <vector>

namespace claimdiff::detail {

// Divergences between the quantities of statements from different articles in one claim: precise
// values that differ once units are reconciled, a vague quantity against a precise one, dates that
// share no year.
std::vector<Divergence> figure_divergences(const std::vector<std::vector<Quantity>>& by_statement);

}  // namespace claimdiff::detail
