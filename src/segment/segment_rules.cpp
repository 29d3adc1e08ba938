// The news rules of the segment stage. Every scan here is bounded (a few dozen bytes around a
// candidate) or linear in the run, so a 50 MB line without spaces stays linear.
#include "segment/segment_rules.hpp"

#include "segment/segment_lexicon.hpp"
#include "base/text_util.hpp"
#include "base/utf8.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

namespace claimdiff::detail {
namespace {

// How far the rules look around a candidate: words longer than this are not abbreviations.
constexpr std::size_t kMaxWordBytes = 64;
constexpr std::size_t kMaxTagBytes = 300;

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

char32_t code_at(std::string_view text, std::size_t pos, std::size_t end) {
  if (pos >= end) return 0;
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return byte;
  return decode_at(text.substr(0, end), pos).value;
}

// Length of the closing quote or bracket ending at `pos`, or 0.
std::size_t closer_before(std::string_view text, std::size_t pos, std::size_t floor) {
  if (pos <= floor) return 0;
  const char c = text[pos - 1];
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') return 1;
  if (static_cast<unsigned char>(c) < 0x80) return 0;
  const CodePoint cp = decode_before(text, pos);
  if (pos - floor < cp.length) return 0;
  if (cp.value == U'\u201D' || cp.value == U'\u2019' || cp.value == U'\u00BB') return cp.length;
  return 0;
}

// Length of a footnote mark "[12]" or "[2–11]" ending at `pos`, or 0.
std::size_t footnote_before(std::string_view text, std::size_t pos, std::size_t floor) {
  if (pos <= floor + 2 || text[pos - 1] != ']') return 0;
  std::size_t i = pos - 1;
  const std::size_t limit = pos - floor > 12 ? pos - 12 : floor;
  while (i > limit) {
    --i;
    const char c = text[i];
    if (c == '[') return (pos - i > 2) ? pos - i : 0;
    // digits, "-", "," and the bytes of an en dash
    if (!is_ascii_digit(c) && c != '-' && c != ',' && static_cast<unsigned char>(c) < 0x80) return 0;
  }
  return 0;
}

// Length of the sentence-final mark ending at `pos` (. ! ? … and their full-width forms), or 0.
std::size_t terminal_before(std::string_view text, std::size_t pos, std::size_t floor) {
  if (pos <= floor) return 0;
  const char c = text[pos - 1];
  if (c == '.' || c == '!' || c == '?') return 1;
  if (static_cast<unsigned char>(c) < 0x80) return 0;
  const CodePoint cp = decode_before(text, pos);
  if (pos - floor < cp.length) return 0;
  switch (cp.value) {
    case U'\u2026': case U'\uFF0E': case U'\u3002': case U'\uFF01': case U'\uFF1F':
    case U'\u203C': case U'\u2047': case U'\u2048': case U'\u2049':
      return cp.length;
    default:
      return 0;
  }
}

bool is_opener_byte_at(std::string_view text, std::size_t pos, std::size_t end, std::size_t& length) {
  const char c = text[pos];
  if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '`') {
    length = 1;
    return true;
  }
  if (static_cast<unsigned char>(c) < 0x80) return false;
  const CodePoint cp = decode_at(text.substr(0, end), pos);
  if (cp.value == U'\u201C' || cp.value == U'\u2018' || cp.value == U'\u00AB' || cp.value == U'\u201E') {
    length = cp.length;
    return true;
  }
  return false;
}

enum class NextKind { end, lower, upper, digit, other };

// The first word after a candidate boundary, past white space and opening quotes or brackets.
struct NextWord {
  NextKind kind = NextKind::end;
  std::string_view word;       // its letters ("The", "Mr", "KG")
  bool parenthesis = false;    // it opens with "("
};

NextWord next_word_at(std::string_view text, std::size_t pos, std::size_t end) {
  NextWord next;
  std::size_t steps = 0;
  while (pos < end && steps < 8) {
    if (const std::size_t space = space_at(text, pos)) {
      pos += space;
      ++steps;
      continue;
    }
    std::size_t length = 0;
    if (is_opener_byte_at(text, pos, end, length)) {
      if (text[pos] == '(') next.parenthesis = true;
      pos += length;
      ++steps;
      continue;
    }
    break;
  }
  if (pos >= end) return next;
  const char ascii = text[pos];
  if (static_cast<unsigned char>(ascii) < 0x80) {
    // ASCII fast path: most words after a period are plain English.
    next.kind = is_ascii_upper(ascii)   ? NextKind::upper
                : is_ascii_lower(ascii) ? NextKind::lower
                : is_ascii_digit(ascii) ? NextKind::digit
                                        : NextKind::other;
    std::size_t word_end = pos;
    while (word_end < end && word_end - pos < kMaxWordBytes && is_ascii_alpha(text[word_end])) ++word_end;
    if (word_end == end || static_cast<unsigned char>(text[word_end]) < 0x80) {
      next.word = text.substr(pos, word_end - pos);
      return next;
    }
  }
  const CodePoint first = decode_at(text.substr(0, end), pos);
  if (is_upper(first.value)) {
    next.kind = NextKind::upper;
  } else if (is_letter(first.value)) {
    next.kind = u_islower(static_cast<UChar32>(first.value)) ? NextKind::lower : NextKind::other;
  } else if (is_digit(first.value)) {
    next.kind = NextKind::digit;
  } else {
    next.kind = NextKind::other;
  }
  std::size_t word_end = pos;
  while (word_end < end && word_end - pos < kMaxWordBytes) {
    const CodePoint cp = decode_at(text.substr(0, end), word_end);
    if (!is_letter(cp.value)) break;
    word_end += cp.length;
  }
  next.word = text.substr(pos, word_end - pos);
  return next;
}


// The word just before `pos` (back to white space or an opening quote or bracket).
std::size_t word_begin_before(std::string_view text, std::size_t pos, std::size_t floor) {
  std::size_t begin = pos;
  while (begin > floor && pos - begin < kMaxWordBytes) {
    const char c = text[begin - 1];
    if (c == '(' || c == '[' || c == '{' || c == '"' || c == '`') break;
    if (space_before(text, begin) != 0) break;
    if (static_cast<unsigned char>(c) >= 0x80) {
      const CodePoint cp = decode_before(text, begin);
      if (cp.value == U'\u201C' || cp.value == U'\u2018' || cp.value == U'\u00AB') break;
      begin -= std::min(cp.length, begin - floor);
      continue;
    }
    --begin;
  }
  return begin;
}

// ASCII lower-case copy of a short word into `buffer`; empty when too long or not ASCII.
std::string_view ascii_lower(std::string_view word, std::array<char, 16>& buffer) {
  if (word.size() > buffer.size()) return {};
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (static_cast<unsigned char>(c) >= 0x80) return {};
    buffer[i] = is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return {buffer.data(), word.size()};
}

// "U.S", "Ph.D", "e.g", "a.m", "J.C": letters in groups of one to three, joined by periods.
bool is_dotted_abbreviation(std::string_view word) {
  if (word.size() < 3 || word.size() > 12) return false;
  std::size_t group = 0;
  bool inner_period = false;
  for (const char c : word) {
    if (is_ascii_alpha(c)) {
      if (++group > 3) return false;
    } else if (c == '.') {
      if (group == 0) return false;
      group = 0;
      inner_period = true;
    } else {
      return false;
    }
  }
  return inner_period && group > 0;
}

bool all_upper_letters(std::string_view word) {
  bool any = false;
  for (const char c : word) {
    if (is_ascii_lower(c)) return false;
    any = any || is_ascii_upper(c);
  }
  return any;
}

bool has_letter(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    const CodePoint cp = decode_at(word, i);
    if (is_letter(cp.value)) return true;
    i += cp.length;
  }
  return false;
}

