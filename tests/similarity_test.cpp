// Tests the pair features and the fitted paraphrase models (data/models/) of src/similarity.hpp on
// news-like English sentences (none from the seed articles).
#include "align/similarity.hpp"
#include "align/wordnet.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

using namespace claimdiff::detail;

namespace {

const WordNet& wordnet() {
  static const WordNet instance("/usr/share/wordnet");
  return instance;
}

double feature(const PairFeatures& f, std::string_view name) {
  const auto& names = pair_feature_names();
  const auto it = std::find(names.begin(), names.end(), name);
  REQUIRE(it != names.end());
  return f[static_cast<std::size_t>(it - names.begin())];
}

PairFeatures features(std::string_view a, std::string_view b) { return pair_features(a, b, wordnet(), ScoreWeights{}); }

LinearModel committed_model(const std::string& file) {
  std::ifstream in(std::string(CLAIMDIFF_SOURCE_DIR) + "/data/models/" + file);
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  LinearModel model;
  std::string error;
  REQUIRE(parse_model(text.str(), pair_feature_names(), model, error));
  return model;
}

}  // namespace

TEST_CASE("pair features see a paraphrase with the same figure") {
  const auto f = features("Shares of the airline rose 5 percent on Monday after the merger was announced.",
                          "The airline's stock climbed 5 percent Monday once the merger was announced.");
  CHECK(feature(f, "coverage_min") > 0.6);
  CHECK(feature(f, "figures_agree") == 1.0);
  CHECK(feature(f, "figures_differ") == 0.0);
  CHECK(feature(f, "negation_differs") == 0.0);
}

TEST_CASE("pair features flag disagreeing figures and a one-sided negation") {
  const auto figures = features("The storm killed 12 people in the province.", "The storm killed 40 people in the province.");
  CHECK(feature(figures, "figures_differ") == 1.0);
  const auto negation = features("The governor did not sign the budget bill.", "The governor signed the budget bill.");
  CHECK(feature(negation, "negation_differs") == 1.0);
  CHECK(feature(negation, "negation_conflict") == 1.0);
}

TEST_CASE("the alignment's per-side coverage pools to its score") {
  Vocabulary vocabulary(wordnet());
  Rendering ra;
  ra.content = "Police arrested two men suspected of robbing the bank on Friday.";
  Rendering rb;
  rb.content = "Two suspects were detained by police over the bank robbery.";
  const Profile pa = make_profile(ra, vocabulary);
  const Profile pb = make_profile(rb, vocabulary);
  vocabulary.use_background_weights();
  const Alignment al = align_words(pa, pb, vocabulary, ScoreWeights{});
  REQUIRE(al.total_a > 0.0);
  const double pooled = (al.coverage_a * al.total_a + al.coverage_b * al.total_b) / (al.total_a + al.total_b);
  CHECK(pooled == Approx(al.score));
  CHECK(al.coverage_b > al.coverage_a);  // the second leaves out "Friday" and "suspected"
  CHECK(al.plain_a <= 1.0);
}

TEST_CASE("a model file survives formatting and parsing") {
  LinearModel model(kPairFeatureCount);
  model.logistic = true;
  model.threshold = 0.47;
  model.bias = -0.25;
  for (std::size_t i = 0; i < kPairFeatureCount; ++i) {
    model.mean[i] = 0.1 * static_cast<double>(i);
    model.scale[i] = 1.0 + static_cast<double>(i);
    model.weight[i] = i % 2 == 0 ? 0.5 : -0.5;
  }
  LinearModel back;
  std::string error;
  REQUIRE(parse_model(format_model(model, pair_feature_names(), "# a test model\n"), pair_feature_names(), back, error));
  CHECK(back.logistic);
  CHECK(back.threshold == Approx(0.47));
  const auto f = features("Prices rose.", "Prices fell.");
  CHECK(back.apply(f) == Approx(model.apply(f)));
  CHECK_FALSE(parse_model("kind logistic\nfeature no_such_feature 0 1 1\n", pair_feature_names(), back, error));
  CHECK_FALSE(parse_model("kind logistic\nbias 0\n", pair_feature_names(), back, error));  // features missing
}

TEST_CASE("the committed MSRP model separates a paraphrase from a different claim") {
  const LinearModel msrp = committed_model("msrp_logistic.txt");
  REQUIRE(msrp.logistic);
  const double same = msrp.apply(features("The storm forced schools across the region to close on Tuesday.",
                                          "Schools throughout the region were closed on Tuesday because of the storm."));
  const double other = msrp.apply(features("The storm forced schools across the region to close on Tuesday.",
                                           "The central bank raised interest rates by half a point on Tuesday."));
  CHECK(same >= msrp.threshold);
  CHECK(other < msrp.threshold);
}

TEST_CASE("the committed STS-B model ranks closer renderings higher") {
  const LinearModel sts = committed_model("stsb_ridge.txt");
  REQUIRE_FALSE(sts.logistic);
  const std::string base = "A man is riding a bicycle down a busy street.";
  const double close = sts.apply(features(base, "A man rides his bike along a crowded street."));
  const double partial = sts.apply(features(base, "A man is walking down a busy street."));
  const double far = sts.apply(features(base, "Two women are cooking dinner in a kitchen."));
  CHECK(close > partial);
  CHECK(partial > far);
  CHECK(far < 1.5);
  CHECK(close > 3.0);
}

TEST_CASE("link features see swapped roles and an unaligned verb") {
  const auto swapped = features("The Lakers defeated the Celtics in Boston on Sunday night.",
                                "The Celtics defeated the Lakers in Boston on Sunday night.");
  const auto same = features("The Lakers defeated the Celtics in Boston on Sunday night.",
                             "On Sunday night in Boston, the Lakers defeated the Celtics.");
  CHECK(feature(swapped, "coverage_min") > 0.95);  // every word aligns ...
  CHECK(feature(swapped, "order_agreement") < 1.0);  // ... but not in the same order
  const auto verb = features("Officials evacuated the village before the flood.", "Officials visited the village before the flood.");
  CHECK(feature(verb, "verb_coverage") < feature(verb, "noun_coverage"));
  CHECK(feature(same, "link_strength") == Approx(1.0));
}
