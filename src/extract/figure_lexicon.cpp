// Loads units.txt and figure_slots.txt; a malformed row is an error naming the file and the line,
// since a silently skipped unit would change what the figures say.
#include "extract/figure_lexicon.hpp"

#include <claimdiff/error.hpp>

#include <array>
#include <cmath>
#include <cstdlib>
#include <utility>

namespace claimdiff::detail {
namespace {

struct NamedClass {
  std::string_view name;
  SlotClass value;
};

constexpr std::array<NamedClass, 24> kClassNames{{
    {"people", SlotClass::people},       {"troops", SlotClass::troops},     {"dead", SlotClass::dead},
    {"injured", SlotClass::injured},     {"missing", SlotClass::missing},   {"rescued", SlotClass::rescued},
    {"arrested", SlotClass::arrested},   {"displaced", SlotClass::displaced}, {"evacuated", SlotClass::evacuated},
    {"sentence", SlotClass::sentence},   {"served", SlotClass::served},     {"request", SlotClass::request},
    {"ban", SlotClass::ban},             {"fine", SlotClass::fine},         {"age", SlotClass::age},
    {"change", SlotClass::change},       {"before", SlotClass::before},     {"after", SlotClass::after},
    {"elapsed", SlotClass::elapsed},     {"length", SlotClass::length},     {"area", SlotClass::area},
    {"mass", SlotClass::mass},           {"volume", SlotClass::volume},     {"speed", SlotClass::speed},
}};

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) {
    if (!out.empty()) out.push_back(' ');
    out += word;
  }
  return out;
}

}  // namespace

std::vector<SlotClass> role_classes() {
  return {SlotClass::dead,      SlotClass::injured,  SlotClass::missing,  SlotClass::rescued,
          SlotClass::arrested,  SlotClass::displaced, SlotClass::evacuated, SlotClass::sentence,
          SlotClass::served,    SlotClass::request,  SlotClass::ban,      SlotClass::fine};
}

std::string_view slot_class_name(SlotClass c) {
  for (const NamedClass& named : kClassNames)
    if (named.value == c) return named.name;
  return {};
}

FigureLexicon::FigureLexicon(const std::string& data_dir) {
  const LexiconFile units = load_lexicon(data_dir, "units.txt");
  for (std::size_t row = 0; row < units.rows.size(); ++row) {
    const std::vector<std::string>& fields = units.rows[row];
    char* end = nullptr;
    const double factor = fields.size() >= 5 ? std::strtod(fields[2].c_str(), &end) : 0;
    if (fields.size() < 5 || end == fields[2].c_str() || !std::isfinite(factor) || factor <= 0 ||
        (fields[4] != "exact" && fields[4] != "comparison"))
      throw Error(ErrorCode::resource, units.path, "entry " + std::to_string(row + 1),
                  "expected: phrase, measure, factor, base unit, exact|comparison");
    units_.push_back({fields[1], factor, fields[3], fields[4] == "comparison"});
    const std::vector<std::string> words = phrase_words(fields[0]);
    unit_phrases_.add(fields[0], static_cast<std::uint32_t>(units_.size() - 1));
    if (words.size() == 1) unit_words_.emplace(words.front(), units_.size() - 1);
  }

  const LexiconFile slots = load_lexicon(data_dir, "figure_slots.txt");
  std::map<std::string, std::uint32_t, std::less<>> phrases;  // all classes of each phrase
  for (std::size_t row = 0; row < slots.rows.size(); ++row) {
    const std::vector<std::string>& fields = slots.rows[row];
    const NamedClass* named = nullptr;
    for (const NamedClass& candidate : kClassNames)
      if (fields.size() >= 2 && candidate.name == fields[1]) named = &candidate;
    if (named == nullptr)
      throw Error(ErrorCode::resource, slots.path, "entry " + std::to_string(row + 1),
                  "expected: phrase, class (one of the classes in the header)");
    phrases[joined(phrase_words(fields[0]))] |= static_cast<std::uint32_t>(named->value);
  }
  for (const auto& [phrase, classes] : phrases) {
    class_sets_.push_back(classes);
    slot_phrases_.add(phrase, static_cast<std::uint32_t>(class_sets_.size() - 1));
    if (phrase.find(' ') == std::string::npos) slot_words_.emplace(phrase, classes);
  }
}

std::size_t FigureLexicon::unit_at(const std::vector<Tok>& tokens, std::size_t at, std::size_t end,
                                   const UnitOfMeasure*& unit) const {
  if (unit_phrases_.empty()) return 0;
  const PhraseTable::Match match = unit_phrases_.match(tokens, at, end);
  if (match.length > 0) unit = &units_[match.value];
  return match.length;
}

const UnitOfMeasure* FigureLexicon::unit_word(std::string_view folded) const {
  const auto found = unit_words_.find(folded);
  return found == unit_words_.end() ? nullptr : &units_[found->second];
}

std::size_t FigureLexicon::classes_at(const std::vector<Tok>& tokens, std::size_t at, std::size_t end,
                                      std::uint32_t& classes) const {
  if (slot_phrases_.empty()) return 0;
  const PhraseTable::Match match = slot_phrases_.match(tokens, at, end);
  if (match.length > 0) classes = class_sets_[match.value];
  return match.length;
}

std::uint32_t FigureLexicon::classes_of(std::string_view folded) const {
  const auto found = slot_words_.find(folded);
  return found == slot_words_.end() ? 0 : found->second;
}

}  // namespace claimdiff::detail
