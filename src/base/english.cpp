// The closed word classes of English that are not in the header, and their look-ups (see english.hpp).
#include "base/english.hpp"

#include <algorithm>
#include <iterator>

namespace claimdiff::detail::english {
namespace {

// General English function words (closed classes) and the auxiliaries; never claim content.
constexpr std::string_view kStopWords[] = {
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "been", "before", "being", "below", "between", "both", "but", "by", "can",
    "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further",
    "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his",
    "how", "i", "if", "in", "into", "is", "it", "it's", "its", "itself", "just", "let", "may", "me",
    "might", "more", "most", "must", "my", "myself", "of", "off", "on", "once", "only", "or",
    "other", "our", "ours", "ourselves", "out", "over", "own", "same", "shall", "she", "should", "so",
    "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
    "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us",
    "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "whose",
    "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "'s", "s",
    "not", "no", "nor", "never", "n't", "cannot", "within", "without", "via", "per", "because",
    "although", "though", "whether", "yet", "since", "ago", "said", "says", "say", "saying", "told",
    "according", "mr", "mrs", "ms", "dr", "one", "another", "even", "ever", "however", "much", "many",
    "now", "still", "well", "would've", "he's", "she's", "they're", "we're", "i'm", "that's",
    "there's", "what's", "who's", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't",
    "weren't", "won't", "can't", "couldn't", "shouldn't", "wouldn't", "hasn't", "haven't", "hadn't",
};

}  // namespace

bool is_weekday(std::string_view folded) {
  return std::find(kWeekdays.begin(), kWeekdays.end(), folded) != kWeekdays.end();
}

bool is_month(std::string_view folded) { return std::find(kMonths.begin(), kMonths.end(), folded) != kMonths.end(); }

int month_number(std::string_view folded) {
  for (std::size_t m = 0; m < kMonths.size(); ++m)
    if (kMonths[m] == folded) return static_cast<int>(m) + 1;
  for (const MonthAbbreviation& abbreviation : kAllMonthAbbreviations)
    if (abbreviation.word == folded) return abbreviation.month;
  return 0;
}

int weekday_number(std::string_view folded) {
  for (std::size_t d = 0; d < kWeekdays.size(); ++d)
    if (kWeekdays[d] == folded) return static_cast<int>(d) + 1;
  return 0;
}

bool is_stop_word(std::string_view folded) {
  return std::find(std::begin(kStopWords), std::end(kStopWords), folded) != std::end(kStopWords);
}

WordSet word_set_of(std::initializer_list<std::span<const std::string_view>> classes,
                    std::initializer_list<std::string_view> extra) {
  WordSet set;
  for (const auto& words : classes)
    for (const std::string_view word : words) set.insert(std::string(word));
  for (const std::string_view word : extra) set.insert(std::string(word));
  return set;
}

}  // namespace claimdiff::detail::english
