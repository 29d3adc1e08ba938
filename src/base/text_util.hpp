// Word-level helpers every stage shares: tokens with byte spans, case folding, quote and dash
// normalisation, trimming. Letters and digits are judged by ICU's character properties.
#pragma once

#include <claimdiff/types.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace claimdiff::detail {

// A half-open range of byte offsets into a text of its own, not Article::text: a statement's
// `text` (offset 0 is the statement's first byte, `Statement::span.begin` in the article) or
// `content`. A Span always counts in Article::text; the two are kept apart by type so an offset is
// never read in the wrong text. To go back to the article, add `Statement::span.begin`.
struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;

  bool empty() const noexcept { return end <= begin; }
  bool contains(std::size_t offset) const noexcept { return offset >= begin && offset < end; }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(TextRange, TextRange) = default;
};

// Token::span counts in the text given to tokenize_words, which is seldom an article (a statement's
// content, a speaker's name); it stays a Span because diverge's word alignment reads it as one.
struct Token {
  Span span;              // byte offsets into the text tokenised
  std::string_view text;  // the word as written
};

// Words: runs of letters and digits, keeping inner apostrophes, hyphens and the separators of
// numbers ("don't", "Soviet-led", "2,600", "3.5", "U.S." without its final period).
std::vector<Token> tokenize_words(std::string_view text);

// Lower case by Unicode simple case folding, with curly quotes and dashes made ASCII.
std::string fold(std::string_view text);

// Curly quotes to straight ones, dashes to '-', runs of white space to one space (no case change).
std::string normalize_punctuation(std::string_view text);

// The pieces of `text` between single spaces, empty pieces skipped, as views into `text`. The
// overload with `out` reuses its storage (for loops over many lines).
void split_on_spaces(std::string_view text, std::vector<std::string_view>& out);
std::vector<std::string_view> split_on_spaces(std::string_view text);

// Runs of ASCII white space to one space, none at either end; nothing else changes (how segments
// are compared with the Golden Rules' expected ones).
std::string collapse_whitespace(std::string_view text);

// The span of `text` inside `within` without leading and trailing white space (Unicode spaces too).
Span trim(std::string_view text, Span within);
std::string_view trim(std::string_view text);

bool is_space(char32_t c);
bool is_letter(char32_t c);
bool is_digit(char32_t c);
bool is_upper(char32_t c);

// A speaker written as a proper name ("Giorgio Meloni", "Reuters"), not as a description that
// opens with a determiner ("The prime minister", "Two diplomats") or a lower-case group ("officials").
bool is_proper_name(std::string_view speaker);

// Opening and closing quotation marks (straight, curly, guillemets, low-9).
bool is_opening_quote(char32_t c);
bool is_closing_quote(char32_t c);
bool is_quote(char32_t c);

}  // namespace claimdiff::detail
