// Stage 3, extract: the attributed statements of an article (direct, mixed, indirect) and the
// outlet's own claims (unattributed), with speaker, cue, upstream source, figures and framing.
// Exposes Extractor, which owns the lexicons loaded from the data directory.
#pragma once

#include <claimdiff/types.hpp>

#include <memory>
#include <string>

namespace claimdiff {

struct ExtractOptions {
  bool unattributed = true;          // also emit the outlet's own factual claims
  std::size_t min_content_words = 3; // shorter contents are not statements ("he said")
  // No article has this many statements: past it, the text is not a news article (a dump, a
  // generated file) and the rest is left out with a diagnostic, so memory stays bounded.
  std::size_t max_statements = 10000;
};

class Extractor {
 public:
  // Loads the lexicons from `data_dir` (the project's data/ folder); throws Error if one is missing.
  explicit Extractor(const std::string& data_dir, ExtractOptions options = {});
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;

  Extraction extract(const Article& article, const Segmentation& segmentation) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimdiff
