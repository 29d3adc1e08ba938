// Figures of a stretch of text: numbers, years, dates, decades, ordinals, spelled-out numbers, ranges,
// percentages, money and vague quantities ("thousands"), each with its qualifier ("at least") and unit.
// Exposes find_figures over the extract stage's token stream.
#pragma once

#include "base/lexicon.hpp"

#include <claimdiff/types.hpp>

#include <string_view>
#include <vector>

namespace claimdiff::detail {

// Figures among tokens[begin, end) of `text`, in text order, not overlapping. Values are finite.
std::vector<Figure> find_figures(std::string_view text, const std::vector<Tok>& tokens, std::size_t begin,
                                 std::size_t end);

}  // namespace claimdiff::detail
