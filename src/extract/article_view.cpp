// The read-only view of an article the rules work on: tokens per sentence, which tokens lie inside
// a quotation, and units (the sentences one quotation binds together).
#include "extract/article_extractor.hpp"

namespace claimdiff::detail::extraction {

void ArticleExtractor::tokenize() {
  sentence_tokens_.reserve(seg_.sentences.size());
  t_.reserve(text_.size() / 4 + 16);
  for (const Sentence& s : seg_.sentences) {
    const std::size_t tb = t_.size();
    detail::append_tokens(text_, s.span, t_);
    sentence_tokens_.push_back({tb, t_.size()});
  }
}

// Whether the double mark at token i, met while a quotation is open, opens a new one: it starts its
// sentence [tb, te) and is written as an opening (a curly opening mark, or a straight one with the
// word after it attached).
bool ArticleExtractor::reopens_quote(std::size_t i, std::size_t tb, std::size_t te, bool curly_opening) const {
  if (i != tb || i + 1 >= te || !t_[i + 1].word) return false;
  return curly_opening || t_[i + 1].span.begin == t_[i].span.end;
}

// Which tokens lie inside a quotation, paired paragraph by paragraph.
void ArticleExtractor::mark_quotes() {
  quoted_.assign(t_.size(), false);
  reopens_.assign(t_.size(), 0);
  // Paired here, not taken from the segmenter's quotations: this pairing also reads '' as a double
  // quote, knows the decade apostrophe ('60s) and the reopening mark of a quotation run together
  // from several paragraphs, and keeps extraction stable while segmentation changes.
  std::size_t open_double = static_cast<std::size_t>(-1), open_single = static_cast<std::size_t>(-1);
  std::size_t paragraph = 0;
  auto close_range = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k <= to && k < t_.size(); ++k) quoted_[k] = true;
  };
  const std::size_t none = static_cast<std::size_t>(-1);
  for (std::size_t si = 0; si < seg_.sentences.size(); ++si) {
    const std::size_t para = seg_.sentences[si].paragraph;
    const auto [tb, te] = sentence_tokens_[si];
    // a blank line (or a new paragraph) ends an unclosed quotation
    bool new_paragraph = para != paragraph;
    if (!new_paragraph && tb > 0 && tb < t_.size()) {
      const std::string_view gap = text_.substr(t_[tb - 1].span.end, t_[tb].span.begin - t_[tb - 1].span.end);
      new_paragraph = gap.find('\n') != std::string_view::npos;
    }
    if (new_paragraph) {
      if (open_double != none) close_range(open_double, tb - 1);
      if (open_single != none) open_single = none;
      open_double = none;
      paragraph = para;
    }
    for (std::size_t i = tb; i < te; ++i) {
      const Tok& tk = t_[i];
      if (tk.mark == '"') {
        const detail::CodePoint cp = detail::decode_at(text_, tk.span.begin);
        const bool straight = cp.value == '"' || cp.value == '\'';
        const bool curly_opening = cp.value == U'\u201C' || cp.value == U'\u201E' || cp.value == U'\u00AB';
        const bool opening = curly_opening || (straight && open_double == none);
        if (opening && open_double == none) {
          open_double = i;
        } else if (open_double != none && reopens_quote(i, tb, te, curly_opening)) {
          // a quotation of several paragraphs whose breaks were lost: each paragraph opens with a
          // mark and only the last one closes ('"A. "B. "C."'), so an opening mark at a sentence's
          // start ends the quotation before it and opens the next
          close_range(open_double, i - 1);
          open_double = i;
          reopens_[i] = 1;
        } else if (open_double != none) {
          close_range(open_double, i);
          open_double = none;
        }
      } else if (tk.mark == '\'') {
        const bool before_word = i + 1 < te && t_[i + 1].word && t_[i + 1].span.begin == tk.span.end;
        const bool after_word = i > tb && t_[i - 1].span.end == tk.span.begin && !is_quote_mark(t_[i - 1]);
        if (before_word && !after_word && open_single == none) {
          // '60s is a decade, not a quotation
          if (!(t_[i + 1].digit && t_[i + 1].low.size() == 3 && t_[i + 1].low[2] == 's')) open_single = i;
        } else if (!before_word && open_single != none && open_double == none) {
          close_range(open_single, i);
          open_single = none;
        } else if (!before_word && open_single != none && open_double != none && open_single > open_double) {
          close_range(open_single, i);
          open_single = none;
        }
      }
    }
  }
  if (open_double != none) close_range(open_double, t_.size() - 1);
}

void ArticleExtractor::build_units() {
  const std::size_t n = seg_.sentences.size();
  units_.reserve(n);
  // about one statement per unit: growing the vector would move every Statement built so far
  statements_.reserve(n + 8);
  std::size_t s = 0;
  while (s < n) {
    Unit u;
    u.first_sentence = s;
    u.role = seg_.sentences[s].role;
    u.paragraph = seg_.sentences[s].paragraph;
    std::size_t last = s;
    // merge the next sentence while a quotation runs over the boundary (same paragraph)
    while (last + 1 < n && last - s < 15) {
      const auto [tb, te] = sentence_tokens_[last];
      const auto [nb, ne] = sentence_tokens_[last + 1];
      if (te == tb || ne == nb) break;
      if (seg_.sentences[last + 1].paragraph != seg_.sentences[last].paragraph) break;
      const std::string_view gap = text_.substr(t_[te - 1].span.end, t_[nb].span.begin - t_[te - 1].span.end);
      if (gap.find('\n') != std::string_view::npos) break;
      if (reopens_[nb]) break;  // the next paragraph of a quotation whose break was lost
      // inside one quotation: the last token of this sentence and the first of the next are quoted,
      // and the next does not open a new quotation
      const bool runs_on = quoted_[te - 1] && quoted_[nb] &&
                           !(is_quote_mark(t_[te - 1]) && !quoted_[te - 2 < tb ? tb : te - 2]) &&
                           !(is_quote_mark(t_[nb]) && nb > 0 && !(quoted_[nb - 1] && !is_quote_mark(t_[nb - 1])));
      bool same_quote = false;
      if (quoted_[te - 1] && quoted_[nb]) {
        // closed right at the end of the sentence and reopened: two quotations
        const bool closes = is_quote_mark(t_[te - 1]) || (te >= 2 && is_quote_mark(t_[te - 2]) && !t_[te - 1].word);
        same_quote = !closes || !is_quote_mark(t_[nb]);
        if (closes && is_quote_mark(t_[nb])) same_quote = false;
        if (!closes) same_quote = true;
      }
      if (!(runs_on || same_quote)) break;
      ++last;
    }
    u.last_sentence = last;
    u.tb = sentence_tokens_[s].begin;
    u.te = sentence_tokens_[last].end;
    u.span = {seg_.sentences[s].span.begin, seg_.sentences[last].span.end};
    units_.push_back(u);
    s = last + 1;
  }
}

}  // namespace claimdiff::detail::extraction
