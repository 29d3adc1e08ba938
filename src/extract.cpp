// placeholder: replaced by the extraction stage's implementation
#include <claimdiff/extract.hpp>
namespace claimdiff {
struct Extractor::Impl { ExtractOptions options; };
Extractor::Extractor(const std::string&, ExtractOptions options) : impl_(std::make_unique<Impl>(Impl{options})) {}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extraction Extractor::extract(const Article& article, const Segmentation& seg) const {
  Extraction e; std::size_t n = 0;
  for (const auto& s : seg.sentences) {
    Statement st; st.id = article.id + "#" + std::to_string(++n); st.article = article.id;
    st.span = st.content_span = s.span; st.text = st.content = std::string(s.span.of(article.text));
    e.statements.push_back(std::move(st));
  }
  return e;
}
}  // namespace claimdiff
