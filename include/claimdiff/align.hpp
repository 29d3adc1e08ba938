// Stage 4, align: groups the statements that render the same claim across outlets into Claims.
// Exposes Aligner (owns WordNet and the similarity model) and its pairwise similarity.
#pragma once

#include <claimdiff/corpus_model.hpp>
#include <claimdiff/types.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff {
namespace detail {
struct AlignerAccess;
class SpeakerIdentity;  // src/speakers/speaker_identity.hpp
}

struct AlignOptions {
  // Mean pair probability (the claim pair model's, over all member pairs of two groups, a missing
  // pair counting 0) at or above which two groups of statements are one claim (average linkage).
  // Empty: the threshold the model file gives, fitted with it on the news-dev events
  // (scripts/fit_claims.py; docs/align.md).
  std::optional<double> threshold;
  bool unattributed = true;        // align the outlets' own claims too
  bool exact = false;              // score all pairs instead of indexed candidates (small inputs)
  std::string wordnet_dir = "/usr/share/wordnet";  // WordNet database (Debian's wordnet-base)
  // The claim pair model (a logistic regression over detail::claim_features); empty: the data
  // directory's models/claim_pairs.txt.
  std::string claim_model;
  // Distributional word vectors (GloVe, 100 dimensions; scripts/setup.sh installs and converts them):
  // the file to map; empty: vectors_path_in(default_data_dir()). Missing or unreadable vectors are
  // no error: the aligner then works on WordNet alone and says so in Aligner::diagnostics().
  std::string vectors_path;
  bool word_vectors = true;        // false: do not load them (WordNet alone, no diagnostic)
  // Pairs whose word-alignment score is below this are not scored (they count 0 in the clustering);
  // a gate that keeps corpus mode fast, low enough for one event's renderings in default mode.
  double edge_floor = 0.1;
  // Pairs whose share of words linked by the same lemma or a synonym is below this count as
  // unrelated too: the candidate index guarantees to find every pair at or above it, so exact and
  // indexed scoring keep the same pairs. Higher values make corpus mode faster (fewer candidates).
  double candidate_floor = 0.05;
  // Scored pairs whose probability is below this are dropped (they count 0): they could not lift a
  // group's mean to the threshold, and a million statements would keep millions of them.
  double pair_floor = 0.02;
  // A pair whose firmly aligned word is negated on one side only, the other side having no
  // negation at all ("did not sign" / "signed"), is a veto (-1 in the linkage) whatever the pair
  // model says: a denial is another proposition, and too rare in the fitting events to be learnt.
  bool negation_veto = true;
  // ... when even the less covered side has this share of its words aligned: only near-paraphrases
  // deny each other. Looser pairs whose negated word aligns by chance ("has not played since August
  // ... tested positive" / "after playing two matches ... tested positive"), or that say one thing
  // with and without a negation ("could not steer" / "lost its steering"), are left to the model.
  // On news-dev no pair of one gold claim reaches 0.6 with a conflict (the closest, 0.57, is a
  // negation scoped over a date: "has not played since August").
  double denial_coverage = 0.6;
  // Corpus size at which IDF comes from the statements alone; smaller corpora blend in the IDF of
  // WordNet's glosses in proportion.
  double corpus_idf_size = 2000.0;
  // A feature shared by more statements than this is a stop feature the index does not probe
  // (exactness holds for inputs smaller than this).
  std::uint32_t max_posting = 5000;
  unsigned threads = 2;            // threads that score candidate pairs
  // The unsupervised similarity (Aligner::similarity: word alignment, gloss IDF, no speakers) at or
  // above which two loose texts are taken for one claim by same_claim (the quote audit's grouping);
  // the threshold analyze used on this score before the pair model, tuned on the seeds.
  double similarity_threshold = 0.22;

  // Settings for corpus mode (many events, near-duplicate renderings, millions of statements):
  // stricter floors keep the candidate sets small, and a stricter threshold keeps one event's
  // loosely related claims from joining across events. 0.9 measured on bench/align_bench at 20,000
  // statements (pairwise F1 0.905 at 0.5, 0.925 at 0.8, 0.934 at 0.9; 0.931 before the pair model).
  static AlignOptions corpus() {
    AlignOptions options;
    options.threshold = 0.9;
    options.edge_floor = 0.4;
    options.candidate_floor = 0.5;
    return options;
  }
};

// The word vectors file under a data directory: where scripts/setup.sh puts it.
std::string vectors_path_in(const std::string& data_dir);

class Aligner {
 public:
  // Loads WordNet from options.wordnet_dir and the claim pair model (throws Error(resource) when
  // either is missing or malformed) and maps the word vectors (a diagnostic when they are missing).
  explicit Aligner(AlignOptions options = {});
  ~Aligner();
  Aligner(const Aligner&) = delete;
  Aligner& operator=(const Aligner&) = delete;
  Aligner(Aligner&&) noexcept;
  Aligner& operator=(Aligner&&) noexcept;

  // Claims over the statements of all articles, in a deterministic order.
  std::vector<Claim> align(const std::vector<Statement>& statements) const;
  // Claims over `statements` when an earlier run grouped some of them into `settled` (members by
  // statement id; ids no longer among `statements` are dropped): settled claims keep their members
  // and never merge with each other, and the statements in none of them join a settled claim or
  // form new ones by the same average linkage `align` runs. Only pairs with a new statement are
  // scored, so adding a few articles to a large store costs what those articles cost.
  std::vector<Claim> extend(const std::vector<Claim>& settled, const std::vector<Statement>& statements) const;
  // The same with who-is-who across the run built by the caller from these statements (Analyzer
  // builds it once for align and diverge, so both judge "the same speaker" alike).
  std::vector<Claim> align(const std::vector<Statement>& statements, const detail::SpeakerIdentity& speakers) const;

  // The corpus model (corpus_model.hpp) of a corpus too large for one call, cut into partitions:
  // `count` is the first pass over one partition; once those are merged, `count_names` is the
  // second pass over each partition against the merged first pass; the merge of all of them is the
  // corpus's model. `model_of` is both passes over a whole corpus in one piece: the model align
  // counts for itself when given none.
  CorpusModel count(const std::vector<Statement>& statements) const;
  CorpusModel count_names(const std::vector<Statement>& statements, const CorpusModel& words) const;
  CorpusModel model_of(const std::vector<Statement>& statements) const;
  // Claims over `statements` read with `model`, the model of the whole corpus they belong to (its
  // IDF, name partners and speakers' descriptions): the claims align(statements) gives when the
  // model is the statements' own.
  std::vector<Claim> align(const std::vector<Statement>& statements, const CorpusModel& model) const;

  // The claim pair model's probability that two loose renderings (no speakers, no corpus, from two
  // articles) state one claim, and whether align would put such a pair in one claim.
  double claim_probability(std::string_view a, std::string_view b) const;
  bool same_claim_probability(double probability) const;
  // The threshold on the mean pair probability that align uses.
  double threshold() const;

  // Similarity of two renderings in [0, 1], with no corpus context: the unsupervised word-alignment
  // score (the pair model's main evidence; MSRP and STS-B measure it).
  double similarity(std::string_view a, std::string_view b) const;
  // Whether a similarity reaches AlignOptions::similarity_threshold.
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
  friend struct detail::AlignerAccess;  // the fitting harness reruns the later steps
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
