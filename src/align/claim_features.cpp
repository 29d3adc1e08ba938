// The claim pair features (see claim_features.hpp). Each is a plain reading of the pair, bounded to
// [0, 1], so the fitted weights stay comparable and a regularised fit on few events holds.
#include "align/claim_features.hpp"

#include <algorithm>
#include <limits>

namespace claimdiff::detail {

const std::array<std::string_view, kClaimFeatureCount>& claim_feature_names() {
  static constexpr std::array<std::string_view, kClaimFeatureCount> kNames = {
      "alignment",     "strong",          "coverage_min",  "coverage_max",      "quote_shared",
      "same_speaker",  "other_named",     "other_source",  "one_side_attributed", "same_article",
      "years_differ",  "amounts_differ",  "figures_agree", "negation_conflict", "names_unaligned",
      "short_side",    "slot_shared",     "figures_comparable", "sentence_cosine", "mutual_best",
  };
  return kNames;
}

ClaimFeatures claim_features(const Alignment& alignment, const Profile& a, const Profile& b, const PairContext& context) {
  ClaimFeatures f{};
  auto set = [&f](ClaimFeature which, double value) { f[static_cast<std::size_t>(which)] = value; };
  auto flag = [&set](ClaimFeature which, bool on) { set(which, on ? 1.0 : 0.0); };
  set(ClaimFeature::alignment, alignment.score);
  set(ClaimFeature::strong, alignment.strong);
  set(ClaimFeature::coverage_min, std::min(alignment.coverage_a, alignment.coverage_b));
  set(ClaimFeature::coverage_max, std::max(alignment.coverage_a, alignment.coverage_b));
  flag(ClaimFeature::quote_shared, share_quote(a, b));
  flag(ClaimFeature::same_speaker, context.speakers == SpeakerRelation::same);
  flag(ClaimFeature::other_named, context.speakers == SpeakerRelation::other_named);
  flag(ClaimFeature::other_source, context.speakers == SpeakerRelation::other_source);
  flag(ClaimFeature::one_side_attributed, context.speakers == SpeakerRelation::one_side);
  flag(ClaimFeature::same_article, context.same_article);
  const bool years_differ = !a.years.empty() && !b.years.empty() && !any_figure_matches(a.years, b.years);
  const bool amounts_differ = !a.amounts.empty() && !b.amounts.empty() && !any_figure_matches(a.amounts, b.amounts);
  flag(ClaimFeature::years_differ, years_differ);
  flag(ClaimFeature::amounts_differ, amounts_differ);
  std::vector<double> figures_a = a.years;
  figures_a.insert(figures_a.end(), a.amounts.begin(), a.amounts.end());
  std::vector<double> figures_b = b.years;
  figures_b.insert(figures_b.end(), b.amounts.begin(), b.amounts.end());
  flag(ClaimFeature::figures_agree, !figures_a.empty() && !figures_b.empty() && every_figure_matches(figures_a, figures_b) &&
                                        every_figure_matches(figures_b, figures_a));
  flag(ClaimFeature::negation_conflict, alignment.negation_conflict);
  set(ClaimFeature::names_unaligned, std::min(4.0, static_cast<double>(alignment.names_unaligned)) / 4.0);
  const std::size_t shorter = std::min(a.words.size(), b.words.size());
  set(ClaimFeature::short_side, shorter == 0 ? 1.0 : 1.0 / static_cast<double>(shorter));
  const FigureEvidence& figures = context.figures;
  const bool shared = figures.same_slot_close + figures.same_slot_differ > 0;
  flag(ClaimFeature::slot_shared, shared);
  flag(ClaimFeature::figures_comparable, shared || figures.different_slots > 0);
  set(ClaimFeature::sentence_cosine, context.sentence_cosine.value_or(std::numeric_limits<double>::quiet_NaN()));
  return f;
}

}  // namespace claimdiff::detail
