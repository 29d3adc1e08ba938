// English word classes every stage shares (months, weekdays, determiners, pronouns, stop words), so
// no stage keeps its own copy of a closed class. Words are folded (detail::fold): lower case, ASCII
// apostrophes. A rule that needs a class plus words of its own builds a WordSet with `word_set_of`.
#pragma once

#include "base/lexicon.hpp"

#include <array>
#include <initializer_list>
#include <span>
#include <string_view>

namespace claimdiff::detail::english {

inline constexpr std::array<std::string_view, 7> kWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                                           "friday", "saturday", "sunday"};
inline constexpr std::array<std::string_view, 12> kMonths{"january", "february", "march",     "april",
                                                          "may",     "june",     "july",      "august",
                                                          "september", "october", "november", "december"};
// The abbreviations news text writes with or without a full stop ("Sept. 12", "Oct 3"); the others
// ("Mar", "Apr", "Jun", "Jul") are words or names too often to take alone.
inline constexpr std::array<std::string_view, 7> kMonthAbbreviations{"jan", "feb", "aug", "sept", "oct", "nov", "dec"};
// Every abbreviation of a month and its number (1-12), those of kMonthAbbreviations and the ones a
// date reader takes only beside a day or a year ("Mar 3", "Jun 2024").
struct MonthAbbreviation {
  std::string_view word;
  int month;
};
inline constexpr std::array<MonthAbbreviation, 12> kAllMonthAbbreviations{{
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}}};
// Articles, demonstratives, possessive determiners and quantifying determiners: the words that open
// a noun phrase and cannot be its head.
inline constexpr std::array<std::string_view, 19> kDeterminers{
    "the", "a",     "an",    "his",   "her", "its", "their", "our",  "my",  "your",
    "this", "these", "those", "whose", "such", "no",  "any",   "every", "each"};
// Subject pronouns; the personal ones stand for people ("it" and "you" seldom do in news text).
inline constexpr std::array<std::string_view, 7> kSubjectPronouns{"he", "she", "they", "i", "we", "it", "you"};
inline constexpr std::array<std::string_view, 5> kPersonalSubjectPronouns{"he", "she", "i", "we", "they"};
// Every personal pronoun, subject and object case.
inline constexpr std::array<std::string_view, 12> kPersonalPronouns{"i",  "you", "he",  "she", "it", "we",
                                                                    "they", "me", "him", "her", "us", "them"};

bool is_weekday(std::string_view folded);
bool is_month(std::string_view folded);  // full names only: "may", not "aug"
// A month's number (1-12) from its full name or any abbreviation of kAllMonthAbbreviations, else 0.
int month_number(std::string_view folded);
// A weekday's ISO number, Monday 1 to Sunday 7 (as TIMEX3 writes it: "XXXX-WXX-2" is a Tuesday), else 0.
int weekday_number(std::string_view folded);

// General English function words (closed classes), the auxiliaries, the reporting verbs "say" and
// "tell" and the courtesy titles: words that never carry a claim's content.
bool is_stop_word(std::string_view folded);

// A WordSet of the words of `classes` and `extra`: a rule's own class built on the shared ones.
WordSet word_set_of(std::initializer_list<std::span<const std::string_view>> classes,
                    std::initializer_list<std::string_view> extra = {});

}  // namespace claimdiff::detail::english

namespace claimdiff::detail {
using english::is_stop_word;  // asked by align, similarity and speaker identity
}
