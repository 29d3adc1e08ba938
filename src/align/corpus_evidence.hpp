// What the corpus being aligned tells the vocabulary beyond WordNet: IDF over its statements, and
// the names its statements keep pairing. Exposes add_corpus_partners and use_corpus_weights.
#pragma once

#include "align/similarity.hpp"

#include <vector>

namespace claimdiff::detail {

// Names the corpus keeps pairing (Prague with Czechoslovakia) count as related: for each name, the
// name it shares most statements with (at least twice), when that is at least half of the rarer
// one's statements. No list of names anywhere.
void add_corpus_partners(const std::vector<Profile>& profiles, Vocabulary& vocabulary);

// IDF over the statements, per lemma, blended with the gloss IDF in proportion to the corpus size
// (full corpus IDF from `corpus_idf_size` statements), so that a tiny corpus still knows "said"
// from "Czechoslovakia".
void use_corpus_weights(const std::vector<Profile>& profiles, Vocabulary& vocabulary, double corpus_idf_size);

}  // namespace claimdiff::detail
