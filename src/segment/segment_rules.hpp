// The news rules of the segment stage, as pure functions on UTF-8 bytes: line layout (headlines,
// wrapped lines, bullets, list markers, datelines), which of ICU's sentence ends to keep
// (abbreviations, initials, ellipses, URLs), and trimming a sentence of markup and rulers.
#pragma once

#include <claimdiff/types.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace claimdiff::detail {

// ---- characters -------------------------------------------------------------------------------

// Length of the white-space code point at / just before `pos` (0 when there is none). Inline with
// an ASCII fast path: every scan of the stage calls them.
std::size_t space_at_slow(std::string_view text, std::size_t pos);
std::size_t space_before_slow(std::string_view text, std::size_t pos);

inline bool is_ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

inline std::size_t space_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return is_ascii_space(c) ? 1 : 0;
  return space_at_slow(text, pos);
}

inline std::size_t space_before(std::string_view text, std::size_t pos) {
  if (pos == 0 || pos > text.size()) return 0;
  const auto c = static_cast<unsigned char>(text[pos - 1]);
  if (c < 0x80) return is_ascii_space(c) ? 1 : 0;
  return space_before_slow(text, pos);
}

// Line breaks: \n, \r, \r\n, U+2028, U+2029, form feed, and a word of literal escapes ("\\r\\n")
// standing alone. Returns the break's length (0 if none).
std::size_t line_break_at(std::string_view text, std::size_t pos);

// Whether `bytes` stand at `pos` (a short literal; cheaper than string_view::compare's memcmp).
inline bool has_bytes_at(std::string_view text, std::size_t pos, std::string_view bytes) {
  if (pos > text.size() || text.size() - pos < bytes.size()) return false;
  for (std::size_t i = 0; i < bytes.size(); ++i)
    if (text[pos + i] != bytes[i]) return false;
  return true;
}

// ---- lines ------------------------------------------------------------------------------------

// The part of a line that can hold a sentence: without surrounding space, markup tags at its edges
// ("<p>", "&lt;b&gt;"), rulers ("//////", "=====") and a table-of-contents leader ("....... 16").
Span line_content(std::string_view text, Span line);

// Whether the span ends a sentence: final . ! ? … (or : ;), possibly followed by closing quotes or
// brackets. `with_colon` counts ':' and ';' too.
bool ends_with_terminal(std::string_view text, Span span, bool with_colon);

// A bullet ("•", "▪", "⁃", or "-", "*", "–" followed by a space) at `pos`; its length or 0.
std::size_t bullet_at(std::string_view text, std::size_t pos, std::size_t end);

// An item marker at `pos`: "1.", "1)", "1.)", "(1)", "a)", "a.", "(iv)", "iv)" followed by white
// space. "i", "v", "x" read both as letters and as roman numerals; the list decides which.
struct ListMarker {
  Span span;
  int ordinal = 0;  // 1 for "1", "a", "A"
  int roman = 0;    // 1 for "i", 4 for "iv"; 0 when not a roman numeral
  int style = 0;    // punctuation form * 10 + case (digits 0, upper 1, lower 2)
};
std::optional<ListMarker> list_marker_at(std::string_view text, std::size_t pos, std::size_t end);

// Whether a line break between `line` and `next` (both line contents) only wraps a sentence.
bool is_soft_line_break(std::string_view text, Span line, Span next);

// A dateline opening a paragraph: "MOSCOW (Reuters) -", "KYIV, Ukraine (AP) —". Returns the
// end of the dateline (after the dash) or nothing.
std::optional<std::size_t> dateline_end(std::string_view text, Span run);

// ---- sentence ends ----------------------------------------------------------------------------

struct BoundaryContext {
  Span run;                        // the stretch of text being split (no hard breaks inside)
  std::size_t sentence_begin = 0;  // where the current sentence starts
};

// Given one of ICU's sentence boundaries at `boundary`, where the current sentence should end
// (after its final punctuation and closing marks), or nothing when the boundary is not one:
// an abbreviation, an initial, a mid-sentence ellipsis, a URL, a list marker.
std::optional<std::size_t> sentence_end_at(std::string_view text, std::size_t boundary,
                                           const BoundaryContext& context,
                                           const std::vector<Span>& markers);

// Positions in `run` of the bytes the later passes look at: first bytes of quotation marks,
// brackets, . ? ! and full-width marks. One table-driven pass instead of one per rule.
void find_mark_bytes(std::string_view text, Span run, std::vector<std::size_t>& out);

// Sentence ends ICU does not see: footnote numbers after a period ("consultation.11 12 Take"),
// a quotation broken off by a dash ("to--\" At this moment"). Appended to `out`.
void extra_sentence_ends(std::string_view text, Span run, const std::vector<std::size_t>& mark_bytes,
                         std::vector<std::size_t>& out);

// Parentheses and square brackets opened and closed inside `within`, at most `max_bytes` long
// ("(He previously worked for 5 years as an engineer.)", "[16: firma? 13:28]"), appended to `out`.
void find_closed_brackets(std::string_view text, Span within, std::size_t max_bytes,
                          const std::vector<std::size_t>& mark_bytes, std::vector<Span>& out);

// A sentence's span without surrounding space, markup tags and rulers; empty when nothing is left
// or only a page number is.
Span trim_sentence(std::string_view text, Span span);

}  // namespace claimdiff::detail
