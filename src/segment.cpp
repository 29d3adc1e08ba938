// placeholder: replaced by the segmentation stage's implementation
#include <claimdiff/segment.hpp>
namespace claimdiff {
struct Segmenter::Impl { SegmentOptions options; };
Segmenter::Segmenter(SegmentOptions options) : impl_(std::make_unique<Impl>(Impl{options})) {}
Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;
std::vector<Span> Segmenter::split(std::string_view text) const {
  std::vector<Span> out; std::size_t b = 0;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '.' || text[i] == '\n') { if (i + 1 > b + 1) out.push_back({b, i + 1}); b = i + 1; }
  if (b < text.size()) out.push_back({b, text.size()});
  return out;
}
Segmentation Segmenter::segment(const Article& article) const {
  Segmentation s; for (Span sp : split(article.text)) s.sentences.push_back({sp, 0, SentenceRole::body});
  s.paragraphs.push_back({0, article.text.size()}); return s;
}
}  // namespace claimdiff