bool looks_like_address(std::string_view token) {
  return token.find('@') != std::string_view::npos || token.find("://") != std::string_view::npos ||
         token.rfind("www.", 0) == 0;
}

// The non-space token around `pos`, at most kMaxWordBytes each way.
std::string_view token_around(std::string_view text, std::size_t pos, Span run) {
  std::size_t begin = pos;
  while (begin > run.begin && pos - begin < kMaxWordBytes && space_before(text, begin) == 0) --begin;
  std::size_t end = pos;
  while (end < run.end && end - pos < kMaxWordBytes && space_at(text, end) == 0) ++end;
  return text.substr(begin, end - begin);
}

// "At 5 a.m." before "Mr. Smith went": a fragment of at most four words opened by a preposition is
// an adverbial, not a sentence, so the abbreviation ending it does not end the sentence.
bool is_short_adverbial(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t words = 0;
  std::string_view first;
  std::size_t i = begin;
  while (i < end) {
    while (i < end && space_at(text, i) != 0) i += space_at(text, i);
    if (i >= end) break;
    const std::size_t word = i;
    while (i < end && space_at(text, i) == 0) ++i;
    if (++words > 4) return false;
    if (words == 1) first = text.substr(word, i - word);
  }
  while (!first.empty() && !is_ascii_alpha(first.front())) first.remove_prefix(1);
  return words >= 2 && lexicon_contains(kIntroPrepositions, first);
}

// Whether a period glued to a capitalised word ends a sentence: "world.Today", "1,000.That",
// but not "Ph.D", "Y!J", "Jane.Doe@example.com", "www.Example.com".
bool is_glued_sentence_end(std::string_view text, std::size_t period, Span run) {
  if (period < run.begin + 2 || period + 2 >= run.end) return false;
  const char before = text[period - 1];
  if (!is_ascii_lower(before) && !is_ascii_digit(before)) return false;
  if (!is_ascii_alpha(text[period - 2]) && !is_ascii_digit(text[period - 2]) && text[period - 2] != ',') return false;
  if (!is_ascii_upper(text[period + 1]) || !is_ascii_lower(text[period + 2])) return false;
  return !looks_like_address(token_around(text, period, run));
}

// Offset just after the last glued sentence end inside `word` ("Tuesday.Mr" -> 8), or 0.
std::size_t glued_sentence_end(std::string_view word) {
  if (looks_like_address(word)) return 0;
  // Scan periods from the right, each with at least two bytes after it ("Mr") and one before.
  for (std::size_t i = word.size() >= 3 ? word.size() - 3 : 0; i >= 1; --i) {
    if (word[i] == '.' && is_ascii_upper(word[i + 1]) && is_ascii_lower(word[i + 2]) &&
        (is_ascii_lower(word[i - 1]) || is_ascii_digit(word[i - 1])))
      return i + 1;
  }
  return 0;
}

bool starts_relative_aside(const NextWord& next) {
  // "(Which was very likely true.)" comments on the sentence before it.
  return next.parenthesis && (next.word == "Which" || next.word == "which" || next.word == "Who" ||
                              next.word == "who" || next.word == "Whose" || next.word == "whose");
}

