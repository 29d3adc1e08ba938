// Clustering of scored statement pairs into claims: connected components over the pairs that can
// merge at all, then average linkage inside each. Exposes Edge and cluster_edges.
#pragma once

#include <cstdint>
#include <vector>

namespace claimdiff::detail {

// A scored pair of statements (a < b): the evidence that they render one claim. A negative score is
// a veto (it pulls the average of any group holding both down).
struct Edge {
  std::uint32_t a = 0;
  std::uint32_t b = 0;
  double score = 0.0;
};

// Groups of statement indexes in [0, n): two groups merge while the mean score over all their
// member pairs is at least `threshold`, a pair missing from `edges` counting 0. Average linkage
// needs most member pairs to agree, so one bridging pair cannot chain two claims. Each group is
// sorted; groups come in the order of their first member. Deterministic for a given edge list.
// `settled` groups (disjoint) start merged and never merge with each other: the claims an earlier
// run made, which new statements may join.
std::vector<std::vector<std::uint32_t>> cluster_edges(std::uint32_t n, const std::vector<Edge>& edges, double threshold,
                                                      const std::vector<std::vector<std::uint32_t>>& settled = {});

}  // namespace claimdiff::detail
