// The claim pair model's evidence beyond shared words: figure slots, the partner ranks that do not
// move with an event's overall wording, and features a run lacks (no word vectors) read at their mean.
#include "align/aligner_impl.hpp"
#include "align/claim_features.hpp"
#include "align/linear_model.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace claimdiff::detail;

namespace {

ClaimFeatures with(ClaimFeature which, double value, ClaimFeatures f = {}) {
  f[static_cast<std::size_t>(which)] = value;
  return f;
}

ScoredPair scored(std::uint32_t a, std::uint32_t b, double alignment) {
  return {a, b, with(ClaimFeature::sentence_cosine, 0.0, with(ClaimFeature::alignment, alignment))};
}

double mutual(const std::vector<ScoredPair>& pairs, std::uint32_t a, std::uint32_t b) {
  const ScoredPair* pair = find_pair(pairs, a, b);
  REQUIRE(pair != nullptr);
  return feature(pair->features, ClaimFeature::mutual_best);
}

}  // namespace

TEST_CASE("a feature the run lacks is read at its fitted mean", "[align][model]") {
  LinearModel model(kClaimFeatureCount);
  model.logistic = true;
  model.bias = -0.5;
  const auto cosine = static_cast<std::size_t>(ClaimFeature::sentence_cosine);
  model.mean[cosine] = 0.2;
  model.scale[cosine] = 0.3;
  model.weight[cosine] = 1.5;
  const ClaimFeatures at_mean = with(ClaimFeature::sentence_cosine, 0.2);
  const ClaimFeatures missing = with(ClaimFeature::sentence_cosine, std::numeric_limits<double>::quiet_NaN());
  const ClaimFeatures close = with(ClaimFeature::sentence_cosine, 0.8);
  CHECK(model.apply(missing) == Approx(model.apply(at_mean)));
  CHECK(model.apply(close) > model.apply(missing));
  CHECK_FALSE(std::isnan(model.apply(missing)));
}

TEST_CASE("figures in one slot and figures of one measure are separate evidence", "[align][figures]") {
  const Alignment alignment;
  const Profile empty;
  PairContext context;
  context.figures.same_slot_differ = 1;  // "about 18 hours" against "about 16 hours" after the collapse
  ClaimFeatures f = claim_features(alignment, empty, empty, context);
  CHECK(feature(f, ClaimFeature::slot_shared) == 1.0);
  CHECK(feature(f, ClaimFeature::figures_comparable) == 1.0);
  context.figures = {};
  context.figures.different_slots = 2;  // an 18-month ban against a 34-year-old player
  f = claim_features(alignment, empty, empty, context);
  CHECK(feature(f, ClaimFeature::slot_shared) == 0.0);
  CHECK(feature(f, ClaimFeature::figures_comparable) == 1.0);
  context.figures = {};
  context.figures.unmatched = 3;
  f = claim_features(alignment, empty, empty, context);
  CHECK(feature(f, ClaimFeature::figures_comparable) == 0.0);
  CHECK(std::isnan(feature(f, ClaimFeature::sentence_cosine)));  // no vectors in this run
}

TEST_CASE("each statement's closest partner in another article, chosen both ways, is marked", "[align][ranks]") {
  const WordNet wordnet("/usr/share/wordnet");
  CorpusProfiles corpus(wordnet);
  // Statements 0, 1 in article 0; 2, 3 in article 1; 4 in article 2.
  corpus.articles = {0, 0, 1, 1, 2};
  std::vector<ScoredPair> pairs = {
      scored(0, 2, 0.60),  // 0 and 2 prefer each other over their rivals
      scored(0, 3, 0.40),
      scored(1, 2, 0.30),
      scored(1, 3, 0.35),  // 3's best in article 0 is 0 (0.40), so 1-3 is one way only
      scored(1, 4, 0.20),  // 1-4: no rival on either side, nobody's choice
  };
  set_partner_ranks(pairs, corpus);
  CHECK(mutual(pairs, 0, 2) == 1.0);
  CHECK(mutual(pairs, 0, 3) == 0.0);
  CHECK(mutual(pairs, 1, 2) == 0.0);
  CHECK(mutual(pairs, 1, 3) == 0.0);
  CHECK(mutual(pairs, 1, 4) == 0.0);
}
