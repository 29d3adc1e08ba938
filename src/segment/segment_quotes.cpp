// Quotation pairing for the segment stage: classify each mark by its neighbours, then pair
// openings with closings, one outer and one inner level (double inside single or the reverse).
#include "segment/segment_quotes.hpp"

#include "base/text_util.hpp"
#include "base/utf8.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

namespace claimdiff::detail {
namespace {

enum class QuoteKind { double_mark, single_mark };
enum class MarkRole { none, open, close };

struct Mark {
  MarkRole role = MarkRole::none;
  QuoteKind kind = QuoteKind::double_mark;
  std::size_t length = 0;
};

bool is_open_context(char32_t c) {
  // What may stand just before an opening mark: nothing, space, an opening bracket, a dash or colon.
  return c == 0 || is_space(c) || c == '(' || c == '[' || c == '{' || c == U'\u2014' ||
         c == U'\u2013' || c == '-' || c == U'\u201C' || c == U'\u2018' || c == '"' || c == ':';
}

bool is_word_char(char32_t c) { return c != 0 && (is_letter(c) || is_digit(c)); }

// Words written with a leading apostrophe ("'round", "'til", "'em", "the 'sixties").
bool is_elision_at(std::string_view text, std::size_t pos, std::size_t end) {
  static constexpr std::string_view kElisions[] = {
      "round", "til", "till", "em", "cause", "cos", "tis", "twas", "bout", "n", "nuff", "s",
      "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"};
  std::size_t word_end = pos;
  while (word_end < end && word_end - pos < 12 &&
         ((text[word_end] >= 'a' && text[word_end] <= 'z') || (text[word_end] >= 'A' && text[word_end] <= 'Z')))
    ++word_end;
  if (word_end < end && static_cast<unsigned char>(text[word_end]) < 0x80 &&
      ((text[word_end] >= '0' && text[word_end] <= '9') || text[word_end] == '\''))
    return false;
  std::string lower(text.substr(pos, word_end - pos));
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return std::find(std::begin(kElisions), std::end(kElisions), lower) != std::end(kElisions);
}

// The role of the quotation mark at `pos` (0 length when the byte there is no quotation mark).
Mark classify_mark(std::string_view text, Span within, std::size_t pos) {
  const unsigned char byte = static_cast<unsigned char>(text[pos]);
  if (byte != '"' && byte != '\'' && byte != '`' && byte != 0xE2 && byte != 0xC2) return {};
  const CodePoint cp = decode_at(text, pos);
  const char32_t prev = pos > within.begin ? decode_before(text, pos).value : 0;
  const std::size_t after = pos + cp.length;
  const char32_t next = after < within.end ? decode_at(text, after).value : 0;
  const auto mark = [&](MarkRole role, QuoteKind kind) { return Mark{role, kind, cp.length}; };
  switch (cp.value) {
    case U'\u201C': case U'\u201E': case U'\u201F': case U'\u00AB':
      return mark(MarkRole::open, QuoteKind::double_mark);
    case U'\u201D': case U'\u00BB':
      return mark(MarkRole::close, QuoteKind::double_mark);
    case U'\u2018': case U'\u201A': case U'\u201B':
      if (is_digit(next)) return mark(MarkRole::none, QuoteKind::single_mark);  // ‘60s
      return mark(MarkRole::open, QuoteKind::single_mark);
    case '`':
      return mark(MarkRole::open, QuoteKind::single_mark);
    case '"':
      if (is_open_context(prev) && next != 0 && !is_space(next)) return mark(MarkRole::open, QuoteKind::double_mark);
      if (!is_word_char(next)) return mark(MarkRole::close, QuoteKind::double_mark);
      return mark(MarkRole::none, QuoteKind::double_mark);
    case '\'': case U'\u2019':
      if (is_word_char(prev) && is_letter(next)) return mark(MarkRole::none, QuoteKind::single_mark);  // don't
      if (is_digit(next)) return mark(MarkRole::none, QuoteKind::single_mark);  // '60s, ’90s
      if (is_open_context(prev) && is_letter(next)) {
        if (is_elision_at(text, after, within.end)) return mark(MarkRole::none, QuoteKind::single_mark);
        return mark(MarkRole::open, QuoteKind::single_mark);
      }
      if (prev != 0 && !is_space(prev) && !is_word_char(next)) return mark(MarkRole::close, QuoteKind::single_mark);
      return mark(MarkRole::none, QuoteKind::single_mark);
    default:
      return {};
  }
}

// The first byte at or after `pos` (before `end`) that may open a quotation mark: '"', '\'', '`' or
// the lead byte of a curly quote or guillemet. A table scan, since most bytes of a text are none.
std::size_t next_quote_lead(std::string_view text, std::size_t pos, std::size_t end) {
  static constexpr auto kLead = [] {
    std::array<bool, 256> table{};
    for (const char c : {'"', '\'', '`', '\xE2', '\xC2'}) table[static_cast<unsigned char>(c)] = true;
    return table;
  }();
  while (pos < end && !kLead[static_cast<unsigned char>(text[pos])]) ++pos;
  return pos;
}

// A cheap test on the bytes at `pos` before classify_mark decodes anything.
inline bool may_be_quote(std::string_view text, std::size_t pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte == '"' || byte == '\'' || byte == '`') return true;
  if (byte == 0xE2) {  // U+2018..U+201F
    return pos + 2 < text.size() && static_cast<unsigned char>(text[pos + 1]) == 0x80 &&
           (static_cast<unsigned char>(text[pos + 2]) & 0xF8) == 0x98;
  }
  if (byte == 0xC2) {  // U+00AB, U+00BB
    return pos + 1 < text.size() && (static_cast<unsigned char>(text[pos + 1]) == 0xAB ||
                                     static_cast<unsigned char>(text[pos + 1]) == 0xBB);
  }
  return false;
}

// Pairing state carried across a span (and across paragraphs for find_quotations).
struct QuoteState {
  bool open = false;
  QuoteKind outer = QuoteKind::double_mark;
  std::size_t begin = 0;
  bool inner_open = false;
  QuoteKind inner = QuoteKind::double_mark;
};

// One mark's effect on the pairing; on_quote(span, closed) for each outer quotation it ends.
template <typename OnQuote>
void apply_mark(const Mark& mark, std::size_t pos, QuoteState& state, OnQuote& on_quote) {
  if (mark.role == MarkRole::open) {
    if (!state.open) {
      state = QuoteState{true, mark.kind, pos, false, mark.kind};
    } else if (mark.kind != state.outer) {
      if (!state.inner_open) {
        state.inner_open = true;
        state.inner = mark.kind;
      }
    } else if (mark.kind == QuoteKind::double_mark) {
      // A second opening of the same kind: the earlier quotation was never closed.
      on_quote(Span{state.begin, pos}, false);
      state = QuoteState{true, mark.kind, pos, false, mark.kind};
    }
  } else if (mark.role == MarkRole::close && state.open) {
    if (mark.kind == state.outer) {
      on_quote(Span{state.begin, pos + mark.length}, true);
      state = QuoteState{};
    } else if (state.inner_open && state.inner == mark.kind) {
      state.inner_open = false;
    }
  }
}

// Scans `within` byte by byte, calling on_quote(span, closed) for each outer quotation that ends.
template <typename OnQuote>
void scan_quotes(std::string_view text, Span within, QuoteState& state, OnQuote&& on_quote) {
  for (std::size_t pos = within.begin; pos < within.end;) {
    pos = next_quote_lead(text, pos, within.end);
    if (pos >= within.end) break;
    if (!may_be_quote(text, pos)) {
      ++pos;
      continue;
    }
    const Mark mark = classify_mark(text, within, pos);
    if (mark.length == 0) {
      ++pos;
      continue;
    }
    apply_mark(mark, pos, state, on_quote);
    pos += mark.length;
  }
}

// Whether the paragraph opens (after white space) with an opening mark of `kind`.
bool opens_with(std::string_view text, Span paragraph, QuoteKind kind) {
  const Span trimmed = trim(text, paragraph);
  if (trimmed.empty()) return false;
  const Mark mark = classify_mark(text, trimmed, trimmed.begin);
  return mark.length > 0 && mark.role == MarkRole::open && mark.kind == kind;
}

}  // namespace

