// Cues: the reporting verbs, noun cues, "according to" and passive frames of a unit, with the
// speaker and content span each opens.
#include "extract/article_extractor.hpp"

namespace claimdiff::detail::extraction {
namespace {

// The agent of a passive cue stands within this many tokens after the participle ("was reported
// Monday by X", "were told on Friday by"); further on, "by" starts some other phrase.
constexpr std::size_t kMaxTokensToAgent = 3;

}  // namespace


// The cues of a unit in text order, each a word outside quotations and credit clauses that starts
// "according to", a reporting verb or a noun cue and passes that cue's tests below.
std::vector<Cue> ArticleExtractor::find_cues(const Unit& unit, const std::vector<ViaMark>& via) const {
  std::vector<Cue> cues;
  const std::size_t b = unit.tb, e = unit.te;
  auto in_via = [&](std::size_t i) {
    for (const auto& v : via)
      if (i >= v.begin && i < v.end) return true;
    return false;
  };
  for (std::size_t i = b; i < e; ++i) {
    if (!t_[i].word || quoted_[i] || in_via(i)) continue;
    if (low(i) == "according" && low(i + 1) == "to") {
      Cue c;
      c.type = Cue::Type::according;
      c.at = i;
      c.end = i + 2;
      static const CueInfo kAccording{.lemma = "according to", .cue_class = "neutral"};
      c.info = &kAccording;
      cues.push_back(c);
      ++i;
      continue;
    }
    // the rules below only act on a word that starts a verb or noun cue: most words start none
    if (verb_at(i, e).length == 0 && noun_at(i, e).length == 0) continue;
    // "The United States": a capitalised cue word after a capitalised word is part of a name,
    // unless the line is in title case
    if (t_[i].cap && i > b && t_[i - 1].word && t_[i - 1].cap && !title_case(unit)) continue;
    const auto vm = verb_at(i, e);
    // "Grant said", "Warner told": a capitalised cue word right before another cue is a name
    if (vm.length > 0 && t_[i].cap && verb_at(i + vm.length, e).length > 0) continue;
    if (vm.length > 0 && !after_determiner(unit, i)) {
      i = verb_cue(unit, i, vm, cues);
      continue;
    }
    // noun cues: "his admission that", "the claim that", "X's warning:"
    const auto nm = noun_at(i, e);
    if (nm.length == 0) continue;
    const std::size_t after = i + nm.length;
    if (after < e && (low(after) == "that" || t_[after].mark == ':')) {
      Cue c;
      c.type = Cue::Type::noun;
      c.at = i;
      c.end = after;
      c.info = &lx_.noun_info[nm.value];
      cues.push_back(c);
      i = after - 1;
    }
  }
  return cues;
}

// Whether the cue word at `i` stands after a determiner, so it is a noun ("the report", "his
// early-morning tweets", "the following comment:") rather than a verb.
bool ArticleExtractor::after_determiner(const Unit& unit, std::size_t i) const {
  const std::size_t b = unit.tb, e = unit.te;
  const std::string_view prev = i > b ? low(i - 1) : std::string_view();
  // a hyphenated modifier between them counts too: "his early-morning tweets"
  const bool hyphenated = i >= b + 2 && t_[i - 1].word && prev.find('-') != std::string_view::npos &&
                          t_[i - 2].word && kDeterminers.count(t_[i - 2]);
  // and so does a modifier before a noun cue that opens a colon: "the following comment:" (but
  // "a controversial comment that described" is a relative clause, no claim)
  const bool modified_noun = i >= b + 2 && i + 1 < e && t_[i + 1].mark == ':' && t_[i - 1].word &&
                             !t_[i - 1].cap && t_[i - 2].word &&
                             (kDeterminers.count(t_[i - 2]) || low(i - 2).ends_with("'s")) &&
                             !lx_.speaker_nouns.count(t_[i - 1]) && !lx_.titles.count(t_[i - 1]) &&
                             noun_at(i, e).length > 0;
  return i > b && t_[i - 1].word &&
         (kDeterminers.count(t_[i - 1]) || prev.ends_with("'s") || hyphenated || modified_noun);
}

// A reporting verb at `i` (matched as `vm`): pushes its cue unless one of the verb's tests says it
// is no claim here; returns the last token the loop of find_cues has read.
std::size_t ArticleExtractor::verb_cue(const Unit& unit, std::size_t i, PhraseTable::Match vm,
                                       std::vector<Cue>& cues) const {
  const std::size_t e = unit.te;
  const CueInfo* info = &lx_.verb_info[vm.value];
  Cue c;
  c.at = i;
  c.end = i + vm.length;
  c.info = info;
  const std::size_t after = c.end;
  if (noun_before_verb(i, vm, e) || no_claim_after(*info, i, after, e)) return i;
  if (info->tests_object && vm.length == 1 && after < e && object_then_no_claim(*info, after, e)) return i;
  if (passive_cue(unit, c, cues)) return c.type == Cue::Type::passive && c.speaker.end > i ? c.speaker.end - 1 : i;
  if (lacks_complement(unit, c)) return i;
  cues.push_back(c);
  return c.end - 1;
}

// "his rubble comment was", "the report has": a noun before a verb, not a cue.
bool ArticleExtractor::noun_before_verb(std::size_t i, PhraseTable::Match vm, std::size_t e) const {
  const std::string_view w = low(i);
  const std::size_t after = i + vm.length;
  return vm.length == 1 && !w.ends_with("ed") && !w.ends_with("ing") && w != "says" && w != "said" && w != "told" &&
         (kBeForms.count(t_[after < e ? after : i]) || low(after) == "has" || low(after) == "had" ||
          low(after) == "will" || low(after) == "would");
}

// The verb's own words that make it no claim (reporting_verbs.txt, fifth column): "insisted on",
// "called it off", "reported on the crisis", "asked for", "warns on inflation", "known as"; but
// "reported on Friday" (or "insisted in June", "said on Oct. 3") is a cue and its time.
bool ArticleExtractor::no_claim_after(const CueInfo& info, std::size_t i, std::size_t after, std::size_t e) const {
  const std::string_view next = low(after);
  for (const auto& [form, word] : info.no_claim_after_form)
    if (low(i) == form && next == word) return true;
  if (!info.no_claim_after.count(next)) return false;
  const bool time_after = (next == "on" || next == "in") && after + 1 < e && t_[after + 1].cap &&
                          (kWeekdays.count(t_[after + 1]) || kMonths.count(t_[after + 1]));
  return !time_after;
}

// "called Rita Moss on Friday to thank her", "called him twice": the telephone call, not a naming
// ("called Moss a liar"): an object (a name or an object pronoun), then the end of the clause, a
// weekday or one of the verb's words after an object.
bool ArticleExtractor::object_then_no_claim(const CueInfo& info, std::size_t after, std::size_t e) const {
  std::size_t k = after;
  if (lx_.listeners.count(t_[k])) {
    ++k;
  } else {
    while (k < e && !quoted_[k] && ((t_[k].word && t_[k].cap) ||
                                    (t_[k].mark == '.' && t_[k - 1].word && t_[k - 1].low.size() <= 3 &&
                                     t_[k - 1].span.end == t_[k].span.begin && k + 1 < e && t_[k + 1].cap)))
      ++k;  // "Mr. Obama"
  }
  const bool possessor = k > after && low(k - 1).ends_with("'s");  // "called Mr. Obama's remarks ..."
  return k > after && !possessor &&
         (k >= e || t_[k].mark == '.' || t_[k].mark == ',' || info.no_claim_after_object.count(t_[k]) ||
          kWeekdays.count(t_[k]));
}

// A passive frame: "was reported by X", "were told by". True when the verb stands after a form of
// "be" as a participle (then it is a passive cue, pushed when an agent "by X" follows, or none).
bool ArticleExtractor::passive_cue(const Unit& unit, Cue& c, std::vector<Cue>& cues) const {
  const std::size_t b = unit.tb, e = unit.te;
  const std::size_t i = c.at, after = c.end;
  const std::string_view w = low(i);
  std::size_t be = i;
  while (be > b && t_[be - 1].word && !t_[be - 1].cap && lx_.between.count(t_[be - 1]) && !kBeForms.count(t_[be - 1])) --be;
  if (!(be > b && kBeForms.count(t_[be - 1]) &&
        (w.ends_with("ed") || w == "told" || w == "said" || w == "written" || w == "shown" || w == "known" ||
         w == "found" || w == "thought")))
    return false;
  std::size_t by = after;
  while (by < e && by < after + kMaxTokensToAgent && low(by) != "by") ++by;
  if (by < e && low(by) == "by" && word(by + 1)) {
    c.type = Cue::Type::passive;
    c.speaker = {by + 1, right_np_end(by + 1, e)};
    cues.push_back(c);
  }
  return true;
}

// Adjectival participles: "the stated goal", "a so-called", "alleged high casualties": a verb that
// is a cue only before a complement ("that", a colon, a quotation) has none here.
bool ArticleExtractor::lacks_complement(const Unit& unit, const Cue& c) const {
  const std::size_t b = unit.tb, e = unit.te;
  const std::size_t i = c.at, after = c.end;
  if (!c.info->needs_complement) return false;
  const std::size_t k = skip_adjuncts(after, e);
  // "detailed how ...", and a commitment's infinitive: "has vowed to appeal" (not after "and":
  // "denied A and vowed to B" stays one claim)
  const bool how_clause = low(k) == "how" && k + 1 < e && !quoted_[k];
  const bool commitment = low(after) == "to" && lx_.commitment_verbs.count(c.info->lemma) > 0 && !(i > b && low(i - 1) == "and");
  const bool complement = k >= e || low(k) == "that" || t_[k].mark == ':' || quoted_[k] || how_clause || commitment ||
                          (k == after && (t_[k].mark == ',' || t_[k].mark == '.' || t_[k].mark == '!' ||
                                          t_[k].mark == '?' || t_[k].mark == ';'));
  const bool after_quote = i > b && (quoted_[i - 1] || t_[i - 1].mark == ',');
  // "confirmed to Reuters the ban had been cut": a named listener opens the reported clause
  const bool named_listener = low(after) == "to" && after + 1 < e && t_[after + 1].cap && k > after + 1 && k < e &&
                              t_[k].word && !quoted_[k];
  return !complement && !after_quote && !named_listener;
}

}  // namespace claimdiff::detail::extraction