bool is_marker_period(const std::vector<Span>& markers, std::size_t pos) {
  const auto it = std::upper_bound(markers.begin(), markers.end(), pos,
                                   [](std::size_t p, Span s) { return p < s.begin; });
  return it != markers.begin() && std::prev(it)->contains(pos);
}

// Length of a markup tag ("<p>", "</em>", "&lt;b&gt;") starting at / ending at `pos`, or 0.
std::size_t tag_at(std::string_view text, std::size_t pos, std::size_t end) {
  if (pos >= end) return 0;
  if (text[pos] == '<' && pos + 1 < end &&
      (is_ascii_alpha(text[pos + 1]) || text[pos + 1] == '/' || text[pos + 1] == '!')) {
    for (std::size_t i = pos + 1; i < end && i - pos < kMaxTagBytes; ++i) {
      if (text[i] == '>') return i + 1 - pos;
      if (text[i] == '<' || text[i] == '\n') return 0;
    }
    return 0;
  }
  if (text[pos] == '&' && pos + 4 < end && has_bytes_at(text, pos, "&lt;") &&
      (is_ascii_alpha(text[pos + 4]) || text[pos + 4] == '/')) {
    const std::size_t close = text.substr(0, std::min(end, pos + kMaxTagBytes)).find("&gt;", pos + 4);
    if (close != std::string_view::npos) return close + 4 - pos;
  }
  return 0;
}

std::size_t tag_before(std::string_view text, std::size_t pos, std::size_t floor) {
  if (pos <= floor) return 0;
  if (text[pos - 1] == '>') {
    for (std::size_t i = pos - 1; i > floor && pos - i < kMaxTagBytes;) {
      --i;
      if (text[i] == '<') return tag_at(text, i, pos) == pos - i ? pos - i : 0;
      if (text[i] == '>' || text[i] == '\n') return 0;
    }
    return 0;
  }
  if (pos >= floor + 8 && text[pos - 1] == ';' && has_bytes_at(text, pos - 4, "&gt;")) {
    const std::size_t from = pos - floor > kMaxTagBytes ? pos - kMaxTagBytes : floor;
    const std::size_t open = text.substr(0, pos).rfind("&lt;");
    if (open != std::string_view::npos && open >= from && tag_at(text, open, pos) == pos - open) return pos - open;
  }
  return 0;
}

bool is_ruler_char(char c) {
  return c == '/' || c == '=' || c == '*' || c == '_' || c == '#' || c == '~' || c == '-' || c == '+';
}

// A ruler: four or more of the same ruler character.
std::size_t ruler_at(std::string_view text, std::size_t pos, std::size_t end) {
  if (pos >= end || !is_ruler_char(text[pos])) return 0;
  std::size_t i = pos;
  while (i < end && text[i] == text[pos]) ++i;
  return i - pos >= 4 ? i - pos : 0;
}

std::size_t ruler_before(std::string_view text, std::size_t pos, std::size_t floor) {
  if (pos <= floor || !is_ruler_char(text[pos - 1])) return 0;
  std::size_t i = pos;
  while (i > floor && text[i - 1] == text[pos - 1]) --i;
  return pos - i >= 4 ? pos - i : 0;
}

// A table-of-contents leader and page number ending the span: "....... 16-17".
std::size_t leader_before(std::string_view text, std::size_t pos, std::size_t floor) {
  std::size_t i = pos;
  bool digit = false;
  while (i > floor && (is_ascii_digit(text[i - 1]) || text[i - 1] == '-' || text[i - 1] == ' ')) {
    digit = digit || is_ascii_digit(text[i - 1]);
    --i;
  }
  if (!digit) return 0;
  std::size_t dots = i;
  while (dots > floor && text[dots - 1] == '.') --dots;
  return i - dots >= 4 ? pos - dots : 0;
}

// Strips space, tags, rulers (and a leader when `leaders`) from both ends of `span`.
// Whether a byte can start (or end) what strip removes: space, a tag, a ruler, a leader's digits.
constexpr auto kStripEdge = [] {
  std::array<bool, 256> table{};
  for (const char c : {' ', '\t', '\n', '\r', '\f', '\v', '<', '>', '&', ';', '/', '=', '*', '_', '#', '~', '-', '+'})
    table[static_cast<unsigned char>(c)] = true;
  for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = true;
  for (int c = 0x80; c < 0x100; ++c) table[static_cast<std::size_t>(c)] = true;  // non-ASCII spaces
  return table;
}();

Span strip(std::string_view text, Span span, bool leaders) {
  std::size_t begin = span.begin;
  std::size_t end = span.end;
  if (begin < end && !kStripEdge[static_cast<unsigned char>(text[begin])] &&
      !kStripEdge[static_cast<unsigned char>(text[end - 1])])
    return span;  // the usual case: a letter or a full stop at both ends
  for (bool changed = true; changed && begin < end;) {
    changed = false;
    if (const std::size_t n = space_at(text, begin); n && begin + n <= end) { begin += n; changed = true; continue; }
    if (const std::size_t n = space_before(text, end); n && end - n >= begin) { end -= n; changed = true; continue; }
    if (const std::size_t n = tag_at(text, begin, end)) { begin += n; changed = true; continue; }
    if (const std::size_t n = tag_before(text, end, begin)) { end -= n; changed = true; continue; }
    if (const std::size_t n = ruler_at(text, begin, end)) { begin += n; changed = true; continue; }
    if (const std::size_t n = ruler_before(text, end, begin)) { end -= n; changed = true; continue; }
    if (leaders) {
      if (const std::size_t n = leader_before(text, end, begin)) { end -= n; changed = true; continue; }
    }
  }
  return begin < end ? Span{begin, end} : Span{span.begin, span.begin};
}

