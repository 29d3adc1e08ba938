// The corpus model: every corpus-wide count the aligner reads beyond each statement's own words,
// as one value. Counted from any partition of the statements (Aligner::count), merged (associative
// and commutative, so partitions reduce in a tree in any order), written and read as bytes that
// depend only on the counts (JSON, keys sorted). `analyze` builds the same model of its whole input
// with the same code before it aligns.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimdiff {

// How the mentions of one named speaker describe them ("the Russian president", "Putin, the
// president"): what lets "the president" elsewhere stand for that name (detail::SpeakerIdentity).
struct SpeakerDescription {
  std::set<std::string> words;  // every content word describing the speaker
  std::set<std::string> heads;  // the last word of each description: "president", "leader"
  friend bool operator==(const SpeakerDescription&, const SpeakerDescription&) = default;
};

// Keys are the aligner's lemma keys as text: WordNet's lemma ("prime_minister"), else the folded word
// ("bankman-fried") or number ("#2600") WordNet does not know.
struct CorpusModel {
  // The counts in two passes, since which words are names is known only once every partition's
  // `capitalised` words are merged: `words` first, then `names` against the merged words.
  std::uint64_t statements = 0;                      // corpus size (IDF)
  std::map<std::string, std::uint64_t> key_statements;  // statements holding each lemma key (IDF)
  std::set<std::string> capitalised;                 // word types written capitalised inside a text: names
  std::map<std::string, SpeakerDescription, std::less<>> speakers;  // named speaker -> descriptions
  // The names pass: statements holding each name key, and each pair of name keys together in a
  // statement of at most detail::kMaxNamesPerStatement names (first < second).
  std::map<std::string, std::uint64_t> name_statements;
  std::map<std::pair<std::string, std::string>, std::uint64_t> name_pairs;

  // Adds `other`'s counts to these: sums and unions, so merging is associative and commutative.
  void merge(const CorpusModel& other);
  friend bool operator==(const CorpusModel&, const CorpusModel&) = default;
};

// The model as bytes: one line of JSON, keys sorted, the same bytes for equal models.
std::string to_bytes(const CorpusModel& model);
// Reads what to_bytes wrote; throws Error(json) naming `name` when the bytes are not a model.
CorpusModel corpus_model_from_bytes(std::string_view bytes, const std::string& name);

}  // namespace claimdiff
