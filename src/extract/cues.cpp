// Cues: the reporting verbs, noun cues, "according to" and passive frames of a unit, with the
// speaker and content span each opens.
#include "extract/article_extractor.hpp"

namespace claimdiff::detail::extraction {

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
    const std::string_view w = low(i);
    if (w == "according" && low(i + 1) == "to") {
      Cue c;
      c.type = Cue::Type::according;
      c.at = i;
      c.end = i + 2;
      static const CueInfo kAccording{"according to", "neutral", false};
      c.info = &kAccording;
      cues.push_back(c);
      ++i;
      continue;
    }
    // the rules below only act on a word that starts a verb or noun cue: most words start none
    if (verb_at(i, e).length == 0 && noun_at(i, e).length == 0) continue;
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
    const bool after_determiner = i > b && t_[i - 1].word &&
                                  (kDeterminers.count(t_[i - 1]) || prev.ends_with("'s") || hyphenated || modified_noun);
    // "The United States": a capitalised cue word after a capitalised word is part of a name,
    // unless the line is in title case
    if (t_[i].cap && i > b && t_[i - 1].word && t_[i - 1].cap && !title_case(unit)) continue;
    const auto vm = verb_at(i, e);
    if (vm.length > 0 && !after_determiner) {
      const CueInfo* info = &lx_.verb_info[vm.value];
      Cue c;
      c.at = i;
      c.end = i + vm.length;
      c.info = info;
      const std::size_t after = c.end;
      // a noun before a verb: "his rubble comment was", "the report has"
      if (vm.length == 1 && !w.ends_with("ed") && !w.ends_with("ing") && w != "says" && w != "said" && w != "told" &&
          (kBeForms.count(t_[after < e ? after : i]) || low(after) == "has" || low(after) == "had" ||
           low(after) == "will" || low(after) == "would"))
        continue;
      // "insisted on", "called it off", "reported on the crisis": not a claim; but "reported on
      // Friday" is a cue and its time
      // (or "insisted in June", "said on Oct. 3")
      const bool time_after = (low(after) == "on" || low(after) == "in") && after + 1 < e && t_[after + 1].cap &&
                              (kWeekdays.count(t_[after + 1]) || kMonths.count(t_[after + 1]));
      if ((info->lemma == "insist" || info->lemma == "call" || info->lemma == "report" || info->lemma == "speak") &&
          (low(after) == "on" || low(after) == "off" || low(after) == "in" || low(after) == "up" || low(after) == "to" ||
           low(after) == "back" || low(after) == "with") && !time_after)
        continue;
      // "had only asked for the information": a request for a thing, no claim
      if (info->lemma == "ask" && vm.length == 1 && low(after) == "for" && !time_after) continue;
      // "called Rita Moss on Friday to thank her", "called him twice": a telephone call, not a naming
      // ("called Moss a liar")
      if (info->lemma == "call" && vm.length == 1 && after < e) {
        std::size_t k = after;
        if (kObjectPronouns.count(t_[k])) ++k;
        else
          while (k < e && !quoted_[k] && ((t_[k].word && t_[k].cap) ||
                                          (t_[k].mark == '.' && t_[k - 1].word && t_[k - 1].low.size() <= 3 &&
                                           t_[k - 1].span.end == t_[k].span.begin && k + 1 < e && t_[k + 1].cap)))
            ++k;  // "Mr. Obama"
        static const WordSet kAfterCall{"on", "to", "at", "from", "last", "yesterday", "twice", "back", "again",
                                        "early", "late", "after", "before"};
        const bool possessor = k > after && low(k - 1).ends_with("'s");  // "called Mr. Obama's remarks ..."
        if (k > after && !possessor && (k >= e || t_[k].mark == '.' || t_[k].mark == ',' || kAfterCall.count(t_[k]) ||
                                        kWeekdays.count(t_[k])))
          continue;
      }
      // "the bill, known as the ...": a name; "warns on inflation": a topic; neither is a claim
      if (w == "known" && low(after) == "as") continue;
      if (info->lemma == "warn" && low(after) == "on" && !time_after) continue;
      // passive: "was reported by X", "were told by"
      std::size_t be = i;
      while (be > b && t_[be - 1].word && !t_[be - 1].cap && kBetween.count(t_[be - 1]) && !kBeForms.count(t_[be - 1])) --be;
      if (be > b && kBeForms.count(t_[be - 1]) && (w.ends_with("ed") || w == "told" || w == "said" || w == "written" || w == "shown" || w == "known" || w == "found" || w == "thought")) {
        std::size_t by = after;
        while (by < e && by < after + 3 && low(by) != "by") ++by;
        if (by < e && low(by) == "by" && word(by + 1)) {
          c.type = Cue::Type::passive;
          c.speaker_begin = by + 1;
          c.speaker_end = right_np_end(by + 1, e);
          cues.push_back(c);
          i = c.speaker_end > i ? c.speaker_end - 1 : i;
        }
        continue;
      }
      // adjectival participles: "the stated goal", "a so-called", "alleged high casualties"
      if (info->needs_complement || w.ends_with("ing")) {
        const std::size_t k = skip_adjuncts(after, e);
        // "detailed how ...", and a commitment's infinitive: "has vowed to appeal"
        // (not after "and": "denied A and vowed to B" stays one claim)
        const bool how_clause = low(k) == "how" && k + 1 < e && !quoted_[k];
        const bool commitment = low(after) == "to" && kCommitmentLemmas.count(info->lemma) > 0 && prev != "and";
        const bool complement = k >= e || low(k) == "that" || t_[k].mark == ':' || quoted_[k] || how_clause || commitment ||
                                (k == after && (t_[k].mark == ',' || t_[k].mark == '.' || t_[k].mark == '!' ||
                                                t_[k].mark == '?' || t_[k].mark == ';'));
        const bool after_quote = i > b && (quoted_[i - 1] || t_[i - 1].mark == ',');
        // "confirmed to Reuters the ban had been cut": a named listener opens the reported clause
        const bool named_listener = low(after) == "to" && after + 1 < e && t_[after + 1].cap && k > after + 1 &&
                                    k < e && t_[k].word && !quoted_[k];
        if (info->needs_complement && !complement && !after_quote && !named_listener) continue;
      }
      cues.push_back(c);
      i = c.end - 1;
      continue;
    }
    // noun cues: "his admission that", "the claim that", "X's warning:"
    const auto nm = noun_at(i, e);
    if (nm.length > 0) {
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
  }
  return cues;
}

}  // namespace claimdiff::detail::extraction
