// Tests of the shared text helpers: UTF-8 repair, binary detection, word tokens, case folding.
#include <catch2/catch.hpp>

#include "base/english.hpp"
#include "base/text_util.hpp"
#include "base/utf8.hpp"

#include <unicode/uchar.h>

using namespace claimdiff;
using namespace claimdiff::detail;

TEST_CASE("repair_utf8 replaces each invalid sequence by U+FFFD and says where the first was", "[util]") {
  const std::string bytes = "Caf\xC3\xA9 ok \xFF\xFE then \xE2\x80 end";
  const Utf8Repair repair = repair_utf8(bytes);
  CHECK(repair.invalid_sequences == 3);
  CHECK(repair.first_invalid == 9);
  CHECK(is_valid_utf8(repair.text));
  CHECK(repair.text.find("Caf\xC3\xA9") == 0);
  CHECK_FALSE(is_valid_utf8(bytes));
}

TEST_CASE("repair_utf8 keeps valid multi-byte text byte for byte", "[util]") {
  const std::string text = "\xE2\x80\x9CTak\xE2\x80\x9D \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xF0\x9F\x98\x80 \xEF\xBF\xBD";
  const Utf8Repair repair = repair_utf8(text);
  CHECK(repair.invalid_sequences == 0);
  CHECK(repair.text == text);
}

TEST_CASE("looks_binary flags NUL bytes and control-heavy data, not prose", "[util]") {
  CHECK(looks_binary(std::string("PK\x03\x04\0\0data", 10)));
  CHECK(looks_binary(std::string(200, '\x01')));
  CHECK_FALSE(looks_binary("The minister said on Tuesday that talks would resume.\n\tIndented line.\f"));
}

TEST_CASE("tokenize_words keeps contractions, hyphenated words and formatted numbers whole", "[util]") {
  const std::string text = "The Soviet-led force didn't stop: 2,600 died, 3.5% more in the U.S. today.";
  std::vector<std::string> words;
  for (const Token& token : tokenize_words(text)) words.emplace_back(token.text);
  CHECK(words == std::vector<std::string>{"The", "Soviet-led", "force", "didn't", "stop", "2,600", "died", "3.5",
                                          "more", "in", "the", "U.S", "today"});
}

TEST_CASE("token spans are byte offsets into the text, past multi-byte characters", "[util]") {
  const std::string text = "\xE2\x80\x9C\xD0\x9C\xD0\xB8\xD1\x80\xE2\x80\x9D said";
  const auto tokens = tokenize_words(text);
  REQUIRE(tokens.size() == 2);
  CHECK(tokens[0].span.begin == 3);
  CHECK(tokens[0].span.end == 9);
  CHECK(tokens[1].span.of(text) == "said");
}

TEST_CASE("fold lowers case and makes curly quotes and dashes plain", "[util]") {
  CHECK(fold("\xE2\x80\x9CWe\xE2\x80\x99re Here\xE2\x80\x9D \xE2\x80\x93 ROME") == "\"we're here\" - rome");
  CHECK(fold("\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90") == "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
}

TEST_CASE("trim drops Unicode spaces around a span", "[util]") {
  const std::string text = "\xC2\xA0  headline \xE2\x80\x83\n";
  const Span span = trim(text, {0, text.size()});
  CHECK(span.of(text) == "headline");
}

TEST_CASE("collapse_whitespace folds runs of white space and trims, changing nothing else", "[util]") {
  CHECK(collapse_whitespace("  He said:\n\t\"Go.\"\r\n  ") == "He said: \"Go.\"");
  CHECK(collapse_whitespace("\xE2\x80\x9CQuoted\xE2\x80\x9D  \f end") == "\xE2\x80\x9CQuoted\xE2\x80\x9D end");
  CHECK(collapse_whitespace(" \n ").empty());
}

TEST_CASE("split_on_spaces gives the pieces between spaces, skipping empty ones", "[util]") {
  CHECK(split_on_spaces("  n 02 ab  cd ") == std::vector<std::string_view>{"n", "02", "ab", "cd"});
  CHECK(split_on_spaces("").empty());
  std::vector<std::string_view> reused{"stale"};
  split_on_spaces("one", reused);
  CHECK(reused == std::vector<std::string_view>{"one"});
}

TEST_CASE("the ASCII fast paths of the character classes agree with ICU on every ASCII character", "[util]") {
  for (char32_t c = 0; c < 0x80; ++c) {
    CAPTURE(static_cast<unsigned>(c));
    const auto u = static_cast<UChar32>(c);
    CHECK(is_space(c) == static_cast<bool>(u_isUWhiteSpace(u)));
    CHECK(is_letter(c) == static_cast<bool>(u_isalpha(u)));
    CHECK(is_digit(c) == static_cast<bool>(u_isdigit(u)));
    CHECK(is_upper(c) == static_cast<bool>(u_isupper(u)));
  }
  // and beyond ASCII the same classes still come from ICU
  CHECK(is_letter(U'\u00E9'));
  CHECK(is_upper(U'\u0416'));
  CHECK(is_space(U'\u00A0') == static_cast<bool>(u_isUWhiteSpace(0xA0)));
  CHECK(is_digit(U'\u0663'));
}

TEST_CASE("english: one home for months, weekdays and stop words, and word sets built on them", "[util][english]") {
  CHECK(english::is_month("september"));
  CHECK_FALSE(english::is_month("sept"));  // abbreviations are a class of their own
  CHECK(english::is_weekday("sunday"));
  CHECK_FALSE(english::is_weekday("weekend"));
  CHECK(is_stop_word("the"));
  CHECK(is_stop_word("said"));
  CHECK_FALSE(is_stop_word("bridge"));
  const WordSet time_words = english::word_set_of({english::kWeekdays, english::kMonthAbbreviations}, {"tonight"});
  CHECK(time_words.count("friday"));
  CHECK(time_words.count("oct"));
  CHECK(time_words.count("tonight"));
  CHECK_FALSE(time_words.count("march"));
}

TEST_CASE("english numbers months from their names and every abbreviation, weekdays from Monday 1", "[util][english]") {
  CHECK(english::month_number("january") == 1);
  CHECK(english::month_number("may") == 5);
  CHECK(english::month_number("december") == 12);
  CHECK(english::month_number("sept") == 9);
  CHECK(english::month_number("sep") == 9);
  CHECK(english::month_number("mar") == 3);  // taken beside a day or a year, though not alone
  CHECK(english::month_number("weekend") == 0);
  CHECK(english::weekday_number("monday") == 1);
  CHECK(english::weekday_number("sunday") == 7);
  CHECK(english::weekday_number("mon") == 0);
}
