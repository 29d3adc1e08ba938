// What the figure finder loads from data/lexicons: units of measure with their conversion to a base
// unit (units.txt) and the words that say what a figure measures (figure_slots.txt). Exposes
// FigureLexicon, built once per Extractor and shared read-only by every article.
#pragma once

#include "base/lexicon.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace claimdiff::detail {

// One unit of measure ("feet": length, 0.3048 m).
struct UnitOfMeasure {
  std::string measure;     // length, area, mass, volume, speed, temperature
  double factor = 1;       // value in base units per unit
  std::string base_unit;   // m, m2, kg, l, km/h, degF, degC, deg
  bool comparison = false; // an everyday object as a unit ("football fields"): an approximation
};

// Classes of figure_slots.txt, as bits: a word may have several ("reduced": change and after).
enum class SlotClass : std::uint32_t {
  people = 1u << 0,
  troops = 1u << 1,
  dead = 1u << 2,
  injured = 1u << 3,
  missing = 1u << 4,
  rescued = 1u << 5,
  arrested = 1u << 6,
  displaced = 1u << 7,
  evacuated = 1u << 8,
  sentence = 1u << 9,
  served = 1u << 10,
  request = 1u << 11,
  ban = 1u << 12,
  fine = 1u << 13,
  age = 1u << 14,
  change = 1u << 15,
  before = 1u << 16,
  after = 1u << 17,
  elapsed = 1u << 18,
  length = 1u << 19,
  area = 1u << 20,
  mass = 1u << 21,
  volume = 1u << 22,
  speed = 1u << 23,
};

// The classes that name a role of the figure (what a count of persons says of them, which penalty
// a duration is), in the order a role is chosen when a word has several.
std::vector<SlotClass> role_classes();
// A class's name as the lexicon and FigureSlot::role spell it.
std::string_view slot_class_name(SlotClass c);

class FigureLexicon {
 public:
  // Reads units.txt and figure_slots.txt from data_dir/lexicons; throws Error(resource) when one is
  // missing or malformed.
  explicit FigureLexicon(const std::string& data_dir);
  FigureLexicon() = default;  // empty: finds no units and no slot words (tests of the scanner alone)

  // The longest unit phrase starting at tokens[at] (before `end`): its length in tokens, 0 when none.
  std::size_t unit_at(const std::vector<Tok>& tokens, std::size_t at, std::size_t end,
                      const UnitOfMeasure*& unit) const;
  // The unit named by one folded word ("foot" in "984-foot"), or null.
  const UnitOfMeasure* unit_word(std::string_view folded) const;

  // The classes of the longest slot phrase starting at tokens[at], and its length (0 when none).
  std::size_t classes_at(const std::vector<Tok>& tokens, std::size_t at, std::size_t end,
                         std::uint32_t& classes) const;
  // The classes of one folded word (0 when none).
  std::uint32_t classes_of(std::string_view folded) const;

 private:
  std::vector<UnitOfMeasure> units_;
  PhraseTable unit_phrases_;    // value: index into units_
  std::map<std::string, std::size_t, std::less<>> unit_words_;  // one-word phrases, index into units_
  std::vector<std::uint32_t> class_sets_;
  PhraseTable slot_phrases_;    // value: index into class_sets_
  std::map<std::string, std::uint32_t, std::less<>> slot_words_;  // one-word phrases: their classes
};

inline bool has(std::uint32_t classes, SlotClass c) { return (classes & static_cast<std::uint32_t>(c)) != 0; }

}  // namespace claimdiff::detail