int roman_value(std::string_view letters) {
  static constexpr std::string_view kRomans[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii",
                                                 "ix", "x", "xi", "xii", "xiii", "xiv", "xv"};
  if (letters.empty() || letters.size() > 4) return 0;
  for (const char c : letters)
    if (c != 'i' && c != 'v' && c != 'x' && c != 'I' && c != 'V' && c != 'X') return 0;
  std::array<char, 16> buffer{};
  const std::string_view lower = ascii_lower(letters, buffer);
  for (std::size_t i = 0; i < std::size(kRomans); ++i)
    if (lower == kRomans[i]) return static_cast<int>(i + 1);
  return 0;
}

}  // namespace

std::size_t space_at_slow(std::string_view text, std::size_t pos) {
  // Non-ASCII spaces start with one of these bytes (U+00A0, U+1680, U+2000..U+205F, U+3000, U+FEFF).
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead != 0xC2 && lead != 0xE1 && lead != 0xE2 && lead != 0xE3 && lead != 0xEF) return 0;
  const CodePoint cp = decode_at(text, pos);
  return is_space(cp.value) ? cp.length : 0;
}

std::size_t space_before_slow(std::string_view text, std::size_t pos) {
  const CodePoint cp = decode_before(text, pos);
  return cp.value >= 0x80 && is_space(cp.value) ? cp.length : 0;
}

std::size_t line_break_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  const char c = text[pos];
  if (c == '\n' || c == '\f' || c == '\v') return 1;
  if (c == '\r') return pos + 1 < text.size() && text[pos + 1] == '\n' ? 2 : 1;
  if (c == '\xE2' && has_bytes_at(text, pos, "\xE2\x80") && pos + 2 < text.size() &&
      (text[pos + 2] == '\xA8' || text[pos + 2] == '\xA9'))
    return 3;
  if (c == '\\') {
    // Escapes left in scraped text ("Hello World. \r\n Hello."): a word made only of \r, \n and \t,
    // standing between spaces, is a line break.
    if (space_before(text, pos) == 0 && pos > 0) return 0;
    std::size_t end = pos;
    while (end + 1 < text.size() && text[end] == '\\' &&
           (text[end + 1] == 'r' || text[end + 1] == 'n' || text[end + 1] == 't'))
      end += 2;
    if (end == pos || (end < text.size() && space_at(text, end) == 0)) return 0;
    return end - pos;
  }
  return 0;
}

Span line_content(std::string_view text, Span line) { return strip(text, line, true); }

bool ends_with_terminal(std::string_view text, Span span, bool with_colon) {
  std::size_t pos = span.end;
  for (int steps = 0; steps < 4; ++steps) {
    const std::size_t closer = closer_before(text, pos, span.begin);
    if (closer == 0) break;
    pos -= closer;
  }
  if (terminal_before(text, pos, span.begin) != 0) return true;
  return with_colon && pos > span.begin && (text[pos - 1] == ':' || text[pos - 1] == ';');
}

std::size_t bullet_at(std::string_view text, std::size_t pos, std::size_t end) {
  if (pos >= end) return 0;
  const char c = text[pos];
  const auto followed_by_space = [&](std::size_t length) {
    return pos + length < end && space_at(text, pos + length) != 0;
  };
  if (c == '-' || c == '*' || c == '+') return followed_by_space(1) ? 1 : 0;
  if (static_cast<unsigned char>(c) < 0x80) return 0;
  const CodePoint cp = decode_at(text.substr(0, end), pos);
  switch (cp.value) {
    case U'\u2022': case U'\u25E6': case U'\u25AA': case U'\u25CF': case U'\u2023': case U'\u2043':
    case U'\u2219': case U'\u25A0': case U'\u25BA': case U'\u27A2': case U'\u25B8': case U'\u00B7':
      return cp.length;
    case U'\u2013': case U'\u2014':
      return followed_by_space(cp.length) ? cp.length : 0;
    default:
      return 0;
  }
}

std::optional<ListMarker> list_marker_at(std::string_view text, std::size_t pos, std::size_t end) {
  std::size_t i = pos;
  const bool parenthesised = i < end && text[i] == '(';
  if (parenthesised) ++i;
  const std::size_t body = i;
  while (i < end && i - body < 4 && (is_ascii_digit(text[i]) || is_ascii_alpha(text[i]))) ++i;
  if (i == body || i >= end) return std::nullopt;
  const std::string_view label = text.substr(body, i - body);
  int number = 0;
  int letter = 0;
  const int roman = roman_value(label);
  const bool digits = std::all_of(label.begin(), label.end(), is_ascii_digit);
  if (digits) {
    if (label.size() > 3) return std::nullopt;
    for (const char c : label) number = number * 10 + (c - '0');
  } else if (label.size() == 1) {
    letter = is_ascii_lower(label[0]) ? label[0] - 'a' + 1 : label[0] - 'A' + 1;
  } else if (roman == 0) {
    return std::nullopt;
  }
  int form = 0;
  if (parenthesised) {
    if (text[i] != ')') return std::nullopt;
    form = 1;
    ++i;
  } else if (text[i] == ')') {
    form = 2;
    ++i;
  } else if (text[i] == '.' && i + 1 < end && text[i + 1] == ')') {
    form = 3;
    i += 2;
  } else if (text[i] == '.' && (digits || (letter != 0 && is_ascii_lower(label[0])))) {
    form = 4;  // "1." and "a." (an upper-case "A." is an initial)
    ++i;
  } else {
    return std::nullopt;
  }
  if (i < end && space_at(text, i) == 0) return std::nullopt;
  const int case_style = digits ? 0 : (is_ascii_upper(label[0]) ? 1 : 2);
  ListMarker marker;
  marker.span = {pos, i};
  marker.ordinal = digits ? number : letter;
  marker.style = form * 10 + case_style;
  marker.roman = roman;
  return marker;
}

