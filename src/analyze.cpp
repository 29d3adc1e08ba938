// The pipeline over a set of articles. Segmentation and extraction run per article on worker
// threads (one Segmenter each, since ICU iterators are stateful); results land by index, so the
// report is the same whatever the thread count. Alignment and divergence then run once.
#include <claimdiff/analyze.hpp>

#include <claimdiff/version.hpp>

#include "speakers/speaker_identity.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace claimdiff {

namespace {

// The aligner's options with the claim pair model taken from the analyzer's data directory when
// the options name none.
AlignOptions align_options(const AnalyzeOptions& options) {
  AlignOptions align = options.align;
  if (align.claim_model.empty() && !options.data_dir.empty()) align.claim_model = options.data_dir + "/models/claim_pairs.txt";
  return align;
}

}  // namespace

struct Analyzer::Impl {
  AnalyzeOptions options;
  Segmenter segmenter;
  std::mutex segmenter_mutex;  // guards `segmenter` for the one-article calls
  Extractor extractor;
  Aligner aligner;

  explicit Impl(AnalyzeOptions analyze_options)
      : options(with_vectors_in_data_dir(std::move(analyze_options))),
        segmenter(options.segment),
        extractor(options.data_dir.empty() ? default_data_dir() : options.data_dir, options.extract),
        aligner(align_options(options)) {}

  // The word vectors come from the data directory the lexicons come from, unless a path is given.
  static AnalyzeOptions with_vectors_in_data_dir(AnalyzeOptions options) {
    if (options.align.vectors_path.empty() && !options.data_dir.empty())
      options.align.vectors_path = vectors_path_in(options.data_dir);
    return options;
  }

  unsigned worker_count(std::size_t articles) const {
    unsigned threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    return static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(articles, 1)));
  }
};

Analyzer::Analyzer(AnalyzeOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Analyzer::~Analyzer() = default;

const Segmenter& Analyzer::segmenter() const { return impl_->segmenter; }
const Extractor& Analyzer::extractor() const { return impl_->extractor; }
const Aligner& Analyzer::aligner() const { return impl_->aligner; }

Segmentation Analyzer::segment(const Article& article) const {
  const std::lock_guard lock(impl_->segmenter_mutex);
  return impl_->segmenter.segment(article);
}

Extraction Analyzer::extract(const Article& article) const {
  return impl_->extractor.extract(article, segment(article));
}

namespace {

struct ArticleResult {
  std::size_t sentence_count = 0;
  Extraction extraction;
};

}  // namespace

Report Analyzer::analyze(std::vector<Article> articles, std::vector<Diagnostic> diagnostics,
                         const ProgressCallback& progress) const {
  std::vector<ArticleResult> results(articles.size());
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> done{0};
  std::mutex progress_mutex;
  auto work = [&] {
    const Segmenter segmenter(impl_->options.segment);
    for (std::size_t i = next++; i < articles.size(); i = next++) {
      const Segmentation segmentation = segmenter.segment(articles[i]);
      results[i].sentence_count = segmentation.sentences.size();
      results[i].extraction = impl_->extractor.extract(articles[i], segmentation);
      const std::size_t finished = ++done;
      if (progress) {
        const std::lock_guard lock(progress_mutex);
        progress("extract", finished, articles.size());
      }
    }
  };
  std::vector<std::thread> workers;
  const unsigned count = impl_->worker_count(articles.size());
  for (unsigned i = 1; i < count; ++i) workers.emplace_back(work);
  work();
  for (std::thread& worker : workers) worker.join();

  Report report;
  report.tool = "claimdiff " CLAIMDIFF_VERSION;
  report.diagnostics = std::move(diagnostics);
  const auto& loading = impl_->aligner.diagnostics();  // missing word vectors, say
  report.diagnostics.insert(report.diagnostics.end(), loading.begin(), loading.end());
  for (std::size_t i = 0; i < articles.size(); ++i) {
    Extraction& extraction = results[i].extraction;
    std::move(extraction.statements.begin(), extraction.statements.end(), std::back_inserter(report.statements));
    std::move(extraction.diagnostics.begin(), extraction.diagnostics.end(), std::back_inserter(report.diagnostics));
    report.articles.push_back(ArticleReport{std::move(articles[i]), results[i].sentence_count,
                                            std::move(extraction.via), std::move(extraction.framing)});
  }
  if (progress) progress("align", 0, 1);
  const detail::SpeakerIdentity speakers(report.statements);  // one who-is-who for align and diverge
  report.claims = impl_->aligner.align(report.statements, speakers);
  if (progress) progress("align", 1, 1);
  diverge(report.claims, report.statements, report.articles, impl_->options.diverge, speakers);
  return report;
}

}  // namespace claimdiff
