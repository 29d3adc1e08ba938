// The paraphrase similarity of two renderings: monolingual word alignment in the spirit of Sultan et
// al. (2014, 2015) over WordNet lemmas and relations, IDF-weighted, with quote, number and
// negation evidence. Exposes Vocabulary (word types and their relation features) and Profile.
#pragma once

#include "align/linear_model.hpp"
#include "align/wordnet.hpp"
#include "base/english.hpp"
#include "speakers/speaker_identity.hpp"

#include <claimdiff/types.hpp>

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimdiff::detail {

// What a shared feature says about two words; a word carries its own lemma and synsets and the
// synsets it points to, so two related words always share at least one feature (the index relies
// on that: candidates are statements that share a feature).
enum class FeatureKind : std::uint8_t {
  lemma,     // the lemma itself (or the folded word when WordNet does not know it)
  synset,    // one of its first senses
  hypernym,  // what one of those senses is a kind of (or an adjective's similar-to)
  derived,   // derivation or pertainym target (invade/invasion, Hungarian/Hungary)
  holonym,   // what it is part of (Budapest/Hungary)
  corpus,    // a name the corpus itself keeps pairing with this one (co-occurrence)
};

inline constexpr std::uint32_t kFeatureKinds = 6;
// Relatedness at or above which a link is strong (same lemma, synonyms): the links the index keys on.
inline constexpr double kStrongLink = 0.9;
inline bool is_strong(FeatureKind kind) { return kind == FeatureKind::lemma || kind == FeatureKind::synset; }
// Relatedness of two words that share a feature, by the kinds it has on each side (0: none).
double relatedness(FeatureKind a, FeatureKind b);

struct Feature {
  std::uint32_t id = 0;
  FeatureKind kind = FeatureKind::lemma;
  friend bool operator<(Feature a, Feature b) { return a.id != b.id ? a.id < b.id : a.kind < b.kind; }
  friend bool operator==(Feature, Feature) = default;
};

// One distinct word type (as folded) of the texts being compared.
struct WordType {
  std::uint32_t key = 0;          // the lemma feature id: IDF is counted per lemma
  std::uint32_t feature_begin = 0;
  std::uint32_t feature_count = 0;
  float weight = 1.0f;            // IDF
  bool proper = false;            // written capitalised inside the text: a name
  bool number = false;
};

// Word types and their features, built per run: `align` over its statements, `similarity` over two
// loose texts. Not thread-safe while words are added; read-only afterwards.
class Vocabulary {
 public:
  explicit Vocabulary(const WordNet& wordnet) : wordnet_(wordnet) {}

  // The type id of a folded word (multiword lemmas joined by '_'), adding it when new.
  std::uint32_t add(const std::string& folded, bool capitalised);
  const WordType& type(std::uint32_t id) const { return types_[id]; }
  WordType& type(std::uint32_t id) { return types_[id]; }
  std::size_t size() const { return types_.size(); }
  const Feature* features(std::uint32_t id) const { return features_.data() + types_[id].feature_begin; }
  const WordNet& wordnet() const { return wordnet_; }
  // Adds a corpus feature to a type: it now also matches the lemma key `partner_key`.
  void add_corpus_partner(std::uint32_t id, std::uint32_t partner_key);
  // A lemma key as a corpus model names it: WordNet's lemma ("prime_minister"), else the folded
  // word or number ("#2600") WordNet does not know. The two never meet: a word gets a key of its
  // own only when WordNet has no base form for it.
  const std::string& key_text(std::uint32_t key) const;
  // The key of such a text, numbered anew when this vocabulary has not met it.
  std::uint32_t key_of(const std::string& text);
  // Marks as names the types written capitalised anywhere in the corpus (CorpusModel::capitalised),
  // which a partition of it may have met only in lower case.
  void mark_names(const std::set<std::string>& capitalised);
  // The types written capitalised inside some text of this vocabulary, as mark_names reads them.
  std::set<std::string> capitalised() const;
  // Sets every type's weight to its IDF over WordNet's glosses (no corpus at hand).
  void use_background_weights();
  // Relatedness of two word types in [0, 1] (1: same lemma; 0: unrelated).
  double relate(std::uint32_t a, std::uint32_t b) const;

 private:
  std::uint32_t custom_id(const std::string& text);

  const WordNet& wordnet_;
  std::unordered_map<std::string, std::uint32_t> ids_;
  std::unordered_map<std::string, std::uint32_t> custom_;
  std::vector<std::string> custom_texts_;  // by custom id - (synsets + lemmas)
  std::vector<WordType> types_;
  std::vector<Feature> features_;
};

// A rendering reduced to what the similarity reads.
struct Profile {
  std::vector<std::uint32_t> words;   // content word types, in text order
  std::vector<char> negated;          // per content word: in the scope of a negation ("not mention")
  std::vector<std::uint32_t> function_words;  // the stop words, aligned only when a side has no content word
  bool has_negation = false;
  std::vector<std::string> quotes;    // quoted fragments, folded, words joined by one space
  std::vector<double> years;          // years and decades mentioned
  std::vector<double> amounts;        // other figures
};

// The parts of a rendering; `quotes` may be empty (then they are found by quote marks in `content`).
struct Rendering {
  std::string_view content;
  std::vector<std::string_view> quotes;
  const std::vector<Figure>* figures = nullptr;  // when extraction read them; else parsed from digits
};

Profile make_profile(const Rendering& rendering, Vocabulary& vocabulary);

// The tunable weights of the score; defaults are the tuned values.
struct ScoreWeights {
  double quote_floor = 0.55;        // a shared quoted fragment lifts the score to at least this ...
  double quote_share = 0.45;        // ... plus this share of the word-alignment score
  double year_penalty = 0.6;        // both name years and none agree
  double amount_penalty = 0.85;     // both give figures and none agree
  double negation_cap = 0.2;        // a negation mismatch caps the score here (a veto)
  double coverage_mix = 0.0;        // 0: Sultan's pooled share of aligned words; 1: mean of both coverages
};

struct Alignment {
  double score = 0.0;               // IDF-weighted share of aligned content words, in [0, 1]
  double strong = 0.0;              // the same share counting only same-lemma and synonym links
  bool negation_conflict = false;   // an aligned word is negated on one side only: a veto
  // Per-side detail for the fitted paraphrase models (pair_features); the score above ignores it.
  double coverage_a = 0.0;          // IDF-weighted share of a's content words aligned (x relatedness)
  double coverage_b = 0.0;
  double plain_a = 0.0;             // unweighted share of a's content words aligned at all
  double plain_b = 0.0;
  std::uint32_t names = 0;          // capitalised content words on both sides
  std::uint32_t names_unaligned = 0;
  double total_a = 0.0;             // IDF mass of a's content words
  double total_b = 0.0;
};

// Word alignment of two renderings (greedy, strongest relation and context first).
Alignment align_words(const Profile& a, const Profile& b, const Vocabulary& vocabulary, const ScoreWeights& weights);
// The full score in [0, 1] from the alignment and the other evidence.
double combined_score(const Alignment& alignment, const Profile& a, const Profile& b, const ScoreWeights& weights);

// Features of a pair of loose texts for the fitted paraphrase models (data/models/), computed the way
// Aligner::similarity scores them (gloss IDF, no speakers): its score, the alignment's coverage of
// each side, surface n-gram overlap, names, figures and negation. Names in pair_feature_names().
inline constexpr std::size_t kPairFeatureCount = 41;
// The first features (scores, coverage, surface overlap, names, figures, negation); the rest read the
// word links themselves (per-class coverage, link strength, word order).
inline constexpr std::size_t kBasicFeatureCount = 36;
using PairFeatures = std::array<double, kPairFeatureCount>;
PairFeatures pair_features(std::string_view a, std::string_view b, const WordNet& wordnet, const ScoreWeights& weights);
const std::array<std::string_view, kPairFeatureCount>& pair_feature_names();

// Whether the two renderings share a quoted fragment (three words in a row, or an equal quote of two
// words with a content word).
bool share_quote(const Profile& a, const Profile& b);
// Whether some figure of `a` matches one of `b` (within 1%), and whether every one does.
bool any_figure_matches(const std::vector<double>& a, const std::vector<double>& b);
bool every_figure_matches(const std::vector<double>& a, const std::vector<double>& b);

}  // namespace claimdiff::detail
