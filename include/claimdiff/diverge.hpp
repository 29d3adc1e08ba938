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
  // A member whose fit (Claim::member_fit: its mean pair probability with the other members) is
  // below this holds loosely to the claim: its figures are not set against the others' and its
  // wording gets no word-level edits, since comparing renderings of different propositions shows
  // differences that are not there. Fitted on the news-dev events with the claim pair model
  // (figure-divergence precision and recall, bench/claim_fit: 0.3 drops a true seed divergence).
  double firm_fit = 0.2;
  // Claims whose cohesion reaches this hold together and come first in the report, most divergent
  // first; looser claims follow in the same order (a divergence inside a mixed group is less sure).
  double coherent_cohesion = 0.4;
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
