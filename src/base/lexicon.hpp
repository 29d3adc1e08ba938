// Lexicons for the extract stage: plain files under data_dir/lexicons/ (a '#' header naming source and
// licence, then one entry a line, fields split by tabs), the token stream they are matched on (words
// and punctuation marks with byte spans), and PhraseTable, a longest-match lookup of word sequences.
#pragma once

#include <claimdiff/types.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <initializer_list>
#include <vector>

namespace claimdiff::detail {

// One lexicon file's entries: the tab-separated fields of each non-comment line.
struct LexiconFile {
  std::string path;
  std::vector<std::vector<std::string>> rows;
};

// Reads data_dir/lexicons/<name>; throws Error(resource) when it is missing, empty or has no
// '#' header (the header is where a list says where it comes from and under which licence).
LexiconFile load_lexicon(const std::string& data_dir, const std::string& name);

// A word or a punctuation mark of a text. Quotes become '"' or '\'', dashes '-', other symbols
// themselves (ASCII) or '~'. `low` is the folded word ("U.S." -> "u.s") or the mark.
struct Tok {
  Span span;
  std::string low;
  bool word = false;
  bool cap = false;     // a word whose first letter is upper case
  bool digit = false;   // a word that starts with a digit
  char mark = 0;        // the punctuation mark, 0 for words
  std::uint64_t hash = 0;  // hash of `low`, computed once so lexicon lookups do not rehash
};

std::uint64_t word_hash(std::string_view low);

// Open addressing from a 64-bit hash to a slot number: the lookup lexicons do per token, without
// the modulo and node chasing of std::unordered_map.
class HashIndex {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  std::uint32_t find(std::uint64_t hash) const {
    if (!may_hold(hash)) return kNone;
    for (std::size_t i = static_cast<std::size_t>(hash) & mask_;; i = (i + 1) & mask_) {
      if (slots_[i] == kNone) return kNone;
      if (keys_[i] == hash) return slots_[i];
    }
  }
  // The slot of `hash`, added as `next` when new.
  std::uint32_t insert(std::uint64_t hash, std::uint32_t next);
  // One bit per key, at bits of the hash the probe does not use: most look-ups are for words not
  // in the set, and a clear bit turns them away without probing (8 bits per slot: few false hits).
  bool may_hold(std::uint64_t hash) const {
    if (filter_.empty()) return false;
    const std::size_t bit = static_cast<std::size_t>(hash >> 32) & filter_mask_;
    return (filter_[bit / 64] >> (bit % 64)) & 1u;
  }

 private:
  void grow();
  void add_to_filter(std::uint64_t hash) {
    const std::size_t bit = static_cast<std::size_t>(hash >> 32) & filter_mask_;
    filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> slots_;
  std::vector<std::uint64_t> filter_;
  std::size_t mask_ = 0;
  std::size_t filter_mask_ = 0;
  std::size_t size_ = 0;
};

// Words and marks of text[within], offsets into `text`. append_tokens adds them to `out` (one
// vector for a whole article rather than one per sentence).
std::vector<Tok> tokenize_marks(std::string_view text, Span within);
void append_tokens(std::string_view text, Span within, std::vector<Tok>& out);
// Folded words of a phrase as written in a lexicon ("Radio Free Europe/Radio Liberty").
std::vector<std::string> phrase_words(std::string_view phrase);

// Word sequences mapped to a value; match() finds the longest one starting at a token.
class PhraseTable {
 public:
  // Adds a phrase; a phrase already present keeps its first value unless `allow_repeat`.
  void add(std::string_view phrase, std::uint32_t value, bool allow_repeat = false);
  struct Match {
    std::size_t length = 0;  // tokens matched, 0 when none
    std::uint32_t value = 0;
  };
  Match match(const std::vector<Tok>& tokens, std::size_t at, std::size_t end) const;
  // Every phrase starting at a token, longest first: f(Match) for each.
  template <class F>
  void each_match(const std::vector<Tok>& tokens, std::size_t at, std::size_t end, F&& f) const {
    if (at >= end) return;
    const std::uint32_t slot = index_.find(tokens[at].hash);
    if (slot == HashIndex::kNone) return;
    for (const Entry& e : buckets_[slot]) {
      if (at + e.words.size() > end || e.words.front() != tokens[at].low) continue;
      bool same = true;
      for (std::size_t k = 1; k < e.words.size() && same; ++k) same = tokens[at + k].low == e.words[k];
      if (same) f(Match{e.words.size(), e.value});
    }
  }
  bool empty() const { return buckets_.empty(); }

 private:
  struct Entry {
    std::vector<std::string> words;
    std::uint32_t value = 0;
  };
  HashIndex index_;                         // first word's hash -> bucket
  std::vector<std::vector<Entry>> buckets_;  // entries by first word, longest first
};

// A set of folded single words, looked up by a token's precomputed hash.
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) insert(std::string(w));
  }
  void insert(std::string word);
  // The filter test is inline: it answers most look-ups (words not in the set) without a call.
  bool count(const Tok& token) const { return index_.may_hold(token.hash) && find(token.hash, token.low); }
  bool count(std::string_view word) const {
    const std::uint64_t hash = word_hash(word);
    return index_.may_hold(hash) && find(hash, word);
  }

 private:
  bool find(std::uint64_t hash, std::string_view word) const;
  HashIndex index_;                          // hash -> bucket
  std::vector<std::vector<std::string>> buckets_;
};
WordSet word_set(const LexiconFile& file);
// Adds the first field of every row of `file`, folded, to `set` (a class of the rules plus a file's words).
void add_words(WordSet& set, const LexiconFile& file);

}  // namespace claimdiff::detail
