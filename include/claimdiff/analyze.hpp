// The whole pipeline over a set of articles: segment, extract, align, diverge -> Report.
// Exposes Analyzer, which holds every stage's expensive state, built once.
#pragma once

#include <claimdiff/align.hpp>
#include <claimdiff/data_dir.hpp>
#include <claimdiff/diverge.hpp>
#include <claimdiff/extract.hpp>
#include <claimdiff/segment.hpp>
#include <claimdiff/types.hpp>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace claimdiff {

struct AnalyzeOptions {
  std::string data_dir;        // lexicons; empty: default_data_dir()
  SegmentOptions segment;
  ExtractOptions extract;
  AlignOptions align;
  DivergeOptions diverge;
  unsigned threads = 0;        // workers for segment + extract; 0: the machine's cores
};

// Called with (stage, done, total) as the run progresses; may be empty.
using ProgressCallback = std::function<void(const char* stage, std::size_t done, std::size_t total)>;

class Analyzer {
 public:
  explicit Analyzer(AnalyzeOptions options = {});
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Segmentation and extraction of one article (the `segment` and `extract` commands).
  Segmentation segment(const Article& article) const;
  Extraction extract(const Article& article) const;

  // The full report; `diagnostics` from ingest are carried into it.
  Report analyze(std::vector<Article> articles, std::vector<Diagnostic> diagnostics = {},
                 const ProgressCallback& progress = {}) const;

  const Segmenter& segmenter() const;
  const Extractor& extractor() const;
  const Aligner& aligner() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimdiff
