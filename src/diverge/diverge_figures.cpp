// Figure divergences: a claim's quantities (base/quantity.hpp) grouped into slots by average
// linkage over their slot affinities (base/figure_slot.hpp), then each slot's renderings compared,
// with the values as written side by side. Deterministic: items, groups and values follow the
// statements' order and the text.
#include "diverge/diverge_figures.hpp"

#include "base/text_util.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <utility>

namespace claimdiff::detail {
namespace {

// One quantity of one statement of the claim.
struct Item {
  std::size_t statement = 0;  // index into by_statement
  const Quantity* quantity = nullptr;
};

// Average-linkage grouping of items into slots: pairs of one statement, or of slots that differ,
// can never share a group (complete veto); the rest merge while their mean affinity holds.
class SlotGrouping {
 public:
  SlotGrouping(const std::vector<Item>& items, const WordRelation& words, const FigureDivergenceOptions& options)
      : n_(items.size()), sum_(n_ * n_, 0.0), veto_(n_ * n_, 0), members_(n_), alive_(n_, 1) {
    for (std::size_t i = 0; i < n_; ++i) {
      members_[i] = {i};
      for (std::size_t j = i + 1; j < n_; ++j) {
        const double affinity = pair_affinity(items[i], items[j], words, options);
        set(i, j, affinity, affinity < 0);
      }
    }
    merge_while(options.merge_floor);
  }

