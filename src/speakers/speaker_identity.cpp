// Speaker identity: name words, the name rules, and the run's description index (see the header).
// Every "is this the same speaker" of the pipeline ends here, so align and diverge cannot disagree.
#include "speakers/speaker_identity.hpp"

#include "base/english.hpp"
#include "base/text_util.hpp"

#include <algorithm>

namespace claimdiff::detail {
namespace {

// Content words of a description, folded, in text order ("the Turkish president" -> turkish,
// president): its last one is the head noun.
std::vector<std::string> content_words(std::string_view text) {
  std::vector<std::string> words;
  for (const Token& token : tokenize_words(text)) {
    std::string word = fold(token.text);
    if (!is_stop_word(word)) words.push_back(std::move(word));
  }
  return words;
}

bool contains(const std::vector<std::string>& words, const std::string& word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// The parts of a folded name word as spelling compares them: "bankman-fried" -> bankman, fried;
// "el-sisi" -> sisi; "abdul" -> abd.
void add_spelling(const std::string& word, std::vector<std::string>& out) {
  static constexpr std::string_view kArticles[] = {"al", "el", "ul", "al'", "el'"};
  static constexpr std::string_view kAbd[] = {"abdel", "abdul", "abdal", "abdol", "abd"};
  std::size_t from = 0;
  while (from <= word.size()) {
    const std::size_t dash = std::min(word.find('-', from), word.size());
    const std::string_view part = std::string_view(word).substr(from, dash - from);
    const bool article = std::find(std::begin(kArticles), std::end(kArticles), part) != std::end(kArticles);
    if (std::find(std::begin(kAbd), std::end(kAbd), part) != std::end(kAbd)) out.emplace_back("abd");
    else if (!part.empty() && !(article && dash < word.size())) out.emplace_back(part);
    from = dash + 1;
  }
}

// The first letter and the consonants after it, doubled ones once ("zelenskyy" -> zlnsk).
std::string consonant_skeleton(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    const bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    if ((i == 0 || !vowel) && (out.empty() || out.back() != c)) out.push_back(c);
  }
  return out;
}

bool spelled_within(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
  return std::all_of(part.begin(), part.end(), [&](const std::string& w) {
    return std::any_of(whole.begin(), whole.end(), [&](const std::string& x) { return same_spelling(w, x); });
  });
}

}  // namespace

bool same_spelling(std::string_view a, std::string_view b) {
  constexpr std::size_t kMinLetters = 5;  // below it two names share their consonants too often
  if (a == b) return true;
  if (a.size() < kMinLetters || b.size() < kMinLetters || a.front() != b.front()) return false;
  const std::string sa = consonant_skeleton(a), sb = consonant_skeleton(b);
  return sa.size() >= 3 && sa == sb;
}

bool spelled_alike(std::string_view a, std::string_view b) {
  const SpeakerName na(a), nb(b);
  return na.proper && nb.proper && !na.spelling.empty() && !nb.spelling.empty() &&
         (spelled_within(na.spelling, nb.spelling) || spelled_within(nb.spelling, na.spelling));
}

SpeakerName::SpeakerName(std::string_view speaker) : proper(is_proper_name(speaker)) {
  for (const Token& token : tokenize_words(speaker)) {
    std::string word = fold(token.text);
    if (word.size() > 2 && word.ends_with("'s")) word.resize(word.size() - 2);
    if (!is_stop_word(word)) {
      content.push_back(word);
      add_spelling(word, spelling);
    }
    words.push_back(std::move(word));
  }
}

bool closes_name(const std::vector<std::string>& name, const std::vector<std::string>& part) {
  return part.size() <= name.size() && std::equal(part.rbegin(), part.rend(), name.rbegin());
}

bool closes_name(const std::vector<std::string>& name, std::string_view surname) {
  return !name.empty() && name.back() == surname;
}

bool name_within(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
  return std::all_of(part.begin(), part.end(), [&](const std::string& w) { return contains(whole, w); });
}

bool written_alike(std::string_view a, std::string_view b) {
  const SpeakerName na(a), nb(b);
  return name_within(na.words, nb.words) || name_within(nb.words, na.words);
}

bool same_name(const SpeakerName& a, const SpeakerName& b) {
  if (a.empty() || b.empty()) return false;
  if (a.content.empty() || b.content.empty()) return a.words == b.words;  // "it", "they"
  if (name_within(a.content, b.content) || name_within(b.content, a.content)) return true;
  if (a.proper && b.proper && !a.spelling.empty() && !b.spelling.empty() &&
      (spelled_within(a.spelling, b.spelling) || spelled_within(b.spelling, a.spelling)))
    return true;  // "Abdel Fattah el-Sisi", "Sisi"; "Zelenskyy", "President Zelensky"
  return a.proper && b.proper && (a.words.back() == b.words.back() ||
                                  (!a.spelling.empty() && !b.spelling.empty() &&
                                   same_spelling(a.spelling.back(), b.spelling.back())));
}

void add_description(const Statement& s, SpeakerDescriptions& described) {
  if (s.speaker.empty() || !is_proper_name(s.speaker)) return;
  const std::size_t at = s.speaker_mention.find(s.speaker);
  if (at == std::string::npos) return;  // "he": nothing describes the name here
  const std::string_view mention = s.speaker_mention;
  const auto before = content_words(mention.substr(0, at));
  const auto after = content_words(mention.substr(at + s.speaker.size()));
  if (before.empty() && after.empty()) return;
  SpeakerDescription& d = described[s.speaker];
  for (const auto* side : {&before, &after}) {
    if (side->empty()) continue;
    d.words.insert(side->begin(), side->end());
    d.heads.insert(side->back());
  }
}

SpeakerIdentity::SpeakerIdentity(const std::vector<Statement>& statements) {
  for (const Statement& s : statements) add_description(s, described_);
  index_heads();
}

SpeakerIdentity::SpeakerIdentity(SpeakerDescriptions described) : described_(std::move(described)) { index_heads(); }

void SpeakerIdentity::index_heads() {
  for (const Entry& entry : described_)
    for (const std::string& head : entry.second.heads) speakers_with_head_[head].push_back(&entry);
}

bool SpeakerIdentity::fits(const std::vector<std::string>& wanted, const SpeakerDescription& description) {
  return !wanted.empty() && description.heads.count(wanted.back()) &&
         std::all_of(wanted.begin(), wanted.end(), [&](const std::string& w) { return description.words.count(w) > 0; });
}

bool SpeakerIdentity::fits(std::string_view description, std::string_view name) const {
  const auto found = described_.find(name);
  return found != described_.end() && fits(content_words(description), found->second);
}

const std::string* SpeakerIdentity::named_for(std::string_view description) const {
  const std::vector<std::string> wanted = content_words(description);
  if (wanted.empty()) return nullptr;
  const auto candidates = speakers_with_head_.find(wanted.back());
  if (candidates == speakers_with_head_.end()) return nullptr;
  const std::string* found = nullptr;
  for (const Entry* entry : candidates->second) {
    if (!fits(wanted, entry->second)) continue;
    if (found != nullptr) return nullptr;  // two people fit: say nothing
    found = &entry->first;
  }
  return found;
}

std::string_view SpeakerIdentity::key(const Statement& statement) const {
  if (!statement.speaker.empty() && !is_proper_name(statement.speaker))
    if (const std::string* name = named_for(statement.speaker)) return *name;
  return statement.speaker;
}

bool SpeakerIdentity::same(const Statement& a, const Statement& b) const {
  return same_name(SpeakerName(key(a)), SpeakerName(key(b)));
}

}  // namespace claimdiff::detail
