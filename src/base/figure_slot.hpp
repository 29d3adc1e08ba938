// Whether two figures fill one slot (measure the same thing), and what the figures of two
// statements say about the statements rendering one claim. Exposes WordRelation (a caller's word
// lemmas and relatedness, e.g. the aligner's WordNet), compare_slots, renderings_differ and
// figure_evidence; used by diverge (figure divergences, per slot) and align (evidence). See
// docs/figures.md.
#pragma once

#include "base/quantity.hpp"

#include <claimdiff/types.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace claimdiff::detail {

// Word relations the slot comparison may use. Both are optional: without them two slot words meet
// when their folded forms agree after stripping inflections ("sentenced" and "sentence").
struct WordRelation {
  std::function<std::string(std::string_view)> lemma;                  // "suspended" -> "suspend"
  std::function<double(std::string_view, std::string_view)> related;   // 0..1 (1 same lemma, 0.9 synonyms)
};

// Two slot words (counted nouns or frames) are related at or above this: a WordNet synonym (0.9)
// or a shared hypernym (0.7) in the aligner's table, not a derivation to a part (0.6).
constexpr double kRelatedWords = 0.7;

enum class SlotMatch {
  different,  // they measure different things: never compared
  unknown,    // nothing says either way: one claim's renderings may still compare them
  same,       // their words say they measure one thing
};

// Whether figures with these slots measure one thing: a different measure, role or side of a
// change parts them; a related counted noun, an equal role or a related frame joins them.
SlotMatch compare_slots(const FigureSlot& a, const FigureSlot& b, const WordRelation& words = {});

// Whether the measures can describe one thing ("18 hours after" and "Tuesday evening" both say when;
// a duration and a date cannot).
bool measures_comparable(std::string_view a, std::string_view b);

// How two renderings of one slot differ, or empty when they agree: "different values" (they cannot
// both hold: `conflict` is set), "different bounds", "different precision", "vague vs precise",
// "different units", "different references" (a time offset against a date: not comparable).
struct RenderingDifference {
  std::string reason;
  bool conflict = false;
  bool comparable = true;  // false: the two cannot be set against each other at all
};
RenderingDifference renderings_differ(const Quantity& a, const Quantity& b);

// What the figures of two statements say about their rendering one claim: pairs of figures (each
// figure with its best partner on the other side) in one slot whose values meet, in one slot whose
// values part, and figures of one measure that fill different slots.
struct FigureEvidence {
  int same_slot_close = 0;   // one slot, values that both hold (equal, or within bounds and precision)
  int same_slot_differ = 0;  // one slot, values that cannot both hold
  int different_slots = 0;   // one measure, different slots ("18 months" of a ban, "34 years" of an age)
  int unmatched = 0;         // figures of either side with no partner of a comparable measure
};
FigureEvidence figure_evidence(const Statement& a, const Statement& b, const WordRelation& words = {});
// The same over figures already read (read_quantities), for callers that compare many pairs.
FigureEvidence figure_evidence(const std::vector<Quantity>& left, const std::vector<Quantity>& right,
                               const WordRelation& words = {});

}  // namespace claimdiff::detail
