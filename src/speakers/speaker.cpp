// Person names are runs of capitalised words after the last title word of the run; descriptors are
// the words before. A later mention resolves by its last name words or by its descriptors.
#include "speakers/speaker.hpp"

#include "base/english.hpp"
#include "speakers/speaker_identity.hpp"

#include <algorithm>
#include <span>

namespace claimdiff::detail {
namespace {

// Words that make a capitalised run a place, body or event rather than a person. Sets looked up
// by the token's precomputed hash: learn() asks for every capitalised word of the article.
const WordSet kNotPersonWords{
    "union", "party", "ministry", "university", "forum", "council", "committee", "department", "states",
    "republic", "pact", "spring", "war", "army", "court", "house", "street", "post", "times", "news",
    "press", "agency", "institute", "center", "centre", "foundation", "bank", "group", "corp", "inc",
    "company", "school", "college", "office", "church", "county", "city", "river", "sea", "ocean",
    "kingdom", "federation", "association", "commission", "organization", "nations", "force", "navy",
    "front", "media", "journal", "daily", "airport", "station", "square", "revolution", "uprising",
    "government", "mall", "museum", "library", "hospital", "avenue", "stadium", "capitol", "memorial", "plaza",
    "arena", "hotel", "network", "fund", "service", "administration", "authority", "senate", "congress",
    "parliament", "caucus", "campaign", "coalition", "alliance"};

// Capitalised words that start sentences or name days and months, never a person.
// Reporting verbs that open a sentence ("Said Ortega: ...") are not names either.
WordSet not_name_start() {
  WordSet set = english::word_set_of({english::kWeekdays},
                                     {"the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "if", "when",
                                      "while", "after", "before", "during", "since", "as", "this", "that", "these",
                                      "those", "his", "her", "their", "its", "said", "says", "added", "asked", "wrote"});
  // January to August but "May", a surname too (Theresa May). September to December were never in
  // this list; adding them changes extract_bench's digest, so that is a change of its own to measure.
  for (const std::string_view month : std::span(english::kMonths).first(8))
    if (month != "may") set.insert(std::string(month));
  return set;
}
const WordSet kNotNameStart = not_name_start();

// Lower-case words inside names ("da Silva", "von der Leyen", "bin Salman").
// ("do", "la", "le" are left out: "Why do I ..." is no name).
const WordSet kNameParticles{"da", "de", "di", "del", "della", "van", "von", "der", "den", "du", "bin", "ibn", "al"};

// Titles that tell a person's sex, for agreement with "he" and "she".
const WordSet kFemaleTitles{"mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "congresswoman",
                            "spokeswoman", "chairwoman", "councilwoman", "assemblywoman", "businesswoman"};
const WordSet kMaleTitles{"mr", "sir", "lord", "king", "prince", "congressman", "spokesman", "councilman",
                          "assemblyman", "businessman"};

bool not_person_word(const Tok& token) { return kNotPersonWords.count(token); }
bool not_name_start(const Tok& token) { return kNotNameStart.count(token); }

std::string_view without_possessive(std::string_view w) {
  if (w.size() > 2 && w[w.size() - 2] == '\'' && w.back() == 's') w.remove_suffix(2);
  return w;
}

std::string strip_possessive(std::string_view w) { return std::string(without_possessive(w)); }

// What the person's titles say, when they say one thing only.
Gender gender_of(const Person& p) {
  if (p.female_titles > 0 && p.male_titles == 0) return Gender::female;
  if (p.male_titles > 0 && p.female_titles == 0) return Gender::male;
  return Gender::unknown;
}

}  // namespace

void SpeakerIndex::learn(std::string_view text, const std::vector<Tok>& t, std::size_t begin, std::size_t end) {
  std::size_t i = begin;
  std::vector<std::size_t> words, name;  // token indexes, reused from run to run
  while (i < end) {
    if (!t[i].word || !t[i].cap) {
      ++i;
      continue;
    }
    // the run: capitalised words, title words, initials with their period
    std::size_t j = i;
    words.clear();
    while (j < end) {
      if (t[j].word && (t[j].cap || is_title(t[j]))) {
        words.push_back(j);
        ++j;
        continue;
      }
      // a lower-case particle inside a name: "Luiz Inacio Lula da Silva", "Ursula von der Leyen"
      if (t[j].word && !words.empty() && kNameParticles.count(t[j])) {
        std::size_t k = j;
        while (k < end && t[k].word && kNameParticles.count(t[k])) ++k;
        if (k < end && t[k].word && t[k].cap) {
          for (; j < k; ++j) words.push_back(j);
          continue;
        }
      }
      if (t[j].mark == '.' && !words.empty() && t[words.back()].low.size() <= 3 && t[words.back()].cap &&
          t[j].span.begin == t[words.back()].span.end) {
        ++j;
        continue;
      }
      break;
    }
    // split at the last title word: descriptors before, name after
    std::size_t name_from = 0;
    for (std::size_t k = 0; k < words.size(); ++k)
      if (is_title(t[words[k]]) || (function_words_.count(t[words[k]]) && k == 0)) name_from = k + 1;
    name.assign(words.begin() + static_cast<std::ptrdiff_t>(name_from), words.end());
    while (!name.empty() && not_name_start(t[name.front()])) name.erase(name.begin());
    // a long run is a breadcrumb or a heading glued to a name: keep its last two words
    const auto capitalised = [&] {
      return static_cast<std::size_t>(std::count_if(name.begin(), name.end(), [&](std::size_t k) { return t[k].cap; }));
    };
    if (capitalised() > 3 && name_from == 0) name.erase(name.begin(), name.end() - 2);
    bool person = capitalised() >= 2 && capitalised() <= 4 && t[name.front()].cap;
    // "Earlier Friday, a spokesperson said": a day of the week names no person
    for (std::size_t k : name)
      person = person && !not_person_word(t[k]) && !english::is_weekday(t[k].low) && (t[k].cap || kNameParticles.count(t[k]));
    if (person) {
      std::vector<std::string> low;
      for (std::size_t k : name) low.push_back(strip_possessive(t[k].low));
      std::vector<std::string> descriptors;
      for (std::size_t k = 0; k < name_from; ++k) descriptors.push_back(t[words[k]].low);
      // lowercase modifiers right before the run ("longtime Democratic pollster")
      std::size_t idx;
      const Person* known = by_name(low);
      if (known == nullptr) {
        Person p;
        const std::size_t b = t[name.front()].span.begin;
        std::size_t e = t[name.back()].span.end;
        p.name = std::string(text.substr(b, e - b));
        if (p.name.size() > 2 && (p.name.ends_with("'s") || p.name.ends_with("\xE2\x80\x99s")))
          p.name.resize(p.name.size() - (p.name.ends_with("'s") ? 2 : 4));
        p.words = std::move(low);
        p.descriptors = std::move(descriptors);
        p.offset = t[i].span.begin;
        people_.push_back(std::move(p));
        idx = people_.size() - 1;
      } else {
        idx = static_cast<std::size_t>(known - people_.data());
        for (auto& d : descriptors) people_[idx].descriptors.push_back(std::move(d));
      }
      count_titles(t, words, name_from, people_[idx]);
      record_mention(t, i, name.back(), idx);
      // an appositive after the name describes the person too: "Jean Dupont, the French president,"
      if (j < end && t[j].mark == ',') {
        for (std::size_t k = j + 1; k < end && k < j + 9; ++k) {
          if (!t[k].word) break;
          if (!function_words_.count(t[k]) && t[k].low != "of" && t[k].low != "for" && t[k].low != "at")
            people_[idx].descriptors.push_back(t[k].low);
        }
      }
    } else if (name.size() == 1) {
      // a single surname: record the mention when it names a known person
      if (const Person* p = by_last_name(without_possessive(t[name.front()].low))) {
        const std::size_t idx = static_cast<std::size_t>(p - people_.data());
        record_mention(t, i, name.front(), idx);
        for (std::size_t k = 0; k < name_from; ++k) people_[idx].descriptors.push_back(t[words[k]].low);
        count_titles(t, words, name_from, people_[idx]);
      }
    }
    i = j > i ? j : i + 1;
  }
}

void SpeakerIndex::count_titles(const std::vector<Tok>& t, const std::vector<std::size_t>& words, std::size_t name_from,
                                Person& person) {
  for (std::size_t k = 0; k < name_from; ++k) {
    person.female_titles += kFemaleTitles.count(t[words[k]]) > 0;
    person.male_titles += kMaleTitles.count(t[words[k]]) > 0;
  }
}

// by_name({word}) without building a vector: asked for every capitalised word standing alone.
const Person* SpeakerIndex::by_last_name(std::string_view word) const {
  const Person* best = nullptr;
  for (const Person& p : people_)
    if (closes_name(p.words, word) && (best == nullptr || p.words.size() > best->words.size())) best = &p;
  return best;
}

void SpeakerIndex::record_mention(const std::vector<Tok>& t, std::size_t run_start, std::size_t last_word,
                                  std::size_t person) {
  mentions_.push_back({t[run_start].span.begin, person});
  // Only a name where a subject stands: at the start of its sentence or clause (after a mark or a
  // conjunction: "Her deputy, Marco Weil, struck ...") and not a possessor ("Fischer's deputy");
  // "a Labor Day cookout", "the giant Peabody Energy", "in West Virginia" are no subjects.
  static const WordSet kClauseOpeners{"and", "but", "then", "when", "while", "as", "so"};
  const std::string& low = t[last_word].low;
  const bool possessive = low.ends_with("'s") || low.ends_with("\xE2\x80\x99s");
  const bool opens_clause = run_start == 0 || !t[run_start - 1].word || kClauseOpeners.count(t[run_start - 1]);
  if (!possessive && opens_clause) subject_mentions_.push_back({t[run_start].span.begin, person});
}

std::string SpeakerIndex::first_named_between(std::size_t begin, std::size_t end) const {
  auto it = std::lower_bound(subject_mentions_.begin(), subject_mentions_.end(),
                             std::pair<std::size_t, std::size_t>{begin, 0});
  for (; it != subject_mentions_.end() && it->first < end; ++it)
    if (surely_a_person(it->second)) return people_[it->second].name;
  return "";
}

// Two capitalised words may name a place or a day ("West Virginia", "Labor Day"); a person is
// usually named twice or given a title.
bool SpeakerIndex::surely_a_person(std::size_t person) const {
  if (!people_[person].descriptors.empty()) return true;
  return std::count_if(mentions_.begin(), mentions_.end(), [&](const auto& m) { return m.second == person; }) >= 2;
}

const Person* SpeakerIndex::by_name(const std::vector<std::string>& words) const {
  const Person* best = nullptr;
  for (const Person& p : people_) {
    if (!closes_name(p.words, words)) continue;
    if (best == nullptr || p.words.size() > best->words.size()) best = &p;
  }
  return best;
}

std::string SpeakerIndex::resolve(std::string_view text, const std::vector<Tok>& t, std::size_t begin,
                                  std::size_t end) const {
  if (begin >= end) return "";
  // the head: last word of the mention before any "of"/"for"/"," postmodifier or parenthesis
  std::size_t head_end = end;
  for (std::size_t k = begin; k < end; ++k) {
    if (!t[k].word && t[k].mark != '.' && t[k].mark != '-') {
      head_end = k;
      break;
    }
    if (k > begin && (t[k].low == "of" || t[k].low == "for" || t[k].low == "at" || t[k].low == "from" || t[k].low == "who")) {
      head_end = k;
      break;
    }
  }
  std::size_t last = head_end;
  while (last > begin && !t[last - 1].word) --last;
  if (last == begin) return "";
  const Tok& head = t[last - 1];
  // a description headed by a title: "the Russian president", "the moderator"
  if (!head.cap && is_title(head.low)) {
    std::vector<std::string> want;
    for (std::size_t k = begin; k < last; ++k)
      if (t[k].word && !function_words_.count(t[k].low)) want.push_back(t[k].low);
    const Person* best = nullptr;
    for (const Person& p : people_) {
      bool all = !want.empty();
      for (const auto& w : want) all = all && std::find(p.descriptors.begin(), p.descriptors.end(), w) != p.descriptors.end();
      if (all && (best == nullptr || p.offset < best->offset)) best = &p;
    }
    return best ? best->name : "";
  }
  // a name: the capitalised words at the end of the head
  std::vector<std::string> words;
  std::size_t k = last;
  while (k > begin && t[k - 1].word && t[k - 1].cap && !is_title(t[k - 1])) {
    --k;
    words.insert(words.begin(), strip_possessive(t[k].low));
  }
  // the longest known tail of the name ("Home Uncategorized Vladimir Putin" -> "Vladimir Putin")
  for (std::size_t skip = 0; skip < words.size(); ++skip) {
    const std::vector<std::string> tail(words.begin() + static_cast<std::ptrdiff_t>(skip), words.end());
    if (const Person* p = by_name(tail)) return p->name;
  }
  // a possessor: "Putin's remarks"
  for (std::size_t q = begin; q < end; ++q) {
    if (!t[q].word || !t[q].cap) continue;
    const std::string_view w = without_possessive(t[q].low);
    if (w.size() == t[q].low.size()) continue;
    if (const Person* p = by_last_name(w)) return p->name;
  }
  (void)text;
  return "";
}

std::string SpeakerIndex::last_before(std::size_t offset) const { return last_before(offset, Gender::unknown); }

Gender SpeakerIndex::gender(std::string_view name) const {
  for (const Person& p : people_)
    if (p.name == name) return gender_of(p);
  return Gender::unknown;
}

std::string SpeakerIndex::last_before(std::size_t offset, Gender want) const {
  std::vector<std::size_t> count(people_.size(), 0);
  for (const auto& m : mentions_) ++count[m.second];
  std::string out;
  for (const auto& [at, idx] : mentions_) {
    if (at >= offset) break;
    const Person& p = people_[idx];
    // people named more than once or with a title, whose titles do not contradict `want`
    const Gender known = gender_of(p);
    const bool contradicts = want != Gender::unknown && known != Gender::unknown && known != want;
    if (!contradicts && (count[idx] >= 2 || !p.descriptors.empty())) out = p.name;
  }
  return out;
}

}  // namespace claimdiff::detail
