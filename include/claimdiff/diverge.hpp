// Stage 5a, diverge: per claim, where the renderings differ in wording, figures, framing and
// attribution, and which articles omit it. Pure functions over the aligned claims.
#pragma once

#include <claimdiff/types.hpp>

#include <vector>

namespace claimdiff {
namespace detail {
class SpeakerIdentity;  // src/speakers/speaker_identity.hpp
}

struct DivergeOptions {
  bool wording = true;      // word-level edits of each rendering against the reference
  bool figures = true;      // normalised figures that disagree
  bool framing = true;      // cue classes, evaluative words, hedges
  bool attribution = true;  // speaker renderings and upstream sources
};

// Fills each claim's divergences, omitted_by and divergence_score, and orders the claims from the
// most to the least divergent (ids are renumbered in that order).
void diverge(std::vector<Claim>& claims, const std::vector<Statement>& statements,
             const std::vector<ArticleReport>& articles, const DivergeOptions& options = {});
// The same with who-is-who across the run built by the caller from `statements` (see Aligner::align).
void diverge(std::vector<Claim>& claims, const std::vector<Statement>& statements,
             const std::vector<ArticleReport>& articles, const DivergeOptions& options,
             const detail::SpeakerIdentity& speakers);

// The word-level edit script turning `reference` into `rendering`.
std::vector<WordEdit> word_edits(std::string_view reference, std::string_view rendering);

}  // namespace claimdiff
