// What the extract tests share: an article of invented text run through the real Segmenter and
// Extractor, and the statement that holds a phrase.
#pragma once

#include <claimdiff/extract.hpp>
#include <claimdiff/segment.hpp>

#include <string>

namespace claimdiff::test {

inline Extraction extract_text(const std::string& text, const std::string& id = "story") {
  static const Segmenter segmenter;
  static const Extractor extractor(std::string(CLAIMDIFF_SOURCE_DIR) + "/data");
  Article article;
  article.id = id;
  article.text = text;
  return extractor.extract(article, segmenter.segment(article));
}

// The statement whose content contains `needle` (the shortest one), or nullptr.
inline const Statement* find(const Extraction& x, const std::string& needle) {
  const Statement* best = nullptr;
  for (const Statement& s : x.statements)
    if (s.content.find(needle) != std::string::npos && (best == nullptr || s.content.size() < best->content.size()))
      best = &s;
  return best;
}

}  // namespace claimdiff::test
