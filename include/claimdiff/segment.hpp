// Stage 2, segment: paragraphs, sentences and quotations of an Article, on ICU's sentence
// BreakIterator plus news rules (abbreviations, initials, quotes, headlines, bullets, datelines).
// Exposes Segmenter, built once (it owns the ICU iterator) and used from one thread at a time.
#pragma once

#include <claimdiff/types.hpp>

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace claimdiff {

struct SegmentOptions {
  bool headlines = true;  // a line without final punctuation is a sentence of its own
  bool bullets = true;    // each bullet or numbered item is a sentence of its own
  bool datelines = true;  // "MOSCOW (Reuters) -" opening a paragraph is a sentence (role byline)
  // A quotation opened and closed within one paragraph and at most this long stays inside one
  // sentence ("'Stop! Stop!' she cried." is one); longer ones are split at their own sentence ends.
  std::size_t max_unsplit_quote_bytes = 600;
  // A quotation never closed, or running over paragraphs, is cut here and marked closed = false.
  std::size_t max_quotation_bytes = 20000;
  // A sentence longer than this (over 300 words: no real sentence, but a file without
  // punctuation) is cut at spaces into pieces no longer, so later stages stay bounded.
  std::size_t max_sentence_bytes = 2000;
};

class Segmenter {
 public:
  explicit Segmenter(SegmentOptions options = {});
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;

  // Sentences of the whole article, skipping its boilerplate spans.
  Segmentation segment(const Article& article) const;

  // Sentence spans of a plain UTF-8 text (byte offsets into `text`).
  std::vector<Span> split(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimdiff
