// Quotation marks for the segment stage: which marks open or close a quotation (straight, curly,
// single, double, guillemets) and which are apostrophes ("don't", "Putin's", "'60s").
// Exposes find_quotations (whole article, quotations may run over paragraphs) and find_closed_quotes.
#pragma once

#include <claimdiff/types.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimdiff::detail {

// Quotations of an article, outermost only, in text order. A quotation still open at the end of a
// paragraph continues when the next paragraph opens with a mark of the same kind (the news
// convention for quotes over several paragraphs); otherwise it ends there with closed = false, as
// it does once it is longer than `max_bytes`.
std::vector<Quotation> find_quotations(std::string_view text, const std::vector<Span>& paragraphs,
                                       std::size_t max_bytes);

// Quotations opened and closed inside `within`, at most `max_bytes` long, appended to `out` (sorted,
// overlaps merged). Only the positions in `mark_bytes` (see find_mark_bytes) are looked at.
void find_closed_quotes(std::string_view text, Span within, std::size_t max_bytes,
                        const std::vector<std::size_t>& mark_bytes, std::vector<Span>& out);

}  // namespace claimdiff::detail
