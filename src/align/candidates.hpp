// The candidate pairs of statements worth scoring, past all-pairs comparison: an inverted index over
// the strong word features (lemmas, synsets) with prefix filtering. Exposes for_each_candidate.
// Invariant: up to CandidateOptions::max_posting statements every pair whose strong-link share can
// reach `floor` is visited (the claims equal exact all-pairs scoring); beyond it the join is
// approximate (a signature join, measured by bench/align_bench).
#pragma once

#include "align/similarity.hpp"

#include <cstdint>
#include <functional>
#include <vector>

namespace claimdiff::detail {

struct CandidateOptions {
  // Strong-link share (same lemma, synonym) a pair must be able to reach to be visited.
  double floor = 0.05;
  // Lexical alignment score a pair must be able to reach (an upper bound checked before visiting);
  // 0 turns the bound off.
  double edge_floor = 0.0;
  // Whether the visited pairs' score is the pooled share of aligned weight (the second bound holds
  // only then).
  bool pooled_score = true;
  std::uint32_t max_posting = 5000;  // see AlignOptions::max_posting
  unsigned threads = 2;
  bool exact = false;                // every active pair, no index
};

// Called once per candidate pair (a < b) from worker `thread` in [0, threads).
using PairVisitor = std::function<void(std::uint32_t a, std::uint32_t b, unsigned thread)>;

// Visits the candidate pairs among the active statements. Returns the number of threads used (the
// visitor's `thread` stays below it).
unsigned for_each_candidate(const std::vector<Profile>& profiles, const std::vector<char>& active,
                            const Vocabulary& vocabulary, const CandidateOptions& options, const PairVisitor& visit);

}  // namespace claimdiff::detail
