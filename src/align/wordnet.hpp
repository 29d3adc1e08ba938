// WordNet 3.0 as Debian's wordnet-base ships it: index/data files and the morphological exception
// lists, parsed once into compact arrays. Exposes WordNet: morphy lemmatisation and synset relations.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimdiff::detail {

enum class WordPos : std::uint8_t { noun = 0, verb = 1, adj = 2, adv = 3 };
inline constexpr std::size_t kPosCount = 4;

// The relations the similarity model uses; WordNet has more (we skip what does not help paraphrase).
enum class Relation : std::uint8_t {
  hypernym,       // @  (a kind of)
  derivation,     // +  (invade <-> invasion)
  pertainym,      // \  (Hungarian -> Hungary, Soviet -> Soviet Union)
  part_holonym,   // #p (Budapest -> Hungary)
  similar,        // &  (adjective satellites)
};

struct Pointer {
  Relation relation;
  std::uint32_t target;  // synset index
};

class WordNet {
 public:
  // Reads index.*, data.* and *.exc from `dir`; throws Error(resource) when a file is missing.
  explicit WordNet(const std::string& dir);
  WordNet(const WordNet&) = delete;
  WordNet& operator=(const WordNet&) = delete;

  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  // Id of a lemma as WordNet spells it (lower case, '_' between words), or kNone.
  std::uint32_t lemma_id(std::string_view lemma) const;
  const std::string& lemma(std::uint32_t id) const { return lemmas_[id]; }

  // WordNet's morphy: base forms of a lower-case word in one part of speech, the word itself first
  // when WordNet lists it, then exceptions ("was" -> "be", "mice" -> "mouse") or else the suffix
  // rules ("troops" -> "troops", "troop").
  std::vector<std::uint32_t> morphy(std::string_view word, WordPos pos) const;
  // Base forms over all parts of speech, noun, verb, adjective, adverb order, without repeats.
  std::vector<std::uint32_t> base_forms(std::string_view word) const;
  // The lemma as a string: an exception's base when the word has no own reading in that part of
  // speech, else the shortest base form of the first part of speech (noun, verb, adj, adv) that has
  // one; the word itself when unknown.
  std::string lemmatize(std::string_view word) const;

  // Synsets of a lemma in one part of speech, most frequent sense first.
  std::vector<std::uint32_t> senses(std::uint32_t lemma, WordPos pos) const;
  bool has_pos(std::uint32_t lemma, WordPos pos) const;
  const std::vector<Pointer>& pointers(std::uint32_t synset) const { return synsets_[synset].pointers; }
  const std::vector<std::uint32_t>& synset_lemmas(std::uint32_t synset) const { return synsets_[synset].lemmas; }
  WordPos synset_pos(std::uint32_t synset) const { return synsets_[synset].pos; }
  std::size_t synset_count() const { return synsets_.size(); }
  std::size_t lemma_count() const { return lemmas_.size(); }

  // Inverse document frequency of a folded surface word over WordNet's glosses, a background corpus
  // for when no corpus is at hand (`similarity` of two loose sentences).
  double gloss_idf(std::string_view word) const;

 private:
  struct Synset {
    WordPos pos = WordPos::noun;
    std::vector<std::uint32_t> lemmas;
    std::vector<Pointer> pointers;
  };
  struct SenseRange {
    std::uint32_t begin = 0;
    std::uint32_t count = 0;
  };

  struct PendingPointer {
    std::uint32_t source;
    Relation relation;
    int pos;
    std::uint32_t offset;
  };
  void load_data(const std::string& dir, WordPos pos, std::vector<PendingPointer>& pending);
  void load_index(const std::string& dir, WordPos pos);
  void load_exceptions(const std::string& dir, WordPos pos);
  std::uint32_t intern(std::string_view lemma);

  std::vector<std::string> lemmas_;
  std::unordered_map<std::string, std::uint32_t> lemma_ids_;
  std::vector<Synset> synsets_;
  std::array<std::unordered_map<std::uint32_t, std::uint32_t>, kPosCount> offset_to_synset_;
  std::vector<std::array<SenseRange, kPosCount>> lemma_senses_;  // per lemma id
  std::vector<std::uint32_t> sense_pool_;
  std::array<std::unordered_map<std::string, std::vector<std::string>>, kPosCount> exceptions_;
  std::unordered_map<std::string, std::uint32_t> gloss_df_;
  double gloss_docs_ = 1.0;
};

}  // namespace claimdiff::detail