  // The groups, each in item order, ordered by their first item.
  std::vector<std::vector<std::size_t>> groups() const {
    std::vector<std::vector<std::size_t>> out;
    for (std::size_t g = 0; g < n_; ++g)
      if (alive_[g]) out.push_back(members_[g]);
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  // < 0: never in one slot.
  static double pair_affinity(const Item& a, const Item& b, const WordRelation& words,
                              const FigureDivergenceOptions& options) {
    if (a.statement == b.statement) return -1;
    const SlotMatch match = compare_slots(a.quantity->slot, b.quantity->slot, words);
    if (match == SlotMatch::different) return -1;
    const RenderingDifference difference = renderings_differ(*a.quantity, *b.quantity);
    const double agreement = difference.reason.empty()                       ? options.agreement_bonus
                             : !difference.conflict && difference.comparable ? options.agreement_bonus / 2
                                                                             : 0.0;
    const bool dates = a.quantity->dimension == "date" || b.quantity->dimension == "date";
    if (dates && match == SlotMatch::unknown && (difference.conflict || !difference.comparable)) return -1;
    const double unknown = dates ? options.unknown_date_affinity : options.unknown_affinity;
    return (match == SlotMatch::same ? 1.0 : unknown) + agreement;
  }

  void set(std::size_t g, std::size_t h, double sum, bool veto) {
    sum_[g * n_ + h] = sum_[h * n_ + g] = sum;
    veto_[g * n_ + h] = veto_[h * n_ + g] = veto ? 1 : 0;
  }

  void merge_while(double floor) {
    while (true) {
      double best = floor;
      std::size_t best_g = n_, best_h = n_;
      for (std::size_t g = 0; g < n_; ++g) {
        if (!alive_[g]) continue;
        for (std::size_t h = g + 1; h < n_; ++h) {
          if (!alive_[h] || veto_[g * n_ + h]) continue;
          const double mean = sum_[g * n_ + h] / static_cast<double>(members_[g].size() * members_[h].size());
          if (mean >= best && (best_g == n_ || mean > best)) {
            best = mean;
            best_g = g;
            best_h = h;
          }
        }
      }
      if (best_g == n_) return;
      for (std::size_t k = 0; k < n_; ++k) {
        if (!alive_[k] || k == best_g || k == best_h) continue;
        set(best_g, k, sum_[best_g * n_ + k] + sum_[best_h * n_ + k], veto_[best_g * n_ + k] || veto_[best_h * n_ + k]);
      }
      members_[best_g].insert(members_[best_g].end(), members_[best_h].begin(), members_[best_h].end());
      std::sort(members_[best_g].begin(), members_[best_g].end());
      alive_[best_h] = 0;
    }
  }

  std::size_t n_;
  std::vector<double> sum_;   // group x group: summed pair affinities
  std::vector<char> veto_;    // group x group: some pair can never share a slot
  std::vector<std::vector<std::size_t>> members_;
  std::vector<char> alive_;
};

std::string detail_of(const Quantity& quantity) {
  if (quantity.vague) return "vague";
  if (!quantity.qualifier.empty()) return quantity.qualifier;
  if (quantity.dimension == "date" && !quantity.precision.empty()) return quantity.precision;
  if (quantity.upper && quantity.value && *quantity.upper != *quantity.value) return "range";
  if (quantity.precision == "comparison") return "comparison";
  return "precise";
}

DivergenceValue value_of(const Quantity& quantity) {
  DivergenceValue value;
  value.statement = quantity.statement;
  value.article = quantity.article;
  value.text = quantity.text;
  value.value = quantity.value ? quantity.value : quantity.low;
  value.detail = detail_of(quantity);
  value.upper = quantity.upper;
  value.unit = quantity.written_unit;
  value.qualifier = quantity.qualifier;
  return value;
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

// The most frequent non-empty value of one slot field over a group (the first among equals).
std::string most_common(const std::vector<const Quantity*>& quantities, std::string FigureSlot::*field) {
  std::map<std::string, std::size_t> counts;
  std::string best;
  std::size_t best_count = 0;
  for (const Quantity* q : quantities) {
    const std::string& value = q->slot.*field;
    if (value.empty()) continue;
    const std::size_t count = ++counts[value];
    if (count > best_count) {
      best = value;
      best_count = count;
    }
  }
  return best;
}

FigureSlot slot_of_group(const std::vector<const Quantity*>& quantities) {
  FigureSlot slot;
  for (std::string FigureSlot::*field : {&FigureSlot::measure, &FigureSlot::counted, &FigureSlot::frame,
                                         &FigureSlot::role, &FigureSlot::phase, &FigureSlot::mood})
    slot.*field = most_common(quantities, field);
  return slot;
}

// "count of people", "duration of ban, reduced", "money, forfeit": what the slot is, for the summary.
std::string slot_words(const std::string& dimension, const std::string& unit, const FigureSlot& slot) {
  std::string what = dimension == "count" ? "count of " + unit : dimension;
  if (!slot.counted.empty() && dimension != "count") what += " of " + slot.counted;
  if (!slot.frame.empty()) what += ", " + slot.frame;
  return what;
}

// The divergence of one slot's renderings, when two of different statements differ.
std::optional<Divergence> slot_divergence(const std::vector<Item>& items, const std::vector<std::size_t>& group,
                                          const WordRelation& words) {
  std::string reason;
  bool conflict = false;
  for (std::size_t x = 0; x < group.size(); ++x)
    for (std::size_t y = x + 1; y < group.size(); ++y) {
      const Item& a = items[group[x]];
      const Item& b = items[group[y]];
      // An article's own statements may share a slot, but an outlet that words one figure two ways
      // is no dispute between outlets: a divergence needs two articles that differ.
      if (a.statement == b.statement || a.quantity->article == b.quantity->article) continue;
      const RenderingDifference difference = renderings_differ(*a.quantity, *b.quantity);
      if (difference.reason.empty() || !difference.comparable) continue;
      // Two dates share a group without words that join them only when they agree in part: "1968"
      // and "5 January 1968" of two statements may date two events of that year, so a grain
      // alone is no divergence until a frame, noun or role says they date one thing.
      const bool dates = a.quantity->dimension == "date" || b.quantity->dimension == "date";
      if (dates && compare_slots(a.quantity->slot, b.quantity->slot, words) != SlotMatch::same) continue;
      if (reason.empty() || (difference.conflict && !conflict)) reason = difference.reason;
      conflict = conflict || difference.conflict;
    }
  if (reason.empty()) return std::nullopt;
  std::vector<const Quantity*> quantities;
  for (std::size_t index : group) quantities.push_back(items[index].quantity);
  Divergence divergence;
  divergence.type = DivergenceType::figure;
  divergence.aspect = quantities.front()->dimension;
  divergence.verdict = conflict ? "conflict" : "compatible";
  divergence.slot = slot_of_group(quantities);
  for (const Quantity* quantity : quantities) divergence.values.push_back(value_of(*quantity));
  divergence.summary = quoted_list(divergence.values) + " (" + reason + ", " +
                       slot_words(quantities.front()->dimension, quantities.front()->unit, divergence.slot) + ")";
  return divergence;
}

}  // namespace

std::vector<Divergence> figure_divergences(const std::vector<std::vector<Quantity>>& by_statement,
                                           const WordRelation& words, const FigureDivergenceOptions& options) {
  std::vector<Item> items;
  for (std::size_t s = 0; s < by_statement.size(); ++s)
    for (const Quantity& quantity : by_statement[s])
      if (items.size() < options.max_quantities) items.push_back({s, &quantity});
  std::vector<Divergence> divergences;
  for (const std::vector<std::size_t>& group : SlotGrouping(items, words, options).groups())
    if (auto divergence = slot_divergence(items, group, words)) divergences.push_back(std::move(*divergence));
  return divergences;
}

double figure_weight(const Divergence& divergence) {
  // How the weights were chosen: a vague figure against a precise one kept its earlier 0.7; a
  // difference of bound or precision alone is a rendering choice more than a dispute, half a conflict.
  constexpr double kVagueWeight = 0.7;
  constexpr double kCompatibleWeight = 0.5;
  if (divergence.verdict == "compatible") return kCompatibleWeight;
  const bool vague = std::any_of(divergence.values.begin(), divergence.values.end(),
                                 [](const DivergenceValue& v) { return v.detail == "vague"; });
  return vague ? kVagueWeight : 1.0;
}

}  // namespace claimdiff::detail
