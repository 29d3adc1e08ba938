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
namespace detail {
class SpeakerIdentity;  // src/speakers/speaker_identity.hpp
}

struct AlignOptions {
  // Average similarity at or above which two groups of statements are one claim (average linkage;
  // tuned on statements built from the seeds' gold anchors). Word-alignment scores of renderings of
  // one claim by different outlets mostly fall between 0.2 and 0.6.
  double threshold = 0.22;
  bool unattributed = true;        // align the outlets' own claims too
  bool exact = false;              // score all pairs instead of indexed candidates (small inputs)
  std::string wordnet_dir = "/usr/share/wordnet";  // WordNet database (Debian's wordnet-base)
  // Distributional word vectors (GloVe, 100 dimensions; scripts/setup.sh installs and converts them):
  // the file to map; empty: vectors_path_in(default_data_dir()). Missing or unreadable vectors are
  // no error: the aligner then works on WordNet alone and says so in Aligner::diagnostics().
  std::string vectors_path;
  bool word_vectors = true;        // false: do not load them (WordNet alone, no diagnostic)
  // Pairs whose word-alignment score is below this count as unrelated (0) in the clustering.
  double edge_floor = 0.2;
  // Pairs whose share of words linked by the same lemma or a synonym is below this count as
  // unrelated too: the candidate index guarantees to find every pair at or above it, so exact and
  // indexed scoring keep the same pairs. Higher values make corpus mode faster (fewer candidates).
  double candidate_floor = 0.05;
  // Corpus size at which IDF comes from the statements alone; smaller corpora blend in the IDF of
  // WordNet's glosses in proportion.
  double corpus_idf_size = 2000.0;
  // A feature shared by more statements than this is a stop feature the index does not probe
  // (exactness holds for inputs smaller than this).
  std::uint32_t max_posting = 5000;
  unsigned threads = 2;            // threads that score candidate pairs

  // Settings for corpus mode (many events, near-duplicate renderings, millions of statements):
  // stricter floors and threshold keep the candidate sets small.
  static AlignOptions corpus() {
    AlignOptions options;
    options.threshold = 0.5;
    options.edge_floor = 0.4;
    options.candidate_floor = 0.5;
    return options;
  }
};

// The word vectors file under a data directory: where scripts/setup.sh puts it.
std::string vectors_path_in(const std::string& data_dir);

class Aligner {
 public:
  // Loads WordNet from options.wordnet_dir (throws Error when it is missing) and maps the word
  // vectors (a diagnostic when they are missing).
  explicit Aligner(AlignOptions options = {});
  ~Aligner();
  Aligner(const Aligner&) = delete;
  Aligner& operator=(const Aligner&) = delete;
  Aligner(Aligner&&) noexcept;
  Aligner& operator=(Aligner&&) noexcept;

  // Claims over the statements of all articles, in a deterministic order.
  std::vector<Claim> align(const std::vector<Statement>& statements) const;
  // The same with who-is-who across the run built by the caller from these statements (Analyzer
  // builds it once for align and diverge, so both judge "the same speaker" alike).
  std::vector<Claim> align(const std::vector<Statement>& statements, const detail::SpeakerIdentity& speakers) const;

  // Similarity of two renderings in [0, 1], with no corpus context.
  double similarity(std::string_view a, std::string_view b) const;
  // Whether `align` would put two renderings with this score in one claim.
  bool same_claim(double score) const;

  const AlignOptions& options() const;
  // What the aligner worked around while loading, one line each: word vectors missing or unreadable
  // (it then aligns on WordNet alone). analyze copies them into the report; the CLI prints them.
  const std::vector<Diagnostic>& diagnostics() const;
  bool has_word_vectors() const;

  // WordNet's lemma of one word (morphy: "invasions" -> "invasion", "was" -> "be").
  std::string lemmatize(std::string_view word) const;

 private:
  friend class ParaphraseModel;  // scores with this aligner's WordNet and weights
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A fitted paraphrase model (data/models/msrp_logistic.txt, stsb_ridge.txt: a linear model over the
// aligner's pair features, fitted by bench/paraphrase_eval; see docs/align.md). It answers MSRP's
// stricter question, "the same sentence?", where Aligner::same_claim answers analyze's "the same
// claim?".
class ParaphraseModel {
 public:
  // Reads a model file; throws Error(resource) when it is missing or malformed.
  explicit ParaphraseModel(const std::string& path);
  ~ParaphraseModel();
  ParaphraseModel(ParaphraseModel&&) noexcept;
  ParaphraseModel& operator=(ParaphraseModel&&) noexcept;

  // The model's reading of two texts: a probability for a logistic model, else its prediction.
  double score(const Aligner& aligner, std::string_view a, std::string_view b) const;
  // Whether a score is at or above the model's decision threshold.
  bool same(double score) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimdiff
