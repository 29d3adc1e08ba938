// Who is the same speaker: the one home of that decision. Within an article, SpeakerIndex asks
// `closes_name` ("Putin" closes "Vladimir Putin"); across the articles of a run, align and diverge ask
// one SpeakerIdentity, built once from every statement, for a canonical key and for `same(a, b)`.
#pragma once

#include <claimdiff/corpus_model.hpp>
#include <claimdiff/types.hpp>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff::detail {

// A speaker as identity compares it: the folded words of the name without possessive endings
// ("Putin's" -> "putin"), those of them that are not stop words, and whether it is written as a
// proper name (is_proper_name).
// `spelling` is `content` with the spelling variants of one name made one: hyphens and spaces
// ("Bankman-Fried", "Bankman Fried"), the Arabic article ("al-Sisi", "el-Sisi", "Sisi") and
// "Abdel"/"Abdul"/"Abd"; transliterations ("Zelensky", "Zelenskyy") meet in same_spelling.
struct SpeakerName {
  SpeakerName() = default;
  explicit SpeakerName(std::string_view speaker);
  std::vector<std::string> words;     // "the", "kremlin's", "spokesman" -> the, kremlin, spokesman
  std::vector<std::string> content;   // kremlin, spokesman: what two renderings must share
  std::vector<std::string> spelling;  // content, variants made one: "el-sisi" -> sisi
  bool proper = false;
  bool empty() const { return words.empty(); }
};

// Two name words that are one name spelled two ways: equal, or, for words of five letters or more
// with the same first letter, the same consonants ("zelensky", "zelenskyy", "zelenskiy";
// "mohammed", "muhammad"). "Moore" and "Mayer" are too short to tell, so they stay two.
bool same_spelling(std::string_view a, std::string_view b);

// Two proper-name mentions of one name that differ only in spelling ("Abdel Fattah el-Sisi",
// "Abdul Fattah al-Sisi"): how diverge says "spelled differently" rather than "named differently"
// ("the judge" and "Judge Kaplan" are named differently).
bool spelled_alike(std::string_view a, std::string_view b);

// The words of `part` close `name`: "Putin" and "Vladimir Putin" close "Vladimir Putin"; "Vladimir"
// does not. The within-article rule, where a later mention drops the first name.
bool closes_name(const std::vector<std::string>& name, const std::vector<std::string>& part);
// The same for a one-word part, without building a vector (asked for every lone capitalised word).
bool closes_name(const std::vector<std::string>& name, std::string_view surname);

// Every word of `part` is among the words of `whole` ("Putin" within "Russian President Vladimir
// Putin").
bool name_within(const std::vector<std::string>& part, const std::vector<std::string>& whole);

// Two mentions alike but for words one leaves out ("Putin", "President Vladimir Putin"): how diverge
// tells a shorter mention from one written differently ("President Putin", "Vladimir Putin").
bool written_alike(std::string_view a, std::string_view b);

// Two renderings of one speaker's name across outlets: the content words of one within the other's
// ("the ship", "the container ship Dali"; "officials", "Ukrainian officials"), or two proper names
// closing on the same surname ("President Erdogan", "Recep Tayyip Erdogan"). Two generic sources
// with one head noun are not one ("health officials", "police officials"), and a speaker of stop
// words only ("it", "they") is the same only as itself.
bool same_name(const SpeakerName& a, const SpeakerName& b);

// Who a description stands for across the run, and who is the same speaker. "The prime minister" in
// one outlet is "Prime Minister Giorgio Meloni" in another when exactly one named speaker is described
// with all those words and that head noun ("Prime Minister Giorgio Meloni", "Meloni, the prime
// minister"); "the union" is not "union leader Marta Olsen". Built once per run; immutable after.
// Named speaker -> how the run's mentions describe them; a corpus model holds it (CorpusModel::speakers).
using SpeakerDescriptions = std::map<std::string, SpeakerDescription, std::less<>>;

// Adds what `statement`'s mention says of its named speaker ("Russian President Vladimir Putin":
// russian, president; head president). Statements of a description alone ("he", "the president")
// add nothing.
void add_description(const Statement& statement, SpeakerDescriptions& described);

class SpeakerIdentity {
 public:
  explicit SpeakerIdentity(const std::vector<Statement>& statements);
  // From the descriptions of a whole corpus, counted in partitions and merged (a corpus model's).
  explicit SpeakerIdentity(SpeakerDescriptions described);

  // Whether `description` fits the named speaker `name`: its head noun heads a description of that
  // name somewhere in the run, and all its content words describe that name.
  bool fits(std::string_view description, std::string_view name) const;

  // The one named speaker `description` fits, or nullptr when none or several do.
  const std::string* named_for(std::string_view description) const;

  // The speaker a statement is compared by: its speaker, or the one name its description fits.
  std::string_view key(const Statement& statement) const;

  // One speaker, however each outlet names them: same_name over the two keys.
  bool same(const Statement& a, const Statement& b) const;

 private:
  using Entry = SpeakerDescriptions::value_type;

  static bool fits(const std::vector<std::string>& wanted, const SpeakerDescription& description);
  void index_heads();

  SpeakerDescriptions described_;  // named speaker -> how mentions describe it
  std::map<std::string, std::vector<const Entry*>, std::less<>> speakers_with_head_;
};

}  // namespace claimdiff::detail
