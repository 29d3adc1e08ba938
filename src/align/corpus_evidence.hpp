// What the corpus being aligned tells the vocabulary beyond WordNet, through its CorpusModel: IDF
// over its statements, and the names its statements keep pairing. Exposes the counting of a model
// from profiles (count_words, count_names) and its use (add_corpus_partners, use_corpus_weights).
#pragma once

#include <claimdiff/corpus_model.hpp>

#include "align/similarity.hpp"

#include <vector>

namespace claimdiff::detail {

// A statement naming more names than this is a list: its names count, their pairs do not.
inline constexpr std::size_t kMaxNamesPerStatement = 8;

// The words pass of a model over these profiles: their number, the statements holding each lemma
// key, and the types written capitalised. (Speakers are counted from the statements themselves.)
void count_words(const std::vector<Profile>& profiles, const Vocabulary& vocabulary, CorpusModel& model);

// The names pass: which words are names comes from the vocabulary (Vocabulary::mark_names of the
// whole corpus's capitalised words first, when the profiles are a partition).
void count_names(const std::vector<Profile>& profiles, const Vocabulary& vocabulary, CorpusModel& model);

// Names the corpus keeps pairing (Prague with Czechoslovakia) count as related: for each name, the
// name it shares most statements with (at least twice), when that is at least half of the rarer
// one's statements. No list of names anywhere.
void add_corpus_partners(const CorpusModel& model, Vocabulary& vocabulary);

// IDF over the statements, per lemma, blended with the gloss IDF in proportion to the corpus size
// (full corpus IDF from `corpus_idf_size` statements), so that a tiny corpus still knows "said"
// from "Czechoslovakia".
void use_corpus_weights(const CorpusModel& model, Vocabulary& vocabulary, double corpus_idf_size);

}  // namespace claimdiff::detail
