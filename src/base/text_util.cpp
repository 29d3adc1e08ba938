// Shared word-level helpers on ICU's character properties (u_isalpha, u_foldCase, ...).
#include "base/text_util.hpp"

#include "base/utf8.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

namespace claimdiff::detail {

// ASCII fast paths: most news text is ASCII and each ICU property call costs a function call and a
// table walk per code point. For ASCII they give exactly what ICU gives (checked for all 128).
bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0xFEFF;
}
bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(static_cast<UChar32>(c));
}
bool is_digit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(static_cast<UChar32>(c));
}
bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c));
}

bool is_opening_quote(char32_t c) {
  return c == '"' || c == '\'' || c == U'\u201C' || c == U'\u2018' || c == U'\u201E' ||
         c == U'\u201A' || c == U'\u00AB' || c == U'\u201F' || c == U'\u201B';
}

bool is_closing_quote(char32_t c) {
  return c == '"' || c == '\'' || c == U'\u201D' || c == U'\u2019' || c == U'\u00BB';
}

bool is_quote(char32_t c) { return is_opening_quote(c) || is_closing_quote(c); }

namespace {

bool is_word_char(char32_t c) {
  if (c < 0x80) return is_letter(c) || is_digit(c);  // no ASCII character is a combining mark
  return is_letter(c) || is_digit(c) || u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

// A joiner stays inside a word when a word character follows it: "don't", "Soviet-led", "2,600".
bool is_joiner(char32_t c, char32_t previous, char32_t next) {
  if (!is_word_char(next) || !is_word_char(previous)) return false;
  if (c == '\'' || c == U'\u2019' || c == '-' || c == U'\u2010' || c == U'\u2011') return true;
  if (c == '.' ) return true;  // "U.S", "3.5", "e.g"
  if (c == ',') return is_digit(previous) && is_digit(next);
  return false;
}

}  // namespace

std::vector<Token> tokenize_words(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    const CodePoint cp = decode_at(text, i);
    if (!is_word_char(cp.value)) {
      i += cp.length;
      continue;
    }
    const std::size_t begin = i;
    char32_t previous = cp.value;
    i += cp.length;
    while (i < text.size()) {
      const CodePoint next = decode_at(text, i);
      if (is_word_char(next.value)) {
        previous = next.value;
        i += next.length;
        continue;
      }
      const CodePoint after = decode_at(text, i + next.length);
      if (is_joiner(next.value, previous, after.value)) {
        previous = next.value;
        i += next.length;
        continue;
      }
      break;
    }
    tokens.push_back({{begin, i}, text.substr(begin, i - begin)});
  }
  return tokens;
}

std::string normalize_punctuation(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte > 0x20 && byte < 0x7F && byte != '`') {  // printable ASCII other than '`' stays as it is
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.push_back(static_cast<char>(byte));
      ++i;
      continue;
    }
    const CodePoint cp = decode_at(text, i);
    i += cp.length;
    char32_t c = cp.value;
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (c == U'\u2018' || c == U'\u2019' || c == U'\u201A' || c == U'\u201B' || c == U'\u2032' || c == '`')
      c = '\'';
    else if (c == U'\u201C' || c == U'\u201D' || c == U'\u201E' || c == U'\u201F' || c == U'\u00AB' ||
             c == U'\u00BB' || c == U'\u2033')
      c = '"';
    else if ((c >= U'\u2010' && c <= U'\u2015') || c == U'\u2212')
      c = '-';
    append_utf8(out, c);
  }
  return out;
}

std::string fold(std::string_view text) {
  const std::string normalized = normalize_punctuation(text);
  std::string out;
  out.reserve(normalized.size());
  for (std::size_t i = 0; i < normalized.size();) {
    const CodePoint cp = decode_at(normalized, i);
    i += cp.length;
    append_utf8(out, static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp.value), U_FOLD_CASE_DEFAULT)));
  }
  return out;
}

void split_on_spaces(std::string_view text, std::vector<std::string_view>& out) {
  out.clear();
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t space = text.find(' ', i);
    const std::size_t end = space == std::string_view::npos ? text.size() : space;
    if (end > i) out.push_back(text.substr(i, end - i));
    i = end + 1;
  }
}

std::vector<std::string_view> split_on_spaces(std::string_view text) {
  std::vector<std::string_view> out;
  split_on_spaces(text, out);
  return out;
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}

Span trim(std::string_view text, Span within) {
  std::size_t begin = within.begin;
  std::size_t end = std::min(within.end, text.size());
  while (begin < end) {
    const CodePoint cp = decode_at(text, begin);
    if (!is_space(cp.value)) break;
    begin += cp.length;
  }
  while (end > begin) {
    const CodePoint cp = decode_before(text, end);
    if (!is_space(cp.value)) break;
    end -= cp.length;
  }
  return {begin, end};
}

std::string_view trim(std::string_view text) { return trim(text, Span{0, text.size()}).of(text); }

bool is_proper_name(std::string_view speaker) {
  static constexpr std::array<std::string_view, 16> kDescriptionStarts{
      "the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
      "their", "our", "one", "two", "some", "several"};
  const auto words = tokenize_words(speaker);
  if (words.empty() || !is_upper(decode_at(speaker, words.front().span.begin).value)) return false;
  const std::string first = fold(words.front().text);
  return std::find(kDescriptionStarts.begin(), kDescriptionStarts.end(), first) == kDescriptionStarts.end();
}

}  // namespace claimdiff::detail
