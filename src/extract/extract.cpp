// Stage 3, extract: attributed statements (direct, mixed, indirect), the outlet's own claims
// (unattributed), speakers, cues, upstream sources (via), figures and framing of one article.
// The driver: the order of the steps over an article; each step lives in the part named after it.
#include "extract/article_extractor.hpp"

namespace claimdiff::detail::extraction {

Extraction ArticleExtractor::run() {
  tokenize();
  mark_quotes();
  cache_matches();
  build_units();
  for (std::size_t s = 0; s < seg_.sentences.size(); ++s) {
    const auto [tb, te] = sentence_tokens_[s];
    speakers_.learn(text_, t_, tb, te);
  }
  article_via();
  page_credits();
  DiscourseState discourse;
  for (std::size_t u = 0; u < units_.size(); ++u) {
    if (statements_.size() >= options_.max_statements) {
      out_.diagnostics.push_back({Diagnostic::Severity::warning, article_.source_file.empty() ? article_.id : article_.source_file,
                                  "byte " + std::to_string(units_[u].span.begin),
                                  "more than " + std::to_string(options_.max_statements) +
                                      " statements in one article: the rest is not extracted"});
      break;
    }
    process_unit(u, discourse);
  }
  const auto in_text_order = [](const Statement& a, const Statement& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.content_span.begin < b.content_span.begin;
  };
  // Statements mostly come out in order already, and a stable sort moves every (large) Statement.
  if (!std::is_sorted(statements_.begin(), statements_.end(), in_text_order))
    std::stable_sort(statements_.begin(), statements_.end(), in_text_order);
  resolve_short_credits();
  framing();
  for (std::size_t n = 0; n < statements_.size(); ++n) statements_[n].id = article_.id + "#" + std::to_string(n + 1);
  out_.statements = std::move(statements_);
  return std::move(out_);
}

}  // namespace claimdiff::detail::extraction

namespace claimdiff {

struct Extractor::Impl {
  ExtractOptions options;
  detail::extraction::Lexicons lexicons;
};

Extractor::Extractor(const std::string& data_dir, ExtractOptions options)
    : impl_(std::make_unique<Impl>(Impl{options, detail::extraction::load_lexicons(data_dir)})) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;

Extraction Extractor::extract(const Article& article, const Segmentation& segmentation) const {
  detail::extraction::ArticleExtractor run(impl_->lexicons, impl_->options, article, segmentation);
  return run.run();
}

}  // namespace claimdiff