bool is_soft_line_break(std::string_view text, Span line, Span next) {
  if (line.empty() || next.empty()) return false;
  if (ends_with_terminal(text, line, true)) return false;
  if (bullet_at(text, next.begin, next.end) != 0 || list_marker_at(text, next.begin, next.end)) return false;
  // A line ending in a comma or a word that cannot end a sentence or a title was wrapped:
  // "talks with\nPresident Macron".
  if (text[line.end - 1] == ',' || lexicon_contains(kContinuationWords, text.substr(
          word_begin_before(text, line.end, line.begin), line.end - word_begin_before(text, line.end, line.begin))))
    return true;
  const char32_t first = code_at(text, next.begin, next.end);
  if (first == '(') {
    const char32_t second = code_at(text, next.begin + 1, next.end);
    return second == ' ' || u_islower(static_cast<UChar32>(second));
  }
  return u_islower(static_cast<UChar32>(first));
}

std::optional<std::size_t> dateline_end(std::string_view text, Span run) {
  // Words in capitals ("MOSCOW", "NEW YORK", "ST. PETERSBURG"), then optionally ", Place" or
  // ", Sept 12", optionally "(Agency)", then a dash and a space.
  if (run.size() < 4 || !is_ascii_upper(text[run.begin]) || !is_ascii_upper(text[run.begin + 1])) return std::nullopt;
  const std::size_t limit = std::min(run.end, run.begin + 120);
  std::size_t i = run.begin;
  std::size_t capitals = 0;
  bool after_comma = false;
  bool agency = false;
  while (i < limit) {
    if (const std::size_t space = space_at(text, i)) {
      i += space;
      continue;
    }
    const char c = text[i];
    if (c == ',') {
      if (capitals == 0) return std::nullopt;
      after_comma = true;
      ++i;
      continue;
    }
    if (c == '(') {
      if (capitals == 0 || agency) return std::nullopt;
      const std::size_t close = text.substr(0, limit).find(')', i);
      if (close == std::string_view::npos || close - i > 40) return std::nullopt;
      agency = true;
      i = close + 1;
      continue;
    }
    const std::size_t dash = c == '-' ? (i + 1 < limit && text[i + 1] == '-' ? 2 : 1)
                                      : (has_bytes_at(text, i, "\xE2\x80\x94") ||
                                         has_bytes_at(text, i, "\xE2\x80\x93")) ? 3 : 0;
    if (dash != 0) {
      if (capitals == 0 || i == run.begin || space_before(text, i) == 0) return std::nullopt;
      if (i + dash >= run.end || space_at(text, i + dash) == 0) return std::nullopt;
      return i + dash;
    }
    if (agency) return std::nullopt;  // words after "(Reuters)" other than the dash
    const std::size_t word = i;
    while (i < limit && space_at(text, i) == 0 && text[i] != ',' && text[i] != '(') ++i;
    const std::string_view token = text.substr(word, i - word);
    if (all_upper_letters(token) && token.size() >= 2) {
      ++capitals;  // "WASHINGTON", "NEW YORK", and after a comma "D.C."
    } else if (!(after_comma && (is_ascii_upper(token.front()) || is_ascii_digit(token.front())))) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

namespace {

// The steps of sentence_end_at, each bounded by a fixed number of bytes (see the file's opening).
constexpr std::size_t kMaxFootnoteBytes = 12;  // "[12]", "[a]": a longer bracket is no footnote mark
constexpr int kMaxCloserSteps = 8;             // closing quotes, brackets and footnotes after the mark
constexpr std::size_t kMaxMarkBytes = 16;      // a run of final punctuation ("?!", "...", "…")
// A period after this many lower-case letters ends a sentence by the next word's case alone: no
// abbreviation is that long ("yesterday.").
constexpr std::size_t kPlainWordLetters = 7;

// ICU splits a footnote mark after its bracket ("martyr.[|1]"): moves `boundary` past the marks and
// the space after them. False when the brackets are not footnote marks: then there is no boundary.
bool skip_footnote_marks(std::string_view text, Span run, std::size_t& boundary) {
  if (!(boundary > run.begin && text[boundary - 1] == '[')) return true;
  std::size_t pos = boundary - 1;
  while (pos < run.end && text[pos] == '[') {
    std::size_t close = pos + 1;
    while (close < run.end && close - pos < kMaxFootnoteBytes && text[close] != ']' && space_at(text, close) == 0) ++close;
    if (close >= run.end || text[close] != ']') return false;
    pos = close + 1;
  }
  if (pos < run.end && space_at(text, pos) == 0) return false;
  boundary = pos;
  while (boundary < run.end && space_at(text, boundary) != 0) boundary += space_at(text, boundary);
  return true;
}

// The final punctuation before `end`, past closing quotes, brackets and footnote marks.
struct FinalMarks {
  std::size_t begin = 0, end = 0;  // the marks' bytes
  std::size_t periods = 0;         // periods among them (an ellipsis counts three)
  bool exclaim = false;            // a '!' or '?'
};

FinalMarks final_marks(std::string_view text, std::size_t end, Span run) {
  FinalMarks marks;
  marks.end = end;
  for (int steps = 0; steps < kMaxCloserSteps; ++steps) {
    if (const std::size_t n = footnote_before(text, marks.end, run.begin)) { marks.end -= n; continue; }
    if (const std::size_t n = closer_before(text, marks.end, run.begin)) { marks.end -= n; continue; }
    break;
  }
  marks.begin = marks.end;
  while (marks.begin > run.begin && marks.end - marks.begin < kMaxMarkBytes) {
    const std::size_t n = terminal_before(text, marks.begin, run.begin);
    if (n == 0) break;
    const char c = text[marks.begin - 1];
    if (c == '.') ++marks.periods;
    else if (n == 1) marks.exclaim = true;
    else if (text.compare(marks.begin - n, n, "\xE2\x80\xA6") == 0) marks.periods += 3;
    marks.begin -= n;
  }
  return marks;
}

// No space after the mark: "world.Today" ends a sentence, "Ph.D", "Y!J", URLs do not.
std::optional<std::size_t> end_without_space(std::string_view text, Span run, const FinalMarks& marks,
                                             const NextWord& next, std::size_t end) {
  if (looks_like_address(token_around(text, marks.begin, run))) return std::nullopt;
  const std::size_t word = word_begin_before(text, marks.begin, run.begin);
  if (marks.begin - word < 2 || next.kind != NextKind::upper || next.word.size() < 2) return std::nullopt;
  if (!is_ascii_lower(next.word[1])) return std::nullopt;
  return end;
}

// A spaced ellipsis ". . ." running back from the single period at `mark_begin`: its first dot
// and how many dots it has (1: none).
std::pair<std::size_t, std::size_t> spaced_ellipsis(std::string_view text, Span run, std::size_t mark_begin) {
  std::size_t first_dot = mark_begin;
  std::size_t dots = 1;
  while (first_dot >= run.begin + 2 && text[first_dot - 1] == ' ' && text[first_dot - 2] == '.') {
    first_dot -= 2;
    ++dots;
  }
  return {first_dot, dots};
}

// The word before a single period, without a glued sentence end ("Tuesday.Mr") or a closing mark
// used as an opening one ("”Mr. Trump") or apostrophes before it.
std::pair<std::size_t, std::string_view> word_before_period(std::string_view text, Span run, std::size_t mark_begin) {
  std::size_t word_begin = word_begin_before(text, mark_begin, run.begin);
  std::string_view word = text.substr(word_begin, mark_begin - word_begin);
  if (const std::size_t glued = glued_sentence_end(word); glued != 0) {
    word_begin += glued;
    word.remove_prefix(glued);
  }
  while (!word.empty() && static_cast<unsigned char>(word[0]) >= 0x80) {
    const CodePoint cp = decode_at(word, 0);
    if (cp.value != U'\u201D' && cp.value != U'\u2019' && cp.value != U'\u00BB') break;
    word_begin += cp.length;
    word.remove_prefix(cp.length);
  }
  while (!word.empty() && word[0] == '\'') {
    ++word_begin;
    word.remove_prefix(1);
  }
  return {word_begin, word};
}

// After a dotted abbreviation ("U.S.", "p.m.", "i.v."): a lower-case word or a short adverbial
// goes on, a sentence starter ends; a time ends unless a time zone follows; capitals continue a name.
std::optional<std::size_t> end_after_dotted(std::string_view text, Span run, std::string_view word,
                                            std::string_view lower, std::size_t word_begin, const NextWord& next,
                                            bool continues, bool adverbial, std::size_t end) {
  if (continues || adverbial) return std::nullopt;
  if (next.kind != NextKind::upper || lexicon_contains(kSentenceStarters, next.word)) return end;
  std::size_t before = word_begin;
  while (before > run.begin && space_before(text, before) != 0) before -= space_before(text, before);
  const bool after_number = before > run.begin && is_ascii_digit(text[before - 1]);
  if (after_number && lexicon_contains(kTimeAbbreviations, lower)) {
    // A time ("6 P.M.", not "P.M. Rutte"); a time zone after it continues: "3 p.m. ET on Monday".
    return lexicon_contains(kTimeZones, next.word) ? std::nullopt : std::optional(end);
  }
  // "U.S. Senate", "J.C. Penney": capitals continue a name; "i.v. It" ends.
  return all_upper_letters(word) ? std::nullopt : std::optional(end);
}

// After a single letter: lower case ends ("plan b."), an initial goes on ("Jonas E. Smith", "Q.
// What"), but "you and I. Did": the pronoun after a lower-case word ends the sentence.
std::optional<std::size_t> end_after_letter(std::string_view text, Span run, std::string_view word,
                                            std::size_t word_begin, bool continues, std::size_t end) {
  if (continues) return std::nullopt;
  if (is_ascii_lower(word[0])) return end;
  if (word[0] == 'I') {
    std::size_t previous = word_begin;
    while (previous > run.begin && space_before(text, previous) != 0) previous -= space_before(text, previous);
    const std::size_t previous_word = word_begin_before(text, previous, run.begin);
    if (previous_word < previous && (is_ascii_lower(text[previous_word]) || text[previous - 1] == ','))
      return end;
  }
  return std::nullopt;
}

// A single period after a word: abbreviations (titles, dotted, listed, never final), initials, a
// short word before a number; else the sentence ends unless a lower-case word follows.
std::optional<std::size_t> end_after_word(std::string_view text, const BoundaryContext& context,
                                          std::size_t mark_begin, const NextWord& next, std::size_t end) {
  const Span run = context.run;
  const auto [word_begin, word] = word_before_period(text, run, mark_begin);
  if (word.empty() || looks_like_address(word)) return end;
  const bool continues = next.kind == NextKind::lower || next.kind == NextKind::digit;
  const auto adverbial = [&] {
    return next.kind == NextKind::upper && is_short_adverbial(text, context.sentence_begin, mark_begin);
  };
  std::array<char, 16> buffer{};
  const std::string_view lower = ascii_lower(word, buffer);

  if (word.size() <= 6 && is_ascii_upper(word[0]) && lexicon_contains(kTitleAbbreviations, word)) return std::nullopt;
  const bool dotted = is_dotted_abbreviation(word);
  const bool abbreviation = dotted || (lower.size() <= 6 && !lower.empty() && lexicon_contains(kAbbreviations, lower));
  // "Inc. (“Company A”)", "& Co. (cited from ...)": a parenthesis after an abbreviation goes on.
  if (abbreviation && next.parenthesis) return std::nullopt;
  if (lower.size() <= 5 && !lower.empty() && lexicon_contains(kNeverFinalAbbreviations, lower)) return std::nullopt;
  if (dotted) {
    const bool adverbial_next = !continues && adverbial();
    return end_after_dotted(text, run, word, lower, word_begin, next, continues, adverbial_next, end);
  }
  if (word.size() == 1 && is_ascii_alpha(word[0])) return end_after_letter(text, run, word, word_begin, continues, end);
  if (abbreviation) {
    if (continues || adverbial()) return std::nullopt;
    // "GmbH & Co. KG": an abbreviation of a firm or place followed by a code in capitals.
    if (next.kind == NextKind::upper && next.word.size() >= 2 && all_upper_letters(next.word) &&
        !lexicon_contains(kSentenceStarters, next.word))
      return std::nullopt;
    return end;
  }
  // "N°. 1026", "SEC. 1262", "Fig. 3": a short word before a number is an abbreviation.
  if (next.kind == NextKind::digit && word.size() <= 3 && has_letter(word)) return std::nullopt;
  if (next.kind == NextKind::lower) return std::nullopt;
  return end;
}

}  // namespace

std::optional<std::size_t> sentence_end_at(std::string_view text, std::size_t icu_boundary,
                                           const BoundaryContext& context,
                                           const std::vector<Span>& markers) {
  std::size_t boundary = icu_boundary;
  const Span run = context.run;
  if (!skip_footnote_marks(text, run, boundary)) return std::nullopt;
  std::size_t end = boundary;
  while (end > run.begin) {
    const std::size_t space = space_before(text, end);
    if (space == 0) break;
    end -= space;
  }
  if (end <= run.begin) return std::nullopt;
  const FinalMarks marks = final_marks(text, end, run);
  if (marks.begin == marks.end) return std::nullopt;  // a break ICU made at a wrapped line
  const NextWord next = next_word_at(text, boundary, run.end);
  if (starts_relative_aside(next)) return std::nullopt;
  if (is_marker_period(markers, marks.end - 1)) return std::nullopt;
  if (end == boundary) return end_without_space(text, run, marks, next, end);

  if (marks.exclaim || marks.periods == 0) return next.kind == NextKind::lower ? std::nullopt : std::optional(end);

  if (marks.periods >= 2) {
    // An ellipsis: "[...]" marks an omission; otherwise it ends a sentence before a capital.
    if (marks.begin > run.begin && (text[marks.begin - 1] == '[' || text[marks.begin - 1] == '(')) return std::nullopt;
    return next.kind == NextKind::upper ? std::optional(end) : std::nullopt;
  }

  // The common case, a period after a plain word of lower-case letters ("yesterday."): only the
  // next word's case matters.
  if (marks.periods == 1 && marks.begin >= run.begin + kPlainWordLetters) {
    bool plain = true;
    for (std::size_t i = marks.begin - kPlainWordLetters; i < marks.begin && plain; ++i) plain = is_ascii_lower(text[i]);
    if (plain) return next.kind == NextKind::lower ? std::nullopt : std::optional(end);
  }

  const auto [first_dot, dots] = spaced_ellipsis(text, run, marks.begin);
  if (dots >= 3) {
    const bool attached = first_dot > run.begin && space_before(text, first_dot) == 0;
    if (next.kind != NextKind::upper || dots < 4) return std::nullopt;
    // "compounds. . . . The": the sentence ends at its own period, the ellipsis opens the next one.
    return attached ? std::optional(first_dot + 1) : std::optional(end);
  }
  return end_after_word(text, context, marks.begin, next, end);
}

void find_mark_bytes(std::string_view text, Span run, std::vector<std::size_t>& out) {
  static constexpr auto kMarkByte = [] {
    std::array<unsigned char, 256> table{};
    for (const char c : {'.', '?', '!', '"', '\'', '`', '(', ')', '[', ']'}) table[static_cast<unsigned char>(c)] = true;
    table[0xE2] = table[0xEF] = table[0xC2] = true;
    return table;
  }();
  // Branch-free: every position is written to a small buffer, the count advances only on a mark.
  constexpr std::size_t kChunk = 4096;
  std::array<std::size_t, kChunk + 1> buffer;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t begin = run.begin; begin < run.end; begin += kChunk) {
    const std::size_t end = std::min(run.end, begin + kChunk);
    std::size_t count = 0;
    for (std::size_t i = begin; i < end; ++i) {
      buffer[count] = i;
      count += kMarkByte[bytes[i]];
    }
    out.insert(out.end(), buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(count));
  }
}

void extra_sentence_ends(std::string_view text, Span run, const std::vector<std::size_t>& mark_bytes,
                         std::vector<std::size_t>& out) {
  for (const std::size_t i : mark_bytes) {
    if (i < run.begin || i >= run.end) continue;
    const char c = text[i];
    if (c == '.' && is_glued_sentence_end(text, i, run)) {
      out.push_back(i + 1);
      continue;
    }
    if ((c == '?' || c == '!') && i + 4 < run.end && text[i + 1] == ' ') {
      // "What do you see? - Posted like": a dash after the question opens the next sentence.
      const std::size_t dash = text[i + 2] == '-' ? 1 : (has_bytes_at(text, i + 2, "\xE2\x80\x94") ||
                                                          has_bytes_at(text, i + 2, "\xE2\x80\x93")) ? 3 : 0;
      if (dash != 0 && i + 2 + dash + 1 < run.end && text[i + 2 + dash] == ' ' &&
          is_ascii_upper(text[i + 3 + dash]))
        out.push_back(i + 1);
      continue;
    }
    if (c == '\xEF' && (has_bytes_at(text, i, "\xEF\xBC\x8E") || has_bytes_at(text, i, "\xEF\xBC\x81") ||
                        has_bytes_at(text, i, "\xEF\xBC\x9F"))) {
      // Full-width sentence marks need no space after them: "period．Does".
      if (i + 3 < run.end && space_at(text, i + 3) == 0) out.push_back(i + 3);
      continue;
    }
    if (c == '.' && i > run.begin && i + 1 < run.end && is_ascii_digit(text[i + 1]) &&
        (is_ascii_lower(text[i - 1]) || text[i - 1] == ')')) {
      // Footnote numbers glued to the period: "consultation.11 12 Take", "(1987).1 According".
      std::size_t j = i + 1;
      while (true) {
        const std::size_t group = j;
        while (j < run.end && is_ascii_digit(text[j]) && j - group < 4) ++j;
        if (j - group == 0 || j - group > 3) break;
        if (j + 1 < run.end && text[j] == ' ' && is_ascii_digit(text[j + 1])) {
          ++j;
          continue;
        }
        if (j + 1 < run.end && space_at(text, j) != 0 && is_ascii_upper(text[j + space_at(text, j)]))
          out.push_back(j);
        break;
      }
    } else if ((c == '"' || (c == '\xE2' && has_bytes_at(text, i, "\xE2\x80\x9D"))) && i >= run.begin + 2) {
      // A quotation broken off by a dash: "to--\" At this moment".
      const bool dash = has_bytes_at(text, i - 2, "--") ||
                        (i >= run.begin + 3 && has_bytes_at(text, i - 3, "\xE2\x80\x94"));
      const std::size_t after = i + (c == '"' ? 1 : 3);
      if (dash && after + 1 < run.end && text[after] == ' ' && is_ascii_upper(text[after + 1]))
        out.push_back(after);
    }
  }
}

void find_closed_brackets(std::string_view text, Span within, std::size_t max_bytes,
                          const std::vector<std::size_t>& mark_bytes, std::vector<Span>& out) {
  constexpr std::size_t kMaxDepth = 8;
  std::array<std::size_t, kMaxDepth> open{};
  std::array<char, kMaxDepth> kind{};
  std::size_t depth = 0;
  for (const std::size_t i : mark_bytes) {
    if (i < within.begin || i >= within.end) continue;
    const char c = text[i];
    if (c == '(' || c == '[') {
      if (depth == kMaxDepth) continue;
      open[depth] = i;
      kind[depth] = c;
      ++depth;
    } else if ((c == ')' || c == ']') && depth > 0) {
      const char expected = c == ')' ? '(' : '[';
      if (kind[depth - 1] != expected) continue;  // "a)" list markers and strays
      --depth;
      if (depth == 0 && i + 1 - open[0] <= max_bytes) out.push_back({open[0], i + 1});
    }
    // An opening far behind is a stray: forget it so the scan stays bounded.
    while (depth > 0 && i - open[0] > max_bytes) {
      for (std::size_t d = 1; d < depth; ++d) {
        open[d - 1] = open[d];
        kind[d - 1] = kind[d];
      }
      --depth;
    }
  }
}

Span trim_sentence(std::string_view text, Span span) {
  const Span stripped = strip(text, span, false);
  if (stripped.empty()) return stripped;
  const std::string_view body = stripped.of(text);
  if (std::all_of(body.begin(), body.end(), is_ascii_digit)) return {stripped.begin, stripped.begin};
  return stripped;
}

}  // namespace claimdiff::detail
