// Word-level alignment of two renderings: the longest-common-subsequence edit script over folded
// words, kept as runs with byte spans so writers can show each rendering as written.
// Exposes align_words (used by diverge's WordEdits and the HTML report) and quote_fidelity.
#pragma once

#include <claimdiff/types.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff::detail {

// One run of the edit script. An empty span still has a position: where the run would sit in that
// text (a removed run sits after the rendering's previous word).
struct WordRun {
  WordEdit::Op op = WordEdit::Op::equal;
  Span reference;
  Span rendering;
  std::size_t reference_words = 0;
  std::size_t rendering_words = 0;
  std::size_t reference_first = 0;  // index of the run's first word in WordAlignment's word lists
  std::size_t rendering_first = 0;
};

struct WordAlignment {
  std::vector<WordRun> runs;
  std::vector<Span> reference_spans;  // every word of each text, in order
  std::vector<Span> rendering_spans;
  std::size_t reference_words = 0;
  std::size_t rendering_words = 0;
  std::size_t equal_words = 0;

  // Share of the words the two renderings have in common, 2 * equal / (reference + rendering).
  double similarity() const;
  bool identical() const { return equal_words == reference_words && equal_words == rendering_words; }
};

// Above this many cells (reference words x rendering words, after the common prefix and suffix are
// set aside) the middle is reported as one substitution instead of aligned word by word.
inline constexpr std::size_t kMaxAlignmentCells = 4'000'000;

WordAlignment align_words(std::string_view reference, std::string_view rendering);

// How faithfully `rendering` repeats the quote in `reference`: "verbatim" (same words), "trimmed"
// (one is a contiguous part of the other), "reworded" (the same quote, or a part of it, in partly
// other words: at least kRewordedShare of the words they both cover kept in order) or "paraphrased".
inline constexpr double kRewordedShare = 0.5;
std::string quote_fidelity(const WordAlignment& alignment);

}  // namespace claimdiff::detail
