// Figure divergences: the quantities of a claim's renderings (src/quantity.hpp) compared kind by
// kind, with the values as written side by side.
#include "diverge/diverge_figures.hpp"

#include "base/text_util.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <string_view>
#include <utility>

namespace claimdiff::detail {
namespace {

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

// Why two quantities of one kind from different statements disagree, or empty when they agree.
std::string disagreement(const Quantity& a, const Quantity& b) {
  if (a.vague != b.vague) return "vague vs precise";
  if (disjoint(a, b)) return a.vague ? "different magnitudes" : "different values";
  return {};
}

std::string detail_of(const Quantity& quantity) {
  if (quantity.vague) return "vague";
  if (!quantity.qualifier.empty()) return quantity.qualifier;
  if (quantity.low && quantity.high && *quantity.high != *quantity.low && quantity.dimension != "date")
    return "range";
  return "precise";
}

std::string quoted_list(const std::vector<DivergenceValue>& values) {
  std::string out;
  std::set<std::string> seen;
  for (const DivergenceValue& value : values) {
    if (!seen.insert(fold(value.text)).second) continue;
    if (!out.empty()) out += " vs ";
    out += "\"" + value.text + "\"";
  }
  return out;
}

DivergenceValue value_of(const Quantity& quantity) {
  DivergenceValue value;
  value.statement = quantity.statement;
  value.article = quantity.article;
  value.text = quantity.text;
  value.value = quantity.value ? quantity.value : quantity.low;
  value.detail = detail_of(quantity);
  return value;
}

// Dates disagree when two statements date the claim to years that share nothing: a statement with
// 1956 and 1968 agrees with one saying "the 1950s and '60s".
std::optional<Divergence> date_divergence(const std::vector<std::vector<const Quantity*>>& dates) {
  std::string reason;
  for (std::size_t i = 0; i < dates.size() && reason.empty(); ++i) {
    for (std::size_t j = i + 1; j < dates.size() && reason.empty(); ++j) {
      // One article dating two of its statements differently is not outlets disagreeing.
      if (dates[i].empty() || dates[j].empty() || dates[i].front()->article == dates[j].front()->article) continue;
      bool shared = false;
      for (const Quantity* a : dates[i])
        for (const Quantity* b : dates[j]) shared = shared || !disjoint(*a, *b);
      if (!shared) reason = "different years";
    }
  }
  if (reason.empty()) return std::nullopt;
  Divergence divergence;
  divergence.type = DivergenceType::figure;
  divergence.aspect = "date";
  for (const auto& statement_dates : dates)
    for (const Quantity* quantity : statement_dates) divergence.values.push_back(value_of(*quantity));
  divergence.summary = quoted_list(divergence.values) + " (different years)";
  return divergence;
}

}  // namespace

std::vector<Divergence> figure_divergences(const std::vector<std::vector<Quantity>>& by_statement) {
  std::vector<Divergence> divergences;
  // Kinds in first-seen order so the output follows the text.
  std::vector<std::pair<std::string, std::string>> kinds;
  for (const auto& quantities : by_statement)
    for (const Quantity& quantity : quantities) {
      const auto kind = std::make_pair(quantity.dimension, quantity.unit);
      if (quantity.dimension != "date" && std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
        kinds.push_back(kind);
    }

  for (const auto& [dimension, unit] : kinds) {
    std::vector<std::vector<const Quantity*>> group(by_statement.size());
    for (std::size_t s = 0; s < by_statement.size(); ++s)
      for (const Quantity& quantity : by_statement[s])
        if (quantity.dimension == dimension && quantity.unit == unit) group[s].push_back(&quantity);
    // Two statements disagree when none of their figures of this kind agrees: a poll story giving
    // "5%" and "65%" agrees with another giving "5%" on the one point they share.
    std::string reason;
    for (std::size_t i = 0; i < group.size() && reason.empty(); ++i) {
      for (std::size_t j = i + 1; j < group.size() && reason.empty(); ++j) {
        if (group[i].empty() || group[j].empty() || group[i].front()->article == group[j].front()->article) continue;
        std::string first;
        bool agree = false;
        for (const Quantity* a : group[i])
          for (const Quantity* b : group[j]) {
            const std::string why = disagreement(*a, *b);
            if (why.empty()) agree = true;
            else if (first.empty()) first = why;
          }
        if (!agree) reason = first;
      }
    }
    if (reason.empty()) continue;
    Divergence divergence;
    divergence.type = DivergenceType::figure;
    divergence.aspect = dimension;
    for (const auto& quantities : group)
      for (const Quantity* quantity : quantities) divergence.values.push_back(value_of(*quantity));
    const std::string what = dimension == "count" ? "count of " + unit : dimension;
    divergence.summary = quoted_list(divergence.values) + " (" + reason + ", " + what + ")";
    divergences.push_back(std::move(divergence));
  }

  std::vector<std::vector<const Quantity*>> dates(by_statement.size());
  for (std::size_t s = 0; s < by_statement.size(); ++s)
    for (const Quantity& quantity : by_statement[s])
      if (quantity.dimension == "date") dates[s].push_back(&quantity);
  if (auto divergence = date_divergence(dates)) divergences.push_back(std::move(*divergence));
  return divergences;
}

}  // namespace claimdiff::detail
