// The evidence that two statements of one corpus render one claim, as the named features the claim
// pair model (data/models/claim_pairs.txt) weighs: word alignment, shared quotes, how the speakers
// relate, figures, negation, and whether both come from one article. Exposes ClaimFeatures,
// claim_feature_names and claim_features.
#pragma once

#include "align/similarity.hpp"
#include "base/figure_slot.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace claimdiff::detail {

// How the speakers of two statements relate. Renderings of one proposition are often credited to
// different people or sources (the agency, its spokesperson, the official it quotes); the pair model
// weighs that against the words, instead of a fixed veto.
enum class SpeakerRelation : std::uint8_t {
  unattributed,  // both are the outlets' own voice
  one_side,      // one is attributed, the other the outlet's own voice
  same,          // one speaker, however each outlet names them
  other_named,   // different speakers, at least one a named person
  other_source,  // different generic sources or relayed outlets ("officials", "according to Reuters")
};

// The pair's context outside its words.
struct PairContext {
  SpeakerRelation speakers = SpeakerRelation::unattributed;
  bool same_article = false;
  FigureEvidence figures;  // what the figures' slots say (figure_slot.hpp)
  // Cosine of the two statements' SIF sentence vectors; nullopt when the run has no word vectors,
  // and the model then reads the feature at its fitted mean (it neither lifts nor lowers).
  std::optional<double> sentence_cosine;
};

enum class ClaimFeature : std::size_t {
  alignment,          // IDF-weighted share of aligned content words (corpus IDF), in [0, 1]
  strong,             // the same share counting only same-lemma and synonym links
  coverage_min,       // the less covered side's aligned share: one side adding a clause lowers it
  coverage_max,
  quote_shared,       // a quoted fragment of three words in a row (or an equal two-word quote) on both
  same_speaker,       // SpeakerRelation::same
  other_named,        // SpeakerRelation::other_named
  other_source,       // SpeakerRelation::other_source
  one_side_attributed,  // SpeakerRelation::one_side
  same_article,       // both from one article: an outlet rarely states one claim twice
  years_differ,       // both name years and none agree
  amounts_differ,     // both give other figures and none agree
  figures_agree,      // both give figures and every one has a match on the other side
  negation_conflict,  // a firmly aligned word negated on one side only: a denial is another claim
  names_unaligned,    // names (capitalised words) left unaligned, capped at 4, over 4
  short_side,         // 1 / content words of the shorter side: short statements align by chance
  slot_shared,        // a figure of each side fills one slot (FigureEvidence): one measured thing
  figures_comparable, // both give figures of a comparable measure, in one slot or not
  sentence_cosine,    // SIF sentence-vector cosine (GloVe): paraphrase beyond shared lemmas
  mutual_best,        // each is the other's best partner in the other's article (set_partner_ranks)
  count
};

inline constexpr std::size_t kClaimFeatureCount = static_cast<std::size_t>(ClaimFeature::count);
using ClaimFeatures = std::array<double, kClaimFeatureCount>;

const std::array<std::string_view, kClaimFeatureCount>& claim_feature_names();

// The features of one pair from its word alignment, its profiles and its context.
ClaimFeatures claim_features(const Alignment& alignment, const Profile& a, const Profile& b, const PairContext& context);

inline double feature(const ClaimFeatures& f, ClaimFeature which) { return f[static_cast<std::size_t>(which)]; }

}  // namespace claimdiff::detail
