// Figures of a stretch of text: numbers, years, dates, times, decades, ordinals, spelled-out numbers,
// ranges, percentages, money, measures in units, and vague quantities ("thousands"), each with its
// qualifier and bound, unit, precision and slot (what it measures, docs/figures.md).
// Exposes find_figures over the extract stage's token stream, and FigureContext.
#pragma once

#include "base/lexicon.hpp"
#include "extract/figure_lexicon.hpp"

#include <claimdiff/types.hpp>

#include <string_view>
#include <vector>

namespace claimdiff::detail {

// What the finder knows beyond the tokens.
struct FigureContext {
  const FigureLexicon* lexicon = nullptr;  // units and slot words; none: time units and money only
  int reference_year = 0;                  // the article's year, for "next year"; 0: unknown
};

// Figures among tokens[begin, end) of `text`, in text order, not overlapping. Values are finite.
std::vector<Figure> find_figures(std::string_view text, const std::vector<Tok>& tokens, std::size_t begin,
                                 std::size_t end, const FigureContext& context = {});

// The year an article's date gives ("2024-10-04", "October 4, 2024"): its first four-digit year
// between 1900 and 2099, or 0.
int reference_year_of(std::string_view date);

}  // namespace claimdiff::detail
