// Lexicons for the extract stage: plain files under data_dir/lexicons/ (a '#' header naming source and
// licence, then one entry a line, fields split by tabs), the token stream they are matched on (words
// and punctuation marks with byte spans), and PhraseTable, a longest-match lookup of word sequences.
#pragma once

#include <claimdiff/types.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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
};

// Words and marks of text[within], offsets into `text`.
std::vector<Tok> tokenize_marks(std::string_view text, Span within);
// Folded words of a phrase as written in a lexicon ("Radio Free Europe/Radio Liberty").
std::vector<std::string> phrase_words(std::string_view phrase);

// Word sequences mapped to a value; match() finds the longest one starting at a token.
class PhraseTable {
 public:
  void add(std::string_view phrase, std::uint32_t value);
  struct Match {
    std::size_t length = 0;  // tokens matched, 0 when none
    std::uint32_t value = 0;
  };
  Match match(const std::vector<Tok>& tokens, std::size_t at, std::size_t end) const;
  bool empty() const { return by_first_.empty(); }

 private:
  struct Entry {
    std::vector<std::string> words;
    std::uint32_t value = 0;
  };
  std::unordered_map<std::string, std::vector<Entry>> by_first_;  // lookup only, never iterated
};

// A set of folded single words.
using WordSet = std::unordered_set<std::string>;
WordSet word_set(const LexiconFile& file);

}  // namespace claimdiff::detail
