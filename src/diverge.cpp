// placeholder: replaced by the divergence stage's implementation
#include <claimdiff/diverge.hpp>
namespace claimdiff {
void diverge(std::vector<Claim>&, const std::vector<Statement>&, const std::vector<ArticleReport>&, const DivergeOptions&) {}
std::vector<WordEdit> word_edits(std::string_view, std::string_view) { return {}; }
}  // namespace claimdiff
