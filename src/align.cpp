// placeholder: replaced by the alignment stage's implementation
#include <claimdiff/align.hpp>
namespace claimdiff {
struct Aligner::Impl { AlignOptions options; };
Aligner::Aligner(AlignOptions options) : impl_(std::make_unique<Impl>(Impl{options})) {}
Aligner::~Aligner() = default;
Aligner::Aligner(Aligner&&) noexcept = default;
Aligner& Aligner::operator=(Aligner&&) noexcept = default;
std::vector<Claim> Aligner::align(const std::vector<Statement>& statements) const {
  std::vector<Claim> claims; std::size_t n = 0;
  for (const auto& s : statements) { Claim c; c.id = "claim-" + std::to_string(++n); c.members = {s.id}; c.representative = s.id; c.summary = s.content; c.articles = {s.article}; claims.push_back(c); }
  return claims;
}
double Aligner::similarity(std::string_view a, std::string_view b) const { return a == b ? 1.0 : 0.0; }
bool Aligner::same_claim(double score) const { return score >= impl_->options.threshold; }
const AlignOptions& Aligner::options() const { return impl_->options; }
}  // namespace claimdiff
