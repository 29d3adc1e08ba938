// Stage 4, align: groups the statements that render the same claim across outlets into Claims.
// Exposes Aligner (owns WordNet and the similarity model) and its pairwise similarity.
#pragma once

#include <claimdiff/types.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff {

struct AlignOptions {
  double threshold = 0.5;          // similarity at or above which two statements are one claim
  bool unattributed = true;        // align the outlets' own claims too
  bool exact = false;              // score all pairs instead of indexed candidates (small inputs)
  std::string wordnet_dir = "/usr/share/wordnet";  // WordNet database (Debian's wordnet-base)
  // Pairs whose word-alignment score is below this are never scored further (nor indexed): the
  // prefix filter guarantees to find every pair at or above it.
  double edge_floor = 0.3;
  // Corpus size at which IDF comes from the statements alone; smaller corpora blend in the IDF of
  // WordNet's glosses in proportion.
  double corpus_idf_size = 200.0;
  // A feature shared by more statements than this is a stop feature the index does not probe
  // (exactness holds for inputs smaller than this).
  std::uint32_t max_posting = 5000;
  unsigned threads = 2;            // threads that score candidate pairs
};

class Aligner {
 public:
  // Loads WordNet from options.wordnet_dir; throws Error when it is missing.
  explicit Aligner(AlignOptions options = {});
  ~Aligner();
  Aligner(const Aligner&) = delete;
  Aligner& operator=(const Aligner&) = delete;
  Aligner(Aligner&&) noexcept;
  Aligner& operator=(Aligner&&) noexcept;

  // Claims over the statements of all articles, in a deterministic order.
  std::vector<Claim> align(const std::vector<Statement>& statements) const;

  // Similarity of two renderings in [0, 1], with no corpus context.
  double similarity(std::string_view a, std::string_view b) const;
  // Whether `align` would put two renderings with this score in one claim.
  bool same_claim(double score) const;

  const AlignOptions& options() const;

  // WordNet's lemma of one word (morphy: "invasions" -> "invasion", "was" -> "be").
  std::string lemmatize(std::string_view word) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimdiff
