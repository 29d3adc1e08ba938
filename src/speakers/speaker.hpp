// Speakers inside one article: learns the people it names ("Russian President Vladimir Putin" ->
// name "Vladimir Putin", descriptors "russian president") and resolves a mention ("Putin", "the
// Russian president", "President Putin") to the fullest name given. Exposes SpeakerIndex.
#pragma once

#include "base/lexicon.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimdiff::detail {

// What a person's titles say of their sex ("Mrs. Lee", "Mr. Lee"), for agreement with "she"/"he".
enum class Gender { unknown, female, male };

struct Person {
  std::string name;                      // as first written in full ("Vladimir Putin")
  std::vector<std::string> words;        // folded name words
  std::vector<std::string> descriptors;  // folded title and modifier words seen before the name
  std::size_t offset = 0;                // where it is first named
  int female_titles = 0;                 // "Mrs.", "Ms.", "congresswoman" before the name
  int male_titles = 0;                   // "Mr.", "Sir", "congressman" before the name
};

class SpeakerIndex {
 public:
  SpeakerIndex(const WordSet& titles, const WordSet& function_words) : titles_(titles), function_words_(function_words) {}

  // Learns the people named in tokens[begin, end) (call in text order over the article).
  void learn(std::string_view text, const std::vector<Tok>& tokens, std::size_t begin, std::size_t end);

  // The fullest name for the mention tokens[begin, end), or "" when it names nobody known
  // (pronouns are the caller's business).
  std::string resolve(std::string_view text, const std::vector<Tok>& tokens, std::size_t begin, std::size_t end) const;

  // The last person named before `offset`, or "".
  std::string last_before(std::size_t offset) const;

  // female or male when the article gives the person `name` only female or only male titles
  // ("Mrs. Lee", "Mr. Lee"), else unknown.
  Gender gender(std::string_view name) const;

  // The last person named before `offset` whose titles do not contradict `gender` (unknown: anyone):
  // the one "she" or "he" can refer to; "" when there is none.
  std::string last_before(std::size_t offset, Gender gender) const;

  // The first person named between byte offsets `begin` and `end` where a subject stands: at the
  // start of a sentence or clause, not as a possessor ("Fischer's deputy, Marco Weil, ..." names
  // Marco Weil first); "" when there is none.
  std::string first_named_between(std::size_t begin, std::size_t end) const;

  bool is_title(std::string_view low) const { return titles_.count(low); }
  bool is_title(const Tok& token) const { return titles_.count(token); }
  const std::vector<Person>& people() const { return people_; }

 private:
  const Person* by_name(const std::vector<std::string>& words) const;
  const Person* by_last_name(std::string_view word) const;
  bool surely_a_person(std::size_t person) const;
  static void count_titles(const std::vector<Tok>& t, const std::vector<std::size_t>& words, std::size_t name_from,
                           Person& person);
  void record_mention(const std::vector<Tok>& t, std::size_t run_start, std::size_t last_word, std::size_t person);
  const WordSet& titles_;
  const WordSet& function_words_;
  std::vector<Person> people_;
  std::vector<std::pair<std::size_t, std::size_t>> mentions_;  // (offset, person index) in text order
  std::vector<std::pair<std::size_t, std::size_t>> subject_mentions_;  // those that may be a subject
};

}  // namespace claimdiff::detail
