// Figure divergences: the quantities of a claim's renderings grouped into slots (what each
// measures) and compared slot by slot. Exposes FigureDivergenceOptions, figure_divergences and
// figure_weight, used by diverge.cpp.
#pragma once

#include "base/figure_slot.hpp"
#include "base/quantity.hpp"

#include <claimdiff/types.hpp>

#include <vector>

namespace claimdiff::detail {

struct FigureDivergenceOptions {
  // Affinity of two figures whose slots nothing joins or parts (SlotMatch::unknown), against 1 for
  // a slot their words share. Above merge_floor, so the renderings of one claim that say nothing
  // against it are compared: a claim's statements are already one proposition, and "misappropriated
  // over $10 billion" and "wiped out $8 billion" name one sum in other words.
  double unknown_affinity = 0.3;
  // The same for dates and clock times, below merge_floor: every claim's statements carry dates of
  // other events ("on Tuesday", "in 2022"), so two dates whose words do not join them meet only
  // when their values agree, at least in part ("March" and "March 11"), and never when they
  // conflict. Measured on news-dev with the statements of two gold claims merged into one: the
  // slot confusions were mostly dates.
  double unknown_date_affinity = 0.1;
  // Added to a pair's affinity when their values agree (half of it when they differ only in bound,
  // precision or unit): where a statement holds two figures of one measure ("asked for 40 to 50
  // years; his lawyers fought for six"), each is compared with the figure it renders.
  double agreement_bonus = 0.2;
  // Groups merge while their mean affinity is at least this.
  double merge_floor = 0.2;
  // Quantities of one claim compared at most (the first ones in text order); the grouping is
  // cubic in them, and a claim of 400 figures is a mixed-up claim, not one fact.
  std::size_t max_quantities = 400;
};

// Divergences between the quantities of a claim's statements (one vector per statement): per
// slot, every rendering listed when they differ in value, bound, precision or unit; never across
// slots, never between two figures of one article (its values are listed when another article differs).
std::vector<Divergence> figure_divergences(const std::vector<std::vector<Quantity>>& by_statement,
                                           const WordRelation& words = {},
                                           const FigureDivergenceOptions& options = {});

// How much a figure divergence moves its claim up the report: 1 for values that cannot all hold,
// less for vague against precise (0.7) and for bounds, precision or units alone (0.5).
double figure_weight(const Divergence& divergence);

}  // namespace claimdiff::detail
