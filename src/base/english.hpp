// English word classes every stage shares, so no stage keeps its own copy of a closed class.
// Words are compared folded (detail::fold): lower case, ASCII apostrophes.
#pragma once

#include <string_view>

namespace claimdiff::detail {

// General English function words (closed classes), the auxiliaries, the reporting verbs "say" and
// "tell" and the courtesy titles: words that never carry a claim's content.
bool is_stop_word(std::string_view folded);

}  // namespace claimdiff::detail
