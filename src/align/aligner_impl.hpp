// The aligner's working parts, in the order align() runs them: the profiles of one corpus, the
// features of its candidate pairs, the fitted pair model's probabilities, the clusters, the claims.
// Shared by align.cpp and the fitting harness (bench/claim_fit), which reruns the later steps per
// candidate model and threshold over the features computed once.
#pragma once

#include <claimdiff/align.hpp>
#include <claimdiff/corpus_model.hpp>

#include "align/claim_features.hpp"
#include "align/linear_model.hpp"
#include "align/linkage.hpp"
#include "align/similarity.hpp"
#include "align/word_vectors.hpp"
#include "align/wordnet.hpp"
#include "base/quantity.hpp"
#include "speakers/speaker_identity.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace claimdiff {
namespace detail {

// Who a statement is credited to, as the pair features compare it.
struct Attribution {
  SpeakerName speaker;  // the run's key for the speaker (SpeakerIdentity::key); empty for the outlet's own voice
  // A proper name ("Vladimir Putin"), not a generic source ("officials") or an outlet relaying the
  // claim ("according to Reuters").
  bool named = false;
};

// One corpus reduced to what the pair features read; built once per align or extend.
struct CorpusProfiles {
  explicit CorpusProfiles(const WordNet& wordnet) : vocabulary(wordnet) {}
  Vocabulary vocabulary;
  std::vector<Profile> profiles;
  CorpusModel model;  // the counts of the whole corpus the vocabulary's weights and partners come from
  std::vector<Attribution> attributions;
  std::vector<std::uint32_t> articles;  // a dense article number per statement
  std::vector<char> active;             // statements the options let take part
  std::vector<std::vector<Quantity>> quantities;  // each statement's figures with their slots
  std::vector<SentenceVector> sentences;          // SIF vectors of the contents; empty without word vectors

  std::size_t size() const { return profiles.size(); }
};

// A candidate pair (a < b) and its evidence.
struct ScoredPair {
  std::uint32_t a = 0;
  std::uint32_t b = 0;
  ClaimFeatures features{};
};

// Sets ClaimFeature::mutual_best on the pairs whose statements are each other's closest partner in
// the other's article (by alignment plus sentence cosine). An outlet renders a claim about once, so
// the statement of another article closest to a statement is its likeliest rendering there, however
// much wording the event's articles share overall: evidence that does not move with the event.
void set_partner_ranks(std::vector<ScoredPair>& pairs, const CorpusProfiles& corpus);

// The features of the pair (a, b), a < b, among `pairs` (sorted by a, then b), or nullptr.
const ScoredPair* find_pair(const std::vector<ScoredPair>& pairs, std::uint32_t a, std::uint32_t b);

// The pair model's probability for each scored pair, as edges for the clustering (pairs below
// options.pair_floor are left out: they count 0); a denial (AlignOptions::negation_veto) is -1.
std::vector<Edge> model_edges(const std::vector<ScoredPair>& pairs, const LinearModel& model, const AlignOptions& options);

}  // namespace detail

struct Aligner::Impl {
  AlignOptions options;
  detail::WordNet wordnet;
  detail::ScoreWeights weights;
  detail::LinearModel claim_model;
  std::vector<Diagnostic> diagnostics;         // from loading
  std::optional<detail::WordVectors> vectors;  // none when off, missing or unreadable

  explicit Impl(AlignOptions o);

  // The statements' word profiles over a vocabulary of their own: what a model counts and align reads.
  detail::CorpusProfiles word_profiles(const std::vector<Statement>& statements) const;
  // The corpus model's first pass (sizes, keys, capitalised words, speakers) over `corpus`'s profiles.
  CorpusModel first_pass(const std::vector<Statement>& statements, const detail::CorpusProfiles& corpus) const;
  // Both passes of the corpus model over `corpus`'s profiles, the statements being a whole corpus.
  CorpusModel model_of(const std::vector<Statement>& statements, detail::CorpusProfiles& corpus) const;
  // The profiles with everything the pair features read, the vocabulary weighted and partnered by
  // `model` (the statements' own, counted by model_of, when null).
  detail::CorpusProfiles profiles_of(const std::vector<Statement>& statements, const detail::SpeakerIdentity& speakers,
                                     const CorpusModel* model = nullptr) const;
  // The candidate pairs among the active statements and their features; with `fresh`, only
  // pairs with at least one statement `fresh` marks (extend: the old pairs are settled).
  std::vector<detail::ScoredPair> candidate_pairs(const detail::CorpusProfiles& corpus, const std::vector<char>* fresh = nullptr) const;
  // What a pair's statements share beyond their words: speakers, article, figures, sentence vectors.
  detail::PairContext pair_context(const detail::CorpusProfiles& corpus, std::uint32_t a, std::uint32_t b) const;
  // The features of any one pair (cohesion, extend), candidate or not.
  detail::ClaimFeatures pair_features(const detail::CorpusProfiles& corpus, std::uint32_t a, std::uint32_t b) const;
  // The claims from the scored pairs under `model` and `threshold` (align's and extend's last step;
  // the harness reruns it per candidate model): the clusters (`settled` groups kept), then members,
  // articles, the representative (the member most probably in one claim with the others), cohesion
  // and summary, in the order of each claim's first member.
  std::vector<Claim> cluster(const std::vector<Statement>& statements, const detail::CorpusProfiles& corpus,
                             const std::vector<detail::ScoredPair>& pairs, const detail::LinearModel& model, double threshold,
                             const std::vector<std::vector<std::uint32_t>>& settled = {}) const;
  std::vector<Claim> claims_of(const std::vector<Statement>& statements, const detail::CorpusProfiles& corpus,
                               const std::vector<detail::ScoredPair>& pairs,
                               const std::vector<std::vector<std::uint32_t>>& clusters, const detail::LinearModel& model) const;
};

namespace detail {
// The harness's way in (bench/claim_fit): the aligner's parts without a second public API.
struct AlignerAccess {
  static const Aligner::Impl& impl(const Aligner& aligner) { return *aligner.impl_; }
};
}  // namespace detail

}  // namespace claimdiff