std::vector<Quotation> find_quotations(std::string_view text, const std::vector<Span>& paragraphs,
                                       std::size_t max_bytes) {
  std::vector<Quotation> quotations;
  QuoteState state;
  const auto emit = [&](Span span, bool closed) {
    quotations.push_back({trim(text, span), closed && span.size() <= max_bytes});
  };
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const Span paragraph = paragraphs[i];
    if (state.open) {
      // Carried over from the previous paragraph, which reopens here: skip the reopening mark.
      const Span trimmed = trim(text, paragraph);
      const Mark reopen = classify_mark(text, trimmed, trimmed.begin);
      state.inner_open = false;
      scan_quotes(text, Span{trimmed.begin + reopen.length, trimmed.end}, state, emit);
    } else {
      scan_quotes(text, paragraph, state, emit);
    }
    if (!state.open) continue;
    const bool continues = i + 1 < paragraphs.size() &&
                           opens_with(text, paragraphs[i + 1], state.outer) &&
                           paragraphs[i + 1].end - state.begin <= max_bytes;
    if (!continues) {
      quotations.push_back({trim(text, Span{state.begin, paragraph.end}), false});
      state = QuoteState{};
    }
  }
  return quotations;
}

void find_closed_quotes(std::string_view text, Span within, std::size_t max_bytes,
                        const std::vector<std::size_t>& mark_bytes, std::vector<Span>& out) {
  // Double and single marks are paired apart, so an apostrophe taken for a single quote cannot
  // hide a double quotation; the spans found are merged where they overlap.
  const std::size_t first = out.size();
  QuoteState states[2];
  const auto on_quote = [&](Span span, bool closed) {
    if (closed && span.size() <= max_bytes) out.push_back(span);
  };
  std::size_t next_free = within.begin;
  for (const std::size_t pos : mark_bytes) {
    if (pos < next_free || pos >= within.end || !may_be_quote(text, pos)) continue;
    const Mark mark = classify_mark(text, within, pos);
    if (mark.length == 0) continue;
    apply_mark(mark, pos, states[mark.kind == QuoteKind::double_mark ? 0 : 1], on_quote);
    next_free = pos + mark.length;
  }
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
            [](Span a, Span b) { return a.begin < b.begin; });
  std::size_t kept = first;
  for (std::size_t i = first; i < out.size(); ++i) {
    if (kept > first && out[i].begin < out[kept - 1].end) {
      out[kept - 1].end = std::max(out[kept - 1].end, out[i].end);
    } else {
      out[kept++] = out[i];
    }
  }
  out.resize(kept);
}

}  // namespace claimdiff::detail
